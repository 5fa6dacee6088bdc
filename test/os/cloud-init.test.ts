// The rendered user data checked by the real cloud-init (`cloud-init schema`) for each OS release,
// read back by PyYAML (the parser cloud-init uses), and its shell commands parsed by sh.
import * as fs from "fs";
import { gunzipSync } from "zlib";
import * as path from "path";
import { buildCloudConfig, loadLinuxBaseline, OS_RELEASES, OsRelease, renderUserData, renderUserDataBase64 } from "../../stacks/os";
import { SSHD_BLOCK_PATH } from "../../stacks/os/render-sshd";
import { OsFamily } from "../../stacks/os/types";
import { osTools, run, tempDir } from "./tools";

const tools = osTools({ cloudInit: ["cloud-init", "cloud-init"], python: ["python3", "python3 (a dependency of cloud-init)"], sh: ["sh", "dash"] });
const describe = tools.describe;
const { cloudInit: CLOUD_INIT, python: PYTHON, sh: SH } = tools.path;
const baseline = loadLinuxBaseline();
// EC2 refuses user data above 16 KB (before base64).
const EC2_USER_DATA_LIMIT = 16384;

function writeTemp(name: string, content: string): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, content);
  return file;
}

function schemaCheck(file: string) {
  return run(CLOUD_INIT, ["schema", "--config-file", file]);
}

describe.each(OS_RELEASES.map((r) => [r.name, r]))("user data for %s", (_name: string, release: OsRelease) => {
  const osFamily = release.family;
  const userData = renderUserData(baseline, { osFamily, osVersion: release.version });
  const config = buildCloudConfig(baseline, { osFamily, osVersion: release.version });

  it("is accepted by cloud-init schema, without deprecation warnings", () => {
    const file = writeTemp(`${osFamily}-${release.version}.yaml`, userData);
    const result = schemaCheck(file);
    expect((result.stdout + result.stderr).split(file).join("<file>")).not.toMatch(/deprecat|error/i);
    expect(result.stdout).toMatch(/Valid cloud-config/);
    expect(result.status).toBe(0);
  });

  it("reads back through PyYAML as exactly the document that was built (no yes/no or octal surprises)", () => {
    const script = "import json, sys, yaml; print(json.dumps(yaml.safe_load(open(sys.argv[1]))))";
    const result = run(PYTHON, ["-c", script, writeTemp(`${osFamily}-${release.version}.yaml`, userData)]);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(JSON.stringify(config)));
  });

  it("starts with #cloud-config and, gzip-compressed as the launch template sends it, fits EC2's user-data limit", () => {
    expect(userData.startsWith("#cloud-config\n")).toBe(true);
    const sent = Buffer.from(renderUserDataBase64(baseline, { osFamily, osVersion: release.version }), "base64");
    expect(sent.length).toBeLessThan(EC2_USER_DATA_LIMIT);
  });

  it("has runcmd shell commands that sh parses", () => {
    const scripts = config.runcmd.filter((c): c is string => typeof c === "string");
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      const result = run(SH, ["-n", "-c", script]);
      expect({ script, stderr: result.stderr, status: result.status }).toEqual({ script, stderr: "", status: 0 });
    }
  });

  it("patches on first boot, writes every baseline file and restarts sshd only after sshd -t", () => {
    expect(config).toMatchObject({ package_update: true, package_upgrade: true, package_reboot_if_required: true, ssh_pwauth: false });
    expect(config.write_files.map((f) => f.path)).toEqual(
      expect.arrayContaining([SSHD_BLOCK_PATH, baseline.sysctl.path, baseline.auditd.rulesPath]),
    );
    const sshdFile = config.write_files.find((f) => f.path === SSHD_BLOCK_PATH)!;
    expect(sshdFile).toMatchObject({ owner: "root:root", permissions: "0600" });
    expect(config.runcmd[0]).toEqual(["sysctl", "--system"]);
    const sshd = String(config.runcmd.find((c) => String(c).includes("sshd -t")));
    expect(sshd).toMatch(/then if \/usr\/sbin\/sshd -t; then rm -f \/etc\/rampart\/pending\/sshd_config\.block; systemctl restart (ssh|sshd);/);
    expect(config.packages).toEqual(expect.arrayContaining(baseline.auditd.packages[osFamily]));
  });
});

describe("differences between families", () => {
  const debian = buildCloudConfig(baseline, { osFamily: "debian" });
  const amazon = buildCloudConfig(baseline, { osFamily: "amazon-linux" });

  it("uses unattended-upgrades on Debian and dnf-automatic (security only) on Amazon Linux", () => {
    expect(debian.packages).toEqual(["auditd", "unattended-upgrades", "apparmor", "apparmor-utils", "nftables", "systemd-timesyncd", "systemd-journal-remote", "logrotate", "libpam-pwquality", "cracklib-runtime", "aide", "aide-common"]);
    expect(amazon.packages).toEqual(["audit", "dnf-automatic", "nftables", "chrony", "systemd-journal-remote", "logrotate", "authselect", "libpwquality", "aide"]);
    const dnfConf = amazon.write_files.find((f) => f.path === "/etc/dnf/automatic.conf")!;
    // Written after dnf-automatic installed its own copy.
    expect(dnfConf.defer).toBe(true);
    expect(dnfConf.content).toMatch(/^upgrade_type = security$/m);
    expect(dnfConf.content).toMatch(/^apply_updates = yes$/m);
    expect(amazon.runcmd).toContainEqual(["systemctl", "enable", "--now", "dnf-automatic.timer"]);
  });

  it("asks dnf whether to reboot on Amazon Linux, where cloud-init's reboot_if_required has no file to look at", () => {
    expect(amazon.power_state).toMatchObject({ mode: "reboot", condition: expect.stringContaining("needs-restarting -r") });
    expect(debian.power_state).toBeUndefined();
  });

  it("removes packages with dpkg-query/apt-get on Debian and rpm/dnf on Amazon Linux", () => {
    expect(debian.runcmd.join("\n")).toMatch(/dpkg-query .* apt-get purge -y "\$p"/);
    expect(amazon.runcmd.join("\n")).toMatch(/rpm -q --quiet "\$p"; then dnf remove -y "\$p"/);
  });
});

describe("the checks are real", () => {
  it("cloud-init schema rejects user data with a wrongly typed key", () => {
    const broken = renderUserData(baseline, { osFamily: "debian" }).replace("package_update: true", "package_update: maybe");
    const result = schemaCheck(writeTemp("broken.yaml", broken));
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toMatch(/package_update: 'maybe' is not of type 'boolean'/);
  });

  it("rejects an unknown OS family with a clear message", () => {
    expect(() => buildCloudConfig(baseline, { osFamily: "windows" as OsFamily })).toThrow(/unknown osFamily "windows"/);
  });
});

describe("base64 user data for the launch template", () => {
  it("decodes and gunzips to the same document, with the same bytes every time", () => {
    const encoded = renderUserDataBase64(baseline, { osFamily: "ubuntu" });
    expect(gunzipSync(Buffer.from(encoded, "base64")).toString("utf8")).toBe(renderUserData(baseline, { osFamily: "ubuntu" }));
    expect(renderUserDataBase64(baseline, { osFamily: "ubuntu" })).toBe(encoded);
    expect(Buffer.from(encoded, "base64")[9]).toBe(255);
  });
});
