// Every kind of bad input rampart is known to meet, what it is given and what it must answer:
// the exit code and the first error line, word for word. `catalog.test.ts` runs each one through
// the real CLI, and the README's table of bad-input outcomes is rendered from this list, so the
// table says only what the tests show.

/** A file the case writes before it runs (its text, or bytes). */
export type CaseFiles = Record<string, string | Buffer>;

export interface BadInputCase {
  /** What is wrong, as the README's table names it. */
  readonly input: string;
  /** Files written into an empty folder the command runs in. */
  readonly files?: CaseFiles;
  /** Test fixtures linked into that folder under the same name (packs, programs). */
  readonly fixtures?: readonly string[];
  readonly args: readonly string[];
  /** 2: the check could not run; 0 or 1 where the input is odd but valid, and judged. */
  readonly exit: 0 | 1 | 2;
  /** The error line (stderr, after `rampart: error: `), in full. */
  readonly says: string;
}

const SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";
const SIG = "4dabf18193072939515e22adb298388d";
const STACK = { urn: "urn:pulumi:dev::bad::pulumi:pulumi:Stack::bad-dev", custom: false, type: "pulumi:pulumi:Stack" };
const bucket = (name: string, extra: Record<string, unknown> = {}) => ({ urn: `urn:pulumi:dev::bad::aws:s3/bucket:Bucket::${name}`, custom: true, id: name, type: "aws:s3/bucket:Bucket", inputs: {}, outputs: {}, ...extra });
const exportOf = (...resources: unknown[]) => JSON.stringify({ version: 3, deployment: { manifest: { time: "2026-11-01T00:00:00Z", magic: "x", version: "v3.200.0" }, resources: [STACK, ...resources] } });
const GOOD_EXPORT = exportOf(bucket("fine"));

