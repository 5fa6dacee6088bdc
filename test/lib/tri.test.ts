import fc from "fast-check";
import { UNKNOWN } from "../../policies/lib/unknown";
import { Tri, allOf, anyOf, every, not, some, triOf } from "../../policies/lib/tri";

const tri = fc.constantFrom<Tri>("yes", "no", "maybe");
// Kleene's strong logic as a lattice: no < maybe < yes.
const rank = { no: 0, maybe: 1, yes: 2 } as const;

test("a read boolean becomes yes, no or maybe; absence takes the given default", () => {
  expect([triOf(true, false), triOf(false, true), triOf(UNKNOWN, true), triOf(undefined, true), triOf(undefined, false)]).toEqual(["yes", "no", "maybe", "yes", "no"]);
  expect(triOf("04da6b54-80e4-46f7-96ec-b56ff0331ba9" as never, false)).toBe("maybe");
});

test("allOf is the minimum and anyOf the maximum of the parts", () => {
  fc.assert(
    fc.property(fc.array(tri), (parts) => {
      expect(rank[allOf(parts)]).toBe(Math.min(2, ...parts.map((p) => rank[p])));
      expect(rank[anyOf(parts)]).toBe(Math.max(0, ...parts.map((p) => rank[p])));
    }),
  );
});

test("De Morgan holds, and some/every agree with anyOf/allOf", () => {
  fc.assert(
    fc.property(fc.array(tri), (parts) => {
      expect(not(allOf(parts))).toBe(anyOf(parts.map(not)));
      expect(some(parts, (p) => p)).toBe(anyOf(parts));
      expect(every(parts, (p) => p)).toBe(allOf(parts));
    }),
  );
  expect([not("yes"), not("no"), not("maybe")]).toEqual(["no", "yes", "maybe"]);
});
