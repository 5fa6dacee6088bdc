// sfn-logging-enabled: Step Functions state machines log their executions to CloudWatch Logs
// (StepFunctions.1). A state machine without a loggingConfiguration, or with level OFF (the
// default), logs nothing (Step Functions Developer Guide, "Logging using CloudWatch Logs").
import { resourcePolicy } from "../lib/control";
import { isUnknown } from "../lib/unknown";
import { at, readString } from "../lib/values";
import { MON, SFN_PROPS as P } from "./types";

export const sfnLoggingEnabled = resourcePolicy<Record<string, never>>({
  name: "sfn-logging-enabled",
  description: "Step Functions state machines log executions to CloudWatch Logs (loggingConfiguration.level is ERROR, FATAL or ALL, not OFF).",
  severity: "medium",
  // Hygiene: missing logs expose nothing (strict.json makes it mandatory).
  enforcementLevel: "advisory",
  domain: "monitoring",
  references: [{ framework: "aws-fsbp", ids: ["StepFunctions.1"] }],
  remediationSteps:
    "Set loggingConfiguration: { level: \"ERROR\" (or \"ALL\"), includeExecutionData: false, logDestination: `${logGroup.arn}:*` } on the " +
    "aws.sfn.StateMachine, and let its role write to the log group (logs:CreateLogDelivery and the related log-delivery actions).",
  types: [MON.stateMachine],
  check(machine, _config, judge) {
    const level = readString(at(machine.props, P.logging, "level"));
    if (isUnknown(level)) return judge.unknown(`${P.logging}.level`);
    if (typeof level === "string" && level.trim() !== "" && level.trim().toUpperCase() !== "OFF") return;
    const why = typeof level === "string" && level.trim() !== "" ? "loggingConfiguration.level is OFF" : "loggingConfiguration.level is not set and defaults to OFF";
    judge.violation(`State machine "${machine.name}" logs no executions (${why}). Set loggingConfiguration.level to "ERROR" or "ALL" with a logDestination.`);
  },
});
