import { subnetNoAutoPublicIp } from "../../../policies/compute/subnet-no-auto-public-ip";
import { T } from "../../../policies/aws/types";
import { UNKNOWN_BOOL, secret } from "../../helpers/policy-harness";
import { ResourceCase, runCase, tally } from "./table";

const SUB = T.subnet;
const DEF = T.defaultSubnet;

const cases: ResourceCase[] = [
  // bad
  { label: "subnet mapping public IPs", type: SUB, props: { vpcId: "vpc-1", cidrBlock: "10.0.0.0/24", mapPublicIpOnLaunch: true }, expect: "violation", message: /mapPublicIpOnLaunch is true/ },
  { label: "subnet mapping public IPs with the string \"true\"", type: SUB, props: { vpcId: "vpc-1", mapPublicIpOnLaunch: "true" }, expect: "violation" },
  { label: "default subnet keeping its default", type: DEF, props: { availabilityZone: "eu-west-1a" }, expect: "violation", message: /true for default subnets/ },
  { label: "default subnet explicitly true", type: DEF, props: { availabilityZone: "eu-west-1a", mapPublicIpOnLaunch: true }, expect: "violation" },
  { label: "flag wrapped as a secret", type: SUB, props: { vpcId: "vpc-1", mapPublicIpOnLaunch: secret(true) }, expect: "violation" },
  { label: "upper-case string TRUE", type: DEF, props: { availabilityZone: "eu-west-1b", mapPublicIpOnLaunch: "TRUE" }, expect: "violation" },
  // good
  { label: "subnet leaving the default (false)", type: SUB, props: { vpcId: "vpc-1", cidrBlock: "10.0.1.0/24" }, expect: "pass" },
  { label: "subnet explicitly false", type: SUB, props: { vpcId: "vpc-1", mapPublicIpOnLaunch: false }, expect: "pass" },
  { label: "default subnet explicitly false", type: DEF, props: { availabilityZone: "eu-west-1a", mapPublicIpOnLaunch: false }, expect: "pass" },
  { label: "default subnet with the string \"false\"", type: DEF, props: { availabilityZone: "eu-west-1a", mapPublicIpOnLaunch: "false" }, expect: "pass" },
  { label: "customer-owned IP mapping is another setting", type: SUB, props: { vpcId: "vpc-1", mapCustomerOwnedIpOnLaunch: true }, expect: "pass" },
  { label: "not a subnet", type: T.vpc, props: { mapPublicIpOnLaunch: true }, expect: "pass" },
  // unknown during preview
  { label: "flag unknown", type: SUB, props: { vpcId: "vpc-1", mapPublicIpOnLaunch: UNKNOWN_BOOL }, expect: "not-applicable", message: /mapPublicIpOnLaunch/ },
  { label: "default subnet flag unknown", type: DEF, props: { mapPublicIpOnLaunch: UNKNOWN_BOOL }, expect: "not-applicable" },
];

describe("subnet-no-auto-public-ip", () => {
  it("has at least six bad and six good cases", () => {
    const { bad, good } = tally(cases);
    expect(bad).toBeGreaterThanOrEqual(6);
    expect(good).toBeGreaterThanOrEqual(6);
  });

  it.each(cases)("$label", async (c) => {
    await runCase(subnetNoAutoPublicIp, c);
  });
});
