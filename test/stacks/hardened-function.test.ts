// HardenedFunction under Pulumi's mock runtime.
import * as pulumi from "@pulumi/pulumi";
import { installMocks, one, ofType, settle } from "./mock-aws";
import { HardenedFunction } from "../../stacks";

const registered = installMocks();
const mine = (prefix: string) => registered.filter((r) => r.name.startsWith(prefix));
const code = new pulumi.asset.AssetArchive({ "index.js": new pulumi.asset.StringAsset("exports.handler = async () => 1;") });
const SECRET = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf";

beforeAll(async () => {
  new HardenedFunction("hook", { code, functionUrl: true });
  new HardenedFunction("reader", { code, runtime: "python3.13", handler: "app.handler", secretArns: [SECRET], environment: { DB_SECRET_ARN: SECRET }, logRetentionInDays: 731 });
  await settle(registered);
});

test("a supported runtime, logs to its own encrypted group kept a year", () => {
  const fn = one(mine("hook"), "aws:lambda/function:Function");
  expect(fn.inputs).toMatchObject({ name: "test-hook", runtime: "nodejs22.x", handler: "index.handler", loggingConfig: { logFormat: "JSON" } });
  expect(fn.inputs.environment).toBeUndefined();
  const group = one(mine("hook"), "aws:cloudwatch/logGroup:LogGroup");
  expect(group.inputs).toMatchObject({ name: "/aws/lambda/test-hook", retentionInDays: 365 });
  expect(group.inputs.kmsKeyId).toEqual(expect.stringContaining("arn:"));
  expect(one(mine("reader"), "aws:cloudwatch/logGroup:LogGroup").inputs.retentionInDays).toBe(731);
});

test("the role may write its own logs and read only the secrets it is given", () => {
  const policyOf = (prefix: string) => JSON.parse(one(mine(prefix), "aws:iam/rolePolicy:RolePolicy").inputs.policy);
  const hook = policyOf("hook").Statement;
  expect(hook).toHaveLength(1);
  expect(hook[0].Action).toEqual(["logs:CreateLogStream", "logs:PutLogEvents"]);
  expect(hook[0].Resource).toMatch(/^arn:aws:logs:[a-z0-9-]+:\d{12}:log-group:\/aws\/lambda\/test-hook:\*$/);
  const reader = policyOf("reader").Statement;
  expect(reader[1]).toMatchObject({ Action: "secretsmanager:GetSecretValue", Resource: [SECRET] });
  for (const s of [...hook, ...reader]) expect(s.Resource).not.toBe("*");
  const trust = JSON.parse(one(mine("hook"), "aws:iam/role:Role").inputs.assumeRolePolicy);
  expect(trust.Statement[0].Principal).toEqual({ Service: "lambda.amazonaws.com" });
  expect(ofType(mine("hook"), "aws:iam/rolePolicyAttachment:RolePolicyAttachment")).toHaveLength(0);
});

test("the function URL requires IAM authentication; none unless asked for", () => {
  expect(one(mine("hook"), "aws:lambda/functionUrl:FunctionUrl").inputs.authorizationType).toBe("AWS_IAM");
  expect(ofType(mine("reader"), "aws:lambda/functionUrl:FunctionUrl")).toHaveLength(0);
});
