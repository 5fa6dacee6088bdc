// EBS encryption by default is on in every region the account uses, so a volume or snapshot copy
// that forgets `encrypted` is still encrypted. It is a per-region account setting, normally owned
// by one account baseline stack: like guardduty-enabled, this judges the
// aws.ebs.EncryptionByDefault resources a stack declares, and asks a stack to declare one only when
// configured (requireEncryptionByDefault, for the baseline stack). Advisory: the volumes themselves
// are ebs-encryption-required's.
import { stackPolicy } from "../lib/control";
import { UNKNOWN } from "../lib/unknown";
import { readBool } from "../lib/values";
import { DATA_T, EBS_DEFAULT_PROPS as P } from "./types";

interface Config {
  requireEncryptionByDefault: boolean;
}

export const ebsEncryptionByDefault = stackPolicy<Config>({
  name: "ebs-encryption-by-default",
  description:
    "An aws.ebs.EncryptionByDefault the stack declares is enabled (enabled is not false); optionally (requireEncryptionByDefault, for the account baseline stack) the stack must declare one.",
  severity: "medium",
  enforcementLevel: "advisory",
  domain: "data",
  references: [
    { framework: "aws-fsbp", ids: ["EC2.7"] },
    { framework: "cis-aws", ids: ["2.2.1"] },
  ],
  remediationSteps:
    "Declare new aws.ebs.EncryptionByDefault(\"ebs-encryption\", { enabled: true }) in the account baseline stack, once per region the account uses (an aws.Provider per region), and optionally an aws.ebs.DefaultKmsKey for a customer managed key.",
  config: {
    requireEncryptionByDefault: {
      type: "boolean",
      default: false,
      description: "Report a stack that declares no aws.ebs.EncryptionByDefault (set it for the account baseline stack).",
    },
  },
  check(stack, config, judge) {
    const settings = stack.ofType(DATA_T.ebsEncryptionByDefault);
    if (settings.length === 0 && readBool(config.requireEncryptionByDefault) === true) {
      judge.violation(
        "This stack does not turn on EBS encryption by default (requireEncryptionByDefault is set). Add an aws.ebs.EncryptionByDefault with enabled: true for each region the account uses.",
      );
    }
    for (const setting of settings) {
      const enabled = readBool(setting.props[P.enabled]);
      if (enabled === UNKNOWN) judge.unknown(`enabled of ${setting.name}`);
      else if (enabled === false) {
        judge.violation(`EBS encryption by default "${setting.name}" is turned off (enabled: false): new volumes in the region are unencrypted unless each asks. Set enabled: true.`, setting.urn);
      }
    }
  },
});
