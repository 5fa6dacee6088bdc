// Patch baselines approve security patches automatically and soon: some approval rule lets the
// operating system's security patches through its filters and approves them within
// maxApproveAfterDays. The operating system is set explicitly (it defaults to WINDOWS).
import { resourcePolicy } from "../lib/control";
import type { Judge } from "../lib/judge";
import type { ResourceView } from "../lib/resource-view";
import { UNKNOWN, isUnknown } from "../lib/unknown";
import { at, readList, readNumber, readString } from "../lib/values";
import { quoteNumber } from "../lib/safe-text";
import { FilterSet, readFilters, selectsSecurity, usesDebianRules } from "./patch-filters";
import { P } from "./types";

export interface AutoApprovalConfig {
  maxApproveAfterDays: number;
}

const DEFAULT_MAX_DAYS = 7;

function exampleRule(os: string, max: number): string {
  if (usesDebianRules(os)) return 'patchFilters: [{ key: "PRIORITY", values: ["Required", "Important"] }] (Debian and Ubuntu approve without approveAfterDays)';
  if (os === "WINDOWS") return `approveAfterDays: ${max}, patchFilters: [{ key: "CLASSIFICATION", values: ["SecurityUpdates", "CriticalUpdates"] }, { key: "MSRC_SEVERITY", values: ["Critical", "Important"] }]`;
  return `approveAfterDays: ${max}, patchFilters: [{ key: "CLASSIFICATION", values: ["Security"] }, { key: "SEVERITY", values: ["Critical", "Important"] }]`;
}

type RuleVerdict = { readonly ok: true } | { readonly ok: false; readonly reason: string } | { readonly ok: typeof UNKNOWN };

/** Whether a rule's timing auto-approves within the limit. */
function timing(rule: unknown, os: string, max: number, where: string): RuleVerdict {
  // Debian and Ubuntu do not support approveAfterDays: their rules approve as soon as a patch matches.
  if (usesDebianRules(os)) return { ok: true };
  const days = readNumber(at(rule, "approveAfterDays"));
  const until = readString(at(rule, "approveUntilDate"));
  if (days === UNKNOWN || until === UNKNOWN) return { ok: UNKNOWN };
  if (typeof days === "number") {
    return days <= max ? { ok: true } : { ok: false, reason: `${where} approves patches ${quoteNumber(days)} days after release, more than the allowed ${quoteNumber(max)}` };
  }
  if (typeof until === "string" && until.trim() !== "") return { ok: true };
  return { ok: false, reason: `${where} sets neither approveAfterDays nor approveUntilDate` };
}

function judgeRules(resource: ResourceView, os: string, max: number, judge: Judge): void {
  const globals = readFilters(resource.props.globalFilters);
  if (globals === UNKNOWN) return judge.unknown("globalFilters");
  const rules = readList(resource.props.approvalRules);
  if (rules === UNKNOWN) return judge.unknown("approvalRules");
  if (!rules || rules.length === 0) {
    return judge.violation(
      `The patch baseline has no approvalRules, so nothing is approved automatically: instances only get the patches listed by hand. Add an approval rule: { ${exampleRule(os, max)} }.`,
    );
  }
  const reasons: string[] = [];
  let unknown = false;
  for (let i = 0; i < rules.length; i++) {
    const where = `approvalRules[${i}]`;
    if (isUnknown(rules[i])) {
      unknown = true;
      continue;
    }
    const filters = readFilters(at(rules[i], "patchFilters"));
    if (filters === UNKNOWN) {
      unknown = true;
      continue;
    }
    const sets: FilterSet[] = [{ label: "globalFilters", filters: globals ?? new Map() }, { label: `${where}.patchFilters`, filters: filters ?? new Map() }];
    const selection = selectsSecurity(os, sets);
    const when = timing(rules[i], os, max, where);
    if (selection.passes === true && when.ok === true) return; // security patches are approved in time
    if (selection.passes === UNKNOWN || when.ok === UNKNOWN) unknown = true;
    if (selection.passes === false) reasons.push(`the ${selection.key} filter of ${selection.where} leaves security patches out of ${where}`);
    if (when.ok === false) reasons.push(when.reason);
  }
  if (unknown) return judge.unknown("approvalRules");
  judge.violation(
    `The patch baseline does not auto-approve security patches within ${quoteNumber(max)} days: ${reasons.join("; ")}. Add or fix an approval rule: { ${exampleRule(os, max)} }.`,
  );
}

export const patchBaselineAutoApproval = resourcePolicy<AutoApprovalConfig>({
  name: "patch-baseline-auto-approval",
  description:
    "SSM patch baselines set operatingSystem explicitly (it defaults to WINDOWS) and have an approval rule that lets the system's security patches through (CLASSIFICATION Security / SecurityUpdates, SEVERITY or MSRC_SEVERITY including Critical; PRIORITY Required or Important on Debian and Ubuntu) and approves them within maxApproveAfterDays (default 7) or by approveUntilDate. Debian and Ubuntu rules approve without a delay, as AWS supports no approveAfterDays for them.",
  severity: "medium",
  enforcementLevel: "advisory",
  domain: "patching",
  references: [{ framework: "aws-fsbp", ids: ["SSM.2"] }],
  remediationSteps:
    'Set operatingSystem (e.g. "AMAZON_LINUX_2023", "UBUNTU", "WINDOWS") and add an approval rule for security patches with approveAfterDays no higher than maxApproveAfterDays, e.g. { approveAfterDays: 7, complianceLevel: "CRITICAL", patchFilters: [{ key: "CLASSIFICATION", values: ["Security"] }, { key: "SEVERITY", values: ["Critical", "Important"] }] }. Register the baseline for a patch group (aws.ssm.PatchGroup) or as the default (aws.ssm.DefaultPatchBaseline).',
  config: {
    maxApproveAfterDays: { type: "integer", minimum: 0, maximum: 360, default: DEFAULT_MAX_DAYS, description: "The longest delay, in days, before a security patch is approved." },
  },
  types: [P.patchBaseline],
  check(resource, config, judge) {
    const configured = readNumber(config.maxApproveAfterDays);
    const max = typeof configured === "number" && configured >= 0 ? configured : DEFAULT_MAX_DAYS;
    const os = readString(resource.props.operatingSystem);
    if (os === UNKNOWN) return judge.unknown("operatingSystem");
    const explicit = typeof os === "string" && os.trim() !== "";
    if (!explicit) {
      judge.violation(
        'The patch baseline does not set operatingSystem, so it applies to WINDOWS (the default) whatever the instances run. Set operatingSystem explicitly, e.g. "AMAZON_LINUX_2023" or "UBUNTU".',
      );
    }
    judgeRules(resource, explicit ? os.trim().toUpperCase() : "WINDOWS", max, judge);
  },
});
