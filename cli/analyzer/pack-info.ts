// What GetAnalyzerInfo tells about a pack, as plain data.
import type * as analyzerPb from "@pulumi/pulumi/proto/analyzer_pb";
import { Level, Severity, levelName, severityName } from "./levels";
import { analyzerProto } from "./pulumi-modules";

export interface PolicyInfo {
  name: string;
  /** Resource policies judge each resource (Analyze); stack policies the whole stack (AnalyzeStack). */
  kind: "resource" | "stack";
  description: string;
  level: Level;
  severity: Severity;
  configSchema?: { properties: Record<string, unknown>; required?: string[] };
  remediationSteps: string;
  url: string;
  tags: string[];
  framework?: { name: string; version: string; reference: string; specification: string };
}

export interface PackInfo {
  name: string;
  /** The pack's version (PulumiPolicy.yaml's `version`, when set, in place of the one the pack reports). */
  version: string;
  /** The pack's description (PulumiPolicy.yaml's when the pack reports none). */
  description: string;
  policies: PolicyInfo[];
  /** The pack's own initial config (the third argument to `new PolicyPack`). */
  initialConfig: Record<string, { level: Level; properties: Record<string, unknown> }>;
}

export function packInfoFrom(info: analyzerPb.AnalyzerInfo): PackInfo {
  const policies = info.getPoliciesList().map((p): PolicyInfo => {
    const schema = p.getConfigschema();
    const fw = p.getFramework();
    return {
      name: p.getName(),
      kind: p.getPolicyType() === analyzerProto.PolicyType.POLICY_TYPE_STACK ? "stack" : "resource",
      description: p.getDescription(),
      level: levelName(p.getEnforcementlevel()),
      severity: severityName(p.getSeverity()),
      configSchema: schema
        ? { properties: (schema.getProperties()?.toJavaScript() ?? {}) as Record<string, unknown>, required: schema.getRequiredList() }
        : undefined,
      remediationSteps: p.getRemediationSteps(),
      url: p.getUrl(),
      tags: p.getTagsList(),
      framework: fw ? { name: fw.getName(), version: fw.getVersion(), reference: fw.getReference(), specification: fw.getSpecification() } : undefined,
    };
  });
  const initialConfig: PackInfo["initialConfig"] = {};
  info.getInitialconfigMap().forEach((cfg, name) => {
    initialConfig[name] = { level: levelName(cfg.getEnforcementlevel()), properties: (cfg.getProperties()?.toJavaScript() ?? {}) as Record<string, unknown> };
  });
  return { name: info.getName(), version: info.getVersion(), description: info.getDescription(), policies, initialConfig };
}
