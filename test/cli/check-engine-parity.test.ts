// Engine parity, through the real gRPC protocol: the calls the engine makes (Handshake,
// ConfigureStack, Cancel, skipped where a pack does not implement them) with the fields it sends,
// what it does with a diagnostic (its own level and severity, a stack finding on no resource of
// the stack), PulumiPolicy.yaml's version, `environments`, config validated for any pack from
// its own GetAnalyzerInfo, and the policy summary in the JSON report.
import { spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { eventually, processesMatching } from "../helpers/processes";
import { FIXTURES, ROOT, checkJson, rampart } from "./run-rampart";

const RECORDING_PACK = path.join(FIXTURES, "recording-pack");
const MINIMAL_PACK = path.join(FIXTURES, "minimal-pack");
const PROGRAM = path.join(FIXTURES, "parity-program");
const EXPORT = path.join(FIXTURES, "parity-export.json");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "rampart-parity-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

interface Recorded {
  pid: number;
  method: string;
  request: any;
}

let logs = 0;
/** A fresh request log, and the environment that tells the fixture packs to write it. */
function newLog(): { env: Record<string, string>; read: () => Recorded[] } {
  const file = path.join(tmp, `requests-${++logs}.jsonl`);
  const read = () => (fs.existsSync(file) ? fs.readFileSync(file, "utf8").trim().split("\n").filter(Boolean).map((l) => JSON.parse(l) as Recorded) : []);
  return { env: { RECORDING_PACK_LOG: file }, read };
}

/** The requests the first pack process received (later ones are the hang diagnosis's probes). */
const firstProcess = (records: Recorded[]) => records.filter((r) => r.pid === records[0]?.pid);
const methods = (records: Recorded[]) => records.map((r) => r.method);

function writeFile(name: string, text: string): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, text);
  return file;
}

/** The fixture export with one bucket renamed (the recording pack reacts to names). */
function exportWith(from: string, to: string): string {
  return writeFile(`export-${to}.json`, fs.readFileSync(EXPORT, "utf8").replace(`::${from}"`, `::${to}"`));
}

