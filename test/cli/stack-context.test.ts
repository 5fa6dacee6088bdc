// What program mode tells the packs about the stack, from Pulumi.yaml and Pulumi.<stack>.yaml:
// config, secret keys, the tags a backend derives (pulumi:tags included) and the ESC
// environments that cannot be resolved offline.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { programStackContext } from "../../cli/check/stack-context";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "rampart-stack-context-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

let n = 0;
function project(stackYaml: string, projectYaml = "name: shop\nruntime: nodejs\n"): string {
  const dir = path.join(tmp, `p${++n}`);
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, "Pulumi.yaml"), projectYaml);
  fs.writeFileSync(path.join(dir, "index.js"), "");
  fs.writeFileSync(path.join(dir, "Pulumi.prod.yaml"), stackYaml);
  return dir;
}

function contextOf(dir: string) {
  const warnings: string[] = [];
  const context = programStackContext({ dir, stack: "prod", preview: false, organization: "acme" }, (line) => warnings.push(line));
  return { context, warnings };
}

test("config, secret keys and tags as the engine derives them", () => {
  const dir = project("config:\n  region: eu\n  aws:region: eu-west-1\n  pw:\n    secure: xyz\n  pulumi:tags:\n    owner: ops\n", "name: shop\nruntime: nodejs\ndescription: The shop.\n");
  const { context, warnings } = contextOf(dir);
  expect(context).toEqual({
    stack: "prod",
    project: "shop",
    organization: "acme",
    dryRun: false,
    config: { "shop:region": "eu", "aws:region": "eu-west-1", "shop:pw": "rampart-check-placeholder", "pulumi:tags": '{"owner":"ops"}' },
    configSecretKeys: ["shop:pw"],
    tags: { "pulumi:project": "shop", "pulumi:runtime": "nodejs", "pulumi:description": "The shop.", owner: "ops" },
  });
  expect(warnings).toEqual([]);
});

test("`pulumi:tags` that is not an object of strings is refused, naming the stack file", () => {
  const dir = project("config:\n  pulumi:tags:\n    owner: 3\n");
  expect(() => contextOf(dir)).toThrow(`${path.join(dir, "Pulumi.prod.yaml")}: config.pulumi:tags.owner: must be a string`);
});

test.each([
  ["environment:\n  - acme/prod\n  - acme/shared\n", "environment: ESC environments (acme/prod, acme/shared) are not available offline;"],
  ["environment:\n  imports:\n    - acme/prod\n", "environment: ESC environments (acme/prod) are not available offline;"],
  ["environments:\n  - acme/prod\n", "environments: ESC environments (acme/prod) are not available offline (the Pulumi CLI reads this key as `environment` and ignores `environments`);"],
])("ESC environments in the stack file (%j) are accepted with a warning naming the file", (yaml, said) => {
  const dir = project(yaml);
  const { warnings } = contextOf(dir);
  expect(warnings).toHaveLength(1);
  expect(warnings[0]).toContain(`warning: ${path.join(dir, "Pulumi.prod.yaml")}: ${said}`);
});
