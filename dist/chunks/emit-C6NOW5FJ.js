import { createRequire as __accessctlCreateRequire } from 'node:module'; const require = __accessctlCreateRequire(import.meta.url);
import "./chunk-UWWLK6PE.js";

// src/rego/wasm/binary/bytes.ts
var ByteWriter = class {
  buf;
  size = 0;
  constructor(capacity = 256) {
    this.buf = new Uint8Array(capacity);
  }
  get length() {
    return this.size;
  }
  /** The bytes written so far (a view, valid until the next write). */
  get bytes() {
    return this.buf.subarray(0, this.size);
  }
  reserve(n) {
    if (this.size + n <= this.buf.length) return;
    let capacity = this.buf.length * 2;
    while (capacity < this.size + n) capacity *= 2;
    const grown = new Uint8Array(capacity);
    grown.set(this.buf.subarray(0, this.size));
    this.buf = grown;
  }
  u8(b) {
    this.reserve(1);
    this.buf[this.size++] = b;
    return this;
  }
  /** An unsigned LEB128 integer (below 2^32). */
  u32(n) {
    if (!Number.isInteger(n) || n < 0 || n > 4294967295)
      throw new RangeError(`u32 out of range: ${n}`);
    this.reserve(5);
    do {
      let b = n & 127;
      n = Math.floor(n / 128);
      if (n !== 0) b |= 128;
      this.buf[this.size++] = b;
    } while (n !== 0);
    return this;
  }
  /** A signed LEB128 integer of up to 64 bits (i32.const and i64.const immediates). */
  sleb(n) {
    if (typeof n === "number" && n >= -1073741824 && n < 1073741824 && Number.isInteger(n)) {
      this.reserve(5);
      for (; ; ) {
        const b = n & 127;
        n >>= 7;
        const done = n === 0 && (b & 64) === 0 || n === -1 && (b & 64) !== 0;
        this.buf[this.size++] = done ? b : b | 128;
        if (done) return this;
      }
    }
    let v = BigInt(n);
    if (v < -(1n << 63n) || v >= 1n << 63n) throw new RangeError(`i64 out of range: ${n}`);
    this.reserve(10);
    for (; ; ) {
      const b = Number(v & 0x7fn);
      v >>= 7n;
      const done = v === 0n && (b & 64) === 0 || v === -1n && (b & 64) !== 0;
      this.buf[this.size++] = done ? b : b | 128;
      if (done) return this;
    }
  }
  raw(bytes2) {
    this.reserve(bytes2.length);
    this.buf.set(bytes2, this.size);
    this.size += bytes2.length;
    return this;
  }
  /** A UTF-8 name, length first. */
  name(s) {
    const text = new TextEncoder().encode(s);
    return this.u32(text.length).raw(text);
  }
  /** Bytes, length first (a function body, a section's contents, a data segment). */
  sized(bytes2) {
    return this.u32(bytes2.length).raw(bytes2);
  }
};
var ByteReader = class {
  constructor(buf, pos = 0, end = buf.length) {
    this.buf = buf;
    this.pos = pos;
    this.end = end;
  }
  buf;
  pos;
  end;
  get done() {
    return this.pos >= this.end;
  }
  u8() {
    if (this.pos >= this.end) throw new RangeError("unexpected end of the module");
    return this.buf[this.pos++];
  }
  u32() {
    let result = 0;
    let scale = 1;
    for (let i = 0; i < 5; i++) {
      const b = this.u8();
      result += (b & 127) * scale;
      if ((b & 128) === 0) return result;
      scale *= 128;
    }
    throw new RangeError(`malformed u32 at byte ${this.pos}`);
  }
  /** A signed LEB128 integer, read as a number (exact for i32 immediates). */
  s32() {
    let result = 0;
    let shift = 0;
    let b;
    do {
      b = this.u8();
      if (shift < 32) result |= (b & 127) << shift;
      shift += 7;
    } while ((b & 128) !== 0);
    if (shift < 32 && (b & 64) !== 0) result |= -1 << shift;
    return result;
  }
  /** Moves past a LEB128 integer of any width (an i64.const immediate). */
  skipLeb() {
    while ((this.u8() & 128) !== 0) ;
  }
  skip(n) {
    if (this.pos + n > this.end) throw new RangeError("unexpected end of the module");
    this.pos += n;
  }
  bytes(n) {
    const out = this.buf.subarray(this.pos, this.pos + n);
    this.skip(n);
    return out;
  }
  name() {
    return new TextDecoder().decode(this.bytes(this.u32()));
  }
};

// src/rego/wasm/binary/code.ts
var I32 = 127;
var EMPTY = 64;
var Code = class {
  w = new ByteWriter(1024);
  depth = 0;
  block() {
    this.w.u8(2).u8(EMPTY);
    return this.depth++;
  }
  loop() {
    this.w.u8(3).u8(EMPTY);
    return this.depth++;
  }
  /** `if` with no result, or with one value of `result` type from both arms. */
  if(result) {
    this.w.u8(4).u8(result ?? EMPTY);
    return this.depth++;
  }
  else() {
    this.w.u8(5);
    return this;
  }
  end() {
    if (this.depth === 0) throw new RangeError("end without an open block");
    this.depth--;
    this.w.u8(11);
    return this;
  }
  br(frame) {
    this.w.u8(12).u32(this.relative(frame));
    return this;
  }
  brIf(frame) {
    this.w.u8(13).u32(this.relative(frame));
    return this;
  }
  relative(frame) {
    if (frame < 0 || frame >= this.depth) throw new RangeError(`branch to a closed block`);
    return this.depth - 1 - frame;
  }
  return() {
    this.w.u8(15);
    return this;
  }
  unreachable() {
    this.w.u8(0);
    return this;
  }
  call(func) {
    this.w.u8(16).u32(func);
    return this;
  }
  localGet(i) {
    this.w.u8(32).u32(i);
    return this;
  }
  localSet(i) {
    this.w.u8(33).u32(i);
    return this;
  }
  localTee(i) {
    this.w.u8(34).u32(i);
    return this;
  }
  /** i32.load with 4-byte alignment. */
  i32Load(offset) {
    this.w.u8(40).u32(2).u32(offset);
    return this;
  }
  /** i32.store with 4-byte alignment. */
  i32Store(offset) {
    this.w.u8(54).u32(2).u32(offset);
    return this;
  }
  i32Const(n) {
    this.w.u8(65).sleb(n | 0);
    return this;
  }
  i64Const(n) {
    this.w.u8(66).sleb(n);
    return this;
  }
  i32Eqz() {
    this.w.u8(69);
    return this;
  }
  i32Ne() {
    this.w.u8(71);
    return this;
  }
  i32GeU() {
    this.w.u8(79);
    return this;
  }
  i32Add() {
    this.w.u8(106);
    return this;
  }
  i32And() {
    this.w.u8(113);
    return this;
  }
  i32Shl() {
    this.w.u8(116);
    return this;
  }
  /** The finished body: `locals` more i32 locals after the parameters, the code, `end`. */
  body(locals) {
    if (this.depth !== 0) throw new RangeError(`${this.depth} blocks left open`);
    const out = new ByteWriter(this.w.length + 8);
    if (locals > 0) out.u32(1).u32(locals).u8(I32);
    else out.u32(0);
    return out.raw(this.w.bytes).u8(11).bytes;
  }
};

