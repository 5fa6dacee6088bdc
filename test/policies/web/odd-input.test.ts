// None of the web policies throws, whatever value stands in for any property.
import { albDropInvalidHeaders } from "../../../policies/web/alb-drop-invalid-headers";
import { albHttpsOnly } from "../../../policies/web/alb-https-only";
import { albTlsPolicy } from "../../../policies/web/alb-tls-policy";
import { albWafAttached } from "../../../policies/web/alb-waf-attached";
import { webPolicies } from "../../../policies/web";
import { wafOwaspManagedRules } from "../../../policies/web/waf-owasp-managed-rules";
import { urnOf } from "../../helpers/policy-harness";
import { assertArbitraryPropsNeverThrow, assertResourcePolicyNeverThrows, assertStackPolicyNeverThrows } from "./odd-input-harness";
import { CRS, KBI, LB, LISTENER, WAF, arnOfAcl, arnOfLb, countOverrides, loadBalancer, managedRule, webAcl } from "./web-fixtures";

const listener = {
  loadBalancerArn: arnOfLb("web"),
  port: 80,
  protocol: "HTTP",
  sslPolicy: "ELBSecurityPolicy-TLS13-1-2-Res-2021-06",
  defaultActions: [{ type: "redirect", order: 1, redirect: { protocol: "HTTPS", port: "443", statusCode: "HTTP_301" } }, { type: "forward", targetGroupArn: "tg" }],
};

describe("web policies on odd input", () => {
  it("alb-https-only never throws", async () => {
    await assertResourcePolicyNeverThrows(albHttpsOnly, LISTENER.lb, listener);
  });

  it("alb-tls-policy never throws", async () => {
    await assertResourcePolicyNeverThrows(albTlsPolicy, LISTENER.alb, { ...listener, protocol: "HTTPS" });
    await assertResourcePolicyNeverThrows(albTlsPolicy, LISTENER.lb, { ...listener, protocol: "HTTPS" }, { allowedSslPolicies: [42, null, "x"] });
  });

  it("alb-drop-invalid-headers never throws, validating or remediating", async () => {
    await assertResourcePolicyNeverThrows(albDropInvalidHeaders, LB.alb, { loadBalancerType: "application", internal: false, dropInvalidHeaderFields: false, subnets: ["a", "b"], accessLogs: { bucket: "b", enabled: true } });
  });

  it("alb-waf-attached never throws", async () => {
    await assertStackPolicyNeverThrows(albWafAttached, [
      loadBalancer("web", { loadBalancerType: "application", internal: false }),
      loadBalancer("api", {}, LB.alb),
      { type: WAF.association, name: "waf", props: { resourceArn: arnOfLb("web"), webAclArn: arnOfAcl("acl") }, propertyDependencies: { resourceArn: [urnOf(LB.alb, "api")] } },
    ]);
  });

  it("waf-owasp-managed-rules never throws", async () => {
    await assertStackPolicyNeverThrows(wafOwaspManagedRules, [
      webAcl("acl", {
        rules: [managedRule(CRS, { none: {} }, { ruleActionOverrides: countOverrides(["SizeRestrictions_BODY"]) })],
        ruleJson: JSON.stringify([{ Name: "kbi", OverrideAction: { None: {} }, Statement: { ManagedRuleGroupStatement: { VendorName: "AWS", Name: KBI, ExcludedRules: [{ Name: "PROPFIND_METHOD" }] } } }]),
      }),
      { type: WAF.rule, name: "rule", props: { ...managedRule(KBI, { count: {} }), webAclArn: arnOfAcl("acl") } },
      { type: WAF.ruleGroupAssociation, name: "rga", props: { ruleName: "rga", priority: 3, webAclArn: arnOfAcl("acl"), overrideAction: "none", managedRuleGroup: { vendorName: "AWS", name: CRS, ruleActionOverrides: countOverrides(["NoUserAgent_HEADER"]) } } },
    ]);
    await assertStackPolicyNeverThrows(wafOwaspManagedRules, [webAcl("acl", { rules: [] })], { requiredRuleGroups: [null, 7, "", "Vendor:Name"] });
  });

  it.each(webPolicies.map((p) => ({ name: p.name, policy: p })))("$name never throws on arbitrary props", async ({ policy }) => {
    await assertArbitraryPropsNeverThrow(policy, policy.rampart.types.length > 0 ? policy.rampart.types : [WAF.acl, LB.lb]);
  });
});
