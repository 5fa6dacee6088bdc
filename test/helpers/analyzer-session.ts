// One pack process, many small stacks: each run configures the pack, sends Analyze for every
// resource and AnalyzeStack for the whole, as the engine does, and returns the diagnostics.
import * as path from "path";
import { AnalyzerClient } from "../../cli/analyzer/client";
import { LaunchedPack, launchPack } from "../../cli/analyzer/launch";
import { analyzeRequest, analyzerResource, providerIndex } from "../../cli/analyzer/marshal";
import { PackInfo, packInfoFrom } from "../../cli/analyzer/pack-info";
import { analyzerProto } from "../../cli/analyzer/pulumi-modules";
import { onlyPolicy, sendConfig } from "../../cli/analyzer/send-config";
import { reconcileConfig } from "../../cli/analyzer/reconcile-config";
import { CheckedResource, defaultOptions } from "../../cli/inputs/resource";

export const POLICIES_PACK = path.resolve(__dirname, "..", "..", "policies");

export interface Diagnostic {
  policyName: string;
  urn: string;
  message: string;
  description: string;
  phase: "resource" | "stack";
}

export interface SessionResource {
  type: string;
  name: string;
  props: Record<string, unknown>;
  outputs?: Record<string, unknown>;
  /** Property → names of the resources (of this run) the value came from. */
  propertyDependencies?: Record<string, readonly string[]>;
}

export function exampleUrn(type: string, name: string): string {
  return `urn:pulumi:examples::rampart::${type}::${name}`;
}

function checkedAll(resources: readonly SessionResource[]): CheckedResource[] {
  const urnOfName = new Map(resources.map((r) => [r.name, exampleUrn(r.type, r.name)]));
  const urnOf = (name: string): string => {
    const urn = urnOfName.get(name);
    if (!urn) throw new Error(`propertyDependencies name "${name}", which is no resource of this example`);
    return urn;
  };
  return resources.map((r) => {
    const propertyDependencies = Object.fromEntries(Object.entries(r.propertyDependencies ?? {}).map(([prop, names]) => [prop, names.map(urnOf)]));
    const dependencies = [...new Set(Object.values(propertyDependencies).flat())];
    return { urn: exampleUrn(r.type, r.name), type: r.type, name: r.name, custom: true, inputs: r.props, outputs: r.outputs ?? r.props, dependencies, propertyDependencies, options: defaultOptions() };
  });
}

export class AnalyzerSession {
  /** The config last sent: Configure costs the pack a schema compile per policy, so a repeat is skipped. */
  private sentConfig = "";

  private constructor(private readonly launched: LaunchedPack, private readonly client: AnalyzerClient, readonly pack: PackInfo) {}

  static async open(dir = POLICIES_PACK): Promise<AnalyzerSession> {
    const launched = await launchPack(dir);
    const client = new AnalyzerClient(launched.port);
    const pack = packInfoFrom(await client.getAnalyzerInfo());
    const stackReq = new analyzerProto.AnalyzerStackConfigureRequest();
    stackReq.setStack("examples");
    stackReq.setProject("rampart");
    stackReq.setDryRun(true);
    await client.configureStack(stackReq);
    return new AnalyzerSession(launched, client, pack);
  }

  /** Runs `resources` with only `policy` enabled, under `config` (its defaults otherwise). */
  async run(policy: string, resources: readonly SessionResource[], config: Record<string, unknown> = {}): Promise<Diagnostic[]> {
    const reconciled = onlyPolicy(reconcileConfig(this.pack, { [policy]: config }, "example config"), policy);
    const key = JSON.stringify([...reconciled]);
    if (key !== this.sentConfig) {
      this.sentConfig = "";
      await sendConfig(this.client, reconciled);
      this.sentConfig = key;
    }
    const all = checkedAll(resources);
    const providers = providerIndex(all);
    const out: Diagnostic[] = [];
    const collect = (resp: { getDiagnosticsList(): any[] }, fallbackUrn: string, phase: Diagnostic["phase"]) => {
      for (const d of resp.getDiagnosticsList()) {
        out.push({ policyName: d.getPolicyname(), urn: d.getUrn() || fallbackUrn, message: d.getMessage(), description: d.getDescription(), phase });
      }
    };
    for (const r of all) collect(await this.client.analyze(analyzeRequest(r, providers)), r.urn, "resource");
    const stackReq = new analyzerProto.AnalyzeStackRequest();
    stackReq.setResourcesList(all.map((r) => analyzerResource(r, providers)));
    collect(await this.client.analyzeStack(stackReq), "", "stack");
    return out;
  }

  async close(): Promise<void> {
    this.client.close();
    await this.launched.stop();
  }
}
