// The sh + awk command that puts Rampart's block at the top of sshd_config. Lines later in the file
// that set a directive of the block are commented out (outside Match sections, where a directive
// means something else), so the file says one thing and a scanner reading it top to bottom agrees
// with sshd. A block from an earlier run is replaced, not stacked.
import { shQuote as q } from "./shell";

// Field 1 of the block file's lines are the directives it sets; `Key=value` is a form sshd accepts too.
const MERGE_AWK = [
  'function directive(line,  d) { d = line; sub(/^[ \\t]+/, "", d); sub(/[ \\t=].*$/, "", d); return tolower(d) }',
  'FNR == NR { if ($0 !~ /^[ \\t]*(#|$)/) set[directive($0)] = 1; print; next }',
  '/^# BEGIN Rampart/ { old = 1; next }',
  'old { if (/^# END Rampart/) old = 0; next }',
  '/^[ \\t]*[Mm][Aa][Tt][Cc][Hh]([ \\t]|$)/ { inMatch = 1 }',
  '!inMatch && $0 !~ /^[ \\t]*(#|$)/ && (directive($0) in set) { print "# superseded by Rampart: " $0; next }',
  "{ print }",
].join("\n");

/**
 * A command that succeeds when `config` holds the merged text (mode 0600) and `previous` the old
 * one; on failure `config` is untouched. Paths are quoted here, so the caller can use it in `if`.
 */
export function mergeSshdBlockCommand(block: string, config: string, previous: string): string {
  const next = `${config}.rampart-next`;
  return (
    `{ cp -p ${q(config)} ${q(previous)} && awk ${q(MERGE_AWK)} ${q(block)} ${q(previous)} > ${q(next)} && ` +
    `chmod 0600 ${q(next)} && mv -f ${q(next)} ${q(config)}; } || { rm -f ${q(next)}; false; }`
  );
}
