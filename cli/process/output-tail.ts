// The last lines of a child's output, for an error message that says what it last wrote.
export function lastLines(text: string | undefined, lines = 20): string {
  return (text ?? "").trim().split("\n").slice(-lines).join("\n");
}
