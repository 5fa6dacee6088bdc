// `rampart baseline validate FILE...`: checks policy-pack config files against the rampart-aws
// pack before anything runs. Prints each problem as `FILE: PATH: message`; exit 2 on any error.
import type { Command } from "commander";
import { BaselineProblem, formatProblem, hasErrors, validateBaselineFile } from "./validate";

/** Validates files against the rampart-aws pack; returns the exit code (2 on any error, else 0). */
export async function runBaselineValidate(files: readonly string[], print: (line: string) => void = (l) => console.log(l)): Promise<number> {
  // Loaded here, not at import, so `rampart --help` does not load every policy.
  const { PACK_NAME, policies } = await import("../../policies/all");
  const problems: BaselineProblem[] = [];
  for (const file of files) {
    const found = validateBaselineFile(file, policies, { packName: PACK_NAME });
    problems.push(...found);
    for (const p of found) print(formatProblem(p));
    if (!hasErrors(found)) print(`${file}: ok${found.length > 0 ? ` (${found.length} warning${found.length === 1 ? "" : "s"})` : ""}`);
  }
  return hasErrors(problems) ? 2 : 0;
}

export function registerBaselineCommand(program: Command): void {
  const baseline = program.command("baseline").description("work with baselines (policy-pack config files)");
  baseline
    .command("validate")
    .description("validate policy-pack config files: unknown policy names, levels, property types, exceptions (exit 2 on any error)")
    .argument("<files...>", "policy-pack config files, e.g. baselines/strict.json")
    .action(async (files: string[]) => {
      process.exitCode = await runBaselineValidate(files);
    });
}
