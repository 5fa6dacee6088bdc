// The S3 model behind the exposure policies: AWS's meaning of a public bucket policy and of a
// public ACL, and what the policies say when a public grant is rejected or ignored by AWS (no
// finding, a not-applicable note) or hangs on a preview unknown.
import { readCondition } from "../../../policies/aws/iam/condition";
import { readPublicAcl } from "../../../policies/aws/s3/public-acl";
import { readPublicPolicy } from "../../../policies/aws/s3/public-policy";
import table from "../../../policies/aws/s3/data/non-public-policy-conditions.json";
import { s3AclNotPublic } from "../../../policies/data/s3-acl-not-public";
import { s3BucketPolicyNotPublic } from "../../../policies/data/s3-bucket-policy-not-public";
import { UNKNOWN_STRING, runStackPolicy, secret } from "../../helpers/policy-harness";
import { ALL_FLAGS, S3, bucket, bucketId, byValue } from "./data-fixtures";

const everyone = (condition?: unknown) => ({ Statement: [{ Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: "*", Condition: condition }] });
const verdict = (condition: unknown) => readPublicPolicy(everyone(condition)).public;

describe("the table of condition keys that limit a public statement", () => {
  it("names its source and retrieval date, and keys in AWS's spelling", () => {
    expect(table.source).toMatch(/^https:\/\/docs\.aws\.amazon\.com\/AmazonS3\/latest\/userguide\/access-control-block-public-access\.html/);
    expect(table.retrieved).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const key of table.keys) expect(key).toMatch(/^(aws|s3):[A-Za-z]+$/);
    expect(table.keys).toEqual(expect.arrayContaining(["aws:SourceVpce", "aws:SourceVpc", "aws:SourceIp", "aws:SourceArn", "aws:SourceAccount", "aws:PrincipalOrgID", "aws:PrincipalAccount", "aws:PrincipalArn", "aws:SourceOrgID"]));
  });
});

