import { UNKNOWN_SENTINELS } from "../lib/codec";
import { ExampleResource, policyExamples } from "../lib/examples";

const U = UNKNOWN_SENTINELS.string;
const BUCKET = "aws:s3/bucket:Bucket";
const ACL = "aws:s3/bucketAclV2:BucketAclV2";
const OWNERSHIP = "aws:s3/bucketOwnershipControls:BucketOwnershipControls";
const BLOCK = "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock";
const ACCOUNT_BLOCK = "aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock";
const OBJECT = "aws:s3/bucketObjectv2:BucketObjectv2";
const NAME = "downloads-5d9e0b7";
const ALL_USERS = "http://acs.amazonaws.com/groups/global/AllUsers";
const AUTHENTICATED_USERS = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers";
const OWNER = { id: "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be" };

const downloads = { type: BUCKET, name: "downloads", props: { forceDestroy: false }, outputs: { id: NAME, bucket: NAME, arn: `arn:aws:s3:::${NAME}`, forceDestroy: false } };
const ownership = (objectOwnership: unknown) => ({ type: OWNERSHIP, name: "downloads-ownership", props: { bucket: NAME, rule: { objectOwnership } } });
const allOff = { type: BLOCK, name: "downloads-block", props: { bucket: NAME, blockPublicAcls: false, ignorePublicAcls: false, blockPublicPolicy: false, restrictPublicBuckets: false } };
const cannedAcl = (acl: unknown, bucket: unknown = NAME) => ({ type: ACL, name: "downloads-acl", props: { bucket, acl } });
const grantAcl = (uri: string, permission: string) => ({
  type: ACL,
  name: "downloads-acl",
  props: { bucket: NAME, accessControlPolicy: { owner: OWNER, grants: [{ grantee: { type: "CanonicalUser", id: OWNER.id }, permission: "FULL_CONTROL" }, { grantee: { type: "Group", uri }, permission }] } },
});
/** ACLs back on (ObjectWriter) and every block flag off: what a public ACL needs to take effect. */
const aclsOn = (...rest: ExampleResource[]): ExampleResource[] => [downloads, ownership("ObjectWriter"), allOff, ...rest];

export const examples = policyExamples({
  policy: "s3-acl-not-public",
  good: [
    {
      title: "public-read on a bucket with no ownership controls: ACLs are disabled (BucketOwnerEnforced, S3's default since April 2023) and AWS rejects it",
      resources: [downloads, allOff, cannedAcl("public-read")],
    },
    {
      title: "ACLs enabled (ObjectWriter) and public-read, on a bucket with no block resource: S3's default blockPublicAcls rejects it",
      resources: [downloads, ownership("ObjectWriter"), cannedAcl("public-read")],
    },
    {
      title: "a log bucket with ACLs enabled for log delivery (log-delivery-write is not public)",
      resources: aclsOn(cannedAcl("log-delivery-write")),
    },
    {
      title: "an object uploaded with public-read under an account-wide block that ignores public ACLs",
      resources: [
        ...aclsOn({ type: OBJECT, name: "index-html", props: { bucket: NAME, key: "index.html", acl: "public-read" } }),
        { type: ACCOUNT_BLOCK, name: "account", props: { blockPublicAcls: false, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true } },
      ],
    },
  ],
  bad: [
    {
      title: "ObjectWriter ownership, every block flag off and a public-read BucketAclV2",
      resources: aclsOn(cannedAcl("public-read")),
      violations: ["downloads"],
      message: /S3 bucket "downloads" is public through ACLs: everyone \(AllUsers or AuthenticatedUsers\) is granted access by aws\.s3\.BucketAclV2 "downloads-acl" \(public read\)/,
    },
    {
      title: "BucketOwnerPreferred ownership and a grant of WRITE to the AllUsers group",
      resources: [downloads, ownership("BucketOwnerPreferred"), allOff, grantAcl(ALL_USERS, "WRITE")],
      violations: ["downloads"],
      message: /\(public read and write\)/,
    },
    {
      title: "a READ grant to AuthenticatedUsers: every AWS account's users count as the public",
      resources: aclsOn(grantAcl(AUTHENTICATED_USERS, "READ")),
      violations: ["downloads"],
    },
    {
      title: "the bucket's deprecated acl public-read-write",
      resources: [{ ...downloads, outputs: { ...downloads.outputs, acl: "public-read-write" } }, ownership("ObjectWriter"), allOff],
      violations: ["downloads"],
      message: /by its acl or grants \(public read and write\)/,
    },
    {
      title: "objects uploaded with public-read: one finding on their bucket, naming them",
      resources: aclsOn(
        { type: OBJECT, name: "index-html", props: { bucket: NAME, key: "index.html", acl: "public-read" } },
        { type: OBJECT, name: "app-js", props: { bucket: NAME, key: "app.js", acl: "public-read" } },
      ),
      violations: ["downloads"],
      message: /aws\.s3\.BucketObjectv2 "index-html" \(public read\) and aws\.s3\.BucketObjectv2 "app-js" \(public read\)/,
    },
    {
      title: "a public-read object in a bucket this stack does not create (named by its name): nothing in the stack disables its ACLs",
      resources: [{ type: OBJECT, name: "installer", props: { bucket: "legacy-downloads", key: "setup.exe", acl: "public-read" } }],
      violations: ["installer"],
      message: /A bucket this stack does not create is public through ACLs/,
    },
    {
      title: "during a preview, ownership controls, block and ACL linked by propertyDependencies",
      resources: [
        { type: BUCKET, name: "downloads", props: { forceDestroy: false, id: U, bucket: U, arn: U } },
        { ...ownership("ObjectWriter"), props: { bucket: U, rule: { objectOwnership: "ObjectWriter" } }, propertyDependencies: { bucket: ["downloads"] } },
        { ...allOff, props: { ...allOff.props, bucket: U }, propertyDependencies: { bucket: ["downloads"] } },
        { ...cannedAcl("public-read", U), propertyDependencies: { bucket: ["downloads"] } },
      ],
      violations: ["downloads"],
    },
  ],
  unknown: [
    {
      title: "the ownership controls' objectOwnership comes from config during preview",
      resources: [downloads, ownership(U), allOff, cannedAcl("public-read")],
    },
    {
      title: "the canned ACL is computed during preview",
      resources: aclsOn(cannedAcl(U)),
    },
    {
      title: "a public ACL whose bucket is unknown during preview and linked by no dependency",
      resources: aclsOn(cannedAcl("public-read", U)),
    },
  ],
});
