// Across the stack: every standalone rule resource joins the rule set of the group (or ACL) it
// targets, matched through propertyDependencies first (works during preview, when ids are
// unknown) and then by value. Rules aimed at a VPC's default group or ACL without an adopting
// resource, or at a group outside the stack, form a set of their own. One pass over the
// resources with Map lookups: linear in the size of the stack.
import type { StackResource } from "../../lib/resource-view";
import type { StackModel } from "../../lib/stack-model";
import { T } from "../../aws/types";
import { isUnknown } from "../../lib/unknown";
import { readBool, readString } from "../../lib/values";
import { firewallRulesOf } from "../model/rules-of";
import { FirewallRule, hasUnknownParts, resourceLabel, ruleSignature } from "../model/rule";

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
}

interface Shape {
  readonly ownerTypes: readonly string[];
  readonly memberTypes: readonly string[];
  /** The member property naming the owner. */
  readonly memberProp: string;
  /** The VPC output naming its default group or ACL. */
  readonly vpcDefaultProp: string;
  /** Owner properties through which a default group or ACL names its VPC. */
  readonly ownerVpcProps: readonly string[];
  /** When an inline entry is the same rule as an attached one. */
  readonly signature: (rule: FirewallRule) => string;
  readonly noun: string;
  /** What AWS creates for a VPC whose default group or ACL no resource adopts, when it is judged. */
  readonly impliedDefault?: (vpc: StackResource) => StackResource;
}

// AWS reads every rule of a group back into the group's `ingress`/`egress` outputs, so after a
// refresh an exported group shows its standalone rules inline too; those copies are not inline rules.
const SG_SHAPE: Shape = {
  ownerTypes: [T.securityGroup, T.defaultSecurityGroup],
  memberTypes: [T.securityGroupRule, T.securityGroupIngressRule, T.securityGroupEgressRule],
  memberProp: "securityGroupId",
  vpcDefaultProp: "defaultSecurityGroupId",
  ownerVpcProps: ["vpcId"],
  signature: ruleSignature,
  noun: "security group",
};

// An ACL entry is identified by direction and rule number.
const ACL_SHAPE: Shape = {
  ownerTypes: [T.networkAcl, T.defaultNetworkAcl],
  memberTypes: [T.networkAclRule],
  memberProp: "networkAclId",
  vpcDefaultProp: "defaultNetworkAclId",
  ownerVpcProps: ["defaultNetworkAclId", "vpcId"],
  signature: (r) => `${r.direction}|${String(r.origin.ruleNo)}`,
  noun: "network ACL",
  impliedDefault: awsDefaultAcl,
};

/** A VPC with an IPv6 block gets an IPv6 allow-all entry (101) in its default ACL too. */
function hasIpv6(vpc: StackResource): boolean {
  return readBool(vpc.props.assignGeneratedIpv6CidrBlock) === true || knownString(vpc.props.ipv6CidrBlock) !== undefined;
}

/**
 * The default network ACL AWS creates with every VPC: allow everything in and out (entry 100,
 * and 101 for IPv6). Subnets without an ACL of their own use it, and Security Hub (EC2.21) and
 * CIS 5.1 judge it like any other, so a VPC that leaves it unadopted is judged as having it.
 * Reported on the VPC; adopting it with aws.ec2.DefaultNetworkAcl replaces it.
 */
function awsDefaultAcl(vpc: StackResource): StackResource {
  const entries = (cidr: Record<string, string>, ruleNo: number) => ({ ruleNo, action: "allow", protocol: "-1", fromPort: 0, toPort: 0, ...cidr });
  const all = [entries({ cidrBlock: "0.0.0.0/0" }, 100), ...(hasIpv6(vpc) ? [entries({ ipv6CidrBlock: "::/0" }, 101)] : [])];
  return { type: T.defaultNetworkAcl, name: `${vpc.name} (AWS's default, not adopted)`, urn: vpc.urn, props: { ingress: all, egress: all }, dependencies: [], propertyDependencies: {} };
}

const vpcKey = (vpcUrn: string): string => `vpc-default:${vpcUrn}`;

function knownString(value: unknown): string | undefined {
  const text = readString(value);
  return typeof text === "string" && text !== "" && !isUnknown(text) ? text : undefined;
}