describe("readPublicPolicy (S3's meaning of a public bucket policy)", () => {
  it.each([
    ["a fixed VPC endpoint", { StringEquals: { "aws:SourceVpce": "vpce-1a2b3c4d" } }],
    ["keys and operators in any case", { stringequals: { "AWS:SOURCEVPC": "vpc-1a2b3c4d" } }],
    ["an organization", { StringEquals: { "aws:PrincipalOrgID": "o-a1b2c3d4e5" } }],
    ["one account, as a number", { StringEquals: { "aws:SourceAccount": 123456789012 } }],
    ["a source ARN matched with ArnLike, no wildcard", { ArnLike: { "aws:SourceArn": "arn:aws:cloudfront::123456789012:distribution/E2QWRUHEXAMPLE" } }],
    ["an IPv4 /8 and an IPv6 /32", { IpAddress: { "aws:SourceIp": ["10.0.0.0/8", "2001:db8::/32"] } }],
    ["ForAnyValue on a fixed key", { "ForAnyValue:StringEquals": { "aws:PrincipalOrgID": ["o-a1b2c3d4e5"] } }],
    ["every access point of one account", { StringLike: { "s3:DataAccessPointArn": "arn:aws:s3:us-east-1:123456789012:accesspoint/*" } }],
    ["one role's sessions", { StringLike: { "aws:userid": "AROAEXAMPLEID123:*" } }],
    ["a limiting key beside one that does not limit", { StringEquals: { "aws:SourceVpce": "vpce-1a2b3c4d" }, Bool: { "aws:SecureTransport": "true" } }],
  ])("is not public when limited to %s", (_label, condition) => {
    expect(verdict(condition)).toBe("no");
  });

  it.each([
    ["no condition", undefined],
    ["a wildcard value", { StringLike: { "aws:SourceVpc": "vpc-*" } }],
    ["a policy variable", { StringEquals: { "aws:SourceAccount": "${aws:PrincipalAccount}" } }],
    ["IfExists", { StringEqualsIfExists: { "aws:SourceVpce": "vpce-1a2b3c4d" } }],
    ["a negated operator", { StringNotEquals: { "aws:PrincipalOrgID": "o-a1b2c3d4e5" } }],
    ["ForAllValues (true when the key is missing)", { "ForAllValues:StringEquals": { "aws:PrincipalOrgID": ["o-a1b2c3d4e5"] } }],
    ["Null", { Null: { "aws:SourceVpce": "false" } }],
    ["an IPv4 range broader than /8", { IpAddress: { "aws:SourceIp": ["203.0.113.0/24", "0.0.0.0/1"] } }],
    ["an IPv6 range broader than /32", { IpAddress: { "aws:SourceIp": "2000::/3" } }],
    ["NotIpAddress", { NotIpAddress: { "aws:SourceIp": "203.0.113.0/24" } }],
    ["aws:SourceIp with a string operator", { StringEquals: { "aws:SourceIp": "203.0.113.7" } }],
    ["a key that is not on AWS's list", { StringEquals: { "aws:RequestedRegion": "eu-west-1" } }],
    ["an access point ARN of any account", { StringLike: { "s3:DataAccessPointArn": "arn:aws:s3:us-east-1:*:accesspoint/*" } }],
    ["an empty value list", { StringEquals: { "aws:SourceVpce": [] } }],
    ["a condition that is not an object", "aws:SourceVpce"],
  ])("is public with %s", (_label, condition) => {
    expect(verdict(condition)).toBe("yes");
  });

  it.each([
    ["a limiting value unknown during preview", { StringEquals: { "aws:SourceVpce": UNKNOWN_STRING } }],
    ["one of the values unknown", { StringEquals: { "aws:SourceVpce": ["vpce-1a2b3c4d", UNKNOWN_STRING] } }],
    ["an operator block unknown", { StringEquals: UNKNOWN_STRING }],
    ["the whole condition unknown", UNKNOWN_STRING],
  ])("cannot tell with %s", (_label, condition) => {
    expect(verdict(condition)).toBe("maybe");
  });

  it("reads principals: *, { AWS: * } in a list, NotPrincipal; not services, accounts or canonical users", () => {
    const statement = (s: Record<string, unknown>) => readPublicPolicy({ Statement: [{ Effect: "Allow", Action: "s3:GetObject", Resource: "*", ...s }] }).public;
    expect(statement({ Principal: { AWS: ["arn:aws:iam::123456789012:root", "*"] } })).toBe("yes");
    expect(statement({ NotPrincipal: { AWS: "arn:aws:iam::123456789012:root" } })).toBe("yes");
    expect(statement({ Principal: { Service: "cloudfront.amazonaws.com" } })).toBe("no");
    expect(statement({ Principal: { AWS: "123456789012", CanonicalUser: "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be" } })).toBe("no");
    expect(statement({ Principal: { AWS: UNKNOWN_STRING } })).toBe("maybe");
    expect(statement({ Effect: UNKNOWN_STRING, Principal: "*" })).toBe("maybe");
    expect(statement({ Effect: "Deny", Principal: "*" })).toBe("no");
  });

  it("lists the statements that are surely public, and judges a document AWS would reject as not public", () => {
    const doc = JSON.stringify({ Statement: [{ Effect: "Deny", Principal: "*", Action: "s3:*" }, everyone().Statement[0], { Effect: "Allow", Principal: { AWS: UNKNOWN_STRING }, Action: "s3:*" }] });
    expect(readPublicPolicy(doc)).toEqual({ public: "yes", statements: [1] });
    expect(readPublicPolicy("{ not json")).toEqual({ public: "no", statements: [] });
    expect(readPublicPolicy(UNKNOWN_STRING)).toEqual({ public: "maybe", statements: [] });
  });

  it("readCondition splits the set prefix and IfExists off the operator", () => {
    expect(readCondition({ "ForAnyValue:StringLikeIfExists": { "AWS:PrincipalOrgPaths": ["o-1/*", true] } })).toEqual({
      kind: "parsed",
      unknown: false,
      tests: [{ operator: "stringlike", set: "foranyvalue", ifExists: true, key: "aws:principalorgpaths", values: { items: ["o-1/*", "true"], unknown: false } }],
    });
  });
});

