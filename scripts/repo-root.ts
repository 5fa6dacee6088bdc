// The repository root, whether a script runs from scripts/ (ts-node, jest) or dist/scripts/.
import * as fs from "fs";
import * as path from "path";

export function repoRoot(from: string = __dirname): string {
  let dir = from;
  for (;;) {
    if (fs.existsSync(path.join(dir, "policies", "PulumiPolicy.yaml"))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no Rampart repository above ${from}`);
    dir = parent;
  }
}

/** A generated file: where it goes (relative to the root) and its exact text. */
export interface GeneratedFile {
  readonly path: string;
  readonly text: string;
}

/** Writes files that changed; returns the paths written. */
export function writeGenerated(files: readonly GeneratedFile[], root: string = repoRoot()): string[] {
  const written: string[] = [];
  for (const f of files) {
    const target = path.join(root, f.path);
    const current = fs.existsSync(target) ? fs.readFileSync(target, "utf8") : undefined;
    if (current === f.text) continue;
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, f.text);
    written.push(f.path);
  }
  return written;
}

/** The generated files whose text on disk differs from what would be generated now. */
export function staleFiles(files: readonly GeneratedFile[], root: string = repoRoot()): string[] {
  return files.filter((f) => {
    const target = path.join(root, f.path);
    return !fs.existsSync(target) || fs.readFileSync(target, "utf8") !== f.text;
  }).map((f) => f.path);
}

/** Runs a generator's main when the file is executed directly. */
export function runGenerator(name: string, files: () => readonly GeneratedFile[]): void {
  const written = writeGenerated(files());
  console.log(written.length === 0 ? `${name}: up to date` : `${name}: wrote ${written.join(", ")}`);
}
