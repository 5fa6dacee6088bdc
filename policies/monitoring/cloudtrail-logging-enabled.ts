// cloudtrail-logging-enabled: every trail the stack creates is logging (enableLogging defaults to
// true). Judged per trail, not "one per stack": a stopped trail records nothing, whichever other
// trail exists, and it could be the very trail cloudtrail-multi-region counts as covering.
// CloudTrail.1 fails "if CloudTrail is disabled", and CIS 3.1 audits IsLogging.
import { resourcePolicy } from "../lib/control";
import { flag } from "./trail-coverage";
import { CLOUDTRAIL_1 } from "./trail-references";
import { MON } from "./types";

export const cloudtrailLoggingEnabled = resourcePolicy<Record<string, never>>({
  name: "cloudtrail-logging-enabled",
  description: "CloudTrail trails are logging: enableLogging is not false.",
  severity: "high",
  // A stopped trail is a blind spot, not a way in: it exposes nothing and grants no access. So
  // advisory by default, like guardduty-enabled, and mandatory in strict.json. (An attacker's
  // StopLogging call happens at run time, not in a program's inputs: this finds only our own.)
  enforcementLevel: "advisory",
  domain: "monitoring",
  references: CLOUDTRAIL_1,
  remediationSteps:
    "Remove enableLogging: false from the aws.cloudtrail.Trail (the default is true), or delete a trail that is not meant to record anything.",
  types: [MON.trail],
  check(trail, _config, judge) {
    const logging = flag(trail.props.enableLogging, true);
    if (logging === "maybe") judge.unknown("enableLogging");
    else if (logging === "no") {
      judge.violation(`Trail "${trail.name}" is not logging (enableLogging is false): it records no API activity. Remove enableLogging: false or set it to true.`);
    }
  },
});
