// Drives one policy pack through the whole Analyzer protocol, in the engine's order:
// GetAnalyzerInfo, ConfigureStack, Configure, Remediate (when a policy remediates) and Analyze
// for each resource, then AnalyzeStack over the whole stack. Opening a pack (launch and
// GetAnalyzerInfo) is apart from a run, so that one open pack can serve many runs (rampart/testing).
import * as fs from "fs";
import type * as analyzerPb from "@pulumi/pulumi/proto/analyzer_pb";
import type { CheckInput, CheckedResource } from "../inputs/resource";
import type { Finding, PolicyStats, Remediation } from "../report/finding";
import { APPLIES_TO_TAG as APPLIES_TO } from "../../policies/lib/codec";
import { redactMessage } from "../../policies/lib/redact-finding";
import { ownMessage } from "../report/message-text";
import { redactSecrets, secretValuesIn } from "../../policies/lib/secret-values";
import { Deadlines, deadlinesOf, stackCallMs } from "../process/deadline";
import { lastLines } from "../process/output-tail";
import { AnalyzerClient, CallTimeoutError } from "./client";
import { StuckCall, diagnoseHang, reportsUnhandledException } from "./find-stuck-policy";
import { LaunchedPack, launchPack } from "./launch";
import { levelName, severityName } from "./levels";
import { ProviderIndex, analyzeRequest, analyzerResource, providerIndex } from "./marshal";
import { PackInfo, packInfoFrom } from "./pack-info";
import { analyzerProto } from "./pulumi-modules";
import { ReconciledConfig, reconcileConfig } from "./reconcile-config";
import { onlyPolicies, sendConfig } from "./send-config";


export interface PackRun {
  pack: PackInfo;
  dir: string;
  findings: Finding[];
  remediations: Remediation[];
  policies: PolicyStats[];
  /** Milliseconds spent in each phase, and the pack process's peak memory (Linux), for the bench. */
  timings: { startupMs: number; analyzeMs: number; stackMs: number };
  peakRssKb?: number;
}

export interface RunPackOptions {
  /** The user's --policy-pack-config document for this pack (already parsed), and its file. */
  config?: { document: unknown; file: string };
  /** Called with (done, total) as resources are analysed. */
  progress?: (done: number, total: number) => void;
  /** Analyze calls in flight at once (the engine analyses resources as they register, concurrently). */
  concurrency?: number;
  /** Called with the pack's info and reconciled config before anything is analysed (used to validate configs). */
  beforeAnalyze?: (pack: PackInfo, config: ReconciledConfig) => void;
  /** How long the pack may take to start and to answer each call (default: `--timeout`'s default). */
  deadlines?: Deadlines;
  /** Only these policies run; every other is disabled, as a config that disables it would. */
  only?: readonly string[];
}

/** A failure while a pack analysed: the pack, the call and the cause (exit code 2). */
export class PackRunError extends Error {
  constructor(readonly packDir: string, readonly call: string, cause: string) {
    super(`policy pack ${packDir}: ${call} failed: ${cause}`);
    this.name = "PackRunError";
  }
}

/** A call that failed on one resource: which resource was in flight. */
class ResourceCallError extends Error {
  constructor(readonly call: string, readonly urn: string, readonly cause_: unknown) {
    super(`${call} of ${urn}`);
  }
}

function grpcDetail(e: unknown): string {
  const err = e as { details?: string; message?: string };
  return err.details || err.message || String(e);
}

/** The end of a pack's stderr, for an error message. */
function stderrTail(text: string | undefined): string {
  const kept = lastLines(text);
  return kept ? `\nthe pack's stderr ended with:\n${kept}` : "";
}

async function configure(client: AnalyzerClient, input: CheckInput, pack: PackInfo, options: RunPackOptions): Promise<ReconciledConfig> {
  const stackReq = new analyzerProto.AnalyzerStackConfigureRequest();
  stackReq.setStack(input.stack ?? "dev");
  stackReq.setProject(input.project ?? "project");
  stackReq.setDryRun(input.preview);
  await client.configureStack(stackReq);

  const reconciled = reconcileConfig(pack, options.config?.document, options.config?.file ?? "");
  const config = options.only ? onlyPolicies(reconciled, options.only) : reconciled;
  options.beforeAnalyze?.(pack, config);
  await sendConfig(client, config);
  return config;
}

