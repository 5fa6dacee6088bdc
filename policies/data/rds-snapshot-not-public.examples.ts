import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const SNAPSHOT = "aws:rds/snapshot:Snapshot";
const CLUSTER_SNAPSHOT = "aws:rds/clusterSnapshot:ClusterSnapshot";
const COPY = "aws:rds/snapshotCopy:SnapshotCopy";
const PARTNER = "210987654321";

export const examples = policyExamples({
  policy: "rds-snapshot-not-public",
  good: [
    {
      title: "a snapshot kept in the account (no sharedAccounts)",
      resources: [{ type: SNAPSHOT, name: "orders-before-upgrade", props: { dbInstanceIdentifier: "orders", dbSnapshotIdentifier: "orders-before-upgrade" } }],
    },
    {
      title: "a cluster snapshot shared with one named account",
      resources: [{ type: CLUSTER_SNAPSHOT, name: "ledger-handover", props: { dbClusterIdentifier: "ledger", dbClusterSnapshotIdentifier: "ledger-handover", sharedAccounts: [PARTNER] } }],
    },
  ],
  bad: [
    {
      title: 'a DB snapshot shared with "all" can be restored by any AWS account',
      resources: [{ type: SNAPSHOT, name: "orders-export", props: { dbInstanceIdentifier: "orders", dbSnapshotIdentifier: "orders-export", sharedAccounts: ["all"] } }],
      violations: ["orders-export"],
      message: /RDS DB snapshot "orders-export" is public: sharedAccounts lists "all"/,
    },
    {
      title: 'a snapshot copy shared with a partner and with "all"',
      resources: [{ type: COPY, name: "orders-dr", props: { sourceDbSnapshotIdentifier: "arn:aws:rds:eu-west-1:123456789012:snapshot:orders-export", targetDbSnapshotIdentifier: "orders-dr", sharedAccounts: [PARTNER, "all"] } }],
      violations: ["orders-dr"],
      message: /RDS DB snapshot copy "orders-dr" is public/,
    },
  ],
  unknown: [
    {
      title: "an account id computed during preview beside a named one",
      resources: [{ type: CLUSTER_SNAPSHOT, name: "ledger-handover", props: { dbClusterIdentifier: "ledger", dbClusterSnapshotIdentifier: "ledger-handover", sharedAccounts: [PARTNER, UNKNOWN_SENTINELS.string] } }],
    },
  ],
});
