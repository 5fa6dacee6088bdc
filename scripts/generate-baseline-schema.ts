// Writes baselines/schema.json: the JSON Schema of the rampart-aws pack's config, for editors.
// `node dist/scripts/generate-baseline-schema.js`
import { buildPackConfigSchema } from "../cli/baseline/pack-schema";
import { PACK_NAME, policies } from "../policies/all";
import { GeneratedFile, runGenerator } from "./repo-root";

export function baselineSchemaFiles(): GeneratedFile[] {
  return [{ path: "baselines/schema.json", text: `${JSON.stringify(buildPackConfigSchema(PACK_NAME, policies), null, 2)}\n` }];
}

if (require.main === module) runGenerator("baseline schema", baselineSchemaFiles);
