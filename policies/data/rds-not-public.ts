// Databases are never reachable from the internet: an RDS instance (or Aurora cluster instance)
// with publiclyAccessible true gets a public DNS name that resolves to a public address.
import { resourcePolicy } from "../lib/control";
import { UNKNOWN } from "../lib/unknown";
import { readBool } from "../lib/values";
import { RDS_T, RDS_CLUSTER_INSTANCE_PROPS, RDS_INSTANCE_PROPS } from "../aws/rds/types";

export const rdsNotPublic = resourcePolicy<Record<string, never>>({
  name: "rds-not-public",
  description:
    "No RDS DB instance (aws:rds/instance) or Aurora cluster instance (aws:rds/clusterInstance) sets publiclyAccessible to true (the default is false). DB clusters carry no such flag; their instances do.",
  severity: "critical",
  enforcementLevel: "mandatory",
  domain: "data",
  references: [
    { framework: "aws-fsbp", ids: ["RDS.2"] },
    { framework: "cis-aws", ids: ["2.3.3"] },
    { framework: "owasp", ids: ["A01:2021", "A05:2021"] },
  ],
  remediationSteps:
    "Remove publiclyAccessible (or set it to false), place the database in private subnets through its dbSubnetGroupName, and reach it from the application's security group or through a bastion/SSM port forwarding.",
  types: [RDS_T.instance, RDS_T.clusterInstance],
  check(db, _config, judge) {
    const key = db.type === RDS_T.instance ? RDS_INSTANCE_PROPS.publiclyAccessible : RDS_CLUSTER_INSTANCE_PROPS.publiclyAccessible;
    const open = readBool(db.props[key]);
    if (open === UNKNOWN) judge.unknown(key);
    else if (open === true) {
      const what = db.type === RDS_T.instance ? "RDS DB instance" : "RDS cluster instance";
      judge.violation(`${what} "${db.name}" is publicly accessible (publiclyAccessible: true). Set publiclyAccessible to false and keep it in private subnets.`);
    }
  },
});
