// The reference environment program (stacks/reference) run under Pulumi's mock runtime, as
// `rampart check .` runs it: the components composed through the package entry, with the
// hardened properties the strict baseline demands checked across every resource.
import { installMocks, ofType, policyOf, settle } from "./mock-aws";
import { SG_INGRESS, covers, isWorld, securityGroupRules } from "./invariants";

const registered = installMocks();

beforeAll(async () => {
  await import("../../stacks/reference/index");
  await settle(registered);
});

const types = () => new Set(registered.map((r) => r.type));

test("composes the components", () => {
  const components = registered.filter((r) => r.type.startsWith("rampart:stacks:")).map((r) => r.type);
  expect(new Set(components)).toEqual(new Set([
    "rampart:stacks:HardenedVpc", "rampart:stacks:HardenedWebTier", "rampart:stacks:PatchManagement", "rampart:stacks:AccountBaseline",
    "rampart:stacks:HardenedDatabase", "rampart:stacks:PatchedServices", "rampart:stacks:HardenedStaticSite", "rampart:stacks:HardenedFunction",
    "rampart:stacks:EncryptedLogGroup", "rampart:stacks:HardenedBucket", "rampart:stacks:HardenedFargateService",
  ]));
  expect(types()).toContain("aws:acm/certificate:Certificate"); // no certificateArn configured
});

test("the internet reaches only the load balancer, on 80 and 443; SSH and RDP nowhere", () => {
  const rules = securityGroupRules(registered);
  const fromWorld = rules.filter((r) => r.direction === "ingress" && r.cidrs.some(isWorld));
  expect(fromWorld.length).toBe(4);
  for (const r of fromWorld) {
    expect(r.owner).toMatch(/^web-alb-/);
    expect([80, 443]).toContain(r.from);
    expect(r.to).toBe(r.from);
  }
  for (const r of rules.filter((x) => x.direction === "ingress")) {
    expect(covers(r, 22)).toBe(false);
    expect(covers(r, 3389)).toBe(false);
  }
  for (const r of rules) {
    expect(r.description).toEqual(expect.any(String));
    expect(r.protocol).not.toBe("-1");
  }
  const appIngress = ofType(registered, SG_INGRESS).filter((r) => r.name === "web-app-from-alb");
  expect(appIngress).toHaveLength(1);
  expect(appIngress[0].inputs.cidrIpv4).toBeUndefined();
});

test("network ACLs open no 22 or 3389 from the internet", () => {
  for (const acl of ofType(registered, "aws:ec2/networkAcl:NetworkAcl")) {
    for (const r of acl.inputs.ingress as any[]) {
      if (r.action !== "allow" || r.cidrBlock !== "0.0.0.0/0") continue;
      expect(covers({ from: r.fromPort, to: r.toPort, protocol: r.protocol }, 22)).toBe(false);
      expect(covers({ from: r.fromPort, to: r.toPort, protocol: r.protocol }, 3389)).toBe(false);
    }
  }
});

test("instances: IMDSv2, encrypted volumes, no public IP, SSM-managed and patched", () => {
  const lts = ofType(registered, "aws:ec2/launchTemplate:LaunchTemplate");
  expect(lts).toHaveLength(1);
  for (const lt of lts) {
    expect(lt.inputs.metadataOptions).toMatchObject({ httpTokens: "required", httpPutResponseHopLimit: 1 });
    for (const m of lt.inputs.blockDeviceMappings) expect(m.ebs.encrypted).toBe("true");
    for (const n of lt.inputs.networkInterfaces) expect(n.associatePublicIpAddress).toBe("false");
  }
  expect(ofType(registered, "aws:ec2/instance:Instance")).toHaveLength(0);
  const attached = ofType(registered, "aws:iam/rolePolicyAttachment:RolePolicyAttachment").map((a) => a.inputs.policyArn);
  expect(attached).toContain("arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore");
  expect(attached.some((a) => /AdministratorAccess/.test(a))).toBe(false);
  const target = ofType(registered, "aws:ssm/maintenanceWindowTarget:MaintenanceWindowTarget")[0];
  const asg = ofType(registered, "aws:autoscaling/group:Group")[0];
  const tag = asg.inputs.tags.find((t: any) => `tag:${t.key}` === target.inputs.targets[0].key);
  expect(target.inputs.targets[0].values).toEqual([tag.value]);
});

