import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const FN = "aws:lambda/function:Function";
const ROLE = "arn:aws:iam::123456789012:role/app-lambda";
const zip = (runtime: string) => ({ role: ROLE, handler: "index.handler", runtime, code: "./app.zip" });
const on = (evaluationDate: string) => ({ evaluationDate });

export const examples = policyExamples({
  policy: "lambda-supported-runtime",
  good: [
    {
      title: "a Node.js 22 function in December 2026",
      config: on("2026-12-01"),
      resources: [{ type: FN, name: "api", props: zip("nodejs22.x") }],
    },
    {
      title: "a Python 3.13 function",
      config: on("2026-12-01"),
      resources: [{ type: FN, name: "worker", props: zip("python3.13") }],
    },
    {
      title: "python3.9 on the day before its deprecation date (2025-12-15)",
      config: on("2025-12-14"),
      resources: [{ type: FN, name: "worker", props: zip("python3.9") }],
    },
    {
      title: "a container-image function has no managed runtime",
      config: on("2026-12-01"),
      resources: [{ type: FN, name: "image-fn", props: { role: ROLE, packageType: "Image", imageUri: "123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:1.4.2" } }],
    },
    {
      title: "a runtime the table does not list (newer than it) is not judged",
      config: on("2026-12-01"),
      resources: [{ type: FN, name: "next", props: zip("nodejs26.x") }],
    },
  ],
  bad: [
    {
      title: "a Node.js 16 function, deprecated since 2024-06-12",
      config: on("2026-12-01"),
      resources: [{ type: FN, name: "legacy-api", props: zip("nodejs16.x") }],
      violations: ["legacy-api"],
      message: /Lambda function "legacy-api" uses runtime nodejs16\.x, deprecated since 2024-06-12/,
    },
    {
      title: "python3.9 from its deprecation date on",
      config: on("2025-12-15"),
      resources: [{ type: FN, name: "worker", props: zip("python3.9") }],
      violations: ["worker"],
      message: /python3\.9, deprecated since 2025-12-15/,
    },
    {
      title: "go1.x and the Amazon Linux 1 provided runtime",
      config: on("2026-12-01"),
      resources: [
        { type: FN, name: "go-fn", props: zip("go1.x") },
        { type: FN, name: "custom-fn", props: zip("provided") },
      ],
      violations: ["go-fn", "custom-fn"],
      message: /deprecated since 2024-01-08/,
    },
    {
      title: "an evaluationDate that is no calendar day",
      config: on("2026-02-30"),
      resources: [{ type: FN, name: "api", props: zip("nodejs22.x") }],
      violations: ["api"],
      message: /evaluationDate is not a calendar date/,
    },
  ],
  unknown: [
    {
      title: "a runtime computed during preview",
      config: on("2026-12-01"),
      resources: [{ type: FN, name: "api", props: { ...zip("nodejs16.x"), runtime: UNKNOWN_SENTINELS.string } }],
    },
    {
      title: "a package type computed during preview",
      config: on("2026-12-01"),
      resources: [{ type: FN, name: "api", props: { ...zip("nodejs16.x"), packageType: UNKNOWN_SENTINELS.string } }],
    },
  ],
});
