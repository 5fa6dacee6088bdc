import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const PERMISSION = "aws:ec2/snapshotCreateVolumePermission:SnapshotCreateVolumePermission";
const SNAPSHOT_ID = "snap-0123456789abcdef0";

export const examples = policyExamples({
  policy: "ebs-snapshot-not-public",
  good: [
    {
      title: "a snapshot shared with one partner account",
      resources: [{ type: PERMISSION, name: "share-with-dr", props: { snapshotId: SNAPSHOT_ID, accountId: "210987654321" } }],
    },
    {
      title: "two permissions, each naming an account",
      resources: [
        { type: PERMISSION, name: "share-with-dr", props: { snapshotId: SNAPSHOT_ID, accountId: "210987654321" } },
        { type: PERMISSION, name: "share-with-audit", props: { snapshotId: SNAPSHOT_ID, accountId: "345678901234" } },
      ],
    },
  ],
  bad: [
    {
      title: 'a permission for the account "all" asks to make the snapshot public',
      resources: [{ type: PERMISSION, name: "share-with-everyone", props: { snapshotId: SNAPSHOT_ID, accountId: "all" } }],
      violations: ["share-with-everyone"],
      message: /shares its EBS snapshot with every AWS account \(accountId "all"\)/,
    },
    {
      title: '"All" spelled with a capital and spaces, beside a named account',
      resources: [
        { type: PERMISSION, name: "share-with-dr", props: { snapshotId: SNAPSHOT_ID, accountId: "210987654321" } },
        { type: PERMISSION, name: "share-public", props: { snapshotId: SNAPSHOT_ID, accountId: " All " } },
      ],
      violations: ["share-public"],
    },
  ],
  unknown: [
    {
      title: "the account id read from config during preview",
      resources: [{ type: PERMISSION, name: "share-with-dr", props: { snapshotId: SNAPSHOT_ID, accountId: UNKNOWN_SENTINELS.string } }],
    },
  ],
});
