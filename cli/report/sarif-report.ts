// SARIF 2.1.0 for GitHub code scanning and other SARIF consumers: one rule per policy, one
// result per finding (suppressed ones carry a SARIF suppression), located at the source line
// that declared the resource (Finding.location) with the resource as a logical location.
import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";
import { pathToFileURL } from "url";
import { AcceptedOutcome, describeEntry, isAccepted, staleFails } from "../accepted/outcome";
import { CheckReport, Finding, isBlocking, sortFindings } from "./finding";

const SECURITY_SEVERITY: Record<string, string> = { critical: "9.5", high: "8.0", medium: "5.5", low: "3.0", "": "5.0" };

function artifactUri(source: string): string {
  const file = fs.existsSync(source) && fs.statSync(source).isDirectory() ? path.join(source, "Pulumi.yaml") : source;
  const rel = path.relative(process.cwd(), path.resolve(file));
  return (rel.startsWith("..") ? path.resolve(file) : rel).split(path.sep).join("/");
}

/** A finding's physical location: its own, else (a report built without locating) the input at line 1. */
function physicalLocation(f: Finding, source: string): object {
  if (!f.location) return { artifactLocation: { uri: artifactUri(source) }, region: { startLine: 1 } };
  const { file, line, column } = f.location;
  const uri = path.isAbsolute(file) ? pathToFileURL(file).href : file.split("/").map(encodeURIComponent).join("/");
  return { artifactLocation: { uri }, region: { startLine: line, ...(column ? { startColumn: column } : {}) } };
}

function level(f: Finding): "error" | "warning" | "note" {
  if (f.suppression) return "note";
  return isBlocking(f) ? "error" : "warning";
}

/** An accepted finding's suppression: located at the accepted-findings file, told apart from exceptions by its properties. */
function acceptedSuppression(s: NonNullable<Finding["suppression"]>, file: string | undefined): object {
  const why = [s.reason, s.expires ? `until ${s.expires}` : ""].filter(Boolean).join("; ");
  return {
    kind: "external",
    status: "accepted",
    justification: `accepted in ${file ?? "the accepted-findings file"}${why ? `: ${why}` : ""}`,
    ...(file ? { location: { physicalLocation: { artifactLocation: { uri: artifactUri(file) } } } } : {}),
    properties: { rampartSuppression: "accepted-finding" },
  };
}

/** Expired and stale entries of the accepted-findings file, as tool notifications. */
function invocationsOf(outcome: AcceptedOutcome): object {
  const notifications = [
    ...outcome.expired.map((e) => ({ level: "warning", descriptor: { id: "rampart/accepted-expired" }, message: { text: `${outcome.file}: accepted until ${e.expires}, so it counts again: ${describeEntry(e)}` } })),
    ...outcome.stale.map((e) => ({
      level: staleFails(outcome) ? "error" : "warning",
      descriptor: { id: "rampart/accepted-stale" },
      message: { text: `${outcome.file}: no longer found${outcome.written ? " (left out of the rewritten file)" : ""}: ${describeEntry(e)}` },
    })),
  ];
  return notifications.length ? { invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }] } : {};
}

export function renderSarif(report: CheckReport, version: string): string {
  const rules: object[] = [];
  const ruleIndex = new Map<string, number>();
  for (const pack of report.packs) {
    for (const p of pack.policies) {
      ruleIndex.set(`${pack.name}/${p.name}`, rules.length);
      rules.push({
        id: `${pack.name}/${p.name}`,
        name: p.name,
        shortDescription: { text: p.description.split("\n")[0] || p.name },
        fullDescription: { text: p.description || p.name },
        help: { text: p.remediationSteps || p.description || p.name },
        ...(p.url ? { helpUri: p.url } : {}),
        defaultConfiguration: { level: p.level === "mandatory" ? "error" : "warning" },
        properties: {
          tags: ["security", ...p.tags],
          "security-severity": SECURITY_SEVERITY[p.severity] ?? "5.0",
          ...(p.framework ? { framework: p.framework } : {}),
        },
      });
    }
  }
  const results = sortFindings(report.findings).map((f) => {
    const id = `${f.policyPackName}/${f.policyName}`;
    const result: Record<string, unknown> = {
      ruleId: id,
      ...(ruleIndex.has(id) ? { ruleIndex: ruleIndex.get(id) } : {}),
      level: level(f),
      message: { text: f.message.trim() || f.description || f.policyName },
      locations: [
        {
          physicalLocation: physicalLocation(f, report.source),
          logicalLocations: [{ fullyQualifiedName: f.urn || "stack", name: f.resourceName || "stack", kind: "resource" }],
        },
      ],
      partialFingerprints: { rampartFinding: createHash("sha256").update(`${id}\0${f.urn}\0${f.message}`).digest("hex").slice(0, 32) },
      properties: { enforcementLevel: f.enforcementLevel, severity: f.severity, resourceType: f.resourceType, urn: f.urn },
    };
    if (f.suppression && isAccepted(f)) result.suppressions = [acceptedSuppression(f.suppression, report.acceptedFile?.file)];
    else if (f.suppression) {
      result.suppressions = [{ kind: "external", status: "accepted", justification: `${f.suppression.reason}${f.suppression.expires ? ` (expires ${f.suppression.expires})` : ""}` }];
    }
    return result;
  });
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "rampart", informationUri: "https://github.com/rampart-security/rampart", version, rules } },
        automationDetails: { id: `rampart/${report.inputKind}` },
        results,
        ...(report.acceptedFile ? invocationsOf(report.acceptedFile) : {}),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + "\n";
}
