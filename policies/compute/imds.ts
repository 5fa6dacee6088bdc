// The instance metadata settings of an instance, launch template or launch configuration, read
// once for the IMDS controls. Each setting is its value, UNKNOWN during preview, or undefined when
// the program left it to the provider's default.
import type { ResourceView } from "../lib/resource-view";
import { UNKNOWN } from "../lib/unknown";
import { Read, at, readNumber, readString } from "../lib/values";
import { readBlock } from "../aws/read-block";

export interface ImdsSettings {
  /** Whether the program declared a metadataOptions block at all. */
  readonly block: "declared" | "absent" | "unknown";
  readonly endpoint: Read<string>;
  readonly tokens: Read<string>;
  readonly hopLimit: Read<number>;
}

function lower(value: Read<string>): Read<string> {
  return typeof value === "string" ? value.trim().toLowerCase() : value;
}

export function readImds(resource: ResourceView): ImdsSettings {
  const raw = resource.props.metadataOptions;
  const block = readBlock(raw);
  if (block === UNKNOWN) return { block: "unknown", endpoint: UNKNOWN, tokens: UNKNOWN, hopLimit: UNKNOWN };
  if (block === undefined) return { block: "absent", endpoint: undefined, tokens: undefined, hopLimit: undefined };
  return {
    block: "declared",
    endpoint: lower(readString(at(block, "httpEndpoint"))),
    tokens: lower(readString(at(block, "httpTokens"))),
    hopLimit: readNumber(at(block, "httpPutResponseHopLimit")),
  };
}

/** True when the metadata endpoint is switched off, which makes every other IMDS setting moot. */
export function imdsDisabled(settings: ImdsSettings): boolean {
  return settings.endpoint === "disabled";
}
