// Which resources an exception's `resource` names: the exact URN or name, or a glob on either.
// URNs hold type tokens with slashes (aws:ec2/securityGroup:SecurityGroup); a glob here is not a
// file path, so `*` must span them: slashes are swapped for a look-alike before matching.
import type * as Picomatch from "picomatch";

const SLASH_STAND_IN = "\u2215";

export type ResourceMatcher = (name: string, urn: string) => boolean;

let picomatchModule: typeof Picomatch | undefined;

// Loaded on first use: most runs configure no exception, and start-up time is measured.
function picomatch(): typeof Picomatch {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  picomatchModule ??= require("picomatch/posix") as typeof Picomatch;
  return picomatchModule;
}

function deslash(text: string): string {
  return text.split("/").join(SLASH_STAND_IN);
}

/** A matcher for `pattern`, or the reason it is not a usable glob. */
export function compileResourcePattern(pattern: string): { matcher: ResourceMatcher } | { error: string } {
  if (pattern.trim() === "") return { error: "is empty" };
  let re: RegExp;
  try {
    re = picomatch().makeRe(deslash(pattern), { dot: true, strictBrackets: true });
  } catch (e) {
    return { error: `is not a valid glob: ${e instanceof Error ? e.message : String(e)}` };
  }
  return {
    matcher: (name, urn) => name === pattern || urn === pattern || re.test(deslash(name)) || re.test(deslash(urn)),
  };
}
