// log-retention-minimum: CloudWatch log groups keep events at least `minDays` (CloudWatch.16,
// default 365), so evidence outlives an investigation. Retention 0 or unset means never expire.
// Advisory: short retention loses evidence, it exposes nothing (strict.json makes it mandatory).
import { resourcePolicy } from "../lib/control";
import { type ResourceView, unwrapProps } from "../lib/resource-view";
import type { Tri } from "../lib/tri";
import { isUnknown } from "../lib/unknown";
import { readNumber, readString } from "../lib/values";
import { MON } from "./types";

interface Config {
  minDays: number;
}

/** The retention values CloudWatch Logs accepts (0 = never expire). */
export const RETENTION_VALUES = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653] as const;

function minDaysOf(config: Config): number {
  const n = readNumber(config.minDays);
  return typeof n === "number" && n > 0 ? n : 365;
}

/** The smallest accepted retention of at least `min` days, or 0 (never expire) beyond the longest. */
export function retentionFor(min: number): number {
  return RETENTION_VALUES.find((v) => v >= min) ?? 0;
}

/** DELIVERY-class log groups only relay logs to other destinations; AWS fixes their retention at 2 days. */
function deliveryClass(group: ResourceView): Tri {
  const cls = readString(group.props.logGroupClass);
  if (isUnknown(cls)) return "maybe";
  return typeof cls === "string" && cls.trim().toUpperCase() === "DELIVERY" ? "yes" : "no";
}

/** The retention when it is too short, else undefined (unset, 0, unknown, long enough, or maybe a DELIVERY group). */
function shortRetention(group: ResourceView, min: number): number | undefined {
  if (deliveryClass(group) !== "no") return undefined;
  const days = readNumber(group.props.retentionInDays);
  return typeof days === "number" && days > 0 && days < min ? days : undefined;
}

export const logRetentionMinimum = resourcePolicy<Config>({
  name: "log-retention-minimum",
  description: "CloudWatch log groups retain events for at least minDays (default 365); 0 or unset (never expire) complies.",
  severity: "medium",
  enforcementLevel: "advisory",
  domain: "monitoring",
  references: [{ framework: "aws-fsbp", ids: ["CloudWatch.16"] }],
  remediationSteps:
    "Set retentionInDays on the aws.cloudwatch.LogGroup to 365 or longer (an accepted value: 365, 400, 545, 731, 1096, 1827, " +
    "2192, 2557, 2922, 3288, 3653), or leave it unset to keep events forever. Export older logs to S3 with a lifecycle rule if cost matters.",
  config: {
    minDays: { type: "integer", minimum: 1, default: 365, description: "Minimum retention in days (CloudWatch.16 default: 365)." },
  },
  types: [MON.logGroup],
  check(group, config, judge) {
    const delivery = deliveryClass(group);
    if (delivery === "yes") return;
    const days = readNumber(group.props.retentionInDays);
    if (typeof days !== "number" && days !== undefined) {
      judge.unknown("retentionInDays");
      return;
    }
    const min = minDaysOf(config);
    // Too short for a STANDARD group, but the class decides whether that counts: wait for it.
    if (delivery === "maybe") {
      if (typeof days === "number" && days > 0 && days < min) judge.unknown("logGroupClass");
      return;
    }
    const short = shortRetention(group, min);
    if (short === undefined) return;
    judge.violation(
      `Log group "${group.name}" keeps events for ${short} days (retentionInDays), less than the required ${min}. ` +
        `Set retentionInDays to ${retentionFor(min) || "0 (never expire)"} or longer.`,
    );
  },
  remediate(group, config) {
    const min = minDaysOf(config);
    if (shortRetention(group, min) === undefined) return undefined;
    // Raw inputs, secrets still wrapped: a spread of the SDK's proxy would unwrap them.
    return { ...unwrapProps(group.props), retentionInDays: retentionFor(min) };
  },
});
