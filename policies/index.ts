// The rampart-aws policy pack. This module only builds the pack; the Pulumi engine (or
// `rampart check`) runs it as a program and talks to it over the Analyzer protocol.
import { PolicyPack } from "@pulumi/policy";
import { PACK_NAME, policies } from "./all";
import { trackSecrets } from "./lib/secret-tracking";

// Before the pack serves: findings must be able to tell which values arrived as secrets. (Building
// the policies already did this; calling it here makes the pack fail at start, not later, if the
// SDK changed.)
trackSecrets();

new PolicyPack(PACK_NAME, {
  description: "Rampart: server-hardening baselines and firewall guardrails for AWS.",
  policies,
});
