// The reference environment's settings from stack config, with defaults that pass the strict
// baseline. Odd values (a word where a number belongs, an unknown OS) fall back to the default
// with a warning instead of failing the program.
import type { NatGatewayMode } from "../hardened-vpc";
import { OsFamily, parseOsFamily } from "../lib/os-images";

export interface ReferenceSettings {
  vpcCidr: string;
  azCount: number;
  instanceType: string;
  minSize: number;
  maxSize: number;
  osFamily: OsFamily;
  /** Release of osFamily; undefined: the family's default. An unknown or end-of-life one fails the program (OsReleaseError). */
  osVersion?: string;
  appPort: number;
  natGateways: NatGatewayMode;
  /** Ports instances reach on the internet: Debian and Ubuntu mirrors also serve plain HTTP. */
  internetEgressPorts: number[];
  certificateArn?: string;
  domainName: string;
  hostedZoneId?: string;
  accountBaseline: boolean;
  /** A private PostgreSQL database for the web tier. */
  database: boolean;
  databaseInstanceClass: string;
  databaseMultiAz: boolean;
  deletionProtection: boolean;
  /** Tag of the API service's image in the services' repository (tags are immutable: one per build). */
  serviceImageTag: string;
}

/** Reads a stack config value by key; undefined when unset (pulumi.Config#get). */
export type ConfigGetter = (key: string) => string | undefined;

export function readSettings(get: ConfigGetter, warn: (message: string) => void = () => undefined): ReferenceSettings {
  const number = (key: string, fallback: number, min: number, max: number): number => {
    const raw = get(key);
    if (raw === undefined || raw.trim() === "") return fallback;
    const value = Number(raw);
    if (Number.isInteger(value) && value >= min && value <= max) return value;
    warn(`config ${key} must be a whole number from ${min} to ${max}; using ${fallback}`);
    return fallback;
  };
  const bool = (key: string, fallback: boolean): boolean => {
    const raw = get(key)?.trim().toLowerCase();
    if (raw === undefined || raw === "") return fallback;
    if (raw === "true" || raw === "false") return raw === "true";
    warn(`config ${key} must be true or false; using ${fallback}`);
    return fallback;
  };
  const text = (key: string): string | undefined => {
    const raw = get(key)?.trim();
    return raw === undefined || raw === "" ? undefined : raw;
  };

  let osFamily: OsFamily = "amazon-linux";
  const rawOs = text("osFamily");
  if (rawOs !== undefined) {
    const parsed = parseOsFamily(rawOs);
    if (parsed) osFamily = parsed;
    else warn(`config osFamily must be amazon-linux, debian or ubuntu; using ${osFamily}`);
  }
  // Amazon Linux reaches its repositories through the S3 gateway endpoint; Debian and Ubuntu
  // mirrors are on the internet, reached through NAT, partly over plain HTTP (signed packages).
  const needsInternet = osFamily !== "amazon-linux";
  let natGateways: NatGatewayMode = needsInternet ? "single" : "none";
  const rawNat = text("natGateways");
  if (rawNat !== undefined) {
    if (rawNat === "none" || rawNat === "single" || rawNat === "perAz") natGateways = rawNat;
    else warn(`config natGateways must be none, single or perAz; using ${natGateways}`);
  }
  const minSize = number("minSize", 2, 0, 1000);
  return {
    vpcCidr: text("vpcCidr") ?? "10.0.0.0/16",
    azCount: number("azCount", 2, 1, 8),
    instanceType: text("instanceType") ?? "t3.micro",
    minSize,
    maxSize: Math.max(number("maxSize", 4, 1, 1000), minSize),
    osFamily,
    osVersion: text("osVersion"),
    appPort: number("appPort", 8080, 1, 65535),
    natGateways,
    internetEgressPorts: needsInternet ? [80, 443] : [443],
    certificateArn: text("certificateArn"),
    domainName: text("domainName") ?? "app.example.com",
    hostedZoneId: text("hostedZoneId"),
    accountBaseline: bool("accountBaseline", true),
    database: bool("database", true),
    databaseInstanceClass: text("databaseInstanceClass") ?? "db.t4g.small",
    databaseMultiAz: bool("databaseMultiAz", true),
    deletionProtection: bool("deletionProtection", true),
    serviceImageTag: text("serviceImageTag") ?? "1.0.0",
  };
}