describe("the engine's calls, in its order, with its fields", () => {
  it("program mode: Handshake, ConfigureStack from Pulumi.yaml and Pulumi.<stack>.yaml, the pack's environment, Cancel last", () => {
    const log = newLog();
    const { code, stderr } = checkJson([PROGRAM, "--stack", "ci", "--organization", "acme", "--policy-pack", RECORDING_PACK], log.env);
    expect(code).toBe(1);
    const records = log.read();
    expect(methods(records)).toEqual(["start", "Handshake", "ConfigureStack", "GetAnalyzerInfo", "Configure", "Analyze", "Analyze", "Analyze", "Analyze", "AnalyzeStack", "Cancel"]);
    const [start, hello, stack] = records;
    expect(hello.request).toEqual({ engineAddress: "127.0.0.1:0", rootDirectory: RECORDING_PACK, programDirectory: RECORDING_PACK });
    expect(stack.request).toMatchObject({ stack: "ci", project: "parity-program", organization: "acme", dryRun: false, configSecretKeysList: ["parity-program:token"] });
    const config = Object.fromEntries(stack.request.configMap);
    expect(config).toMatchObject({ "parity-program:size": "small", "aws:region": "eu-west-1" });
    // A secure value cannot be decrypted offline: the pack is told it is secret, and gets no plaintext.
    expect(config["parity-program:token"]).toBe("rampart-check-placeholder");
    expect(Object.fromEntries(stack.request.tagsMap)).toEqual({
      "pulumi:project": "parity-program",
      "pulumi:runtime": "nodejs",
      "pulumi:description": "Two buckets, for what the engine tells policy packs about the stack.",
      team: "platform",
    });
    // As the Node language host starts a pack: pulumi.getStack() and config work inside policies.
    expect(start.request.cwd).toBe(RECORDING_PACK);
    expect(start.request.env).toMatchObject({ PULUMI_NODEJS_STACK: "ci", PULUMI_NODEJS_PROJECT: "parity-program", PULUMI_NODEJS_ORGANIZATION: "acme", PULUMI_NODEJS_DRY_RUN: "false" });
    expect(JSON.parse(start.request.env.PULUMI_CONFIG)).toEqual(config);
    // The program was told the same organization.
    expect(records.filter((r) => r.method === "Analyze").map((r) => r.request.name)).toContain("org-acme");
    expect(stderr).toContain(`warning: ${path.join(PROGRAM, "Pulumi.ci.yaml")}: environment: ESC environments (acme/ci-env) are not available offline`);
  });

  it("--preview is a dry run, for ConfigureStack and for the pack's environment", () => {
    const log = newLog();
    checkJson([PROGRAM, "--stack", "ci", "--preview", "--policy-pack", RECORDING_PACK], log.env);
    const records = log.read();
    expect(records.find((r) => r.method === "ConfigureStack")!.request).toMatchObject({ dryRun: true, organization: "organization" });
    expect(records[0].request.env.PULUMI_NODEJS_DRY_RUN).toBe("true");
  });

  it("a stack export: stack and project from its URNs, the default organization, no config", () => {
    const log = newLog();
    checkJson(["--stack-export", EXPORT, "--policy-pack", RECORDING_PACK], log.env);
    const stack = log.read().find((r) => r.method === "ConfigureStack")!;
    expect(stack.request).toEqual({
      stack: "ci",
      project: "parity",
      organization: "organization",
      dryRun: false,
      configSecretKeysList: [],
      configMap: [],
      tagsMap: [["pulumi:project", "parity"]],
    });
  });

  it("a pack that implements neither Handshake, ConfigureStack nor Cancel: UNIMPLEMENTED is skipped, the run goes on", () => {
    const log = newLog();
    const { code, report, stderr } = checkJson(["--stack-export", EXPORT, "--policy-pack", MINIMAL_PACK], log.env);
    expect(stderr).toBe("");
    expect(code).toBe(1);
    expect(report.findings.map((f: any) => [f.policyName, f.resourceName])).toEqual([["no-flagged-resources", "flagged"]]);
    expect(methods(log.read())).toEqual(["GetAnalyzerInfo", "Configure", "Analyze", "Analyze", "Analyze", "AnalyzeStack"]);
  });
});

describe("diagnostics, as the engine reports them", () => {
  const run = () => checkJson(["--stack-export", EXPORT, "--policy-pack", RECORDING_PACK], newLog().env);
  const finding = (report: any, policy: string, message: string) => report.findings.find((f: any) => f.policyName === policy && f.message === message);

  it("a diagnostic's own level and severity override its policy's; remediate is reported as mandatory", () => {
    const { code, report } = run();
    // The policy is mandatory and low; its diagnostic says advisory and critical.
    expect(finding(report, "overridden-severity", "its own level and severity")).toMatchObject({ enforcementLevel: "advisory", severity: "critical" });
    // The policy is advisory and high; its diagnostic says remediate and leaves the severity unset.
    expect(finding(report, "inherited-severity", "its policy's severity")).toMatchObject({ enforcementLevel: "mandatory", severity: "high" });
    expect(code).toBe(1);
  });

  it("a stack finding on a resource not in the stack, or on none, goes to the root stack; one on a resource of the stack stays there", () => {
    const { report } = run();
    const stack = { urn: "urn:pulumi:ci::parity::pulumi:pulumi:Stack::parity-ci", resourceType: "pulumi:pulumi:Stack", resourceName: "parity-ci", phase: "stack", severity: "medium" };
    expect(finding(report, "stray-stack-finding", "names a resource that is not in the stack")).toMatchObject(stack);
    expect(finding(report, "stray-stack-finding", "names no resource")).toMatchObject(stack);
    expect(finding(report, "stray-stack-finding", "names a resource of the stack")).toMatchObject({ urn: "urn:pulumi:ci::parity::aws:s3/bucket:Bucket::plain", resourceName: "plain" });
    expect(report.findings.some((f: any) => f.urn.includes("not-in-stack"))).toBe(false);
  });

  it("with no Stack resource in the input, the root stack is the engine's default root stack URN", () => {
    const doc = JSON.parse(fs.readFileSync(EXPORT, "utf8"));
    doc.deployment.resources = doc.deployment.resources.filter((r: any) => r.type !== "pulumi:pulumi:Stack");
    const { report } = checkJson(["--stack-export", writeFile("no-stack.json", JSON.stringify(doc)), "--policy-pack", RECORDING_PACK], newLog().env);
    expect(finding(report, "stray-stack-finding", "names no resource")).toMatchObject({ urn: "urn:pulumi:ci::parity::pulumi:pulumi:Stack::parity-ci", resourceType: "pulumi:pulumi:Stack" });
  });

  it("PulumiPolicy.yaml's version replaces the one the pack reports, in the pack and in every finding", () => {
    const { report } = run();
    expect(report.packs.map((p: any) => [p.name, p.version])).toEqual([["acme-recorder", "2.5.0"]]);
    expect(new Set(report.findings.map((f: any) => f.policyPackVersion))).toEqual(new Set(["2.5.0"]));
    expect(report.policySummary[0].policyPackVersion).toBe("2.5.0");
  });
});

