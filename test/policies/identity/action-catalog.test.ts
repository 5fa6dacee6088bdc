// The AWS action catalog the identity controls judge by: wildcards matched as AWS matches them
// (the whole "service:action", case-insensitive), access levels and resource-level support from
// the service authorization data, and no throw on odd patterns.
import fc from "fast-check";
import { coversService, expandAction, grantsEveryAction, wholeServicesOf, wildcardMatches } from "../../../policies/aws/iam/action-catalog";
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

describe("wildcardMatches: IAM's * and ?, case-insensitive, over the whole string", () => {
  const reference = (text: string, pattern: string) =>
    new RegExp(`^${[...pattern].map((c) => (c === "*" ? ".*" : c === "?" ? "." : c.replace(/[.+^${}()|[\]\\]/g, "\\$&"))).join("")}$`, "is").test(text);

  it("agrees with a regular expression on short strings", () => {
    const chars = fc.constantFrom("a", "B", ":", "*", "?", "(", ".");
    fc.assert(fc.property(fc.string({ unit: chars, maxLength: 8 }), fc.string({ unit: chars, maxLength: 8 }), (text, pattern) => {
      expect(wildcardMatches(text, pattern)).toBe(reference(text, pattern));
    }), { numRuns: 2000 });
  });

  it("spellings of iam:* and odd characters", () => {
    expect(wildcardMatches("iam:PutRolePolicy", "IAM:*")).toBe(true);
    expect(wildcardMatches("iam:PutRolePolicy", "i?m:put*policy")).toBe(true);
    expect(wildcardMatches("s3:GetObject", "s3:Get(")).toBe(false);
  });

  // A regular expression of this shape backtracks for ever; the walk ends (jest's timeout would tell).
  it("a pattern of many stars against a long name ends (no backtracking blow-up)", () => {
    expect(wildcardMatches("a".repeat(5000), "*a".repeat(200) + "b")).toBe(false);
    expect(wildcardMatches("a".repeat(5000), "*a".repeat(200))).toBe(true);
  });
});
