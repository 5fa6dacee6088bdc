// The documented defaults of iam-no-full-access-on-workloads, read from data/workload-full-access.json
// (with its source and retrieval date), checked once so a broken table falls back to empty lists.
import table from "./data/workload-full-access.json";

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string" && v.trim() !== "") : [];
}

const raw = table as Record<string, unknown>;

export const WORKLOAD_FULL_ACCESS = {
  source: typeof raw.source === "string" ? raw.source : "",
  retrieved: typeof raw.retrieved === "string" ? raw.retrieved : "",
  principalsSource: typeof raw.principalsSource === "string" ? raw.principalsSource : "",
  forbiddenManagedPolicies: strings(raw.forbiddenManagedPolicies),
  allowedManagedPolicies: strings(raw.allowedManagedPolicies),
  workloadPrincipals: strings(raw.workloadPrincipals),
} as const;
