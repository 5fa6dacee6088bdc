// Which of the rules behind a finding are needed for it: a message should name the rules that
// open the hole, not every rule that happens to overlap it. Greedy: drop each candidate (the
// narrowest first) whenever the finding still holds without it. Bounded to a few candidates so
// a group with many overlapping rules costs a handful of sweeps, not a quadratic number.
import { Box } from "./boxes";

const MAX_CANDIDATES = 24;

const width = (b: Box): number => (b.ports.to - b.ports.from + 1) * Number(b.hi - b.lo + 1n);

export function essential(candidates: readonly Box[], holds: (subset: readonly Box[]) => boolean): Box[] {
  if (candidates.length <= 1 || candidates.length > MAX_CANDIDATES) return [...candidates];
  let kept = [...candidates];
  for (const box of [...candidates].sort((a, b) => width(a) - width(b))) {
    const without = kept.filter((b) => b !== box);
    if (without.length > 0 && holds(without)) kept = without;
  }
  return kept;
}
