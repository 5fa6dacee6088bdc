// Echo a property value in a message only when it looks like an enum-like token (a protocol,
// an action type, a policy name); anything else may be a secret or noise and is not repeated.
const TOKEN = /^[A-Za-z0-9_.:#{}-]{1,64}$/;

export function safeToken(value: string | undefined, missing = "missing"): string {
  if (value === undefined) return missing;
  return TOKEN.test(value) ? value : "an unexpected value";
}
