// The OS releases as data (stacks/os/release-table.json, openssh-algorithms.json): end-of-life releases
// are refused with their date, each supported release gets only the sshd algorithms its OpenSSH
// accepts, and what a release cannot take is an error, not a guess. No tools needed.
import {
  END_OF_LIFE_RELEASES,
  OS_FAMILIES,
  OS_RELEASES,
  OsReleaseError,
  SshAlgorithmError,
  buildCloudConfig,
  loadLinuxBaseline,
  osRelease,
  renderUserData,
} from "../../stacks/os";
import { osImage } from "../../stacks/lib/os-images";
import { SSHD_BLOCK_PATH } from "../../stacks/os/render-sshd";

const baseline = loadLinuxBaseline();
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function sshdDropIn(osFamily: (typeof OS_FAMILIES)[number], osVersion: string, settings = baseline.sshd.settings): Map<string, string> {
  const config = buildCloudConfig({ ...baseline, sshd: { ...baseline.sshd, settings } }, { osFamily, osVersion });
  const file = config.write_files.find((f) => f.path === SSHD_BLOCK_PATH)!;
  return new Map(file.content.split("\n").filter((l) => l && !l.startsWith("#")).map((l) => [l.slice(0, l.indexOf(" ")), l.slice(l.indexOf(" ") + 1)]));
}

