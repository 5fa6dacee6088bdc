// Which major version an RDS engine version belongs to, in the ids of data/rds-engine-versions.json:
// "mysql:8.0", "postgres:16", "aurora-mysql:3" (Aurora MySQL 3 is MySQL 8.0 compatible),
// "aurora-postgresql:15". undefined for engines and spellings the table does not cover.
import { SupportTable } from "./support-table";

const AURORA_MYSQL_OF_MYSQL: Record<string, string> = { "5.6": "1", "5.7": "2", "8.0": "3" };

function postgresMajor(version: string): string | undefined {
  const m = /^(\d+)(?:\.(\d+))?/.exec(version);
  if (!m) return undefined;
  // Before 10, PostgreSQL's major version had two parts (9.6).
  return Number(m[1]) < 10 ? (m[2] === undefined ? undefined : `${m[1]}.${m[2]}`) : m[1];
}

export function majorVersionId(engine: string, version: string): string | undefined {
  const e = engine.trim().toLowerCase();
  const v = version.trim().toLowerCase();
  if (e === "mysql") {
    const m = /^(\d+\.\d+)/.exec(v);
    return m ? `mysql:${m[1]}` : undefined;
  }
  if (e === "postgres") {
    const major = postgresMajor(v);
    return major && `postgres:${major}`;
  }
  if (e === "aurora") return "aurora-mysql:1"; // the MySQL 5.6 compatible engine of Aurora version 1
  if (e === "aurora-mysql") {
    const aurora = /mysql_aurora\.(\d+)\./.exec(v);
    if (aurora) return `aurora-mysql:${aurora[1]}`;
    const m = /^(\d+\.\d+)/.exec(v);
    const major = m ? AURORA_MYSQL_OF_MYSQL[m[1]] : undefined;
    return major && `aurora-mysql:${major}`;
  }
  if (e === "aurora-postgresql") {
    const major = postgresMajor(v);
    return major && `aurora-postgresql:${major}`;
  }
  return undefined;
}

function parts(major: string): number[] {
  return major.split(".").map(Number);
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The oldest major the table lists for the id's engine, when the id is older than it (e.g. mysql:5.5). */
export function olderThanListed(table: SupportTable, id: string): string | undefined {
  const [engine, major] = id.split(":");
  if (!engine || !major) return undefined;
  let oldest: string | undefined;
  for (const listed of table.ends.keys()) {
    const [e, m] = listed.split(":");
    if (e !== engine || !m) continue;
    if (oldest === undefined || compare(parts(m), parts(oldest.split(":")[1]!)) < 0) oldest = listed;
  }
  return oldest !== undefined && compare(parts(major), parts(oldest.split(":")[1]!)) < 0 ? oldest : undefined;
}
