// Fills policies/bin, the folder `npm pack` ships as the rampart-aws pack, from the compiled
// policies in dist/policies (the build compiles them once): JavaScript and declarations, without
// the examples, which are documentation and tests.
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const from = path.join(root, "dist", "policies");
const to = path.join(root, "policies", "bin");

function copy(dir) {
  for (const entry of fs.readdirSync(path.join(from, dir), { withFileTypes: true })) {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) copy(rel);
    else if (/\.(js|d\.ts)$/.test(entry.name) && !entry.name.includes(".examples.")) {
      fs.mkdirSync(path.join(to, dir), { recursive: true });
      // The source maps stay in dist/: drop the comment that would point at a missing file.
      const text = fs.readFileSync(path.join(from, rel), "utf8").replace(/\n\/\/# sourceMappingURL=\S+\s*$/, "\n");
      fs.writeFileSync(path.join(to, rel), text);
    }
  }
}

fs.rmSync(to, { recursive: true, force: true });
copy("");
