// ACME's pack: Rampart's CIS AWS Foundations controls and ACME's change-ticket rule.
import { createPolicyPack, selectPolicies } from "rampart/policies";
import { internetRulesCarryChangeTicket } from "./change-ticket";

createPolicyPack("acme-change-ticket", {
  description: "ACME: CIS AWS Foundations (from Rampart) and change tickets on internet exposure.",
  policies: [...selectPolicies({ frameworks: ["cis-aws"] }), internetRulesCarryChangeTicket],
});
