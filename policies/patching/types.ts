// Type tokens the patch-management controls judge.
export const P = {
  instanceProfile: "aws:iam/instanceProfile:InstanceProfile",
  role: "aws:iam/role:Role",
  rolePolicyAttachment: "aws:iam/rolePolicyAttachment:RolePolicyAttachment",
  rolePolicyAttachmentsExclusive: "aws:iam/rolePolicyAttachmentsExclusive:RolePolicyAttachmentsExclusive",
  policyAttachment: "aws:iam/policyAttachment:PolicyAttachment",
  patchBaseline: "aws:ssm/patchBaseline:PatchBaseline",
  maintenanceWindowTarget: "aws:ssm/maintenanceWindowTarget:MaintenanceWindowTarget",
  maintenanceWindowTask: "aws:ssm/maintenanceWindowTask:MaintenanceWindowTask",
  association: "aws:ssm/association:Association",
  autoscalingGroup: "aws:autoscaling/group:Group",
} as const;

/** The AWS managed policy that lets SSM Agent register the instance with Systems Manager. */
export const SSM_CORE_POLICY = "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore";
