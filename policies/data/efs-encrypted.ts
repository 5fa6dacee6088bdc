// File systems are encrypted at rest. EFS encrypts a file system only when it is created with
// Encrypted true (the console ticks it, the API and the provider do not), and the setting cannot
// be changed afterwards (EFS User Guide, "Encrypting data at rest").
import { resourcePolicy } from "../lib/control";
import { UNKNOWN } from "../lib/unknown";
import { readBool } from "../lib/values";
import { DATA_T, EFS_PROPS as P } from "./types";

export const efsEncrypted = resourcePolicy<Record<string, never>>({
  name: "efs-encrypted",
  description: "Every EFS file system is created encrypted at rest: encrypted is true (the API's default is false).",
  severity: "high",
  enforcementLevel: "mandatory",
  domain: "data",
  references: [
    { framework: "aws-fsbp", ids: ["EFS.1"] },
    { framework: "owasp", ids: ["A02:2021"] },
  ],
  remediationSteps:
    "Set encrypted: true (and kmsKeyId for a customer managed key). An existing unencrypted file system cannot be encrypted: create an encrypted one and copy the data (AWS DataSync, or an EFS replication to an encrypted destination).",
  types: [DATA_T.efsFileSystem],
  check(fs, _config, judge) {
    const encrypted = readBool(fs.props[P.encrypted]);
    if (encrypted === UNKNOWN) judge.unknown(P.encrypted);
    else if (encrypted !== true) {
      judge.violation(`EFS file system "${fs.name}" stores its data unencrypted (encrypted is ${encrypted === false ? "false" : "not set and defaults to false"}). Set encrypted: true.`);
    }
  },
});
