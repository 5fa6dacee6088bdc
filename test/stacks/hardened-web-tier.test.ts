// HardenedWebTier under Pulumi's mock runtime: the load balancer, WAF, firewall, launch
// template and auto-scaling group it would send to AWS.
import { gunzipSync } from "zlib";
import { installMocks, one, ofType, policyOf, settle } from "./mock-aws";
import { BASELINE_MANAGED_RULE_GROUPS, HardenedWebTier, PATCH_GROUP_TAG } from "../../stacks";

const registered = installMocks();
const mine = (prefix: string) => registered.filter((r) => r.name.startsWith(prefix));
const base = {
  vpcId: "vpc-0123",
  publicSubnetIds: ["subnet-pub-a", "subnet-pub-b"],
  privateSubnetIds: ["subnet-priv-a", "subnet-priv-b"],
  certificateArn: "arn:aws:acm:eu-west-1:123456789012:certificate/abc",
};
const SG_RULES = ["aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", "aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule"];

beforeAll(async () => {
  new HardenedWebTier("web", base);
  new HardenedWebTier("deb", { ...base, osFamily: "debian", osVersion: "13" });
  new HardenedWebTier("ubu", { ...base, osFamily: "ubuntu", appPort: 3000, internetEgressPorts: [80, 443], ebsKmsKeyArn: "arn:aws:kms:eu-west-1:123456789012:key/k", rateLimit: false, additionalManagedRuleGroups: ["AWSManagedRulesAmazonIpReputationList"], deletionProtection: false, minSize: 3, maxSize: 1 });
  await settle(registered);
});

describe("load balancer", () => {
  const r = () => mine("web");

  test("internet-facing, invalid headers dropped, strictest desync mitigation, deletion protection, access logs", () => {
    const lb = one(r(), "aws:lb/loadBalancer:LoadBalancer");
    expect(lb.inputs).toMatchObject({
      loadBalancerType: "application",
      internal: false,
      dropInvalidHeaderFields: true,
      desyncMitigationMode: "strictest",
      enableDeletionProtection: true,
      subnets: base.publicSubnetIds,
    });
    expect(lb.inputs.accessLogs).toMatchObject({ enabled: true, prefix: "alb" });
    const bucket = one(r(), "aws:s3/bucket:Bucket", "web-alb-logs");
    expect(lb.inputs.accessLogs.bucket).toBe(bucket.id);
    expect(bucket.inputs.bucketPrefix).toBe("web-alb-logs-");
    expect(bucket.inputs.forceDestroy).toBe(false);
  });

  test("HTTPS with the ELB.17 TLS policy; HTTP only redirects with a 301", () => {
    const listeners = ofType(r(), "aws:lb/listener:Listener");
    const https = listeners.find((l) => l.inputs.protocol === "HTTPS")!;
    expect(https.inputs).toMatchObject({ port: 443, sslPolicy: "ELBSecurityPolicy-TLS13-1-2-Res-2021-06", certificateArn: base.certificateArn });
    expect(https.inputs.defaultActions[0].type).toBe("forward");
    const http = listeners.find((l) => l.inputs.protocol === "HTTP")!;
    expect(http.inputs.defaultActions).toEqual([{ type: "redirect", redirect: { protocol: "HTTPS", port: "443", statusCode: "HTTP_301" } }]);
    expect(listeners).toHaveLength(2);
  });

  test("the access log bucket is private, encrypted, versioned, TLS-only, writable by ELB log delivery", () => {
    const pab = one(r(), "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", "web-alb-logs-public-access");
    expect(pab.inputs).toMatchObject({ blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true });
    const sse = one(r(), "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration", "web-alb-logs-encryption");
    expect(sse.inputs.rules[0].applyServerSideEncryptionByDefault.sseAlgorithm).toBe("AES256"); // ALB logs accept SSE-S3 only
    expect(one(r(), "aws:s3/bucketVersioning:BucketVersioning", "web-alb-logs-versioning").inputs.versioningConfiguration.status).toBe("Enabled");
    expect(one(r(), "aws:s3/bucketOwnershipControls:BucketOwnershipControls", "web-alb-logs-ownership").inputs.rule.objectOwnership).toBe("BucketOwnerEnforced");
    const policy = policyOf(one(r(), "aws:s3/bucketPolicy:BucketPolicy", "web-alb-logs-policy").inputs.policy);
    const sids = policy.Statement.map((s) => s.Sid);
    expect(sids).toEqual(["DenyInsecureTransport", "ElbLogDeliveryService", "ElbRegionalLogDeliveryAccount"]);
    const deliver = policy.Statement[1];
    expect(deliver.Resource).toMatch(/\/alb\/AWSLogs\/123456789012\/\*$/);
    expect(policy.Statement[2].Principal).toEqual({ AWS: "arn:aws:iam::156460612806:root" });
  });
});

