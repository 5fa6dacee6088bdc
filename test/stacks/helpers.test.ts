// Pure helpers behind the components: subnet carving, NACL port ranges, OS images, settings.
import { parseIpv4Cidr, subnetCidr } from "../../stacks/lib/cidr";
import { LINUX_EPHEMERAL, RESTRICTED_PORTS, rangesExcluding } from "../../stacks/lib/port-ranges";
import { osImage, parseOsFamily } from "../../stacks/lib/os-images";
import { approvalRule } from "../../stacks/patch-management";
import { bucketPrefixFor } from "../../stacks/hardened-bucket";
import { readSettings } from "../../stacks/reference/settings";
import { dbIdentifier } from "../../stacks/hardened-database";

describe("subnetCidr", () => {
  test.each([
    ["10.0.0.0/16", 4, 0, "10.0.0.0/20"],
    ["10.0.0.0/16", 4, 1, "10.0.16.0/20"],
    ["10.0.0.0/16", 4, 8, "10.0.128.0/20"],
    ["10.0.0.0/16", 4, 15, "10.0.240.0/20"],
    ["192.168.4.0/24", 4, 3, "192.168.4.48/28"],
    ["172.16.0.0/12", 8, 255, "172.31.240.0/20"],
  ])("%s + %i bits, index %i -> %s", (cidr, bits, index, expected) => {
    expect(subnetCidr(cidr, bits, index)).toBe(expected);
  });

  test.each([
    ["not a cidr", 4, 0, /not an IPv4 CIDR/],
    ["10.0.0.1/16", 4, 0, /host bits/],
    ["300.0.0.0/16", 4, 0, /not a valid/],
    ["10.0.0.0/26", 4, 0, /AWS subnets/],
    ["10.0.0.0/16", 4, 16, /out of range/],
    ["10.0.0.0/16", 4, -1, /out of range/],
  ])("rejects %s (+%i, index %i)", (cidr, bits, index, message) => {
    expect(() => subnetCidr(cidr as string, bits as number, index as number)).toThrow(message as RegExp);
  });

  test("parses the network and prefix", () => {
    expect(parseIpv4Cidr("10.1.0.0/16")).toEqual({ network: 10 * 2 ** 24 + 1 * 2 ** 16, prefix: 16 });
  });
});

describe("rangesExcluding", () => {
  test("cuts holes and merges neighbouring excluded ports", () => {
    expect(rangesExcluding({ from: 1000, to: 1010 }, [1003, 1004, 1010, 5])).toEqual([
      { from: 1000, to: 1002 },
      { from: 1005, to: 1009 },
    ]);
  });

  test("Linux ephemeral ports without the restricted ones leave out only 50070", () => {
    expect(rangesExcluding(LINUX_EPHEMERAL, RESTRICTED_PORTS)).toEqual([
      { from: 32768, to: 50069 },
      { from: 50071, to: 65535 },
    ]);
  });

  test("no restricted port survives in the ranges and every other port does", () => {
    const ranges = rangesExcluding({ from: 0, to: 65535 }, RESTRICTED_PORTS);
    const open = (p: number) => ranges.some((r) => p >= r.from && p <= r.to);
    for (const p of RESTRICTED_PORTS) expect(open(p)).toBe(false);
    const restricted = new Set(RESTRICTED_PORTS);
    for (let p = 0; p <= 65535; p += 97) expect(open(p)).toBe(!restricted.has(p));
  });

  test("an excluded range covering everything leaves nothing", () => {
    expect(rangesExcluding({ from: 22, to: 22 }, [22])).toEqual([]);
  });
});

