// EBS snapshots are never public. In provider v7 the only resource that shares a snapshot is
// aws.ec2.SnapshotCreateVolumePermission, which grants one account: it sends accountId as the
// permission's UserId, while AWS makes a snapshot public with the group "all" (EC2 API
// Reference, CreateVolumePermission), which v7 cannot send. An accountId of "all" is therefore
// a request for public sharing that must not ship, whether AWS rejects it or not.
import { resourcePolicy } from "../lib/control";
import { UNKNOWN } from "../lib/unknown";
import { readString } from "../lib/values";
import { DATA_T, SNAPSHOT_PERMISSION_PROPS as P } from "./types";

export const ebsSnapshotNotPublic = resourcePolicy<Record<string, never>>({
  name: "ebs-snapshot-not-public",
  description:
    'No EBS snapshot is shared with every AWS account: no aws.ec2.SnapshotCreateVolumePermission names the account "all". Snapshots shared with named accounts pass.',
  severity: "critical",
  enforcementLevel: "mandatory",
  domain: "data",
  references: [
    { framework: "aws-fsbp", ids: ["EC2.1"] },
    { framework: "owasp", ids: ["A01:2021"] },
  ],
  remediationSteps:
    "Set accountId to the id of the account that must create volumes from the snapshot (one permission per account). Keep snapshots encrypted (encrypted snapshots cannot be made public), and turn on block public access for snapshots in the region (aws.ebs.SnapshotBlockPublicAccess, state \"block-all-sharing\").",
  types: [DATA_T.snapshotCreateVolumePermission],
  check(permission, _config, judge) {
    const account = readString(permission.props[P.accountId]);
    if (account === UNKNOWN) judge.unknown(P.accountId);
    else if (typeof account === "string" && account.trim().toLowerCase() === "all") {
      judge.violation(`Snapshot permission "${permission.name}" shares its EBS snapshot with every AWS account (accountId "all"). Name the one account that needs it instead.`);
    }
  },
});
