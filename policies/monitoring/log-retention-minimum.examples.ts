import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const LOG_GROUP = "aws:cloudwatch/logGroup:LogGroup";
const group = (name: string, props: Record<string, unknown>) => ({ type: LOG_GROUP, name, props: { name: `/app/${name}`, ...props } });

export const examples = policyExamples({
  policy: "log-retention-minimum",
  good: [
    {
      title: "a log group that keeps events for a year",
      resources: [group("api", { retentionInDays: 365 })],
    },
    {
      title: "a log group without retentionInDays keeps events forever",
      resources: [group("api", {})],
    },
    {
      title: "a DELIVERY-class log group, whose retention AWS fixes at two days",
      resources: [group("firehose-relay", { logGroupClass: "DELIVERY", retentionInDays: 2 })],
    },
    {
      title: "a month, when the team's minDays is 30",
      config: { minDays: 30 },
      resources: [group("debug", { retentionInDays: 30 })],
    },
  ],
  bad: [
    {
      title: "application logs kept two weeks are gone before most breaches are found",
      resources: [group("api", { retentionInDays: 14 })],
      violations: ["api"],
      message: /keeps events for 14 days \(retentionInDays\), less than the required 365/,
    },
    {
      title: "a year is too short when minDays asks for two",
      config: { minDays: 731 },
      resources: [group("audit", { retentionInDays: 365 }), group("archive", { retentionInDays: 3653 })],
      violations: ["audit"],
      message: /less than the required 731\. Set retentionInDays to 731/,
    },
  ],
  unknown: [
    {
      title: "retentionInDays computed from config during preview",
      resources: [group("api", { retentionInDays: UNKNOWN_SENTINELS.number })],
    },
    {
      title: "a two-day retention on a group whose class (DELIVERY or not) is computed during preview",
      resources: [group("relay", { logGroupClass: UNKNOWN_SENTINELS.string, retentionInDays: 2 })],
    },
  ],
});
