// The support-date tables: every shipped table names its source and retrieval day and reads
// cleanly; a malformed table fails when the pack loads; major versions map onto table ids.
import * as fs from "fs";
import * as path from "path";
import { majorVersionId, olderThanListed } from "../../../policies/patching/rds-major-version";
import { loadSupportTable, supportOf } from "../../../policies/patching/support-table";
import { EKS_VERSIONS, LAMBDA_RUNTIMES, RDS_ENGINE_VERSIONS, SYNTHETICS_RUNTIMES } from "../../../policies/patching/support-tables";
import { dayOf } from "../../../policies/lib/dates";
import { evaluationDay } from "../../../policies/patching/evaluation-date";

const DATA = path.join(__dirname, "..", "..", "..", "policies", "patching", "data");

test("every shipped table loads, with an AWS source and a retrieval date", () => {
  const files = fs.readdirSync(DATA).filter((f) => f.endsWith(".json")).sort();
  expect(files).toEqual(["eks-versions.json", "lambda-runtimes.json", "rds-engine-versions.json", "synthetics-runtimes.json"]);
  for (const file of files) {
    const table = loadSupportTable(JSON.parse(fs.readFileSync(path.join(DATA, file), "utf8")), file);
    expect(table.source).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
    expect(dayOf(table.retrieved)).toBeDefined();
  }
  for (const t of [EKS_VERSIONS, LAMBDA_RUNTIMES, RDS_ENGINE_VERSIONS, SYNTHETICS_RUNTIMES]) expect(t.ends.size).toBeGreaterThan(5);
});

test("a malformed table fails loudly, naming the file and the entry", () => {
  const ok = { source: "https://docs.aws.amazon.com/x", retrieved: "2026-12-01", entries: [{ id: "a", ends: "2025-01-01" }] };
  expect(() => loadSupportTable(ok, "t.json")).not.toThrow();
  expect(() => loadSupportTable({ ...ok, source: "http://x" }, "t.json")).toThrow(/t\.json: source/);
  expect(() => loadSupportTable({ ...ok, retrieved: "yesterday" }, "t.json")).toThrow(/retrieved/);
  expect(() => loadSupportTable({ ...ok, entries: [{ id: "a", ends: "2025-02-30" }] }, "t.json")).toThrow(/entries\[0\]\.ends/);
  expect(() => loadSupportTable({ ...ok, entries: [{ id: "a", ends: null }, { id: "a", ends: null }] }, "t.json")).toThrow(/listed twice/);
  expect(() => loadSupportTable([], "t.json")).toThrow(/not an object/);
});

test("support ends on the listed day itself; null means no date announced", () => {
  const t = loadSupportTable({ source: "https://docs.aws.amazon.com/x", retrieved: "2026-12-01", entries: [{ id: "a", ends: "2025-01-01" }, { id: "b", ends: null }] }, "t.json");
  expect(supportOf(t, "a", dayOf("2024-12-31")!)).toEqual({ listed: true, ended: false });
  expect(supportOf(t, "a", dayOf("2025-01-01")!)).toEqual({ listed: true, ended: true, since: "2025-01-01" });
  expect(supportOf(t, "b", dayOf("2099-01-01")!)).toEqual({ listed: true, ended: false });
  expect(supportOf(t, "c", 0)).toEqual({ listed: false });
});

test("evaluationDate: today (the clock or RAMPART_TODAY) or a fixed day", () => {
  const saved = process.env.RAMPART_TODAY;
  process.env.RAMPART_TODAY = "2026-11-23";
  try {
    expect(evaluationDay({ evaluationDate: "today" })).toBe(dayOf("2026-11-23"));
    expect(evaluationDay(undefined)).toBe(dayOf("2026-11-23"));
    expect(evaluationDay({ evaluationDate: "2025-06-01" })).toBe(dayOf("2025-06-01"));
    expect(evaluationDay({ evaluationDate: "2025-02-30" })).toBeUndefined();
  } finally {
    if (saved === undefined) delete process.env.RAMPART_TODAY;
    else process.env.RAMPART_TODAY = saved;
  }
});

test.each([
  ["mysql", "8.0.39", "mysql:8.0"],
  ["MySQL", "5.7", "mysql:5.7"],
  ["postgres", "16.4", "postgres:16"],
  ["postgres", "9.6.24", "postgres:9.6"],
  ["postgres", "13", "postgres:13"],
  ["aurora-mysql", "5.7.mysql_aurora.2.12.4", "aurora-mysql:2"],
  ["aurora-mysql", "8.0.mysql_aurora.3.08.0", "aurora-mysql:3"],
  ["aurora-mysql", "8.0", "aurora-mysql:3"],
  ["aurora", "5.6.10a", "aurora-mysql:1"],
  ["aurora-postgresql", "15.8", "aurora-postgresql:15"],
  ["mariadb", "10.11.9", undefined],
  ["mysql", "eight", undefined],
  ["postgres", "9", undefined],
])("%s %s is %s", (engine, version, id) => {
  expect(majorVersionId(engine, version)).toBe(id);
});

test("a major older than every listed one of its engine is found; a newer or unknown engine is not", () => {
  expect(olderThanListed(RDS_ENGINE_VERSIONS, "mysql:5.5")).toBe("mysql:5.6");
  expect(olderThanListed(RDS_ENGINE_VERSIONS, "postgres:9.4")).toBe("postgres:9.6");
  expect(olderThanListed(RDS_ENGINE_VERSIONS, "postgres:19")).toBeUndefined();
  expect(olderThanListed(RDS_ENGINE_VERSIONS, "mariadb:10.1")).toBeUndefined();
});