describe("the JSON report's policy summary, in the engine's shape", () => {
  it("per pack: resource policies and stack policies passed and failed, and each resource where one failed", () => {
    const { report } = checkJson(["--stack-export", EXPORT, "--policy-pack", RECORDING_PACK], newLog().env);
    // never-applies is not applicable anywhere and switched-off is disabled: neither passed nor failed.
    expect(report.policySummary).toEqual([
      {
        policyPackName: "acme-recorder",
        policyPackVersion: "2.5.0",
        resources: { passed: ["configurable"], failed: ["inherited-severity", "overridden-severity"] },
        stack: { passed: ["quiet-stack"], failed: ["stray-stack-finding"] },
        failedResources: [{ resourceUrn: "urn:pulumi:ci::parity::aws:s3/bucket:Bucket::flagged", passed: ["configurable"], failed: ["inherited-severity", "overridden-severity"] }],
      },
    ]);
    const stats = Object.fromEntries(report.policies.map((p: any) => [p.policyName, [p.passed, p.failed]]));
    // Three resources (the stack, plain, flagged) are analysed; the stack once.
    expect(stats).toEqual({
      "overridden-severity": [2, 1],
      "inherited-severity": [2, 1],
      configurable: [3, 0],
      "never-applies": [0, 0],
      "switched-off": [0, 0],
      "stray-stack-finding": [0, 1],
      "quiet-stack": [1, 0],
    });
  });
});

describe("PulumiPolicy.yaml, read as the engine reads it", () => {
  function packWith(policyYaml: string): string {
    const dir = fs.mkdtempSync(path.join(tmp, "pack-"));
    fs.writeFileSync(path.join(dir, "PulumiPolicy.yaml"), policyYaml);
    fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "p", version: "1.0.0" }));
    return dir;
  }

  it.each([
    ["description: no runtime\n", "runtime: missing"],
    ["runtime: python\n", 'runtime: "python" packs cannot be run by rampart check'],
    ["runtime: nodejs\nversion: [1]\n", "version: expected text"],
  ])("%j is refused before the pack starts: exit 2 naming the file and the field", (yaml, cause) => {
    const pack = packWith(yaml);
    const r = rampart(["check", "--stack-export", EXPORT, "--policy-pack", pack]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(path.join(pack, "PulumiPolicy.yaml"));
    expect(r.stderr).toContain(cause);
  });
});

