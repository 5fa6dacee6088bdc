import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const KEY = "aws:iam/accessKey:AccessKey";

export const examples = policyExamples({
  policy: "iam-no-access-keys",
  good: [
    {
      title: "a key kept Inactive while its consumer moves to a role authenticates nothing",
      resources: [{ type: KEY, name: "legacy-ci", props: { user: "ci", status: "Inactive" } }],
    },
  ],
  bad: [
    {
      title: "an access key for a CI user (Active by default)",
      resources: [{ type: KEY, name: "ci-key", props: { user: "ci" } }],
      violations: ["ci-key"],
      message: /AccessKey "ci-key" creates an active long-term access key whose secret is stored in the stack's state/,
    },
    {
      title: "a PGP-encrypted key is still a long-term credential",
      resources: [{ type: KEY, name: "smtp", props: { user: "mailer", pgpKey: "keybase:ops", status: "Active" } }],
      violations: ["smtp"],
      message: /AccessKey "smtp"/,
    },
  ],
  unknown: [
    {
      title: "the status is computed during preview",
      resources: [{ type: KEY, name: "maybe", props: { user: "ci", status: UNKNOWN_SENTINELS.string } }],
    },
  ],
});
