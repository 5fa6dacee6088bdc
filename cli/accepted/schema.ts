// The JSON Schema of an accepted-findings file (`rampart check --accepted`), version 1.
import { FINGERPRINT_PATTERN } from "./fingerprint";

export const ACCEPTED_FILE_VERSION = 1;

export const ACCEPTED_FILE_SCHEMA = {
  $schema: "http://json-schema.org/draft-07/schema#",
  title: "Rampart accepted findings",
  description: "Findings `rampart check --accepted` reports without failing on: each names its policy pack, policy, resource URN and the fingerprint of its message.",
  type: "object",
  required: ["version", "findings"],
  additionalProperties: false,
  properties: {
    version: { const: ACCEPTED_FILE_VERSION, description: "The file format's version." },
    findings: {
      type: "array",
      items: {
        type: "object",
        required: ["policyPackName", "policyName", "urn", "fingerprint"],
        additionalProperties: false,
        properties: {
          policyPackName: { type: "string", minLength: 1 },
          policyName: { type: "string", minLength: 1 },
          urn: { type: "string", description: "The resource's URN; empty for a finding about the whole stack." },
          fingerprint: { type: "string", pattern: FINGERPRINT_PATTERN, description: "SHA-256 of the normalised message, first 16 hex digits." },
          message: { type: "string", description: "The message as reported (first line), for reviewers; matching ignores it." },
          reason: { type: "string", pattern: "\\S", description: "Why the finding is accepted." },
          expires: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$", description: "The last day the entry accepts its finding (YYYY-MM-DD)." },
        },
      },
    },
  },
} as const;
