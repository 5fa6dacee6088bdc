// What crosses the Analyzer protocol between a pack and the checker, defined once for both sides:
// the engine's signatures for secrets, resource references and outputs, its unknown sentinels,
// the enforcement levels, and the tag through which a Rampart policy names the types it judges.
// (The exception markers a finding may carry are lib/exception-marker.)

/** The key of a special value in the engine's wire form, and the signatures it may hold. */
export const SIG_KEY = "4dabf18193072939515e22adb298388d";
export const SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";
export const RESOURCE_SIG = "5cf8f73096256a8f31e491e813e4eb8e";
export const OUTPUT_SIG = "d0e6a833031e9bbcd3f4e8bde6ca49a4";
export const ASSET_SIG = "c44067f5952c0a294b673a41bacd8c17";
export const ARCHIVE_SIG = "0def7320c3a5731c473e5ecbe6d01bc7";

/** The sentinels the engine sends for values unknown during preview, one per kind. */
export const UNKNOWN_SENTINELS = {
  boolean: "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7",
  number: "3eeb2bf0-c639-47a8-9e75-3b44932eb421",
  // Also the plain "unknown" of preview JSON, once read.
  string: "04da6b54-80e4-46f7-96ec-b56ff0331ba9",
  array: "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2",
  asset: "030794c1-ac77-496b-92df-f27374a8bd58",
  archive: "e48ece36-62e2-4504-bad9-02848725956a",
  object: "dd056dcd-154b-4c76-9bd3-c8f88648b5ff",
} as const;

export const UNKNOWN_STRING = UNKNOWN_SENTINELS.string;

export const ENFORCEMENT_LEVELS = ["advisory", "mandatory", "remediate", "disabled"] as const;
export type EnforcementLevelName = (typeof ENFORCEMENT_LEVELS)[number];

export function isEnforcementLevel(value: unknown): value is EnforcementLevelName {
  return typeof value === "string" && (ENFORCEMENT_LEVELS as readonly string[]).includes(value);
}

/** Tag prefix naming each type token a policy judges (read by `rampart check` for its coverage counts). */
export const APPLIES_TO_TAG = "applies-to:";
