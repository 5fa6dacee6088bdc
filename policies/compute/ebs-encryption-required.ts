// Encrypted EBS: every volume an instance, launch template, launch configuration or aws:ebs/volume
// creates is encrypted at rest (and, when kmsKeyRequired, with a customer managed KMS key).
import { resourcePolicy } from "../lib/control";
import type { Judge } from "../lib/judge";
import type { ResourceView } from "../lib/resource-view";
import { T } from "../aws/types";
import { UNKNOWN } from "../lib/unknown";
import { readBool } from "../lib/values";
import { EbsDevice, ebsDevicesOf } from "./ebs-devices";
import { Fix, withFixes } from "./fixed-inputs";
import { LAUNCH_TYPES, launchKindOf } from "../aws/ec2/launch-kinds";

export interface EbsEncryptionConfig {
  kmsKeyRequired: boolean;
  assumeEncryptionByDefault: boolean;
}

const NO_DEFAULT = "a new EBS volume is unencrypted unless the account turns on EBS encryption by default or the volume is restored from an encrypted snapshot";

function subject(resource: ResourceView): string {
  return resource.type === T.ebsVolume ? "The EBS volume" : `The ${launchKindOf(resource.type) ?? "resource"}`;
}

function flag(device: EbsDevice): string {
  return device.path === "" ? "encrypted" : `${device.path}.encrypted`;
}

function spelled(device: EbsDevice): string {
  return typeof device.encryptedSpelling === "string" ? `"${device.encryptedSpelling}"` : String(device.encryptedSpelling);
}

/** The message for an unencrypted device, or undefined when it is encrypted (or can pass as such). */
function encryptionProblem(resource: ResourceView, device: EbsDevice, config: EbsEncryptionConfig): string | undefined {
  if (device.encrypted === true || device.encrypted === UNKNOWN) return undefined;
  const who = subject(resource);
  if (device.encrypted === false) {
    return `${who} stores ${device.path || "its data"} unencrypted: ${flag(device)} is false. Set ${flag(device)} to ${spelled(device)}.`;
  }
  if (readBool(config.assumeEncryptionByDefault) === true) return undefined;
  if (device.implicit && resource.type === T.launchTemplate) {
    return `${who} declares no blockDeviceMappings, so its root volume follows the AMI's snapshot, which is unencrypted for most public AMIs unless the account turns on EBS encryption by default. Add a blockDeviceMappings entry for the AMI's root device name with ebs: { encrypted: "true" }.`;
  }
  if (device.implicit) {
    return `${who} does not declare rootBlockDevice, so its root volume follows the AMI's snapshot, which is unencrypted for most public AMIs unless the account turns on EBS encryption by default. Add rootBlockDevice: { encrypted: true }.`;
  }
  return `${who} does not set ${flag(device)}, and ${NO_DEFAULT}. Set ${flag(device)} to ${spelled(device)}.`;
}

function keyProblem(resource: ResourceView, device: EbsDevice): string | undefined {
  const who = subject(resource);
  if (!device.kmsSupported) {
    return `${who} cannot name a customer managed KMS key for ${device.path} (launch configurations only use the account's default EBS key), and kmsKeyRequired is set. Move to a launch template with blockDeviceMappings[].ebs.kmsKeyId.`;
  }
  if (device.kmsKeyId !== undefined && device.kmsKeyId !== "") return undefined;
  const where = device.path === "" ? "kmsKeyId" : `${device.path}.kmsKeyId`;
  return `${who} encrypts ${device.path || "the volume"} with the AWS managed key (aws/ebs), but kmsKeyRequired asks for a customer managed KMS key. Set ${where}.`;
}

function judgeDevices(resource: ResourceView, config: EbsEncryptionConfig, judge: Judge): Fix[] {
  const { devices, unknown } = ebsDevicesOf(resource);
  unknown.forEach((what) => judge.unknown(what));
  const fixes: Fix[] = [];
  for (const device of devices) {
    if (device.encrypted === UNKNOWN) judge.unknown(flag(device));
    const problem = encryptionProblem(resource, device, config);
    if (problem) {
      judge.violation(problem);
      if (device.fix) fixes.push(device.fix);
      continue;
    }
    if (readBool(config.kmsKeyRequired) === true && device.encrypted !== UNKNOWN) {
      if (device.kmsKeyId === UNKNOWN) judge.unknown(`${device.path || "the volume"} kmsKeyId`);
      else {
        const keyIssue = keyProblem(resource, device);
        if (keyIssue) judge.violation(keyIssue);
      }
    }
  }
  return fixes;
}

const silent: Judge = { violation() {}, unknown() {}, notApplicable() {} };

export const ebsEncryptionRequired = resourcePolicy<EbsEncryptionConfig>({
  name: "ebs-encryption-required",
  description:
    "Every EBS volume is encrypted: instance root and EBS block devices, launch template block device mappings (ebs.encrypted, a string in v7), launch configuration devices and aws:ebs/volume. An undeclared root volume follows the AMI's snapshot and counts as unencrypted. Optionally (kmsKeyRequired) with a customer managed KMS key.",
  severity: "high",
  enforcementLevel: "mandatory",
  domain: "compute",
  references: [
    { framework: "aws-fsbp", ids: ["EC2.3", "EC2.7"] },
    { framework: "aws-ct", ids: ["CT.EC2.PR.7"] },
    { framework: "cis-aws", ids: ["2.2.1"] },
  ],
  remediationSteps:
    'Set encrypted: true on rootBlockDevice and every ebsBlockDevices entry (encrypted: "true" in launch template blockDeviceMappings[].ebs) and on aws.ebs.Volume; name kmsKeyId for a customer managed key. Also turn on EBS encryption by default for the account (aws.ebs.EncryptionByDefault). With enforcementLevel "remediate" Rampart sets the encrypted flags; it cannot pick a KMS key or a launch template\'s root device name for you.',
  config: {
    kmsKeyRequired: { type: "boolean", default: false, description: "Also require a customer managed KMS key (kmsKeyId) on every volume." },
    assumeEncryptionByDefault: {
      type: "boolean",
      default: false,
      description: "The account enables EBS encryption by default (EC2.7), so volumes that leave encrypted unset pass; an explicit false still fails.",
    },
  },
  types: [...LAUNCH_TYPES, T.ebsVolume],
  check(resource, config, judge) {
    judgeDevices(resource, config, judge);
  },
  remediate(resource, config) {
    const fixes = judgeDevices(resource, config, silent);
    return fixes.length > 0 ? withFixes(resource.props, fixes) : undefined;
  },
});
