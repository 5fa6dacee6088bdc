// Inputs that are not what they claim to be are refused before anything is judged (exit 2, naming
// the file, the field and the cause): a preview without steps, an export with duplicate URNs, and
// a report destination that cannot be written.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { FIXTURES, rampart } from "./run-rampart";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "rampart-bad-input-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const write = (name: string, doc: unknown) => {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, JSON.stringify(doc));
  return file;
};
const STUCK = JSON.parse(fs.readFileSync(path.join(FIXTURES, "stuck-policy-export.json"), "utf8"));

describe("a preview JSON without steps is not a preview", () => {
  it.each([
    ["no steps at all", { config: {}, changeSummary: {} }, /steps: missing: `pulumi preview --json` lists a step for every resource/],
    ["an empty list", { steps: [], changeSummary: {} }, /steps: empty: `pulumi preview --json` lists a step for every resource/],
  ])("%s: exit 2", (_what, doc, message) => {
    const file = write(`preview-${Math.random().toString(36).slice(2)}.json`, doc);
    const r = rampart(["check", "--preview-json", file]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(file);
    expect(r.stderr).toMatch(message);
  });
});

describe("a stack export", () => {
  it("with two live resources of one URN is refused, naming both entries", () => {
    const doc = structuredClone(STUCK);
    doc.deployment.resources.push({ ...doc.deployment.resources[1] });
    const file = write("duplicate-urns.json", doc);
    const r = rampart(["check", "--stack-export", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}: deployment.resources[4].urn: urn:pulumi:dev::stuck::aws:s3/bucket:Bucket::fine-1 is also the URN of deployment.resources[1]`);
  });

  it("may hold a resource pending deletion beside its replacement (same URN)", () => {
    const doc = structuredClone(STUCK);
    doc.deployment.resources.push({ ...doc.deployment.resources[1], id: "b-old", delete: true });
    const r = rampart(["check", "--stack-export", write("pending-delete.json", doc), "--format", "json"]);
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout).resourceCount).toBe(4);
  });
});

describe("--output", () => {
  it.each([
    ["in a folder that does not exist", () => path.join(tmp, "no-such-folder", "report.json"), /--output: the folder .*no-such-folder does not exist/],
    ["that is a folder", () => tmp, /--output: is a folder, not a file/],
  ])("%s is refused before the check runs", (_what, target, message) => {
    const started = Date.now();
    const r = rampart(["check", "--stack-export", path.join(FIXTURES, "stuck-policy-export.json"), "--output", target()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    // Refused up front: no pack was started (a run takes seconds).
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe("a config file that validation and the check read alike", () => {
  const EXPORT = path.join(FIXTURES, "stuck-policy-export.json");
  it.each([
    ["empty", "", /the file is empty, which is not JSON/],
    ["with a byte-order mark", '\ufeff{"no-any-any-ingress": "mandatory"}', /starts with a byte-order mark/],
    ["whose duplicate key would weaken a mandatory policy", '{"no-any-any-ingress": "mandatory", "no-any-any-ingress": "advisory"}', /appears more than once \(its first value is at line 1, column 24\)/],
  ])("%s: refused by `baseline validate` and by `check`, both exit 2", (_what, text, message) => {
    const file = path.join(tmp, `config-${Math.random().toString(36).slice(2)}.json`);
    fs.writeFileSync(file, text);
    const validate = rampart(["baseline", "validate", file]);
    expect(validate.code).toBe(2);
    expect(validate.stdout + validate.stderr).toMatch(message);
    const check = rampart(["check", "--stack-export", EXPORT, "--policy-pack-config", file]);
    expect(check.code).toBe(2);
    expect(check.stderr).toMatch(message);
    expect(check.stdout).toBe("");
  });
});

describe("special values the engine never sends are refused by the reader, naming the file and the resource", () => {
  const SIG = "4dabf18193072939515e22adb298388d";
  it.each([
    ["a signature that is a lone UTF-16 surrogate", { [SIG]: "\ud800" }, /inputs\.tags\.odd: "\\ud800" is not a signature the engine sends/],
    ["an unknown signature", { [SIG]: "not-a-signature" }, /inputs\.tags\.odd: "not-a-signature" is not a signature the engine sends/],
    ["an asset with nothing in it", { [SIG]: "c44067f5952c0a294b673a41bacd8c17" }, /inputs\.tags\.odd: an asset needs a non-empty path, text or uri/],
    ["an archive with a member that is no asset", { [SIG]: "0def7320c3a5731c473e5ecbe6d01bc7", assets: { "a.txt": "plain" } }, /inputs\.tags\.odd\.assets\.a\.txt: an archive's members must be assets or archives/],
  ])("%s: exit 2 at once", (_what, odd, message) => {
    const doc = structuredClone(STUCK);
    doc.deployment.resources[2].inputs = { tags: { odd } };
    const file = write(`odd-${Math.random().toString(36).slice(2)}.json`, doc);
    const started = Date.now();
    const r = rampart(["check", "--stack-export", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}: deployment.resources[2].inputs.tags.odd`);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain("(resource urn:pulumi:dev::stuck::aws:s3/bucket:Bucket::STUCK)");
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
