// Which repositories the stack's registry-level scanning configuration scans automatically. A
// registry configuration overrides each repository's scanOnPush (ECR User Guide, "Scan images
// for software vulnerabilities"): ENHANCED scanning (Amazon Inspector) scans the repositories its
// rules' filters match on push or continuously; BASIC scanning scans those of its SCAN_ON_PUSH
// rules on push. A filter is a WILDCARD over the repository name, "*" matching any characters.
import type { StackModel } from "../lib/stack-model";
import { UNKNOWN, isUnknown } from "../lib/unknown";
import { at, readList, readString } from "../lib/values";
import { ECR_REGISTRY_SCANNING_PROPS as P, S } from "./service-types";

export type Coverage = true | false | typeof UNKNOWN;

interface Rule {
  /** Wildcard filters; UNKNOWN when some filter is unknown during preview. */
  readonly filters: readonly RegExp[] | typeof UNKNOWN;
}

function wildcard(filter: string): RegExp {
  const escaped = filter.split("*").map((part) => part.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"));
  return new RegExp(`^${escaped.join(".*")}$`);
}

function readRule(rule: unknown, scanType: string): Rule | undefined | typeof UNKNOWN {
  if (isUnknown(rule)) return UNKNOWN;
  const frequency = readString(at(rule, "scanFrequency"));
  if (frequency === UNKNOWN) return UNKNOWN;
  const f = frequency?.trim().toUpperCase();
  const scans = scanType === "ENHANCED" ? f === "SCAN_ON_PUSH" || f === "CONTINUOUS_SCAN" : f === "SCAN_ON_PUSH";
  if (!scans) return undefined;
  const list = readList(at(rule, "repositoryFilters"));
  if (list === UNKNOWN) return { filters: UNKNOWN };
  const filters: RegExp[] = [];
  for (const item of list ?? []) {
    const text = readString(at(item, "filter"));
    const type = readString(at(item, "filterType"));
    if (text === UNKNOWN || type === UNKNOWN) return { filters: UNKNOWN };
    if (typeof text === "string" && (type === undefined || type.trim().toUpperCase() === "WILDCARD")) filters.push(wildcard(text.trim()));
  }
  return { filters };
}

export class RegistryScanning {
  private readonly rules: Rule[] = [];
  /** Some configuration could not be read during preview. */
  private uncertain = false;

  constructor(stack: StackModel) {
    for (const config of stack.ofType(S.ecrRegistryScanning)) {
      const scanType = readString(config.props[P.scanType]);
      const rules = readList(config.props[P.rules]);
      if (scanType === UNKNOWN || rules === UNKNOWN) {
        this.uncertain = true;
        continue;
      }
      const type = (scanType ?? "BASIC").trim().toUpperCase();
      for (const raw of rules ?? []) {
        const rule = readRule(raw, type);
        if (rule === UNKNOWN) this.uncertain = true;
        else if (rule) this.rules.push(rule);
      }
    }
  }

  /** Whether a repository of this name (UNKNOWN or undefined: not known before deployment) is scanned automatically. */
  covers(name: string | undefined | typeof UNKNOWN): Coverage {
    let maybe = this.uncertain;
    for (const rule of this.rules) {
      if (rule.filters === UNKNOWN) {
        maybe = true;
        continue;
      }
      for (const filter of rule.filters) {
        if (filter.test("")) return true; // "*": every repository
        if (typeof name === "string") {
          if (filter.test(name)) return true;
        } else maybe = true; // an autonamed repository may match
      }
    }
    return maybe ? UNKNOWN : false;
  }
}
