// Data warehouses are never reachable from the internet. A Redshift cluster with
// publiclyAccessible true gets a public endpoint. Since January 2025 Redshift creates clusters
// (and restores snapshots) with public access off unless asked (AWS News Blog, "Amazon Redshift
// enhances security by changing default behavior in 2025"), and provider v7 defaults it to false,
// so only an explicit true is reported.
import { resourcePolicy } from "../lib/control";
import { UNKNOWN } from "../lib/unknown";
import { readBool } from "../lib/values";
import { DATA_T, REDSHIFT_CLUSTER_PROPS as P } from "./types";

export const redshiftNotPublic = resourcePolicy<Record<string, never>>({
  name: "redshift-not-public",
  description:
    "No Redshift cluster (aws:redshift/cluster) sets publiclyAccessible to true; left unset it is false, Redshift's default for new and restored clusters since January 2025.",
  severity: "critical",
  enforcementLevel: "mandatory",
  domain: "data",
  references: [
    { framework: "aws-fsbp", ids: ["Redshift.1"] },
    { framework: "aws-ct", ids: ["CT.REDSHIFT.PR.1"] },
    { framework: "owasp", ids: ["A01:2021", "A05:2021"] },
  ],
  remediationSteps:
    "Remove publiclyAccessible (or set it to false), place the cluster in private subnets through clusterSubnetGroupName, and reach it from inside the VPC (a bastion, SSM port forwarding, or a Redshift-managed VPC endpoint).",
  types: [DATA_T.redshiftCluster],
  check(cluster, _config, judge) {
    const open = readBool(cluster.props[P.publiclyAccessible]);
    if (open === UNKNOWN) judge.unknown(P.publiclyAccessible);
    else if (open === true) {
      judge.violation(`Redshift cluster "${cluster.name}" is publicly accessible (publiclyAccessible: true). Set publiclyAccessible to false and keep it in private subnets.`);
    }
  },
});
