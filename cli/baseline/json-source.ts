// A strict JSON reader that remembers where each value starts, so a baseline problem can point at
// a line and column, and notices duplicate keys (JSON.parse and the Pulumi CLI silently keep the
// last one). A syntax error comes back with its line and column instead of an exception.

export interface Position {
  readonly line: number;
  readonly column: number;
}

export type JsonSource =
  | {
      readonly ok: true;
      readonly value: unknown;
      /** JSON pointer → offset of the value's first character. */
      readonly offsets: ReadonlyMap<string, number>;
      /** Keys that appear more than once in their object: the pointer and where its first value began. */
      readonly duplicates: readonly { readonly pointer: string; readonly firstOffset: number }[];
    }
  | { readonly ok: false; readonly message: string; readonly offset: number };

/** 1-based line and column of an offset. */
export function positionOf(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

export function pointerJoin(pointer: string, key: string | number): string {
  return `${pointer}/${String(key).replace(/~/g, "~0").replace(/\//g, "~1")}`;
}

class SyntaxProblem extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS: [string, unknown][] = [
  ["true", true],
  ["false", false],
  ["null", null],
];

/**
 * What makes a config file unreadable to the Pulumi CLI before any JSON is parsed: it is empty, or
 * it starts with a byte-order mark (Go's JSON decoder refuses both). One answer for
 * `rampart baseline validate` and `rampart check`, so a file that validates also deploys.
 */
export function unreadableText(text: string): string | undefined {
  if (text.trim() === "") return "the file is empty, which is not JSON (the Pulumi CLI refuses it; write {} for a config that sets nothing)";
  if (text.charCodeAt(0) === 0xfeff) return "the file starts with a byte-order mark, which the Pulumi CLI's JSON reader refuses; save it as UTF-8 without BOM";
  return undefined;
}

export function readJson(text: string): JsonSource {
  const offsets = new Map<string, number>();
  const duplicates: { pointer: string; firstOffset: number }[] = [];
  let pos = 0;

  const describe = (at: number): string => (at >= text.length ? "the end of the file" : `${JSON.stringify(text[at])}`);
  const fail = (expected: string, at = pos): never => {
    throw new SyntaxProblem(`expected ${expected} but found ${describe(at)}`, at);
  };
  const skipSpace = (): void => {
    while (pos < text.length && " \t\n\r".includes(text[pos])) pos++;
  };
  const readString = (): string => {
    STRING.lastIndex = pos;
    const m = STRING.exec(text);
    if (!m) {
      // Find where the string goes wrong, for a useful column.
      let i = pos + 1;
      while (i < text.length && text[i] !== '"' && text.charCodeAt(i) >= 0x20) i += text[i] === "\\" ? 2 : 1;
      throw new SyntaxProblem(i >= text.length ? "unterminated string" : "invalid character or escape in string", Math.min(i, text.length));
    }
    pos += m[0].length;
    return JSON.parse(m[0]) as string;
  };
  const readValue = (pointer: string, depth: number): unknown => {
    skipSpace();
    if (depth > 512) throw new SyntaxProblem("nesting is too deep", pos);
    offsets.set(pointer, pos);
    const c = text[pos];
    if (c === "{") {
      pos++;
      const out: Record<string, unknown> = {};
      skipSpace();
      if (text[pos] === "}") {
        pos++;
        return out;
      }
      for (;;) {
        skipSpace();
        if (text[pos] !== '"') fail("a property name in double quotes");
        const key = readString();
        skipSpace();
        if (text[pos] !== ":") fail('":" after a property name');
        pos++;
        const child = pointerJoin(pointer, key);
        if (Object.prototype.hasOwnProperty.call(out, key)) duplicates.push({ pointer: child, firstOffset: offsets.get(child) ?? 0 });
        const value = readValue(child, depth + 1);
        Object.defineProperty(out, key, { value, enumerable: true, configurable: true, writable: true });
        skipSpace();
        if (text[pos] === ",") {
          pos++;
          continue;
        }
        if (text[pos] === "}") {
          pos++;
          return out;
        }
        fail('"," or "}" after a property value');
      }
    }
    if (c === "[") {
      pos++;
      const out: unknown[] = [];
      skipSpace();
      if (text[pos] === "]") {
        pos++;
        return out;
      }
      for (;;) {
        out.push(readValue(pointerJoin(pointer, out.length), depth + 1));
        skipSpace();
        if (text[pos] === ",") {
          pos++;
          continue;
        }
        if (text[pos] === "]") {
          pos++;
          return out;
        }
        fail('"," or "]" after an array element');
      }
    }
    if (c === '"') return readString();
    NUMBER.lastIndex = pos;
    const n = NUMBER.exec(text);
    if (n) {
      pos += n[0].length;
      return Number(n[0]);
    }
    for (const [word, value] of LITERALS) {
      if (text.startsWith(word, pos)) {
        pos += word.length;
        return value;
      }
    }
    return fail("a JSON value");
  };

  try {
    const value = readValue("", 0);
    skipSpace();
    if (pos < text.length) fail("the end of the document");
    return { ok: true, value, offsets, duplicates };
  } catch (e) {
    if (e instanceof SyntaxProblem) return { ok: false, message: e.message, offset: e.offset };
    throw e;
  }
}
