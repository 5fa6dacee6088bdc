// The data controls of the rampart-aws pack, in documentation order: S3 and RDS first, then
// exposure, encryption and hygiene of the other data stores.
import type { RampartPolicy } from "../lib/control";
import { dynamodbPitrEnabled } from "./dynamodb-pitr-enabled";
import { ebsEncryptionByDefault } from "./ebs-encryption-by-default";
import { ebsSnapshotNotPublic } from "./ebs-snapshot-not-public";
import { efsEncrypted } from "./efs-encrypted";
import { elasticacheEncryptedAtRest } from "./elasticache-encrypted-at-rest";
import { elasticacheEncryptedInTransit } from "./elasticache-encrypted-in-transit";
import { kinesisStreamEncrypted } from "./kinesis-stream-encrypted";
import { opensearchInVpc } from "./opensearch-in-vpc";
import { rdsClusterDeletionProtection } from "./rds-cluster-deletion-protection";
import { rdsClusterStorageEncrypted } from "./rds-cluster-storage-encrypted";
import { rdsDeletionProtection } from "./rds-deletion-protection";
import { rdsNotPublic } from "./rds-not-public";
import { rdsSnapshotNotPublic } from "./rds-snapshot-not-public";
import { rdsStorageEncrypted } from "./rds-storage-encrypted";
import { redshiftEncrypted } from "./redshift-encrypted";
import { redshiftNotPublic } from "./redshift-not-public";
import { redshiftRequireTls } from "./redshift-require-tls";
import { s3AccountPublicAccessBlocked } from "./s3-account-public-access-blocked";
import { s3AclNotPublic } from "./s3-acl-not-public";
import { s3BucketPolicyNotPublic } from "./s3-bucket-policy-not-public";
import { s3Encryption } from "./s3-encryption";
import { s3PublicAccessBlocked } from "./s3-public-access-blocked";
import { snsTopicKmsEncrypted } from "./sns-topic-kms-encrypted";
import { sqsEncrypted } from "./sqs-encrypted";

export const dataPolicies: RampartPolicy[] = [
  s3PublicAccessBlocked,
  s3AccountPublicAccessBlocked,
  s3BucketPolicyNotPublic,
  s3AclNotPublic,
  s3Encryption,
  rdsNotPublic,
  rdsStorageEncrypted,
  rdsClusterStorageEncrypted,
  rdsSnapshotNotPublic,
  ebsSnapshotNotPublic,
  redshiftNotPublic,
  opensearchInVpc,
  redshiftEncrypted,
  redshiftRequireTls,
  elasticacheEncryptedAtRest,
  elasticacheEncryptedInTransit,
  efsEncrypted,
  kinesisStreamEncrypted,
  sqsEncrypted,
  snsTopicKmsEncrypted,
  ebsEncryptionByDefault,
  dynamodbPitrEnabled,
  rdsDeletionProtection,
  rdsClusterDeletionProtection,
];
