import { ec2ApprovedImages } from "../../../policies/compute/ec2-approved-images";
import { T } from "../../../policies/aws/types";
import { UNKNOWN_STRING, secret } from "../../helpers/policy-harness";
import { ResourceCase, runCase, tally } from "./table";

const INST = T.instance;
const LT = T.launchTemplate;
const LC = T.launchConfiguration;
const GOLDEN = "ami-0a1b2c3d4e5f60718";
const AL2023 = "resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64";
const config = { allowedAmis: [GOLDEN], allowedAmiPatterns: ["resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-*", "ami-0fff*"] };

const cases: ResourceCase[] = [
  // bad
  { label: "instance with an unlisted AMI", type: INST, props: { ami: "ami-0123456789abcdef0" }, config, expect: "violation", message: /"ami-0123456789abcdef0" \(ami\).*neither listed/ },
  { label: "launch template with an unlisted AMI", type: LT, props: { imageId: "ami-0123456789abcdef0" }, config, expect: "violation" },
  { label: "launch configuration with an unlisted AMI", type: LC, props: { imageId: "ami-0123456789abcdef0" }, config, expect: "violation" },
  { label: "SSM parameter outside the patterns", type: INST, props: { ami: "resolve:ssm:/aws/service/ami-amazon-linux-latest/amzn2-ami-hvm-x86_64-gp2" }, config, expect: "violation", message: /SSM parameter that matches no pattern/ },
  { label: "a pattern does not approve another prefix", type: LT, props: { imageId: "ami-0eee1234" }, config, expect: "violation" },
  { label: "only patterns configured", type: INST, props: { ami: GOLDEN }, config: { allowedAmiPatterns: ["resolve:ssm:/company/*"] }, expect: "violation" },
  { label: "an odd image id is not repeated", type: INST, props: { ami: "my secret image" }, config, expect: "violation", message: /an image id that is not on the list/ },
  { label: "a malformed allowlist fails closed", type: INST, props: { ami: GOLDEN }, config: { allowedAmis: "ami-1" }, expect: "violation", message: /invalid policy config/ },
  // good
  { label: "listed AMI", type: INST, props: { ami: GOLDEN }, config, expect: "pass" },
  { label: "AMI matched by a glob", type: LT, props: { imageId: "ami-0fff0123" }, config, expect: "pass" },
  { label: "approved SSM parameter", type: LC, props: { imageId: AL2023 }, config, expect: "pass" },
  { label: "exact SSM reference in allowedAmis", type: INST, props: { ami: "resolve:ssm:/company/golden" }, config: { allowedAmis: ["resolve:ssm:/company/golden"] }, expect: "pass" },
  { label: "instance without ami boots its template's image", type: INST, props: { launchTemplate: { id: "lt-1" } }, config, expect: "pass" },
  { label: "AMI wrapped as a secret", type: INST, props: { ami: secret(GOLDEN) }, config, expect: "pass" },
  // inactive until configured
  { label: "not configured: inactive", type: INST, props: { ami: "ami-0123456789abcdef0" }, expect: "not-applicable", message: /inactive/ },
  { label: "empty lists: inactive", type: LT, props: { imageId: "ami-0123456789abcdef0" }, config: { allowedAmis: [], allowedAmiPatterns: [] }, expect: "not-applicable", message: /inactive/ },
  // unknown during preview
  { label: "AMI unknown (from an invoke)", type: INST, props: { ami: UNKNOWN_STRING }, config, expect: "not-applicable", message: /ami/ },
];

describe("ec2-approved-images", () => {
  it("has at least six bad and six good cases", () => {
    const { bad, good } = tally(cases);
    expect(bad).toBeGreaterThanOrEqual(6);
    expect(good).toBeGreaterThanOrEqual(6);
  });

  it.each(cases)("$label", async (c) => {
    await runCase(ec2ApprovedImages, c);
  });

  it("defaults to empty lists", () => {
    expect(ec2ApprovedImages.rampart.defaults).toMatchObject({ allowedAmis: [], allowedAmiPatterns: [] });
  });
});
