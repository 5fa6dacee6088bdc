// Redshift clusters store their data encrypted. Since January 2025 Redshift encrypts every new or
// restored cluster (an AWS-owned key unless one is named) and the console no longer creates
// unencrypted ones (AWS News Blog, "Amazon Redshift enhances security by changing default
// behavior in 2025"); provider v7 defaults `encrypted` to "true". So an unset flag passes and only
// an explicit opt-out is reported: that cluster is an unencrypted store, hence mandatory.
import { resourcePolicy } from "../lib/control";
import { UNKNOWN } from "../lib/unknown";
import { readBool } from "../lib/values";
import { DATA_T, REDSHIFT_CLUSTER_PROPS as P } from "./types";

export const redshiftEncrypted = resourcePolicy<Record<string, never>>({
  name: "redshift-encrypted",
  description:
    "No Redshift cluster turns encryption at rest off (encrypted \"false\"); left unset it is encrypted, Redshift's default for new and restored clusters since January 2025.",
  severity: "high",
  enforcementLevel: "mandatory",
  domain: "data",
  references: [
    { framework: "aws-fsbp", ids: ["Redshift.10"] },
    { framework: "aws-ct", ids: ["CT.REDSHIFT.PR.8"] },
    { framework: "owasp", ids: ["A02:2021"] },
  ],
  remediationSteps:
    'Remove encrypted: "false" (or set it to "true"), and name a customer managed key with kmsKeyId if you need control over the key. Redshift migrates an existing cluster to encrypted storage in place when encryption is turned on.',
  types: [DATA_T.redshiftCluster],
  check(cluster, _config, judge) {
    const encrypted = readBool(cluster.props[P.encrypted]);
    if (encrypted === UNKNOWN) judge.unknown(P.encrypted);
    else if (encrypted === false) {
      judge.violation(`Redshift cluster "${cluster.name}" stores its data unencrypted (encrypted is "false"). Remove the setting or set encrypted: "true".`);
    }
  },
});
