// Where a function body names other functions. Linking the policy into the runtime
// turns the runtime's imports from "policy" into definitions, which renumbers the
// imported functions, so every `call` (and `ref.func`) of an import must be rewritten.
// Finding them means stepping over every instruction's immediates
// (webassembly.github.io/spec/core/binary/instructions.html): MVP, sign extension,
// saturating conversions, bulk memory and reference instructions. An opcode outside
// that set is an error rather than a guess, so a runtime compiled with a new feature
// fails loudly in every test instead of linking wrongly.
//
// It runs over the whole runtime (about 40 KB of code) once per process, before the
// JIT has warmed up, so it is one loop over the bytes driven by a table of immediate
// shapes rather than a reader object: measured cold, 3 to 9 ms instead of 18 to 21 ms.

/** A function index immediate: where its LEB128 starts and how many bytes it takes. */
export interface CallSite {
  pos: number;
  length: number;
  func: number;
}

// The immediates that follow each one-byte opcode.
const NONE = 0;
const FUNC = 1; // call, ref.func: a function index
const LEB = 2; // one LEB128 (br, br_if, locals, globals, i32/i64.const, ...)
const LEB2 = 3; // two (call_indirect, memarg)
const BLOCK = 4; // a block type
const TABLE = 5; // br_table
const BYTE = 6; // memory.size, memory.grow
const F32 = 7;
const F64 = 8;
const SELECT = 9; // select with a vector of types
const PREFIX = 10; // 0xfc
const INVALID = 255;

const SHAPE = new Uint8Array(256).fill(INVALID);
for (const op of [0x00, 0x01, 0x05, 0x0b, 0x0f, 0x1a, 0x1b, 0xd1]) SHAPE[op] = NONE;
for (let op = 0x45; op <= 0xc4; op++) SHAPE[op] = NONE;
for (const op of [0x02, 0x03, 0x04]) SHAPE[op] = BLOCK;
for (const op of [0x0c, 0x0d, 0x41, 0x42, 0xd0]) SHAPE[op] = LEB;
for (let op = 0x20; op <= 0x26; op++) SHAPE[op] = LEB;
for (let op = 0x28; op <= 0x3e; op++) SHAPE[op] = LEB2;
SHAPE[0x0e] = TABLE;
SHAPE[0x10] = FUNC;
SHAPE[0xd2] = FUNC;
SHAPE[0x11] = LEB2;
SHAPE[0x1c] = SELECT;
SHAPE[0x3f] = BYTE;
SHAPE[0x40] = BYTE;
SHAPE[0x43] = F32;
SHAPE[0x44] = F64;
SHAPE[0xfc] = PREFIX;

// 0xfc sub-opcodes: how many LEB128 immediates, and how many single bytes after them.
const PREFIXED: [number, number][] = [
  ...Array.from({ length: 8 }, (): [number, number] => [0, 0]), // saturating conversions
  [1, 1], // 8 memory.init: data segment, memory
  [1, 0], // 9 data.drop
  [0, 2], // 10 memory.copy: two memories
  [0, 1], // 11 memory.fill
  [2, 0], // 12 table.init
  [1, 0], // 13 elem.drop
  [2, 0], // 14 table.copy
  [1, 0], // 15 table.grow
  [1, 0], // 16 table.size
  [1, 0], // 17 table.fill
];

/**
 * The function indices named in `code[start .. end]`, a function body (locals first).
 * Throws a RangeError at an opcode it does not know.
 */
export function callSites(code: Uint8Array, start: number, end: number): CallSite[] {
  const sites: CallSite[] = [];
  let p = start;
  // Steps over one LEB128 and returns its value (exact below 2^32).
  const leb = (): number => {
    let value = 0;
    let scale = 1;
    let b: number;
    do {
      b = code[p++] as number;
      value += (b & 0x7f) * scale;
      scale *= 128;
    } while (b & 0x80 && p < end);
    return value;
  };
  for (let groups = leb(); groups > 0; groups--) {
    leb();
    p++;
  }
  while (p < end) {
    const op = code[p++] as number;
    switch (SHAPE[op]) {
      case NONE:
        break;
      case FUNC: {
        const pos = p;
        const func = leb();
        sites.push({ pos, length: p - pos, func });
        break;
      }
      case LEB:
        leb();
        break;
      case LEB2:
        leb();
        leb();
        break;
      case BLOCK: {
        const t = code[p] as number;
        // 0x40 (empty) and the value types are one byte; anything else is a type index.
        if (t === 0x40 || (t >= 0x6f && t <= 0x7f)) p++;
        else leb();
        break;
      }
      case TABLE:
        for (let targets = leb() + 1; targets > 0; targets--) leb(); // the default last
        break;
      case BYTE:
        p++;
        break;
      case F32:
        p += 4;
        break;
      case F64:
        p += 8;
        break;
      case SELECT:
        p += leb();
        break;
      case PREFIX: {
        const sub = leb();
        const shape = PREFIXED[sub];
        if (shape === undefined) throw new RangeError(`opcode 0xfc ${sub} at byte ${p}`);
        for (let i = 0; i < shape[0]; i++) leb();
        p += shape[1];
        break;
      }
      default:
        throw new RangeError(`opcode 0x${op.toString(16)} at byte ${p - 1}`);
    }
  }
  if (p !== end) throw new RangeError(`a function body overruns its size at byte ${end}`);
  return sites;
}
