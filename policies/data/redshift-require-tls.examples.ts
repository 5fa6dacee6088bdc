import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const CLUSTER = "aws:redshift/cluster:Cluster";
const GROUP = "aws:redshift/parameterGroup:ParameterGroup";
const WAREHOUSE = { clusterIdentifier: "analytics", nodeType: "ra3.xlplus", numberOfNodes: 2, masterUsername: "admin", manageMasterPassword: true };

function group(name: string, family: string, parameters: unknown[]) {
  return { type: GROUP, name, props: { name: `${name}-7c1e2f`, family, parameters } };
}

function cluster(name: string, groupName: unknown, deps?: string[]) {
  return {
    type: CLUSTER,
    name,
    props: groupName === undefined ? WAREHOUSE : { ...WAREHOUSE, clusterParameterGroupName: groupName },
    ...(deps ? { propertyDependencies: { clusterParameterGroupName: deps } } : {}),
  };
}

export const examples = policyExamples({
  policy: "redshift-require-tls",
  good: [
    {
      title: "a cluster that names no parameter group gets default.redshift-2.0, which requires TLS",
      resources: [cluster("analytics", undefined)],
    },
    {
      title: "a cluster on a custom group that sets require_ssl true",
      resources: [group("tls-only", "redshift-1.0", [{ name: "require_ssl", value: "true" }, { name: "enable_user_activity_logging", value: "true" }]), cluster("analytics", "tls-only-7c1e2f")],
    },
    {
      title: "a custom redshift-2.0 group that leaves require_ssl at its family default (true)",
      resources: [group("audit", "redshift-2.0", [{ name: "enable_user_activity_logging", value: "true" }]), cluster("analytics", "audit-7c1e2f")],
    },
  ],
  bad: [
    {
      title: "a custom group that turns require_ssl off, linked by propertyDependencies during a preview",
      resources: [group("legacy", "redshift-2.0", [{ name: "require_ssl", value: "false" }]), cluster("analytics", UNKNOWN_SENTINELS.string, ["legacy"])],
      violations: ["analytics"],
      message: /parameter group "legacy" does not set require_ssl to true/,
    },
    {
      title: "a redshift-1.0 group that does not set require_ssl starts from false",
      resources: [group("audit", "redshift-1.0", [{ name: "enable_user_activity_logging", value: "true" }]), cluster("analytics", "audit-7c1e2f")],
      violations: ["analytics"],
    },
    {
      title: "a cluster on default.redshift-1.0, which cannot be changed to require TLS",
      resources: [cluster("analytics", "default.redshift-1.0")],
      violations: ["analytics"],
      message: /"default.redshift-1.0", whose require_ssl is false/,
    },
  ],
  unknown: [
    {
      title: "the group's require_ssl value computed during preview",
      resources: [group("tls", "redshift-1.0", [{ name: "require_ssl", value: UNKNOWN_SENTINELS.string }]), cluster("analytics", "tls-7c1e2f")],
    },
    {
      title: "a parameter group name computed during preview and linked to no group",
      resources: [cluster("analytics", UNKNOWN_SENTINELS.string)],
    },
  ],
});
