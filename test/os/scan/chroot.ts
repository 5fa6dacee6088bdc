// Runs a script inside a root filesystem the way a booted system would see it, without touching
// this machine: a private mount, UTS, IPC and PID namespace (unshare), so proc, sys, dev and a
// tmpfs /run are mounted inside it only and vanish with it, cloud-init's hostname stays inside,
// and every process the script leaves behind dies with the namespace's first process.
// Kernel state stays the host's: /proc/sys and /sys are read-only (sysctl --system cannot retune
// this machine), and the capabilities that reach the kernel are dropped (auditctl cannot load
// rules, nothing can load modules, set the clock or reboot).
import * as fs from "fs";
import * as path from "path";
import { shQuote } from "../../../stacks/os/shell";
import { runStep, StepOptions } from "./step";

const DROPPED_CAPABILITIES = ["audit_control", "audit_read", "sys_boot", "sys_module", "sys_time", "sys_rawio"];
// Commands that would end a real boot; inside the namespace they say so and do nothing.
const STUBBED = ["/usr/sbin/reboot", "/usr/sbin/shutdown", "/usr/sbin/poweroff", "/usr/sbin/halt"];

export interface ChrootTools {
  unshare: string;
  setpriv: string;
}

/** The unshare command line that runs `script` (sh) inside `rootfs`. `stubDir` holds the no-op stand-ins. */
export function chrootCommand(tools: ChrootTools, rootfs: string, script: string, stubDir: string): [string, string[]] {
  fs.mkdirSync(stubDir, { recursive: true });
  const stub = path.join(stubDir, "stub-reboot");
  fs.writeFileSync(stub, '#!/bin/sh\necho "os-scan: $0 $* ignored inside the scan namespace" >&2\nexit 0\n', { mode: 0o755 });
  const r = shQuote(rootfs);
  const stubMounts = STUBBED.map((file) => `if [ -e ${r}${file} ]; then mount --bind ${shQuote(stub)} ${r}${file}; fi`);
  const setup = [
    "set -e",
    `mount -t proc proc ${r}/proc`,
    `mount --bind ${r}/proc/sys ${r}/proc/sys`,
    `mount -o remount,bind,ro ${r}/proc/sys`,
    `mount -t sysfs -o ro sysfs ${r}/sys`,
    `mount --rbind /dev ${r}/dev`,
    `mount -t tmpfs -o mode=0755 tmpfs ${r}/run`,
    `mkdir -p ${r}/run/lock ${r}/run/sshd`,
    ...stubMounts,
    "set +e",
  ].join("\n");
  const drop = DROPPED_CAPABILITIES.map((c) => `-${c}`).join(",");
  const inner = `${setup}\nexec ${shQuote(tools.setpriv)} --bounding-set ${drop} --inh-caps ${drop} chroot ${r} /bin/sh -c ${shQuote(script)}`;
  return [tools.unshare, ["--mount", "--uts", "--ipc", "--pid", "--fork", "--kill-child", "--propagation", "private", "sh", "-c", inner]];
}

/** Runs `script` inside `rootfs` as one bounded step. */
export function runInChroot(tools: ChrootTools, rootfs: string, script: string, stubDir: string, options: StepOptions): Promise<number> {
  const [command, args] = chrootCommand(tools, rootfs, script, stubDir);
  const env = { PATH: "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", HOME: "/root", LANG: "C.UTF-8", TERM: "dumb", ...options.env };
  return runStep(command, args, { ...options, env });
}
