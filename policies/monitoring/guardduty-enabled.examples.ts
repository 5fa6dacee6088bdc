import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const DETECTOR = "aws:guardduty/detector:Detector";
const FEATURE = "aws:guardduty/detectorFeature:DetectorFeature";
const detector = (name: string, props: Record<string, unknown> = {}) => ({ type: DETECTOR, name, props: { findingPublishingFrequency: "FIFTEEN_MINUTES", ...props } });
const feature = (name: string, feat: string, status: unknown) => ({ type: FEATURE, name, props: { detectorId: "12abc34d567e8fa901bc2d34e56789f0", name: feat, status } });
const BUCKET = { type: "aws:s3/bucket:Bucket", name: "assets", props: { bucket: "acme-assets" } };

export const examples = policyExamples({
  policy: "guardduty-enabled",
  good: [
    {
      title: "a detector that leaves enable at its default (true)",
      resources: [detector("main")],
    },
    {
      title: "a detector with its protection features enabled",
      resources: [detector("main", { enable: true }), feature("s3-protection", "S3_DATA_EVENTS", "ENABLED"), feature("eks-audit", "EKS_AUDIT_LOGS", "ENABLED")],
    },
    {
      title: "a feature turned off on purpose and listed in allowDisabledFeatures",
      config: { allowDisabledFeatures: ["RDS_LOGIN_EVENTS"] },
      resources: [detector("main"), feature("rds-logins", "RDS_LOGIN_EVENTS", "DISABLED")],
    },
    {
      title: "a workload stack without a detector, when the account baseline stack owns it (requireDetector off)",
      resources: [BUCKET],
    },
  ],
  bad: [
    {
      title: "a suspended detector produces no findings",
      resources: [detector("main", { enable: false })],
      violations: ["main"],
      message: /is suspended \(enable is false\)/,
    },
    {
      title: "a protection feature switched off",
      resources: [detector("main"), feature("s3-protection", "S3_DATA_EVENTS", "DISABLED")],
      violations: ["s3-protection"],
      message: /\(S3_DATA_EVENTS\) has status DISABLED/,
    },
    {
      title: "a disabled feature that is not on the allow list",
      config: { allowDisabledFeatures: ["RDS_LOGIN_EVENTS"] },
      resources: [detector("main"), feature("runtime", "RUNTIME_MONITORING", "DISABLED")],
      violations: ["runtime"],
      message: /RUNTIME_MONITORING/,
    },
    {
      title: "the account baseline stack (requireDetector) that creates no detector",
      config: { requireDetector: true },
      resources: [BUCKET],
      violations: ["stack"],
      message: /creates no GuardDuty detector/,
    },
  ],
  unknown: [
    {
      title: "enable computed from config during preview",
      resources: [detector("main", { enable: UNKNOWN_SENTINELS.boolean })],
    },
    {
      title: "a feature status not known yet",
      resources: [detector("main"), feature("s3-protection", "S3_DATA_EVENTS", UNKNOWN_SENTINELS.string)],
    },
  ],
});
