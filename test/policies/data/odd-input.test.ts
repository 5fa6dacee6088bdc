// None of the data policies throws, whatever value stands in for any property.
import { dataPolicies } from "../../../policies/data";
import { rdsNotPublic } from "../../../policies/data/rds-not-public";
import { rdsStorageEncrypted } from "../../../policies/data/rds-storage-encrypted";
import { s3Encryption } from "../../../policies/data/s3-encryption";
import { s3PublicAccessBlocked } from "../../../policies/data/s3-public-access-blocked";
import { urnOf } from "../../helpers/policy-harness";
import { assertArbitraryPropsNeverThrow, assertResourcePolicyNeverThrows, assertStackPolicyNeverThrows } from "../web/odd-input-harness";
import { ALL_FLAGS, S3, bucket, bucketId, byValue, sseRules } from "./data-fixtures";

describe("data policies on odd input", () => {
  it("s3-public-access-blocked never throws", async () => {
    await assertStackPolicyNeverThrows(s3PublicAccessBlocked, [
      bucket("data"),
      bucket("old", {}, S3.bucketV2),
      byValue(S3.pab, "pab", bucketId("data"), ALL_FLAGS),
      { ...byValue(S3.pab, "pab2", "elsewhere", { ...ALL_FLAGS, blockPublicAcls: false }), propertyDependencies: { bucket: [urnOf(S3.bucketV2, "old")] } },
      { type: S3.accountPab, name: "account", props: { ...ALL_FLAGS, restrictPublicBuckets: false } },
    ]);
  });

  it("s3-encryption never throws", async () => {
    await assertStackPolicyNeverThrows(s3Encryption, [
      bucket("data", { serverSideEncryptionConfiguration: { rule: { applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } } } }),
      bucket("old", { serverSideEncryptionConfigurations: [{ rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms" } }] }] }, S3.bucketV2),
      byValue(S3.sse, "sse", bucketId("data"), sseRules("aws:kms")),
    ]);
    await assertStackPolicyNeverThrows(s3Encryption, [bucket("data")], { allowedAlgorithms: [null, 3, "AES256"], requireExplicit: "yes" });
  });

  it("rds-not-public never throws", async () => {
    await assertResourcePolicyNeverThrows(rdsNotPublic, "aws:rds/instance:Instance", { engine: "postgres", publiclyAccessible: false, tags: { a: "b" } });
  });

  it("rds-storage-encrypted never throws", async () => {
    await assertResourcePolicyNeverThrows(rdsStorageEncrypted, "aws:rds/cluster:Cluster", { engine: "aurora-mysql", engineMode: "provisioned", storageEncrypted: true, kmsKeyId: "k" }, { requireKmsKey: true });
  });

  it.each(dataPolicies.map((p) => ({ name: p.name, policy: p })))("$name never throws on arbitrary props", async ({ policy }) => {
    await assertArbitraryPropsNeverThrow(policy, policy.rampart.types);
  });
});
