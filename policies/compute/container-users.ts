// What a container definition's `user` says about who the container runs as. ECS accepts "user",
// "uid", "user:group", "uid:gid" and the mixed forms; the part before the colon is the user, so
// "0:0" and "root:root" run as root as surely as "root" and "0" do (Security Hub ECS.20 names the
// formats and the default root users "root" and "0"). Unset, the container runs as the image's
// USER, root unless the image says otherwise. ECS Developer Guide, "Security" container parameters:
// https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_security
import { UNKNOWN, Unknown } from "../lib/unknown";
import { readString } from "../lib/values";

export type ContainerUser = "unset" | "root" | "containeradministrator" | "other";

/** Who `value` runs the container as, UNKNOWN during preview. */
export function containerUserOf(value: unknown): ContainerUser | Unknown {
  const text = readString(value);
  if (text === UNKNOWN) return UNKNOWN;
  const user = (text ?? "").split(":")[0].trim();
  if (user === "") return "unset";
  if (user === "root" || /^0+$/.test(user)) return "root";
  // Windows account names are case-insensitive.
  if (user.toLowerCase() === "containeradministrator") return "containeradministrator";
  return "other";
}
