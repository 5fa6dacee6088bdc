// Drives one policy pack through the whole Analyzer protocol, in the engine's order: Handshake
// and ConfigureStack (skipped when the pack does not implement them), GetAnalyzerInfo, Configure,
// Remediate (when a policy remediates) and Analyze for each resource, AnalyzeStack over the whole
// stack, then Cancel before the pack is stopped (on a deadline or an interrupt too). Opening a
// pack (launch to GetAnalyzerInfo) is apart from a run, so that one open pack can serve many runs
// (rampart/testing).
import { isDeepStrictEqual } from "util";
import type * as analyzerPb from "@pulumi/pulumi/proto/analyzer_pb";
import type { CheckInput, CheckedResource } from "../inputs/resource";
import type { Finding, PackPolicySummary, PolicyStats, Remediation } from "../report/finding";
import { APPLIES_TO_TAG as APPLIES_TO } from "../../policies/lib/codec";
import { redactMessage } from "../../policies/lib/redact-finding";
import { ownMessage } from "../report/message-text";
import { redactSecrets, secretValuesIn } from "../../policies/lib/secret-values";
import { Deadlines, deadlinesOf, stackCallMs } from "../process/deadline";
import { onInterrupt } from "../process/children";
import { lastLines } from "../process/output-tail";
import { AnalyzerClient, CallTimeoutError } from "./client";
import { StuckCall, diagnoseHang, reportsUnhandledException } from "./find-stuck-policy";
import { ENGINE_ADDRESS, LaunchedPack, checkPackDir, launchPack } from "./launch";
import { Severity, diagnosticLevel, diagnosticSeverity } from "./levels";
import { ProviderIndex, analyzeRequest, analyzerResource, providerIndex } from "./marshal";
import { PackInfo, packInfoFrom } from "./pack-info";
import { analyzerProto } from "./pulumi-modules";
import { ReconciledConfig, reconcileConfig } from "./reconcile-config";
import { cancel, configureStack, handshake } from "./optional-calls";
import { PolicyProject, readPolicyProject } from "./policy-project";
import { PolicySummaryBuilder } from "./policy-summary";
import { onlyPolicies, sendConfig } from "./send-config";
import { StackContext, packEnvironment, rootStackUrn, stackContextOf } from "./stack-context";
import { peakRssKb } from "../process/peak-rss";

