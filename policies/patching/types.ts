// Type tokens of the Systems Manager resources the patch-management controls judge (IAM and
// EC2 tokens live in the AWS model, aws/).
export const P = {
  patchBaseline: "aws:ssm/patchBaseline:PatchBaseline",
  maintenanceWindowTarget: "aws:ssm/maintenanceWindowTarget:MaintenanceWindowTarget",
  maintenanceWindowTask: "aws:ssm/maintenanceWindowTask:MaintenanceWindowTask",
  association: "aws:ssm/association:Association",
} as const;

/** The AWS managed policy that lets SSM Agent register the instance with Systems Manager. */
export const SSM_CORE_POLICY = "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore";
