// Which values count as secret and how a message is redacted of them (policies/lib/secret-values).
import fc from "fast-check";
import { REDACTED, redactSecrets, secretValuesIn } from "../../policies/lib/secret-values";
import { secret } from "../helpers/policy-harness";

describe("secretValuesIn", () => {
  test("finds the values inside secret wrappers only, at any depth, as text", () => {
    const raw = {
      name: "plain-name",
      port: secret(22),
      enabled: secret(true),
      ingress: [{ fromPort: 443, cidrBlocks: [secret("203.0.113.0/24"), "10.0.0.0/8"] }],
      tags: secret({ Owner: "team-a", Cost: 7 }),
    };
    const found = secretValuesIn(raw);
    expect(found).toEqual(expect.arrayContaining(["22", "true", "203.0.113.0/24", "team-a", "7"]));
    expect(found).not.toContain("plain-name");
    expect(found).not.toContain("10.0.0.0/8");
    expect(found).not.toContain("443");
    // Map keys are names, not values.
    expect(found).not.toContain("Owner");
  });

  test("a secret inside a secret, and a secret holding a list, count too; distinct forms only", () => {
    const found = secretValuesIn([secret([secret("a1"), "a1", "b2"]), secret("b2")]);
    expect(found.sort()).toEqual(["a1", "b2"]);
  });

  test("ignores empty strings, and adds the trimmed form of padded text", () => {
    expect(secretValuesIn(secret(""))).toEqual([]);
    expect(secretValuesIn(secret("   "))).toEqual([]);
    expect(secretValuesIn(secret("  padded  "))).toEqual(expect.arrayContaining(["  padded  ", "padded"]));
  });

  test("a JSON document (an IAM policy) contributes every string and number leaf", () => {
    const doc = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: ["s3:GetObject"], Resource: "arn:aws:s3:::bucket-x/*", Condition: { NumericLessThan: { "aws:MultiFactorAuthAge": 3600 } } }] });
    const found = secretValuesIn({ policy: secret(doc) });
    expect(found).toEqual(expect.arrayContaining([doc, "2012-10-17", "Allow", "s3:GetObject", "arn:aws:s3:::bucket-x/*", "3600"]));
    expect(found).not.toContain("Statement");
    // Text that only looks like JSON is just text.
    expect(secretValuesIn(secret("{not json"))).toEqual(["{not json"]);
  });

  test("IPv4 CIDRs and addresses add the forms policies print: host bits masked, bare addresses as /32", () => {
    expect(secretValuesIn(secret("10.0.0.1/8"))).toEqual(expect.arrayContaining(["10.0.0.1/8", "10.0.0.0/8"]));
    // AWS reads 010 as ten; a prefix with a leading zero prints without it.
    expect(secretValuesIn(secret("010.001.0.0/08"))).toEqual(expect.arrayContaining(["10.1.0.0/8", "10.0.0.0/8"]));
    expect(secretValuesIn(secret("198.51.100.7"))).toEqual(expect.arrayContaining(["198.51.100.7", "198.51.100.7/32"]));
    expect(secretValuesIn(secret(" 0.0.0.0/0 "))).toEqual(expect.arrayContaining(["0.0.0.0/0"]));
  });

  test("IPv6 adds the compact (RFC 5952), expanded and zero-padded forms, and the masked block", () => {
    const found = secretValuesIn(secret("2001:DB8:0:0:0:0:0:1/32"));
    expect(found).toEqual(expect.arrayContaining(["2001:db8::1", "2001:db8:0:0:0:0:0:1", "2001:0db8:0000:0000:0000:0000:0000:0001", "2001:db8::1/32", "2001:db8::/32", "2001:db8:0:0:0:0:0:0/32"]));
    expect(secretValuesIn(secret("0:0:0:0:0:0:0:0/0"))).toEqual(expect.arrayContaining(["::/0"]));
    expect(secretValuesIn(secret("::ffff:192.0.2.1"))).toEqual(expect.arrayContaining(["::ffff:c000:201", "192.0.2.1", "::ffff:c000:201/128"]));
  });

  test("text that is not an address adds no address forms", () => {
    expect(secretValuesIn(secret("999.0.0.1/8"))).toEqual(["999.0.0.1/8"]);
    expect(secretValuesIn(secret("10.0.0.0/33"))).toEqual(expect.not.arrayContaining(["10.0.0.0/33/32"]));
    expect(secretValuesIn(secret("22"))).toEqual(["22"]);
  });

  test("never throws, and stops at a bounded depth", () => {
    let deep: unknown = secret("deepest");
    for (let i = 0; i < 10_000; i++) deep = { a: [deep] };
    expect(secretValuesIn(deep)).toEqual([]);
    const hostile = { get boom(): unknown { throw new Error("getter"); } };
    expect(() => secretValuesIn(secret(hostile))).not.toThrow();
    expect(secretValuesIn(undefined)).toEqual([]);
    expect(secretValuesIn(secret(null))).toEqual([]);
    fc.assert(
      fc.property(fc.jsonValue(), fc.anything(), (json, anything) => {
        const found = [...secretValuesIn(secret(json)), ...secretValuesIn(anything), ...secretValuesIn(secret(anything))];
        return found.every((s) => typeof s === "string" && s !== "");
      }),
      { numRuns: 500 },
    );
  });
});

