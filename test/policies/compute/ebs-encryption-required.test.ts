import { ebsEncryptionRequired } from "../../../policies/compute/ebs-encryption-required";
import { T } from "../../../policies/aws/types";
import { UNKNOWN_ARRAY, UNKNOWN_BOOL, UNKNOWN_OBJECT, UNKNOWN_STRING, secret } from "../../helpers/policy-harness";
import { ResourceCase, runCase, tally } from "./table";

const INST = T.instance;
const LT = T.launchTemplate;
const LC = T.launchConfiguration;
const VOL = T.ebsVolume;
const KEY = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";

const cases: ResourceCase[] = [
  // bad
  { label: "instance without rootBlockDevice (AMI snapshot decides)", type: INST, props: { ami: "ami-1" }, expect: "violation", message: /does not declare rootBlockDevice/ },
  { label: "instance root volume explicitly unencrypted", type: INST, props: { rootBlockDevice: { encrypted: false } }, expect: "violation", message: /rootBlockDevice.encrypted is false/ },
  { label: "instance EBS device without encrypted", type: INST, props: { rootBlockDevice: { encrypted: true }, ebsBlockDevices: [{ deviceName: "/dev/sdf" }] }, expect: "violation", count: 1, message: /ebsBlockDevices\[0\].encrypted/ },
  { label: "launch template mapping with encrypted \"false\" (v7 string)", type: LT, props: { blockDeviceMappings: [{ deviceName: "/dev/xvda", ebs: { encrypted: "false", volumeSize: 20 } }] }, expect: "violation", message: /blockDeviceMappings\[0\].ebs.encrypted is false.*"true"/ },
  { label: "launch template without blockDeviceMappings", type: LT, props: { imageId: "ami-1" }, expect: "violation", message: /declares no blockDeviceMappings/ },
  { label: "launch configuration root without encrypted", type: LC, props: { rootBlockDevice: { volumeSize: 20 } }, expect: "violation" },
  { label: "launch configuration EBS device unencrypted", type: LC, props: { rootBlockDevice: { encrypted: true }, ebsBlockDevices: [{ deviceName: "/dev/sdf", encrypted: false }] }, expect: "violation", count: 1 },
  { label: "volume without encrypted", type: VOL, props: { availabilityZone: "eu-west-1a", size: 10 }, expect: "violation", message: /The EBS volume does not set encrypted/ },
  { label: "volume encrypted false", type: VOL, props: { availabilityZone: "eu-west-1a", encrypted: false }, expect: "violation" },
  { label: "kmsKeyRequired and no key on a volume", type: VOL, props: { encrypted: true }, config: { kmsKeyRequired: true }, expect: "violation", message: /customer managed KMS key/ },
  { label: "kmsKeyRequired on a launch configuration", type: LC, props: { rootBlockDevice: { encrypted: true } }, config: { kmsKeyRequired: true }, expect: "violation", message: /launch template/ },
  { label: "explicit false still fails when encryption by default is assumed", type: INST, props: { rootBlockDevice: { encrypted: false } }, config: { assumeEncryptionByDefault: true }, expect: "violation" },
  // good
  { label: "instance with encrypted root and EBS devices", type: INST, props: { rootBlockDevice: { encrypted: true }, ebsBlockDevices: [{ deviceName: "/dev/sdf", encrypted: true }] }, expect: "pass" },
  { label: "launch template with encrypted \"true\"", type: LT, props: { blockDeviceMappings: [{ deviceName: "/dev/xvda", ebs: { encrypted: "true" } }] }, expect: "pass" },
  { label: "launch template instance-store mapping has no EBS", type: LT, props: { blockDeviceMappings: [{ deviceName: "/dev/xvda", ebs: { encrypted: "true" } }, { deviceName: "/dev/sdb", virtualName: "ephemeral0" }] }, expect: "pass" },
  { label: "launch configuration encrypted, suppressed device ignored", type: LC, props: { rootBlockDevice: { encrypted: true }, ebsBlockDevices: [{ deviceName: "/dev/sdg", noDevice: true }] }, expect: "pass" },
  { label: "volume encrypted with a customer key when required", type: VOL, props: { encrypted: true, kmsKeyId: KEY }, config: { kmsKeyRequired: true }, expect: "pass" },
  { label: "unset flags pass when encryption by default is assumed", type: LT, props: {}, config: { assumeEncryptionByDefault: true }, expect: "pass" },
  { label: "instance from a template takes the template's root volume", type: INST, props: { launchTemplate: { id: "lt-1" } }, expect: "pass" },
  { label: "encrypted flag as a secret", type: VOL, props: { encrypted: secret(true) }, expect: "pass" },
  { label: "kms key as a secret", type: INST, props: { rootBlockDevice: { encrypted: true, kmsKeyId: secret(KEY) } }, config: { kmsKeyRequired: true }, expect: "pass" },
  // unknown during preview
  { label: "encrypted unknown", type: VOL, props: { encrypted: UNKNOWN_BOOL }, expect: "not-applicable", message: /encrypted/ },
  { label: "rootBlockDevice unknown", type: INST, props: { rootBlockDevice: UNKNOWN_OBJECT }, expect: "not-applicable", message: /rootBlockDevice/ },
  { label: "blockDeviceMappings unknown", type: LT, props: { blockDeviceMappings: UNKNOWN_ARRAY }, expect: "not-applicable" },
  { label: "kms key unknown when required", type: VOL, props: { encrypted: true, kmsKeyId: UNKNOWN_STRING }, config: { kmsKeyRequired: true }, expect: "not-applicable" },
];

