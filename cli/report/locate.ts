// Points each finding at the line of the user's code that declared its resource. A resource that
// a component creates (the user's own component, or a library's) points at the user's call that
// created the component; a resource whose position lies in node_modules, at the nearest
// ancestor's. Stack findings, and resources the input does not place, point at Pulumi.yaml.
import * as fs from "fs";
import * as path from "path";
import type { CheckInput, CheckedResource } from "../inputs/resource";
import type { Finding, FindingLocation } from "./finding";
import { SourcePosition, parseSourcePosition } from "./source-position";
import { SourceRoots, realPath, sourceRootsOf } from "./source-roots";

const STACK_TYPE = "pulumi:pulumi:Stack";

function isInside(root: string, file: string): boolean {
  const rel = path.relative(root, file);
  return rel !== "" && rel !== ".." && !rel.startsWith(".." + path.sep) && !path.isAbsolute(rel);
}

/** The path as the report shows it: from the repository root, forward slashes. */
function shown(file: string, roots: SourceRoots): string {
  const real = realPath(file);
  return (isInside(roots.repoRoot, real) ? path.relative(roots.repoRoot, real) : real).split(path.sep).join("/");
}

/** Finds where each resource was declared, from the positions the input recorded and the parent chain. */
function resourceLocator(input: CheckInput, roots: SourceRoots, warn: (line: string) => void): (urn: string) => SourcePosition | undefined {
  const byUrn = new Map(input.resources.map((r) => [r.urn, r]));
  const memo = new Map<string, SourcePosition | undefined>();
  const exists = new Map<string, boolean>();
  let missingWarned = false;

  const isUsers = (pos: SourcePosition, text: string): boolean => {
    const file = realPath(pos.file);
    if (!isInside(roots.userRoot, file) || path.relative(roots.userRoot, file).split(path.sep).includes("node_modules")) return false;
    if (!exists.has(file)) exists.set(file, fs.existsSync(file));
    if (!exists.get(file) && !missingWarned) {
      missingWarned = true;
      warn(`warning: ${input.source}: the source position ${text} names ${pos.file}, which does not exist (positions are read from the project folder ${roots.projectDir}): findings on such resources point at an ancestor's line, or at Pulumi.yaml or the input file`);
    }
    return exists.get(file)!;
  };

  const ownPosition = (r: CheckedResource): SourcePosition | undefined => {
    for (const text of r.sourcePositions ?? []) {
      const pos = parseSourcePosition(text, roots.projectDir);
      if (!pos) warn(`warning: ${input.source}: ${r.urn}: sourcePosition ${JSON.stringify(text)} is not Pulumi's "uri#line,column"; it is not used to locate findings`);
      else if (isUsers(pos, text)) return pos;
    }
    return undefined;
  };

  const locate = (urn: string): SourcePosition | undefined => {
    if (memo.has(urn)) return memo.get(urn);
    memo.set(urn, undefined); // a parent cycle ends here
    const r = byUrn.get(urn);
    if (!r || r.type === STACK_TYPE) return undefined;
    const parent = r.parent ? byUrn.get(r.parent) : undefined;
    const up = parent && parent.type !== STACK_TYPE ? locate(parent.urn) : undefined;
    // Inside a component, the line to look at is the user's call that created the component.
    const at = up && !parent!.custom ? up : (ownPosition(r) ?? up);
    memo.set(urn, at);
    return at;
  };
  return locate;
}

/** Sets `location` on every finding (see {@link Finding.location}). Never throws on odd positions: it warns and falls back. */
export function locateFindings(findings: Finding[], input: CheckInput, warn: (line: string) => void): void {
  if (findings.length === 0) return;
  const roots = sourceRootsOf(input);
  const fallback: FindingLocation = { file: shown(roots.projectFile ?? input.source, roots), line: 1 };
  const locate = resourceLocator(input, roots, warn);
  for (const f of findings) {
    const pos = f.urn ? locate(f.urn) : undefined;
    f.location = pos ? { file: shown(pos.file, roots), line: pos.line, ...(pos.column ? { column: pos.column } : {}) } : { ...fallback };
  }
}
