// What the engine tells a pack about the stack it analyses: the ConfigureStack request
// (plugin.PolicyAnalyzerOptions in the engine) and the environment the Node language host starts
// the pack with (PULUMI_NODEJS_* and PULUMI_CONFIG, so `pulumi.getStack()` works inside a policy).
import type * as analyzerPb from "@pulumi/pulumi/proto/analyzer_pb";
import type { CheckInput } from "../inputs/resource";
import { analyzerProto } from "./pulumi-modules";

/** The stack a check runs as, as the engine would describe it to a pack. */
export interface StackContext {
  stack: string;
  project: string;
  /** The Pulumi organization; a self-managed (DIY) backend's is "organization". */
  organization: string;
  /** True for a preview: values may be unknown. */
  dryRun: boolean;
  /** Stack config, "namespace:key" → value (structured values JSON-encoded), as the program saw it. */
  config: Record<string, string>;
  /** Config keys whose values are secrets (their values here are placeholders: nothing is decrypted offline). */
  configSecretKeys: string[];
  /** Stack tags (pulumi:project, pulumi:runtime, pulumi:description and `pulumi:tags` from config). */
  tags: Record<string, string>;
}

/** The organization of Pulumi's self-managed backends, where stacks belong to no organization of their own. */
export const DEFAULT_ORGANIZATION = "organization";

/**
 * What an input alone tells of its stack: the stack and project its URNs record (a stack export
 * or a preview), no config, and the one tag a backend always sets, pulumi:project.
 */
export function stackContextOf(input: Pick<CheckInput, "stack" | "project" | "preview">, organization = DEFAULT_ORGANIZATION): StackContext {
  const project = input.project ?? "project";
  return { stack: input.stack ?? "dev", project, organization, dryRun: input.preview, config: {}, configSecretKeys: [], tags: { "pulumi:project": project } };
}

export function configureStackRequest(context: StackContext): analyzerPb.AnalyzerStackConfigureRequest {
  const req = new analyzerProto.AnalyzerStackConfigureRequest();
  req.setStack(context.stack);
  req.setProject(context.project);
  req.setOrganization(context.organization);
  req.setDryRun(context.dryRun);
  const config = req.getConfigMap();
  for (const [key, value] of Object.entries(context.config)) config.set(key, value);
  req.setConfigSecretKeysList(context.configSecretKeys);
  const tags = req.getTagsMap();
  for (const [key, value] of Object.entries(context.tags)) tags.set(key, value);
  return req;
}

/** The variables the Node language host adds to a pack's environment (empty values are left out, as it does). */
export function packEnvironment(context: StackContext): Record<string, string> {
  const env: Record<string, string> = {
    PULUMI_NODEJS_ORGANIZATION: context.organization,
    PULUMI_NODEJS_PROJECT: context.project,
    PULUMI_NODEJS_STACK: context.stack,
    PULUMI_NODEJS_DRY_RUN: String(context.dryRun),
    PULUMI_CONFIG: JSON.stringify(context.config),
  };
  return Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ""));
}

/** The engine's resource.DefaultRootStackURN: where it reports a stack finding on no resource of the stack. */
export function rootStackUrn(stack: string, project: string): string {
  return `urn:pulumi:${stack}::${project}::pulumi:pulumi:Stack::${project}-${stack}`;
}
