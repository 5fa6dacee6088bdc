// PatchedServices under Pulumi's mock runtime.
import { installMocks, one, settle } from "./mock-aws";
import { PatchedServices } from "../../stacks";

const registered = installMocks();
const mine = (prefix: string) => registered.filter((r) => r.name.startsWith(prefix));

beforeAll(async () => {
  new PatchedServices("svc");
  new PatchedServices("custom", { functionRuntime: "nodejs22.x", functionName: "custom-handler" });
  await settle(registered);
});

test("the repository scans images on push and keeps tags immutable", () => {
  const repo = one(mine("svc"), "aws:ecr/repository:Repository");
  expect(repo.inputs).toMatchObject({ imageScanningConfiguration: { scanOnPush: true }, imageTagMutability: "IMMUTABLE" });
});

test("the function runs a supported runtime and logs to its own encrypted log group", () => {
  const fn = one(mine("svc"), "aws:lambda/function:Function");
  expect(fn.inputs).toMatchObject({ runtime: "python3.13", handler: "index.handler", name: "test-svc-fn", tracingConfig: { mode: "Active" } });
  const logs = one(mine("svc"), "aws:cloudwatch/logGroup:LogGroup");
  expect(logs.inputs).toMatchObject({ name: "/aws/lambda/test-svc-fn", retentionInDays: 365, kmsKeyId: expect.stringContaining("arn:") });
  const attached = mine("svc").filter((r) => r.type === "aws:iam/rolePolicyAttachment:RolePolicyAttachment").map((r) => r.inputs.policyArn).sort();
  expect(attached).toEqual([expect.stringMatching(/:iam::aws:policy\/AWSXRayDaemonWriteAccess$/), expect.stringMatching(/:iam::aws:policy\/service-role\/AWSLambdaBasicExecutionRole$/)]);
});

test("runtime and name can be chosen", () => {
  const fn = one(mine("custom"), "aws:lambda/function:Function");
  expect(fn.inputs).toMatchObject({ runtime: "nodejs22.x", name: "custom-handler" });
});
