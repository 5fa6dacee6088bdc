// Program mode, inside the recorder's own process (program-process.ts): runs a Pulumi program
// under Pulumi's mock runtime, recording each registration, the way `pulumi preview` would run
// it against the engine.
import * as fs from "fs";
import * as path from "path";
import { InputError } from "../inputs/input-error";
import type { CheckInput } from "../inputs/resource";
import { readProject } from "./project-file";
import { loadPulumiRuntime } from "./pulumi-runtime";
import { createRecordingMonitor } from "./recording-monitor";

import type { ProgramOptions } from "./run-program";

function registerTypeScript(dir: string, main: string): void {
  if (!/\.[cm]?tsx?$/.test(main) && !(fs.existsSync(main) && fs.statSync(main).isDirectory() && fs.existsSync(path.join(main, "index.ts")))) return;
  let tsNode: { register(opts: object): void };
  try {
    tsNode = require(require.resolve("ts-node", { paths: [dir, __dirname] }));
  } catch {
    throw new InputError(main, "", "a TypeScript program needs ts-node (npm install --save-dev ts-node)");
  }
  const tsconfig = path.join(dir, "tsconfig.json");
  // Transpile only: type errors are the compiler's business, not the policy check's.
  tsNode.register({
    transpileOnly: true,
    project: fs.existsSync(tsconfig) ? tsconfig : undefined,
    skipProject: !fs.existsSync(tsconfig),
    compilerOptions: { module: "commonjs", target: "es2020", esModuleInterop: true },
  });
}

export async function recordProgram(dir: string, options: ProgramOptions): Promise<CheckInput> {
  const programDir = path.resolve(dir);
  const project = readProject(programDir, options.stack);
  const runtime = loadPulumiRuntime(programDir);
  const region = project.config["aws:region"] ?? process.env.AWS_REGION ?? "us-east-1";
  const { monitor, recording } = createRecordingMonitor(runtime, { project: project.name, stack: options.stack, region, preview: options.preview });

  runtime.settings.setMockOptions(monitor, project.name, options.stack, options.preview, options.organization);
  const store = runtime.state.getStore();
  // Mocks support what the engine supports, except output values (so inputs arrive resolved).
  Object.assign(store, { supportsSecrets: true, supportsResourceReferences: true, supportsOutputValues: false, supportsDeletedWith: true, supportsAliasSpecs: true });
  runtime.config.setAllConfig({ ...project.config, "aws:region": region }, project.secretKeys);

  registerTypeScript(programDir, project.main);
  const cwd = process.cwd();
  process.chdir(programDir);
  try {
    await runtime.stack.runInPulumiStack(async () => {
      const exported = require(project.main);
      return exported instanceof Function ? await exported() : exported;
    });
    await runtime.settings.waitForRPCs();
  } catch (e) {
    const err = e as Error;
    throw new InputError(project.main, "", `the program failed under the mock runtime: ${err.stack ?? err.message ?? String(e)}`);
  } finally {
    process.chdir(cwd);
  }
  return {
    source: programDir,
    kind: "program",
    resources: recording.resources,
    opaqueComponents: recording.opaqueComponents,
    stack: options.stack,
    project: project.name,
    preview: options.preview,
    projectDir: programDir,
  };
}
