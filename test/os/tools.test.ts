// The tool lookup the OS tests depend on: a missing tool says how to install it, and fails in CI.
import * as fs from "fs";
import * as path from "path";
import { osTools, requireTool, tempDir } from "./tools";

describe("requireTool", () => {
  it("finds an installed tool and returns its absolute path", () => {
    expect(requireTool("sh", "dash")).toMatch(/^\/.*\/sh$/);
  });

  it("fails with the package to install and the CI script, instead of skipping", () => {
    expect(() => requireTool("rampart-no-such-tool", "some-package")).toThrow(
      /rampart-no-such-tool is required by test\/os .* \.ci\/install-os-tools\.sh \(Debian package: some-package\)/,
    );
  });
});

describe("osTools", () => {
  const ci = process.env.CI;
  afterEach(() => {
    if (ci === undefined) delete process.env.CI;
    else process.env.CI = ci;
  });

  it("outside CI, a missing tool skips its file's tests with a notice naming the install command", () => {
    delete process.env.CI;
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    // Record into a folder of this test's own, not the run's: this file's tests did run.
    const runDir = process.env.RAMPART_NOT_RUN_DIR;
    process.env.RAMPART_NOT_RUN_DIR = tempDir();
    try {
      const tools = osTools({ sh: ["sh", "dash"], missing: ["rampart-no-such-tool", "some-package"] });
      expect(tools.describe).toBe(describe.skip);
      expect(tools.path.sh).toMatch(/\/sh$/);
      const notice = /^NOT RUN: .* needs rampart-no-such-tool \(Debian package some-package\).*sudo bash \.ci\/install-os-tools\.sh/;
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(notice));
      const recorded = fs.readdirSync(process.env.RAMPART_NOT_RUN_DIR).map((f) => fs.readFileSync(path.join(process.env.RAMPART_NOT_RUN_DIR!, f), "utf8"));
      expect(recorded).toEqual([expect.stringMatching(notice)]);
    } finally {
      if (runDir === undefined) delete process.env.RAMPART_NOT_RUN_DIR;
      else process.env.RAMPART_NOT_RUN_DIR = runDir;
      warn.mockRestore();
    }
  });

  it("in CI, a missing tool fails instead", () => {
    process.env.CI = "true";
    expect(() => osTools({ missing: ["rampart-no-such-tool", "some-package"] })).toThrow(/is required by test\/os/);
  });

  it("with every tool present, the tests run", () => {
    delete process.env.CI;
    expect(osTools({ sh: ["sh", "dash"] }).describe).toBe(describe);
  });
});
