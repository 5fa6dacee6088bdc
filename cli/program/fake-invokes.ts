// Answers for the data-source invokes real AWS programs call while they run. An invoke not
// listed gets an empty result (programs that need more should be checked from a state file).
import { ACCOUNT_ID } from "./fake-aws";

type Inputs = Record<string, unknown>;

function list(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** aws.iam.getPolicyDocument: statements to the IAM JSON document, as the provider renders it. */
function policyDocument(inputs: Inputs): Inputs {
  const statements = list(inputs.statements).map((raw) => {
    const s = (raw ?? {}) as Inputs;
    const out: Inputs = {};
    if (s.sid) out.Sid = s.sid;
    out.Effect = s.effect ?? "Allow";
    const one = (v: unknown[]) => (v.length === 1 ? v[0] : v);
    for (const [key, prop] of [["Action", "actions"], ["NotAction", "notActions"], ["Resource", "resources"], ["NotResource", "notResources"]] as const) {
      const v = list(s[prop]);
      if (v.length) out[key] = one(v);
    }
    for (const [key, prop] of [["Principal", "principals"], ["NotPrincipal", "notPrincipals"]] as const) {
      const principals = list(s[prop]) as Inputs[];
      if (!principals.length) continue;
      if (principals.some((p) => p.type === "*")) {
        out[key] = "*";
        continue;
      }
      const byType: Inputs = {};
      for (const p of principals) byType[String(p.type)] = one(list(p.identifiers));
      out[key] = byType;
    }
    const conditions = list(s.conditions) as Inputs[];
    if (conditions.length) {
      const cond: Record<string, Inputs> = {};
      for (const c of conditions) (cond[String(c.test)] ??= {})[String(c.variable)] = one(list(c.values));
      out.Condition = cond;
    }
    return out;
  });
  const doc = { Version: inputs.version ?? "2012-10-17", Statement: statements };
  const json = JSON.stringify(doc, null, 2);
  return { id: String(json.length), json, minifiedJson: JSON.stringify(doc), statements: inputs.statements ?? [] };
}

export function answerInvoke(token: string, inputs: Inputs, region: string): Inputs {
  switch (token) {
    case "aws:index/getAvailabilityZones:getAvailabilityZones": {
      const names = ["a", "b", "c"].map((z) => `${region}${z}`);
      return { id: region, names, zoneIds: names.map((_, i) => `use1-az${i + 1}`), state: "available", groupNames: [region] };
    }
    case "aws:index/getRegion:getRegion":
      return { id: region, name: region, region, description: region, endpoint: `ec2.${region}.amazonaws.com` };
    case "aws:index/getCallerIdentity:getCallerIdentity":
      return { id: ACCOUNT_ID, accountId: ACCOUNT_ID, arn: `arn:aws:iam::${ACCOUNT_ID}:user/rampart-check`, userId: "AIDARAMPARTCHECK" };
    case "aws:index/getPartition:getPartition":
      return { id: "aws", partition: "aws", dnsSuffix: "amazonaws.com", reverseDnsPrefix: "com.amazonaws" };
    case "aws:ec2/getAmi:getAmi":
    case "aws:ec2/getAmiIds:getAmiIds":
      return { id: "ami-0abcdef1234567890", imageId: "ami-0abcdef1234567890", ids: ["ami-0abcdef1234567890"], architecture: "x86_64", name: "al2023-ami-2023.6-kernel-6.1-x86_64", rootDeviceName: "/dev/xvda", ownerId: "137112412989" };
    case "aws:ec2/getVpc:getVpc":
      return { id: "vpc-0defa017000000000", cidrBlock: "172.31.0.0/16", default: true, arn: `arn:aws:ec2:${region}:${ACCOUNT_ID}:vpc/vpc-0defa017000000000` };
    case "aws:ec2/getSubnets:getSubnets":
    case "aws:ec2/getSubnetIds:getSubnetIds":
      return { id: region, ids: ["subnet-0defa017000000001", "subnet-0defa017000000002"] };
    case "aws:iam/getPolicyDocument:getPolicyDocument":
      return policyDocument(inputs);
    case "aws:elb/getServiceAccount:getServiceAccount":
      return { id: "127311923021", arn: "arn:aws:iam::127311923021:root" };
    case "aws:ssm/getParameter:getParameter":
      return { id: String(inputs.name ?? "parameter"), name: inputs.name, type: "String", value: "ami-0abcdef1234567890", version: 1 };
    default:
      return {};
  }
}
