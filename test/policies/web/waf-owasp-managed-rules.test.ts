import { wafOwaspManagedRules } from "../../../policies/web/waf-owasp-managed-rules";
import { KNOWN_MANAGED_RULES } from "../../../policies/aws/waf/managed-rule-groups";
import { StackInput, UNKNOWN_ARRAY, UNKNOWN_OBJECT, UNKNOWN_STRING, runStackPolicy, secret, urnOf } from "../../helpers/policy-harness";
import { CRS, KBI, WAF, arnOfAcl, countOverrides, managedRule, webAcl } from "./web-fixtures";

const both = [managedRule(CRS), managedRule(KBI)];
const aclUrn = urnOf(WAF.acl, "acl");

function standaloneRule(name: string, group: string, webAclArn: unknown, overrideAction: unknown = { none: {} }, deps?: string[]): StackInput {
  return {
    type: WAF.rule,
    name,
    props: { ...managedRule(group, overrideAction), webAclArn },
    ...(deps ? { propertyDependencies: { webAclArn: deps } } : {}),
  };
}

function groupAssociation(name: string, group: string, webAclArn: unknown, overrideAction?: string, extra: Record<string, unknown> = {}): StackInput {
  return {
    type: WAF.ruleGroupAssociation,
    name,
    props: { ruleName: name, priority: 10, webAclArn, managedRuleGroup: { vendorName: "AWS", name: group, ...extra }, ...(overrideAction ? { overrideAction } : {}) },
  };
}

