// The reference program during a preview, when ids and ARNs are unknown: it must still build
// every resource (no apply may depend on a known value to decide what exists).
import { installMocks, settle } from "./mock-aws";

const registered = installMocks({ preview: true });

test("builds the same resources during preview", async () => {
  await import("../../stacks/reference/index");
  await settle(registered);
  const count = (type: string) => registered.filter((r) => r.type === type).length;
  expect(count("aws:ec2/subnet:Subnet")).toBe(4);
  expect(count("aws:ec2/launchTemplate:LaunchTemplate")).toBe(1);
  expect(count("aws:wafv2/webAclAssociation:WebAclAssociation")).toBe(1);
  expect(count("aws:ec2/flowLog:FlowLog")).toBe(1);
  expect(count("aws:cloudtrail/trail:Trail")).toBe(1);
  expect(count("aws:ssm/maintenanceWindowTask:MaintenanceWindowTask")).toBe(1);
  expect(registered.length).toBeGreaterThan(80);
});
