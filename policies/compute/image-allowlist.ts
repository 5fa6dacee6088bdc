// Which machine images are approved: exact ids (or exact `resolve:ssm:` references) listed in
// allowedAmis, or matches of a glob in allowedAmiPatterns. Globs use picomatch with bash rules,
// so `*` spans `/` as well: "resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-*" matches
// every Amazon Linux 2023 parameter, "ami-0abc*" a family of ids. Matching is case-sensitive,
// like the ids themselves.
import picomatch from "picomatch";
import { readList } from "../lib/values";

export interface ImageAllowlist {
  /** True when at least one id or pattern is configured; the control is inactive otherwise. */
  readonly active: boolean;
  allows(imageId: string): boolean;
}

function strings(value: unknown): string[] {
  const list = readList(value);
  if (!Array.isArray(list)) return [];
  return list.filter((v): v is string => typeof v === "string" && v.trim() !== "").map((v) => v.trim());
}

const compiled = new Map<string, (text: string) => boolean>();

function matcher(pattern: string): (text: string) => boolean {
  let match = compiled.get(pattern);
  if (!match) {
    try {
      match = picomatch(pattern, { bash: true, dot: true });
    } catch {
      match = () => false; // a malformed glob approves nothing
    }
    compiled.set(pattern, match);
  }
  return match;
}

export function imageAllowlist(allowedAmis: unknown, allowedAmiPatterns: unknown): ImageAllowlist {
  const ids = new Set(strings(allowedAmis));
  const patterns = strings(allowedAmiPatterns).map(matcher);
  return {
    active: ids.size > 0 || patterns.length > 0,
    allows: (imageId) => ids.has(imageId) || patterns.some((match) => match(imageId)),
  };
}
