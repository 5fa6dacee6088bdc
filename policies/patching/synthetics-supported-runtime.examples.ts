import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const CANARY = "aws:synthetics/canary:Canary";
const canary = (runtimeVersion: string) => ({
  artifactS3Location: "s3://canary-artifacts/",
  executionRoleArn: "arn:aws:iam::123456789012:role/canary",
  handler: "index.handler",
  zipFile: "canary.zip",
  runtimeVersion,
  schedule: { expression: "rate(5 minutes)" },
});
const on = (evaluationDate: string) => ({ evaluationDate });

export const examples = policyExamples({
  policy: "synthetics-supported-runtime",
  good: [
    {
      title: "a canary on a current Puppeteer runtime",
      config: on("2026-12-01"),
      resources: [{ type: CANARY, name: "homepage", props: canary("syn-nodejs-puppeteer-11.0") }],
    },
    {
      title: "syn-nodejs-puppeteer-7.0 the day before its deprecation (2026-01-22)",
      config: on("2026-01-21"),
      resources: [{ type: CANARY, name: "homepage", props: canary("syn-nodejs-puppeteer-7.0") }],
    },
  ],
  bad: [
    {
      title: "a canary on syn-nodejs-puppeteer-3.9, deprecated since 2024-01-08",
      config: on("2026-12-01"),
      resources: [{ type: CANARY, name: "homepage", props: canary("syn-nodejs-puppeteer-3.9") }],
      violations: ["homepage"],
      message: /Synthetics canary "homepage" uses runtime syn-nodejs-puppeteer-3\.9, deprecated since 2024-01-08/,
    },
    {
      title: "a Selenium canary from its runtime's deprecation date on",
      config: on("2026-02-03"),
      resources: [{ type: CANARY, name: "login", props: canary("syn-python-selenium-5.1") }],
      violations: ["login"],
      message: /syn-python-selenium-5\.1, deprecated since 2026-02-03/,
    },
  ],
  unknown: [
    {
      title: "a runtime version read from config during preview",
      config: on("2026-12-01"),
      resources: [{ type: CANARY, name: "homepage", props: canary(UNKNOWN_SENTINELS.string) }],
    },
  ],
});
