// Where the baseline files live. The code runs from stacks/os (ts-node, jest) and from
// dist/stacks/os (compiled), and may sit in node_modules/rampart: walk up from this file
// to the first folder that holds baselines/os/linux.schema.json instead of counting "..".
import * as fs from "fs";
import * as path from "path";

const SCHEMA_RELATIVE = path.join("baselines", "os", "linux.schema.json");

/** The package root: the nearest ancestor of `startDir` that contains baselines/os/linux.schema.json. */
export function findPackageRoot(startDir: string = __dirname): string {
  let dir = path.resolve(startDir);
  for (;;) {
    if (fs.existsSync(path.join(dir, SCHEMA_RELATIVE))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) {
      throw new Error(`Rampart: cannot find ${SCHEMA_RELATIVE} in ${startDir} or any folder above it`);
    }
    dir = parent;
  }
}

export function defaultBaselinePath(): string {
  return path.join(findPackageRoot(), "baselines", "os", "linux.json");
}

export function schemaPath(): string {
  return path.join(findPackageRoot(), SCHEMA_RELATIVE);
}