test("every subnet keeps public IPs off; every VPC has a flow log; every log group is encrypted and kept a year", () => {
  for (const s of ofType(registered, "aws:ec2/subnet:Subnet")) expect(s.inputs.mapPublicIpOnLaunch).toBe(false);
  expect(ofType(registered, "aws:ec2/vpc:Vpc")).toHaveLength(1);
  expect(ofType(registered, "aws:ec2/flowLog:FlowLog")).toHaveLength(1);
  const groups = ofType(registered, "aws:cloudwatch/logGroup:LogGroup");
  expect(groups).toHaveLength(10); // flow logs, WAF (load balancer and CloudFront), CloudTrail, database (2), the patched and the ops-hook functions, CloudFront access logs, the API containers
  for (const g of groups) {
    expect(g.inputs.retentionInDays).toBeGreaterThanOrEqual(365);
    expect(g.inputs.kmsKeyId).toEqual(expect.stringContaining("arn:"));
  }
  for (const k of ofType(registered, "aws:kms/key:Key")) expect(k.inputs.enableKeyRotation).toBe(true);
});

test("every bucket is private, encrypted, versioned and TLS-only", () => {
  const buckets = ofType(registered, "aws:s3/bucket:Bucket");
  // ALB logs, trail, Config, static site content, and the access-log buckets (web tier, account baseline, static site).
  expect(buckets).toHaveLength(7);
  for (const type of [
    "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock",
    "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
    "aws:s3/bucketVersioning:BucketVersioning",
    "aws:s3/bucketPolicy:BucketPolicy",
  ]) expect(ofType(registered, type)).toHaveLength(buckets.length);
  for (const p of ofType(registered, "aws:s3/bucketPolicy:BucketPolicy")) {
    expect(policyOf(p.inputs.policy).Statement[0]).toMatchObject({ Sid: "DenyInsecureTransport", Effect: "Deny" });
  }
});

test("no IAM document grants * on *", () => {
  const docs = [
    ...ofType(registered, "aws:iam/rolePolicy:RolePolicy").map((r) => r.inputs.policy),
    ...ofType(registered, "aws:iam/policy:Policy").map((r) => r.inputs.policy),
  ];
  expect(docs.length).toBeGreaterThan(0);
  for (const doc of docs) {
    for (const s of policyOf(doc).Statement) {
      const actions = [s.Action].flat();
      const resources = [s.Resource].flat();
      expect(s.Effect === "Allow" && actions.includes("*") && resources.includes("*")).toBe(false);
    }
  }
});

test("the web entry point: WAF with the OWASP groups, TLS 1.2+ only, HTTP redirected", () => {
  const acl = ofType(registered, "aws:wafv2/webAcl:WebAcl")[0];
  const groups = acl.inputs.rules.map((r: any) => r.statement.managedRuleGroupStatement?.name).filter(Boolean);
  expect(groups).toEqual(expect.arrayContaining(["AWSManagedRulesCommonRuleSet", "AWSManagedRulesKnownBadInputsRuleSet", "AWSManagedRulesSQLiRuleSet"]));
  expect(ofType(registered, "aws:wafv2/webAclAssociation:WebAclAssociation")).toHaveLength(1);
  expect(ofType(registered, "aws:wafv2/webAclLoggingConfiguration:WebAclLoggingConfiguration")).toHaveLength(2); // one per web ACL
  const listeners = ofType(registered, "aws:lb/listener:Listener");
  expect(listeners.find((l) => l.inputs.protocol === "HTTPS")?.inputs.sslPolicy).toBe("ELBSecurityPolicy-TLS13-1-2-Res-2021-06");
  expect(listeners.find((l) => l.inputs.protocol === "HTTP")?.inputs.defaultActions[0].type).toBe("redirect");
});

