// The `rampart` command line.
import { Command, CommanderError } from "commander";
import { registerBaselineCommand } from "./baseline/command";
import { registerCheckCommand } from "./check/check-command";

// eslint-disable-next-line @typescript-eslint/no-var-requires
const VERSION: string = require("../../package.json").version;

export async function main(argv: string[]): Promise<number> {
  const program = new Command("rampart")
    .description("Rampart: CrossGuard policy packs for AWS hardening and firewall rules, checked offline")
    .version(VERSION)
    .exitOverride();
  registerCheckCommand(program, VERSION);
  registerBaselineCommand(program);
  try {
    await program.parseAsync(argv, { from: "user" });
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (e) {
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
