// Regenerates every file derived from the policies' metadata: the baseline schema, the shipped
// baselines and the policy catalog. `node dist/scripts/generate-all.js` (add --check to only
// report stale files and exit 1, for CI).
import { baselineSchemaFiles } from "./generate-baseline-schema";
import { shippedBaselineFiles } from "./generate-baselines";
import { policyDocFiles } from "./generate-policy-docs";
import { GeneratedFile, runGenerator, staleFiles } from "./repo-root";

export function allGeneratedFiles(): GeneratedFile[] {
  return [...baselineSchemaFiles(), ...shippedBaselineFiles(), ...policyDocFiles()];
}

if (require.main === module) {
  if (process.argv.includes("--check")) {
    const stale = staleFiles(allGeneratedFiles());
    if (stale.length > 0) {
      console.error(`stale generated files (run \`npm run generate\`): ${stale.join(", ")}`);
      process.exitCode = 1;
    } else console.log("generated files are up to date");
  } else runGenerator("generate", allGeneratedFiles);
}