// Secrets of the input, to keep out of messages (computed only for a response with diagnostics):
// a resource's once per resource, the whole input's once per run.
const resourceSecrets = new WeakMap<CheckedResource, readonly string[]>();
const inputSecrets = new WeakMap<Map<string, CheckedResource>, readonly string[]>();

function findingsFrom(resp: analyzerPb.AnalyzeResponse, byUrn: Map<string, CheckedResource>, fallbackUrn: string, phase: Finding["phase"]): Finding[] {
  const diagnostics = resp.getDiagnosticsList();
  if (diagnostics.length === 0) return [];
  // Defence in depth: a pack (a third-party one, say) may print what it reads, secrets included.
  // A resource finding can draw on the analysed resource (and the one it names); a stack finding on any.
  const ofResource = (r: CheckedResource | undefined): readonly string[] => {
    if (!r) return [];
    let found = resourceSecrets.get(r);
    if (!found) resourceSecrets.set(r, (found = secretValuesIn([r.inputs, r.outputs])));
    return found;
  };
  const ofInput = (): readonly string[] => {
    let found = inputSecrets.get(byUrn);
    if (!found) inputSecrets.set(byUrn, (found = [...new Set([...byUrn.values()].flatMap((r) => [...ofResource(r)]))]));
    return found;
  };
  const secretsFor = (urn: string): readonly string[] => {
    if (phase === "stack") return ofInput();
    const analysed = byUrn.get(fallbackUrn);
    const named = byUrn.get(urn);
    return named === analysed ? ofResource(analysed) : [...ofResource(analysed), ...ofResource(named)];
  };
  return diagnostics.map((d) => {
    const urn = d.getUrn() || fallbackUrn;
    const r = byUrn.get(urn);
    const secrets = secretsFor(urn);
    const description = redactSecrets(d.getDescription(), secrets);
    return {
      policyName: d.getPolicyname(),
      policyPackName: d.getPolicypackname(),
      policyPackVersion: d.getPolicypackversion(),
      enforcementLevel: levelName(d.getEnforcementlevel()),
      severity: severityName(d.getSeverity()),
      urn,
      resourceType: r?.type ?? "",
      resourceName: r?.name ?? "",
      // The description is reported once; the message keeps only the finding's own words.
      message: ownMessage(redactMessage(d.getMessage(), secrets), description),
      description,
      phase,
    };
  });
}

function changedKeys(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k])).sort();
}

async function remediate(client: AnalyzerClient, r: CheckedResource, request: analyzerPb.AnalyzeRequest, packName: string, out: Remediation[]): Promise<Record<string, unknown>> {
  const resp = await client.remediate(request);
  let inputs = r.inputs;
  for (const rem of resp.getRemediationsList()) {
    const props = rem.getProperties();
    if (!props) continue;
    const next = props.toJavaScript() as Record<string, unknown>;
    out.push({ policyName: rem.getPolicyname(), policyPackName: rem.getPolicypackname() || packName, urn: r.urn, changed: changedKeys(inputs, next) });
    inputs = next;
  }
  return inputs;
}

/**
 * A pack started and asked GetAnalyzerInfo: the engine's first call, made once per process. A
 * session (rampart/testing) keeps one open across many runs; `runPack` opens one per run.
 */
export interface OpenPack {
  readonly dir: string;
  readonly launched: LaunchedPack;
  readonly client: AnalyzerClient;
  readonly pack: PackInfo;
  readonly deadlines: Deadlines;
  /** Milliseconds from the launch to the GetAnalyzerInfo answer. */
  readonly startupMs: number;
}

/** How `openPack` starts a pack. */
export interface OpenPackOptions {
  deadlines?: Deadlines;
  /** The pack process's environment (default: this process's). */
  env?: NodeJS.ProcessEnv;
}

/** What a failed call needs to be explained: the pack, the call and what was in flight. */
interface FailureContext {
  dir: string;
  launched?: LaunchedPack;
  client?: AnalyzerClient;
  step: string;
  pack?: PackInfo;
  config?: ReconciledConfig;
  inFlightAtFailure?: StuckCall[];
  deadlines: Deadlines;
}

