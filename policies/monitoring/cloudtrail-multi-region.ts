// cloudtrail-multi-region: a stack that creates CloudTrail trails has at least one that logs
// every region, global service events and all read/write management events (CloudTrail.1 asks
// for one such trail per account; extra regional or data-event trails are fine).
import { stackPolicy } from "../lib/control";
import type { StackResource } from "../lib/resource-view";
import { readBool } from "../lib/values";
import { flag, recordsAllManagementEvents, Tri } from "./trail-coverage";
import { MON } from "./types";

interface Config {
  requireEveryTrail: boolean;
}

interface Coverage {
  readonly tri: Tri;
  readonly gaps: string[];
  readonly unknowns: string[];
}

function coverageOf(trail: StackResource): Coverage {
  const checks: [string, Tri, string][] = [
    ["isMultiRegionTrail", flag(trail.props.isMultiRegionTrail, false), "isMultiRegionTrail is not true"],
    ["includeGlobalServiceEvents", flag(trail.props.includeGlobalServiceEvents, true), "includeGlobalServiceEvents is false"],
    ["enableLogging", flag(trail.props.enableLogging, true), "enableLogging is false"],
    ["event selectors", recordsAllManagementEvents(trail.props), "its event selectors skip some read or write management events"],
  ];
  const gaps = checks.filter(([, t]) => t === "no").map(([, , gap]) => gap);
  const unknowns = checks.filter(([, t]) => t === "maybe").map(([prop]) => `${prop} of ${trail.name}`);
  const tri: Tri = gaps.length > 0 ? "no" : unknowns.length > 0 ? "maybe" : "yes";
  return { tri, gaps, unknowns };
}

export const cloudtrailMultiRegion = stackPolicy<Config>({
  name: "cloudtrail-multi-region",
  description:
    "When a stack creates CloudTrail trails, at least one of them is multi-region, includes global service events, is logging, " +
    "and records all read and write management events.",
  severity: "high",
  enforcementLevel: "mandatory",
  domain: "monitoring",
  references: [
    { framework: "aws-fsbp", ids: ["CloudTrail.1"] },
    { framework: "cis-aws", ids: ["3.1"] },
  ],
  remediationSteps:
    "On the account's main aws.cloudtrail.Trail set isMultiRegionTrail: true, leave includeGlobalServiceEvents and enableLogging " +
    'at their default (true), and either omit event selectors or keep one that records management events with readWriteType "All" ' +
    "and no excluded event sources. An organization trail (isOrganizationTrail: true) covers every member account.",
  config: {
    requireEveryTrail: {
      type: "boolean",
      default: false,
      description: "Judge every trail on its own instead of asking for one covering trail per stack.",
    },
  },
  types: [MON.trail],
  check(stack, config, judge) {
    const trails = stack.ofType(MON.trail).map((trail) => ({ trail, coverage: coverageOf(trail) }));
    const everyTrail = readBool(config.requireEveryTrail) === true;
    if (!everyTrail && trails.some((t) => t.coverage.tri === "yes")) return;
    const undecided = !everyTrail && trails.some((t) => t.coverage.tri === "maybe");
    for (const { trail, coverage } of trails) {
      if (coverage.tri === "maybe") coverage.unknowns.forEach((u) => judge.unknown(u));
      // A trail still being decided might turn out to be the covering one: do not blame the others yet.
      if (coverage.tri !== "no" || undecided) continue;
      judge.violation(
        `Trail "${trail.name}" does not log all regions and management events: ${coverage.gaps.join("; ")}. ` +
          (everyTrail ? "Every trail must cover all regions. " : "No trail in this stack does. ") +
          "Set isMultiRegionTrail: true and keep global service events, logging and read/write management events on.",
        trail.urn,
      );
    }
  },
});
