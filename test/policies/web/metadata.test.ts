// The web domain's policies carry the metadata the pack, the docs and the baselines rely on.
import { webPolicies } from "../../../policies/web";
import { ELB17_POLICIES } from "../../../policies/web/alb-tls-policy";
import { expectWellFormedMetadata } from "./metadata-checks";

describe("web policy metadata", () => {
  it("lists exactly the web controls of issue 4, in order", () => {
    expect(webPolicies.map((p) => p.name)).toEqual(["alb-waf-attached", "waf-owasp-managed-rules", "alb-https-only", "alb-tls-policy", "alb-drop-invalid-headers"]);
  });

  it.each(webPolicies.map((p) => ({ name: p.name, policy: p })))("$name is well formed", ({ policy }) => {
    expectWellFormedMetadata(policy, "web");
  });

  it("matches both load balancer token families", () => {
    const types = Object.fromEntries(webPolicies.map((p) => [p.name, p.rampart.types]));
    for (const name of ["alb-waf-attached", "alb-drop-invalid-headers"]) {
      expect(types[name]).toEqual(expect.arrayContaining(["aws:lb/loadBalancer:LoadBalancer", "aws:alb/loadBalancer:LoadBalancer"]));
    }
    for (const name of ["alb-https-only", "alb-tls-policy"]) {
      expect(types[name]).toEqual(expect.arrayContaining(["aws:lb/listener:Listener", "aws:alb/listener:Listener"]));
    }
  });

  it("defaults the TLS allowlist to the ELB.17 policies, without TLS13-1-2-2021-06", () => {
    const tls = webPolicies.find((p) => p.name === "alb-tls-policy");
    expect(tls?.rampart.defaults.allowedSslPolicies).toEqual(ELB17_POLICIES);
    expect(ELB17_POLICIES).toHaveLength(8);
    expect(ELB17_POLICIES).not.toContain("ELBSecurityPolicy-TLS13-1-2-2021-06");
  });

  it("marks only alb-drop-invalid-headers as remediable", () => {
    expect(webPolicies.filter((p) => p.rampart.remediable).map((p) => p.name)).toEqual(["alb-drop-invalid-headers"]);
  });
});
