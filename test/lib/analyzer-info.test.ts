// The pack's GetAnalyzerInfo answer written directly (policies/lib/analyzer-info): byte for byte
// what @pulumi/policy's own makeAnalyzerInfo sends, for rampart-aws and for every field and value
// shape a custom pack may use; what it cannot write exactly is left to the SDK.
import * as fs from "fs";
import * as path from "path";
import { AnalyzerClient } from "../../cli/analyzer/client";
import { launchPack } from "../../cli/analyzer/launch";
import { PACK_NAME, policies } from "../../policies/all";
import { answerAnalyzerInfoDirectly } from "../../policies/lib/analyzer-info";
import { POLICIES_DIR } from "../helpers/policy-sources";
// eslint-disable-next-line @typescript-eslint/no-var-requires
const protoutil = require("@pulumi/policy/protoutil");

type Make = (name: string, version: string, level: string, args: object, initialConfig?: object) => { serializeBinary(): Uint8Array };
const sdkMake: Make = protoutil.makeAnalyzerInfo;
const noop = () => undefined;

beforeAll(() => answerAnalyzerInfoDirectly());

const bytes = (make: Make, ...args: Parameters<Make>) => Buffer.from(make(...args).serializeBinary());
const direct = (...args: Parameters<Make>) => bytes(protoutil.makeAnalyzerInfo, ...args);
const sdk = (...args: Parameters<Make>) => bytes(sdkMake, ...args);

test("installed once, however often it is asked", () => {
  const installed = protoutil.makeAnalyzerInfo;
  expect(installed).not.toBe(sdkMake);
  answerAnalyzerInfoDirectly();
  expect(protoutil.makeAnalyzerInfo).toBe(installed);
});

test("rampart-aws's answer is the SDK's, byte for byte", () => {
  const args = { policies, description: "Rampart" };
  const ours = direct(PACK_NAME, "0.1.0", "advisory", args);
  expect(ours.length).toBeGreaterThan(100_000);
  expect(ours.equals(sdk(PACK_NAME, "0.1.0", "advisory", args))).toBe(true);
  expect(direct(PACK_NAME, "2.0.0", "mandatory", args).equals(sdk(PACK_NAME, "2.0.0", "mandatory", args))).toBe(true);
});

test("every field the SDK writes, and every value shape a config schema may hold", () => {
  const schema = {
    properties: {
      zeta: { type: "integer", default: 0, minimum: -3, maximum: 1e21 },
      alpha: { type: "number", default: 0.25 },
      "": { type: "string", default: "" },
      nested: { type: "array", items: { type: "object", properties: { x: { enum: ["a", null, true, false, 1.5] } } }, default: [[], [1, [2]], {}] },
      unicode: { description: "ünïcödé ✓ 😀 and a \u0000 byte" },
      aa: {},
      Ab: { a: { b: { c: { d: { e: { f: "deep" } } } } } },
    },
    required: ["zeta", "alpha"],
  };
  const custom = {
    displayName: "Custom",
    description: "A custom pack",
    readme: "# read me",
    provider: "aws",
    tags: ["one", "", "two"],
    repository: "https://example.com/repo",
    policies: [
      { name: "full", displayName: "Full", description: "d".repeat(300), enforcementLevel: "mandatory", configSchema: schema, severity: "critical", framework: { name: "FSBP", version: "1.0", reference: "EC2.1", specification: "spec" }, tags: ["t1", "t2"], remediationSteps: "fix it", url: "https://x", validateResource: noop },
      { name: "stack", description: "", enforcementLevel: "disabled", validateStack: noop, severity: "low" },
      { name: "remediating", description: "r", enforcementLevel: "remediate", remediateResource: noop, severity: "unheard-of" },
      { name: "typed-list", description: "l", validateResource: [noop, noop], framework: {}, configSchema: {} },
      { name: "neither", description: "n", severity: "medium", configSchema: { properties: {}, required: [] } },
      { name: "high", description: "h", severity: "high", tags: [], validateResource: noop },
    ],
  };
  for (const level of ["advisory", "mandatory", "remediate", "disabled"]) {
    expect(direct("custom-pack", "1.2.3", level, custom).equals(sdk("custom-pack", "1.2.3", level, custom))).toBe(true);
  }
  expect(direct("p", "1", "advisory", { policies: [] }).equals(sdk("p", "1", "advisory", { policies: [] }))).toBe(true);
  expect(direct("p", "1", "advisory", {}).equals(sdk("p", "1", "advisory", {}))).toBe(true);
  // A long body needs a longer length prefix than the writer first leaves room for.
  const long = { policies: [{ name: "long", description: "x".repeat(70_000), configSchema: { properties: { s: { description: "y".repeat(20_000) } } }, validateResource: noop }] };
  expect(direct("p", "1", "advisory", long).equals(sdk("p", "1", "advisory", long))).toBe(true);
});

test("what it cannot write exactly as the SDK would is the SDK's own message", () => {
  const odd = (properties: object) => ({ policies: [{ name: "odd", description: "o", configSchema: { properties }, validateResource: noop }] });
  const cases: [string, object, object | undefined][] = [
    ["initial config", { policies: [{ name: "p", description: "d", validateResource: noop }] }, { p: { enforcementLevel: "mandatory", limit: 3 } }],
    ["a lone surrogate", odd({ s: { description: "broken \uD800 text" } }), undefined],
    ["a non-finite number", odd({ n: { maximum: Infinity } }), undefined],
    ["negative zero", odd({ n: { default: -0 } }), undefined],
    ["a Date", odd({ d: { default: new Date(0) } }), undefined],
  ];
  for (const [why, args, initialConfig] of cases) {
    const message = protoutil.makeAnalyzerInfo("p", "1", "advisory", args, initialConfig);
    // The SDK's message has its fields; the directly written one is only ever serialised.
    expect([why, message.getName()]).toEqual([why, "p"]);
    expect([why, Buffer.from(message.serializeBinary()).equals(sdk("p", "1", "advisory", args, initialConfig))]).toEqual([why, true]);
  }
  // A value the SDK rejects is rejected as the SDK rejects it.
  const undefinedValue = odd({ u: { default: undefined } });
  expect(() => sdk("p", "1", "advisory", undefinedValue)).toThrow("Unexpected struct type");
  expect(() => direct("p", "1", "advisory", undefinedValue)).toThrow("Unexpected struct type");
  const badLevel = { policies: [{ name: "p", description: "d", enforcementLevel: "loud", validateResource: noop }] };
  expect(() => direct("p", "1", "advisory", badLevel)).toThrow("Unknown enforcement level type 'loud'");
});

test("the running pack (its bundled entry) answers GetAnalyzerInfo with the SDK's bytes", async () => {
  const version = JSON.parse(fs.readFileSync(path.join(POLICIES_DIR, "package.json"), "utf8")).version;
  const expected = sdk(PACK_NAME, version, "advisory", { policies, description: "Rampart: server-hardening baselines and firewall guardrails for AWS." });
  const pack = await launchPack(POLICIES_DIR);
  const client = new AnalyzerClient(pack.port);
  try {
    const info = await client.getAnalyzerInfo();
    // Decoded and written again by google-protobuf: the same bytes as the SDK's own message.
    expect(Buffer.from(info.serializeBinary()).equals(expected)).toBe(true);
    expect(info.getPoliciesList().map((p) => p.getName())).toEqual(policies.map((p) => p.name));
  } finally {
    client.close();
    await pack.stop();
  }
});
