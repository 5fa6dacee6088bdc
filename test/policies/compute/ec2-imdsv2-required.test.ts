import { ec2Imdsv2Required } from "../../../policies/compute/ec2-imdsv2-required";
import { T } from "../../../policies/aws/types";
import { UNKNOWN_OBJECT, UNKNOWN_STRING, secret } from "../../helpers/policy-harness";
import { ResourceCase, runCase, tally } from "./table";

const INST = T.instance;
const LT = T.launchTemplate;
const LC = T.launchConfiguration;

const cases: ResourceCase[] = [
  // bad
  { label: "launch template without metadataOptions (provider default optional)", type: LT, props: { imageId: "ami-0123456789abcdef0" }, expect: "violation", message: /launch templates default to "optional"/ },
  { label: "instance without metadataOptions (AMI default)", type: INST, props: { ami: "ami-0123456789abcdef0" }, expect: "violation", message: /AMI's default/ },
  { label: "launch configuration without metadataOptions", type: LC, props: { imageId: "ami-0123456789abcdef0" }, expect: "violation", message: /launch configurations default to "optional"/ },
  { label: "instance with httpTokens optional", type: INST, props: { metadataOptions: { httpTokens: "optional" } }, expect: "violation", message: /httpTokens is "optional"/ },
  { label: "launch template with httpTokens optional and endpoint enabled", type: LT, props: { metadataOptions: { httpEndpoint: "enabled", httpTokens: "optional" } }, expect: "violation", count: 1 },
  { label: "metadataOptions without httpTokens", type: LT, props: { metadataOptions: { httpPutResponseHopLimit: 1 } }, expect: "violation", message: /not set/ },
  { label: "odd httpTokens value is not echoed", type: INST, props: { metadataOptions: { httpTokens: "sometimes" } }, expect: "violation", message: /a value other than "optional" or "required"/ },
  { label: "metadataOptions as a list of one (export shape)", type: LC, props: { metadataOptions: [{ httpTokens: "optional" }] }, expect: "violation" },
  // good
  { label: "instance requiring IMDSv2", type: INST, props: { metadataOptions: { httpTokens: "required" } }, expect: "pass" },
  { label: "launch template requiring IMDSv2", type: LT, props: { metadataOptions: { httpEndpoint: "enabled", httpTokens: "required", httpPutResponseHopLimit: 1 } }, expect: "pass" },
  { label: "launch configuration requiring IMDSv2", type: LC, props: { metadataOptions: { httpTokens: "required" } }, expect: "pass" },
  { label: "endpoint disabled makes tokens moot", type: LT, props: { metadataOptions: { httpEndpoint: "disabled", httpTokens: "optional" } }, expect: "pass" },
  { label: "upper-case REQUIRED is read the same", type: INST, props: { metadataOptions: { httpTokens: "REQUIRED" } }, expect: "pass" },
  { label: "instance launched from a template inherits the template's setting", type: INST, props: { launchTemplate: { id: "lt-0123456789abcdef0" } }, expect: "pass" },
  { label: "other resource types are ignored", type: T.securityGroup, props: {}, expect: "pass" },
  // unknown during preview
  { label: "httpTokens unknown", type: LT, props: { metadataOptions: { httpTokens: UNKNOWN_STRING } }, expect: "not-applicable", message: /httpTokens/ },
  { label: "metadataOptions unknown", type: INST, props: { metadataOptions: UNKNOWN_OBJECT }, expect: "not-applicable", message: /metadataOptions/ },
  { label: "endpoint unknown with optional tokens", type: INST, props: { metadataOptions: { httpEndpoint: UNKNOWN_STRING, httpTokens: "optional" } }, expect: "not-applicable", message: /httpEndpoint/ },
  // secrets
  { label: "httpTokens wrapped as a secret", type: INST, props: { metadataOptions: { httpTokens: secret("required") } }, expect: "pass" },
  { label: "whole metadataOptions wrapped as a secret", type: LT, props: { metadataOptions: secret({ httpTokens: "optional" }) }, expect: "violation" },
];

describe("ec2-imdsv2-required", () => {
  it("has at least six bad and six good cases", () => {
    const { bad, good } = tally(cases);
    expect(bad).toBeGreaterThanOrEqual(6);
    expect(good).toBeGreaterThanOrEqual(6);
  });

  it.each(cases)("$label", async (c) => {
    await runCase(ec2Imdsv2Required, c);
  });

  describe("remediation", () => {
    it("adds metadataOptions with httpTokens required when missing", async () => {
      const outcome = await runCase(ec2Imdsv2Required, { label: "", type: LT, props: { imageId: "ami-1", userData: "IyEvYmluL3NoCg==" }, expect: "violation" });
      expect(outcome.remediated).toEqual({ imageId: "ami-1", userData: "IyEvYmluL3NoCg==", metadataOptions: { httpTokens: "required" } });
    });

    it("keeps the other metadata options", async () => {
      const props = { metadataOptions: { httpEndpoint: "enabled", httpTokens: "optional", httpPutResponseHopLimit: 1, instanceMetadataTags: "enabled" } };
      const outcome = await runCase(ec2Imdsv2Required, { label: "", type: INST, props, expect: "violation" });
      expect(outcome.remediated).toEqual({ metadataOptions: { ...props.metadataOptions, httpTokens: "required" } });
    });

    it("fixes the list-of-one shape in place", async () => {
      const outcome = await runCase(ec2Imdsv2Required, { label: "", type: LC, props: { metadataOptions: [{ httpTokens: "optional", httpPutResponseHopLimit: 1 }] }, expect: "violation" });
      expect(outcome.remediated).toEqual({ metadataOptions: [{ httpTokens: "required", httpPutResponseHopLimit: 1 }] });
    });

    it.each([
      ["already required", { metadataOptions: { httpTokens: "required" } }, "pass"],
      ["endpoint disabled", { metadataOptions: { httpEndpoint: "disabled" } }, "pass"],
      ["tokens unknown", { metadataOptions: { httpTokens: UNKNOWN_STRING } }, "not-applicable"],
    ] as const)("changes nothing when %s", async (_label, props, expected) => {
      const outcome = await runCase(ec2Imdsv2Required, { label: "", type: INST, props, expect: expected });
      expect(outcome.remediated).toBeUndefined();
    });

    it("does not modify the input it was given", async () => {
      const props = { metadataOptions: { httpTokens: "optional" } };
      await runCase(ec2Imdsv2Required, { label: "", type: INST, props, expect: "violation" });
      expect(props.metadataOptions.httpTokens).toBe("optional");
    });
  });
});
