// Reads, validates and writes an accepted-findings file: JSON with a version, entries in a stable
// order, two-space indent and a trailing newline, so a change to it reviews well as a diff.
import * as fs from "fs";
import type { ValidateFunction } from "ajv";
import { schemaProblems, sharedAjv } from "../../policies/lib/ajv-lazy";
import { dayOf } from "../../policies/lib/dates";
import { pointerJoin, positionOf, readJson } from "../baseline/json-source";
import { InputError } from "../inputs/input-error";
import { ACCEPTED_FILE_SCHEMA, ACCEPTED_FILE_VERSION } from "./schema";

/** One accepted finding: what identifies it, and why and until when it is accepted. */
export interface AcceptedEntry {
  readonly policyPackName: string;
  readonly policyName: string;
  /** Empty for a finding about the whole stack. */
  readonly urn: string;
  /** fingerprintOf(message): 16 hex digits. */
  readonly fingerprint: string;
  /** The message as reported (first line), for reviewers; matching ignores it. */
  readonly message?: string;
  readonly reason?: string;
  /** "YYYY-MM-DD": the last day the entry accepts its finding. */
  readonly expires?: string;
}

let validator: ValidateFunction | undefined;

function validate(doc: unknown): ValidateFunction {
  validator ??= sharedAjv().compile(ACCEPTED_FILE_SCHEMA as object);
  validator(doc);
  return validator;
}

interface Problem {
  readonly pointer: string;
  readonly message: string;
}

/** The first problem as the error's field and cause; any others follow, one a line. */
function refuse(file: string, text: string, offsets: ReadonlyMap<string, number>, problems: readonly Problem[]): never {
  const at = (pointer: string): string => {
    // A missing property has no position of its own: name where its object starts.
    let p = pointer;
    while (!offsets.has(p) && p !== "") p = p.slice(0, p.lastIndexOf("/"));
    const offset = offsets.get(p);
    if (offset === undefined) return "";
    const { line, column } = positionOf(text, offset);
    return ` (line ${line}, column ${column})`;
  };
  const [first, ...rest] = problems;
  const more = rest.map((p) => `\n${file}: ${p.pointer || "(root)"}: ${p.message}${at(p.pointer)}`).join("");
  throw new InputError(file, first.pointer || "(root)", `${first.message}${at(first.pointer)}${more}`);
}

/** Ajv's wording for the two checks it words least plainly. */
function plainer(path: readonly (string | number)[], message: string): string {
  if (path[path.length - 1] === "fingerprint" && message.startsWith("must match pattern")) return "must be 16 lowercase hex digits, as --write-accepted writes it";
  if (message === "must NOT have fewer than 1 characters") return "must not be empty";
  return message;
}

/** Reads and validates an accepted-findings file; any problem is an InputError naming the file, the JSON path and the cause. */
export function readAcceptedFile(file: string): AcceptedEntry[] {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const hint = code === "ENOENT" ? "; write one with --write-accepted" : "";
    throw new InputError(file, "", `cannot read the accepted-findings file (${code ?? (e as Error).message})${hint}`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === "") throw new InputError(file, "", "the file is empty, not an accepted-findings file; write one with --write-accepted");
  const source = readJson(text);
  if (!source.ok) {
    const { line, column } = positionOf(text, source.offset);
    throw new InputError(file, "", `not valid JSON: ${source.message} at line ${line}, column ${column}`);
  }
  const problems: Problem[] = source.duplicates.map((d) => ({ pointer: d.pointer, message: "this key appears more than once; keep one" }));
  const doc = source.value as { version?: unknown; findings?: { expires?: unknown }[] };
  if (doc && typeof doc === "object" && !Array.isArray(doc) && "version" in doc && doc.version !== ACCEPTED_FILE_VERSION) {
    problems.push({ pointer: "/version", message: `must be ${ACCEPTED_FILE_VERSION}, the only version of the accepted-findings format this Rampart reads` });
  } else {
    const v = validate(doc);
    for (const p of schemaProblems(v.errors)) problems.push({ pointer: p.path.reduce<string>((acc, step) => pointerJoin(acc, step), ""), message: plainer(p.path, p.message) });
    if (problems.length === 0) {
      doc.findings!.forEach((entry, i) => {
        if (entry.expires !== undefined && dayOf(entry.expires) === undefined) {
          problems.push({ pointer: `/findings/${i}/expires`, message: `${JSON.stringify(entry.expires)} is not a calendar date` });
        }
      });
    }
  }
  if (problems.length) refuse(file, text, source.offsets, problems);
  return (doc.findings as AcceptedEntry[]).map(normalised);
}

/** The entry with its properties in the file's order (the order a diff shows them in). */
function normalised(e: AcceptedEntry): AcceptedEntry {
  return {
    policyPackName: e.policyPackName,
    policyName: e.policyName,
    urn: e.urn,
    fingerprint: e.fingerprint,
    ...(e.message !== undefined ? { message: e.message } : {}),
    ...(e.reason !== undefined ? { reason: e.reason } : {}),
    ...(e.expires !== undefined ? { expires: e.expires } : {}),
  };
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Entries in the file's order: by pack, policy, URN, fingerprint (code points, not locale). */
export function sortEntries(entries: readonly AcceptedEntry[]): AcceptedEntry[] {
  return [...entries].sort(
    (a, b) =>
      compare(a.policyPackName, b.policyPackName) ||
      compare(a.policyName, b.policyName) ||
      compare(a.urn, b.urn) ||
      compare(a.fingerprint, b.fingerprint) ||
      compare(a.reason ?? "", b.reason ?? "") ||
      compare(a.expires ?? "", b.expires ?? ""),
  );
}

/** The file's text: version 1, entries sorted, two-space indent, trailing newline. */
export function formatAcceptedFile(entries: readonly AcceptedEntry[]): string {
  return JSON.stringify({ version: ACCEPTED_FILE_VERSION, findings: sortEntries(entries).map(normalised) }, null, 2) + "\n";
}

export function writeAcceptedFile(file: string, entries: readonly AcceptedEntry[]): void {
  try {
    fs.writeFileSync(file, formatAcceptedFile(entries));
  } catch (e) {
    throw new InputError(file, "--write-accepted", `cannot be written (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}
