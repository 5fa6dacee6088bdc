// A DB instance cannot be deleted by accident: deletionProtection makes RDS refuse DeleteDBInstance
// until it is turned off. The provider's default is false. Hygiene, so advisory.
import { resourcePolicy } from "../lib/control";
import { UNKNOWN } from "../lib/unknown";
import { readBool } from "../lib/values";
import { RDS_INSTANCE_PROPS as P, RDS_T } from "../aws/rds/types";

export const rdsDeletionProtection = resourcePolicy<Record<string, never>>({
  name: "rds-deletion-protection",
  description: "Every RDS DB instance has deletion protection (deletionProtection true; the default is false).",
  severity: "low",
  enforcementLevel: "advisory",
  domain: "data",
  references: [{ framework: "aws-fsbp", ids: ["RDS.8"] }],
  remediationSteps: "Set deletionProtection: true on the aws.rds.Instance (turn it off in a separate update before a deliberate deletion), and keep skipFinalSnapshot false.",
  types: [RDS_T.instance],
  check(db, _config, judge) {
    const protectedDb = readBool(db.props[P.deletionProtection]);
    if (protectedDb === UNKNOWN) judge.unknown(P.deletionProtection);
    else if (protectedDb !== true) {
      judge.violation(`RDS DB instance "${db.name}" can be deleted by a single call (deletionProtection is ${protectedDb === false ? "false" : "not set"}). Set deletionProtection: true.`);
    }
  },
});
