// Fills the bin/ folder of each pack, which `npm pack` ships, from what the build compiled once
// into dist/: policies/bin (the rampart-aws pack: JavaScript and declarations, without the
// policies' examples, which are documentation and tests) and examples/<pack>/bin (the example
// packs' JavaScript; their tests stay out).
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");

function copy(from, to, keep, dir = "") {
  for (const entry of fs.readdirSync(path.join(from, dir), { withFileTypes: true })) {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) copy(from, to, keep, rel);
    else if (keep(entry.name)) {
      fs.mkdirSync(path.join(to, dir), { recursive: true });
      // The source maps stay in dist/: drop the comment that would point at a missing file.
      const text = fs.readFileSync(path.join(from, rel), "utf8").replace(/\n\/\/# sourceMappingURL=\S+\s*$/, "\n");
      fs.writeFileSync(path.join(to, rel), text);
    }
  }
}

function fill(from, to, keep) {
  fs.rmSync(to, { recursive: true, force: true });
  copy(from, to, keep);
}

fill(path.join(root, "dist", "policies"), path.join(root, "policies", "bin"), (name) => /\.(js|d\.ts|json)$/.test(name) && !name.includes(".examples."));

const examples = path.join(root, "examples");
for (const pack of fs.readdirSync(examples)) {
  const compiled = path.join(root, "dist", "examples", pack);
  if (!fs.existsSync(path.join(examples, pack, "PulumiPolicy.yaml")) || !fs.existsSync(compiled)) continue;
  fill(compiled, path.join(examples, pack, "bin"), (name) => name.endsWith(".js"));
}
