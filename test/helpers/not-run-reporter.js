// Jest hides the console output of a test file whose tests were all skipped, so the NOT RUN notice
// test/os/tools.ts prints for a missing tool would be lost exactly where it matters. osTools also
// writes each notice to the folder named by RAMPART_NOT_RUN_DIR; this reporter creates that folder
// before the workers start (they inherit the variable) and repeats every notice at the end of the run.
const fs = require("fs");
const os = require("os");
const path = require("path");

class NotRunReporter {
  constructor() {
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), "rampart-not-run-"));
    process.env.RAMPART_NOT_RUN_DIR = this.dir;
  }

  onRunComplete() {
    const notices = fs.readdirSync(this.dir).sort().map((name) => fs.readFileSync(path.join(this.dir, name), "utf8").trim());
    fs.rmSync(this.dir, { recursive: true, force: true });
    if (notices.length === 0) return;
    const lines = [`${notices.length} test file(s) did not run: this machine lacks the tools they check with.`, ...notices.map((n) => `  ${n}`)];
    process.stderr.write(`\n${lines.join("\n")}\n`);
  }
}

module.exports = NotRunReporter;
