// nftables as the firewall utility (CIS 4.3.1): installed, and nothing more. No ruleset is loaded
// or enabled: a default-deny ruleset written without knowing the instance's ports could cut SSH,
// and the security groups (Rampart's policies) are the firewall that decides what reaches it.
import { NOTHING, RenderedPart } from "./part";
import { CisItems } from "./types";

export function nftablesPart(item: CisItems["nftables"]): RenderedPart {
  if (!item.enabled) return NOTHING;
  return { packages: ["nftables"], writeFiles: [], runcmd: [] };
}
