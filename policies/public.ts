// `rampart/policies`: Rampart's policies as a library. Importing it has no side effect and starts
// no server; a pack starts only when its entry calls createPolicyPack. This module is the public
// API (semver, CHANGELOG.md, docs/authoring.md): everything a pack author needs is exported here.
import { policies as all } from "./all";
import type { RampartPolicy } from "./lib/control";
import { PolicySelection, selectFrom } from "./lib/select";

/** Every Rampart policy, in documentation order. */
export const policies: readonly RampartPolicy[] = all;

/** Rampart's policies (or `from`) that meet every criterion of `selection`; unknown names, domains or frameworks throw. */
export function selectPolicies(selection: PolicySelection = {}, from: readonly RampartPolicy[] = policies): RampartPolicy[] {
  return selectFrom(from, selection);
}

export { PACK_NAME } from "./all";
export type { PolicySelection } from "./lib/select";
export { SelectionError } from "./lib/select";
export { createPolicyPack, PackCompositionError } from "./lib/create-pack";
export type { PackOptions } from "./lib/create-pack";

// Builders: a control (metadata, types, check) becomes a CrossGuard policy with config defaults,
// fail-closed config checks, preview unknowns, exceptions and secret-safe messages.
export { resourcePolicy, stackPolicy, APPLIES_TO_TAG } from "./lib/control";
export type { ConfigProperty, ControlMeta, RampartMeta, RampartPolicy, RampartResourcePolicy, RampartStackPolicy, ResourceControl, StackControl } from "./lib/control";
export type { Judge } from "./lib/judge";
export type { ResourceView, StackResource } from "./lib/resource-view";
export type { StackModel } from "./lib/stack-model";
export { FRAMEWORKS } from "./lib/frameworks";
export type { ControlRef, FrameworkId } from "./lib/frameworks";

// Readers of the AWS model: tolerant of every spelling, UNKNOWN during preview, never throwing.
export { at, isRecord, readBool, readList, readNumber, readRecord, readString } from "./lib/values";
export type { Read } from "./lib/values";
export { UNKNOWN, containsUnknown, isUnknown } from "./lib/unknown";
export type { Unknown } from "./lib/unknown";
export { T, LB_TYPES, LISTENER_TYPES } from "./aws/types";
export { allOf, anyOf, every, not, some, triOf } from "./lib/tri";
export type { Tri } from "./lib/tri";
export { policyExamples } from "./lib/examples";
export type { BadExample, Example, ExampleResource, PolicyExamples } from "./lib/examples";

// The AWS model: normalised views built once per stack and shared by every domain.
export { LAUNCH_TYPES, launchKindOf } from "./aws/ec2/launch-kinds";
export type { LaunchKind } from "./aws/ec2/launch-kinds";
export { launchSourceOf } from "./aws/ec2/launch-source";
export type { LaunchSourceRef } from "./aws/ec2/launch-source";
export { launchedFromTemplate } from "./aws/ec2/launch-template-ref";
export { IAM } from "./aws/iam/types";
export { IamGraph, iamGraphOf, normalisedArn } from "./aws/iam/graph";
export type { GrantedPolicy, RoleGrant } from "./aws/iam/role-grants";
export { instanceProfileOf } from "./aws/iam/instance-profile";
export { loadBalancerGraphOf } from "./aws/lb/graph";
export type { LoadBalancerGraph } from "./aws/lb/graph";
export { isInternetFacing, lbKind } from "./aws/lb/load-balancer";
export type { LbKind } from "./aws/lb/load-balancer";
export { s3BucketsOf } from "./aws/s3/buckets";
export type { S3Buckets, SideResources } from "./aws/s3/buckets";
export { BUCKET_TYPES, S3_T } from "./aws/s3/types";
export { bucketAccessOf } from "./aws/s3/bucket-access";
export type { BucketAccess, BucketTarget, SideIndex } from "./aws/s3/bucket-access";
export { accountBlock, effectiveBlock } from "./aws/s3/effective-block";
export type { EffectiveBlock, PublicAccessFlag } from "./aws/s3/effective-block";
export { aclsEnabled } from "./aws/s3/object-ownership";
export { readPublicAcl } from "./aws/s3/public-acl";
export type { AclReading } from "./aws/s3/public-acl";
export { readPublicPolicy } from "./aws/s3/public-policy";
export type { PublicPolicyReading } from "./aws/s3/public-policy";
export { RDS_T } from "./aws/rds/types";
export { WAF_T } from "./aws/waf/types";

// The firewall rule model: every security-group and network-ACL shape read into one rule type.
export { firewallRulesOf, ACL_TYPES, GROUP_TYPES, SECURITY_GROUP_TYPES, STANDALONE_SG_RULE_TYPES } from "./aws/network/rules-of";
export type { Action, Direction, FirewallRule, RuleOrigin } from "./aws/network/rule";
export { resourceLabel } from "./aws/network/rule";
export type { Peer } from "./aws/network/peer";
export { peerLabel } from "./aws/network/peer";
export type { PortRange } from "./aws/network/ports";
export { containsPort, isAllPorts, portsLabel } from "./aws/network/ports";
export type { Cidr } from "./aws/network/cidr";
export { isAnyAddress, parseCidr } from "./aws/network/cidr";
export { DEFAULT_THRESHOLDS, isInternetCidr, internetLabel } from "./aws/network/internet";
export type { InternetThresholds } from "./aws/network/internet";
