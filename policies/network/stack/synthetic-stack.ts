// A deterministic synthetic stack of firewall resources for the bench (and for tests that the
// stack analysis handles large stacks): repeated units of a VPC with its default group and
// ACL adopted, security groups with inline rules and attached rule resources (linked through
// propertyDependencies as the engine links them), and network ACL entries.
import type { StackResource } from "../../lib/resource-view";
import { T } from "../../aws/types";

const urnOf = (type: string, name: string): string => `urn:pulumi:bench::rampart::${type}::${name}`;

function resource(type: string, name: string, props: Record<string, unknown>, propertyDependencies: Record<string, string[]> = {}): StackResource {
  const dependencies = [...new Set(Object.values(propertyDependencies).flat())];
  return { type, name, urn: urnOf(type, name), props, dependencies, propertyDependencies };
}

/** About `count` resources (whole units of 12); every tenth unit carries stack findings (a split-port any/any, SSH through an ACL). */
export function syntheticNetworkStack(count: number): StackResource[] {
  const out: StackResource[] = [];
  for (let u = 0; out.length < count; u++) {
    const bad = u % 10 === 0;
    const vpc = resource(T.vpc, `vpc-${u}`, { id: `vpc-${u}`, cidrBlock: `10.${u % 256}.0.0/16`, defaultSecurityGroupId: `sg-default-${u}`, defaultNetworkAclId: `acl-default-${u}` });
    const dsg = resource(T.defaultSecurityGroup, `default-sg-${u}`, { id: `sg-default-${u}`, vpcId: vpc.props.id, ingress: [], egress: [] }, { vpcId: [vpc.urn] });
    const web = resource(T.securityGroup, `web-${u}`, { id: `sg-web-${u}`, vpcId: vpc.props.id, ingress: [], egress: [] }, { vpcId: [vpc.urn] });
    const app = resource(T.securityGroup, `app-${u}`, { id: `sg-app-${u}`, vpcId: vpc.props.id }, { vpcId: [vpc.urn] });
    const https = resource(T.securityGroupIngressRule, `web-https-${u}`, { securityGroupId: web.props.id, ipProtocol: "tcp", fromPort: 443, toPort: 443, cidrIpv4: "0.0.0.0/0", description: "HTTPS" }, { securityGroupId: [web.urn] });
    const fromWeb = resource(T.securityGroupIngressRule, `app-from-web-${u}`, { securityGroupId: app.props.id, ipProtocol: "tcp", fromPort: 8080, toPort: 8080, referencedSecurityGroupId: web.props.id, description: "from web" }, { securityGroupId: [app.urn], referencedSecurityGroupId: [web.urn] });
    // A split-port pair: together any/any in the bad units, harmless high ports otherwise.
    const low = resource(T.securityGroupRule, `app-low-${u}`, { type: "ingress", securityGroupId: app.props.id, protocol: "tcp", fromPort: bad ? 0 : 40000, toPort: 32767 + (bad ? 0 : 10000), cidrBlocks: ["0.0.0.0/0"], description: "low" }, { securityGroupId: [app.urn] });
    const high = resource(T.securityGroupRule, `app-high-${u}`, { type: "ingress", securityGroupId: app.props.id, protocol: "tcp", fromPort: bad ? 32768 : 50000, toPort: bad ? 65535 : 50010, cidrBlocks: ["0.0.0.0/0"], description: "high" }, { securityGroupId: [app.urn] });
    const egress = resource(T.securityGroupEgressRule, `app-egress-${u}`, { securityGroupId: app.props.id, ipProtocol: "tcp", fromPort: 443, toPort: 443, cidrIpv4: "0.0.0.0/0", description: "HTTPS out" }, { securityGroupId: [app.urn] });
    // The VPC's default ACL, adopted (an unadopted one keeps AWS's allow-all entries: vpc-default-nacl-adopted).
    const acl = resource(T.defaultNetworkAcl, `acl-${u}`, { id: vpc.props.defaultNetworkAclId, defaultNetworkAclId: vpc.props.defaultNetworkAclId, ingress: [], egress: [] }, { defaultNetworkAclId: [vpc.urn] });
    const denySsh = resource(T.networkAclRule, `acl-deny-ssh-${u}`, { networkAclId: acl.props.id, ruleNumber: bad ? 300 : 50, egress: false, ruleAction: "deny", protocol: "tcp", fromPort: 22, toPort: 22, cidrBlock: "0.0.0.0/0" }, { networkAclId: [acl.urn] });
    const allowAdmin = resource(T.networkAclRule, `acl-admin-${u}`, { networkAclId: acl.props.id, ruleNumber: 200, egress: false, ruleAction: "allow", protocol: "tcp", fromPort: bad ? 0 : 443, toPort: bad ? 1023 : 443, cidrBlock: "0.0.0.0/0" }, { networkAclId: [acl.urn] });
    out.push(vpc, dsg, web, app, https, fromWeb, low, high, egress, acl, denySsh, allowAdmin);
  }
  return out;
}