/** The VPCs a resource's property points at: through property dependencies, else by the VPC's id. */
function vpcsOf(stack: StackModel, resource: StackResource, prop: string): StackResource[] {
  return stack.referenced(resource, prop, [T.vpc]);
}

function build(stack: StackModel, shape: Shape): RuleSet[] {
  const owners = stack.ofType(...shape.ownerTypes);
  const members = stack.ofType(...shape.memberTypes);
  // A VPC's default group/ACL id (an output), to recognise members that name it by value.
  const vpcByDefaultId = new Map<string, StackResource>();
  for (const vpc of stack.ofType(T.vpc)) {
    const id = knownString(vpc.props[shape.vpcDefaultProp]);
    if (id) vpcByDefaultId.set(id, vpc);
  }
  // Default groups/ACLs adopted for a VPC answer to that VPC's alias key.
  const aliasOwner = new Map<string, StackResource>();
  for (const owner of owners) {
    if (owner.type !== T.defaultSecurityGroup && owner.type !== T.defaultNetworkAcl) continue;
    for (const prop of shape.ownerVpcProps) {
      for (const vpc of vpcsOf(stack, owner, prop)) if (!aliasOwner.has(vpcKey(vpc.urn))) aliasOwner.set(vpcKey(vpc.urn), owner);
      const viaValue = vpcByDefaultId.get(knownString(owner.props[prop]) ?? "");
      if (viaValue && !aliasOwner.has(vpcKey(viaValue.urn))) aliasOwner.set(vpcKey(viaValue.urn), owner);
    }
  }
  const sets = new Map<string, { owner?: StackResource; members: StackResource[]; label: string }>();
  for (const owner of owners) sets.set(owner.urn, { owner, members: [], label: resourceLabel(owner) });
  if (shape.impliedDefault) {
    for (const vpc of stack.ofType(T.vpc)) {
      if (aliasOwner.has(vpcKey(vpc.urn))) continue;
      const implied = shape.impliedDefault(vpc);
      aliasOwner.set(vpcKey(vpc.urn), implied);
      sets.set(implied.urn, { owner: implied, members: [], label: `The default ${shape.noun} of VPC "${vpc.name}" (AWS's own allow-all ACL: no aws.ec2.DefaultNetworkAcl adopts it; adopt it with entries that allow only what the subnets need)` });
    }
  }
  const join = (key: string, label: string, member: StackResource): void => {
    const set = sets.get(key);
    if (set) set.members.push(member);
    else sets.set(key, { members: [member], label });
  };
  for (const member of members) {
    const owner = stack.referenced(member, shape.memberProp, shape.ownerTypes)[0];
    if (owner) {
      join(owner.urn, resourceLabel(owner), member);
      continue;
    }
    const value = knownString(member.props[shape.memberProp]);
    const vpc = vpcsOf(stack, member, shape.memberProp)[0] ?? (value ? vpcByDefaultId.get(value) : undefined);
    if (vpc) {
      const adopted = aliasOwner.get(vpcKey(vpc.urn));
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
    else join(`alone:${member.urn}`, `The ${shape.noun} named by ${resourceLabel(member)}`, member);
  }
  return [...sets.entries()].map(([key, set]) => {
    const attached = set.members.flatMap((m) => firewallRulesOf(m));
    const mirrored = new Set(attached.filter((r) => !hasUnknownParts(r)).map(shape.signature));
    const ownRules = set.owner ? firewallRulesOf(set.owner) : [];
    const inline = ownRules.filter((r) => hasUnknownParts(r) || !mirrored.has(shape.signature(r)));
    return { key, owner: set.owner, members: set.members, label: set.label, inline, attached, rules: [...inline, ...attached] };
  });
}

// The pack's stack policies share one StackModel per AnalyzeStack call; sharing the sets built
// from it means the stack is read once for all network policies, not once per policy.
const cache = new WeakMap<StackModel, Map<Shape, RuleSet[]>>();

function cached(stack: StackModel, shape: Shape): RuleSet[] {
  let byShape = cache.get(stack);
  if (!byShape) cache.set(stack, (byShape = new Map()));
  let sets = byShape.get(shape);
  if (!sets) byShape.set(shape, (sets = build(stack, shape)));
  return sets;
}

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
