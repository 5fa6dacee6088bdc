// Runs one bad-input case as a user would: the real CLI, in an empty folder holding only the
// case's files and fixtures, so that every path in a message is the one the user typed.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { FIXTURES, ROOT } from "../run-rampart";
import type { BadInputCase } from "./catalog";

export interface CaseOutcome {
  exit: number;
  says: string;
  stdout: string;
}

const PREFIX = "rampart: error: ";

/**
 * The line that says what went wrong: stderr's first, else stdout's (`baseline validate` reports
 * there), with the next one when it ends in a colon; the case's folder is written ".".
 */
function errorLine(stderr: string, stdout: string, dir: string): string {
  const lines = (stderr.trim() ? stderr : stdout).split("\n").filter((l) => l.trim() !== "");
  const said = (lines[0] ?? "").endsWith(":") && lines[1] ? `${lines[0]} ${lines[1].trim()}` : lines[0] ?? "";
  const real = fs.realpathSync(dir);
  return (said.startsWith(PREFIX) ? said.slice(PREFIX.length) : said).split(`${real}/`).join("").split(`${dir}/`).join("").split(real).join(".").split(dir).join(".");
}

export function runCase(c: BadInputCase): CaseOutcome {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rampart-bad-input-"));
  try {
    for (const [name, content] of Object.entries(c.files ?? {})) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), content);
    }
    for (const fixture of c.fixtures ?? []) fs.symlinkSync(path.join(FIXTURES, fixture), path.join(dir, fixture), "dir");
    // Programs and packs find their modules as they do inside a project.
    if (c.fixtures?.length) fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
    const r = spawnSync(process.execPath, [path.join(ROOT, "bin", "rampart.js"), ...c.args], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, RAMPART_TODAY: "2026-11-23" },
      timeout: 180_000,
    });
    return { exit: r.status ?? -1, says: errorLine(r.stderr, r.stdout, dir), stdout: r.stdout };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
