// The per-resource path stays cheap: a config is checked once per distinct config (not per
// resource), and a default config never loads Ajv at all.
import * as ajvLazy from "../../policies/lib/ajv-lazy";
import * as exceptionList from "../../policies/lib/exception-list";
import { resourcePolicy } from "../../policies/lib/control";
import { runResourcePolicy } from "../helpers/policy-harness";

const TYPE = "test:index:Widget";

function freshPolicy(name: string) {
  return resourcePolicy<{ limit: number }>({
    name,
    description: "Widgets stay under the limit.",
    severity: "low",
    enforcementLevel: "advisory",
    domain: "test",
    references: [],
    remediationSteps: "Lower it.",
    config: { limit: { type: "integer", default: 3 } },
    types: [TYPE],
    check(resource, config, judge) {
      if (typeof resource.props.size === "number" && resource.props.size > config.limit) judge.violation("too big");
    },
  });
}

afterEach(() => jest.restoreAllMocks());

test("a default config (empty, or equal to the defaults) never touches Ajv", async () => {
  const ajv = jest.spyOn(ajvLazy, "sharedAjv");
  const policy = freshPolicy("test-widget-defaults");
  for (const config of [{}, { limit: 3, exceptions: [], allowTagExceptions: true, maxExceptionDays: 365 }]) {
    const out = await runResourcePolicy(policy, { type: TYPE, props: { size: 5 } }, config);
    expect(out.violations.map((v) => v.message)).toEqual(["too big"]);
  }
  expect(ajv).not.toHaveBeenCalled();
});

test("the same config is checked once however many resources are judged; a new config once more", async () => {
  const checks = jest.spyOn(exceptionList, "checkExceptionList");
  const policy = freshPolicy("test-widget-cache");
  const config = { limit: 10, exceptions: [{ resource: "w-*", reason: "r", expires: "2999-01-01" }], maxExceptionDays: 400000 };
  for (let i = 0; i < 20; i++) await runResourcePolicy(policy, { type: TYPE, name: `x-${i}`, props: { size: 20 } }, config);
  expect(checks).toHaveBeenCalledTimes(1);
  await runResourcePolicy(policy, { type: TYPE, props: { size: 20 } }, { ...config, limit: 11 });
  expect(checks).toHaveBeenCalledTimes(2);
});

test("resources of other types cost the policy nothing (no config read)", async () => {
  const checks = jest.spyOn(exceptionList, "checkExceptionList");
  const policy = freshPolicy("test-widget-other");
  const out = await runResourcePolicy(policy, { type: "test:index:Other", props: {} }, { limit: "broken" });
  expect(out.violations).toEqual([]);
  expect(checks).not.toHaveBeenCalled();
});
