// The README's table of what each kind of bad input gets, rendered from the catalog.
import * as fs from "fs";
import * as path from "path";
import { ROOT } from "../run-rampart";
import type { BadInputCase } from "./catalog";

export const README = path.join(ROOT, "README.md");
const START = "<!-- bad-input-table: generated from test/cli/bad-input/catalog.ts; RAMPART_WRITE_README=1 npx jest test/cli/bad-input rewrites it -->";
const END = "<!-- /bad-input-table -->";

const cell = (text: string) => text.replace(/\|/g, "\\|");

export function renderTable(cases: readonly BadInputCase[]): string {
  const rows = cases.map((c) => `| ${cell(c.input)} | \`rampart ${cell(c.args.join(" "))}\` | ${c.exit} | ${cell(c.says)} |`);
  return [START, "| Input | Command | Exit | What rampart says |", "| --- | --- | --- | --- |", ...rows, END].join("\n");
}

/** The README's current table, or undefined when it has none. */
export function readmeTable(readme: string): string | undefined {
  const start = readme.indexOf(START.slice(0, 30));
  const end = readme.indexOf(END);
  return start < 0 || end < 0 ? undefined : readme.slice(start, end + END.length);
}

export function withTable(readme: string, table: string): string {
  const current = readmeTable(readme);
  if (current === undefined) throw new Error(`README.md has no bad-input table between ${START.slice(0, 30)}… and ${END}`);
  return readme.replace(current, table);
}

export function writeReadmeTable(cases: readonly BadInputCase[]): void {
  fs.writeFileSync(README, withTable(fs.readFileSync(README, "utf8"), renderTable(cases)));
}