describe("config validation: every pack against its own GetAnalyzerInfo", () => {
  it("a third-party pack: the file, the policy, the field and the cause; exit 2 before Configure", () => {
    const log = newLog();
    const config = writeFile("bad-config.json", JSON.stringify({ configurable: { limit: "ten" }, "no-such-policy": "advisory" }));
    const r = rampart(["check", "--stack-export", EXPORT, "--policy-pack", RECORDING_PACK, "--policy-pack-config", config], log.env);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${config}: /configurable/limit: must be an integer`);
    expect(r.stderr).toContain(`${config}: /no-such-policy: unknown policy "no-such-policy" in pack acme-recorder`);
    expect(methods(log.read())).not.toContain("Configure");
  });

  it("a pack named rampart-aws that is not the one Rampart ships is held to its own schema, not Rampart's", () => {
    const fork = path.join(tmp, "fork");
    fs.cpSync(RECORDING_PACK, fork, { recursive: true });
    fs.writeFileSync(path.join(fork, "package.json"), JSON.stringify({ name: "rampart-aws", version: "9.9.9", main: "index.js" }));
    fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(fork, "node_modules"));
    const good = writeFile("fork-good.json", JSON.stringify({ configurable: { limit: 2 } }));
    expect(rampart(["check", "--stack-export", EXPORT, "--policy-pack", fork, "--policy-pack-config", good], newLog().env).stderr).toBe("");
    const bad = writeFile("fork-bad.json", JSON.stringify({ configurable: { limit: 0 } }));
    const r = rampart(["check", "--stack-export", EXPORT, "--policy-pack", fork, "--policy-pack-config", bad], newLog().env);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${bad}: /configurable/limit: must be >= 1`);
  });

  it("a composed pack (examples/change-ticket-pack): its own policy's schema is checked", () => {
    const config = writeFile("acme-config.json", JSON.stringify({ "internet-rules-carry-change-ticket": { tagKey: "" } }));
    const r = rampart(["check", "--stack-export", EXPORT, "--policy-pack", path.join(ROOT, "examples", "change-ticket-pack"), "--policy-pack-config", config]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${config}: /internet-rules-carry-change-ticket/tagKey:`);
  });

  it("`environments` (ESC) is accepted with a warning naming the file, and is not sent as a policy", () => {
    const log = newLog();
    const config = writeFile("with-environments.json", JSON.stringify({ environments: ["acme/policy-env"], configurable: { limit: 3 } }));
    const { code, stderr } = checkJson(["--stack-export", EXPORT, "--policy-pack", RECORDING_PACK, "--policy-pack-config", config], log.env);
    expect(code).toBe(1);
    expect(stderr).toContain(`warning: ${config}: environments: ESC environments (acme/policy-env) are not available offline`);
    const configured = log.read().find((r) => r.method === "Configure")!.request;
    expect(configured.configurable.properties).toEqual({ limit: 3 });
    expect(Object.keys(configured)).not.toContain("environments");
  });

  it("`environments` that is not a list of names is refused, as the CLI refuses it", () => {
    const config = writeFile("bad-environments.json", JSON.stringify({ environments: "acme/policy-env" }));
    const r = rampart(["check", "--stack-export", EXPORT, "--policy-pack", RECORDING_PACK, "--policy-pack-config", config]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${config}: /environments: "environments" must be an array of strings`);
  });
});

describe("Cancel before a pack is stopped", () => {
  const PACK_PROCESS = `run-policy-pack 127.0.0.1:0 ${RECORDING_PACK}`;
  const noPackLeft = () => eventually(() => processesMatching(PACK_PROCESS).length === 0, 5000);

  it("on a deadline: the stuck pack is sent Cancel, then stopped", async () => {
    const log = newLog();
    const r = rampart(["check", "--stack-export", exportWith("plain", "wait"), "--policy-pack", RECORDING_PACK, "--timeout", "3"], log.env);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Analyze of urn:pulumi:ci::parity::aws:s3/bucket:Bucket::wait failed");
    const first = firstProcess(log.read());
    expect(first[first.length - 1]).toMatchObject({ method: "Cancel", request: { unanswered: 1 } });
    expect(await noPackLeft()).toBe(true);
  });

  it("on SIGTERM: the pack is sent Cancel, then ended, and the check exits 2", async () => {
    const log = newLog();
    const child = spawn(process.execPath, [path.join(ROOT, "bin", "rampart.js"), "check", "--stack-export", exportWith("plain", "wait"), "--policy-pack", RECORDING_PACK], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, ...log.env },
    });
    let stderr = "";
    child.stderr!.on("data", (d) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    expect(await eventually(() => log.read().some((r) => r.method === "Analyze" && r.request.name === "wait"), 30_000)).toBe(true);
    child.kill("SIGTERM");
    expect(await exited).toBe(2);
    expect(stderr).toContain("interrupted by SIGTERM");
    expect(stderr).not.toContain("rampart: error");
    expect(methods(log.read())).toContain("Cancel");
    expect(await noPackLeft()).toBe(true);
  });
});
