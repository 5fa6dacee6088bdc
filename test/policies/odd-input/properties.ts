// The properties every policy must hold on odd input, as fast-check properties (so the fuzz can
// also be turned on policies broken on purpose, to show it catches them).
import fc from "fast-check";
import type { RampartPolicy } from "../../../policies/lib/control";
import { expectSound, findingKeys, leaksToWatch, run } from "./checks";
import { casesOf } from "./cases";
import { unknownPicks, withUnknowns } from "./unknowns";
import type { Seed } from "./seeds";

/** Never throws; every finding has a message; no message or not-applicable reason shows a secret. */
export function soundOnOddInput(policy: RampartPolicy, seeds: readonly Seed[]) {
  return fc.asyncProperty(casesOf(policy, seeds, "odd"), async (c) => {
    expectSound(await run(policy, c), leaksToWatch(c));
  });
}

/**
 * Reports nothing whose verdict hangs on a preview unknown: a valid case (a seed changed only as a
 * real program could) is one way its unknowns resolve, so a resource the case does not report
 * cannot be reported once some of its values are unknown.
 */
export function silentOnUnknowns(policy: RampartPolicy, seeds: readonly Seed[]) {
  return fc.asyncProperty(casesOf(policy, seeds, "realistic"), unknownPicks, async (c, picks) => {
    const resolved = findingKeys(await run(policy, c));
    const preview = { stack: withUnknowns(c.stack, picks), config: c.config };
    const outcomes = await run(policy, preview);
    expectSound(outcomes, leaksToWatch(preview));
    // A finding may move, not appear: an unknown can hide which of two resources granting the same
    // thing is the one to blame (an attachment whose policy is unknown, beside a role whose own
    // managedPolicyArns lists AdministratorAccess), so the preview may name the other one; it never
    // names more resources than the resolved case does.
    const previewKeys = findingKeys(outcomes);
    const moved = resolved.size > 0 && previewKeys.size <= resolved.size;
    expect(moved ? [] : [...previewKeys].filter((k) => !resolved.has(k))).toEqual([]);
  });
}
