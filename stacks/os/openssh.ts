// Which Ciphers, KexAlgorithms and MACs an OpenSSH version accepts, from openssh-algorithms.json.
// sshd refuses to start on a name it does not know (Debian 11's OpenSSH 8.4 and the sntrup761
// key exchange), so the renderer keeps only what the target release's sshd accepts.
import TABLE from "./openssh-algorithms.json";
import { SshdValue } from "./types";

export type AlgorithmDirective = keyof typeof TABLE.directives;
export const ALGORITHM_DIRECTIVES = Object.keys(TABLE.directives) as AlgorithmDirective[];

/** "9.2p1" → [9, 2]; "10.0" → [10, 0]. */
export function opensshVersion(text: string): [number, number] {
  const m = /^(\d+)\.(\d+)/.exec(text);
  if (!m) throw new Error(`not an OpenSSH version: ${JSON.stringify(text)}`);
  return [Number(m[1]), Number(m[2])];
}

function atLeast(version: [number, number], since: [number, number]): boolean {
  return version[0] !== since[0] ? version[0] > since[0] : version[1] >= since[1];
}

/** The OpenSSH version that first accepted `algorithm`, or undefined when the table does not list it. */
export function introducedIn(directive: AlgorithmDirective, algorithm: string): string | undefined {
  return (TABLE.directives[directive] as Record<string, string>)[algorithm];
}

/** Every algorithm of the table that `openssh` accepts, for one directive. */
export function acceptedAlgorithms(directive: AlgorithmDirective, openssh: string): string[] {
  const version = opensshVersion(openssh);
  return Object.entries(TABLE.directives[directive] as Record<string, string>)
    .filter(([, since]) => atLeast(version, opensshVersion(since)))
    .map(([name]) => name);
}

export class SshAlgorithmError extends Error {}

/**
 * The baseline's list for `directive`, minus what `openssh` does not accept yet. A name the table
 * does not know, or a list that would end up empty, is an error: guessing could lock sshd out.
 */
export function algorithmsFor(directive: AlgorithmDirective, value: SshdValue, openssh: string, release: string): string[] {
  const names = Array.isArray(value) ? value : String(value).split(",");
  const unknown = names.filter((n) => introducedIn(directive, n) === undefined);
  if (unknown.length > 0) {
    throw new SshAlgorithmError(
      `sshd.settings.${directive}: ${unknown.join(", ")} ${unknown.length === 1 ? "is" : "are"} not in Rampart's OpenSSH table (stacks/os/openssh-algorithms.json), so it cannot tell whether ${release}'s OpenSSH ${openssh} accepts ${unknown.length === 1 ? "it" : "them"}`,
    );
  }
  const accepted = new Set(acceptedAlgorithms(directive, openssh));
  const kept = names.filter((n) => accepted.has(n));
  if (kept.length === 0) {
    throw new SshAlgorithmError(`sshd.settings.${directive}: ${release}'s OpenSSH ${openssh} accepts none of ${names.join(", ")}`);
  }
  return kept;
}
