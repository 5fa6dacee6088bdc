// The smallest hardened network: a HardenedVpc with private subnets only, a load balancer's
// group that admits HTTPS from inside the VPC, and an application group that admits HTTPS from
// that group and nothing else. Each group uses inline rules only.
import * as aws from "@pulumi/aws";
import { HardenedVpc } from "..";

const network = new HardenedVpc("net", { cidrBlock: "10.10.0.0/16", azCount: 2 });

const lb = new aws.ec2.SecurityGroup("lb", {
  vpcId: network.vpcId,
  description: "Internal load balancer: HTTPS from inside the VPC",
  ingress: [{ description: "HTTPS from clients inside the VPC", protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: [network.cidrBlock] }],
  egress: [{ description: "HTTPS to anything inside the VPC (the application group)", protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: [network.cidrBlock] }],
});

const app = new aws.ec2.SecurityGroup("app", {
  vpcId: network.vpcId,
  description: "Application: HTTPS from the load balancer only",
  ingress: [{ description: "HTTPS from the load balancer's group", protocol: "tcp", fromPort: 443, toPort: 443, securityGroups: [lb.id] }],
  egress: [{ description: "HTTPS to SSM endpoints and S3", protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"] }],
});

export const vpcId = network.vpcId;
export const privateSubnetIds = network.privateSubnetIds;
export const loadBalancerGroupId = lb.id;
export const appGroupId = app.id;
