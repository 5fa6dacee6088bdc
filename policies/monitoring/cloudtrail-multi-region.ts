// cloudtrail-multi-region: a stack that creates CloudTrail trails has at least one that applies to
// every region and records all read and write management events (CloudTrail.1 asks for one such
// trail per account; extra regional or data-event trails are fine). Whether trails are logging
// and include global service events are controls of their own.
import { stackPolicy } from "../lib/control";
import type { StackResource } from "../lib/resource-view";
import { readBool } from "../lib/values";
import { TrailCheck, judgeCoveringTrail } from "./covering-trail";
import { flag, recordsAllManagementEvents } from "./trail-coverage";
import { CLOUDTRAIL_1 } from "./trail-references";
import { MON } from "./types";

interface Config {
  requireEveryTrail: boolean;
}

function checksOf(trail: StackResource): TrailCheck[] {
  return [
    { prop: "isMultiRegionTrail", verdict: flag(trail.props.isMultiRegionTrail, false), gap: "isMultiRegionTrail is not true" },
    { prop: "event selectors", verdict: recordsAllManagementEvents(trail.props), gap: "its event selectors skip some read or write management events" },
  ];
}

export const cloudtrailMultiRegion = stackPolicy<Config>({
  name: "cloudtrail-multi-region",
  description:
    "When a stack creates CloudTrail trails, at least one of them is multi-region and records all read and write management events.",
  severity: "high",
  // A gap in the audit record, not a way in: advisory by default, mandatory in strict.json.
  enforcementLevel: "advisory",
  domain: "monitoring",
  references: CLOUDTRAIL_1,
  remediationSteps:
    "On the account's main aws.cloudtrail.Trail set isMultiRegionTrail: true, and either omit event selectors or keep one that " +
    'records management events with readWriteType "All" and no excluded event sources. An organization trail ' +
    "(isOrganizationTrail: true) covers every member account.",
  config: {
    requireEveryTrail: {
      type: "boolean",
      default: false,
      description: "Judge every trail on its own instead of asking for one covering trail per stack.",
    },
  },
  types: [MON.trail],
  check(stack, config, judge) {
    const everyTrail = readBool(config.requireEveryTrail) === true;
    judgeCoveringTrail(stack, judge, {
      checksOf,
      everyTrail,
      message: (trail, gaps) =>
        `Trail "${trail.name}" does not log all regions and management events: ${gaps.join("; ")}. ` +
        (everyTrail ? "Every trail must cover all regions. " : "No trail in this stack does. ") +
        "Set isMultiRegionTrail: true and record all read and write management events.",
    });
  },
});