// src/rego/wasm/binary/link.ts
function firstPolicyFunction(runtime) {
  return runtime.keptFuncImports + runtime.policyImports.length + runtime.funcTypes.length;
}
function linkModule(l) {
  const { runtime } = l;
  const out = new ByteWriter(runtime.code.length + runtime.data.length + 64 * 1024);
  out.raw(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
  const types = [...runtime.types];
  const typeIds = new Map(types.map((t, i) => [typeKey(t), i]));
  const typeOf = (t) => {
    const key = typeKey(t);
    let id = typeIds.get(key);
    if (id === void 0) {
      id = types.push(t) - 1;
      typeIds.set(key, id);
    }
    return id;
  };
  const policyTypes = l.functions.map((f) => typeOf(f.type));
  section(out, 1, (s) => {
    s.u32(types.length);
    for (const t of types) {
      s.u8(96).u32(t.params.length).raw(Uint8Array.from(t.params));
      s.u32(t.results.length).raw(Uint8Array.from(t.results));
    }
  });
  section(out, 2, (s) => {
    s.u32(runtime.imports.length);
    for (const imp of runtime.imports) {
      s.name(imp.module).name(imp.name);
      if (imp.kind === "func") s.u8(0).u32(imp.type);
      else s.u8(2).u8(0).u32(l.pages);
    }
  });
  section(out, 3, (s) => {
    s.u32(runtime.policyImports.length + runtime.funcTypes.length + l.functions.length);
    for (const p of runtime.policyImports) s.u32(p.type);
    for (const t of runtime.funcTypes) s.u32(t);
    for (const t of policyTypes) s.u32(t);
  });
  if (runtime.globals !== void 0) section(out, 6, (s) => s.raw(runtime.globals));
  section(out, 7, (s) => {
    const kept = runtime.exports.filter((e) => !l.dropExport(e.name));
    s.u32(kept.length);
    for (const e of kept) s.name(e.name).u8(e.kind).u32(e.index);
  });
  const segments = runtime.dataSegments + (l.data.bytes.length > 0 ? 1 : 0);
  if (runtime.hasDataCount) section(out, 12, (s) => s.u32(segments));
  section(out, 10, (s) => {
    s.u32(runtime.policyImports.length + runtime.funcTypes.length + l.functions.length);
    for (const p of runtime.policyImports) {
      const body = l.definitions.get(p.name);
      if (body === void 0) throw new RangeError(`no definition of policy.${p.name}`);
      s.sized(body);
    }
    s.raw(runtime.code);
    for (const f of l.functions) s.sized(f.body);
  });
  section(out, 11, (s) => {
    s.u32(segments).raw(runtime.data);
    if (l.data.bytes.length > 0) {
      s.u32(0).u8(65).sleb(l.data.base | 0).u8(11);
      s.sized(l.data.bytes);
    }
  });
  if (runtime.names !== void 0) writeNames(out, l, runtime.names);
  return out.bytes.slice();
}
function typeKey(t) {
  return `${t.params.join(",")}:${t.results.join(",")}`;
}
function section(out, id, write) {
  const s = new ByteWriter();
  write(s);
  out.u8(id).sized(s.bytes);
}
function writeNames(out, l, runtimeNames) {
  const names = new Map(runtimeNames);
  const { runtime } = l;
  runtime.policyImports.forEach(
    (p, i) => names.set(runtime.keptFuncImports + i, `policy.${p.name}`)
  );
  const first = firstPolicyFunction(runtime);
  l.functions.forEach((f, i) => names.set(first + i, f.name));
  const sorted = [...names].sort((a, b) => a[0] - b[0]);
  section(out, 0, (s) => {
    s.name("name");
    const sub = new ByteWriter();
    sub.u32(sorted.length);
    for (const [index, name] of sorted) sub.u32(index).name(name);
    s.u8(1).sized(sub.bytes);
  });
}

// src/rego/wasm/binary/call-sites.ts
var NONE = 0;
var FUNC = 1;
var LEB = 2;
var LEB2 = 3;
var BLOCK = 4;
var TABLE = 5;
var BYTE = 6;
var F32 = 7;
var F64 = 8;
var SELECT = 9;
var PREFIX = 10;
var INVALID = 255;
var SHAPE = new Uint8Array(256).fill(INVALID);
for (const op of [0, 1, 5, 11, 15, 26, 27, 209]) SHAPE[op] = NONE;
for (let op = 69; op <= 196; op++) SHAPE[op] = NONE;
for (const op of [2, 3, 4]) SHAPE[op] = BLOCK;
for (const op of [12, 13, 65, 66, 208]) SHAPE[op] = LEB;
for (let op = 32; op <= 38; op++) SHAPE[op] = LEB;
for (let op = 40; op <= 62; op++) SHAPE[op] = LEB2;
SHAPE[14] = TABLE;
SHAPE[16] = FUNC;
SHAPE[210] = FUNC;
SHAPE[17] = LEB2;
SHAPE[28] = SELECT;
SHAPE[63] = BYTE;
SHAPE[64] = BYTE;
SHAPE[67] = F32;
SHAPE[68] = F64;
SHAPE[252] = PREFIX;
var PREFIXED = [
  ...Array.from({ length: 8 }, () => [0, 0]),
  // saturating conversions
  [1, 1],
  // 8 memory.init: data segment, memory
  [1, 0],
  // 9 data.drop
  [0, 2],
  // 10 memory.copy: two memories
  [0, 1],
  // 11 memory.fill
  [2, 0],
  // 12 table.init
  [1, 0],
  // 13 elem.drop
  [2, 0],
  // 14 table.copy
  [1, 0],
  // 15 table.grow
  [1, 0],
  // 16 table.size
  [1, 0]
  // 17 table.fill
];
function callSites(code, start, end) {
  const sites = [];
  let p = start;
  const leb = () => {
    let value = 0;
    let scale = 1;
    let b;
    do {
      b = code[p++];
      value += (b & 127) * scale;
      scale *= 128;
    } while (b & 128 && p < end);
    return value;
  };
  for (let groups = leb(); groups > 0; groups--) {
    leb();
    p++;
  }
  while (p < end) {
    const op = code[p++];
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
        const t = code[p];
        if (t === 64 || t >= 111 && t <= 127) p++;
        else leb();
        break;
      }
      case TABLE:
        for (let targets = leb() + 1; targets > 0; targets--) leb();
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
        if (shape === void 0) throw new RangeError(`opcode 0xfc ${sub} at byte ${p}`);
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

// src/rego/wasm/binary/runtime-module.ts
var RuntimeModuleError = class extends Error {
  constructor(message) {
    super(`the Wasm runtime cannot be linked: ${message}`);
    this.name = "RuntimeModuleError";
  }
};
var MAGIC_AND_VERSION = [0, 97, 115, 109, 1, 0, 0, 0];
var prepared = /* @__PURE__ */ new WeakMap();
function readRuntime(bytes2) {
  let runtime = prepared.get(bytes2);
  if (runtime === void 0) {
    try {
      runtime = parse(bytes2);
    } catch (e) {
      if (e instanceof RuntimeModuleError) throw e;
      throw new RuntimeModuleError(e instanceof Error ? e.message : String(e));
    }
    prepared.set(bytes2, runtime);
  }
  return runtime;
}
function parse(bytes2) {
  if (!MAGIC_AND_VERSION.every((b, i) => bytes2[i] === b))
    throw new RuntimeModuleError("not a WebAssembly 1.0 binary");
  const r = new ByteReader(bytes2, 8);
  const runtime = {
    types: [],
    imports: [],
    keptFuncImports: 0,
    policyImports: [],
    funcTypes: [],
    globals: void 0,
    exports: [],
    code: new Uint8Array(0),
    data: new Uint8Array(0),
    dataSegments: 0,
    dataEnd: 0,
    hasDataCount: false,
    names: void 0
  };
  const importMap = [];
  let codeSection;
  let nameSection;
  while (!r.done) {
    const id = r.u8();
    const size = r.u32();
    const s = new ByteReader(bytes2, r.pos, r.pos + size);
    r.skip(size);
    switch (id) {
      case 0:
        if (s.name() === "name") nameSection = s;
        break;
      // other custom sections say nothing the policy module needs
      case 1:
        runtime.types = readTypes(s);
        break;
      case 2:
        readImports(s, runtime, importMap);
        break;
      case 3:
        for (let n = s.u32(), i = 0; i < n; i++) runtime.funcTypes.push(s.u32());
        break;
      case 6:
        runtime.globals = s.bytes(s.end - s.pos);
        break;
      case 7:
        runtime.exports = readExports(s, importMap);
        break;
      case 10:
        codeSection = s;
        break;
      case 11:
        readData(s, runtime);
        break;
      case 12:
        runtime.hasDataCount = true;
        break;
      default:
        throw new RuntimeModuleError(`unexpected section ${id}`);
    }
  }
  if (codeSection === void 0) throw new RuntimeModuleError("no code section");
  runtime.code = rewriteCalls(codeSection, importMap);
  if (nameSection !== void 0) runtime.names = readFunctionNames(nameSection, importMap);
  return runtime;
}
function readTypes(s) {
  const types = [];
  for (let n = s.u32(), i = 0; i < n; i++) {
    if (s.u8() !== 96) throw new RuntimeModuleError("a type that is not a function type");
    const params = Array.from(s.bytes(s.u32()));
    const results = Array.from(s.bytes(s.u32()));
    types.push({ params, results });
  }
  return types;
}
function readImports(s, runtime, importMap) {
  const policy = [];
  for (let n = s.u32(), i = 0; i < n; i++) {
    const module = s.name();
    const name = s.name();
    const kind = s.u8();
    if (kind === 0) {
      const type = s.u32();
      if (module === "policy") {
        policy.push(importMap.length);
        importMap.push(-1);
        runtime.policyImports.push({ name, type });
      } else {
        importMap.push(runtime.keptFuncImports++);
        runtime.imports.push({ kind: "func", module, name, type });
      }
    } else if (kind === 2) {
      const flags = s.u8();
      s.u32();
      if (flags & 1) s.u32();
      runtime.imports.push({ kind: "memory", module, name });
    } else {
      throw new RuntimeModuleError(`import ${module}.${name} of kind ${kind}`);
    }
  }
  policy.forEach((old, i) => importMap[old] = runtime.keptFuncImports + i);
}
function readExports(s, importMap) {
  const exports = [];
  for (let n = s.u32(), i = 0; i < n; i++) {
    const name = s.name();
    const kind = s.u8();
    const index = s.u32();
    exports.push({ name, kind, index: kind === 0 ? linked(index, importMap) : index });
  }
  return exports;
}
function linked(func, importMap) {
  return func < importMap.length ? importMap[func] : func;
}
function readData(s, runtime) {
  runtime.dataSegments = s.u32();
  const entries = s.pos;
  for (let i = 0; i < runtime.dataSegments; i++) {
    const flags = s.u32();
    let offset = 0;
    if (flags === 0 || flags === 2) {
      if (flags === 2) s.u32();
      if (s.u8() !== 65) throw new RuntimeModuleError("a data segment not at a constant offset");
      offset = s.s32();
      if (s.u8() !== 11)
        throw new RuntimeModuleError("a data segment offset is not one constant");
    } else if (flags !== 1) {
      throw new RuntimeModuleError(`data segment flags ${flags}`);
    }
    const length = s.u32();
    s.skip(length);
    if (flags !== 1) runtime.dataEnd = Math.max(runtime.dataEnd, offset + length);
  }
  runtime.data = s.buf.subarray(entries, s.end);
  if (s.pos !== s.end) throw new RuntimeModuleError("malformed data section");
}
function rewriteCalls(s, importMap) {
  const count = s.u32();
  const code = s.buf.slice(s.pos, s.end);
  const body = new ByteReader(code, 0);
  for (let i = 0; i < count; i++) {
    const size = body.u32();
    const end = body.pos + size;
    const sites = callSites(code, body.pos, end);
    for (const site of sites) {
      if (site.func >= importMap.length) continue;
      writePadded(code, site.pos, site.length, importMap[site.func]);
    }
    body.pos = end;
  }
  if (body.pos !== code.length) throw new RuntimeModuleError("malformed code section");
  return code;
}
function writePadded(out, pos, length, value) {
  if (value >= 128 ** length) throw new RuntimeModuleError(`function ${value} does not fit`);
  for (let i = 0; i < length; i++) {
    const b = value & 127;
    value = Math.floor(value / 128);
    out[pos + i] = i < length - 1 ? b | 128 : b;
  }
}
function readFunctionNames(s, importMap) {
  const names = /* @__PURE__ */ new Map();
  while (!s.done) {
    const id = s.u8();
    const size = s.u32();
    const end = s.pos + size;
    if (id === 1) {
      for (let n = s.u32(), i = 0; i < n; i++) {
        const func = s.u32();
        names.set(linked(func, importMap), s.name());
      }
    }
    s.pos = end;
  }
  return names;
}

// src/rego/wasm/runtime-asset.ts
var BASE64 = "AGFzbQEAAAABmAEXYAJ/fwF/YAF/AX9gA39/fwF/YAF/AGAAAX9gAn9/AGAEf39/fwF/YAN/f38AYAR/f39/AGABfgF/YAV/f39/fwF/YAJ/fAF/YAAAYAF8AX9gCH9/f39/f39/AX9gAnx/AXxgAn9/AXxgA35+fwF/YAF+AGABfwF8YAZ/fn5/fn8Bf2AHf39/f39/fwF/YAZ/f39/f38BfwLwAQ0DZW52DG9wYV9idWlsdGluMgAGA2VudgxvcGFfYnVpbHRpbjEAAgZwb2xpY3kEZXZhbAADBnBvbGljeQloZWFwX2Jhc2UABANlbnYJb3BhX2Fib3J0AAMGcG9saWN5DnN0YXRpY19zdHJpbmdzAAQGcG9saWN5C2VudHJ5cG9pbnRzAAQGcG9saWN5CGJ1aWx0aW5zAAQDZW52C29wYV9wcmludGxuAAMDZW52DG9wYV9idWlsdGluNAAWA2VudgxvcGFfYnVpbHRpbjMACgNlbnYMb3BhX2J1aWx0aW4wAAADZW52Bm1lbW9yeQIAAQPoAeYBBQEDCQgAAwAFAQcBDQAAAAEAAQUABwkBAAMFAAEGAAECAw4ACAAAAAUBAAIGBQcCAAcLAQ8AAAoDBggQAAAAAgYDBAAGAQQABAEDAAgAERICBgIABgIAAQcAAAAAABMCFAsAAQAAAQEEAAEDBQQBAQgDBwQACQQHAAwMBQMBAQAAAQAEAAoGAgABAQUBAwEAAQIBAQMEAwUFBQEVAQQEAwQBAQEBAQEBAQAAAAAAAAACAAAAAAABAAEGAAAAAQAAAAACAAACAAAAAAACAgIBAAEBAQIAAgEBAAEAAAECAgABAQEBAQEGxAEnfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt+AUIAC34BQgALfgFCAAt+AUIAC38BQQALfwFBAAt/AEEBC38AQQMLfwFBAAt/AUEAC34BQgALfgFCAAt/AUEAC38BQQALfgFCAAt/AUEAC34BQgALB/8PhwEUb3BhX3dhc21fYWJpX3ZlcnNpb24DHBpvcGFfd2FzbV9hYmlfbWlub3JfdmVyc2lvbgMdC3J0X2J1aWx0aW4wAJUBC3J0X2J1aWx0aW4xAJQBC3J0X2J1aWx0aW4yAJMBC3J0X2J1aWx0aW4zAJIBC3J0X2J1aWx0aW40AJEBCnJ0X3ByaW50bG4AfQpvcGFfbWFsbG9jAJ4BCG9wYV9mcmVlAKIBEG9wYV9oZWFwX3B0cl9nZXQAoQEQb3BhX2hlYXBfcHRyX3NldACgAQ5vcGFfanNvbl9wYXJzZQBTD29wYV92YWx1ZV9wYXJzZQBTDW9wYV9qc29uX2R1bXAAnwEOb3BhX3ZhbHVlX2R1bXAAnAEOb3BhX3ZhbHVlX3R5cGUAmgEfYWNjZXNzY3RsX3N0cmljdF9idWlsdGluX2Vycm9ycwCrARphY2Nlc3NjdGxfYnVpbHRpbl9sb2NhdGlvbgCsAQhidWlsdGlucwCqAQtlbnRyeXBvaW50cwCpARBvcGFfZXZhbF9jdHhfbmV3AFQWb3BhX2V2YWxfY3R4X3NldF9pbnB1dACjARVvcGFfZXZhbF9jdHhfc2V0X2RhdGEApQEbb3BhX2V2YWxfY3R4X3NldF9lbnRyeXBvaW50AKQBF29wYV9ldmFsX2N0eF9nZXRfcmVzdWx0AKYBBGV2YWwAqAEIb3BhX2V2YWwApwESb3BhX3ZhbHVlX2FkZF9wYXRoAJ0BFW9wYV92YWx1ZV9yZW1vdmVfcGF0aACbAQxydF9tZW1vX2luaXQAiAEMcnRfbWVtb19wdXNoAIUBC3J0X21lbW9fcG9wAIYBC3J0X21lbW9fZ2V0AIkBDnJ0X21lbW9faW5zZXJ0AIcBB3J0X251bGwAggEHcnRfdHJ1ZQB0CHJ0X2ZhbHNlAI8BDXJ0X251bWJlcl9pbnQAgQENcnRfbnVtYmVyX3JlZgCAAQlydF9zdHJpbmcAdQhydF9hcnJheQCYAQlydF9vYmplY3QAfwZydF9zZXQAeQlydF9hc19zZXQAlgEPcnRfYXJyYXlfYXBwZW5kAJcBEHJ0X29iamVjdF9pbnNlcnQAfgpydF9zZXRfYWRkAHgGcnRfZ2V0AI4BCnJ0X2NvbXBhcmUAkAEHcnRfdHlwZQBzBnJ0X2xlbgCKAQ1ydF9pdGVyX2NvdW50AI0BC3J0X2l0ZXJfa2V5AIwBDXJ0X2l0ZXJfdmFsdWUAiwEMcnRfc2Nhbl9rZXlzAHsOcnRfc2Nhbl92YWx1ZXMAeg9ydF9zaGFsbG93X2NvcHkAdghydF9tZXJnZQCEAQ9ydF9zZXRfbG9jYXRpb24AdxBydF9ydW50aW1lX2Vycm9yAHwIcnRfYWJvcnQAmQEScnRfbmFtZV9tYXBfaW5zZXJ0AIMBDHJ0X3dpdGhfcm9vdAByDHJ0X3dpdGhfc3RlcABxBGJfZXEAWQdiX2VxdWFsAFkFYl9uZXEAtwEEYl9sdAC7AQViX2x0ZQC6AQRiX2d0AL8BBWJfZ3RlAL4BBmJfcGx1cwC2AQdiX21pbnVzALkBBWJfbXVsALgBBWJfZGl2AMABBWJfcmVtALUBE2JfaW50ZXJuYWxfbWVtYmVyXzIAvQETYl9pbnRlcm5hbF9tZW1iZXJfMwC8AQpiX2lzX2FycmF5ALQBDGJfaXNfYm9vbGVhbgCzAQliX2lzX251bGwAsgELYl9pc19udW1iZXIAsQELYl9pc19vYmplY3QAsAEIYl9pc19zZXQArwELYl9pc19zdHJpbmcArgELYl90eXBlX25hbWUArQELYl90b19udW1iZXIAwgEFYl9hYnMA3gEHYl9yb3VuZADaAQZiX2NlaWwA3QEHYl9mbG9vcgDcAQ9iX251bWJlcnNfcmFuZ2UA2wEHYl9jb3VudADxAQViX3N1bQDsAQliX3Byb2R1Y3QA7gEFYl9tYXgA8AEFYl9taW4A7wEGYl9zb3J0AO0BBWJfYW5kAGUEYl9vcgDkAQdiX3VuaW9uAOMBDmJfaW50ZXJzZWN0aW9uAOUBDGJfb2JqZWN0X2dldADpAQ1iX29iamVjdF9rZXlzAOgBDmJfb2JqZWN0X3VuaW9uAOYBD2Jfb2JqZWN0X3JlbW92ZQDnAQ5iX2FycmF5X2NvbmNhdADrAQ1iX2FycmF5X3NsaWNlAOoBBmJfd2FsawDiAQhiX2NvbmNhdADWAQpiX2NvbnRhaW5zANUBDGJfc3RhcnRzd2l0aADPAQpiX2VuZHN3aXRoANQBCGJoX2xvd2VyAMcBCGJoX3VwcGVyAMYBB2Jfc3BsaXQA0AEGYl90cmltAM0BC2JfdHJpbV9sZWZ0AMwBDGJfdHJpbV9yaWdodADKAQ1iX3RyaW1fcHJlZml4AMsBDWJfdHJpbV9zdWZmaXgAyAEMYl90cmltX3NwYWNlAMkBCWJfcmVwbGFjZQDRAQliX2luZGV4b2YA0gELYl9zdWJzdHJpbmcAzgEMYl9mb3JtYXRfaW50ANMBCmJoX3NwcmludGYA2AEUYmhfc3RyaW5nc19yZXBsYWNlX24A2QEMYl9nbG9iX21hdGNoAOEBF2JfdGltZV9wYXJzZV9yZmMzMzM5X25zAMQBDGJoX3RpbWVfZGF0ZQDDAQ9iX3RpbWVfYWRkX2RhdGUAxQETYl9uZXRfY2lkcl9jb250YWlucwDgAQZtZW1vcnkCAAwCmAEK6dUC5gFdAAJ/AkACQAJAAkACQAJAAkAgASgCAEEBaw4GAAECAwQFBgtBoCYMBgtBwCwMBQtB8CwMBAtBkC0MAwtBsC0MAgtB0C0MAQtB8C0LIQEjAgRAIAAgAUEAQQAQEAsLNAEBfyMARQRAEAMkAAsjAEEHakF4cSIBIABqIgAgAUkEQEEAQYAZECYLIAAQViAAJAAgAQu8AwEPfyAAKAIAQQZGIQ4gACgCDCEEIAAoAgQiDSAAKAIYIghrIgdBAnQiARANIQUgARANIQEDQCACIAdJBEAgBSACQQJ0aiACIAhqNgIAIAJBAWohAgwBCwsgBCAFIAcgARAwIA1BAnQiARANIQkgDgR/IAEQDQVBAAshCiAOBH8gACgCEAVBAAshDCANQQJ0EA0hC0EAIQIDQCAGIA1JBEAgAyAHTwR/QQEFIAIgCEkEfyAEIAJBAnRqKAIAIAQgBSADQQJ0aigCAEECdGooAgAQE0EASAVBAAsLBEAgAiIBQQFqIQIFIAMiAUEBaiEDIAUgAUECdGooAgAhAQsgCyABQQJ0IgFqIAY2AgAgBkECdCIPIAlqIAEgBGooAgA2AgAgDgRAIAogD2ogASAMaigCADYCAAsgBkEBaiEGDAELCyAAIAk2AgwgDgRAIAAgCjYCEAsgACANNgIIIAAgDTYCGCAAKAIUIgFFBEAPCyABKAIAQQFqIQJBACEAA0AgACACSQRAIAFBCGogAEEDdGoiAygCBCIEBEAgAyALIARBAWtBAnRqKAIAQQFqNgIECyAAQQFqIQAMAQsLCy0BAX9BGBANIgFBAzYCACABQQA2AgQgASAANwMIIAFBADYCECABQQA2AhQgAQv7AQEGf0GAECEEA0AgBEH/F0kgAEEUaygCEEEBdiIJIAZKcQRAIAQiBUEBaiEEIAUgBiAJTwR/QX8FIAAgBkEBdGovAQALOgAAIAZBAWohBgwBCwsgBCEAA0AgAEH/F0kgAUEUaygCEEEBdiIFIAdKcQRAIAAiBEEBaiEAIAQgBSAHTQR/QX8FIAEgB0EBdGovAQALOgAAIAdBAWohBwwBCwsDQCAAQf8XSSADIAhLcQRAIAAiAUEBaiEAIAEgAiAIai0AADoAACAIQQFqIQgMAQsLIABBADoAACMBRQRAQYAQQYAqECYLIwEoAgAjASgCBCMBKAIIQYAQEFgLJgEBf0EQEA0iAkEENgIAIAIgATYCBCACIAA2AgggAkEANgIMIAILGwEBf0EBECUjEyIBQQFqJBMjEiABaiAAOgAAC5kEAQd/IAAgAUYEQEEADwsgAEUEQEF/DwsgAUUEQEEBDwsgACgCACICIAEoAgAiA0cEQEF/QQEgAiADSRsPCwJAAkACQAJAAkACQAJAAkAgAkEBaw4HAAECAwQFBAYLQQAPC0F/QQEgACgCBCIAIAEoAgQiAUkbQQAgACABRxsPCyAAIAEQcA8LIAAoAgggACgCBCABKAIIIAEoAgQQRQ8LIAAoAgQiAiABKAIEIgMgAiADSRshBCAAKAIAQQZPBH8gACgCGCACRwVBAAsEQCAAEA4LIAAoAgwhBSABKAIAQQZPBH8gASgCGCABKAIERwVBAAsEQCABEA4LIAEoAgwhAUEAIQADQCAAIARJBEAgBSAAQQJ0IgZqKAIAIAEgBmooAgAQEyIGBEAgBg8LIABBAWohAAwBCwsMAgsgACgCBCICIAEoAgQiAyACIANJGyEFIAAoAgBBBk8EfyAAKAIYIAJHBUEACwRAIAAQDgsgACgCDCEGIAEoAgBBBk8EfyABKAIYIAEoAgRHBUEACwRAIAEQDgsgASgCDCEEIAAoAhAhByABKAIQIQFBACEAA0AgACAFSQRAIAYgAEECdCIIaigCACAEIAhqKAIAEBMiCARAIAgPCyAHIABBAnQiCGooAgAgASAIaigCABATIggEQCAIDwsgAEEBaiEADAELCwwBC0EADwtBf0EBIAIgA0kbQQAgAiADRxsLWgECfyAAKAIIIgMgACgCBCICRgRAIAAgACgCDCADQQJ0QQQgA0EBdCADQQRJGyIDQQJ0EDc2AgwgACADNgIICyAAKAIMIAJBAnRqIAE2AgAgACACQQFqNgIECykBAX4gACgCBEECRgRAIAAoAggPC0IAIAApAwgiAX0gASABQgBTGxAiCzABAX8gACABEBoiA0EATgRAIAAoAhAgA0ECdGogAjYCAA8LIAAgASACQX8gA2sQRgszAQF/QRAQDSIBQQU2AgAgAUEANgIEIAEgADYCCCABIAAEfyAAQQJ0EA0FQQALNgIMIAELSwEBfyAAIACdYSAAmUQAoTgUmznfQ2NxBEAgAPwGEA8PC0EYEA0iAUEDNgIAIAFBATYCBCABIAA5AwggAUEANgIQIAFBADYCFCABC5ABAQF/IAAgAWotAAAiAkGAAUkEQCACDwsgAkHgAUkEQCAAIAFqLQABQT9xIAJBH3FBBnRyDwsgAkHwAUkEQCAAIAFqIgAtAAJBP3EgAkEPcUEMdCAALQABQT9xQQZ0cnIPCyAAIAFqIgAtAANBP3EgAkEHcUESdCAALQABQT9xQQx0ciAALQACQT9xQQZ0cnILzQIBCH8gACgCFARAIAEQIyQIIAEhAiAAKAIMIQcjCCIEIAAoAhQiBSgCACIIcSEDA0ACQEF/IQEgBUEIaiADQQN0aiIGKAIEIglFDQAgBigCACAERgRAIAcgCUEBayIBQQJ0aigCACIGIAJGBH9BAAUgBiACEBMLRQ0BCyADQQFqIAhxIQMMAQsLIAFBAE4EfyABBUF/IAAoAgRrCw8LIAAoAgwhBCAAKAIEIQUDQCACIAVJBEAgBCACQQJ0aigCACABRgRAIAIPCyACQQFqIQIMAQsLQX8gBWshAAJAIAUEfyAEIAVBAWtBAnRqKAIAIAEQE0EASAVBAAsNACAFQQFrIQIDQCACIANOBEAgBCACIANqQQF2IgBBAnRqKAIAIAEQEyIFRQ0CIAVBAEgEQCAAQQFqIQMFIABBAWshAgsMAQsLQX8gA2shAAsgAAvIAQIBfgF/IAAoAgBBAksEf0EABSAAKAIABH8gACgCBAVBAAutIAAoAgBBAUsEfyAAKAIIBUEAC61CIIaEIgJCgICAgICAgICAf1ggAkL///////////8AWCABGwsEQEIAIAAoAgAEfyAAKAIEBUEAC60gACgCAEEBSwR/IAAoAggFQQALrUIghoQiAn0gAiABGxAPDwtBGBANIgNBAzYCACADQQI2AgQgAyAANgIIIAMgAUEARzYCDCADQQA2AhAgA0EANgIUIAMLJQECfyAAQQJ0IgJBBGoQDSIBIAA2AgAgAUEEakEAIAL8CwAgAQv1AQIGfwJ+IAEoAgAiBSAAKAIAIgZqEBwhAgNAIAMgBkkEQEIAIQggAyAAKAIASQR/IABBBGogA0ECdGooAgAFQQALrSEJQQAhBANAIAQgBUkEQCACQQRqIAMgBGpBAnRqIgc1AgAgCSAEIAEoAgBJBH8gAUEEaiAEQQJ0aigCAAVBAAutfnwgCHwhCCAHIAg+AgAgCEIgiCEIIARBAWohBAwBCwsgAkEEaiADIAVqQQJ0aiAIPgIAIANBAWohAwwBCwsgAigCACEAA0AgAAR/IAIgAEECdGooAgAFQQELRQRAIABBAWshAAwBCwsgAiAANgIAIAILVgEDfyAAQRRrKAIQQQF2IgIQDSEDA0AgASACSQRAIAEgA2ogASAAQRRrKAIQQQF2TwR/QX8FIAAgAUEBdGovAQALOgAAIAFBAWohAQwBCwsgAyACEBELHwEBfyAAIAEQGiICQQBIBEAgACABQQBBfyACaxBGCwsrAEF/IAAgARAaIgEgAUEASBsiAUEATgR/IAAoAhAgAUECdGooAgAFQQALC9wEAQZ/AkACQAJAAkACQAJAAkACQCAAKAIAQQFrDgcAAQIDBAYFBwtBoCYQLQ8LQeAlQYAmIAAoAgQbEC0PCwJAIAAoAhAiAQRAIAEgACgCFBA0DAELIAAoAgRBAkYEfyAAKAIIKAIAQQpsQQRqBUHAAAsQJSMTIAAjEiMTahBIaiQTCw8LIAAQTQ8LQdsAEBIgACgCBCEEA0AgAyAESQRAIAMEQEEsEBIgAgRAQSAQEgsLIAAoAgwgA0ECdGooAgAgASACECEgA0EBaiEDDAELC0HdABASDwsgACgCBCIDQQEgARtFBEBBoCgQLQ8LQfsAQdsAIAEbEBIgACgCAEEGTwR/IAAoAhggACgCBEcFQQALBEAgABAOCyAAKAIMIQRBACEAA0AgACADSQRAIAAEQEEsEBIgAgRAQSAQEgsLIAQgAEECdGooAgAgASACECEgAEEBaiEADAELC0H9AEHdACABGxASDwtB+wAQEiAAKAIEIQcDQCADIAdJBEAgAwRAQSwQEiACBEBBIBASCwsgACgCAEEGTwR/IAAoAhggACgCBEcFQQALBEAgABAOC0EBIAEgACgCDCADQQJ0aigCACIIKAIAQQRGGwRAIAggASACECEFIxIjEyEFIxQhBkEAJBJBACQTQQAkFCAIQQBBABAhIxIjExARIQgkEiAFJBMgBiQUIAgQTQtBOhASIAIEQEEgEBILIAAoAgBBBk8EfyAAKAIYIAAoAgRHBUEACwRAIAAQDgsgACgCECADQQJ0aigCACABIAIQISADQQFqIQMMAQsLQf0AEBILC0wBAn9BAhAcIgEgAD4CBCABIABCIIg+AgggASgCACECA0AgAgR/IAEgAkECdGooAgAFQQELRQRAIAJBAWshAgwBCwsgASACNgIAIAELrQQBBH8gAEUEQEEADwsCQAJAAkACQAJAAkACQAJAAkAgACgCAEEBaw4HAAECAwQFBgcLQbnz3fF5DwtB65Svr3hBtdzKlXwgACgCBBsPCyAAEG8PCwJAIAAoAgwiAQRAIAEhAAwBC0HFu/KIeCEBIAAoAgghAyAAKAIEIQQDQCACIARJBEAgAiADai0AACABc0GTg4AIbCEBIAJBAWohAgwBCwsgACABIARzIgBBEHYgAHNBreqs/wdsIgBBD3YgAHNBi82yo3hsIgBBEHYgAHMiAEEBIAAbIgA2AgwLIAAPC0Gv1tO+AiECIAAoAgQhAwNAIAEgA0kEQCAAKAIMIAFBAnRqKAIAECMgAkEfbGoiAkEQdiACc0Gt6qz/B2wiAkEPdiACc0GLzbKjeGwiAkEQdiACcyECIAFBAWohAQwBCwsgAg8LIAAoAgQiA0Gxz9myAWohAiAAKAIMIQQgACgCECEAA0AgASADSQRAIAIgAUECdCICIARqKAIAECNBH2wgACACaigCABAjaiICQRB2IAJzQa3qrP8HbCICQQ92IAJzQYvNsqN4bCICQRB2IAJzaiECIAFBAWohAQwBCwsMAgsgACgCBCIDQZS39uICayECIAAoAgwhAANAIAEgA0kEQCAAIAFBAnRqKAIAECMgAmohAiABQQFqIQEMAQsLDAELQQAPCyACIAJBEHZzQa3qrP8HbCIAQQ92IABzQYvNsqN4bCIAQRB2IABzC+gEAgl/AXwgACgCBEEBRwRAIAAQFSQEIAAoAgRBAkYEfyAAKAIMQQBHBSAAKQMIQgBTCyQFQQAkBiABRQRAIAAoAgRBAkYEfyAAKAIIKAIAQQpsQQRqBUHAAAsQDSEBQQAjBEEAIAEQOyIAIABBAUYEfyABLQAAQTBGBUEACxskBwtBAQ8LIAAoAhAhCiAAKAIUIghFBEAgACsDCCILIAuhRAAAAAAAAAAAYgRAQQAPC0HAABANIQpBwAAQDSICIAsQPiEIQQAhAANAIAAgCEkEQCAAIApqIAIgAEEBdGovAQA6AAAgAEEBaiEADAELCwtBACQFIAgEfyAKLQAAQS1GBUEACwR/QQEkBUEBBUEACyECIAgQDSEDQQAhAANAIAIgCEkEQAJAIAIgCmotAAAiBEE5TSAEQTBPcQRAQQEgBEEwRyAAGwRAIAAgA2ogBDoAACAAQQFqIQALIAZBAWogBiAFGyEGBSAEQS5HDQFBASEFCyACQQFqIQIMAgsLCyACIAhJBH8gAiAKai0AAEHlAEYEf0EBBSACIApqLQAAQcUARgsFQQALBH8gCCACQQFqIgJLBH8gAiAKai0AAEErRgR/QQEFIAIgCmotAABBLUYLBUEACwRAIAIgCmotAABBLUYhByACQQFqIQILA0AgAiAISQRAIAIgCmotAABBMGsgCUEKbGoiCUGQA0GAwtcvIAEbSgRAQQAPCyACQQFqIQIMAQsLQQAgCWsgCSAHGwVBAAsgAEEoS0EAIAEbBEBBAA8LIAMgABBpJAQgBmskBiAAJAcgAQR/IwZBPEgjBkFESnEFQQELCzcBAX8jFCMTIABqTwRADwsjFEEBdCIBIxMgAGoiAEkEQCAAQUBrIQELIxIjFCABEDckEiABJBQLmQEBBH9BgAghAiAABEADQCACQf8XSQRAAkAgACIDQQFqIQAgAy0AACIFRQ0AIAIiA0EBaiECIAMgBToAAAwCCwsLCwNAIAJB/xdJIAFBFGsoAhBBAXYiAyAESnEEQCACIgBBAWohAiAAIAMgBE0Ef0F/BSABIARBAXRqLwEACzoAACAEQQFqIQQMAQsLIAJBADoAAEGACBAEAAuJAQEDfyAAKAIAIgIgASgCACIDRwRAQX9BASACIANJGw8LIAJBAWshAgNAIAJBAE4EQCACIAAoAgBJBH8gAEEEaiACQQJ0aigCAAVBAAsiAyACIAEoAgBJBH8gAUEEaiACQQJ0aigCAAVBAAsiBEcEQEF/QQEgAyAESRsPCyACQQFrIQIMAQsLQQALLgEDf0IBECIhAUIKECIhAwNAIAAgAkoEQCABIAMQHSEBIAJBAWohAgwBCwsgAQssACAAKAIAQQNHBEAgAiAAEAxBAQ8LIAEoAgBBA0cEQCADIAEQDEEBDwtBAAvCAQIDfwJ+IAAoAgAiBBAcIQMDQCACIARJBEAgAiAAKAIASQR/IABBBGogAkECdGooAgAFQQALrSACIAEoAgBJBH8gAUEEaiACQQJ0aigCAAVBAAutfSAFfSEGQgAhBSADQQRqIAJBAnRqIAZCAFMEfkIBIQUgBkKAgICAEHwFIAYLPgIAIAJBAWohAgwBCwsgAygCACEAA0AgAAR/IAMgAEECdGooAgAFQQELRQRAIABBAWshAAwBCwsgAyAANgIAIAMLygEBBH8gACgCBCECQRwQDSIBQQBBHPwLACABQQY2AgAgAkUEQCABDwsgAkECdCIEEA0hAyAEEA0hBCAAKAIAQQZPBH8gACgCGCAAKAIERwVBAAsEQCAAEA4LIAMgACgCDCACQQJ0/AoAACAAKAIAQQZPBH8gACgCGCAAKAIERwVBAAsEQCAAEA4LIAQgACgCECACQQJ0/AoAACABIAI2AgQgASACNgIIIAEgAzYCDCABIAQ2AhAgASACNgIYIAJBEE8EQCABEEQLIAEL2AIBA38gACgCAEUEQEIAEA8PCwNAIAJBAEgEQAJAIABCChAiEC8jAygCAA0AIQAgAkEBaiECDAILCwsgAkEATgRAIAAgAhAoEB0gARAbDwsgAEEAIAAoAgBBCmxBBGoQDSIFEDsiBCACaiEDIAQgAmtBBGoQDSECIAEEfyACQS06AABBAQVBAAshACADQQBMBH8gACACakEwOgAAIABBAWoiAUEBaiEAIAEgAmpBLjoAAANAIANBAEgEQCAAIgFBAWohACABIAJqQTA6AAAgA0EBaiEDDAELCyAAIAJqIAUgBPwKAAAgACAEagUgACACaiAFIAP8CgAAIAAgA2oiAEEBaiEBIAAgAmpBLjoAACABIAJqIAMgBWogBCADayIA/AoAACAAIAFqCyEAQRgQDSIBQQM2AgAgAUEBNgIEIAEgAiAAEEc5AwggASACNgIQIAEgADYCFCABC1cBA38gAEEUaygCEEEBdhAlA0AgASAAQRRrKAIQQQF2IgJIBEAjEyIDQQFqJBMjEiADaiABIAJPBH9BfwUgACABQQF0ai8BAAs6AAAgAUEBaiEBDAELCwvoCAEIfwNAAkAgASACTwRAIAMEQCADQQAgBEEAQQAgBSAGIAcQLg8LIAYgB0YPCyAAIAFqIggtAAAiCUEqRgRAIAEgAUEBaiACSSIBBEAgCC0AAUEqRiEBC0ECQQEgARtqIQgDQCAAIAggAiADIAQgBSAGIAcQLgRAQQEPCyAGIAdPDQIgAQR/QQAFIAUgBhAZEGMLDQIgBSAGai0AACIJQYABSQR/QQEFIAlB4AFJBH9BAgVBA0EEIAlB8AFJGwsLIAZqIQYMAAsACyAJQfsARgRAIAAhCCABIQACQANAIAAgAkkEQAJAIAAgCGotAAAiCUHcAEYEQCAAQQFqIQAMAQsgCUH7AEYEQCALQQFqIQsFIAlB/QBGBH8gC0EBayILBUEBC0UNBAsLIABBAWohAAwBCwtBfyEACyAAIglBAEgNAUEBIANBAEciCyACIABrQQFrIgIbBEAgAiAEakEBahANIgAgCCAJakEBaiAC/AoAACALBEAgACACaiADIAT8CgAACwVBACEACyACIARBACADG2ohAyABQQFqIgEhAgNAIAIgCU0EQAJAIAIgCGotAAAiBEHcAEYEQCACQQFqIQIMAQsgBEH7AEYEQCAKQQFqIQoFIARB/QBGIApBAEpxBEAgCkEBayEKBSAKRSAEQSxGcSACIAlGcgRAIAEgCGpBACACIAFrIAAgAyAFIAYgBxAuBEBBAQ8LIAJBAWohAQsLCwsgAkEBaiECDAELCwwBCyAGIAdPDQAgBSAGEBkhDyAJQT9GBEAgDxBjDQEgAUEBaiEBIAUgBmotAAAiCEGAAUkEf0EBBSAIQeABSQR/QQIFQQNBBCAIQfABSRsLCyAGaiEGDAILIAlB2wBGBEBBACEMIAFBAWoiASACSQR/IAAgAWotAABBIUYFQQALBEBBASEMIAFBAWohAQtBACEJA0AgASACSQR/IAAgAWotAABB3QBHBUEACwRAIAAgARAZIg0hCCAAIAFqLQAAIg5BgAFJBH9BAQUgDkHgAUkEf0ECBUEDQQQgDkHwAUkbCwsgAWoiAUEBaiACSQR/IAAgAWotAABBLUYFQQALBH8gACABai0AAUHdAEcFQQALBEAgACABQQFqEBkhCCABIAAgAWotAAEiAUGAAUkEf0EBBSABQeABSQR/QQIFQQNBBCABQfABSRsLC0EBamohAQtBASAJIA0gD00gCCAPT3EbIQkMAQsLIAEgAk8NASAJIAxGDQEgAUEBaiEBIAUgBmotAAAiCEGAAUkEf0EBBSAIQeABSQR/QQIFQQNBBCAIQfABSRsLCyAGaiEGDAILIAlB3ABGIAFBAWoiCCACSXFFBEAgASEICyAAIAgQGSAPRw0AIAAgCGotAAAiAUGAAUkEf0EBBSABQeABSQR/QQIFQQNBBCABQfABSRsLCyAIaiEBIAUgBmotAAAiCEGAAUkEf0EBBSAIQeABSQR/QQIFQQNBBCAIQfABSRsLCyAGaiEGDAELC0EAC+ECAQh/IAAoAgAiAxAcIQYgASgCAEEBahAcIgJBADYCACADQQV0QQFrIQgDQCAIQQBOBEAgAigCAEEBaiIEEBwhAyAIQQV2IgUgACgCAEkEfyAAQQRqIAVBAnRqKAIABUEACyAIdkEBcSEFQQAhBwNAIAQgB0sEQCAHQQJ0IgkgA0EEamogByACKAIASQR/IAJBBGogCWooAgAFQQALIglBAXQgBXI2AgAgCUEfdiEFIAdBAWohBwwBCwsgAygCACECA0AgAgR/IAMgAkECdGooAgAFQQELRQRAIAJBAWshAgwBCwsgAyACNgIAIAMiAiABECdBAE4EQCACIAEQKiECIAZBBGogCEEFdkECdGoiAyADKAIAQQEgCHRyNgIACyAIQQFrIQgMAQsLIAIkAyAGKAIAIQADQCAABH8gBiAAQQJ0aigCAAVBAQtFBEAgAEEBayEADAELCyAGIAA2AgAgBguhAgEGfyACQQJJBEAPCyAAIAEgAkEBdiIIIAMQMCAAIAEgCEECdGogAiAIayADEDAgCCEFA0AgBiAISSACIAVLcQRAIAAgASAFQQJ0aigCACIHQQJ0aigCACAAIAEgBkECdGooAgAiCUECdGooAgAQE0EASARAIAMgBEECdGogBzYCACAFQQFqIQUFIAMgBEECdGogCTYCACAGQQFqIQYLIARBAWohBAwBCwsDQCAGIAhJBEAgBCIAQQFqIQQgBiIHQQFqIQYgAyAAQQJ0aiABIAdBAnRqKAIANgIADAELCwNAIAIgBUsEQCAEIgBBAWohBCAFIgZBAWohBSADIABBAnRqIAEgBkECdGooAgA2AgAMAQsLIAEgAyACQQJ0/AoAAAt8AQF/IAAoAgAiAkEFRgRAIAGtEA8PCyACQQZGBEAgACgCAEEGTwR/IAAoAhggACgCBEcFQQALBEAgABAOCyAAKAIMIAFBAnRqKAIADwsgACgCAEEGTwR/IAAoAhggACgCBEcFQQALBEAgABAOCyAAKAIMIAFBAnRqKAIAC4MCAwJ/AXwBfiABRSAARXIEQEEADwsgACgCACICQQZGBEAgACABECAPCyACQQVGBEAgASgCAEEDRwRAQQAPC0F/IQICQCABKAIEIgNBAkYNACADRQRAIAEpAwgiBadBfyAFQv////8HVyAFQgBZcRshAgwBCyABKwMIIgT8AiECIAQgBJ1hIAREAAAAAAAAAABmcSAERAAAwP///99BZXENAEF/IQILIAJBAEgEf0EBBSACIAAoAgRPCwRAQQAPCyAAKAIMIAJBAnRqKAIADwsgAkEHRgRAQX8gACABEBoiASABQQBIGyIBQQBOBH8gACgCDCABQQJ0aigCAAVBAAsPC0EAC9gCAgJ+Bn8gAUUEQEEADwsgAC0AAEEtRgR/QQEhCUEBBUEACyEEQQEhCANAIAEgCUsEQCAAIAlqLQAAIgVBOU0gBUEwT3EEQCAHQQFqIQcgBkUgCHEEQCAFQTBrQf8Bca0gA0IKfnwiAiADVCADQpmz5syZs+bMGVZyBEBBASEGBSACIQMLCwUgBUHlAEYgBUEuRnIgBUHFAEZyIAVBK0ZyIAVBLUZyRQRAQQAPC0EAIQgLIAlBAWohCQwBCwsgB0UEQEEADwsgBkUgCHEEQCAERSADQv///////////wBYcQRAIAMQDw8LIANCgICAgICAgICAf1ggBHEEQEIAIAN9EA8PCwsgCARAIAAgBGogASAEaxBpIAQQGyIEIAA2AhAgBCABNgIUIAQPC0EYEA0iBEEDNgIAIARBATYCBCAEIAAgARBHOQMIIAQgADYCECAEIAE2AhQgBAsaACABECUjEiMTaiAAIAH8CgAAIxMgAWokEwvwCQEFfwJAIABBkM4ASg0AA0AjDCMNSQRAIwwtAAAiAUEJRyABQSBHcSABQQpHcSABQQ1HcUUEQCMMQQFqJAwMAgsLCyMMIw1PDQAjDC0AACIBQfsARgRAIwxBAWokDANAIwwjDUkEQCMMLQAAIgFBCUcgAUEgR3EgAUEKR3EgAUENR3FFBEAjDEEBaiQMDAILCwsjDCMNSQR/IwwtAABB/QBGBUEACwRAIwxBAWokDEEcEA0iAEEAQRz8CwAgAEEGNgIAIAAPCyMRIQQDQANAIwwjDUkEQCMMLQAAIgFBCUcgAUEgR3EgAUEKR3EgAUENR3FFBEAjDEEBaiQMDAILCwsjDCMNTwR/QQEFIwwtAABBIkcLDQIQTiIBRQ0CA0AjDCMNSQRAIwwtAAAiAkEJRyACQSBHcSACQQpHcSACQQ1HcUUEQCMMQQFqJAwMAgsLCyMMIw1PBH9BAQUjDC0AAEE6RwsNAiMMQQFqJAwgAEEBahA1IgJFDQIjESMQRgRAQcAAIxBBAXQjEEHAAEkbIgNBA3QQDSEFIxEEQCAFIw8jEUEDdPwKAAALIAUkDyADJBALIw8jEUEDdGoiAyABNgIAIAMgAjYCBCMRQQFqJBEDQCMMIw1JBEAjDC0AACIBQQlHIAFBIEdxIAFBCkdxIAFBDUdxRQRAIwxBAWokDAwCCwsLIwwjDU8NAiMMIgFBAWokDCABLQAAIgFB/QBGBEAjDyAEQQN0aiMRIARrEG4gBCQRDwsgAUEsRg0ACwwBCyABQdsARgRAIwxBAWokDEEAEBchAQNAIwwjDUkEQCMMLQAAIgJBCUcgAkEgR3EgAkEKR3EgAkENR3FFBEAjDEEBaiQMDAILCwsjDCMNSQR/IwwtAABB3QBGBUEACwRAIwxBAWokDCABDwsDQCAAQQFqEDUiAkUNAiABIAIQFANAIwwjDUkEQCMMLQAAIgJBCUcgAkEgR3EgAkEKR3EgAkENR3FFBEAjDEEBaiQMDAILCwsjDCMNTw0CIwwiAkEBaiQMIAItAAAiAkHdAEYEQCABDwsgAkEsRg0ACwwBCyABQSJGBEAQTg8LIAFB9ABGBEBBiBhBAAJ/QQAhAEEAIw1B3CUoAgBBAXYiASMMakkNABoDQCAAIAFJBEBBACMMIABqLQAAIABB3CUoAgBBAXZPBH9BfwUgAEEBdEHgJWovAQALQf8BcUcNAhogAEEBaiEADAELCyMMIAFqJAxBAQsbDwsgAUHmAEYEQEGQGEEAAn9BACEAQQAjDUH8JSgCAEEBdiIBIwxqSQ0AGgNAIAAgAUkEQEEAIwwgAGotAAAgAEH8JSgCAEEBdk8Ef0F/BSAAQQF0QYAmai8BAAtB/wFxRw0CGiAAQQFqIQAMAQsLIwwgAWokDEEBCxsPCyABQe4ARgRAQYAYQQACf0EAIQBBACMNQZwmKAIAQQF2IgEjDGpJDQAaA0AgACABSQRAQQAjDCAAai0AACAAQZwmKAIAQQF2TwR/QX8FIABBAXRBoCZqLwEAC0H/AXFHDQIaIABBAWohAAwBCwsjDCABaiQMQQELGw8LIwwhAANAIwwjDUkEQCMMLQAAIgFBOU0gAUEwT3EgAUEtRnIgAUErRnIgAUEuRnIgAUHlAEZyIAFBxQBGcgRAIwxBAWokDAwCCwsLIAAjDCAAaxAzDwtBAAslAEEAJBJBACQTQQAkFEHAABAlIAAgAUEAECFBABASIxJBACQSCzkAIwAgACABakZBACAAGwRAIAAgAmoiARBWIAEkACAADwsgAhANIQIgAARAIAIgACAB/AoAAAsgAgtuACAAIAEgAigCAEEFRhshAAJ/AkACQAJAAkACQAJAAkAgAygCAEEBaw4GAAECAwQFBgtBoCYMBgtBwCwMBQtB8CwMBAtBkC0MAwtBsC0MAgtB0C0MAQtB8C0LIQEjAgRAIAAgAUEAQQAQEAtBAAtRAQJ/IAEoAgQhAwNAIAIgA0kEQCABKAIAQQZPBH8gASgCGCABKAIERwVBAAsEQCABEA4LIAAgASgCDCACQQJ0aigCABAfIAJBAWohAgwBCwsLiwIBBn8gAUECSQRADwsgACABQQF2IgggAhA6IAAgCEECdGogASAIayACEDogCCEEA0AgBSAISSABIARLcQRAIAAgBEECdGooAgAiBiAAIAVBAnRqKAIAIgcQE0EASARAIAIgA0ECdGogBjYCACAEQQFqIQQFIAIgA0ECdGogBzYCACAFQQFqIQULIANBAWohAwwBCwsDQCAFIAhJBEAgAyIGQQFqIQMgBSIHQQFqIQUgAiAGQQJ0aiAAIAdBAnRqKAIANgIADAELCwNAIAEgBEsEQCADIgVBAWohAyAEIgZBAWohBCACIAVBAnRqIAAgBkECdGooAgA2AgAMAQsLIAAgAiABQQJ0/AoAAAvMAgIGfwF+IAAoAgAiBBAcIgVBBGogAEEEaiAEQQJ0/AoAACAEQQpsQQJqIgMQDSEHIAMhACAERQRAIAcgAEEBayIAakEwOgAACwNAIAUoAgAiBARAQgAhCSAEQQFrIQQDQCAEQQBOBEAgBUEEaiAEQQJ0aiIGNQIAIAlCIIaEIQkgBiAJQoCU69wDgD4CACAJQoCU69wDgiEJIARBAWshBAwBCwsgBSgCACEEA0AgBAR/IAUgBEECdGooAgAFQQELRQRAIARBAWshBAwBCwsgBSAENgIAIAmnIQQgBSgCAEEARyEIQQAhBgNAIAZBCUhBACAEIAhyGwRAIAcgAEEBayIAaiAEQQpwQTBqOgAAIARBCm4hBCAGQQFqIQYMAQsLDAELCyABBEAgByAAQQFrIgBqQS06AAALIAIgACAHaiADIABrIgD8CgAAIAALwgECBH8BfiAAKAIAIgMgASgCAEsEfyADBSABKAIAC0EBaiIFEBwhBANAIAIgBUkEQCACQQJ0IgMgBEEEamogAiAAKAIASQR/IABBBGogA2ooAgAFQQALrSACIAEoAgBJBH8gAUEEaiACQQJ0aigCAAVBAAutfCAGfCIGPgIAIAZCIIghBiACQQFqIQIMAQsLIAQoAgAhAANAIAAEfyAEIABBAnRqKAIABUEBC0UEQCAAQQFrIQAMAQsLIAQgADYCACAEC8ABAQF/A0AgAUGQzgBPBEAgAUGQzgBwIQMgAUGQzgBuIQEgACACQQRrIgJBAXRqIANB5ABuQQJ0QbAiajUCACADQeQAcEECdEGwImo1AgBCIIaENwMADAELCyABQeQATwRAIAAgAkECayICQQF0aiABQeQAcEECdEGwImooAgA2AgAgAUHkAG4hAQsgAUEKTwRAIAAgAkECa0EBdGogAUECdEGwImooAgA2AgAFIAAgAkEBa0EBdGogAUEwajsBAAsLrwEBAX8CfyABRAAAAAAAAAAAYQRAIABBMDsBACAAQS47AQIgAEEwOwEEQQMMAQsgASABoUQAAAAAAAAAAGIEQCABIAFiBEAgAEHOADsBACAAQeEAOwECIABBzgA7AQRBAwwCBSABRAAAAAAAAAAAYyICBEAgAEEtOwEAIABBAmohAAsgAELJgLiD4IzANDcDACAAQu6ApIPAjsA8NwMIIAJBCGoMAgsACyAAIAEQbQsLggIBAn9BBSEBQQEhAiAAQQBMBEAgAEUPBSAAQQFGBEBBBQ8FIABBAkYEQEEZDwUgAEEgSARAAkACQAJAAkACQAJAQR8gAGdrDgUEAwIBAAULQQVBASAAQQFxGyECIABBAXYhAEEZIQELIAEgAmwgAiAAQQFxGyECIABBAXYhACABIAFsIQELIAEgAmwgAiAAQQFxGyECIABBAXYhACABIAFsIQELIAEgAmwgAiAAQQFxGyECIABBAXYhACABIAFsIQELIAEgAmwgAiAAQQFxGyECCyACDwsLCwsDQCAABEAgASACbCACIABBAXEbIQIgAEEBdiEAIAEgAWwhAQwBCwsgAgukAQAgAUH/B0oEfCAARAAAAAAAAOB/oiEAIAFB/wdrIgFB/wdKBHxB/wcgAUH/B2siASABQf8HThshASAARAAAAAAAAOB/ogUgAAsFIAFBgnhIBHwgAEQAAAAAAABgA6IhACABQckHaiIBQYJ4SAR8QYJ4IAFByQdqIgEgAUGCeEwbIQEgAEQAAAAAAABgA6IFIAALBSAACwsgAaxC/wd8QjSGv6IL8gEBBX8gAEUEQCABDwsgAUUEQCAADwsgACgCAEEGRwR/QQEFIAEoAgBBBkcLBEBBAA8LIAAQKyECIAEoAgQhBkEAIQADQCAAIAZJBEAgASgCAEEGTwR/IAEoAhggASgCBEcFQQALBEAgARAOCyABKAIMIABBAnRqKAIAIQMgASgCAEEGTwR/IAEoAhggASgCBEcFQQALBEAgARAOCyABKAIQIABBAnRqKAIAIQQgAiADECAiBQRAIAUoAgBBBkYEfyAEKAIAQQZGBUEACwRAIAIgAyAFIAQQQRAWCwUgAiADIAQQFgsgAEEBaiEADAELCyACC2sBAX8gACgCACICQQZGBEAgAkEGTwR/IAAoAhggACgCBEcFQQALBEAgABAOCyAAKAIQIAFBAnRqKAIADwsgACgCAEEGTwR/IAAoAhggACgCBEcFQQALBEAgABAOCyAAKAIMIAFBAnRqKAIAC2MBAX8gACgCCCEFIAAgAWoiASgCACEAIAQEQCABIAAgBUECdEEEIAVBAXQgBUEESRtBAnQQNyIANgIACyAAIANBAnRqIQAgAiADSwRAIABBBGogACACIANrQQJ0/AoAAAsgAAvEAQEHfyAAKAIEIQNBICEBA0AgASADQQF0QQJqSQRAIAFBAXQhAQwBCwsgAUEDdCIFQQhqEA0iAkEIakEAIAX8CwAgAiABQQFrNgIAIAIgAzYCBCAAKAIMIQcDQCADIARLBEAgByAEQQJ0aigCABAjIgYgAigCACIFcSEBA0AgAkEIaiABQQN0aigCBARAIAFBAWogBXEhAQwBCwsgAkEIaiABQQN0aiIBIAY2AgAgASAEQQFqIgQ2AgQMAQsLIAAgAjYCFAubAgIEfwJ+IAAgAkcEQCABIAMgASADSRshBQNAIARBCGogBU0EQCAAIARqKQMAIgkgAiAEaikDACIIUgRAQX9BASAJQgiIQv+B/Ifwn8D/AIMgCUL/gfyH8J/A/wCDQgiGhCIJQhCIQv//g4Dw/z+DIAlC//+DgPD/P4NCEIaEQiCKIAhCCIhC/4H8h/CfwP8AgyAIQv+B/Ifwn8D/AINCCIaEIghCEIhC//+DgPD/P4MgCEL//4OA8P8/g0IQhoRCIIpUGw8LIARBCGohBAwBCwsDQCAEIAVJBEAgACAEai0AACIGIAIgBGotAAAiB0cEQEF/QQEgBiAHSRsPCyAEQQFqIQQMAQsLC0F/QQEgASADSRtBACABIANHGwvmAwEHfyAAKAIAQQZGIAAoAgQiBCAAKAIIIgdGIQggAEEMIAQgAyAIEEMgATYCAARAIABBECAEIAMgCBBDIAI2AgALIAgEQCAAQQQgB0EBdCAHQQRJGzYCCAsgACAEQQFqIgM2AgQgACgCFCICRQRAIAAgAzYCGCADQRBPBEAgABBECw8LIAQgACgCGEYEfyAEBH8gACgCDCAEQQFrQQJ0aigCACABEBNBAEgFQQELBUEACwRAIAAgBEEBajYCGAsgAigCACIBIAIoAgRBAWoiB0EBdEkEQCABQQFqIghBAXQiAUEDdCIDQQhqEA0iCUEIakEAIAP8CwAgCSABQQFrNgIAIAkgAigCBDYCBANAIAUgCEkEQCACQQhqIAVBA3RqIgEoAgQiAwRAIANBAWshCiABKAIAIgEgCSgCACIGcSEDA0AgCUEIaiADQQN0aigCBARAIANBAWogBnEhAwwBCwsgCUEIaiADQQN0aiIDIAE2AgAgAyAKQQFqNgIECyAFQQFqIQUMAQsLIAAgCTYCFCAJIQILIAIgBzYCBCMIIgEgAigCACIDcSEAA0AgAkEIaiAAQQN0aigCBARAIABBAWogA3EhAAwBCwsgAkEIaiAAQQN0aiIAIAE2AgAgACAEQQFqNgIEC0gBA38gAUEBdCIEQRRqEA1BFGoiA0EEayAENgIAA0AgASACSwRAIAMgAkEBdGogACACai0AADsBACACQQFqIQIMAQsLIAMQagutAgMCfgJ/AXwgACgCFCIEBEAgASAAKAIQIAT8CgAAIAQPCyAAKAIERQRAIAApAwgiAkIAUyEAQgAgAn0gAiAAGyECIAAEfyABQS06AABBAQVBAAshAEEBIQQgAiEDA0AgA0IKWgRAIARBAWohBCADQgqAIQMMAQsLIARBAWshBQNAIAVBAE4EQCAAIAFqIAVqIAJCCoKnQTBqOgAAIAJCCoAhAiAFQQFrIQUMAQsLIAAgBGoPCyAAKAIEQQJGBEAgACgCCCAAKAIMQQBHIAEQOw8LIAArAwgiBiAGoUQAAAAAAAAAAGIEQCABQTA6AABBAQ8LQcAAEA0iBSAGED4hBEEAIQADQCAAIARJBEAgACABaiAFIABBAXRqLwEAOgAAIABBAWohAAwBCwsgBAu5AwMCfwF8A34gACgCBAR/QQEFIAEoAgQLRQRAIAApAwgiBiABKQMIIgd8IgUgBoUgBSAHhYNCAFkEQCAFEA8PCwsgACgCBEEBRwR/IAEoAgRBAUcFQQALBEAgABAVIAAoAgRBAkYEfyAAKAIMQQBHBSAAKQMIQgBTCyABEBUgASgCBEECRgR/IAEoAgxBAEcFIAEpAwhCAFMLEEwPCyAAIAFBABBLIgIEfyACBQJ8IAAoAgQiAkUEQCAAKQMIuQwBCyACQQJGBEAgACgCCCIDKAIAQQFrIQIDQCACQQBOBEAgBEQAAAAAAADwQaIgAiADKAIASQR/IANBBGogAkECdGooAgAFQQALuKAhBCACQQFrIQIMAQsLIASaIAQgACgCDBsMAQsgACsDCAsCfEQAAAAAAAAAACEEIAEoAgQiAEUEQCABKQMIuQwBCyAAQQJGBEAgASgCCCICKAIAQQFrIQADQCAAQQBOBEAgBEQAAAAAAADwQaIgACACKAIASQR/IAJBBGogAEECdGooAgAFQQALuKAhBCAAQQFrIQAMAQsLIASaIAQgASgCDBsMAQsgASsDCAugEBgLC4QEAwN/AXwCfiAAKAIEBH9BAQUgASgCBAtFBEAgACkDCCIGQrPmk6gLUyAGQs2Z7Nd0VXEgASkDCCIHQs2Z7Nd0VXEgB0Kz5pOoC1NxBEAgBiAHfhAPDwsLIAAoAgRBAUcEfyABKAIEQQFHBUEACwRAIAAQFSABEBUQHSAAKAIEQQJGBH8gACgCDEEARwUgACkDCEIAUwshACABKAIEQQJGBH8gASgCDEEARwUgASkDCEIAUwsgAEcQGw8LAn9BACAAQQEQJEUNABojBCMFIQIjBiEEQQAgAUEBECRFDQAaIwQQHSACIwVHIAQjBmoQLAsiAgR/IAIFAnwgACgCBCICRQRAIAApAwi5DAELIAJBAkYEQCAAKAIIIgMoAgBBAWshAgNAIAJBAE4EQCAFRAAAAAAAAPBBoiACIAMoAgBJBH8gA0EEaiACQQJ0aigCAAVBAAu4oCEFIAJBAWshAgwBCwsgBZogBSAAKAIMGwwBCyAAKwMICwJ8RAAAAAAAAAAAIQUgASgCBCIARQRAIAEpAwi5DAELIABBAkYEQCABKAIIIgIoAgBBAWshAANAIABBAE4EQCAFRAAAAAAAAPBBoiAAIAIoAgBJBH8gAkEEaiAAQQJ0aigCAAVBAAu4oCEFIABBAWshAAwBCwsgBZogBSABKAIMGwwBCyABKwMIC6IQGAsLtQEBBH8gAEEBECRFBEBBAA8LIwQhACMFIQMjBiEFIAFBARAkRQRAQQAPCyMEIQEjBSACQQBHRyEGIAUgBSMGIgIgAiAFShsiBEoEQCAAIAUgBGsQKBAdIQALIAIgBEoEQCABIAIgBGsQKBAdIQELIAMgBkYEQCAAIAEQPCADIAQQLA8LIAAgARAnIgJFBEBCABAPDwsgAkEASgR/IAAgARAqIAMgBBAsBSABIAAQKiAGIAQQLAsLSwEBfyABQQBHIANBAEdGBEAgACACEDwgARAbDwsgACACECciBEUEQEIAEA8PCyAEQQBKBH8gACACECogARAbBSACIAAQKiADEBsLC5kCAQV/IAAoAgghAyAAKAIEIQRBIhASA0AgASAESQRAIAEgA2otAAAiAEEiRyAAQSBPcSAAQdwAR3FFBEAgAiADaiABIAJrEDQgAUEBaiECQdwAEBIgAEHcAEYgAEEiRnIEQCAAEBIFIABBCkYEQEHuABASBSAAQQlGBEBB9AAQEgUgAEENRgRAQfIAEBIFIABBCEYEQEHiABASBSAAQQxGBEBB5gAQEgVBgCgQLSAAQQR2IgVBrBgoAgBBAXZPBH9BfwUgBUEBdEGwGGovAQALEBIgAEEPcSIAQawYKAIAQQF2TwR/QX8FIABBAXRBsBhqLwEACxASCwsLCwsLCyABQQFqIQEMAQsLIAIgA2ogBCACaxA0QSIQEgvNBgEHfyMMQQFqJAwjDCEBQcW78oh4IQADQCMMIw1JBEAjDC0AACIDQSJHBEAgA0HcAEYEQEEBIQIjDEECaiQMDAMLIANBIEkEQEEADwsgACADc0GTg4AIbCEAIwxBAWokDAwCCwsLIwwjDU8EQEEADwsjDCEDIwxBAWokDCACRQRAIAMgAWsiAkEwSwRAIAEgAhARDwsgASACIAAgAnMiACAAQRB2c0Gt6qz/B2wiACAAQQ92c0GLzbKjeGwiACAAQRB2cyIAQQEgABtBABBQDwsgAyABaxANIgQhACMMA0AgASADSQRAIAEiAkEBaiEBIAItAAAiBkHcAEcEQCAAIgJBAWohACACIAY6AAAMAgsgASICQQFqIQECQAJAAkACQAJAAkACQAJAAkACQCACLQAAIgJBIkcEQCACQdwARg0BIAJBL0YNAiACQeIARg0DIAJB5gBGDQQgAkHuAEYNBSACQfIARg0GIAJB9ABGDQcgAkH1AEYNCAwJCyAAIgJBAWohACACQSI6AAAMCQsgACICQQFqIQAgAkHcADoAAAwICyAAIgJBAWohACACQS86AAAMBwsgACICQQFqIQAgAkEIOgAADAYLIAAiAkEBaiEAIAJBDDoAAAwFCyAAIgJBAWohACACQQo6AAAMBAsgACICQQFqIQAgAkENOgAADAMLIAAiAkEBaiEAIAJBCToAAAwCCyABJAwQUiICQQBIBEBBAA8LIAJBgLgDSCACQYCwA05xBH8jDSMMQQZqTwVBAAsEfyMMLQAAQdwARgVBAAsEfyMMLQABQfUARgVBAAsEQCMMQQJqJAwQUiIBQYDAA0ggAUGAuANOcQRAIAEgAkEKdGpBgLj/GmshAgUjDEEGayQMCwsjDCEBIAJBgAFJBH8gACACOgAAIABBAWoFIAJBgBBJBEAgACACQQZ2QcABcjoAAAUgAkGAgARJBH8gACACQQx2QeABcjoAACAAQQFqBSAAIAJBEnZB8AFyOgAAIAAgAkEMdkE/cUGAAXI6AAEgAEECagsiACACQQZ2QT9xQYABcjoAAAsgAEEBaiIAIAJBP3FBgAFyOgAAIABBAWoLIQAMAQtBAA8LDAELCyQMIAQgACAEaxAREFELtwEBAX8gACQMIAAgAWokDUEAJA9BACQQQQAkEUEAJAlBiCAQDSIAQQBBiCD8CwAgACQOIw5B/wc2AgAQBSIBKAIAIQJBACEAA0AgACACSQRAIAFBBGogAEECdGooAgAQURogAEEBaiEADAELC0EAEDUiAEUEQEEADwsDQCMMIw1JBEAjDC0AACIBQQlHIAFBIEdxIAFBCkdxIAFBDUdxRQRAIwxBAWokDAwCCwsLIABBACMMIw1GGwv+AgEFfyMOKAIAIgYgAnEhBANAIw5BCGogBEECdGooAgAiBwRAIAcoAgwgAkYEfyAHKAIEIAFGBUEACwR/IAcoAggiCCAARgR/QQAFIAggASAAIAEQRQsFQQELBEAgBEEBaiAGcSEEDAIFIAcPCwALCyADRQRAIAAgARARIgMgAjYCDAsjDigCBEEBaiIAQQF0IAZLBEAjDiIEKAIAQQFqIgZBAXQiB0ECdEEIaiIBEA0iCEEAIAH8CwAgCCQOIw4gB0EBazYCACMOIAQoAgQ2AgQDQCAFIAZJBEAgBEEIaiAFQQJ0aigCACIIBEAgCCgCDCAHQQFrcSEBA0AjDkEIaiABQQJ0aigCAARAIAFBAWogB0EBa3EhAQwBCwsjDkEIaiABQQJ0aiAINgIACyAFQQFqIQUMAQsLIw4oAgAiASACcSEEA0AjDkEIaiAEQQJ0aigCAARAIARBAWogAXEhBAwBCwsLIw5BCGogBEECdGogAzYCACMOIAA2AgQgAwulAQEGfyAAKAIEQTBLBEAgAA8LIAAoAgggACgCBCAAIgEoAgwiAEUEQEHFu/KIeCEAIAEoAgghBiABKAIEIQMDQCACIANJBEAgAiAGai0AACAAc0GTg4AIbCEAIAJBAWohAgwBCwsgASAAIANzIgBBEHYgAHNBreqs/wdsIgBBD3YgAHNBi82yo3hsIgBBEHYgAHMiAEEBIAAbIgA2AgwLIAAgARBQC5MBAQR/Iw0jDEEEakkEQEF/DwsDQCABQQRIBEAjDCIAQQFqJAwgAC0AACIDQTBrIQACQCADQTlNIANBME9xDQAgA0HXAGshACADQeYATSADQeEAT3ENACADQTdrIQAgA0HGAE0gA0HBAE9xDQBBfyEACyAAQQBIBEBBfw8LIAJBBHQgAHIhAiABQQFqIQEMAQsLIAILCAAgACABEE8LJgEBf0EQEA0iAEEANgIAIABBADYCBCAAQQA2AgggAEEANgIMIAALJgEBfyMfQQJ0QQRqEA0iASAANgIAIAFBBGpBACMfQQJ0/AsAIAELSAECfz8AIgFBEHQiAiAATwRADwsgACACa0H//wNqQRB2IgAgAUgEfyABQABBAE4FQQALBEAPCyAAQABBAEgEQEEAQYAZECYLC5UBAQJ/QQEhAyABQQBIBEAgAEH/F0kEQCAAIgJBAWohACACQS06AAALQQAgAWshAQsgASECA0AgAkEKTgRAIANBAWohAyACQQptIQIMAQsLIAAgA2pB/xdLBEAgAA8LIANBAWshAgNAIAJBAE4EQCAAIAJqIAFBCm9BMGo6AAAgAUEKbSEBIAJBAWshAgwBCwsgACADagvEAwEFf0GACCEEIAAEQANAIARB/xdJBEACQCAAIgVBAWohACAFLQAAIghFDQAgBCIFQQFqIQQgBSAIOgAADAILCwsLA0AgBEH/F0lBnCooAgBBAXYiBSAHSnEEQCAEIgBBAWohBCAAIAUgB00Ef0F/BSAHQQF0QaAqai8BAAs6AAAgB0EBaiEHDAELCyAEIAEQVyEBQQAhBANAIAFB/xdJQZwqKAIAQQF2IgUgBEpxBEAgASIAQQFqIQEgACAEIAVPBH9BfwUgBEEBdEGgKmovAQALOgAAIARBAWohBAwBCwsgASACEFchAQNAIAFB/xdJQbwqKAIAQQF2IgIgBkpxBEAgASIAQQFqIQEgACACIAZNBH9BfwUgBkEBdEHAKmovAQALOgAAIAZBAWohBgwBCwsgAwRAA0AgAUH/F0kEQAJAIAMiAEEBaiEDIAAtAAAiAkUNACABIgBBAWohASAAIAI6AAAMAgsLCwtBACEDA0AgAUH/F0lB/CkoAgBBAXYiAiADSnEEQCABIgBBAWohASAAIAIgA00Ef0F/BSADQQF0QYAqai8BAAs6AAAgA0EBaiEDDAELCyABQQA6AABBgAgQBAALDwBBkBhBiBggACABEBMbC2UAAkAgAEL7hfrRXVMgAEKE+oWuIlVyDQAgAEKE+oWuIlEgAUL/r8uXA1VxDQAgAEL7hfrRXVEgAUKA5J/FAFNxDQAgAEKAlOvcA34gAXwQDw8LIwIEQCACQYAqQQBBABAQC0EAC6YBAQN+IABC7PQrfCIBIAFCsPUIfSABQgBZG0Kx9Qh/IQAgASAAQrH1CH59IgEgAUK0C399IAFCrJ0Cf3wgAUKw9Qh/fULtAn8hAiABIAJC7QJ+IAJCBH98IAJC5AB/fX0iA0IFfkICfEKZAX8hASADIAFCmQF+QgJ8QgV/fUIBfCQYIAFCA3wgAUIJfSABQgpTGyQXIxdCAletIAIgAEKQA358fCQWC1YBAn8DQCABIANLBH8gACADEBkgAhBfBUEACwRAAn9BASAAIANqLQAAIgRBgAFJDQAaQQIgBEHgAUkNABpBAyAEQfABSQ0AGkEECyADaiEDDAELCyADC1gBAX8DQCABIAJJBEACQCACQQFrIQQDQCABIARJBH8gACAEai0AAEHAAXFBgAFGBUEACwRAIARBAWshBAwBCwsgACAEEBkgAxBfRQ0AIAQhAgwCCwsLIAILtwEBA38gACgCAEEERwRAQcDsAEGw7QAgARsgABAMQQAPCyAAKAIEIQQgACgCCCEFA0AgAyAESQRAIAMgBWotAABBgAFPBEAgAkEAIAAQAQ8LIANBAWohAwwBCwsgBBANIQBBACECA0AgAiAESQRAIAAgAmogAiAFai0AACIDQSBzIAMgAQR/IANB+gBNIANB4QBPcQUgA0HaAE0gA0HBAE9xCxs6AAAgAkEBaiECDAELCyAAIAQQEQtjAQN/IAEoAgghAyABKAIEIQQDQCACIARJBEAgAyACEBkgAEYEQEEBDwsCf0EBIAIgA2otAAAiAUGAAUkNABpBAiABQeABSQ0AGkEDIAFB8AFJDQAaQQQLIAJqIQIMAQsLQQALzgEBBn8gAigCBCEHA0AgASAISwRAAn8gACAIai0AACIEQSVHBEAgAwRAIAMgCWogBDoAAAsgCUEBagwBCyAIQQFqIAFPBEBBfw8LIAhBAWoiCCAAai0AACIGQSVGBEAgAwRAIAMgCWpBJToAAAsgCUEBagwBCyAFIAdPBEBBfw8LIAUiBEEBaiEFIAYgAigCDCAEQQJ0aigCACADIAlqQQAgAxsQ1wEiBEEASARAQX8PCyAEIAlqCyEJIAhBAWohCAwBCwtBfyAJIAUgB0cbC6EBAQR/QX8hBgNAIAEgBU8EQCABIAVLBH8gACAFai0AAAVBLgsiA0EuRgRAIAZBAEggBkH/AUpyIARBA0tyBEBBAA8LIAQiA0EBaiEEIAIgA2ogBjoAAEF/IQYFIANBOU0gA0EwT3EEQCADQTBrQf8BcSAGQQpsQQAgBkEAThtqIgZB/wFKBEBBAA8LBUEADwsLIAVBAWohBQwBCwsgBEEERguiAgIGfwF+IAAoAgghAyAAKAIEIQdBfyEAA0AgAiAHSQRAIAIgACACIANqLQAAIgZBL0YbIQBBASAEIAZBOkYbIQQgAkEBaiECDAELCyAAIAcgAEEAThshAiABQgA3AAAgAUIANwAIIAQEQCADIAIgARDfAUUEQEEADwtBBiQaBSADIAIgARBhRQRAQQAPC0EEJBoLQSBBgAEjGkEERhsiASQbIABBAE4EQCACQQFqIQAgByACayICQQFrIQQgAkEBRgJ+A0AgBCAFSwRAQn8gACADaiAFai0AACICQTBJIAJBOUtyDQIaIAJBMGtB/wFxrSAIQgp+fCEIIAVBAWohBQwBCwsgCAsiCEIAU3IgCCABrFVyBEBBAA8LIAinJBsLQQELVQEDfyMVRQRAQQAPCyMVKAIEIQIDQCABIAJJBEAjFSgCDCABQQJ0aigCACIDKAIEBH8gAygCCEEAEBkgAEYFQQALBEBBAQ8LIAFBAWohAQwBCwtBAAulAQEHf0ECEBciBCACEBQgBCABEBQgACAEEBQgASgCACIEQQZHIARBBUdxIARBB0dxBEAPCyABKAIEIQYDQCADIAZJBEAgASADEEIhByABIAMQMSEIIAIoAgQiCUEBahAXIQVBACEEA0AgBCAJSQRAIAUgAigCDCAEQQJ0aigCABAUIARBAWohBAwBCwsgBSAIEBQgACAHIAUQZCADQQFqIQMMAQsLC6sBAQV/IAAoAgBBB0cEQEHgzgAgABAMQQAPCyABKAIAQQdHBEBBwM8AIAEQDEEADwtBHBANIgJBAEEc/AsAIAJBBzYCACAAKAIEIQQDQCADIARJBEAgACgCAEEGTwR/IAAoAhggACgCBEcFQQALBEAgABAOC0F/IAEgACgCDCADQQJ0aigCACIFEBoiBiAGQQBIG0EATgRAIAIgBRAfCyADQQFqIQMMAQsLIAIL1AIBBX9BHBANIgJBAEEc/AsAIAJBBjYCACAAKAIEIQQDQCADIARJBEAgACgCAEEGTwR/IAAoAhggACgCBEcFQQALBEAgABAOCyAAKAIMIANBAnRqKAIAIQUgACgCAEEGTwR/IAAoAhggACgCBEcFQQALBEAgABAOCyACIAUgACgCECADQQJ0aigCABAWIANBAWohAwwBCwsgASgCBCEEQQAhAANAIAAgBEkEQCABKAIAQQZPBH8gASgCGCABKAIERwVBAAsEQCABEA4LIAEoAgwgAEECdGooAgAhBSABKAIAQQZPBH8gASgCGCABKAIERwVBAAsEQCABEA4LIAEoAhAgAEECdGooAgAhBiACIAUQICIDBH8gAygCAEEGRgVBAAsEfyAGKAIAQQZGBUEACwRAIAIgBSADIAYQZhAWBSACIAUgBhAWCyAAQQFqIQAMAQsLIAILygEBBH8gACgCAEEFRgR/QQEFIAAoAgBBB0YLRQRAQeDEAEHwxQAgARsgABAMQQAPCyABQQBHrRAPIQIgACgCBCEFA0AgBCAFSQRAIAAoAgBBBk8EfyAAKAIYIAAoAgRHBUEACwRAIAAQDgsgACgCDCAEQQJ0aigCACIDKAIAQQNHBEAgAQR/QfDGAEGQyAAgACADEDgFQbDJAEHQygAgACADEDgLGkEADwsgAQR/IAIgAxBKBSACIAMQSQshAiAEQQFqIQQMAQsLIAILygEBBX8gACgCAEEFRgR/QQEFIAAoAgBBB0YLRQRAQeDLAEHgzAAgARsgABAMQQAPCyAAKAIEIgVFBEBBAA8LIAAoAgBBBk8EfyAAKAIYIAAoAgRHBUEACwRAIAAQDgsgACgCDCgCACECQQEhBANAIAQgBUkEQCAAKAIAQQZPBH8gACgCGCAAKAIERwVBAAsEQCAAEA4LIAAoAgwgBEECdGooAgAiAyACEBMiBkEASiAGQQBIIAEbBEAgAyECCyAEQQFqIQQMAQsLIAILQgEDf0EBEBwiAkEANgIAQgoQIiEEA0AgASADSwRAIAIgBBAdIAAgA2oxAABCMH0QIhA8IQIgA0EBaiEDDAELCyACC6wLAwd/BX4CfAJAIABBFGsoAhBBAXYiBUUNACAALwEAIQREAAAAAAAA8D8hDgNAIAUEfwJ/IARBgAFyQaABRiAEQQlrQQRNciAEQYAtSQ0AGkEBIARBgEBqQQpNDQAaAkACQCAEQYAtRg0AIARBqMAARg0AIARBqcAARg0AIARBr8AARg0AIARB38AARg0AIARBgOAARg0AIARB//0DRg0ADAELQQEMAQtBAAsFQQALBEAgAEECaiIALwEAIQQgBUEBayEFDAELCyAFRQ0AIARBLUYEfyAFQQFrIgVFDQFEAAAAAAAA8L8hDiAAQQJqIgAvAQAFIARBK0YEfyAFQQFrIgVFDQIgAEECaiIALwEABSAECwsiBEHJAEYgBUEITnEEQCAAKQMAQsmAuIPgjMA0UQR/IAApAwhC7oCkg8COwDxRBUEACwRAIA5EAAAAAAAA8H+iDwsMAQsgBEEuRyAEQTBrQQpPcQ0AIAAhAwNAIARBMEYEQCAAQQJqIgAvAQAhBCAFQQFrIQUMAQsLIAVBAEwEQCAORAAAAAAAAAAAog8LIARBLkYEQCAAIANGIQMgAEECaiEAIAMgBUEBayIFRXENAUEBIQYDQCAALwEAIgRBMEYEQCAFQQFrIQUgAkEBayECIABBAmohAAwBCwsgBUEATARAIA5EAAAAAAAAAACiDwsgAyACRXEgBEEwa0EKT3ENAQsgBEEwayEDA0AgBkUgBEEuRnEgA0EKSSIEcgRAAkAgBARAIAFBE0gEfiADrSAIQgp+fAUgCCADQQBHrYQLIQggAUEBaiEBBSABIQJBASEGCyAFQQFrIgVFDQAgAEECaiIALwEAIgRBMGshAwwCCwsLIAIgASAGG0ETIAEgAUETShtrIQZBASEDAkAgCFACf0EAIAAvAQBBIHJB5QBHDQAaQQAgBUEBayIBRQ0AGiAAQQJqIgAvAQAiAkEtRgR/QQAgAUEBayIBRQ0BGkF/IQMgAEECaiIALwEABSACQStGBH9BACABQQFrIgFFDQIaIABBAmoiAC8BAAUgAgsLIQIDQCACQTBGBEBBACABQQFrIgFFDQIaIABBAmoiAC8BACECDAELCyACQTBrIQQDQCAEQQpJQQAgARsEQCADQYAZbCAHQYAZTg0CGiAHQQpsIARqIQcgAUEBayEBIABBAmoiAC8BAEEwayEEDAELCyADIAdsCyAGaiIAQap9SHINAEQAAAAAAADwfyENIABBtAJKDQAgCLohDSAARQ0AIABBJUwgAEEWSnEEQCANIABBA3RBgCVqKwMAoiENQRYhAAsgCEL/////////D1gEfyAAQR91IgEgACABanNBFkwFQQALBHwgAEEASgRAIA0gAEEDdEGwJmorAwCiIQ0MAgsgDUEAIABrQQN0QbAmaisDAKMFIABBAEgEfCAIIAh5IgmGIQggAKwgCX0hCQNAIABBckwEQCAIQumDsd4WgiAIQumDsd4WgCIIeSIKQhJ9hrpEmyuhhpuEBj+invwHIAggCoZ8IQggCSAKfSEJIABBDmohAAwBCwsgCEEAIABrED+sIguAIgx5IQogCCALgrq9IApCNIZ8vyALuqP8ByAMIAqGfLogCSAKfacQQAUgCCAIeiIJiCEIIAkgAKx8JCYDQCAAQQ1OBEBCICAIQiCIQpXnicYEfiAIQv////8Pg0KV54nGBH4iCEIgiHwiCUIgiKdnrSIKfSILIyZ8JCYgCCAKhkIfiEIBgyAJIAqGIAhC/////w+DIAuIhHwhCCAAQQ1rIQAMAQsLIAAQP60iCSAIQv////8Pg34hCkIgIAhCIIggCX4gCkIgiHwiCEIgiKdnrSIJfSILIyZ8JCYgCiAJhkIfiEIBgyAIIAmGIApC/////w+DIAuIhHy6IyanEEALCyENCyANIA6mDwtEAAAAAAAA+H8L2gQBAn8gAkUEQCAAIAFBAXRqQa6AwAE2AgAgAUECag8LIAEgAmoiA0EVTCABIANMcQR/A0AgASADSARAIAAgAUEBdGpBMDsBACABQQFqIQEMAQsLIAAgA0EBdGpBroDAATYCACADQQJqBSADQRVMIANBAEpxBH8gACADQQF0aiIAQQJqIABBACACa0EBdPwKAAAgAEEuOwEAIAFBAWoFIANBAEwgA0F6SnEEfyAAQQIgA2siA0EBdGogACABQQF0/AoAACAAQbCAuAE2AgBBAiECA0AgAiADSARAIAAgAkEBdGpBMDsBACACQQFqIQIMAQsLIAEgA2oFIAFBAUYEQCAAQeUAOwECIABBBGoiAiADQQFrIgBBAEgiAwRAQQAgAGshAAsgACAAQaCNBkkEfyAAQeQASQR/IABBCk9BAWoFIABBkM4AT0EDaiAAQegHT2oLBSAAQYCt4gRJBH8gAEHAhD1PQQZqBSAAQYCU69wDT0EIaiAAQYDC1y9PagsLQQFqIgEQPSACQS1BKyADGzsBAAUgAEEEaiAAQQJqIAFBAXQiAkECa/wKAAAgAEEuOwECIAAgAmoiAEHlADsBAiAAQQRqIgQgA0EBayIAQQBIIgIEQEEAIABrIQALIAAgAEGgjQZJBH8gAEHkAEkEfyAAQQpPQQFqBSAAQZDOAE9BA2ogAEHoB09qCwUgAEGAreIESQR/IABBwIQ9T0EGagUgAEGAlOvcA09BCGogAEGAwtcvT2oLC0EBaiIAED0gBEEtQSsgAhs7AQAgACABaiEBCyABQQJqCwsLC4YGAgN/BH4gAiABfSEKQgFBACADayIIrCIBhiIMQgF9IgsgAoMhCSACIAGIpyIDQaCNBkkEfyADQeQASQR/IANBCk9BAWoFIANBkM4AT0EDaiADQegHT2oLBSADQYCt4gRJBH8gA0HAhD1PQQZqBSADQYCU69wDT0EIaiADQYDC1y9PagsLIQcDQCAHQQBKBEACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgB0EBaw4KCQgHBgUEAwIBAAoLIANBgJTr3ANuIQYgA0GAlOvcA3AhAwwKCyADQYDC1y9uIQYgA0GAwtcvcCEDDAkLIANBgK3iBG4hBiADQYCt4gRwIQMMCAsgA0HAhD1uIQYgA0HAhD1wIQMMBwsgA0GgjQZuIQYgA0GgjQZwIQMMBgsgA0GQzgBuIQYgA0GQzgBwIQMMBQsgA0HoB24hBiADQegHcCEDDAQLIANB5ABuIQYgA0HkAHAhAwwDCyADQQpuIQYgA0EKcCEDDAILIAMhBkEAIQMMAQtBACEGCyAFIAZyBEAgACAFQQF0aiAGQf//A3FBMGo7AQAgBUEBaiEFCyAHQQFrIQcgBCADrSAIrCIChiAJfCIBWgRAIyMgB2okIyAHQQJ0QYgiajUCACAChiECIAAgBUEBa0EBdGoiAC8BACEHA0AgASAKVCAEIAF9IAJacQR/IAogASACfCIJViAKIAF9IAkgCn1WcgVBAAsEQCAHQQFrIQcgASACfCEBDAELCyAAIAc7AQAgBQ8LDAELCwNAIARCCn4hBCAJQgp+IgEgCKyIIgIgBayEQgBSBEAgACAFQQF0aiACp0H//wNxQTBqOwEAIAVBAWohBQsgB0EBayEHIAEgC4MiCSAEWg0ACyMjIAdqJCMgCkEAIAdrQQJ0QYgiajUCAH4hASAAIAVBAWtBAXRqIgAvAQAhBwNAIAEgCVYgBCAJfSAMWnEEfyABIAkgDHwiAlYgASAJfSACIAF9VnIFQQALBEAgB0EBayEHIAkgDHwhCQwBCwsgACAHOwEAIAULhQQCCn4EfyABRAAAAAAAAAAAYyIMBHwgAEEtOwEAIAGaBSABC70iAkKAgICAgICA+P8Ag0I0iKciDUEBIA0bQbMIayIOQQFrIAJC/////////weDIA1BAEetQjSGfCICQgGGQgF8IgN5pyIPayENIAMgD6yGJCAgAiACQoCAgICAgIAIUUEBaiIPrIZCAX0gDiAPayANa6yGJCEgDSQiQdwCQUMjImu3RP55n1ATRNM/okQAAAAAALB1QKAiAfwCIg0gDbcgAWJqQQN1QQFqIg1BA3QiDmskIyAOQaAbaikDACQkIA1BAXRB2CBqLgEAJCUgAiACeYYiAkL/////D4MhBCMkIgdC/////w+DIgggAkIgiCICfiAEIAh+QiCIfCEFIyAiA0L/////D4MhCSADQiCIIgMgCH4gCCAJfkIgiHwhBiMhIgpC/////w+DIQsgCkIgiCIKIAh+IAggC35CIIh8IQggACAMQQF0aiAAIAIgB0IgiCICfiAFQiCIfCACIAR+IAVC/////w+DfEL/////B3xCIIh8IAIgA34gBkIgiHwgAiAJfiAGQv////8Pg3xC/////wd8QiCIfEIBfSIDIyUjImpBQGsgAyACIAp+IAhCIIh8IAIgC34gCEL/////D4N8Qv////8HfEIgiHxCAXx9IAwQbCAMayMjEGsgDGoLowQBCH9BHBANIgVBAEEc/AsAIAVBBjYCACABQRBPBEADQCABIANLBEAgBSAAIANBA3RqIgIoAgAgAigCBBAWIANBAWohAwwBCwsgBQ8LIAFFBEAgBQ8LIAEjCUYhAgNAIAEgA0sgAnEEQCMKIANBAnRqKAIAIAAgA0EDdGooAgBGIQIgA0EBaiEDDAELCyMLIQYgASEDIAJFBEAgA0ECdBANIQZBACEDA0AgASAHSwRAIAAgB0EDdGooAgAhCSADIQJBASEIA0AgAgRAIAAgBiACQQFrIgRBAnRqKAIAQQN0aigCACAJEBMiCEEASgRAIAQhAgwCCwsLAkAgCEEBIAIbRQRAIAYgAkEBa0ECdGogBzYCAAwBCyACIANJBEAgBiACQQFqQQJ0aiAGIAJBAnRqIAMgAmtBAnT8CgAACyAGIAJBAnRqIAc2AgAgA0EBaiEDCyAHQQFqIQcMAQsLIAEgA0YEQCABJAkgBiQLIAFBAnQQDSQKQQAhAgNAIAEgAksEQCMKIAJBAnRqIAAgAkEDdGooAgA2AgAgAkEBaiECDAELCwsLIANBAnQiARANIQIgARANIQRBACEBA0AgASADSQRAIAAgAUECdCIHIAZqKAIAQQN0aiEIIAIgB2ogCCgCADYCACAEIAdqIAgoAgQ2AgAgAUEBaiEBDAELCyAFIAM2AgQgBSADNgIIIAUgAjYCDCAFIAQ2AhAgBSADNgIYIAULuwMDAXwCfwF+AkAgACgCBCICRQRAIAApAwgiBEIgiKciACAAQRB2c0Gt6qz/B2wiACAAQQ92c0GLzbKjeGwhAAwBCyACQQFGAnwgACgCBCICRQRAIAApAwi5DAELIAJBAkYEQCAAKAIIIgMoAgBBAWshAgNAIAJBAE4EQCABRAAAAAAAAPBBoiACIAMoAgBJBH8gA0EEaiACQQJ0aigCAAVBAAu4oCEBIAJBAWshAgwBCwsgAZogASAAKAIMGwwBCyAAKwMICyIBnSABYXEgAUQAAAAAAADgw2ZxIAFEAAAAAAAA4ENjcQRAIAH8BiIEQiCIpyIAIABBEHZzQa3qrP8HbCIAIABBD3ZzQYvNsqN4bCEADAELRAAAAAAAAAAAIAEgAUQAAAAAAAAAAGEbvSIEQiCIpyIAIABBEHZzQa3qrP8HbCIAIABBD3ZzQYvNsqN4bCEAIASnIABBEHYgAHNzIgAgAEEQdnNBreqs/wdsIgAgAEEPdnNBi82yo3hsIgAgAEEQdnMPCyAEpyAAQRB2IABzcyIAIABBEHZzQa3qrP8HbCIAIABBD3ZzQYvNsqN4bCIAIABBEHZzC6AJAwZ/AnwCfiAAKAIEBH9BAQUgASgCBAtFBEBBf0EBIAApAwgiCiABKQMIIgtTG0EAIAogC1IbDwsgACgCBEEBRwR/IAEoAgRBAUcFQQALBEAgASgCBEECRgR/IAEoAgxBAEcFIAEpAwhCAFMLIAAoAgRBAkYEfyAAKAIMQQBHBSAAKQMIQgBTCyICRwRAQX9BASACGw8LQQAgABAVIAEQFRAnIgBrIAAgAhsPCyAAKAIEIgIEQCABKAIEBH9BfwJ8IAJFBEAgACkDCLkMAQsgAkECRgRAIAAoAggiAygCAEEBayECA0AgAkEATgRAIAhEAAAAAAAA8EGiIAIgAygCAEkEfyADQQRqIAJBAnRqKAIABUEAC7igIQggAkEBayECDAELCyAImiAIIAAoAgwbDAELIAArAwgLIgkCfEQAAAAAAAAAACEIIAEoAgQiAkUEQCABKQMIuQwBCyACQQJGBEAgASgCCCIDKAIAQQFrIQIDQCACQQBOBEAgCEQAAAAAAADwQaIgAiADKAIASQR/IANBBGogAkECdGooAgAFQQALuKAhCCACQQFrIQIMAQsLIAiaIAggASgCDBsMAQsgASsDCAsiCGQgCCAJZBsFIAEpAwghCgJ8IAAoAgQiAkUEQCAAKQMIuQwBCyACQQJGBEAgACgCCCIDKAIAQQFrIQIDQCACQQBOBEAgCEQAAAAAAADwQaIgAiADKAIASQR/IANBBGogAkECdGooAgAFQQALuKAhCCACQQFrIQIMAQsLIAiaIAggACgCDBsMAQsgACsDCAshCEF/IQICQCAIRAAAAAAAAOBDZg0AQQEhAiAIRAAAAAAAAODDYw0AQX9BASAInSIJ/AYiCyAKVRshAiAKIAtSDQBBfyAIIAmhIghEAAAAAAAAAABjIAhEAAAAAAAAAABkGyECC0EAIAJrCyECBSAAKQMIIQoCfCABKAIEIgJFBEAgASkDCLkMAQsgAkECRgRAIAEoAggiAygCAEEBayECA0AgAkEATgRAIAhEAAAAAAAA8EGiIAIgAygCAEkEfyADQQRqIAJBAnRqKAIABUEAC7igIQggAkEBayECDAELCyAImiAIIAEoAgwbDAELIAErAwgLIQhBfyECAkAgCEQAAAAAAADgQ2YNAEEBIQIgCEQAAAAAAADgw2MNAEF/QQEgCJ0iCfwGIgsgClUbIQIgCiALUg0AQX8gCCAJoSIIRAAAAAAAAAAAYyAIRAAAAAAAAAAAZBshAgsLIAIEf0EABSAAKAIUBH9BAQUgASgCFAsLBEACf0ECIABBABAkRQ0AGiMEIQUjBiEDIwciBEEARyMFIwUbIQZBAiABQQAQJEUNABpBf0EBIAYbIwciB0EARyMFIwUbIAZHDQAaIAdFIARFcgRAQQAgBCAHRg0BGkEAQQFBfyAEGyIAayAAIAYbDAELIwQhAEEAIAOsIAStfCIKIwYiAawgB618IgtSBH9Bf0EBIAogC1MbBSABIANMBH8gBSADIAFrECgQHSAAECcFIAUgACABIANrECgQHRAnCwsiAGsgACAGGwsiAEECRwRAIAAPCwsgAgtAACAAIAEgACABECAiAAR/IAAoAgBBBkYFQQALBH8gABArBUEcEA0iAEEAQRz8CwAgAEEGNgIAIAALIgAQFiAACzAAIAAEfyAAKAIAQQZGBUEACwR/IAAQKwVBHBANIgBBAEEc/AsAIABBBjYCACAACwsPACAABH8gACgCAAVBAAsLBQBBiBgLCAAgACABEBELBgAgABArCwYAIAAkAQsIACAAIAEQHwsaAQF/QRwQDSIAQQBBHPwLACAAQQc2AgAgAAszAQF/An9BACAARQ0AGiAAKAIAIgFBBkYEQCAAKAIQDAELIAFBB0YEfyAAKAIMBUEACwsLJwEBfyAABH8gACgCACIBQQdGIAFBBkZyBH8gACgCDAVBAAsFQQALCwwAIAAgASACIAMQWAsGACAAEAgLCgAgACABIAIQFgsaAQF/QRwQDSIAQQBBHPwLACAAQQY2AgAgAAsXACAAIAEQMyIARQRAQQBBoCkQJgsgAAsGACAAEA8LBQBBgBgLWAEDfwNAIAEgA2otAAAEQCADQQFqIQMMAQsLIANBEGoQDSIEQQQ2AgAgBCADNgIEIAQgBEEQaiIFNgIIIARBADYCDCAFIAEgA/wKAAAgACAEIAKsEA8QFgsIACAAIAEQQQsIACMeEFUkHgsJACMeKAIAJB4LEgAjHkEEaiAAQQJ0aiABNgIACwwAIAAkH0EAEFUkHgsQACMeQQRqIABBAnRqKAIAC3YBA38CQCAAKAIAIgJBBEYEQCAAKAIIIQMgACgCBCECQQAhAANAIAAgAkkEQCABQQFqIAEgACADai0AAEHAAXFBgAFHGyEBIABBAWohAAwBCwsMAQsgAkEGRiACQQVGciACQQdGcgRAIAAoAgQhAQsLIAGtEA8LCAAgACABEEILCAAgACABEDELMQEBfwJ/QQAgAEUNABogACgCACIBQQZGIAFBBUZyIAFBB0ZyBEAgACgCBAwBC0EACwsIACAAIAEQMgsFAEGQGAsIACAAIAEQEwsQACAAQQAgASACIAMgBBAJCw4AIABBACABIAIgAxAKCwwAIABBACABIAIQAAsKACAAQQAgARABCwgAIABBABALC10BA38gAAR/IAAoAgBBBUcFQQELBEAgAA8LQRwQDSIBQQBBHPwLACABQQc2AgAgACgCBCEDA0AgAiADSQRAIAEgACgCDCACQQJ0aigCABAfIAJBAWohAgwBCwsgAQsIACAAIAEQFAsGACAAEBcLCQAgAEGAKhAmCwcAIAAoAgALtwIBBH9BACABIAAEfyAAKAIAQQZHBUEBCxsEfyABKAIAQQVHBUEBCwRAQQMPCyABKAIEIgNFBEBBAw8LA0AgAkEBaiADSQRAIAAgASgCDCACQQJ0aigCABAgIgAEfyAAKAIAQQZHBUEBCwRAQQAPCyACQQFqIQIMAQsLIAEoAgwgA0EBa0ECdGooAgAhA0EcEA0iBEEAQRz8CwAgBEEGNgIAIAAoAgQhAkEAIQEDQCABIAJJBEAgACgCAEEGTwR/IAAoAhggACgCBEcFQQALBEAgABAOCyAAKAIMIAFBAnRqKAIAIgUgAxATBEAgACgCAEEGTwR/IAAoAhggACgCBEcFQQALBEAgABAOCyAEIAUgACgCECABQQJ0aigCABAWCyABQQFqIQEMAQsLIAAgBEEc/AoAAEEACwgAIABBARA2C7QBAQR/QQAgASIDIAAEfyAAKAIAQQZHBUEBCxsEfyADKAIAQQVHBUEBCwRAQQMPCyADKAIEIgVFBEBBAw8LA0AgBEEBaiAFSQRAIAAgAygCDCAEQQJ0aigCACIGECAiAQR/IAEoAgBBBkcFQQELBEBBHBANIgFBAEEc/AsAIAFBBjYCACAAIAYgARAWCyABIQAgBEEBaiEEDAELCyAAIAMoAgwgBUEBa0ECdGooAgAgAhAWQQALBgAgABANCwgAIABBABA2CwYAIAAkAAsOACMARQRAEAMkAAsjAAsCAAsJACAAIAE2AgALCQAgACABNgIMCwkAIAAgATYCBAsHACAAKAIIC0cBAX8gBSQAIAQEQCADIAQQTyIHRQRAQQBBwCgQJgsLEFQiACAHNgIAIAAgAjYCBCAAIAE2AgwgABACIAAoAgggBkEBRhA2CwgAIAAQAkEACwQAEAYLBAAQBwsJACAAQQBHJAILBAAjAQtYAAJAAkACQAJAAkACQAJAAkAgACgCAEEBaw4HAAECAwQFBgcLQaAmEB4PC0HALBAeDwtB8CwQHg8LQZAtEB4PC0GwLRAeDwtB0C0QHg8LQfAtEB4PC0EACxEAQYgYQZAYIAAoAgBBBEYbCxEAQYgYQZAYIAAoAgBBB0YbCxEAQYgYQZAYIAAoAgBBBkYbCxEAQYgYQZAYIAAoAgBBA0YbCxEAQYgYQZAYIAAoAgBBAUYbCxEAQYgYQZAYIAAoAgBBAkYbCxEAQYgYQZAYIAAoAgBBBUYbC+8EAwJ8An8BfiAAIAFBoDRBgDUQKQRAQQAPCyAAKAIEQQFHBH9BAQUgACsDCCIDnSADYSADIAOhRAAAAAAAAAAAYXELBH8gASgCBEEBRwR/QQEFIAErAwgiA50gA2EgAyADoUQAAAAAAAAAAGFxCwVBAAtFBEAjAgRAQeA1QYAqQQBBABAQC0EADwsgASgCBEECRgR/QQAFIAEoAgQEfyABKwMIRAAAAAAAAAAAYQUgASkDCFALCwRAIwIEQEHANkGAKkEAQQAQEAtBAA8LAn8gACgCBAR/QQEFIAEoAgQLRQRAIAEpAwgiBkJ/UQRAQgAQDwwCCyAAKQMIIAaBEA8MAQsgACgCBEEBRwR/IAEoAgRBAUcFQQALBEAgABAVIAEQFRAvGiMDIgEoAgAEfyABIAAoAgRBAkYEfyAAKAIMQQBHBSAAKQMIQgBTCxAbBUIAEA8LDAELAnwgACgCBCIERQRAIAApAwi5DAELIARBAkYEQCAAKAIIIgUoAgBBAWshBANAIARBAE4EQCACRAAAAAAAAPBBoiAEIAUoAgBJBH8gBUEEaiAEQQJ0aigCAAVBAAu4oCECIARBAWshBAwBCwsgApogAiAAKAIMGwwBCyAAKwMICyICIAICfEQAAAAAAAAAACECIAEoAgQiAEUEQCABKQMIuQwBCyAAQQJGBEAgASgCCCIEKAIAQQFrIQADQCAAQQBOBEAgAkQAAAAAAADwQaIgACAEKAIASQR/IARBBGogAEECdGooAgAFQQALuKAhAiAAQQFrIQAMAQsLIAKaIAIgASgCDBsMAQsgASsDCAsiAqOdIAKioRAYCwsaACAAIAFB4CpB0CsQKQRAQQAPCyAAIAEQSQsPAEGIGEGQGCAAIAEQExsLGgAgACABQeAwQcAxECkEQEEADwsgACABEEoLsgUDBX8BfAN+IAAoAgBBA0YEfyABKAIAQQNGBUEACwRAAn8gACgCBAR/QQEFIAEoAgQLRQRAIAApAwgiCCABKQMIIgp9IQkgCCAKhSAIIAmFg0IAWQRAIAkQDwwCCwsgACgCBEEBRwR/IAEoAgRBAUcFQQALBEAgABAVIAAoAgRBAkYEfyAAKAIMQQBHBSAAKQMIQgBTCyABEBUgASgCBEECRgR/IAEoAgxBAEcFIAEpAwhCAFMLRRBMDAELIAAgAUEBEEsiAgR/IAIFAnwgACgCBCICRQRAIAApAwi5DAELIAJBAkYEQCAAKAIIIgMoAgBBAWshAgNAIAJBAE4EQCAHRAAAAAAAAPBBoiACIAMoAgBJBH8gA0EEaiACQQJ0aigCAAVBAAu4oCEHIAJBAWshAgwBCwsgB5ogByAAKAIMGwwBCyAAKwMICwJ8RAAAAAAAAAAAIQcgASgCBCIARQRAIAEpAwi5DAELIABBAkYEQCABKAIIIgIoAgBBAWshAANAIABBAE4EQCAHRAAAAAAAAPBBoiAAIAIoAgBJBH8gAkEEaiAAQQJ0aigCAAVBAAu4oCEHIABBAWshAAwBCwsgB5ogByABKAIMGwwBCyABKwMIC6EQGAsLDwsgACgCAEEHRgR/IAEoAgBBB0YFQQALBEBBHBANIgVBAEEc/AsAIAVBBzYCACAAKAIEIQYDQCACIAZJBEAgACgCAEEGTwR/IAAoAhggACgCBEcFQQALBEAgABAOC0F/IAEgACgCDCACQQJ0aigCACIDEBoiBCAEQQBIG0EASARAIAUgAxAfCyACQQFqIQIMAQsLIAUPCyAAKAIAQQNGBH9BAQUgACgCAEEHRgtFBEBBkC4gABAMQQAPCyABKAIAQQNGBEBBkC8gARAMQQAPC0HwLyABEAxBAAsSAEGIGEGQGCAAIAEQE0EATBsLEgBBiBhBkBggACABEBNBAEgbC2UBAX8gAigCACIDQQZGIANBBUZyBEBBkBhBiBggAiAAEDIiAAR/IAAgARATBUEBCxsPCyADQQdGBEBBiBhBkBggACABEBMEf0EABUF/IAIgABAaIgAgAEEASBtBAE4LGw8LQZAYC9EBAQJ/IAEoAgAiA0EHRgRAQYgYQZAYQX8gASAAEBoiACAAQQBIG0EAThsPCyADQQVGBEAgASgCBCEDA0AgAiADSQRAIAEoAgwgAkECdGooAgAgABATRQRAQYgYDwsgAkEBaiECDAELC0GQGA8LIANBBkYEQCABKAIEIQMDQCACIANJBEAgASgCAEEGTwR/IAEoAhggASgCBEcFQQALBEAgARAOCyABKAIQIAJBAnRqKAIAIAAQE0UEQEGIGA8LIAJBAWohAgwBCwtBkBgPC0GQGAsSAEGIGEGQGCAAIAEQE0EAThsLEgBBiBhBkBggACABEBNBAEobC8MEAwJ/AXwCfiAAIAFBoDJBgDMQKQRAQQAPCyABKAIEQQJGBH9BAAUgASgCBAR/IAErAwhEAAAAAAAAAABhBSABKQMIUAsLBEAjAgRAQeAzQYAqQQBBABAQC0EADwsCfyAAKAIEBH9BAQUgASgCBAtFBEAgASkDCCIFQn9RIAApAwgiBkKAgICAgICAgIB/UXEEfkIBBSAGIAWBC1AEQCAGIAV/EA8MAgsLIAAoAgRBAUcEfyABKAIEQQFHBUEACwR/IAAoAgRBAkYEf0EBBSABKAIEQQJGCwVBAAsEQCAAEBUgARAVEC8hAiMDKAIARQRAIAAoAgRBAkYEfyAAKAIMQQBHBSAAKQMIQgBTCyEAIAIgASgCBEECRgR/IAEoAgxBAEcFIAEpAwhCAFMLIABHEBsMAgsLAnwgACgCBCICRQRAIAApAwi5DAELIAJBAkYEQCAAKAIIIgMoAgBBAWshAgNAIAJBAE4EQCAERAAAAAAAAPBBoiACIAMoAgBJBH8gA0EEaiACQQJ0aigCAAVBAAu4oCEEIAJBAWshAgwBCwsgBJogBCAAKAIMGwwBCyAAKwMICwJ8RAAAAAAAAAAAIQQgASgCBCIARQRAIAEpAwi5DAELIABBAkYEQCABKAIIIgIoAgBBAWshAANAIABBAE4EQCAERAAAAAAAAPBBoiAAIAIoAgBJBH8gAkEEaiAAQQJ0aigCAAVBAAu4oCEEIABBAWshAAwBCwsgBJogBCABKAIMGwwBCyABKwMIC6MQGAsLiQMBAn8gAQR/IAAtAABBLUYFQQALQQBHIgMgAU8EQEEADwsgACADai0AAEEwRgR/IANBAWoFIAMhAgNAIAEgAksEfyAAIAJqLQAAQTBPBUEACwR/IAAgAmotAABBOU0FQQALBEAgAkEBaiECDAELCyACIANGBEBBAA8LIAILIgMgAUkEfyAAIANqLQAAQS5GBUEACwRAIANBAWohAgNAIAEgAksEfyAAIAJqLQAAQTBPBUEACwR/IAAgAmotAABBOU0FQQALBEAgAkEBaiECDAELCyACIANBAWpGBEBBAA8LIAIhAwsgASADSwR/IAAgA2otAABBIHJB5QBGBUEACwR/IAAhAiADQQFqIgMgAUkEfyAAIANqLQAAQStGBH9BAQUgACADai0AAEEtRgsFQQALBEAgA0EBaiEDCyADIQADQCAAIAFJBH8gACACai0AAEEwTwVBAAsEfyAAIAJqLQAAQTlNBUEACwRAIABBAWohAAwBCwsgACADRgRAQQAPCyAABSADCyABRguNBQICfwF8IAAoAgAiAkEBRgRAQgAQDw8LIAJBAkYEQCAAKAIEQQBHrRAPDwsgAkEDRgRAIAAPCyACQQRGBEAgACgCCCAAKAIEEDMiAgRAIAIoAgRBAUcEf0EBBSAAKAIIIAAoAgQQwQELBH8gAgUCfCACKAIEIgBFBEAgAikDCLkMAQsgAEECRgRAIAIoAggiASgCAEEBayEAA0AgAEEATgRAIANEAAAAAAAA8EGiIAAgASgCAEkEfyABQQRqIABBAnRqKAIABUEAC7igIQMgAEEBayEADAELCyADmiADIAIoAgwbDAELIAIrAwgLEBgLDwsgACgCCCECAn8gACgCBCIABH8gAi0AAEErRgR/QQEFIAItAABBLUYLBUEACwRAIAJBAWohAiAAQQFrIQALQQBB/DYoAgBBAXYgAEcNABoDQCAAIAFLBEBBACABQfw2KAIAQQF2TwR/QX8FIAFBAXRBgDdqLwEAC0H/AXEgASACai0AAEEgckcNAhogAUEBaiEBDAELC0EBCwR/QQEFAn9BACEBQQAgAEGcNygCAEEBdkcNABoDQCAAIAFLBEBBACABQZw3KAIAQQF2TwR/QX8FIAFBAXRBoDdqLwEAC0H/AXEgASACai0AAEEgckcNAhogAUEBaiEBDAELC0EBCwsEf0EBBQJ/QQAhAUEAIABBvDcoAgBBAXZHDQAaA0AgACABSwRAQQAgAUG8NygCAEEBdk8Ef0F/BSABQQF0QcA3ai8BAAtB/wFxIAEgAmotAABBIHJHDQIaIAFBAWohAQwBCwtBAQsLBEAjAgRAQfA3QYAqQQBBABAQC0EADwsjAgRAQZA5QYAqQQBBABAQC0EADwtBgDogABAMQQALgwMCBH8CfiAAIQICfyAAKAIAIgNBBUYEfyAAKAIEBUEACwRAIAAoAgwoAgAiAigCAEEDRwRAQaCSASACEAxBAQwCCyAAKAIEQQFLBEAgACgCDCgCBCIEKAIAQQRHBEBBkJMBIAQQDEEBDAMLIAQoAgghA0ECIAQoAgQiBEUiBQR/IAUFIARBA0YEfyADLQAAQdUARgVBAAsEfyADLQABQdQARgVBAAsEfyADLQACQcMARgVBAAsLRQ0CGgsFIANBA0cEQEGAlAEgABAMQQEMAgsLIAIoAgQEQCMCBEBBwJUBQYAqQQBBABAQC0EBDAELIAIpAwgkGUEACyICQQFGBEBBAA8LIAJBAkYEQCABQQAgABABDwsjGSIGQoCU69wDfyIHQgF9IAcgBkIAUwR/IAZCgJTr3AOBQgBSBUEACxsiBkKAowV/IgdCAX0gByAGQgBTBH8gBkKAowWBQgBSBUEACxsQW0EDEBciACMWEA8QFCAAIxcQDxAUIAAjGBAPEBQgAAvFCQIFfwl+IAAoAgBBBEcEQEGwjgEgABAMQQAPCyAAKAIIIQICQCAAKAIEIgNBFEkNACACLQAKIQRBACEAAn4DQCAAQQRJBEBCfyAAIAJqLQAAIgVBMEkgBUE5S3INAhogBUEwa0H/AXGtIAdCCn58IQcgAEEBaiEADAELCyAHCyIMQgBTQQAhAAJ+A0AgAEECSQRAQn8gAkEFaiAAai0AACIFQTBJIAVBOUtyDQIaIAVBMGtB/wFxrSAIQgp+fCEIIABBAWohAAwBCwsgCAsiC0IAV3IgC0IMVXJBACEAAn4DQCAAQQJJBEBCfyACQQhqIABqLQAAIgVBMEkgBUE5S3INAhogBUEwa0H/AXGtIAZCCn58IQYgAEEBaiEADAELCyAGCyINQgBXciANQh9VckIAIQZBACEAAn4DQCAAQQJJBEBCfyACQQtqIABqLQAAIgVBMEkgBUE5S3INAhogBUEwa0H/AXGtIAZCCn58IQYgAEEBaiEADAELCyAGCyIIQgBTciAIQhdVckIAIQZBACEAAn4DQCAAQQJJBEBCfyACQQ5qIABqLQAAIgVBMEkgBUE5S3INAhogBUEwa0H/AXGtIAZCCn58IQYgAEEBaiEADAELCyAGCyIJQgBTciAJQjtVckIAIQZBACEAAn4DQCAAQQJJBEBCfyACQRFqIABqLQAAIgVBMEkgBUE5S3INAhogBUEwa0H/AXGtIAZCCn58IQYgAEEBaiEADAELCyAGCyIKQgBTciAKQjxVcgR/QQEFIAItAARBLUcLBH9BAQUgAi0AB0EtRwsEf0EBBSAEQfQARyAEQdQAR3ELBH9BAQUgAi0ADUE6RwsEf0EBBSACLQAQQTpHCw0AQgAhBkETIQAgA0ETSwR/IAItABNBLkYFQQALBEBCgMLXLyEHQRQhAANAIAAgA0kEfyAAIAJqLQAAQTBPBUEACwR/IAAgAmotAABBOU0FQQALBEAgBiAAIAJqMQAAQjB9IAd+fCEGIAdCCn8hByAAQQFqIQAMAQsLIABBFEYNAQtCACEHIAAgA08NACADIAAgAmotAAAiBEH6AEYgBEHaAEZyBH8gAEEBagUgBEEtRiAEQStGckUNASAAQQZqIANLBH9BAQUgACACai0AA0E6RwsNASAAQQFqIQMCfgNAIAFBAkkEQEJ/IAIgA2ogAWotAAAiBUEwSSAFQTlLcg0CGiAFQTBrQf8Bca0gB0IKfnwhByABQQFqIQEMAQsLIAcLIQ4gAEEEaiEDQgAhB0EAIQEgDgJ+A0AgAUECSQRAQn8gAiADaiABai0AACIFQTBJIAVBOUtyDQIaIAVBMGtB/wFxrSAHQgp+fCEHIAFBAWohAQwBCwsgBwsiB4RCAFMNASAOQpAcfiAHQjx+fEJ/QgEgBEEtRht+IQcgAEEGagtHDQAgDCALQgJXrX0iDCAMQo8DfSAMQgBZG0KQA38hDiAKIAtCfUIJIAtCAlUbfEKZAX5CAnxCBX8gDXwgDCAOQpADfn0iCkLtAn4gCkIEf3wgCkLkAH99fCAOQrH1CH58Qu30K31CgKMFfiAIQpAcfnwgCUI8fnx8IAd9IAZBoJEBEFoPCyMCBEBBwI8BQYAqQQBBABAQC0EAC/kDAQZ+IAAoAgBBA0cEQEGQlgEgABAMQQAPCyAAKAIEBEAjAgRAQeCXAUGAKkEAQQAQEAtBAA8LIAEoAgBBA0cEQEHAmAEgARAMQQAPCyABKAIEBEAjAgRAQcCZAUGAKkEAQQAQEAtBAA8LIAIoAgBBA0cEQEHwmgEgAhAMQQAPCyACKAIEBEAjAgRAQfCbAUGAKkEAQQAQEAtBAA8LIAMoAgBBA0cEQEGgnQEgAxAMQQAPCyADKAIEBEAjAgRAQaCeAUGAKkEAQQAQEAtBAA8LIAApAwgiBEKAlOvcA38iBUIBfSAFIARCAFMEfyAEQoCU69wDgUIAUgVBAAsbIgZCgKMFfyIFQgF9IAUgBkIAUwR/IAZCgKMFgUIAUgVBAAsbIgcQWyACKQMIIxdCAX18IgVCDH8hCCAFIAhCAX0gCCAFQgBTBH8gBUIMgUIAUgVBAAsiABtCDH59QgF8IQUjFiABKQMIfCAIQgF9IAggABt8IAVCAletfSIIIAhCjwN9IAhCAFkbQpADfyEJIAYgB0KAowV+fSADKQMIIxggCCAJQpADfn0iB0LtAn4gB0IEf3wgB0LkAH99IAVCfUIJIAVCAlUbfEKZAX5CAnxCBX98IAlCsfUIfnx8Qu30K318QoCjBX58IAQgBkKAlOvcA359QdCfARBaCwoAIABBASABEF4LCgAgAEEAIAEQXgugAQEEfyAAKAIAQQRHBEBBgPcAIAAQDEEADwsgASgCAEEERwRAQfD3ACABEAxBAA8LIAEoAgQiAiAAKAIEIgRNBH8gACgCCCAEaiACayEFIAEoAgghBAJ/A0AgAiADSwRAQQAgAyAFai0AACADIARqLQAARw0CGiADQQFqIQMMAQsLQQELBUEACwRAIAAoAgggACgCBCABKAIEaxARDwsgAAuuAwEHfyAAKAIAQQRHBEBB4PgAIAAQDEEADwsgACgCCCEDIAAoAgQhAANAIAAgAksEfyADIAIQGSIBQYDgAEYgAUGowABGIQUgAUGFAUYhBiABQSBGBH9BAQUgAUENTSABQQlPcQsgBnIgAUGgAUZyIAFBgC1GcgR/QQEFIAFBisAATSABQYDAAE9xCyAFciABQanAAEZyIAFBr8AARnIgAUHfwABGcnIFQQALBEACf0EBIAIgA2otAAAiAUGAAUkNABpBAiABQeABSQ0AGkEDIAFB8AFJDQAaQQQLIAJqIQIMAQsLA0AgACACSwRAAkAgAEEBayEBA0AgASACSwR/IAEgA2otAABBwAFxQYABRgVBAAsEQCABQQFrIQEMAQsLIAMgARAZIgRBgOAARiAEQajAAEYhBiAEQYUBRiEHIARBIEYEf0EBBSAEQQ1NIARBCU9xCyAHciAEQaABRnIgBEGALUZyBH9BAQUgBEGKwABNIARBgMAAT3ELIAZyIARBqcAARnIgBEGvwABGciAEQd/AAEZyckUNACABIQAMAgsLCyACIANqIAAgAmsQEQtGAQF/IAAoAgBBBEcEQEHA8wAgABAMQQAPCyABKAIAQQRHBEBBsPQAIAEQDEEADwsgACgCCCICIAJBACAAKAIEIAEQXRARC50BAQR/IAAoAgBBBEcEQEGg9QAgABAMQQAPCyABKAIAQQRHBEBBkPYAIAEQDEEADwsgASgCBCIDIAAoAgRNBH8gACgCCCEEIAEoAgghBQJ/A0AgAiADSQRAQQAgAiAEai0AACACIAVqLQAARw0CGiACQQFqIQIMAQsLQQELBUEACwRAIAEoAgQiASAAKAIIaiAAKAIEIAFrEBEPCyAAC04BAX8gACgCAEEERwRAQeDxACAAEAxBAA8LIAEoAgBBBEcEQEHQ8gAgARAMQQAPCyAAKAIIIgIgAiAAKAIEIgAgARBcIgFqIAAgAWsQEQtWAQJ/IAAoAgBBBEcEQEGA8AAgABAMQQAPCyABKAIAQQRHBEBB8PAAIAEQDEEADwsgACgCCCICIAAoAgQiAyABEFwiACACaiACIAAgAyABEF0gAGsQEQu9BgMCfAR/A34gACgCAEEERwRAQeD+ACAAEAxBAA8LIAEoAgBBA0cEQEHQ/wAgARAMQQAPCyABKAIEQQFHBH9BAQUgASsDCCIEnSAEYSAEIAShRAAAAAAAAAAAYXELRQRAIwIEQEHAgAFBgCpBAEEAEBALQQAPCyACKAIAQQNHBEBB8IEBIAIQDEEADwsgAigCBEEBRwR/QQEFIAIrAwgiBJ0gBGEgBCAEoUQAAAAAAAAAAGFxC0UEQCMCBEBB4IIBQYAqQQBBABAQC0EADwsCfCACKAIEIgVFBEAgAikDCLkMAQsgBUECRgRAIAIoAggiCCgCAEEBayEFA0AgBUEATgRAIANEAAAAAAAA8EGiIAUgCCgCAEkEfyAIQQRqIAVBAnRqKAIABUEAC7igIQMgBUEBayEFDAELCyADmiADIAIoAgwbDAELIAIrAwgL/AYhCgJ8RAAAAAAAAAAAIQMgASgCBCICRQRAIAEpAwi5DAELIAJBAkYEQCABKAIIIgUoAgBBAWshAgNAIAJBAE4EQCADRAAAAAAAAPBBoiACIAUoAgBJBH8gBUEEaiACQQJ0aigCAAVBAAu4oCEDIAJBAWshAgwBCwsgA5ogAyABKAIMGwwBCyABKwMIC/wGIglCAFMEQCMCBEBBkIQBQYAqQQBBABAQC0EADwsgACgCCCEBIAAoAgQhAEEAIQIDQCAAIAJLBEAgBkEBaiAGIAEgAmotAABBwAFxQYABRxshBiACQQFqIQIMAQsLIAatIgsgCVcEQCABQQAQEQ8LIAmnIQVBACECA0AgBSAHSyAAIAJLcQRAAn9BASABIAJqLQAAIgZBgAFJDQAaQQIgBkHgAUkNABpBAyAGQfABSQ0AGkEECyACaiECIAdBAWohBwwBCwsgAiAAIAAgAksbIQUgCkIAUyAJIAp8IAtZcgRAIAEgBWogACAFaxARDwsgCSAKfKchB0EAIQJBACEGA0AgBiAHSSAAIAJLcQRAAn9BASABIAJqLQAAIghBgAFJDQAaQQIgCEHgAUkNABpBAyAIQfABSQ0AGkEECyACaiECIAZBAWohBgwBCwsgASAFaiACIAAgACACSxsgBWsQEQuLAQECfyAAKAIAQQRHBEBBgOkAIAAQDEEADwsgASgCAEEERwRAQfDpACABEAxBAA8LQYgYQZAYIAEoAgQiAiAAKAIETQR/IAAoAgghAyABKAIIIQFBACEAAn8DQCAAIAJJBEBBACAAIANqLQAAIAAgAWotAABHDQIaIABBAWohAAwBCwtBAQsFQQALGwvnAgEIfyAAKAIAQQRHBEBBoO4AIAAQDEEADwsgASgCAEEERwRAQZDvACABEAxBAA8LQQAQFyEDIAAoAgghBSAAKAIEIQYgASgCBCIJRQRAQQAhAANAIAAgBkkEQAJ/QQEgACAFaiIBLQAAIgJBgAFJDQAaQQIgAkHgAUkNABpBAyACQfABSQ0AGkEECyECIAMgASACEBEQFCAAIAJqIQAMAQsLIAMPC0EAIQADQCABKAIIIQcgACECAkAgCUUNACAGIAlJBEBBfyECDAELA0AgAiAJaiAGTQRAIAIgBWoiCC0AACAHLQAARgR/QQAhBAJ/A0AgBCAJSQRAQQAgBCAIai0AACAEIAdqLQAARw0CGiAEQQFqIQQMAQsLQQELBUEACw0CIAJBAWohAgwBCwtBfyECCyACQQBOBEAgAyAAIAVqIAIgAGsQERAUIAIgCWohAAwBCwsgAyAAIAVqIAYgAGsQERAUIAML0QcBCn8gACgCAEEERwRAQdD5ACAAEAxBAA8LIAEoAgBBBEcEQEHA+gAgARAMQQAPCyACKAIAQQRHBEBBsPsAIAIQDEEADwsgACgCCCEHIAAoAgQhBiABKAIEIghFBEBBACEBQQAhAANAIAAgBkkEQCABQQFqIAEgACAHai0AAEHAAXFBgAFHGyEBIABBAWohAAwBCwsgBiACKAIEIgMgAUEBamxqIgQQDSIFIQBBACEBA0AgACACKAIIIAP8CgAAIAEgBkkEQCAAIANqIQACf0EBIAEgB2oiCC0AACIJQYABSQ0AGkECIAlB4AFJDQAaQQMgCUHwAUkNABpBBAshCSAAIAggCfwKAAAgACAJaiEAIAEgCWohAQwBCwsgBSAEEBEPCyABKAIIIQkCQCAIRQ0AIAYgCEkEQEF/IQMMAQsDQCADIAhqIAZNBEAgAyAHaiIKLQAAIAktAABGBH9BACEEAn8DQCAEIAhJBEBBACAEIApqLQAAIAQgCWotAABHDQIaIARBAWohBAwBCwtBAQsFQQALDQIgA0EBaiEDDAELC0F/IQMLA0AgA0EATgRAIAVBAWohBSABKAIIIQkgAyAIaiEDAkAgCEUNACAGIAhJBEBBfyEDDAELA0AgAyAIaiAGTQRAIAMgB2oiCi0AACAJLQAARgR/QQAhBAJ/A0AgBCAISQRAQQAgBCAKai0AACAEIAlqLQAARw0CGiAEQQFqIQQMAQsLQQELBUEACw0CIANBAWohAwwBCwtBfyEDCwwBCwsgBUUEQCAADwsgBiAFIAhsayAFIAIoAgRsaiIJEA0iCiEAQQAhBSABKAIIIQtBACEDAkAgCEUNACAGIAhJBEBBfyEDDAELA0AgAyAIaiAGTQRAIAMgB2oiDC0AACALLQAARgR/QQAhBAJ/A0AgBCAISQRAQQAgBCAMai0AACAEIAtqLQAARw0CGiAEQQFqIQQMAQsLQQELBUEACw0CIANBAWohAwwBCwtBfyEDCwNAIANBAE4EQCAAIAUgB2ogAyAFayIE/AoAACAAIARqIgAgAigCCCACKAIE/AoAACAAIAIoAgRqIQAgASgCCCELIAMgCGoiBSEDAkAgCEUNACAGIAhJBEBBfyEDDAELA0AgAyAIaiAGTQRAIAMgB2oiDC0AACALLQAARgR/QQAhBAJ/A0AgBCAISQRAQQAgBCAMai0AACAEIAtqLQAARw0CGiAEQQFqIQQMAQsLQQELBUEACw0CIANBAWohAwwBCwtBfyEDCwwBCwsgACAFIAdqIAYgBWv8CgAAIAogCRARC68CAQd/IAAoAgBBBEcEQEGg/AAgABAMQQAPCyABKAIAQQRHBEBBkP0AIAEQDEEADwsgASgCBEUEQCMCBEBBgP4AQYAqQQBBABAQC0EADwsCfyAAKAIIIQcgACgCBCEFIAEoAgghBkEAIAEoAgQiA0UNABpBfyADIAVLDQAaA0AgAiADaiAFTQRAIAIgAiAHaiIILQAAIAYtAABGBH9BACEBAn8DQCABIANJBEBBACABIAhqLQAAIAEgBmotAABHDQIaIAFBAWohAQwBCwtBAQsFQQALDQIaIAJBAWohAgwBCwtBfwsiAUEASARAQn8QDw8LIAAoAgghAkEAIQADQCAAIAFJBEAgBEEBaiAEIAAgAmotAABBwAFxQYABRxshBCAAQQFqIQAMAQsLIAStEA8LqAQDBX8CfgF8IAAgAUHghAFB0IUBECkEQEEADwsgASgCBAR+QgAFIAEpAwgLIgdCCFIgB0ICUnEgB0IKUnEgB0IQUnEEQCMCBEBBwIYBQYAqQQBBABAQC0EADwsgACgCBCIBQQAgAUEBRxsEQCAHpyABQQJGBH8gACgCDEEARwUgACkDCEIAUwshBCAAEBUhAq0QIiEFIAIoAgBBBXRBIWoiARANIQMgASEAA0AgAiAFEC8hAiADIABBAWsiAGojAyIGKAIABH8gBigCBAVBAAsiBkGsGCgCAEEBdk8Ef0F/BSAGQQF0QbAYai8BAAs6AAAgAigCAA0ACyAEBEAgAyAAQQFrIgBqQS06AAALIAAgA2ogASAAaxARDwsgACgCBCIBBH4CfCABRQRAIAApAwi5DAELIAFBAkYEQCAAKAIIIgIoAgBBAWshAQNAIAFBAE4EQCAJRAAAAAAAAPBBoiABIAIoAgBJBH8gAkEEaiABQQJ0aigCAAVBAAu4oCEJIAFBAWshAQwBCwsgCZogCSAAKAIMGwwBCyAAKwMIC538BgUgACkDCAsiCEIAUyEBQgAgCH0gCCABGyEIQcIAEA0hAkHCACEAA0AgAiAAQQFrIgBqIAggB4KnIgNBrBgoAgBBAXZPBH9BfwUgA0EBdEGwGGovAQALOgAAIAggB4AiCEIAUg0ACyABBEAgAiAAQQFrIgBqQS06AAALIAAgAmpBwgAgAGsQEQuTAQECfyAAKAIAQQRHBEBB4OoAIAAQDEEADwsgASgCAEEERwRAQdDrACABEAxBAA8LQYgYQZAYIAEoAgQiAiAAKAIEIgNNBH8gACgCCCADaiACayEDIAEoAgghAUEAIQACfwNAIAAgAkkEQEEAIAAgA2otAAAgACABai0AAEcNAhogAEEBaiEADAELC0EBCwVBAAsbC9YBAQV/IAAoAgBBBEcEQEGg5wAgABAMQQAPCyABKAIAQQRHBEBBkOgAIAEQDEEADwsgACgCCCEFIAAoAgQhAyABKAIIIQRBACEAAkAgASgCBCICRQ0AIAIgA0sEQEF/IQAMAQsDQCAAIAJqIANNBEAgACAFaiIGLQAAIAQtAABGBH9BACEBAn8DQCABIAJJBEBBACABIAZqLQAAIAEgBGotAABHDQIaIAFBAWohAQwBCwtBAQsFQQALDQIgAEEBaiEADAELC0F/IQALQYgYQZAYIABBAE4bC8sCAQZ/IAAoAgBBBEcEQEHw4gAgABAMQQAPCyABKAIAQQVGBH9BAQUgASgCAEEHRgtFBEBB4OMAIAEQDEEADwsgASgCBCIFBH8gACgCBCAFQQFrbAVBAAshBgNAIAIgBUkEQCABKAIAQQZPBH8gASgCGCABKAIERwVBAAsEQCABEA4LIAEoAgwgAkECdGooAgAiAygCAEEERwRAQeDkAEGA5gAgASADEDgaQQAPCyAGIAMoAgRqIQYgAkEBaiECDAELCyAGEA0iBCECA0AgBSAHSwRAIAcEQCACIAAoAgggACgCBPwKAAAgAiAAKAIEaiECCyABKAIAQQZPBH8gASgCGCABKAIERwVBAAsEQCABEA4LIAIgASgCDCAHQQJ0aigCACIDKAIIIAMoAgT8CgAAIAIgAygCBGohAiAHQQFqIQcMAQsLIAQgBhARC/0EAQR/IAEoAgAiA0EERgR/IABB/wFxIgRB9gBGIARB8wBGcgVBAAsEQCACBEAgAiABKAIIIAEoAgT8CgAACyABKAIEDwsgAEH/AXFB8QBGIANBBEZxBEAgASgCCCEFIAEoAgQhBEECIQBBACEBAkADQCABIARJBEBBfyEDIAEgBWotAAAiBkEgSSAGQf4AS3INAiAAQQJBASAGQdwARiAGQSJGchtqIQAgAUEBaiEBDAELCyAAIQMgAkUNACACQQFqIQAgAkEiOgAAQQAhAgNAIAIgBEkEQCACIAVqLQAAIgZB3ABGIAZBIkZyBH8gAEHcADoAACAAQQFqBSAACyIBQQFqIQAgASAGOgAAIAJBAWohAgwBCwsgAEEiOgAACyADDwsgA0EDRgR/IAEoAgRBAUcFQQALBH8gAEH/AXEiBEH2AEYgBEHkAEZyBH9BAQUgAEH/AXFB8wBGBH8gASgCBAVBAAsLBUEACwRAIAEgASgCBEECRgR/IAEoAggoAgBBCmxBBGoFQcAACxANIgAQSCEBIAIEQCACIAAgAfwKAAALIAEPCyAAQf8BcUH2AEYgA0ECRnEEQCABKAIEQQBHIQEgAgRAQeAlQYAmIAEbIQNBACEAA0AgA0EUaygCEEEBdiIEIABKBEAgACACaiAAIARPBH9BfwUgAyAAQQF0ai8BAAs6AAAgAEEBaiEADAELCwtBBEEFIAEbDwsgA0EGRiADQQVGciADQQdGciAAQf8BcUH2AEZxBEBBACQSQQAkE0EAJBRBwAAQJSABQQFBARAhIxIjExARIQBBACQSIAIEQCACIAAoAgggACgCBPwKAAALIAAoAgQPC0F/C10BAX8gACgCAEEERgR/IAEoAgBBBUYFQQALBEAgACgCCCAAKAIEIAFBABBgIgNBAE4EQCADEA0hAiAAKAIIIAAoAgQgASACEGAaIAIgAxARDwsLIAJBACAAIAEQAAtYAQJ/IAAoAgBBBkYEQCAAKAIEIQQDQCADIARJBEAgACADEDEoAgBBBEcEQCMCBEBBwIcBQYAqQQBBABAQC0EADwsgA0EBaiEDDAELCwsgAkEAIAAgARAAC88BAgJ/AXwgACgCAEEDRgR/IAAoAgQiAUEBRgR/RAAAAAAAAOA/AnwgAUUEQCAAKQMIuQwBCyABQQJGBEAgACgCCCICKAIAQQFrIQEDQCABQQBOBEAgA0QAAAAAAADwQaIgASACKAIASQR/IAJBBGogAUECdGooAgAFQQALuKAhAyABQQFrIQEMAQsLIAOaIAMgACgCDBsMAQsgACsDCAsiA6GcmiADRAAAAAAAAOA/oJwgA0QAAAAAAAAAAGMbEBgFIAALBUGQPCAAEAxBAAsLvwEBAn4gACgCAEEDRwRAQeA+IAAQDEEADwsgASgCAEEDRwRAQeA/IAEQDEEADwsgACgCBARAIwIEQEHgwABBgCpBAEEAEBALQQAPCyABKAIEBEAjAgRAQZDCAEGAKkEAQQAQEAtBAA8LIAApAwghAiABKQMIIQNBABAXIQAgAiADVwRAA0AgAiADVwRAIAAgAhAPEBQgAkIBfCECDAELCwUDQCACIANZBEAgACACEA8QFCACQgF9IQIMAQsLCyAAC6sBAgJ/AXwgACgCAEEDRgR/IAAoAgRBAUcEfyAABQJ8IAAoAgQiAUUEQCAAKQMIuQwBCyABQQJGBEAgACgCCCICKAIAQQFrIQEDQCABQQBOBEAgA0QAAAAAAADwQaIgASACKAIASQR/IAJBBGogAUECdGooAgAFQQALuKAhAyABQQFrIQEMAQsLIAOaIAMgACgCDBsMAQsgACsDCAucEBgLBUHwPSAAEAxBAAsLqwECAn8BfCAAKAIAQQNGBH8gACgCBEEBRwR/IAAFAnwgACgCBCIBRQRAIAApAwi5DAELIAFBAkYEQCAAKAIIIgIoAgBBAWshAQNAIAFBAE4EQCADRAAAAAAAAPBBoiABIAIoAgBJBH8gAkEEaiABQQJ0aigCAAVBAAu4oCEDIAFBAWshAQwBCwsgA5ogAyAAKAIMGwwBCyAAKwMIC5sQGAsFQYA9IAAQDEEACwurAwICfwF8IAAoAgBBA0YEfwJ/IAAoAgQiAUEBRwRAIAFBAkYEfyAAKAIMBSAAKQMIQgBTCwR/An8gACgCBAR/QQAFIAApAwhCgICAgICAgICAf1ILBEBCACAAKQMIfRAPDAELIAAoAgRBAUcEQCAAEBUgACgCBEECRgR/IAAoAgxBAEcFIAApAwhCAFMLRRAbDAELAnwgACgCBCIBRQRAIAApAwi5DAELIAFBAkYEQCAAKAIIIgIoAgBBAWshAQNAIAFBAE4EQCADRAAAAAAAAPBBoiABIAIoAgBJBH8gAkEEaiABQQJ0aigCAAVBAAu4oCEDIAFBAWshAQwBCwsgA5ogAyAAKAIMGwwBCyAAKwMIC5oQGAsFIAALDAELAnwgACgCBCIBRQRAIAApAwi5DAELIAFBAkYEQCAAKAIIIgIoAgBBAWshAQNAIAFBAE4EQCADRAAAAAAAAPBBoiABIAIoAgBJBH8gAkEEaiABQQJ0aigCAAVBAAu4oCEDIAFBAWshAQwBCwsgA5ogAyAAKAIMGwwBCyAAKwMIC5kQGAsFQbA7IAAQDEEACwulBQEMfyACQgA3AAAgAkIANwAIQRAQDSEKIAFBAk8EfyAALQAAQTpGBUEACwR/IAAtAAFBOkYFQQALBH9BAiEFQQAFQX8LIQMCQANAIAEgBUsEQAJAIARBCE4NA0EAIQxBACEJIAUhBgNAIAlBBEkhDSABIAVLBH8gACAFai0AACIOQTBrIQsCQCAOQTlNIA5BME9xDQAgDkHXAGshCyAOQeYATSAOQeEAT3ENACAOQTdrIQsgDkHGAE0gDkHBAE9xDQBBfyELCyALQQBOBUEACyANcQRAIAxBBHQhDCAAIAVqLQAAIg1BMGshCwJAIA1BOU0gDUEwT3ENACANQdcAayELIA1B5gBNIA1B4QBPcQ0AIA1BN2shCyANQcYATSANQcEAT3ENAEF/IQsLIAsgDHIhDCAFQQFqIQUgCUEBaiEJDAELCyABIAVLBH8gACAFai0AAEEuRgVBAAsEQCAEQQZKBH9BAAUgACAGaiABIAZrIAogBEEBdGoQYQtFDQQgCiAEQQF0aiIALQACIQEgAC0AAyEFIAAgAC0AASAALQAAQQh0cjsBACAKIARBAWpBAXRqIAFBCHQgBXI7AQAgBEECaiEEDAELIAlFDQMgCiAEQQF0aiAMOwEAIARBAWohBCABIAVGDQAgACAFai0AAEE6Rw0DIAVBAWoiBSABSQR/IAAgBWotAABBOkYFQQALBEAgA0EATg0EIAQhAyAFQQFqIQUFIAEgBUYNBAsMAgsLCyAEQQhHIANBAEhxDQAgBEEHSiADQQBOcQ0AQQggBGshAANAIAQgCEoEQCACIAAgB2ogByADIAhGGyIBQQF0aiIFIAogCEEBdGovAQAiBkEIdjoAACAFIAY6AAEgAUEBaiEHIAhBAWohCAwBCwtBAQ8LQQAL/wEBBH8gACgCAEEERwRAQcCgASAAEAxBAA8LIAEoAgBBBEcEQEHAoAEgARAMQQAPC0EQEA0hAkEQEA0hAyAAIAIQYkUEQCAAKAIIIQEgACgCBCEAIwIEQEHAoQFBgCogASAAEBALQQAPCyMaIxshBCABIAMQYkUEQCABKAIIIQAgASgCBCEBIwIEQEGwogFBgCogACABEBALQQAPCyMaRwRAQZAYDwtBiBhBkBgjGyAETgR/QQAhAQJ/A0AgASAESARAQQBBgAEgAUEHcXYiACABQQN1IgUgAmotAABxIAMgBWotAAAgAHFHDQIaIAFBAWohAQwBCwtBAQsFQQALGwueAwEGfyAAKAIAQQRHBEBB4IgBIAAQDEEADwsgASgCACIFQQVHIAVBAUdxBEBB0IkBIAEQDEEADwsgBUEFRgRAA0AgBiABKAIESQRAIAEoAgwgBkECdGooAgAiAygCACIEQQRHBEAjAgRAQeCKAQJ/AkACQAJAAkACQAJAAkAgBEEBaw4GAAECAwQFBgtBoCYMBgtBwCwMBQtB8CwMBAtBkC0MAwtBsC0MAgtB0C0MAQtB8C0LQQBBABAQC0EADwsgAygCCCEHIAMoAgQhCEEAIQNBACEEA0AgBCAISQRAIANBAWogAyAEIAdqLQAAQcABcUGAAUcbIQMgBEEBaiEEDAELCyADQQFHBEAjAgRAQZCMAUGAKkEAQQAQEAtBAA8LIAZBAWohBgwBCwsLIAIoAgBBBEcEQEHAjQEgAhAMQQAPCyAFQQFGBEBBACQVBSAFQQVGBEAgASgCBARAIAEkFQVBARAXJBUjFUHcGEEBEBEQFAsFQQAPCwtBiBhBkBggACgCCEEAIAAoAgRBAEEAIAIoAghBACACKAIEEC4bCxQBAX9BCBAXIgEgAEEAEBcQZCABC+UBAQV/IAAoAgBBB0cEQEHg0QAgABAMQQAPC0EcEA0iAUEAQRz8CwAgAUEHNgIAIAAoAgQhAwNAIAIgA0kEQCAAKAIAQQZPBH8gACgCGCAAKAIERwVBAAsEQCAAEA4LIAAoAgwgAkECdGooAgAiBCgCACIFQQdHBEAjAgRAQcDSAAJ/AkACQAJAAkACQAJAAkAgBUEBaw4GAAECAwQFBgtBoCYMBgtBwCwMBQtB8CwMBAtBkC0MAwtBsC0MAgtB0C0MAQtB8C0LQQBBABAQC0EADwsgASAEEDkgAkEBaiECDAELCyABC1IBAX8gACgCAEEHRwRAQaDQACAAEAxBAA8LIAEoAgBBB0cEQEGA0QAgARAMQQAPC0EcEA0iAkEAQRz8CwAgAkEHNgIAIAIgABA5IAIgARA5IAIL2gIBA38gACgCAEEHRwRAQdDTACAAEAxBAA8LIAAoAgQiA0UEQEEcEA0iAEEAQRz8CwAgAEEHNgIAIAAPCwNAIAEgA0kEQCAAKAIAQQZPBH8gACgCGCAAKAIERwVBAAsEQCAAEA4LIAAoAgwgAUECdGooAgAoAgAiAkEHRwRAIwIEQEHA1AACfwJAAkACQAJAAkACQAJAIAJBAWsOBgABAgMEBQYLQaAmDAYLQcAsDAULQfAsDAQLQZAtDAMLQbAtDAILQdAtDAELQfAtC0EAQQAQEAtBAA8LIAFBAWohAQwBCwsgACgCAEEGTwR/IAAoAhggACgCBEcFQQALBEAgABAOCyAAKAIMKAIAIQJBASEBA0AgASADSQRAIAAoAgBBBk8EfyAAKAIYIAAoAgRHBUEACwRAIAAQDgsgAiAAKAIMIAFBAnRqKAIAEGUhAiABQQFqIQEMAQsLIAILNAAgACgCAEEGRwRAQcDXACAAEAxBAA8LIAEoAgBBBkcEQEHA2AAgARAMQQAPCyAAIAEQZgvMAgEFfyAAKAIAQQZHBEBBwNkAIAAQDEEADwsgASgCACIDQQdHIANBBUdxIANBBkdxBEBBwNoAIAEQDEEADwtBHBANIgRBAEEc/AsAIARBBzYCACABKAIEIQMDQCACIANJBEAgASgCAEEGTwR/IAEoAhggASgCBEcFQQALBEAgARAOCyAEIAEoAgwgAkECdGooAgAQHyACQQFqIQIMAQsLQRwQDSICQQBBHPwLACACQQY2AgAgACgCBCEFQQAhAQNAIAEgBUkEQCAAKAIAQQZPBH8gACgCGCAAKAIERwVBAAsEQCAAEA4LQX8gBCAAKAIMIAFBAnRqKAIAIgMQGiIGIAZBAEgbQQBIBEAgACgCAEEGTwR/IAAoAhggACgCBEcFQQALBEAgABAOCyACIAMgACgCECABQQJ0aigCABAWCyABQQFqIQEMAQsLIAILfQEDfyAAKAIAQQZHBEBB0NYAIAAQDEEADwtBHBANIgFBAEEc/AsAIAFBBzYCACAAKAIEIQMDQCACIANJBEAgACgCAEEGTwR/IAAoAhggACgCBEcFQQALBEAgABAOCyABIAAoAgwgAkECdGooAgAQHyACQQFqIQIMAQsLIAELhwEBA38gACgCAEEGRwRAQeDVACAAEAxBAA8LIAEoAgBBBUYEQCABKAIEIQUDQCADIAVJBEAgACgCACIEQQVHIARBBkdxIARBB0dxBEAgAg8LIAAgASgCDCADQQJ0aigCABAyIgBFBEAgAg8LIANBAWohAwwBCwsgAA8LIAAgARAgIgAgAiAAGwupBAMCfAJ/A34gACgCAEEFRwRAQcDdACAAEAxBAA8LIAEoAgBBA0cEQEGw3gAgARAMQQAPCyABKAIEQQFHBH9BAQUgASsDCCIEnSAEYSAEIAShRAAAAAAAAAAAYXELRQRAIwIEQEGg3wBBgCpBAEEAEBALQQAPCyACKAIAQQNHBEBB0OAAIAIQDEEADwsgAigCBEEBRwR/QQEFIAIrAwgiBJ0gBGEgBCAEoUQAAAAAAAAAAGFxC0UEQCMCBEBBwOEAQYAqQQBBABAQC0EADwsCfCABKAIEIgVFBEAgASkDCLkMAQsgBUECRgRAIAEoAggiBigCAEEBayEFA0AgBUEATgRAIANEAAAAAAAA8EGiIAUgBigCAEkEfyAGQQRqIAVBAnRqKAIABUEAC7igIQMgBUEBayEFDAELCyADmiADIAEoAgwbDAELIAErAwgLnPwGIgdCACAHQgBZGyEHIAA1AgQiCAJ8RAAAAAAAAAAAIQMgAigCBCIBRQRAIAIpAwi5DAELIAFBAkYEQCACKAIIIgUoAgBBAWshAQNAIAFBAE4EQCADRAAAAAAAAPBBoiABIAUoAgBJBH8gBUEEaiABQQJ0aigCAAVBAAu4oCEDIAFBAWshAQwBCwsgA5ogAyACKAIMGwwBCyACKwMIC5z8BiIJIAggCVMbIQhBABAXIQEDQCAHIAhTBEAgASAAKAIMIAenQQJ0aigCABAUIAdCAXwhBwwBCwsgAQuXAQECfyAAKAIAQQVHBEBB4NsAIAAQDEEADwsgASgCAEEFRwRAQdDcACABEAxBAA8LIAAoAgQgASgCBGoQFyECA0AgAyAAKAIESQRAIAIgACgCDCADQQJ0aigCABAUIANBAWohAwwBCwtBACEAA0AgACABKAIESQRAIAIgASgCDCAAQQJ0aigCABAUIABBAWohAAwBCwsgAgsIACAAQQAQZwu6AQEDfyAAKAIAQQVGBH9BAQUgACgCAEEHRgtFBEBB4M0AIAAQDEEADwsgACgCBCICEBchAQNAIAIgA0sEQCAAKAIAQQZPBH8gACgCGCAAKAIERwVBAAsEQCAAEA4LIAEgACgCDCADQQJ0aigCABAUIANBAWohAwwBCwsgACgCAEEHRgRAIAEPCyABKAIAQQZPBH8gASgCGCABKAIERwVBAAsEQCABEA4LIAEoAgwgAiACQQJ0EA0QOiABCwgAIABBARBnCwgAIABBABBoCwgAIABBARBoC30BA38gACgCACICQQRGBEAgACgCCCEDIAAoAgQhAkEAIQADQCAAIAJJBEAgAUEBaiABIAAgA2otAABBwAFxQYABRxshASAAQQFqIQAMAQsLIAGtEA8PCyACQQdGIAJBBUZyIAJBBkZyBEAgADUCBBAPDwtBwMMAIAAQDEEACwvZowGYAQBBgAgLgBAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABBgBgLCAEAAAAAAAAAAEGIGAsIAgAAAAEAAAAAQZAYCwgCAAAAAAAAAABBnBgLQDwAAAAAAAAAAAAAAAIAAAAgAAAAMAAxADIAMwA0ADUANgA3ADgAOQBhAGIAYwBkAGUAZgAAAAAAAAAAAAAAAAAAQdwYCwEuAEHsGAuwAiwBAAAAAAAAAAAAAAIAAAAQAQAAbwB1AHQAIABvAGYAIABtAGUAbQBvAHIAeQA6ACAAdABoAGUAIABwAG8AbABpAGMAeQAgAG4AZQBlAGQAcwAgAG0AbwByAGUAIABtAGUAbQBvAHIAeQAgAHQAaABhAG4AIAB0AGgAZQAgAFcAZQBiAEEAcwBzAGUAbQBiAGwAeQAuAE0AZQBtAG8AcgB5ACAAYQBsAGwAbwB3AHMAIAAoAHIAYQBpAHMAZQAgAGkAdABzACAAbQBhAHgAaQBtAHUAbQAsACAAbwByACAAcgBlAGQAdQBjAGUAIAB0AGgAZQAgAGQAYQB0AGEAIAB0AGgAZQAgAHAAbwBsAGkAYwB5ACAAYgB1AGkAbABkAHMAKQAAAAAAAAAAAAAAAAAAQaAbC7gFiAIcCKDVj/p2vz6if+GuunasVTAg+xaL6jXOXUqJQs8tO2VVqrBrmt9FGj0Dzxrmysaaxxf+cKtP3Ly+/LF3/wzWa0HvkVa+PPx/kK0f0I2DmlUxKFxR07XJpq2PrHGdy4vuI3cinOptU3hAkUnMrlfOtl15EjyCN1b7TTaUEMJPmEg4b+qWkMc6giXLhXTX9Je/l83PhqDlrCoXmAo0746yNSr7ZziyOz/G0t/UyIS6zdMaJ0TdxZbJJbvOn2uThKVifSRsrNv22l8NWGaroybxw96T+OLzuID/qqittbWLSnxsBV9ih1MwwTRg/7zJVSa6kYyFTpa9filwJHf534+45bifvd+mlH10iM9fqfjPm6iPk3BEuWsVD7/48AiKtjExZVUlsM2sf3vQxuI/mQY7KyrEEFzk05JzaZkkJKoOygCD8rWH/esaEZJkCOW8zIhQbwnMvIwsZRniWBe30QAAAAAAAECcAAAAABCl1OgAAGKsxet4rYQJlPh4OT+BsxUHyXvOl8BwXOp7zjJ+j2iA6aukONLVRSKaFyYnT58n+8TUMaJj7aityIw4Zd6w22WrGo4Ix4OaHXFC+R1dxFjnG6YsaU2S6o1wGmTuAdpKd++amaNtooVrfbR7eAnydxjdeaHkVLTCxZtbkoZbhj1dlsjFUzXIs6CX+ly0KpXjX6CZvZ9G3iWMOds0wpulXJ+Yo3KaxvbOvulUU7/ct+JBIvIX8/yIpXhc05vOIMzfUyF781oWmDowH5fctaDilrPjXFPR2ag8RKek2Xyb+xBEpKdMTHa7GpxAtu+Oq4sshFemEO8f0CkxkenlpBCbnQycofubEOcp9Dti2SAorIXPp3peS0SALd2sA0DkIb+P/0ReL5xnjkG4jJydFzPUqRvjtJLbGZ7Zd9+6br+W62vu8Js7AoevAEHYIAuuATz7V/ty+4z7p/vB+9z79vsR/Cz8Rvxh/Hv8lvyx/Mv85vwA/Rv9Nf1Q/Wv9hf2g/br91f3v/Qr+Jf4//lr+dP6P/qn+xP7f/vn+FP8u/0n/Y/9+/5n/s//O/+j/AwAeADgAUwBtAIgAogC9ANgA8gANAScBQgFcAXcBkgGsAccB4QH8ARYCMQJMAmYCgQKbArYC0ALrAgYDIAM7A1UDcAOLA6UDwAPaA/UDDwQqBABBiCILKAEAAAAKAAAAZAAAAOgDAAAQJwAAoIYBAEBCDwCAlpgAAOH1BQDKmjsAQbAiC5ADMAAwADAAMQAwADIAMAAzADAANAAwADUAMAA2ADAANwAwADgAMAA5ADEAMAAxADEAMQAyADEAMwAxADQAMQA1ADEANgAxADcAMQA4ADEAOQAyADAAMgAxADIAMgAyADMAMgA0ADIANQAyADYAMgA3ADIAOAAyADkAMwAwADMAMQAzADIAMwAzADMANAAzADUAMwA2ADMANwAzADgAMwA5ADQAMAA0ADEANAAyADQAMwA0ADQANAA1ADQANgA0ADcANAA4ADQAOQA1ADAANQAxADUAMgA1ADMANQA0ADUANQA1ADYANQA3ADUAOAA1ADkANgAwADYAMQA2ADIANgAzADYANAA2ADUANgA2ADYANwA2ADgANgA5ADcAMAA3ADEANwAyADcAMwA3ADQANwA1ADcANgA3ADcANwA4ADcAOQA4ADAAOAAxADgAMgA4ADMAOAA0ADgANQA4ADYAOAA3ADgAOAA4ADkAOQAwADkAMQA5ADIAOQAzADkANAA5ADUAOQA2ADkANwA5ADgAOQA5AABBzCULIBwAAAAAAAAAAAAAAAIAAAAIAAAAdAByAHUAZQAAAAAAAEHsJQsgHAAAAAAAAAAAAAAAAgAAAAoAAABmAGEAbABzAGUAAAAAQYwmCyAcAAAAAAAAAAAAAAACAAAACAAAAG4AdQBsAGwAAAAAAABBsCYLuAEAAAAAAADwPwAAAAAAACRAAAAAAAAAWUAAAAAAAECPQAAAAAAAiMNAAAAAAABq+EAAAAAAgIQuQQAAAADQEmNBAAAAAITXl0EAAAAAZc3NQQAAACBfoAJCAAAA6HZIN0IAAACilBptQgAAQOWcMKJCAACQHsS81kIAADQm9WsMQwCA4Dd5w0FDAKDYhVc0dkMAyE5nbcGrQwA9kWDkWOFDQIy1eB2vFURQ7+LW5BpLRJLVTQbP8IBEAEHsJwsgHAAAAAAAAAAAAAAAAgAAAAYAAAB1ADAAMAAAAAAAAAAAQYwoCyAcAAAAAAAAAAAAAAACAAAACgAAAHMAZQB0ACgAKQAAAABBrCgLYFwAAAAAAAAAAAAAAAIAAABKAAAAbwBwAGEAXwBlAHYAYQBsADoAIAB0AGgAZQAgAGkAbgBwAHUAdAAgAGkAcwAgAG4AbwB0ACAAdgBhAGwAaQBkACAASgBTAE8ATgAAAABBjCkLYFwAAAAAAAAAAAAAAAIAAABIAAAAaQBsAGwAZQBnAGEAbAAgAG4AdQBtAGIAZQByACAAbABpAHQAZQByAGEAbAAgAGkAbgAgAHQAaABlACAAcABvAGwAaQBjAHkAAAAAAABB7CkLIBwAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAEGMKgsgHAAAAAAAAAAAAAAAAgAAAAIAAAA6AAAAAAAAAAAAAAAAQawqCyAcAAAAAAAAAAAAAAACAAAABAAAADoAIAAAAAAAAAAAAABBzCoLcGwAAAAAAAAAAAAAAAIAAABOAAAAcABsAHUAcwA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAbgB1AG0AYgBlAHIAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAAAAAAAAAAQbwrC3BsAAAAAAAAAAAAAAACAAAATgAAAHAAbAB1AHMAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAAAAAAAAAAAAAEGsLAswLAAAAAAAAAAAAAAAAgAAAA4AAABiAG8AbwBsAGUAYQBuAAAAAAAAAAAAAAAAAAAAAEHcLAsgHAAAAAAAAAAAAAAAAgAAAAwAAABuAHUAbQBiAGUAcgAAQfwsCyAcAAAAAAAAAAAAAAACAAAADAAAAHMAdAByAGkAbgBnAABBnC0LIBwAAAAAAAAAAAAAAAIAAAAKAAAAYQByAHIAYQB5AAAAAEG8LQsgHAAAAAAAAAAAAAAAAgAAAAwAAABvAGIAagBlAGMAdAAAQdwtCyAcAAAAAAAAAAAAAAACAAAABgAAAHMAZQB0AAAAAAAAAABB/C0LgAF8AAAAAAAAAAAAAAACAAAAbAAAAG0AaQBuAHUAcwA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAbwBuAGUAIABvAGYAIAB7AG4AdQBtAGIAZQByACwAIABzAGUAdAB9ACAAYgB1AHQAIABnAG8AdAAgAABB/C4LYFwAAAAAAAAAAAAAAAIAAABKAAAAbQBpAG4AdQBzADoAIABvAHAAZQByAGEAbgBkACAAMgAgAG0AdQBzAHQAIABiAGUAIABzAGUAdAAgAGIAdQB0ACAAZwBvAHQAIAAAAABB3C8LcGwAAAAAAAAAAAAAAAIAAABQAAAAbQBpAG4AdQBzADoAIABvAHAAZQByAGEAbgBkACAAMgAgAG0AdQBzAHQAIABiAGUAIABuAHUAbQBiAGUAcgAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAAAAAAAAAQcwwC2BcAAAAAAAAAAAAAAACAAAATAAAAG0AdQBsADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABuAHUAbQBiAGUAcgAgAGIAdQB0ACAAZwBvAHQAIAAAQawxC2BcAAAAAAAAAAAAAAACAAAATAAAAG0AdQBsADoAIABvAHAAZQByAGEAbgBkACAAMgAgAG0AdQBzAHQAIABiAGUAIABuAHUAbQBiAGUAcgAgAGIAdQB0ACAAZwBvAHQAIAAAQYwyC2BcAAAAAAAAAAAAAAACAAAATAAAAGQAaQB2ADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABuAHUAbQBiAGUAcgAgAGIAdQB0ACAAZwBvAHQAIAAAQewyC2BcAAAAAAAAAAAAAAACAAAATAAAAGQAaQB2ADoAIABvAHAAZQByAGEAbgBkACAAMgAgAG0AdQBzAHQAIABiAGUAIABuAHUAbQBiAGUAcgAgAGIAdQB0ACAAZwBvAHQAIAAAQcwzC0A8AAAAAAAAAAAAAAACAAAAJgAAAGQAaQB2ADoAIABkAGkAdgBpAGQAZQAgAGIAeQAgAHoAZQByAG8AAAAAAAAAAEGMNAtgXAAAAAAAAAAAAAAAAgAAAEwAAAByAGUAbQA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAbgB1AG0AYgBlAHIAIABiAHUAdAAgAGcAbwB0ACAAAEHsNAtgXAAAAAAAAAAAAAAAAgAAAEwAAAByAGUAbQA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAbgB1AG0AYgBlAHIAIABiAHUAdAAgAGcAbwB0ACAAAEHMNQtgXAAAAAAAAAAAAAAAAgAAAEgAAAByAGUAbQA6ACAAbQBvAGQAdQBsAG8AIABvAG4AIABmAGwAbwBhAHQAaQBuAGcALQBwAG8AaQBuAHQAIABuAHUAbQBiAGUAcgAAAAAAAEGsNgtAPAAAAAAAAAAAAAAAAgAAACYAAAByAGUAbQA6ACAAbQBvAGQAdQBsAG8AIABiAHkAIAB6AGUAcgBvAAAAAAAAAABB7DYLIBwAAAAAAAAAAAAAAAIAAAAGAAAAbgBhAG4AAAAAAAAAAEGMNwsgHAAAAAAAAAAAAAAAAgAAAAYAAABpAG4AZgAAAAAAAAAAQaw3CzAsAAAAAAAAAAAAAAACAAAAEAAAAGkAbgBmAGkAbgBpAHQAeQAAAAAAAAAAAAAAAAAAQdw3C6ABnAAAAAAAAAAAAAAAAgAAAIIAAAB0AG8AXwBuAHUAbQBiAGUAcgA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAYQAgAGYAaQBuAGkAdABlACAAbgB1AG0AYgBlAHIALAAgAG4AbwB0ACAATgBhAE4AIABvAHIAIABpAG4AZgBpAG4AaQB0AHkAAAAAAAAAAAAAAABB/DgLcGwAAAAAAAAAAAAAAAIAAABaAAAAdABvAF8AbgB1AG0AYgBlAHIAOgAgAHMAdAByAGMAbwBuAHYALgBQAGEAcgBzAGUARgBsAG8AYQB0ADoAIABpAG4AdgBhAGwAaQBkACAAcwB5AG4AdABhAHgAAAAAQew5C7ABrAAAAAAAAAAAAAAAAgAAAJgAAAB0AG8AXwBuAHUAbQBiAGUAcgA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAbwBuAGUAIABvAGYAIAB7AG4AdQBsAGwALAAgAGIAbwBvAGwAZQBhAG4ALAAgAG4AdQBtAGIAZQByACwAIABzAHQAcgBpAG4AZwB9ACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAQZw7C2BcAAAAAAAAAAAAAAACAAAATAAAAGEAYgBzADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABuAHUAbQBiAGUAcgAgAGIAdQB0ACAAZwBvAHQAIAAAQfw7C3BsAAAAAAAAAAAAAAACAAAAUAAAAHIAbwB1AG4AZAA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAbgB1AG0AYgBlAHIAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAAAAAAAEHsPAtwbAAAAAAAAAAAAAAAAgAAAE4AAABjAGUAaQBsADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABuAHUAbQBiAGUAcgAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAAAAAAAAAAABB3D0LcGwAAAAAAAAAAAAAAAIAAABQAAAAZgBsAG8AbwByADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABuAHUAbQBiAGUAcgAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAAAAAAAAAQcw+C4ABfAAAAAAAAAAAAAAAAgAAAGIAAABuAHUAbQBiAGUAcgBzAC4AcgBhAG4AZwBlADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABpAG4AdABlAGcAZQByACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAAAAAAAAQcw/C4ABfAAAAAAAAAAAAAAAAgAAAGIAAABuAHUAbQBiAGUAcgBzAC4AcgBhAG4AZwBlADoAIABvAHAAZQByAGEAbgBkACAAMgAgAG0AdQBzAHQAIABiAGUAIABpAG4AdABlAGcAZQByACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAAAAAAAAQczAAAuwAawAAAAAAAAAAAAAAAIAAACaAAAAbgB1AG0AYgBlAHIAcwAuAHIAYQBuAGcAZQA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAaQBuAHQAZQBnAGUAcgAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAgAGYAbABvAGEAdABpAG4AZwAtAHAAbwBpAG4AdAAgAG4AdQBtAGIAZQByAAAAAEH8wQALsAGsAAAAAAAAAAAAAAACAAAAmgAAAG4AdQBtAGIAZQByAHMALgByAGEAbgBnAGUAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAGkAbgB0AGUAZwBlAHIAIABuAHUAbQBiAGUAcgAgAGIAdQB0ACAAZwBvAHQAIABmAGwAbwBhAHQAaQBuAGcALQBwAG8AaQBuAHQAIABuAHUAbQBiAGUAcgAAAABBrMMAC6ABnAAAAAAAAAAAAAAAAgAAAIoAAABjAG8AdQBuAHQAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAG8AbgBlACAAbwBmACAAewBhAHIAcgBhAHkALAAgAG8AYgBqAGUAYwB0ACwAIABzAGUAdAAsACAAcwB0AHIAaQBuAGcAfQAgAGIAdQB0ACAAZwBvAHQAIAAAAABBzMQAC5ABjAAAAAAAAAAAAAAAAgAAAG4AAABwAHIAbwBkAHUAYwB0ADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABvAG4AZQAgAG8AZgAgAHsAcwBlAHQALAAgAGEAcgByAGEAeQB9ACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAAAAAAAAAAAAAEHcxQALgAF8AAAAAAAAAAAAAAACAAAAZgAAAHMAdQBtADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABvAG4AZQAgAG8AZgAgAHsAcwBlAHQALAAgAGEAcgByAGEAeQB9ACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAABB3MYAC6ABnAAAAAAAAAAAAAAAAgAAAIoAAABwAHIAbwBkAHUAYwB0ADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABhAHIAcgBhAHkAIABvAGYAIABuAHUAbQBiAGUAcgBzACAAYgB1AHQAIABnAG8AdAAgAGEAcgByAGEAeQAgAGMAbwBuAHQAYQBpAG4AaQBuAGcAIAAAAABB/McAC6ABnAAAAAAAAAAAAAAAAgAAAIIAAABwAHIAbwBkAHUAYwB0ADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABzAGUAdAAgAG8AZgAgAG4AdQBtAGIAZQByAHMAIABiAHUAdAAgAGcAbwB0ACAAcwBlAHQAIABjAG8AbgB0AGEAaQBuAGkAbgBnACAAAAAAAAAAAAAAAABBnMkAC6ABnAAAAAAAAAAAAAAAAgAAAIIAAABzAHUAbQA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAYQByAHIAYQB5ACAAbwBmACAAbgB1AG0AYgBlAHIAcwAgAGIAdQB0ACAAZwBvAHQAIABhAHIAcgBhAHkAIABjAG8AbgB0AGEAaQBuAGkAbgBnACAAAAAAAAAAAAAAAABBvMoAC5ABjAAAAAAAAAAAAAAAAgAAAHoAAABzAHUAbQA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAcwBlAHQAIABvAGYAIABuAHUAbQBiAGUAcgBzACAAYgB1AHQAIABnAG8AdAAgAHMAZQB0ACAAYwBvAG4AdABhAGkAbgBpAG4AZwAgAAAAAEHMywALgAF8AAAAAAAAAAAAAAACAAAAZgAAAG0AYQB4ADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABvAG4AZQAgAG8AZgAgAHsAcwBlAHQALAAgAGEAcgByAGEAeQB9ACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAABBzMwAC4ABfAAAAAAAAAAAAAAAAgAAAGYAAABtAGkAbgA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAbwBuAGUAIABvAGYAIAB7AHMAZQB0ACwAIABhAHIAcgBhAHkAfQAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAQczNAAuAAXwAAAAAAAAAAAAAAAIAAABoAAAAcwBvAHIAdAA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAbwBuAGUAIABvAGYAIAB7AHMAZQB0ACwAIABhAHIAcgBhAHkAfQAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAEHMzgALYFwAAAAAAAAAAAAAAAIAAABGAAAAYQBuAGQAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAHMAZQB0ACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAABBrM8AC2BcAAAAAAAAAAAAAAACAAAARgAAAGEAbgBkADoAIABvAHAAZQByAGEAbgBkACAAMgAgAG0AdQBzAHQAIABiAGUAIABzAGUAdAAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAQYzQAAtgXAAAAAAAAAAAAAAAAgAAAEQAAABvAHIAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAHMAZQB0ACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAAAAAEHs0AALYFwAAAAAAAAAAAAAAAIAAABEAAAAbwByADoAIABvAHAAZQByAGEAbgBkACAAMgAgAG0AdQBzAHQAIABiAGUAIABzAGUAdAAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAAABBzNEAC2BcAAAAAAAAAAAAAAACAAAASgAAAHUAbgBpAG8AbgA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAcwBlAHQAIABiAHUAdAAgAGcAbwB0ACAAAAAAQazSAAuQAYwAAAAAAAAAAAAAAAIAAAB4AAAAdQBuAGkAbwBuADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABzAGUAdAAgAG8AZgAgAHMAZQB0AHMAIABiAHUAdAAgAGcAbwB0ACAAcwBlAHQAIABjAG8AbgB0AGEAaQBuAGkAbgBnACAAAAAAAABBvNMAC3BsAAAAAAAAAAAAAAACAAAAWAAAAGkAbgB0AGUAcgBzAGUAYwB0AGkAbwBuADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABzAGUAdAAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAEGs1AALoAGcAAAAAAAAAAAAAAACAAAAhgAAAGkAbgB0AGUAcgBzAGUAYwB0AGkAbwBuADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABzAGUAdAAgAG8AZgAgAHMAZQB0AHMAIABiAHUAdAAgAGcAbwB0ACAAcwBlAHQAIABjAG8AbgB0AGEAaQBuAGkAbgBnACAAAAAAAAAAAEHM1QALcGwAAAAAAAAAAAAAAAIAAABaAAAAbwBiAGoAZQBjAHQALgBnAGUAdAA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAbwBiAGoAZQBjAHQAIABiAHUAdAAgAGcAbwB0ACAAAAAAQbzWAAtwbAAAAAAAAAAAAAAAAgAAAFwAAABvAGIAagBlAGMAdAAuAGsAZQB5AHMAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAG8AYgBqAGUAYwB0ACAAYgB1AHQAIABnAG8AdAAgAABBrNcAC4ABfAAAAAAAAAAAAAAAAgAAAF4AAABvAGIAagBlAGMAdAAuAHUAbgBpAG8AbgA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAbwBiAGoAZQBjAHQAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAAAAAAAAAAQazYAAuAAXwAAAAAAAAAAAAAAAIAAABeAAAAbwBiAGoAZQBjAHQALgB1AG4AaQBvAG4AOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAG8AYgBqAGUAYwB0ACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAAAAAAAAAAAAAEGs2QALgAF8AAAAAAAAAAAAAAACAAAAYAAAAG8AYgBqAGUAYwB0AC4AcgBlAG0AbwB2AGUAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAG8AYgBqAGUAYwB0ACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAAAAAAAAAABBrNoAC6ABnAAAAAAAAAAAAAAAAgAAAIoAAABvAGIAagBlAGMAdAAuAHIAZQBtAG8AdgBlADoAIABvAHAAZQByAGEAbgBkACAAMgAgAG0AdQBzAHQAIABiAGUAIABvAG4AZQAgAG8AZgAgAHsAbwBiAGoAZQBjAHQALAAgAHMAZQB0ACwAIABhAHIAcgBhAHkAfQAgAGIAdQB0ACAAZwBvAHQAIAAAAABBzNsAC3BsAAAAAAAAAAAAAAACAAAAXAAAAGEAcgByAGEAeQAuAGMAbwBuAGMAYQB0ADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABhAHIAcgBhAHkAIABiAHUAdAAgAGcAbwB0ACAAAEG83AALcGwAAAAAAAAAAAAAAAIAAABcAAAAYQByAHIAYQB5AC4AYwBvAG4AYwBhAHQAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAGEAcgByAGEAeQAgAGIAdQB0ACAAZwBvAHQAIAAAQazdAAtwbAAAAAAAAAAAAAAAAgAAAFoAAABhAHIAcgBhAHkALgBzAGwAaQBjAGUAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAGEAcgByAGEAeQAgAGIAdQB0ACAAZwBvAHQAIAAAAABBnN4AC3BsAAAAAAAAAAAAAAACAAAAXAAAAGEAcgByAGEAeQAuAHMAbABpAGMAZQA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAbgB1AG0AYgBlAHIAIABiAHUAdAAgAGcAbwB0ACAAAEGM3wALsAGsAAAAAAAAAAAAAAACAAAAlgAAAGEAcgByAGEAeQAuAHMAbABpAGMAZQA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAaQBuAHQAZQBnAGUAcgAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAgAGYAbABvAGEAdABpAG4AZwAtAHAAbwBpAG4AdAAgAG4AdQBtAGIAZQByAAAAAAAAAABBvOAAC3BsAAAAAAAAAAAAAAACAAAAXAAAAGEAcgByAGEAeQAuAHMAbABpAGMAZQA6ACAAbwBwAGUAcgBhAG4AZAAgADMAIABtAHUAcwB0ACAAYgBlACAAbgB1AG0AYgBlAHIAIABiAHUAdAAgAGcAbwB0ACAAAEGs4QALsAGsAAAAAAAAAAAAAAACAAAAlgAAAGEAcgByAGEAeQAuAHMAbABpAGMAZQA6ACAAbwBwAGUAcgBhAG4AZAAgADMAIABtAHUAcwB0ACAAYgBlACAAaQBuAHQAZQBnAGUAcgAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAgAGYAbABvAGEAdABpAG4AZwAtAHAAbwBpAG4AdAAgAG4AdQBtAGIAZQByAAAAAAAAAABB3OIAC3BsAAAAAAAAAAAAAAACAAAAUgAAAGMAbwBuAGMAYQB0ADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAAAAAAEHM4wALgAF8AAAAAAAAAAAAAAACAAAAbAAAAGMAbwBuAGMAYQB0ADoAIABvAHAAZQByAGEAbgBkACAAMgAgAG0AdQBzAHQAIABiAGUAIABvAG4AZQAgAG8AZgAgAHsAcwBlAHQALAAgAGEAcgByAGEAeQB9ACAAYgB1AHQAIABnAG8AdAAgAABBzOQAC6ABnAAAAAAAAAAAAAAAAgAAAIgAAABjAG8AbgBjAGEAdAA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAYQByAHIAYQB5ACAAbwBmACAAcwB0AHIAaQBuAGcAcwAgAGIAdQB0ACAAZwBvAHQAIABhAHIAcgBhAHkAIABjAG8AbgB0AGEAaQBuAGkAbgBnACAAAAAAAABB7OUAC6ABnAAAAAAAAAAAAAAAAgAAAIAAAABjAG8AbgBjAGEAdAA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAcwBlAHQAIABvAGYAIABzAHQAcgBpAG4AZwBzACAAYgB1AHQAIABnAG8AdAAgAHMAZQB0ACAAYwBvAG4AdABhAGkAbgBpAG4AZwAgAAAAAAAAAAAAAAAAAABBjOcAC3BsAAAAAAAAAAAAAAACAAAAVgAAAGMAbwBuAHQAYQBpAG4AcwA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAcwB0AHIAaQBuAGcAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAEH85wALcGwAAAAAAAAAAAAAAAIAAABWAAAAYwBvAG4AdABhAGkAbgBzADoAIABvAHAAZQByAGEAbgBkACAAMgAgAG0AdQBzAHQAIABiAGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAQezoAAtwbAAAAAAAAAAAAAAAAgAAAFoAAABzAHQAYQByAHQAcwB3AGkAdABoADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAAABB3OkAC3BsAAAAAAAAAAAAAAACAAAAWgAAAHMAdABhAHIAdABzAHcAaQB0AGgAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABnAG8AdAAgAAAAAEHM6gALcGwAAAAAAAAAAAAAAAIAAABWAAAAZQBuAGQAcwB3AGkAdABoADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAQbzrAAtwbAAAAAAAAAAAAAAAAgAAAFYAAABlAG4AZABzAHcAaQB0AGgAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAABBrOwAC3BsAAAAAAAAAAAAAAACAAAAUAAAAHUAcABwAGUAcgA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAcwB0AHIAaQBuAGcAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAAAAAAAEGc7QALcGwAAAAAAAAAAAAAAAIAAABQAAAAbABvAHcAZQByADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAAAAAAAAAQYzuAAtwbAAAAAAAAAAAAAAAAgAAAFAAAABzAHAAbABpAHQAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAAAAAAAAAABB/O4AC3BsAAAAAAAAAAAAAAACAAAAUAAAAHMAcABsAGkAdAA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAcwB0AHIAaQBuAGcAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAAAAAAAEHs7wALcGwAAAAAAAAAAAAAAAIAAABOAAAAdAByAGkAbQA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAcwB0AHIAaQBuAGcAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAAAAAAAAAAQdzwAAtwbAAAAAAAAAAAAAAAAgAAAE4AAAB0AHIAaQBtADoAIABvAHAAZQByAGEAbgBkACAAMgAgAG0AdQBzAHQAIABiAGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAAAAAAAAAAABBzPEAC3BsAAAAAAAAAAAAAAACAAAAWAAAAHQAcgBpAG0AXwBsAGUAZgB0ADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAEG88gALcGwAAAAAAAAAAAAAAAIAAABYAAAAdAByAGkAbQBfAGwAZQBmAHQAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAQazzAAtwbAAAAAAAAAAAAAAAAgAAAFoAAAB0AHIAaQBtAF8AcgBpAGcAaAB0ADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAAABBnPQAC3BsAAAAAAAAAAAAAAACAAAAWgAAAHQAcgBpAG0AXwByAGkAZwBoAHQAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABnAG8AdAAgAAAAAEGM9QALcGwAAAAAAAAAAAAAAAIAAABcAAAAdAByAGkAbQBfAHAAcgBlAGYAaQB4ADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAQfz1AAtwbAAAAAAAAAAAAAAAAgAAAFwAAAB0AHIAaQBtAF8AcAByAGUAZgBpAHgAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABnAG8AdAAgAABB7PYAC3BsAAAAAAAAAAAAAAACAAAAXAAAAHQAcgBpAG0AXwBzAHUAZgBmAGkAeAA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAcwB0AHIAaQBuAGcAIABiAHUAdAAgAGcAbwB0ACAAAEHc9wALcGwAAAAAAAAAAAAAAAIAAABcAAAAdAByAGkAbQBfAHMAdQBmAGYAaQB4ADoAIABvAHAAZQByAGEAbgBkACAAMgAgAG0AdQBzAHQAIABiAGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAQcz4AAtwbAAAAAAAAAAAAAAAAgAAAFoAAAB0AHIAaQBtAF8AcwBwAGEAYwBlADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAAABBvPkAC3BsAAAAAAAAAAAAAAACAAAAVAAAAHIAZQBwAGwAYQBjAGUAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAAAAAEGs+gALcGwAAAAAAAAAAAAAAAIAAABUAAAAcgBlAHAAbABhAGMAZQA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAcwB0AHIAaQBuAGcAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAAQZz7AAtwbAAAAAAAAAAAAAAAAgAAAFQAAAByAGUAcABsAGEAYwBlADoAIABvAHAAZQByAGEAbgBkACAAMwAgAG0AdQBzAHQAIABiAGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAAABBjPwAC3BsAAAAAAAAAAAAAAACAAAAVAAAAGkAbgBkAGUAeABvAGYAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAAAAAEH8/AALcGwAAAAAAAAAAAAAAAIAAABUAAAAaQBuAGQAZQB4AG8AZgA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAcwB0AHIAaQBuAGcAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAAQez9AAtgXAAAAAAAAAAAAAAAAgAAAD4AAABpAG4AZABlAHgAbwBmADoAIABlAG0AcAB0AHkAIABzAGUAYQByAGMAaAAgAGMAaABhAHIAYQBjAHQAZQByAAAAAAAAAAAAAAAAAAAAAEHM/gALcGwAAAAAAAAAAAAAAAIAAABYAAAAcwB1AGIAcwB0AHIAaQBuAGcAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAQbz/AAtwbAAAAAAAAAAAAAAAAgAAAFgAAABzAHUAYgBzAHQAcgBpAG4AZwA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAbgB1AG0AYgBlAHIAIABiAHUAdAAgAGcAbwB0ACAAAAAAAABBrIABC7ABrAAAAAAAAAAAAAAAAgAAAJIAAABzAHUAYgBzAHQAcgBpAG4AZwA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAaQBuAHQAZQBnAGUAcgAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAgAGYAbABvAGEAdABpAG4AZwAtAHAAbwBpAG4AdAAgAG4AdQBtAGIAZQByAAAAAAAAAAAAAAAAQdyBAQtwbAAAAAAAAAAAAAAAAgAAAFgAAABzAHUAYgBzAHQAcgBpAG4AZwA6ACAAbwBwAGUAcgBhAG4AZAAgADMAIABtAHUAcwB0ACAAYgBlACAAbgB1AG0AYgBlAHIAIABiAHUAdAAgAGcAbwB0ACAAAAAAAABBzIIBC7ABrAAAAAAAAAAAAAAAAgAAAJIAAABzAHUAYgBzAHQAcgBpAG4AZwA6ACAAbwBwAGUAcgBhAG4AZAAgADMAIABtAHUAcwB0ACAAYgBlACAAaQBuAHQAZQBnAGUAcgAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAgAGYAbABvAGEAdABpAG4AZwAtAHAAbwBpAG4AdAAgAG4AdQBtAGIAZQByAAAAAAAAAAAAAAAAQfyDAQtQTAAAAAAAAAAAAAAAAgAAADQAAABzAHUAYgBzAHQAcgBpAG4AZwA6ACAAbgBlAGcAYQB0AGkAdgBlACAAbwBmAGYAcwBlAHQAAAAAAAAAAAAAQcyEAQtwbAAAAAAAAAAAAAAAAgAAAFoAAABmAG8AcgBtAGEAdABfAGkAbgB0ADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABuAHUAbQBiAGUAcgAgAGIAdQB0ACAAZwBvAHQAIAAAAABBvIUBC3BsAAAAAAAAAAAAAAACAAAAWgAAAGYAbwByAG0AYQB0AF8AaQBuAHQAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAgAAAAAEGshgELgAF8AAAAAAAAAAAAAAACAAAAZgAAAGYAbwByAG0AYQB0AF8AaQBuAHQAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAG8AbgBlACAAbwBmACAAewAyACwAIAA4ACwAIAAxADAALAAgADEANgB9AAAAAAAAAABBrIcBC6ABnAAAAAAAAAAAAAAAAgAAAIYAAABzAHQAcgBpAG4AZwBzAC4AcgBlAHAAbABhAGMAZQBfAG4AOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbgBvAG4ALQBzAHQAcgBpAG4AZwAgAGsAZQB5ACAAZgBvAHUAbgBkACAAaQBuACAAcABhAHQAdABlAHIAbgAgAG8AYgBqAGUAYwB0AAAAAAAAAABBzIgBC3BsAAAAAAAAAAAAAAACAAAAWgAAAGcAbABvAGIALgBtAGEAdABjAGgAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABnAG8AdAAgAAAAAEG8iQELkAGMAAAAAAAAAAAAAAACAAAAdgAAAGcAbABvAGIALgBtAGEAdABjAGgAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAG8AbgBlACAAbwBmACAAewBhAHIAcgBhAHkALAAgAG4AdQBsAGwAfQAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAQcyKAQuwAawAAAAAAAAAAAAAAAIAAACQAAAAZwBsAG8AYgAuAG0AYQB0AGMAaAA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAYQByAHIAYQB5ACAAbwBmACAAcwB0AHIAaQBuAGcAcwAgAGIAdQB0ACAAZwBvAHQAIABhAHIAcgBhAHkAIABjAG8AbgB0AGEAaQBuAGkAbgBnACAAAAAAAAAAAAAAAAAAAEH8iwELsAGsAAAAAAAAAAAAAAACAAAAmAAAAGcAbABvAGIALgBtAGEAdABjAGgAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAGEAcgByAGEAeQAgAG8AZgAgAHIAdQBuAGUAcwAgAGIAdQB0ACAAZwBvAHQAIABhAHIAcgBhAHkAIABjAG8AbgB0AGEAaQBuAGkAbgBnACAAcwB0AHIAaQBuAGcAAAAAAABBrI0BC3BsAAAAAAAAAAAAAAACAAAAWgAAAGcAbABvAGIALgBtAGEAdABjAGgAOgAgAG8AcABlAHIAYQBuAGQAIAAzACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABnAG8AdAAgAAAAAEGcjgELkAGMAAAAAAAAAAAAAAACAAAAcAAAAHQAaQBtAGUALgBwAGEAcgBzAGUAXwByAGYAYwAzADMAMwA5AF8AbgBzADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAAAAAAAAAQayPAQvgAdwAAAAAAAAAAAAAAAIAAADCAAAAdABpAG0AZQAuAHAAYQByAHMAZQBfAHIAZgBjADMAMwAzADkAXwBuAHMAOgAgAGMAYQBuAG4AbwB0ACAAcABhAHIAcwBlACAAdABoAGUAIAB0AGkAbQBlADoAIABpAHQAIABpAHMAIABuAG8AdAAgAFIARgBDACAAMwAzADMAOQAgACgAbABpAGsAZQAgADIAMAAwADYALQAwADEALQAwADIAVAAxADUAOgAwADQAOgAwADUAWgAwADcAOgAwADAAKQAAAAAAAAAAAAAAAEGMkQELgAF8AAAAAAAAAAAAAAACAAAAZAAAAHQAaQBtAGUALgBwAGEAcgBzAGUAXwByAGYAYwAzADMAMwA5AF8AbgBzADoAIAB0AGkAbQBlACAAbwB1AHQAcwBpAGQAZQAgAG8AZgAgAHYAYQBsAGkAZAAgAHIAYQBuAGcAZQAAAAAAAAAAAABBjJIBC3BsAAAAAAAAAAAAAAACAAAAWAAAAHQAaQBtAGUALgBkAGEAdABlADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABuAHUAbQBiAGUAcgAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAEH8kgELcGwAAAAAAAAAAAAAAAIAAABYAAAAdABpAG0AZQAuAGQAYQB0AGUAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAQeyTAQvAAbwAAAAAAAAAAAAAAAIAAACsAAAAdABpAG0AZQAuAGQAYQB0AGUAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAGUAaQB0AGgAZQByACAAbgB1AG0AYgBlAHIAIAAoAG4AcwApACAAbwByACAAWwBuAHUAbQBiAGUAcgAgACgAbgBzACkALAAgAHMAdAByAGkAbgBnACAAKAB0AHoAKQBdACAAYgB1AHQAIABnAG8AdAAgAABBrJUBC1BMAAAAAAAAAAAAAAACAAAAOAAAAHQAaQBtAGUALgBkAGEAdABlADoAIAB0AGkAbQBlAHMAdABhAG0AcAAgAHQAbwBvACAAYgBpAGcAAAAAAABB/JUBC9ABzAAAAAAAAAAAAAAAAgAAALQAAAB0AGkAbQBlAC4AYQBkAGQAXwBkAGEAdABlADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABlAGkAdABoAGUAcgAgAG4AdQBtAGIAZQByACAAKABuAHMAKQAgAG8AcgAgAFsAbgB1AG0AYgBlAHIAIAAoAG4AcwApACwAIABzAHQAcgBpAG4AZwAgACgAdAB6ACkAXQAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAAABBzJcBC2BcAAAAAAAAAAAAAAACAAAAQAAAAHQAaQBtAGUALgBhAGQAZABfAGQAYQB0AGUAOgAgAHQAaQBtAGUAcwB0AGEAbQBwACAAdABvAG8AIABiAGkAZwAAAAAAAAAAAAAAAAAAQayYAQuAAXwAAAAAAAAAAAAAAAIAAABgAAAAdABpAG0AZQAuAGEAZABkAF8AZABhAHQAZQA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAbgB1AG0AYgBlAHIAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAAAAAAAEGsmQELsAGsAAAAAAAAAAAAAAACAAAAmgAAAHQAaQBtAGUALgBhAGQAZABfAGQAYQB0AGUAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAGkAbgB0AGUAZwBlAHIAIABuAHUAbQBiAGUAcgAgAGIAdQB0ACAAZwBvAHQAIABmAGwAbwBhAHQAaQBuAGcALQBwAG8AaQBuAHQAIABuAHUAbQBiAGUAcgAAAABB3JoBC4ABfAAAAAAAAAAAAAAAAgAAAGAAAAB0AGkAbQBlAC4AYQBkAGQAXwBkAGEAdABlADoAIABvAHAAZQByAGEAbgBkACAAMwAgAG0AdQBzAHQAIABiAGUAIABuAHUAbQBiAGUAcgAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAAAAAAAAAQdybAQuwAawAAAAAAAAAAAAAAAIAAACaAAAAdABpAG0AZQAuAGEAZABkAF8AZABhAHQAZQA6ACAAbwBwAGUAcgBhAG4AZAAgADMAIABtAHUAcwB0ACAAYgBlACAAaQBuAHQAZQBnAGUAcgAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAgAGYAbABvAGEAdABpAG4AZwAtAHAAbwBpAG4AdAAgAG4AdQBtAGIAZQByAAAAAEGMnQELgAF8AAAAAAAAAAAAAAACAAAAYAAAAHQAaQBtAGUALgBhAGQAZABfAGQAYQB0AGUAOgAgAG8AcABlAHIAYQBuAGQAIAA0ACAAbQB1AHMAdAAgAGIAZQAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAAAAAAAAAABBjJ4BC7ABrAAAAAAAAAAAAAAAAgAAAJoAAAB0AGkAbQBlAC4AYQBkAGQAXwBkAGEAdABlADoAIABvAHAAZQByAGEAbgBkACAANAAgAG0AdQBzAHQAIABiAGUAIABpAG4AdABlAGcAZQByACAAbgB1AG0AYgBlAHIAIABiAHUAdAAgAGcAbwB0ACAAZgBsAG8AYQB0AGkAbgBnAC0AcABvAGkAbgB0ACAAbgB1AG0AYgBlAHIAAAAAQbyfAQtwbAAAAAAAAAAAAAAAAgAAAFQAAAB0AGkAbQBlAC4AYQBkAGQAXwBkAGEAdABlADoAIAB0AGkAbQBlACAAbwB1AHQAcwBpAGQAZQAgAG8AZgAgAHYAYQBsAGkAZAAgAHIAYQBuAGcAZQAAAAAAAAAAAABBrKABC4ABfAAAAAAAAAAAAAAAAgAAAGgAAABuAGUAdAAuAGMAaQBkAHIAXwBjAG8AbgB0AGEAaQBuAHMAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAQayhAQtwbAAAAAAAAAAAAAAAAgAAAFIAAABuAGUAdAAuAGMAaQBkAHIAXwBjAG8AbgB0AGEAaQBuAHMAOgAgAGkAbgB2AGEAbABpAGQAIABDAEkARABSACAAYQBkAGQAcgBlAHMAcwA6ACAAAAAAAAAAAAAAAABBnKIBC8ABvAAAAAAAAAAAAAAAAgAAAKAAAABuAGUAdAAuAGMAaQBkAHIAXwBjAG8AbgB0AGEAaQBuAHMAOgAgAG4AbwB0ACAAYQAgAHYAYQBsAGkAZAAgAHQAZQB4AHQAdQBhAGwAIAByAGUAcAByAGUAcwBlAG4AdABhAHQAaQBvAG4AIABvAGYAIABhAG4AIABJAFAAIABhAGQAZAByAGUAcwBzACAAbwByACAAQwBJAEQAUgA6ACAAAAAAAAAAAAAAAAAA";
var bytes;
function runtimeWasm() {
  bytes ??= new Uint8Array(Buffer.from(BASE64, "base64"));
  return bytes;
}

// src/rego/wasm/scan-order.ts
var COMMUTATIVE = /* @__PURE__ */ new Set(["SetAddStmt", "ObjectInsertOnceStmt", "AssignVarOnceStmt"]);
var WRITE_FIELDS = ["target", "result", "array", "object", "set", "local"];
var PRINT = /* @__PURE__ */ new Set(["print", "internal.print"]);
function nestedBlocks(s) {
  switch (s.type) {
    case "ScanStmt":
    case "NotStmt":
    case "WithStmt":
      return [s.stmt.block];
    case "BlockStmt":
      return s.stmt.blocks;
    default:
      return [];
  }
}
function walk(block, into = []) {
  for (const s of block.stmts) {
    into.push(s);
    for (const b of nestedBlocks(s)) walk(b, into);
  }
  return into;
}
function operandLocals(ops, into) {
  for (const op of ops) if (op.type === "local") into.push(op.value);
}
function mentioned(s) {
  const out = [];
  switch (s.type) {
    case "ReturnLocalStmt":
    case "IsDefinedStmt":
    case "IsUndefinedStmt":
      out.push(s.stmt.source);
      break;
    case "ResultSetAddStmt":
      out.push(s.stmt.value);
      break;
    case "CallStmt":
      operandLocals(s.stmt.args, out);
      out.push(s.stmt.result);
      break;
    case "CallDynamicStmt":
      out.push(...s.stmt.args);
      operandLocals(s.stmt.path, out);
      out.push(s.stmt.result);
      break;
    case "DotStmt":
      operandLocals([s.stmt.source, s.stmt.key], out);
      out.push(s.stmt.target);
      break;
    case "LenStmt":
    case "AssignVarStmt":
    case "AssignVarOnceStmt":
      operandLocals([s.stmt.source], out);
      out.push(s.stmt.target);
      break;
    case "ScanStmt":
      out.push(s.stmt.source, s.stmt.key, s.stmt.value);
      break;
    case "AssignIntStmt":
    case "ResetLocalStmt":
    case "MakeNullStmt":
    case "MakeNumberIntStmt":
    case "MakeNumberRefStmt":
    case "MakeArrayStmt":
    case "MakeObjectStmt":
    case "MakeSetStmt":
      out.push(s.stmt.target);
      break;
    case "EqualStmt":
    case "NotEqualStmt":
      operandLocals([s.stmt.a, s.stmt.b], out);
      break;
    case "IsArrayStmt":
    case "IsObjectStmt":
    case "IsSetStmt":
      operandLocals([s.stmt.source], out);
      break;
    case "ArrayAppendStmt":
      operandLocals([s.stmt.value], out);
      out.push(s.stmt.array);
      break;
    case "ObjectInsertStmt":
    case "ObjectInsertOnceStmt":
      operandLocals([s.stmt.key, s.stmt.value], out);
      out.push(s.stmt.object);
      break;
    case "ObjectMergeStmt":
      out.push(s.stmt.a, s.stmt.b, s.stmt.target);
      break;
    case "SetAddStmt":
      operandLocals([s.stmt.value], out);
      out.push(s.stmt.set);
      break;
    case "WithStmt":
      out.push(s.stmt.local);
      operandLocals([s.stmt.value], out);
      break;
    case "BlockStmt":
    case "BreakStmt":
    case "NotStmt":
    case "NopStmt":
      break;
    default: {
      const unknown = s;
      throw new Error(`scan order: unknown IR statement ${unknown.type}`);
    }
  }
  return out;
}
var factsOf = /* @__PURE__ */ new WeakMap();
function facts(s) {
  let f = factsOf.get(s);
  if (f !== void 0) return f;
  const st = s.stmt;
  const writes = [];
  for (const field of WRITE_FIELDS)
    if (typeof st[field] === "number") writes.push(st[field]);
  if (s.type === "ScanStmt") writes.push(s.stmt.key, s.stmt.value);
  const reads = [...new Set(mentioned(s))].filter((l) => !writes.includes(l));
  f = { reads, writes, nested: nestedBlocks(s) };
  factsOf.set(s, f);
  return f;
}
function enclosing(roots, target) {
  const holding = /* @__PURE__ */ new Set();
  const seen = /* @__PURE__ */ new Map();
  const visit = (b) => {
    const known = seen.get(b);
    if (known !== void 0) return known;
    let found = b === target;
    for (const s of b.stmts) for (const n of nestedBlocks(s)) if (visit(n)) found = true;
    seen.set(b, found);
    if (found) holding.add(b);
    return found;
  };
  for (const root of roots) visit(root);
  return holding;
}
function readsLeftover(stmts, watched, defined, scan, around) {
  const d = defined;
  for (const s of stmts) {
    const f = facts(s);
    for (const l of f.reads) if (watched.has(l) && !d.has(l)) return true;
    let passed = false;
    for (const b of f.nested) {
      if (b === scan) {
        passed = true;
        continue;
      }
      const holdsScan = around.has(b);
      passed ||= holdsScan;
      const inner = new Set(d);
      if (s.type === "ScanStmt") {
        for (const l of [s.stmt.key, s.stmt.value]) if (watched.has(l)) inner.add(l);
        if (holdsScan) for (const l of watched) inner.delete(l);
      }
      if (readsLeftover(b.stmts, watched, inner, scan, around)) return true;
    }
    for (const l of f.writes) if (watched.has(l)) d.add(l);
    if (passed) for (const l of watched) d.delete(l);
  }
  return false;
}
function printingFunctions(funcs) {
  const calls = /* @__PURE__ */ new Map();
  for (const f of funcs) {
    const callees = /* @__PURE__ */ new Set();
    for (const b of f.blocks)
      for (const s of walk(b)) if (s.type === "CallStmt") callees.add(s.stmt.func);
    calls.set(f.name, callees);
  }
  const printing = /* @__PURE__ */ new Set();
  for (let changed = true; changed; ) {
    changed = false;
    for (const [name, callees] of calls) {
      if (printing.has(name)) continue;
      if ([...callees].some((c) => PRINT.has(c) || printing.has(c))) {
        printing.add(name);
        changed = true;
      }
    }
  }
  return printing;
}
function unorderedScans(owner, printing) {
  const out = /* @__PURE__ */ new Set();
  const stmts = [];
  for (const block of owner.blocks) walk(block, stmts);
  let readers;
  for (const scan of stmts) {
    if (scan.type !== "ScanStmt") continue;
    readers ??= readCounts(stmts);
    if (orderFree(owner, scan.stmt, printing, readers)) out.add(scan.stmt);
  }
  return out;
}
function readCounts(stmts) {
  const counts = /* @__PURE__ */ new Map();
  for (const s of stmts) for (const l of facts(s).reads) counts.set(l, (counts.get(l) ?? 0) + 1);
  return counts;
}
var NO_BLOCKS = /* @__PURE__ */ new Set();
function orderFree(owner, scan, printing, readers) {
  const left = /* @__PURE__ */ new Set([scan.key, scan.value]);
  const body = walk(scan.block);
  for (const s of body) {
    switch (s.type) {
      case "BreakStmt":
      case "ReturnLocalStmt":
      case "CallDynamicStmt":
        return false;
      case "CallStmt":
        if (PRINT.has(s.stmt.func) || printing.has(s.stmt.func)) return false;
        break;
      default:
        break;
    }
    if (!COMMUTATIVE.has(s.type)) for (const l of facts(s).writes) left.add(l);
  }
  if ("params" in owner && (owner.params.some((p) => left.has(p)) || left.has(owner.return)))
    return false;
  const first = /* @__PURE__ */ new Set([scan.key, scan.value]);
  if (readsLeftover(scan.block.stmts, left, first, scan.block, NO_BLOCKS)) return false;
  const inBody = readCounts(body);
  const readOutside = [...left].some((l) => (readers.get(l) ?? 0) > (inBody.get(l) ?? 0));
  if (!readOutside) return true;
  const around = enclosing(owner.blocks, scan.block);
  return !owner.blocks.some((b) => readsLeftover(b.stmts, left, /* @__PURE__ */ new Set(), scan.block, around));
}

// src/rego/wasm/static-data.ts
var T_STRING = 4;
var StaticData = class {
  constructor(base) {
    this.base = base;
  }
  base;
  chunks = [];
  size = 0;
  cstrings = /* @__PURE__ */ new Map();
  locations = /* @__PURE__ */ new Map();
  /** The address after the last byte written, aligned for the heap. */
  get end() {
    return align(this.base + this.size, 8);
  }
  get bytes() {
    const out = new Uint8Array(this.size);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
  put(bytes2, alignment = 1) {
    const pad = align(this.base + this.size, alignment) - (this.base + this.size);
    if (pad > 0) {
      this.chunks.push(new Uint8Array(pad));
      this.size += pad;
    }
    const addr = this.base + this.size;
    this.chunks.push(bytes2);
    this.size += bytes2.length;
    return addr;
  }
  /** A string value (`[type, length, bytes, hash]`, hash 0: not computed) over the UTF-8 of `s`. */
  stringValue(s) {
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
  utf8(s) {
    const text = new TextEncoder().encode(s);
    return { addr: this.put(text), length: text.length };
  }
  /** A NUL-terminated string, shared between equal texts. */
  cstring(s) {
    const known = this.cstrings.get(s);
    if (known !== void 0) return known;
    const text = new TextEncoder().encode(s);
    const bytes2 = new Uint8Array(text.length + 1);
    bytes2.set(text);
    const addr = this.put(bytes2);
    this.cstrings.set(s, addr);
    return addr;
  }
  /** A `[count, address...]` list of u32 (the string values the runtime interns against). */
  addressList(addrs) {
    const list = new Uint8Array(4 * (addrs.length + 1));
    const view = new DataView(list.buffer);
    view.setUint32(0, addrs.length, true);
    addrs.forEach((a, i) => view.setUint32(4 * (i + 1), a, true));
    return this.put(list, 4);
  }
  /** A `[file C string, row, col]` record for errors raised inside builtins. */
  location(file, row, col) {
    const key = `${file}\0${row}\0${col}`;
    const known = this.locations.get(key);
    if (known !== void 0) return known;
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
};
function align(n, to) {
  return Math.ceil(n / to) * to;
}

// src/rego/wasm/emit.ts
var WasmEmitError = class extends Error {
  constructor(message) {
    super(`wasm: ${message}`);
    this.name = "WasmEmitError";
  }
};
var ERR_VAR_CONFLICT = "var assignment conflict";
var ERR_FUNC_CONFLICT = "functions must not produce multiple outputs for same inputs";
var ERR_OBJECT_CONFLICT = "object insert conflict";
var ERR_ENTRYPOINT = "internal: illegal entrypoint id";
var T_ARRAY = 5;
var T_OBJECT = 6;
var T_SET = 7;
function emitWasm(policy, runtime = runtimeWasm()) {
  const bytes2 = new Emitter(readRuntime(runtime), policy).run();
  validate(bytes2);
  return bytes2;
}
var wasm = globalThis.WebAssembly;
function validate(bytes2) {
  if (wasm.validate(bytes2)) return;
  let reason = "invalid";
  try {
    new wasm.Module(bytes2);
  } catch (e) {
    reason = e instanceof Error ? e.message : String(e);
  }
  throw new WasmEmitError(`the generated module does not validate: ${reason}`);
}
function nativeExportName(name, withHost = false) {
  return `${withHost ? "bh" : "b"}_${name.replace(/\./g, "_")}`;
}
var Emitter = class {
  constructor(runtime, policy) {
    this.runtime = runtime;
    this.policy = policy;
    const defined = runtime.keptFuncImports + runtime.policyImports.length;
    for (const e of runtime.exports) {
      if (e.kind !== 0) continue;
      const type = e.index >= defined ? runtime.funcTypes[e.index - defined] : runtime.policyImports[e.index - runtime.keptFuncImports]?.type;
      const params = runtime.types[type ?? -1]?.params.length ?? 0;
      this.exports.set(e.name, { index: e.index, params });
    }
    this.firstFunc = firstPolicyFunction(runtime);
    this.data = new StaticData(align(runtime.dataEnd, 8));
    for (const s of policy.static?.strings ?? []) this.strings.push(this.data.stringValue(s.value));
    this.files = (policy.static?.files ?? []).map((f) => f.value);
    this.funcs = policy.funcs?.funcs ?? [];
    this.plans = policy.plans?.plans ?? [];
    this.printing = printingFunctions(this.funcs);
    this.funcs.forEach((f, i) => {
      if (this.funcIndex.has(f.name))
        throw new WasmEmitError(`function ${f.name} is defined twice`);
      this.funcIndex.set(f.name, i);
    });
    (policy.static?.builtin_funcs ?? []).forEach((b, i) => {
      if (!this.exports.has(nativeExportName(b.name))) this.hostIds.set(b.name, i);
    });
  }
  runtime;
  policy;
  exports = /* @__PURE__ */ new Map();
  data;
  strings = [];
  files;
  funcs;
  plans;
  funcIndex = /* @__PURE__ */ new Map();
  hostIds = /* @__PURE__ */ new Map();
  firstFunc;
  definitions = /* @__PURE__ */ new Map();
  /** Functions that print, so scans calling them keep OPA's order. */
  printing;
  run() {
    const functions = this.funcs.map((f) => ({
      name: f.name,
      type: { params: f.params.map(() => I32), results: [I32] },
      body: new FunctionCompiler(this, f).compileFunc()
    }));
    this.define("eval", new FunctionCompiler(this, null).compileEval(this.plans));
    this.define("builtins", this.nameMap([...this.hostIds.entries()]));
    this.define("entrypoints", this.nameMap(this.plans.map((p, i) => [p.name, i])));
    this.define("static_strings", constant(this.data.addressList(this.strings)));
    this.define("heap_base", constant(this.data.end));
    for (const p of this.runtime.policyImports) {
      if (!this.definitions.has(p.name))
        throw new WasmEmitError(
          `the runtime imports policy.${p.name}, which the emitter does not define`
        );
    }
    return linkModule({
      runtime: this.runtime,
      definitions: this.definitions,
      functions,
      data: { base: this.data.base, bytes: this.data.bytes },
      pages: Math.max(1, Math.ceil(this.data.end / 65536)),
      dropExport: (name) => /^(rt|b|bh)_/.test(name)
    });
  }
  /** Defines the runtime's import `policy.<name>` (an import the runtime dropped needs none). */
  define(name, body) {
    this.definitions.set(name, body);
  }
  /** A function returning an object from names to ids (`builtins`, `entrypoints`). */
  nameMap(entries) {
    const c = new Code();
    c.call(this.rt("rt_object")).localSet(0);
    for (const [key, id] of entries) {
      c.localGet(0).i32Const(this.data.cstring(key)).i32Const(id);
      c.call(this.rt("rt_name_map_insert"));
    }
    c.localGet(0);
    return c.body(1);
  }
  // ---- lookups used while compiling
  isNative(name) {
    return this.exports.has(nativeExportName(name)) || this.exports.has(nativeExportName(name, true));
  }
  rt(name) {
    const f = this.exports.get(name);
    if (f === void 0) throw new WasmEmitError(`the runtime has no export ${name}`);
    return f.index;
  }
  native(name) {
    const withHost = this.exports.has(nativeExportName(name, true));
    const exportName = nativeExportName(name, withHost);
    const f = this.exports.get(exportName);
    if (f === void 0) throw new WasmEmitError(`the runtime has no export ${exportName}`);
    if (withHost) return { index: f.index, arity: f.params - 1, hostId: this.hostId(name) };
    return { index: f.index, arity: f.params };
  }
  hostId(name) {
    let id = this.hostIds.get(name);
    if (id === void 0) {
      id = (this.policy.static?.builtin_funcs?.length ?? 0) + this.hostIds.size;
      this.hostIds.set(name, id);
    }
    return id;
  }
  /**
   * Whether host builtin `name` is declared to return a set. The host answers in JSON,
   * where a set can only be an array, so such results are turned back into sets.
   */
  hostReturnsSet(name) {
    const decl = this.policy.static?.builtin_funcs?.find((b) => b.name === name)?.decl;
    return decl?.result?.type === "set";
  }
  userFunc(name) {
    const i = this.funcIndex.get(name);
    const func = i === void 0 ? void 0 : this.funcs[i];
    return func === void 0 || i === void 0 ? void 0 : { func, index: this.firstFunc + i };
  }
  /** The Wasm function index of the IR function at `position` in `funcs`. */
  funcWasmIndex(position) {
    return this.firstFunc + position;
  }
  funcMemoSlot(name) {
    return this.funcIndex.get(name) ?? -1;
  }
  get funcCount() {
    return this.funcs.length;
  }
  get allFuncs() {
    return this.funcs;
  }
  stringAddr(index) {
    const addr = this.strings[index];
    if (addr === void 0)
      throw new WasmEmitError(`string index ${index} is not in static.strings`);
    return addr;
  }
  stringText(index) {
    const s = this.policy.static?.strings?.[index];
    if (s === void 0) throw new WasmEmitError(`string index ${index} is not in static.strings`);
    return s.value;
  }
  fileName(index) {
    return this.files[index] ?? "";
  }
  get staticData() {
    return this.data;
  }
};
function constant(value) {
  return new Code().i32Const(value).body(0);
}
var FunctionCompiler = class {
  constructor(e, fn) {
    this.e = e;
    this.fn = fn;
    if (fn) {
      fn.params.forEach((p, i) => this.locals.set(p, i));
      this.paramCount = fn.params.length;
      for (const scan of unorderedScans(fn, e.printing)) this.unordered.add(scan);
    } else {
      this.paramCount = 1;
    }
  }
  e;
  fn;
  locals = /* @__PURE__ */ new Map();
  tempCount = 0;
  paramCount;
  /** The frames IR blocks and breaks count, innermost last. */
  labels = [];
  c = new Code();
  resultSet = -1;
  unordered = /* @__PURE__ */ new Set();
  // ---- locals and labels
  local(l) {
    let i = this.locals.get(l);
    if (i === void 0) {
      i = this.temp();
      this.locals.set(l, i);
    }
    return i;
  }
  temp() {
    return this.paramCount + this.tempCount++;
  }
  get(l) {
    this.c.localGet(this.local(l));
  }
  set(l) {
    this.c.localSet(this.local(l));
  }
  /** Leaves the innermost block when the value on the stack is not zero: the statement is undefined. */
  failIf() {
    this.c.brIf(this.innermost(0));
  }
  /** Leaves the innermost block: the statement is undefined. */
  fail() {
    this.c.br(this.innermost(0));
  }
  innermost(index) {
    const target = this.labels[this.labels.length - 1 - index];
    if (target === void 0) {
      throw new WasmEmitError(
        index === 0 ? "a statement outside any block" : `break ${index} leaves the function`
      );
    }
    return target;
  }
  rt(name) {
    this.c.call(this.e.rt(name));
  }
  operand(op) {
    switch (op.type) {
      case "local":
        this.get(op.value);
        return;
      case "string_index":
        this.c.i32Const(this.e.stringAddr(op.value));
        return;
      case "bool":
        this.rt(op.value ? "rt_true" : "rt_false");
        return;
    }
  }
  /** `if` the i32 on the stack is not zero, aborts with `file:row:col: msg`. */
  runtimeErrorIf(loc, msg) {
    const d = this.e.staticData;
    this.c.if();
    this.c.i32Const(d.cstring(this.e.fileName(loc.file))).i32Const(loc.row).i32Const(loc.col);
    this.c.i32Const(d.cstring(msg));
    this.rt("rt_runtime_error");
    this.c.unreachable().end();
  }
  // ---- functions
  compileFunc() {
    const fn = this.fn;
    if (!fn) throw new WasmEmitError("compileFunc without a function");
    const c = this.c;
    const ret = this.local(fn.return);
    if (fn.params.length === 2) {
      c.i32Const(this.e.funcMemoSlot(fn.name));
      this.rt("rt_memo_get");
      c.localTee(ret).if();
      c.localGet(ret).return().end();
    }
    for (const block of fn.blocks) this.block(block);
    this.returnLocal(fn.return);
    return c.body(this.tempCount);
  }
  returnLocal(source) {
    const fn = this.fn;
    if (fn && fn.params.length === 2) {
      this.c.i32Const(this.e.funcMemoSlot(fn.name));
      this.get(source);
      this.rt("rt_memo_insert");
    }
    this.get(source);
    this.c.return();
  }
  /** `eval(ctx)`: runs the plan the context's entrypoint names, as OPA's `eval` does. */
  compileEval(plans) {
    const c = this.c;
    const ctx = 0;
    for (const plan of plans)
      for (const scan of unorderedScans(plan, this.e.printing)) this.unordered.add(scan);
    this.resultSet = this.temp();
    const entry = this.temp();
    c.i32Const(this.e.funcCount);
    this.rt("rt_memo_init");
    c.localGet(ctx).i32Load(0);
    this.set(0);
    c.localGet(ctx).i32Load(4);
    this.set(1);
    this.rt("rt_set");
    c.localSet(this.resultSet);
    c.localGet(ctx).localGet(this.resultSet).i32Store(8);
    c.localGet(ctx).i32Load(12).localSet(entry);
    const done = c.block();
    plans.forEach((plan, i) => {
      const skip = c.block();
      c.localGet(entry).i32Const(i).i32Ne().brIf(skip);
      for (const block of plan.blocks) this.block(block);
      c.br(done).end();
    });
    c.i32Const(this.e.staticData.cstring(ERR_ENTRYPOINT));
    this.rt("rt_abort");
    c.unreachable().end();
    return c.body(this.tempCount);
  }
  // ---- blocks and statements
  block(block) {
    this.labels.push(this.c.block());
    this.stmts(block.stmts);
    this.labels.pop();
    this.c.end();
  }
  stmts(stmts) {
    for (const s of stmts) this.stmt(s);
  }
  stmt(s) {
    const c = this.c;
    switch (s.type) {
      case "ResultSetAddStmt":
        if (this.resultSet < 0) throw new WasmEmitError("ResultSetAddStmt outside a plan");
        c.localGet(this.resultSet);
        this.get(s.stmt.value);
        this.rt("rt_set_add");
        return;
      case "ReturnLocalStmt":
        this.returnLocal(s.stmt.source);
        return;
      case "BlockStmt":
        for (const b of s.stmt.blocks) this.block(b);
        return;
      case "BreakStmt":
        c.br(this.innermost(s.stmt.index));
        return;
      case "CallStmt":
        this.call(s.stmt);
        return;
      case "CallDynamicStmt":
        this.callDynamic(s.stmt);
        return;
      case "WithStmt":
        this.withStmt(s.stmt);
        return;
      case "AssignVarStmt":
        this.operand(s.stmt.source);
        this.set(s.stmt.target);
        return;
      case "AssignVarOnceStmt": {
        const fn = this.fn;
        const base = fn && fn.params.length > 2 ? ERR_FUNC_CONFLICT : ERR_VAR_CONFLICT;
        const msg = fn?.path ? `${base}: ${["data", ...fn.path.slice(1)].join(".")}` : base;
        this.get(s.stmt.target);
        c.i32Const(0).i32Ne();
        this.get(s.stmt.target);
        this.operand(s.stmt.source);
        this.rt("rt_compare");
        c.i32Const(0).i32Ne().i32And();
        this.runtimeErrorIf(s.stmt, msg);
        this.operand(s.stmt.source);
        this.set(s.stmt.target);
        return;
      }
      case "AssignIntStmt":
        this.numberInt(s.stmt.value);
        this.set(s.stmt.target);
        return;
      case "ScanStmt":
        this.scan(s.stmt);
        return;
      case "NopStmt":
        return;
      case "NotStmt": {
        const cond = this.temp();
        c.i32Const(1).localSet(cond);
        this.labels.push(c.block());
        this.stmts(s.stmt.block.stmts);
        c.i32Const(0).localSet(cond);
        this.labels.pop();
        c.end();
        c.localGet(cond).i32Eqz();
        this.failIf();
        return;
      }
      case "DotStmt":
        if (s.stmt.source.type !== "local") {
          this.fail();
          return;
        }
        this.operand(s.stmt.source);
        this.operand(s.stmt.key);
        this.rt("rt_get");
        c.localTee(this.local(s.stmt.target)).i32Eqz();
        this.failIf();
        return;
      case "LenStmt":
        this.operand(s.stmt.source);
        this.rt("rt_len");
        this.set(s.stmt.target);
        return;
      case "EqualStmt":
        if (sameOperand(s.stmt.a, s.stmt.b)) return;
        this.operand(s.stmt.a);
        this.operand(s.stmt.b);
        this.rt("rt_compare");
        this.failIf();
        return;
      case "NotEqualStmt":
        if (sameOperand(s.stmt.a, s.stmt.b)) {
          this.fail();
          return;
        }
        this.operand(s.stmt.a);
        this.operand(s.stmt.b);
        this.rt("rt_compare");
        c.i32Eqz();
        this.failIf();
        return;
      case "MakeNullStmt":
        this.rt("rt_null");
        this.set(s.stmt.target);
        return;
      case "MakeNumberIntStmt":
        this.numberInt(s.stmt.value);
        this.set(s.stmt.target);
        return;
      case "MakeNumberRefStmt": {
        const text = this.e.staticData.utf8(this.e.stringText(s.stmt.Index));
        c.i32Const(text.addr).i32Const(text.length);
        this.rt("rt_number_ref");
        this.set(s.stmt.target);
        return;
      }
      case "MakeArrayStmt":
        c.i32Const(s.stmt.capacity);
        this.rt("rt_array");
        this.set(s.stmt.target);
        return;
      case "MakeObjectStmt":
        this.rt("rt_object");
        this.set(s.stmt.target);
        return;
      case "MakeSetStmt":
        this.rt("rt_set");
        this.set(s.stmt.target);
        return;
      case "IsArrayStmt":
        this.isType(s.stmt.source, T_ARRAY);
        return;
      case "IsObjectStmt":
        this.isType(s.stmt.source, T_OBJECT);
        return;
      case "IsSetStmt":
        this.isType(s.stmt.source, T_SET);
        return;
      case "IsDefinedStmt":
        this.get(s.stmt.source);
        c.i32Eqz();
        this.failIf();
        return;
      case "IsUndefinedStmt":
        this.get(s.stmt.source);
        c.i32Const(0).i32Ne();
        this.failIf();
        return;
      case "ResetLocalStmt":
        c.i32Const(0);
        this.set(s.stmt.target);
        return;
      case "ArrayAppendStmt":
        this.get(s.stmt.array);
        this.operand(s.stmt.value);
        this.rt("rt_array_append");
        return;
      case "ObjectInsertStmt":
        this.get(s.stmt.object);
        this.operand(s.stmt.key);
        this.operand(s.stmt.value);
        this.rt("rt_object_insert");
        return;
      case "ObjectInsertOnceStmt": {
        const tmp = this.temp();
        this.get(s.stmt.object);
        this.operand(s.stmt.key);
        this.rt("rt_get");
        c.localTee(tmp).i32Const(0).i32Ne();
        c.localGet(tmp);
        this.operand(s.stmt.value);
        this.rt("rt_compare");
        c.i32Const(0).i32Ne().i32And();
        this.runtimeErrorIf(s.stmt, ERR_OBJECT_CONFLICT);
        this.get(s.stmt.object);
        this.operand(s.stmt.key);
        this.operand(s.stmt.value);
        this.rt("rt_object_insert");
        return;
      }
      case "ObjectMergeStmt":
        this.get(s.stmt.a);
        this.get(s.stmt.b);
        this.rt("rt_merge");
        this.set(s.stmt.target);
        return;
      case "SetAddStmt":
        this.get(s.stmt.set);
        this.operand(s.stmt.value);
        this.rt("rt_set_add");
        return;
      default: {
        const unknown = s;
        throw new WasmEmitError(`unsupported IR statement ${unknown.type}`);
      }
    }
  }
  numberInt(value) {
    if (!Number.isInteger(value) || Math.abs(value) >= 2 ** 63)
      throw new WasmEmitError(`integer statement value ${value} is not a 64-bit integer`);
    this.c.i64Const(Number.isSafeInteger(value) ? value : BigInt(value));
    this.rt("rt_number_int");
  }
  isType(source, type) {
    if (source.type !== "local") {
      this.fail();
      return;
    }
    this.get(source.value);
    this.rt("rt_type");
    this.c.i32Const(type).i32Ne();
    this.failIf();
  }
  /**
   * Iterates by position: the loop keeps an index instead of asking the runtime for
   * the key after the previous one, so a scan over n members costs n lookups, not n
   * searches. A statement that fails in the body continues with the next member.
   *
   * A scan whose order nothing observes (scan-order.ts) reads a set's or object's
   * member lists as they are, in insertion order, so the collection is never sorted
   * for it. It takes the lists once, before the loop: sorting allocates new lists, so
   * if the body sorts the collection (comparing it, say) the scan still walks the
   * snapshot it started with.
   */
  scan(s) {
    const c = this.c;
    const i = this.temp();
    const n = this.temp();
    const unordered = this.unordered.has(s);
    const keys = unordered ? this.temp() : -1;
    const vals = unordered ? this.temp() : -1;
    c.i32Const(0).localSet(i);
    this.get(s.source);
    this.rt("rt_iter_count");
    c.localSet(n);
    if (unordered) {
      this.get(s.source);
      this.rt("rt_scan_keys");
      c.localSet(keys);
      this.get(s.source);
      this.rt("rt_scan_values");
      c.localSet(vals);
    }
    const exit = c.block();
    const next = c.loop();
    this.labels.push(exit, next);
    c.localGet(i).localGet(n).i32GeU().brIf(exit);
    const member = (list, iter, target) => {
      if (unordered) {
        c.localGet(keys).if(I32);
        c.localGet(list).localGet(i).i32Const(2).i32Shl().i32Add().i32Load(0);
        c.else();
      }
      this.get(s.source);
      c.localGet(i);
      this.rt(iter);
      if (unordered) c.end();
      this.set(target);
    };
    member(keys, "rt_iter_key", s.key);
    member(vals, "rt_iter_value", s.value);
    c.localGet(i).i32Const(1).i32Add().localSet(i);
    this.stmts(s.block.stmts);
    c.br(next);
    this.labels.pop();
    this.labels.pop();
    c.end().end();
  }
  /** Records where a builtin call stands, for the errors the builtin raises. */
  callLocation(s) {
    this.c.i32Const(this.e.staticData.location(this.e.fileName(s.file), s.row, s.col));
    this.rt("rt_set_location");
  }
  call(s) {
    const c = this.c;
    const fn = this.e.userFunc(s.func);
    if (fn) {
      if (fn.func.params.length !== s.args.length) {
        throw new WasmEmitError(
          `${s.func} takes ${fn.func.params.length} arguments, called with ${s.args.length}`
        );
      }
      for (const a of s.args) this.operand(a);
      c.call(fn.index);
    } else if (this.e.isNative(s.func)) {
      const native = this.e.native(s.func);
      if (native.arity !== s.args.length) {
        throw new WasmEmitError(
          `builtin ${s.func} takes ${native.arity} arguments, called with ${s.args.length}`
        );
      }
      this.callLocation(s);
      for (const a of s.args) this.operand(a);
      if (native.hostId !== void 0) c.i32Const(native.hostId);
      c.call(native.index);
    } else {
      if (s.args.length > 4) throw new WasmEmitError(`builtin ${s.func} has more than 4 arguments`);
      this.callLocation(s);
      c.i32Const(this.e.hostId(s.func));
      for (const a of s.args) this.operand(a);
      this.rt(`rt_builtin${s.args.length}`);
      if (this.e.hostReturnsSet(s.func)) this.rt("rt_as_set");
    }
    c.localTee(this.local(s.result)).i32Eqz();
    this.failIf();
  }
  /**
   * A call through a computed rule path (`data.a[x]`): OPA's contract is that an
   * unknown path fails the innermost block (so the planner's fallback to base data
   * runs), while a known rule that is undefined fails two levels out.
   */
  callDynamic(s) {
    const c = this.c;
    const d = this.e.staticData;
    const matched = this.temp();
    const pathVals = s.path.map(() => this.temp());
    c.i32Const(0).localSet(matched);
    s.path.forEach((op, i) => {
      this.operand(op);
      c.localSet(pathVals[i]);
    });
    for (const [position, fn] of this.e.allFuncs.entries()) {
      if (!fn.path || fn.path.length !== s.path.length || fn.params.length !== s.args.length)
        continue;
      fn.path.forEach((seg, i) => {
        c.localGet(pathVals[i]).i32Const(d.stringValue(seg));
        this.rt("rt_compare");
        c.i32Eqz();
        if (i > 0) c.i32And();
      });
      if (fn.path.length === 0) c.i32Const(1);
      c.if();
      c.i32Const(1).localSet(matched);
      for (const a of s.args) this.get(a);
      c.call(this.e.funcWasmIndex(position));
      this.set(s.result);
      c.end();
    }
    c.localGet(matched).i32Eqz();
    this.failIf();
    this.get(s.result);
    c.i32Eqz().brIf(this.innermost(2));
  }
  withStmt(s) {
    const c = this.c;
    const save = this.temp();
    const undef = this.temp();
    this.rt("rt_memo_push");
    this.get(s.local);
    c.localSet(save);
    if (s.path.length === 0) {
      this.operand(s.value);
      this.set(s.local);
    } else {
      const node = this.temp();
      this.get(s.local);
      this.rt("rt_with_root");
      this.set(s.local);
      this.get(s.local);
      c.localSet(node);
      for (const seg of s.path.slice(0, -1)) {
        c.localGet(node).i32Const(this.e.stringAddr(seg));
        this.rt("rt_with_step");
        c.localSet(node);
      }
      const last = s.path[s.path.length - 1];
      c.localGet(node).i32Const(this.e.stringAddr(last));
      this.operand(s.value);
      this.rt("rt_object_insert");
    }
    c.i32Const(1).localSet(undef);
    this.labels.push(c.block());
    this.stmts(s.block.stmts);
    c.i32Const(0).localSet(undef);
    this.labels.pop();
    c.end();
    c.localGet(save);
    this.set(s.local);
    this.rt("rt_memo_pop");
    c.localGet(undef);
    this.failIf();
  }
};
function sameOperand(a, b) {
  return a.type === b.type && a.value === b.value;
}
export {
  WasmEmitError,
  emitWasm
};
