// The policy sources as files, for the tests that read them: the layering check, the fuzz's type
// tokens, and the examples beside each policy (loaded by the examples test and the fuzz alike).
import * as fs from "fs";
import * as path from "path";
import type { PolicyExamples } from "../../policies/lib/examples";

export const POLICIES_DIR = path.resolve(__dirname, "..", "..", "policies");
// The pack's build output (policies/bin) is compiled from the sources, not more of them.
const BUILD_OUTPUT = path.join(POLICIES_DIR, "bin");

/** Every .ts file under `dir` (a folder of policies/), the build output left out. */
export function policySources(dir = POLICIES_DIR): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return full === BUILD_OUTPUT ? [] : policySources(full);
    return e.name.endsWith(".ts") ? [full] : [];
  });
}

export const isExamplesFile = (file: string): boolean => file.endsWith(".examples.ts");

/** The examples beside every policy, each with the file it came from. */
export function loadExamples(): (PolicyExamples & { file: string })[] {
  return policySources().filter(isExamplesFile).map((file) => {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const { examples } = require(file) as { examples: PolicyExamples };
    return { ...examples, file };
  });
}
