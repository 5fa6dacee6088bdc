// Where a program registered a resource, from the SDK's RegisterResourceRequest: its source
// position (the caller of the resource's constructor) and the calling frames, written the way
// Pulumi's state writes positions (`uri#line,column`), so one reader handles every input.
import * as path from "path";
import { fileURLToPath } from "url";

/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * The checker's own folders, compiled (dist/cli) and, as source maps name them, its sources (cli/):
 * its frames (the recorder calling the program) are nobody's declaration.
 */
const CHECKER_DIRS = [path.resolve(__dirname, ".."), path.resolve(__dirname, "..", "..", "..", "cli")];

function format(pos: any): string | undefined {
  const uri: string = pos?.getUri?.() ?? "";
  const line: number = pos?.getLine?.() ?? 0;
  if (!uri || !line) return undefined;
  const column: number = pos.getColumn?.() ?? 0;
  return column ? `${uri}#${line},${column}` : `${uri}#${line}`;
}

/** True for a frame worth keeping: a file outside node_modules and outside the checker itself. */
function isCallerFrame(uri: string): boolean {
  let file: string;
  try {
    file = fileURLToPath(uri);
  } catch {
    return false;
  }
  return !file.split(path.sep).includes("node_modules") && !CHECKER_DIRS.some((dir) => file.startsWith(dir + path.sep));
}

/**
 * The registration's own position first, then the frames that could be the user's code: a
 * resource a library creates has its own position in node_modules, and the user's call further up.
 */
export function registrationPositions(req: any): string[] {
  const positions: string[] = [];
  const own = format(req.getSourceposition?.());
  if (own) positions.push(own);
  for (const frame of req.getStacktrace?.()?.getFramesList?.() ?? []) {
    const at = format(frame.getPc?.());
    if (at && !positions.includes(at) && isCallerFrame(at.slice(0, at.lastIndexOf("#")))) positions.push(at);
  }
  return positions;
}
/* eslint-enable @typescript-eslint/no-explicit-any */