describe("waf-owasp-managed-rules", () => {
  const badRows: [label: string, stack: StackInput[], expected: RegExp[], config?: Record<string, unknown>][] = [
    ["a web ACL with no rules", [webAcl("acl")], [/does not include the AWS managed rule group AWSManagedRulesCommonRuleSet/, /does not include .*KnownBadInputs/]],
    ["only the core rule set", [webAcl("acl", { rules: [managedRule(CRS)] })], [/does not include .*AWSManagedRulesKnownBadInputsRuleSet/]],
    ["core rule set in count mode", [webAcl("acl", { rules: [managedRule(CRS, { count: {} }), managedRule(KBI)] })], [/AWSManagedRulesCommonRuleSet in count mode \(rules\[0\]\)/]],
    [
      "every known rule of the core rule set overridden to count",
      [webAcl("acl", { rules: [managedRule(CRS, { none: {} }, { ruleActionOverrides: countOverrides(KNOWN_MANAGED_RULES[CRS]) }), managedRule(KBI)] })],
      [/AWSManagedRulesCommonRuleSet in count mode/],
    ],
    ["a look-alike group from another vendor", [webAcl("acl", { rules: [managedRule(CRS, { none: {} }, {}, "F5"), managedRule(KBI)] })], [/does not include the AWS managed rule group AWSManagedRulesCommonRuleSet/]],
    [
      "ruleJson running known bad inputs in count mode",
      [
        webAcl("acl", {
          rules: [managedRule(CRS)],
          ruleJson: JSON.stringify([{ Name: "kbi", Priority: 2, OverrideAction: { Count: {} }, Statement: { ManagedRuleGroupStatement: { VendorName: "AWS", Name: KBI } } }]),
        }),
      ],
      [/KnownBadInputsRuleSet in count mode \(ruleJson\[0\]\)/],
    ],
    [
      "v7 WebAclRuleGroupAssociation with overrideAction \"count\"",
      [webAcl("acl", { rules: [managedRule(CRS)] }), groupAssociation("kbi", KBI, arnOfAcl("acl"), "count")],
      [/KnownBadInputsRuleSet in count mode \(WebAclRuleGroupAssociation kbi\)/],
    ],
    [
      "v7 WebAclRule attached to another ACL does not count for this one",
      [webAcl("acl", { rules: [managedRule(CRS)] }), webAcl("other"), standaloneRule("kbi", KBI, arnOfAcl("other"))],
      // The rule gives "other" its Known bad inputs, not "acl".
      [/"acl" does not include .*KnownBadInputs/, /"other" does not include .*CommonRuleSet/],
    ],
    [
      "an extra group required by config",
      [webAcl("acl", { rules: both })],
      [/does not include the AWS managed rule group AWSManagedRulesSQLiRuleSet/],
      { requiredRuleGroups: [CRS, KBI, "AWSManagedRulesSQLiRuleSet"] },
    ],
  ];

  const bad = badRows.map(([label, stack, expected, config]) => ({ label, stack, expected, config }));

  it.each(bad)("flags: $label", async ({ stack, expected, config }) => {
    const outcome = await runStackPolicy(wafOwaspManagedRules, stack, config);
    expect(outcome.violations.map((v) => v.message)).toEqual(expected.map((re) => expect.stringMatching(re)));
    for (const v of outcome.violations) expect(v.urn).toMatch(/wafv2\/webAcl:WebAcl::/);
  });

  const goodRows: [label: string, stack: StackInput[], config?: Record<string, unknown>][] = [
    ["both groups inline, overrideAction none", [webAcl("acl", { rules: both })]],
    ["overrideAction missing means none", [webAcl("acl", { rules: [managedRule(CRS, undefined), managedRule(KBI, undefined)] })]],
    [
      "some rules overridden to count is tuning, not disarming",
      [webAcl("acl", { rules: [managedRule(CRS, { none: {} }, { ruleActionOverrides: countOverrides(["SizeRestrictions_BODY", "NoUserAgent_HEADER"]) }), managedRule(KBI)] })],
    ],
    [
      "v7 WebAclRule resources linked through propertyDependencies (preview)",
      [
        webAcl("acl", { arn: UNKNOWN_STRING, id: UNKNOWN_STRING }),
        standaloneRule("crs", CRS, UNKNOWN_STRING, { none: {} }, [aclUrn]),
        standaloneRule("kbi", KBI, UNKNOWN_STRING, { none: {} }, [aclUrn]),
      ],
    ],
    ["v7 WebAclRuleGroupAssociation resources by ARN value", [webAcl("acl"), groupAssociation("crs", CRS, arnOfAcl("acl")), groupAssociation("kbi", KBI, arnOfAcl("acl"), "none")]],
    [
      "groups given in the API's PascalCase ruleJson",
      [
        webAcl("acl", {
          ruleJson: JSON.stringify([
            { Name: "crs", Priority: 1, OverrideAction: { None: {} }, Statement: { ManagedRuleGroupStatement: { VendorName: "AWS", Name: CRS } } },
            { Name: "kbi", Priority: 2, OverrideAction: { None: {} }, Statement: { ManagedRuleGroupStatement: { VendorName: "AWS", Name: KBI } } },
          ]),
        }),
      ],
    ],
    ["a count-mode copy beside a blocking one", [webAcl("acl", { rules: [managedRule(CRS, { count: {} }), managedRule(CRS), managedRule(KBI)] })]],
    ["requiredRuleGroups emptied by config", [webAcl("acl")], { requiredRuleGroups: [] }],
    ["a vendor-qualified required group", [webAcl("acl", { rules: [managedRule("BotDefense", { none: {} }, {}, "F5")] })], { requiredRuleGroups: ["F5:BotDefense"] }],
  ];

  const good = goodRows.map(([label, stack, config]) => ({ label, stack, config }));

  it.each(good)("passes: $label", async ({ stack, config }) => {
    const outcome = await runStackPolicy(wafOwaspManagedRules, stack, config);
    expect(outcome.violations).toEqual([]);
    expect(outcome.notApplicable).toBeUndefined();
  });

  const unknownRows: [label: string, stack: StackInput[]][] = [
    ["rules unknown", [webAcl("acl", { rules: UNKNOWN_ARRAY })]],
    ["ruleJson unknown", [webAcl("acl", { rules: [managedRule(CRS)], ruleJson: UNKNOWN_STRING })]],
    ["a rule's statement unknown", [webAcl("acl", { rules: [managedRule(CRS), { name: "x", priority: 2, statement: UNKNOWN_OBJECT }] })]],
    ["overrideAction unknown", [webAcl("acl", { rules: [managedRule(CRS), managedRule(KBI, UNKNOWN_OBJECT)] })]],
    ["a standalone rule whose ACL is unknown", [webAcl("acl", { rules: [managedRule(CRS)] }), standaloneRule("kbi", KBI, UNKNOWN_STRING)]],
  ];

  const unknown = unknownRows.map(([label, stack]) => ({ label, stack }));

  it.each(unknown)("does not guess when $label", async ({ stack }) => {
    const outcome = await runStackPolicy(wafOwaspManagedRules, stack);
    expect(outcome.violations).toEqual([]);
    expect(outcome.notApplicable).toMatch(/unknown during preview/);
  });

  it("is not applicable to stacks without web ACLs", async () => {
    const outcome = await runStackPolicy(wafOwaspManagedRules, [groupAssociation("kbi", KBI, arnOfAcl("gone"))]);
    expect(outcome.violations).toEqual([]);
    expect(outcome.notApplicable).toContain("aws:wafv2/webAcl:WebAcl");
  });

  it("never prints secret properties of the web ACL", async () => {
    const outcome = await runStackPolicy(wafOwaspManagedRules, [webAcl("acl", { description: secret("hunter2"), rules: [managedRule(CRS)], tokenDomains: secret(["s3cr3t.example"]) })]);
    expect(outcome.violations).toHaveLength(1);
    expect(outcome.violations[0].message).not.toMatch(/hunter2|s3cr3t/);
  });

  it("reads rules held as a secret", async () => {
    const outcome = await runStackPolicy(wafOwaspManagedRules, [webAcl("acl", { rules: secret([managedRule(CRS, { count: {} }), managedRule(KBI)]) })]);
    expect(outcome.violations).toHaveLength(1);
    expect(outcome.violations[0].message).toMatch(/count mode/);
  });
});
