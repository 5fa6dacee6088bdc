// One pack process for many runs: opened once (launch, GetAnalyzerInfo), then each run goes
// through the checker's own sequence (cli/analyzer/run-pack analyzeWith: ConfigureStack,
// Configure, Remediate and Analyze per resource, AnalyzeStack). Runs take turns: Configure is
// the pack's state. A pack that died or hung is started again for the next run.
import * as fs from "fs";
import { InputError } from "../cli/inputs/input-error";
import { OpenPack, OpenPackOptions, analyzeWith, closePack, openPack } from "../cli/analyzer/run-pack";
import { stackContextOf } from "../cli/analyzer/stack-context";
import { deadlinesOf } from "../cli/process/deadline";
import { didYouMean } from "../policies/lib/suggest";
import { Closable, track } from "./cleanup";
import { TestResource, checkInputOf } from "./resources";
import { EnforcementLevel, Severity, TestFinding, TestRun, testRunOf } from "./results";

/** How a pack is started. */
export interface OpenOptions {
  /** Seconds the pack may take to answer any one call (default 120, as `rampart check --timeout`); its start gets at least 60. */
  readonly timeoutSeconds?: number;
  /** Variables set in the pack process's environment, over this process's (e.g. `RAMPART_TODAY` for exception expiry dates). */
  readonly env?: Readonly<Record<string, string>>;
}

/** A run's settings. */
export interface RunOptions {
  /** Only these policies run; the pack's others are disabled. Default: every policy at its configured level. */
  readonly policies?: readonly string[];
  /**
   * The pack's config in Pulumi's policy-pack-config format (what `--policy-pack-config` takes):
   * policy name → a level, or `{ enforcementLevel?, ...properties }`; `"all"` sets every level.
   * Validated against each policy's schema, as the Pulumi CLI does.
   */
  readonly config?: Readonly<Record<string, unknown>>;
  /** A preview (values may be unknown) or an update (default `true`: `pulumi preview`). */
  readonly preview?: boolean;
  /** Add the root stack resource (`pulumi:pulumi:Stack`, parent of every resource without one), as the engine does (default `true`). */
  readonly rootStack?: boolean;
  /** The stack in every URN and in ConfigureStack (default `"test"`). */
  readonly stack?: string;
  /** The project in every URN and in ConfigureStack (default `"project"`). */
  readonly project?: string;
}

/** A policy of the open pack, as it described itself (GetAnalyzerInfo). */
export interface TestPolicyInfo {
  readonly name: string;
  /** Resource policies judge each resource (Analyze); stack policies the whole stack (AnalyzeStack). */
  readonly kind: "resource" | "stack";
  readonly description: string;
  /** Its default level, before any config. */
  readonly enforcementLevel: EnforcementLevel;
  readonly severity: Severity;
}

/** A policy pack running in its own process, spoken to through the Analyzer protocol. */
export interface TestPack {
  /** The pack's name and version, as it reports them. */
  readonly name: string;
  readonly version: string;
  readonly policies: readonly TestPolicyInfo[];
  /** Runs `resources` through the pack as one stack (as `rampart check` does) and returns all it reported. */
  run(resources: readonly TestResource[], options?: RunOptions): Promise<TestRun>;
  /** The findings of `run` that no exception suppressed. */
  findings(resources: readonly TestResource[], options?: RunOptions): Promise<readonly TestFinding[]>;
  /** Stops the pack (and removes a folder the kit wrote for it); later calls do nothing. */
  close(): Promise<void>;
}

const CONFIG_LABEL = "rampart/testing config";
const DEFAULT_STACK = "test";
const DEFAULT_PROJECT = "project";

/** The open pack behind `openPack` and `openPolicies`: tracked until closed (cleanup.ts). */
export class PackSession implements TestPack, Closable {
  private turn: Promise<unknown> = Promise.resolve();
  private closing?: Promise<void>;
  private readonly untrack: () => void;

