// HardenedFargateService through the real `rampart check` (the compiled CLI and the pack over the
// Analyzer protocol): a program composing it with every optional input passes the strict
// baseline, and each policy that concerns ECS, ECR, its roles or its logs judged its resources
// (an unknown or not-applicable verdict would not count as evaluated), during preview too.
import * as path from "path";
import { ROOT, checkJson } from "../cli/run-rampart";

const PROGRAM = path.join("test", "fixtures", "checker", "fargate-service");
const STRICT = path.join(ROOT, "baselines", "strict.json");

/** Policies judging the service's own resources, and how many of them each judges. */
const JUDGED = {
  "ecs-no-public-ip": 1, // the service
  "ecs-fargate-latest-platform": 1,
  "ecs-task-env-no-secrets": 1, // the task definition
  "ecs-task-no-host-pid": 1,
  "ecs-containers-not-privileged": 1,
  "ecs-containers-read-only-root": 1,
  "ecs-task-no-host-network": 1,
  "ecs-containers-non-root-user": 1,
  "ecs-container-insights": 1, // the cluster
  "ecr-scan-on-push": 1, // a stack policy: judged the stack once
  "ecr-immutable-tags": 1, // the repository
  "iam-no-full-access-on-workloads": 1, // stack policies
  "iam-no-admin-on-workloads": 1,
};

describe.each([false, true])("the fargate-service program under the strict baseline (preview: %s)", (preview) => {
  let result: ReturnType<typeof checkJson>;
  beforeAll(() => {
    result = checkJson([PROGRAM, ...(preview ? ["--preview"] : []), "--policy-pack-config", STRICT]);
  });

  test("no findings, exit 0", () => {
    expect(result.report.findings).toEqual([]);
    expect(result.report.suppressed).toEqual([]);
    expect(result.code).toBe(0);
    expect(result.stderr).not.toMatch(/Undefined value/);
  });

  test("the service's resources reach the pack", () => {
    expect(result.report.resourceTypes).toMatchObject({
      "rampart:stacks:HardenedFargateService": 1,
      "aws:ecs/cluster:Cluster": 1,
      "aws:ecs/service:Service": 1,
      "aws:ecs/taskDefinition:TaskDefinition": 1,
      "aws:ecr/repository:Repository": 1,
      "aws:lb/listenerRule:ListenerRule": 1,
      "aws:iam/role:Role": 4, // the VPC's flow logs, the instances, the service's execution and task roles
      "aws:iam/rolePolicy:RolePolicy": 3, // flow logs, execution, task
    });
  });

  test("every ECS, ECR and workload-role policy judged them, and passed them", () => {
    const byName = new Map<string, any>(result.report.policies.map((p: any) => [p.policyName, p]));
    for (const [policy, count] of Object.entries(JUDGED)) {
      expect([policy, byName.get(policy)?.level, byName.get(policy)?.evaluated, byName.get(policy)?.violations]).toEqual([policy, "mandatory", count, 0]);
    }
    // Each IAM document of the service is known during preview (ARNs built from names), so only
    // the flow-log role's policy, built from its log group's ARN, waits for the deploy.
    expect(byName.get("iam-no-write-on-all-resources").evaluated).toBe(preview ? 6 : 7);
    expect(byName.get("log-group-kms-encrypted").evaluated).toBe(3);
    expect(byName.get("log-retention-minimum").evaluated).toBe(3);
  });
});
