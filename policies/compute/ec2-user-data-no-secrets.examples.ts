import { gzipSync } from "zlib";
import { policyExamples } from "../lib/examples";

// Credential-shaped values, assembled at load time so that the repository holds no string a
// secret scanner would take for a real credential. None of them is real.
const fake = {
  password: ["Zq7v", "X9kL", "p2Wm"].join(""),
  accessKeyId: ["AKIA", "Q".repeat(8), "7".repeat(8)].join(""),
  github: ["ghp", "_", "a1B2".repeat(9)].join(""),
  privateKeyHeader: ["-----BEGIN", "OPENSSH", "PRIVATE", "KEY-----"].join(" "),
};
const b64 = (text: string) => Buffer.from(text, "utf8").toString("base64");
const gzb64 = (text: string) => gzipSync(Buffer.from(text, "utf8")).toString("base64");
const AMI = "ami-0abcdef1234567890";
const SECRET = { "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270" };

const hardening = [
  "#!/bin/bash",
  "set -euo pipefail",
  "sed -i 's/^#\\?PasswordAuthentication.*/PasswordAuthentication no/' /etc/ssh/sshd_config",
  'TOKEN=$(curl -sX PUT "http://169.254.169.254/latest/api/token" -H "X-aws-ec2-metadata-token-ttl-seconds: 21600")',
  "DB_PASSWORD=$(aws secretsmanager get-secret-value --secret-id prod/db --query SecretString --output text)",
].join("\n");
const cloudConfig = ["#cloud-config", "ssh_pwauth: false", "users:", "  - name: ops", "    lock_passwd: true", "write_files:", "  - path: /etc/app.conf", "    content: password_file=/run/secrets/db"].join("\n");
const exportsPassword = ["#!/bin/bash", "yum install -y mariadb", `export DB_PASSWORD="${fake.password}"`].join("\n");
// Matches a message that reports the password by kind and line, and never repeats it.
const reportsPasswordWithoutValue = new RegExp(`^(?![\\s\\S]*${fake.password})[\\s\\S]*a password \\(line 3\\)`);
// Options that look like MySQL's glued `-p<password>` but are not: directories, ports, copies, and
// the client asked to prompt or to read a variable.
const dashP = [
  "#!/bin/bash",
  "mkdir -p /opt/orders && cp -pr /tmp/orders/. /opt/orders",
  "docker run -d -p 8080:80 nginx",
  "ssh -p 22 deploy@bastion.internal true",
  'mysql -h db.internal -uorders -p"$DB_PASSWORD" orders < /opt/orders/schema.sql',
].join("\n");
const mysqlPassword = ["#!/bin/bash", "dnf install -y mariadb105", `mysql -h db.internal -uroot -p${fake.password} orders < /opt/orders/schema.sql`].join("\n");

export const examples = policyExamples({
  policy: "ec2-user-data-no-secrets",
  good: [
    {
      title: "a hardening script that fetches its database password from Secrets Manager at boot",
      resources: [{ type: "aws:ec2/instance:Instance", name: "web", props: { ami: AMI, userData: hardening } }],
    },
    {
      title: "a launch template (base64 userData) with cloud-config that locks passwords and points at a secrets file",
      resources: [{ type: "aws:ec2/launchTemplate:LaunchTemplate", name: "workers", props: { imageId: AMI, userData: b64(cloudConfig) } }],
    },
    {
      title: "a launch configuration with gzipped, harmless userDataBase64",
      resources: [{ type: "aws:ec2/launchConfiguration:LaunchConfiguration", name: "legacy", props: { imageId: AMI, userDataBase64: gzb64(hardening) } }],
    },
    {
      title: "a script whose -p options are directories, ports and copies, and whose MySQL password comes from a variable",
      resources: [{ type: "aws:ec2/instance:Instance", name: "web", props: { ami: AMI, userData: dashP } }],
    },
    {
      title: "an instance with no user data",
      resources: [{ type: "aws:ec2/instance:Instance", name: "web", props: { ami: AMI, instanceType: "t3.micro" } }],
    },
  ],
  bad: [
    {
      title: "an instance script that exports a literal database password",
      resources: [{ type: "aws:ec2/instance:Instance", name: "web", props: { ami: AMI, userData: exportsPassword } }],
      violations: ["web"],
      message: /userData holds what looks like credentials: a password \(line 3\)/,
    },
    {
      title: "a launch template whose base64 userData configures an AWS access key",
      resources: [{ type: "aws:ec2/launchTemplate:LaunchTemplate", name: "workers", props: { imageId: AMI, userData: b64(`#!/bin/sh\naws configure set aws_access_key_id ${fake.accessKeyId}\n`) } }],
      violations: ["workers"],
      message: /userData \(decoded\) holds .*an AWS access key ID \(line 2\)/,
    },
    {
      title: "an instance whose gzipped userDataBase64 writes a private key",
      resources: [{ type: "aws:ec2/instance:Instance", name: "web", props: { ami: AMI, userDataBase64: gzb64(`#!/bin/sh\ncat > /root/.ssh/id_ed25519 <<EOF\n${fake.privateKeyHeader}\nEOF\n`) } }],
      violations: ["web"],
      message: /userDataBase64 \(decoded\) holds .*a private key \(line 3\)/,
    },
    {
      title: "a launch configuration that clones a repository with a GitHub token in the URL",
      resources: [{ type: "aws:ec2/launchConfiguration:LaunchConfiguration", name: "legacy", props: { imageId: AMI, userData: `#!/bin/sh\ngit clone https://x:${fake.github}@github.com/acme/app /opt/app\n` } }],
      violations: ["legacy"],
      message: /a GitHub token \(line 2\)/,
    },
    {
      title: "a launch template whose script passes the MySQL password glued to -p (mysql -uroot -p<password>); the finding never repeats it",
      resources: [{ type: "aws:ec2/launchTemplate:LaunchTemplate", name: "workers", props: { imageId: AMI, userData: b64(mysqlPassword) } }],
      violations: ["workers"],
      message: reportsPasswordWithoutValue,
    },
    {
      title: "user data marked secret is still scanned, and the finding never repeats the password",
      resources: [{ type: "aws:ec2/instance:Instance", name: "web", props: { ami: AMI, userData: { ...SECRET, value: exportsPassword } } }],
      violations: ["web"],
      message: reportsPasswordWithoutValue,
    },
  ],
  unknown: [
    {
      title: "an instance whose user data is rendered from other resources' outputs during preview",
      resources: [{ type: "aws:ec2/instance:Instance", name: "web", props: { ami: AMI, userData: "04da6b54-80e4-46f7-96ec-b56ff0331ba9" } }],
    },
    {
      title: "a launch template whose base64 user data is unknown during preview",
      resources: [{ type: "aws:ec2/launchTemplate:LaunchTemplate", name: "workers", props: { imageId: AMI, userData: "04da6b54-80e4-46f7-96ec-b56ff0331ba9" } }],
    },
  ],
});
