// The rampart-aws policy pack. This module only starts the pack; the Pulumi engine (or
// `rampart check`) runs it as a program and talks to it over the Analyzer protocol.
import { PACK_NAME, policies } from "./all";
import { createPolicyPack } from "./lib/create-pack";

createPolicyPack(PACK_NAME, {
  description: "Rampart: server-hardening baselines and firewall guardrails for AWS.",
  policies,
});
