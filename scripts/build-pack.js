// Fills the bin/ folder of each pack, which `npm pack` ships, from what the build compiled once
// into dist/: policies/bin (the rampart-aws pack: JavaScript, declarations and the JSON tables it
// reads, without the policies' examples, which are documentation and tests) and
// examples/<pack>/bin (the example packs' JavaScript; their tests stay out).
// The pack's entry, policies/bin/index.js, is then replaced by one bundled file: the engine runs
// only the entry, and Node loading one file instead of some 270 modules takes about 80 ms off
// every pack start. The other files of bin/ stay for `rampart/policies`-style imports and types.
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
bundleEntry(path.join(root, "dist", "policies", "index.js"), path.join(root, "policies", "bin", "index.js"));

/**
 * One CommonJS file of the entry and every module of the pack it reaches (the JSON tables
 * inlined); npm packages stay external, loaded from the pack's node_modules as before. Without
 * esbuild (a production-only install) the entry stays as compiled, which behaves the same.
 */
function bundleEntry(entry, out) {
  let esbuild;
  try {
    esbuild = require("esbuild");
  } catch {
    process.stderr.write("build-pack: esbuild is not installed; policies/bin/index.js stays unbundled (the pack starts slower)\n");
    return;
  }
  esbuild.buildSync({
    entryPoints: [entry],
    outfile: out,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    packages: "external",
    allowOverwrite: true,
    logLevel: "warning",
    banner: { js: "// Bundled by scripts/build-pack.js from dist/policies/index.js: the rampart-aws pack's entry in one file." },
  });
}

const examples = path.join(root, "examples");
for (const pack of fs.readdirSync(examples)) {
  const compiled = path.join(root, "dist", "examples", pack);
  if (!fs.existsSync(path.join(examples, pack, "PulumiPolicy.yaml")) || !fs.existsSync(compiled)) continue;
  fill(compiled, path.join(examples, pack, "bin"), (name) => name.endsWith(".js"));
}
