// A minimal protobuf wire-format writer: varints, strings, doubles and nested messages, which is
// all an AnalyzerInfo and a google.protobuf.Struct need. It writes bytes directly into one
// buffer, without the message objects google-protobuf builds first (see lib/analyzer-info.ts).

const WIRE_VARINT = 0;
const WIRE_FIXED64 = 1;
const WIRE_LENGTH = 2;

function varintSize(value: number): number {
  let n = 1;
  for (let v = value >>> 7; v > 0; v >>>= 7) n++;
  return n;
}

export class ProtoWriter {
  private buf = Buffer.allocUnsafe(64 * 1024);
  private pos = 0;

  private room(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.pos + n));
    this.buf.copy(bigger, 0, 0, this.pos);
    this.buf = bigger;
  }

  /** Writes a varint at `at` (room already made); returns the position after it. */
  private putVarint(at: number, value: number): number {
    // Values here are lengths, field tags and small enums: non-negative and below 2^31.
    let v = value >>> 0;
    while (v > 0x7f) {
      this.buf[at++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.buf[at++] = v;
    return at;
  }

  private varint(value: number): void {
    this.room(5);
    this.pos = this.putVarint(this.pos, value);
  }

  private tag(field: number, wire: number): void {
    this.varint((field << 3) | wire);
  }

  string(field: number, value: string): void {
    const n = Buffer.byteLength(value, "utf8");
    this.tag(field, WIRE_LENGTH);
    this.varint(n);
    this.room(n);
    this.pos += this.buf.write(value, this.pos, "utf8");
  }

  enum(field: number, value: number): void {
    this.tag(field, WIRE_VARINT);
    this.varint(value);
  }

  bool(field: number, value: boolean): void {
    this.enum(field, value ? 1 : 0);
  }

  double(field: number, value: number): void {
    this.tag(field, WIRE_FIXED64);
    this.room(8);
    this.pos = this.buf.writeDoubleLE(value, this.pos);
  }

  /** A nested message written by `body`: its length prefix goes in once the body is written. */
  message(field: number, body: (w: ProtoWriter) => void): void {
    this.tag(field, WIRE_LENGTH);
    // Leave one byte for the length (most messages are short); move the body if it needs more.
    this.room(1);
    const start = ++this.pos;
    body(this);
    const length = this.pos - start;
    const extra = varintSize(length) - 1;
    if (extra > 0) {
      this.room(extra);
      this.buf.copyWithin(start + extra, start, this.pos);
      this.pos += extra;
    }
    this.putVarint(start - 1, length);
  }

  finish(): Uint8Array {
    return this.buf.subarray(0, this.pos);
  }
}
