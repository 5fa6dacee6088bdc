// The framework controls both network-ACL policies answer to (the any/any half and the
// restricted-ports half of the same requirement).
import type { ControlRef } from "../lib/frameworks";

export const NACL_REFERENCES: readonly ControlRef[] = [
  { framework: "aws-fsbp", ids: ["EC2.21"] },
  { framework: "aws-ct", ids: ["CT.EC2.PR.5"] },
  { framework: "cis-aws", ids: ["5.1"] },
];
