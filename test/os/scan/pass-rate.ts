// The pass rate over the in-scope rules: passing / (passing + failing). Rules the scanner found not
// applicable, did not check or did not select do not count either way; errors and unknowns do not
// count but are listed, since a probe that cannot answer is neither a pass nor a fix to make.
import { RuleResult } from "./results";
import { Exclusion, Scope, exclusionFor } from "./scope";

export interface PassRate {
  passed: number;
  failed: number;
  rate: number;
  failing: RuleResult[];
  /** In-scope rules the scanner could not decide (error, unknown). */
  undecided: RuleResult[];
  /** Rules left out by the scope file, with what they would have been. */
  excluded: (RuleResult & { exclusion: Exclusion })[];
}

export function passRate(results: RuleResult[], scope: Scope): PassRate {
  const inScope: RuleResult[] = [];
  const excluded: PassRate["excluded"] = [];
  for (const r of results) {
    const exclusion = exclusionFor(scope, r.id);
    if (exclusion) excluded.push({ ...r, exclusion });
    else inScope.push(r);
  }
  const passed = inScope.filter((r) => r.result === "pass").length;
  const failing = inScope.filter((r) => r.result === "fail");
  const undecided = inScope.filter((r) => r.result === "error" || r.result === "unknown");
  const failed = failing.length;
  return { passed, failed, rate: passed + failed === 0 ? 0 : passed / (passed + failed), failing, undecided, excluded };
}

export function formatRate(p: PassRate): string {
  return `${p.passed}/${p.passed + p.failed} = ${(100 * p.rate).toFixed(1)}%`;
}