describe("server access logs of the ALB log bucket (S3.9)", () => {
  const r = () => mine("web");

  test("go to the tier's own access-log bucket, SSE-S3, writable by S3 log delivery for this account only", () => {
    const sink = one(r(), "aws:s3/bucket:Bucket", "web-s3-access-logs");
    const logging = one(r(), "aws:s3/bucketLogging:BucketLogging", "web-alb-logs-access-logging");
    expect(logging.inputs).toMatchObject({ bucket: one(r(), "aws:s3/bucket:Bucket", "web-alb-logs").id, targetBucket: sink.id, targetPrefix: "alb-logs/" });
    const sse = one(r(), "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration", "web-s3-access-logs-encryption");
    expect(sse.inputs.rules[0].applyServerSideEncryptionByDefault.sseAlgorithm).toBe("AES256"); // targets accept SSE-S3 only
    const policy = policyOf(one(r(), "aws:s3/bucketPolicy:BucketPolicy", "web-s3-access-logs-policy").inputs.policy);
    expect(policy.Statement.map((s) => s.Sid)).toEqual(["DenyInsecureTransport", "S3ServerAccessLogsDelivery"]);
    expect(policy.Statement[1]).toMatchObject({ Principal: { Service: "logging.s3.amazonaws.com" }, Action: "s3:PutObject", Condition: { StringEquals: { "aws:SourceAccount": "123456789012" } } });
  });
});

describe("WAF", () => {
  const r = () => mine("web");

  test("the web ACL runs the baseline AWS managed groups with their own actions, plus a rate limit", () => {
    const acl = one(r(), "aws:wafv2/webAcl:WebAcl");
    expect(acl.inputs.scope).toBe("REGIONAL");
    expect(acl.inputs.defaultAction).toEqual({ allow: {} });
    expect(acl.inputs.visibilityConfig).toMatchObject({ cloudwatchMetricsEnabled: true, sampledRequestsEnabled: true });
    const managed = acl.inputs.rules.filter((x: any) => x.statement.managedRuleGroupStatement);
    expect(managed.map((x: any) => x.statement.managedRuleGroupStatement)).toEqual(
      BASELINE_MANAGED_RULE_GROUPS.map((name) => ({ vendorName: "AWS", name })),
    );
    for (const rule of managed) expect(rule.overrideAction).toEqual({ none: {} });
    const rate = acl.inputs.rules.find((x: any) => x.statement.rateBasedStatement);
    expect(rate).toMatchObject({ action: { block: {} }, statement: { rateBasedStatement: { limit: 2000, aggregateKeyType: "IP" } } });
    const priorities = acl.inputs.rules.map((x: any) => x.priority);
    expect(new Set(priorities).size).toBe(priorities.length);
  });

  test("associated with the load balancer and logging to an encrypted aws-waf-logs- group kept a year", () => {
    const acl = one(r(), "aws:wafv2/webAcl:WebAcl");
    const lb = one(r(), "aws:lb/loadBalancer:LoadBalancer");
    const assoc = one(r(), "aws:wafv2/webAclAssociation:WebAclAssociation");
    expect(assoc.inputs.resourceArn).toContain(lb.name);
    expect(assoc.inputs.webAclArn).toContain(acl.name);
    const logging = one(r(), "aws:wafv2/webAclLoggingConfiguration:WebAclLoggingConfiguration");
    const group = one(r(), "aws:cloudwatch/logGroup:LogGroup");
    expect(group.inputs.namePrefix).toMatch(/^aws-waf-logs-/);
    expect(group.inputs.retentionInDays).toBe(365);
    expect(group.inputs.kmsKeyId).toEqual(expect.stringContaining("arn:"));
    expect(logging.inputs.logDestinationConfigs).toEqual([expect.stringContaining(group.name)]);
    expect(logging.inputs.resourceArn).toContain(acl.name);
  });

  test("options: more managed groups, no rate limit", () => {
    const acl = one(mine("ubu"), "aws:wafv2/webAcl:WebAcl");
    const names = acl.inputs.rules.map((x: any) => x.name);
    expect(names).toEqual([...BASELINE_MANAGED_RULE_GROUPS, "AWSManagedRulesAmazonIpReputationList"]);
  });
});

