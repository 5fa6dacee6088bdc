// What every Rampart policy's metadata must hold, shared by the web and data metadata tests.
import type { RampartPolicy } from "../../../policies/lib/control";

const CONTROL_ID: Record<string, RegExp> = {
  "aws-fsbp": /^[A-Za-z0-9]+\.\d+$/,
  "cis-aws": /^\d+(\.\d+)+$/,
  "aws-ct": /^CT\.[A-Z0-9]+\.PR\.\d+$/,
  owasp: /^A(0[1-9]|10):2021$/,
};

export function expectWellFormedMetadata(policy: RampartPolicy, domain: string): void {
  expect(policy.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  expect(policy.description.length).toBeGreaterThan(40);
  expect(["low", "medium", "high", "critical"]).toContain(policy.severity);
  expect(["advisory", "mandatory"]).toContain(policy.enforcementLevel);
  expect(policy.remediationSteps?.length ?? 0).toBeGreaterThan(20);
  expect(policy.rampart.domain).toBe(domain);
  expect(policy.tags).toContain(domain);
  expect(policy.rampart.references.some((r) => r.framework === "aws-fsbp")).toBe(true);
  for (const ref of policy.rampart.references) {
    expect(ref.ids.length).toBeGreaterThan(0);
    for (const id of ref.ids) expect(id).toMatch(CONTROL_ID[ref.framework]);
  }
  expect(policy.framework?.specification).toBeTruthy();
  expect(policy.rampart.types.length).toBeGreaterThan(0);
  // Every configurable property is documented with its default.
  for (const [key, schema] of Object.entries(policy.configSchema?.properties ?? {})) {
    expect(schema).toHaveProperty("default");
    expect(policy.rampart.defaults).toHaveProperty(key);
  }
}