describe("readPublicAcl (S3's meaning of a public ACL)", () => {
  const acl = (props: Record<string, unknown>, type: string = S3.aclV2) => readPublicAcl({ type, name: "acl", urn: "urn", props });
  it.each([
    ["public-read", { acl: "public-read" }, { public: "yes", write: false }],
    ["public-read-write", { acl: " Public-Read-Write " }, { public: "yes", write: true }],
    ["authenticated-read", { acl: "authenticated-read" }, { public: "yes", write: false }],
    ["private", { acl: "private" }, { public: "no", write: false }],
    ["log-delivery-write", { acl: "log-delivery-write" }, { public: "no", write: false }],
    ["an unknown acl", { acl: UNKNOWN_STRING }, { public: "maybe", write: false }],
    [
      "a FULL_CONTROL grant to AllUsers, accessControlPolicy as a list of one",
      { accessControlPolicy: [{ grants: [{ grantee: { type: "Group", uri: "https://acs.amazonaws.com/groups/global/AllUsers" }, permission: "FULL_CONTROL" }] }] },
      { public: "yes", write: true },
    ],
    ["a grant to the LogDelivery group", { accessControlPolicy: { grants: [{ grantee: { type: "Group", uri: "http://acs.amazonaws.com/groups/s3/LogDelivery" }, permission: "WRITE" }] } }, { public: "no", write: false }],
    ["a grantee unknown during preview", { accessControlPolicy: { grants: [{ grantee: { type: "Group", uri: UNKNOWN_STRING }, permission: "READ" }] } }, { public: "maybe", write: false }],
    ["grants unknown during preview", { accessControlPolicy: { grants: UNKNOWN_STRING } }, { public: "maybe", write: false }],
  ])("BucketAclV2 with %s", (_label, props, want) => {
    expect(acl(props)).toEqual(want);
  });

  it("reads a bucket's deprecated grants, an ObjectCopy's grants (no write on objects) and ignores other types", () => {
    const grants = [{ type: "Group", uri: "http://acs.amazonaws.com/groups/global/AuthenticatedUsers", permissions: ["READ", "WRITE"] }];
    expect(acl({ grants }, S3.bucket)).toEqual({ public: "yes", write: true });
    expect(acl({ grants }, "aws:s3/objectCopy:ObjectCopy")).toEqual({ public: "yes", write: false });
    expect(acl({ grants: [{ ...grants[0], permissions: [] }] }, S3.bucket)).toEqual({ public: "no", write: false });
    expect(acl({ acl: "public-read" }, S3.pab)).toEqual({ public: "no", write: false });
  });
});

const policyFlagsOff = { ...ALL_FLAGS, blockPublicPolicy: false, restrictPublicBuckets: false };
const aclFlagsOff = { ...ALL_FLAGS, blockPublicAcls: false, ignorePublicAcls: false };
const publicPolicy = (target: unknown = bucketId("site")) => byValue(S3.policy, "site-policy", target, { policy: JSON.stringify(everyone()) });

describe("s3-bucket-policy-not-public: notes and unknowns", () => {
  it.each([
    ["no block resource (S3's default)", [], /blockPublicPolicy is on, so AWS rejects the public policy/],
    ["a block that keeps restrictPublicBuckets on", [byValue(S3.pab, "pab", bucketId("site"), { ...policyFlagsOff, restrictPublicBuckets: true })], /restrictPublicBuckets is on, so S3 limits the public policy/],
    ["an account block with blockPublicPolicy on", [byValue(S3.pab, "pab", bucketId("site"), policyFlagsOff), { type: S3.accountPab, name: "account", props: { ...aclFlagsOff, restrictPublicBuckets: false } }], /AWS rejects the public policy/],
  ])("a public policy held back by %s: no finding, a note naming the policy", async (_label, extra, note) => {
    const outcome = await runStackPolicy(s3BucketPolicyNotPublic, [bucket("site"), publicPolicy(), ...extra]);
    expect(outcome.violations).toEqual([]);
    expect(outcome.notApplicable).toMatch(/aws\.s3\.BucketPolicy "site-policy" \(statement 0\) on S3 bucket "site"/);
    expect(outcome.notApplicable).toMatch(note);
  });

  it("a policy block that may be this bucket's (unknown bucket, no link) leaves the verdict open", async () => {
    const outcome = await runStackPolicy(s3BucketPolicyNotPublic, [bucket("site"), publicPolicy(), byValue(S3.pab, "pab", UNKNOWN_STRING, policyFlagsOff)]);
    expect(outcome.violations).toEqual([]);
    expect(outcome.notApplicable).toContain('the bucket policy of S3 bucket "site"');
  });

  it("an account block that stops public policies settles a policy whose bucket is unknown", async () => {
    const account = { type: S3.accountPab, name: "account", props: ALL_FLAGS };
    expect(await runStackPolicy(s3BucketPolicyNotPublic, [bucket("site"), publicPolicy(UNKNOWN_STRING), account])).toEqual({ violations: [] });
  });

  it("finds a public policy held as a secret and never prints it", async () => {
    const doc = JSON.stringify({ Statement: [{ Sid: "hunter2", Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: "arn:aws:s3:::s3cr3t/*" }] });
    const outcome = await runStackPolicy(s3BucketPolicyNotPublic, [bucket("site"), byValue(S3.pab, "pab", bucketId("site"), policyFlagsOff), byValue(S3.policy, "site-policy", bucketId("site"), { policy: secret(doc) })]);
    expect(outcome.violations).toHaveLength(1);
    expect(outcome.violations[0].message).not.toMatch(/hunter2|s3cr3t/);
  });

  it("an outside bucket's own block in the stack stops its public policy", async () => {
    const outcome = await runStackPolicy(s3BucketPolicyNotPublic, [publicPolicy("legacy"), byValue(S3.pab, "legacy-block", "legacy", ALL_FLAGS)]);
    expect(outcome.violations).toEqual([]);
    expect(outcome.notApplicable).toMatch(/on the bucket of aws\.s3\.BucketPolicy "site-policy" \(statement 0\): blockPublicPolicy is on, so AWS rejects/);
  });
});

