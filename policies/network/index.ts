// The network controls of the rampart-aws pack, in documentation order. Where a control needs
// the stack only for unions across rule resources, its resource policy (which blocks before
// creation) is followed by a stack policy of the same name plus "-across-rules".
import type { RampartPolicy } from "../lib/control";
import { defaultSecurityGroupRestrictsAll } from "./default-security-group-restricts-all";
import { internetIngressAllowlist } from "./internet-ingress-allowlist";
import { naclNoAnyAnyIngress } from "./nacl-no-any-any-ingress";
import { naclNoInternetIngressToRestrictedPorts } from "./nacl-no-internet-ingress-to-restricted-ports";
import { noAnyAnyEgress } from "./no-any-any-egress";
import { noAnyAnyEgressAcrossRules } from "./no-any-any-egress-across-rules";
import { noAnyAnyIngress } from "./no-any-any-ingress";
import { noAnyAnyIngressAcrossRules } from "./no-any-any-ingress-across-rules";
import { noInternetIngressToRestrictedPorts } from "./no-internet-ingress-to-restricted-ports";
import { noInternetIngressToRestrictedPortsAcrossRules } from "./no-internet-ingress-to-restricted-ports-across-rules";
import { noMixedInlineAndStandaloneRules } from "./no-mixed-inline-and-standalone-rules";
import { securityGroupRuleDescriptions } from "./security-group-rule-descriptions";
import { vpcDefaultNaclAdopted } from "./vpc-default-nacl-adopted";

export const networkPolicies: RampartPolicy[] = [
  noAnyAnyIngress,
  noAnyAnyIngressAcrossRules,
  noInternetIngressToRestrictedPorts,
  noInternetIngressToRestrictedPortsAcrossRules,
  internetIngressAllowlist,
  noAnyAnyEgress,
  noAnyAnyEgressAcrossRules,
  naclNoAnyAnyIngress,
  naclNoInternetIngressToRestrictedPorts,
  vpcDefaultNaclAdopted,
  defaultSecurityGroupRestrictsAll,
  securityGroupRuleDescriptions,
  noMixedInlineAndStandaloneRules,
];
