// Orchestrates one check: read the input, run each pack through the Analyzer protocol with
// its config, and assemble the report.
import * as path from "path";
import { runPack } from "../analyzer/run-pack";
import type { StackContext } from "../analyzer/stack-context";
import { environmentsOf } from "../baseline/pack-info";
import { InputError } from "../inputs/input-error";
import { readJsonFile } from "../inputs/json-file";
import { readPreviewJson } from "../inputs/preview-json";
import type { CheckInput } from "../inputs/resource";
import { readStackExport } from "../inputs/stack-export";
import { Deadlines, deadlinesOf } from "../process/deadline";
import { runProgram } from "../program/run-program";
import type { CheckReport } from "../report/finding";
import { locateFindings } from "../report/locate";
import { addPackRun, emptyReport } from "./check-report";
import { inputStackContext, programStackContext } from "./stack-context";
import { markSuppressions } from "./suppressions";
import { validatePackConfig, validateShippedPackConfigEarly } from "./validate-pack-config";

export interface CheckOptions {
  dir: string;
  stackExport?: string;
  previewJson?: string;
  packs: string[];
  configs: string[];
  preview: boolean;
  stack: string;
  /** The Pulumi organization the stack belongs to (default "organization", a self-managed backend's). */
  organization?: string;
  progress?: (done: number, total: number) => void;
  /** Where validation warnings go (an exception that already expired, say). */
  warn?: (line: string) => void;
  /** Deadlines for the program and for every call to a pack (`--timeout`). */
  deadlines?: Deadlines;
}

/** The repository's own pack (policies/), found from the compiled checker in dist/cli/check. */
export function defaultPackDir(): string {
  return path.resolve(__dirname, "..", "..", "..", "policies");
}

export async function readInput(opts: CheckOptions, context?: StackContext): Promise<CheckInput> {
  if (opts.stackExport && opts.previewJson) throw new InputError("", "--stack-export/--preview-json", "give one input, not both");
  if (opts.stackExport) return readStackExport(opts.stackExport);
  if (opts.previewJson) return readPreviewJson(opts.previewJson);
  return runProgram(opts.dir, { stack: opts.stack, preview: opts.preview, organization: context?.organization, timeoutMs: (opts.deadlines ?? deadlinesOf()).programMs });
}

/** The offline caveat of a config that names ESC environments (the CLI would add their policy config). */
function warnAboutEnvironments(file: string, document: unknown, warn: (line: string) => void): void {
  const environments = environmentsOf(document);
  if (!environments || !("names" in environments) || environments.names.length === 0) return;
  warn(
    `warning: ${file}: environments: ESC environments (${environments.names.join(", ")}) are not available offline; ` +
      "the pack gets this file's config only, without the policy config and environment variables they would add",
  );
}

export async function runCheck(opts: CheckOptions): Promise<CheckReport> {
  if (opts.configs.length > opts.packs.length) {
    throw new InputError(opts.configs[opts.packs.length], "", `more --policy-pack-config files (${opts.configs.length}) than policy packs (${opts.packs.length}): configs pair with packs in order`);
  }
  // Every pack's config is validated against the policies the pack reports (GetAnalyzerInfo);
  // the pack Rampart ships is also checked before the program runs, from the same metadata.
  const warn = opts.warn ?? ((line: string) => process.stderr.write(line + "\n"));
  const configs = opts.configs.map((file, i) => {
    const document = readJsonFile(file);
    validateShippedPackConfigEarly(opts.packs[i], defaultPackDir(), file);
    warnAboutEnvironments(file, document, warn);
    return { file, document };
  });
  const programContext = opts.stackExport || opts.previewJson ? undefined : programStackContext(opts, warn);
  const input = await readInput(opts, programContext);
  const context = programContext ?? inputStackContext(input, opts.organization);
  const report = emptyReport(input);
  for (const [i, dir] of opts.packs.entries()) {
    const config = configs[i];
    const run = await runPack(path.resolve(dir), input, {
      config,
      progress: opts.progress,
      deadlines: opts.deadlines,
      context,
      beforeConfigure: (pack) => {
        if (config) validatePackConfig(pack, config.file, warn);
      },
    });
    addPackRun(report, run);
  }
  markSuppressions(report.findings);
  locateFindings(report.findings, input, warn);
  return report;
}
