// A test file skipped for a missing tool is named again beside jest's summary: jest itself prints no
// console output for a file whose tests were all skipped (test/helpers/not-run-reporter.js).
import * as path from "path";
import { run } from "./tools";

const ROOT = path.resolve(__dirname, "../..");

describe("the NOT RUN reporter", () => {
  it("repeats the notice of a fully skipped test file beside the summary, with the install command", () => {
    const config = {
      rootDir: ROOT,
      testEnvironment: "node",
      roots: ["<rootDir>/test/fixtures/not-run"],
      testMatch: ["**/*.fixture.ts"],
      transform: { "^.+\\.ts$": ["ts-jest", { isolatedModules: true, diagnostics: false }] },
      reporters: ["default", "<rootDir>/test/helpers/not-run-reporter.js"],
    };
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.CI;
    delete env.RAMPART_NOT_RUN_DIR;
    const result = run(process.execPath, [require.resolve("jest/bin/jest"), "--config", JSON.stringify(config), "--ci"], { env });
    expect(result.status).toBe(0);
    // The reporter's own lines, beside the run summary (console.warn's copy is indented further).
    expect(result.stderr).toMatch(/^1 test file\(s\) did not run: this machine lacks the tools they check with\.$/m);
    expect(result.stderr).toMatch(/^ {2}NOT RUN: test\/fixtures\/not-run\/needs-a-missing-tool\.fixture\.ts needs rampart-no-such-tool \(Debian package some-package\).*sudo bash \.ci\/install-os-tools\.sh/m);
  });
});
