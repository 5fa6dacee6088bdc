// Reads `pulumi stack export` output (apitype.UntypedDeployment, versions 1 to 4).
import { InputError } from "./input-error";
import { readJsonFile } from "./json-file";
import { CheckInput, CheckedResource } from "./resource";
import { fromStateResource } from "./state-resource";

const SUPPORTED_VERSIONS = new Set([1, 2, 3, 4]);

export function readStackExport(file: string): CheckInput {
  const doc = readJsonFile(file) as Record<string, unknown>;
  if (doc === null || typeof doc !== "object" || Array.isArray(doc)) throw new InputError(file, "", "expected a JSON object from `pulumi stack export`");
  if (!SUPPORTED_VERSIONS.has(doc.version as number)) {
    throw new InputError(file, "version", `unsupported deployment version ${JSON.stringify(doc.version)} (expected 1 to 4; is this a \`pulumi stack export\` file?)`);
  }
  const deployment = doc.deployment as Record<string, unknown> | undefined;
  if (!deployment || typeof deployment !== "object") throw new InputError(file, "deployment", "missing");
  const raw = deployment.resources ?? [];
  if (!Array.isArray(raw)) throw new InputError(file, "deployment.resources", "expected a list");
  const resources: CheckedResource[] = [];
  const firstAt = new Map<string, number>();
  raw.forEach((r, i) => {
    // Resources pending deletion are leaving the stack; the engine does not analyse them.
    if (r && typeof r === "object" && (r as Record<string, unknown>).delete === true) return;
    // Resources the program only reads (`Resource.get`, marked external) are not the stack's: the
    // engine keeps them apart and never sends them to Analyze or AnalyzeStack.
    if (r && typeof r === "object" && (r as Record<string, unknown>).external === true) return;
    const resource = fromStateResource(r, file, `deployment.resources[${i}]`, {}, false);
    // The engine refuses a deployment in which two live resources share a URN.
    const earlier = firstAt.get(resource.urn);
    if (earlier !== undefined) throw new InputError(file, `deployment.resources[${i}].urn`, `${resource.urn} is also the URN of deployment.resources[${earlier}]: a deployment's URNs are unique`);
    firstAt.set(resource.urn, i);
    resources.push(resource);
  });
  const stackUrn = resources.find((r) => r.type === "pulumi:pulumi:Stack")?.urn ?? resources[0]?.urn;
  const [stack, project] = stackUrn ? stackUrn.split("::").slice(0, 2).map((s, i) => (i === 0 ? s.replace("urn:pulumi:", "") : s)) : [];
  return { source: file, kind: "stack-export", resources, opaqueComponents: [], stack, project, preview: false };
}
