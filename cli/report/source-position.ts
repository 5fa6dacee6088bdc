// Pulumi's source positions as its state records them: `project:///index.ts#17,15` (the path
// relative to the project folder) or `file:///abs/index.ts#17,15`, the column optional.
import * as path from "path";
import { fileURLToPath } from "url";

/** A position read from its text; the file is absolute. */
export interface SourcePosition {
  file: string;
  line: number;
  column?: number;
}

const FORM = /^(project|file):\/\/(.*)#([1-9][0-9]*)(?:,([1-9][0-9]*))?$/;

/** The position `text` names, or undefined when it is not one (the caller falls back, never throws). */
export function parseSourcePosition(text: unknown, projectDir: string): SourcePosition | undefined {
  if (typeof text !== "string") return undefined;
  const m = FORM.exec(text);
  if (!m) return undefined;
  const [, scheme, rest, line, column] = m;
  let file: string;
  try {
    if (scheme === "file") file = fileURLToPath(`file://${rest}`);
    else {
      // project:///index.ts: an empty host, then the path from the project folder.
      if (!rest.startsWith("/") || rest.length < 2) return undefined;
      file = path.resolve(projectDir, decodeURIComponent(rest.slice(1)));
    }
  } catch {
    return undefined;
  }
  return { file, line: Number(line), ...(column ? { column: Number(column) } : {}) };
}
