// How the OS scan reads its inputs and counts (no tools needed): the XCCDF results file, cloud-init's
// sectioned output, and the pass rate over the in-scope rules.
import { parseSections } from "./scan/apply-cloud-init";
import { passRate } from "./scan/pass-rate";
import { parseResults, RuleResult } from "./scan/results";
import { validateScope } from "./scan/scope";

const scope = validateScope({
  profile: "xccdf_org.ssgproject.content_profile_cis_level1_server",
  exclusions: [{ rule: "mount_option_*", category: "partitions-and-mount-options", reason: "the disk layout belongs to the image" }],
});
const r = (id: string, result: RuleResult["result"]): RuleResult => ({ id, result, title: id });

describe("the pass rate", () => {
  it("is passing / (passing + failing) over in-scope rules; notapplicable, notchecked and notselected do not count, errors are listed", () => {
    const rate = passRate(
      [r("a", "pass"), r("b", "pass"), r("c", "pass"), r("d", "fail"), r("e", "notapplicable"), r("f", "notchecked"), r("g", "notselected"), r("h", "error"), r("mount_option_tmp_nodev", "fail")],
      scope,
    );
    expect({ passed: rate.passed, failed: rate.failed, rate: rate.rate }).toEqual({ passed: 3, failed: 1, rate: 0.75 });
    expect(rate.failing.map((x) => x.id)).toEqual(["d"]);
    expect(rate.undecided.map((x) => x.id)).toEqual(["h"]);
    expect(rate.excluded.map((x) => [x.id, x.exclusion.category])).toEqual([["mount_option_tmp_nodev", "partitions-and-mount-options"]]);
  });
});

describe("reading oscap's XCCDF 1.2 results", () => {
  const xml = `<?xml version="1.0"?>
<xccdf-1.2:Benchmark xmlns:xccdf-1.2="http://checklists.nist.gov/xccdf/1.2" id="b">
  <xccdf-1.2:Group id="g1"><xccdf-1.2:title>Services</xccdf-1.2:title>
    <xccdf-1.2:Group id="g2">
      <xccdf-1.2:Rule id="xccdf_org.ssgproject.content_rule_sshd_set_idle_timeout" selected="false"><xccdf-1.2:title>Set SSH Client Alive Interval</xccdf-1.2:title></xccdf-1.2:Rule>
    </xccdf-1.2:Group>
    <xccdf-1.2:Rule id="xccdf_org.ssgproject.content_rule_package_aide_installed"><xccdf-1.2:title xml:lang="en-US">Install AIDE</xccdf-1.2:title></xccdf-1.2:Rule>
  </xccdf-1.2:Group>
  <xccdf-1.2:TestResult id="t">
    <xccdf-1.2:rule-result idref="xccdf_org.ssgproject.content_rule_sshd_set_idle_timeout" role="full"><xccdf-1.2:result>fail</xccdf-1.2:result></xccdf-1.2:rule-result>
    <xccdf-1.2:rule-result idref="xccdf_org.ssgproject.content_rule_package_aide_installed"><xccdf-1.2:result>pass</xccdf-1.2:result></xccdf-1.2:rule-result>
  </xccdf-1.2:TestResult>
</xccdf-1.2:Benchmark>`;

  it("gives each rule-result its short id, result and the title of its Rule, however deep the groups nest", () => {
    expect(parseResults(xml)).toEqual([
      { id: "sshd_set_idle_timeout", result: "fail", title: "Set SSH Client Alive Interval" },
      { id: "package_aide_installed", result: "pass", title: "Install AIDE" },
    ]);
  });

  it("says what is wrong with a file that is not a results file", () => {
    expect(() => parseResults("<oval_results/>", "x.xml")).toThrow(/x\.xml: not an XCCDF results file/);
    expect(() => parseResults('<Benchmark xmlns="http://checklists.nist.gov/xccdf/1.2"/>', "x.xml")).toThrow(/x\.xml: the Benchmark holds no TestResult/);
  });
});

describe("cloud-init's sectioned output", () => {
  it("splits the chroot's output into each command's output and exit status", () => {
    const out = "==os-scan-begin== cloud-init init\nline 1\nrampart: x\n==os-scan-end== 0\n==os-scan-begin== /usr/sbin/sshd -t\n==os-scan-end== 255\n";
    expect(parseSections(out)).toEqual([
      { command: "cloud-init init", output: "line 1\nrampart: x\n", status: 0 },
      { command: "/usr/sbin/sshd -t", output: "", status: 255 },
    ]);
  });
});
