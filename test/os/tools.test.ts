// The tool lookup the OS tests depend on: a missing tool fails loudly and says how to install it.
import { requireTool } from "./tools";

describe("requireTool", () => {
  it("finds an installed tool and returns its absolute path", () => {
    expect(requireTool("sh", "dash")).toMatch(/^\/.*\/sh$/);
  });

  it("fails with the package to install and the CI script, instead of skipping", () => {
    expect(() => requireTool("rampart-no-such-tool", "some-package")).toThrow(
      /rampart-no-such-tool is required by test\/os .* \.ci\/install-os-tools\.sh \(Debian package: some-package\)/,
    );
  });
});
