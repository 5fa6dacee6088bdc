import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const CLUSTER = "aws:redshift/cluster:Cluster";
const KEY = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
const WAREHOUSE = { clusterIdentifier: "analytics", nodeType: "ra3.xlplus", numberOfNodes: 2, masterUsername: "admin", manageMasterPassword: true };

export const examples = policyExamples({
  policy: "redshift-encrypted",
  good: [
    {
      title: "a cluster that leaves encrypted unset: Redshift encrypts every new cluster since January 2025",
      resources: [{ type: CLUSTER, name: "analytics", props: WAREHOUSE }],
    },
    {
      title: "a cluster encrypted with a customer managed key (encrypted is a string in v7)",
      resources: [{ type: CLUSTER, name: "analytics", props: { ...WAREHOUSE, encrypted: "true", kmsKeyId: KEY } }],
    },
  ],
  bad: [
    {
      title: "a cluster that turns encryption off",
      resources: [{ type: CLUSTER, name: "analytics", props: { ...WAREHOUSE, encrypted: "false" } }],
      violations: ["analytics"],
      message: /Redshift cluster "analytics" stores its data unencrypted/,
    },
    {
      title: "an unencrypted cluster beside an encrypted one, the flag as a boolean",
      resources: [
        { type: CLUSTER, name: "analytics", props: { ...WAREHOUSE, encrypted: "true" } },
        { type: CLUSTER, name: "scratch", props: { ...WAREHOUSE, clusterIdentifier: "scratch", encrypted: false } },
      ],
      violations: ["scratch"],
    },
  ],
  unknown: [
    {
      title: "encrypted computed from a config value during preview",
      resources: [{ type: CLUSTER, name: "analytics", props: { ...WAREHOUSE, encrypted: UNKNOWN_SENTINELS.string } }],
    },
  ],
});