  private constructor(
    private readonly dir: string,
    private readonly openOptions: OpenOptions,
    private current: OpenPack,
    /** A folder the kit wrote (a generated pack), removed on close. */
    private readonly ownedDir?: string,
  ) {
    this.untrack = track(this);
    this.detach();
  }

  /** Starts the pack in `dir`. */
  static async start(dir: string, options: OpenOptions = {}, ownedDir?: string): Promise<PackSession> {
    try {
      return new PackSession(dir, options, await openPack(dir, openOptionsOf(options)), ownedDir);
    } catch (e) {
      if (ownedDir) fs.rmSync(ownedDir, { recursive: true, force: true });
      throw e;
    }
  }

  get name(): string {
    return this.current.pack.name;
  }

  get version(): string {
    return this.current.pack.version;
  }

  get policies(): readonly TestPolicyInfo[] {
    return this.current.pack.policies.map((p) => ({ name: p.name, kind: p.kind, description: p.description, enforcementLevel: p.level, severity: p.severity }));
  }

  run(resources: readonly TestResource[], options: RunOptions = {}): Promise<TestRun> {
    const next = this.turn.then(() => this.runNow(resources, options));
    this.turn = next.catch(() => undefined);
    return next;
  }

  async findings(resources: readonly TestResource[], options: RunOptions = {}): Promise<readonly TestFinding[]> {
    return (await this.run(resources, options)).findings;
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      this.untrack();
      await this.turn;
      await closePack(this.current);
      if (this.ownedDir) fs.rmSync(this.ownedDir, { recursive: true, force: true });
    })();
    return this.closing;
  }

  /** Ends the pack at once (on process exit). */
  closeNow(): void {
    try {
      this.current.launched.process.kill("SIGKILL");
    } catch {
      // Already gone.
    }
    if (this.ownedDir) fs.rmSync(this.ownedDir, { recursive: true, force: true });
  }

  private async runNow(resources: readonly TestResource[], options: RunOptions): Promise<TestRun> {
    if (this.closing) throw new Error(`rampart/testing: the pack ${this.dir} is closed`);
    if (!Array.isArray(resources)) throw new InputError("rampart/testing", "resources", "expected a list of resources");
    const input = checkInputOf(resources, {
      stack: options.stack ?? DEFAULT_STACK,
      project: options.project ?? DEFAULT_PROJECT,
      preview: options.preview ?? true,
      rootStack: options.rootStack ?? true,
    });
    if (this.current.launched.exitDescription() !== undefined) {
      // The last run stopped a hung pack, or the pack died: start it again.
      this.current = await openPack(this.dir, openOptionsOf(this.openOptions));
      this.detach();
    }
    const only = options.policies;
    if (only !== undefined) this.checkNames(only);
    const config = options.config === undefined ? undefined : { document: options.config, file: CONFIG_LABEL };
    return testRunOf(await analyzeWith(this.current, input, { config, only }));
  }

  private checkNames(names: readonly string[]): void {
    if (!Array.isArray(names)) throw new InputError("rampart/testing", "policies", "expected a list of policy names");
    const known = new Set(this.current.pack.policies.map((p) => p.name));
    names.forEach((name, i) => {
      if (!known.has(name)) throw new InputError("rampart/testing", `policies[${i}]`, `pack ${this.current.pack.name} has no policy ${JSON.stringify(name)}${didYouMean(name, known)}`);
    });
  }

  /** The idle pack keeps nothing of this process alive: a forgotten close never holds Jest open. */
  private detach(): void {
    const child = this.current.launched.process;
    child.unref();
    for (const stream of [child.stdout, child.stderr]) (stream as { unref?: () => void } | null)?.unref?.();
  }
}

/** A pack opens as for a preview of the kit's default stack; a run for another stack says so with ConfigureStack. */
function openOptionsOf(options: OpenOptions): OpenPackOptions {
  return { deadlines: deadlinesOf(options.timeoutSeconds), env: options.env, context: stackContextOf({ stack: DEFAULT_STACK, project: DEFAULT_PROJECT, preview: true }) };
}
