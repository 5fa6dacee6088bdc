// The shipped baselines: each validates (against the pack and against baselines/schema.json),
// each says what it claims, and none of the generated files is stale.
import * as fs from "fs";
import * as path from "path";
import Ajv from "ajv";
import { SHIPPED_BASELINES } from "../../cli/baseline/shipped";
import { formatProblem, validateBaselineFile } from "../../cli/baseline/validate";
import { policies } from "../../policies/all";
import { allGeneratedFiles } from "../../scripts/generate-all";
import { repoRoot, staleFiles } from "../../scripts/repo-root";

const ROOT = repoRoot();
const read = (file: string): Record<string, unknown> => JSON.parse(fs.readFileSync(path.join(ROOT, "baselines", file), "utf8"));
const schema = JSON.parse(fs.readFileSync(path.join(ROOT, "baselines", "schema.json"), "utf8"));
const validateWithSchema = new Ajv({ allErrors: true, strict: false }).compile(schema);

describe.each(SHIPPED_BASELINES.map((b) => [b.file]))("baselines/%s", (file) => {
  test("validates with no error or warning", () => {
    const problems = validateBaselineFile(path.join(ROOT, "baselines", file), policies);
    expect(problems.map(formatProblem)).toEqual([]);
  });
  test("validates against baselines/schema.json", () => {
    expect(validateWithSchema(read(file))).toBe(true);
  });
  test("names every policy of the pack, and nothing else", () => {
    expect(Object.keys(read(file)).sort()).toEqual(policies.map((p) => p.name).sort());
  });
});

test("recommended.json is every policy's default level and default config", () => {
  const doc = read("recommended.json");
  for (const p of policies) expect(doc[p.name]).toEqual({ enforcementLevel: p.enforcementLevel, ...p.rampart.defaults });
});

test("strict.json makes every policy mandatory and refuses tag exceptions", () => {
  const doc = read("strict.json");
  for (const p of policies) expect(doc[p.name]).toMatchObject({ enforcementLevel: "mandatory", allowTagExceptions: false });
});

test("strict.json switches the image allowlist on (it is inactive until configured) and nothing else", () => {
  const doc = read("strict.json") as Record<string, Record<string, unknown>>;
  expect(doc["ec2-approved-images"].allowedAmiPatterns).toEqual(expect.arrayContaining(["resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-*"]));
  const extra = policies.filter((p) => Object.keys(doc[p.name]).some((k) => k !== "enforcementLevel" && k !== "allowTagExceptions")).map((p) => p.name);
  expect(extra).toEqual(["ec2-approved-images"]);
});

test("cis-aws-foundations.json makes exactly the CIS-mapped policies mandatory", () => {
  const doc = read("cis-aws-foundations.json");
  for (const p of policies) {
    const cis = p.rampart.references.some((r) => r.framework === "cis-aws");
    expect([p.name, doc[p.name]]).toEqual([p.name, cis ? "mandatory" : "advisory"]);
  }
});

test("adoption.json makes everything advisory", () => {
  expect(new Set(Object.values(read("adoption.json")))).toEqual(new Set(policies.length > 0 ? ["advisory"] : []));
});

test("the schema rejects what the validator rejects: an unknown policy, a bad level, a wrong type", () => {
  const name = policies[0]?.name ?? "any-policy";
  expect(validateWithSchema({ "no-such-policy": "mandatory" })).toBe(false);
  expect(validateWithSchema({ all: "blocking" })).toBe(false);
  if (policies.length > 0) {
    expect(validateWithSchema({ [name]: { allowTagExceptions: "no" } })).toBe(false);
    expect(validateWithSchema({ [name]: 3 })).toBe(false);
    expect(validateWithSchema({ [name]: { enforcementLevel: "remediate", exceptions: [{ resource: "a", reason: "b", expires: "2025-01-01" }] } })).toBe(true);
  }
});

// Regenerated in memory from the policies and compared with the files: run `npm run generate` when this fails.
describe.each(allGeneratedFiles().map((f) => [f.path, f]))("generated file %s", (_path, file) => {
  test("is up to date (run `npm run generate`)", () => {
    expect(staleFiles([file], ROOT)).toEqual([]);
  });
});
