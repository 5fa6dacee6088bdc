// Drives one policy pack through the whole Analyzer protocol, in the engine's order: Handshake
// and ConfigureStack (skipped when the pack does not implement them), GetAnalyzerInfo, Configure,
// Remediate (when a policy remediates) and Analyze for each resource, AnalyzeStack over the whole
// stack, then Cancel before the pack is stopped (on a deadline or an interrupt too).
import * as fs from "fs";
import type * as analyzerPb from "@pulumi/pulumi/proto/analyzer_pb";
import type { CheckInput, CheckedResource } from "../inputs/resource";
import type { Finding, PackPolicySummary, PolicyStats, Remediation } from "../report/finding";
import { APPLIES_TO_TAG as APPLIES_TO } from "../../policies/lib/codec";
import { redactMessage } from "../../policies/lib/redact-finding";
import { ownMessage } from "../report/message-text";
import { redactSecrets, secretValuesIn } from "../../policies/lib/secret-values";
import { onInterrupt } from "../process/children";
import { Deadlines, deadlinesOf, stackCallMs } from "../process/deadline";
import { lastLines } from "../process/output-tail";
import { AnalyzerClient, CallTimeoutError } from "./client";
import { StuckCall, diagnoseHang, reportsUnhandledException } from "./find-stuck-policy";
import { ENGINE_ADDRESS, LaunchedPack, checkPackDir, launchPack } from "./launch";
import { Severity, diagnosticLevel, diagnosticSeverity } from "./levels";
import { ProviderIndex, analyzeRequest, analyzerResource, providerIndex } from "./marshal";
import { PackInfo, packInfoFrom } from "./pack-info";
import { cancel, configureStack, handshake } from "./optional-calls";
import { PolicyProject, readPolicyProject } from "./policy-project";
import { PolicySummaryBuilder } from "./policy-summary";
import { analyzerProto } from "./pulumi-modules";
import { ReconciledConfig, reconcileConfig } from "./reconcile-config";
import { sendConfig } from "./send-config";
import { StackContext, packEnvironment, rootStackUrn, stackContextOf } from "./stack-context";

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

