// Small helpers that build POSIX sh commands for cloud-init runcmd. Values come from the
// validated baseline, but they are quoted anyway: a command must mean what it says.

const SAFE_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** Quotes a word for sh (single quotes; a ' becomes '\''). */
export function shQuote(word: string): string {
  if (SAFE_WORD.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** Escapes text for the replacement part of a sed s||| command. */
function sedReplacement(text: string): string {
  return text.replace(/[\\|&]/g, (c) => `\\${c}`);
}

/**
 * One command that sets `key` in a "key value" (login.defs), "key = value" (auditd.conf) or
 * "key=value" (systemd's journald.conf, whose scanners read no spaces) file:
 * every active line for the key is rewritten, or the line is appended when there is none.
 * Commented-out defaults (#KEY ...) are left alone.
 */
export function setConfigKeyCommand(file: string, key: string, value: string | number, style: "space" | "equals" | "assign"): string {
  if (!/^[A-Za-z0-9_]+$/.test(key)) throw new Error(`unexpected configuration key ${JSON.stringify(key)}`);
  const line = style === "equals" ? `${key} = ${value}` : style === "assign" ? `${key}=${value}` : `${key} ${value}`;
  // A whole-line pattern without "|", which is the sed delimiter below.
  const match = style === "space" ? `^[[:space:]]*${key}([[:space:]].*)?$` : `^[[:space:]]*${key}[[:space:]]*=.*$`;
  const target = shQuote(file);
  return (
    `if grep -Eq ${shQuote(match)} ${target}; ` +
    `then sed -i -E ${shQuote(`s|${match}|${sedReplacement(line)}|`)} ${target}; ` +
    `else printf '%s\\n' ${shQuote(line)} >> ${target}; fi`
  );
}
