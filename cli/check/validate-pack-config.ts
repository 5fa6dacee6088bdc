// Validates a --policy-pack-config file before anything is analysed: unknown policy names,
// levels, property types and exceptions, for Rampart's pack (from its own metadata, before the
// program even runs) and for any other pack (from its GetAnalyzerInfo answer).
import * as fs from "fs";
import * as path from "path";
import type { PackInfo } from "../analyzer/pack-info";
import { BaselineProblem, formatProblem, hasErrors, validateBaselineFile } from "../baseline/validate";
import type { PolicySchemaInfo } from "../baseline/pack-info";

/** The config does not validate: every problem, each naming the file and the JSON path. */
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

/** True when the folder holds Rampart's own pack (its metadata is then available locally). */
export function isRampartPack(dir: string): boolean {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")).name === "rampart-aws";
  } catch {
    return false;
  }
}

export function validateRampartConfig(file: string, warn: (line: string) => void): void {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { PACK_NAME, policies } = require("../../policies/all") as typeof import("../../policies/all");
  report(validateBaselineFile(file, policies, { packName: PACK_NAME }), warn);
}

export function validatePackConfig(pack: PackInfo, file: string, warn: (line: string) => void): void {
  const infos: PolicySchemaInfo[] = pack.policies.map((p) => ({ name: p.name, description: p.description, enforcementLevel: p.level, configSchema: p.configSchema }));
  report(validateBaselineFile(file, infos, { packName: pack.name }), warn);
}
