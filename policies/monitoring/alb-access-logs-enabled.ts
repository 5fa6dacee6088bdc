// alb-access-logs-enabled: application load balancers write access logs to S3 (ELB.5). Access
// logging is off unless accessLogs.enabled is true (the provider's and the API's default is false,
// ELB User Guide, "Access logs for your Application Load Balancer"); without them there is no
// record of who sent which request. Network and gateway load balancers are out of ELB.5's scope.
import { lbKind } from "../aws/lb/load-balancer";
import { resourcePolicy } from "../lib/control";
import { isUnknown } from "../lib/unknown";
import { at, readBool, readString } from "../lib/values";
import { LB_LOG_PROPS as P, MON } from "./types";

export const albAccessLogsEnabled = resourcePolicy<Record<string, never>>({
  name: "alb-access-logs-enabled",
  description: "Application load balancers write access logs to an S3 bucket (accessLogs.enabled is true and accessLogs.bucket is set).",
  severity: "medium",
  // Hygiene: missing logs expose nothing (strict.json makes it mandatory).
  enforcementLevel: "advisory",
  domain: "monitoring",
  references: [{ framework: "aws-fsbp", ids: ["ELB.5"] }],
  remediationSteps:
    "Set accessLogs: { bucket, prefix, enabled: true } on the aws.lb.LoadBalancer, with a bucket encrypted with SSE-S3 whose " +
    "policy lets the regional ELB log delivery principal (logdelivery.elasticloadbalancing.amazonaws.com) write under the prefix.",
  types: [...MON.loadBalancers],
  check(lb, _config, judge) {
    const kind = lbKind(lb.props);
    if (isUnknown(kind)) return judge.unknown(P.loadBalancerType);
    if (kind !== "application") return;
    const enabled = readBool(at(lb.props, P.accessLogs, "enabled"));
    if (isUnknown(enabled)) return judge.unknown(`${P.accessLogs}.enabled`);
    if (enabled !== true) {
      const why = enabled === false ? "accessLogs.enabled is false" : "accessLogs.enabled is not set and defaults to false";
      return judge.violation(`Load balancer "${lb.name}" writes no access logs (${why}). Set accessLogs: { bucket, enabled: true }.`);
    }
    const bucket = readString(at(lb.props, P.accessLogs, "bucket"));
    // An unknown bucket is one created in the same deployment: a destination is set.
    if (isUnknown(bucket)) return;
    if (typeof bucket !== "string" || bucket.trim() === "") {
      judge.violation(`Load balancer "${lb.name}" enables access logs without a destination (accessLogs.bucket is empty). Name the log bucket.`);
    }
  },
});
