// Facts about each Linux family that are not baseline choices: service names, tools, paths.
import { OsFamily } from "./types";

export interface FamilyFacts {
  /** Package database used to tell whether a package is installed. */
  packageTool: "apt" | "dnf";
  /** systemd unit that runs sshd. */
  sshService: string;
  /** sshd checks this directory exists even in test mode (-t); Debian and Ubuntu create it at service start only. */
  sshPrivsepDir?: string;
  updates: "unattended-upgrades" | "dnf-automatic";
  /** The system-wide bashrc every interactive bash reads. */
  bashrc: string;
}

export const FAMILY_FACTS: Record<OsFamily, FamilyFacts> = {
  debian: { packageTool: "apt", sshService: "ssh", sshPrivsepDir: "/run/sshd", updates: "unattended-upgrades", bashrc: "/etc/bash.bashrc" },
  ubuntu: { packageTool: "apt", sshService: "ssh", sshPrivsepDir: "/run/sshd", updates: "unattended-upgrades", bashrc: "/etc/bash.bashrc" },
  "amazon-linux": { packageTool: "dnf", sshService: "sshd", updates: "dnf-automatic", bashrc: "/etc/bashrc" },
};

export const SSHD_BINARY = "/usr/sbin/sshd";

/** The server configuration every family reads; scanners such as the SCAP Security Guide read only this file. */
export const SSHD_CONFIG = "/etc/ssh/sshd_config";
