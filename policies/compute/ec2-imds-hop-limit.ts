// A PUT response hop limit of 1 keeps IMDSv2 tokens on the instance: containers behind a bridge
// network or a forwarding proxy one hop away cannot fetch a token and the role credentials.
import { resourcePolicy } from "../lib/control";
import type { ResourceView } from "../lib/resource-view";
import { UNKNOWN } from "../lib/unknown";
import { readBool, readNumber } from "../lib/values";
import { imdsDisabled, readImds } from "./imds";
import { launchedFromTemplate } from "../aws/ec2/launch-template-ref";
import { quoteNumber } from "../lib/safe-text";
import { LAUNCH_TYPES, launchKindOf } from "../aws/ec2/launch-kinds";

export interface HopLimitConfig {
  maxHopLimit: number;
  requireExplicitHopLimit: boolean;
}

const DEFAULT_MAX = 1;

export const ec2ImdsHopLimit = resourcePolicy<HopLimitConfig>({
  name: "ec2-imds-hop-limit",
  description:
    "The IMDS PUT response hop limit (metadataOptions.httpPutResponseHopLimit) of instances, launch templates and launch configurations is at most maxHopLimit (default 1). An unset limit is the provider's documented default, 1, and passes unless requireExplicitHopLimit is set: AMIs registered with ImdsSupport v2.0 (Amazon Linux 2023, for one) launch with a limit of 2 when none is given.",
  severity: "medium",
  enforcementLevel: "mandatory",
  domain: "compute",
  references: [
    { framework: "aws-fsbp", ids: ["AutoScaling.4"] },
    { framework: "aws-ct", ids: ["CT.EC2.PR.2"] },
  ],
  remediationSteps:
    "Set metadataOptions.httpPutResponseHopLimit to 1. Containers that need instance credentials should get them from their own role (ECS task roles, EKS Pod Identity or IRSA) instead of a higher hop limit; raise maxHopLimit to 2 only where a container must reach IMDS itself.",
  config: {
    maxHopLimit: { type: "integer", minimum: 1, maximum: 64, default: DEFAULT_MAX, description: "The largest hop limit allowed." },
    requireExplicitHopLimit: {
      type: "boolean",
      default: false,
      description: "Flag an unset hop limit too (the effective limit then depends on the AMI's ImdsSupport setting).",
    },
  },
  types: LAUNCH_TYPES,
  check(resource: ResourceView, config, judge) {
    const kind = launchKindOf(resource.type) ?? "instance";
    const configured = readNumber(config.maxHopLimit);
    const max = typeof configured === "number" && configured >= 1 ? configured : DEFAULT_MAX;
    const imds = readImds(resource);
    if (imds.block === "unknown") return judge.unknown("metadataOptions");
    if (imdsDisabled(imds)) return;
    if (imds.hopLimit === UNKNOWN) return judge.unknown("metadataOptions.httpPutResponseHopLimit");
    const unset = imds.hopLimit === undefined;
    const tooHigh = unset ? readBool(config.requireExplicitHopLimit) === true && !launchedFromTemplate(resource) : imds.hopLimit > max;
    if (!tooHigh) return;
    // An unknown endpoint might be "disabled", which would make the hop limit moot.
    if (imds.endpoint === UNKNOWN) return judge.unknown("metadataOptions.httpEndpoint");
    if (imds.hopLimit === undefined) {
      return judge.violation(
        `The ${kind} does not set metadataOptions.httpPutResponseHopLimit; the effective limit then depends on the AMI (2 for AMIs registered with ImdsSupport v2.0). Set it to ${quoteNumber(max)} or less.`,
      );
    }
    judge.violation(
      `The ${kind} lets IMDS responses travel ${quoteNumber(imds.hopLimit)} hops (metadataOptions.httpPutResponseHopLimit), more than the allowed ${quoteNumber(max)}: containers and forwarded traffic can fetch the instance's credentials. Set httpPutResponseHopLimit to ${quoteNumber(max)}.`,
    );
  },
});