describe("OS images", () => {
  test.each([
    ["amazon-linux", "/dev/xvda", "AMAZON_LINUX_2023", /al2023-ami-kernel-default-x86_64$/],
    ["debian", "/dev/xvda", "DEBIAN", /debian\/release\/12\/latest\/amd64$/],
    ["ubuntu", "/dev/sda1", "UBUNTU", /ubuntu\/server\/24\.04\/.*\/amd64\//],
  ] as const)("%s", (family, root, os, image) => {
    const result = osImage(family);
    expect(result.rootDeviceName).toBe(root);
    expect(result.patchOperatingSystem).toBe(os);
    expect(result.imageId).toMatch(/^resolve:ssm:\/aws\/service\//);
    expect(result.imageId).toMatch(image);
  });

  test("arm64 images", () => {
    expect(osImage("amazon-linux", "arm64").imageId).toMatch(/arm64$/);
    expect(osImage("debian", "arm64").imageId).toMatch(/arm64$/);
  });

  test.each([["Ubuntu", "ubuntu"], [" debian ", "debian"], ["windows", undefined], [42, undefined], [null, undefined]])(
    "parseOsFamily(%p) = %p",
    (input, expected) => expect(parseOsFamily(input)).toBe(expected),
  );
});

describe("patch approval rules", () => {
  test("Amazon Linux approves security updates after the delay", () => {
    const rule = approvalRule("AMAZON_LINUX_2023", 7, "CRITICAL");
    expect(rule.approveAfterDays).toBe(7);
    expect(rule.patchFilters).toContainEqual({ key: "CLASSIFICATION", values: ["Security"] });
  });

  test.each(["UBUNTU", "DEBIAN"] as const)("%s uses priority and section, with no approval delay", (os) => {
    const rule = approvalRule(os, 7, "HIGH");
    expect(rule.approveAfterDays).toBeUndefined();
    expect(rule.approveUntilDate).toBeUndefined();
    const keys = (rule.patchFilters as Array<{ key: string }>).map((f) => f.key);
    expect(keys).toEqual(expect.arrayContaining(["PRIORITY", "SECTION"]));
    expect(keys).not.toContain("CLASSIFICATION");
  });
});

test.each([
  ["web-alb-logs", "web-alb-logs-"],
  ["My_Bucket!", "my-bucket-"],
  ["---", "bucket-"],
  ["x".repeat(60), `${"x".repeat(36)}-`],
])("bucketPrefixFor(%p) = %p", (name, prefix) => {
  expect(bucketPrefixFor(name)).toBe(prefix);
  expect(bucketPrefixFor(name).length).toBeLessThanOrEqual(37);
});

describe("reference settings", () => {
  const from = (values: Record<string, string>) => {
    const warnings: string[] = [];
    return { settings: readSettings((k) => values[k], (m) => warnings.push(m)), warnings };
  };

  test("defaults pass the strict baseline's expectations", () => {
    const { settings, warnings } = from({});
    expect(settings).toMatchObject({
      vpcCidr: "10.0.0.0/16", azCount: 2, instanceType: "t3.micro", minSize: 2, maxSize: 4,
      osFamily: "amazon-linux", natGateways: "none", internetEgressPorts: [443], deletionProtection: true, accountBaseline: true,
    });
    expect(warnings).toEqual([]);
  });

  test("reads numbers, booleans and the OS family", () => {
    const { settings } = from({ azCount: "3", minSize: "1", maxSize: "6", osFamily: "ubuntu", accountBaseline: "false" });
    expect(settings).toMatchObject({ azCount: 3, minSize: 1, maxSize: 6, osFamily: "ubuntu", accountBaseline: false });
    expect(settings.natGateways).toBe("single"); // Ubuntu's mirrors are on the internet
    expect(settings.internetEgressPorts).toEqual([80, 443]);
  });

  test("odd values fall back to defaults with a warning, never a throw", () => {
    const { settings, warnings } = from({ azCount: "many", minSize: "-3", osFamily: "windows", natGateways: "lots", deletionProtection: "maybe" });
    expect(settings).toMatchObject({ azCount: 2, minSize: 2, osFamily: "amazon-linux", natGateways: "none", deletionProtection: true });
    expect(warnings).toHaveLength(5);
  });

  test("maxSize never falls below minSize", () => {
    expect(from({ minSize: "5", maxSize: "2" }).settings.maxSize).toBe(5);
  });
});

test.each([
  ["dev-db", "dev-db"],
  ["Prod_DB", "prod-db"],
  ["9lives--db-", "lives-db"],
  ["---", "db"],
  ["a".repeat(80), "a".repeat(57)],
])("dbIdentifier(%p) = %p", (raw, expected) => {
  expect(dbIdentifier(raw)).toBe(expected);
});
