// CloudTrail.1 and CIS 3.1 audit a trail's regions, management events, logging and global service
// events together; Rampart judges each in a policy of its own, and each maps to both controls.
import type { ControlRef } from "../lib/frameworks";

export const CLOUDTRAIL_1: readonly ControlRef[] = [
  { framework: "aws-fsbp", ids: ["CloudTrail.1"] },
  { framework: "cis-aws", ids: ["3.1"] },
];
