import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const ACCOUNT_BLOCK = "aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock";
const ALL_ON = { blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true };
const account = (props: Record<string, unknown>) => ({ type: ACCOUNT_BLOCK, name: "account", props });

export const examples = policyExamples({
  policy: "s3-account-public-access-blocked",
  good: [
    { title: "the account-wide block with all four flags on (the reference AccountBaseline)", resources: [account(ALL_ON)] },
    {
      title: "the four flags as the strings \"true\"",
      resources: [account({ blockPublicAcls: "true", blockPublicPolicy: "true", ignorePublicAcls: "true", restrictPublicBuckets: "true" })],
    },
    {
      title: "a stack that sets no account-wide block is not judged: it may not own the account",
      resources: [{ type: "aws:s3/bucket:Bucket", name: "assets", props: { forceDestroy: false } }],
    },
  ],
  bad: [
    {
      title: "the account-wide block turned off for bucket policies, to host a static website",
      resources: [account({ ...ALL_ON, blockPublicPolicy: false, restrictPublicBuckets: false })],
      violations: ["account"],
      message: /AccountPublicAccessBlock "account" leaves blockPublicPolicy, restrictPublicBuckets unset or false/,
    },
    {
      title: "an account-wide block that sets only the ACL flags: the provider sends the two others as false",
      resources: [account({ blockPublicAcls: true, ignorePublicAcls: true })],
      violations: ["account"],
      message: /leaves blockPublicPolicy, restrictPublicBuckets unset or false/,
    },
  ],
  unknown: [
    {
      title: "a flag read from another stack's output during preview",
      resources: [account({ ...ALL_ON, restrictPublicBuckets: UNKNOWN_SENTINELS.boolean })],
    },
  ],
});
