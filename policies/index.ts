// The rampart-aws policy pack. This module only builds the pack; the Pulumi engine (or
// `rampart check`) runs it as a program and talks to it over the Analyzer protocol.
import { PolicyPack } from "@pulumi/policy";
import { PACK_NAME, policies } from "./all";

new PolicyPack(PACK_NAME, {
  description: "Rampart: server-hardening baselines and firewall guardrails for AWS.",
  policies,
});
