// The user data an instance, launch template or launch configuration boots with, decoded into
// the text cloud-init will read: base64 where the property is base64 (launch template userData,
// userDataBase64), gunzipped when compressed, and plain text otherwise (a plain userData that
// is itself one base64 blob is decoded too, since people do pass it that way).
import { gunzipSync } from "zlib";
import type { ResourceView } from "../lib/resource-view";
import { T } from "../aws/types";
import { isUnknown } from "../lib/unknown";

export interface UserDataSource {
  readonly path: "userData" | "userDataBase64";
  readonly base64: boolean;
  /** The raw value; UNKNOWN during preview is reported by the caller. */
  readonly value: unknown;
}

export interface UserDataText {
  /** How the text was obtained, for messages: "userData", "userDataBase64 (decoded)". */
  readonly label: string;
  readonly text: string;
}

/** Scanning stops here: cloud-init itself refuses user data over 16 KB raw, but gzip can expand. */
const MAX_TEXT = 1024 * 1024;

export function userDataSources(resource: ResourceView): UserDataSource[] {
  const sources: UserDataSource[] = [];
  const add = (path: "userData" | "userDataBase64", base64: boolean) => {
    const value = resource.props[path];
    if (value !== undefined && value !== null && value !== "") sources.push({ path, base64, value });
  };
  if (resource.type === T.launchTemplate) add("userData", true);
  else if (resource.type === T.instance || resource.type === T.launchConfiguration) {
    add("userData", false);
    add("userDataBase64", true);
  }
  return sources;
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

function base64Bytes(value: string): Buffer | undefined {
  const compact = value.replace(/\s+/g, "");
  if (compact.length === 0 || compact.length % 4 === 1 || !BASE64.test(compact)) return undefined;
  return Buffer.from(compact, "base64");
}

function printable(text: string): boolean {
  if (text.length === 0) return false;
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || (c < 0x20 && c !== 9 && c !== 10 && c !== 13)) bad++;
  }
  return bad / text.length < 0.05;
}

/** Text from decoded bytes: gunzipped when gzip, undefined when it is binary. */
function textOf(bytes: Buffer): string | undefined {
  if (bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      return gunzipSync(bytes, { maxOutputLength: MAX_TEXT }).toString("utf8");
    } catch {
      return undefined;
    }
  }
  const text = bytes.toString("utf8");
  return printable(text) ? text : undefined;
}

export function userDataTexts(source: UserDataSource): UserDataText[] {
  if (isUnknown(source.value) || typeof source.value !== "string") return [];
  const raw = source.value.slice(0, MAX_TEXT);
  const bytes = base64Bytes(raw);
  const decoded = bytes ? textOf(bytes) : undefined;
  if (source.base64) {
    // A value that is not base64 is still what the instance gets; read it as it is.
    return decoded !== undefined ? [{ label: `${source.path} (decoded)`, text: decoded }] : [{ label: source.path, text: raw }];
  }
  const texts: UserDataText[] = [{ label: source.path, text: raw }];
  if (decoded !== undefined && raw.replace(/\s+/g, "").length >= 16) texts.push({ label: `${source.path} (decoded from base64)`, text: decoded });
  return texts;
}
