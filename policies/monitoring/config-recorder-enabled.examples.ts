import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const RECORDER = "aws:cfg/recorder:Recorder";
const STATUS = "aws:cfg/recorderStatus:RecorderStatus";
const CHANNEL = "aws:cfg/deliveryChannel:DeliveryChannel";
const SLR = "arn:aws:iam::123456789012:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig";
const recorder = (props: Record<string, unknown> = {}) => ({
  type: RECORDER,
  name: "config",
  props: { name: "default", roleArn: SLR, recordingGroup: { allSupported: true, includeGlobalResourceTypes: true }, ...props },
});
const channel = { type: CHANNEL, name: "config-channel", props: { name: "default", s3BucketName: "config-logs-7f3a" } };
const status = (isEnabled: unknown, name: unknown = "default") => ({ type: STATUS, name: "config-status", props: { name, isEnabled } });

export const examples = policyExamples({
  policy: "config-recorder-enabled",
  good: [
    {
      title: "the account baseline: a recorder of all types with the service-linked role, its channel and its started status",
      config: { requireRecorder: true },
      resources: [recorder(), channel, status(true)],
    },
    {
      title: "a workload stack without a recorder, when the account baseline stack owns it (requireRecorder off)",
      resources: [{ type: "aws:s3/bucket:Bucket", name: "assets", props: {} }],
    },
  ],
  bad: [
    {
      title: "the account baseline stack (requireRecorder) that creates no recorder",
      config: { requireRecorder: true },
      resources: [{ type: "aws:s3/bucket:Bucket", name: "assets", props: {} }],
      violations: ["stack"],
      message: /This stack creates no AWS Config recorder \(requireRecorder is set\)/,
    },
    {
      title: "a recorder that is never started",
      resources: [recorder(), channel],
      violations: ["config"],
      message: /AWS Config recorder "config" is never started/,
    },
    {
      title: "a recorder stopped by its status",
      resources: [recorder(), channel, status(false)],
      violations: ["config"],
      message: /is never started/,
    },
    {
      title: "a recorder of a few types through a custom role",
      resources: [
        recorder({ roleArn: "arn:aws:iam::123456789012:role/config-recorder", recordingGroup: { allSupported: false, resourceTypes: ["AWS::EC2::Instance"] } }),
        channel,
        status(true),
      ],
      violations: ["config"],
      message: /records only some resource types|does not use the AWSServiceRoleForConfig service-linked role/,
    },
  ],
  unknown: [
    {
      title: "isEnabled computed during preview",
      resources: [recorder(), channel, status(UNKNOWN_SENTINELS.boolean)],
    },
    {
      title: "the role computed during preview",
      resources: [recorder({ roleArn: UNKNOWN_SENTINELS.string }), channel, status(true)],
    },
  ],
});
