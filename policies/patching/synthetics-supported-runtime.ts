// CloudWatch Synthetics canaries run on a runtime version that is not deprecated. A runtime is
// deprecated when any of its components (Lambda runtime, browser, framework) loses support; AWS
// then no longer patches it and new canaries cannot use it (CloudWatch User Guide, "Runtime
// versions support policy"). Dates: data/synthetics-runtimes.json.
import { resourcePolicy } from "../lib/control";
import { UNKNOWN } from "../lib/unknown";
import { readString } from "../lib/values";
import { BAD_EVALUATION_DATE, EVALUATION_DATE_CONFIG, EvaluationDateConfig, evaluationDay } from "./evaluation-date";
import { CANARY_PROPS as P, S } from "./service-types";
import { supportOf } from "./support-table";
import { SYNTHETICS_RUNTIMES } from "./support-tables";

export const syntheticsSupportedRuntime = resourcePolicy<EvaluationDateConfig>({
  name: "synthetics-supported-runtime",
  description: "CloudWatch Synthetics canaries use a runtime version (runtimeVersion) that has not reached its deprecation date.",
  severity: "high",
  enforcementLevel: "mandatory",
  domain: "patching",
  references: [],
  remediationSteps:
    "Set runtimeVersion to a current runtime of the same family (syn-nodejs-puppeteer-*, syn-nodejs-playwright-*, syn-python-selenium-*, syn-nodejs-*), test the canary script on it, and deploy. See https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Synthetics_Runtime_Support_Policy.html for the dates.",
  config: EVALUATION_DATE_CONFIG,
  types: [S.canary],
  check(canary, config, judge) {
    const runtime = readString(canary.props[P.runtimeVersion]);
    if (runtime === UNKNOWN) return judge.unknown(P.runtimeVersion);
    if (runtime === undefined) return;
    const day = evaluationDay(config);
    if (day === undefined) return judge.violation(BAD_EVALUATION_DATE);
    const id = runtime.trim().toLowerCase(); // printed only when listed: a known runtime name
    const support = supportOf(SYNTHETICS_RUNTIMES, id, day);
    if (support.listed && support.ended) {
      judge.violation(`Synthetics canary "${canary.name}" uses runtime ${id}, deprecated since ${support.since}: AWS no longer patches it. Move it to a current runtime version.`);
    }
  },
});
