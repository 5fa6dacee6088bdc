// The pack as `pulumi policy publish` ships it and Pulumi Cloud runs it: `npm pack` in policies/,
// the tarball extracted, `npm install --omit=dev` in its package/ folder, then started from there
// (with its own @pulumi/pulumi) and asked through the Analyzer protocol.
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runPolicyPackScript } from "../../cli/analyzer/pulumi-modules";
import { AnalyzerSession, POLICIES_PACK, exampleUrn } from "../helpers/analyzer-session";

const NPM = process.platform === "win32" ? "npm.cmd" : "npm";
let work: string;
let packageDir: string;
let files: string[];

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "rampart-publish-"));
  const out = execFileSync(NPM, ["pack", "--json", "--pack-destination", work], { cwd: POLICIES_PACK, encoding: "utf8" });
  const [packed] = JSON.parse(out) as { filename: string; files: { path: string }[] }[];
  files = packed.files.map((f) => f.path);
  execFileSync("tar", ["-xzf", path.join(work, packed.filename), "-C", work]);
  packageDir = path.join(work, "package");
  // From the npm cache that `npm ci` filled (the registry only for what it lacks): deterministic in CI.
  execFileSync(NPM, ["install", "--omit=dev", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts"], { cwd: packageDir, encoding: "utf8", stdio: "pipe" });
}, 600_000);

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

test("the tarball holds compiled JavaScript, PulumiPolicy.yaml and a package.json with its runtime dependencies", () => {
  expect(files).toEqual(expect.arrayContaining(["PulumiPolicy.yaml", "package.json", "bin/index.js", "bin/public.d.ts"]));
  expect(files.filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))).toEqual([]);
  expect(files.filter((f) => f.includes(".examples."))).toEqual([]);
  const manifest = JSON.parse(fs.readFileSync(path.join(packageDir, "package.json"), "utf8"));
  expect(manifest.main).toBe("bin/index.js");
  expect(Object.keys(manifest.dependencies)).toEqual(expect.arrayContaining(["@pulumi/policy", "@pulumi/pulumi"]));
  expect(manifest.version).toBe(JSON.parse(fs.readFileSync(path.join(POLICIES_PACK, "..", "package.json"), "utf8")).version);
});

test("installed on its own, it starts with its own @pulumi/pulumi and flags an any/any security group", async () => {
  expect(runPolicyPackScript(packageDir).startsWith(fs.realpathSync(packageDir))).toBe(true);
  const session = await AnalyzerSession.open(packageDir);
  try {
    expect(session.pack.name).toBe("rampart-aws");
    const group = { type: "aws:ec2/securityGroup:SecurityGroup", name: "wide-open", props: { ingress: [{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] }] } };
    const found = await session.run("no-any-any-ingress", [group]);
    expect(found.map((d) => [d.policyName, d.urn])).toEqual([["no-any-any-ingress", exampleUrn(group.type, group.name)]]);
  } finally {
    await session.close();
  }
}, 120_000);
