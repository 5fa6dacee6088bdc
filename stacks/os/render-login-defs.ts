// /etc/login.defs has no drop-in directory, so each key is set in place.
import { RenderedPart } from "./part";
import { setConfigKeyCommand } from "./shell";
import { LinuxBaseline } from "./types";

const LOGIN_DEFS = "/etc/login.defs";

export function loginDefsCommands(loginDefs: LinuxBaseline["loginDefs"], file = LOGIN_DEFS): string[] {
  return Object.keys(loginDefs)
    .sort()
    .map((key) => setConfigKeyCommand(file, key, loginDefs[key], "space"));
}

export function loginDefsPart(baseline: LinuxBaseline): RenderedPart {
  return { packages: [], writeFiles: [], runcmd: loginDefsCommands(baseline.loginDefs) };
}
