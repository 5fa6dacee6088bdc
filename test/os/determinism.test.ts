// Same baseline, same bytes: the launch template's userData must not change between runs, or
// every `pulumi up` would replace the instances.
import { loadLinuxBaseline, OS_FAMILIES, renderUserData } from "../../stacks/os";
import { LinuxBaseline } from "../../stacks/os/types";

const baseline = loadLinuxBaseline();

/** A deep copy with every object's keys in reverse order (arrays keep their order: it means something). */
function reversedKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reversedKeys) as T;
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .reverse()
        .map(([k, v]) => [k, reversedKeys(v)]),
    ) as T;
  }
  return value;
}

describe.each(OS_FAMILIES.map((f) => [f]))("user data for %s", (osFamily) => {
  const first = renderUserData(baseline, { osFamily });

  it("is byte-identical when rendered again", () => {
    expect(renderUserData(baseline, { osFamily })).toBe(first);
  });

  it("is byte-identical from fresh module instances (no hidden state)", () => {
    let again = "";
    jest.isolateModules(() => {
      const fresh = require("../../stacks/os") as typeof import("../../stacks/os");
      again = fresh.renderUserData(fresh.loadLinuxBaseline(), { osFamily });
    });
    expect(again).toBe(first);
  });

  it("does not depend on the key order of the JSON file", () => {
    const reordered: LinuxBaseline = reversedKeys(baseline);
    expect(Object.keys(reordered.sshd.settings)[0]).not.toBe(Object.keys(baseline.sshd.settings)[0]);
    expect(renderUserData(reordered, { osFamily })).toBe(first);
  });

  it("does not modify the baseline it is given", () => {
    const before = JSON.stringify(baseline);
    renderUserData(baseline, { osFamily });
    expect(JSON.stringify(baseline)).toBe(before);
  });
});

it("differs between families (the family really changes the output)", () => {
  const rendered = new Set(OS_FAMILIES.map((osFamily) => renderUserData(baseline, { osFamily })));
  expect(rendered.size).toBe(OS_FAMILIES.length);
});
