// Bytes in and out of the WebAssembly binary format: LEB128 integers, names and
// length-prefixed vectors (webassembly.github.io/spec/core/binary/values.html).

/** A growable byte buffer that writes the binary format's values. */
export class ByteWriter {
  private buf: Uint8Array;
  private size = 0;

  constructor(capacity = 256) {
    this.buf = new Uint8Array(capacity);
  }

  get length(): number {
    return this.size;
  }

  /** The bytes written so far (a view, valid until the next write). */
  get bytes(): Uint8Array {
    return this.buf.subarray(0, this.size);
  }

  private reserve(n: number): void {
    if (this.size + n <= this.buf.length) return;
    let capacity = this.buf.length * 2;
    while (capacity < this.size + n) capacity *= 2;
    const grown = new Uint8Array(capacity);
    grown.set(this.buf.subarray(0, this.size));
    this.buf = grown;
  }

  u8(b: number): this {
    this.reserve(1);
    this.buf[this.size++] = b;
    return this;
  }

  /** An unsigned LEB128 integer (below 2^32). */
  u32(n: number): this {
    if (!Number.isInteger(n) || n < 0 || n > 0xffffffff)
      throw new RangeError(`u32 out of range: ${n}`);
    this.reserve(5);
    do {
      let b = n & 0x7f;
      n = Math.floor(n / 128);
      if (n !== 0) b |= 0x80;
      this.buf[this.size++] = b;
    } while (n !== 0);
    return this;
  }

  /** A signed LEB128 integer of up to 64 bits (i32.const and i64.const immediates). */
  sleb(n: number | bigint): this {
    if (typeof n === 'number' && n >= -0x40000000 && n < 0x40000000 && Number.isInteger(n)) {
      this.reserve(5);
      for (;;) {
        const b = n & 0x7f;
        n >>= 7;
        const done = (n === 0 && (b & 0x40) === 0) || (n === -1 && (b & 0x40) !== 0);
        this.buf[this.size++] = done ? b : b | 0x80;
        if (done) return this;
      }
    }
    let v = BigInt(n);
    if (v < -(1n << 63n) || v >= 1n << 63n) throw new RangeError(`i64 out of range: ${n}`);
    this.reserve(10);
    for (;;) {
      const b = Number(v & 0x7fn);
      v >>= 7n;
      const done = (v === 0n && (b & 0x40) === 0) || (v === -1n && (b & 0x40) !== 0);
      this.buf[this.size++] = done ? b : b | 0x80;
      if (done) return this;
    }
  }

  raw(bytes: Uint8Array): this {
    this.reserve(bytes.length);
    this.buf.set(bytes, this.size);
    this.size += bytes.length;
    return this;
  }

  /** A UTF-8 name, length first. */
  name(s: string): this {
    const text = new TextEncoder().encode(s);
    return this.u32(text.length).raw(text);
  }

  /** Bytes, length first (a function body, a section's contents, a data segment). */
  sized(bytes: Uint8Array): this {
    return this.u32(bytes.length).raw(bytes);
  }
}

/** Reads the binary format's values from a module's bytes. */
export class ByteReader {
  constructor(
    readonly buf: Uint8Array,
    public pos = 0,
    readonly end = buf.length,
  ) {}

  get done(): boolean {
    return this.pos >= this.end;
  }

  u8(): number {
    if (this.pos >= this.end) throw new RangeError('unexpected end of the module');
    return this.buf[this.pos++] as number;
  }

  u32(): number {
    let result = 0;
    let scale = 1;
    for (let i = 0; i < 5; i++) {
      const b = this.u8();
      result += (b & 0x7f) * scale;
      if ((b & 0x80) === 0) return result;
      scale *= 128;
    }
    throw new RangeError(`malformed u32 at byte ${this.pos}`);
  }

  /** A signed LEB128 integer, read as a number (exact for i32 immediates). */
  s32(): number {
    let result = 0;
    let shift = 0;
    let b: number;
    do {
      b = this.u8();
      if (shift < 32) result |= (b & 0x7f) << shift;
      shift += 7;
    } while ((b & 0x80) !== 0);
    if (shift < 32 && (b & 0x40) !== 0) result |= -1 << shift;
    return result;
  }

  /** Moves past a LEB128 integer of any width (an i64.const immediate). */
  skipLeb(): void {
    while ((this.u8() & 0x80) !== 0);
  }

  skip(n: number): void {
    if (this.pos + n > this.end) throw new RangeError('unexpected end of the module');
    this.pos += n;
  }

  bytes(n: number): Uint8Array {
    const out = this.buf.subarray(this.pos, this.pos + n);
    this.skip(n);
    return out;
  }

  name(): string {
    return new TextDecoder().decode(this.bytes(this.u32()));
  }
}
