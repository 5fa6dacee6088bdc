// Pulumi's mock runtime with AWS-like answers, recording every resource registration (type,
// name, inputs) so tests can assert on what the components would send to AWS.
import * as pulumi from "@pulumi/pulumi";

export interface Registered {
  type: string;
  name: string;
  /** The id the mock gave the resource (`<name>-<counter>`). */
  id: string;
  inputs: Record<string, any>;
}

export const ACCOUNT = "123456789012";
export const REGION = "eu-west-1";
export const ZONES = ["eu-west-1a", "eu-west-1b", "eu-west-1c"];

const INVOKES: Record<string, (args: Record<string, any>) => Record<string, unknown>> = {
  "aws:index/getAvailabilityZones:getAvailabilityZones": () => ({ names: ZONES, zoneIds: ZONES.map((_, i) => `euw1-az${i + 1}`), id: REGION }),
  "aws:index/getCallerIdentity:getCallerIdentity": () => ({ accountId: ACCOUNT, arn: `arn:aws:iam::${ACCOUNT}:user/test`, userId: "AIDTEST", id: ACCOUNT }),
  "aws:index/getRegion:getRegion": () => ({ region: REGION, name: REGION, endpoint: `ec2.${REGION}.amazonaws.com`, id: REGION }),
  "aws:index/getPartition:getPartition": () => ({ partition: "aws", dnsSuffix: "amazonaws.com", reverseDnsPrefix: "com.amazonaws", id: "aws" }),
  "aws:elb/getServiceAccount:getServiceAccount": () => ({ arn: "arn:aws:iam::156460612806:root", id: "156460612806" }),
};

/** Outputs AWS would add that the components read (ids, ARNs, generated names, versions). */
function outputsOf(type: string, name: string, inputs: Record<string, any>, id: string): Record<string, unknown> {
  const service = type.split(":")[1]?.split("/")[0] ?? "aws";
  const extra: Record<string, unknown> = {
    arn: `arn:aws:${service}:${REGION}:${ACCOUNT}:${name}`,
  };
  if (type === "aws:ec2/vpc:Vpc") extra.defaultNetworkAclId = `acl-${id}`;
  if (type === "aws:s3/bucket:Bucket") extra.bucket = inputs.bucket ?? `${inputs.bucketPrefix ?? name}20240101`;
  if (type === "aws:ec2/launchTemplate:LaunchTemplate") extra.latestVersion = 1;
  if (type === "aws:lb/loadBalancer:LoadBalancer") extra.dnsName = `${name}.${REGION}.elb.amazonaws.com`;
  if (type === "aws:iam/role:Role" || type === "aws:autoscaling/group:Group" || type === "aws:cloudwatch/logGroup:LogGroup" || type === "aws:ecr/repository:Repository") {
    extra.name = inputs.name ?? `${inputs.namePrefix ?? name}-generated`;
  }
  return { ...inputs, ...extra, id };
}

export function installMocks(options: { preview?: boolean } = {}): Registered[] {
  const registered: Registered[] = [];
  let counter = 0;
  pulumi.runtime.setMocks({
    newResource(args: pulumi.runtime.MockResourceArgs) {
      const id = `${args.name}-${(++counter).toString(16).padStart(8, "0")}`;
      registered.push({ type: args.type, name: args.name, id, inputs: args.inputs });
      return { id, state: outputsOf(args.type, args.name, args.inputs, id) };
    },
    call(args: pulumi.runtime.MockCallArgs) {
      const answer = INVOKES[args.token];
      if (!answer) throw new Error(`test mocks have no answer for invoke ${args.token}`);
      return answer(args.inputs);
    },
  }, "rampart-test", "test", options.preview ?? false);
  return registered;
}

/** Waits until every registration the program started has reached the (mock) monitor. */
export async function settle(registered: Registered[]): Promise<void> {
  let last = -1;
  let stable = 0;
  while (stable < 5) {
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (registered.length === last) stable++;
    else {
      stable = 0;
      last = registered.length;
    }
  }
}

export function ofType(registered: Registered[], type: string): Registered[] {
  return registered.filter((r) => r.type === type);
}

export function one(registered: Registered[], type: string, name?: string): Registered {
  const found = registered.filter((r) => r.type === type && (name === undefined || r.name === name));
  if (found.length !== 1) {
    throw new Error(`expected one ${type}${name ? ` named ${name}` : ""}, found ${found.length}: ${found.map((r) => r.name).join(", ")}`);
  }
  return found[0];
}

/** Parses a JSON policy document input (a string once outputs resolved). */
export function policyOf(input: unknown): { Statement: Array<Record<string, any>> } {
  return typeof input === "string" ? JSON.parse(input) : (input as { Statement: Array<Record<string, any>> });
}
