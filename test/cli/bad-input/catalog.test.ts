// Each kind of bad input, through the real CLI: the exit code and the error line are exactly what
// the catalog (and so the README's table) says.
import * as fs from "fs";
import { BAD_INPUTS } from "./catalog";
import { README, readmeTable, renderTable, writeReadmeTable } from "./readme-table";
import { runCase } from "./run-case";

jest.setTimeout(120_000);

describe("bad input", () => {
  it.each(BAD_INPUTS.map((c) => [c.input, c] as const))("%s", (_input, c) => {
    const outcome = runCase(c);
    expect({ exit: outcome.exit, says: outcome.says }).toEqual({ exit: c.exit, says: c.says });
  });
});

test("the README's table of bad-input outcomes is the catalog's", () => {
  if (process.env.RAMPART_WRITE_README === "1") writeReadmeTable(BAD_INPUTS);
  expect(readmeTable(fs.readFileSync(README, "utf8"))).toBe(renderTable(BAD_INPUTS));
});
