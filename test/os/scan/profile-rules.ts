// The rules the CIS Level 1 Server profile selects, read from the datastream itself, so the scope
// file can be checked against the content it is used with.
import * as fs from "fs";
import { CIS_PROFILE, DATASTREAM, shortRuleId } from "./content";

export function profileRules(datastream = DATASTREAM, profile = CIS_PROFILE): string[] {
  const xml = fs.readFileSync(datastream, "utf8");
  const start = xml.search(new RegExp(`<(?:[\\w.-]+:)?Profile id="${profile.replace(/\./g, "\\.")}"`));
  if (start < 0) throw new Error(`${datastream} has no profile ${profile}`);
  const end = xml.indexOf("Profile>", start);
  const body = xml.slice(start, end);
  const rules = [...body.matchAll(/<(?:[\w.-]+:)?select idref="([^"]+)" selected="true"\s*\/>/g)].map((m) => shortRuleId(m[1]));
  if (rules.length === 0) throw new Error(`${datastream}: profile ${profile} selects no rules`);
  return [...new Set(rules)].sort();
}
