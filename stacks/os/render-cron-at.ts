// cron and at restricted to root (CIS 2.4.1.8, 2.4.2.1): cron.allow and at.allow name root only,
// and the deny files go, so that the allow files alone decide. The files are written root:root;
// on Ubuntu cron.allow then goes to the crontab group that the SCAP Security Guide expects there,
// in runcmd, when the group exists (write_files would fail on a missing group).
import { NOTHING, RenderedPart } from "./part";
import { CisItems, OsFamily } from "./types";

export const ALLOW_FILES = ["/etc/cron.allow", "/etc/at.allow"];
export const DENY_FILES = ["/etc/cron.deny", "/etc/at.deny"];

export function cronAtPart(item: CisItems["cronAt"], osFamily: OsFamily): RenderedPart {
  if (!item.enabled) return NOTHING;
  return {
    packages: [],
    writeFiles: ALLOW_FILES.map((path) => ({ path, content: "root\n", owner: "root:root", permissions: "0640" })),
    runcmd: [
      ["rm", "-f", ...DENY_FILES],
      ...(osFamily === "ubuntu" ? ["if getent group crontab >/dev/null; then chgrp crontab /etc/cron.allow; fi"] : []),
    ],
  };
}
