// The `rampart` command line.
import { Command, CommanderError } from "commander";
import { registerBaselineCommand } from "./baseline/command";
import { registerCheckCommand } from "./check/check-command";
import { installChildCleanup, interruption, killAllChildren } from "./process/children";

// eslint-disable-next-line @typescript-eslint/no-var-requires
const VERSION: string = require("../../package.json").version;

function fatal(what: string, reason: unknown): never {
  // After an interrupt, calls fail because the packs were cancelled: the interrupt is the news.
  if (interruption()) process.exit(2);
  const text = reason instanceof Error ? (process.env.RAMPART_DEBUG ? reason.stack : reason.message) : String(reason);
  process.stderr.write(`rampart: error: ${what}: ${text}\n`);
  killAllChildren();
  process.exit(2);
}

export async function main(argv: string[]): Promise<number> {
  // No exit path, signals included, leaves a pack or program recorder running; a fault of
  // rampart's own is exit 2 (could not run), never 1 (violations).
  installChildCleanup((signal) => process.stderr.write(`rampart: interrupted by ${signal}; the check did not finish\n`));
  process.on("unhandledRejection", (reason) => fatal("unhandled promise rejection", reason));
  process.on("uncaughtException", (error) => fatal("uncaught exception", error));
  const program = new Command("rampart")
    .description("Rampart: CrossGuard policy packs for AWS hardening and firewall rules, checked offline")
    .version(VERSION)
    .exitOverride();
  registerCheckCommand(program, VERSION);
  registerBaselineCommand(program);
  try {
    await program.parseAsync(argv, { from: "user" });
    if (interruption()) return 2;
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (e) {
    if (interruption()) return 2;
    if (e instanceof CommanderError) {
      // --help and --version end through here with code 0; usage errors are exit 2.
      return e.exitCode === 0 ? 0 : 2;
    }
    const err = e as Error;
    process.stderr.write(`rampart: error: ${err.message}\n`);
    if (process.env.RAMPART_DEBUG) process.stderr.write(`${err.stack}\n`);
    return 2;
  }
}
