import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const REPO = "aws:ecr/repository:Repository";
const scan = { imageScanningConfiguration: { scanOnPush: true } };

export const examples = policyExamples({
  policy: "ecr-immutable-tags",
  good: [
    {
      title: "a repository with immutable tags",
      resources: [{ type: REPO, name: "app", props: { name: "app", imageTagMutability: "IMMUTABLE", ...scan } }],
    },
    {
      title: "immutable tags except a moving latest tag",
      resources: [
        {
          type: REPO,
          name: "app",
          props: { name: "app", imageTagMutability: "IMMUTABLE_WITH_EXCLUSION", imageTagMutabilityExclusionFilters: [{ filter: "latest", filterType: "WILDCARD" }], ...scan },
        },
      ],
    },
  ],
  bad: [
    {
      title: "a repository that leaves tag mutability at its default",
      resources: [{ type: REPO, name: "app", props: { name: "app", ...scan } }],
      violations: ["app"],
      message: /ECR repository "app" lets pushed tags be overwritten \(imageTagMutability is not set and defaults to MUTABLE\)/,
    },
    {
      title: "a repository with mutable tags",
      resources: [{ type: REPO, name: "builds", props: { imageTagMutability: "MUTABLE" } }],
      violations: ["builds"],
      message: /imageTagMutability is MUTABLE\)/,
    },
  ],
  unknown: [
    {
      title: "tag mutability computed during preview",
      resources: [{ type: REPO, name: "app", props: { name: "app", imageTagMutability: UNKNOWN_SENTINELS.string } }],
    },
  ],
});
