// securityhub-enabled: Security Hub is enabled and runs at least one standard (SecurityHub.1).
// aws.securityhub.Account enables Security Hub in its region; with enableDefaultStandards false
// it runs no standard, so no control is checked unless an aws.securityhub.StandardsSubscription
// subscribes one (Security Hub User Guide, "Enabling Security Hub" and "Enabling a standard").
// Security Hub is one per account and region: whether a stack must enable it is a per-stack
// choice (requireHub, off by default), set for the account baseline stack only.
import { stackPolicy } from "../lib/control";
import { isUnknown } from "../lib/unknown";
import { readBool } from "../lib/values";
import { HUB_ACCOUNT_PROPS as H, MON } from "./types";

interface Config {
  requireHub: boolean;
}

export const securityhubEnabled = stackPolicy<Config>({
  name: "securityhub-enabled",
  description:
    "Security Hub accounts in the stack run a standard (the default standards, or a StandardsSubscription in the stack); " +
    "optionally (requireHub), the stack must enable Security Hub.",
  severity: "medium",
  // Hygiene: detection, not exposure (strict.json makes it mandatory).
  enforcementLevel: "advisory",
  domain: "monitoring",
  references: [{ framework: "aws-fsbp", ids: ["SecurityHub.1"] }],
  remediationSteps:
    "In the account baseline stack create an aws.securityhub.Account and subscribe the AWS Foundational Security Best Practices standard " +
    "(aws.securityhub.StandardsSubscription, standardsArn arn:<partition>:securityhub:<region>::standards/aws-foundational-security-best-practices/v/1.0.0), " +
    "or leave enableDefaultStandards at true; set requireHub for that stack. Organizations can enable it centrally from the delegated administrator.",
  config: {
    requireHub: {
      type: "boolean",
      default: false,
      description: "Report a stack that does not enable Security Hub (set it for the account baseline stack; one hub per account and region).",
    },
  },
  check(stack, config, judge) {
    const hubs = stack.ofType(MON.hubAccount);
    if (hubs.length === 0 && readBool(config.requireHub) === true) {
      judge.violation("This stack does not enable Security Hub (requireHub is set). Add an aws.securityhub.Account and subscribe a standard.");
    }
    const subscribed = stack.ofType(MON.hubStandardsSubscription).length > 0;
    for (const hub of hubs) {
      const defaults = readBool(hub.props[H.enableDefaultStandards]);
      if (isUnknown(defaults)) {
        if (!subscribed) judge.unknown(`enableDefaultStandards of ${hub.name}`);
        continue;
      }
      if (defaults === false && !subscribed) {
        judge.violation(
          `Security Hub account "${hub.name}" runs no standard (enableDefaultStandards is false and the stack subscribes none). ` +
            "Add an aws.securityhub.StandardsSubscription for the AWS Foundational Security Best Practices standard.",
          hub.urn,
        );
      }
    }
  },
});
