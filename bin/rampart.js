#!/usr/bin/env node
// Entry point: runs the compiled CLI (built by `npm ci` / `npm run build`).
"use strict";
let main;
try {
  ({ main } = require("../dist/cli/main"));
} catch (e) {
  process.stderr.write(`rampart: the CLI is not built (${e.message}); run \`npm run build\`\n`);
  process.exit(2);
}
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`rampart: error: ${e && e.message ? e.message : e}\n`);
    process.exit(2);
  },
);
