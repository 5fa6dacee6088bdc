// The user-data secret scanner on its own: which lines look like credentials, and which
// look-alikes (sshd settings, password files, IMDS token fetches, vault lookups) do not.
import { scanForSecrets } from "../../../policies/compute/secret-scan";
import { fake } from "./fake-secrets";

const found: [string, string, string][] = [
  ["AWS access key id", `AWS_ACCESS_KEY_ID=${fake.accessKeyId}`, "an AWS access key ID"],
  ["temporary access key id", `key ${fake.tempKeyId}`, "an AWS access key ID"],
  ["AWS secret key assignment", `aws_secret_access_key = ${fake.secretKey}`, "an AWS secret access key"],
  ["AWS secret key in aws configure", `aws configure set aws_secret_access_key ${fake.secretKey}`, "an AWS secret access key"],
  ["RSA private key", "-----BEGIN RSA PRIVATE KEY-----", "a private key"],
  ["OpenSSH private key", "-----BEGIN OPENSSH PRIVATE KEY-----", "a private key"],
  ["GitHub token", `GITHUB=${fake.github}`, "a GitHub token"],
  ["Slack token", `curl -d token=${fake.slack}`, "a Slack token"],
  ["bearer token", `curl -H "Authorization: Bearer ${fake.bearer}"`, "a bearer token"],
  ["password=", `password=${fake.password}`, "a password"],
  ["PASSWORD:", `PASSWORD: ${fake.password}`, "a password"],
  ["JSON password", `{"password": "${fake.password}"}`, "a password"],
  ["exported DB_PASS", `export DB_PASS='${fake.password}'`, "a password"],
  ["--password value", `mysql -u root --password ${fake.password}`, "a password"],
  ["--password=value", `mysqladmin --password=${fake.password} status`, "a password"],
  ["chpasswd", `echo 'root:${fake.password}' | chpasswd`, "a password"],
  ["credentials in a URL", `git clone https://deploy:${fake.password}@git.example.com/app.git`, "a password"],
  ["api_key=", `api_key=${fake.password}`, "a secret or token"],
  ["--token value", `kubeadm join 10.0.0.1:6443 --token ${fake.password}`, "a secret or token"],
  ["cloud-init plain_text_passwd", `    plain_text_passwd: ${fake.password}`, "a password"],
  ["mysql -p glued to the password", `mysql -uroot -p${fake.password} orders`, "a password"],
  ["mysqldump -p with a quoted password", `mysqldump -u backup -p'${fake.password}' --all-databases > /var/backups/all.sql`, "a password"],
  ["the mariadb client by path", `/usr/bin/mariadb -h db.internal -p${fake.password} -e 'select 1'`, "a password"],
  ["a second mysql on the line", `echo "mysql: loading the schema"; mysql -uroot -p${fake.password} orders < schema.sql`, "a password"],
];

const clean: [string, string][] = [
  ["sshd PasswordAuthentication", "PasswordAuthentication no"],
  ["sshd PermitEmptyPasswords", "PermitEmptyPasswords no"],
  ["password file path", "password_file=/etc/app/password"],
  ["password read from stdin", "docker login --username ci --password-stdin"],
  ["IMDSv2 token fetch", 'TOKEN=$(curl -sX PUT "http://169.254.169.254/latest/api/token" -H "X-aws-ec2-metadata-token-ttl-seconds: 21600")'],
  ["IMDSv2 token use", 'curl -s -H "X-aws-ec2-metadata-token: $TOKEN" http://169.254.169.254/latest/meta-data/'],
  ["secret fetched from Secrets Manager", "DB_PASSWORD=$(aws secretsmanager get-secret-value --secret-id prod/db --query SecretString --output text)"],
  ["variable reference", "password: ${DB_PASSWORD}"],
  ["template reference", 'password: "{{ vault_db_password }}"'],
  ["cloud-init lock_passwd", "    lock_passwd: true"],
  ["cloud-init hashed password", "    hashed_passwd: $6$rounds=4096$salt$hash"],
  ["cloud-init chpasswd block", "chpasswd: { expire: False }"],
  ["cloud-init ssh_pwauth", "ssh_pwauth: false"],
  ["PAM password stack", "password    requisite     pam_pwquality.so retry=3"],
  ["login.defs", "PASS_MAX_DAYS 60"],
  ["secret id", "aws secretsmanager get-secret-value --secret-id prod/db"],
  ["numeric setting", "token_ttl=60"],
  ["code reading an environment variable", 'password = os.environ["DB_PASSWORD"]'],
  ["YAML block scalar", "password: |"],
  ["bypass flag", "bypass=true"],
  ["mkdir -p and cp -pr", "mkdir -p /opt/app && cp -pr /tmp/app/. /opt/app"],
  ["ssh -p port", "ssh -p 22 deploy@bastion.internal"],
  ["ssh -p glued port", "ssh -p2222 deploy@bastion.internal"],
  ["docker -p port mapping", "docker run -d -p 8080:80 nginx"],
  ["a bare mysql -p prompts for the password", "mysql -uroot -p orders < /opt/orders/schema.sql"],
  ["mysql -p with a space: the word is the database", "mysql -uroot -p orders"],
  ["mysql -p from a variable", 'mysql -uroot -p"$DB_PASSWORD" orders'],
  ["mysql -p from a command substitution", "mysql -uroot -p$(cat /run/secrets/db) orders"],
  ["mysql, then another command's -p", "mysqldump orders | ssh -p2222 backup@vault.internal 'cat > orders.sql'; mkdir -pvm 700 /var/backups"],
  ["the MySQL server package and service", "dnf install -y mysql-server mariadb-server && systemctl enable --now mysqld"],
];

describe("secret scanner", () => {
  it.each(found)("finds %s", (_label, line, kind) => {
    expect(scanForSecrets(line)).toEqual([{ kind, line: 1 }]);
  });

  it.each(clean)("ignores %s", (_label, line) => {
    expect(scanForSecrets(line)).toEqual([]);
  });

  it("numbers lines from 1 across \\n, \\r\\n and \\r", () => {
    const text = ["#!/bin/bash", "set -e", `export API_TOKEN=${fake.password}`].join("\r\n") + "\r" + `password=${fake.password}`;
    expect(scanForSecrets(text)).toEqual([
      { kind: "a secret or token", line: 3 },
      { kind: "a password", line: 4 },
    ]);
  });

  it("reports a line recognised by shape once, not again as an assignment", () => {
    expect(scanForSecrets(`AWS_SECRET_ACCESS_KEY=${fake.secretKey}`)).toEqual([{ kind: "an AWS secret access key", line: 1 }]);
  });
});