describe("ebs-encryption-required", () => {
  it("has at least six bad and six good cases", () => {
    const { bad, good } = tally(cases);
    expect(bad).toBeGreaterThanOrEqual(6);
    expect(good).toBeGreaterThanOrEqual(6);
  });

  it.each(cases)("$label", async (c) => {
    await runCase(ebsEncryptionRequired, c);
  });

  it("never repeats the KMS key in its messages", async () => {
    const outcome = await runCase(ebsEncryptionRequired, { label: "", type: INST, props: { rootBlockDevice: { encrypted: false, kmsKeyId: secret(KEY) } }, expect: "violation" });
    for (const v of outcome.violations) expect(v.message).not.toContain(KEY);
  });

  describe("remediation", () => {
    it("adds an encrypted root block device to an instance", async () => {
      const outcome = await runCase(ebsEncryptionRequired, { label: "", type: INST, props: { ami: "ami-1" }, expect: "violation" });
      expect(outcome.remediated).toEqual({ ami: "ami-1", rootBlockDevice: { encrypted: true } });
    });

    it("sets encrypted on every unencrypted device and keeps the rest", async () => {
      const props = { rootBlockDevice: { volumeSize: 30 }, ebsBlockDevices: [{ deviceName: "/dev/sdf", encrypted: true }, { deviceName: "/dev/sdg", encrypted: false }] };
      const outcome = await runCase(ebsEncryptionRequired, { label: "", type: INST, props, expect: "violation", count: 2 });
      expect(outcome.remediated).toEqual({
        rootBlockDevice: { volumeSize: 30, encrypted: true },
        ebsBlockDevices: [{ deviceName: "/dev/sdf", encrypted: true }, { deviceName: "/dev/sdg", encrypted: true }],
      });
    });

    it("writes the launch template flag as the string \"true\"", async () => {
      const props = { blockDeviceMappings: [{ deviceName: "/dev/xvda", ebs: { volumeSize: 20 } }] };
      const outcome = await runCase(ebsEncryptionRequired, { label: "", type: LT, props, expect: "violation" });
      expect(outcome.remediated).toEqual({ blockDeviceMappings: [{ deviceName: "/dev/xvda", ebs: { volumeSize: 20, encrypted: "true" } }] });
    });

    it("encrypts a volume", async () => {
      const outcome = await runCase(ebsEncryptionRequired, { label: "", type: VOL, props: { availabilityZone: "eu-west-1a" }, expect: "violation" });
      expect(outcome.remediated).toEqual({ availabilityZone: "eu-west-1a", encrypted: true });
    });

    it("cannot guess a launch template's root device, so it leaves it alone", async () => {
      const outcome = await runCase(ebsEncryptionRequired, { label: "", type: LT, props: { imageId: "ami-1" }, expect: "violation" });
      expect(outcome.remediated).toBeUndefined();
    });

    it("cannot choose a KMS key, so a missing key is not remediated", async () => {
      const outcome = await runCase(ebsEncryptionRequired, { label: "", type: VOL, props: { encrypted: true }, config: { kmsKeyRequired: true }, expect: "violation" });
      expect(outcome.remediated).toBeUndefined();
    });
  });
});
