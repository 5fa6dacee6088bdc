// Across the stack: every standalone rule resource joins the rule set of the group (or ACL) it
// targets, matched through propertyDependencies first (works during preview, when ids are
// unknown) and then by value. Rules aimed at a VPC's default group or ACL without an adopting
// resource, or at a group outside the stack, form a set of their own (only the rules the stack
// writes: whether AWS's own default entries remain is the adoption controls' question). One
// pass over the resources with Map lookups: linear in the size of the stack.
import type { StackResource } from "../../lib/resource-view";
import { UNKNOWN, isUnknown } from "../../lib/unknown";
import { StackModel, memoPerStack } from "../../lib/stack-model";
import { T } from "../../aws/types";
import { firewallRulesOf } from "../../aws/network/rules-of";
import { FirewallRule, hasUnknownParts, resourceLabel, ruleSignature } from "../../aws/network/rule";
import { DEFAULT_ACL, DEFAULT_GROUP, DefaultKind, adoptionOf, knownString } from "./default-adoption";

export interface RuleSet {
  readonly key: string;
  /** The group or ACL resource that owns the set, when it is in the stack. */
  readonly owner?: StackResource;
  /** Standalone rule resources attached to the set. */
  readonly members: StackResource[];
  /** How messages name the set. */
  readonly label: string;
  /** The owner's inline rules, minus entries that only mirror attached rules. */
  readonly inline: FirewallRule[];
  readonly attached: FirewallRule[];
  readonly rules: FirewallRule[];
  /** Whether an inline rule could be AWS's read-back copy of an attached one, reading unknown parts as a match. */
  readonly mayMirror: (rule: FirewallRule) => boolean;
}

interface Shape {
  readonly ownerTypes: readonly string[];
  readonly memberTypes: readonly string[];
  /** The member property naming the owner. */
  readonly memberProp: string;
  /** How a VPC's default group or ACL is adopted. */
  readonly defaults: DefaultKind;
  /**
   * The set has deny entries, which shield the allows below them: a member whose target is unknown
   * (and named by no dependency) may then belong to any set, and counts in each as uncertain.
   */
  readonly denies: boolean;
  /** When an inline entry is the same rule as an attached one. */
  readonly signature: (rule: FirewallRule) => string;
  readonly noun: string;
}

// AWS reads every rule of a group back into the group's `ingress`/`egress` outputs, so after a
// refresh an exported group shows its standalone rules inline too; those copies are not inline rules.
const SG_SHAPE: Shape = {
  ownerTypes: [T.securityGroup, T.defaultSecurityGroup],
  memberTypes: [T.securityGroupRule, T.securityGroupIngressRule, T.securityGroupEgressRule],
  memberProp: "securityGroupId",
  defaults: DEFAULT_GROUP,
  denies: false,
  signature: ruleSignature,
  noun: "security group",
};

// An ACL entry is identified by direction and rule number.
const ACL_SHAPE: Shape = {
  ownerTypes: [T.networkAcl, T.defaultNetworkAcl],
  memberTypes: [T.networkAclRule],
  memberProp: "networkAclId",
  defaults: DEFAULT_ACL,
  denies: true,
  signature: (r) => `${r.direction}|${r.origin.ruleNo === UNKNOWN ? "?" : String(r.origin.ruleNo)}`,
  noun: "network ACL",
};

const vpcKey = (vpcUrn: string): string => `vpc-default:${vpcUrn}`;

