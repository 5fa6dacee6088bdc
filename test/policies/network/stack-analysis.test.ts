// The bench's entry point runs every network stack control over a synthetic stack; here it is
// checked for what it finds (timings belong to bench/, not to tests).
import { analyseNetworkStack } from "../../../policies/network/stack/analyse";
import { syntheticNetworkStack } from "../../../policies/network/stack/synthetic-stack";

describe("analyseNetworkStack on a synthetic stack", () => {
  test.each([1200, 2400])("%i resources: one split-port union and one ACL exposure per tenth unit", (size) => {
    const resources = syntheticNetworkStack(size);
    expect(resources).toHaveLength(size);
    const { findings, unknowns } = analyseNetworkStack(resources);
    const units = size / 12;
    const badUnits = Math.ceil(units / 10);
    const byPolicy = (name: string) => findings.filter((f) => f.policy === name);
    expect(byPolicy("no-any-any-ingress-across-rules")).toHaveLength(badUnits);
    expect(byPolicy("nacl-no-internet-ingress-to-restricted-ports")).toHaveLength(badUnits);
    expect(findings).toHaveLength(2 * badUnits);
    expect(unknowns).toEqual([]);
    expect(byPolicy("no-any-any-ingress-across-rules")[0]).toMatchObject({ urn: expect.stringContaining("SecurityGroup::app-0") });
  });
});