export const BAD_INPUTS: readonly BadInputCase[] = [
  { input: "An empty stack export", files: { "stack.json": "" }, args: ["check", "--stack-export", "stack.json"], exit: 2, says: "stack.json: the file is empty, which is not JSON (the Pulumi CLI refuses it; write {} for a config that sets nothing)" },
  { input: "A stack export with a byte-order mark", files: { "stack.json": Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(GOOD_EXPORT)]) }, args: ["check", "--stack-export", "stack.json"], exit: 2, says: "stack.json: the file starts with a byte-order mark, which the Pulumi CLI's JSON reader refuses; save it as UTF-8 without BOM" },
  { input: "A stack export that is not JSON", files: { "stack.json": '{"version": 3,' }, args: ["check", "--stack-export", "stack.json"], exit: 2, says: "stack.json: not valid JSON: Expected double-quoted property name in JSON at position 14" },
  { input: "A stack export of an unknown version", files: { "stack.json": '{ "version": 99, "deployment": { "resources": [] } }' }, args: ["check", "--stack-export", "stack.json"], exit: 2, says: "stack.json: version: unsupported deployment version 99 (expected 1 to 4; is this a `pulumi stack export` file?)" },
  { input: "A stack export resource without a URN", files: { "stack.json": exportOf({ type: "aws:s3/bucket:Bucket", custom: true }) }, args: ["check", "--stack-export", "stack.json"], exit: 2, says: "stack.json: deployment.resources[1].urn: missing or not a Pulumi URN" },
  { input: "A stack export with two live resources of one URN", files: { "stack.json": exportOf(bucket("twice"), bucket("twice")) }, args: ["check", "--stack-export", "stack.json"], exit: 2, says: "stack.json: deployment.resources[2].urn: urn:pulumi:dev::bad::aws:s3/bucket:Bucket::twice is also the URN of deployment.resources[1]: a deployment's URNs are unique" },
  { input: "A secret whose signature object has no value", files: { "stack.json": exportOf(bucket("odd-secret", { inputs: { tags: { [SIG]: SECRET_SIG } } })) }, args: ["check", "--stack-export", "stack.json"], exit: 2, says: "stack.json: deployment.resources[1].inputs.tags: a secret needs a ciphertext, a plaintext or a value (resource urn:pulumi:dev::bad::aws:s3/bucket:Bucket::odd-secret)" },
  { input: "A secret holding a lone UTF-16 surrogate (once a hang)", files: { "stack.json": exportOf(bucket("surrogate", { inputs: { tags: { [SIG]: SECRET_SIG, plaintext: '"\\ud83d"' } } })) }, args: ["check", "--stack-export", "stack.json"], exit: 0, says: "rampart check: stack-export stack.json" },
  { input: "A secret whose plaintext is not JSON", files: { "stack.json": exportOf(bucket("bad-plaintext", { inputs: { tags: { [SIG]: SECRET_SIG, plaintext: "not json" } } })) }, args: ["check", "--stack-export", "stack.json"], exit: 2, says: "stack.json: deployment.resources[1].inputs.tags: a secret's plaintext is not JSON (`pulumi stack export --show-secrets` writes it as JSON text) (resource urn:pulumi:dev::bad::aws:s3/bucket:Bucket::bad-plaintext)" },
  { input: "An asset signature object of no asset kind", files: { "stack.json": exportOf(bucket("odd-asset", { inputs: { source: { [SIG]: "c44067f5952c0a294b673a41bacd8c17" } } })) }, args: ["check", "--stack-export", "stack.json"], exit: 2, says: "stack.json: deployment.resources[1].inputs.source: an asset needs a non-empty path, text or uri (resource urn:pulumi:dev::bad::aws:s3/bucket:Bucket::odd-asset)" },
  { input: "A missing input file", args: ["check", "--stack-export", "no-such-export.json"], exit: 2, says: "no-such-export.json: cannot read the file (ENOENT)" },
  { input: "A preview JSON without steps", files: { "preview.json": '{"config": {}, "changeSummary": {}}' }, args: ["check", "--preview-json", "preview.json"], exit: 2, says: "preview.json: steps: missing: `pulumi preview --json` lists a step for every resource (the stack at least); is this its output?" },
  { input: "A preview JSON with an empty list of steps", files: { "preview.json": '{"steps": [], "changeSummary": {}}' }, args: ["check", "--preview-json", "preview.json"], exit: 2, says: "preview.json: steps: empty: `pulumi preview --json` lists a step for every resource, the stack at least" },
  { input: "A preview step without an op", files: { "preview.json": '{"steps": [{"urn": "urn:pulumi:dev::bad::pulumi:pulumi:Stack::bad-dev"}]}' }, args: ["check", "--preview-json", "preview.json"], exit: 2, says: "preview.json: steps[0].op: missing" },
  { input: "Both a stack export and a preview JSON", files: { "stack.json": GOOD_EXPORT, "preview.json": "{}" }, args: ["check", "--stack-export", "stack.json", "--preview-json", "preview.json"], exit: 2, says: "--stack-export/--preview-json: give one input, not both" },
  { input: "An --output in a folder that does not exist", files: { "stack.json": GOOD_EXPORT }, args: ["check", "--stack-export", "stack.json", "--output", "no-such-folder/report.sarif"], exit: 2, says: "no-such-folder/report.sarif: --output: the folder no-such-folder does not exist" },
  { input: "An --output that is a folder", files: { "stack.json": GOOD_EXPORT, "reports/.keep": "" }, args: ["check", "--stack-export", "stack.json", "--output", "reports"], exit: 2, says: "reports: --output: is a folder, not a file" },
  { input: "A --timeout that is not a positive number of seconds", files: { "stack.json": GOOD_EXPORT }, args: ["check", "--stack-export", "stack.json", "--timeout", "soon"], exit: 2, says: "--timeout: \"soon\" is not a number of seconds between 0 and 86400" },
  { input: "More pack configs than packs", files: { "stack.json": GOOD_EXPORT, "a.json": "{}", "b.json": "{}" }, args: ["check", "--stack-export", "stack.json", "--policy-pack-config", "a.json", "--policy-pack-config", "b.json"], exit: 2, says: "b.json: more --policy-pack-config files (2) than policy packs (1): configs pair with packs in order" },
  { input: "A pack config that is empty", files: { "stack.json": GOOD_EXPORT, "config.json": "" }, args: ["check", "--stack-export", "stack.json", "--policy-pack-config", "config.json"], exit: 2, says: "config.json: the file is empty, which is not JSON (the Pulumi CLI refuses it; write {} for a config that sets nothing)" },
  { input: "A pack config whose duplicate key would weaken a mandatory policy", files: { "stack.json": GOOD_EXPORT, "config.json": '{"no-any-any-ingress": "mandatory", "no-any-any-ingress": "advisory"}' }, args: ["check", "--stack-export", "stack.json", "--policy-pack-config", "config.json"], exit: 2, says: "policy pack config is invalid: config.json: /no-any-any-ingress: this key appears more than once (its first value is at line 1, column 24); only the last would count, so remove one" },
  { input: "A pack config with a setting of the wrong type", files: { "stack.json": GOOD_EXPORT, "config.json": '{"ec2-imds-hop-limit": {"maxHopLimit": "two"}}' }, args: ["check", "--stack-export", "stack.json", "--policy-pack-config", "config.json"], exit: 2, says: "policy pack config is invalid: config.json: /ec2-imds-hop-limit/maxHopLimit: must be an integer, not a string" },
  { input: "A baseline with a byte-order mark, validated", files: { "baseline.json": Buffer.from([0xef, 0xbb, 0xbf, 0x7b, 0x7d]) }, args: ["baseline", "validate", "baseline.json"], exit: 2, says: "baseline.json: (root): the file starts with a byte-order mark, which the Pulumi CLI's JSON reader refuses; save it as UTF-8 without BOM" },
  { input: "A policy pack folder that is not a pack", files: { "stack.json": GOOD_EXPORT, "not-a-pack/index.js": "" }, args: ["check", "--stack-export", "stack.json", "--policy-pack", "not-a-pack"], exit: 2, says: "policy pack not-a-pack: no PulumiPolicy.yaml in the folder: not a policy pack" },
  { input: "A pack that fails to start", files: { "stack.json": GOOD_EXPORT }, fixtures: ["broken-pack"], args: ["check", "--stack-export", "stack.json", "--policy-pack", "broken-pack"], exit: 2, says: "policy pack broken-pack: exited (code 32) before it was ready: error: [runtime] Running program 'broken-pack' failed with an unhandled exception:" },
  { input: "A policy that throws", files: { "stack.json": exportOf({ urn: "urn:pulumi:dev::bad::aws:ec2/securityGroup:SecurityGroup::web", custom: true, id: "sg-1", type: "aws:ec2/securityGroup:SecurityGroup", inputs: {}, outputs: {} }) }, fixtures: ["throwing-pack"], args: ["check", "--stack-export", "stack.json", "--policy-pack", "throwing-pack"], exit: 2, says: "policy pack throwing-pack: Analyze of urn:pulumi:dev::bad::aws:ec2/securityGroup:SecurityGroup::web failed: Error validating resource with policy 'always-throws' from policy pack 'throwing-pack@v0.0.1': Error: policy bug: cannot read ingress" },
  { input: "A policy that never returns", files: { "stack.json": exportOf(bucket("spin")) }, fixtures: ["hanging-pack"], args: ["check", "--stack-export", "stack.json", "--policy-pack", "hanging-pack", "--timeout", "2"], exit: 2, says: "policy pack hanging-pack: Analyze of urn:pulumi:dev::bad::aws:s3/bucket:Bucket::spin failed: policy spins-forever did not return within 2s (--timeout); the pack was stopped" },
  { input: "A program folder without Pulumi.yaml", files: { "program/index.ts": "" }, args: ["check", "program"], exit: 2, says: "program/Pulumi.yaml: not found: the folder is not a Pulumi project (use --stack-export or --preview-json for state files)" },
  { input: "A program that never finishes", fixtures: ["hanging-program"], args: ["check", "hanging-program", "--timeout", "3"], exit: 2, says: "hanging-program: the program did not finish within 3s (--timeout); it was stopped" },
  { input: "A program that leaves a promise rejection unhandled", fixtures: ["rejecting-program"], args: ["check", "rejecting-program"], exit: 2, says: "rejecting-program: the program left a promise rejection unhandled: Error: lookup of the AMI failed: canary-rejection-cause" },
];
