// The data domain's policies carry the metadata the pack, the docs and the baselines rely on.
import { dataPolicies } from "../../../policies/data";
import { expectWellFormedMetadata } from "../web/metadata-checks";

describe("data policy metadata", () => {
  it("lists exactly the data controls of issue 4, in order", () => {
    expect(dataPolicies.map((p) => p.name)).toEqual(["s3-public-access-blocked", "s3-encryption", "rds-not-public", "rds-storage-encrypted"]);
  });

  it.each(dataPolicies.map((p) => ({ name: p.name, policy: p })))("$name is well formed", ({ policy }) => {
    expectWellFormedMetadata(policy, "data");
  });

  it("makes the security-critical controls mandatory and explicit encryption advisory", () => {
    const levels = Object.fromEntries(dataPolicies.map((p) => [p.name, p.enforcementLevel]));
    expect(levels).toEqual({ "s3-public-access-blocked": "mandatory", "s3-encryption": "advisory", "rds-not-public": "mandatory", "rds-storage-encrypted": "mandatory" });
  });

  // Other keys (exceptions) are added centrally by policies/lib.
  it("documents its own defaults", () => {
    const defaults = Object.fromEntries(dataPolicies.map((p) => [p.name, p.rampart.defaults]));
    expect(defaults["s3-encryption"]).toMatchObject({ requireExplicit: true, allowedAlgorithms: ["AES256", "aws:kms", "aws:kms:dsse"] });
    expect(defaults["s3-public-access-blocked"]).toMatchObject({ acceptAccountBlock: true });
    expect(defaults["rds-storage-encrypted"]).toMatchObject({ requireKmsKey: false });
  });
});
