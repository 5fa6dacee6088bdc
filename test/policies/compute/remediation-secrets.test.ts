// Remediation through the SDK server's own path: the Remediate RPC deserialises inputs with
// secrets kept wrapped and serialises the fixed inputs back. A fix must change one flag and
// leave every secret a secret (userData above all), never turning it into plain text.
import type { ResourceValidationArgs } from "@pulumi/policy";
import * as structproto from "google-protobuf/google/protobuf/struct_pb";
import { ebsEncryptionRequired } from "../../../policies/compute/ebs-encryption-required";
import { ec2Imdsv2Required } from "../../../policies/compute/ec2-imdsv2-required";
import type { RampartPolicy } from "../../../policies/lib/control";
import { T } from "../../../policies/aws/types";
import { secret, urnOf } from "../../helpers/policy-harness";
import { fake } from "./fake-secrets";
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { deserializeProperties, serializeProperties } = require("@pulumi/policy/deserialize");
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { unknownCheckingProxy } = require("@pulumi/policy/proxy");

async function remediateLikeTheServer(policy: RampartPolicy, type: string, props: Record<string, unknown>): Promise<Record<string, unknown> | undefined> {
  if (!("remediateResource" in policy) || !policy.remediateResource) throw new Error(`${policy.name} does not remediate`);
  const struct = structproto.Struct.fromJavaScript(props as Record<string, structproto.JavaScriptValue>);
  const args = {
    type,
    name: "subject",
    urn: urnOf(type, "subject"),
    props: unknownCheckingProxy(deserializeProperties(struct, true)),
    opts: {},
    stackTags: new Map(),
    getConfig: () => ({}),
    notApplicable: () => {
      throw new Error("not applicable");
    },
    isType: () => false,
    asType: () => undefined,
  } as unknown as ResourceValidationArgs;
  const fixed = await policy.remediateResource(args);
  return fixed ? serializeProperties(fixed) : undefined;
}

const script = `#!/bin/sh\nexport DB_PASSWORD=${fake.password}\n`;

describe("remediation keeps secrets secret", () => {
  it("ec2-imdsv2-required fixes metadataOptions and leaves a secret userData wrapped", async () => {
    const wire = await remediateLikeTheServer(ec2Imdsv2Required, T.instance, { ami: "ami-1", userData: secret(script), metadataOptions: { httpTokens: "optional" } });
    expect(wire).toEqual({ ami: "ami-1", userData: secret(script), metadataOptions: { httpTokens: "required" } });
  });

  it("ec2-imdsv2-required keeps a secret metadataOptions block secret", async () => {
    const wire = await remediateLikeTheServer(ec2Imdsv2Required, T.launchTemplate, { metadataOptions: secret({ httpTokens: "optional", httpPutResponseHopLimit: 1 }) });
    expect(wire).toEqual({ metadataOptions: secret({ httpTokens: "required", httpPutResponseHopLimit: 1 }) });
  });

  it("ebs-encryption-required fixes devices inside a secret list and keeps it secret", async () => {
    const wire = await remediateLikeTheServer(ebsEncryptionRequired, T.instance, {
      userData: secret(script),
      rootBlockDevice: { encrypted: true, kmsKeyId: secret("alias/app") },
      ebsBlockDevices: secret([{ deviceName: "/dev/sdf", encrypted: false }]),
    });
    expect(wire).toEqual({
      userData: secret(script),
      rootBlockDevice: { encrypted: true, kmsKeyId: secret("alias/app") },
      ebsBlockDevices: secret([{ deviceName: "/dev/sdf", encrypted: true }]),
    });
  });

  it("ebs-encryption-required writes the launch template string flag", async () => {
    const wire = await remediateLikeTheServer(ebsEncryptionRequired, T.launchTemplate, {
      userData: secret(Buffer.from(script).toString("base64")),
      blockDeviceMappings: [{ deviceName: "/dev/xvda", ebs: { encrypted: "false" } }],
    });
    expect(wire).toEqual({
      userData: secret(Buffer.from(script).toString("base64")),
      blockDeviceMappings: [{ deviceName: "/dev/xvda", ebs: { encrypted: "true" } }],
    });
  });
});
