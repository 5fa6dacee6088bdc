// Redshift accepts only TLS connections: the parameter group a cluster uses sets require_ssl to
// true. Since January 2025 a cluster that names no parameter group gets default.redshift-2.0,
// whose require_ssl is true; the older default.redshift-1.0 (which cannot be modified) and a
// custom group of family redshift-1.0 that does not set it accept plain connections (AWS News
// Blog, "Amazon Redshift enhances security by changing default behavior in 2025"). A custom group
// starts from its family's defaults (Redshift Management Guide, "Amazon Redshift parameter groups").
import { stackPolicy } from "../lib/control";
import type { Judge } from "../lib/judge";
import type { StackModel } from "../lib/stack-model";
import type { StackResource } from "../lib/resource-view";
import { UNKNOWN, isUnknown } from "../lib/unknown";
import { Read, at, readBool, readList, readString } from "../lib/values";
import { DATA_T, REDSHIFT_CLUSTER_PROPS, REDSHIFT_PARAMETER_GROUP_PROPS as PG } from "./types";

/** Default parameter groups by name, and whether they require TLS. */
const DEFAULT_GROUPS: Readonly<Record<string, boolean>> = { "default.redshift-1.0": false, "default.redshift-2.0": true };
/** Families whose require_ssl starts false in a custom group. */
const PLAIN_FAMILIES = new Set(["redshift-1.0"]);

/** require_ssl as the group sets it, or its family's default; UNKNOWN when either is not known yet. */
function groupRequiresTls(group: StackResource): Read<boolean> {
  const params = readList(group.props[PG.parameters]);
  if (params === UNKNOWN) return UNKNOWN;
  for (const p of params ?? []) {
    const name = readString(at(p, "name"));
    if (name === UNKNOWN) return UNKNOWN;
    if (typeof name === "string" && name.trim().toLowerCase() === "require_ssl") return readBool(at(p, "value")) ?? false;
  }
  const family = readString(group.props[PG.family]);
  if (family === UNKNOWN) return UNKNOWN;
  return typeof family === "string" && PLAIN_FAMILIES.has(family.trim().toLowerCase()) ? false : true;
}

function judgeCluster(stack: StackModel, cluster: StackResource, judge: Judge): void {
  const prop = REDSHIFT_CLUSTER_PROPS.clusterParameterGroupName;
  const groups = stack.referenced(cluster, prop, [DATA_T.redshiftParameterGroup]);
  if (groups.length > 0) {
    for (const group of groups) {
      const tls = groupRequiresTls(group);
      if (isUnknown(tls)) judge.unknown(`require_ssl of ${group.name}`);
      else if (tls === false) {
        judge.violation(
          `Redshift cluster "${cluster.name}" accepts unencrypted connections: its parameter group "${group.name}" does not set require_ssl to true. Add the parameter { name: "require_ssl", value: "true" } to it.`,
          cluster.urn,
        );
      }
    }
    return;
  }
  const name = readString(cluster.props[prop]);
  if (name === UNKNOWN) return judge.unknown(`${prop} of ${cluster.name}`);
  if (name === undefined) return; // default.redshift-2.0
  if (DEFAULT_GROUPS[name.trim().toLowerCase()] === false) {
    judge.violation(
      `Redshift cluster "${cluster.name}" uses the parameter group "default.redshift-1.0", whose require_ssl is false and cannot be changed. Use default.redshift-2.0 (leave clusterParameterGroupName unset) or a group that sets require_ssl to "true".`,
      cluster.urn,
    );
  }
  // Any other group lives outside the stack: not judged here.
}

export const redshiftRequireTls = stackPolicy<Record<string, never>>({
  name: "redshift-require-tls",
  description:
    "Every Redshift cluster requires TLS from its clients: the parameter group it uses (an aws.redshift.ParameterGroup in the stack, or a default group) sets require_ssl to true. A cluster that names no group gets default.redshift-2.0, which does; default.redshift-1.0 and redshift-1.0 groups that leave it unset do not.",
  severity: "medium",
  enforcementLevel: "mandatory",
  domain: "data",
  references: [
    { framework: "aws-fsbp", ids: ["Redshift.2"] },
    { framework: "aws-ct", ids: ["CT.REDSHIFT.PR.9"] },
    { framework: "owasp", ids: ["A02:2021"] },
  ],
  remediationSteps:
    'Give the cluster an aws.redshift.ParameterGroup (family "redshift-2.0") with parameters [{ name: "require_ssl", value: "true" }] and set clusterParameterGroupName to its name, or leave clusterParameterGroupName unset to use default.redshift-2.0. Clients then connect with sslmode=verify-full.',
  types: [DATA_T.redshiftCluster],
  check(stack, _config, judge) {
    for (const cluster of stack.ofType(DATA_T.redshiftCluster)) judgeCluster(stack, cluster, judge);
  },
});
