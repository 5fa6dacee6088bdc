// Packs as `pulumi policy publish` ships them and Pulumi Cloud runs them: `npm pack` in the pack
// folder, the tarball extracted, `npm install --omit=dev` in its package/ folder, then started
// from there (with its own @pulumi/pulumi) and asked through the Analyzer protocol. Rampart's
// pack (policies/), and the example pack, which depends on rampart: that comes from a tarball of
// this repository made here, the rest from the npm cache `npm ci` filled (deterministic in CI).
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runPolicyPackScript } from "../../cli/analyzer/pulumi-modules";
import { openPack } from "../../testing";
import { POLICIES_DIR } from "../helpers/policy-sources";

const NPM = process.platform === "win32" ? "npm.cmd" : "npm";
const ROOT = path.resolve(POLICIES_DIR, "..");
const EXAMPLE_PACK = path.join(ROOT, "examples", "change-ticket-pack");
const INSTALL = ["install", "--omit=dev", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts"];
let work: string;

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "rampart-publish-"));
});
afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

/** `npm pack` of `dir` (its scripts skipped when asked), into `work`: the tarball and the files it holds. */
function npmPack(dir: string, ignoreScripts = false): { tarball: string; files: string[] } {
  const out = execFileSync(NPM, ["pack", "--json", "--pack-destination", work, ...(ignoreScripts ? ["--ignore-scripts"] : [])], { cwd: dir, encoding: "utf8" });
  const [packed] = JSON.parse(out) as { filename: string; files: { path: string }[] }[];
  return { tarball: path.join(work, packed.filename), files: packed.files.map((f) => f.path) };
}

/** Extracts a pack's tarball as Pulumi Cloud does and installs its runtime dependencies there (plus `extra` specs). */
function extractAndInstall(tarball: string, name: string, extra: string[] = []): string {
  const into = path.join(work, name);
  fs.mkdirSync(into);
  execFileSync("tar", ["-xzf", tarball, "-C", into]);
  const packageDir = path.join(into, "package");
  execFileSync(NPM, [...INSTALL, ...extra], { cwd: packageDir, encoding: "utf8", stdio: "pipe" });
  return packageDir;
}

const manifestOf = (dir: string) => JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"));
const sources = (files: string[]) => files.filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"));

describe("rampart-aws (policies/)", () => {
  let packageDir: string;
  let files: string[];

  beforeAll(() => {
    const packed = npmPack(POLICIES_DIR);
    files = packed.files;
    packageDir = extractAndInstall(packed.tarball, "rampart-aws");
  }, 600_000);

  test("the tarball holds compiled JavaScript, PulumiPolicy.yaml and a package.json with its runtime dependencies", () => {
    expect(files).toEqual(expect.arrayContaining(["PulumiPolicy.yaml", "package.json", "bin/index.js", "bin/public.d.ts"]));
    // The support-date tables the patching policies read at load time.
    expect(files).toEqual(expect.arrayContaining(["bin/patching/data/lambda-runtimes.json", "bin/patching/data/rds-engine-versions.json"]));
    expect(sources(files)).toEqual([]);
    expect(files.filter((f) => f.includes(".examples."))).toEqual([]);
    const manifest = manifestOf(packageDir);
    expect(manifest.main).toBe("bin/index.js");
    expect(Object.keys(manifest.dependencies)).toEqual(expect.arrayContaining(["@pulumi/policy", "@pulumi/pulumi"]));
    expect(manifest.version).toBe(manifestOf(ROOT).version);
    // The entry is one bundled file (scripts/build-pack.js): it loads npm packages, no module of its own.
    const entry = fs.readFileSync(path.join(packageDir, "bin", "index.js"), "utf8");
    expect(entry).toContain('require("@pulumi/policy")');
    expect(entry.match(/require\("\.\.?\/[^"]*"\)/g)).toBeNull();
  });

  test("installed on its own, it starts with its own @pulumi/pulumi and flags an any/any security group", async () => {
    expect(runPolicyPackScript(packageDir).startsWith(fs.realpathSync(packageDir))).toBe(true);
    const pack = await openPack(packageDir);
    try {
      expect(pack.name).toBe("rampart-aws");
      const group = { type: "aws:ec2/securityGroup:SecurityGroup", name: "wide-open", props: { ingress: [{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] }] } };
      const found = await pack.findings([group], { policies: ["no-any-any-ingress"] });
      expect(found.map((f) => [f.policyName, f.resourceName])).toEqual([["no-any-any-ingress", "wide-open"]]);
    } finally {
      await pack.close();
    }
  }, 120_000);
});

describe("the example pack (examples/change-ticket-pack)", () => {
  let packageDir: string;
  let files: string[];

  beforeAll(() => {
    // The repository as npm would ship it (built already: npm test builds first).
    const rampart = npmPack(ROOT, true);
    const packed = npmPack(EXAMPLE_PACK);
    files = packed.files;
    packageDir = extractAndInstall(packed.tarball, "acme", [rampart.tarball]);
  }, 600_000);

  test("the tarball holds compiled JavaScript, PulumiPolicy.yaml and a package.json with its runtime dependencies", () => {
    expect([...files].sort()).toEqual(["PulumiPolicy.yaml", "bin/change-ticket.js", "bin/index.js", "package.json"]);
    const manifest = manifestOf(packageDir);
    expect(manifest.main).toBe("bin/index.js");
    expect(manifest.version).toBe(manifestOf(EXAMPLE_PACK).version);
    expect(Object.keys(manifest.dependencies).sort()).toEqual(["@pulumi/policy", "@pulumi/pulumi", "rampart"]);
  });

  test("installed on its own, it starts with the rampart it installed and reports both its own policy and Rampart's", async () => {
    expect(runPolicyPackScript(packageDir).startsWith(fs.realpathSync(packageDir))).toBe(true);
    expect(require.resolve("rampart/policies", { paths: [path.join(packageDir, "bin")] }).startsWith(fs.realpathSync(path.join(packageDir, "node_modules", "rampart")))).toBe(true);
    const pack = await openPack(packageDir);
    try {
      expect(pack.name).toBe("acme-change-ticket");
      expect(pack.version).toBe("1.0.0");
      const group = { type: "aws:ec2/securityGroup:SecurityGroup", name: "public-web", props: { description: "web", ingress: [{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"], description: "all" }] } };
      const found = await pack.findings([group], { policies: ["internet-rules-carry-change-ticket", "no-any-any-ingress"] });
      expect(found.map((f) => [f.policyName, f.resourceName]).sort()).toEqual([
        ["internet-rules-carry-change-ticket", "public-web"],
        ["no-any-any-ingress", "public-web"],
      ]);
    } finally {
      await pack.close();
    }
  }, 120_000);
});
