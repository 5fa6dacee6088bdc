// Network ACLs: no inbound entry set opens every port to the internet. Entries are evaluated
// in rule-number order and the first match decides, so a lower-numbered deny shields a later
// allow, including across NetworkAclRule resources of the same ACL. Judging one entry without
// the rest of its ACL would be wrong both ways, so the whole control is a stack policy.
import { StackControl, stackPolicy } from "../lib/control";
import { judgeBounded } from "./judgments/bounded";
import { INTERNET_CONFIG, InternetConfig, thresholdsOf } from "./judgments/config";
import { aclWideOpenFinder } from "./judgments/findings";
import { ACL_TYPES } from "../aws/network/rules-of";
import { T } from "../aws/types";
import { NACL_REFERENCES } from "./nacl-references";
import { networkAclSets } from "./stack/rule-sets";

export const naclAnyAnyIngressControl: StackControl<InternetConfig> = {
  name: "nacl-no-any-any-ingress",
  description:
    "No network ACL admits every port (all protocols, or every TCP or UDP port) from the internet, honouring entry order: a lower-numbered deny shields a later allow, across inline entries and NetworkAclRule resources of the same ACL. Judges only the entries the stack writes (NetworkAcl, DefaultNetworkAcl, NetworkAclRule); AWS's allow-all entries in a VPC's default ACL that nothing adopts are vpc-default-nacl-adopted's finding.",
  severity: "high",
  enforcementLevel: "mandatory",
  domain: "network",
  references: NACL_REFERENCES,
  remediationSteps:
    "Add deny entries for 0.0.0.0/0 and ::/0 below the allow entries (lower rule numbers), or replace the allow-all entry with entries for the ports the subnet serves; keep ephemeral return ports (1024-65535) narrow where possible.",
  config: { ...INTERNET_CONFIG },
  types: [...ACL_TYPES, T.networkAclRule],
  check(stack, config, judge) {
    const thresholds = thresholdsOf(config);
    for (const set of networkAclSets(stack)) {
      judgeBounded(set.rules, "ingress", aclWideOpenFinder(thresholds, { label: set.label, urn: set.owner?.urn }), judge);
    }
  },
};

export const naclNoAnyAnyIngress = stackPolicy(naclAnyAnyIngressControl);
