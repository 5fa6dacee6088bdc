// /etc/sysctl.d file from the baseline. systemd-sysctl applies it at every boot; on the first
// boot it runs before cloud-init writes the file, hence the `sysctl --system` in runcmd.
import { MANAGED_HEADER, RenderedPart } from "./part";
import { LinuxBaseline } from "./types";

/** "key = value" lines sorted by key, so key order in the JSON does not change the output. */
export function renderSysctlConf(sysctl: LinuxBaseline["sysctl"]): string {
  const lines = Object.keys(sysctl.settings)
    .sort()
    .map((key) => `${key} = ${sysctl.settings[key]}`);
  return MANAGED_HEADER + lines.join("\n") + "\n";
}

export function sysctlPart(baseline: LinuxBaseline): RenderedPart {
  return {
    packages: [],
    writeFiles: [{ path: baseline.sysctl.path, content: renderSysctlConf(baseline.sysctl), owner: "root:root", permissions: "0644" }],
    runcmd: [["sysctl", "--system"]],
  };
}
