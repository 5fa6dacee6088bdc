// Approved images only: instances boot from the organisation's hardened, patched images (or
// the SSM parameters that track them), not from whatever AMI a program picked.
import { resourcePolicy } from "../lib/control";
import { UNKNOWN } from "../lib/unknown";
import { describeImage, imageOf } from "./image-id";
import { imageAllowlist } from "./image-allowlist";
import { LAUNCH_TYPES, launchKindOf } from "../aws/ec2/launch-kinds";

export interface ApprovedImagesConfig {
  allowedAmis: string[];
  allowedAmiPatterns: string[];
}

export const ec2ApprovedImages = resourcePolicy<ApprovedImagesConfig>({
  name: "ec2-approved-images",
  description:
    "Instances, launch templates and launch configurations boot only approved images: an id in allowedAmis or a match of a glob in allowedAmiPatterns (picomatch, `*` also spans `/`). `resolve:ssm:<parameter>` ids are judged by their parameter path. Inactive (not applicable) until one of the two lists is configured.",
  severity: "medium",
  enforcementLevel: "mandatory",
  domain: "compute",
  references: [{ framework: "owasp", ids: ["A06:2021"] }],
  remediationSteps:
    'Boot from an approved image: use an id from allowedAmis, or an SSM parameter the patterns approve (ami: "resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64"). To approve an image, add its id to allowedAmis or a glob to allowedAmiPatterns in the policy pack config.',
  config: {
    allowedAmis: { type: "array", items: { type: "string" }, default: [], description: "Approved image ids (ami-…) or exact resolve:ssm: references." },
    allowedAmiPatterns: {
      type: "array",
      items: { type: "string" },
      default: [],
      description: 'Approved image globs, e.g. "resolve:ssm:/aws/service/ami-amazon-linux-latest/*" or "ami-0abc*".',
    },
  },
  types: LAUNCH_TYPES,
  check(resource, config, judge) {
    const allowlist = imageAllowlist(config.allowedAmis, config.allowedAmiPatterns);
    // Only an organisation's allowlist gives this control meaning: until one is configured it
    // says it does not apply, rather than passing silently or failing everything.
    if (!allowlist.active) return judge.notApplicable("ec2-approved-images is inactive: configure allowedAmis or allowedAmiPatterns to turn it on");
    const image = imageOf(resource);
    if (image.value === UNKNOWN) return judge.unknown(image.path);
    if (image.value === undefined || image.value === "") {
      // An instance without an AMI boots its launch template's image, judged on the template.
      return;
    }
    if (allowlist.allows(image.value)) return;
    const kind = launchKindOf(resource.type) ?? "instance";
    const ssm = image.value.startsWith("resolve:ssm:");
    judge.violation(
      `The ${kind} boots ${describeImage(image.value)} (${image.path}), which is not an approved image: it is ${ssm ? "an SSM parameter that matches no pattern in allowedAmiPatterns" : "neither listed in allowedAmis nor matched by allowedAmiPatterns"}. Use an approved image or have it added to the allowlist.`,
    );
  },
});
