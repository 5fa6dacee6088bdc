// Search domains are never on the internet. An OpenSearch (or legacy Elasticsearch) domain created
// without vpcOptions.subnetIds gets a public endpoint, guarded only by its access policy; one in a
// VPC is reachable only through the VPC. The choice is made at creation and cannot be changed.
import { resourcePolicy } from "../lib/control";
import { UNKNOWN } from "../lib/unknown";
import { at, readList } from "../lib/values";
import { readBlock } from "../aws/read-block";
import { DATA_T, SEARCH_DOMAIN_PROPS as P } from "./types";

export const opensearchInVpc = resourcePolicy<Record<string, never>>({
  name: "opensearch-in-vpc",
  description:
    "Every OpenSearch domain (aws:opensearch/domain, and the legacy aws:elasticsearch/domain) is placed in a VPC: vpcOptions.subnetIds names at least one subnet. A domain without it has a public endpoint.",
  severity: "critical",
  enforcementLevel: "mandatory",
  domain: "data",
  references: [
    { framework: "aws-fsbp", ids: ["Opensearch.2", "ES.2"] },
    { framework: "owasp", ids: ["A01:2021", "A05:2021"] },
  ],
  remediationSteps:
    "Set vpcOptions: { subnetIds: [...private subnet ids], securityGroupIds: [sg.id] } and admit clients through the security group. A domain cannot move into a VPC: create a new one and migrate the indices (snapshot and restore, or reindex).",
  types: [DATA_T.openSearchDomain, DATA_T.elasticsearchDomain],
  check(domain, _config, judge) {
    const block = readBlock(domain.props[P.vpcOptions]);
    if (block === UNKNOWN) return judge.unknown(P.vpcOptions);
    const subnets = readList(at(block, "subnetIds"));
    if (subnets === UNKNOWN) return judge.unknown(`${P.vpcOptions}.subnetIds`);
    if (subnets !== undefined && subnets.length > 0) return;
    const what = domain.type === DATA_T.openSearchDomain ? "OpenSearch domain" : "Elasticsearch domain";
    judge.violation(`${what} "${domain.name}" has a public endpoint: vpcOptions.subnetIds is ${block === undefined ? "not set" : "empty"}. Create it in a VPC with vpcOptions.subnetIds set to private subnets.`);
  },
});
