// Which operating system a task definition declares for its containers:
// runtimePlatform.operatingSystemFamily is "LINUX" or a "WINDOWS_SERVER_…" family. It may be left
// unset (an EC2 task definition need not name one), and then Security Hub judges the task both as
// Linux (ECS.5, ECS.20) and as Windows (ECS.21). ECS Developer Guide, "Runtime platform":
// https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#runtime-platform
import { readBlock } from "../read-block";
import { UNKNOWN, Unknown } from "../../lib/unknown";
import { readString } from "../../lib/values";
import { RUNTIME_PLATFORM_PROPS as R, TASK_DEFINITION_PROPS as P } from "./types";

export type TaskOs = "linux" | "windows" | "unset";

/** Where the family is read, for unknown reports. */
export const OS_FAMILY_PATH = `${P.runtimePlatform}.${R.operatingSystemFamily}`;

/** The declared family ("linux" for any other value, which AWS rejects), UNKNOWN during preview. */
export function taskOsOf(props: Record<string, unknown>): TaskOs | Unknown {
  const platform = readBlock(props[P.runtimePlatform]);
  if (platform === UNKNOWN) return UNKNOWN;
  const family = readString(platform?.[R.operatingSystemFamily]);
  if (family === UNKNOWN) return UNKNOWN;
  if (family === undefined || family.trim() === "") return "unset";
  return family.trim().toUpperCase().startsWith("WINDOWS_SERVER") ? "windows" : "linux";
}
