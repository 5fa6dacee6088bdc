// What the examples of the plain-text credential policies do not show: how one setting is read
// (references and numbers are no credentials, JSON values are scanned member by member, a few
// names are credentials whatever their value), and that unknown values are recorded, not judged.
import { CollectingJudge } from "../../../policies/lib/judge";
import { UNKNOWN_SENTINELS } from "../../../policies/lib/codec";
import { describeFindings, settingFindings } from "../../../policies/compute/variable-secrets";

const password = ["Zq7v", "X9kL", "p2Wm"].join("");
const kindsOf = (name: string, value: unknown) => settingFindings([{ name, value, path: name }], new CollectingJudge()).flatMap((f) => f.kinds);

test("a secret-named setting with a literal value is a credential; references, numbers and flag words are not", () => {
  expect(kindsOf("DB_PASSWORD", password)).toEqual(["a password"]);
  expect(kindsOf("API_TOKEN", password)).toEqual(["a secret or token"]);
  expect(kindsOf("DB_PASSWORD", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf")).toEqual([]);
  expect(kindsOf("DB_SECRET", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf")).toEqual([]);
  expect(kindsOf("DB_PASSWORD", "${DB_PASSWORD}")).toEqual([]);
  expect(kindsOf("TOKEN_TTL", "900")).toEqual([]);
  expect(kindsOf("PASSWORD_REQUIRED", "true")).toEqual([]);
  expect(kindsOf("TABLE_NAME", "orders")).toEqual([]);
});

test("AWS key and registry-auth names count whatever the value looks like; a JSON value is scanned per member", () => {
  expect(kindsOf("AWS_ACCESS_KEY_ID", "not-key-shaped")).toEqual(["an AWS access key ID"]);
  expect(kindsOf("ecs_engine_auth_data", "dXNlcjpzZWNyZXQ")).toEqual(["registry credentials"]);
  expect(kindsOf("AWS_SESSION_TOKEN", "abc.def.ghi")).toEqual(["a secret or token"]); // the scanner names it first
  expect(kindsOf("CONFIG", JSON.stringify({ db: { host: "db.internal", password } }))).toEqual(["a password"]);
  expect(kindsOf("CONFIG", JSON.stringify({ db: { host: "db.internal" } }))).toEqual([]);
});

test("an unknown value is recorded on the judge; the description never shows a value", () => {
  const judge = new CollectingJudge();
  expect(settingFindings([{ name: "DB_PASSWORD", value: UNKNOWN_SENTINELS.string, path: "environment.variables.DB_PASSWORD" }], judge)).toEqual([]);
  expect(judge.unknowns).toEqual(["environment.variables.DB_PASSWORD"]);
  const findings = settingFindings(Array.from({ length: 10 }, (_, i) => ({ name: `P${i}_PASSWORD`, value: password, path: `v.P${i}_PASSWORD`, label: `container "app" P${i}_PASSWORD` })), judge);
  expect(describeFindings(findings)).toMatch(/^v\.P0_PASSWORD \(a password\), .*, and 2 more$/);
  expect(describeFindings(findings, true)).toMatch(/^container "app" P0_PASSWORD/);
  expect(describeFindings(findings, true)).not.toContain(password);
});
