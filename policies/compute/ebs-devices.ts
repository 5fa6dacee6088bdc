// Every EBS volume an instance, launch template, launch configuration or standalone volume
// creates, in one shape: where it is declared, its encryption flag and key, and where a
// remediation would write `encrypted`. Launch-template flags are strings in v7 ("true").
import type { ResourceView } from "../lib/resource-view";
import { T } from "../aws/types";
import { UNKNOWN, isUnknown } from "../lib/unknown";
import { Read, at, isRecord, readBool, readList, readString } from "../lib/values";
import type { Fix } from "./fixed-inputs";
import { launchedFromTemplate } from "../aws/ec2/launch-template-ref";
import { readBlock } from "../aws/read-block";

export interface EbsDevice {
  /** Where the volume is declared: "rootBlockDevice", "blockDeviceMappings[0].ebs"; "" for an aws:ebs/volume. */
  readonly path: string;
  readonly encrypted: Read<boolean>;
  readonly kmsKeyId: Read<string>;
  /** Launch configurations cannot name a customer managed key. */
  readonly kmsSupported: boolean;
  /** Not declared at all: the AMI's root volume, created from its snapshot. */
  readonly implicit: boolean;
  /** How `encrypted` is spelled in this resource type (true, or "true" in launch templates). */
  readonly encryptedSpelling: boolean | string;
  /** The remediation that encrypts the volume, when one can be written. */
  readonly fix?: Fix;
}

export interface EbsDeviceList {
  readonly devices: EbsDevice[];
  /** Parts that are unknown during preview. */
  readonly unknown: string[];
}

function blockPath(resource: ResourceView, prop: string): (string | number)[] {
  const raw = resource.props[prop];
  return Array.isArray(raw) && raw.length === 1 ? [prop, 0] : [prop];
}

function declared(path: string, block: Record<string, unknown>, fixPath: (string | number)[], kmsSupported: boolean, spelling: boolean | string): EbsDevice {
  return {
    path,
    encrypted: readBool(at(block, "encrypted")),
    kmsKeyId: kmsSupported ? readString(at(block, "kmsKeyId")) : undefined,
    kmsSupported,
    implicit: false,
    encryptedSpelling: spelling,
    fix: { path: [...fixPath, "encrypted"], value: spelling },
  };
}

function rootDevice(resource: ResourceView, out: EbsDeviceList, kmsSupported: boolean): void {
  const block = readBlock(resource.props.rootBlockDevice);
  if (block === UNKNOWN) {
    out.unknown.push("rootBlockDevice");
    return;
  }
  if (block !== undefined) {
    out.devices.push(declared("rootBlockDevice", block, blockPath(resource, "rootBlockDevice"), kmsSupported, true));
    return;
  }
  // An instance launched from a template takes its root volume settings from the template.
  if (launchedFromTemplate(resource)) return;
  out.devices.push({
    path: "rootBlockDevice",
    encrypted: undefined,
    kmsKeyId: undefined,
    kmsSupported,
    implicit: true,
    encryptedSpelling: true,
    fix: { path: ["rootBlockDevice", "encrypted"], value: true },
  });
}

function listedDevices(resource: ResourceView, out: EbsDeviceList, prop: string, kmsSupported: boolean): void {
  const list = readList(resource.props[prop]);
  if (list === UNKNOWN) {
    out.unknown.push(prop);
    return;
  }
  (list ?? []).forEach((item, i) => {
    if (isUnknown(item)) return void out.unknown.push(`${prop}[${i}]`);
    if (!isRecord(item)) return;
    const suppressed = readBool(item.noDevice);
    if (suppressed === true) return;
    // A device that noDevice may suppress: whether there is a volume at all is unknown.
    if (suppressed === UNKNOWN) return void out.unknown.push(`${prop}[${i}].noDevice`);
    out.devices.push(declared(`${prop}[${i}]`, item, [prop, i], kmsSupported, true));
  });
}

function templateMappings(resource: ResourceView, out: EbsDeviceList): void {
  const list = readList(resource.props.blockDeviceMappings);
  if (list === UNKNOWN) {
    out.unknown.push("blockDeviceMappings");
    return;
  }
  const mappings = list ?? [];
  if (mappings.length === 0) {
    out.devices.push({ path: "blockDeviceMappings", encrypted: undefined, kmsKeyId: undefined, kmsSupported: true, implicit: true, encryptedSpelling: "true" });
    return;
  }
  mappings.forEach((mapping, i) => {
    const ebs = readBlock(at(mapping, "ebs"));
    if (ebs === UNKNOWN) return void out.unknown.push(`blockDeviceMappings[${i}].ebs`);
    // Mappings without an ebs block are instance-store volumes or suppressed devices.
    if (ebs === undefined) return;
    const raw = at(mapping, "ebs");
    const fixPath = Array.isArray(raw) ? ["blockDeviceMappings", i, "ebs", 0] : ["blockDeviceMappings", i, "ebs"];
    out.devices.push(declared(`blockDeviceMappings[${i}].ebs`, ebs, fixPath, true, "true"));
  });
}

export function ebsDevicesOf(resource: ResourceView): EbsDeviceList {
  const out: EbsDeviceList = { devices: [], unknown: [] };
  switch (resource.type) {
    case T.instance:
      rootDevice(resource, out, true);
      listedDevices(resource, out, "ebsBlockDevices", true);
      break;
    case T.launchConfiguration:
      rootDevice(resource, out, false);
      listedDevices(resource, out, "ebsBlockDevices", false);
      break;
    case T.launchTemplate:
      templateMappings(resource, out);
      break;
    case T.ebsVolume:
      out.devices.push(declared("", resource.props, [], true, true));
      break;
  }
  return out;
}
