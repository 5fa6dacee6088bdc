// When a pack does not answer in time, a fresh copy of the pack is asked again to find what is
// at fault: first which of the requests that were in flight hangs on its own, then which policy
// hangs on it, with one policy enabled at a time.
import type { Deadlines } from "../process/deadline";
import { AnalyzerClient, CallTimeoutError } from "./client";
import { ENGINE_ADDRESS, LaunchedPack, launchPack } from "./launch";
import { configureStack, handshake } from "./optional-calls";
import type { PackInfo } from "./pack-info";
import type { ReconciledConfig } from "./reconcile-config";
import { onlyPolicy, sendConfig } from "./send-config";
import { StackContext, packEnvironment } from "./stack-context";

/** How long a probe waits for one request: long enough for any sane policy on a busy machine, short enough to end soon. */
const PROBE_MIN_MS = 10_000;
const PROBE_MAX_MS = 30_000;

export interface StuckCall {
  /** What the call was about: a resource URN, or "the stack". */
  label: string;
  kind: "resource" | "stack";
  ask(client: AnalyzerClient, deadlineMs: number): Promise<unknown>;
}

export interface HangDiagnosis {
  call?: StuckCall;
  policy?: string;
}

type Outcome = "answered" | "hangs" | "crashes";

/** run-policy-pack's words when the pack's own code fails outside any request (it then stops answering). */
export function reportsUnhandledException(stderr: string): boolean {
  return stderr.includes("failed with an unhandled exception");
}

class Prober {
  private launched?: LaunchedPack;
  private client?: AnalyzerClient;

  constructor(private readonly dir: string, private readonly deadlines: Deadlines, private readonly context?: StackContext) {}

  /** Whether the request hangs under `config` (the pack is then stopped, to start afresh). */
  async ask(call: StuckCall, config: ReconciledConfig): Promise<Outcome> {
    if (!this.launched) {
      this.launched = await launchPack(this.dir, ENGINE_ADDRESS, this.deadlines.startMs, this.context ? packEnvironment(this.context) : {});
      this.client = new AnalyzerClient(this.launched.port, this.deadlines.callMs);
      // The same start as the run that hung, the same stack: a policy may depend on it.
      await handshake(this.client, ENGINE_ADDRESS, this.launched.dir);
      if (this.context) await configureStack(this.client, this.context);
      await this.client.getAnalyzerInfo();
    }
    await sendConfig(this.client!, config);
    try {
      await call.ask(this.client!, Math.min(Math.max(this.deadlines.callMs, PROBE_MIN_MS), PROBE_MAX_MS));
      return "answered";
    } catch (e) {
      // Another failure (a policy that throws) is not a hang; a stuck or dead pack is started again.
      const crashed = reportsUnhandledException(this.launched.stderr());
      if (e instanceof CallTimeoutError || crashed || this.launched.exitDescription() !== undefined) await this.stop();
      if (crashed) return "crashes";
      return e instanceof CallTimeoutError ? "hangs" : "answered";
    }
  }

  async stop(): Promise<void> {
    this.client?.close();
    await this.launched?.stop();
    this.client = undefined;
    this.launched = undefined;
  }
}

export async function diagnoseHang(dir: string, pack: PackInfo, config: ReconciledConfig, inFlight: readonly StuckCall[], deadlines: Deadlines, context?: StackContext): Promise<HangDiagnosis> {
  const prober = new Prober(dir, deadlines, context);
  const diagnosis: HangDiagnosis = {};
  try {
    diagnosis.call = inFlight.length === 1 ? inFlight[0] : undefined;
    for (const call of diagnosis.call ? [] : inFlight) {
      if ((await prober.ask(call, config)) !== "answered") {
        diagnosis.call = call;
        break;
      }
    }
    const call = diagnosis.call;
    if (!call) return diagnosis;
    for (const policy of pack.policies) {
      if (policy.kind !== call.kind || config.get(policy.name)?.level === "disabled") continue;
      const outcome = await prober.ask(call, onlyPolicy(config, policy.name));
      // A request that crashes the pack whatever the policy is the input's fault, not a policy's.
      if (outcome === "crashes") break;
      if (outcome === "hangs") {
        diagnosis.policy = policy.name;
        break;
      }
    }
    return diagnosis;
  } catch {
    // The diagnosis is a courtesy: the hang is reported with or without it.
    return diagnosis;
  } finally {
    await prober.stop();
  }
}