describe("s3-acl-not-public: notes and unknowns", () => {
  const ownership = (objectOwnership: unknown) => byValue(S3.ownership, "ownership", bucketId("site"), { rule: [{ objectOwnership }] });
  const publicRead = byValue(S3.aclV2, "site-acl", bucketId("site"), { acl: "public-read" });
  const objects = Array.from({ length: 5 }, (_, i) => byValue(S3.object, `page-${i}`, bucketId("site"), { key: `p${i}.html`, acl: "public-read" }));

  it.each([
    ["ACLs disabled: no ownership controls", [byValue(S3.pab, "pab", bucketId("site"), aclFlagsOff)], /AWS rejects a public ACL: ACLs are disabled \(BucketOwnerEnforced/],
    ["ACLs disabled: BucketOwnerEnforced", [ownership("BucketOwnerEnforced"), byValue(S3.pab, "pab", bucketId("site"), aclFlagsOff)], /ACLs are disabled/],
    ["blockPublicAcls on (S3's default, no block resource)", [ownership("ObjectWriter")], /AWS rejects a public ACL: blockPublicAcls is on/],
    ["ignorePublicAcls on", [ownership("ObjectWriter"), byValue(S3.pab, "pab", bucketId("site"), { ...aclFlagsOff, ignorePublicAcls: true })], /S3 ignores a public ACL: ignorePublicAcls is on/],
  ])("a public ACL held back by %s: no finding, a note", async (_label, extra, note) => {
    const outcome = await runStackPolicy(s3AclNotPublic, [bucket("site"), publicRead, ...extra]);
    expect(outcome.violations).toEqual([]);
    expect(outcome.notApplicable).toMatch(/aws\.s3\.BucketAclV2 "site-acl" \(public read\) on S3 bucket "site"/);
    expect(outcome.notApplicable).toMatch(note);
  });

  it("many public objects: one finding on the bucket naming three and counting the rest", async () => {
    const outcome = await runStackPolicy(s3AclNotPublic, [bucket("site"), ownership("ObjectWriter"), byValue(S3.pab, "pab", bucketId("site"), aclFlagsOff), ...objects]);
    expect(outcome.violations).toHaveLength(1);
    expect(outcome.violations[0].message).toMatch(/"page-0" \(public read\), .*"page-2" \(public read\) and 2 more, its ownership controls enable ACLs/);
  });

  it("ownership controls that may be this bucket's (unknown bucket, no link) leave the verdict open", async () => {
    const outcome = await runStackPolicy(s3AclNotPublic, [bucket("site"), publicRead, byValue(S3.pab, "pab", bucketId("site"), aclFlagsOff), byValue(S3.ownership, "o", UNKNOWN_STRING, { rule: { objectOwnership: "ObjectWriter" } })]);
    expect(outcome.violations).toEqual([]);
    expect(outcome.notApplicable).toContain('the ACLs of S3 bucket "site"');
  });

  it("never prints an ACL held as a secret", async () => {
    const outcome = await runStackPolicy(s3AclNotPublic, [bucket("site"), ownership("ObjectWriter"), byValue(S3.pab, "pab", bucketId("site"), aclFlagsOff), byValue(S3.aclV2, "site-acl", bucketId("site"), { acl: secret("public-read") })]);
    expect(outcome.violations).toHaveLength(1);
    expect(outcome.violations[0].message).not.toContain("public-read");
  });
});
