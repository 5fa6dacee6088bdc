// redshift-audit-logging: Redshift clusters keep audit logs (Redshift.4): connection, user and
// user-activity logs. In @pulumi/aws v7 audit logging is its own resource, aws.redshift.Logging,
// naming the cluster; a cluster has none by default (Redshift Management Guide, "Database audit
// logging"). The user activity log also needs enable_user_activity_logging in the parameter group,
// which this control does not judge.
import { stackPolicy } from "../lib/control";
import type { StackResource } from "../lib/resource-view";
import { isUnknown } from "../lib/unknown";
import { readString } from "../lib/values";
import { MON, REDSHIFT_CLUSTER_PROPS as C, REDSHIFT_LOGGING_PROPS as L } from "./types";

/** Whether a logging resource names the cluster: through a dependency or the cluster identifier. */
function names(logging: StackResource, cluster: StackResource): "yes" | "no" | "maybe" {
  const deps = logging.propertyDependencies[L.clusterIdentifier] ?? [];
  if (deps.includes(cluster.urn)) return "yes";
  if (deps.length > 0) return "no";
  const id = readString(logging.props[L.clusterIdentifier]);
  const own = readString(cluster.props[C.clusterIdentifier]);
  if (isUnknown(id) || isUnknown(own)) return "maybe";
  return typeof id === "string" && (id === own || id === readString(cluster.props.id)) ? "yes" : "no";
}

export const redshiftAuditLogging = stackPolicy<Record<string, never>>({
  name: "redshift-audit-logging",
  description: "Every Redshift cluster has audit logging (an aws.redshift.Logging resource names it).",
  severity: "medium",
  // Hygiene: missing logs expose nothing (strict.json makes it mandatory).
  enforcementLevel: "advisory",
  domain: "monitoring",
  references: [{ framework: "aws-fsbp", ids: ["Redshift.4"] }],
  remediationSteps:
    'Add an aws.redshift.Logging { clusterIdentifier: cluster.clusterIdentifier, logDestinationType: "cloudwatch", logExports: ' +
    '["connectionlog", "userlog", "useractivitylog"] } (or an S3 bucketName), and set enable_user_activity_logging to true in the cluster\'s parameter group.',
  types: [MON.redshiftCluster],
  check(stack, _config, judge) {
    const loggings = stack.ofType(MON.redshiftLogging);
    for (const cluster of stack.ofType(MON.redshiftCluster)) {
      const verdicts = loggings.map((l) => names(l, cluster));
      if (verdicts.includes("yes")) continue;
      if (verdicts.includes("maybe")) {
        judge.unknown(`the audit logging of ${cluster.name}`);
        continue;
      }
      judge.violation(
        `Redshift cluster "${cluster.name}" keeps no audit log (no aws.redshift.Logging names it). Add one sending connectionlog, userlog and useractivitylog to CloudWatch Logs or S3.`,
        cluster.urn,
      );
    }
  },
});