/** Launches the pack in `dir` and asks what it holds. */
export async function openPack(dir: string, options: OpenPackOptions = {}): Promise<OpenPack> {
  const deadlines = options.deadlines ?? deadlinesOf();
  const started = performance.now();
  const launched = await launchPack(dir, undefined, deadlines.startMs, options.env);
  const client = new AnalyzerClient(launched.port, deadlines.callMs);
  try {
    const pack = packInfoFrom(await client.getAnalyzerInfo());
    return { dir, launched, client, pack, deadlines, startupMs: performance.now() - started };
  } catch (e) {
    const error = await failure(e, { dir, launched, client, step: "GetAnalyzerInfo", deadlines });
    client.close();
    await launched.stop();
    throw error;
  }
}

/** Ends an open pack's connection and process (safe to call twice). */
export async function closePack(open: OpenPack): Promise<void> {
  open.client.close();
  await open.launched.stop();
}

/** Opens the pack in `dir`, runs `input` through it (`analyzeWith`) and stops it. */
export async function runPack(dir: string, input: CheckInput, options: RunPackOptions = {}): Promise<PackRun> {
  const open = await openPack(dir, { deadlines: options.deadlines });
  try {
    return await analyzeWith(open, input, options);
  } finally {
    await closePack(open);
  }
}

/**
 * Runs `input` through an open pack in the engine's order after GetAnalyzerInfo: ConfigureStack,
 * Configure, Remediate (when a policy remediates) and Analyze for each resource, AnalyzeStack.
 * A pack that hangs is stopped (the caller sees `launched.exitDescription()` set).
 */
export async function analyzeWith(open: OpenPack, input: CheckInput, options: RunPackOptions = {}): Promise<PackRun> {
  const { dir, launched, client, pack, deadlines } = open;
  const ctx: FailureContext = { dir, launched, client, step: "Configure", pack, deadlines };
  // Requests in flight, so that a hang can be traced to its resource and policy.
  const inFlight = new Set<StuckCall>();
  try {
    const config = await configure(client, input, pack, options);
    ctx.config = config;
    const packName = pack.name;

    const providers = providerIndex(input.resources);
    const byUrn = new Map(input.resources.map((r) => [r.urn, r]));
    const findings: Finding[] = [];
    const remediations: Remediation[] = [];
    const stats = new Map<string, PolicyStats>();
    for (const p of pack.policies) {
      stats.set(p.name, { policyPackName: pack.name, policyName: p.name, kind: p.kind, level: config.get(p.name)!.level, evaluated: 0, violations: 0 });
    }
    const anyRemediates = [...config.values()].some((c) => c.level === "remediate");
    const resourcePolicies = new Set(pack.policies.filter((p) => p.kind === "resource").map((p) => p.name));
    // Packs that declare the types a policy judges (tags prefixed with APPLIES_TO_TAG) are counted
    // by type; others by what the response does not call not-applicable.
    const appliesTo = new Map(pack.policies.map((p) => [p.name, new Set(p.tags.filter((t) => t.startsWith(APPLIES_TO)).map((t) => t.slice(APPLIES_TO.length)))]));
    const notApplicableTo = (resp: analyzerPb.AnalyzeResponse) => new Set(resp.getNotApplicableList().map((n) => n.getPolicyName()));

    ctx.step = "Analyze";
    const analyzeStarted = performance.now();
    const total = input.resources.length;
    let next = 0;
    let done = 0;
    const worker = async () => {
      while (next < total) {
        const r = input.resources[next++];
        let call = "Remediate";
        let resp: analyzerPb.AnalyzeResponse;
        const request = analyzeRequest(r, providers);
        const probe: StuckCall = { label: r.urn, kind: "resource", ask: (c, ms) => (call === "Analyze" ? c.analyze(request, ms) : c.remediate(request)) };
        inFlight.add(probe);
        try {
          const inputs = anyRemediates ? await remediate(client, r, request, packName, remediations) : r.inputs;
          call = "Analyze";
          resp = await client.analyze(inputs === r.inputs ? request : analyzeRequest(r, providers, inputs));
        } catch (e) {
          // What was in flight when the first call failed: a stuck or dead pack fails all of it at once.
          ctx.inFlightAtFailure ??= [...inFlight];
          throw new ResourceCallError(call, r.urn, e);
        } finally {
          inFlight.delete(probe);
        }
        for (const f of findingsFrom(resp, byUrn, r.urn, "resource")) findings.push(f);
        const skipped = notApplicableTo(resp);
        // A resource policy that was neither disabled nor not-applicable judged this resource.
        for (const s of stats.values()) {
          if (s.level === "disabled" || skipped.has(s.policyName) || !resourcePolicies.has(s.policyName)) continue;
          const types = appliesTo.get(s.policyName);
          if (!types || types.size === 0 || types.has(r.type)) s.evaluated++;
        }
        done++;
        options.progress?.(done, total);
      }
    };
    await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 16, Math.max(total, 1)) }, worker));

    const analyzeMs = performance.now() - analyzeStarted;
    ctx.step = "AnalyzeStack";
    const stackStarted = performance.now();
    const stackReq = new analyzerProto.AnalyzeStackRequest();
    stackReq.setResourcesList(input.resources.map((r) => analyzerResource(r, providers)));
    const stackMsAllowed = stackCallMs(deadlines, input.resources.length);
    let stackResp: analyzerPb.AnalyzeResponse;
    try {
      stackResp = await client.analyzeStack(stackReq, stackMsAllowed);
    } catch (e) {
      ctx.inFlightAtFailure = [{ label: "the stack", kind: "stack", ask: (c, ms) => c.analyzeStack(stackReq, ms) }];
      throw e;
    }
    const stackUrn = input.resources.find((r) => r.type === "pulumi:pulumi:Stack")?.urn ?? "";
    // One by one: spreading 100,000+ findings into push() overflows the call stack.
    for (const f of findingsFrom(stackResp, byUrn, stackUrn, "stack")) findings.push(f);
    const stackMs = performance.now() - stackStarted;
    const stackSkipped = notApplicableTo(stackResp);
    for (const s of stats.values()) {
      if (s.kind !== "stack") continue;
      if (s.level !== "disabled" && !stackSkipped.has(s.policyName)) s.evaluated = 1;
    }
    for (const f of findings) {
      const s = stats.get(f.policyName);
      if (s && f.policyPackName === pack.name) s.violations++;
    }
    return { pack, dir, findings, remediations, policies: [...stats.values()], timings: { startupMs: open.startupMs, analyzeMs, stackMs }, peakRssKb: peakRss(launched.process.pid) };
  } catch (e) {
    throw await failure(e, ctx);
  }
}