describe("firewall", () => {
  const r = () => mine("web");
  const groups = () => ofType(r(), "aws:ec2/securityGroup:SecurityGroup");
  const rules = () => r().filter((x) => SG_RULES.includes(x.type));

  test("groups carry no inline rules; every standalone rule has a description", () => {
    for (const g of groups()) {
      expect(g.inputs.ingress ?? []).toEqual([]);
      expect(g.inputs.egress ?? []).toEqual([]);
    }
    for (const rule of rules()) expect(rule.inputs.description).toEqual(expect.stringMatching(/\w{4}/));
  });

  test("the ALB admits 443 and 80 from IPv4 and IPv6 anywhere, and sends only to the instances' group", () => {
    const alb = groups().find((g) => g.name === "web-alb")!;
    const albId = `${alb.name}-`;
    const ingress = rules().filter((x) => x.type === SG_RULES[0] && String(x.inputs.securityGroupId).startsWith(albId));
    expect(ingress.map((x) => [x.inputs.fromPort, x.inputs.toPort, x.inputs.cidrIpv4 ?? x.inputs.cidrIpv6]).sort()).toEqual([
      [443, 443, "0.0.0.0/0"], [443, 443, "::/0"], [80, 80, "0.0.0.0/0"], [80, 80, "::/0"],
    ]);
    const egress = rules().filter((x) => x.type === SG_RULES[1] && String(x.inputs.securityGroupId).startsWith(albId));
    expect(egress).toHaveLength(1);
    expect(egress[0].inputs).toMatchObject({ ipProtocol: "tcp", fromPort: 8080, toPort: 8080 });
    expect(egress[0].inputs.referencedSecurityGroupId).toMatch(/^web-instances-/);
  });

  test("instances admit only the ALB's group on the app port: no CIDR, no SSH, no RDP", () => {
    const ingress = rules().filter((x) => x.type === SG_RULES[0] && String(x.inputs.securityGroupId).startsWith("web-instances-"));
    expect(ingress).toHaveLength(1);
    expect(ingress[0].inputs).toMatchObject({ ipProtocol: "tcp", fromPort: 8080, toPort: 8080 });
    expect(ingress[0].inputs.referencedSecurityGroupId).toMatch(/^web-alb-/);
    expect(ingress[0].inputs.cidrIpv4).toBeUndefined();
    expect(ingress[0].inputs.cidrIpv6).toBeUndefined();
    for (const rule of rules().filter((x) => x.type === SG_RULES[0])) {
      for (const port of [22, 3389]) expect(port >= rule.inputs.fromPort && port <= rule.inputs.toPort).toBe(false);
    }
    const egress = rules().filter((x) => x.type === SG_RULES[1] && String(x.inputs.securityGroupId).startsWith("web-instances-"));
    expect(egress.map((x) => [x.inputs.fromPort, x.inputs.toPort, x.inputs.cidrIpv4])).toEqual([[443, 443, "0.0.0.0/0"]]);
  });

  test("options: app port and egress ports follow the arguments", () => {
    const ubu = mine("ubu").filter((x) => SG_RULES.includes(x.type));
    const appIngress = ubu.filter((x) => x.name === "ubu-app-from-alb");
    expect(appIngress[0].inputs.fromPort).toBe(3000);
    const egress = ubu.filter((x) => x.type === SG_RULES[1] && x.inputs.cidrIpv4 === "0.0.0.0/0").map((x) => x.inputs.fromPort);
    expect(egress.sort()).toEqual([443, 80]);
  });
});

