// Every policy of the pack carries the shared exception settings, and its defaults are valid
// against its own configSchema: the pack skips schema validation for a default config, so this
// is what makes that safe.
import Ajv from "ajv";
import { policies } from "../../policies/all";
import { EXCEPTION_CONFIG } from "../../policies/lib/exception-config";

const ajv = new Ajv({ allErrors: true, strict: false });

test("the pack has policies, with unique kebab-case names, none called `all`", () => {
  expect(policies.length).toBeGreaterThan(0);
  const names = policies.map((p) => p.name);
  expect(new Set(names).size).toBe(names.length);
  for (const name of names) expect(name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  expect(names).not.toContain("all");
});

test("every policy's configSchema carries exceptions, allowTagExceptions and maxExceptionDays unchanged", () => {
  for (const p of policies) {
    const props = p.configSchema?.properties ?? {};
    for (const [key, schema] of Object.entries(EXCEPTION_CONFIG)) expect([p.name, key, props[key]]).toEqual([p.name, key, schema]);
    expect([p.name, p.rampart.defaults.exceptions, p.rampart.defaults.allowTagExceptions, p.rampart.defaults.maxExceptionDays]).toEqual([p.name, [], true, 365]);
  }
});

test("every policy's defaults are valid against its configSchema, and every property has a default", () => {
  for (const p of policies) {
    const properties = p.configSchema?.properties ?? {};
    for (const [key, schema] of Object.entries(properties)) expect([p.name, key, "default" in (schema as object)]).toEqual([p.name, key, true]);
    const validate = ajv.compile({ type: "object", properties, additionalProperties: false });
    const ok = validate(p.rampart.defaults);
    expect([p.name, ok ? [] : validate.errors]).toEqual([p.name, []]);
  }
});
