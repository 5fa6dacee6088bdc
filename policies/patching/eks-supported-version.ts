// EKS clusters run a Kubernetes version inside EKS standard support (14 months from its release
// on EKS). After it the cluster moves to extended support (at extra cost, for 12 more months) or,
// with upgradePolicy.supportType STANDARD, is upgraded automatically (EKS User Guide, "Understand
// the Kubernetes version lifecycle on EKS"). Dates: data/eks-versions.json. No version means EKS
// creates the cluster on its current default version.
import { resourcePolicy } from "../lib/control";
import { UNKNOWN } from "../lib/unknown";
import { readString } from "../lib/values";
import { BAD_EVALUATION_DATE, EVALUATION_DATE_CONFIG, EvaluationDateConfig, evaluationDay } from "./evaluation-date";
import { EKS_PROPS as P, S } from "./service-types";
import { supportOf } from "./support-table";
import { EKS_VERSIONS } from "./support-tables";

const minorOf = (id: string): number => Number(id.split(".")[1]);

/** The oldest listed 1.x version, when `id` is older than it. */
function olderThanListed(id: string): string | undefined {
  const listed = [...EKS_VERSIONS.ends.keys()].sort((a, b) => minorOf(a) - minorOf(b));
  const oldest = listed[0];
  return oldest !== undefined && minorOf(id) < minorOf(oldest) ? oldest : undefined;
}

export const eksSupportedVersion = resourcePolicy<EvaluationDateConfig>({
  name: "eks-supported-version",
  description: "EKS clusters run a Kubernetes version that has not passed the end of EKS standard support.",
  severity: "high",
  enforcementLevel: "mandatory",
  domain: "patching",
  references: [{ framework: "aws-fsbp", ids: ["EKS.2"] }],
  remediationSteps:
    "Upgrade the cluster one minor version at a time (each step raises version by one, e.g. \"1.33\" to \"1.34\" to \"1.35\"), upgrading node groups and add-ons after each step; check deprecated APIs first (EKS upgrade insights). See https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html for the dates.",
  config: EVALUATION_DATE_CONFIG,
  types: [S.eksCluster],
  check(cluster, config, judge) {
    const version = readString(cluster.props[P.version]);
    if (version === UNKNOWN) return judge.unknown(P.version);
    if (version === undefined) return;
    const m = /^\s*1\.(\d{1,3})(?:\.\d+)?\s*$/.exec(version);
    if (!m) return;
    const id = `1.${Number(m[1])}`;
    const day = evaluationDay(config);
    if (day === undefined) return judge.violation(BAD_EVALUATION_DATE);
    const what = `EKS cluster "${cluster.name}" runs Kubernetes ${id}`;
    const fix = "Upgrade it to a version in standard support, one minor version at a time.";
    const support = supportOf(EKS_VERSIONS, id, day);
    if (support.listed) {
      if (support.ended) judge.violation(`${what}, past the end of EKS standard support on ${support.since}. ${fix}`);
      return;
    }
    const oldest = olderThanListed(id);
    if (oldest !== undefined) judge.violation(`${what}, older than ${oldest} and long past the end of EKS support. ${fix}`);
  },
});
