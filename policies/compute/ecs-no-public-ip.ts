// ECS tasks get no public IP address. With assignPublicIp true, each task's elastic network
// interface in a public subnet gets a public IPv4 address, reachable from the internet wherever
// its security groups allow (ECS Developer Guide, "Amazon ECS task networking options for
// Fargate"; the setting defaults to DISABLED). Only awsvpc tasks (Fargate, or EC2 with awsvpc)
// take a networkConfiguration.
import { resourcePolicy } from "../lib/control";
import { UNKNOWN } from "../lib/unknown";
import { at, readBool } from "../lib/values";
import { COMPUTE_T, ECS_NETWORK_PROPS as P } from "./types";

const PATH = `${P.networkConfiguration}.assignPublicIp`;

export const ecsNoPublicIp = resourcePolicy<Record<string, never>>({
  name: "ecs-no-public-ip",
  description: "ECS services and task sets do not assign public IP addresses to their tasks: networkConfiguration.assignPublicIp is false or not set.",
  severity: "high",
  enforcementLevel: "mandatory",
  domain: "compute",
  references: [{ framework: "aws-fsbp", ids: ["ECS.2"] }],
  remediationSteps:
    "Set networkConfiguration.assignPublicIp: false and run the tasks in private subnets; reach the internet through a NAT gateway (or VPC endpoints for ECR, S3 and CloudWatch Logs), and expose the service through a load balancer.",
  types: [COMPUTE_T.ecsService, COMPUTE_T.ecsTaskSet],
  check(resource, _config, judge) {
    const assign = readBool(at(resource.props, P.networkConfiguration, "assignPublicIp"));
    const kind = resource.type === COMPUTE_T.ecsTaskSet ? "task set" : "service";
    if (assign === UNKNOWN) judge.unknown(PATH);
    else if (assign === true) {
      judge.violation(`ECS ${kind} "${resource.name}" gives every task a public IP address (${PATH} is true). Set it to false and run the tasks in private subnets behind a load balancer.`);
    }
  },
});
