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
var BASE64 = "AGFzbQEAAAABmAEXYAJ/fwF/YAF/AX9gA39/fwF/YAF/AGAAAX9gAn9/AGAEf39/fwF/YAN/f38AYAR/f39/AGABfgF/YAV/f39/fwF/YAJ/fAF/YAAAYAF8AX9gCH9/f39/f39/AX9gAnx/AXxgAn9/AXxgA35+fwF/YAF+AGABfwF8YAZ/fn5/fn8Bf2AHf39/f39/fwF/YAZ/f39/f38BfwLwAQ0DZW52DG9wYV9idWlsdGluMgAGA2VudgxvcGFfYnVpbHRpbjEAAgZwb2xpY3kEZXZhbAADBnBvbGljeQloZWFwX2Jhc2UABANlbnYJb3BhX2Fib3J0AAMGcG9saWN5DnN0YXRpY19zdHJpbmdzAAQGcG9saWN5C2VudHJ5cG9pbnRzAAQGcG9saWN5CGJ1aWx0aW5zAAQDZW52C29wYV9wcmludGxuAAMDZW52DG9wYV9idWlsdGluNAAWA2VudgxvcGFfYnVpbHRpbjMACgNlbnYMb3BhX2J1aWx0aW4wAAADZW52Bm1lbW9yeQIAAQPoAeYBBQEDCQgAAwAFAQcBDQAAAAEAAQUABwkBAAMFAAEGAAECDgMACAAABgAFAQACBwUCAAcLAQ8HAAAKAwYIBhAAAAACBgIAEQESAwQABgEEAAQBAwAIAAIGAgAAAAAAABMCFAsBAAECAgIAAgABBgACAAEBBAABAwUEAQEIAwcEAAkEBwAMDAUDAQEAAAEABAAKBgIAAQEFAQMBAAECAQEDBAMFBQUBFQEEBAMEAAAAAQEAAQAAAAABAQIAAAEBAgABAAAAAAECAAAAAAEBAAABAQEBAQEBAQIAAAAAAAEAAAEAAAECAAEGxAEnfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt+AUIAC34BQgALfgFCAAt+AUIAC38BQQALfwFBAAt/AEEBC38AQQMLfwFBAAt/AUEAC34BQgALfgFCAAt/AUEAC38BQQALfgFCAAt/AUEAC34BQgALB4EQhwEUb3BhX3dhc21fYWJpX3ZlcnNpb24DHBpvcGFfd2FzbV9hYmlfbWlub3JfdmVyc2lvbgMdC3J0X2J1aWx0aW4wAJ8BC3J0X2J1aWx0aW4xAJ4BC3J0X2J1aWx0aW4yAJ0BC3J0X2J1aWx0aW4zAJwBC3J0X2J1aWx0aW40AJsBCnJ0X3ByaW50bG4AhwEKb3BhX21hbGxvYwCoAQhvcGFfZnJlZQCsARBvcGFfaGVhcF9wdHJfZ2V0AKsBEG9wYV9oZWFwX3B0cl9zZXQAqgEOb3BhX2pzb25fcGFyc2UAWg9vcGFfdmFsdWVfcGFyc2UAWg1vcGFfanNvbl9kdW1wAKkBDm9wYV92YWx1ZV9kdW1wAKYBDm9wYV92YWx1ZV90eXBlAKQBH2FjY2Vzc2N0bF9zdHJpY3RfYnVpbHRpbl9lcnJvcnMAtQEaYWNjZXNzY3RsX2J1aWx0aW5fbG9jYXRpb24AtgEIYnVpbHRpbnMAtAELZW50cnlwb2ludHMAswEQb3BhX2V2YWxfY3R4X25ldwBbFm9wYV9ldmFsX2N0eF9zZXRfaW5wdXQArQEVb3BhX2V2YWxfY3R4X3NldF9kYXRhAK8BG29wYV9ldmFsX2N0eF9zZXRfZW50cnlwb2ludACuARdvcGFfZXZhbF9jdHhfZ2V0X3Jlc3VsdACwAQRldmFsALIBCG9wYV9ldmFsALEBEm9wYV92YWx1ZV9hZGRfcGF0aACnARVvcGFfdmFsdWVfcmVtb3ZlX3BhdGgApQEMcnRfbWVtb19pbml0AJIBDHJ0X21lbW9fcHVzaACPAQtydF9tZW1vX3BvcACQAQtydF9tZW1vX2dldACTAQ5ydF9tZW1vX2luc2VydACRAQdydF9udWxsAIwBB3J0X3RydWUAfghydF9mYWxzZQCZAQ1ydF9udW1iZXJfaW50AIsBDXJ0X251bWJlcl9yZWYAigEJcnRfc3RyaW5nAH8IcnRfYXJyYXkAogEJcnRfb2JqZWN0AIkBBnJ0X3NldACDAQlydF9hc19zZXQAoAEPcnRfYXJyYXlfYXBwZW5kAKEBEHJ0X29iamVjdF9pbnNlcnQAiAEKcnRfc2V0X2FkZACCAQZydF9nZXQAmAEKcnRfY29tcGFyZQCaAQdydF90eXBlAH0GcnRfbGVuAJQBDXJ0X2l0ZXJfY291bnQAlwELcnRfaXRlcl9rZXkAlgENcnRfaXRlcl92YWx1ZQCVAQxydF9zY2FuX2tleXMAhQEOcnRfc2Nhbl92YWx1ZXMAhAEPcnRfc2hhbGxvd19jb3B5AIABCHJ0X21lcmdlAI4BD3J0X3NldF9sb2NhdGlvbgCBARBydF9ydW50aW1lX2Vycm9yAIYBCHJ0X2Fib3J0AKMBEnJ0X25hbWVfbWFwX2luc2VydACNAQxydF93aXRoX3Jvb3QAfAxydF93aXRoX3N0ZXAAewRiX2VxAGcHYl9lcXVhbABnBWJfbmVxANMBBGJfbHQA2QEFYl9sdGUA2AEEYl9ndADmAQViX2d0ZQDlAQZiX3BsdXMAzAEHYl9taW51cwDVAQViX211bADUAQViX2RpdgDqAQViX3JlbQDKAQViX2FicwDxAQdiX3JvdW5kAMgBBmJfY2VpbADuAQdiX2Zsb29yAOgBBWJfYW5kAGgEYl9vcgDNARNiX2ludGVybmFsX21lbWJlcl8yAOMBE2JfaW50ZXJuYWxfbWVtYmVyXzMA4gEHYl9jb3VudADrAQViX3N1bQDDAQliX3Byb2R1Y3QAywEFYl9tYXgA1wEFYl9taW4A1gEGYl9zb3J0AMcBCGJfY29uY2F0AO0BCmJfY29udGFpbnMA7AEMYl9zdGFydHN3aXRoAMUBCmJfZW5kc3dpdGgA6QEIYmhfbG93ZXIAuQEIYmhfdXBwZXIAuAEHYl9zcGxpdADGAQZiX3RyaW0AwQELYl90cmltX2xlZnQAwAEMYl90cmltX3JpZ2h0AL4BDWJfdHJpbV9wcmVmaXgAvwENYl90cmltX3N1ZmZpeAC8AQxiX3RyaW1fc3BhY2UAvQEJYl9yZXBsYWNlAMkBCWJfaW5kZXhvZgDkAQtiX3N1YnN0cmluZwDEAQxiX2Zvcm1hdF9pbnQA5wELYl90b19udW1iZXIAwgEMYl9vYmplY3RfZ2V0ANEBDWJfb2JqZWN0X2tleXMA0AEOYl9vYmplY3RfdW5pb24AzgEPYl9vYmplY3RfcmVtb3ZlAM8BB2JfdW5pb24AugEOYl9pbnRlcnNlY3Rpb24A4QEOYl9hcnJheV9jb25jYXQA8AENYl9hcnJheV9zbGljZQDvAQpiX2lzX2FycmF5AOABDGJfaXNfYm9vbGVhbgDfAQliX2lzX251bGwA3gELYl9pc19udW1iZXIA3QELYl9pc19vYmplY3QA3AEIYl9pc19zZXQA2wELYl9pc19zdHJpbmcA2gELYl90eXBlX25hbWUAuwEPYl9udW1iZXJzX3JhbmdlANIBDGJfZ2xvYl9tYXRjaAB6F2JfdGltZV9wYXJzZV9yZmMzMzM5X25zAHcMYmhfdGltZV9kYXRlAHYPYl90aW1lX2FkZF9kYXRlAHgTYl9uZXRfY2lkcl9jb250YWlucwB5CmJoX3NwcmludGYAcgZiX3dhbGsAbhRiaF9zdHJpbmdzX3JlcGxhY2VfbgBzBm1lbW9yeQIADAKYAQru1QLmAV0AAn8CQAJAAkACQAJAAkACQCABKAIAQQFrDgYAAQIDBAUGC0GgJgwGC0HALAwFC0HwLAwEC0GQLQwDC0GwLQwCC0HQLQwBC0HwLQshASMCBEAgACABQQBBABAQCws0AQF/IwBFBEAQAyQACyMAQQdqQXhxIgEgAGoiACABSQRAQQBBgBkQJgsgABBdIAAkACABC7wDAQ9/IAAoAgBBBkYhDiAAKAIMIQQgACgCBCINIAAoAhgiCGsiB0ECdCIBEA0hBSABEA0hAQNAIAIgB0kEQCAFIAJBAnRqIAIgCGo2AgAgAkEBaiECDAELCyAEIAUgByABEDAgDUECdCIBEA0hCSAOBH8gARANBUEACyEKIA4EfyAAKAIQBUEACyEMIA1BAnQQDSELQQAhAgNAIAYgDUkEQCADIAdPBH9BAQUgAiAISQR/IAQgAkECdGooAgAgBCAFIANBAnRqKAIAQQJ0aigCABATQQBIBUEACwsEQCACIgFBAWohAgUgAyIBQQFqIQMgBSABQQJ0aigCACEBCyALIAFBAnQiAWogBjYCACAGQQJ0Ig8gCWogASAEaigCADYCACAOBEAgCiAPaiABIAxqKAIANgIACyAGQQFqIQYMAQsLIAAgCTYCDCAOBEAgACAKNgIQCyAAIA02AgggACANNgIYIAAoAhQiAUUEQA8LIAEoAgBBAWohAkEAIQADQCAAIAJJBEAgAUEIaiAAQQN0aiIDKAIEIgQEQCADIAsgBEEBa0ECdGooAgBBAWo2AgQLIABBAWohAAwBCwsLLQEBf0EYEA0iAUEDNgIAIAFBADYCBCABIAA3AwggAUEANgIQIAFBADYCFCABC/sBAQZ/QYAQIQQDQCAEQf8XSSAAQRRrKAIQQQF2IgkgBkpxBEAgBCIFQQFqIQQgBSAGIAlPBH9BfwUgACAGQQF0ai8BAAs6AAAgBkEBaiEGDAELCyAEIQADQCAAQf8XSSABQRRrKAIQQQF2IgUgB0pxBEAgACIEQQFqIQAgBCAFIAdNBH9BfwUgASAHQQF0ai8BAAs6AAAgB0EBaiEHDAELCwNAIABB/xdJIAMgCEtxBEAgACIBQQFqIQAgASACIAhqLQAAOgAAIAhBAWohCAwBCwsgAEEAOgAAIwFFBEBBgBBBgCoQJgsjASgCACMBKAIEIwEoAghBgBAQXwsmAQF/QRAQDSICQQQ2AgAgAiABNgIEIAIgADYCCCACQQA2AgwgAgsbAQF/QQEQJSMTIgFBAWokEyMSIAFqIAA6AAALmQQBB38gACABRgRAQQAPCyAARQRAQX8PCyABRQRAQQEPCyAAKAIAIgIgASgCACIDRwRAQX9BASACIANJGw8LAkACQAJAAkACQAJAAkACQCACQQFrDgcAAQIDBAUEBgtBAA8LQX9BASAAKAIEIgAgASgCBCIBSRtBACAAIAFHGw8LIAAgARB0DwsgACgCCCAAKAIEIAEoAgggASgCBBBGDwsgACgCBCICIAEoAgQiAyACIANJGyEEIAAoAgBBBk8EfyAAKAIYIAJHBUEACwRAIAAQDgsgACgCDCEFIAEoAgBBBk8EfyABKAIYIAEoAgRHBUEACwRAIAEQDgsgASgCDCEBQQAhAANAIAAgBEkEQCAFIABBAnQiBmooAgAgASAGaigCABATIgYEQCAGDwsgAEEBaiEADAELCwwCCyAAKAIEIgIgASgCBCIDIAIgA0kbIQUgACgCAEEGTwR/IAAoAhggAkcFQQALBEAgABAOCyAAKAIMIQYgASgCAEEGTwR/IAEoAhggASgCBEcFQQALBEAgARAOCyABKAIMIQQgACgCECEHIAEoAhAhAUEAIQADQCAAIAVJBEAgBiAAQQJ0IghqKAIAIAQgCGooAgAQEyIIBEAgCA8LIAcgAEECdCIIaigCACABIAhqKAIAEBMiCARAIAgPCyAAQQFqIQAMAQsLDAELQQAPC0F/QQEgAiADSRtBACACIANHGwtaAQJ/IAAoAggiAyAAKAIEIgJGBEAgACAAKAIMIANBAnRBBCADQQF0IANBBEkbIgNBAnQQODYCDCAAIAM2AggLIAAoAgwgAkECdGogATYCACAAIAJBAWo2AgQLKQEBfiAAKAIEQQJGBEAgACgCCA8LQgAgACkDCCIBfSABIAFCAFMbECILMAEBfyAAIAEQGiIDQQBOBEAgACgCECADQQJ0aiACNgIADwsgACABIAJBfyADaxBHCzMBAX9BEBANIgFBBTYCACABQQA2AgQgASAANgIIIAEgAAR/IABBAnQQDQVBAAs2AgwgAQtLAQF/IAAgAJ1hIACZRAChOBSbOd9DY3EEQCAA/AYQDw8LQRgQDSIBQQM2AgAgAUEBNgIEIAEgADkDCCABQQA2AhAgAUEANgIUIAELkAEBAX8gACABai0AACICQYABSQRAIAIPCyACQeABSQRAIAAgAWotAAFBP3EgAkEfcUEGdHIPCyACQfABSQRAIAAgAWoiAC0AAkE/cSACQQ9xQQx0IAAtAAFBP3FBBnRycg8LIAAgAWoiAC0AA0E/cSACQQdxQRJ0IAAtAAFBP3FBDHRyIAAtAAJBP3FBBnRycgvNAgEIfyAAKAIUBEAgARAjJAggASECIAAoAgwhByMIIgQgACgCFCIFKAIAIghxIQMDQAJAQX8hASAFQQhqIANBA3RqIgYoAgQiCUUNACAGKAIAIARGBEAgByAJQQFrIgFBAnRqKAIAIgYgAkYEf0EABSAGIAIQEwtFDQELIANBAWogCHEhAwwBCwsgAUEATgR/IAEFQX8gACgCBGsLDwsgACgCDCEEIAAoAgQhBQNAIAIgBUkEQCAEIAJBAnRqKAIAIAFGBEAgAg8LIAJBAWohAgwBCwtBfyAFayEAAkAgBQR/IAQgBUEBa0ECdGooAgAgARATQQBIBUEACw0AIAVBAWshAgNAIAIgA04EQCAEIAIgA2pBAXYiAEECdGooAgAgARATIgVFDQIgBUEASARAIABBAWohAwUgAEEBayECCwwBCwtBfyADayEACyAAC8gBAgF+AX8gACgCAEECSwR/QQAFIAAoAgAEfyAAKAIEBUEAC60gACgCAEEBSwR/IAAoAggFQQALrUIghoQiAkKAgICAgICAgIB/WCACQv///////////wBYIAEbCwRAQgAgACgCAAR/IAAoAgQFQQALrSAAKAIAQQFLBH8gACgCCAVBAAutQiCGhCICfSACIAEbEA8PC0EYEA0iA0EDNgIAIANBAjYCBCADIAA2AgggAyABQQBHNgIMIANBADYCECADQQA2AhQgAwslAQJ/IABBAnQiAkEEahANIgEgADYCACABQQRqQQAgAvwLACABC/UBAgZ/An4gASgCACIFIAAoAgAiBmoQHCECA0AgAyAGSQRAQgAhCCADIAAoAgBJBH8gAEEEaiADQQJ0aigCAAVBAAutIQlBACEEA0AgBCAFSQRAIAJBBGogAyAEakECdGoiBzUCACAJIAQgASgCAEkEfyABQQRqIARBAnRqKAIABUEAC61+fCAIfCEIIAcgCD4CACAIQiCIIQggBEEBaiEEDAELCyACQQRqIAMgBWpBAnRqIAg+AgAgA0EBaiEDDAELCyACKAIAIQADQCAABH8gAiAAQQJ0aigCAAVBAQtFBEAgAEEBayEADAELCyACIAA2AgAgAgtWAQN/IABBFGsoAhBBAXYiAhANIQMDQCABIAJJBEAgASADaiABIABBFGsoAhBBAXZPBH9BfwUgACABQQF0ai8BAAs6AAAgAUEBaiEBDAELCyADIAIQEQsfAQF/IAAgARAaIgJBAEgEQCAAIAFBAEF/IAJrEEcLCysAQX8gACABEBoiASABQQBIGyIBQQBOBH8gACgCECABQQJ0aigCAAVBAAsL3AQBBn8CQAJAAkACQAJAAkACQAJAIAAoAgBBAWsOBwABAgMEBgUHC0GgJhAuDwtB4CVBgCYgACgCBBsQLg8LAkAgACgCECIBBEAgASAAKAIUEDUMAQsgACgCBEECRgR/IAAoAggoAgBBCmxBBGoFQcAACxAlIxMgACMSIxNqEEpqJBMLDwsgABBUDwtB2wAQEiAAKAIEIQQDQCADIARJBEAgAwRAQSwQEiACBEBBIBASCwsgACgCDCADQQJ0aigCACABIAIQISADQQFqIQMMAQsLQd0AEBIPCyAAKAIEIgNBASABG0UEQEGgKBAuDwtB+wBB2wAgARsQEiAAKAIAQQZPBH8gACgCGCAAKAIERwVBAAsEQCAAEA4LIAAoAgwhBEEAIQADQCAAIANJBEAgAARAQSwQEiACBEBBIBASCwsgBCAAQQJ0aigCACABIAIQISAAQQFqIQAMAQsLQf0AQd0AIAEbEBIPC0H7ABASIAAoAgQhBwNAIAMgB0kEQCADBEBBLBASIAIEQEEgEBILCyAAKAIAQQZPBH8gACgCGCAAKAIERwVBAAsEQCAAEA4LQQEgASAAKAIMIANBAnRqKAIAIggoAgBBBEYbBEAgCCABIAIQIQUjEiMTIQUjFCEGQQAkEkEAJBNBACQUIAhBAEEAECEjEiMTEBEhCCQSIAUkEyAGJBQgCBBUC0E6EBIgAgRAQSAQEgsgACgCAEEGTwR/IAAoAhggACgCBEcFQQALBEAgABAOCyAAKAIQIANBAnRqKAIAIAEgAhAhIANBAWohAwwBCwtB/QAQEgsLTAECf0ECEBwiASAAPgIEIAEgAEIgiD4CCCABKAIAIQIDQCACBH8gASACQQJ0aigCAAVBAQtFBEAgAkEBayECDAELCyABIAI2AgAgAQutBAEEfyAARQRAQQAPCwJAAkACQAJAAkACQAJAAkACQCAAKAIAQQFrDgcAAQIDBAUGBwtBufPd8XkPC0HrlK+veEG13MqVfCAAKAIEGw8LIAAQcA8LAkAgACgCDCIBBEAgASEADAELQcW78oh4IQEgACgCCCEDIAAoAgQhBANAIAIgBEkEQCACIANqLQAAIAFzQZODgAhsIQEgAkEBaiECDAELCyAAIAEgBHMiAEEQdiAAc0Gt6qz/B2wiAEEPdiAAc0GLzbKjeGwiAEEQdiAAcyIAQQEgABsiADYCDAsgAA8LQa/W074CIQIgACgCBCEDA0AgASADSQRAIAAoAgwgAUECdGooAgAQIyACQR9saiICQRB2IAJzQa3qrP8HbCICQQ92IAJzQYvNsqN4bCICQRB2IAJzIQIgAUEBaiEBDAELCyACDwsgACgCBCIDQbHP2bIBaiECIAAoAgwhBCAAKAIQIQADQCABIANJBEAgAiABQQJ0IgIgBGooAgAQI0EfbCAAIAJqKAIAECNqIgJBEHYgAnNBreqs/wdsIgJBD3YgAnNBi82yo3hsIgJBEHYgAnNqIQIgAUEBaiEBDAELCwwCCyAAKAIEIgNBlLf24gJrIQIgACgCDCEAA0AgASADSQRAIAAgAUECdGooAgAQIyACaiECIAFBAWohAQwBCwsMAQtBAA8LIAIgAkEQdnNBreqs/wdsIgBBD3YgAHNBi82yo3hsIgBBEHYgAHML6AQCCX8BfCAAKAIEQQFHBEAgABAVJAQgACgCBEECRgR/IAAoAgxBAEcFIAApAwhCAFMLJAVBACQGIAFFBEAgACgCBEECRgR/IAAoAggoAgBBCmxBBGoFQcAACxANIQFBACMEQQAgARA7IgAgAEEBRgR/IAEtAABBMEYFQQALGyQHC0EBDwsgACgCECEKIAAoAhQiCEUEQCAAKwMIIgsgC6FEAAAAAAAAAABiBEBBAA8LQcAAEA0hCkHAABANIgIgCxA+IQhBACEAA0AgACAISQRAIAAgCmogAiAAQQF0ai8BADoAACAAQQFqIQAMAQsLC0EAJAUgCAR/IAotAABBLUYFQQALBH9BASQFQQEFQQALIQIgCBANIQNBACEAA0AgAiAISQRAAkAgAiAKai0AACIEQTlNIARBME9xBEBBASAEQTBHIAAbBEAgACADaiAEOgAAIABBAWohAAsgBkEBaiAGIAUbIQYFIARBLkcNAUEBIQULIAJBAWohAgwCCwsLIAIgCEkEfyACIApqLQAAQeUARgR/QQEFIAIgCmotAABBxQBGCwVBAAsEfyAIIAJBAWoiAksEfyACIApqLQAAQStGBH9BAQUgAiAKai0AAEEtRgsFQQALBEAgAiAKai0AAEEtRiEHIAJBAWohAgsDQCACIAhJBEAgAiAKai0AAEEwayAJQQpsaiIJQZADQYDC1y8gARtKBEBBAA8LIAJBAWohAgwBCwtBACAJayAJIAcbBUEACyAAQShLQQAgARsEQEEADwsgAyAAEGkkBCAGayQGIAAkByABBH8jBkE8SCMGQURKcQVBAQsLNwEBfyMUIxMgAGpPBEAPCyMUQQF0IgEjEyAAaiIASQRAIABBQGshAQsjEiMUIAEQOCQSIAEkFAuZAQEEf0GACCECIAAEQANAIAJB/xdJBEACQCAAIgNBAWohACADLQAAIgVFDQAgAiIDQQFqIQIgAyAFOgAADAILCwsLA0AgAkH/F0kgAUEUaygCEEEBdiIDIARKcQRAIAIiAEEBaiECIAAgAyAETQR/QX8FIAEgBEEBdGovAQALOgAAIARBAWohBAwBCwsgAkEAOgAAQYAIEAQAC4kBAQN/IAAoAgAiAiABKAIAIgNHBEBBf0EBIAIgA0kbDwsgAkEBayECA0AgAkEATgRAIAIgACgCAEkEfyAAQQRqIAJBAnRqKAIABUEACyIDIAIgASgCAEkEfyABQQRqIAJBAnRqKAIABUEACyIERwRAQX9BASADIARJGw8LIAJBAWshAgwBCwtBAAsuAQN/QgEQIiEBQgoQIiEDA0AgACACSgRAIAEgAxAdIQEgAkEBaiECDAELCyABCywAIAAoAgBBA0cEQCACIAAQDEEBDwsgASgCAEEDRwRAIAMgARAMQQEPC0EAC8IBAgN/An4gACgCACIEEBwhAwNAIAIgBEkEQCACIAAoAgBJBH8gAEEEaiACQQJ0aigCAAVBAAutIAIgASgCAEkEfyABQQRqIAJBAnRqKAIABUEAC619IAV9IQZCACEFIANBBGogAkECdGogBkIAUwR+QgEhBSAGQoCAgIAQfAUgBgs+AgAgAkEBaiECDAELCyADKAIAIQADQCAABH8gAyAAQQJ0aigCAAVBAQtFBEAgAEEBayEADAELCyADIAA2AgAgAwvKAQEEfyAAKAIEIQJBHBANIgFBAEEc/AsAIAFBBjYCACACRQRAIAEPCyACQQJ0IgQQDSEDIAQQDSEEIAAoAgBBBk8EfyAAKAIYIAAoAgRHBUEACwRAIAAQDgsgAyAAKAIMIAJBAnT8CgAAIAAoAgBBBk8EfyAAKAIYIAAoAgRHBUEACwRAIAAQDgsgBCAAKAIQIAJBAnT8CgAAIAEgAjYCBCABIAI2AgggASADNgIMIAEgBDYCECABIAI2AhggAkEQTwRAIAEQRQsgAQvYAgEDfyAAKAIARQRAQgAQDw8LA0AgAkEASARAAkAgAEIKECIQLyMDKAIADQAhACACQQFqIQIMAgsLCyACQQBOBEAgACACECgQHSABEBsPCyAAQQAgACgCAEEKbEEEahANIgUQOyIEIAJqIQMgBCACa0EEahANIQIgAQR/IAJBLToAAEEBBUEACyEAIANBAEwEfyAAIAJqQTA6AAAgAEEBaiIBQQFqIQAgASACakEuOgAAA0AgA0EASARAIAAiAUEBaiEAIAEgAmpBMDoAACADQQFqIQMMAQsLIAAgAmogBSAE/AoAACAAIARqBSAAIAJqIAUgA/wKAAAgACADaiIAQQFqIQEgACACakEuOgAAIAEgAmogAyAFaiAEIANrIgD8CgAAIAAgAWoLIQBBGBANIgFBAzYCACABQQE2AgQgASACIAAQSTkDCCABIAI2AhAgASAANgIUIAEL6AgBCH8DQAJAIAEgAk8EQCADBEAgA0EAIARBAEEAIAUgBiAHEC0PCyAGIAdGDwsgACABaiIILQAAIglBKkYEQCABIAFBAWogAkkiAQRAIAgtAAFBKkYhAQtBAkEBIAEbaiEIA0AgACAIIAIgAyAEIAUgBiAHEC0EQEEBDwsgBiAHTw0CIAEEf0EABSAFIAYQGRBSCw0CIAUgBmotAAAiCUGAAUkEf0EBBSAJQeABSQR/QQIFQQNBBCAJQfABSRsLCyAGaiEGDAALAAsgCUH7AEYEQCAAIQggASEAAkADQCAAIAJJBEACQCAAIAhqLQAAIglB3ABGBEAgAEEBaiEADAELIAlB+wBGBEAgC0EBaiELBSAJQf0ARgR/IAtBAWsiCwVBAQtFDQQLCyAAQQFqIQAMAQsLQX8hAAsgACIJQQBIDQFBASADQQBHIgsgAiAAa0EBayICGwRAIAIgBGpBAWoQDSIAIAggCWpBAWogAvwKAAAgCwRAIAAgAmogAyAE/AoAAAsFQQAhAAsgAiAEQQAgAxtqIQMgAUEBaiIBIQIDQCACIAlNBEACQCACIAhqLQAAIgRB3ABGBEAgAkEBaiECDAELIARB+wBGBEAgCkEBaiEKBSAEQf0ARiAKQQBKcQRAIApBAWshCgUgCkUgBEEsRnEgAiAJRnIEQCABIAhqQQAgAiABayAAIAMgBSAGIAcQLQRAQQEPCyACQQFqIQELCwsLIAJBAWohAgwBCwsMAQsgBiAHTw0AIAUgBhAZIQ8gCUE/RgRAIA8QUg0BIAFBAWohASAFIAZqLQAAIghBgAFJBH9BAQUgCEHgAUkEf0ECBUEDQQQgCEHwAUkbCwsgBmohBgwCCyAJQdsARgRAQQAhDCABQQFqIgEgAkkEfyAAIAFqLQAAQSFGBUEACwRAQQEhDCABQQFqIQELQQAhCQNAIAEgAkkEfyAAIAFqLQAAQd0ARwVBAAsEQCAAIAEQGSINIQggACABai0AACIOQYABSQR/QQEFIA5B4AFJBH9BAgVBA0EEIA5B8AFJGwsLIAFqIgFBAWogAkkEfyAAIAFqLQAAQS1GBUEACwR/IAAgAWotAAFB3QBHBUEACwRAIAAgAUEBahAZIQggASAAIAFqLQABIgFBgAFJBH9BAQUgAUHgAUkEf0ECBUEDQQQgAUHwAUkbCwtBAWpqIQELQQEgCSANIA9NIAggD09xGyEJDAELCyABIAJPDQEgCSAMRg0BIAFBAWohASAFIAZqLQAAIghBgAFJBH9BAQUgCEHgAUkEf0ECBUEDQQQgCEHwAUkbCwsgBmohBgwCCyAJQdwARiABQQFqIgggAklxRQRAIAEhCAsgACAIEBkgD0cNACAAIAhqLQAAIgFBgAFJBH9BAQUgAUHgAUkEf0ECBUEDQQQgAUHwAUkbCwsgCGohASAFIAZqLQAAIghBgAFJBH9BAQUgCEHgAUkEf0ECBUEDQQQgCEHwAUkbCwsgBmohBgwBCwtBAAtXAQN/IABBFGsoAhBBAXYQJQNAIAEgAEEUaygCEEEBdiICSARAIxMiA0EBaiQTIxIgA2ogASACTwR/QX8FIAAgAUEBdGovAQALOgAAIAFBAWohAQwBCwsL4QIBCH8gACgCACIDEBwhBiABKAIAQQFqEBwiAkEANgIAIANBBXRBAWshCANAIAhBAE4EQCACKAIAQQFqIgQQHCEDIAhBBXYiBSAAKAIASQR/IABBBGogBUECdGooAgAFQQALIAh2QQFxIQVBACEHA0AgBCAHSwRAIAdBAnQiCSADQQRqaiAHIAIoAgBJBH8gAkEEaiAJaigCAAVBAAsiCUEBdCAFcjYCACAJQR92IQUgB0EBaiEHDAELCyADKAIAIQIDQCACBH8gAyACQQJ0aigCAAVBAQtFBEAgAkEBayECDAELCyADIAI2AgAgAyICIAEQJ0EATgRAIAIgARAqIQIgBkEEaiAIQQV2QQJ0aiIDIAMoAgBBASAIdHI2AgALIAhBAWshCAwBCwsgAiQDIAYoAgAhAANAIAAEfyAGIABBAnRqKAIABUEBC0UEQCAAQQFrIQAMAQsLIAYgADYCACAGC6ECAQZ/IAJBAkkEQA8LIAAgASACQQF2IgggAxAwIAAgASAIQQJ0aiACIAhrIAMQMCAIIQUDQCAGIAhJIAIgBUtxBEAgACABIAVBAnRqKAIAIgdBAnRqKAIAIAAgASAGQQJ0aigCACIJQQJ0aigCABATQQBIBEAgAyAEQQJ0aiAHNgIAIAVBAWohBQUgAyAEQQJ0aiAJNgIAIAZBAWohBgsgBEEBaiEEDAELCwNAIAYgCEkEQCAEIgBBAWohBCAGIgdBAWohBiADIABBAnRqIAEgB0ECdGooAgA2AgAMAQsLA0AgAiAFSwRAIAQiAEEBaiEEIAUiBkEBaiEFIAMgAEECdGogASAGQQJ0aigCADYCAAwBCwsgASADIAJBAnT8CgAAC3wBAX8gACgCACICQQVGBEAgAa0QDw8LIAJBBkYEQCAAKAIAQQZPBH8gACgCGCAAKAIERwVBAAsEQCAAEA4LIAAoAgwgAUECdGooAgAPCyAAKAIAQQZPBH8gACgCGCAAKAIERwVBAAsEQCAAEA4LIAAoAgwgAUECdGooAgALgwIDAn8BfAF+IAFFIABFcgRAQQAPCyAAKAIAIgJBBkYEQCAAIAEQIA8LIAJBBUYEQCABKAIAQQNHBEBBAA8LQX8hAgJAIAEoAgQiA0ECRg0AIANFBEAgASkDCCIFp0F/IAVC/////wdXIAVCAFlxGyECDAELIAErAwgiBPwCIQIgBCAEnWEgBEQAAAAAAAAAAGZxIAREAADA////30FlcQ0AQX8hAgsgAkEASAR/QQEFIAIgACgCBE8LBEBBAA8LIAAoAgwgAkECdGooAgAPCyACQQdGBEBBfyAAIAEQGiIBIAFBAEgbIgFBAE4EfyAAKAIMIAFBAnRqKAIABUEACw8LQQALbgAgACABIAIoAgBBBUYbIQACfwJAAkACQAJAAkACQAJAIAMoAgBBAWsOBgABAgMEBQYLQaAmDAYLQcAsDAULQfAsDAQLQZAtDAMLQbAtDAILQdAtDAELQfAtCyEBIwIEQCAAIAFBAEEAEBALQQAL2AICAn4GfyABRQRAQQAPCyAALQAAQS1GBH9BASEJQQEFQQALIQRBASEIA0AgASAJSwRAIAAgCWotAAAiBUE5TSAFQTBPcQRAIAdBAWohByAGRSAIcQRAIAVBMGtB/wFxrSADQgp+fCICIANUIANCmbPmzJmz5swZVnIEQEEBIQYFIAIhAwsLBSAFQeUARiAFQS5GciAFQcUARnIgBUErRnIgBUEtRnJFBEBBAA8LQQAhCAsgCUEBaiEJDAELCyAHRQRAQQAPCyAGRSAIcQRAIARFIANC////////////AFhxBEAgAxAPDwsgA0KAgICAgICAgIB/WCAEcQRAQgAgA30QDw8LCyAIBEAgACAEaiABIARrEGkgBBAbIgQgADYCECAEIAE2AhQgBA8LQRgQDSIEQQM2AgAgBEEBNgIEIAQgACABEEk5AwggBCAANgIQIAQgATYCFCAECxoAIAEQJSMSIxNqIAAgAfwKAAAjEyABaiQTC/AJAQV/AkAgAEGQzgBKDQADQCMMIw1JBEAjDC0AACIBQQlHIAFBIEdxIAFBCkdxIAFBDUdxRQRAIwxBAWokDAwCCwsLIwwjDU8NACMMLQAAIgFB+wBGBEAjDEEBaiQMA0AjDCMNSQRAIwwtAAAiAUEJRyABQSBHcSABQQpHcSABQQ1HcUUEQCMMQQFqJAwMAgsLCyMMIw1JBH8jDC0AAEH9AEYFQQALBEAjDEEBaiQMQRwQDSIAQQBBHPwLACAAQQY2AgAgAA8LIxEhBANAA0AjDCMNSQRAIwwtAAAiAUEJRyABQSBHcSABQQpHcSABQQ1HcUUEQCMMQQFqJAwMAgsLCyMMIw1PBH9BAQUjDC0AAEEiRwsNAhBVIgFFDQIDQCMMIw1JBEAjDC0AACICQQlHIAJBIEdxIAJBCkdxIAJBDUdxRQRAIwxBAWokDAwCCwsLIwwjDU8Ef0EBBSMMLQAAQTpHCw0CIwxBAWokDCAAQQFqEDYiAkUNAiMRIxBGBEBBwAAjEEEBdCMQQcAASRsiA0EDdBANIQUjEQRAIAUjDyMRQQN0/AoAAAsgBSQPIAMkEAsjDyMRQQN0aiIDIAE2AgAgAyACNgIEIxFBAWokEQNAIwwjDUkEQCMMLQAAIgFBCUcgAUEgR3EgAUEKR3EgAUENR3FFBEAjDEEBaiQMDAILCwsjDCMNTw0CIwwiAUEBaiQMIAEtAAAiAUH9AEYEQCMPIARBA3RqIxEgBGsQbyAEJBEPCyABQSxGDQALDAELIAFB2wBGBEAjDEEBaiQMQQAQFyEBA0AjDCMNSQRAIwwtAAAiAkEJRyACQSBHcSACQQpHcSACQQ1HcUUEQCMMQQFqJAwMAgsLCyMMIw1JBH8jDC0AAEHdAEYFQQALBEAjDEEBaiQMIAEPCwNAIABBAWoQNiICRQ0CIAEgAhAUA0AjDCMNSQRAIwwtAAAiAkEJRyACQSBHcSACQQpHcSACQQ1HcUUEQCMMQQFqJAwMAgsLCyMMIw1PDQIjDCICQQFqJAwgAi0AACICQd0ARgRAIAEPCyACQSxGDQALDAELIAFBIkYEQBBVDwsgAUH0AEYEQEGIGEEAAn9BACEAQQAjDUHcJSgCAEEBdiIBIwxqSQ0AGgNAIAAgAUkEQEEAIwwgAGotAAAgAEHcJSgCAEEBdk8Ef0F/BSAAQQF0QeAlai8BAAtB/wFxRw0CGiAAQQFqIQAMAQsLIwwgAWokDEEBCxsPCyABQeYARgRAQZAYQQACf0EAIQBBACMNQfwlKAIAQQF2IgEjDGpJDQAaA0AgACABSQRAQQAjDCAAai0AACAAQfwlKAIAQQF2TwR/QX8FIABBAXRBgCZqLwEAC0H/AXFHDQIaIABBAWohAAwBCwsjDCABaiQMQQELGw8LIAFB7gBGBEBBgBhBAAJ/QQAhAEEAIw1BnCYoAgBBAXYiASMMakkNABoDQCAAIAFJBEBBACMMIABqLQAAIABBnCYoAgBBAXZPBH9BfwUgAEEBdEGgJmovAQALQf8BcUcNAhogAEEBaiEADAELCyMMIAFqJAxBAQsbDwsjDCEAA0AjDCMNSQRAIwwtAAAiAUE5TSABQTBPcSABQS1GciABQStGciABQS5GciABQeUARnIgAUHFAEZyBEAjDEEBaiQMDAILCwsgACMMIABrEDQPC0EACyUAQQAkEkEAJBNBACQUQcAAECUgACABQQAQIUEAEBIjEkEAJBILOQAjACAAIAFqRkEAIAAbBEAgACACaiIBEF0gASQAIAAPCyACEA0hAiAABEAgAiAAIAH8CgAACyACC4sCAQZ/IAFBAkkEQA8LIAAgAUEBdiIIIAIQOSAAIAhBAnRqIAEgCGsgAhA5IAghBANAIAUgCEkgASAES3EEQCAAIARBAnRqKAIAIgYgACAFQQJ0aigCACIHEBNBAEgEQCACIANBAnRqIAY2AgAgBEEBaiEEBSACIANBAnRqIAc2AgAgBUEBaiEFCyADQQFqIQMMAQsLA0AgBSAISQRAIAMiBkEBaiEDIAUiB0EBaiEFIAIgBkECdGogACAHQQJ0aigCADYCAAwBCwsDQCABIARLBEAgAyIFQQFqIQMgBCIGQQFqIQQgAiAFQQJ0aiAAIAZBAnRqKAIANgIADAELCyAAIAIgAUECdPwKAAALUQECfyABKAIEIQMDQCACIANJBEAgASgCAEEGTwR/IAEoAhggASgCBEcFQQALBEAgARAOCyAAIAEoAgwgAkECdGooAgAQHyACQQFqIQIMAQsLC8wCAgZ/AX4gACgCACIEEBwiBUEEaiAAQQRqIARBAnT8CgAAIARBCmxBAmoiAxANIQcgAyEAIARFBEAgByAAQQFrIgBqQTA6AAALA0AgBSgCACIEBEBCACEJIARBAWshBANAIARBAE4EQCAFQQRqIARBAnRqIgY1AgAgCUIghoQhCSAGIAlCgJTr3AOAPgIAIAlCgJTr3AOCIQkgBEEBayEEDAELCyAFKAIAIQQDQCAEBH8gBSAEQQJ0aigCAAVBAQtFBEAgBEEBayEEDAELCyAFIAQ2AgAgCachBCAFKAIAQQBHIQhBACEGA0AgBkEJSEEAIAQgCHIbBEAgByAAQQFrIgBqIARBCnBBMGo6AAAgBEEKbiEEIAZBAWohBgwBCwsMAQsLIAEEQCAHIABBAWsiAGpBLToAAAsgAiAAIAdqIAMgAGsiAPwKAAAgAAvCAQIEfwF+IAAoAgAiAyABKAIASwR/IAMFIAEoAgALQQFqIgUQHCEEA0AgAiAFSQRAIAJBAnQiAyAEQQRqaiACIAAoAgBJBH8gAEEEaiADaigCAAVBAAutIAIgASgCAEkEfyABQQRqIAJBAnRqKAIABUEAC618IAZ8IgY+AgAgBkIgiCEGIAJBAWohAgwBCwsgBCgCACEAA0AgAAR/IAQgAEECdGooAgAFQQELRQRAIABBAWshAAwBCwsgBCAANgIAIAQLwAEBAX8DQCABQZDOAE8EQCABQZDOAHAhAyABQZDOAG4hASAAIAJBBGsiAkEBdGogA0HkAG5BAnRBsCJqNQIAIANB5ABwQQJ0QbAiajUCAEIghoQ3AwAMAQsLIAFB5ABPBEAgACACQQJrIgJBAXRqIAFB5ABwQQJ0QbAiaigCADYCACABQeQAbiEBCyABQQpPBEAgACACQQJrQQF0aiABQQJ0QbAiaigCADYCAAUgACACQQFrQQF0aiABQTBqOwEACwuvAQEBfwJ/IAFEAAAAAAAAAABhBEAgAEEwOwEAIABBLjsBAiAAQTA7AQRBAwwBCyABIAGhRAAAAAAAAAAAYgRAIAEgAWIEQCAAQc4AOwEAIABB4QA7AQIgAEHOADsBBEEDDAIFIAFEAAAAAAAAAABjIgIEQCAAQS07AQAgAEECaiEACyAAQsmAuIPgjMA0NwMAIABC7oCkg8COwDw3AwggAkEIagwCCwALIAAgARBtCwuCAgECf0EFIQFBASECIABBAEwEQCAARQ8FIABBAUYEQEEFDwUgAEECRgRAQRkPBSAAQSBIBEACQAJAAkACQAJAAkBBHyAAZ2sOBQQDAgEABQtBBUEBIABBAXEbIQIgAEEBdiEAQRkhAQsgASACbCACIABBAXEbIQIgAEEBdiEAIAEgAWwhAQsgASACbCACIABBAXEbIQIgAEEBdiEAIAEgAWwhAQsgASACbCACIABBAXEbIQIgAEEBdiEAIAEgAWwhAQsgASACbCACIABBAXEbIQILIAIPCwsLCwNAIAAEQCABIAJsIAIgAEEBcRshAiAAQQF2IQAgASABbCEBDAELCyACC6QBACABQf8HSgR8IABEAAAAAAAA4H+iIQAgAUH/B2siAUH/B0oEfEH/ByABQf8HayIBIAFB/wdOGyEBIABEAAAAAAAA4H+iBSAACwUgAUGCeEgEfCAARAAAAAAAAGADoiEAIAFByQdqIgFBgnhIBHxBgnggAUHJB2oiASABQYJ4TBshASAARAAAAAAAAGADogUgAAsFIAALCyABrEL/B3xCNIa/ogulAQEHf0ECEBciBCACEBQgBCABEBQgACAEEBQgASgCACIEQQZHIARBBUdxIARBB0dxBEAPCyABKAIEIQYDQCADIAZJBEAgASADEEMhByABIAMQMSEIIAIoAgQiCUEBahAXIQVBACEEA0AgBCAJSQRAIAUgAigCDCAEQQJ0aigCABAUIARBAWohBAwBCwsgBSAIEBQgACAHIAUQQSADQQFqIQMMAQsLC/IBAQV/IABFBEAgAQ8LIAFFBEAgAA8LIAAoAgBBBkcEf0EBBSABKAIAQQZHCwRAQQAPCyAAECshAiABKAIEIQZBACEAA0AgACAGSQRAIAEoAgBBBk8EfyABKAIYIAEoAgRHBUEACwRAIAEQDgsgASgCDCAAQQJ0aigCACEDIAEoAgBBBk8EfyABKAIYIAEoAgRHBUEACwRAIAEQDgsgASgCECAAQQJ0aigCACEEIAIgAxAgIgUEQCAFKAIAQQZGBH8gBCgCAEEGRgVBAAsEQCACIAMgBSAEEEIQFgsFIAIgAyAEEBYLIABBAWohAAwBCwsgAgtrAQF/IAAoAgAiAkEGRgRAIAJBBk8EfyAAKAIYIAAoAgRHBUEACwRAIAAQDgsgACgCECABQQJ0aigCAA8LIAAoAgBBBk8EfyAAKAIYIAAoAgRHBUEACwRAIAAQDgsgACgCDCABQQJ0aigCAAtjAQF/IAAoAgghBSAAIAFqIgEoAgAhACAEBEAgASAAIAVBAnRBBCAFQQF0IAVBBEkbQQJ0EDgiADYCAAsgACADQQJ0aiEAIAIgA0sEQCAAQQRqIAAgAiADa0ECdPwKAAALIAALxAEBB38gACgCBCEDQSAhAQNAIAEgA0EBdEECakkEQCABQQF0IQEMAQsLIAFBA3QiBUEIahANIgJBCGpBACAF/AsAIAIgAUEBazYCACACIAM2AgQgACgCDCEHA0AgAyAESwRAIAcgBEECdGooAgAQIyIGIAIoAgAiBXEhAQNAIAJBCGogAUEDdGooAgQEQCABQQFqIAVxIQEMAQsLIAJBCGogAUEDdGoiASAGNgIAIAEgBEEBaiIENgIEDAELCyAAIAI2AhQLmwICBH8CfiAAIAJHBEAgASADIAEgA0kbIQUDQCAEQQhqIAVNBEAgACAEaikDACIJIAIgBGopAwAiCFIEQEF/QQEgCUIIiEL/gfyH8J/A/wCDIAlC/4H8h/CfwP8Ag0IIhoQiCUIQiEL//4OA8P8/gyAJQv//g4Dw/z+DQhCGhEIgiiAIQgiIQv+B/Ifwn8D/AIMgCEL/gfyH8J/A/wCDQgiGhCIIQhCIQv//g4Dw/z+DIAhC//+DgPD/P4NCEIaEQiCKVBsPCyAEQQhqIQQMAQsLA0AgBCAFSQRAIAAgBGotAAAiBiACIARqLQAAIgdHBEBBf0EBIAYgB0kbDwsgBEEBaiEEDAELCwtBf0EBIAEgA0kbQQAgASADRxsL5gMBB38gACgCAEEGRiAAKAIEIgQgACgCCCIHRiEIIABBDCAEIAMgCBBEIAE2AgAEQCAAQRAgBCADIAgQRCACNgIACyAIBEAgAEEEIAdBAXQgB0EESRs2AggLIAAgBEEBaiIDNgIEIAAoAhQiAkUEQCAAIAM2AhggA0EQTwRAIAAQRQsPCyAEIAAoAhhGBH8gBAR/IAAoAgwgBEEBa0ECdGooAgAgARATQQBIBUEBCwVBAAsEQCAAIARBAWo2AhgLIAIoAgAiASACKAIEQQFqIgdBAXRJBEAgAUEBaiIIQQF0IgFBA3QiA0EIahANIglBCGpBACAD/AsAIAkgAUEBazYCACAJIAIoAgQ2AgQDQCAFIAhJBEAgAkEIaiAFQQN0aiIBKAIEIgMEQCADQQFrIQogASgCACIBIAkoAgAiBnEhAwNAIAlBCGogA0EDdGooAgQEQCADQQFqIAZxIQMMAQsLIAlBCGogA0EDdGoiAyABNgIAIAMgCkEBajYCBAsgBUEBaiEFDAELCyAAIAk2AhQgCSECCyACIAc2AgQjCCIBIAIoAgAiA3EhAANAIAJBCGogAEEDdGooAgQEQCAAQQFqIANxIQAMAQsLIAJBCGogAEEDdGoiACABNgIAIAAgBEEBajYCBAvNAQEGfyACKAIEIQcDQCABIAhLBEACfyAAIAhqLQAAIgRBJUcEQCADBEAgAyAJaiAEOgAACyAJQQFqDAELIAhBAWogAU8EQEF/DwsgCEEBaiIIIABqLQAAIgZBJUYEQCADBEAgAyAJakElOgAACyAJQQFqDAELIAUgB08EQEF/DwsgBSIEQQFqIQUgBiACKAIMIARBAnRqKAIAIAMgCWpBACADGxBxIgRBAEgEQEF/DwsgBCAJagshCSAIQQFqIQgMAQsLQX8gCSAFIAdHGwtIAQN/IAFBAXQiBEEUahANQRRqIgNBBGsgBDYCAANAIAEgAksEQCADIAJBAXRqIAAgAmotAAA7AQAgAkEBaiECDAELCyADEGoLrQIDAn4CfwF8IAAoAhQiBARAIAEgACgCECAE/AoAACAEDwsgACgCBEUEQCAAKQMIIgJCAFMhAEIAIAJ9IAIgABshAiAABH8gAUEtOgAAQQEFQQALIQBBASEEIAIhAwNAIANCCloEQCAEQQFqIQQgA0IKgCEDDAELCyAEQQFrIQUDQCAFQQBOBEAgACABaiAFaiACQgqCp0EwajoAACACQgqAIQIgBUEBayEFDAELCyAAIARqDwsgACgCBEECRgRAIAAoAgggACgCDEEARyABEDsPCyAAKwMIIgYgBqFEAAAAAAAAAABiBEAgAUEwOgAAQQEPC0HAABANIgUgBhA+IQRBACEAA0AgACAESQRAIAAgAWogBSAAQQF0ai8BADoAACAAQQFqIQAMAQsLIAQLuQMDAn8BfAN+IAAoAgQEf0EBBSABKAIEC0UEQCAAKQMIIgYgASkDCCIHfCIFIAaFIAUgB4WDQgBZBEAgBRAPDwsLIAAoAgRBAUcEfyABKAIEQQFHBUEACwRAIAAQFSAAKAIEQQJGBH8gACgCDEEARwUgACkDCEIAUwsgARAVIAEoAgRBAkYEfyABKAIMQQBHBSABKQMIQgBTCxBODwsgACABQQAQTSICBH8gAgUCfCAAKAIEIgJFBEAgACkDCLkMAQsgAkECRgRAIAAoAggiAygCAEEBayECA0AgAkEATgRAIAREAAAAAAAA8EGiIAIgAygCAEkEfyADQQRqIAJBAnRqKAIABUEAC7igIQQgAkEBayECDAELCyAEmiAEIAAoAgwbDAELIAArAwgLAnxEAAAAAAAAAAAhBCABKAIEIgBFBEAgASkDCLkMAQsgAEECRgRAIAEoAggiAigCAEEBayEAA0AgAEEATgRAIAREAAAAAAAA8EGiIAAgAigCAEkEfyACQQRqIABBAnRqKAIABUEAC7igIQQgAEEBayEADAELCyAEmiAEIAEoAgwbDAELIAErAwgLoBAYCwuEBAMDfwF8An4gACgCBAR/QQEFIAEoAgQLRQRAIAApAwgiBkKz5pOoC1MgBkLNmezXdFVxIAEpAwgiB0LNmezXdFVxIAdCs+aTqAtTcQRAIAYgB34QDw8LCyAAKAIEQQFHBH8gASgCBEEBRwVBAAsEQCAAEBUgARAVEB0gACgCBEECRgR/IAAoAgxBAEcFIAApAwhCAFMLIQAgASgCBEECRgR/IAEoAgxBAEcFIAEpAwhCAFMLIABHEBsPCwJ/QQAgAEEBECRFDQAaIwQjBSECIwYhBEEAIAFBARAkRQ0AGiMEEB0gAiMFRyAEIwZqECwLIgIEfyACBQJ8IAAoAgQiAkUEQCAAKQMIuQwBCyACQQJGBEAgACgCCCIDKAIAQQFrIQIDQCACQQBOBEAgBUQAAAAAAADwQaIgAiADKAIASQR/IANBBGogAkECdGooAgAFQQALuKAhBSACQQFrIQIMAQsLIAWaIAUgACgCDBsMAQsgACsDCAsCfEQAAAAAAAAAACEFIAEoAgQiAEUEQCABKQMIuQwBCyAAQQJGBEAgASgCCCICKAIAQQFrIQADQCAAQQBOBEAgBUQAAAAAAADwQaIgACACKAIASQR/IAJBBGogAEECdGooAgAFQQALuKAhBSAAQQFrIQAMAQsLIAWaIAUgASgCDBsMAQsgASsDCAuiEBgLC7UBAQR/IABBARAkRQRAQQAPCyMEIQAjBSEDIwYhBSABQQEQJEUEQEEADwsjBCEBIwUgAkEAR0chBiAFIAUjBiICIAIgBUobIgRKBEAgACAFIARrECgQHSEACyACIARKBEAgASACIARrECgQHSEBCyADIAZGBEAgACABEDwgAyAEECwPCyAAIAEQJyICRQRAQgAQDw8LIAJBAEoEfyAAIAEQKiADIAQQLAUgASAAECogBiAEECwLC0sBAX8gAUEARyADQQBHRgRAIAAgAhA8IAEQGw8LIAAgAhAnIgRFBEBCABAPDwsgBEEASgR/IAAgAhAqIAEQGwUgAiAAECogAxAbCwuhAQEEf0F/IQYDQCABIAVPBEAgASAFSwR/IAAgBWotAAAFQS4LIgNBLkYEQCAGQQBIIAZB/wFKciAEQQNLcgRAQQAPCyAEIgNBAWohBCACIANqIAY6AABBfyEGBSADQTlNIANBME9xBEAgA0Ewa0H/AXEgBkEKbEEAIAZBAE4baiIGQf8BSgRAQQAPCwVBAA8LCyAFQQFqIQUMAQsLIARBBEYLoQICBn8BfiAAKAIIIQMgACgCBCEHQX8hAANAIAIgB0kEQCACIAAgAiADai0AACIGQS9GGyEAQQEgBCAGQTpGGyEEIAJBAWohAgwBCwsgACAHIABBAE4bIQIgAUIANwAAIAFCADcACCAEBEAgAyACIAEQdUUEQEEADwtBBiQaBSADIAIgARBPRQRAQQAPC0EEJBoLQSBBgAEjGkEERhsiASQbIABBAE4EQCACQQFqIQAgByACayICQQFrIQQgAkEBRgJ+A0AgBCAFSwRAQn8gACADaiAFai0AACICQTBJIAJBOUtyDQIaIAJBMGtB/wFxrSAIQgp+fCEIIAVBAWohBQwBCwsgCAsiCEIAU3IgCCABrFVyBEBBAA8LIAinJBsLQQELZQACQCAAQvuF+tFdUyAAQoT6ha4iVXINACAAQoT6ha4iUSABQv+vy5cDVXENACAAQvuF+tFdUSABQoDkn8UAU3ENACAAQoCU69wDfiABfBAPDwsjAgRAIAJBgCpBAEEAEBALQQALVQEDfyMVRQRAQQAPCyMVKAIEIQIDQCABIAJJBEAjFSgCDCABQQJ0aigCACIDKAIEBH8gAygCCEEAEBkgAEYFQQALBEBBAQ8LIAFBAWohAQwBCwtBAAumAQEDfiAAQuz0K3wiASABQrD1CH0gAUIAWRtCsfUIfyEAIAEgAEKx9Qh+fSIBIAFCtAt/fSABQqydAn98IAFCsPUIf31C7QJ/IQIgASACQu0CfiACQgR/fCACQuQAf319IgNCBX5CAnxCmQF/IQEgAyABQpkBfkICfEIFf31CAXwkGCABQgN8IAFCCX0gAUIKUxskFyMXQgJXrSACIABCkAN+fHwkFguZAgEFfyAAKAIIIQMgACgCBCEEQSIQEgNAIAEgBEkEQCABIANqLQAAIgBBIkcgAEEgT3EgAEHcAEdxRQRAIAIgA2ogASACaxA1IAFBAWohAkHcABASIABB3ABGIABBIkZyBEAgABASBSAAQQpGBEBB7gAQEgUgAEEJRgRAQfQAEBIFIABBDUYEQEHyABASBSAAQQhGBEBB4gAQEgUgAEEMRgRAQeYAEBIFQYAoEC4gAEEEdiIFQawYKAIAQQF2TwR/QX8FIAVBAXRBsBhqLwEACxASIABBD3EiAEGsGCgCAEEBdk8Ef0F/BSAAQQF0QbAYai8BAAsQEgsLCwsLCwsgAUEBaiEBDAELCyACIANqIAQgAmsQNUEiEBILzQYBB38jDEEBaiQMIwwhAUHFu/KIeCEAA0AjDCMNSQRAIwwtAAAiA0EiRwRAIANB3ABGBEBBASECIwxBAmokDAwDCyADQSBJBEBBAA8LIAAgA3NBk4OACGwhACMMQQFqJAwMAgsLCyMMIw1PBEBBAA8LIwwhAyMMQQFqJAwgAkUEQCADIAFrIgJBMEsEQCABIAIQEQ8LIAEgAiAAIAJzIgAgAEEQdnNBreqs/wdsIgAgAEEPdnNBi82yo3hsIgAgAEEQdnMiAEEBIAAbQQAQVw8LIAMgAWsQDSIEIQAjDANAIAEgA0kEQCABIgJBAWohASACLQAAIgZB3ABHBEAgACICQQFqIQAgAiAGOgAADAILIAEiAkEBaiEBAkACQAJAAkACQAJAAkACQAJAAkAgAi0AACICQSJHBEAgAkHcAEYNASACQS9GDQIgAkHiAEYNAyACQeYARg0EIAJB7gBGDQUgAkHyAEYNBiACQfQARg0HIAJB9QBGDQgMCQsgACICQQFqIQAgAkEiOgAADAkLIAAiAkEBaiEAIAJB3AA6AAAMCAsgACICQQFqIQAgAkEvOgAADAcLIAAiAkEBaiEAIAJBCDoAAAwGCyAAIgJBAWohACACQQw6AAAMBQsgACICQQFqIQAgAkEKOgAADAQLIAAiAkEBaiEAIAJBDToAAAwDCyAAIgJBAWohACACQQk6AAAMAgsgASQMEFkiAkEASARAQQAPCyACQYC4A0ggAkGAsANOcQR/Iw0jDEEGak8FQQALBH8jDC0AAEHcAEYFQQALBH8jDC0AAUH1AEYFQQALBEAjDEECaiQMEFkiAUGAwANIIAFBgLgDTnEEQCABIAJBCnRqQYC4/xprIQIFIwxBBmskDAsLIwwhASACQYABSQR/IAAgAjoAACAAQQFqBSACQYAQSQRAIAAgAkEGdkHAAXI6AAAFIAJBgIAESQR/IAAgAkEMdkHgAXI6AAAgAEEBagUgACACQRJ2QfABcjoAACAAIAJBDHZBP3FBgAFyOgABIABBAmoLIgAgAkEGdkE/cUGAAXI6AAALIABBAWoiACACQT9xQYABcjoAACAAQQFqCyEADAELQQAPCwwBCwskDCAEIAAgBGsQERBYC7cBAQF/IAAkDCAAIAFqJA1BACQPQQAkEEEAJBFBACQJQYggEA0iAEEAQYgg/AsAIAAkDiMOQf8HNgIAEAUiASgCACECQQAhAANAIAAgAkkEQCABQQRqIABBAnRqKAIAEFgaIABBAWohAAwBCwtBABA2IgBFBEBBAA8LA0AjDCMNSQRAIwwtAAAiAUEJRyABQSBHcSABQQpHcSABQQ1HcUUEQCMMQQFqJAwMAgsLCyAAQQAjDCMNRhsL/gIBBX8jDigCACIGIAJxIQQDQCMOQQhqIARBAnRqKAIAIgcEQCAHKAIMIAJGBH8gBygCBCABRgVBAAsEfyAHKAIIIgggAEYEf0EABSAIIAEgACABEEYLBUEBCwRAIARBAWogBnEhBAwCBSAHDwsACwsgA0UEQCAAIAEQESIDIAI2AgwLIw4oAgRBAWoiAEEBdCAGSwRAIw4iBCgCAEEBaiIGQQF0IgdBAnRBCGoiARANIghBACAB/AsAIAgkDiMOIAdBAWs2AgAjDiAEKAIENgIEA0AgBSAGSQRAIARBCGogBUECdGooAgAiCARAIAgoAgwgB0EBa3EhAQNAIw5BCGogAUECdGooAgAEQCABQQFqIAdBAWtxIQEMAQsLIw5BCGogAUECdGogCDYCAAsgBUEBaiEFDAELCyMOKAIAIgEgAnEhBANAIw5BCGogBEECdGooAgAEQCAEQQFqIAFxIQQMAQsLCyMOQQhqIARBAnRqIAM2AgAjDiAANgIEIAMLpQEBBn8gACgCBEEwSwRAIAAPCyAAKAIIIAAoAgQgACIBKAIMIgBFBEBBxbvyiHghACABKAIIIQYgASgCBCEDA0AgAiADSQRAIAIgBmotAAAgAHNBk4OACGwhACACQQFqIQIMAQsLIAEgACADcyIAQRB2IABzQa3qrP8HbCIAQQ92IABzQYvNsqN4bCIAQRB2IABzIgBBASAAGyIANgIMCyAAIAEQVwuTAQEEfyMNIwxBBGpJBEBBfw8LA0AgAUEESARAIwwiAEEBaiQMIAAtAAAiA0EwayEAAkAgA0E5TSADQTBPcQ0AIANB1wBrIQAgA0HmAE0gA0HhAE9xDQAgA0E3ayEAIANBxgBNIANBwQBPcQ0AQX8hAAsgAEEASARAQX8PCyACQQR0IAByIQIgAUEBaiEBDAELCyACCwgAIAAgARBWCyYBAX9BEBANIgBBADYCACAAQQA2AgQgAEEANgIIIABBADYCDCAACyYBAX8jH0ECdEEEahANIgEgADYCACABQQRqQQAjH0ECdPwLACABC0gBAn8/ACIBQRB0IgIgAE8EQA8LIAAgAmtB//8DakEQdiIAIAFIBH8gAUAAQQBOBUEACwRADwsgAEAAQQBIBEBBAEGAGRAmCwuVAQECf0EBIQMgAUEASARAIABB/xdJBEAgACICQQFqIQAgAkEtOgAAC0EAIAFrIQELIAEhAgNAIAJBCk4EQCADQQFqIQMgAkEKbSECDAELCyAAIANqQf8XSwRAIAAPCyADQQFrIQIDQCACQQBOBEAgACACaiABQQpvQTBqOgAAIAFBCm0hASACQQFrIQIMAQsLIAAgA2oLxAMBBX9BgAghBCAABEADQCAEQf8XSQRAAkAgACIFQQFqIQAgBS0AACIIRQ0AIAQiBUEBaiEEIAUgCDoAAAwCCwsLCwNAIARB/xdJQZwqKAIAQQF2IgUgB0pxBEAgBCIAQQFqIQQgACAFIAdNBH9BfwUgB0EBdEGgKmovAQALOgAAIAdBAWohBwwBCwsgBCABEF4hAUEAIQQDQCABQf8XSUGcKigCAEEBdiIFIARKcQRAIAEiAEEBaiEBIAAgBCAFTwR/QX8FIARBAXRBoCpqLwEACzoAACAEQQFqIQQMAQsLIAEgAhBeIQEDQCABQf8XSUG8KigCAEEBdiICIAZKcQRAIAEiAEEBaiEBIAAgAiAGTQR/QX8FIAZBAXRBwCpqLwEACzoAACAGQQFqIQYMAQsLIAMEQANAIAFB/xdJBEACQCADIgBBAWohAyAALQAAIgJFDQAgASIAQQFqIQEgACACOgAADAILCwsLQQAhAwNAIAFB/xdJQfwpKAIAQQF2IgIgA0pxBEAgASIAQQFqIQEgACACIANNBH9BfwUgA0EBdEGAKmovAQALOgAAIANBAWohAwwBCwsgAUEAOgAAQYAIEAQAC9QCAQV/QRwQDSICQQBBHPwLACACQQY2AgAgACgCBCEEA0AgAyAESQRAIAAoAgBBBk8EfyAAKAIYIAAoAgRHBUEACwRAIAAQDgsgACgCDCADQQJ0aigCACEFIAAoAgBBBk8EfyAAKAIYIAAoAgRHBUEACwRAIAAQDgsgAiAFIAAoAhAgA0ECdGooAgAQFiADQQFqIQMMAQsLIAEoAgQhBEEAIQADQCAAIARJBEAgASgCAEEGTwR/IAEoAhggASgCBEcFQQALBEAgARAOCyABKAIMIABBAnRqKAIAIQUgASgCAEEGTwR/IAEoAhggASgCBEcFQQALBEAgARAOCyABKAIQIABBAnRqKAIAIQYgAiAFECAiAwR/IAMoAgBBBkYFQQALBH8gBigCAEEGRgVBAAsEQCACIAUgAyAGEGAQFgUgAiAFIAYQFgsgAEEBaiEADAELCyACC1YBAn8DQCABIANLBH8gACADEBkgAhBkBUEACwRAAn9BASAAIANqLQAAIgRBgAFJDQAaQQIgBEHgAUkNABpBAyAEQfABSQ0AGkEECyADaiEDDAELCyADC1gBAX8DQCABIAJJBEACQCACQQFrIQQDQCABIARJBH8gACAEai0AAEHAAXFBgAFGBUEACwRAIARBAWshBAwBCwsgACAEEBkgAxBkRQ0AIAQhAgwCCwsLIAILtwEBA38gACgCAEEERwRAQaDSAEGQ0wAgARsgABAMQQAPCyAAKAIEIQQgACgCCCEFA0AgAyAESQRAIAMgBWotAABBgAFPBEAgAkEAIAAQAQ8LIANBAWohAwwBCwsgBBANIQBBACECA0AgAiAESQRAIAAgAmogAiAFai0AACIDQSBzIAMgAQR/IANB+gBNIANB4QBPcQUgA0HaAE0gA0HBAE9xCxs6AAAgAkEBaiECDAELCyAAIAQQEQtjAQN/IAEoAgghAyABKAIEIQQDQCACIARJBEAgAyACEBkgAEYEQEEBDwsCf0EBIAIgA2otAAAiAUGAAUkNABpBAiABQeABSQ0AGkEDIAFB8AFJDQAaQQQLIAJqIQIMAQsLQQALyAEBBH8gACgCAEEFRgR/QQEFIAAoAgBBB0YLRQRAQdA+QeA/IAEbIAAQDEEADwsgAUEAR60QDyECIAAoAgQhBQNAIAQgBUkEQCAAKAIAQQZPBH8gACgCGCAAKAIERwVBAAsEQCAAEA4LIAAoAgwgBEECdGooAgAiAygCAEEDRwRAIAEEf0HgwABBgMIAIAAgAxAzBUGgwwBBwMQAIAAgAxAzCxpBAA8LIAEEfyACIAMQTAUgAiADEEsLIQIgBEEBaiEEDAELCyACC8oBAQV/IAAoAgBBBUYEf0EBBSAAKAIAQQdGC0UEQEHQxQBB0MYAIAEbIAAQDEEADwsgACgCBCIFRQRAQQAPCyAAKAIAQQZPBH8gACgCGCAAKAIERwVBAAsEQCAAEA4LIAAoAgwoAgAhAkEBIQQDQCAEIAVJBEAgACgCAEEGTwR/IAAoAhggACgCBEcFQQALBEAgABAOCyAAKAIMIARBAnRqKAIAIgMgAhATIgZBAEogBkEASCABGwRAIAMhAgsgBEEBaiEEDAELCyACCw8AQZAYQYgYIAAgARATGwupAQEFfyAAKAIAQQdHBEBBsDogABAMQQAPCyABKAIAQQdHBEBBkDsgARAMQQAPC0EcEA0iAkEAQRz8CwAgAkEHNgIAIAAoAgQhBANAIAMgBEkEQCAAKAIAQQZPBH8gACgCGCAAKAIERwVBAAsEQCAAEA4LQX8gASAAKAIMIANBAnRqKAIAIgUQGiIGIAZBAEgbQQBOBEAgAiAFEB8LIANBAWohAwwBCwsgAgtCAQN/QQEQHCICQQA2AgBCChAiIQQDQCABIANLBEAgAiAEEB0gACADajEAAEIwfRAiEDwhAiADQQFqIQMMAQsLIAILrAsDB38FfgJ8AkAgAEEUaygCEEEBdiIFRQ0AIAAvAQAhBEQAAAAAAADwPyEOA0AgBQR/An8gBEGAAXJBoAFGIARBCWtBBE1yIARBgC1JDQAaQQEgBEGAQGpBCk0NABoCQAJAIARBgC1GDQAgBEGowABGDQAgBEGpwABGDQAgBEGvwABGDQAgBEHfwABGDQAgBEGA4ABGDQAgBEH//QNGDQAMAQtBAQwBC0EACwVBAAsEQCAAQQJqIgAvAQAhBCAFQQFrIQUMAQsLIAVFDQAgBEEtRgR/IAVBAWsiBUUNAUQAAAAAAADwvyEOIABBAmoiAC8BAAUgBEErRgR/IAVBAWsiBUUNAiAAQQJqIgAvAQAFIAQLCyIEQckARiAFQQhOcQRAIAApAwBCyYC4g+CMwDRRBH8gACkDCELugKSDwI7APFEFQQALBEAgDkQAAAAAAADwf6IPCwwBCyAEQS5HIARBMGtBCk9xDQAgACEDA0AgBEEwRgRAIABBAmoiAC8BACEEIAVBAWshBQwBCwsgBUEATARAIA5EAAAAAAAAAACiDwsgBEEuRgRAIAAgA0YhAyAAQQJqIQAgAyAFQQFrIgVFcQ0BQQEhBgNAIAAvAQAiBEEwRgRAIAVBAWshBSACQQFrIQIgAEECaiEADAELCyAFQQBMBEAgDkQAAAAAAAAAAKIPCyADIAJFcSAEQTBrQQpPcQ0BCyAEQTBrIQMDQCAGRSAEQS5GcSADQQpJIgRyBEACQCAEBEAgAUETSAR+IAOtIAhCCn58BSAIIANBAEethAshCCABQQFqIQEFIAEhAkEBIQYLIAVBAWsiBUUNACAAQQJqIgAvAQAiBEEwayEDDAILCwsgAiABIAYbQRMgASABQRNKG2shBkEBIQMCQCAIUAJ/QQAgAC8BAEEgckHlAEcNABpBACAFQQFrIgFFDQAaIABBAmoiAC8BACICQS1GBH9BACABQQFrIgFFDQEaQX8hAyAAQQJqIgAvAQAFIAJBK0YEf0EAIAFBAWsiAUUNAhogAEECaiIALwEABSACCwshAgNAIAJBMEYEQEEAIAFBAWsiAUUNAhogAEECaiIALwEAIQIMAQsLIAJBMGshBANAIARBCklBACABGwRAIANBgBlsIAdBgBlODQIaIAdBCmwgBGohByABQQFrIQEgAEECaiIALwEAQTBrIQQMAQsLIAMgB2wLIAZqIgBBqn1Icg0ARAAAAAAAAPB/IQ0gAEG0AkoNACAIuiENIABFDQAgAEElTCAAQRZKcQRAIA0gAEEDdEGAJWorAwCiIQ1BFiEACyAIQv////////8PWAR/IABBH3UiASAAIAFqc0EWTAVBAAsEfCAAQQBKBEAgDSAAQQN0QbAmaisDAKIhDQwCCyANQQAgAGtBA3RBsCZqKwMAowUgAEEASAR8IAggCHkiCYYhCCAArCAJfSEJA0AgAEFyTARAIAhC6YOx3haCIAhC6YOx3haAIgh5IgpCEn2GukSbK6GGm4QGP6Ke/AcgCCAKhnwhCCAJIAp9IQkgAEEOaiEADAELCyAIQQAgAGsQP6wiC4AiDHkhCiAIIAuCur0gCkI0hny/IAu6o/wHIAwgCoZ8uiAJIAp9pxBABSAIIAh6IgmIIQggCSAArHwkJgNAIABBDU4EQEIgIAhCIIhCleeJxgR+IAhC/////w+DQpXnicYEfiIIQiCIfCIJQiCIp2etIgp9IgsjJnwkJiAIIAqGQh+IQgGDIAkgCoYgCEL/////D4MgC4iEfCEIIABBDWshAAwBCwsgABA/rSIJIAhC/////w+DfiEKQiAgCEIgiCAJfiAKQiCIfCIIQiCIp2etIgl9IgsjJnwkJiAKIAmGQh+IQgGDIAggCYYgCkL/////D4MgC4iEfLojJqcQQAsLIQ0LIA0gDqYPC0QAAAAAAAD4fwvaBAECfyACRQRAIAAgAUEBdGpBroDAATYCACABQQJqDwsgASACaiIDQRVMIAEgA0xxBH8DQCABIANIBEAgACABQQF0akEwOwEAIAFBAWohAQwBCwsgACADQQF0akGugMABNgIAIANBAmoFIANBFUwgA0EASnEEfyAAIANBAXRqIgBBAmogAEEAIAJrQQF0/AoAACAAQS47AQAgAUEBagUgA0EATCADQXpKcQR/IABBAiADayIDQQF0aiAAIAFBAXT8CgAAIABBsIC4ATYCAEECIQIDQCACIANIBEAgACACQQF0akEwOwEAIAJBAWohAgwBCwsgASADagUgAUEBRgRAIABB5QA7AQIgAEEEaiICIANBAWsiAEEASCIDBEBBACAAayEACyAAIABBoI0GSQR/IABB5ABJBH8gAEEKT0EBagUgAEGQzgBPQQNqIABB6AdPagsFIABBgK3iBEkEfyAAQcCEPU9BBmoFIABBgJTr3ANPQQhqIABBgMLXL09qCwtBAWoiARA9IAJBLUErIAMbOwEABSAAQQRqIABBAmogAUEBdCICQQJr/AoAACAAQS47AQIgACACaiIAQeUAOwECIABBBGoiBCADQQFrIgBBAEgiAgRAQQAgAGshAAsgACAAQaCNBkkEfyAAQeQASQR/IABBCk9BAWoFIABBkM4AT0EDaiAAQegHT2oLBSAAQYCt4gRJBH8gAEHAhD1PQQZqBSAAQYCU69wDT0EIaiAAQYDC1y9PagsLQQFqIgAQPSAEQS1BKyACGzsBACAAIAFqIQELIAFBAmoLCwsLhgYCA38EfiACIAF9IQpCAUEAIANrIgisIgGGIgxCAX0iCyACgyEJIAIgAYinIgNBoI0GSQR/IANB5ABJBH8gA0EKT0EBagUgA0GQzgBPQQNqIANB6AdPagsFIANBgK3iBEkEfyADQcCEPU9BBmoFIANBgJTr3ANPQQhqIANBgMLXL09qCwshBwNAIAdBAEoEQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCAHQQFrDgoJCAcGBQQDAgEACgsgA0GAlOvcA24hBiADQYCU69wDcCEDDAoLIANBgMLXL24hBiADQYDC1y9wIQMMCQsgA0GAreIEbiEGIANBgK3iBHAhAwwICyADQcCEPW4hBiADQcCEPXAhAwwHCyADQaCNBm4hBiADQaCNBnAhAwwGCyADQZDOAG4hBiADQZDOAHAhAwwFCyADQegHbiEGIANB6AdwIQMMBAsgA0HkAG4hBiADQeQAcCEDDAMLIANBCm4hBiADQQpwIQMMAgsgAyEGQQAhAwwBC0EAIQYLIAUgBnIEQCAAIAVBAXRqIAZB//8DcUEwajsBACAFQQFqIQULIAdBAWshByAEIAOtIAisIgKGIAl8IgFaBEAjIyAHaiQjIAdBAnRBiCJqNQIAIAKGIQIgACAFQQFrQQF0aiIALwEAIQcDQCABIApUIAQgAX0gAlpxBH8gCiABIAJ8IglWIAogAX0gCSAKfVZyBUEACwRAIAdBAWshByABIAJ8IQEMAQsLIAAgBzsBACAFDwsMAQsLA0AgBEIKfiEEIAlCCn4iASAIrIgiAiAFrIRCAFIEQCAAIAVBAXRqIAKnQf//A3FBMGo7AQAgBUEBaiEFCyAHQQFrIQcgASALgyIJIARaDQALIyMgB2okIyAKQQAgB2tBAnRBiCJqNQIAfiEBIAAgBUEBa0EBdGoiAC8BACEHA0AgASAJViAEIAl9IAxacQR/IAEgCSAMfCICViABIAl9IAIgAX1WcgVBAAsEQCAHQQFrIQcgCSAMfCEJDAELCyAAIAc7AQAgBQuFBAIKfgR/IAFEAAAAAAAAAABjIgwEfCAAQS07AQAgAZoFIAELvSICQoCAgICAgID4/wCDQjSIpyINQQEgDRtBswhrIg5BAWsgAkL/////////B4MgDUEAR61CNIZ8IgJCAYZCAXwiA3mnIg9rIQ0gAyAPrIYkICACIAJCgICAgICAgAhRQQFqIg+shkIBfSAOIA9rIA1rrIYkISANJCJB3AJBQyMia7dE/nmfUBNE0z+iRAAAAAAAsHVAoCIB/AIiDSANtyABYmpBA3VBAWoiDUEDdCIOayQjIA5BoBtqKQMAJCQgDUEBdEHYIGouAQAkJSACIAJ5hiICQv////8PgyEEIyQiB0L/////D4MiCCACQiCIIgJ+IAQgCH5CIIh8IQUjICIDQv////8PgyEJIANCIIgiAyAIfiAIIAl+QiCIfCEGIyEiCkL/////D4MhCyAKQiCIIgogCH4gCCALfkIgiHwhCCAAIAxBAXRqIAAgAiAHQiCIIgJ+IAVCIIh8IAIgBH4gBUL/////D4N8Qv////8HfEIgiHwgAiADfiAGQiCIfCACIAl+IAZC/////w+DfEL/////B3xCIIh8QgF9IgMjJSMiakFAayADIAIgCn4gCEIgiHwgAiALfiAIQv////8Pg3xC/////wd8QiCIfEIBfH0gDBBsIAxrIyMQayAMagsUAQF/QQgQFyIBIABBABAXEEEgAQujBAEIf0EcEA0iBUEAQRz8CwAgBUEGNgIAIAFBEE8EQANAIAEgA0sEQCAFIAAgA0EDdGoiAigCACACKAIEEBYgA0EBaiEDDAELCyAFDwsgAUUEQCAFDwsgASMJRiECA0AgASADSyACcQRAIwogA0ECdGooAgAgACADQQN0aigCAEYhAiADQQFqIQMMAQsLIwshBiABIQMgAkUEQCADQQJ0EA0hBkEAIQMDQCABIAdLBEAgACAHQQN0aigCACEJIAMhAkEBIQgDQCACBEAgACAGIAJBAWsiBEECdGooAgBBA3RqKAIAIAkQEyIIQQBKBEAgBCECDAILCwsCQCAIQQEgAhtFBEAgBiACQQFrQQJ0aiAHNgIADAELIAIgA0kEQCAGIAJBAWpBAnRqIAYgAkECdGogAyACa0ECdPwKAAALIAYgAkECdGogBzYCACADQQFqIQMLIAdBAWohBwwBCwsgASADRgRAIAEkCSAGJAsgAUECdBANJApBACECA0AgASACSwRAIwogAkECdGogACACQQN0aigCADYCACACQQFqIQIMAQsLCwsgA0ECdCIBEA0hAiABEA0hBEEAIQEDQCABIANJBEAgACABQQJ0IgcgBmooAgBBA3RqIQggAiAHaiAIKAIANgIAIAQgB2ogCCgCBDYCACABQQFqIQEMAQsLIAUgAzYCBCAFIAM2AgggBSACNgIMIAUgBDYCECAFIAM2AhggBQu7AwMBfAJ/AX4CQCAAKAIEIgJFBEAgACkDCCIEQiCIpyIAIABBEHZzQa3qrP8HbCIAIABBD3ZzQYvNsqN4bCEADAELIAJBAUYCfCAAKAIEIgJFBEAgACkDCLkMAQsgAkECRgRAIAAoAggiAygCAEEBayECA0AgAkEATgRAIAFEAAAAAAAA8EGiIAIgAygCAEkEfyADQQRqIAJBAnRqKAIABUEAC7igIQEgAkEBayECDAELCyABmiABIAAoAgwbDAELIAArAwgLIgGdIAFhcSABRAAAAAAAAODDZnEgAUQAAAAAAADgQ2NxBEAgAfwGIgRCIIinIgAgAEEQdnNBreqs/wdsIgAgAEEPdnNBi82yo3hsIQAMAQtEAAAAAAAAAAAgASABRAAAAAAAAAAAYRu9IgRCIIinIgAgAEEQdnNBreqs/wdsIgAgAEEPdnNBi82yo3hsIQAgBKcgAEEQdiAAc3MiACAAQRB2c0Gt6qz/B2wiACAAQQ92c0GLzbKjeGwiACAAQRB2cw8LIASnIABBEHYgAHNzIgAgAEEQdnNBreqs/wdsIgAgAEEPdnNBi82yo3hsIgAgAEEQdnML/QQBBH8gASgCACIDQQRGBH8gAEH/AXEiBEH2AEYgBEHzAEZyBUEACwRAIAIEQCACIAEoAgggASgCBPwKAAALIAEoAgQPCyAAQf8BcUHxAEYgA0EERnEEQCABKAIIIQUgASgCBCEEQQIhAEEAIQECQANAIAEgBEkEQEF/IQMgASAFai0AACIGQSBJIAZB/gBLcg0CIABBAkEBIAZB3ABGIAZBIkZyG2ohACABQQFqIQEMAQsLIAAhAyACRQ0AIAJBAWohACACQSI6AABBACECA0AgAiAESQRAIAIgBWotAAAiBkHcAEYgBkEiRnIEfyAAQdwAOgAAIABBAWoFIAALIgFBAWohACABIAY6AAAgAkEBaiECDAELCyAAQSI6AAALIAMPCyADQQNGBH8gASgCBEEBRwVBAAsEfyAAQf8BcSIEQfYARiAEQeQARnIEf0EBBSAAQf8BcUHzAEYEfyABKAIEBUEACwsFQQALBEAgASABKAIEQQJGBH8gASgCCCgCAEEKbEEEagVBwAALEA0iABBKIQEgAgRAIAIgACAB/AoAAAsgAQ8LIABB/wFxQfYARiADQQJGcQRAIAEoAgRBAEchASACBEBB4CVBgCYgARshA0EAIQADQCADQRRrKAIQQQF2IgQgAEoEQCAAIAJqIAAgBE8Ef0F/BSADIABBAXRqLwEACzoAACAAQQFqIQAMAQsLC0EEQQUgARsPCyADQQZGIANBBUZyIANBB0ZyIABB/wFxQfYARnEEQEEAJBJBACQTQQAkFEHAABAlIAFBAUEBECEjEiMTEBEhAEEAJBIgAgRAIAIgACgCCCAAKAIE/AoAAAsgACgCBA8LQX8LXQEBfyAAKAIAQQRGBH8gASgCAEEFRgVBAAsEQCAAKAIIIAAoAgQgAUEAEEgiA0EATgRAIAMQDSECIAAoAgggACgCBCABIAIQSBogAiADEBEPCwsgAkEAIAAgARAAC1gBAn8gACgCAEEGRgRAIAAoAgQhBANAIAMgBEkEQCAAIAMQMSgCAEEERwRAIwIEQEHQogFBgCpBAEEAEBALQQAPCyADQQFqIQMMAQsLCyACQQAgACABEAALoAkDBn8CfAJ+IAAoAgQEf0EBBSABKAIEC0UEQEF/QQEgACkDCCIKIAEpAwgiC1MbQQAgCiALUhsPCyAAKAIEQQFHBH8gASgCBEEBRwVBAAsEQCABKAIEQQJGBH8gASgCDEEARwUgASkDCEIAUwsgACgCBEECRgR/IAAoAgxBAEcFIAApAwhCAFMLIgJHBEBBf0EBIAIbDwtBACAAEBUgARAVECciAGsgACACGw8LIAAoAgQiAgRAIAEoAgQEf0F/AnwgAkUEQCAAKQMIuQwBCyACQQJGBEAgACgCCCIDKAIAQQFrIQIDQCACQQBOBEAgCEQAAAAAAADwQaIgAiADKAIASQR/IANBBGogAkECdGooAgAFQQALuKAhCCACQQFrIQIMAQsLIAiaIAggACgCDBsMAQsgACsDCAsiCQJ8RAAAAAAAAAAAIQggASgCBCICRQRAIAEpAwi5DAELIAJBAkYEQCABKAIIIgMoAgBBAWshAgNAIAJBAE4EQCAIRAAAAAAAAPBBoiACIAMoAgBJBH8gA0EEaiACQQJ0aigCAAVBAAu4oCEIIAJBAWshAgwBCwsgCJogCCABKAIMGwwBCyABKwMICyIIZCAIIAlkGwUgASkDCCEKAnwgACgCBCICRQRAIAApAwi5DAELIAJBAkYEQCAAKAIIIgMoAgBBAWshAgNAIAJBAE4EQCAIRAAAAAAAAPBBoiACIAMoAgBJBH8gA0EEaiACQQJ0aigCAAVBAAu4oCEIIAJBAWshAgwBCwsgCJogCCAAKAIMGwwBCyAAKwMICyEIQX8hAgJAIAhEAAAAAAAA4ENmDQBBASECIAhEAAAAAAAA4MNjDQBBf0EBIAidIgn8BiILIApVGyECIAogC1INAEF/IAggCaEiCEQAAAAAAAAAAGMgCEQAAAAAAAAAAGQbIQILQQAgAmsLIQIFIAApAwghCgJ8IAEoAgQiAkUEQCABKQMIuQwBCyACQQJGBEAgASgCCCIDKAIAQQFrIQIDQCACQQBOBEAgCEQAAAAAAADwQaIgAiADKAIASQR/IANBBGogAkECdGooAgAFQQALuKAhCCACQQFrIQIMAQsLIAiaIAggASgCDBsMAQsgASsDCAshCEF/IQICQCAIRAAAAAAAAOBDZg0AQQEhAiAIRAAAAAAAAODDYw0AQX9BASAInSIJ/AYiCyAKVRshAiAKIAtSDQBBfyAIIAmhIghEAAAAAAAAAABjIAhEAAAAAAAAAABkGyECCwsgAgR/QQAFIAAoAhQEf0EBBSABKAIUCwsEQAJ/QQIgAEEAECRFDQAaIwQhBSMGIQMjByIEQQBHIwUjBRshBkECIAFBABAkRQ0AGkF/QQEgBhsjByIHQQBHIwUjBRsgBkcNABogB0UgBEVyBEBBACAEIAdGDQEaQQBBAUF/IAQbIgBrIAAgBhsMAQsjBCEAQQAgA6wgBK18IgojBiIBrCAHrXwiC1IEf0F/QQEgCiALUxsFIAEgA0wEfyAFIAMgAWsQKBAdIAAQJwUgBSAAIAEgA2sQKBAdECcLCyIAayAAIAYbCyIAQQJHBEAgAA8LCyACC6UFAQx/IAJCADcAACACQgA3AAhBEBANIQogAUECTwR/IAAtAABBOkYFQQALBH8gAC0AAUE6RgVBAAsEf0ECIQVBAAVBfwshAwJAA0AgASAFSwRAAkAgBEEITg0DQQAhDEEAIQkgBSEGA0AgCUEESSENIAEgBUsEfyAAIAVqLQAAIg5BMGshCwJAIA5BOU0gDkEwT3ENACAOQdcAayELIA5B5gBNIA5B4QBPcQ0AIA5BN2shCyAOQcYATSAOQcEAT3ENAEF/IQsLIAtBAE4FQQALIA1xBEAgDEEEdCEMIAAgBWotAAAiDUEwayELAkAgDUE5TSANQTBPcQ0AIA1B1wBrIQsgDUHmAE0gDUHhAE9xDQAgDUE3ayELIA1BxgBNIA1BwQBPcQ0AQX8hCwsgCyAMciEMIAVBAWohBSAJQQFqIQkMAQsLIAEgBUsEfyAAIAVqLQAAQS5GBUEACwRAIARBBkoEf0EABSAAIAZqIAEgBmsgCiAEQQF0ahBPC0UNBCAKIARBAXRqIgAtAAIhASAALQADIQUgACAALQABIAAtAABBCHRyOwEAIAogBEEBakEBdGogAUEIdCAFcjsBACAEQQJqIQQMAQsgCUUNAyAKIARBAXRqIAw7AQAgBEEBaiEEIAEgBUYNACAAIAVqLQAAQTpHDQMgBUEBaiIFIAFJBH8gACAFai0AAEE6RgVBAAsEQCADQQBODQQgBCEDIAVBAWohBQUgASAFRg0ECwwCCwsLIARBCEcgA0EASHENACAEQQdKIANBAE5xDQBBCCAEayEAA0AgBCAISgRAIAIgACAHaiAHIAMgCEYbIgFBAXRqIgUgCiAIQQF0ai8BACIGQQh2OgAAIAUgBjoAASABQQFqIQcgCEEBaiEIDAELC0EBDwtBAAuDAwIEfwJ+IAAhAgJ/IAAoAgAiA0EFRgR/IAAoAgQFQQALBEAgACgCDCgCACICKAIAQQNHBEBBgJEBIAIQDEEBDAILIAAoAgRBAUsEQCAAKAIMKAIEIgQoAgBBBEcEQEHwkQEgBBAMQQEMAwsgBCgCCCEDQQIgBCgCBCIERSIFBH8gBQUgBEEDRgR/IAMtAABB1QBGBUEACwR/IAMtAAFB1ABGBUEACwR/IAMtAAJBwwBGBUEACwtFDQIaCwUgA0EDRwRAQeCSASAAEAxBAQwCCwsgAigCBARAIwIEQEGglAFBgCpBAEEAEBALQQEMAQsgAikDCCQZQQALIgJBAUYEQEEADwsgAkECRgRAIAFBACAAEAEPCyMZIgZCgJTr3AN/IgdCAX0gByAGQgBTBH8gBkKAlOvcA4FCAFIFQQALGyIGQoCjBX8iB0IBfSAHIAZCAFMEfyAGQoCjBYFCAFIFQQALGxBTQQMQFyIAIxYQDxAUIAAjFxAPEBQgACMYEA8QFCAAC8UJAgV/CX4gACgCAEEERwRAQZCNASAAEAxBAA8LIAAoAgghAgJAIAAoAgQiA0EUSQ0AIAItAAohBEEAIQACfgNAIABBBEkEQEJ/IAAgAmotAAAiBUEwSSAFQTlLcg0CGiAFQTBrQf8Bca0gB0IKfnwhByAAQQFqIQAMAQsLIAcLIgxCAFNBACEAAn4DQCAAQQJJBEBCfyACQQVqIABqLQAAIgVBMEkgBUE5S3INAhogBUEwa0H/AXGtIAhCCn58IQggAEEBaiEADAELCyAICyILQgBXciALQgxVckEAIQACfgNAIABBAkkEQEJ/IAJBCGogAGotAAAiBUEwSSAFQTlLcg0CGiAFQTBrQf8Bca0gBkIKfnwhBiAAQQFqIQAMAQsLIAYLIg1CAFdyIA1CH1VyQgAhBkEAIQACfgNAIABBAkkEQEJ/IAJBC2ogAGotAAAiBUEwSSAFQTlLcg0CGiAFQTBrQf8Bca0gBkIKfnwhBiAAQQFqIQAMAQsLIAYLIghCAFNyIAhCF1VyQgAhBkEAIQACfgNAIABBAkkEQEJ/IAJBDmogAGotAAAiBUEwSSAFQTlLcg0CGiAFQTBrQf8Bca0gBkIKfnwhBiAAQQFqIQAMAQsLIAYLIglCAFNyIAlCO1VyQgAhBkEAIQACfgNAIABBAkkEQEJ/IAJBEWogAGotAAAiBUEwSSAFQTlLcg0CGiAFQTBrQf8Bca0gBkIKfnwhBiAAQQFqIQAMAQsLIAYLIgpCAFNyIApCPFVyBH9BAQUgAi0ABEEtRwsEf0EBBSACLQAHQS1HCwR/QQEFIARB9ABHIARB1ABHcQsEf0EBBSACLQANQTpHCwR/QQEFIAItABBBOkcLDQBCACEGQRMhACADQRNLBH8gAi0AE0EuRgVBAAsEQEKAwtcvIQdBFCEAA0AgACADSQR/IAAgAmotAABBME8FQQALBH8gACACai0AAEE5TQVBAAsEQCAGIAAgAmoxAABCMH0gB358IQYgB0IKfyEHIABBAWohAAwBCwsgAEEURg0BC0IAIQcgACADTw0AIAMgACACai0AACIEQfoARiAEQdoARnIEfyAAQQFqBSAEQS1GIARBK0ZyRQ0BIABBBmogA0sEf0EBBSAAIAJqLQADQTpHCw0BIABBAWohAwJ+A0AgAUECSQRAQn8gAiADaiABai0AACIFQTBJIAVBOUtyDQIaIAVBMGtB/wFxrSAHQgp+fCEHIAFBAWohAQwBCwsgBwshDiAAQQRqIQNCACEHQQAhASAOAn4DQCABQQJJBEBCfyACIANqIAFqLQAAIgVBMEkgBUE5S3INAhogBUEwa0H/AXGtIAdCCn58IQcgAUEBaiEBDAELCyAHCyIHhEIAUw0BIA5CkBx+IAdCPH58Qn9CASAEQS1GG34hByAAQQZqC0cNACAMIAtCAletfSIMIAxCjwN9IAxCAFkbQpADfyEOIAogC0J9QgkgC0ICVRt8QpkBfkICfEIFfyANfCAMIA5CkAN+fSIKQu0CfiAKQgR/fCAKQuQAf318IA5CsfUIfnxC7fQrfUKAowV+IAhCkBx+fCAJQjx+fHwgB30gBkGAkAEQUQ8LIwIEQEGgjgFBgCpBAEEAEBALQQAL+QMBBn4gACgCAEEDRwRAQfCUASAAEAxBAA8LIAAoAgQEQCMCBEBBwJYBQYAqQQBBABAQC0EADwsgASgCAEEDRwRAQaCXASABEAxBAA8LIAEoAgQEQCMCBEBBoJgBQYAqQQBBABAQC0EADwsgAigCAEEDRwRAQdCZASACEAxBAA8LIAIoAgQEQCMCBEBB0JoBQYAqQQBBABAQC0EADwsgAygCAEEDRwRAQYCcASADEAxBAA8LIAMoAgQEQCMCBEBBgJ0BQYAqQQBBABAQC0EADwsgACkDCCIEQoCU69wDfyIFQgF9IAUgBEIAUwR/IARCgJTr3AOBQgBSBUEACxsiBkKAowV/IgVCAX0gBSAGQgBTBH8gBkKAowWBQgBSBUEACxsiBxBTIAIpAwgjF0IBfXwiBUIMfyEIIAUgCEIBfSAIIAVCAFMEfyAFQgyBQgBSBUEACyIAG0IMfn1CAXwhBSMWIAEpAwh8IAhCAX0gCCAAG3wgBUICV619IgggCEKPA30gCEIAWRtCkAN/IQkgBiAHQoCjBX59IAMpAwgjGCAIIAlCkAN+fSIHQu0CfiAHQgR/fCAHQuQAf30gBUJ9QgkgBUICVRt8QpkBfkICfEIFf3wgCUKx9Qh+fHxC7fQrfXxCgKMFfnwgBCAGQoCU69wDfn1BsJ4BEFEL/wEBBH8gACgCAEEERwRAQaCfASAAEAxBAA8LIAEoAgBBBEcEQEGgnwEgARAMQQAPC0EQEA0hAkEQEA0hAyAAIAIQUEUEQCAAKAIIIQEgACgCBCEAIwIEQEGgoAFBgCogASAAEBALQQAPCyMaIxshBCABIAMQUEUEQCABKAIIIQAgASgCBCEBIwIEQEGQoQFBgCogACABEBALQQAPCyMaRwRAQZAYDwtBiBhBkBgjGyAETgR/QQAhAQJ/A0AgASAESARAQQBBgAEgAUEHcXYiACABQQN1IgUgAmotAABxIAMgBWotAAAgAHFHDQIaIAFBAWohAQwBCwtBAQsFQQALGwueAwEGfyAAKAIAQQRHBEBBwIcBIAAQDEEADwsgASgCACIFQQVHIAVBAUdxBEBBsIgBIAEQDEEADwsgBUEFRgRAA0AgBiABKAIESQRAIAEoAgwgBkECdGooAgAiAygCACIEQQRHBEAjAgRAQcCJAQJ/AkACQAJAAkACQAJAAkAgBEEBaw4GAAECAwQFBgtBoCYMBgtBwCwMBQtB8CwMBAtBkC0MAwtBsC0MAgtB0C0MAQtB8C0LQQBBABAQC0EADwsgAygCCCEHIAMoAgQhCEEAIQNBACEEA0AgBCAISQRAIANBAWogAyAEIAdqLQAAQcABcUGAAUcbIQMgBEEBaiEEDAELCyADQQFHBEAjAgRAQfCKAUGAKkEAQQAQEAtBAA8LIAZBAWohBgwBCwsLIAIoAgBBBEcEQEGgjAEgAhAMQQAPCyAFQQFGBEBBACQVBSAFQQVGBEAgASgCBARAIAEkFQVBARAXJBUjFUHcGEEBEBEQFAsFQQAPCwtBiBhBkBggACgCCEEAIAAoAgRBAEEAIAIoAghBACACKAIEEC0bC0AAIAAgASAAIAEQICIABH8gACgCAEEGRgVBAAsEfyAAECsFQRwQDSIAQQBBHPwLACAAQQY2AgAgAAsiABAWIAALMAAgAAR/IAAoAgBBBkYFQQALBH8gABArBUEcEA0iAEEAQRz8CwAgAEEGNgIAIAALCw8AIAAEfyAAKAIABUEACwsFAEGIGAsIACAAIAEQEQsGACAAECsLBgAgACQBCwgAIAAgARAfCxoBAX9BHBANIgBBAEEc/AsAIABBBzYCACAACzMBAX8Cf0EAIABFDQAaIAAoAgAiAUEGRgRAIAAoAhAMAQsgAUEHRgR/IAAoAgwFQQALCwsnAQF/IAAEfyAAKAIAIgFBB0YgAUEGRnIEfyAAKAIMBUEACwVBAAsLDAAgACABIAIgAxBfCwYAIAAQCAsKACAAIAEgAhAWCxoBAX9BHBANIgBBAEEc/AsAIABBBjYCACAACxcAIAAgARA0IgBFBEBBAEGgKRAmCyAACwYAIAAQDwsFAEGAGAtYAQN/A0AgASADai0AAARAIANBAWohAwwBCwsgA0EQahANIgRBBDYCACAEIAM2AgQgBCAEQRBqIgU2AgggBEEANgIMIAUgASAD/AoAACAAIAQgAqwQDxAWCwgAIAAgARBCCwgAIx4QXCQeCwkAIx4oAgAkHgsSACMeQQRqIABBAnRqIAE2AgALDAAgACQfQQAQXCQeCxAAIx5BBGogAEECdGooAgALdgEDfwJAIAAoAgAiAkEERgRAIAAoAgghAyAAKAIEIQJBACEAA0AgACACSQRAIAFBAWogASAAIANqLQAAQcABcUGAAUcbIQEgAEEBaiEADAELCwwBCyACQQZGIAJBBUZyIAJBB0ZyBEAgACgCBCEBCwsgAa0QDwsIACAAIAEQQwsIACAAIAEQMQsxAQF/An9BACAARQ0AGiAAKAIAIgFBBkYgAUEFRnIgAUEHRnIEQCAAKAIEDAELQQALCwgAIAAgARAyCwUAQZAYCwgAIAAgARATCxAAIABBACABIAIgAyAEEAkLDgAgAEEAIAEgAiADEAoLDAAgAEEAIAEgAhAACwoAIABBACABEAELCAAgAEEAEAsLXQEDfyAABH8gACgCAEEFRwVBAQsEQCAADwtBHBANIgFBAEEc/AsAIAFBBzYCACAAKAIEIQMDQCACIANJBEAgASAAKAIMIAJBAnRqKAIAEB8gAkEBaiECDAELCyABCwgAIAAgARAUCwYAIAAQFwsJACAAQYAqECYLBwAgACgCAAu3AgEEf0EAIAEgAAR/IAAoAgBBBkcFQQELGwR/IAEoAgBBBUcFQQELBEBBAw8LIAEoAgQiA0UEQEEDDwsDQCACQQFqIANJBEAgACABKAIMIAJBAnRqKAIAECAiAAR/IAAoAgBBBkcFQQELBEBBAA8LIAJBAWohAgwBCwsgASgCDCADQQFrQQJ0aigCACEDQRwQDSIEQQBBHPwLACAEQQY2AgAgACgCBCECQQAhAQNAIAEgAkkEQCAAKAIAQQZPBH8gACgCGCAAKAIERwVBAAsEQCAAEA4LIAAoAgwgAUECdGooAgAiBSADEBMEQCAAKAIAQQZPBH8gACgCGCAAKAIERwVBAAsEQCAAEA4LIAQgBSAAKAIQIAFBAnRqKAIAEBYLIAFBAWohAQwBCwsgACAEQRz8CgAAQQALCAAgAEEBEDcLtAEBBH9BACABIgMgAAR/IAAoAgBBBkcFQQELGwR/IAMoAgBBBUcFQQELBEBBAw8LIAMoAgQiBUUEQEEDDwsDQCAEQQFqIAVJBEAgACADKAIMIARBAnRqKAIAIgYQICIBBH8gASgCAEEGRwVBAQsEQEEcEA0iAUEAQRz8CwAgAUEGNgIAIAAgBiABEBYLIAEhACAEQQFqIQQMAQsLIAAgAygCDCAFQQFrQQJ0aigCACACEBZBAAsGACAAEA0LCAAgAEEAEDcLBgAgACQACw4AIwBFBEAQAyQACyMACwIACwkAIAAgATYCAAsJACAAIAE2AgwLCQAgACABNgIECwcAIAAoAggLRwEBfyAFJAAgBARAIAMgBBBWIgdFBEBBAEHAKBAmCwsQWyIAIAc2AgAgACACNgIEIAAgATYCDCAAEAIgACgCCCAGQQFGEDcLCAAgABACQQALBAAQBgsEABAHCwkAIABBAEckAgsEACMBC4kDAQJ/IAEEfyAALQAAQS1GBUEAC0EARyIDIAFPBEBBAA8LIAAgA2otAABBMEYEfyADQQFqBSADIQIDQCABIAJLBH8gACACai0AAEEwTwVBAAsEfyAAIAJqLQAAQTlNBUEACwRAIAJBAWohAgwBCwsgAiADRgRAQQAPCyACCyIDIAFJBH8gACADai0AAEEuRgVBAAsEQCADQQFqIQIDQCABIAJLBH8gACACai0AAEEwTwVBAAsEfyAAIAJqLQAAQTlNBUEACwRAIAJBAWohAgwBCwsgAiADQQFqRgRAQQAPCyACIQMLIAEgA0sEfyAAIANqLQAAQSByQeUARgVBAAsEfyAAIQIgA0EBaiIDIAFJBH8gACADai0AAEErRgR/QQEFIAAgA2otAABBLUYLBUEACwRAIANBAWohAwsgAyEAA0AgACABSQR/IAAgAmotAABBME8FQQALBH8gACACai0AAEE5TQVBAAsEQCAAQQFqIQAMAQsLIAAgA0YEQEEADwsgAAUgAwsgAUYLCgAgAEEBIAEQYwsKACAAQQAgARBjC+UBAQV/IAAoAgBBB0cEQEHQ9wAgABAMQQAPC0EcEA0iAUEAQRz8CwAgAUEHNgIAIAAoAgQhAwNAIAIgA0kEQCAAKAIAQQZPBH8gACgCGCAAKAIERwVBAAsEQCAAEA4LIAAoAgwgAkECdGooAgAiBCgCACIFQQdHBEAjAgRAQbD4AAJ/AkACQAJAAkACQAJAAkAgBUEBaw4GAAECAwQFBgtBoCYMBgtBwCwMBQtB8CwMBAtBkC0MAwtBsC0MAgtB0C0MAQtB8C0LQQBBABAQC0EADwsgASAEEDogAkEBaiECDAELCyABC1gAAkACQAJAAkACQAJAAkACQCAAKAIAQQFrDgcAAQIDBAUGBwtBoCYQHg8LQcAsEB4PC0HwLBAeDwtBkC0QHg8LQbAtEB4PC0HQLRAeDwtB8C0QHg8LQQALoAEBBH8gACgCAEEERwRAQeDcACAAEAxBAA8LIAEoAgBBBEcEQEHQ3QAgARAMQQAPCyABKAIEIgIgACgCBCIETQR/IAAoAgggBGogAmshBSABKAIIIQQCfwNAIAIgA0sEQEEAIAMgBWotAAAgAyAEai0AAEcNAhogA0EBaiEDDAELC0EBCwVBAAsEQCAAKAIIIAAoAgQgASgCBGsQEQ8LIAALrgMBB38gACgCAEEERwRAQcDeACAAEAxBAA8LIAAoAgghAyAAKAIEIQADQCAAIAJLBH8gAyACEBkiAUGA4ABGIAFBqMAARiEFIAFBhQFGIQYgAUEgRgR/QQEFIAFBDU0gAUEJT3ELIAZyIAFBoAFGciABQYAtRnIEf0EBBSABQYrAAE0gAUGAwABPcQsgBXIgAUGpwABGciABQa/AAEZyIAFB38AARnJyBUEACwRAAn9BASACIANqLQAAIgFBgAFJDQAaQQIgAUHgAUkNABpBAyABQfABSQ0AGkEECyACaiECDAELCwNAIAAgAksEQAJAIABBAWshAQNAIAEgAksEfyABIANqLQAAQcABcUGAAUYFQQALBEAgAUEBayEBDAELCyADIAEQGSIEQYDgAEYgBEGowABGIQYgBEGFAUYhByAEQSBGBH9BAQUgBEENTSAEQQlPcQsgB3IgBEGgAUZyIARBgC1GcgR/QQEFIARBisAATSAEQYDAAE9xCyAGciAEQanAAEZyIARBr8AARnIgBEHfwABGcnJFDQAgASEADAILCwsgAiADaiAAIAJrEBELRgEBfyAAKAIAQQRHBEBBoNkAIAAQDEEADwsgASgCAEEERwRAQZDaACABEAxBAA8LIAAoAggiAiACQQAgACgCBCABEGIQEQudAQEEfyAAKAIAQQRHBEBBgNsAIAAQDEEADwsgASgCAEEERwRAQfDbACABEAxBAA8LIAEoAgQiAyAAKAIETQR/IAAoAgghBCABKAIIIQUCfwNAIAIgA0kEQEEAIAIgBGotAAAgAiAFai0AAEcNAhogAkEBaiECDAELC0EBCwVBAAsEQCABKAIEIgEgACgCCGogACgCBCABaxARDwsgAAtOAQF/IAAoAgBBBEcEQEHA1wAgABAMQQAPCyABKAIAQQRHBEBBsNgAIAEQDEEADwsgACgCCCICIAIgACgCBCIAIAEQYSIBaiAAIAFrEBELVgECfyAAKAIAQQRHBEBB4NUAIAAQDEEADwsgASgCAEEERwRAQdDWACABEAxBAA8LIAAoAggiAiAAKAIEIgMgARBhIgAgAmogAiAAIAMgARBiIABrEBELmQUCAn8BfCAAKAIAIgJBAUYEQEIAEA8PCyACQQJGBEAgACgCBEEAR60QDw8LIAJBA0YEQCAADwsgAkEERgRAIAAoAgggACgCBBA0IgIEQCACKAIEQQFHBH9BAQUgACgCCCAAKAIEELcBCwR/IAIFAnwgAigCBCIARQRAIAIpAwi5DAELIABBAkYEQCACKAIIIgEoAgBBAWshAANAIABBAE4EQCADRAAAAAAAAPBBoiAAIAEoAgBJBH8gAUEEaiAAQQJ0aigCAAVBAAu4oCEDIABBAWshAAwBCwsgA5ogAyACKAIMGwwBCyACKwMICxAYCw8LIAAoAgghAgJ/IAAoAgQiAAR/IAItAABBK0YEf0EBBSACLQAAQS1GCwVBAAsEQCACQQFqIQIgAEEBayEAC0EAQZztACgCAEEBdiAARw0AGgNAIAAgAUsEQEEAIAFBnO0AKAIAQQF2TwR/QX8FIAFBAXRBoO0Aai8BAAtB/wFxIAEgAmotAABBIHJHDQIaIAFBAWohAQwBCwtBAQsEf0EBBQJ/QQAhAUEAIABBvO0AKAIAQQF2Rw0AGgNAIAAgAUsEQEEAIAFBvO0AKAIAQQF2TwR/QX8FIAFBAXRBwO0Aai8BAAtB/wFxIAEgAmotAABBIHJHDQIaIAFBAWohAQwBCwtBAQsLBH9BAQUCf0EAIQFBACAAQdztACgCAEEBdkcNABoDQCAAIAFLBEBBACABQdztACgCAEEBdk8Ef0F/BSABQQF0QeDtAGovAQALQf8BcSABIAJqLQAAQSByRw0CGiABQQFqIQEMAQsLQQELCwRAIwIEQEGQ7gBBgCpBAEEAEBALQQAPCyMCBEBBsO8AQYAqQQBBABAQC0EADwtBoPAAIAAQDEEACwgAIABBABBlC70GAwJ8BH8DfiAAKAIAQQRHBEBBwOQAIAAQDEEADwsgASgCAEEDRwRAQbDlACABEAxBAA8LIAEoAgRBAUcEf0EBBSABKwMIIgSdIARhIAQgBKFEAAAAAAAAAABhcQtFBEAjAgRAQaDmAEGAKkEAQQAQEAtBAA8LIAIoAgBBA0cEQEHQ5wAgAhAMQQAPCyACKAIEQQFHBH9BAQUgAisDCCIEnSAEYSAEIAShRAAAAAAAAAAAYXELRQRAIwIEQEHA6ABBgCpBAEEAEBALQQAPCwJ8IAIoAgQiBUUEQCACKQMIuQwBCyAFQQJGBEAgAigCCCIIKAIAQQFrIQUDQCAFQQBOBEAgA0QAAAAAAADwQaIgBSAIKAIASQR/IAhBBGogBUECdGooAgAFQQALuKAhAyAFQQFrIQUMAQsLIAOaIAMgAigCDBsMAQsgAisDCAv8BiEKAnxEAAAAAAAAAAAhAyABKAIEIgJFBEAgASkDCLkMAQsgAkECRgRAIAEoAggiBSgCAEEBayECA0AgAkEATgRAIANEAAAAAAAA8EGiIAIgBSgCAEkEfyAFQQRqIAJBAnRqKAIABUEAC7igIQMgAkEBayECDAELCyADmiADIAEoAgwbDAELIAErAwgL/AYiCUIAUwRAIwIEQEHw6QBBgCpBAEEAEBALQQAPCyAAKAIIIQEgACgCBCEAQQAhAgNAIAAgAksEQCAGQQFqIAYgASACai0AAEHAAXFBgAFHGyEGIAJBAWohAgwBCwsgBq0iCyAJVwRAIAFBABARDwsgCachBUEAIQIDQCAFIAdLIAAgAktxBEACf0EBIAEgAmotAAAiBkGAAUkNABpBAiAGQeABSQ0AGkEDIAZB8AFJDQAaQQQLIAJqIQIgB0EBaiEHDAELCyACIAAgACACSxshBSAKQgBTIAkgCnwgC1lyBEAgASAFaiAAIAVrEBEPCyAJIAp8pyEHQQAhAkEAIQYDQCAGIAdJIAAgAktxBEACf0EBIAEgAmotAAAiCEGAAUkNABpBAiAIQeABSQ0AGkEDIAhB8AFJDQAaQQQLIAJqIQIgBkEBaiEGDAELCyABIAVqIAIgACAAIAJLGyAFaxARC4sBAQJ/IAAoAgBBBEcEQEHgzgAgABAMQQAPCyABKAIAQQRHBEBB0M8AIAEQDEEADwtBiBhBkBggASgCBCICIAAoAgRNBH8gACgCCCEDIAEoAgghAUEAIQACfwNAIAAgAkkEQEEAIAAgA2otAAAgACABai0AAEcNAhogAEEBaiEADAELC0EBCwVBAAsbC+cCAQh/IAAoAgBBBEcEQEGA1AAgABAMQQAPCyABKAIAQQRHBEBB8NQAIAEQDEEADwtBABAXIQMgACgCCCEFIAAoAgQhBiABKAIEIglFBEBBACEAA0AgACAGSQRAAn9BASAAIAVqIgEtAAAiAkGAAUkNABpBAiACQeABSQ0AGkEDIAJB8AFJDQAaQQQLIQIgAyABIAIQERAUIAAgAmohAAwBCwsgAw8LQQAhAANAIAEoAgghByAAIQICQCAJRQ0AIAYgCUkEQEF/IQIMAQsDQCACIAlqIAZNBEAgAiAFaiIILQAAIActAABGBH9BACEEAn8DQCAEIAlJBEBBACAEIAhqLQAAIAQgB2otAABHDQIaIARBAWohBAwBCwtBAQsFQQALDQIgAkEBaiECDAELC0F/IQILIAJBAE4EQCADIAAgBWogAiAAaxAREBQgAiAJaiEADAELCyADIAAgBWogBiAAaxAREBQgAwu6AQEDfyAAKAIAQQVGBH9BAQUgACgCAEEHRgtFBEBB0McAIAAQDEEADwsgACgCBCICEBchAQNAIAIgA0sEQCAAKAIAQQZPBH8gACgCGCAAKAIERwVBAAsEQCAAEA4LIAEgACgCDCADQQJ0aigCABAUIANBAWohAwwBCwsgACgCAEEHRgRAIAEPCyABKAIAQQZPBH8gASgCGCABKAIERwVBAAsEQCABEA4LIAEoAgwgAiACQQJ0EA0QOSABC88BAgJ/AXwgACgCAEEDRgR/IAAoAgQiAUEBRgR/RAAAAAAAAOA/AnwgAUUEQCAAKQMIuQwBCyABQQJGBEAgACgCCCICKAIAQQFrIQEDQCABQQBOBEAgA0QAAAAAAADwQaIgASACKAIASQR/IAJBBGogAUECdGooAgAFQQALuKAhAyABQQFrIQEMAQsLIAOaIAMgACgCDBsMAQsgACsDCAsiA6GcmiADRAAAAAAAAOA/oJwgA0QAAAAAAAAAAGMbEBgFIAALBUHgNyAAEAxBAAsL0QcBCn8gACgCAEEERwRAQbDfACAAEAxBAA8LIAEoAgBBBEcEQEGg4AAgARAMQQAPCyACKAIAQQRHBEBBkOEAIAIQDEEADwsgACgCCCEHIAAoAgQhBiABKAIEIghFBEBBACEBQQAhAANAIAAgBkkEQCABQQFqIAEgACAHai0AAEHAAXFBgAFHGyEBIABBAWohAAwBCwsgBiACKAIEIgMgAUEBamxqIgQQDSIFIQBBACEBA0AgACACKAIIIAP8CgAAIAEgBkkEQCAAIANqIQACf0EBIAEgB2oiCC0AACIJQYABSQ0AGkECIAlB4AFJDQAaQQMgCUHwAUkNABpBBAshCSAAIAggCfwKAAAgACAJaiEAIAEgCWohAQwBCwsgBSAEEBEPCyABKAIIIQkCQCAIRQ0AIAYgCEkEQEF/IQMMAQsDQCADIAhqIAZNBEAgAyAHaiIKLQAAIAktAABGBH9BACEEAn8DQCAEIAhJBEBBACAEIApqLQAAIAQgCWotAABHDQIaIARBAWohBAwBCwtBAQsFQQALDQIgA0EBaiEDDAELC0F/IQMLA0AgA0EATgRAIAVBAWohBSABKAIIIQkgAyAIaiEDAkAgCEUNACAGIAhJBEBBfyEDDAELA0AgAyAIaiAGTQRAIAMgB2oiCi0AACAJLQAARgR/QQAhBAJ/A0AgBCAISQRAQQAgBCAKai0AACAEIAlqLQAARw0CGiAEQQFqIQQMAQsLQQELBUEACw0CIANBAWohAwwBCwtBfyEDCwwBCwsgBUUEQCAADwsgBiAFIAhsayAFIAIoAgRsaiIJEA0iCiEAQQAhBSABKAIIIQtBACEDAkAgCEUNACAGIAhJBEBBfyEDDAELA0AgAyAIaiAGTQRAIAMgB2oiDC0AACALLQAARgR/QQAhBAJ/A0AgBCAISQRAQQAgBCAMai0AACAEIAtqLQAARw0CGiAEQQFqIQQMAQsLQQELBUEACw0CIANBAWohAwwBCwtBfyEDCwNAIANBAE4EQCAAIAUgB2ogAyAFayIE/AoAACAAIARqIgAgAigCCCACKAIE/AoAACAAIAIoAgRqIQAgASgCCCELIAMgCGoiBSEDAkAgCEUNACAGIAhJBEBBfyEDDAELA0AgAyAIaiAGTQRAIAMgB2oiDC0AACALLQAARgR/QQAhBAJ/A0AgBCAISQRAQQAgBCAMai0AACAEIAtqLQAARw0CGiAEQQFqIQQMAQsLQQELBUEACw0CIANBAWohAwwBCwtBfyEDCwwBCwsgACAFIAdqIAYgBWv8CgAAIAogCRARC+8EAwJ8An8BfiAAIAFBoDRBgDUQKQRAQQAPCyAAKAIEQQFHBH9BAQUgACsDCCIDnSADYSADIAOhRAAAAAAAAAAAYXELBH8gASgCBEEBRwR/QQEFIAErAwgiA50gA2EgAyADoUQAAAAAAAAAAGFxCwVBAAtFBEAjAgRAQeA1QYAqQQBBABAQC0EADwsgASgCBEECRgR/QQAFIAEoAgQEfyABKwMIRAAAAAAAAAAAYQUgASkDCFALCwRAIwIEQEHANkGAKkEAQQAQEAtBAA8LAn8gACgCBAR/QQEFIAEoAgQLRQRAIAEpAwgiBkJ/UQRAQgAQDwwCCyAAKQMIIAaBEA8MAQsgACgCBEEBRwR/IAEoAgRBAUcFQQALBEAgABAVIAEQFRAvGiMDIgEoAgAEfyABIAAoAgRBAkYEfyAAKAIMQQBHBSAAKQMIQgBTCxAbBUIAEA8LDAELAnwgACgCBCIERQRAIAApAwi5DAELIARBAkYEQCAAKAIIIgUoAgBBAWshBANAIARBAE4EQCACRAAAAAAAAPBBoiAEIAUoAgBJBH8gBUEEaiAEQQJ0aigCAAVBAAu4oCECIARBAWshBAwBCwsgApogAiAAKAIMGwwBCyAAKwMICyICIAICfEQAAAAAAAAAACECIAEoAgQiAEUEQCABKQMIuQwBCyAAQQJGBEAgASgCCCIEKAIAQQFrIQADQCAAQQBOBEAgAkQAAAAAAADwQaIgACAEKAIASQR/IARBBGogAEECdGooAgAFQQALuKAhAiAAQQFrIQAMAQsLIAKaIAIgASgCDBsMAQsgASsDCAsiAqOdIAKioRAYCwsIACAAQQEQZQsaACAAIAFB4CpB0CsQKQRAQQAPCyAAIAEQSwtQAQF/IAAoAgBBB0cEQEHwOyAAEAxBAA8LIAEoAgBBB0cEQEHQPCABEAxBAA8LQRwQDSICQQBBHPwLACACQQc2AgAgAiAAEDogAiABEDogAgs0ACAAKAIAQQZHBEBBsPMAIAAQDEEADwsgASgCAEEGRwRAQbD0ACABEAxBAA8LIAAgARBgC8wCAQV/IAAoAgBBBkcEQEGw9QAgABAMQQAPCyABKAIAIgNBB0cgA0EFR3EgA0EGR3EEQEGw9gAgARAMQQAPC0EcEA0iBEEAQRz8CwAgBEEHNgIAIAEoAgQhAwNAIAIgA0kEQCABKAIAQQZPBH8gASgCGCABKAIERwVBAAsEQCABEA4LIAQgASgCDCACQQJ0aigCABAfIAJBAWohAgwBCwtBHBANIgJBAEEc/AsAIAJBBjYCACAAKAIEIQVBACEBA0AgASAFSQRAIAAoAgBBBk8EfyAAKAIYIAAoAgRHBUEACwRAIAAQDgtBfyAEIAAoAgwgAUECdGooAgAiAxAaIgYgBkEASBtBAEgEQCAAKAIAQQZPBH8gACgCGCAAKAIERwVBAAsEQCAAEA4LIAIgAyAAKAIQIAFBAnRqKAIAEBYLIAFBAWohAQwBCwsgAgt9AQN/IAAoAgBBBkcEQEHA8gAgABAMQQAPC0EcEA0iAUEAQRz8CwAgAUEHNgIAIAAoAgQhAwNAIAIgA0kEQCAAKAIAQQZPBH8gACgCGCAAKAIERwVBAAsEQCAAEA4LIAEgACgCDCACQQJ0aigCABAfIAJBAWohAgwBCwsgAQuHAQEDfyAAKAIAQQZHBEBB0PEAIAAQDEEADwsgASgCAEEFRgRAIAEoAgQhBQNAIAMgBUkEQCAAKAIAIgRBBUcgBEEGR3EgBEEHR3EEQCACDwsgACABKAIMIANBAnRqKAIAEDIiAEUEQCACDwsgA0EBaiEDDAELCyAADwsgACABECAiACACIAAbC8EBAQJ+IAAoAgBBA0cEQEHgggEgABAMQQAPCyABKAIAQQNHBEBB4IMBIAEQDEEADwsgACgCBARAIwIEQEHghAFBgCpBAEEAEBALQQAPCyABKAIEBEAjAgRAQZCGAUGAKkEAQQAQEAtBAA8LIAApAwghAiABKQMIIQNBABAXIQAgAiADVwRAA0AgAiADVwRAIAAgAhAPEBQgAkIBfCECDAELCwUDQCACIANZBEAgACACEA8QFCACQgF9IQIMAQsLCyAACw8AQYgYQZAYIAAgARATGwsaACAAIAFB4DBBwDEQKQRAQQAPCyAAIAEQTAuyBQMFfwF8A34gACgCAEEDRgR/IAEoAgBBA0YFQQALBEACfyAAKAIEBH9BAQUgASgCBAtFBEAgACkDCCIIIAEpAwgiCn0hCSAIIAqFIAggCYWDQgBZBEAgCRAPDAILCyAAKAIEQQFHBH8gASgCBEEBRwVBAAsEQCAAEBUgACgCBEECRgR/IAAoAgxBAEcFIAApAwhCAFMLIAEQFSABKAIEQQJGBH8gASgCDEEARwUgASkDCEIAUwtFEE4MAQsgACABQQEQTSICBH8gAgUCfCAAKAIEIgJFBEAgACkDCLkMAQsgAkECRgRAIAAoAggiAygCAEEBayECA0AgAkEATgRAIAdEAAAAAAAA8EGiIAIgAygCAEkEfyADQQRqIAJBAnRqKAIABUEAC7igIQcgAkEBayECDAELCyAHmiAHIAAoAgwbDAELIAArAwgLAnxEAAAAAAAAAAAhByABKAIEIgBFBEAgASkDCLkMAQsgAEECRgRAIAEoAggiAigCAEEBayEAA0AgAEEATgRAIAdEAAAAAAAA8EGiIAAgAigCAEkEfyACQQRqIABBAnRqKAIABUEAC7igIQcgAEEBayEADAELCyAHmiAHIAEoAgwbDAELIAErAwgLoRAYCwsPCyAAKAIAQQdGBH8gASgCAEEHRgVBAAsEQEEcEA0iBUEAQRz8CwAgBUEHNgIAIAAoAgQhBgNAIAIgBkkEQCAAKAIAQQZPBH8gACgCGCAAKAIERwVBAAsEQCAAEA4LQX8gASAAKAIMIAJBAnRqKAIAIgMQGiIEIARBAEgbQQBIBEAgBSADEB8LIAJBAWohAgwBCwsgBQ8LIAAoAgBBA0YEf0EBBSAAKAIAQQdGC0UEQEGQLiAAEAxBAA8LIAEoAgBBA0YEQEGQLyABEAxBAA8LQfAvIAEQDEEACwgAIABBABBmCwgAIABBARBmCxIAQYgYQZAYIAAgARATQQBMGwsSAEGIGEGQGCAAIAEQE0EASBsLEQBBiBhBkBggACgCAEEERhsLEQBBiBhBkBggACgCAEEHRhsLEQBBiBhBkBggACgCAEEGRhsLEQBBiBhBkBggACgCAEEDRhsLEQBBiBhBkBggACgCAEEBRhsLEQBBiBhBkBggACgCAEECRhsLEQBBiBhBkBggACgCAEEFRhsL2gIBA38gACgCAEEHRwRAQcD5ACAAEAxBAA8LIAAoAgQiA0UEQEEcEA0iAEEAQRz8CwAgAEEHNgIAIAAPCwNAIAEgA0kEQCAAKAIAQQZPBH8gACgCGCAAKAIERwVBAAsEQCAAEA4LIAAoAgwgAUECdGooAgAoAgAiAkEHRwRAIwIEQEGw+gACfwJAAkACQAJAAkACQAJAIAJBAWsOBgABAgMEBQYLQaAmDAYLQcAsDAULQfAsDAQLQZAtDAMLQbAtDAILQdAtDAELQfAtC0EAQQAQEAtBAA8LIAFBAWohAQwBCwsgACgCAEEGTwR/IAAoAhggACgCBEcFQQALBEAgABAOCyAAKAIMKAIAIQJBASEBA0AgASADSQRAIAAoAgBBBk8EfyAAKAIYIAAoAgRHBUEACwRAIAAQDgsgAiAAKAIMIAFBAnRqKAIAEGghAiABQQFqIQEMAQsLIAILZQEBfyACKAIAIgNBBkYgA0EFRnIEQEGQGEGIGCACIAAQMiIABH8gACABEBMFQQELGw8LIANBB0YEQEGIGEGQGCAAIAEQEwR/QQAFQX8gAiAAEBoiACAAQQBIG0EATgsbDwtBkBgL0QEBAn8gASgCACIDQQdGBEBBiBhBkBhBfyABIAAQGiIAIABBAEgbQQBOGw8LIANBBUYEQCABKAIEIQMDQCACIANJBEAgASgCDCACQQJ0aigCACAAEBNFBEBBiBgPCyACQQFqIQIMAQsLQZAYDwsgA0EGRgRAIAEoAgQhAwNAIAIgA0kEQCABKAIAQQZPBH8gASgCGCABKAIERwVBAAsEQCABEA4LIAEoAhAgAkECdGooAgAgABATRQRAQYgYDwsgAkEBaiECDAELC0GQGA8LQZAYC68CAQd/IAAoAgBBBEcEQEGA4gAgABAMQQAPCyABKAIAQQRHBEBB8OIAIAEQDEEADwsgASgCBEUEQCMCBEBB4OMAQYAqQQBBABAQC0EADwsCfyAAKAIIIQcgACgCBCEFIAEoAgghBkEAIAEoAgQiA0UNABpBfyADIAVLDQAaA0AgAiADaiAFTQRAIAIgAiAHaiIILQAAIAYtAABGBH9BACEBAn8DQCABIANJBEBBACABIAhqLQAAIAEgBmotAABHDQIaIAFBAWohAQwBCwtBAQsFQQALDQIaIAJBAWohAgwBCwtBfwsiAUEASARAQn8QDw8LIAAoAgghAkEAIQADQCAAIAFJBEAgBEEBaiAEIAAgAmotAABBwAFxQYABRxshBCAAQQFqIQAMAQsLIAStEA8LEgBBiBhBkBggACABEBNBAE4bCxIAQYgYQZAYIAAgARATQQBKGwuoBAMFfwJ+AXwgACABQcDqAEGw6wAQKQRAQQAPCyABKAIEBH5CAAUgASkDCAsiB0IIUiAHQgJScSAHQgpScSAHQhBScQRAIwIEQEGg7ABBgCpBAEEAEBALQQAPCyAAKAIEIgFBACABQQFHGwRAIAenIAFBAkYEfyAAKAIMQQBHBSAAKQMIQgBTCyEEIAAQFSECrRAiIQUgAigCAEEFdEEhaiIBEA0hAyABIQADQCACIAUQLyECIAMgAEEBayIAaiMDIgYoAgAEfyAGKAIEBUEACyIGQawYKAIAQQF2TwR/QX8FIAZBAXRBsBhqLwEACzoAACACKAIADQALIAQEQCADIABBAWsiAGpBLToAAAsgACADaiABIABrEBEPCyAAKAIEIgEEfgJ8IAFFBEAgACkDCLkMAQsgAUECRgRAIAAoAggiAigCAEEBayEBA0AgAUEATgRAIAlEAAAAAAAA8EGiIAEgAigCAEkEfyACQQRqIAFBAnRqKAIABUEAC7igIQkgAUEBayEBDAELCyAJmiAJIAAoAgwbDAELIAArAwgLnfwGBSAAKQMICyIIQgBTIQFCACAIfSAIIAEbIQhBwgAQDSECQcIAIQADQCACIABBAWsiAGogCCAHgqciA0GsGCgCAEEBdk8Ef0F/BSADQQF0QbAYai8BAAs6AAAgCCAHgCIIQgBSDQALIAEEQCACIABBAWsiAGpBLToAAAsgACACakHCACAAaxARC6sBAgJ/AXwgACgCAEEDRgR/IAAoAgRBAUcEfyAABQJ8IAAoAgQiAUUEQCAAKQMIuQwBCyABQQJGBEAgACgCCCICKAIAQQFrIQEDQCABQQBOBEAgA0QAAAAAAADwQaIgASACKAIASQR/IAJBBGogAUECdGooAgAFQQALuKAhAyABQQFrIQEMAQsLIAOaIAMgACgCDBsMAQsgACsDCAucEBgLBUHAOSAAEAxBAAsLkwEBAn8gACgCAEEERwRAQcDQACAAEAxBAA8LIAEoAgBBBEcEQEGw0QAgARAMQQAPC0GIGEGQGCABKAIEIgIgACgCBCIDTQR/IAAoAgggA2ogAmshAyABKAIIIQFBACEAAn8DQCAAIAJJBEBBACAAIANqLQAAIAAgAWotAABHDQIaIABBAWohAAwBCwtBAQsFQQALGwvDBAMCfwF8An4gACABQaAyQYAzECkEQEEADwsgASgCBEECRgR/QQAFIAEoAgQEfyABKwMIRAAAAAAAAAAAYQUgASkDCFALCwRAIwIEQEHgM0GAKkEAQQAQEAtBAA8LAn8gACgCBAR/QQEFIAEoAgQLRQRAIAEpAwgiBUJ/USAAKQMIIgZCgICAgICAgICAf1FxBH5CAQUgBiAFgQtQBEAgBiAFfxAPDAILCyAAKAIEQQFHBH8gASgCBEEBRwVBAAsEfyAAKAIEQQJGBH9BAQUgASgCBEECRgsFQQALBEAgABAVIAEQFRAvIQIjAygCAEUEQCAAKAIEQQJGBH8gACgCDEEARwUgACkDCEIAUwshACACIAEoAgRBAkYEfyABKAIMQQBHBSABKQMIQgBTCyAARxAbDAILCwJ8IAAoAgQiAkUEQCAAKQMIuQwBCyACQQJGBEAgACgCCCIDKAIAQQFrIQIDQCACQQBOBEAgBEQAAAAAAADwQaIgAiADKAIASQR/IANBBGogAkECdGooAgAFQQALuKAhBCACQQFrIQIMAQsLIASaIAQgACgCDBsMAQsgACsDCAsCfEQAAAAAAAAAACEEIAEoAgQiAEUEQCABKQMIuQwBCyAAQQJGBEAgASgCCCICKAIAQQFrIQADQCAAQQBOBEAgBEQAAAAAAADwQaIgACACKAIASQR/IAJBBGogAEECdGooAgAFQQALuKAhBCAAQQFrIQAMAQsLIASaIAQgASgCDBsMAQsgASsDCAujEBgLC3wBA38gACgCACICQQRGBEAgACgCCCEDIAAoAgQhAkEAIQADQCAAIAJJBEAgAUEBaiABIAAgA2otAABBwAFxQYABRxshASAAQQFqIQAMAQsLIAGtEA8PCyACQQdGIAJBBUZyIAJBBkZyBEAgADUCBBAPDwtBsD0gABAMQQAL1gEBBX8gACgCAEEERwRAQYDNACAAEAxBAA8LIAEoAgBBBEcEQEHwzQAgARAMQQAPCyAAKAIIIQUgACgCBCEDIAEoAgghBEEAIQACQCABKAIEIgJFDQAgAiADSwRAQX8hAAwBCwNAIAAgAmogA00EQCAAIAVqIgYtAAAgBC0AAEYEf0EAIQECfwNAIAEgAkkEQEEAIAEgBmotAAAgASAEai0AAEcNAhogAUEBaiEBDAELC0EBCwVBAAsNAiAAQQFqIQAMAQsLQX8hAAtBiBhBkBggAEEAThsLywIBBn8gACgCAEEERwRAQdDIACAAEAxBAA8LIAEoAgBBBUYEf0EBBSABKAIAQQdGC0UEQEHAyQAgARAMQQAPCyABKAIEIgUEfyAAKAIEIAVBAWtsBUEACyEGA0AgAiAFSQRAIAEoAgBBBk8EfyABKAIYIAEoAgRHBUEACwRAIAEQDgsgASgCDCACQQJ0aigCACIDKAIAQQRHBEBBwMoAQeDLACABIAMQMxpBAA8LIAYgAygCBGohBiACQQFqIQIMAQsLIAYQDSIEIQIDQCAFIAdLBEAgBwRAIAIgACgCCCAAKAIE/AoAACACIAAoAgRqIQILIAEoAgBBBk8EfyABKAIYIAEoAgRHBUEACwRAIAEQDgsgAiABKAIMIAdBAnRqKAIAIgMoAgggAygCBPwKAAAgAiADKAIEaiECIAdBAWohBwwBCwsgBCAGEBELqwECAn8BfCAAKAIAQQNGBH8gACgCBEEBRwR/IAAFAnwgACgCBCIBRQRAIAApAwi5DAELIAFBAkYEQCAAKAIIIgIoAgBBAWshAQNAIAFBAE4EQCADRAAAAAAAAPBBoiABIAIoAgBJBH8gAkEEaiABQQJ0aigCAAVBAAu4oCEDIAFBAWshAQwBCwsgA5ogAyAAKAIMGwwBCyAAKwMIC5sQGAsFQdA4IAAQDEEACwupBAMCfAJ/A34gACgCAEEFRwRAQbD9ACAAEAxBAA8LIAEoAgBBA0cEQEGg/gAgARAMQQAPCyABKAIEQQFHBH9BAQUgASsDCCIEnSAEYSAEIAShRAAAAAAAAAAAYXELRQRAIwIEQEGQ/wBBgCpBAEEAEBALQQAPCyACKAIAQQNHBEBBwIABIAIQDEEADwsgAigCBEEBRwR/QQEFIAIrAwgiBJ0gBGEgBCAEoUQAAAAAAAAAAGFxC0UEQCMCBEBBsIEBQYAqQQBBABAQC0EADwsCfCABKAIEIgVFBEAgASkDCLkMAQsgBUECRgRAIAEoAggiBigCAEEBayEFA0AgBUEATgRAIANEAAAAAAAA8EGiIAUgBigCAEkEfyAGQQRqIAVBAnRqKAIABUEAC7igIQMgBUEBayEFDAELCyADmiADIAEoAgwbDAELIAErAwgLnPwGIgdCACAHQgBZGyEHIAA1AgQiCAJ8RAAAAAAAAAAAIQMgAigCBCIBRQRAIAIpAwi5DAELIAFBAkYEQCACKAIIIgUoAgBBAWshAQNAIAFBAE4EQCADRAAAAAAAAPBBoiABIAUoAgBJBH8gBUEEaiABQQJ0aigCAAVBAAu4oCEDIAFBAWshAQwBCwsgA5ogAyACKAIMGwwBCyACKwMIC5z8BiIJIAggCVMbIQhBABAXIQEDQCAHIAhTBEAgASAAKAIMIAenQQJ0aigCABAUIAdCAXwhBwwBCwsgAQuXAQECfyAAKAIAQQVHBEBB0PsAIAAQDEEADwsgASgCAEEFRwRAQcD8ACABEAxBAA8LIAAoAgQgASgCBGoQFyECA0AgAyAAKAIESQRAIAIgACgCDCADQQJ0aigCABAUIANBAWohAwwBCwtBACEAA0AgACABKAIESQRAIAIgASgCDCAAQQJ0aigCABAUIABBAWohAAwBCwsgAgurAwICfwF8IAAoAgBBA0YEfwJ/IAAoAgQiAUEBRwRAIAFBAkYEfyAAKAIMBSAAKQMIQgBTCwR/An8gACgCBAR/QQAFIAApAwhCgICAgICAgICAf1ILBEBCACAAKQMIfRAPDAELIAAoAgRBAUcEQCAAEBUgACgCBEECRgR/IAAoAgxBAEcFIAApAwhCAFMLRRAbDAELAnwgACgCBCIBRQRAIAApAwi5DAELIAFBAkYEQCAAKAIIIgIoAgBBAWshAQNAIAFBAE4EQCADRAAAAAAAAPBBoiABIAIoAgBJBH8gAkEEaiABQQJ0aigCAAVBAAu4oCEDIAFBAWshAQwBCwsgA5ogAyAAKAIMGwwBCyAAKwMIC5oQGAsFIAALDAELAnwgACgCBCIBRQRAIAApAwi5DAELIAFBAkYEQCAAKAIIIgIoAgBBAWshAQNAIAFBAE4EQCADRAAAAAAAAPBBoiABIAIoAgBJBH8gAkEEaiABQQJ0aigCAAVBAAu4oCEDIAFBAWshAQwBCwsgA5ogAyAAKAIMGwwBCyAAKwMIC5kQGAsFQYA3IAAQDEEACwsL2qMBmAEAQYAIC4AQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQYAYCwgBAAAAAAAAAABBiBgLCAIAAAABAAAAAEGQGAsIAgAAAAAAAAAAQZwYC0A8AAAAAAAAAAAAAAACAAAAIAAAADAAMQAyADMANAA1ADYANwA4ADkAYQBiAGMAZABlAGYAAAAAAAAAAAAAAAAAAEHcGAsBLgBB7BgLsAIsAQAAAAAAAAAAAAACAAAAEAEAAG8AdQB0ACAAbwBmACAAbQBlAG0AbwByAHkAOgAgAHQAaABlACAAcABvAGwAaQBjAHkAIABuAGUAZQBkAHMAIABtAG8AcgBlACAAbQBlAG0AbwByAHkAIAB0AGgAYQBuACAAdABoAGUAIABXAGUAYgBBAHMAcwBlAG0AYgBsAHkALgBNAGUAbQBvAHIAeQAgAGEAbABsAG8AdwBzACAAKAByAGEAaQBzAGUAIABpAHQAcwAgAG0AYQB4AGkAbQB1AG0ALAAgAG8AcgAgAHIAZQBkAHUAYwBlACAAdABoAGUAIABkAGEAdABhACAAdABoAGUAIABwAG8AbABpAGMAeQAgAGIAdQBpAGwAZABzACkAAAAAAAAAAAAAAAAAAEGgGwu4BYgCHAig1Y/6dr8+on/hrrp2rFUwIPsWi+o1zl1KiULPLTtlVaqwa5rfRRo9A88a5srGmscX/nCrT9y8vvyxd/8M1mtB75FWvjz8f5CtH9CNg5pVMShcUdO1yaatj6xxncuL7iN3IpzqbVN4QJFJzK5XzrZdeRI8gjdW+002lBDCT5hIOG/qlpDHOoIly4V01/SXv5fNz4ag5awqF5gKNO+OsjUq+2c4sjs/xtLf1MiEus3TGidE3cWWySW7zp9rk4SlYn0kbKzb9tpfDVhmq6Mm8cPek/ji87iA/6qorbW1i0p8bAVfYodTMME0YP+8yVUmupGMhU6WvX4pcCR3+d+PuOW4n73fppR9dIjPX6n4z5uoj5NwRLlrFQ+/+PAIirYxMWVVJbDNrH970MbiP5kGOysqxBBc5NOSc2mZJCSqDsoAg/K1h/3rGhGSZAjlvMyIUG8JzLyMLGUZ4lgXt9EAAAAAAABAnAAAAAAQpdToAABirMXreK2ECZT4eDk/gbMVB8l7zpfAcFzqe84yfo9ogOmrpDjS1UUimhcmJ0+fJ/vE1DGiY+2orciMOGXesNtlqxqOCMeDmh1xQvkdXcRY5xumLGlNkuqNcBpk7gHaSnfvmpmjbaKFa320e3gJ8ncY3Xmh5FS0wsWbW5KGW4Y9XZbIxVM1yLOgl/pctCqV41+gmb2fRt4ljDnbNMKbpVyfmKNymsb2zr7pVFO/3LfiQSLyF/P8iKV4XNObziDM31Mhe/NaFpg6MB+X3LWg4paz41xT0dmoPESnpNl8m/sQRKSnTEx2uxqcQLbvjquLLIRXphDvH9ApMZHp5aQQm50MnKH7mxDnKfQ7YtkgKKyFz6d6XktEgC3drANA5CG/j/9EXi+cZ45BuIycnRcz1Kkb47SS2xme2Xffum6/lutr7vCbOwKHrwBB2CALrgE8+1f7cvuM+6f7wfvc+/b7Efws/Eb8Yfx7/Jb8sfzL/Ob8AP0b/TX9UP1r/YX9oP26/dX97/0K/iX+P/5a/nT+j/6p/sT+3/75/hT/Lv9J/2P/fv+Z/7P/zv/o/wMAHgA4AFMAbQCIAKIAvQDYAPIADQEnAUIBXAF3AZIBrAHHAeEB/AEWAjECTAJmAoECmwK2AtAC6wIGAyADOwNVA3ADiwOlA8AD2gP1Aw8EKgQAQYgiCygBAAAACgAAAGQAAADoAwAAECcAAKCGAQBAQg8AgJaYAADh9QUAypo7AEGwIguQAzAAMAAwADEAMAAyADAAMwAwADQAMAA1ADAANgAwADcAMAA4ADAAOQAxADAAMQAxADEAMgAxADMAMQA0ADEANQAxADYAMQA3ADEAOAAxADkAMgAwADIAMQAyADIAMgAzADIANAAyADUAMgA2ADIANwAyADgAMgA5ADMAMAAzADEAMwAyADMAMwAzADQAMwA1ADMANgAzADcAMwA4ADMAOQA0ADAANAAxADQAMgA0ADMANAA0ADQANQA0ADYANAA3ADQAOAA0ADkANQAwADUAMQA1ADIANQAzADUANAA1ADUANQA2ADUANwA1ADgANQA5ADYAMAA2ADEANgAyADYAMwA2ADQANgA1ADYANgA2ADcANgA4ADYAOQA3ADAANwAxADcAMgA3ADMANwA0ADcANQA3ADYANwA3ADcAOAA3ADkAOAAwADgAMQA4ADIAOAAzADgANAA4ADUAOAA2ADgANwA4ADgAOAA5ADkAMAA5ADEAOQAyADkAMwA5ADQAOQA1ADkANgA5ADcAOQA4ADkAOQAAQcwlCyAcAAAAAAAAAAAAAAACAAAACAAAAHQAcgB1AGUAAAAAAABB7CULIBwAAAAAAAAAAAAAAAIAAAAKAAAAZgBhAGwAcwBlAAAAAEGMJgsgHAAAAAAAAAAAAAAAAgAAAAgAAABuAHUAbABsAAAAAAAAQbAmC7gBAAAAAAAA8D8AAAAAAAAkQAAAAAAAAFlAAAAAAABAj0AAAAAAAIjDQAAAAAAAavhAAAAAAICELkEAAAAA0BJjQQAAAACE15dBAAAAAGXNzUEAAAAgX6ACQgAAAOh2SDdCAAAAopQabUIAAEDlnDCiQgAAkB7EvNZCAAA0JvVrDEMAgOA3ecNBQwCg2IVXNHZDAMhOZ23Bq0MAPZFg5FjhQ0CMtXgdrxVEUO/i1uQaS0SS1U0Gz/CARABB7CcLIBwAAAAAAAAAAAAAAAIAAAAGAAAAdQAwADAAAAAAAAAAAEGMKAsgHAAAAAAAAAAAAAAAAgAAAAoAAABzAGUAdAAoACkAAAAAQawoC2BcAAAAAAAAAAAAAAACAAAASgAAAG8AcABhAF8AZQB2AGEAbAA6ACAAdABoAGUAIABpAG4AcAB1AHQAIABpAHMAIABuAG8AdAAgAHYAYQBsAGkAZAAgAEoAUwBPAE4AAAAAQYwpC2BcAAAAAAAAAAAAAAACAAAASAAAAGkAbABsAGUAZwBhAGwAIABuAHUAbQBiAGUAcgAgAGwAaQB0AGUAcgBhAGwAIABpAG4AIAB0AGgAZQAgAHAAbwBsAGkAYwB5AAAAAAAAQewpCyAcAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAABBjCoLIBwAAAAAAAAAAAAAAAIAAAACAAAAOgAAAAAAAAAAAAAAAEGsKgsgHAAAAAAAAAAAAAAAAgAAAAQAAAA6ACAAAAAAAAAAAAAAQcwqC3BsAAAAAAAAAAAAAAACAAAATgAAAHAAbAB1AHMAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAAAAAAAAAAAAAEG8KwtwbAAAAAAAAAAAAAAAAgAAAE4AAABwAGwAdQBzADoAIABvAHAAZQByAGEAbgBkACAAMgAgAG0AdQBzAHQAIABiAGUAIABuAHUAbQBiAGUAcgAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAAAAAAAAAAABBrCwLMCwAAAAAAAAAAAAAAAIAAAAOAAAAYgBvAG8AbABlAGEAbgAAAAAAAAAAAAAAAAAAAABB3CwLIBwAAAAAAAAAAAAAAAIAAAAMAAAAbgB1AG0AYgBlAHIAAEH8LAsgHAAAAAAAAAAAAAAAAgAAAAwAAABzAHQAcgBpAG4AZwAAQZwtCyAcAAAAAAAAAAAAAAACAAAACgAAAGEAcgByAGEAeQAAAABBvC0LIBwAAAAAAAAAAAAAAAIAAAAMAAAAbwBiAGoAZQBjAHQAAEHcLQsgHAAAAAAAAAAAAAAAAgAAAAYAAABzAGUAdAAAAAAAAAAAQfwtC4ABfAAAAAAAAAAAAAAAAgAAAGwAAABtAGkAbgB1AHMAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAG8AbgBlACAAbwBmACAAewBuAHUAbQBiAGUAcgAsACAAcwBlAHQAfQAgAGIAdQB0ACAAZwBvAHQAIAAAQfwuC2BcAAAAAAAAAAAAAAACAAAASgAAAG0AaQBuAHUAcwA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAcwBlAHQAIABiAHUAdAAgAGcAbwB0ACAAAAAAQdwvC3BsAAAAAAAAAAAAAAACAAAAUAAAAG0AaQBuAHUAcwA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAbgB1AG0AYgBlAHIAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAAAAAAAEHMMAtgXAAAAAAAAAAAAAAAAgAAAEwAAABtAHUAbAA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAbgB1AG0AYgBlAHIAIABiAHUAdAAgAGcAbwB0ACAAAEGsMQtgXAAAAAAAAAAAAAAAAgAAAEwAAABtAHUAbAA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAbgB1AG0AYgBlAHIAIABiAHUAdAAgAGcAbwB0ACAAAEGMMgtgXAAAAAAAAAAAAAAAAgAAAEwAAABkAGkAdgA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAbgB1AG0AYgBlAHIAIABiAHUAdAAgAGcAbwB0ACAAAEHsMgtgXAAAAAAAAAAAAAAAAgAAAEwAAABkAGkAdgA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAbgB1AG0AYgBlAHIAIABiAHUAdAAgAGcAbwB0ACAAAEHMMwtAPAAAAAAAAAAAAAAAAgAAACYAAABkAGkAdgA6ACAAZABpAHYAaQBkAGUAIABiAHkAIAB6AGUAcgBvAAAAAAAAAABBjDQLYFwAAAAAAAAAAAAAAAIAAABMAAAAcgBlAG0AOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAgAABB7DQLYFwAAAAAAAAAAAAAAAIAAABMAAAAcgBlAG0AOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAgAABBzDULYFwAAAAAAAAAAAAAAAIAAABIAAAAcgBlAG0AOgAgAG0AbwBkAHUAbABvACAAbwBuACAAZgBsAG8AYQB0AGkAbgBnAC0AcABvAGkAbgB0ACAAbgB1AG0AYgBlAHIAAAAAAABBrDYLQDwAAAAAAAAAAAAAAAIAAAAmAAAAcgBlAG0AOgAgAG0AbwBkAHUAbABvACAAYgB5ACAAegBlAHIAbwAAAAAAAAAAQew2C2BcAAAAAAAAAAAAAAACAAAATAAAAGEAYgBzADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABuAHUAbQBiAGUAcgAgAGIAdQB0ACAAZwBvAHQAIAAAQcw3C3BsAAAAAAAAAAAAAAACAAAAUAAAAHIAbwB1AG4AZAA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAbgB1AG0AYgBlAHIAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAAAAAAAEG8OAtwbAAAAAAAAAAAAAAAAgAAAE4AAABjAGUAaQBsADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABuAHUAbQBiAGUAcgAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAAAAAAAAAAABBrDkLcGwAAAAAAAAAAAAAAAIAAABQAAAAZgBsAG8AbwByADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABuAHUAbQBiAGUAcgAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAAAAAAAAAQZw6C2BcAAAAAAAAAAAAAAACAAAARgAAAGEAbgBkADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABzAGUAdAAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAQfw6C2BcAAAAAAAAAAAAAAACAAAARgAAAGEAbgBkADoAIABvAHAAZQByAGEAbgBkACAAMgAgAG0AdQBzAHQAIABiAGUAIABzAGUAdAAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAQdw7C2BcAAAAAAAAAAAAAAACAAAARAAAAG8AcgA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAcwBlAHQAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAAQbw8C2BcAAAAAAAAAAAAAAACAAAARAAAAG8AcgA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAcwBlAHQAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAAQZw9C6ABnAAAAAAAAAAAAAAAAgAAAIoAAABjAG8AdQBuAHQAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAG8AbgBlACAAbwBmACAAewBhAHIAcgBhAHkALAAgAG8AYgBqAGUAYwB0ACwAIABzAGUAdAAsACAAcwB0AHIAaQBuAGcAfQAgAGIAdQB0ACAAZwBvAHQAIAAAAABBvD4LkAGMAAAAAAAAAAAAAAACAAAAbgAAAHAAcgBvAGQAdQBjAHQAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAG8AbgBlACAAbwBmACAAewBzAGUAdAAsACAAYQByAHIAYQB5AH0AIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAAAAAAAAAAQcw/C4ABfAAAAAAAAAAAAAAAAgAAAGYAAABzAHUAbQA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAbwBuAGUAIABvAGYAIAB7AHMAZQB0ACwAIABhAHIAcgBhAHkAfQAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAQczAAAugAZwAAAAAAAAAAAAAAAIAAACKAAAAcAByAG8AZAB1AGMAdAA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAYQByAHIAYQB5ACAAbwBmACAAbgB1AG0AYgBlAHIAcwAgAGIAdQB0ACAAZwBvAHQAIABhAHIAcgBhAHkAIABjAG8AbgB0AGEAaQBuAGkAbgBnACAAAAAAQezBAAugAZwAAAAAAAAAAAAAAAIAAACCAAAAcAByAG8AZAB1AGMAdAA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAcwBlAHQAIABvAGYAIABuAHUAbQBiAGUAcgBzACAAYgB1AHQAIABnAG8AdAAgAHMAZQB0ACAAYwBvAG4AdABhAGkAbgBpAG4AZwAgAAAAAAAAAAAAAAAAQYzDAAugAZwAAAAAAAAAAAAAAAIAAACCAAAAcwB1AG0AOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAGEAcgByAGEAeQAgAG8AZgAgAG4AdQBtAGIAZQByAHMAIABiAHUAdAAgAGcAbwB0ACAAYQByAHIAYQB5ACAAYwBvAG4AdABhAGkAbgBpAG4AZwAgAAAAAAAAAAAAAAAAQazEAAuQAYwAAAAAAAAAAAAAAAIAAAB6AAAAcwB1AG0AOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAHMAZQB0ACAAbwBmACAAbgB1AG0AYgBlAHIAcwAgAGIAdQB0ACAAZwBvAHQAIABzAGUAdAAgAGMAbwBuAHQAYQBpAG4AaQBuAGcAIAAAAABBvMUAC4ABfAAAAAAAAAAAAAAAAgAAAGYAAABtAGEAeAA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAbwBuAGUAIABvAGYAIAB7AHMAZQB0ACwAIABhAHIAcgBhAHkAfQAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAQbzGAAuAAXwAAAAAAAAAAAAAAAIAAABmAAAAbQBpAG4AOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAG8AbgBlACAAbwBmACAAewBzAGUAdAAsACAAYQByAHIAYQB5AH0AIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAEG8xwALgAF8AAAAAAAAAAAAAAACAAAAaAAAAHMAbwByAHQAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAG8AbgBlACAAbwBmACAAewBzAGUAdAAsACAAYQByAHIAYQB5AH0AIABiAHUAdAAgAGcAbwB0ACAAAAAAAABBvMgAC3BsAAAAAAAAAAAAAAACAAAAUgAAAGMAbwBuAGMAYQB0ADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAAAAAAEGsyQALgAF8AAAAAAAAAAAAAAACAAAAbAAAAGMAbwBuAGMAYQB0ADoAIABvAHAAZQByAGEAbgBkACAAMgAgAG0AdQBzAHQAIABiAGUAIABvAG4AZQAgAG8AZgAgAHsAcwBlAHQALAAgAGEAcgByAGEAeQB9ACAAYgB1AHQAIABnAG8AdAAgAABBrMoAC6ABnAAAAAAAAAAAAAAAAgAAAIgAAABjAG8AbgBjAGEAdAA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAYQByAHIAYQB5ACAAbwBmACAAcwB0AHIAaQBuAGcAcwAgAGIAdQB0ACAAZwBvAHQAIABhAHIAcgBhAHkAIABjAG8AbgB0AGEAaQBuAGkAbgBnACAAAAAAAABBzMsAC6ABnAAAAAAAAAAAAAAAAgAAAIAAAABjAG8AbgBjAGEAdAA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAcwBlAHQAIABvAGYAIABzAHQAcgBpAG4AZwBzACAAYgB1AHQAIABnAG8AdAAgAHMAZQB0ACAAYwBvAG4AdABhAGkAbgBpAG4AZwAgAAAAAAAAAAAAAAAAAABB7MwAC3BsAAAAAAAAAAAAAAACAAAAVgAAAGMAbwBuAHQAYQBpAG4AcwA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAcwB0AHIAaQBuAGcAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAEHczQALcGwAAAAAAAAAAAAAAAIAAABWAAAAYwBvAG4AdABhAGkAbgBzADoAIABvAHAAZQByAGEAbgBkACAAMgAgAG0AdQBzAHQAIABiAGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAQczOAAtwbAAAAAAAAAAAAAAAAgAAAFoAAABzAHQAYQByAHQAcwB3AGkAdABoADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAAABBvM8AC3BsAAAAAAAAAAAAAAACAAAAWgAAAHMAdABhAHIAdABzAHcAaQB0AGgAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABnAG8AdAAgAAAAAEGs0AALcGwAAAAAAAAAAAAAAAIAAABWAAAAZQBuAGQAcwB3AGkAdABoADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAQZzRAAtwbAAAAAAAAAAAAAAAAgAAAFYAAABlAG4AZABzAHcAaQB0AGgAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAABBjNIAC3BsAAAAAAAAAAAAAAACAAAAUAAAAHUAcABwAGUAcgA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAcwB0AHIAaQBuAGcAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAAAAAAAEH80gALcGwAAAAAAAAAAAAAAAIAAABQAAAAbABvAHcAZQByADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAAAAAAAAAQezTAAtwbAAAAAAAAAAAAAAAAgAAAFAAAABzAHAAbABpAHQAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAAAAAAAAAABB3NQAC3BsAAAAAAAAAAAAAAACAAAAUAAAAHMAcABsAGkAdAA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAcwB0AHIAaQBuAGcAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAAAAAAAEHM1QALcGwAAAAAAAAAAAAAAAIAAABOAAAAdAByAGkAbQA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAcwB0AHIAaQBuAGcAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAAAAAAAAAAQbzWAAtwbAAAAAAAAAAAAAAAAgAAAE4AAAB0AHIAaQBtADoAIABvAHAAZQByAGEAbgBkACAAMgAgAG0AdQBzAHQAIABiAGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAAAAAAAAAAABBrNcAC3BsAAAAAAAAAAAAAAACAAAAWAAAAHQAcgBpAG0AXwBsAGUAZgB0ADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAEGc2AALcGwAAAAAAAAAAAAAAAIAAABYAAAAdAByAGkAbQBfAGwAZQBmAHQAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAQYzZAAtwbAAAAAAAAAAAAAAAAgAAAFoAAAB0AHIAaQBtAF8AcgBpAGcAaAB0ADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAAABB/NkAC3BsAAAAAAAAAAAAAAACAAAAWgAAAHQAcgBpAG0AXwByAGkAZwBoAHQAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABnAG8AdAAgAAAAAEHs2gALcGwAAAAAAAAAAAAAAAIAAABcAAAAdAByAGkAbQBfAHAAcgBlAGYAaQB4ADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAQdzbAAtwbAAAAAAAAAAAAAAAAgAAAFwAAAB0AHIAaQBtAF8AcAByAGUAZgBpAHgAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABnAG8AdAAgAABBzNwAC3BsAAAAAAAAAAAAAAACAAAAXAAAAHQAcgBpAG0AXwBzAHUAZgBmAGkAeAA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAcwB0AHIAaQBuAGcAIABiAHUAdAAgAGcAbwB0ACAAAEG83QALcGwAAAAAAAAAAAAAAAIAAABcAAAAdAByAGkAbQBfAHMAdQBmAGYAaQB4ADoAIABvAHAAZQByAGEAbgBkACAAMgAgAG0AdQBzAHQAIABiAGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAQazeAAtwbAAAAAAAAAAAAAAAAgAAAFoAAAB0AHIAaQBtAF8AcwBwAGEAYwBlADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAAABBnN8AC3BsAAAAAAAAAAAAAAACAAAAVAAAAHIAZQBwAGwAYQBjAGUAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAAAAAEGM4AALcGwAAAAAAAAAAAAAAAIAAABUAAAAcgBlAHAAbABhAGMAZQA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAcwB0AHIAaQBuAGcAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAAQfzgAAtwbAAAAAAAAAAAAAAAAgAAAFQAAAByAGUAcABsAGEAYwBlADoAIABvAHAAZQByAGEAbgBkACAAMwAgAG0AdQBzAHQAIABiAGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAAABB7OEAC3BsAAAAAAAAAAAAAAACAAAAVAAAAGkAbgBkAGUAeABvAGYAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAAAAAEHc4gALcGwAAAAAAAAAAAAAAAIAAABUAAAAaQBuAGQAZQB4AG8AZgA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAcwB0AHIAaQBuAGcAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAAQczjAAtgXAAAAAAAAAAAAAAAAgAAAD4AAABpAG4AZABlAHgAbwBmADoAIABlAG0AcAB0AHkAIABzAGUAYQByAGMAaAAgAGMAaABhAHIAYQBjAHQAZQByAAAAAAAAAAAAAAAAAAAAAEGs5AALcGwAAAAAAAAAAAAAAAIAAABYAAAAcwB1AGIAcwB0AHIAaQBuAGcAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAQZzlAAtwbAAAAAAAAAAAAAAAAgAAAFgAAABzAHUAYgBzAHQAcgBpAG4AZwA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAbgB1AG0AYgBlAHIAIABiAHUAdAAgAGcAbwB0ACAAAAAAAABBjOYAC7ABrAAAAAAAAAAAAAAAAgAAAJIAAABzAHUAYgBzAHQAcgBpAG4AZwA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAaQBuAHQAZQBnAGUAcgAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAgAGYAbABvAGEAdABpAG4AZwAtAHAAbwBpAG4AdAAgAG4AdQBtAGIAZQByAAAAAAAAAAAAAAAAQbznAAtwbAAAAAAAAAAAAAAAAgAAAFgAAABzAHUAYgBzAHQAcgBpAG4AZwA6ACAAbwBwAGUAcgBhAG4AZAAgADMAIABtAHUAcwB0ACAAYgBlACAAbgB1AG0AYgBlAHIAIABiAHUAdAAgAGcAbwB0ACAAAAAAAABBrOgAC7ABrAAAAAAAAAAAAAAAAgAAAJIAAABzAHUAYgBzAHQAcgBpAG4AZwA6ACAAbwBwAGUAcgBhAG4AZAAgADMAIABtAHUAcwB0ACAAYgBlACAAaQBuAHQAZQBnAGUAcgAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAgAGYAbABvAGEAdABpAG4AZwAtAHAAbwBpAG4AdAAgAG4AdQBtAGIAZQByAAAAAAAAAAAAAAAAQdzpAAtQTAAAAAAAAAAAAAAAAgAAADQAAABzAHUAYgBzAHQAcgBpAG4AZwA6ACAAbgBlAGcAYQB0AGkAdgBlACAAbwBmAGYAcwBlAHQAAAAAAAAAAAAAQazqAAtwbAAAAAAAAAAAAAAAAgAAAFoAAABmAG8AcgBtAGEAdABfAGkAbgB0ADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABuAHUAbQBiAGUAcgAgAGIAdQB0ACAAZwBvAHQAIAAAAABBnOsAC3BsAAAAAAAAAAAAAAACAAAAWgAAAGYAbwByAG0AYQB0AF8AaQBuAHQAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAgAAAAAEGM7AALgAF8AAAAAAAAAAAAAAACAAAAZgAAAGYAbwByAG0AYQB0AF8AaQBuAHQAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAG8AbgBlACAAbwBmACAAewAyACwAIAA4ACwAIAAxADAALAAgADEANgB9AAAAAAAAAABBjO0ACyAcAAAAAAAAAAAAAAACAAAABgAAAG4AYQBuAAAAAAAAAABBrO0ACyAcAAAAAAAAAAAAAAACAAAABgAAAGkAbgBmAAAAAAAAAABBzO0ACzAsAAAAAAAAAAAAAAACAAAAEAAAAGkAbgBmAGkAbgBpAHQAeQAAAAAAAAAAAAAAAAAAQfztAAugAZwAAAAAAAAAAAAAAAIAAACCAAAAdABvAF8AbgB1AG0AYgBlAHIAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAGEAIABmAGkAbgBpAHQAZQAgAG4AdQBtAGIAZQByACwAIABuAG8AdAAgAE4AYQBOACAAbwByACAAaQBuAGYAaQBuAGkAdAB5AAAAAAAAAAAAAAAAQZzvAAtwbAAAAAAAAAAAAAAAAgAAAFoAAAB0AG8AXwBuAHUAbQBiAGUAcgA6ACAAcwB0AHIAYwBvAG4AdgAuAFAAYQByAHMAZQBGAGwAbwBhAHQAOgAgAGkAbgB2AGEAbABpAGQAIABzAHkAbgB0AGEAeAAAAABBjPAAC7ABrAAAAAAAAAAAAAAAAgAAAJgAAAB0AG8AXwBuAHUAbQBiAGUAcgA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAbwBuAGUAIABvAGYAIAB7AG4AdQBsAGwALAAgAGIAbwBvAGwAZQBhAG4ALAAgAG4AdQBtAGIAZQByACwAIABzAHQAcgBpAG4AZwB9ACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAQbzxAAtwbAAAAAAAAAAAAAAAAgAAAFoAAABvAGIAagBlAGMAdAAuAGcAZQB0ADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABvAGIAagBlAGMAdAAgAGIAdQB0ACAAZwBvAHQAIAAAAABBrPIAC3BsAAAAAAAAAAAAAAACAAAAXAAAAG8AYgBqAGUAYwB0AC4AawBlAHkAcwA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAbwBiAGoAZQBjAHQAIABiAHUAdAAgAGcAbwB0ACAAAEGc8wALgAF8AAAAAAAAAAAAAAACAAAAXgAAAG8AYgBqAGUAYwB0AC4AdQBuAGkAbwBuADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABvAGIAagBlAGMAdAAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAAAAAAAAAAABBnPQAC4ABfAAAAAAAAAAAAAAAAgAAAF4AAABvAGIAagBlAGMAdAAuAHUAbgBpAG8AbgA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAbwBiAGoAZQBjAHQAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAAAAAAAAAAQZz1AAuAAXwAAAAAAAAAAAAAAAIAAABgAAAAbwBiAGoAZQBjAHQALgByAGUAbQBvAHYAZQA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAbwBiAGoAZQBjAHQAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAAAAAAAEGc9gALoAGcAAAAAAAAAAAAAAACAAAAigAAAG8AYgBqAGUAYwB0AC4AcgBlAG0AbwB2AGUAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAG8AbgBlACAAbwBmACAAewBvAGIAagBlAGMAdAAsACAAcwBlAHQALAAgAGEAcgByAGEAeQB9ACAAYgB1AHQAIABnAG8AdAAgAAAAAEG89wALYFwAAAAAAAAAAAAAAAIAAABKAAAAdQBuAGkAbwBuADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABzAGUAdAAgAGIAdQB0ACAAZwBvAHQAIAAAAABBnPgAC5ABjAAAAAAAAAAAAAAAAgAAAHgAAAB1AG4AaQBvAG4AOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAHMAZQB0ACAAbwBmACAAcwBlAHQAcwAgAGIAdQB0ACAAZwBvAHQAIABzAGUAdAAgAGMAbwBuAHQAYQBpAG4AaQBuAGcAIAAAAAAAAEGs+QALcGwAAAAAAAAAAAAAAAIAAABYAAAAaQBuAHQAZQByAHMAZQBjAHQAaQBvAG4AOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAHMAZQB0ACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAQZz6AAugAZwAAAAAAAAAAAAAAAIAAACGAAAAaQBuAHQAZQByAHMAZQBjAHQAaQBvAG4AOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAHMAZQB0ACAAbwBmACAAcwBlAHQAcwAgAGIAdQB0ACAAZwBvAHQAIABzAGUAdAAgAGMAbwBuAHQAYQBpAG4AaQBuAGcAIAAAAAAAAAAAQbz7AAtwbAAAAAAAAAAAAAAAAgAAAFwAAABhAHIAcgBhAHkALgBjAG8AbgBjAGEAdAA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAYQByAHIAYQB5ACAAYgB1AHQAIABnAG8AdAAgAABBrPwAC3BsAAAAAAAAAAAAAAACAAAAXAAAAGEAcgByAGEAeQAuAGMAbwBuAGMAYQB0ADoAIABvAHAAZQByAGEAbgBkACAAMgAgAG0AdQBzAHQAIABiAGUAIABhAHIAcgBhAHkAIABiAHUAdAAgAGcAbwB0ACAAAEGc/QALcGwAAAAAAAAAAAAAAAIAAABaAAAAYQByAHIAYQB5AC4AcwBsAGkAYwBlADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABhAHIAcgBhAHkAIABiAHUAdAAgAGcAbwB0ACAAAAAAQYz+AAtwbAAAAAAAAAAAAAAAAgAAAFwAAABhAHIAcgBhAHkALgBzAGwAaQBjAGUAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAgAABB/P4AC7ABrAAAAAAAAAAAAAAAAgAAAJYAAABhAHIAcgBhAHkALgBzAGwAaQBjAGUAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAGkAbgB0AGUAZwBlAHIAIABuAHUAbQBiAGUAcgAgAGIAdQB0ACAAZwBvAHQAIABmAGwAbwBhAHQAaQBuAGcALQBwAG8AaQBuAHQAIABuAHUAbQBiAGUAcgAAAAAAAAAAQayAAQtwbAAAAAAAAAAAAAAAAgAAAFwAAABhAHIAcgBhAHkALgBzAGwAaQBjAGUAOgAgAG8AcABlAHIAYQBuAGQAIAAzACAAbQB1AHMAdAAgAGIAZQAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAgAABBnIEBC7ABrAAAAAAAAAAAAAAAAgAAAJYAAABhAHIAcgBhAHkALgBzAGwAaQBjAGUAOgAgAG8AcABlAHIAYQBuAGQAIAAzACAAbQB1AHMAdAAgAGIAZQAgAGkAbgB0AGUAZwBlAHIAIABuAHUAbQBiAGUAcgAgAGIAdQB0ACAAZwBvAHQAIABmAGwAbwBhAHQAaQBuAGcALQBwAG8AaQBuAHQAIABuAHUAbQBiAGUAcgAAAAAAAAAAQcyCAQuAAXwAAAAAAAAAAAAAAAIAAABiAAAAbgB1AG0AYgBlAHIAcwAuAHIAYQBuAGcAZQA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAaQBuAHQAZQBnAGUAcgAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAAAAAAEHMgwELgAF8AAAAAAAAAAAAAAACAAAAYgAAAG4AdQBtAGIAZQByAHMALgByAGEAbgBnAGUAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAGkAbgB0AGUAZwBlAHIAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAAAABBzIQBC7ABrAAAAAAAAAAAAAAAAgAAAJoAAABuAHUAbQBiAGUAcgBzAC4AcgBhAG4AZwBlADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABpAG4AdABlAGcAZQByACAAbgB1AG0AYgBlAHIAIABiAHUAdAAgAGcAbwB0ACAAZgBsAG8AYQB0AGkAbgBnAC0AcABvAGkAbgB0ACAAbgB1AG0AYgBlAHIAAAAAQfyFAQuwAawAAAAAAAAAAAAAAAIAAACaAAAAbgB1AG0AYgBlAHIAcwAuAHIAYQBuAGcAZQA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAaQBuAHQAZQBnAGUAcgAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAgAGYAbABvAGEAdABpAG4AZwAtAHAAbwBpAG4AdAAgAG4AdQBtAGIAZQByAAAAAEGshwELcGwAAAAAAAAAAAAAAAIAAABaAAAAZwBsAG8AYgAuAG0AYQB0AGMAaAA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAcwB0AHIAaQBuAGcAIABiAHUAdAAgAGcAbwB0ACAAAAAAQZyIAQuQAYwAAAAAAAAAAAAAAAIAAAB2AAAAZwBsAG8AYgAuAG0AYQB0AGMAaAA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAbwBuAGUAIABvAGYAIAB7AGEAcgByAGEAeQAsACAAbgB1AGwAbAB9ACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAABBrIkBC7ABrAAAAAAAAAAAAAAAAgAAAJAAAABnAGwAbwBiAC4AbQBhAHQAYwBoADoAIABvAHAAZQByAGEAbgBkACAAMgAgAG0AdQBzAHQAIABiAGUAIABhAHIAcgBhAHkAIABvAGYAIABzAHQAcgBpAG4AZwBzACAAYgB1AHQAIABnAG8AdAAgAGEAcgByAGEAeQAgAGMAbwBuAHQAYQBpAG4AaQBuAGcAIAAAAAAAAAAAAAAAAAAAQdyKAQuwAawAAAAAAAAAAAAAAAIAAACYAAAAZwBsAG8AYgAuAG0AYQB0AGMAaAA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAYQByAHIAYQB5ACAAbwBmACAAcgB1AG4AZQBzACAAYgB1AHQAIABnAG8AdAAgAGEAcgByAGEAeQAgAGMAbwBuAHQAYQBpAG4AaQBuAGcAIABzAHQAcgBpAG4AZwAAAAAAAEGMjAELcGwAAAAAAAAAAAAAAAIAAABaAAAAZwBsAG8AYgAuAG0AYQB0AGMAaAA6ACAAbwBwAGUAcgBhAG4AZAAgADMAIABtAHUAcwB0ACAAYgBlACAAcwB0AHIAaQBuAGcAIABiAHUAdAAgAGcAbwB0ACAAAAAAQfyMAQuQAYwAAAAAAAAAAAAAAAIAAABwAAAAdABpAG0AZQAuAHAAYQByAHMAZQBfAHIAZgBjADMAMwAzADkAXwBuAHMAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAAAAAAAAAABBjI4BC+AB3AAAAAAAAAAAAAAAAgAAAMIAAAB0AGkAbQBlAC4AcABhAHIAcwBlAF8AcgBmAGMAMwAzADMAOQBfAG4AcwA6ACAAYwBhAG4AbgBvAHQAIABwAGEAcgBzAGUAIAB0AGgAZQAgAHQAaQBtAGUAOgAgAGkAdAAgAGkAcwAgAG4AbwB0ACAAUgBGAEMAIAAzADMAMwA5ACAAKABsAGkAawBlACAAMgAwADAANgAtADAAMQAtADAAMgBUADEANQA6ADAANAA6ADAANQBaADAANwA6ADAAMAApAAAAAAAAAAAAAAAAQeyPAQuAAXwAAAAAAAAAAAAAAAIAAABkAAAAdABpAG0AZQAuAHAAYQByAHMAZQBfAHIAZgBjADMAMwAzADkAXwBuAHMAOgAgAHQAaQBtAGUAIABvAHUAdABzAGkAZABlACAAbwBmACAAdgBhAGwAaQBkACAAcgBhAG4AZwBlAAAAAAAAAAAAAEHskAELcGwAAAAAAAAAAAAAAAIAAABYAAAAdABpAG0AZQAuAGQAYQB0AGUAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAQdyRAQtwbAAAAAAAAAAAAAAAAgAAAFgAAAB0AGkAbQBlAC4AZABhAHQAZQA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAcwB0AHIAaQBuAGcAIABiAHUAdAAgAGcAbwB0ACAAAAAAAABBzJIBC8ABvAAAAAAAAAAAAAAAAgAAAKwAAAB0AGkAbQBlAC4AZABhAHQAZQA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAZQBpAHQAaABlAHIAIABuAHUAbQBiAGUAcgAgACgAbgBzACkAIABvAHIAIABbAG4AdQBtAGIAZQByACAAKABuAHMAKQAsACAAcwB0AHIAaQBuAGcAIAAoAHQAegApAF0AIABiAHUAdAAgAGcAbwB0ACAAAEGMlAELUEwAAAAAAAAAAAAAAAIAAAA4AAAAdABpAG0AZQAuAGQAYQB0AGUAOgAgAHQAaQBtAGUAcwB0AGEAbQBwACAAdABvAG8AIABiAGkAZwAAAAAAAEHclAEL0AHMAAAAAAAAAAAAAAACAAAAtAAAAHQAaQBtAGUALgBhAGQAZABfAGQAYQB0AGUAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAGUAaQB0AGgAZQByACAAbgB1AG0AYgBlAHIAIAAoAG4AcwApACAAbwByACAAWwBuAHUAbQBiAGUAcgAgACgAbgBzACkALAAgAHMAdAByAGkAbgBnACAAKAB0AHoAKQBdACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAAAAAEGslgELYFwAAAAAAAAAAAAAAAIAAABAAAAAdABpAG0AZQAuAGEAZABkAF8AZABhAHQAZQA6ACAAdABpAG0AZQBzAHQAYQBtAHAAIAB0AG8AbwAgAGIAaQBnAAAAAAAAAAAAAAAAAABBjJcBC4ABfAAAAAAAAAAAAAAAAgAAAGAAAAB0AGkAbQBlAC4AYQBkAGQAXwBkAGEAdABlADoAIABvAHAAZQByAGEAbgBkACAAMgAgAG0AdQBzAHQAIABiAGUAIABuAHUAbQBiAGUAcgAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAAAAAAAAAQYyYAQuwAawAAAAAAAAAAAAAAAIAAACaAAAAdABpAG0AZQAuAGEAZABkAF8AZABhAHQAZQA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAaQBuAHQAZQBnAGUAcgAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAgAGYAbABvAGEAdABpAG4AZwAtAHAAbwBpAG4AdAAgAG4AdQBtAGIAZQByAAAAAEG8mQELgAF8AAAAAAAAAAAAAAACAAAAYAAAAHQAaQBtAGUALgBhAGQAZABfAGQAYQB0AGUAOgAgAG8AcABlAHIAYQBuAGQAIAAzACAAbQB1AHMAdAAgAGIAZQAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAAAAAAAAAABBvJoBC7ABrAAAAAAAAAAAAAAAAgAAAJoAAAB0AGkAbQBlAC4AYQBkAGQAXwBkAGEAdABlADoAIABvAHAAZQByAGEAbgBkACAAMwAgAG0AdQBzAHQAIABiAGUAIABpAG4AdABlAGcAZQByACAAbgB1AG0AYgBlAHIAIABiAHUAdAAgAGcAbwB0ACAAZgBsAG8AYQB0AGkAbgBnAC0AcABvAGkAbgB0ACAAbgB1AG0AYgBlAHIAAAAAQeybAQuAAXwAAAAAAAAAAAAAAAIAAABgAAAAdABpAG0AZQAuAGEAZABkAF8AZABhAHQAZQA6ACAAbwBwAGUAcgBhAG4AZAAgADQAIABtAHUAcwB0ACAAYgBlACAAbgB1AG0AYgBlAHIAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAAAAAAAEHsnAELsAGsAAAAAAAAAAAAAAACAAAAmgAAAHQAaQBtAGUALgBhAGQAZABfAGQAYQB0AGUAOgAgAG8AcABlAHIAYQBuAGQAIAA0ACAAbQB1AHMAdAAgAGIAZQAgAGkAbgB0AGUAZwBlAHIAIABuAHUAbQBiAGUAcgAgAGIAdQB0ACAAZwBvAHQAIABmAGwAbwBhAHQAaQBuAGcALQBwAG8AaQBuAHQAIABuAHUAbQBiAGUAcgAAAABBnJ4BC3BsAAAAAAAAAAAAAAACAAAAVAAAAHQAaQBtAGUALgBhAGQAZABfAGQAYQB0AGUAOgAgAHQAaQBtAGUAIABvAHUAdABzAGkAZABlACAAbwBmACAAdgBhAGwAaQBkACAAcgBhAG4AZwBlAAAAAAAAAAAAAEGMnwELgAF8AAAAAAAAAAAAAAACAAAAaAAAAG4AZQB0AC4AYwBpAGQAcgBfAGMAbwBuAHQAYQBpAG4AcwA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAcwB0AHIAaQBuAGcAIABiAHUAdAAgAGcAbwB0ACAAAAAAAABBjKABC3BsAAAAAAAAAAAAAAACAAAAUgAAAG4AZQB0AC4AYwBpAGQAcgBfAGMAbwBuAHQAYQBpAG4AcwA6ACAAaQBuAHYAYQBsAGkAZAAgAEMASQBEAFIAIABhAGQAZAByAGUAcwBzADoAIAAAAAAAAAAAAAAAAEH8oAELwAG8AAAAAAAAAAAAAAACAAAAoAAAAG4AZQB0AC4AYwBpAGQAcgBfAGMAbwBuAHQAYQBpAG4AcwA6ACAAbgBvAHQAIABhACAAdgBhAGwAaQBkACAAdABlAHgAdAB1AGEAbAAgAHIAZQBwAHIAZQBzAGUAbgB0AGEAdABpAG8AbgAgAG8AZgAgAGEAbgAgAEkAUAAgAGEAZABkAHIAZQBzAHMAIABvAHIAIABDAEkARABSADoAIAAAAAAAAAAAAAAAAAAAQbyiAQugAZwAAAAAAAAAAAAAAAIAAACGAAAAcwB0AHIAaQBuAGcAcwAuAHIAZQBwAGwAYQBjAGUAXwBuADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG4AbwBuAC0AcwB0AHIAaQBuAGcAIABrAGUAeQAgAGYAbwB1AG4AZAAgAGkAbgAgAHAAYQB0AHQAZQByAG4AIABvAGIAagBlAGMAdAAAAAAAAAA=";
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