describe("the release table", () => {
  it("names at least Debian 12 and 13, Ubuntu 22.04 and 24.04 and Amazon Linux 2023, one default per family", () => {
    expect(OS_RELEASES.map((r) => `${r.family} ${r.version}`)).toEqual(expect.arrayContaining(["debian 12", "debian 13", "ubuntu 22.04", "ubuntu 24.04", "amazon-linux 2023"]));
    for (const family of OS_FAMILIES) expect(OS_RELEASES.filter((r) => r.family === family && r.default)).toHaveLength(1);
  });

  it.each(OS_RELEASES.map((r) => [r.name, r]))("%s: versions, support date, image and sources are filled in", (_name, release) => {
    expect(release.openssh).toMatch(/^\d+\.\d+p\d+$/);
    expect(release.audit).toMatch(/^\d+\.\d+(\.\d+)?$/);
    expect(release.supportEnds).toMatch(ISO_DAY);
    expect(release.image.x86_64).toMatch(/^resolve:ssm:\/aws\/service\//);
    expect(release.image.arm64).toMatch(/^resolve:ssm:\/aws\/service\//);
    expect(release.sources.length).toBeGreaterThan(0);
    for (const source of release.sources) expect(source).toMatch(/^https:\/\//);
  });
});

describe("end-of-life releases are refused with their date", () => {
  it.each([
    ["debian", "11", /Debian 11 \(bullseye\) is end of life: its security support \(Debian LTS\) ended on 2026-08-31\. Use debian 12, 13/],
    ["ubuntu", "20.04", /Ubuntu 20\.04 LTS \(focal\) is end of life: .* ended on 2025-05-31/],
    ["amazon-linux", "2", /Amazon Linux 2 is end of life: .* ended on 2026-06-30\. Use amazon-linux 2023/],
  ] as const)("%s %s", (family, version, message) => {
    expect(() => osRelease(family, version)).toThrow(OsReleaseError);
    expect(() => osRelease(family, version)).toThrow(message);
    expect(() => renderUserData(baseline, { osFamily: family, osVersion: version })).toThrow(message);
    expect(() => osImage(family, "x86_64", version)).toThrow(message);
  });

  it("every end-of-life entry has its date and source", () => {
    for (const r of END_OF_LIFE_RELEASES) {
      expect(r.supportEnded).toMatch(ISO_DAY);
      expect(r.sources[0]).toMatch(/^https:\/\//);
    }
  });

  it("a supported release is refused from the day after its support ends", () => {
    const ubuntu = OS_RELEASES.find((r) => r.family === "ubuntu" && r.version === "22.04")!;
    const lastDay = new Date(`${ubuntu.supportEnds}T12:00:00Z`);
    const dayAfter = new Date(lastDay.getTime() + 86_400_000);
    expect(osRelease("ubuntu", "22.04", lastDay).version).toBe("22.04");
    expect(() => osRelease("ubuntu", "22.04", dayAfter)).toThrow(`ended on ${ubuntu.supportEnds}`);
    expect(() => renderUserData(baseline, { osFamily: "ubuntu", osVersion: "22.04", today: dayAfter })).toThrow(OsReleaseError);
  });

  it("an unknown version names the supported ones", () => {
    expect(() => osRelease("debian", "14")).toThrow('unknown debian version "14": Rampart\'s OS baseline supports debian 12, 13');
  });
});

describe("each release gets the sshd algorithms its OpenSSH accepts", () => {
  it("Debian 13 (OpenSSH 10.0) leads with the ML-KEM hybrid key exchange", () => {
    expect(sshdDropIn("debian", "13").get("KexAlgorithms")).toBe("mlkem768x25519-sha256,sntrup761x25519-sha512@openssh.com,curve25519-sha256@libssh.org,diffie-hellman-group-exchange-sha256");
  });

  it.each([["debian", "12"], ["ubuntu", "22.04"], ["ubuntu", "24.04"], ["amazon-linux", "2023"]] as const)("%s %s (OpenSSH before 9.9) leaves it out and keeps the rest in order", (family, version) => {
    expect(sshdDropIn(family, version).get("KexAlgorithms")).toBe("sntrup761x25519-sha512@openssh.com,curve25519-sha256@libssh.org,diffie-hellman-group-exchange-sha256");
    expect(sshdDropIn(family, version).get("Ciphers")).toBe(baseline.sshd.settings.Ciphers.toString());
  });

  it("the default release of each family renders as before, and says which release it is for", () => {
    expect(renderUserData(baseline, { osFamily: "debian" })).toContain("for Debian 12 (bookworm).");
    expect(renderUserData(baseline, { osFamily: "amazon-linux" })).toBe(renderUserData(baseline, { osFamily: "amazon-linux", osVersion: "2023" }));
  });

  it("an algorithm the table does not know is an error naming the directive, not a guess", () => {
    const settings = { ...baseline.sshd.settings, MACs: ["hmac-sha2-256", "hmac-sha3-512@example.org"] };
    expect(() => sshdDropIn("debian", "12", settings)).toThrow(SshAlgorithmError);
    expect(() => sshdDropIn("debian", "12", settings)).toThrow(/sshd\.settings\.MACs: hmac-sha3-512@example\.org is not in Rampart's OpenSSH table/);
  });

  it("a list that the release would leave empty is an error: sshd would refuse to start", () => {
    const settings = { ...baseline.sshd.settings, KexAlgorithms: ["mlkem768x25519-sha256"] };
    expect(() => sshdDropIn("amazon-linux", "2023", settings)).toThrow("sshd.settings.KexAlgorithms: Amazon Linux 2023's OpenSSH 8.7p1 accepts none of mlkem768x25519-sha256");
    expect(sshdDropIn("debian", "13", settings).get("KexAlgorithms")).toBe("mlkem768x25519-sha256");
  });

  it("a package the release does not ship is an error", () => {
    const odd = { ...baseline, auditd: { ...baseline.auditd, packages: { ...baseline.auditd.packages, debian: ["auditd", "audit-ng"] } } };
    expect(() => buildCloudConfig(odd, { osFamily: "debian", osVersion: "12" })).toThrow("the baseline installs audit-ng, which Debian 12 (bookworm) does not ship");
  });
});

describe("images follow the release", () => {
  it("each release's own parameter, and the family default without a version", () => {
    expect(osImage("debian", "x86_64", "13").imageId).toBe("resolve:ssm:/aws/service/debian/release/13/latest/amd64");
    expect(osImage("ubuntu", "arm64", "22.04").imageId).toMatch(/ubuntu\/server\/22\.04\/.*arm64/);
    expect(osImage("debian").imageId).toBe("resolve:ssm:/aws/service/debian/release/12/latest/amd64");
  });
});
