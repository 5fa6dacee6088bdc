// Glue connections keep no passwords in their connection properties. A PASSWORD (or Kafka
// keystore/SASL password) property is stored in the Data Catalog and returned by GetConnection to
// anyone allowed to call it, unless the catalog encrypts connection passwords; Glue reads
// credentials from Secrets Manager when SECRET_ID names a secret instead (AWS Glue Developer
// Guide, "AWS Glue connection properties" and "Storing connection credentials in Secrets Manager").
import { resourcePolicy } from "../lib/control";
import { UNKNOWN } from "../lib/unknown";
import { readRecord } from "../lib/values";
import { COMPUTE_T, GLUE_CONNECTION_PROPS as P } from "./types";
import { Setting, describeFindings, settingFindings } from "./variable-secrets";

// Glue's own encrypted form of a password (with connection password encryption on) is no plain text.
const ENCRYPTED = /^ENCRYPTED_/i;

export const glueConnectionNoPlaintextPassword = resourcePolicy<Record<string, never>>({
  name: "glue-connection-no-plaintext-password",
  description:
    "Glue connections hold no plain-text credentials in connectionProperties (PASSWORD, Kafka keystore and SASL passwords, credentials in a JDBC URL); they name a Secrets Manager secret with SECRET_ID. Findings name the property, never the value.",
  severity: "high",
  enforcementLevel: "mandatory",
  domain: "compute",
  references: [{ framework: "owasp", ids: ["A07:2021"] }],
  remediationSteps:
    "Store the user name and password in an AWS Secrets Manager secret, set connectionProperties.SECRET_ID to its name and remove PASSWORD (and any password in JDBC_CONNECTION_URL); grant the Glue job's role secretsmanager:GetSecretValue on it; rotate the exposed password.",
  types: [COMPUTE_T.glueConnection],
  check(connection, _config, judge) {
    const properties = readRecord(connection.props[P.connectionProperties]);
    if (properties === UNKNOWN) return judge.unknown(P.connectionProperties);
    if (properties === undefined) return;
    const settings: Setting[] = Object.entries(properties)
      .filter(([name]) => !ENCRYPTED.test(name))
      .map(([name, value]) => ({ name, value, path: `${P.connectionProperties}.${name}` }));
    const findings = settingFindings(settings, judge);
    if (findings.length === 0) return;
    judge.violation(
      `Glue connection "${connection.name}" holds what looks like credentials in plain text: ${describeFindings(findings)}. Set SECRET_ID to a Secrets Manager secret holding them, remove the plain-text values, and rotate the exposed password.`,
    );
  },
});
