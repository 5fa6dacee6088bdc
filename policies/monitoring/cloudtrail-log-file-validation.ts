// cloudtrail-log-file-validation: every trail writes signed digest files (enableLogFileValidation,
// off by default), which prove whether a log file was changed or deleted after delivery.
import { resourcePolicy } from "../lib/control";
import { readBool } from "../lib/values";
import { flag } from "./trail-coverage";
import { MON } from "./types";

export const cloudtrailLogFileValidation = resourcePolicy<Record<string, never>>({
  name: "cloudtrail-log-file-validation",
  description: "CloudTrail trails enable log file validation (enableLogFileValidation: true), so tampering with delivered logs shows.",
  severity: "low",
  // Evidence integrity, not a way in: advisory by default, mandatory in strict.json.
  enforcementLevel: "advisory",
  domain: "monitoring",
  references: [
    { framework: "aws-fsbp", ids: ["CloudTrail.4"] },
    { framework: "cis-aws", ids: ["3.2"] },
    { framework: "aws-ct", ids: ["CT.CLOUDTRAIL.PR.2"] },
  ],
  remediationSteps:
    "Set enableLogFileValidation: true on the aws.cloudtrail.Trail. CloudTrail then delivers an hourly signed digest file; " +
    "`aws cloudtrail validate-logs` checks the logs against it.",
  types: [MON.trail],
  check(trail, _config, judge) {
    const validation = flag(trail.props.enableLogFileValidation, false);
    if (validation === "maybe") judge.unknown("enableLogFileValidation");
    else if (validation === "no") {
      const setting = readBool(trail.props.enableLogFileValidation) === false ? "false" : "not set, default false";
      judge.violation(
        `Trail "${trail.name}" does not validate its log files (enableLogFileValidation is ${setting}). ` +
          "Set enableLogFileValidation: true so CloudTrail writes signed digest files that reveal altered or deleted logs.",
      );
    }
  },
});
