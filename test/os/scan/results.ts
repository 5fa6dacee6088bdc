// Reads an XCCDF 1.2 results file (oscap xccdf eval --results): each rule's result and title.
import * as fs from "fs";
import { XMLParser } from "fast-xml-parser";
import { shortRuleId } from "./content";

export type RuleOutcome = "pass" | "fail" | "error" | "unknown" | "notapplicable" | "notchecked" | "notselected" | "informational" | "fixed";

export interface RuleResult {
  /** Short id, e.g. "sshd_set_idle_timeout". */
  id: string;
  result: RuleOutcome;
  title: string;
}

const ARRAYS = new Set(["Group", "Rule", "rule-result", "TestResult"]);

type Node = Record<string, unknown>;
const list = (value: unknown): Node[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]) as Node[];

function text(value: unknown): string {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return text(value[0]);
  if (value && typeof value === "object" && "#text" in value) return String((value as Node)["#text"]);
  return "";
}

function collectTitles(node: Node, titles: Map<string, string>): void {
  for (const rule of list(node.Rule)) titles.set(shortRuleId(String(rule["@_id"])), text(rule.title).trim());
  for (const group of list(node.Group)) collectTitles(group, titles);
}

export function parseResults(xml: string, file = "results"): RuleResult[] {
  const parser = new XMLParser({ ignoreAttributes: false, removeNSPrefix: true, isArray: (name) => ARRAYS.has(name) });
  const doc = parser.parse(xml) as Node;
  if (!("Benchmark" in doc)) throw new Error(`${file}: not an XCCDF results file (no Benchmark element)`);
  // An empty element parses as "": treat it as a Benchmark with nothing in it.
  const benchmark = (typeof doc.Benchmark === "object" && doc.Benchmark ? doc.Benchmark : {}) as Node;
  const titles = new Map<string, string>();
  collectTitles(benchmark, titles);
  const testResult = list(benchmark.TestResult).at(-1);
  if (!testResult) throw new Error(`${file}: the Benchmark holds no TestResult (did the evaluation run?)`);
  return list(testResult["rule-result"]).map((r) => {
    const id = shortRuleId(String(r["@_idref"]));
    return { id, result: text(r.result) as RuleOutcome, title: titles.get(id) ?? "" };
  });
}

export function readResults(file: string): RuleResult[] {
  return parseResults(fs.readFileSync(file, "utf8"), file);
}
