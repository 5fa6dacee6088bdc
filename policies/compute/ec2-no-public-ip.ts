// No public IPv4 addresses on instances: neither asked for (instance, launch template and launch
// configuration settings) nor handed out by the subnet they launch into. A stack policy, because
// the subnet half needs the subnet; it judges the per-resource half too, so one name covers both.
import { stackPolicy } from "../lib/control";
import type { StackResource } from "../lib/resource-view";
import { T } from "../aws/types";
import { UNKNOWN } from "../lib/unknown";
import { publicIpSettings } from "./public-ip";
import { judgeGroupPlacement, judgeInstancePlacement } from "./public-placement";
import { SubnetIndex } from "./subnet-index";
import { AUTOSCALING_GROUP, LAUNCH_TYPES, launchKindOf } from "../aws/ec2/launch-kinds";

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const ec2NoPublicIp = stackPolicy<Record<string, never>>({
  name: "ec2-no-public-ip",
  description:
    "EC2 instances get no public IPv4 address: instances, launch templates (networkInterfaces[].associatePublicIpAddress, a string in v7) and launch configurations do not ask for one, and instances and Auto Scaling groups launched into a subnet with mapPublicIpOnLaunch (or into the default VPC) refuse one explicitly. A stack policy, because the subnet is another resource.",
  severity: "high",
  enforcementLevel: "mandatory",
  domain: "compute",
  references: [
    { framework: "aws-fsbp", ids: ["EC2.9", "EC2.25", "AutoScaling.5"] },
    { framework: "aws-ct", ids: ["CT.EC2.PR.8", "CT.EC2.PR.9"] },
  ],
  remediationSteps:
    'Set associatePublicIpAddress: false on instances and launch configurations and associatePublicIpAddress: "false" on every launch template network interface; launch into private subnets (mapPublicIpOnLaunch false) and give every instance a subnetId. Publish services through a load balancer, administer through SSM Session Manager, and reach the internet through a NAT gateway.',
  types: [...LAUNCH_TYPES, AUTOSCALING_GROUP],
  check(stack, _config, judge) {
    const launchers: StackResource[] = stack.ofType(...LAUNCH_TYPES);
    for (const resource of launchers) {
      const kind = capitalised(launchKindOf(resource.type) ?? "resource");
      const { settings, listUnknown } = publicIpSettings(resource);
      if (listUnknown) judge.unknown(`networkInterfaces of ${resource.name}`);
      for (const setting of settings) {
        if (setting.value === UNKNOWN) judge.unknown(`${setting.path} of ${resource.name}`);
        if (setting.value === true) {
          judge.violation(
            `${kind} '${resource.name}' asks for a public IPv4 address: ${setting.path} is ${resource.type === T.launchTemplate ? '"true"' : "true"}. Set it to ${resource.type === T.launchTemplate ? '"false"' : "false"}; publish services through a load balancer and administer through SSM Session Manager.`,
            resource.urn,
          );
        }
      }
    }
    const subnets = new SubnetIndex(stack);
    for (const instance of stack.ofType(T.instance)) judgeInstancePlacement(stack, subnets, instance, judge);
    for (const group of stack.ofType(AUTOSCALING_GROUP)) judgeGroupPlacement(stack, subnets, group, judge);
  },
});
