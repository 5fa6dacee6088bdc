// The Kubernetes API of an EKS cluster is not open to the whole internet. A new cluster's
// endpoint is public (endpointPublicAccess defaults to true) and, without publicAccessCidrs,
// accepts connections from 0.0.0.0/0 (EKS User Guide, "Cluster API server endpoint"): the API
// server then answers anyone, and only authentication stands between the internet and the cluster.
// A public endpoint restricted to known CIDR blocks, or a private-only endpoint, passes.
import { resourcePolicy } from "../lib/control";
import { UNKNOWN } from "../lib/unknown";
import { at, readBool, readList, readString } from "../lib/values";
import { isAnyAddress, parseCidr } from "../aws/network/cidr";
import { COMPUTE_T, EKS_CLUSTER_PROPS as P } from "./types";

const PUBLIC = `${P.vpcConfig}.endpointPublicAccess`;
const CIDRS = `${P.vpcConfig}.publicAccessCidrs`;

export const eksEndpointNotPublic = resourcePolicy<Record<string, never>>({
  name: "eks-endpoint-not-public",
  description:
    "EKS clusters do not expose their Kubernetes API endpoint to the whole internet: endpointPublicAccess is false, or publicAccessCidrs lists only specific blocks (AWS's defaults are a public endpoint open to 0.0.0.0/0).",
  severity: "high",
  enforcementLevel: "mandatory",
  domain: "compute",
  references: [{ framework: "aws-fsbp", ids: ["EKS.1"] }],
  remediationSteps:
    "Set vpcConfig.endpointPrivateAccess: true and endpointPublicAccess: false, and reach the API from inside the VPC (a bastion, a VPN, AWS Client VPN or SSM port forwarding); if a public endpoint is needed, set vpcConfig.publicAccessCidrs to your office and CI address blocks.",
  types: [COMPUTE_T.eksCluster],
  check(cluster, _config, judge) {
    const open = readBool(at(cluster.props, P.vpcConfig, "endpointPublicAccess"));
    if (open === UNKNOWN) return judge.unknown(PUBLIC);
    if (open === false) return;
    const setting = open === true ? "is true" : "is not set and defaults to true";
    const cidrs = readList(at(cluster.props, P.vpcConfig, "publicAccessCidrs"));
    if (cidrs === UNKNOWN) return judge.unknown(CIDRS);
    if (cidrs === undefined || cidrs.length === 0) {
      return judge.violation(`EKS cluster "${cluster.name}" has a public endpoint open to the internet (${PUBLIC} ${setting}, and ${CIDRS} is not set, so AWS allows every address). Turn the public endpoint off, or list the address blocks allowed to reach it.`);
    }
    let unknown = false;
    for (const [i, entry] of cidrs.entries()) {
      const text = readString(entry);
      if (text === UNKNOWN) {
        unknown = true;
        continue;
      }
      const cidr = text === undefined ? undefined : parseCidr(text);
      if (cidr && isAnyAddress(cidr)) {
        return judge.violation(`EKS cluster "${cluster.name}" has a public endpoint open to the internet (${PUBLIC} ${setting}, and ${CIDRS}[${i}] is ${cidr.text}). Turn the public endpoint off, or list only the address blocks allowed to reach it.`);
      }
    }
    if (unknown) judge.unknown(CIDRS);
  },
});
