// Property names of ECS task definitions and of the container definitions inside them, checked
// against the @pulumi/aws v7 types at compile time (`satisfies`); @pulumi/aws is never loaded.
import type { ContainerDefinition, TaskDefinitionArgs } from "@pulumi/aws/ecs";
import type { input } from "@pulumi/aws/types";

/** The task definition's type token. */
export const TASK_DEFINITION_TYPE = "aws:ecs/taskDefinition:TaskDefinition";

export const TASK_DEFINITION_PROPS = {
  /** A JSON string: a list of container definitions. */
  containerDefinitions: "containerDefinitions",
  /** "awsvpc", "bridge", "host" or "none"; unset means bridge on EC2 Linux. */
  networkMode: "networkMode",
  /** "host" or "task"; unset gives each container its own process namespace. */
  pidMode: "pidMode",
  /** `{ operatingSystemFamily, cpuArchitecture }`. */
  runtimePlatform: "runtimePlatform",
} as const satisfies Record<string, keyof TaskDefinitionArgs>;

export const RUNTIME_PLATFORM_PROPS = {
  /** "LINUX" or one of the "WINDOWS_SERVER_…" families. */
  operatingSystemFamily: "operatingSystemFamily",
} as const satisfies Record<string, keyof input.ecs.TaskDefinitionRuntimePlatform>;

export const CONTAINER_PROPS = {
  name: "name",
  privileged: "privileged",
  readonlyRootFilesystem: "readonlyRootFilesystem",
  /** "user", "uid", "user:group", "uid:gid" (and the mixed forms); unset runs as the image's USER. */
  user: "user",
} as const satisfies Record<string, keyof ContainerDefinition>;
