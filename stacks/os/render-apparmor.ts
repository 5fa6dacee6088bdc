// AppArmor (CIS 1.3.1.1): apparmor and apparmor-utils on Debian and Ubuntu, whose kernels enable
// AppArmor by default; the service loads the profiles the packages ship. Amazon Linux 2023 uses
// SELinux instead, which its images already carry: nothing is rendered there.
import { NOTHING, RenderedPart } from "./part";
import { CisItems, OsFamily } from "./types";

export function apparmorPart(item: CisItems["apparmor"], osFamily: OsFamily): RenderedPart {
  if (!item.enabled || osFamily === "amazon-linux") return NOTHING;
  return { packages: ["apparmor", "apparmor-utils"], writeFiles: [], runcmd: [["systemctl", "enable", "--now", "apparmor.service"]] };
}
