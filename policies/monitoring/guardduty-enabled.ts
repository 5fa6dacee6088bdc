// guardduty-enabled: GuardDuty detectors the stack manages are enabled, and none of their
// protection features is switched off. Whether an account must have a detector at all is a
// per-stack choice (requireDetector), since one baseline stack usually owns it.
import { stackPolicy } from "../lib/control";
import { isUnknown } from "../lib/unknown";
import { readBool, readList, readString } from "../lib/values";
import { MON } from "./types";

interface Config {
  requireDetector: boolean;
  allowDisabledFeatures: string[];
}

export const guarddutyEnabled = stackPolicy<Config>({
  name: "guardduty-enabled",
  description:
    "GuardDuty detectors in the stack are enabled (enable is not false) and no detector feature has status DISABLED; " +
    "optionally, the stack must create a detector.",
  severity: "high",
  enforcementLevel: "advisory",
  domain: "monitoring",
  references: [{ framework: "aws-fsbp", ids: ["GuardDuty.1"] }],
  remediationSteps:
    "Leave enable at its default (true) on aws.guardduty.Detector, set status \"ENABLED\" on each aws.guardduty.DetectorFeature " +
    "(or list a feature in allowDisabledFeatures when turning it off is a deliberate choice), and create a detector in every " +
    "region the account uses, or enable GuardDuty organization-wide from the delegated administrator account.",
  config: {
    requireDetector: {
      type: "boolean",
      default: false,
      description: "Report a stack that creates no GuardDuty detector (set it for the account baseline stack).",
    },
    allowDisabledFeatures: {
      type: "array",
      items: { type: "string" },
      default: [],
      description: 'Detector feature names that may be DISABLED on purpose (e.g. "RDS_LOGIN_EVENTS").',
    },
  },
  check(stack, config, judge) {
    const detectors = stack.ofType(MON.detector);
    if (detectors.length === 0 && readBool(config.requireDetector) === true) {
      judge.violation(
        "This stack creates no GuardDuty detector (requireDetector is set). Add an aws.guardduty.Detector so threats " +
          "against the account are detected, or enable GuardDuty organization-wide.",
      );
    }
    for (const detector of detectors) {
      const enable = readBool(detector.props.enable);
      if (enable === false) {
        judge.violation(
          `GuardDuty detector "${detector.name}" is suspended (enable is false): no findings are produced. Remove enable: false or set it to true.`,
          detector.urn,
        );
      } else if (enable !== true && enable !== undefined) judge.unknown(`enable of ${detector.name}`);
    }
    const allowedList = readList(config.allowDisabledFeatures);
    const allowed = new Set((Array.isArray(allowedList) ? allowedList : []).filter((v): v is string => typeof v === "string").map((v) => v.toUpperCase()));
    for (const feature of stack.ofType(MON.detectorFeature)) {
      const status = readString(feature.props.status);
      if (typeof status !== "string") {
        if (status !== undefined) judge.unknown(`status of ${feature.name}`);
        continue;
      }
      if (status.trim().toUpperCase() !== "DISABLED") continue;
      const name = readString(feature.props.name);
      // An unknown name may be one the config allows to be disabled.
      if (isUnknown(name) && allowed.size > 0) {
        judge.unknown(`name of ${feature.name}`);
        continue;
      }
      const known = typeof name === "string" && /^[A-Z0-9_]+$/i.test(name) ? name.toUpperCase() : undefined;
      if (known && allowed.has(known)) continue;
      judge.violation(
        `GuardDuty detector feature "${feature.name}"${known ? ` (${known})` : ""} has status DISABLED. ` +
          'Set status "ENABLED", or list the feature in allowDisabledFeatures if disabling it is deliberate.',
        feature.urn,
      );
    }
  },
});
