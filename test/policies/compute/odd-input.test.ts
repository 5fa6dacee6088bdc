// No compute policy throws, whatever JSON stands in for any property, at any depth, in either
// the resource policies' inputs or the stack policy's resources.
import fc from "fast-check";
import { computePolicies } from "../../../policies/compute";
import type { RampartPolicy } from "../../../policies/lib/control";
import { T } from "../../../policies/aws/types";
import { Outcome, StackInput, runResourcePolicy, runStackPolicy, urnOf } from "../../helpers/policy-harness";
import { NASTY, oddValue, pathsOf, replaceAt } from "./odd-input";

const ASG = "aws:autoscaling/group:Group";

/** A plausible, fully populated resource of each type the compute policies judge. */
const bases: Record<string, Record<string, unknown>> = {
  [T.instance]: {
    id: "i-1",
    ami: "ami-0123456789abcdef0",
    subnetId: "subnet-pub",
    associatePublicIpAddress: false,
    iamInstanceProfile: "web-profile",
    launchTemplate: { id: "lt-1", version: "$Latest" },
    metadataOptions: { httpEndpoint: "enabled", httpTokens: "required", httpPutResponseHopLimit: 1 },
    rootBlockDevice: { encrypted: true, kmsKeyId: "alias/app" },
    ebsBlockDevices: [{ deviceName: "/dev/sdf", encrypted: true }],
    networkInterfaces: [{ deviceIndex: 0, networkInterfaceId: "eni-1" }],
    monitoring: true,
    userData: "#!/bin/sh\necho hello\n",
    userDataBase64: "IyEvYmluL3NoCg==",
    tags: { Name: "web", "Patch Group": "web" },
  },
  [T.launchTemplate]: {
    id: "lt-1",
    name: "tpl",
    imageId: "resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64",
    metadataOptions: { httpTokens: "required", httpPutResponseHopLimit: 1 },
    blockDeviceMappings: [{ deviceName: "/dev/xvda", ebs: { encrypted: "true", kmsKeyId: "alias/app" } }, { deviceName: "/dev/sdb", virtualName: "ephemeral0" }],
    networkInterfaces: [{ deviceIndex: 0, associatePublicIpAddress: "false", subnetId: "subnet-pub" }],
    monitoring: { enabled: true },
    iamInstanceProfile: { arn: "arn:aws:iam::111122223333:instance-profile/web-profile" },
    userData: "IyEvYmluL3NoCg==",
    tagSpecifications: [{ resourceType: "instance", tags: { "Patch Group": "web" } }],
  },
  [T.launchConfiguration]: {
    name: "cfg",
    imageId: "ami-0123456789abcdef0",
    associatePublicIpAddress: false,
    metadataOptions: { httpTokens: "required" },
    rootBlockDevice: { encrypted: true },
    ebsBlockDevices: [{ deviceName: "/dev/sdf", encrypted: true, noDevice: false }],
    enableMonitoring: true,
    iamInstanceProfile: "web-profile",
    userData: "#!/bin/sh\n",
  },
  [T.ebsVolume]: { availabilityZone: "eu-west-1a", encrypted: true, kmsKeyId: "alias/app", size: 10 },
  [T.subnet]: { id: "subnet-pub", vpcId: "vpc-1", mapPublicIpOnLaunch: true },
  [T.defaultSubnet]: { id: "subnet-def", availabilityZone: "eu-west-1a", mapPublicIpOnLaunch: false },
  [ASG]: {
    launchTemplate: { id: "lt-1" },
    mixedInstancesPolicy: { launchTemplate: { launchTemplateSpecification: { launchTemplateId: "lt-1" } } },
    launchConfiguration: "cfg",
    vpcZoneIdentifiers: ["subnet-pub", "subnet-def"],
    tags: [{ key: "Patch Group", value: "web", propagateAtLaunch: true }],
  },
};

const strict = { kmsKeyRequired: true, requireExplicitHopLimit: true, allowedAmis: ["ami-0123456789abcdef0"], allowedAmiPatterns: ["resolve:ssm:/aws/*"] };
// Random values per property on top of the fixed nasty ones; every property gets its own run.
const RUNS = 10;

function wellFormed(outcome: Outcome): void {
  for (const v of outcome.violations) expect(typeof v.message).toBe("string");
  if (outcome.notApplicable !== undefined) expect(typeof outcome.notApplicable).toBe("string");
}

function configFor(policy: RampartPolicy, useStrict: boolean): Record<string, unknown> {
  if (!useStrict) return {};
  return Object.fromEntries(Object.entries(strict).filter(([key]) => key in policy.rampart.defaults));
}

const resourcePolicies = computePolicies.filter((p) => p.rampart.kind === "resource");
const stackPolicies = computePolicies.filter((p) => p.rampart.kind === "stack");

/** Every (type, property path) pair a policy could read, with the base it lives in. */
function sites(types: readonly string[]): [string, (string | number)[]][] {
  return types.flatMap((type) => [...pathsOf(bases[type]), ["extra"]].map((path): [string, (string | number)[]] => [type, path]));
}

describe("compute policies on odd input", () => {
  it.each(resourcePolicies.map((p) => [p.name, p] as const))("%s never throws, whatever stands at any property", async (_name, policy) => {
    const types = policy.rampart.types.filter((t) => bases[t]);
    expect(types.length).toBeGreaterThan(0);
    for (const [type, path] of sites(types)) {
      for (const useStrict of [false, true]) {
        const config = configFor(policy, useStrict);
        for (const value of NASTY) wellFormed(await runResourcePolicy(policy, { type, props: replaceAt(bases[type], path, value) as Record<string, unknown> }, config));
        await fc.assert(
          fc.asyncProperty(oddValue, async (value) => {
            wellFormed(await runResourcePolicy(policy, { type, props: replaceAt(bases[type], path, value) as Record<string, unknown> }, config));
          }),
          { numRuns: RUNS },
        );
      }
    }
  });

  it.each(stackPolicies.map((p) => [p.name, p] as const))("%s never throws on a stack with one odd property anywhere", async (_name, policy) => {
    const stack: StackInput[] = Object.entries(bases).map(([type, props]) => ({ type, name: type.split(":").pop()!.toLowerCase(), props }));
    // Link the instance to its subnet and template through dependencies as well as by value.
    stack[0].propertyDependencies = { subnetId: [urnOf(T.subnet, "subnet")], launchTemplate: [urnOf(T.launchTemplate, "launchtemplate")] };
    for (let i = 0; i < stack.length; i++) {
      for (const path of [...pathsOf(stack[i].props), ["extra"]]) {
        const withValue = (value: unknown) => stack.map((r, j) => (j === i ? { ...r, props: replaceAt(r.props, path, value) as Record<string, unknown> } : r));
        for (const value of NASTY) wellFormed(await runStackPolicy(policy, withValue(value)));
        await fc.assert(
          fc.asyncProperty(oddValue, async (value) => {
            wellFormed(await runStackPolicy(policy, withValue(value)));
          }),
          { numRuns: RUNS },
        );
      }
    }
  });
});
