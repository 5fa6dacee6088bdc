import { ec2ImdsHopLimit } from "../../../policies/compute/ec2-imds-hop-limit";
import { T } from "../../../policies/aws/types";
import { UNKNOWN_NUMBER, UNKNOWN_OBJECT, UNKNOWN_STRING, secret } from "../../helpers/policy-harness";
import { ResourceCase, runCase, tally } from "./table";

const INST = T.instance;
const LT = T.launchTemplate;
const LC = T.launchConfiguration;

const cases: ResourceCase[] = [
  // bad
  { label: "launch template with hop limit 2", type: LT, props: { metadataOptions: { httpTokens: "required", httpPutResponseHopLimit: 2 } }, expect: "violation", message: /travel 2 hops.*allowed 1/ },
  { label: "instance with hop limit 64", type: INST, props: { metadataOptions: { httpPutResponseHopLimit: 64 } }, expect: "violation", message: /64 hops/ },
  { label: "launch configuration with hop limit 3", type: LC, props: { metadataOptions: { httpPutResponseHopLimit: 3 } }, expect: "violation" },
  { label: "hop limit as a numeric string", type: LT, props: { metadataOptions: { httpPutResponseHopLimit: "2" } }, expect: "violation" },
  { label: "hop limit 3 against a configured maximum of 2", type: INST, props: { metadataOptions: { httpPutResponseHopLimit: 3 } }, config: { maxHopLimit: 2 }, expect: "violation", message: /allowed 2/ },
  { label: "unset hop limit when requireExplicitHopLimit", type: INST, props: { metadataOptions: { httpTokens: "required" } }, config: { requireExplicitHopLimit: true }, expect: "violation", message: /ImdsSupport v2.0/ },
  { label: "a configured maximum that is not a number fails closed", type: LT, props: { metadataOptions: { httpPutResponseHopLimit: 1 } }, config: { maxHopLimit: "lots" }, expect: "violation", message: /invalid policy config.*maxHopLimit/ },
  { label: "missing metadataOptions when requireExplicitHopLimit", type: LT, props: {}, config: { requireExplicitHopLimit: true }, expect: "violation" },
  // good
  { label: "hop limit 1", type: LT, props: { metadataOptions: { httpPutResponseHopLimit: 1 } }, expect: "pass" },
  { label: "unset hop limit is the provider default, 1", type: INST, props: { metadataOptions: { httpTokens: "required" } }, expect: "pass" },
  { label: "no metadataOptions at all", type: LC, props: {}, expect: "pass" },
  { label: "hop limit 2 allowed by maxHopLimit 2", type: LT, props: { metadataOptions: { httpPutResponseHopLimit: 2 } }, config: { maxHopLimit: 2 }, expect: "pass" },
  { label: "endpoint disabled", type: INST, props: { metadataOptions: { httpEndpoint: "disabled", httpPutResponseHopLimit: 5 } }, expect: "pass" },
  { label: "instance from a template with requireExplicitHopLimit", type: INST, props: { launchTemplate: { name: "web" } }, config: { requireExplicitHopLimit: true }, expect: "pass" },
  { label: "hop limit wrapped as a secret", type: INST, props: { metadataOptions: { httpPutResponseHopLimit: secret(1) } }, expect: "pass" },
  // unknown during preview
  { label: "hop limit unknown", type: LT, props: { metadataOptions: { httpPutResponseHopLimit: UNKNOWN_NUMBER } }, expect: "not-applicable", message: /httpPutResponseHopLimit/ },
  { label: "metadataOptions unknown", type: INST, props: { metadataOptions: UNKNOWN_OBJECT }, expect: "not-applicable" },
  { label: "endpoint unknown with a high limit", type: INST, props: { metadataOptions: { httpEndpoint: UNKNOWN_STRING, httpPutResponseHopLimit: 4 } }, expect: "not-applicable" },
];

describe("ec2-imds-hop-limit", () => {
  it("has at least six bad and six good cases", () => {
    const { bad, good } = tally(cases);
    expect(bad).toBeGreaterThanOrEqual(6);
    expect(good).toBeGreaterThanOrEqual(6);
  });

  it.each(cases)("$label", async (c) => {
    await runCase(ec2ImdsHopLimit, c);
  });

  it("defaults to a maximum of 1 without requiring an explicit limit", () => {
    expect(ec2ImdsHopLimit.rampart.defaults).toMatchObject({ maxHopLimit: 1, requireExplicitHopLimit: false });
  });
});
