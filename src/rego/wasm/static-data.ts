// The policy's constants in linear memory: string values for `static.strings`, the C
// strings the runtime prints (file names, error messages, builtin and entrypoint
// names) and location records for builtin errors. The emitter lays them out after the
// runtime's own data, and the heap starts where they end.

const T_STRING = 4;

export class StaticData {
  private readonly chunks: Uint8Array[] = [];
  private size = 0;
  private readonly cstrings = new Map<string, number>();
  private readonly locations = new Map<string, number>();

  constructor(readonly base: number) {}

  /** The address after the last byte written, aligned for the heap. */
  get end(): number {
    return align(this.base + this.size, 8);
  }

  get bytes(): Uint8Array {
    const out = new Uint8Array(this.size);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }

  private put(bytes: Uint8Array, alignment = 1): number {
    const pad = align(this.base + this.size, alignment) - (this.base + this.size);
    if (pad > 0) {
      this.chunks.push(new Uint8Array(pad));
      this.size += pad;
    }
    const addr = this.base + this.size;
    this.chunks.push(bytes);
    this.size += bytes.length;
    return addr;
  }

  /** A string value (`[type, length, bytes, hash]`, hash 0: not computed) over the UTF-8 of `s`. */
  stringValue(s: string): number {
    const text = new TextEncoder().encode(s);
    const bytesAddr = this.put(text);
    const header = new Uint8Array(16);
    const view = new DataView(header.buffer);
    view.setUint32(0, T_STRING, true);
    view.setUint32(4, text.length, true);
    view.setUint32(8, bytesAddr, true);
    return this.put(header, 4);
  }

  /** Raw UTF-8 bytes; returns the address and the byte length. */
  utf8(s: string): { addr: number; length: number } {
    const text = new TextEncoder().encode(s);
    return { addr: this.put(text), length: text.length };
  }

  /** A NUL-terminated string, shared between equal texts. */
  cstring(s: string): number {
    const known = this.cstrings.get(s);
    if (known !== undefined) return known;
    const text = new TextEncoder().encode(s);
    const bytes = new Uint8Array(text.length + 1);
    bytes.set(text);
    const addr = this.put(bytes);
    this.cstrings.set(s, addr);
    return addr;
  }

  /** A `[count, address...]` list of u32 (the string values the runtime interns against). */
  addressList(addrs: readonly number[]): number {
    const list = new Uint8Array(4 * (addrs.length + 1));
    const view = new DataView(list.buffer);
    view.setUint32(0, addrs.length, true);
    addrs.forEach((a, i) => view.setUint32(4 * (i + 1), a, true));
    return this.put(list, 4);
  }

  /** A `[file C string, row, col]` record for errors raised inside builtins. */
  location(file: string, row: number, col: number): number {
    const key = `${file}\0${row}\0${col}`;
    const known = this.locations.get(key);
    if (known !== undefined) return known;
    const fileAddr = this.cstring(file);
    const record = new Uint8Array(12);
    const view = new DataView(record.buffer);
    view.setUint32(0, fileAddr, true);
    view.setInt32(4, row, true);
    view.setInt32(8, col, true);
    const addr = this.put(record, 4);
    this.locations.set(key, addr);
    return addr;
  }
}

export function align(n: number, to: number): number {
  return Math.ceil(n / to) * to;
}
