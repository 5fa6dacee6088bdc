// The default security group allows no traffic (FSBP EC2.2, CIS 5.4). A stack policy: besides
// rules on an adopted DefaultSecurityGroup (inline or attached by rule resources), it needs
// the stack to see that every VPC created in it has its default group adopted: a VPC whose
// default group is never adopted keeps AWS's defaults (all traffic among members, all egress).
import { StackControl, stackPolicy } from "../lib/control";
import { T } from "../aws/types";
import { ruleSummary } from "./judgments/describe";
import { isUnknownList } from "../aws/network/rule";
import { blockPeers } from "../aws/network/read-security-group";
import type { StackResource } from "../lib/resource-view";
import { isRecord, readList } from "../lib/values";
import { DEFAULT_GROUP, unadoptedVpcs } from "./stack/default-adoption";
import { securityGroupSets } from "./stack/rule-sets";

const FIX =
  "Adopt the default group with aws.ec2.DefaultSecurityGroup (vpcId set, no ingress and no egress), attach no rule resources to it, and give each workload a purpose-made security group.";

export const defaultSecurityGroupControl: StackControl<Record<string, never>> = {
  name: "default-security-group-restricts-all",
  description:
    "Every VPC's default security group allows no traffic: an adopted DefaultSecurityGroup has no ingress or egress rules (inline or attached), and every VPC created in the stack has its default group adopted.",
  severity: "medium",
  enforcementLevel: "advisory",
  domain: "network",
  references: [
    { framework: "aws-fsbp", ids: ["EC2.2"] },
    { framework: "cis-aws", ids: ["5.4"] },
  ],
  remediationSteps: FIX,
  types: [T.defaultSecurityGroup, T.vpc],
  check(stack, _config, judge) {
    for (const set of securityGroupSets(stack)) {
      const isDefault = set.owner?.type === T.defaultSecurityGroup || set.key.startsWith("vpc-default:");
      if (!isDefault) continue;
      const unknownLists = set.rules.filter(isUnknownList);
      const rules = set.rules.filter((r) => !isUnknownList(r));
      // A block with no source still is a block the group must not have (and an unknown block may
      // turn out to be one): it counts, so preview and deploy agree.
      const sourceless = set.owner ? sourcelessBlocks(set.owner) : [];
      if (rules.length > 0 || sourceless.length > 0) {
        const names = [...new Set([...rules.map((r) => ruleSummary(r, set.owner?.urn)), ...sourceless.map((b) => `${b} (no source)`)])];
        const shown = names.slice(0, 6).join(", ") + (names.length > 6 ? ` and ${names.length - 6} more` : "");
        judge.violation(`${set.label} has ${names.length} rule${names.length > 1 ? "s" : ""}: ${shown}. ${FIX}`, set.owner?.urn ?? rules[0].origin.urn);
      } else if (unknownLists.length > 0) {
        judge.unknown(`${set.label} ${unknownLists.map((r) => r.origin.block).join(" and ")}`);
      }
    }
    for (const vpc of unadoptedVpcs(stack, DEFAULT_GROUP, judge)) {
      judge.violation(
        `VPC "${vpc.name}" is created without adopting its default security group, which keeps AWS's default rules (all traffic between its members, all outbound traffic). ${FIX}`,
        vpc.urn,
      );
    }
  },
};

/** The owner's known inline blocks that name no source at all (and so read as no rule). */
function sourcelessBlocks(owner: StackResource): string[] {
  const found: string[] = [];
  for (const direction of ["ingress", "egress"] as const) {
    const list = readList(owner.props[direction]);
    if (!Array.isArray(list)) continue;
    list.forEach((block, i) => {
      if (isRecord(block) && blockPeers(block, "securityGroups", true).length === 0) found.push(`${direction}[${i}]`);
    });
  }
  return found;
}

export const defaultSecurityGroupRestrictsAll = stackPolicy(defaultSecurityGroupControl);
