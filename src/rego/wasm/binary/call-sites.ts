// Where a function body names other functions. Linking the policy into the runtime
// turns the runtime's imports from "policy" into definitions, which renumbers the
// imported functions, so every `call` (and `ref.func`) of an import must be rewritten.
// Finding them means stepping over every instruction's immediates
// (webassembly.github.io/spec/core/binary/instructions.html): MVP, sign extension,
// saturating conversions, bulk memory and reference instructions. An opcode outside
// that set is an error rather than a guess, so a runtime compiled with a new feature
// fails loudly in every test instead of linking wrongly.

import { ByteReader } from './bytes.js';

/** A function index immediate: where its LEB128 starts and how many bytes it takes. */
export interface CallSite {
  pos: number;
  length: number;
  func: number;
}

/** The function indices named in the body at `body.pos .. body.end` (locals first). */
export function callSites(body: ByteReader): CallSite[] {
  const sites: CallSite[] = [];
  const localGroups = body.u32();
  for (let i = 0; i < localGroups; i++) {
    body.u32();
    body.u8();
  }
  const funcIndex = () => {
    const pos = body.pos;
    const func = body.u32();
    sites.push({ pos, length: body.pos - pos, func });
  };
  while (!body.done) {
    const op = body.u8();
    if (op === 0x10 || op === 0xd2) {
      funcIndex(); // call, ref.func
    } else if (op === 0x02 || op === 0x03 || op === 0x04) {
      blockType(body);
    } else if (op === 0x0c || op === 0x0d || (op >= 0x20 && op <= 0x26) || op === 0xd0) {
      body.u32(); // br, br_if, locals, globals, table.get/set; ref.null's heap type
    } else if (op === 0x0e) {
      const targets = body.u32();
      for (let i = 0; i <= targets; i++) body.u32(); // br_table: the targets, then the default
    } else if (op === 0x11) {
      body.u32();
      body.u32(); // call_indirect: type, table
    } else if (op === 0x1c) {
      const types = body.u32();
      for (let i = 0; i < types; i++) body.u8(); // select with types
    } else if (op >= 0x28 && op <= 0x3e) {
      body.u32();
      body.u32(); // memarg: alignment, offset
    } else if (op === 0x3f || op === 0x40) {
      body.u8(); // memory.size, memory.grow: memory 0
    } else if (op === 0x41 || op === 0x42) {
      body.skipLeb();
    } else if (op === 0x43) {
      body.skip(4);
    } else if (op === 0x44) {
      body.skip(8);
    } else if (op === 0xfc) {
      prefixed(body);
    } else if (!noImmediates(op)) {
      throw new RangeError(`opcode 0x${op.toString(16)} at byte ${body.pos - 1}`);
    }
  }
  return sites;
}

// unreachable, nop, else, end, return, drop, select, the numeric instructions (with
// sign extension), ref.is_null.
function noImmediates(op: number): boolean {
  return (
    op === 0x00 ||
    op === 0x01 ||
    op === 0x05 ||
    op === 0x0b ||
    op === 0x0f ||
    op === 0x1a ||
    op === 0x1b ||
    (op >= 0x45 && op <= 0xc4) ||
    op === 0xd1
  );
}

function blockType(body: ByteReader): void {
  const first = body.buf[body.pos] as number;
  // 0x40 (empty) and the value types are single bytes; anything else is a type index (s33).
  if (first === 0x40 || (first >= 0x6f && first <= 0x7f)) body.u8();
  else body.skipLeb();
}

function prefixed(body: ByteReader): void {
  const sub = body.u32();
  if (sub <= 7) return; // saturating float-to-int conversions
  switch (sub) {
    case 8: // memory.init: data segment, memory
      body.u32();
      body.u8();
      return;
    case 9: // data.drop
    case 13: // elem.drop
    case 15: // table.grow
    case 16: // table.size
    case 17: // table.fill
      body.u32();
      return;
    case 10: // memory.copy: two memories
      body.u8();
      body.u8();
      return;
    case 11: // memory.fill
      body.u8();
      return;
    case 12: // table.init
    case 14: // table.copy
      body.u32();
      body.u32();
      return;
    default:
      throw new RangeError(`opcode 0xfc ${sub} at byte ${body.pos}`);
  }
}
