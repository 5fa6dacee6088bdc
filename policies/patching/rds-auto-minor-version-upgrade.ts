// RDS databases take minor engine versions automatically. Minor versions carry the engine's
// security fixes; with autoMinorVersionUpgrade true (the provider's and the API's default) RDS
// applies them in the maintenance window (RDS User Guide, "Automatically upgrading the minor
// engine version"). Judged on instances, Aurora cluster instances and Multi-AZ DB clusters.
import { resourcePolicy } from "../lib/control";
import { UNKNOWN } from "../lib/unknown";
import { readBool } from "../lib/values";
import { RDS_T } from "../aws/rds/types";
import { RDS_UPGRADE_PROPS as P } from "./service-types";

const KIND: Record<string, string> = {
  [RDS_T.instance]: "RDS instance",
  [RDS_T.clusterInstance]: "RDS cluster instance",
  [RDS_T.cluster]: "RDS cluster",
};

export const rdsAutoMinorVersionUpgrade = resourcePolicy<Record<string, never>>({
  name: "rds-auto-minor-version-upgrade",
  description:
    "RDS instances, cluster instances and clusters keep automatic minor version upgrades on (autoMinorVersionUpgrade is not false; true is the default), so the engine's security fixes are applied in the maintenance window.",
  severity: "medium",
  enforcementLevel: "advisory",
  domain: "patching",
  references: [{ framework: "aws-fsbp", ids: ["RDS.13", "RDS.35"] }],
  remediationSteps:
    "Remove autoMinorVersionUpgrade: false (or set it to true), and set a preferredMaintenanceWindow / maintenanceWindow outside peak hours. If an application needs a pinned minor version, record an exception with its reason and an expiry date.",
  types: [RDS_T.instance, RDS_T.clusterInstance, RDS_T.cluster],
  check(db, _config, judge) {
    const upgrade = readBool(db.props[P.autoMinorVersionUpgrade]);
    if (upgrade === UNKNOWN) return judge.unknown(P.autoMinorVersionUpgrade);
    if (upgrade === false) {
      judge.violation(
        `${KIND[db.type] ?? "RDS database"} "${db.name}" sets autoMinorVersionUpgrade: false, so minor engine versions with security fixes are not applied. Remove the setting or set it to true.`,
      );
    }
  },
});
