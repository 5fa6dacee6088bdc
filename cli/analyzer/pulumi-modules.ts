// The gRPC stubs and protobuf classes the policy pack itself uses, resolved from the same
// @pulumi/pulumi install, so that messages built here are the ones the pack decodes.
import * as path from "path";

/* eslint-disable @typescript-eslint/no-var-requires */
export const analyzerProto = require("@pulumi/pulumi/proto/analyzer_pb") as typeof import("@pulumi/pulumi/proto/analyzer_pb");
export const analyzerRpc = require("@pulumi/pulumi/proto/analyzer_grpc_pb") as typeof import("@pulumi/pulumi/proto/analyzer_grpc_pb");
export const pluginProto = require("@pulumi/pulumi/proto/plugin_pb") as typeof import("@pulumi/pulumi/proto/plugin_pb");
export const structProto = require("google-protobuf/google/protobuf/struct_pb") as typeof import("google-protobuf/google/protobuf/struct_pb");
export const emptyProto = require("google-protobuf/google/protobuf/empty_pb") as typeof import("google-protobuf/google/protobuf/empty_pb");
export const grpc = require("@grpc/grpc-js") as typeof import("@grpc/grpc-js");
/* eslint-enable @typescript-eslint/no-var-requires */

/**
 * The engine's policy-pack launcher: the pack's own @pulumi/pulumi when the pack folder has one
 * installed (as the Pulumi CLI and Pulumi Cloud run a published pack), else the one shipped with
 * Rampart (a pack inside a workspace that resolves its dependencies from a parent folder).
 */
export function runPolicyPackScript(packDir?: string): string {
  let manifest: string;
  try {
    manifest = packDir ? require.resolve("@pulumi/pulumi/package.json", { paths: [packDir] }) : require.resolve("@pulumi/pulumi/package.json");
  } catch {
    manifest = require.resolve("@pulumi/pulumi/package.json");
  }
  return path.join(path.dirname(manifest), "cmd", "run-policy-pack");
}
