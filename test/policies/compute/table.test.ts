// The table helpers must be able to fail, or every table built on them proves nothing.
import { secret } from "../../helpers/policy-harness";
import { assertNoSecretPrinted, assertOutcome, secretStrings } from "./table";

describe("table helpers", () => {
  it("finds strings inside secrets at any depth, and only those", () => {
    expect(secretStrings({ a: "plain", b: secret("hidden"), c: [{ d: secret({ e: ["deep"], f: 3 }) }] })).toEqual(["hidden", "deep"]);
  });

  it("fails when a message repeats a secret", () => {
    const outcome = { violations: [{ message: "the password is hunter22" }] };
    expect(() => assertNoSecretPrinted(outcome, { userData: secret("hunter22") })).toThrow();
    expect(() => assertNoSecretPrinted({ violations: [], notApplicable: "web: hunter22" }, [{ p: secret("hunter22") }])).toThrow();
    expect(() => assertNoSecretPrinted(outcome, { userData: "hunter22" })).not.toThrow();
  });

  it("fails on the wrong outcome", () => {
    expect(() => assertOutcome({ violations: [] }, { expect: "violation" })).toThrow();
    expect(() => assertOutcome({ violations: [{ message: "x" }] }, { expect: "pass" })).toThrow();
    expect(() => assertOutcome({ violations: [], notApplicable: "unknown" }, { expect: "pass" })).toThrow();
    expect(() => assertOutcome({ violations: [] }, { expect: "not-applicable" })).toThrow();
    expect(() => assertOutcome({ violations: [{ message: "x" }] }, { expect: "violation", message: /y/ })).toThrow();
  });
});
