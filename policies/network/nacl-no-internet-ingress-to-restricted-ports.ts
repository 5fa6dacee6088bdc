// Network ACLs: no admin or data port reachable from the internet, honouring entry order
// across inline entries and NetworkAclRule resources (a stack policy for the reason given in
// nacl-no-any-any-ingress).
import { StackControl, stackPolicy } from "../lib/control";
import { T } from "../aws/types";
import { judgeBounded } from "./judgments/bounded";
import { DEFAULT_RESTRICTED_PORTS, INTERNET_CONFIG, PORTS_CONFIG, portListOf, thresholdsOf } from "./judgments/config";
import { aclRestrictedFinder } from "./judgments/findings";
import { ACL_TYPES } from "../aws/network/rules-of";
import type { RestrictedPortsConfig } from "./no-internet-ingress-to-restricted-ports";
import { NACL_REFERENCES } from "./nacl-references";
import { networkAclSets } from "./stack/rule-sets";

export const naclRestrictedPortsControl: StackControl<RestrictedPortsConfig> = {
  name: "nacl-no-internet-ingress-to-restricted-ports",
  description:
    "No network ACL admits an administration or database port (config `ports`, e.g. 22 and 3389) from the internet, honouring entry order: a lower-numbered deny shields a later allow, across inline entries and NetworkAclRule resources of the same ACL. Judges only the entries the stack writes (NetworkAcl, DefaultNetworkAcl, NetworkAclRule); AWS's allow-all entries in a VPC's default ACL that nothing adopts are vpc-default-nacl-adopted's finding.",
  severity: "high",
  enforcementLevel: "mandatory",
  domain: "network",
  references: NACL_REFERENCES,
  remediationSteps:
    "Add deny entries for the restricted ports from 0.0.0.0/0 and ::/0 with lower rule numbers than the allow entries, or narrow the allow entries' CIDRs and port ranges; administer hosts through SSM Session Manager.",
  config: {
    ports: PORTS_CONFIG("Ports that must never be reachable from the internet through a network ACL.", DEFAULT_RESTRICTED_PORTS),
    ...INTERNET_CONFIG,
  },
  types: [...ACL_TYPES, T.networkAclRule],
  check(stack, config, judge) {
    const ports = portListOf(config.ports, DEFAULT_RESTRICTED_PORTS);
    const thresholds = thresholdsOf(config);
    for (const set of networkAclSets(stack)) {
      judgeBounded(set.rules, "ingress", aclRestrictedFinder(ports, thresholds, { label: set.label, urn: set.owner?.urn }), judge);
    }
  },
};

export const naclNoInternetIngressToRestrictedPorts = stackPolicy(naclRestrictedPortsControl);
