// A function body in the binary format, written instruction by instruction
// (webassembly.github.io/spec/core/binary/instructions.html). Only the instructions the
// emitter needs. Control frames are counted as they open and close, so a branch names
// the frame it leaves by the handle `block`, `loop` or `if` returned, and the encoder
// works out the relative depth the binary format wants.

import { ByteWriter } from './bytes.js';

export const I32 = 0x7f;
const EMPTY = 0x40;

/** A control frame a branch can target. */
export type Frame = number;

export class Code {
  private readonly w = new ByteWriter(1024);
  private depth = 0;

  block(): Frame {
    this.w.u8(0x02).u8(EMPTY);
    return this.depth++;
  }

  loop(): Frame {
    this.w.u8(0x03).u8(EMPTY);
    return this.depth++;
  }

  /** `if` with no result, or with one value of `result` type from both arms. */
  if(result?: number): Frame {
    this.w.u8(0x04).u8(result ?? EMPTY);
    return this.depth++;
  }

  else(): this {
    this.w.u8(0x05);
    return this;
  }

  end(): this {
    if (this.depth === 0) throw new RangeError('end without an open block');
    this.depth--;
    this.w.u8(0x0b);
    return this;
  }

  br(frame: Frame): this {
    this.w.u8(0x0c).u32(this.relative(frame));
    return this;
  }

  brIf(frame: Frame): this {
    this.w.u8(0x0d).u32(this.relative(frame));
    return this;
  }

  private relative(frame: Frame): number {
    if (frame < 0 || frame >= this.depth) throw new RangeError(`branch to a closed block`);
    return this.depth - 1 - frame;
  }

  return(): this {
    this.w.u8(0x0f);
    return this;
  }

  unreachable(): this {
    this.w.u8(0x00);
    return this;
  }

  call(func: number): this {
    this.w.u8(0x10).u32(func);
    return this;
  }

  localGet(i: number): this {
    this.w.u8(0x20).u32(i);
    return this;
  }

  localSet(i: number): this {
    this.w.u8(0x21).u32(i);
    return this;
  }

  localTee(i: number): this {
    this.w.u8(0x22).u32(i);
    return this;
  }

  /** i32.load with 4-byte alignment. */
  i32Load(offset: number): this {
    this.w.u8(0x28).u32(2).u32(offset);
    return this;
  }

  /** i32.store with 4-byte alignment. */
  i32Store(offset: number): this {
    this.w.u8(0x36).u32(2).u32(offset);
    return this;
  }

  i32Const(n: number): this {
    this.w.u8(0x41).sleb(n | 0);
    return this;
  }

  i64Const(n: number | bigint): this {
    this.w.u8(0x42).sleb(n);
    return this;
  }

  i32Eqz(): this {
    this.w.u8(0x45);
    return this;
  }

  i32Ne(): this {
    this.w.u8(0x47);
    return this;
  }

  i32GeU(): this {
    this.w.u8(0x4f);
    return this;
  }

  i32Add(): this {
    this.w.u8(0x6a);
    return this;
  }

  i32And(): this {
    this.w.u8(0x71);
    return this;
  }

  i32Shl(): this {
    this.w.u8(0x74);
    return this;
  }

  /** The finished body: `locals` more i32 locals after the parameters, the code, `end`. */
  body(locals: number): Uint8Array {
    if (this.depth !== 0) throw new RangeError(`${this.depth} blocks left open`);
    const out = new ByteWriter(this.w.length + 8);
    if (locals > 0) out.u32(1).u32(locals).u8(I32);
    else out.u32(0);
    return out.raw(this.w.bytes).u8(0x0b).bytes;
  }
}
