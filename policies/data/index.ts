// The data controls of the rampart-aws pack, in documentation order.
import type { RampartPolicy } from "../lib/control";
import { rdsNotPublic } from "./rds-not-public";
import { rdsStorageEncrypted } from "./rds-storage-encrypted";
import { s3Encryption } from "./s3-encryption";
import { s3PublicAccessBlocked } from "./s3-public-access-blocked";

export const dataPolicies: RampartPolicy[] = [s3PublicAccessBlocked, s3Encryption, rdsNotPublic, rdsStorageEncrypted];