describe("instances", () => {
  const r = () => mine("web");

  test("launch template: IMDSv2 only with hop limit 1, encrypted root volume, no public IP, monitoring, instance profile", () => {
    const lt = one(r(), "aws:ec2/launchTemplate:LaunchTemplate");
    expect(lt.inputs.metadataOptions).toMatchObject({ httpTokens: "required", httpEndpoint: "enabled", httpPutResponseHopLimit: 1 });
    expect(lt.inputs.blockDeviceMappings).toHaveLength(1);
    expect(lt.inputs.blockDeviceMappings[0]).toMatchObject({ deviceName: "/dev/xvda", ebs: { encrypted: "true", volumeType: "gp3" } });
    expect(lt.inputs.networkInterfaces).toEqual([expect.objectContaining({ associatePublicIpAddress: "false", deviceIndex: 0 })]);
    expect(lt.inputs.networkInterfaces[0].securityGroups).toEqual([expect.stringMatching(/^web-instances-/)]);
    expect(lt.inputs.monitoring).toEqual({ enabled: true });
    expect(lt.inputs.iamInstanceProfile.arn).toContain("web-instance");
    expect(lt.inputs.imageId).toBe("resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64");
    expect(lt.inputs.keyName).toBeUndefined(); // no SSH key: Session Manager only
  });

  test("user data is the OS baseline as gzip-compressed base64 cloud-init", () => {
    const lt = one(r(), "aws:ec2/launchTemplate:LaunchTemplate");
    const text = gunzipSync(Buffer.from(lt.inputs.userData, "base64")).toString("utf8");
    expect(text.startsWith("#cloud-config")).toBe(true);
    expect(text).toMatch(/PermitRootLogin no/);
    expect(text).toMatch(/dnf-automatic/);
    const ubuntu = gunzipSync(Buffer.from(one(mine("ubu"), "aws:ec2/launchTemplate:LaunchTemplate").inputs.userData, "base64")).toString("utf8");
    expect(ubuntu).toMatch(/unattended-upgrades/);
  });

  test("the role trusts EC2 and carries only the SSM core and CloudWatch agent policies", () => {
    const role = one(r(), "aws:iam/role:Role");
    const trust = policyOf(role.inputs.assumeRolePolicy);
    expect(trust.Statement).toEqual([{ Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" }]);
    const attached = ofType(r(), "aws:iam/rolePolicyAttachment:RolePolicyAttachment").map((a) => a.inputs.policyArn).sort();
    expect(attached).toEqual([
      "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore",
      "arn:aws:iam::aws:policy/CloudWatchAgentServerPolicy",
    ]);
    expect(ofType(r(), "aws:iam/rolePolicy:RolePolicy")).toHaveLength(0);
    expect(role.inputs.inlinePolicies ?? []).toEqual([]);
    expect(role.inputs.managedPolicyArns ?? []).toEqual([]);
  });

  test("auto-scaling group in private subnets, tagged with its patch group at launch, attached to the target group", () => {
    const asg = one(r(), "aws:autoscaling/group:Group");
    expect(asg.inputs).toMatchObject({ vpcZoneIdentifiers: base.privateSubnetIds, minSize: 2, maxSize: 4, desiredCapacity: 2, healthCheckType: "ELB" });
    expect(asg.inputs.tags).toContainEqual({ key: PATCH_GROUP_TAG, value: "rampart-web", propagateAtLaunch: true });
    expect(asg.inputs.launchTemplate).toMatchObject({ version: "1" });
    const attachment = one(r(), "aws:autoscaling/attachment:Attachment");
    expect(attachment.inputs.lbTargetGroupArn).toContain("web-tg");
    const tg = one(r(), "aws:lb/targetGroup:TargetGroup");
    expect(tg.inputs).toMatchObject({ port: 8080, protocol: "HTTP", vpcId: "vpc-0123" });
  });

  test("options: Ubuntu's root device, a customer key, sizes clamped", () => {
    const lt = one(mine("ubu"), "aws:ec2/launchTemplate:LaunchTemplate");
    expect(lt.inputs.blockDeviceMappings[0]).toMatchObject({ deviceName: "/dev/sda1", ebs: { encrypted: "true", kmsKeyId: "arn:aws:kms:eu-west-1:123456789012:key/k" } });
    expect(lt.inputs.imageId).toMatch(/canonical\/ubuntu/);
    const asg = one(mine("ubu"), "aws:autoscaling/group:Group");
    expect(asg.inputs).toMatchObject({ minSize: 3, maxSize: 3, desiredCapacity: 3 });
    expect(one(mine("ubu"), "aws:lb/loadBalancer:LoadBalancer").inputs.enableDeletionProtection).toBe(false);
  });

  test("osVersion picks the release: its image, and user data rendered for its OpenSSH", () => {
    const lt = one(mine("deb"), "aws:ec2/launchTemplate:LaunchTemplate");
    expect(lt.inputs.imageId).toBe("resolve:ssm:/aws/service/debian/release/13/latest/amd64");
    const text = gunzipSync(Buffer.from(lt.inputs.userData, "base64")).toString("utf8");
    expect(text).toContain("for Debian 13 (trixie).");
    expect(text).toContain("KexAlgorithms mlkem768x25519-sha256,");
  });

  test("an end-of-life release is refused with its date", () => {
    expect(() => new HardenedWebTier("old", { ...base, osFamily: "debian", osVersion: "11" })).toThrow(/Debian 11 \(bullseye\) is end of life: .* ended on 2026-08-31/);
  });
});
