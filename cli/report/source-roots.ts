// Where an input's sources are: the Pulumi project folder its positions are relative to, and the
// repository root the report's paths are relative to (GitHub code scanning wants those).
import * as fs from "fs";
import * as path from "path";
import { parse } from "yaml";
import type { CheckInput } from "../inputs/resource";

export interface SourceRoots {
  /** The folder `project:///` positions resolve against. */
  projectDir: string;
  /** The project's Pulumi.yaml, when found: stack findings point at it. */
  projectFile?: string;
  /** Report paths are relative to this: the git root around the project, else the working directory. */
  repoRoot: string;
  /** Code under this folder and outside node_modules is the user's: the git root, else the project folder. */
  userRoot: string;
}

function projectFileIn(dir: string): string | undefined {
  return ["Pulumi.yaml", "Pulumi.yml"].map((f) => path.join(dir, f)).find((f) => fs.existsSync(f));
}

function projectNameOf(file: string): string | undefined {
  try {
    const doc = parse(fs.readFileSync(file, "utf8")) as { name?: unknown } | null;
    return typeof doc?.name === "string" ? doc.name : undefined;
  } catch {
    return undefined;
  }
}

/** The nearest folder from `dir` up that holds `.git` (a folder, or a worktree's file). */
export function gitRoot(dir: string): string | undefined {
  for (let at = path.resolve(dir); ; at = path.dirname(at)) {
    if (fs.existsSync(path.join(at, ".git"))) return at;
    if (path.dirname(at) === at) return undefined;
  }
}

/** The folders that may hold a state file's project: its own, its parents up to the git root, then the working directory. */
function candidates(file: string): string[] {
  const start = path.dirname(path.resolve(file));
  const root = gitRoot(start);
  const dirs = [start];
  // gitRoot found the root by walking up from start: walking up again reaches it.
  for (let at = start; root && at !== root; at = path.dirname(at)) dirs.push(path.dirname(at));
  return [...dirs, process.cwd()];
}

/** The real path, so that roots and the positions (which Node reports with links resolved) compare. */
export function realPath(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

function rootsAt(projectDir: string, projectFile: string | undefined): SourceRoots {
  const git = gitRoot(projectDir);
  return { projectDir: realPath(projectDir), projectFile, repoRoot: realPath(git ?? process.cwd()), userRoot: realPath(git ?? projectDir) };
}

export function sourceRootsOf(input: CheckInput): SourceRoots {
  if (input.projectDir) return rootsAt(input.projectDir, projectFileIn(input.projectDir));
  // A state file names its project in its URNs: only that project's Pulumi.yaml will do.
  const isOurs = (file: string | undefined) => file !== undefined && (input.project === undefined || projectNameOf(file) === input.project);
  const found = candidates(input.source).find((dir) => isOurs(projectFileIn(dir)));
  return found ? rootsAt(found, projectFileIn(found)) : rootsAt(path.dirname(path.resolve(input.source)), undefined);
}
