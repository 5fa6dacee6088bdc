// Reads `pulumi preview --json` output (display.PreviewDigest): the planned state of every
// resource that will exist after the update.
import { InputError } from "./input-error";
import { readJsonFile } from "./json-file";
import { CheckInput, CheckedResource } from "./resource";
import { fromStateResource } from "./state-resource";

/** Steps after which the resource no longer exists. */
const REMOVING_OPS = new Set(["delete", "delete-replaced", "discard", "read-discard", "remove-pending-replace"]);
/** When a replacement shows as several steps, the one whose newState wins. */
const PREFERENCE = ["create-replacement", "replace", "create", "update", "import", "import-replacement", "read", "read-replacement", "refresh", "same"];

export function readPreviewJson(file: string): CheckInput {
  const doc = readJsonFile(file) as Record<string, unknown>;
  if (doc === null || typeof doc !== "object" || Array.isArray(doc)) throw new InputError(file, "", "expected a JSON object from `pulumi preview --json`");
  const steps = doc.steps;
  if (steps === undefined && doc.deployment !== undefined) {
    throw new InputError(file, "steps", "missing: this looks like a `pulumi stack export` file; use --stack-export");
  }
  // Every preview has a step for each resource, the stack itself at least: without steps this is
  // not a preview, and checking it would pass a stack nobody looked at.
  if (steps === undefined) throw new InputError(file, "steps", "missing: `pulumi preview --json` lists a step for every resource (the stack at least); is this its output?");
  if (!Array.isArray(steps)) throw new InputError(file, "steps", "expected a list");
  if (steps.length === 0) throw new InputError(file, "steps", "empty: `pulumi preview --json` lists a step for every resource, the stack at least");
  const chosen = new Map<string, { rank: number; resource: CheckedResource }>();
  steps.forEach((step, i) => {
    const field = `steps[${i}]`;
    if (step === null || typeof step !== "object") throw new InputError(file, field, "expected a step object");
    const s = step as Record<string, unknown>;
    if (typeof s.op !== "string") throw new InputError(file, `${field}.op`, "missing");
    if (REMOVING_OPS.has(s.op)) return;
    const state = s.newState ?? s.oldState;
    if (state === undefined) throw new InputError(file, `${field}.newState`, `missing for a "${s.op}" step`);
    // A read (`Resource.get`) plans an external resource: not the stack's, and never analysed by the engine.
    if (state !== null && typeof state === "object" && (state as Record<string, unknown>).external === true) return;
    const resource = fromStateResource(state, file, `${field}.newState`, { redactedSecret: "[secret]" }, true);
    if (!resource.provider && typeof s.provider === "string" && s.provider) resource.provider = s.provider;
    const rank = PREFERENCE.indexOf(s.op) >= 0 ? PREFERENCE.indexOf(s.op) : PREFERENCE.length;
    const prior = chosen.get(resource.urn);
    if (!prior || rank < prior.rank) chosen.set(resource.urn, { rank, resource });
  });
  const resources = [...chosen.values()].map((c) => c.resource);
  const first = resources[0]?.urn.split("::");
  return {
    source: file,
    kind: "preview-json",
    resources,
    opaqueComponents: [],
    stack: first?.[0]?.replace("urn:pulumi:", ""),
    project: first?.[1],
    preview: true,
  };
}
