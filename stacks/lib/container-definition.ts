// The one container of a HardenedFargateService task, as ECS's container definition JSON: a
// non-root user (ECS.20), a read-only root filesystem with only the named paths writable (ECS.5),
// not privileged and with every Linux capability dropped (ECS.4), secrets injected by the agent
// from Secrets Manager or SSM rather than written in the environment (ECS.8), and logs to
// CloudWatch through the awslogs driver (ECS.9).
// Controls: https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html
import * as pulumi from "@pulumi/pulumi";

/** A secret the agent injects as an environment variable when the container starts. */
export type ContainerSecret =
  /** A Secrets Manager secret (its ARN); `jsonKey` picks one key of a JSON secret. */
  | { secretArn: pulumi.Input<string>; jsonKey?: string }
  /** An SSM Parameter Store parameter (its ARN), a SecureString for a credential. */
  | { parameterArn: pulumi.Input<string> };

export interface ContainerSpec {
  name: string;
  image: pulumi.Input<string>;
  port: number;
  user: string;
  environment: Record<string, pulumi.Input<string>>;
  secrets: Record<string, ContainerSecret>;
  /** Container paths backed by task storage, the only places it may write. */
  writablePaths: string[];
  logGroupName: pulumi.Input<string>;
  region: pulumi.Input<string>;
}

const ROOT_USERS = new Set(["root", "0"]);
const TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;

/** Throws unless `user` names a user other than root (by name or UID 0), with an optional group. */
export function checkNonRootUser(component: string, user: string): void {
  const [name, group, extra] = user.split(":");
  if (!name || extra !== undefined || group === "") throw new Error(`${component}: user "${user}" must be "<user>" or "<user>:<group>" (name or id)`);
  if (ROOT_USERS.has(name.trim())) throw new Error(`${component}: user "${user}" runs the container as root; give a non-root user such as "1000:1000"`);
}

/** Throws unless `imageTag` is an image tag or a digest ("sha256:<64 hex digits>"). */
export function checkImageTag(component: string, imageTag: string): void {
  if (!DIGEST.test(imageTag) && !TAG.test(imageTag)) {
    throw new Error(`${component}: imageTag "${imageTag}" is neither an image tag (letters, digits, . _ -, at most 128) nor a digest sha256:<64 hex digits>`);
  }
}

/** The image reference for a checked tag (`repo:tag`) or digest (`repo@sha256:…`). */
export function imageReference(repositoryUri: pulumi.Input<string>, imageTag: string): pulumi.Output<string> {
  return DIGEST.test(imageTag) ? pulumi.interpolate`${repositoryUri}@${imageTag}` : pulumi.interpolate`${repositoryUri}:${imageTag}`;
}

/** ECS's valueFrom for a secret: the ARN, with `:<jsonKey>::` for one key of a JSON Secrets Manager secret. */
export function valueFrom(secret: ContainerSecret): pulumi.Input<string> {
  if ("parameterArn" in secret) return secret.parameterArn;
  return secret.jsonKey === undefined ? secret.secretArn : pulumi.interpolate`${secret.secretArn}:${secret.jsonKey}::`;
}

export function containerDefinitions(spec: ContainerSpec): pulumi.Output<string> {
  const sorted = <T>(record: Record<string, T>) => Object.keys(record).sort().map((key) => [key, record[key]] as const);
  const volumes = spec.writablePaths.map((containerPath, i) => ({ sourceVolume: writableVolumeName(i), containerPath, readOnly: false }));
  return pulumi.jsonStringify([{
    name: spec.name,
    image: spec.image,
    essential: true,
    user: spec.user,
    readonlyRootFilesystem: true,
    privileged: false,
    linuxParameters: { capabilities: { drop: ["ALL"] }, initProcessEnabled: true },
    portMappings: [{ containerPort: spec.port, protocol: "tcp" }],
    // Lists with nothing in them are left out rather than sent empty.
    ...nonEmpty("environment", sorted(spec.environment).map(([name, value]) => ({ name, value }))),
    ...nonEmpty("secrets", sorted(spec.secrets).map(([name, secret]) => ({ name, valueFrom: valueFrom(secret) }))),
    ...nonEmpty("mountPoints", volumes),
    logConfiguration: {
      logDriver: "awslogs",
      options: { "awslogs-group": spec.logGroupName, "awslogs-region": spec.region, "awslogs-stream-prefix": spec.name },
    },
  }]);
}

function nonEmpty<T>(key: string, list: T[]): Record<string, T[]> {
  return list.length > 0 ? { [key]: list } : {};
}

/** The task volume behind the i-th writable path. */
export function writableVolumeName(i: number): string {
  return `writable-${i}`;
}
