// The audit rules file: auditctl syntax, one watch per path and one syscall rule per architecture.
// (auditctl itself needs the kernel's audit netlink socket, so the lines are checked by shape here;
// augenrules --load on the instance is the real check.)
import { loadLinuxBaseline, renderAuditRules } from "../../stacks/os";
import { auditRuleLines } from "../../stacks/os/render-auditd";

const baseline = loadLinuxBaseline();

describe("audit rule lines", () => {
  it.each([
    [
      "a watch on two paths",
      { kind: "watch", key: "identity", paths: ["/etc/passwd", "/etc/shadow"], permissions: "wa" },
      ["-w /etc/passwd -p wa -k identity", "-w /etc/shadow -p wa -k identity"],
    ],
    [
      "a syscall rule for both architectures",
      { kind: "syscall", key: "modules", arch: ["b64", "b32"], syscalls: ["init_module", "delete_module"] },
      [
        "-a always,exit -F arch=b64 -S init_module -S delete_module -k modules",
        "-a always,exit -F arch=b32 -S init_module -S delete_module -k modules",
      ],
    ],
  ] as const)("%s", (_label, rule, lines) => {
    expect(auditRuleLines(rule as any)).toEqual(lines);
  });
});

describe("the rendered rules file", () => {
  const text = renderAuditRules(baseline.auditd);
  const lines = text.split("\n").filter((l) => l && !l.startsWith("#"));

  it("has only watch and always,exit syscall lines, each with a key", () => {
    for (const line of lines) {
      expect(line).toMatch(/^(-w \/\S+ -p [rwxa]+|-a always,exit -F arch=b(32|64)( -S [a-z_0-9]+)+) -k [A-Za-z0-9_-]+$/);
    }
  });

  it("leaves buffer size, failure mode and the immutable flag to the distribution's audit.rules", () => {
    expect(lines.filter((l) => /^-(D|b|f|e)\b/.test(l))).toEqual([]);
  });

  it("has one line per watched path and per syscall architecture", () => {
    const expected = baseline.auditd.rules.reduce((n, r) => n + (r.kind === "watch" ? r.paths.length : r.arch.length), 0);
    expect(lines).toHaveLength(expected);
  });
});
