// Paths of the compiled helper scripts rampart runs in child processes. Under ts-jest the
// sources run from cli/; the scripts then come from the build in dist/ (npm test builds first).
import * as fs from "fs";
import * as path from "path";

export function compiledScript(fromDir: string, relative: string): string {
  const beside = path.resolve(fromDir, relative);
  if (fs.existsSync(beside)) return beside;
  const root = path.resolve(__dirname, "..", "..");
  const inDist = path.join(root, "dist", path.relative(root, beside));
  if (fs.existsSync(inDist)) return inDist;
  throw new Error(`${beside} is missing: run \`npm run build\``);
}

export function orphanGuardScript(): string {
  return compiledScript(__dirname, "orphan-guard.js");
}

/** The variable through which rampart tells its children its pid (it may die before they look). */
export const PARENT_PID_VARIABLE = "RAMPART_PARENT_PID";

/** The environment a guarded child needs: rampart's pid, for the orphan guard. */
export function guardedEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...env, [PARENT_PID_VARIABLE]: String(process.pid) };
}
