// The layering the library promises: domains build on the AWS model (aws/) and the machinery
// (lib/) only, never on each other; the model builds on lib/ only; lib/ on nothing of Rampart's.
// And every constant of the protocol codec is spelled once, in lib/codec.ts.
import * as fs from "fs";
import * as path from "path";
import { POLICIES_DIR, policySources } from "../helpers/policy-sources";

const ROOT = path.resolve(__dirname, "..", "..");
const POLICIES = POLICIES_DIR;
const IMPORT = /(?:from|require\()\s*["'](\.{1,2}\/[^"']+)["']/g;


/** The top folder of policies/ a file is in ("lib", "aws", "network", …), or "" for the pack's entry files. */
function layerOf(file: string): string {
  const rel = path.relative(POLICIES, file).split(path.sep);
  return rel.length > 1 ? rel[0] : "";
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, "utf8");
  return [...text.matchAll(IMPORT)].map((m) => path.resolve(path.dirname(file), m[1]));
}

const ALLOWED: Record<string, (layer: string) => boolean> = {
  lib: (l) => l === "lib",
  aws: (l) => l === "lib" || l === "aws",
};

test("domains import only lib/, aws/ and themselves; aws/ only lib/ and itself; lib/ only itself", () => {
  const crossings: string[] = [];
  for (const file of policySources(POLICIES)) {
    const from = layerOf(file);
    if (from === "") continue; // the pack's entry points gather every domain
    const allowed = ALLOWED[from] ?? ((l: string) => l === "lib" || l === "aws" || l === from);
    for (const target of importsOf(file)) {
      if (!target.startsWith(POLICIES + path.sep)) continue;
      const to = layerOf(target);
      if (!allowed(to)) crossings.push(`${path.relative(ROOT, file)} imports ${path.relative(ROOT, target)}`);
    }
  }
  expect(crossings).toEqual([]);
});

test("every protocol constant is spelled once, in policies/lib/codec.ts (policies, the checker and rampart/testing)", () => {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const codec = require("../../policies/lib/codec");
  const literals: string[] = [codec.SIG_KEY, codec.SECRET_SIG, codec.RESOURCE_SIG, codec.OUTPUT_SIG, codec.ASSET_SIG, codec.ARCHIVE_SIG, codec.APPLIES_TO_TAG, ...Object.values(codec.UNKNOWN_SENTINELS as Record<string, string>)];
  const codecFile = path.join(POLICIES, "lib", "codec.ts");
  const repeats: string[] = [];
  for (const dir of ["policies", "cli", "testing"]) {
    for (const file of policySources(path.join(ROOT, dir))) {
      // Examples are written in the engine's wire form on purpose: they are what the engine sends.
      if (file === codecFile || file.endsWith(".examples.ts")) continue;
      const text = fs.readFileSync(file, "utf8");
      for (const literal of literals) if (text.includes(literal)) repeats.push(`${path.relative(ROOT, file)}: ${literal}`);
    }
  }
  expect(repeats).toEqual([]);
});
