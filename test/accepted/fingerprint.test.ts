// The fingerprint is stored in users' accepted-findings files: it must stay the same for an
// unchanged finding, across runs and across Rampart releases, and differ for a different one.
import fc from "fast-check";
import { formatExpired } from "../../policies/lib/exception-marker";
import { fingerprintOf, normaliseMessage, summaryOf } from "../../cli/accepted/fingerprint";

const SSH = 'Security group "web" ingress[0] allows tcp port 22 from 0.0.0.0/0 (any IPv4 address), exposing restricted port 22 to the internet. Restrict the source.';

describe("fingerprintOf", () => {
  it("is pinned: a change here invalidates every accepted-findings file already written", () => {
    expect(fingerprintOf(SSH)).toBe("50a582f8b5448328");
    expect(fingerprintOf("")).toBe("e3b0c44298fc1c14");
  });

  it("is 16 lowercase hex digits", () => {
    fc.assert(fc.property(fc.string(), (m) => /^[0-9a-f]{16}$/.test(fingerprintOf(m))));
  });

  it("ignores where the rule sits in its list, white space, and an expired exception's marker", () => {
    expect(fingerprintOf(SSH.replace("ingress[0]", "ingress[3]"))).toBe(fingerprintOf(SSH));
    expect(fingerprintOf(`  ${SSH.replace(/ /g, "\n  ")}\n`)).toBe(fingerprintOf(SSH));
    const marked = formatExpired({ reason: "old waiver", expires: "2026-01-31", source: { kind: "config", index: 0 } }, SSH);
    expect(marked).not.toBe(SSH);
    expect(fingerprintOf(marked)).toBe(fingerprintOf(SSH));
  });

  it("differs for a different finding: another port, another resource, another source", () => {
    const others = [SSH.replace(/22/g, "3389"), SSH.replace('"web"', '"api"'), SSH.replace("0.0.0.0/0 (any IPv4 address)", "::/0 (any IPv6 address)")];
    for (const other of others) expect(fingerprintOf(other)).not.toBe(fingerprintOf(SSH));
  });

  it("normalising is idempotent, so a normalised message has the fingerprint of its original", () => {
    fc.assert(
      fc.property(fc.string(), (m) => {
        expect(normaliseMessage(normaliseMessage(m))).toBe(normaliseMessage(m));
        expect(fingerprintOf(normaliseMessage(m))).toBe(fingerprintOf(m));
      }),
    );
  });
});

describe("summaryOf", () => {
  it("keeps the first sentence, not the fix that follows", () => {
    expect(summaryOf(SSH)).toBe('Security group "web" ingress[0] allows tcp port 22 from 0.0.0.0/0 (any IPv4 address), exposing restricted port 22 to the internet.');
  });

  it('does not stop at "e.g." and caps a long sentence at 200 characters', () => {
    expect(summaryOf('Tag it (e.g. "Patch Group") and target the tag. Then more.')).toBe('Tag it (e.g. "Patch Group") and target the tag.');
    const long = summaryOf(`${"x".repeat(300)}.`);
    expect(long).toHaveLength(200);
    expect(long.endsWith("…")).toBe(true);
  });

  it("reads beneath an expired exception's marker and keeps a redacted value redacted", () => {
    const marked = formatExpired({ reason: "r", expires: "2026-01-31", source: { kind: "config", index: 0 } }, "User data holds [secret]. Remove it.");
    expect(summaryOf(marked)).toBe("User data holds [secret].");
  });
});
