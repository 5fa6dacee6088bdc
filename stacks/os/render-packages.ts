// Removal of legacy network services. The list names packages of several releases, so each
// one is removed only when installed: apt-get stops on a name it does not know.
import { FAMILY_FACTS } from "./os-family";
import { RenderedPart } from "./part";
import { shQuote } from "./shell";
import { LinuxBaseline, OsFamily } from "./types";

export function removePackagesCommand(osFamily: OsFamily, packages: string[]): string | undefined {
  if (packages.length === 0) return undefined;
  const names = packages.map(shQuote).join(" ");
  const body =
    FAMILY_FACTS[osFamily].packageTool === "apt"
      ? `if dpkg-query -W -f='\${Status}' "$p" 2>/dev/null | grep -qx 'install ok installed'; then DEBIAN_FRONTEND=noninteractive apt-get purge -y "$p"; fi`
      : `if rpm -q --quiet "$p"; then dnf remove -y "$p"; fi`;
  return `for p in ${names}; do ${body}; done`;
}

export function removePackagesPart(baseline: LinuxBaseline, osFamily: OsFamily): RenderedPart {
  const command = removePackagesCommand(osFamily, baseline.removePackages[osFamily]);
  return { packages: [], writeFiles: [], runcmd: command ? [command] : [] };
}
