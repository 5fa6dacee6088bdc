// Metadata every Rampart policy must carry, checked per domain: names, documentation, real
// references, and config defaults that satisfy the policy's own config schema.
import Ajv from "ajv";
import type { RampartPolicy } from "../../../policies/lib/control";

/** Control id shapes per framework, so a typo ("IAM-1", "3.1.") fails the test. */
const ID_SHAPES: Record<string, RegExp> = {
  "aws-fsbp": /^[A-Za-z0-9]+\.\d+$/,
  "cis-aws": /^\d+(\.\d+)+$/,
  "aws-ct": /^CT\.[A-Z0-9]+\.PR\.\d+$/,
  devsec: /.+/,
  owasp: /^A\d{2}(:2021)?$/,
};

export function describeMetadata(domain: string, policies: readonly RampartPolicy[], names: readonly string[]): void {
  describe(`${domain} policy metadata`, () => {
    it("has exactly the policies the issue names, in order", () => {
      expect(policies.map((p) => p.name)).toEqual(names);
    });

    it.each(policies.map((p) => [p.name, p] as const))("%s is documented and referenced", (_name, p) => {
      expect(p.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(p.rampart.domain).toBe(domain);
      expect(p.description.length).toBeGreaterThan(40);
      expect(p.remediationSteps?.length ?? 0).toBeGreaterThan(40);
      expect(["low", "medium", "high", "critical"]).toContain(p.severity);
      expect(["advisory", "mandatory", "remediate", "disabled"]).toContain(p.enforcementLevel);
      expect(p.rampart.references.length).toBeGreaterThan(0);
      for (const ref of p.rampart.references) for (const id of ref.ids) expect(id).toMatch(ID_SHAPES[ref.framework]);
    });

    it.each(policies.map((p) => [p.name, p] as const))("%s has config defaults its schema accepts", (_name, p) => {
      const properties = p.configSchema?.properties ?? {};
      for (const prop of Object.values(properties)) expect(prop).toHaveProperty("default");
      const validate = new Ajv({ strict: false }).compile({ type: "object", properties });
      expect(validate(p.rampart.defaults)).toBe(true);
    });
  });
}
