import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";
import { T } from "../aws/types";

const tcp = (ruleNo: number, action: string, fromPort: number, toPort: number, cidrBlock: unknown = "0.0.0.0/0") => ({ ruleNo, action, protocol: "tcp", fromPort, toPort, cidrBlock });
/** A network ACL with inline entries; its id output lets NetworkAclRule resources name it. */
const acl = (name: string, ingress: Record<string, unknown>[]) => {
  const props = { vpcId: "vpc-0a1b2c3d", ingress, egress: [] };
  return { type: T.networkAcl, name, props, outputs: { id: `acl-0${name}`, ...props } };
};
// The VPC reports its default ACL's id; rules aimed at that id while nothing adopts the ACL are judged on their own.
const vpc = { type: T.vpc, name: "main", props: { cidrBlock: "10.0.0.0/16" }, outputs: { id: "vpc-0a1b2c3d", cidrBlock: "10.0.0.0/16", defaultNetworkAclId: "acl-0default" } };
const onDefaultAcl = (name: string, ruleNumber: number, ruleAction: string, port: number) => ({
  type: T.networkAclRule,
  name,
  props: { networkAclId: "acl-0default", ruleNumber, egress: false, ruleAction, protocol: "tcp", fromPort: port, toPort: port, cidrBlock: "0.0.0.0/0" },
});

export const examples = policyExamples({
  policy: "nacl-no-internet-ingress-to-restricted-ports",
  good: [
    {
      title: "an ACL admitting HTTPS from the internet and SSH from the office only",
      resources: [acl("public", [tcp(100, "allow", 443, 443), tcp(110, "allow", 22, 22, "203.0.113.0/24")])],
    },
    {
      title: "a deny for SSH numbered below the allow that spans it",
      resources: [acl("public", [tcp(50, "deny", 22, 22), tcp(100, "allow", 22, 22)])],
    },
    {
      title: "the ephemeral return range 1024-1432 holds no listed port",
      resources: [acl("public", [tcp(100, "allow", 1024, 1432)])],
    },
    {
      title: "a deny aimed at a VPC's unadopted default ACL is judged alone, not with AWS's allow-all entries",
      resources: [vpc, onDefaultAcl("deny-ssh", 50, "deny", 22)],
    },
  ],
  bad: [
    {
      title: "SSH admitted from 0.0.0.0/0",
      resources: [acl("public", [tcp(100, "allow", 22, 22)])],
      violations: ["public"],
      message: /^Network ACL "public": rule 100 \(ingress\[0\]\) \(tcp port 22 from 0\.0\.0\.0\/0\) exposes restricted ports \(tcp 22\) to any IPv4 address \(0\.0\.0\.0\/0\), and no lower-numbered deny entry stops it/,
    },
    {
      title: "a range 0-1023 whose SSH deny is numbered after it",
      resources: [acl("public", [tcp(100, "allow", 0, 1023), tcp(200, "deny", 22, 22)])],
      violations: ["public"],
      message: /exposes restricted ports \(tcp 20, 21, 22, 23, 25, 110, 135, 143, 445\)/,
    },
    {
      title: "RDP admitted from ::/0 through a NetworkAclRule",
      resources: [
        acl("public", []),
        { type: T.networkAclRule, name: "rdp", props: { networkAclId: "acl-0public", ruleNumber: 100, egress: false, ruleAction: "allow", protocol: "6", fromPort: 3389, toPort: 3389, ipv6CidrBlock: "::/0" } },
      ],
      violations: ["public"],
      message: /tcp 3389/,
    },
    {
      title: "an SSH allow aimed at a VPC's unadopted default ACL is reported on the rule resource",
      resources: [vpc, onDefaultAcl("ssh", 120, "allow", 22)],
      violations: ["ssh"],
      message: /^The default network ACL of VPC "main": Network ACL rule "ssh"/,
    },
    {
      title: "a port added to the configured list (8443)",
      resources: [acl("public", [tcp(100, "allow", 8443, 8443)])],
      config: { ports: [22, 3389, 8443] },
      violations: ["public"],
      message: /tcp 8443/,
    },
  ],
  unknown: [
    {
      title: "the CIDR of the shielding SSH deny is computed during preview",
      resources: [acl("public", [tcp(50, "deny", 22, 22, UNKNOWN_SENTINELS.string), tcp(100, "allow", 22, 22)])],
    },
  ],
});
