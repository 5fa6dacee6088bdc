import { gzipSync } from "zlib";
import { ec2UserDataNoSecrets } from "../../../policies/compute/ec2-user-data-no-secrets";
import { T } from "../../../policies/aws/types";
import { UNKNOWN_STRING, secret } from "../../helpers/policy-harness";
import { fake, fragments } from "./fake-secrets";
import { ResourceCase, runCase, tally } from "./table";

const INST = T.instance;
const LT = T.launchTemplate;
const LC = T.launchConfiguration;
const b64 = (text: string) => Buffer.from(text, "utf8").toString("base64");
const gzb64 = (text: string) => gzipSync(Buffer.from(text, "utf8")).toString("base64");

const hardening = [
  "#!/bin/bash",
  "set -euo pipefail",
  "sed -i 's/^#\\?PasswordAuthentication.*/PasswordAuthentication no/' /etc/ssh/sshd_config",
  "echo 'PermitEmptyPasswords no' >> /etc/ssh/sshd_config",
  'TOKEN=$(curl -sX PUT "http://169.254.169.254/latest/api/token" -H "X-aws-ec2-metadata-token-ttl-seconds: 21600")',
  "DB_PASSWORD=$(aws secretsmanager get-secret-value --secret-id prod/db --query SecretString --output text)",
].join("\n");

const cloudConfig = ["#cloud-config", "ssh_pwauth: false", "users:", "  - name: ops", "    lock_passwd: true", "write_files:", "  - path: /etc/app.conf", "    content: password_file=/run/secrets/db"].join("\n");

const withPassword = ["#!/bin/bash", "yum install -y mariadb", `export DB_PASSWORD="${fake.password}"`].join("\n");

const cases: ResourceCase[] = [
  // bad
  { label: "instance userData exporting a password (line 3)", type: INST, props: { userData: withPassword }, expect: "violation", message: /userData holds .*a password \(line 3\)/ },
  { label: "launch template userData (base64) with an access key", type: LT, props: { userData: b64(`#!/bin/sh\naws configure set aws_access_key_id ${fake.accessKeyId}\n`) }, expect: "violation", message: /userData \(decoded\).*an AWS access key ID \(line 2\)/ },
  { label: "instance userDataBase64, gzipped, with a private key", type: INST, props: { userDataBase64: gzb64("#!/bin/sh\ncat > /root/.ssh/id_rsa <<EOF\n-----BEGIN OPENSSH PRIVATE KEY-----\nEOF\n") }, expect: "violation", message: /userDataBase64 \(decoded\).*a private key \(line 3\)/ },
  { label: "launch configuration userData with a GitHub token", type: LC, props: { userData: `git clone https://x:${fake.github}@github.com/acme/app` }, expect: "violation", message: /GitHub token/ },
  { label: "launch configuration userDataBase64 with a Slack token", type: LC, props: { userDataBase64: b64(`SLACK=${fake.slack}`) }, expect: "violation", message: /Slack token \(line 1\)/ },
  { label: "userData wrapped as a secret still holds a secret", type: INST, props: { userData: secret(withPassword) }, expect: "violation", message: /a password \(line 3\)/ },
  { label: "plain userData that is one base64 blob is decoded too", type: INST, props: { userData: b64(`password=${fake.password}\n`) }, expect: "violation", message: /decoded from base64/ },
  { label: "cloud-config with a plain-text password", type: LT, props: { userData: b64(`#cloud-config\nusers:\n  - name: ops\n    plain_text_passwd: ${fake.password}\n`) }, expect: "violation", message: /a password \(line 4\)/ },
  { label: "launch template userData that is not base64 is read as text", type: LT, props: { userData: `#!/bin/sh\necho 'root:${fake.password}' | chpasswd` }, expect: "violation", message: /a password \(line 2\)/ },
  // good
  { label: "hardening script with sshd settings and fetched secrets", type: INST, props: { userData: hardening }, expect: "pass" },
  { label: "cloud-config with password_file and lock_passwd", type: LC, props: { userData: cloudConfig }, expect: "pass" },
  { label: "launch template base64 of a harmless script", type: LT, props: { userData: b64(hardening) }, expect: "pass" },
  { label: "gzipped harmless cloud-config", type: INST, props: { userDataBase64: gzb64(cloudConfig) }, expect: "pass" },
  { label: "no user data", type: INST, props: { ami: "ami-1" }, expect: "pass" },
  { label: "binary user data that is not text", type: LC, props: { userDataBase64: Buffer.from([0, 1, 2, 3, 250, 251, 252, 253, 7, 8, 9, 10]).toString("base64") }, expect: "pass" },
  { label: "harmless user data wrapped as a secret", type: LT, props: { userData: secret(b64(hardening)) }, expect: "pass" },
  // unknown during preview
  { label: "userData unknown", type: INST, props: { userData: UNKNOWN_STRING }, expect: "not-applicable", message: /userData/ },
  { label: "launch template userData unknown", type: LT, props: { userData: UNKNOWN_STRING }, expect: "not-applicable" },
];

describe("ec2-user-data-no-secrets", () => {
  it("has at least six bad and six good cases", () => {
    const { bad, good } = tally(cases);
    expect(bad).toBeGreaterThanOrEqual(6);
    expect(good).toBeGreaterThanOrEqual(6);
  });

  it.each(cases)("$label", async (c) => {
    await runCase(ec2UserDataNoSecrets, c);
  });

  describe("never repeats a secret or any part of it", () => {
    const secrets = [fake.password, fake.accessKeyId, fake.secretKey, fake.github, fake.slack, fake.bearer];
    const script = [
      "#!/bin/bash",
      `password=${fake.password}`,
      `AWS_ACCESS_KEY_ID=${fake.accessKeyId}`,
      `AWS_SECRET_ACCESS_KEY=${fake.secretKey}`,
      `GH=${fake.github}`,
      `SLACK=${fake.slack}`,
      `curl -H "Authorization: Bearer ${fake.bearer}" https://api.example.com`,
    ].join("\n");

    it.each([
      ["plain", { userData: script }, INST],
      ["secret-wrapped", { userData: secret(script) }, INST],
      ["base64", { userData: b64(script) }, LT],
      ["gzip", { userDataBase64: gzb64(script) }, LC],
    ] as const)("%s user data", async (_label, props, type) => {
      const outcome = await runCase(ec2UserDataNoSecrets, { label: "", type, props, expect: "violation" });
      const text = outcome.violations.map((v) => v.message).join("\n");
      expect(text).toMatch(/line 2.*line 3.*line 4.*line 5.*line 6.*line 7/s);
      for (const s of secrets) for (const part of fragments(s)) expect(text).not.toContain(part);
    });
  });

  it("lists at most eight findings and counts the rest", async () => {
    const many = Array.from({ length: 11 }, (_, i) => `DB${i}_PASSWORD=${fake.password}`).join("\n");
    const outcome = await runCase(ec2UserDataNoSecrets, { label: "", type: INST, props: { userData: many }, expect: "violation", count: 1 });
    expect(outcome.violations[0].message).toMatch(/line 8\), and 3 more/);
  });
});
