// Config keys the network policies share, with their defaults and tolerant readers (a baseline
// file may say "8" for 8; an unusable value falls back to the default rather than throwing).
import type { ConfigProperty } from "../../lib/control";
import { readNumber } from "../../lib/values";
import { DEFAULT_THRESHOLDS, InternetThresholds } from "../../aws/network/internet";

/** EC2.19's high-risk ports plus common admin and data ports (issue 3's list). */
export const DEFAULT_RESTRICTED_PORTS: readonly number[] = [
  20, 21, 22, 23, 25, 110, 135, 143, 445, 1433, 1434, 3000, 3306, 3389, 4333, 5000, 5432, 5500, 5601, 5984, 5985, 5986, 6379, 7001, 8020, 8080,
  8088, 8888, 9000, 9042, 9200, 9300, 11211, 27017, 50070,
];

export const DEFAULT_ALLOWED_PORTS: readonly number[] = [80, 443];

export interface InternetConfig {
  internetPrefixV4: number;
  internetPrefixV6: number;
}

export const INTERNET_CONFIG: Readonly<Record<keyof InternetConfig, ConfigProperty>> = {
  internetPrefixV4: {
    type: "integer",
    minimum: 0,
    maximum: 32,
    default: DEFAULT_THRESHOLDS.v4,
    description: "An IPv4 source counts as the internet when it is any address (0.0.0.0/0) or its public part spans at least a block of this prefix length (8: a public /8 or wider).",
  },
  internetPrefixV6: {
    type: "integer",
    minimum: 0,
    maximum: 128,
    default: DEFAULT_THRESHOLDS.v6,
    description: "An IPv6 source counts as the internet when it is any address (::/0) or its public part spans at least a block of this prefix length (32: a public /32 or wider).",
  },
};

export const PORTS_CONFIG = (description: string, defaults: readonly number[]): ConfigProperty => ({
  type: "array",
  items: { type: "integer", minimum: 0, maximum: 65535 },
  default: [...defaults],
  description,
});

function prefixOr(value: unknown, max: number, fallback: number): number {
  const n = readNumber(value);
  return typeof n === "number" && Number.isInteger(n) && n >= 0 && n <= max ? n : fallback;
}

export function thresholdsOf(config: Partial<InternetConfig> | undefined): InternetThresholds {
  return {
    v4: prefixOr(config?.internetPrefixV4, 32, DEFAULT_THRESHOLDS.v4),
    v6: prefixOr(config?.internetPrefixV6, 128, DEFAULT_THRESHOLDS.v6),
  };
}

/** A sorted list of distinct ports from config (numbers or numeric strings); the default when unusable. */
export function portListOf(value: unknown, fallback: readonly number[]): number[] {
  if (!Array.isArray(value)) return [...fallback];
  const ports = new Set<number>();
  for (const item of value) {
    const n = readNumber(item);
    if (typeof n === "number" && Number.isInteger(n) && n >= 0 && n <= 65535) ports.add(n);
  }
  return [...ports].sort((a, b) => a - b);
}
