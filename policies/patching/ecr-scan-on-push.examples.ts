import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const REPO = "aws:ecr/repository:Repository";
const REGISTRY = "aws:ecr/registryScanningConfiguration:RegistryScanningConfiguration";
const scanned = { imageScanningConfiguration: { scanOnPush: true }, imageTagMutability: "IMMUTABLE" };

export const examples = policyExamples({
  policy: "ecr-scan-on-push",
  good: [
    {
      title: "a repository that scans on push",
      resources: [{ type: REPO, name: "app", props: { name: "app", ...scanned } }],
    },
    {
      title: "enhanced registry scanning of every repository covers one without scanOnPush",
      resources: [
        { type: REPO, name: "app", props: { imageTagMutability: "IMMUTABLE" } },
        { type: REGISTRY, name: "inspector", props: { scanType: "ENHANCED", rules: [{ scanFrequency: "CONTINUOUS_SCAN", repositoryFilters: [{ filter: "*", filterType: "WILDCARD" }] }] } },
      ],
    },
    {
      title: "an enhanced rule whose wildcard matches the repository's name",
      resources: [
        { type: REPO, name: "payments", props: { name: "prod-payments" } },
        { type: REGISTRY, name: "inspector", props: { scanType: "ENHANCED", rules: [{ scanFrequency: "SCAN_ON_PUSH", repositoryFilters: [{ filter: "prod-*", filterType: "WILDCARD" }] }] } },
      ],
    },
    {
      title: "basic registry scanning with a scan-on-push rule for every repository",
      resources: [
        { type: REPO, name: "app", props: { name: "app", imageScanningConfiguration: { scanOnPush: false } } },
        { type: REGISTRY, name: "basic", props: { scanType: "BASIC", rules: [{ scanFrequency: "SCAN_ON_PUSH", repositoryFilters: [{ filter: "*", filterType: "WILDCARD" }] }] } },
      ],
    },
  ],
  bad: [
    {
      title: "a repository that leaves scanOnPush at its default (false)",
      resources: [{ type: REPO, name: "app", props: { name: "app", imageTagMutability: "IMMUTABLE" } }],
      violations: ["app"],
      message: /ECR repository "app" does not scan images on push \(imageScanningConfiguration\.scanOnPush is not set and defaults to false\)/,
    },
    {
      title: "an enhanced rule whose filter matches other repositories only",
      resources: [
        { type: REPO, name: "scratch", props: { name: "dev-scratch", imageScanningConfiguration: { scanOnPush: false } } },
        { type: REPO, name: "payments", props: { name: "prod-payments" } },
        { type: REGISTRY, name: "inspector", props: { scanType: "ENHANCED", rules: [{ scanFrequency: "CONTINUOUS_SCAN", repositoryFilters: [{ filter: "prod-*", filterType: "WILDCARD" }] }] } },
      ],
      violations: ["scratch"],
      message: /scanOnPush is false/,
    },
    {
      title: "a BASIC registry rule with a MANUAL frequency scans nothing automatically",
      resources: [
        { type: REPO, name: "app", props: { name: "app" } },
        { type: REGISTRY, name: "basic", props: { scanType: "BASIC", rules: [{ scanFrequency: "MANUAL", repositoryFilters: [{ filter: "*", filterType: "WILDCARD" }] }] } },
      ],
      violations: ["app"],
      message: /no registry scanning configuration of the stack covers it/,
    },
  ],
  unknown: [
    {
      title: "scanOnPush computed during preview",
      resources: [{ type: REPO, name: "app", props: { name: "app", imageScanningConfiguration: { scanOnPush: UNKNOWN_SENTINELS.boolean } } }],
    },
    {
      title: "an autonamed repository and a registry rule for some names",
      resources: [
        { type: REPO, name: "app", props: {} },
        { type: REGISTRY, name: "inspector", props: { scanType: "ENHANCED", rules: [{ scanFrequency: "CONTINUOUS_SCAN", repositoryFilters: [{ filter: "app*", filterType: "WILDCARD" }] }] } },
      ],
    },
    {
      title: "registry rules computed during preview",
      resources: [
        { type: REPO, name: "app", props: { name: "app" } },
        { type: REGISTRY, name: "inspector", props: { scanType: "ENHANCED", rules: UNKNOWN_SENTINELS.array } },
      ],
    },
  ],
});
