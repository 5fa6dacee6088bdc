// What the examples of sensitive-inputs-are-secrets do not show: how secret-ness is read from
// the wire form at a path (output values, secrets around a parent, unknowns), and the table's shape.
import { OUTPUT_SIG, SECRET_SIG, SIG_KEY, UNKNOWN_SENTINELS } from "../../../policies/lib/codec";
import { valuesAtPath } from "../../../policies/lib/secret-paths";
import { SENSITIVE_INPUTS } from "../../../policies/compute/sensitive-inputs";

const secret = (value: unknown) => ({ [SIG_KEY]: SECRET_SIG, value });
const output = (value: unknown, isSecret: boolean) => ({ [SIG_KEY]: OUTPUT_SIG, value, secret: isSecret, dependencies: [] });

describe("valuesAtPath", () => {
  it("reads a top-level value as plain or secret, and leaves absent or empty ones out", () => {
    expect(valuesAtPath({ password: "x1y2z3" }, "password")).toEqual([{ path: "password", state: "plain" }]);
    expect(valuesAtPath({ password: secret("x1y2z3") }, "password")).toEqual([{ path: "password", state: "secret" }]);
    expect(valuesAtPath({ password: "" }, "password")).toEqual([]);
    expect(valuesAtPath({}, "password")).toEqual([]);
  });

  it("counts a secret around a parent, and output values marked secret", () => {
    const wire = { advancedSecurityOptions: secret({ masterUserOptions: { masterUserPassword: "x1y2z3" } }) };
    expect(valuesAtPath(wire, "advancedSecurityOptions.masterUserOptions.masterUserPassword")).toEqual([{ path: "advancedSecurityOptions.masterUserOptions.masterUserPassword", state: "secret" }]);
    expect(valuesAtPath({ authToken: output("x1y2z3", true) }, "authToken")).toEqual([{ path: "authToken", state: "secret" }]);
    expect(valuesAtPath({ authToken: output("x1y2z3", false) }, "authToken")).toEqual([{ path: "authToken", state: "plain" }]);
  });

  it("reads a list of passwords item by item: one plain item makes the list plain", () => {
    expect(valuesAtPath({ passwords: [secret("a1b2c3"), secret("d4e5f6")] }, "passwords")).toEqual([{ path: "passwords", state: "secret" }]);
    expect(valuesAtPath({ passwords: [secret("a1b2c3"), "d4e5f6"] }, "passwords")).toEqual([{ path: "passwords", state: "plain" }]);
  });

  it("reports unknowns as unknown, unless they are secret unknowns", () => {
    expect(valuesAtPath({ password: UNKNOWN_SENTINELS.string }, "password")).toEqual([{ path: "password", state: "unknown" }]);
    expect(valuesAtPath({ password: secret(UNKNOWN_SENTINELS.string) }, "password")).toEqual([{ path: "password", state: "secret" }]);
    expect(valuesAtPath({ users: UNKNOWN_SENTINELS.array }, "users[].password")).toEqual([{ path: "users", state: "unknown" }]);
    expect(valuesAtPath({ authToken: { [SIG_KEY]: OUTPUT_SIG, secret: false } }, "authToken")).toEqual([{ path: "authToken", state: "unknown" }]);
  });

  it("never throws on odd shapes", () => {
    for (const wire of [null, undefined, 7, "text", [], { users: "x" }, { users: [null, 3, { password: { nested: [1] } }] }]) {
      expect(() => valuesAtPath(wire, "users[].password")).not.toThrow();
    }
  });
});

describe("the sensitive-inputs table", () => {
  it("names well-formed type tokens and property paths", () => {
    expect(SENSITIVE_INPUTS.size).toBeGreaterThan(10);
    for (const [type, paths] of SENSITIVE_INPUTS) {
      expect(type).toMatch(/^aws:[a-z0-9]+\/[a-zA-Z0-9]+:[A-Z][A-Za-z0-9]*$/);
      for (const p of paths) expect(p).toMatch(/^[a-zA-Z0-9]+(\[\])?(\.[a-zA-Z0-9]+(\[\])?)*$/);
    }
  });
});
