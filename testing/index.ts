// `rampart/testing`: test a policy pack, or a module's policies, through the real Analyzer protocol
// on resources written inline, with the same client and call sequence as `rampart check`. Made
// for Jest: open in beforeAll, close in afterAll. Importing it starts nothing. This module is
// public API (semver, CHANGELOG.md, docs/authoring.md).
import { PoliciesPackOptions, writePoliciesPack } from "./policies-pack";
import { OpenOptions, PackSession, TestPack } from "./test-pack";

/**
 * Starts the policy pack in the folder `dir` (its `PulumiPolicy.yaml`, `package.json` and entry
 * module, run as the engine runs a pack) for many runs. Close it when done (`afterAll`); a file's
 * packs left open are closed after its tests all the same.
 */
export function openPack(dir: string, options: OpenOptions = {}): Promise<TestPack> {
  return PackSession.start(dir, options);
}

/**
 * Starts a pack of the policies the module `module` exports (an absolute path: `require.resolve`
 * it, or `path.join(__dirname, …)`). The kit writes a pack folder to a temporary folder whose
 * entry requires the module and passes the policies to `createPolicyPack`, so Rampart's
 * policies, policies built with `resourcePolicy`/`stackPolicy` and plain `@pulumi/policy`
 * policies run exactly as in a pack of your own. A TypeScript module is compiled by ts-node
 * with type checking, as the engine does.
 */
export async function openPolicies(module: string, options: PoliciesPackOptions & OpenOptions = {}): Promise<TestPack> {
  const dir = writePoliciesPack(module, options);
  return PackSession.start(dir, options, dir);
}

export { secret, unknown } from "./values";
export type { UnknownKind } from "./values";
export { urnOf } from "./resources";
export type { TestResource, TestResourceOptions } from "./resources";
export type { EnforcementLevel, Severity, TestFinding, TestRun } from "./results";
export type { OpenOptions, RunOptions, TestPack, TestPolicyInfo } from "./test-pack";
export type { PoliciesPackOptions } from "./policies-pack";
