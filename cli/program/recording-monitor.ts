// A resource monitor for Pulumi's mock runtime that records every registration in full, as
// the engine would see it (type, name, serialized inputs as sent, parent, dependencies,
// property dependencies, provider, options), and answers with AWS-like state.
import type { CheckedResource } from "../inputs/resource";
import { defaultOptions } from "../inputs/resource";
import { UNKNOWN_STRING, toWireProperties } from "../inputs/wire-values";
import { computedState, fakeId } from "./fake-aws";
import { answerInvoke } from "./fake-invokes";
import type { PulumiRuntime } from "./pulumi-runtime";
import { registrationPositions } from "./registration-positions";

/* eslint-disable @typescript-eslint/no-explicit-any */
export interface Recording {
  resources: CheckedResource[];
  opaqueComponents: { urn: string; type: string }[];
}

const STACK_TYPE = "pulumi:pulumi:Stack";

export function createRecordingMonitor(runtime: PulumiRuntime, opts: { project: string; stack: string; region: string; preview: boolean }): { monitor: any; recording: Recording } {
  const recording: Recording = { resources: [], opaqueComponents: [] };
  const byUrn = new Map<string, CheckedResource>();
  const mocks = {
    newResource: () => ({ id: "", state: {} }),
    call: (args: { token: string; inputs: Record<string, unknown> }) => answerInvoke(args.token, args.inputs ?? {}, opts.region),
  };
  const base = new runtime.mocks.MockMonitor(mocks);
  const monitor = Object.create(base);

  // The engine's URN: the parent's full type chain, except the root stack's, then the type.
  monitor.newUrn = (parent: string, type: string, name: string): string => {
    const parentType = parent ? parent.split("::")[2] ?? "" : "";
    const qualified = parentType && parentType !== STACK_TYPE ? `${parentType}$${type}` : type;
    return `urn:pulumi:${opts.stack}::${opts.project}::${qualified}::${name}`;
  };

  monitor.registerResource = (req: any, callback: (err: any, resp?: any) => void) => {
    try {
      const type: string = req.getType();
      const name: string = req.getName();
      const parent: string = req.getParent();
      const custom: boolean = req.getCustom();
      const urn = monitor.newUrn(parent, type, name);
      const sent = (req.getObject()?.toJavaScript() ?? {}) as Record<string, unknown>;
      const inputs = toWireProperties(sent);
      let id = "";
      let state: Record<string, unknown> = {};
      if (custom) {
        state = computedState(type, name, urn, sent, opts.region, opts.preview);
        id = opts.preview ? "" : fakeId(type, urn, state);
      }
      if (req.getRemote?.()) recording.opaqueComponents.push({ urn, type });
      const propertyDependencies: Record<string, string[]> = {};
      req.getPropertydependenciesMap().forEach((deps: any, prop: string) => {
        propertyDependencies[prop] = deps.getUrnsList();
      });
      const options = defaultOptions();
      options.protect = !!req.getProtect?.();
      options.ignoreChanges = req.getIgnorechangesList?.() ?? [];
      options.additionalSecretOutputs = req.getAdditionalsecretoutputsList?.() ?? [];
      if (req.getDeletebeforereplacedefined?.()) options.deleteBeforeReplace = req.getDeletebeforereplace();
      const outputs = custom ? toWireProperties({ ...state, id: id || UNKNOWN_STRING }) : {};
      const resource: CheckedResource = {
        urn,
        type,
        name,
        custom,
        id: id || undefined,
        inputs,
        outputs,
        parent: parent || undefined,
        dependencies: req.getDependenciesList?.() ?? [],
        propertyDependencies,
        provider: req.getProvider?.() || undefined,
        options,
        sourcePositions: registrationPositions(req),
      };
      if (!byUrn.has(urn)) recording.resources.push(resource);
      byUrn.set(urn, resource);
      base.resources.set(urn, { urn, id: id || null, state });
      const resp = new runtime.resourcePb.RegisterResourceResponse();
      resp.setUrn(urn);
      resp.setId(id);
      resp.setObject(runtime.structPb.Struct.fromJavaScript(state));
      callback(null, resp);
    } catch (e) {
      callback(e);
    }
  };
  return { monitor, recording };
}
/* eslint-enable @typescript-eslint/no-explicit-any */
