// The compliance frameworks Rampart's controls map to, and how a reference becomes SDK metadata.
import type { PolicyComplianceFramework } from "@pulumi/policy";

export const FRAMEWORKS = {
  "cis-aws": { name: "CIS AWS Foundations Benchmark", version: "3.0.0", reference: "https://www.cisecurity.org/benchmark/amazon_web_services" },
  "aws-fsbp": { name: "AWS Foundational Security Best Practices", version: "1.0.0", reference: "https://docs.aws.amazon.com/securityhub/latest/userguide/fsbp-standard.html" },
  "aws-ct": { name: "AWS Control Tower proactive controls", version: "2024", reference: "https://docs.aws.amazon.com/controltower/latest/controlreference/proactive-controls.html" },
  "devsec": { name: "DevSec Hardening Framework", version: "2.0", reference: "https://dev-sec.io/baselines/" },
  "owasp": { name: "OWASP Top Ten", version: "2021", reference: "https://owasp.org/Top10/" },
  "checkov": { name: "Checkov policy index (AWS)", version: "3", reference: "https://www.checkov.io/5.Policy%20Index/terraform.html" },
} as const;

export type FrameworkId = keyof typeof FRAMEWORKS;

/** A control id in one framework, e.g. { framework: "aws-fsbp", ids: ["EC2.18", "EC2.19"] }. */
export interface ControlRef {
  readonly framework: FrameworkId;
  readonly ids: readonly string[];
}

/** The SDK carries one framework per policy: the first reference, with its control ids. */
export function sdkFramework(refs: readonly ControlRef[]): PolicyComplianceFramework | undefined {
  const first = refs[0];
  if (!first) return undefined;
  const fw = FRAMEWORKS[first.framework];
  return { name: fw.name, version: fw.version, reference: fw.reference, specification: first.ids.join(", ") };
}

/** Every reference as a tag, "framework:id", so all of them travel with the policy. */
export function referenceTags(refs: readonly ControlRef[]): string[] {
  return refs.flatMap((ref) => ref.ids.map((id) => `${ref.framework}:${id}`));
}
