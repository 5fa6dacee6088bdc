// Writes the shipped baselines (baselines/recommended.json, strict.json, cis-aws-foundations.json,
// adoption.json) from the policies' metadata. `node dist/scripts/generate-baselines.js`
import { SHIPPED_BASELINES, baselineText } from "../cli/baseline/shipped";
import { policies } from "../policies/all";
import { GeneratedFile, runGenerator } from "./repo-root";

export function shippedBaselineFiles(): GeneratedFile[] {
  return SHIPPED_BASELINES.map((b) => ({ path: `baselines/${b.file}`, text: baselineText(b.build(policies)) }));
}

if (require.main === module) runGenerator("baselines", shippedBaselineFiles);
