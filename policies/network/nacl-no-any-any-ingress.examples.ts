import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";
import { T } from "../aws/types";

const allowAll = (ruleNo: number, peer: Record<string, string> = { cidrBlock: "0.0.0.0/0" }) => ({ ruleNo, action: "allow", protocol: "-1", fromPort: 0, toPort: 0, ...peer });
const denyAll = (ruleNo: number, peer: Record<string, string> = { cidrBlock: "0.0.0.0/0" }) => ({ ...allowAll(ruleNo, peer), action: "deny" });
/** A network ACL with inline entries; its id output lets NetworkAclRule resources name it. */
const acl = (name: string, ingress: Record<string, unknown>[]) => {
  const props = { vpcId: "vpc-0a1b2c3d", ingress, egress: [allowAll(100)] };
  return { type: T.networkAcl, name, props, outputs: { id: `acl-0${name}`, ...props } };
};
const aclRule = (name: string, props: Record<string, unknown>) => ({ type: T.networkAclRule, name, props: { networkAclId: "acl-0public", egress: false, ...props } });

export const examples = policyExamples({
  policy: "nacl-no-any-any-ingress",
  good: [
    {
      title: "an ACL admitting HTTPS and the ephemeral return ports only",
      resources: [
        acl("public", [
          { ruleNo: 100, action: "allow", protocol: "tcp", fromPort: 443, toPort: 443, cidrBlock: "0.0.0.0/0" },
          { ruleNo: 110, action: "allow", protocol: "tcp", fromPort: 1024, toPort: 65535, cidrBlock: "0.0.0.0/0" },
        ]),
      ],
    },
    {
      title: "an allow-all entry shielded by lower-numbered denies for 0.0.0.0/0 and ::/0",
      resources: [acl("quarantine", [denyAll(1), denyAll(2, { ipv6CidrBlock: "::/0" }), allowAll(100), allowAll(101, { ipv6CidrBlock: "::/0" })])],
    },
    {
      title: "a NetworkAclRule deny numbered below the inline allow shields it",
      resources: [acl("public", [allowAll(100)]), aclRule("deny-all", { ruleNumber: 50, ruleAction: "deny", protocol: "-1", cidrBlock: "0.0.0.0/0" })],
    },
    {
      title: "all traffic admitted from the VPC's own range only",
      resources: [acl("private", [allowAll(100, { cidrBlock: "10.0.0.0/16" })])],
    },
    {
      title: "a VPC whose default ACL nothing adopts is vpc-default-nacl-adopted's finding, not this one's",
      resources: [
        { type: T.vpc, name: "main", props: { cidrBlock: "10.0.0.0/16" }, outputs: { id: "vpc-0a1b2c3d", cidrBlock: "10.0.0.0/16", defaultNetworkAclId: "acl-0default" } },
        acl("public", [{ ruleNo: 100, action: "allow", protocol: "tcp", fromPort: 443, toPort: 443, cidrBlock: "0.0.0.0/0" }]),
      ],
    },
  ],
  bad: [
    {
      title: "an inline entry admitting all traffic from 0.0.0.0/0",
      resources: [acl("public", [allowAll(100)])],
      violations: ["public"],
      message: /^Network ACL "public": rule 100 \(ingress\[0\]\) \(all protocols on all ports from 0\.0\.0\.0\/0\) allows every tcp and udp port from any IPv4 address \(0\.0\.0\.0\/0\), and no lower-numbered deny entry stops it/,
    },
    {
      title: "a deny numbered after the allow never matches",
      resources: [acl("public", [allowAll(100), denyAll(200)])],
      violations: ["public"],
    },
    {
      title: "two NetworkAclRules splitting the TCP ports from the internet between them",
      resources: [
        acl("public", []),
        aclRule("low", { ruleNumber: 100, ruleAction: "allow", protocol: "tcp", fromPort: 0, toPort: 32767, cidrBlock: "0.0.0.0/0" }),
        aclRule("high", { ruleNumber: 110, ruleAction: "allow", protocol: "tcp", fromPort: 32768, toPort: 65535, cidrBlock: "0.0.0.0/0" }),
      ],
      violations: ["public"],
      message: /allow every tcp port from any IPv4 address/,
    },
    {
      title: "an adopted default ACL given an allow-all entry for ::/0",
      resources: [{ type: T.defaultNetworkAcl, name: "default", props: { defaultNetworkAclId: "acl-0default", ingress: [allowAll(101, { ipv6CidrBlock: "::/0" })], egress: [] } }],
      violations: ["default"],
      message: /^Default network ACL "default": .*any IPv6 address \(::\/0\)/,
    },
    {
      title: "a deny for IPv4 only leaves the IPv6 allow open",
      resources: [acl("public", [denyAll(10), allowAll(100, { ipv6CidrBlock: "::/0" })])],
      violations: ["public"],
      message: /::\/0/,
    },
  ],
  unknown: [
    {
      title: "the shielding deny's rule number is computed during preview",
      resources: [acl("public", [allowAll(100)]), aclRule("deny-all", { ruleNumber: UNKNOWN_SENTINELS.number, ruleAction: "deny", protocol: "-1", cidrBlock: "0.0.0.0/0" })],
    },
    {
      title: "a lower-numbered deny whose ACL id is computed during preview, with no dependency naming it, may be this ACL's",
      resources: [acl("public", [allowAll(100)]), aclRule("deny-all", { networkAclId: UNKNOWN_SENTINELS.string, ruleNumber: 50, ruleAction: "deny", protocol: "-1", cidrBlock: "0.0.0.0/0" })],
    },
  ],
});
