import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const CLUSTER = "aws:redshift/cluster:Cluster";
const WAREHOUSE = { clusterIdentifier: "analytics", nodeType: "ra3.xlplus", numberOfNodes: 2, masterUsername: "admin", manageMasterPassword: true, clusterSubnetGroupName: "private-redshift" };

export const examples = policyExamples({
  policy: "redshift-not-public",
  good: [
    {
      title: "a cluster in private subnets that leaves publiclyAccessible at its default (false since January 2025)",
      resources: [{ type: CLUSTER, name: "analytics", props: WAREHOUSE }],
    },
    {
      title: "a cluster with publiclyAccessible false",
      resources: [{ type: CLUSTER, name: "analytics", props: { ...WAREHOUSE, publiclyAccessible: false } }],
    },
  ],
  bad: [
    {
      title: "a cluster with publiclyAccessible true gets an internet-facing endpoint",
      resources: [{ type: CLUSTER, name: "analytics", props: { ...WAREHOUSE, publiclyAccessible: true } }],
      violations: ["analytics"],
      message: /Redshift cluster "analytics" is publicly accessible/,
    },
    {
      title: "a public cluster beside a private one, the flag spelled as a string",
      resources: [
        { type: CLUSTER, name: "analytics", props: WAREHOUSE },
        { type: CLUSTER, name: "sandbox", props: { ...WAREHOUSE, clusterIdentifier: "sandbox", publiclyAccessible: "true" } },
      ],
      violations: ["sandbox"],
      message: /publiclyAccessible: true/,
    },
  ],
  unknown: [
    {
      title: "publiclyAccessible computed from a config value during preview",
      resources: [{ type: CLUSTER, name: "analytics", props: { ...WAREHOUSE, publiclyAccessible: UNKNOWN_SENTINELS.boolean } }],
    },
  ],
});
