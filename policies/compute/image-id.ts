// The machine image a launcher boots: instance `ami`, launch template and launch configuration
// `imageId`. An `resolve:ssm:<parameter>` value names an SSM parameter resolved at launch.
import type { ResourceView } from "../lib/resource-view";
import { T } from "../aws/types";
import { Read, readString } from "../lib/values";

export interface ImageRef {
  readonly path: "ami" | "imageId";
  readonly value: Read<string>;
}

export function imageOf(resource: ResourceView): ImageRef {
  const path = resource.type === T.instance ? "ami" : "imageId";
  const value = readString(resource.props[path]);
  return { path, value: typeof value === "string" ? value.trim() : value };
}

const SAFE_ID = /^ami-[0-9a-f]{8,17}$/;
const SAFE_SSM = /^resolve:ssm:[A-Za-z0-9_.\-/:]{1,512}$/;

/** AMI ids and SSM parameter paths are not secrets, but anything else is not repeated. */
export function describeImage(imageId: string): string {
  return SAFE_ID.test(imageId) || SAFE_SSM.test(imageId) ? `"${imageId}"` : "an image id that is not on the list";
}
