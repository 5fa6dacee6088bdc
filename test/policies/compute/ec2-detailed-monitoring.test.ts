import { ec2DetailedMonitoring } from "../../../policies/compute/ec2-detailed-monitoring";
import { T } from "../../../policies/aws/types";
import { UNKNOWN_BOOL, UNKNOWN_OBJECT, secret } from "../../helpers/policy-harness";
import { ResourceCase, runCase, tally } from "./table";

const INST = T.instance;
const LT = T.launchTemplate;
const LC = T.launchConfiguration;

const cases: ResourceCase[] = [
  // bad
  { label: "instance leaving monitoring unset (off)", type: INST, props: { ami: "ami-1" }, expect: "violation", message: /monitoring is not set/ },
  { label: "instance with monitoring false", type: INST, props: { monitoring: false }, expect: "violation", message: /monitoring is false/ },
  { label: "launch template without monitoring", type: LT, props: {}, expect: "violation", message: /monitoring.enabled/ },
  { label: "launch template with monitoring.enabled false", type: LT, props: { monitoring: { enabled: false } }, expect: "violation" },
  { label: "launch configuration turning monitoring off", type: LC, props: { enableMonitoring: false }, expect: "violation", message: /enableMonitoring is false/ },
  { label: "instance with the string \"false\"", type: INST, props: { monitoring: "false" }, expect: "violation" },
  // good
  { label: "instance with monitoring true", type: INST, props: { monitoring: true }, expect: "pass" },
  { label: "launch template with monitoring.enabled true", type: LT, props: { monitoring: { enabled: true } }, expect: "pass" },
  { label: "launch configuration default (on)", type: LC, props: { imageId: "ami-1" }, expect: "pass" },
  { label: "launch configuration explicitly on", type: LC, props: { enableMonitoring: true }, expect: "pass" },
  { label: "instance from a template takes the template's setting", type: INST, props: { launchTemplate: { name: "tpl" } }, expect: "pass" },
  { label: "monitoring wrapped as a secret", type: INST, props: { monitoring: secret(true) }, expect: "pass" },
  // unknown during preview
  { label: "instance monitoring unknown", type: INST, props: { monitoring: UNKNOWN_BOOL }, expect: "not-applicable" },
  { label: "launch template monitoring block unknown", type: LT, props: { monitoring: UNKNOWN_OBJECT }, expect: "not-applicable", message: /monitoring.enabled/ },
];

describe("ec2-detailed-monitoring", () => {
  it("has at least six bad and six good cases", () => {
    const { bad, good } = tally(cases);
    expect(bad).toBeGreaterThanOrEqual(6);
    expect(good).toBeGreaterThanOrEqual(6);
  });

  it.each(cases)("$label", async (c) => {
    await runCase(ec2DetailedMonitoring, c);
  });

  it("is advisory by default", () => {
    expect(ec2DetailedMonitoring.enforcementLevel).toBe("advisory");
  });
});
