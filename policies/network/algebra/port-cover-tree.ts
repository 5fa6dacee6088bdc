// A segment tree over compressed port coordinates that tracks how many boxes cover each port
// and how many ports are covered at all (the classic sweep for the measure of a union of
// rectangles). Adding or removing a port range costs O(log n).
export class PortCoverTree {
  private readonly coords: number[];
  private readonly count: Int32Array;
  private readonly covered: Float64Array;

  /** `bounds` are half-open boundaries (from and to+1 of every range that will be added). */
  constructor(bounds: readonly number[]) {
    this.coords = [...new Set(bounds)].sort((a, b) => a - b);
    const n = Math.max(1, this.coords.length - 1);
    this.count = new Int32Array(4 * n);
    this.covered = new Float64Array(4 * n);
  }

  /** Adds (+1) or removes (-1) the range [from, to]. */
  update(from: number, to: number, delta: number): void {
    const lo = this.index(from);
    const hi = this.index(to + 1);
    if (lo < hi) this.apply(1, 0, this.coords.length - 1, lo, hi, delta);
  }

  /** Number of ports covered by at least one range. */
  coveredPorts(): number {
    return this.coords.length < 2 ? 0 : this.covered[1];
  }

  private index(value: number): number {
    let a = 0;
    let b = this.coords.length - 1;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (this.coords[mid] < value) a = mid + 1;
      else b = mid;
    }
    return a;
  }

  // Node covers coordinate slots [l, r) (ports coords[l] .. coords[r]-1).
  private apply(node: number, l: number, r: number, lo: number, hi: number, delta: number): void {
    if (hi <= l || r <= lo) return;
    if (lo <= l && r <= hi) {
      this.count[node] += delta;
    } else {
      const mid = (l + r) >> 1;
      this.apply(node * 2, l, mid, lo, hi, delta);
      this.apply(node * 2 + 1, mid, r, lo, hi, delta);
    }
    if (this.count[node] > 0) this.covered[node] = this.coords[r] - this.coords[l];
    else if (r - l === 1) this.covered[node] = 0;
    else this.covered[node] = this.covered[node * 2] + this.covered[node * 2 + 1];
  }
}
