// AccountBaseline under Pulumi's mock runtime.
import { installMocks, one, ofType, policyOf, settle } from "./mock-aws";
import { AccountBaseline } from "../../stacks";

const registered = installMocks();
const mine = (prefix: string) => registered.filter((r) => r.name.startsWith(prefix));

beforeAll(async () => {
  new AccountBaseline("acct");
  new AccountBaseline("lean", {
    trailToCloudWatch: false, guardDuty: false, ebsEncryptionByDefault: false, imdsV2Defaults: false,
    s3AccountPublicAccessBlock: false, passwordPolicy: { minimumPasswordLength: 8, maxPasswordAge: 60 },
  });
  await settle(registered);
});

test("a multi-region, validated, KMS-encrypted trail that logs, also to CloudWatch", () => {
  const trail = one(mine("acct"), "aws:cloudtrail/trail:Trail");
  expect(trail.inputs).toMatchObject({
    name: "acct", isMultiRegionTrail: true, includeGlobalServiceEvents: true, enableLogFileValidation: true, enableLogging: true, s3KeyPrefix: "cloudtrail",
  });
  const key = one(mine("acct"), "aws:kms/key:Key", "acct-trail-key");
  expect(trail.inputs.kmsKeyId).toContain("acct-trail-key");
  expect(key.inputs.enableKeyRotation).toBe(true);
  const keyPolicy = policyOf(key.inputs.policy);
  const encrypt = keyPolicy.Statement.find((s) => s.Sid === "CloudTrailEncryptsLogs")!;
  expect(encrypt.Principal).toEqual({ Service: "cloudtrail.amazonaws.com" });
  expect(encrypt.Condition.StringEquals["aws:SourceArn"]).toBe("arn:aws:cloudtrail:eu-west-1:123456789012:trail/acct");
  expect(trail.inputs.cloudWatchLogsGroupArn).toMatch(/:\*$/);
  const group = ofType(mine("acct"), "aws:cloudwatch/logGroup:LogGroup");
  expect(group).toHaveLength(1);
  expect(group[0].inputs.retentionInDays).toBe(365);
  expect(group[0].inputs.kmsKeyId).toEqual(expect.stringContaining("arn:"));
});

test("the trail bucket is hardened, SSE-KMS, and lets only this trail write", () => {
  const sse = one(mine("acct"), "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration", "acct-trail-encryption");
  expect(sse.inputs.rules[0]).toMatchObject({ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms" }, bucketKeyEnabled: true });
  const pab = one(mine("acct"), "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", "acct-trail-public-access");
  expect(pab.inputs).toMatchObject({ blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true });
  const policy = policyOf(one(mine("acct"), "aws:s3/bucketPolicy:BucketPolicy", "acct-trail-policy").inputs.policy);
  expect(policy.Statement.map((s) => s.Sid)).toEqual(["DenyInsecureTransport", "CloudTrailAclCheck", "CloudTrailWrite"]);
  expect(policy.Statement[2].Resource).toMatch(/\/cloudtrail\/AWSLogs\/123456789012\/\*$/);
  expect(policy.Statement[2].Condition.StringEquals["aws:SourceArn"]).toBe("arn:aws:cloudtrail:eu-west-1:123456789012:trail/acct");
});

test("AWS Config records every type through the service-linked role, into a hardened bucket, and is started (Config.1)", () => {
  const r = mine("acct");
  const role = one(r, "aws:iam/serviceLinkedRole:ServiceLinkedRole");
  expect(role.inputs.awsServiceName).toBe("config.amazonaws.com");
  const recorder = one(r, "aws:cfg/recorder:Recorder");
  expect(recorder.inputs.recordingGroup).toEqual({ allSupported: true, includeGlobalResourceTypes: true });
  const channel = one(r, "aws:cfg/deliveryChannel:DeliveryChannel");
  expect(channel.inputs).toMatchObject({ s3BucketName: one(r, "aws:s3/bucket:Bucket", "acct-config").id, s3KeyPrefix: "config" });
  expect(one(r, "aws:cfg/recorderStatus:RecorderStatus").inputs.isEnabled).toBe(true);
  const policy = policyOf(one(r, "aws:s3/bucketPolicy:BucketPolicy", "acct-config-policy").inputs.policy);
  expect(policy.Statement.map((s) => s.Sid)).toEqual(["DenyInsecureTransport", "AWSConfigBucketPermissionsCheck", "AWSConfigBucketDelivery"]);
  expect(policy.Statement[2].Resource).toMatch(/\/config\/AWSLogs\/123456789012\/Config\/\*$/);
});

test("Security Hub runs the FSBP standard (SecurityHub.1)", () => {
  const r = mine("acct");
  expect(one(r, "aws:securityhub/account:Account").inputs.enableDefaultStandards).toBe(false);
  expect(one(r, "aws:securityhub/standardsSubscription:StandardsSubscription").inputs.standardsArn).toBe(
    "arn:aws:securityhub:eu-west-1::standards/aws-foundational-security-best-practices/v/1.0.0",
  );
});

test("the trail and Config buckets send their server access logs to the access-log bucket (S3.9)", () => {
  const r = mine("acct");
  const sink = one(r, "aws:s3/bucket:Bucket", "acct-s3-access-logs");
  const loggings = ofType(r, "aws:s3/bucketLogging:BucketLogging");
  expect(loggings.map((l) => [l.inputs.bucket, l.inputs.targetBucket, l.inputs.targetPrefix]).sort()).toEqual([
    [one(r, "aws:s3/bucket:Bucket", "acct-config").id, sink.id, "config/"],
    [one(r, "aws:s3/bucket:Bucket", "acct-trail").id, sink.id, "trail/"],
  ]);
});

test("GuardDuty, EBS encryption by default, IMDSv2 defaults, account public access block, password policy", () => {
  const r = mine("acct");
  expect(one(r, "aws:guardduty/detector:Detector").inputs.enable).toBe(true);
  expect(one(r, "aws:ebs/encryptionByDefault:EncryptionByDefault").inputs.enabled).toBe(true);
  expect(one(r, "aws:ec2/instanceMetadataDefaults:InstanceMetadataDefaults").inputs).toMatchObject({ httpTokens: "required", httpPutResponseHopLimit: 1 });
  expect(one(r, "aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock").inputs).toMatchObject({
    blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true,
  });
  expect(one(r, "aws:iam/accountPasswordPolicy:AccountPasswordPolicy").inputs).toMatchObject({
    minimumPasswordLength: 14, passwordReusePrevention: 24, maxPasswordAge: 90,
    requireLowercaseCharacters: true, requireUppercaseCharacters: true, requireNumbers: true, requireSymbols: true,
  });
});

test("features can be turned off; the password length never drops below 14", () => {
  const r = mine("lean");
  for (const type of [
    "aws:guardduty/detector:Detector", "aws:ebs/encryptionByDefault:EncryptionByDefault", "aws:ec2/instanceMetadataDefaults:InstanceMetadataDefaults",
    "aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock", "aws:cloudwatch/logGroup:LogGroup",
  ]) expect(ofType(r, type)).toHaveLength(0);
  const trail = one(r, "aws:cloudtrail/trail:Trail");
  expect(trail.inputs.cloudWatchLogsGroupArn).toBeUndefined();
  expect(trail.inputs.isMultiRegionTrail).toBe(true);
  expect(one(r, "aws:iam/accountPasswordPolicy:AccountPasswordPolicy").inputs).toMatchObject({ minimumPasswordLength: 14, maxPasswordAge: 60 });
});
