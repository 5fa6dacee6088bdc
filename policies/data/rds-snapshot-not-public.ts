// Database snapshots are never public. An RDS snapshot (or cluster snapshot, or copy) whose
// sharedAccounts lists "all" can be restored by every AWS account. Encrypted snapshots cannot be
// made public, but the list is judged as written: the program asks for public sharing.
import { resourcePolicy } from "../lib/control";
import { UNKNOWN, isUnknown } from "../lib/unknown";
import { readList, readString } from "../lib/values";
import { RDS_SNAPSHOT_PROPS as P, RDS_T } from "../aws/rds/types";

const KIND: Readonly<Record<string, string>> = {
  [RDS_T.snapshot]: "RDS DB snapshot",
  [RDS_T.clusterSnapshot]: "RDS DB cluster snapshot",
  [RDS_T.snapshotCopy]: "RDS DB snapshot copy",
  [RDS_T.clusterSnapshotCopy]: "RDS DB cluster snapshot copy",
};

export const rdsSnapshotNotPublic = resourcePolicy<Record<string, never>>({
  name: "rds-snapshot-not-public",
  description:
    'No RDS snapshot is shared with every AWS account: sharedAccounts on aws:rds/snapshot, clusterSnapshot, snapshotCopy and clusterSnapshotCopy never lists "all".',
  severity: "critical",
  enforcementLevel: "mandatory",
  domain: "data",
  references: [
    { framework: "aws-fsbp", ids: ["RDS.1"] },
    { framework: "owasp", ids: ["A01:2021"] },
  ],
  remediationSteps:
    'Remove "all" from sharedAccounts and list only the account ids that must restore the snapshot; share encrypted snapshots with those accounts through a customer managed KMS key they may use.',
  types: Object.keys(KIND),
  check(snapshot, _config, judge) {
    const accounts = readList(snapshot.props[P.sharedAccounts]);
    if (accounts === UNKNOWN) return judge.unknown(P.sharedAccounts);
    let unknown = false;
    for (const account of accounts ?? []) {
      const id = readString(account);
      if (isUnknown(id)) unknown = true;
      else if (typeof id === "string" && id.trim().toLowerCase() === "all") {
        judge.violation(`${KIND[snapshot.type]} "${snapshot.name}" is public: sharedAccounts lists "all", so any AWS account can restore it. Remove "all" and list only the accounts that need it.`);
        return;
      }
    }
    if (unknown) judge.unknown(P.sharedAccounts);
  },
});