export async function runPack(dir: string, input: CheckInput, options: RunPackOptions = {}): Promise<PackRun> {
  let launched: LaunchedPack | undefined;
  let client: AnalyzerClient | undefined;
  let step = "GetAnalyzerInfo";
  let pack: PackInfo | undefined;
  let config: ReconciledConfig | undefined;
  // Requests in flight, so that a hang can be traced to its resource and policy.
  const inFlight = new Set<StuckCall>();
  // What was in flight when the first call failed: a stuck or dead pack fails all of it at once.
  let inFlightAtFailure: StuckCall[] | undefined;
  const deadlines = options.deadlines ?? deadlinesOf();
  const context = options.context ?? stackContextOf(input);
  const started = performance.now();
  let stopInterruptHook: (() => void) | undefined;
  checkPackDir(dir);
  const project = readPolicyProject(dir);
  try {
    step = "Handshake";
    launched = await launchPack(dir, ENGINE_ADDRESS, deadlines.startMs, packEnvironment(context));
    const connected = (client = new AnalyzerClient(launched.port, deadlines.callMs));
    stopInterruptHook = onInterrupt(() => cancel(connected));
    await handshake(client, ENGINE_ADDRESS, launched.dir);
    step = "ConfigureStack";
    await configureStack(client, context);
    step = "GetAnalyzerInfo";
    pack = await analyzerInfo(client, project);
    const startupMs = performance.now() - started;
    step = "Configure";
    options.beforeConfigure?.(pack);
    config = reconcileConfig(pack, options.config?.document, options.config?.file ?? "");
    await sendConfig(client, config);
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
      stats.set(p.name, { policyPackName: pack.name, policyName: p.name, kind: p.kind, level: config!.get(p.name)!.level, evaluated: 0, violations: 0, passed: 0, failed: 0 });
    }
    const anyRemediates = [...config.values()].some((c) => c.level === "remediate");
    const resourcePolicies = new Set(pack.policies.filter((p) => p.kind === "resource").map((p) => p.name));
    // Packs that declare the types a policy judges (tags prefixed with APPLIES_TO_TAG) are counted
    // by type; others by what the response does not call not-applicable.
    const appliesTo = new Map(pack.policies.map((p) => [p.name, new Set(p.tags.filter((t) => t.startsWith(APPLIES_TO)).map((t) => t.slice(APPLIES_TO.length)))]));
    const notApplicableTo = (resp: analyzerPb.AnalyzeResponse) => new Set(resp.getNotApplicableList().map((n) => n.getPolicyName()));

    step = "Analyze";
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
          const inputs = anyRemediates ? await remediate(client!, r, request, packName, remediations) : r.inputs;
          call = "Analyze";
          resp = await client!.analyze(inputs === r.inputs ? request : analyzeRequest(r, providers, inputs));
        } catch (e) {
          inFlightAtFailure ??= [...inFlight];
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
    step = "AnalyzeStack";
    const stackStarted = performance.now();
    const stackReq = new analyzerProto.AnalyzeStackRequest();
    stackReq.setResourcesList(input.resources.map((r) => analyzerResource(r, providers)));
    const stackMsAllowed = stackCallMs(deadlines, input.resources.length);
    let stackResp: analyzerPb.AnalyzeResponse;
    try {
      stackResp = await client.analyzeStack(stackReq, stackMsAllowed);
    } catch (e) {
      inFlightAtFailure = [{ label: "the stack", kind: "stack", ask: (c, ms) => c.analyzeStack(stackReq, ms) }];
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
    const peakRssKb = peakRss(launched.process.pid);
    return { pack, dir, findings, remediations, policies: [...stats.values()], summary: summary.result(), timings: { startupMs, analyzeMs, stackMs }, peakRssKb };
  } catch (e) {
    if (e instanceof Error && (e.name === "PackStartError" || e.name === "InputError" || e.name === "ConfigValidationError")) throw e;
    const failed = e instanceof ResourceCallError ? e : undefined;
    const cause = failed ? failed.cause_ : e;
    let call = failed ? `${failed.call} of ${failed.urn}` : step;
    if (cause instanceof CallTimeoutError) {
      // The pack is stuck (a policy that never returns blocks its event loop): end it, then find
      // which request and which policy hang, on a fresh copy.
      const stuckPack = launched;
      if (client) await cancel(client);
      client?.close();
      client = undefined;
      await stuckPack?.stop();
      const crashed = reportsUnhandledException(stuckPack?.stderr() ?? "");
      const found = inFlightAtFailure && pack && config ? await diagnoseHang(dir, pack, config, inFlightAtFailure, deadlines, context) : {};
      if (found.call?.kind === "resource") call = `${failed?.call ?? "Analyze"} of ${found.call.label}`;
      const who = found.policy ? `policy ${found.policy} did not return` : crashed ? "the pack failed with an unhandled exception and stopped answering" : "the pack did not answer";
      throw new PackRunError(dir, call, `${who} within ${cause.ms / 1000}s (--timeout); the pack was stopped${stderrTail(stuckPack?.stderr())}`);
    }
    // A pack that died mid-run: say how it ended and what it last wrote.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const ended = launched?.exitDescription();
    const pending = inFlightAtFailure?.map((c) => c.label) ?? [];
    if (ended && failed && pending.length > 1) {
      const shown = pending.slice(0, 5).join(", ") + (pending.length > 5 ? ` and ${pending.length - 5} more` : "");
      throw new PackRunError(dir, failed.call, `the pack process ended (${ended}) while ${pending.length} requests were in flight, for ${shown}${stderrTail(launched?.stderr())}`);
    }
    const how = ended ? `the pack process ended (${ended}) while ${call} was in flight` : grpcDetail(cause);
    throw new PackRunError(dir, call, how + stderrTail(launched?.stderr()));
  } finally {
    stopInterruptHook?.();
    if (client) await cancel(client);
    client?.close();
    await launched?.stop();
  }
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
