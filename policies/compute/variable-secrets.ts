// Credentials in plain-text name/value settings (Lambda and container environment variables,
// CodeBuild variables, Glue connection properties), found with the detectors user data uses:
// each setting is scanned as the line `NAME=value`, so a secret-named key with a literal value,
// or a value shaped like a known credential, counts. Findings carry the setting's path and the
// kind of secret, never the value.
import type { Judge } from "../lib/judge";
import { UNKNOWN } from "../lib/unknown";
import { readString } from "../lib/values";
import { isLiteralSecret, scanForSecrets } from "./secret-scan";

export interface Setting {
  readonly name: string;
  readonly value: unknown;
  /** Where it is, for the message: "environment.variables.DB_PASSWORD", or by index when names may be secret. */
  readonly path: string;
  /** A friendlier label naming the setting (and its container), printed only when no name in it arrived as a secret. */
  readonly label?: string;
}

export interface SettingFinding {
  readonly path: string;
  readonly label?: string;
  readonly kinds: readonly string[];
}

// Names that hold a credential whatever the value looks like: the three ECS.8 looks for
// (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, ECS_ENGINE_AUTH_DATA; Security Hub ECS controls, checked
// 2026-12-02), which CodeBuild.2 shares, and the session token that completes a key pair.
const CREDENTIAL_NAMES: Readonly<Record<string, string>> = {
  AWS_ACCESS_KEY_ID: "an AWS access key ID",
  AWS_SECRET_ACCESS_KEY: "an AWS secret access key",
  AWS_SESSION_TOKEN: "an AWS session token",
  ECS_ENGINE_AUTH_DATA: "registry credentials",
};

const LISTED = 8;

/** The object or list a value holds as JSON text, or undefined. */
function jsonDocument(text: string): object | undefined {
  if (!text.startsWith("{") && !text.startsWith("[")) return undefined;
  try {
    const doc: unknown = JSON.parse(text);
    return doc !== null && typeof doc === "object" ? doc : undefined;
  } catch {
    return undefined;
  }
}

/** What looks like a credential among `settings`; unknown values are recorded on the judge. */
export function settingFindings(settings: Iterable<Setting>, judge: Judge): SettingFinding[] {
  const findings: SettingFinding[] = [];
  for (const setting of settings) {
    const value = readString(setting.value);
    if (value === UNKNOWN) {
      judge.unknown(setting.path);
      continue;
    }
    if (value === undefined) continue;
    const text = value.trim();
    const doc = jsonDocument(text);
    // A reference (an ARN, resolve:…, ${VAR}), a number or a flag word is no credential; an ARN
    // such as arn:…:secret:name would otherwise read as the assignment `secret:name`.
    const literal = doc !== undefined || isLiteralSecret(text);
    if (!literal) continue;
    // A JSON value (registry auth, a connection blob) is scanned one member per line.
    const scanned = doc !== undefined ? JSON.stringify(doc, null, 1) : `${setting.name}=${value}`;
    const kinds = new Set(scanForSecrets(scanned).map((f) => f.kind));
    const named = CREDENTIAL_NAMES[setting.name.trim().toUpperCase()];
    if (named && kinds.size === 0) kinds.add(named);
    if (kinds.size > 0) findings.push({ path: setting.path, label: setting.label, kinds: [...kinds] });
  }
  return findings;
}

/** "environment.variables.DB_PASSWORD (a password), …": paths (or labels, when `labels`) and kinds only. */
export function describeFindings(findings: readonly SettingFinding[], labels = false): string {
  const shown = findings.slice(0, LISTED).map((f) => `${labels && f.label ? f.label : f.path} (${f.kinds.join(", ")})`);
  const more = findings.length > LISTED ? `, and ${findings.length - LISTED} more` : "";
  return shown.join(", ") + more;
}