function build(stack: StackModel, shape: Shape): RuleSet[] {
  const owners = stack.ofType(...shape.ownerTypes);
  const members = stack.ofType(...shape.memberTypes);
  // Default groups/ACLs adopted for a VPC take the members aimed at that VPC's default.
  const { adopterOf, vpcByDefaultId } = adoptionOf(stack, shape.defaults);
  const sets = new Map<string, { owner?: StackResource; members: StackResource[]; label: string }>();
  for (const owner of owners) sets.set(owner.urn, { owner, members: [], label: resourceLabel(owner) });
  const join = (key: string, label: string, member: StackResource): void => {
    const set = sets.get(key);
    if (set) set.members.push(member);
    else sets.set(key, { members: [member], label });
  };
  const floating: StackResource[] = [];
  for (const member of members) {
    const owner = stack.referenced(member, shape.memberProp, shape.ownerTypes)[0];
    if (owner) {
      join(owner.urn, resourceLabel(owner), member);
      continue;
    }
    const value = knownString(member.props[shape.memberProp]);
    const vpc = stack.referenced(member, shape.memberProp, [T.vpc])[0] ?? (value ? vpcByDefaultId.get(value) : undefined);
    if (vpc) {
      const adopted = adopterOf.get(vpc.urn);
      if (adopted) join(adopted.urn, resourceLabel(adopted), member);
      else join(vpcKey(vpc.urn), `The default ${shape.noun} of VPC "${vpc.name}"`, member);
      continue;
    }
    if (value) {
      join(`id:${value}`, `The ${shape.noun} ${value} (not in this stack)`, member);
      continue;
    }
    const deps = [...(member.propertyDependencies[shape.memberProp] ?? [])].sort();
    if (deps.length > 0) join(`deps:${deps.join(",")}`, `The ${shape.noun} named by ${resourceLabel(member)}`, member);
    else {
      join(`alone:${member.urn}`, `The ${shape.noun} named by ${resourceLabel(member)}`, member);
      if (shape.denies && isUnknown(member.props[shape.memberProp])) floating.push(member);
    }
  }
  const maybeMembers = (key: string) => floating.filter((m) => key !== `alone:${m.urn}`).flatMap((m) => firewallRulesOf(m).map((r) => ({ ...r, uncertain: [...r.uncertain, shape.memberProp] })));
  return [...sets.entries()].map(([key, set]) => {
    const attached = [...set.members.flatMap((m) => firewallRulesOf(m)), ...maybeMembers(key)];
    const mirrored = new Set(attached.filter((r) => !hasUnknownParts(r)).map(shape.signature));
    const ownRules = set.owner ? firewallRulesOf(set.owner) : [];
    const inline = ownRules.filter((r) => hasUnknownParts(r) || !mirrored.has(shape.signature(r)));
    const mayMirror = (rule: FirewallRule) => attached.some((a) => signaturesMayMatch(shape, rule, a));
    return { key, owner: set.owner, members: set.members, label: set.label, inline, attached, rules: [...inline, ...attached], mayMirror };
  });
}

// Signatures are `|`-joined fields; "?" (and the peer kind "unknown") is a part not known yet,
// which may turn out equal to anything. A rule with uncertain parts may be in either direction.
const WILDCARDS = new Set(["?", "unknown"]);
function signaturesMayMatch(shape: Shape, a: FirewallRule, b: FirewallRule): boolean {
  const left = shape.signature(a).split("|");
  const right = shape.signature(b).split("|");
  const directionOpen = a.uncertain.length > 0 || b.uncertain.length > 0;
  return left.every((field, i) => field === right[i] || WILDCARDS.has(field) || WILDCARDS.has(right[i]) || (i === 0 && directionOpen));
}

// Built once per stack for all network policies (see memoPerStack).
const cached = memoPerStack(build);

/** Security groups (and default groups) with their inline and attached rules. */
export function securityGroupSets(stack: StackModel): RuleSet[] {
  return cached(stack, SG_SHAPE);
}

/** Network ACLs (and default ACLs) with their inline and attached entries. */
export function networkAclSets(stack: StackModel): RuleSet[] {
  return cached(stack, ACL_SHAPE);
}

/** Where a finding about a set is reported: its owner, else the first rule resource involved. */
export function reportUrn(set: RuleSet, rules: readonly FirewallRule[] = []): string | undefined {
  return set.owner?.urn ?? rules[0]?.origin.urn ?? set.members[0]?.urn;
}
