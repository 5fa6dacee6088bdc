// eks-audit-logging: EKS clusters send their Kubernetes API audit log to CloudWatch Logs (EKS.8):
// who called the API server, with what. Control-plane logging is off for every log type unless
// enabledClusterLogTypes lists it (EKS User Guide, "Send control plane logs to CloudWatch Logs").
import { resourcePolicy } from "../lib/control";
import { UNKNOWN, isUnknown } from "../lib/unknown";
import { readList, readString } from "../lib/values";
import { EKS_CLUSTER_PROPS as P, MON } from "./types";

export const eksAuditLogging = resourcePolicy<Record<string, never>>({
  name: "eks-audit-logging",
  description: "EKS clusters send the Kubernetes audit log to CloudWatch Logs (enabledClusterLogTypes includes audit).",
  severity: "medium",
  // Hygiene: missing logs expose nothing (strict.json makes it mandatory).
  enforcementLevel: "advisory",
  domain: "monitoring",
  references: [{ framework: "aws-fsbp", ids: ["EKS.8"] }],
  remediationSteps:
    'Add "audit" (and "authenticator", "api") to enabledClusterLogTypes on the aws.eks.Cluster; create the ' +
    "/aws/eks/<cluster>/cluster log group first with retention and a KMS key.",
  types: [MON.eksCluster],
  check(cluster, _config, judge) {
    const types = readList(cluster.props[P.logTypes]);
    if (types === UNKNOWN) return judge.unknown(P.logTypes);
    const names = (types ?? []).map((t: unknown) => readString(t));
    if (names.some((n) => typeof n === "string" && n.trim().toLowerCase() === "audit")) return;
    if (names.some(isUnknown)) return judge.unknown(P.logTypes);
    judge.violation(`EKS cluster "${cluster.name}" keeps no audit log (enabledClusterLogTypes does not include audit). Add "audit" to enabledClusterLogTypes.`);
  },
});
