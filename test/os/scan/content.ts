// The SCAP Security Guide content the scan evaluates: sid's ssg-debian, unpacked by
// .ci/install-scap-tools.sh (bookworm's and trixie's packages have no CIS profile for Debian 12).
import * as fs from "fs";
import * as path from "path";

export const SSG_ROOT = "/opt/rampart/ssg-debian";
export const DATASTREAM = path.join(SSG_ROOT, "usr/share/xml/scap/ssg/content/ssg-debian12-ds.xml");
export const CIS_PROFILE = "xccdf_org.ssgproject.content_profile_cis_level1_server";
export const RULE_PREFIX = "xccdf_org.ssgproject.content_rule_";

/** The ssg-debian version install-scap-tools.sh unpacked ("0.1.82-1"), or "unknown". */
export function ssgVersion(): string {
  try {
    return fs.readFileSync(path.join(SSG_ROOT, "VERSION"), "utf8").trim();
  } catch {
    return "unknown";
  }
}

/** Rule ids without SSG's long prefix, as the scope file and the report write them. */
export function shortRuleId(id: string): string {
  return id.startsWith(RULE_PREFIX) ? id.slice(RULE_PREFIX.length) : id;
}
