// cloudtrail-global-service-events: a stack that creates CloudTrail trails has at least one that
// includes global service events (IAM, STS, CloudFront; includeGlobalServiceEvents defaults to
// true). One is enough: AWS Config's cloudtrail-security-trail-enabled asks for "at least one
// trail" that records them, and more than one records every such call twice. CIS 3.1 counts them
// in through its multi-region trail. Since November 2021 a single-region trail receives them only
// in us-east-1; a trail's region is the provider's, not in its inputs, so cloudtrail-multi-region
// is what makes sure they arrive.
import { stackPolicy } from "../lib/control";
import { judgeCoveringTrail } from "./covering-trail";
import { flag } from "./trail-coverage";
import { CLOUDTRAIL_1 } from "./trail-references";
import { MON } from "./types";

export const cloudtrailGlobalServiceEvents = stackPolicy<Record<string, never>>({
  name: "cloudtrail-global-service-events",
  description:
    "When a stack creates CloudTrail trails, at least one of them includes global service events (includeGlobalServiceEvents is not false).",
  severity: "medium",
  // A gap in the audit record, not a way in: advisory by default, mandatory in strict.json.
  enforcementLevel: "advisory",
  domain: "monitoring",
  references: CLOUDTRAIL_1,
  remediationSteps:
    "Leave includeGlobalServiceEvents at its default (true) on the account's multi-region aws.cloudtrail.Trail, so IAM, STS and " +
    "CloudFront calls are recorded. Other trails may set it to false to avoid recording those events twice.",
  types: [MON.trail],
  check(stack, _config, judge) {
    judgeCoveringTrail(stack, judge, {
      checksOf: (trail) => [
        { prop: "includeGlobalServiceEvents", verdict: flag(trail.props.includeGlobalServiceEvents, true), gap: "includeGlobalServiceEvents is false" },
      ],
      everyTrail: false,
      message: (trail) =>
        `Trail "${trail.name}" does not record global service events (includeGlobalServiceEvents is false), and no trail in this stack does: ` +
        "IAM, STS and CloudFront calls go unrecorded. Leave includeGlobalServiceEvents at its default (true) on the account's main trail.",
    });
  },
});
