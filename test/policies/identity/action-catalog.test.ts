// The AWS action catalog the identity controls judge by: wildcards matched as AWS matches them
// (the whole "service:action", case-insensitive), access levels and resource-level support from
// the service authorization data, and no throw on odd patterns.
import { coversService, expandAction, grantsEveryAction, wholeServicesOf } from "../../../policies/aws/iam/action-catalog";
import { isAllActions, isServiceWildcard } from "../../../policies/identity/wildcard-grants";

describe("action catalog", () => {
  it.each([
    ["s3:PutObject", ["s3:PutObject"]],
    ["S3:putobject", ["s3:PutObject"]],
    ["s?:PutObject", ["s3:PutObject"]],
    ["sqs:SendMessage*", ["sqs:SendMessage"]],
    ["iam:NoSuchAction", []],
    ["nosuchservice:*", []],
  ])("expandAction(%j)", (pattern, want) => {
    expect(expandAction(pattern).map((a) => a.action)).toEqual(want);
  });

  it("reads access levels and resource-level support", () => {
    const [attach] = expandAction("iam:AttachRolePolicy");
    expect(attach.accessLevels).toContain("Permissions management");
    expect(attach.resourceLevel).toBe(true);
    const [token] = expandAction("ecr:GetAuthorizationToken");
    expect(token.resourceLevel).toBe(false);
  });

  it.each(["iam:*", "IAM:*", "i?m:*", "i*:*", "*"])("%j covers every iam action", (pattern) => {
    expect(coversService(pattern, "iam")).toBe(true);
    expect(wholeServicesOf(pattern === "*" ? "iam:*" : pattern)).toContain("iam");
  });

  it.each([["*", true], ["*:*", true], ["**:**", true], ["*?:*", true], ["iam:*", false], ["*:Get*", false], ["s3:*", false]])("grantsEveryAction(%j) = %s", (pattern, want) => {
    expect(grantsEveryAction(pattern as string)).toBe(want);
    expect(isAllActions(pattern as string)).toBe(want);
  });

  it.each([["iam:*Policy*", false], ["s3:Get*", false], ["s3:*", true], ["S3:**", true], ["nosuchservice:*", false]])("isServiceWildcard(%j) = %s", (pattern, want) => {
    expect(isServiceWildcard(pattern as string)).toBe(want);
  });

  it.each(["(:*", "s3:Get(", "[", ":", "iam:", "*:[a-", "\\u0069am:*"])("does not throw on %j", (pattern) => {
    expect(() => expandAction(pattern)).not.toThrow();
    expect(() => isAllActions(pattern)).not.toThrow();
    expect(() => isServiceWildcard(pattern)).not.toThrow();
  });
});
