// vpc-flow-logs-enabled: every VPC the stack creates has a flow log capturing at least the
// required traffic. Flow logs are matched to VPCs through propertyDependencies first (preview),
// then by id; one pass over flow logs and one over VPCs. Advisory: a VPC without flow logs is a
// blind spot for investigation, not an exposure (strict.json makes it mandatory).
import { stackPolicy } from "../lib/control";
import type { StackResource } from "../lib/resource-view";
import { Tri, some } from "../lib/tri";
import { isUnknown } from "../lib/unknown";
import { readString } from "../lib/values";
import { MON } from "./types";

interface Config {
  requiredTrafficType: string;
}

const TRAFFIC_TYPES = ["ACCEPT", "REJECT", "ALL"] as const;

/** Traffic types that satisfy the requirement: the required one, or ALL. */
function acceptable(required: unknown): Set<string> {
  const r = typeof required === "string" ? required.trim().toUpperCase() : "REJECT";
  return new Set(TRAFFIC_TYPES.includes(r as (typeof TRAFFIC_TYPES)[number]) ? [r, "ALL"] : ["REJECT", "ALL"]);
}

function captures(flowLog: StackResource, wanted: Set<string>): Tri {
  const t = readString(flowLog.props.trafficType);
  if (typeof t === "string") return wanted.has(t.trim().toUpperCase()) ? "yes" : "no";
  return t === undefined ? "no" : "maybe";
}

export const vpcFlowLogsEnabled = stackPolicy<Config>({
  name: "vpc-flow-logs-enabled",
  description:
    "Every VPC the stack creates has a VPC-level flow log (aws.ec2.FlowLog with vpcId) capturing REJECT or ALL traffic " +
    "(configurable: requiredTrafficType).",
  severity: "medium",
  enforcementLevel: "advisory",
  domain: "monitoring",
  references: [
    { framework: "aws-fsbp", ids: ["EC2.6"] },
    { framework: "cis-aws", ids: ["3.7"] },
  ],
  remediationSteps:
    'Add an aws.ec2.FlowLog with vpcId: vpc.id and trafficType "ALL" (or "REJECT"), delivering to a CloudWatch log group ' +
    "(logDestination + iamRoleArn) or to an S3 bucket (logDestinationType \"s3\"). Subnet- or interface-level flow logs do not count.",
  config: {
    requiredTrafficType: {
      type: "string",
      enum: [...TRAFFIC_TYPES],
      default: "REJECT",
      description: 'The traffic a flow log must capture; a flow log with trafficType "ALL" always satisfies it.',
    },
  },
  types: [MON.vpc],
  check(stack, config, judge) {
    const wanted = acceptable(config.requiredTrafficType);
    const byVpc = new Map<string, StackResource[]>();
    const unattributed: StackResource[] = [];
    for (const flowLog of stack.ofType(MON.flowLog)) {
      const vpcs = stack.referenced(flowLog, "vpcId", [MON.vpc]);
      if (vpcs.length === 0 && isUnknown(flowLog.props.vpcId)) unattributed.push(flowLog);
      for (const vpc of vpcs) {
        const list = byVpc.get(vpc.urn);
        if (list) list.push(flowLog);
        else byVpc.set(vpc.urn, [flowLog]);
      }
    }
    const required = [...wanted].filter((t) => t !== "ALL").join(" or ") || "ALL";
    for (const vpc of stack.ofType(MON.vpc)) {
      const logs = byVpc.get(vpc.urn) ?? [];
      const covered = some(logs, (l) => captures(l, wanted));
      if (covered === "yes") continue;
      if (covered === "maybe" || unattributed.length > 0) {
        // A flow log whose VPC or traffic type is not known yet may still cover this VPC.
        logs.filter((l) => captures(l, wanted) === "maybe").forEach((l) => judge.unknown(`trafficType of ${l.name}`));
        unattributed.forEach((l) => judge.unknown(`vpcId of ${l.name}`));
        continue;
      }
      const seen = logs
        .map((l) => readString(l.props.trafficType))
        .map((t) => (typeof t === "string" && TRAFFIC_TYPES.includes(t.toUpperCase() as (typeof TRAFFIC_TYPES)[number]) ? t.toUpperCase() : "not set"));
      judge.violation(
        logs.length === 0
          ? `VPC "${vpc.name}" has no flow log. Add an aws.ec2.FlowLog with vpcId set to this VPC and trafficType "ALL" (or ${required}).`
          : `VPC "${vpc.name}" has flow logs, but none captures ${required} traffic (trafficType ${[...new Set(seen)].join(", ")}). ` +
              `Set trafficType "ALL" (or ${required}) on its flow log.`,
        vpc.urn,
      );
    }
  },
});
