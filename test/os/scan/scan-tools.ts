// The programs the scan runs, found on this machine (the jest tests find them through osTools).
import * as fs from "fs";
import * as path from "path";
import { DATASTREAM } from "./content";

export interface ScanTools {
  oscap: string;
  debootstrap: string;
  unshare: string;
  setpriv: string;
}

/** name, Debian package */
export const SCAN_TOOLS: Record<keyof ScanTools, [string, string]> = {
  oscap: ["oscap", "openscap-scanner"],
  debootstrap: ["debootstrap", "debootstrap"],
  unshare: ["unshare", "util-linux"],
  setpriv: ["setpriv", "util-linux"],
};
export const INSTALL_SCAP_TOOLS = "sudo bash .ci/install-scap-tools.sh";

const SEARCH_PATH = [...(process.env.PATH ?? "").split(":"), "/usr/sbin", "/sbin", "/usr/bin", "/bin"].filter(Boolean);

function findExecutable(name: string): string | undefined {
  for (const dir of SEARCH_PATH) {
    const candidate = path.join(dir, name);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // next folder
    }
  }
  return undefined;
}

/** Every tool, or an error listing what is missing and how to install it. */
export function findScanTools(): ScanTools {
  const found: Partial<ScanTools> = {};
  const missing: string[] = [];
  for (const [key, [name, pkg]] of Object.entries(SCAN_TOOLS) as [keyof ScanTools, [string, string]][]) {
    const tool = findExecutable(name);
    if (tool) found[key] = tool;
    else missing.push(`${name} (Debian package ${pkg})`);
  }
  if (!fs.existsSync(DATASTREAM)) missing.push(`the SCAP Security Guide datastream ${DATASTREAM}`);
  if (missing.length > 0) throw new Error(`the OS scan needs ${missing.join(", ")}: install them with \`${INSTALL_SCAP_TOOLS}\``);
  return found as ScanTools;
}
