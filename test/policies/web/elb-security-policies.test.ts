// AWS's table of predefined ELB security policies, as alb-tls-policy reads it.
import table from "../../../policies/web/data/elb-security-policies.json";
import { ELB_SECURITY_POLICIES, ELB_SECURITY_POLICY_SOURCE, elbPoliciesFrom } from "../../../policies/web/elb-security-policies";

describe("the ELB security policy table", () => {
  it("names its AWS source and when it was read", () => {
    expect(ELB_SECURITY_POLICY_SOURCE.source).toMatch(/^https:\/\/docs\.aws\.amazon\.com\/elasticloadbalancing\//);
    expect(ELB_SECURITY_POLICY_SOURCE.retrieved).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("reads every row: unique names, each with a known oldest protocol", () => {
    expect(ELB_SECURITY_POLICIES).toHaveLength(table.policies.length);
    const names = ELB_SECURITY_POLICIES.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^ELBSecurityPolicy-[A-Za-z0-9-]+$/);
  });

  it("agrees with the names: TLS13-1-3 policies are TLS 1.3 only, TLS13-1-0/1-1 and the 2015/2016 ones accept older protocols", () => {
    for (const p of ELB_SECURITY_POLICIES) {
      if (p.name.includes("TLS13-1-3")) expect(p.minProtocol).toBe("TLSv1.3");
      else if (/TLS13-1-2|TLS-1-2|FS-1-2/.test(p.name)) expect(p.minProtocol).toBe("TLSv1.2");
      else expect(["TLSv1", "TLSv1.1"]).toContain(p.minProtocol);
    }
  });

  it("filters by the oldest protocol accepted", () => {
    expect(elbPoliciesFrom("TLSv1")).toHaveLength(ELB_SECURITY_POLICIES.length);
    expect(elbPoliciesFrom("TLSv1.3")).toEqual(ELB_SECURITY_POLICIES.filter((p) => p.minProtocol === "TLSv1.3").map((p) => p.name));
    expect(elbPoliciesFrom("TLSv1.2")).toEqual(expect.arrayContaining([...elbPoliciesFrom("TLSv1.3"), "ELBSecurityPolicy-TLS13-1-2-2021-06"]));
    expect(elbPoliciesFrom("TLSv1.2")).not.toContain("ELBSecurityPolicy-2016-08");
  });
});
