// Every WAFv2 web ACL runs AWS's baseline managed rule groups, and runs them to block: the Core
// rule set covers the common OWASP Top Ten attack classes, Known bad inputs covers exploit
// payloads such as Log4Shell. A group in count mode is present but protects nothing.
import { stackPolicy } from "../lib/control";
import { UNKNOWN } from "../lib/unknown";
import { AclRules, ManagedGroupUse, attachedRules, inlineRules } from "../aws/waf/model";
import { WAF_T } from "../aws/waf/types";

interface Config {
  requiredRuleGroups: string[];
}

interface Required {
  readonly vendor: string;
  readonly name: string;
}

/** "Name" means an AWS managed group; "Vendor:Name" names another vendor's. */
function parseRequired(entry: unknown): Required | undefined {
  if (typeof entry !== "string" || entry.trim() === "") return undefined;
  const text = entry.trim();
  const colon = text.indexOf(":");
  return colon > 0 ? { vendor: text.slice(0, colon), name: text.slice(colon + 1) } : { vendor: "AWS", name: text };
}

function matches(use: ManagedGroupUse, want: Required): boolean {
  return use.vendor.toLowerCase() === want.vendor.toLowerCase() && use.name.toLowerCase() === want.name.toLowerCase();
}

export const wafOwaspManagedRules = stackPolicy<Config>({
  name: "waf-owasp-managed-rules",
  description:
    "Every WAFv2 web ACL includes the required managed rule groups (by default AWS's Core rule set and Known bad inputs rule set) and does not run them in count mode, counting inline rules, ruleJson and v7 WebAclRule / WebAclRuleGroupAssociation resources.",
  severity: "high",
  enforcementLevel: "mandatory",
  domain: "web",
  references: [
    { framework: "aws-fsbp", ids: ["WAF.10"] },
    { framework: "owasp", ids: ["A03:2021", "A05:2021", "A06:2021"] },
  ],
  remediationSteps:
    "Add a rule to the web ACL (inline in `rules`, or as an aws.wafv2.WebAclRuleGroupAssociation) whose statement is managedRuleGroupStatement { vendorName: \"AWS\", name: \"AWSManagedRulesCommonRuleSet\" }, and another for \"AWSManagedRulesKnownBadInputsRuleSet\", each with overrideAction { none: {} }. Tune false positives by overriding individual rules, not the whole group, to count.",
  config: {
    requiredRuleGroups: {
      type: "array",
      items: { type: "string" },
      description: "Managed rule groups every web ACL must run in blocking mode: \"Name\" for an AWS managed group, \"Vendor:Name\" for another vendor's.",
      default: ["AWSManagedRulesCommonRuleSet", "AWSManagedRulesKnownBadInputsRuleSet"],
    },
  },
  types: [WAF_T.webAcl],
  check(stack, config, judge) {
    const required = (Array.isArray(config.requiredRuleGroups) ? config.requiredRuleGroups : [])
      .map(parseRequired)
      .filter((r): r is Required => r !== undefined);
    if (required.length === 0) return;
    const attached = attachedRules(stack);
    for (const acl of stack.ofType(WAF_T.webAcl)) {
      const inline = inlineRules(acl);
      const extra: AclRules = attached.byAcl.get(acl.urn) ?? { uses: [], unknowns: [] };
      const uses = [...inline.uses, ...extra.uses];
      const unknowns = [...inline.unknowns, ...extra.unknowns];
      for (const want of required) {
        const found = uses.filter((u) => matches(u, want));
        if (found.some((u) => u.counting === false)) continue;
        const undecided = found.find((u) => u.counting === UNKNOWN);
        if (undecided) {
          judge.unknown(`${acl.name}: whether ${undecided.where} (${want.name}) blocks`);
          continue;
        }
        // An unknown rule (inline ruleJson, a rule resource's ACL) may run the group blocking.
        if (unknowns.length > 0 || attached.unresolved.length > 0) {
          judge.unknown(`${acl.name}: rules (${[...unknowns, ...attached.unresolved].join(", ")})`);
          continue;
        }
        if (found.length > 0) {
          const where = found.map((u) => u.where).join(", ");
          judge.violation(
            `Web ACL "${acl.name}" runs the ${want.vendor} managed rule group ${want.name} in count mode (${where}): it matches attacks but blocks none. Set overrideAction to { none: {} } and override only individual rules to count.`,
            acl.urn,
          );
          continue;
        }
        judge.violation(
          `Web ACL "${acl.name}" does not include the ${want.vendor} managed rule group ${want.name}. Add a rule with statement.managedRuleGroupStatement { vendorName: "${want.vendor}", name: "${want.name}" } and overrideAction { none: {} }.`,
          acl.urn,
        );
      }
    }
  },
});