/** The error to report for a failed call (a hanging pack is stopped, then diagnosed on a fresh copy). */
async function failure(e: unknown, ctx: FailureContext): Promise<unknown> {
  if (e instanceof Error && (e.name === "PackStartError" || e.name === "InputError" || e.name === "ConfigValidationError")) return e;
  const { dir, launched, pack, config, inFlightAtFailure, deadlines } = ctx;
  const failed = e instanceof ResourceCallError ? e : undefined;
  const cause = failed ? failed.cause_ : e;
  let call = failed ? `${failed.call} of ${failed.urn}` : ctx.step;
  if (cause instanceof CallTimeoutError) {
    // The pack is stuck (a policy that never returns blocks its event loop): end it, then find
    // which request and which policy hang, on a fresh copy.
    ctx.client?.close();
    await launched?.stop();
    const crashed = reportsUnhandledException(launched?.stderr() ?? "");
    const found = inFlightAtFailure && pack && config ? await diagnoseHang(dir, pack, config, inFlightAtFailure, deadlines) : {};
    if (found.call?.kind === "resource") call = `${failed?.call ?? "Analyze"} of ${found.call.label}`;
    const who = found.policy ? `policy ${found.policy} did not return` : crashed ? "the pack failed with an unhandled exception and stopped answering" : "the pack did not answer";
    return new PackRunError(dir, call, `${who} within ${cause.ms / 1000}s (--timeout); the pack was stopped${stderrTail(launched?.stderr())}`);
  }
  // A pack that died mid-run: say how it ended and what it last wrote.
  await new Promise((resolve) => setTimeout(resolve, 50));
  const ended = launched?.exitDescription();
  const pending = inFlightAtFailure?.map((c) => c.label) ?? [];
  if (ended && failed && pending.length > 1) {
    const shown = pending.slice(0, 5).join(", ") + (pending.length > 5 ? ` and ${pending.length - 5} more` : "");
    return new PackRunError(dir, failed.call, `the pack process ended (${ended}) while ${pending.length} requests were in flight, for ${shown}${stderrTail(launched?.stderr())}`);
  }
  const how = ended ? `the pack process ended (${ended}) while ${call} was in flight` : grpcDetail(cause);
  return new PackRunError(dir, call, how + stderrTail(launched?.stderr()));
}

/** The peak resident memory of a process, from /proc (Linux); undefined elsewhere. */
function peakRss(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}
