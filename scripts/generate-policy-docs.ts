// Writes docs/policies.md from the policies' metadata. `node dist/scripts/generate-policy-docs.js`
import { PACK_NAME, policies } from "../policies/all";
import { renderPolicyDocs } from "./policy-docs";
import { GeneratedFile, runGenerator } from "./repo-root";

export function policyDocFiles(): GeneratedFile[] {
  return [{ path: "docs/policies.md", text: renderPolicyDocs(PACK_NAME, policies) }];
}

if (require.main === module) runGenerator("policy docs", policyDocFiles);
