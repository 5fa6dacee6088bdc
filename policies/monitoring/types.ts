// Type tokens of the resources the monitoring controls judge (verified against @pulumi/aws v7).
import { T } from "../aws/types";

export const MON = {
  trail: "aws:cloudtrail/trail:Trail",
  detector: "aws:guardduty/detector:Detector",
  detectorFeature: "aws:guardduty/detectorFeature:DetectorFeature",
  logGroup: "aws:cloudwatch/logGroup:LogGroup",
  vpc: T.vpc,
  flowLog: T.flowLog,
} as const;
