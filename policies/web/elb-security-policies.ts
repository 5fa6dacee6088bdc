// AWS's table of predefined ELB security policies (data/elb-security-policies.json), read once:
// which policies accept nothing older than a given TLS version.
import table from "./data/elb-security-policies.json";

export type TlsVersion = "TLSv1" | "TLSv1.1" | "TLSv1.2" | "TLSv1.3";

export interface ElbSecurityPolicy {
  readonly name: string;
  /** The oldest protocol the policy accepts. */
  readonly minProtocol: TlsVersion;
}

const ORDER: readonly TlsVersion[] = ["TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3"];

/** Where the table comes from and when it was read. */
export const ELB_SECURITY_POLICY_SOURCE: { readonly source: string; readonly retrieved: string } = { source: table.source, retrieved: table.retrieved };

export const ELB_SECURITY_POLICIES: readonly ElbSecurityPolicy[] = table.policies.filter((p): p is ElbSecurityPolicy => ORDER.includes(p.minProtocol as TlsVersion));

/** The predefined policies that accept no protocol older than `floor`, in table order. */
export function elbPoliciesFrom(floor: TlsVersion): string[] {
  const min = ORDER.indexOf(floor);
  return ELB_SECURITY_POLICIES.filter((p) => ORDER.indexOf(p.minProtocol) >= min).map((p) => p.name);
}
