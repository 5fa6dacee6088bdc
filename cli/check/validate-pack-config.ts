// Validates a --policy-pack-config file against the pack's own GetAnalyzerInfo answer (each
// policy's name and configSchema), the same way for every pack: unknown policy names, levels,
// property types, exceptions, `environments`. Rampart's shipped pack, whose metadata the checker
// holds itself, is also checked before the program runs, so a typo does not wait for the program.
import * as path from "path";
import type { PackInfo } from "../analyzer/pack-info";
import { BaselineProblem, formatProblem, hasErrors, validateBaselineFile } from "../baseline/validate";
import type { PolicySchemaInfo } from "../baseline/pack-info";

/** The config does not validate: every problem, each naming the file, the policy, the field and the cause. */
export class ConfigValidationError extends Error {
  constructor(readonly problems: readonly BaselineProblem[]) {
    super(`policy pack config is invalid:\n${problems.filter((p) => p.severity === "error").map(formatProblem).join("\n")}`);
    this.name = "ConfigValidationError";
  }
}

function report(problems: BaselineProblem[], warn: (line: string) => void): void {
  for (const p of problems.filter((x) => x.severity === "warning")) warn(`warning: ${formatProblem(p)}`);
  if (hasErrors(problems)) throw new ConfigValidationError(problems);
}

/** Every pack: the config against the policies the pack itself reported (warnings printed, errors thrown). */
export function validatePackConfig(pack: PackInfo, file: string, warn: (line: string) => void): void {
  const infos: PolicySchemaInfo[] = pack.policies.map((p) => ({ name: p.name, description: p.description, enforcementLevel: p.level, configSchema: p.configSchema }));
  report(validateBaselineFile(file, infos, { packName: pack.name }), warn);
}

/**
 * The early check, for the pack folder Rampart ships (recognised by its path, not its name):
 * errors only, thrown before the program runs; its warnings come from the check above, once.
 */
export function validateShippedPackConfigEarly(packDir: string, shippedDir: string, file: string): void {
  if (path.resolve(packDir) !== path.resolve(shippedDir)) return;
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { PACK_NAME, policies } = require("../../policies/all") as typeof import("../../policies/all");
  const problems = validateBaselineFile(file, policies, { packName: PACK_NAME });
  if (hasErrors(problems)) throw new ConfigValidationError(problems);
}
