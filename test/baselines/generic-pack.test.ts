// The validator works for any pack from its policies' names and configSchemas (what
// GetAnalyzerInfo returns), not only for rampart-aws.
import { validateBaselineText } from "../../cli/baseline/validate";
import { readJson, positionOf } from "../../cli/baseline/json-source";
import { closest, editDistance } from "../../policies/lib/suggest";
import type { PolicySchemaInfo } from "../../cli/baseline/pack-info";

const pack: PolicySchemaInfo[] = [
  { name: "s3-no-public-read", configSchema: { properties: { allowedBuckets: { type: "array", items: { type: "string" }, default: [] } } } },
  { name: "required-tags", configSchema: { properties: { tags: { type: "array", items: { type: "string" } } }, required: ["tags"] } },
  { name: "plain-policy" },
];
const check = (doc: unknown) => validateBaselineText(typeof doc === "string" ? doc : JSON.stringify(doc, null, 2), "third-party.json", pack, { packName: "acme" });
const summary = (doc: unknown) => check(doc).map((p) => `${p.severity} ${p.path} ${p.message}`);

test("a valid third-party config passes", () => {
  expect(check({ all: "mandatory", "s3-no-public-read": { allowedBuckets: ["logs"] }, "required-tags": { tags: ["owner"] }, "plain-policy": "disabled" })).toEqual([]);
});

test("unknown names, levels and types are caught with the pack's own names", () => {
  expect(summary({ "s3-no-public-reed": "advisory" })).toEqual([
    'error /s3-no-public-reed unknown policy "s3-no-public-reed" in pack acme: the Pulumi CLI would silently ignore it (did you mean "s3-no-public-read"?)',
  ]);
  expect(summary({ "s3-no-public-read": { allowedBuckets: "logs" } })).toEqual(["error /s3-no-public-read/allowedBuckets must be an array, not a string"]);
  expect(summary({ "plain-policy": { enforcementLevel: "advisory", extra: 1 } })).toEqual(["error /plain-policy/extra is not a known property"]);
});

test("`environments` names ESC environments, no policy: a list of names passes, anything else is the CLI's error", () => {
  expect(summary({ environments: ["acme/policy-env"], "plain-policy": "advisory" })).toEqual([]);
  expect(summary({ environments: "acme/policy-env" })).toEqual(['error /environments "environments" must be an array of strings, not string']);
  expect(summary({ environments: ["ok", 3] })).toEqual(['error /environments "environments[1]" must be a string']);
});

test("a required property without a default must be given when the policy is configured", () => {
  expect(summary({ "required-tags": "mandatory" })).toEqual([]);
  expect(summary({ "required-tags": { enforcementLevel: "mandatory" } })).toEqual(["error /required-tags/tags is required but missing"]);
});

test("a third-party `exceptions` property is not judged by Rampart's exception rules", () => {
  const other: PolicySchemaInfo[] = [{ name: "p", configSchema: { properties: { exceptions: { type: "array", items: { type: "string" } } } } }];
  expect(validateBaselineText(JSON.stringify({ p: { exceptions: ["anything"] } }), "f.json", other)).toEqual([]);
});

test("a schema Ajv cannot compile is a warning, not a crash", () => {
  const broken: PolicySchemaInfo[] = [{ name: "p", configSchema: { properties: { x: { type: "no-such-type" } } } }];
  const problems = validateBaselineText(JSON.stringify({ p: { x: 1 } }), "f.json", broken);
  expect(problems.map((p) => [p.severity, p.path])).toEqual([["warning", "/p"]]);
});

test("duplicate keys, an empty file and a byte-order mark are errors, as the Pulumi CLI and rampart check see them", () => {
  expect(summary('{"plain-policy": "advisory", "plain-policy": "mandatory"}')).toEqual([
    "error /plain-policy this key appears more than once (its first value is at line 1, column 18); only the last would count, so remove one",
  ]);
  expect(summary("  \n")).toEqual(["error  the file is empty, which is not JSON (the Pulumi CLI refuses it; write {} for a config that sets nothing)"]);
  expect(summary('\ufeff{"plain-policy": "advisory"}')).toEqual(["error  the file starts with a byte-order mark, which the Pulumi CLI's JSON reader refuses; save it as UTF-8 without BOM"]);
});

test("problems carry the line and column of the offending value", () => {
  const text = '{\n  "s3-no-public-read": {\n    "allowedBuckets": 7\n  }\n}';
  const [p] = validateBaselineText(text, "f.json", pack);
  expect([p.line, p.column]).toEqual([3, 23]);
});

describe("the JSON reader", () => {
  const bad: [string, number, number][] = [
    ['{"a": 1,}', 1, 9],
    ['{\n  "a": [1, 2\n}', 3, 1],
    ['{"a": "unterminated}', 1, 21],
    ['{"a": tru}', 1, 7],
    ['{"a": 1} extra', 1, 10],
    ["{'a': 1}", 1, 2],
    ['{"a": 01}', 1, 8],
    ['{"a": "tab\there"}', 1, 11],
  ];
  test.each(bad)("%p fails at line %i, column %i", (text, line, column) => {
    const r = readJson(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(positionOf(text, r.offset)).toEqual({ line, column });
  });
  test("agrees with JSON.parse on valid documents", () => {
    for (const text of ['{"a": [1, -2.5e3, true, false, null, "x\\u00e9\\n"], "b": {}}', "[]", '"s"', "0", '{"__proto__": {"x": 1}}']) {
      const r = readJson(text);
      expect(r.ok && r.value).toEqual(JSON.parse(text));
    }
    const proto = readJson('{"__proto__": {"polluted": true}}');
    expect(proto.ok && Object.keys(proto.value as object)).toEqual(["__proto__"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("did you mean", () => {
  test("edit distance counts a transposition as one edit", () => {
    expect(editDistance("ingress", "ingerss")).toBe(1);
    expect(editDistance("abc", "abc")).toBe(0);
    expect(editDistance("", "abc")).toBe(3);
  });
  test("suggests near names only", () => {
    const names = ["no-any-any-ingress", "ec2-imdsv2-required", "rds-not-public"];
    expect(closest("no-any-any-ingres", names)).toBe("no-any-any-ingress");
    expect(closest("EC2-IMDSV2-REQUIRED", names)).toBe("ec2-imdsv2-required");
    expect(closest("completely-different", names)).toBeUndefined();
  });
});