test("the static site: CloudFront on HTTPS and TLS 1.2+, behind a CLOUDFRONT web ACL, reading a private bucket through origin access control", () => {
  const [site] = ofType(registered, "aws:cloudfront/distribution:Distribution");
  expect(site.inputs.defaultCacheBehavior.viewerProtocolPolicy).toBe("redirect-to-https");
  expect(site.inputs.orderedCacheBehaviors ?? []).toEqual([]);
  expect(site.inputs.viewerCertificate).toMatchObject({ sslSupportMethod: "sni-only", minimumProtocolVersion: "TLSv1.2_2021" });
  expect(site.inputs.viewerCertificate.cloudfrontDefaultCertificate).toBeUndefined();
  const edgeAcl = ofType(registered, "aws:wafv2/webAcl:WebAcl").find((a) => a.inputs.scope === "CLOUDFRONT")!;
  expect(site.inputs.webAclId).toEqual(expect.any(String));
  expect(edgeAcl.inputs.rules.map((r: any) => r.statement.managedRuleGroupStatement?.name)).toEqual(expect.arrayContaining(["AWSManagedRulesCommonRuleSet", "AWSManagedRulesKnownBadInputsRuleSet", "AWSManagedRulesSQLiRuleSet"]));
  expect(site.inputs.origins).toHaveLength(1);
  expect(site.inputs.origins[0].originAccessControlId).toEqual(expect.any(String));
  const content = ofType(registered, "aws:s3/bucketPolicy:BucketPolicy").find((p) => p.name === "site-content-policy")!;
  expect(policyOf(content.inputs.policy).Statement[1]).toMatchObject({ Effect: "Allow", Principal: { Service: "cloudfront.amazonaws.com" }, Action: "s3:GetObject", Condition: { StringEquals: { "AWS:SourceArn": expect.any(String) } } });
  expect(ofType(registered, "aws:cloudwatch/logDelivery:LogDelivery")).toHaveLength(1);
});

test("account guardrails are in place", () => {
  const trail = ofType(registered, "aws:cloudtrail/trail:Trail")[0];
  expect(trail.inputs).toMatchObject({ isMultiRegionTrail: true, enableLogFileValidation: true });
  for (const type of [
    "aws:guardduty/detector:Detector", "aws:ebs/encryptionByDefault:EncryptionByDefault", "aws:ec2/instanceMetadataDefaults:InstanceMetadataDefaults",
    "aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock", "aws:iam/accountPasswordPolicy:AccountPasswordPolicy",
  ]) expect(ofType(registered, type)).toHaveLength(1);
});

test("the database is private, encrypted and reachable only from the web instances", () => {
  const [db] = ofType(registered, "aws:rds/instance:Instance");
  expect(db.inputs).toMatchObject({
    publiclyAccessible: false, storageEncrypted: true, manageMasterUserPassword: true, deletionProtection: true, autoMinorVersionUpgrade: true,
  });
  expect(db.inputs.password).toBeUndefined();
  const webGroup = ofType(registered, "aws:ec2/securityGroup:SecurityGroup").find((g) => g.name === "web-instances")!;
  const dbIngress = ofType(registered, SG_INGRESS).filter((r) => r.name.startsWith("db-"));
  expect(dbIngress.map((r) => [r.inputs.fromPort, r.inputs.referencedSecurityGroupId])).toEqual([[5432, webGroup.id]]);
});

test("the API service: Fargate tasks without public addresses behind the web tier's HTTPS listener, its image from the scanned repository", () => {
  const [service] = ofType(registered, "aws:ecs/service:Service");
  expect(service.inputs).toMatchObject({ launchType: "FARGATE", platformVersion: "LATEST", networkConfiguration: { assignPublicIp: false } });
  const privateSubnets = ofType(registered, "aws:ec2/subnet:Subnet").filter((s) => s.name.startsWith("ref-private-")).map((s) => s.id);
  expect([...service.inputs.networkConfiguration.subnets].sort()).toEqual(privateSubnets.sort());
  const https = ofType(registered, "aws:lb/listener:Listener").find((l) => l.inputs.protocol === "HTTPS")!;
  const [rule] = ofType(registered, "aws:lb/listenerRule:ListenerRule");
  expect(rule.inputs).toMatchObject({ listenerArn: expect.stringContaining(https.name), conditions: [{ pathPattern: { values: ["/api/*"] } }] });
  const repositories = ofType(registered, "aws:ecr/repository:Repository");
  expect(repositories).toHaveLength(1); // PatchedServices' repository, not one of the service's own
  const [container] = JSON.parse(ofType(registered, "aws:ecs/taskDefinition:TaskDefinition")[0].inputs.containerDefinitions);
  expect(container.image).toMatch(new RegExp(`/${repositories[0].name}-generated:1\\.0\\.0$`));
  expect(container).toMatchObject({ readonlyRootFilesystem: true, privileged: false, user: "1000:1000" });
  const albGroup = ofType(registered, "aws:ec2/securityGroup:SecurityGroup").find((g) => g.name === "web-alb")!;
  const apiIngress = ofType(registered, SG_INGRESS).find((r) => r.name === "api-from-alb")!;
  expect(apiIngress.inputs).toMatchObject({ fromPort: 8080, toPort: 8080, referencedSecurityGroupId: albGroup.id });
});
