// `rampart check`: evaluates policy packs against a program, a stack export or a preview,
// exactly as the Pulumi engine would, and reports. Exit 0: no mandatory violation; 1: some;
// 2: the check could not run.
import { Command, Option } from "commander";
import * as fs from "fs";
import * as path from "path";
import { applyAccepted, planAccepted } from "../accepted/accepted-run";
import { staleFails } from "../accepted/outcome";
import { InputError } from "../inputs/input-error";
import { renderJson } from "../report/json-report";
import { renderJunit } from "../report/junit-report";
import { renderSarif } from "../report/sarif-report";
import { renderText } from "../report/text-report";
import { CheckReport, isBlocking } from "../report/finding";
import { DEFAULT_TIMEOUT_SECONDS, deadlinesOf, parseTimeout } from "../process/deadline";
import { progressReporter } from "./progress";
import { defaultPackDir, runCheck } from "./run-check";

export type Format = "text" | "json" | "sarif" | "junit";

export function render(report: CheckReport, format: Format, version: string): string {
  switch (format) {
    case "json":
      return renderJson(report);
    case "sarif":
      return renderSarif(report, version);
    case "junit":
      return renderJunit(report);
    default:
      return renderText(report);
  }
}

const collect = (value: string, previous: string[]) => [...previous, value];

/** Refuses an --output (or other `flag`) file that could not be written (missing folder, no permission, a folder). */
function checkWritable(file: string, flag = "--output"): void {
  const target = path.resolve(file);
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(target);
  } catch {
    stat = undefined;
  }
  if (stat?.isDirectory()) throw new InputError(file, flag, "is a folder, not a file");
  const folder = path.dirname(target);
  try {
    fs.accessSync(stat ? target : folder, fs.constants.W_OK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(file, flag, code === "ENOENT" ? `the folder ${folder} does not exist` : `cannot be written (${code ?? (e as Error).message})`);
  }
}

export function registerCheckCommand(program: Command, version: string): void {
  program
    .command("check")
    .description("Check a Pulumi program, stack export or preview against CrossGuard policy packs, offline, through the Analyzer protocol")
    .argument("[dir]", "a Pulumi program folder (with Pulumi.yaml)", ".")
    .option("--stack-export <file>", "check a `pulumi stack export` file instead of running the program")
    .option("--preview-json <file>", "check a `pulumi preview --json` file instead of running the program")
    .option("--policy-pack <dir>", "a policy pack folder (repeatable; default: Rampart's rampart-aws pack)", collect, [])
    .option("--policy-pack-config <file>", "a policy pack config file in Pulumi's format (repeatable; pairs with --policy-pack in order)", collect, [])
    .option("--preview", "run the program as during `pulumi preview`: outputs of resources not yet created are unknown", false)
    .option("--stack <name>", "the stack name the program runs as (reads Pulumi.<name>.yaml)", "dev")
    .option("--organization <name>", "the Pulumi organization the packs and the program are told the stack belongs to", "organization")
    .addOption(new Option("--format <format>", "report format").choices(["text", "json", "sarif", "junit"]).default("text"))
    .option("--output <file>", "write the report to a file instead of stdout")
    .option("--accepted <file>", "report the findings this accepted-findings file lists without failing on them")
    .option("--write-accepted <file>", "record this run's blocking findings in an accepted-findings file (may be the --accepted file)")
    .option("--fail-on-stale-accepted", "fail when an --accepted entry no longer matches any finding", false)
    .option("--timeout <seconds>", "the longest the program, a pack's start or any one call to a pack may take (AnalyzeStack: this per 10,000 resources)", parseTimeout, DEFAULT_TIMEOUT_SECONDS)
    .action(async (dir: string, opts: Record<string, unknown>) => {
      // Found before the run, not after it: a report that cannot be written is a run wasted.
      if (opts.output) checkWritable(opts.output as string);
      if (opts.writeAccepted) checkWritable(opts.writeAccepted as string, "--write-accepted");
      const accepted = planAccepted({ accepted: opts.accepted as string | undefined, writeAccepted: opts.writeAccepted as string | undefined, failOnStale: opts.failOnStaleAccepted as boolean });
      const report = await runCheck({
        dir,
        stackExport: opts.stackExport as string | undefined,
        previewJson: opts.previewJson as string | undefined,
        packs: (opts.policyPack as string[]).length ? (opts.policyPack as string[]) : [defaultPackDir()],
        configs: opts.policyPackConfig as string[],
        preview: opts.preview as boolean,
        stack: opts.stack as string,
        organization: opts.organization as string,
        progress: progressReporter(),
        deadlines: deadlinesOf(opts.timeout as number),
      });
      if (accepted) report.acceptedFile = applyAccepted(accepted, report.findings, (line) => process.stderr.write(line + "\n"));
      const text = render(report, opts.format as Format, version);
      if (opts.output) fs.writeFileSync(opts.output as string, text);
      // The CLI exits right after; on a pipe a plain write may still be queued and be cut off.
      else await new Promise<void>((resolve, reject) => process.stdout.write(text, (err) => (err ? reject(err) : resolve())));
      process.exitCode = report.findings.some(isBlocking) || staleFails(report.acceptedFile) ? 1 : 0;
    });
}
