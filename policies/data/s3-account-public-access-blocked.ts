// The account-wide S3 Block Public Access is not switched off. AWS does not set it for an account,
// so a stack without an aws.s3.AccountPublicAccessBlock is not judged; one that sets a flag false,
// or leaves it unset (the provider then sends false), turns the account-wide safety net off for
// every bucket of the account and region, created here or elsewhere: then only each bucket's own
// block stands between a public policy or ACL and the internet (S3 User Guide:
// https://docs.aws.amazon.com/AmazonS3/latest/userguide/configuring-block-public-access-account.html;
// Security Hub S3.1: https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-1).
import { resourcePolicy } from "../lib/control";
import { readPublicAccessFlags } from "../aws/s3/public-access-flags";
import { S3_T } from "../aws/s3/types";

export const s3AccountPublicAccessBlocked = resourcePolicy<Record<string, never>>({
  name: "s3-account-public-access-blocked",
  description:
    "No aws.s3.AccountPublicAccessBlock leaves blockPublicAcls, blockPublicPolicy, ignorePublicAcls or restrictPublicBuckets false or unset. A stack without one is not judged.",
  severity: "high",
  enforcementLevel: "mandatory",
  domain: "data",
  references: [
    { framework: "aws-fsbp", ids: ["S3.1"] },
    { framework: "cis-aws", ids: ["2.1.4"] },
    { framework: "owasp", ids: ["A01:2021"] },
  ],
  remediationSteps:
    "Set blockPublicAcls, blockPublicPolicy, ignorePublicAcls and restrictPublicBuckets to true on the aws.s3.AccountPublicAccessBlock (the reference AccountBaseline does). Serve public content through CloudFront with origin access control rather than opening the account.",
  types: [S3_T.accountPublicAccessBlock],
  check(block, _config, judge) {
    const reading = readPublicAccessFlags(block.props);
    if (reading.off.length > 0) {
      judge.violation(
        `AccountPublicAccessBlock "${block.name}" leaves ${reading.off.join(", ")} unset or false: for those, only each bucket's own block keeps the account's buckets private. Set all four flags to true.`,
      );
    } else if (reading.unknown.length > 0) judge.unknown(reading.unknown.join(", "));
  },
});
