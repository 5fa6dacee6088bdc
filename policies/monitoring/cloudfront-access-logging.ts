// cloudfront-access-logging: CloudFront distributions log viewer requests (CloudFront.5), either
// with legacy standard logging to S3 (loggingConfig.bucket) or with standard logging v2: a CloudWatch
// Logs delivery source for the distribution (logType ACCESS_LOGS) and a delivery from it to S3,
// CloudWatch Logs or Firehose (CloudFront Developer Guide, "Standard logging (access logs)").
// Neither is on by default.
import type { StackResource } from "../lib/resource-view";
import { stackPolicy } from "../lib/control";
import type { StackModel } from "../lib/stack-model";
import { isUnknown } from "../lib/unknown";
import { at, readString } from "../lib/values";
import { DISTRIBUTION_PROPS as D, LOG_DELIVERY_PROPS as LD, LOG_DELIVERY_SOURCE_PROPS as LS, MON } from "./types";

type Tri = "yes" | "no" | "maybe";

/** Whether a v2 log delivery carries the distribution's access logs. */
function deliveredV2(stack: StackModel, distribution: StackResource): Tri {
  let maybe = false;
  const sources: StackResource[] = [];
  for (const source of stack.ofType(MON.logDeliverySource)) {
    if (stack.referenced(source, LS.resourceArn, [MON.distribution]).includes(distribution)) sources.push(source);
    else if (isUnknown(source.props[LS.resourceArn]) && (source.propertyDependencies[LS.resourceArn] ?? []).length === 0) maybe = true;
  }
  if (sources.length === 0) return maybe ? "maybe" : "no";
  for (const delivery of stack.ofType(MON.logDelivery)) {
    const from = stack.referenced(delivery, LD.deliverySourceName, [MON.logDeliverySource]);
    if (from.some((s) => sources.includes(s))) return "yes";
    if (from.length === 0 && isUnknown(delivery.props[LD.deliverySourceName])) maybe = true;
  }
  return maybe ? "maybe" : "no";
}

export const cloudfrontAccessLogging = stackPolicy<Record<string, never>>({
  name: "cloudfront-access-logging",
  description: "CloudFront distributions log viewer requests: loggingConfig names a bucket, or a log delivery source for the distribution feeds a log delivery.",
  severity: "medium",
  // Hygiene: missing logs expose nothing (strict.json makes it mandatory).
  enforcementLevel: "advisory",
  domain: "monitoring",
  references: [{ framework: "aws-fsbp", ids: ["CloudFront.5"] }],
  remediationSteps:
    "Add standard logging v2 in us-east-1: an aws.cloudwatch.LogDeliverySource { logType: \"ACCESS_LOGS\", resourceArn: distribution.arn }, " +
    "an aws.cloudwatch.LogDeliveryDestination (S3, CloudWatch Logs or Firehose) and an aws.cloudwatch.LogDelivery joining them; " +
    "or set loggingConfig: { bucket: \"<bucket>.s3.amazonaws.com\", prefix } (legacy logging needs a bucket with ACLs enabled).",
  types: [MON.distribution],
  check(stack, _config, judge) {
    for (const distribution of stack.ofType(MON.distribution)) {
      const bucket = readString(at(distribution.props, D.loggingConfig, "bucket"));
      // An unknown bucket is one created in the same deployment: logging is set.
      if (isUnknown(bucket) || (typeof bucket === "string" && bucket.trim() !== "")) continue;
      const v2 = deliveredV2(stack, distribution);
      if (v2 === "yes") continue;
      if (v2 === "maybe") {
        judge.unknown(`the log deliveries of ${distribution.name}`);
        continue;
      }
      judge.violation(
        `CloudFront distribution "${distribution.name}" logs no viewer requests (no loggingConfig.bucket, and no log delivery source ` +
          "for it with a delivery). Add a standard logging v2 delivery or loggingConfig.",
        distribution.urn,
      );
    }
  },
});
