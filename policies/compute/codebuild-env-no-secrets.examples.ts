import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

// Credential-shaped values assembled at load time; none of them is real.
const fake = {
  accessKeyId: ["AKIA", "Q".repeat(8), "7".repeat(8)].join(""),
  github: ["ghp", "_", "a1B2".repeat(9)].join(""),
};
const PROJECT = "aws:codebuild/project:Project";
const project = (environmentVariables: unknown[]) => ({
  serviceRole: "arn:aws:iam::123456789012:role/codebuild-app",
  artifacts: { type: "NO_ARTIFACTS" },
  source: { type: "GITHUB", location: "https://github.com/acme/app.git" },
  environment: { computeType: "BUILD_GENERAL1_SMALL", image: "aws/codebuild/amazonlinux-x86_64-standard:5.0", type: "LINUX_CONTAINER", environmentVariables },
});

export const examples = policyExamples({
  policy: "codebuild-env-no-secrets",
  good: [
    {
      title: "a token read from Secrets Manager and a parameter from Parameter Store; plain settings in PLAINTEXT",
      resources: [{ type: PROJECT, name: "app", props: project([
        { name: "GITHUB_TOKEN", type: "SECRETS_MANAGER", value: "ci/github:token" },
        { name: "NPM_TOKEN", type: "PARAMETER_STORE", value: "/ci/npm-token" },
        { name: "NODE_ENV", type: "PLAINTEXT", value: "production" },
      ]) }],
    },
    {
      title: "a project without environment variables",
      resources: [{ type: PROJECT, name: "app", props: project([]) }],
    },
  ],
  bad: [
    {
      title: "AWS access keys as PLAINTEXT variables (the default type)",
      resources: [{ type: PROJECT, name: "deploy", props: project([{ name: "AWS_ACCESS_KEY_ID", value: fake.accessKeyId }, { name: "REGION", value: "eu-west-1" }]) }],
      violations: ["deploy"],
      message: /CodeBuild project "deploy" holds .* environment\.environmentVariables\[0\] AWS_ACCESS_KEY_ID \(an AWS access key ID\)/,
    },
    {
      title: "a GitHub token declared PLAINTEXT",
      resources: [{ type: PROJECT, name: "app", props: project([{ name: "GITHUB_TOKEN", type: "PLAINTEXT", value: fake.github }]) }],
      violations: ["app"],
      message: new RegExp(`^(?![\\s\\S]*${fake.github})[\\s\\S]*GITHUB_TOKEN \\(a GitHub token\\)`),
    },
  ],
  unknown: [
    {
      title: "a PLAINTEXT token whose value is an output during preview",
      resources: [{ type: PROJECT, name: "app", props: project([{ name: "API_TOKEN", type: "PLAINTEXT", value: UNKNOWN_SENTINELS.string }]) }],
    },
  ],
});
