// Where each supported Linux release (stacks/os/release-table.json) publishes its current AMI id
// (public SSM parameters, so the image is resolved at launch and no image lookup is needed while the program runs), and
// the device name of its root volume (a block device mapping must name it to encrypt it).

import { OS_FAMILIES, OsFamily, osRelease } from "../os";

export type { OsFamily };

export interface OsImage {
  /** `resolve:ssm:` image id for x86_64 or arm64. */
  imageId: string;
  rootDeviceName: string;
  /** The operating system name SSM Patch Manager uses for this family. */
  patchOperatingSystem: "AMAZON_LINUX_2023" | "DEBIAN" | "UBUNTU";
}

export type CpuArchitecture = "x86_64" | "arm64";

const PATCH_OPERATING_SYSTEMS: Record<OsFamily, OsImage["patchOperatingSystem"]> = {
  debian: "DEBIAN",
  ubuntu: "UBUNTU",
  "amazon-linux": "AMAZON_LINUX_2023",
};

/** The image of a release of `family` (default: the family's default release); refuses an end-of-life one. */
export function osImage(family: OsFamily, arch: CpuArchitecture = "x86_64", version?: string): OsImage {
  const release = osRelease(family, version);
  return {
    imageId: release.image[arch === "arm64" ? "arm64" : "x86_64"],
    rootDeviceName: release.image.rootDeviceName,
    patchOperatingSystem: PATCH_OPERATING_SYSTEMS[release.family],
  };
}

/** Reads an OS family from loose input (stack config), or undefined when it is not one. */
export function parseOsFamily(value: unknown): OsFamily | undefined {
  return (OS_FAMILIES as readonly OsFamily[]).find((f) => f === String(value ?? "").trim().toLowerCase());
}
