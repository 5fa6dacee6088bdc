import { UNKNOWN_SENTINELS } from "../lib/codec";
import { policyExamples } from "../lib/examples";

const OPENSEARCH = "aws:opensearch/domain:Domain";
const ELASTICSEARCH = "aws:elasticsearch/domain:Domain";
const SEARCH = { engineVersion: "OpenSearch_2.13", clusterConfig: { instanceType: "r6g.large.search", instanceCount: 2 }, encryptAtRest: { enabled: true }, nodeToNodeEncryption: { enabled: true } };
const IN_VPC = { subnetIds: ["subnet-0a1b2c3d4e5f60718", "subnet-0f1e2d3c4b5a69788"], securityGroupIds: ["sg-0123456789abcdef0"] };

export const examples = policyExamples({
  policy: "opensearch-in-vpc",
  good: [
    {
      title: "an OpenSearch domain in two private subnets",
      resources: [{ type: OPENSEARCH, name: "logs", props: { ...SEARCH, vpcOptions: IN_VPC } }],
    },
    {
      title: "a legacy Elasticsearch domain in a VPC, its vpcOptions spelled as a list of one",
      resources: [{ type: ELASTICSEARCH, name: "legacy", props: { elasticsearchVersion: "7.10", vpcOptions: [{ subnetIds: ["subnet-0a1b2c3d4e5f60718"] }] } }],
    },
  ],
  bad: [
    {
      title: "an OpenSearch domain without vpcOptions gets a public endpoint",
      resources: [{ type: OPENSEARCH, name: "logs", props: SEARCH }],
      violations: ["logs"],
      message: /OpenSearch domain "logs" has a public endpoint: vpcOptions.subnetIds is not set/,
    },
    {
      title: "an Elasticsearch domain whose vpcOptions lists security groups but no subnets",
      resources: [{ type: ELASTICSEARCH, name: "legacy", props: { elasticsearchVersion: "7.10", vpcOptions: { subnetIds: [], securityGroupIds: ["sg-0123456789abcdef0"] } } }],
      violations: ["legacy"],
      message: /Elasticsearch domain "legacy" .* is empty/,
    },
  ],
  unknown: [
    {
      title: "the subnet list computed by another resource during preview",
      resources: [{ type: OPENSEARCH, name: "logs", props: { ...SEARCH, vpcOptions: { subnetIds: UNKNOWN_SENTINELS.string } } }],
    },
  ],
});
