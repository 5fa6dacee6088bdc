// vpc-flow-logs-enabled: every VPC of the stack has a VPC-level flow log capturing REJECT or ALL.
import { vpcFlowLogsEnabled as policy } from "../../../policies/monitoring/vpc-flow-logs-enabled";
import { MON } from "../../../policies/monitoring/types";
import { runStackPolicy, secret, StackInput, UNKNOWN_STRING, urnOf } from "../../helpers/policy-harness";

const vpc = (name: string): StackInput => ({ type: MON.vpc, name, props: { id: `vpc-${name}`, cidrBlock: "10.0.0.0/16" } });
const flowLog = (name: string, props: Record<string, unknown>, deps: Record<string, string[]> = {}): StackInput => ({
  type: MON.flowLog,
  name,
  props: { logDestination: "arn:aws:logs:eu-west-1:1:log-group:flow", iamRoleArn: "arn:aws:iam::1:role/flow", ...props },
  propertyDependencies: deps,
});

interface Case {
  label: string;
  stack: StackInput[];
  config?: Record<string, unknown>;
}

const bad: (Case & { expect: RegExp[] })[] = [
  { label: "VPC without a flow log", stack: [vpc("main")], expect: [/VPC "main" has no flow log/] },
  { label: "flow log captures ACCEPT only", stack: [vpc("main"), flowLog("fl", { vpcId: "vpc-main", trafficType: "ACCEPT" })], expect: [/none captures REJECT traffic \(trafficType ACCEPT\)/] },
  { label: "flow log without trafficType", stack: [vpc("main"), flowLog("fl", { vpcId: "vpc-main" })], expect: [/trafficType not set/] },
  { label: "flow log for another VPC", stack: [vpc("main"), vpc("other"), flowLog("fl", { vpcId: "vpc-other", trafficType: "ALL" })], expect: [/VPC "main" has no flow log/] },
  { label: "subnet-level flow log does not count", stack: [vpc("main"), flowLog("fl", { subnetId: "subnet-1", trafficType: "ALL" })], expect: [/VPC "main" has no flow log/] },
  { label: "REJECT log when ALL is required", stack: [vpc("main"), flowLog("fl", { vpcId: "vpc-main", trafficType: "REJECT" })], config: { requiredTrafficType: "ALL" }, expect: [/none captures ALL traffic/] },
  { label: "two VPCs without flow logs", stack: [vpc("a"), vpc("b")], expect: [/VPC "a"/, /VPC "b"/] },
];

const good: Case[] = [
  { label: "ALL via propertyDependencies at preview (id unknown)", stack: [vpc("main"), flowLog("fl", { vpcId: UNKNOWN_STRING, trafficType: "ALL" }, { vpcId: [urnOf(MON.vpc, "main")] })] },
  { label: "REJECT matched by id value", stack: [vpc("main"), flowLog("fl", { vpcId: "vpc-main", trafficType: "REJECT" })] },
  { label: "lower-case traffic type", stack: [vpc("main"), flowLog("fl", { vpcId: "vpc-main", trafficType: "all" })] },
  { label: "ACCEPT when ACCEPT is required", stack: [vpc("main"), flowLog("fl", { vpcId: "vpc-main", trafficType: "ACCEPT" })], config: { requiredTrafficType: "ACCEPT" } },
  { label: "one acceptable flow log among several", stack: [vpc("main"), flowLog("a", { vpcId: "vpc-main", trafficType: "ACCEPT" }), flowLog("r", { vpcId: "vpc-main", trafficType: "REJECT" })] },
  { label: "each VPC covered, to S3", stack: [vpc("a"), vpc("b"), flowLog("fa", { vpcId: "vpc-a", trafficType: "ALL", logDestinationType: "s3" }), flowLog("fb", { vpcId: "vpc-b", trafficType: "ALL" })] },
  { label: "secret-wrapped destination", stack: [vpc("main"), flowLog("fl", { vpcId: "vpc-main", trafficType: "ALL", logDestination: secret("arn:aws:s3:::secret-bucket") })] },
];

describe("vpc-flow-logs-enabled", () => {
  it.each(bad)("flags: $label", async ({ stack, config, expect: patterns }) => {
    const outcome = await runStackPolicy(policy, stack, config);
    expect(outcome.violations.map((v) => v.message)).toEqual(patterns.map((p) => expect.stringMatching(p)));
    expect(outcome.violations[0].urn).toMatch(/aws:ec2\/vpc:Vpc::/);
  });

  it.each(good)("passes: $label", async ({ stack, config }) => {
    expect(await runStackPolicy(policy, stack, config)).toEqual({ violations: [] });
  });

  it("is skipped on stacks without VPCs", async () => {
    const outcome = await runStackPolicy(policy, [flowLog("fl", { subnetId: "subnet-1", trafficType: "ACCEPT" })]);
    expect(outcome.violations).toEqual([]);
    expect(outcome.notApplicable).toMatch(/only applies/);
  });

  it.each([
    ["vpcId of fl", [vpc("main"), flowLog("fl", { vpcId: UNKNOWN_STRING, trafficType: "ALL" })]],
    ["trafficType of fl", [vpc("main"), flowLog("fl", { vpcId: "vpc-main", trafficType: UNKNOWN_STRING })]],
  ] as [string, StackInput[]][])("an unknown %s during preview is not a violation", async (what, stack) => {
    const outcome = await runStackPolicy(policy, stack);
    expect(outcome.violations).toEqual([]);
    expect(outcome.notApplicable).toContain(what);
  });

  it("never prints secret values", async () => {
    const outcome = await runStackPolicy(policy, [
      { ...vpc("main"), props: { id: "vpc-main", cidrBlock: secret("10.9.0.0/16"), tags: secret({ Name: "secret-vpc-name" }) } },
      flowLog("fl", { vpcId: "vpc-main", trafficType: secret("ACCEPT"), logDestination: secret("arn:aws:s3:::secret-bucket-x") }),
    ]);
    expect(outcome.violations).toHaveLength(1);
    expect(outcome.violations[0].message).not.toMatch(/secret-vpc-name|secret-bucket-x|10\.9\.0\.0/);
  });
});
