// Builds Analyzer protocol messages from CheckedResources, as the engine marshals them:
// unknowns as sentinels, secrets as signature objects, options always present (the SDK
// refuses requests without them).
import type * as analyzerPb from "@pulumi/pulumi/proto/analyzer_pb";
import type { CheckedResource } from "../inputs/resource";
import { analyzerProto, structProto } from "./pulumi-modules";

type JsValue = import("google-protobuf/google/protobuf/struct_pb").JavaScriptValue;

export function toStruct(props: Record<string, unknown>) {
  return structProto.Struct.fromJavaScript(props as Record<string, JsValue>);
}

function options(r: CheckedResource): analyzerPb.AnalyzerResourceOptions {
  const o = new analyzerProto.AnalyzerResourceOptions();
  o.setProtect(r.options.protect);
  o.setIgnorechangesList(r.options.ignoreChanges);
  o.setAliasesList(r.options.aliases);
  o.setAdditionalsecretoutputsList(r.options.additionalSecretOutputs);
  if (r.options.deleteBeforeReplace !== undefined) {
    o.setDeletebeforereplace(r.options.deleteBeforeReplace);
    o.setDeletebeforereplacedefined(true);
  }
  const t = r.options.customTimeouts;
  if (t) {
    const ct = new analyzerProto.AnalyzerResourceOptions.CustomTimeouts();
    ct.setCreate(t.create ?? 0);
    ct.setUpdate(t.update ?? 0);
    ct.setDelete(t.delete ?? 0);
    o.setCustomtimeouts(ct);
  }
  if (r.parent) o.setParent(r.parent);
  return o;
}

/** Provider resources by URN, so each request can carry its provider's type, name and inputs. */
export type ProviderIndex = Map<string, CheckedResource>;

export function providerIndex(resources: readonly CheckedResource[]): ProviderIndex {
  return new Map(resources.filter((r) => r.type.startsWith("pulumi:providers:")).map((r) => [r.urn, r]));
}

function provider(r: CheckedResource, providers: ProviderIndex): analyzerPb.AnalyzerProviderResource | undefined {
  if (!r.provider) return undefined;
  const at = r.provider.lastIndexOf("::");
  const urn = at > 0 ? r.provider.slice(0, at) : r.provider;
  const known = providers.get(urn);
  const p = new analyzerProto.AnalyzerProviderResource();
  const parts = urn.split("::");
  p.setUrn(urn);
  p.setType(known?.type ?? (parts[2] ?? "").split("$").pop() ?? "");
  p.setName(known?.name ?? parts[3] ?? "");
  p.setProperties(toStruct(known?.inputs ?? {}));
  return p;
}

export function analyzeRequest(r: CheckedResource, providers: ProviderIndex, inputs = r.inputs): analyzerPb.AnalyzeRequest {
  const req = new analyzerProto.AnalyzeRequest();
  req.setType(r.type);
  req.setUrn(r.urn);
  req.setName(r.name);
  req.setProperties(toStruct(inputs));
  req.setOptions(options(r));
  const p = provider(r, providers);
  if (p) req.setProvider(p);
  return req;
}

export function analyzerResource(r: CheckedResource, providers: ProviderIndex): analyzerPb.AnalyzerResource {
  const res = new analyzerProto.AnalyzerResource();
  res.setType(r.type);
  res.setUrn(r.urn);
  res.setName(r.name);
  res.setProperties(toStruct(r.outputs));
  res.setOptions(options(r));
  const p = provider(r, providers);
  if (p) res.setProvider(p);
  if (r.parent) res.setParent(r.parent);
  res.setDependenciesList(r.dependencies);
  const deps = res.getPropertydependenciesMap();
  for (const [prop, urns] of Object.entries(r.propertyDependencies)) {
    const d = new analyzerProto.AnalyzerPropertyDependencies();
    d.setUrnsList(urns);
    deps.set(prop, d);
  }
  return res;
}
