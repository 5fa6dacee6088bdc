// `rampart baseline validate FILE...`: one line per problem as `FILE: PATH: message`, exit 2 on
// any error, 0 when there are only warnings.
import * as path from "path";
import { Command } from "commander";
import { registerBaselineCommand, runBaselineValidate } from "../../cli/baseline/command";

const FIXTURES = path.join(__dirname, "..", "fixtures", "baselines");
const ROOT = path.join(__dirname, "..", "..");

beforeEach(() => {
  process.env.RAMPART_TODAY = "2025-06-01";
});
afterEach(() => {
  delete process.env.RAMPART_TODAY;
  process.exitCode = undefined;
});

async function run(files: string[]): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const code = await runBaselineValidate(files, (l) => lines.push(l));
  return { code, lines };
}

test("a bad file: each problem printed as FILE: PATH: message, exit 2", async () => {
  const file = path.join(FIXTURES, "bad", "typo-policy-name.json");
  const { code, lines } = await run([file]);
  expect(code).toBe(2);
  expect(lines).toEqual([`${file}: /ec2-imdsv2-requird: unknown policy "ec2-imdsv2-requird" in pack rampart-aws: the Pulumi CLI would silently ignore it (did you mean "ec2-imdsv2-required"?)`]);
});

test("warnings only: printed, exit 0", async () => {
  const file = path.join(FIXTURES, "good", "expired-exception.json");
  const { code, lines } = await run([file]);
  expect(code).toBe(0);
  expect(lines[0]).toBe(`${file}: /ec2-imdsv2-required/exceptions/0/expires: warning: the exception expired on 2025-05-31: its finding is back in force`);
  expect(lines[1]).toBe(`${file}: ok (1 warning)`);
});

test("several files: one bad file makes the run fail, good ones say ok", async () => {
  const good = path.join(ROOT, "baselines", "strict.json");
  const bad = path.join(FIXTURES, "bad", "bad-level.json");
  const { code, lines } = await run([good, bad]);
  expect(code).toBe(2);
  expect(lines[0]).toBe(`${good}: ok`);
  expect(lines.slice(1).every((l) => l.startsWith(`${bad}: /ec2-imdsv2-required: `))).toBe(true);
});

test("registerBaselineCommand wires `baseline validate` into a commander program", async () => {
  const program = new Command().exitOverride();
  registerBaselineCommand(program);
  const log = jest.spyOn(console, "log").mockImplementation(() => undefined);
  try {
    await program.parseAsync(["node", "rampart", "baseline", "validate", path.join(FIXTURES, "bad", "missing-reason.json")]);
    expect(process.exitCode).toBe(2);
    expect(log.mock.calls.map((c) => String(c[0])).join("\n")).toContain("/ec2-imdsv2-required/exceptions/0/reason: is required but missing");
    process.exitCode = undefined;
    await program.parseAsync(["node", "rampart", "baseline", "validate", path.join(ROOT, "baselines", "recommended.json")]);
    expect(process.exitCode).toBe(0);
  } finally {
    log.mockRestore();
  }
});
