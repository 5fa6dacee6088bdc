// Sets of integers (addresses) as sorted, disjoint, non-adjacent closed intervals. Every
// operation is a sort or a linear merge, so sets of n intervals cost O(n log n) at worst.
export type Interval = readonly [bigint, bigint];

const byStart = (a: Interval, b: Interval): number => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/** Sorts and merges overlapping or adjacent intervals; drops empty ones. */
export function normalise(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter(([lo, hi]) => lo <= hi).sort(byStart);
  const out: [bigint, bigint][] = [];
  for (const [lo, hi] of sorted) {
    const last = out[out.length - 1];
    if (last && lo <= last[1] + 1n) {
      if (hi > last[1]) last[1] = hi;
    } else out.push([lo, hi]);
  }
  return out;
}

/** Number of integers in a normalised set. */
export function size(set: readonly Interval[]): bigint {
  let total = 0n;
  for (const [lo, hi] of set) total += hi - lo + 1n;
  return total;
}

/** Number of integers two normalised sets share (a linear merge). */
export function overlapSize(a: readonly Interval[], b: readonly Interval[]): bigint {
  let total = 0n;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const lo = a[i][0] > b[j][0] ? a[i][0] : b[j][0];
    const hi = a[i][1] < b[j][1] ? a[i][1] : b[j][1];
    if (lo <= hi) total += hi - lo + 1n;
    if (a[i][1] < b[j][1]) i++;
    else j++;
  }
  return total;
}

/** Whether a normalised set contains x (binary search). */
export function contains(set: readonly Interval[], x: bigint): boolean {
  let lo = 0;
  let hi = set.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (x < set[mid][0]) hi = mid - 1;
    else if (x > set[mid][1]) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Whether the interval [lo, hi] shares any integer with a normalised set. */
export function intersects(set: readonly Interval[], lo: bigint, hi: bigint): boolean {
  let a = 0;
  let b = set.length - 1;
  while (a <= b) {
    const mid = (a + b) >> 1;
    if (set[mid][1] < lo) a = mid + 1;
    else if (set[mid][0] > hi) b = mid - 1;
    else return true;
  }
  return false;
}
