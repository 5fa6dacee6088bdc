// A pack folder, written to a temporary folder, that starts the policies a module exports. The
// policies are functions, which cannot cross into the pack's process: the pack requires the
// module itself (TypeScript through ts-node, as the engine runs a pack), so the policies run in
// the pack exactly as in a pack of your own.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { InputError } from "../cli/inputs/input-error";
import { compiledScript } from "../cli/process/scripts";

/** Which of a module's exports make the pack, and how it is named. */
export interface PoliciesPackOptions {
  /**
   * Names of the module's exports that are a policy or a list of policies. Default: every export
   * that is one (a policy exported both alone and in a list counts once).
   */
  readonly exports?: readonly string[];
  /** The pack's name (default `"rampart-testing"`). */
  readonly packName?: string;
  /** The level of every policy that sets none (createPolicyPack's `enforcementLevel`). */
  readonly enforcementLevel?: "advisory" | "mandatory" | "remediate" | "disabled";
}

const PACK_NAME = /^[a-zA-Z0-9._-]+$/;

// Runs in the pack's process: plain JavaScript, its paths and names inlined as JSON.
function entrySource(rampartPolicies: string, module: string, names: readonly string[] | undefined, packName: string, level: string | undefined): string {
  return `// Written by rampart/testing: a pack of the policies ${JSON.stringify(module)} exports.
"use strict";
const { createPolicyPack } = require(${JSON.stringify(rampartPolicies)});
const source = ${JSON.stringify(module)};
const names = ${JSON.stringify(names ?? null)};
let exported;
try {
  exported = require(source);
} catch (e) {
  throw new Error("rampart/testing: could not load " + source + ": " + (e && e.message ? e.message : String(e)));
}
const isPolicy = (v) => v !== null && typeof v === "object" && typeof v.name === "string" && (typeof v.validateResource === "function" || Array.isArray(v.validateResource) || typeof v.validateStack === "function");
const policies = new Set();
for (const name of names ?? Object.keys(exported)) {
  const value = exported[name];
  const list = Array.isArray(value) ? value : [value];
  if (list.length > 0 && list.every(isPolicy)) list.forEach((p) => policies.add(p));
  else if (names) throw new Error("rampart/testing: " + source + (value === undefined ? " has no export " + JSON.stringify(name) : ": export " + JSON.stringify(name) + " is not a policy or a list of policies"));
}
if (policies.size === 0) throw new Error("rampart/testing: " + source + " exports no policy (a resource or stack validation policy, or a list of them)");
createPolicyPack(${JSON.stringify(packName)}, { policies: [...policies], enforcementLevel: ${JSON.stringify(level)} });
`;
}

/** Writes the pack folder for `module`'s policies; returns the folder (the caller removes it). */
export function writePoliciesPack(module: string, options: PoliciesPackOptions = {}): string {
  if (typeof module !== "string" || !path.isAbsolute(module)) {
    throw new InputError("rampart/testing", "openPolicies(module)", `expected an absolute path to the module that exports the policies (require.resolve("./my-policies") or path.join(__dirname, ...)), not ${JSON.stringify(module)}`);
  }
  const packName = options.packName ?? "rampart-testing";
  if (!PACK_NAME.test(packName)) throw new InputError("rampart/testing", "packName", `${JSON.stringify(packName)} may hold only letters, digits, ".", "_" and "-"`);
  if (options.exports !== undefined && (!Array.isArray(options.exports) || options.exports.length === 0 || options.exports.some((n) => typeof n !== "string"))) {
    throw new InputError("rampart/testing", "exports", "expected a non-empty list of export names");
  }
  // The same compiled rampart/policies the module's own import resolves to, so both share one instance.
  const rampartPolicies = compiledScript(__dirname, path.join("..", "policies", "public.js"));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rampart-testing-"));
  try {
    fs.writeFileSync(path.join(dir, "PulumiPolicy.yaml"), `runtime: nodejs\ndescription: ${JSON.stringify(`The policies ${path.basename(module)} exports (rampart/testing)`)}\n`);
    fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: packName, version: "0.0.0", private: true, main: "index.js" }, null, 2) + "\n");
    fs.writeFileSync(path.join(dir, "index.js"), entrySource(rampartPolicies, module, options.exports, packName, options.enforcementLevel));
  } catch (e) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  return dir;
}
