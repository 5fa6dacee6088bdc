import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const HUB = "aws:securityhub/account:Account";
const SUB = "aws:securityhub/standardsSubscription:StandardsSubscription";
const FSBP = "arn:aws:securityhub:eu-west-1::standards/aws-foundational-security-best-practices/v/1.0.0";

export const examples = policyExamples({
  policy: "securityhub-enabled",
  good: [
    {
      title: "the account baseline: Security Hub with the FSBP standard subscribed",
      config: { requireHub: true },
      resources: [
        { type: HUB, name: "hub", props: { enableDefaultStandards: false, autoEnableControls: true } },
        { type: SUB, name: "fsbp", props: { standardsArn: FSBP } },
      ],
    },
    {
      title: "Security Hub with its default standards",
      resources: [{ type: HUB, name: "hub", props: {} }],
    },
    {
      title: "a workload stack without Security Hub, when the account baseline stack owns it (requireHub off)",
      resources: [{ type: "aws:s3/bucket:Bucket", name: "assets", props: {} }],
    },
  ],
  bad: [
    {
      title: "the account baseline stack (requireHub) that does not enable Security Hub",
      config: { requireHub: true },
      resources: [{ type: "aws:s3/bucket:Bucket", name: "assets", props: {} }],
      violations: ["stack"],
      message: /This stack does not enable Security Hub \(requireHub is set\)/,
    },
    {
      title: "Security Hub without default standards or a subscription",
      resources: [{ type: HUB, name: "hub", props: { enableDefaultStandards: false } }],
      violations: ["hub"],
      message: /Security Hub account "hub" runs no standard/,
    },
  ],
  unknown: [
    {
      title: "enableDefaultStandards computed during preview",
      resources: [{ type: HUB, name: "hub", props: { enableDefaultStandards: UNKNOWN_SENTINELS.boolean } }],
    },
  ],
});
