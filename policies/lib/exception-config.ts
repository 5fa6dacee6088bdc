// The config properties every Rampart policy carries on top of its own: time-boxed exceptions,
// whether resource tags may grant them, and how far ahead an exception may expire. They are plain
// JSON Schema so the Pulumi CLI validates them too (it reads each policy's configSchema).
import type { ConfigProperty } from "./control";

export const DEFAULT_MAX_EXCEPTION_DAYS = 365;

export const TAG_KEY_PREFIX = "rampart:exception:";

/** The tag key that grants an exception to `policyName` on the resource carrying it. */
export function exceptionTagKey(policyName: string): string {
  return `${TAG_KEY_PREFIX}${policyName}`;
}

export const EXCEPTION_CONFIG: Readonly<Record<string, ConfigProperty>> = {
  exceptions: {
    type: "array",
    description:
      "Time-boxed exceptions. A finding about a matching resource becomes an advisory note until the exception expires. " +
      "`resource` is a URN, or a glob on the resource name or URN (`*` also spans the `/` of type tokens).",
    items: {
      type: "object",
      properties: {
        resource: { type: "string", minLength: 1, description: "A URN, or a glob on the resource name or URN." },
        reason: { type: "string", pattern: "\\S", description: "Why the exception is acceptable (required)." },
        expires: { type: "string", pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", description: "Last day the exception holds, YYYY-MM-DD (required)." },
        ticket: { type: "string", description: "Tracking ticket for the fix." },
      },
      required: ["resource", "reason", "expires"],
      additionalProperties: false,
    },
    default: [],
  },
  allowTagExceptions: {
    type: "boolean",
    description: "Honour `rampart:exception:<policy-name>` resource tags (`<reason>; expires=<YYYY-MM-DD>`).",
    default: true,
  },
  maxExceptionDays: {
    type: "integer",
    minimum: 0,
    description: "Exceptions (config or tag) may expire at most this many days after today.",
    default: DEFAULT_MAX_EXCEPTION_DAYS,
  },
};

export const EXCEPTION_CONFIG_KEYS: readonly string[] = Object.keys(EXCEPTION_CONFIG);
