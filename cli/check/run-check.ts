// Orchestrates one check: read the input, run each pack through the Analyzer protocol with
// its config, and assemble the report.
import * as path from "path";
import { runPack } from "../analyzer/run-pack";
import { InputError } from "../inputs/input-error";
import { readJsonFile } from "../inputs/json-file";
import { readPreviewJson } from "../inputs/preview-json";
import type { CheckInput } from "../inputs/resource";
import { readStackExport } from "../inputs/stack-export";
import { Deadlines, deadlinesOf } from "../process/deadline";
import { runProgram } from "../program/run-program";
import type { CheckReport } from "../report/finding";
import { locateFindings } from "../report/locate";
import { markSuppressions } from "./suppressions";
import { isRampartPack, validatePackConfig, validateRampartConfig } from "./validate-pack-config";

export interface CheckOptions {
  dir: string;
  stackExport?: string;
  previewJson?: string;
  packs: string[];
  configs: string[];
  preview: boolean;
  stack: string;
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

export async function readInput(opts: CheckOptions): Promise<CheckInput> {
  if (opts.stackExport && opts.previewJson) throw new InputError("", "--stack-export/--preview-json", "give one input, not both");
  if (opts.stackExport) return readStackExport(opts.stackExport);
  if (opts.previewJson) return readPreviewJson(opts.previewJson);
  return runProgram(opts.dir, { stack: opts.stack, preview: opts.preview, timeoutMs: (opts.deadlines ?? deadlinesOf()).programMs });
}

export async function runCheck(opts: CheckOptions): Promise<CheckReport> {
  if (opts.configs.length > opts.packs.length) {
    throw new InputError(opts.configs[opts.packs.length], "", `more --policy-pack-config files (${opts.configs.length}) than policy packs (${opts.packs.length}): configs pair with packs in order`);
  }
  // Configs are read and validated before anything runs: Rampart's pack from its own metadata,
  // other packs as soon as they have said which policies they have.
  const warn = opts.warn ?? ((line: string) => process.stderr.write(line + "\n"));
  const configs = opts.configs.map((file, i) => {
    const document = readJsonFile(file);
    const checked = isRampartPack(path.resolve(opts.packs[i]));
    if (checked) validateRampartConfig(file, warn);
    return { file, document, checked };
  });
  const input = await readInput(opts);
  const report: CheckReport = {
    source: input.source,
    inputKind: input.kind,
    preview: input.preview,
    resourceCount: input.resources.length,
    resourceTypes: {},
    packs: [],
    findings: [],
    remediations: [],
    policies: [],
    opaqueComponents: input.opaqueComponents,
  };
  for (const r of input.resources) report.resourceTypes[r.type] = (report.resourceTypes[r.type] ?? 0) + 1;
  for (const [i, dir] of opts.packs.entries()) {
    const config = configs[i];
    const run = await runPack(path.resolve(dir), input, {
      config,
      progress: opts.progress,
      deadlines: opts.deadlines,
      beforeAnalyze: (pack) => {
        if (config && !config.checked) validatePackConfig(pack, config.file, warn);
      },
    });
    report.packs.push({ name: run.pack.name, version: run.pack.version, dir: run.dir, policies: run.pack.policies });
    // Concatenated, not spread into push(): a large stack's findings overflow the call stack.
    report.findings = report.findings.concat(run.findings);
    report.remediations = report.remediations.concat(run.remediations);
    report.policies = report.policies.concat(run.policies);
  }
  markSuppressions(report.findings);
  locateFindings(report.findings, input, warn);
  return report;
}
