#!/usr/bin/env node
// Makes `rampart` resolvable inside this repository as it is in a project that installs it
// (node_modules/rampart -> the repository root), so the example packs import "rampart/policies"
// exactly as a security team's pack does. Run by `npm ci` (prepare); idempotent.
"use strict";
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const link = path.join(root, "node_modules", "rampart");
let current;
try {
  current = fs.readlinkSync(link);
} catch {
  current = undefined;
}
if (current === undefined || path.resolve(path.dirname(link), current) !== root) {
  fs.rmSync(link, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(link), { recursive: true });
  fs.symlinkSync(path.relative(path.dirname(link), root) || ".", link, "dir");
}
