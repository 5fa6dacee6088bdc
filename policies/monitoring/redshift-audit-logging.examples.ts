import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const CLUSTER = "aws:redshift/cluster:Cluster";
const LOGGING = "aws:redshift/logging:Logging";
const cluster = { type: CLUSTER, name: "warehouse", props: { clusterIdentifier: "warehouse", nodeType: "ra3.xlplus", encrypted: true, publiclyAccessible: false } };
const logging = (clusterIdentifier: unknown) => ({
  type: LOGGING,
  name: "warehouse-audit",
  props: { clusterIdentifier, logDestinationType: "cloudwatch", logExports: ["connectionlog", "userlog", "useractivitylog"] },
});

export const examples = policyExamples({
  policy: "redshift-audit-logging",
  good: [
    {
      title: "a cluster with audit logs sent to CloudWatch Logs",
      resources: [cluster, logging("warehouse")],
    },
    {
      title: "a cluster whose logging names it through a dependency",
      resources: [cluster, { ...logging(UNKNOWN_SENTINELS.string), propertyDependencies: { clusterIdentifier: ["warehouse"] } }],
    },
  ],
  bad: [
    {
      title: "a cluster without audit logging",
      resources: [cluster],
      violations: ["warehouse"],
      message: /Redshift cluster "warehouse" keeps no audit log \(no aws\.redshift\.Logging names it\)/,
    },
    {
      title: "audit logging for another cluster only",
      resources: [cluster, logging("reporting")],
      violations: ["warehouse"],
    },
  ],
  unknown: [
    {
      title: "a logging resource whose cluster is computed during preview, linked by no dependency",
      resources: [cluster, logging(UNKNOWN_SENTINELS.string)],
    },
  ],
});