export interface PackRun {
  pack: PackInfo;
  dir: string;
  findings: Finding[];
  remediations: Remediation[];
  policies: PolicyStats[];
  /** The pack's policy summary, in the engine's shape. */
  summary: PackPolicySummary;
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
  /** Called with the pack's GetAnalyzerInfo answer before its config is reconciled (where configs are validated). */
  beforeConfigure?: (pack: PackInfo) => void;
  /** How long the pack may take to start and to answer each call (default: `--timeout`'s default). */
  deadlines?: Deadlines;
  /** Only these policies run; every other is disabled, as a config that disables it would. */
  only?: readonly string[];
  /** The stack as ConfigureStack describes it (default: from the input, in the organization "organization"). */
  context?: StackContext;
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

/** GetAnalyzerInfo as the engine reads it: PulumiPolicy.yaml's version wins, its description stands in. */
async function analyzerInfo(client: AnalyzerClient, project: PolicyProject): Promise<PackInfo> {
  const pack = packInfoFrom(await client.getAnalyzerInfo());
  if (project.version) pack.version = project.version;
  if (!pack.description && project.description) pack.description = project.description;
  return pack;
}

async function configure(client: AnalyzerClient, pack: PackInfo, options: RunPackOptions): Promise<ReconciledConfig> {
  options.beforeConfigure?.(pack);
  const reconciled = reconcileConfig(pack, options.config?.document, options.config?.file ?? "");
  const config = options.only ? onlyPolicies(reconciled, options.only) : reconciled;
  await sendConfig(client, config);
  return config;
}

// Secrets of the input, to keep out of messages (computed only for a response with diagnostics):
// a resource's once per resource, the whole input's once per run.
const resourceSecrets = new WeakMap<CheckedResource, readonly string[]>();
const inputSecrets = new WeakMap<Map<string, CheckedResource>, readonly string[]>();

/** What a diagnostic is reported with, besides the response: the pack as the engine knows it. */
interface DiagnosticContext {
  byUrn: Map<string, CheckedResource>;
  /** Each policy's own severity, for diagnostics that leave theirs unspecified. */
  severityOf: Map<string, Severity>;
  /** PulumiPolicy.yaml's version, which replaces the diagnostic's. */
  versionOverride?: string;
  /** Where a stack finding that names no resource of the stack goes. */
  rootUrn: string;
}

function findingsFrom(resp: analyzerPb.AnalyzeResponse, at: DiagnosticContext, fallbackUrn: string, phase: Finding["phase"]): Finding[] {
  const { byUrn } = at;
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
    // The engine puts a stack finding on the resource it names only when that is in the stack.
    const named = d.getUrn();
    const urn = phase === "stack" ? (byUrn.has(named) ? named : at.rootUrn) : named || fallbackUrn;
    const r = byUrn.get(urn);
    const secrets = secretsFor(urn);
    const description = redactSecrets(d.getDescription(), secrets);
    return {
      policyName: d.getPolicyname(),
      policyPackName: d.getPolicypackname(),
      policyPackVersion: at.versionOverride || d.getPolicypackversion(),
      enforcementLevel: diagnosticLevel(d.getEnforcementlevel()),
      severity: diagnosticSeverity(d.getSeverity(), at.severityOf.get(d.getPolicyname())),
      urn,
      resourceType: r?.type ?? (urn === at.rootUrn ? "pulumi:pulumi:Stack" : ""),
      resourceName: r?.name ?? (urn === at.rootUrn ? urn.slice(urn.lastIndexOf("::") + 2) : ""),
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
  /** PulumiPolicy.yaml as the engine reads it (its version overrides the pack's). */
  readonly project: PolicyProject;
  /** The stack ConfigureStack last described to the pack. */
  context: StackContext;
  /** Milliseconds from the launch to the GetAnalyzerInfo answer. */
  readonly startupMs: number;
  /** Set once closePack has begun. */
  closing?: Promise<void>;
  readonly stopInterruptHook: () => void;
}

/** How `openPack` starts a pack. */
export interface OpenPackOptions {
  deadlines?: Deadlines;
  /** Added to the pack process's environment (besides what the engine adds for `context`). */
  env?: Readonly<Record<string, string>>;
  /** The stack the pack is told of (ConfigureStack and the PULUMI_NODEJS_* environment). */
  context: StackContext;
}

/** What a failed call needs to be explained: the pack, the call and what was in flight. */
interface FailureContext {
  dir: string;
  launched?: LaunchedPack;
  client?: AnalyzerClient;
  step: string;
  pack?: PackInfo;
  config?: ReconciledConfig;
  context: StackContext;
  inFlightAtFailure?: StuckCall[];
  deadlines: Deadlines;
}

/** Launches the pack in `dir` as the engine does: Handshake, ConfigureStack, GetAnalyzerInfo. */
export async function openPack(dir: string, options: OpenPackOptions): Promise<OpenPack> {
  const deadlines = options.deadlines ?? deadlinesOf();
  const { context } = options;
  checkPackDir(dir);
  const project = readPolicyProject(dir);
  const started = performance.now();
  const launched = await launchPack(dir, ENGINE_ADDRESS, deadlines.startMs, { ...options.env, ...packEnvironment(context) });
  const client = new AnalyzerClient(launched.port, deadlines.callMs);
  const stopInterruptHook = onInterrupt(() => cancel(client));
  const ctx: FailureContext = { dir, launched, client, step: "Handshake", context, deadlines };
  try {
    await handshake(client, ENGINE_ADDRESS, launched.dir);
    ctx.step = "ConfigureStack";
    await configureStack(client, context);
    ctx.step = "GetAnalyzerInfo";
    const pack = await analyzerInfo(client, project);
    return { dir, launched, client, pack, deadlines, project, context, startupMs: performance.now() - started, stopInterruptHook };
  } catch (e) {
    const error = await failure(e, ctx);
    stopInterruptHook();
    client.close();
    await launched.stop();
    throw error;
  }
}

/** Cancels, then ends an open pack's connection and process (safe to call twice). */
export function closePack(open: OpenPack): Promise<void> {
  open.closing ??= (async () => {
    open.stopInterruptHook();
    if (open.launched.exitDescription() === undefined) await cancel(open.client);
    open.client.close();
    await open.launched.stop();
  })();
  return open.closing;
}

/** Opens the pack in `dir`, runs `input` through it (`analyzeWith`) and stops it. */
export async function runPack(dir: string, input: CheckInput, options: RunPackOptions = {}): Promise<PackRun> {
  const context = options.context ?? stackContextOf(input);
  const open = await openPack(dir, { deadlines: options.deadlines, context });
  try {
    return await analyzeWith(open, input, { ...options, context });
  } finally {
    await closePack(open);
  }
}

/**
 * Runs `input` through an open pack in the engine's order after GetAnalyzerInfo: Configure,
 * Remediate (when a policy remediates) and Analyze for each resource, AnalyzeStack. A run for
 * another stack than the last (a session's) first tells the pack with ConfigureStack. A pack that
 * hangs is stopped (the caller sees `launched.exitDescription()` set).
 */
export async function analyzeWith(open: OpenPack, input: CheckInput, options: RunPackOptions = {}): Promise<PackRun> {
  const { dir, launched, client, pack, deadlines, project } = open;
  const context = options.context ?? stackContextOf(input);
  const ctx: FailureContext = { dir, launched, client, step: "ConfigureStack", pack, context, deadlines };
  // Requests in flight, so that a hang can be traced to its resource and policy.
  const inFlight = new Set<StuckCall>();
  try {
    if (!isDeepStrictEqual(context, open.context)) {
      await configureStack(client, context);
      open.context = context;
    }
    ctx.step = "Configure";
    const config = await configure(client, pack, options);
    ctx.config = config;
    const packName = pack.name;

    const providers = providerIndex(input.resources);
    const byUrn = new Map(input.resources.map((r) => [r.urn, r]));
    const stackResource = input.resources.find((r) => r.type === "pulumi:pulumi:Stack");
    const at: DiagnosticContext = {
      byUrn,
      severityOf: new Map(pack.policies.map((p) => [p.name, p.severity])),
      versionOverride: project.version,
      rootUrn: stackResource?.urn ?? rootStackUrn(context.stack, context.project),
    };
    const summary = new PolicySummaryBuilder(pack, config);
    const findings: Finding[] = [];
    const remediations: Remediation[] = [];
    const stats = new Map<string, PolicyStats>();
    for (const p of pack.policies) {
      stats.set(p.name, { policyPackName: pack.name, policyName: p.name, kind: p.kind, level: config.get(p.name)!.level, evaluated: 0, violations: 0, passed: 0, failed: 0 });
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
        for (const f of findingsFrom(resp, at, r.urn, "resource")) findings.push(f);
        summary.addResource(r.urn, resp);
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
    // One by one: spreading 100,000+ findings into push() overflows the call stack.
    for (const f of findingsFrom(stackResp, at, at.rootUrn, "stack")) findings.push(f);
    summary.addStack(stackResp);
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
    for (const s of stats.values()) Object.assign(s, summary.countsOf(s.policyName));
    return { pack, dir, findings, remediations, policies: [...stats.values()], summary: summary.result(), timings: { startupMs: open.startupMs, analyzeMs, stackMs }, peakRssKb: peakRssKb(launched.process.pid) };
  } catch (e) {
    throw await failure(e, ctx);
  }
}

/** The error to report for a failed call (a hanging pack is stopped, then diagnosed on a fresh copy). */
async function failure(e: unknown, ctx: FailureContext): Promise<unknown> {
  if (e instanceof Error && (e.name === "PackStartError" || e.name === "InputError" || e.name === "ConfigValidationError")) return e;
  const { dir, launched, pack, config, inFlightAtFailure, deadlines, context } = ctx;
  const failed = e instanceof ResourceCallError ? e : undefined;
  const cause = failed ? failed.cause_ : e;
  let call = failed ? `${failed.call} of ${failed.urn}` : ctx.step;
  if (cause instanceof CallTimeoutError) {
    // The pack is stuck (a policy that never returns blocks its event loop): end it, then find
    // which request and which policy hang, on a fresh copy.
    if (ctx.client) await cancel(ctx.client);
    ctx.client?.close();
    await launched?.stop();
    const crashed = reportsUnhandledException(launched?.stderr() ?? "");
    const found = inFlightAtFailure && pack && config ? await diagnoseHang(dir, pack, config, inFlightAtFailure, deadlines, context) : {};
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
