import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const SM = "aws:sfn/stateMachine:StateMachine";
const base = { roleArn: "arn:aws:iam::123456789012:role/orders-sfn", definition: "{\"StartAt\":\"Done\",\"States\":{\"Done\":{\"Type\":\"Succeed\"}}}" };
const dest = "arn:aws:logs:eu-west-1:123456789012:log-group:/aws/states/orders:*";

export const examples = policyExamples({
  policy: "sfn-logging-enabled",
  good: [
    {
      title: "a state machine logging errors to its log group",
      resources: [{ type: SM, name: "orders", props: { ...base, loggingConfiguration: { level: "ERROR", includeExecutionData: false, logDestination: dest } } }],
    },
    {
      title: "an express workflow logging everything",
      resources: [{ type: SM, name: "ingest", props: { ...base, type: "EXPRESS", loggingConfiguration: { level: "ALL", logDestination: dest } } }],
    },
  ],
  bad: [
    {
      title: "a state machine without a loggingConfiguration",
      resources: [{ type: SM, name: "orders", props: base }],
      violations: ["orders"],
      message: /State machine "orders" logs no executions \(loggingConfiguration\.level is not set and defaults to OFF\)/,
    },
    {
      title: "logging switched off explicitly",
      resources: [{ type: SM, name: "billing", props: { ...base, loggingConfiguration: { level: "OFF" } } }],
      violations: ["billing"],
      message: /loggingConfiguration\.level is OFF/,
    },
  ],
  unknown: [
    {
      title: "the level computed from config during preview",
      resources: [{ type: SM, name: "orders", props: { ...base, loggingConfiguration: { level: UNKNOWN_SENTINELS.string, logDestination: dest } } }],
    },
  ],
});
