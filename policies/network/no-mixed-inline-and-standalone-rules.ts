// A group (or network ACL) is written one way: inline rules, or standalone rule resources,
// never both. With both, the provider and AWS overwrite each other's rules on every update.
// A stack policy: the standalone rules live in other resources.
import { StackControl, stackPolicy } from "../lib/control";
import { T } from "../aws/types";
import { isUnknownList, resourceLabel } from "../aws/network/rule";
import { networkAclSets, securityGroupSets, RuleSet } from "./stack/rule-sets";

export const noMixedRulesControl: StackControl<Record<string, never>> = {
  name: "no-mixed-inline-and-standalone-rules",
  description:
    "No security group or network ACL has inline rules while standalone rule resources (SecurityGroupRule, SecurityGroupIngressRule/EgressRule, NetworkAclRule) also target it; the provider cannot reconcile the two and rules flap or vanish.",
  severity: "medium",
  enforcementLevel: "advisory",
  domain: "network",
  // No benchmark control covers this provider-level conflict; a Rampart guardrail.
  references: [],
  remediationSteps:
    "Pick one style per group: move inline ingress/egress into aws.vpc.SecurityGroupIngressRule / SecurityGroupEgressRule resources (or NetworkAclRule for ACLs), or fold the standalone rules into the inline lists.",
  types: [T.securityGroupRule, T.securityGroupIngressRule, T.securityGroupEgressRule, T.networkAclRule],
  check(stack, _config, judge) {
    const judgeSet = (set: RuleSet, standalone: string): void => {
      if (!set.owner || set.members.length === 0) return;
      // An inline rule that may be AWS's read-back copy of an attached one (unknown parts on
      // either side read as a match) cannot be told apart during preview, so it is not counted.
      const inline = set.inline.filter((r) => !isUnknownList(r) && !set.mayMirror(r));
      const names = set.members.slice(0, 5).map((m) => resourceLabel(m)).join(", ") + (set.members.length > 5 ? ` and ${set.members.length - 5} more` : "");
      if (inline.length > 0) {
        const blocks = [...new Set(inline.map((r) => r.origin.block ?? ""))].join(", ");
        judge.violation(
          `${set.label} has inline rules (${blocks}) and is also targeted by ${names}; the two styles overwrite each other. Move the inline rules into ${standalone} resources, or fold the standalone rules into the inline lists.`,
          set.owner.urn,
        );
      } else if (set.inline.length > 0) {
        judge.unknown(`${set.label} inline rules`);
      }
    };
    for (const set of securityGroupSets(stack)) judgeSet(set, "aws.vpc.SecurityGroupIngressRule / SecurityGroupEgressRule");
    for (const set of networkAclSets(stack)) judgeSet(set, "aws.ec2.NetworkAclRule");
  },
};

export const noMixedInlineAndStandaloneRules = stackPolicy(noMixedRulesControl);
