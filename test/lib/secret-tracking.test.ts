// How the pack learns which props arrived as secrets (policies/lib/secret-tracking): the SDK's
// deserializeProperties is wrapped, unchanged in what it returns, and remembers each props
// object's wire Struct; a changed SDK stops the pack at start instead of leaking.
import * as structproto from "google-protobuf/google/protobuf/struct_pb";
import { unwrapProps } from "../../policies/lib/resource-view";
import { secretValuesOf, secretValuesOfAll, trackSecrets } from "../../policies/lib/secret-tracking";
import { secret } from "../helpers/policy-harness";
// eslint-disable-next-line @typescript-eslint/no-var-requires
const deserialize = require("@pulumi/policy/deserialize");
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { unknownCheckingProxy } = require("@pulumi/policy/proxy");

const struct = (props: Record<string, unknown>) => structproto.Struct.fromJavaScript(props as Record<string, structproto.JavaScriptValue>);
const wire = { cidr: secret("10.1.2.3/8"), name: "plain", nested: { port: secret(22) } };

beforeAll(() => trackSecrets());

test("the wrapper returns what the SDK returns, and is installed once however often tracking starts", () => {
  const installed = deserialize.deserializeProperties;
  trackSecrets();
  trackSecrets();
  expect(deserialize.deserializeProperties).toBe(installed);
  expect(deserialize.deserializeProperties(struct(wire), false)).toEqual({ cidr: "10.1.2.3/8", name: "plain", nested: { port: 22 } });
});

test("props deserialised for validation know their secrets; through the SDK's proxy, unwrapProps finds that same object", () => {
  const props = deserialize.deserializeProperties(struct(wire), false);
  const proxied = unknownCheckingProxy(props);
  expect(unwrapProps(proxied)).toBe(props);
  expect(secretValuesOf(unwrapProps(proxied))).toEqual(expect.arrayContaining(["10.1.2.3/8", "10.0.0.0/8", "22"]));
  expect(secretValuesOf(props)).not.toContain("plain");
  // Cached per resource: the same list again.
  expect(secretValuesOf(props)).toBe(secretValuesOf(props));
});

test("props the wrapper never saw (remediation's, or any other object) count as all secret: nothing untracked is ever printed", () => {
  const untracked = secretValuesOf(deserialize.deserializeProperties(struct(wire), true));
  expect(untracked).toEqual(expect.arrayContaining(["plain", "22", "10.0.0.0/8"]));
  expect(secretValuesOf({ cidr: "10.1.2.3/8", name: "web" })).toEqual(expect.arrayContaining(["10.1.2.3/8", "10.0.0.0/8", "web"]));
});

test("the secrets of several resources together", () => {
  const a = deserialize.deserializeProperties(struct({ x: secret("alpha") }), false);
  const b = deserialize.deserializeProperties(struct({ y: secret("beta"), z: "gamma" }), false);
  expect([...secretValuesOfAll([a, b, {}])].sort()).toEqual(["alpha", "beta"]);
});

describe("an SDK that no longer looks as expected stops the pack at start", () => {
  const startWith = (mock: unknown): (() => void) => () =>
    jest.isolateModules(() => {
      jest.doMock("@pulumi/policy/deserialize", () => mock);
      // A fresh copy of the module, as if it loaded first in a new process.
      require("../../policies/lib/secret-tracking").trackSecrets();
    });
  afterEach(() => {
    jest.dontMock("@pulumi/policy/deserialize");
    jest.dontMock("fs");
  });

  test("deserializeProperties is gone", () => {
    expect(startWith({ somethingElse: () => ({}) })).toThrow(/cannot tell which values arrived as Pulumi secrets: .*no longer exports deserializeProperties/);
  });

  test("deserializeProperties cannot be replaced", () => {
    expect(startWith(Object.freeze({ deserializeProperties: () => ({}) }))).toThrow(/deserializeProperties cannot be replaced/);
  });

  test("server.js no longer calls it through its module object (the wrapper would be bypassed)", () => {
    jest.doMock("fs", () => {
      const real = jest.requireActual("fs");
      const destructured = "const { deserializeProperties } = require('./deserialize');";
      return { ...real, readFileSync: (file: string, ...rest: unknown[]) => (/@pulumi[\\/]policy[\\/]server\.js$/.test(String(file)) ? destructured : real.readFileSync(file, ...rest)) };
    });
    expect(startWith({ deserializeProperties: () => ({}) })).toThrow(/no longer calls deserializeProperties through its module/);
  });
});
