// Matching entries to findings, and the file's text, without a pack (the end-to-end behaviour is
// test/cli/check-accepted.test.ts).
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { formatAcceptedFile, readAcceptedFile } from "../../cli/accepted/accepted-file";
import { entryFor, matchAccepted } from "../../cli/accepted/match";
import type { Finding } from "../../cli/report/finding";
import { dayOf } from "../../policies/lib/dates";

function finding(over: Partial<Finding>): Finding {
  return {
    policyName: "p",
    policyPackName: "pack",
    policyPackVersion: "1.0.0",
    enforcementLevel: "mandatory",
    severity: "high",
    urn: "urn:pulumi:dev::x::t::a",
    resourceType: "t",
    resourceName: "a",
    message: "port 22 is open.",
    description: "",
    phase: "resource",
    ...over,
  };
}

const TODAY = dayOf("2026-11-23")!;

describe("matchAccepted", () => {
  it("accepts each finding once, by pack, policy, URN and fingerprint", () => {
    const a = finding({});
    const entries = [entryFor(a)];
    const twin = finding({});
    const otherUrn = finding({ urn: "urn:pulumi:dev::x::t::b" });
    const otherPolicy = finding({ policyName: "q" });
    const m = matchAccepted(entries, [a, twin, otherUrn, otherPolicy], TODAY);
    expect(m.accepted.map((p) => p.finding)).toEqual([a]);
    expect(m.stale).toEqual([]);
  });

  it("never accepts an advisory finding, an exception's suppression or a broken exception tag", () => {
    const advisory = finding({ enforcementLevel: "advisory" });
    const excepted = finding({ suppression: { reason: "r", expires: "2027-01-01", source: "exceptions[0]" } });
    const tag = finding({ message: "[invalid exception tag rampart:exception:p] bad" });
    const m = matchAccepted([advisory, excepted, tag].map(entryFor), [advisory, excepted, tag], TODAY);
    expect(m.accepted).toEqual([]);
    expect(m.stale).toHaveLength(3);
  });

  it("an entry holds through its expiry day and expires the day after", () => {
    const f = finding({});
    expect(matchAccepted([{ ...entryFor(f), expires: "2026-11-23" }], [f], TODAY).accepted).toHaveLength(1);
    const late = matchAccepted([{ ...entryFor(f), expires: "2026-11-22" }], [f], TODAY);
    expect(late.accepted).toEqual([]);
    expect(late.expired.map((p) => p.finding)).toEqual([f]);
  });

  it("matches a finding about the whole stack (empty URN)", () => {
    const stack = finding({ urn: "", resourceName: "", resourceType: "" });
    expect(matchAccepted([entryFor(stack)], [stack], TODAY).accepted).toHaveLength(1);
  });
});

describe("the file's text", () => {
  it("is sorted whatever order the entries come in, and reads back as written", () => {
    const entries = [finding({ policyName: "z" }), finding({ urn: "urn:b" }), finding({ urn: "urn:a", message: "other." })].map(entryFor);
    const text = formatAcceptedFile(entries);
    expect(formatAcceptedFile([...entries].reverse())).toBe(text);
    const doc = JSON.parse(text);
    expect(doc.findings.map((e: any) => `${e.policyName} ${e.urn}`)).toEqual(["p urn:a", "p urn:b", "z urn:pulumi:dev::x::t::a"]);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "rampart-accepted-")), "a.json");
    fs.writeFileSync(file, text);
    expect(formatAcceptedFile(readAcceptedFile(file))).toBe(text);
  });

  it("names every problem, each with its JSON path and position", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "rampart-accepted-")), "a.json");
    fs.writeFileSync(file, JSON.stringify({ version: 1, findings: [{ policyPackName: "p", policyName: "q", urn: "", fingerprint: "xyz" }, { policyPackName: "p" }] }, null, 2));
    expect(() => readAcceptedFile(file)).toThrow(/\/findings\/0\/fingerprint: must be 16 lowercase hex digits, as --write-accepted writes it \(line 8, column 22\)[\s\S]*\/findings\/1\/policyName: is required but missing \(line 10, column 5\)/);
  });
});
