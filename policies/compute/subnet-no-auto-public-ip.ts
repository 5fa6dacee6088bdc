// Subnets do not hand out public IPv4 addresses by default: a public address should be a
// deliberate choice on the one resource that needs it, never the side effect of a subnet.
import { resourcePolicy } from "../lib/control";
import { T } from "../aws/types";
import { UNKNOWN } from "../lib/unknown";
import { readBool } from "../lib/values";
import { SUBNET_TYPES } from "../aws/ec2/launch-kinds";

export const subnetNoAutoPublicIp = resourcePolicy<Record<string, never>>({
  name: "subnet-no-auto-public-ip",
  description:
    "Subnets and default subnets do not assign public IPv4 addresses at launch (mapPublicIpOnLaunch). A subnet defaults to false; a default subnet keeps AWS's default, true, unless it sets false.",
  severity: "medium",
  enforcementLevel: "advisory",
  domain: "compute",
  references: [{ framework: "aws-fsbp", ids: ["EC2.15"] }],
  remediationSteps:
    "Set mapPublicIpOnLaunch: false on aws.ec2.Subnet and aws.ec2.DefaultSubnet. Load balancers and NAT gateways in public subnets do not need it; an instance that truly needs a public address can ask for one itself (and will then meet ec2-no-public-ip).",
  types: SUBNET_TYPES,
  check(resource, _config, judge) {
    const value = readBool(resource.props.mapPublicIpOnLaunch);
    if (value === UNKNOWN) return judge.unknown("mapPublicIpOnLaunch");
    if (value === true) {
      return judge.violation("The subnet assigns a public IPv4 address to every instance launched into it: mapPublicIpOnLaunch is true. Set mapPublicIpOnLaunch to false.");
    }
    if (value === undefined && resource.type === T.defaultSubnet) {
      judge.violation(
        "The default subnet keeps AWS's default and assigns a public IPv4 address to every instance launched into it: mapPublicIpOnLaunch is not set (true for default subnets). Set mapPublicIpOnLaunch to false.",
      );
    }
  },
});
