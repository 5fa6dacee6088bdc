// The baselines Rampart ships, derived from the policies' own metadata so they never drift from
// the pack: scripts/generate-baselines.ts writes them, and a test fails when a file is stale.
import type { RampartMeta } from "../../policies/lib/control";

export interface ShippablePolicy {
  readonly name: string;
  readonly enforcementLevel?: string;
  readonly rampart: Pick<RampartMeta, "references" | "defaults">;
}

export interface ShippedBaseline {
  /** File name under baselines/. */
  readonly file: string;
  /** When to use it (README, docs). */
  readonly purpose: string;
  build(policies: readonly ShippablePolicy[]): Record<string, unknown>;
}

function each(policies: readonly ShippablePolicy[], entry: (p: ShippablePolicy) => unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const p of policies) out[p.name] = entry(p);
  return out;
}

const mapsToCis = (p: ShippablePolicy): boolean => p.rampart.references.some((ref) => ref.framework === "cis-aws");

/**
 * Strict also turns on the image allowlist (inactive until configured): machines boot only from
 * AWS's own published image parameters for the OS families the reference stacks support.
 */
const STRICT_SETTINGS: Readonly<Record<string, Record<string, unknown>>> = {
  "ec2-approved-images": {
    allowedAmiPatterns: [
      "resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-*",
      "resolve:ssm:/aws/service/debian/release/*",
      "resolve:ssm:/aws/service/canonical/ubuntu/server/*",
    ],
  },
};

export const SHIPPED_BASELINES: readonly ShippedBaseline[] = [
  {
    file: "recommended.json",
    purpose: "The pack's defaults made explicit: every policy at its default level with its default config. Start here and edit.",
    build: (policies) => each(policies, (p) => ({ enforcementLevel: p.enforcementLevel ?? "advisory", ...p.rampart.defaults })),
  },
  {
    file: "strict.json",
    purpose: "Every policy mandatory, no exceptions granted by resource tags, images only from AWS's published image parameters. What the reference stacks must pass.",
    build: (policies) => each(policies, (p) => ({ enforcementLevel: "mandatory", allowTagExceptions: false, ...STRICT_SETTINGS[p.name] })),
  },
  {
    file: "cis-aws-foundations.json",
    purpose: "The policies that map to CIS AWS Foundations Benchmark controls mandatory, every other policy advisory.",
    build: (policies) => each(policies, (p) => (mapsToCis(p) ? "mandatory" : "advisory")),
  },
  {
    file: "adoption.json",
    purpose: "Everything advisory: a first run on an existing estate, to see the findings without blocking a deploy.",
    build: (policies) => each(policies, () => "advisory"),
  },
];

/** A baseline file's exact text (stable, 2-space JSON with a final newline). */
export function baselineText(doc: unknown): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}
