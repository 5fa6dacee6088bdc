// Where each supported Linux family publishes its current AMI id (public SSM parameters, so
// the image is resolved at launch and no image lookup is needed while the program runs), and
// the device name of its root volume (a block device mapping must name it to encrypt it).

import { OS_FAMILIES, OsFamily } from "../os";

export type { OsFamily };

export interface OsImage {
  /** `resolve:ssm:` image id for x86_64 or arm64. */
  imageId: string;
  rootDeviceName: string;
  /** The operating system name SSM Patch Manager uses for this family. */
  patchOperatingSystem: "AMAZON_LINUX_2023" | "DEBIAN" | "UBUNTU";
}

export type CpuArchitecture = "x86_64" | "arm64";

export function osImage(family: OsFamily, arch: CpuArchitecture = "x86_64"): OsImage {
  switch (family) {
    case "debian":
      return {
        imageId: `resolve:ssm:/aws/service/debian/release/12/latest/${arch === "arm64" ? "arm64" : "amd64"}`,
        rootDeviceName: "/dev/xvda",
        patchOperatingSystem: "DEBIAN",
      };
    case "ubuntu":
      return {
        imageId: `resolve:ssm:/aws/service/canonical/ubuntu/server/24.04/stable/current/${arch === "arm64" ? "arm64" : "amd64"}/hvm/ebs-gp3/ami-id`,
        rootDeviceName: "/dev/sda1",
        patchOperatingSystem: "UBUNTU",
      };
    default:
      return {
        imageId: `resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-${arch}`,
        rootDeviceName: "/dev/xvda",
        patchOperatingSystem: "AMAZON_LINUX_2023",
      };
  }
}

/** Reads an OS family from loose input (stack config), or undefined when it is not one. */
export function parseOsFamily(value: unknown): OsFamily | undefined {
  return (OS_FAMILIES as readonly OsFamily[]).find((f) => f === String(value ?? "").trim().toLowerCase());
}
