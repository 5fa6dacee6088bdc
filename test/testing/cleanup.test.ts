// A pack a test forgets to close neither keeps the test process alive nor outlives it: in plain
// Node (the exit handler), in Jest (the kit closes what a file left open), and in Jest when the
// kit was loaded too late to add that hook (unref'd handles; the orphan guard ends the pack).
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { eventually, processesMatching } from "../helpers/processes";

const ROOT = path.resolve(__dirname, "..", "..");
const KIT = path.join(ROOT, "dist", "testing");
const JEST = path.join(ROOT, "node_modules", "jest", "bin", "jest.js");
const POLICIES = path.resolve(__dirname, "..", "fixtures", "testing", "policies.ts");
let work: string;

beforeEach(() => {
  // Each case's own folder: its pack folder (found again by command line) and, as TMPDIR, where the kit writes.
  work = fs.mkdtempSync(path.join(os.tmpdir(), "rampart-kit-cleanup-"));
  const pack = path.join(work, "pack");
  fs.mkdirSync(pack);
  fs.mkdirSync(path.join(work, "tmp"));
  fs.writeFileSync(path.join(pack, "PulumiPolicy.yaml"), "runtime: nodejs\n");
  fs.writeFileSync(path.join(pack, "package.json"), JSON.stringify({ name: "forgotten", version: "1.0.0", main: "index.js" }));
  fs.writeFileSync(path.join(pack, "index.js"), `require(${JSON.stringify(path.join(ROOT, "dist", "policies", "public.js"))}).createPolicyPack("forgotten", { policies: [{ name: "nothing", description: "Reports nothing.", enforcementLevel: "advisory", validateResource: () => undefined }] });\n`);
});
afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

function run(args: string[]) {
  const r = spawnSync(process.execPath, args, { cwd: work, encoding: "utf8", env: { ...process.env, TMPDIR: path.join(work, "tmp") }, timeout: 120_000 });
  return { code: r.status, signal: r.signal, out: r.stdout + r.stderr };
}

const noPackLeft = () => eventually(() => processesMatching(path.join(work, "pack")).length === 0 && processesMatching(path.join(work, "tmp")).length === 0, 5000);

test("plain Node: the script ends by itself, and its packs and the kit's folder go with it", async () => {
  const script = `const kit = require(${JSON.stringify(KIT)});
(async () => {
  const pack = await kit.openPack(${JSON.stringify(path.join(work, "pack"))});
  const alone = await kit.openPolicies(${JSON.stringify(POLICIES)}, { exports: ["thingNotTooBig"] });
  console.log("opened", pack.name, (await alone.findings([{ type: "test:index:Thing", name: "t", props: { size: 99 } }])).length);
})();`;
  const r = run(["-e", script]);
  expect(r).toMatchObject({ code: 0, signal: null });
  expect(r.out).toContain("opened forgotten 1");
  expect(await noPackLeft()).toBe(true);
  expect(fs.readdirSync(path.join(work, "tmp")).filter((f) => f.startsWith("rampart-testing-"))).toEqual([]);
}, 120_000);

function jest(testFile: string): ReturnType<typeof run> {
  fs.writeFileSync(path.join(work, "forgets.test.js"), testFile);
  const config = { rootDir: work, testEnvironment: "node", testMatch: ["**/forgets.test.js"], transform: {} };
  return run([JEST, "--ci", "--runInBand", "--config", JSON.stringify(config)]);
}

test("Jest: the file's forgotten packs are closed after its tests, and Jest exits", async () => {
  const r = jest(`const kit = require(${JSON.stringify(KIT)});
test("opens and forgets", async () => {
  const pack = await kit.openPack(${JSON.stringify(path.join(work, "pack"))});
  const alone = await kit.openPolicies(${JSON.stringify(POLICIES)}, { exports: ["thingNotTooBig"] });
  expect([pack.name, alone.name]).toEqual(["forgotten", "rampart-testing"]);
}, 60000);
`);
  expect(r.out).toContain("1 passed");
  expect(r.out).not.toContain("did not exit");
  expect(r).toMatchObject({ code: 0, signal: null });
  expect(await noPackLeft()).toBe(true);
  expect(fs.readdirSync(path.join(work, "tmp")).filter((f) => f.startsWith("rampart-testing-"))).toEqual([]);
}, 120_000);

test("Jest, the kit loaded inside a test (no hook): Jest still exits, and the pack ends with it", async () => {
  const r = jest(`test("loads late, opens and forgets", async () => {
  const kit = require(${JSON.stringify(KIT)});
  const pack = await kit.openPack(${JSON.stringify(path.join(work, "pack"))});
  expect(pack.name).toBe("forgotten");
}, 60000);
`);
  expect(r.out).toContain("1 passed");
  expect(r).toMatchObject({ code: 0, signal: null });
  expect(await noPackLeft()).toBe(true);
}, 120_000);

test("Jest, the kit loaded in a beforeAll: no hook is added late, and the file passes", async () => {
  const r = jest(`let kit;
beforeAll(() => {
  kit = require(${JSON.stringify(KIT)});
});
test("opens and forgets", async () => {
  expect((await kit.openPack(${JSON.stringify(path.join(work, "pack"))})).name).toBe("forgotten");
}, 60000);
`);
  expect(r.out).toContain("1 passed");
  expect(r.out).not.toContain("Cannot add a hook");
  expect(r).toMatchObject({ code: 0, signal: null });
  expect(await noPackLeft()).toBe(true);
}, 120_000);
