// The protocol floor: a pack with one no-op policy. Benchmarks report Rampart's pack as a
// ratio of this, driven through the same protocol in the same run.
import { PolicyPack } from "@pulumi/policy";

new PolicyPack("protocol-floor", {
  policies: [
    {
      name: "no-op",
      description: "Judges nothing; measures the cost of the protocol itself.",
      enforcementLevel: "advisory",
      validateResource: () => undefined,
    },
  ],
});
