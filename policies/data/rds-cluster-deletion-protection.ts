// A DB cluster cannot be deleted by accident: deletionProtection makes RDS refuse DeleteDBCluster
// until it is turned off. The provider's default is false. Hygiene, so advisory.
import { resourcePolicy } from "../lib/control";
import { UNKNOWN } from "../lib/unknown";
import { readBool } from "../lib/values";
import { RDS_CLUSTER_PROPS as P, RDS_T } from "../aws/rds/types";

export const rdsClusterDeletionProtection = resourcePolicy<Record<string, never>>({
  name: "rds-cluster-deletion-protection",
  description: "Every RDS DB cluster (Aurora or Multi-AZ) has deletion protection (deletionProtection true; the default is false).",
  severity: "low",
  enforcementLevel: "advisory",
  domain: "data",
  references: [{ framework: "aws-fsbp", ids: ["RDS.7"] }],
  remediationSteps: "Set deletionProtection: true on the aws.rds.Cluster (turn it off in a separate update before a deliberate deletion), and keep skipFinalSnapshot false.",
  types: [RDS_T.cluster],
  check(cluster, _config, judge) {
    const protectedDb = readBool(cluster.props[P.deletionProtection]);
    if (protectedDb === UNKNOWN) judge.unknown(P.deletionProtection);
    else if (protectedDb !== true) {
      judge.violation(`RDS DB cluster "${cluster.name}" can be deleted by a single call (deletionProtection is ${protectedDb === false ? "false" : "not set"}). Set deletionProtection: true.`);
    }
  },
});
