// Lambda functions run on a runtime AWS still supports. From a runtime's deprecation date Lambda
// stops applying security patches to it (Lambda Developer Guide, "Runtime deprecation"), so a
// function left on it runs code with known, unfixed vulnerabilities. Container-image functions
// (packageType Image) bring their own runtime and are not judged. Dates: data/lambda-runtimes.json.
import { resourcePolicy } from "../lib/control";
import { UNKNOWN } from "../lib/unknown";
import { readString } from "../lib/values";
import { BAD_EVALUATION_DATE, EVALUATION_DATE_CONFIG, EvaluationDateConfig, evaluationDay } from "./evaluation-date";
import { LAMBDA_PROPS as P, S } from "./service-types";
import { supportOf } from "./support-table";
import { LAMBDA_RUNTIMES } from "./support-tables";

export const lambdaSupportedRuntime = resourcePolicy<EvaluationDateConfig>({
  name: "lambda-supported-runtime",
  description:
    "Lambda functions packaged as .zip archives use a runtime that has not reached its deprecation date (after it, AWS no longer patches the runtime). Container-image functions (packageType Image) have no managed runtime and are not judged.",
  severity: "high",
  enforcementLevel: "mandatory",
  domain: "patching",
  references: [{ framework: "aws-fsbp", ids: ["Lambda.2"] }],
  remediationSteps:
    'Move the function to a supported runtime of its language (e.g. runtime: "nodejs22.x", "python3.13", "java21", "dotnet10", "ruby3.4", "provided.al2023"), test it, and deploy. See https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html for the dates.',
  config: EVALUATION_DATE_CONFIG,
  types: [S.lambdaFunction],
  check(fn, config, judge) {
    const packageType = readString(fn.props[P.packageType]);
    if (packageType === UNKNOWN) return judge.unknown(P.packageType);
    if (typeof packageType === "string" && packageType.trim().toLowerCase() === "image") return;
    const runtime = readString(fn.props[P.runtime]);
    if (runtime === UNKNOWN) return judge.unknown(P.runtime);
    if (runtime === undefined) return; // the provider requires a runtime for .zip functions
    const day = evaluationDay(config);
    if (day === undefined) return judge.violation(BAD_EVALUATION_DATE);
    const id = runtime.trim().toLowerCase(); // printed only when listed: a known runtime name, never a secret
    const support = supportOf(LAMBDA_RUNTIMES, id, day);
    if (support.listed && support.ended) {
      judge.violation(
        `Lambda function "${fn.name}" uses runtime ${id}, deprecated since ${support.since}: AWS no longer applies security patches to it. Move it to a supported runtime of the same language.`,
      );
    }
  },
});
