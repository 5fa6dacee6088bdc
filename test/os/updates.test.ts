// Automatic security updates, read by the real parsers: apt-config for the apt.conf.d file
// (layered over a distribution-style 50unattended-upgrades) and Python's configparser for
// dnf-automatic's INI file.
import * as fs from "fs";
import * as path from "path";
import { loadLinuxBaseline, renderDnfAutomaticConf, renderUnattendedUpgradesConf } from "../../stacks/os";
import { osTools, run, tempDir } from "./tools";

const tools = osTools({ aptConfig: ["apt-config", "apt"], python: ["python3", "python3"] });
const describe = tools.describe;
const { aptConfig: APT_CONFIG, python: PYTHON } = tools.path;
const baseline = loadLinuxBaseline();
const unattended = baseline.updates.unattendedUpgrades;

// Roughly what the distribution's unattended-upgrades package ships: more than security updates.
const DISTRIBUTION_DEFAULTS = `Unattended-Upgrade::Origins-Pattern {
        "origin=Debian,codename=\${distro_codename}-updates";
        "origin=Debian,codename=\${distro_codename},label=Debian";
};
Unattended-Upgrade::Allowed-Origins { "\${distro_id}:\${distro_codename}-updates"; };
`;

/** apt's merged configuration with only the given apt.conf.d files (APT_CONFIG points apt at our folder). */
function aptDump(files: Record<string, string>): Map<string, string[]> {
  const dir = tempDir();
  const parts = path.join(dir, "apt.conf.d");
  fs.mkdirSync(parts);
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(parts, name), content);
  const main = path.join(dir, "apt.conf");
  fs.writeFileSync(main, `Dir::Etc::Parts "${parts}";\nDir::Etc::main "${path.join(dir, "none.conf")}";\n`);
  const result = run(APT_CONFIG, ["dump"], { env: { ...process.env, APT_CONFIG: main } });
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  const values = new Map<string, string[]>();
  for (const line of result.stdout.split("\n")) {
    const match = /^(\S+?)(::)? "(.*)";$/.exec(line);
    if (!match || match[3] === "") continue;
    values.set(match[1], [...(values.get(match[1]) ?? []), match[3]]);
  }
  return values;
}

describe.each([["debian"], ["ubuntu"]] as const)("unattended-upgrades on %s", (osFamily) => {
  const ours = renderUnattendedUpgradesConf(unattended, osFamily);

  it("is valid apt configuration that switches on the daily timers", () => {
    const values = aptDump({ [path.basename(unattended.confPath)]: ours });
    expect(values.get("APT::Periodic::Update-Package-Lists")).toEqual(["1"]);
    expect(values.get("APT::Periodic::Unattended-Upgrade")).toEqual(["1"]);
    expect(values.get("Unattended-Upgrade::Automatic-Reboot")).toEqual(["false"]);
  });

  it("replaces the distribution's origins with the security origins only", () => {
    const values = aptDump({ "50unattended-upgrades": DISTRIBUTION_DEFAULTS, [path.basename(unattended.confPath)]: ours });
    expect(values.get("Unattended-Upgrade::Origins-Pattern")).toEqual(unattended.originsPattern[osFamily]);
    expect(values.get("Unattended-Upgrade::Allowed-Origins")).toBeUndefined();
  });

  it("really checks: apt rejects a malformed file", () => {
    const dir = tempDir();
    const file = path.join(dir, "broken");
    fs.writeFileSync(file, 'APT::Periodic::Unattended-Upgrade "1"\n');
    expect(run(APT_CONFIG, ["-c", file, "dump"]).status).not.toBe(0);
  });
});

describe("dnf-automatic on Amazon Linux", () => {
  it("is an INI file with security-only, applied updates", () => {
    const file = path.join(tempDir(), "automatic.conf");
    fs.writeFileSync(file, renderDnfAutomaticConf(baseline.updates.dnfAutomatic));
    const script =
      "import configparser, json, sys\n" +
      "c = configparser.ConfigParser(strict=True)\n" +
      "c.read(sys.argv[1])\n" +
      "print(json.dumps({s: dict(c[s]) for s in c.sections()}))";
    const result = run(PYTHON, ["-c", script, file]);
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toEqual({
      commands: { upgrade_type: "security", random_sleep: "3600", download_updates: "yes", apply_updates: "yes" },
      emitters: { emit_via: "stdio" },
      base: { debuglevel: "1" },
    });
  });
});
