// The shared readers behind the identity controls: document shapes, wildcard predicates,
// trust policies and managed policy ARNs across partitions.
import { normalizePolicyArn, policyArnOfEntry } from "../../../policies/aws/iam/managed-policy-arn";
import { parsePolicyDocument } from "../../../policies/aws/iam/policy-document";
import { trustedServices } from "../../../policies/aws/iam/trust-policy";
import { isAllActions, isAllResources, isServiceWildcard } from "../../../policies/identity/wildcard-grants";
import { UNKNOWN_STRING } from "../../helpers/policy-harness";

describe("parsePolicyDocument", () => {
  it.each([
    ["a JSON string", '{"Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}'],
    ["an object", { Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }] }],
    ["a single statement object", { Statement: { Effect: "Allow", Action: ["*"], Resource: ["*"] } }],
  ])("reads %s", (_label, doc) => {
    const parsed = parsePolicyDocument(doc);
    expect(parsed).toEqual({ kind: "parsed", statements: [expect.objectContaining({ index: 0, effect: "allow", action: { items: ["*"], unknown: false } })] });
  });

  it.each([
    ["nothing", undefined, "absent"],
    ["an empty string", "  ", "absent"],
    ["an unknown", UNKNOWN_STRING, "unknown"],
    ["broken JSON", "{", "invalid"],
    ["a JSON list", "[]", "invalid"],
    ["a number", 5, "invalid"],
  ])("classifies %s", (_label, doc, kind) => {
    expect(parsePolicyDocument(doc).kind).toBe(kind);
  });

  it("keeps known items of a list with an unknown item, and says so", () => {
    const parsed = parsePolicyDocument({ Statement: [{ Effect: "Allow", Action: ["s3:GetObject", UNKNOWN_STRING, 7], Resource: "*" }] });
    expect(parsed.kind === "parsed" && parsed.statements[0].action).toEqual({ items: ["s3:GetObject"], unknown: true });
  });
});

describe("wildcard predicates", () => {
  it.each([["*", true], ["*:*", true], [" * ", true], ["s3:*", false], ["*:Get*", false]])("isAllActions(%j) = %s", (a, want) => {
    expect(isAllActions(a as string)).toBe(want);
  });
  it.each([["s3:*", true], ["IAM:*", true], ["s3:Get*", false], ["*", false]])("isServiceWildcard(%j) = %s", (a, want) => {
    expect(isServiceWildcard(a as string)).toBe(want);
  });
  it.each([
    ["*", true],
    ["arn:*", true],
    ["arn:aws:*:*:*:*", true],
    ["arn:aws-us-gov:*:*:*:*", true],
    ["arn:aws:s3:::*", false],
    ["arn:aws:iam::123456789012:*", false],
    ["arn:aws", false],
  ])("isAllResources(%j) = %s", (r, want) => {
    expect(isAllResources(r as string)).toBe(want);
  });
});

describe("trustedServices", () => {
  const trust = (statement: Record<string, unknown>) => ({ Statement: [{ Effect: "Allow", Action: "sts:AssumeRole", ...statement }] });
  it("lists allowed service principals, normalising .cn", () => {
    expect(trustedServices(trust({ Principal: { Service: ["EC2.amazonaws.com.cn", "lambda.amazonaws.com"] } }))).toEqual({ services: ["ec2.amazonaws.com", "lambda.amazonaws.com"], unknown: false });
  });
  it("ignores statements for other actions and account principals", () => {
    expect(trustedServices({ Statement: [{ Effect: "Allow", Action: "sts:TagSession", Principal: { Service: "ec2.amazonaws.com" } }, { Effect: "Allow", Action: "sts:AssumeRole", Principal: { AWS: "*" } }] })).toEqual({ services: [], unknown: false });
  });
  it("reports an unknown principal", () => {
    expect(trustedServices(trust({ Principal: UNKNOWN_STRING }))).toEqual({ services: [], unknown: true });
  });
});

describe("managed policy ARNs", () => {
  it("compare across partitions and case", () => {
    const admin = normalizePolicyArn("arn:aws:iam::aws:policy/AdministratorAccess");
    expect(normalizePolicyArn("arn:aws-us-gov:iam::aws:policy/AdministratorAccess")).toBe(admin);
    expect(normalizePolicyArn("arn:aws-cn:iam::aws:policy/administratoraccess")).toBe(admin);
    expect(policyArnOfEntry("AdministratorAccess")).toBe(admin);
    expect(policyArnOfEntry("arn:aws:iam::aws:policy/job-function/ViewOnlyAccess")).not.toBe(admin);
  });
});
