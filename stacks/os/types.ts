// The shape of baselines/os/linux.json. baselines/os/linux.schema.json is the authority
// (validate.ts checks a file against it before anything here trusts the types).
import type { CisSystemItems } from "./cis-system-types";
import type { PamItems } from "./pam-types";

/** The Linux families the renderer knows how to configure. */
export type OsFamily = "debian" | "ubuntu" | "amazon-linux";
export const OS_FAMILIES: readonly OsFamily[] = ["debian", "ubuntu", "amazon-linux"];

export type PerFamily<T> = Record<OsFamily, T>;

/** An sshd_config value: a word or number, or a list that sshd reads comma-separated. */
export type SshdValue = string | number | string[];

export interface AuditWatchRule {
  kind: "watch";
  key: string;
  paths: string[];
  /** Any of r, w, x, a (auditctl -p). */
  permissions: string;
}

export interface AuditSyscallRule {
  kind: "syscall";
  key: string;
  arch: ("b64" | "b32")[];
  syscalls: string[];
}

export type AuditRule = AuditWatchRule | AuditSyscallRule;

/** A CIS item switched off, with the reason. */
export interface SwitchedOff {
  enabled: false;
  reason: string;
}

/** An item on (its settings) or off. */
export type Switchable<T> = ({ enabled: true } & T) | SwitchedOff;

export interface CisItems extends CisSystemItems {
  sudo: Switchable<{ path: string; logFile: string; timestampTimeoutMinutes: number }>;
  kernelModules: Switchable<{ path: string; disable: string[] }>;
  coreDumps: Switchable<{ limitsPath: string; coredumpPath: string }>;
  shell: Switchable<{ path: string; timeoutSeconds: number; umask: string }>;
  banner: Switchable<{ text: string }>;
  inactiveAccounts: Switchable<{ days: number }>;
  /** Password quality, history and lockout, pam_unix and su (rendered by render-pam.ts). */
  pam: PamItems;
}

export interface LinuxBaseline {
  $schema?: string;
  schemaVersion: 1;
  description: string;
  references?: { framework: string; profile: string; url?: string }[];
  /** Written at the top of /etc/ssh/sshd_config (render-sshd.ts says why not a drop-in). */
  sshd: { settings: Record<string, SshdValue> };
  sysctl: { path: string; settings: Record<string, number | string> };
  auditd: {
    packages: PerFamily<string[]>;
    service: string;
    rulesPath: string;
    config: Record<string, number | string>;
    rules: AuditRule[];
  };
  removePackages: PerFamily<string[]>;
  loginDefs: Record<string, number | string> & {
    UMASK: string;
    PASS_MAX_DAYS: number;
    PASS_MIN_DAYS: number;
    PASS_WARN_AGE: number;
  };
  /** CIS Level 1 Server items beyond the sections above; absent in older baselines (nothing rendered). */
  cis?: CisItems;
  updates: {
    firstBoot: { packageUpdate: boolean; packageUpgrade: boolean; packageRebootIfRequired: boolean };
    unattendedUpgrades: {
      packages: string[];
      confPath: string;
      timers: string[];
      updatePackageListsDays: number;
      unattendedUpgradeDays: number;
      autocleanIntervalDays: number;
      originsPattern: { debian: string[]; ubuntu: string[] };
      removeUnusedDependencies: boolean;
      automaticReboot: boolean;
      automaticRebootTime: string;
    };
    dnfAutomatic: {
      packages: string[];
      confPath: string;
      timer: string;
      upgradeType: "security" | "default";
      downloadUpdates: boolean;
      applyUpdates: boolean;
      randomSleepSeconds: number;
      emitVia: string;
    };
  };
}
