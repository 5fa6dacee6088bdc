// The program's own @pulumi/pulumi: the recorder must drive the same module instance the
// program imports, or the program would run unmocked.
import * as path from "path";
import { InputError } from "../inputs/input-error";

/* eslint-disable @typescript-eslint/no-explicit-any */
export interface PulumiRuntime {
  dir: string;
  settings: any;
  state: any;
  mocks: any;
  stack: any;
  config: any;
  resourcePb: any;
  structPb: any;
}

export function loadPulumiRuntime(programDir: string): PulumiRuntime {
  let pkg: string;
  try {
    pkg = require.resolve("@pulumi/pulumi/package.json", { paths: [programDir] });
  } catch {
    throw new InputError(programDir, "", "the program cannot load @pulumi/pulumi: run `npm ci` (or `npm install`) in the program's folder first");
  }
  const dir = path.dirname(pkg);
  const load = (rel: string) => require(path.join(dir, rel));
  return {
    dir,
    settings: load("runtime/settings"),
    state: load("runtime/state"),
    mocks: load("runtime/mocks"),
    stack: load("runtime/stack"),
    config: load("runtime/config"),
    resourcePb: load("proto/resource_pb"),
    structPb: require(require.resolve("google-protobuf/google/protobuf/struct_pb", { paths: [dir] })),
  };
}
/* eslint-enable @typescript-eslint/no-explicit-any */
