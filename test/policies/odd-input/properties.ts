// The properties every policy must hold on odd input, as fast-check properties (so the fuzz can
// also be turned on policies broken on purpose, to show it catches them).
import fc from "fast-check";
import type { RampartPolicy } from "../../../policies/lib/control";
import { expectSound, findingCount, findingKeys, leaksToWatch, run } from "./checks";
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
    const resolvedOutcomes = await run(policy, c);
    const resolved = findingKeys(resolvedOutcomes);
    const preview = { stack: withUnknowns(c.stack, picks), config: c.config };
    const outcomes = await run(policy, preview);
    expectSound(outcomes, leaksToWatch(preview));
    // A finding may move, not appear: an unknown can hide which of two resources granting the same
    // thing is the one to blame (an attachment whose policy is unknown, beside a role whose own
    // managedPolicyArns lists AdministratorAccess), or which network ACL a rule resource joins (its
    // finding is then on the rule), so the preview may name another resource; it never reports more
    // findings than the resolved case does. A finding an exception suppresses blocks nothing.
    const previewKeys = findingKeys(outcomes, true);
    const moved = resolved.size > 0 && findingCount(outcomes, true) <= findingCount(resolvedOutcomes);
    expect(moved ? [] : [...previewKeys].filter((k) => !resolved.has(k))).toEqual([]);
  });
}
