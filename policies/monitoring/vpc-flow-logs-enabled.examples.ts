import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const VPC = "aws:ec2/vpc:Vpc";
const FLOW_LOG = "aws:ec2/flowLog:FlowLog";
// A VPC's id is assigned by the provider: flow logs name it, and AnalyzeStack sees it in the outputs.
const vpc = (name: string, id: string) => {
  const props = { cidrBlock: "10.0.0.0/16", enableDnsHostnames: true };
  return { type: VPC, name, props, outputs: { ...props, id } };
};
const flowLog = (name: string, props: Record<string, unknown>) => ({
  type: FLOW_LOG,
  name,
  props: { logDestination: "arn:aws:logs:eu-west-1:123456789012:log-group:/vpc/flow", iamRoleArn: "arn:aws:iam::123456789012:role/vpc-flow-logs", ...props },
});

export const examples = policyExamples({
  policy: "vpc-flow-logs-enabled",
  good: [
    {
      title: "a VPC with a flow log capturing all traffic",
      resources: [vpc("main", "vpc-0a1b2c3d4e5f60718"), flowLog("main-flow", { vpcId: "vpc-0a1b2c3d4e5f60718", trafficType: "ALL" })],
    },
    {
      title: "rejected traffic to S3 is enough by default",
      resources: [vpc("main", "vpc-0a1b2c3d4e5f60718"), flowLog("main-flow", { vpcId: "vpc-0a1b2c3d4e5f60718", trafficType: "REJECT", logDestinationType: "s3", logDestination: "arn:aws:s3:::acme-flow-logs" })],
    },
    {
      title: "an ACCEPT flow log when requiredTrafficType is ACCEPT",
      config: { requiredTrafficType: "ACCEPT" },
      resources: [vpc("main", "vpc-0a1b2c3d4e5f60718"), flowLog("main-flow", { vpcId: "vpc-0a1b2c3d4e5f60718", trafficType: "ACCEPT" })],
    },
  ],
  bad: [
    {
      title: "a VPC without a flow log",
      resources: [vpc("main", "vpc-0a1b2c3d4e5f60718")],
      violations: ["main"],
      message: /VPC "main" has no flow log/,
    },
    {
      title: "a flow log of accepted traffic only misses the rejected probes",
      resources: [vpc("main", "vpc-0a1b2c3d4e5f60718"), flowLog("main-flow", { vpcId: "vpc-0a1b2c3d4e5f60718", trafficType: "ACCEPT" })],
      violations: ["main"],
      message: /none captures REJECT traffic \(trafficType ACCEPT\)/,
    },
    {
      title: "a subnet-level flow log does not cover its VPC, and the other VPC has none",
      resources: [vpc("main", "vpc-0a1b2c3d4e5f60718"), vpc("staging", "vpc-0f9e8d7c6b5a40312"), flowLog("subnet-flow", { subnetId: "subnet-0123456789abcdef0", trafficType: "ALL" })],
      violations: ["main", "staging"],
      message: /has no flow log/,
    },
    {
      title: "a REJECT flow log when requiredTrafficType is ALL",
      config: { requiredTrafficType: "ALL" },
      resources: [vpc("main", "vpc-0a1b2c3d4e5f60718"), flowLog("main-flow", { vpcId: "vpc-0a1b2c3d4e5f60718", trafficType: "REJECT" })],
      violations: ["main"],
      message: /none captures ALL traffic/,
    },
  ],
  unknown: [
    {
      title: "a flow log whose VPC id is not known yet during preview may belong to this VPC",
      resources: [vpc("main", "vpc-0a1b2c3d4e5f60718"), flowLog("main-flow", { vpcId: UNKNOWN_SENTINELS.string, trafficType: "ALL" })],
    },
    {
      title: "a flow log whose traffic type is computed during preview",
      resources: [vpc("main", "vpc-0a1b2c3d4e5f60718"), flowLog("main-flow", { vpcId: "vpc-0a1b2c3d4e5f60718", trafficType: UNKNOWN_SENTINELS.string })],
    },
  ],
});
