// Finds what looks like a credential in boot scripts and cloud-config, line by line. It reports
// the kind of secret and the line number only: never the value, nor any part of it.
//
// Assignments (`password=…`, `PASSWORD: …`, `--password …`) count only when the key ends with
// a secret word and the value is a literal: `PasswordAuthentication no`, `password_file=/path`,
// `TOKEN=$(curl …)`, `lock_passwd: true` and `"{{ vault_pw }}"` are not secrets.

export interface SecretFinding {
  /** What it looks like, e.g. "an AWS access key ID", "a password". */
  readonly kind: string;
  /** 1-based line number in the scanned text. */
  readonly line: number;
}

interface ShapeRule {
  readonly kind: string;
  readonly pattern: RegExp;
}

// Credentials recognisable by their shape alone.
const SHAPES: readonly ShapeRule[] = [
  { kind: "an AWS access key ID", pattern: /(?<![A-Z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}(?![A-Z0-9])/ },
  {
    kind: "an AWS secret access key",
    pattern: /aws_?secret_?access_?key["']?(?:\s*[:=]\s*|\s+)["']?[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+])/i,
  },
  { kind: "a private key", pattern: /-----BEGIN[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----/ },
  { kind: "a GitHub token", pattern: /(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})/ },
  { kind: "a GitLab token", pattern: /(?<![A-Za-z0-9_])glpat-[A-Za-z0-9_-]{20,}/ },
  { kind: "a Slack token", pattern: /(?<![A-Za-z0-9_])xox[abposr]-[A-Za-z0-9-]{10,}/ },
  { kind: "a Stripe secret key", pattern: /(?<![A-Za-z0-9_])[sr]k_live_[A-Za-z0-9]{20,}/ },
  { kind: "a Google API key", pattern: /(?<![A-Za-z0-9_])AIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/ },
  { kind: "an npm token", pattern: /(?<![A-Za-z0-9_])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9])/ },
  { kind: "a bearer token", pattern: /\bbearer\s+[A-Za-z0-9._~+/-]{16,}=*/i },
];

const SECRET_WORD = "password|passwd|passphrase|pwd|(?<![A-Za-z])pass|secret|token|api[_-]?key|apikey|access[_-]?key|client[_-]?secret|private[_-]?key|auth[_-]?key";

// `key = value`, `key: value`, `"key": "value"`, `export KEY="value"`, `key := value`.
const ASSIGNMENT = new RegExp(`(?<![A-Za-z0-9_.-])([A-Za-z0-9_.-]*?(?:${SECRET_WORD}))["']?\\s*(?::=|=|:)\\s*(.*)$`, "i");
// `--password value`, `--db-password=value`, `-token value`.
const FLAG = new RegExp(`(?<![\\w-])--?([A-Za-z0-9-]*?(?:${SECRET_WORD.replace(/\[_-\]/g, "-")}))(?:=|\\s+)(\\S.*)$`, "i");
// `echo 'user:secret' | chpasswd`.
const CHPASSWD = /echo\s+(["']?)[\w.-]+:([^\s"']+)\1\s*\|\s*(?:sudo\s+)?chpasswd\b/;
// `https://user:secret@host/…`.
const URL_CREDENTIALS = /\b[a-z][a-z0-9+.-]*:\/\/[^\s:@/]+:([^\s@/]+)@/i;
// The MySQL and MariaDB clients take the password glued to `-p` (`mysql -uroot -pS3cr3t db`);
// a bare `-p` prompts, and `-p value` prompts too (the value is the database). Only these
// commands read `-p` so: `mkdir -p`, `cp -pr`, `ssh -p 22` and `docker run -p 8080:80` are no secrets.
const MYSQL_CLIENT = /(?<![\w.-])(?:mysql(?:dump|admin|import|show|check|pump|slap|binlog|sh)?|mariadb(?:-[a-z]+)?)(?![\w.-])/g;
// The client's own arguments: up to the next pipe, list or redirection operator.
const SHELL_OPERATOR = /[|;&<>]/;
const GLUED_PASSWORD = /(?:^|\s)-p(\S+)/;

const NOT_A_VALUE = new Set(["true", "false", "yes", "no", "on", "off", "null", "none", "nil", "undefined", "required", "optional", "enabled", "disabled"]);
// Variables, command substitutions, templates, structures, paths and references to a secret store.
const REFERENCE = /^(?:[$`{[<>%(!&*|\\/~]|\.\.?\/|file:|arn:|resolve:|ssm:|secretsmanager:|vault:|env:)/i;

/** The literal value at the start of `rest`, without quotes or a trailing comment; "" when none. */
function literal(rest: string): string {
  const text = rest.trim();
  const quote = text[0];
  if (quote === '"' || quote === "'") {
    const end = text.indexOf(quote, 1);
    return end > 0 ? text.slice(1, end) : text.slice(1);
  }
  return text.split(/[\s#;,]/)[0] ?? "";
}

/** Whether a MySQL or MariaDB client on this line gets a literal password glued to `-p`. */
function hasMysqlPassword(line: string): boolean {
  for (const client of line.matchAll(MYSQL_CLIENT)) {
    const args = line.slice(client.index + client[0].length).split(SHELL_OPERATOR)[0];
    const glued = GLUED_PASSWORD.exec(args);
    if (glued && isLiteralSecret(literal(glued[1]))) return true;
  }
  return false;
}

/** Whether `value` is a literal that may be a secret (not a flag word, a number, a variable or a reference). */
export function isLiteralSecret(value: string): boolean {
  if (value.length < 3) return false;
  if (NOT_A_VALUE.has(value.toLowerCase())) return false;
  if (REFERENCE.test(value)) return false;
  // Code reading the secret from elsewhere (os.environ["PW"], getenv("PW")) is no secret.
  if (/[()[\]{}]/.test(value)) return false;
  // A number alone is a setting (a length, a TTL), not a secret.
  return !/^\d+$/.test(value);
}

function assignmentKind(key: string): string {
  return /pass|pwd/i.test(key) ? "a password" : "a secret or token";
}

function scanLine(line: string): string[] {
  const kinds: string[] = [];
  for (const rule of SHAPES) if (rule.pattern.test(line)) kinds.push(rule.kind);
  const chpasswd = CHPASSWD.exec(line);
  if (chpasswd && isLiteralSecret(chpasswd[2])) kinds.push("a password");
  const url = URL_CREDENTIALS.exec(line);
  if (url && isLiteralSecret(url[1])) kinds.push("a password");
  if (hasMysqlPassword(line)) kinds.push("a password");
  // A line already recognised by shape needs no second, vaguer finding.
  if (kinds.length > 0) return kinds;
  const flag = FLAG.exec(line);
  if (flag && isLiteralSecret(literal(flag[2]))) return [assignmentKind(flag[1])];
  const assignment = ASSIGNMENT.exec(line);
  if (assignment && isLiteralSecret(literal(assignment[2]))) return [assignmentKind(assignment[1])];
  return kinds;
}

export function scanForSecrets(text: string): SecretFinding[] {
  const findings: SecretFinding[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((line, i) => {
    for (const kind of new Set(scanLine(line))) findings.push({ kind, line: i + 1 });
  });
  return findings;
}