describe("redactSecrets", () => {
  test("replaces a secret only where it is not part of a longer word or number", () => {
    const secrets = ["22"];
    expect(redactSecrets("port 22", secrets)).toBe(`port ${REDACTED}`);
    expect(redactSecrets("ports 22-22 open", secrets)).toBe(`ports ${REDACTED}-${REDACTED} open`);
    expect(redactSecrets("22", secrets)).toBe(REDACTED);
    expect(redactSecrets("since 2022, port 220 and a22 or 22b", secrets)).toBe("since 2022, port 220 and a22 or 22b");
    expect(redactSecrets("(22)", secrets)).toBe(`(${REDACTED})`);
  });

  test("is case-insensitive", () => {
    expect(redactSecrets("uses ELBSECURITYPOLICY-TLS-1-0", ["ELBSecurityPolicy-TLS-1-0"])).toBe(`uses ${REDACTED}`);
    expect(redactSecrets("from 2001:DB8::/32", ["2001:db8::/32"])).toBe(`from ${REDACTED}`);
  });

  test("the longest secret wins where several start at the same place", () => {
    expect(redactSecrets("from 10.0.0.0/8 now", ["10", "10.0.0.0/8", "0"])).toBe(`from ${REDACTED} now`);
    // A longer secret that does not end at a boundary gives way to a shorter one that does.
    expect(redactSecrets("22-220", ["22-22", "22"])).toBe(`${REDACTED}-220`);
  });

  test("regular-expression characters in a secret are plain text", () => {
    expect(redactSecrets("Action * on arn:aws:s3:::b/* and (a|b)", ["*", "arn:aws:s3:::b/*", "(a|b)"])).toBe(`Action ${REDACTED} on ${REDACTED} and ${REDACTED}`);
    expect(redactSecrets("x.y is not xzy", ["x.y"])).toBe(`${REDACTED} is not xzy`);
  });

  test("never throws, whatever the message and the secrets (lone surrogates included)", () => {
    expect(redactSecrets("x \ud800 y Σ", ["\ud800", "σ"])).toBe(`x ${REDACTED} y ${REDACTED}`);
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.array(fc.string({ unit: "binary" })), (message, secrets) => typeof redactSecrets(message, secrets) === "string"),
      { numRuns: 500 },
    );
  });

  test("leaves a message alone when there are no secrets, or none of them occurs", () => {
    const message = "Security group \"web\" ingress[0] allows tcp port 443";
    expect(redactSecrets(message, [])).toBe(message);
    expect(redactSecrets(message, ["", "absent"])).toBe(message);
  });

  test("never leaves a secret standing where it stood alone, for arbitrary secrets and separators", () => {
    // Secrets that begin and end with a letter or digit, so "[secret]" reads as a separator.
    const token = fc.stringMatching(/^[A-Za-z0-9]([A-Za-z0-9./:*-]{0,6}[A-Za-z0-9])?$/);
    fc.assert(
      fc.property(fc.array(token, { minLength: 1, maxLength: 5 }), fc.array(fc.constantFrom(" ", ", ", " (", ") "), { minLength: 1 }), (secrets, seps) => {
        const message = secrets.map((s, i) => `${seps[i % seps.length]}${s}`).join("") + " ";
        const out = redactSecrets(message, secrets);
        return secrets.every((s) => !new RegExp(`(?<![A-Za-z0-9])${s.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&")}(?![A-Za-z0-9])`, "i").test(out.split(REDACTED).join(" ")));
      }),
      { numRuns: 300 },
    );
  });
});

describe("an exception tag held as a secret", () => {
  // The tag is printed by its parts: the reason when it suppresses, the expiry when it is malformed.
  test("its reason and its expiry count as secret forms", () => {
    const found = secretValuesIn({ tags: secret({ "rampart:exception:rds-not-public": "Zq7Canary reason; expires=2031-02-03" }) });
    expect(found).toEqual(expect.arrayContaining(["Zq7Canary reason", "expires=2031-02-03", "2031-02-03"]));
  });

  test("no policy message repeats either part", async () => {
    const { rdsNotPublic } = await import("../../policies/data/rds-not-public");
    const { runResourcePolicy } = await import("../helpers/policy-harness");
    const key = "rampart:exception:rds-not-public";
    const db = { engine: "postgres", instanceClass: "db.t4g.micro", publiclyAccessible: true };
    const soon = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    for (const value of [`Zq7Canary reason; expires=${soon}`, "a reason; expires=Zq7Canary"]) {
      const out = await runResourcePolicy(rdsNotPublic, { type: "aws:rds/instance:Instance", props: { ...db, tags: { [key]: secret(value) } } });
      expect(out.violations.length).toBeGreaterThan(0);
      const printed = [...out.violations.map((v) => v.message), out.notApplicable ?? ""].join("\n");
      expect(printed).not.toContain("Zq7Canary");
      expect(printed).toContain(REDACTED);
    }
  });
});
