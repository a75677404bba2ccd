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
var BASE64 = [
  "AGFzbQEAAAABjAEWYAJ/fwF/YAF/AX9gA39/fwF/YAF/AGAAAX9gAn9/AGAEf39/fwF/YAN/f38AYAR/f39/AGABfgF/YAV/f39/",
  "fwF/YAJ/fAF/YAAAYAF8AX9gAnx/AXxgAn9/AXxgA35+fwF/YAF+AGABfwF8YAZ/fn5/fn8Bf2AHf39/f39/fwF/YAZ/f39/f38B",
  "fwLwAQ0DZW52DG9wYV9idWlsdGluMgAGA2VudgxvcGFfYnVpbHRpbjEAAgZwb2xpY3kJaGVhcF9iYXNlAAQGcG9saWN5BGV2YWwA",
  "AwNlbnYJb3BhX2Fib3J0AAMGcG9saWN5DnN0YXRpY19zdHJpbmdzAAQGcG9saWN5C2VudHJ5cG9pbnRzAAQGcG9saWN5CGJ1aWx0",
  "aW5zAAQDZW52C29wYV9wcmludGxuAAMDZW52DG9wYV9idWlsdGluNAAVA2VudgxvcGFfYnVpbHRpbjMACgNlbnYMb3BhX2J1aWx0",
  "aW4wAAADZW52Bm1lbW9yeQIAAQPpAecBAQUDCQgAAwAFAQcBDQAAAAEAAQUABwkBAAMFAAEGAAECAwAIAAAABQEAAgYFBwIABwsB",
  "DgAACgMGCA8AAAACBgMEAAYBBAAEAQMACAAQEQIGAgAGAgACAgcAAAAAABICEwsAAQAAAQEEAAEDBQQBAQgDBwQACQQHAAwMBQMB",
  "AQAAAQAEAAoGAgABAQUBAwEAAQIBAQMEAwUFBQEUAQQEAwQBAQEBAQEBAQAAAAAAAAACAAAAAAABAAEGAAAAAQAAAAACAAACAAAA",
  "AAACAgIBAAEBAQIABgIBAQABAAABAgIAAQEBAQEBBuwBL38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/",
  "AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/",
  "AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC34BQgALfgFCAAt+AUIAC34BQgALfwFBAAt/AUEAC38AQQELfwBBAwt/",
  "AUEAC38BQQALfgFCAAt+AUIAC38BQQALfwFBAAt+AUIAC38BQQALfgFCAAsH/w+HARRvcGFfd2FzbV9hYmlfdmVyc2lvbgMkGm9w",
  "YV93YXNtX2FiaV9taW5vcl92ZXJzaW9uAyULcnRfYnVpbHRpbjAAlQELcnRfYnVpbHRpbjEAlAELcnRfYnVpbHRpbjIAkwELcnRf",
  "YnVpbHRpbjMAkgELcnRfYnVpbHRpbjQAkQEKcnRfcHJpbnRsbgB9Cm9wYV9tYWxsb2MAngEIb3BhX2ZyZWUAogEQb3BhX2hlYXBf",
  "cHRyX2dldAChARBvcGFfaGVhcF9wdHJfc2V0AKABDm9wYV9qc29uX3BhcnNlAFIPb3BhX3ZhbHVlX3BhcnNlAFINb3BhX2pzb25f",
  "ZHVtcACfAQ5vcGFfdmFsdWVfZHVtcACcAQ5vcGFfdmFsdWVfdHlwZQCaAR9hY2Nlc3NjdGxfc3RyaWN0X2J1aWx0aW5fZXJyb3Jz",
  "AKsBGmFjY2Vzc2N0bF9idWlsdGluX2xvY2F0aW9uAKwBCGJ1aWx0aW5zAKoBC2VudHJ5cG9pbnRzAKkBEG9wYV9ldmFsX2N0eF9u",
  "ZXcAUxZvcGFfZXZhbF9jdHhfc2V0X2lucHV0AKMBFW9wYV9ldmFsX2N0eF9zZXRfZGF0YQClARtvcGFfZXZhbF9jdHhfc2V0X2Vu",
  "dHJ5cG9pbnQApAEXb3BhX2V2YWxfY3R4X2dldF9yZXN1bHQApgEEZXZhbACoAQhvcGFfZXZhbACnARJvcGFfdmFsdWVfYWRkX3Bh",
  "dGgAnQEVb3BhX3ZhbHVlX3JlbW92ZV9wYXRoAJsBDHJ0X21lbW9faW5pdACIAQxydF9tZW1vX3B1c2gAhQELcnRfbWVtb19wb3AA",
  "hgELcnRfbWVtb19nZXQAiQEOcnRfbWVtb19pbnNlcnQAhwEHcnRfbnVsbACCAQdydF90cnVlAHQIcnRfZmFsc2UAjwENcnRfbnVt",
  "YmVyX2ludACBAQ1ydF9udW1iZXJfcmVmAIABCXJ0X3N0cmluZwB1CHJ0X2FycmF5AJgBCXJ0X29iamVjdAB/BnJ0X3NldAB5CXJ0",
  "X2FzX3NldACWAQ9ydF9hcnJheV9hcHBlbmQAlwEQcnRfb2JqZWN0X2luc2VydAB+CnJ0X3NldF9hZGQAeAZydF9nZXQAjgEKcnRf",
  "Y29tcGFyZQCQAQdydF90eXBlAHMGcnRfbGVuAIoBDXJ0X2l0ZXJfY291bnQAjQELcnRfaXRlcl9rZXkAjAENcnRfaXRlcl92YWx1",
  "ZQCLAQxydF9zY2FuX2tleXMAew5ydF9zY2FuX3ZhbHVlcwB6D3J0X3NoYWxsb3dfY29weQB2CHJ0X21lcmdlAIQBD3J0X3NldF9s",
  "b2NhdGlvbgB3EHJ0X3J1bnRpbWVfZXJyb3IAfAhydF9hYm9ydACZARJydF9uYW1lX21hcF9pbnNlcnQAgwEMcnRfd2l0aF9yb290",
  "AHIMcnRfd2l0aF9zdGVwAHEEYl9lcQBYB2JfZXF1YWwAWAViX25lcQC3AQRiX2x0ALsBBWJfbHRlALoBBGJfZ3QAvwEFYl9ndGUA",
  "vgEGYl9wbHVzALYBB2JfbWludXMAuQEFYl9tdWwAuAEFYl9kaXYAwAEFYl9yZW0AtQETYl9pbnRlcm5hbF9tZW1iZXJfMgC9ARNi",
  "X2ludGVybmFsX21lbWJlcl8zALwBCmJfaXNfYXJyYXkAtAEMYl9pc19ib29sZWFuALMBCWJfaXNfbnVsbACyAQtiX2lzX251bWJl",
  "cgCxAQtiX2lzX29iamVjdACwAQhiX2lzX3NldACvAQtiX2lzX3N0cmluZwCuAQtiX3R5cGVfbmFtZQCtAQtiX3RvX251bWJlcgDC",
  "AQViX2FicwDeAQdiX3JvdW5kANoBBmJfY2VpbADdAQdiX2Zsb29yANwBD2JfbnVtYmVyc19yYW5nZQDbAQdiX2NvdW50APIBBWJf",
  "c3VtAO0BCWJfcHJvZHVjdADvAQViX21heADxAQViX21pbgDwAQZiX3NvcnQA7gEFYl9hbmQAZQRiX29yAOUBB2JfdW5pb24A5AEO",
  "Yl9pbnRlcnNlY3Rpb24A5gEMYl9vYmplY3RfZ2V0AOoBDWJfb2JqZWN0X2tleXMA6QEOYl9vYmplY3RfdW5pb24A5wEPYl9vYmpl",
  "Y3RfcmVtb3ZlAOgBDmJfYXJyYXlfY29uY2F0AOwBDWJfYXJyYXlfc2xpY2UA6wEGYl93YWxrAOMBCGJfY29uY2F0ANYBCmJfY29u",
  "dGFpbnMA1QEMYl9zdGFydHN3aXRoAM8BCmJfZW5kc3dpdGgA1AEIYmhfbG93ZXIAxwEIYmhfdXBwZXIAxgEHYl9zcGxpdADQAQZi",
  "X3RyaW0AzQELYl90cmltX2xlZnQAzAEMYl90cmltX3JpZ2h0AMoBDWJfdHJpbV9wcmVmaXgAywENYl90cmltX3N1ZmZpeADIAQxi",
  "X3RyaW1fc3BhY2UAyQEJYl9yZXBsYWNlANEBCWJfaW5kZXhvZgDSAQtiX3N1YnN0cmluZwDOAQxiX2Zvcm1hdF9pbnQA0wEKYmhf",
  "c3ByaW50ZgDYARRiaF9zdHJpbmdzX3JlcGxhY2VfbgDZAQxiX2dsb2JfbWF0Y2gA4gEXYl90aW1lX3BhcnNlX3JmYzMzMzlfbnMA",
  "xAEMYmhfdGltZV9kYXRlAMMBD2JfdGltZV9hZGRfZGF0ZQDFARNiX25ldF9jaWRyX2NvbnRhaW5zAOABBm1lbW9yeQIADAKZAQqi",
  "3wLnATQBAX8jAEUEQBACJAALIwBBB2pBeHEiASAAaiIAIAFJBEBBAEGAGRAmCyAAEFUgACQAIAELXQACfwJAAkACQAJAAkACQAJA",
  "IAEoAgBBAWsOBgABAgMEBQYLQaAmDAYLQcAsDAULQfAsDAQLQZAtDAMLQbAtDAILQdAtDAELQfAtCyEBIwIEQCAAIAFBAEEAEBAL",
  "C7wDAQ9/IAAoAgBBBkYhDiAAKAIMIQQgACgCBCINIAAoAhgiCGsiB0ECdCIBEAwhBSABEAwhAQNAIAIgB0kEQCAFIAJBAnRqIAIg",
  "CGo2AgAgAkEBaiECDAELCyAEIAUgByABEC8gDUECdCIBEAwhCSAOBH8gARAMBUEACyEKIA4EfyAAKAIQBUEACyEMIA1BAnQQDCEL",
  "QQAhAgNAIAYgDUkEQCADIAdPBH9BAQUgAiAISQR/IAQgAkECdGooAgAgBCAFIANBAnRqKAIAQQJ0aigCABATQQBIBUEACwsEQCAC",
  "IgFBAWohAgUgAyIBQQFqIQMgBSABQQJ0aigCACEBCyALIAFBAnQiAWogBjYCACAGQQJ0Ig8gCWogASAEaigCADYCACAOBEAgCiAP",
  "aiABIAxqKAIANgIACyAGQQFqIQYMAQsLIAAgCTYCDCAOBEAgACAKNgIQCyAAIA02AgggACANNgIYIAAoAhQiAUUEQA8LIAEoAgBB",
  "AWohAkEAIQADQCAAIAJJBEAgAUEIaiAAQQN0aiIDKAIEIgQEQCADIAsgBEEBa0ECdGooAgBBAWo2AgQLIABBAWohAAwBCwsLLQEB",
  "f0EYEAwiAUEDNgIAIAFBADYCBCABIAA3AwggAUEANgIQIAFBADYCFCABC/sBAQZ/QYAQIQQDQCAEQf8XSSAAQRRrKAIQQQF2Igkg",
  "BkpxBEAgBCIFQQFqIQQgBSAGIAlPBH9BfwUgACAGQQF0ai8BAAs6AAAgBkEBaiEGDAELCyAEIQADQCAAQf8XSSABQRRrKAIQQQF2",
  "IgUgB0pxBEAgACIEQQFqIQAgBCAFIAdNBH9BfwUgASAHQQF0ai8BAAs6AAAgB0EBaiEHDAELCwNAIABB/xdJIAMgCEtxBEAgACIB",
  "QQFqIQAgASACIAhqLQAAOgAAIAhBAWohCAwBCwsgAEEAOgAAIwFFBEBBgBBBgCoQJgsjASgCACMBKAIEIwEoAghBgBAQVwsmAQF/",
  "QRAQDCICQQQ2AgAgAiABNgIEIAIgADYCCCACQQA2AgwgAgsbAQF/QQEQJSMTIgFBAWokEyMSIAFqIAA6AAALmQQBB38gACABRgRA",
  "QQAPCyAARQRAQX8PCyABRQRAQQEPCyAAKAIAIgIgASgCACIDRwRAQX9BASACIANJGw8LAkACQAJAAkACQAJAAkACQCACQQFrDgcA",
  "AQIDBAUEBgtBAA8LQX9BASAAKAIEIgAgASgCBCIBSRtBACAAIAFHGw8LIAAgARBwDwsgACgCCCAAKAIEIAEoAgggASgCBBBEDwsg",
  "ACgCBCICIAEoAgQiAyACIANJGyEEIAAoAgBBBk8EfyAAKAIYIAJHBUEACwRAIAAQDgsgACgCDCEFIAEoAgBBBk8EfyABKAIYIAEo",
  "AgRHBUEACwRAIAEQDgsgASgCDCEBQQAhAANAIAAgBEkEQCAFIABBAnQiBmooAgAgASAGaigCABATIgYEQCAGDwsgAEEBaiEADAEL",
  "CwwCCyAAKAIEIgIgASgCBCIDIAIgA0kbIQUgACgCAEEGTwR/IAAoAhggAkcFQQALBEAgABAOCyAAKAIMIQYgASgCAEEGTwR/IAEo",
  "AhggASgCBEcFQQALBEAgARAOCyABKAIMIQQgACgCECEHIAEoAhAhAUEAIQADQCAAIAVJBEAgBiAAQQJ0IghqKAIAIAQgCGooAgAQ",
  "EyIIBEAgCA8LIAcgAEECdCIIaigCACABIAhqKAIAEBMiCARAIAgPCyAAQQFqIQAMAQsLDAELQQAPC0F/QQEgAiADSRtBACACIANH",
  "GwtaAQJ/IAAoAggiAyAAKAIEIgJGBEAgACAAKAIMIANBAnRBBCADQQF0IANBBEkbIgNBAnQQNjYCDCAAIAM2AggLIAAoAgwgAkEC",
  "dGogATYCACAAIAJBAWo2AgQLKQEBfiAAKAIEQQJGBEAgACgCCA8LQgAgACkDCCIBfSABIAFCAFMbECILMAEBfyAAIAEQGiIDQQBO",
  "BEAgACgCECADQQJ0aiACNgIADwsgACABIAJBfyADaxBFCzMBAX9BEBAMIgFBBTYCACABQQA2AgQgASAANgIIIAEgAAR/IABBAnQQ",
  "DAVBAAs2AgwgAQtLAQF/IAAgAJ1hIACZRAChOBSbOd9DY3EEQCAA/AYQDw8LQRgQDCIBQQM2AgAgAUEBNgIEIAEgADkDCCABQQA2",
  "AhAgAUEANgIUIAELkAEBAX8gACABai0AACICQYABSQRAIAIPCyACQeABSQRAIAAgAWotAAFBP3EgAkEfcUEGdHIPCyACQfABSQRA",
  "IAAgAWoiAC0AAkE/cSACQQ9xQQx0IAAtAAFBP3FBBnRycg8LIAAgAWoiAC0AA0E/cSACQQdxQRJ0IAAtAAFBP3FBDHRyIAAtAAJB",
  "P3FBBnRycgvNAgEIfyAAKAIUBEAgARAjJAggASECIAAoAgwhByMIIgQgACgCFCIFKAIAIghxIQMDQAJAQX8hASAFQQhqIANBA3Rq",
  "IgYoAgQiCUUNACAGKAIAIARGBEAgByAJQQFrIgFBAnRqKAIAIgYgAkYEf0EABSAGIAIQEwtFDQELIANBAWogCHEhAwwBCwsgAUEA",
  "TgR/IAEFQX8gACgCBGsLDwsgACgCDCEEIAAoAgQhBQNAIAIgBUkEQCAEIAJBAnRqKAIAIAFGBEAgAg8LIAJBAWohAgwBCwtBfyAF",
  "ayEAAkAgBQR/IAQgBUEBa0ECdGooAgAgARATQQBIBUEACw0AIAVBAWshAgNAIAIgA04EQCAEIAIgA2pBAXYiAEECdGooAgAgARAT",
  "IgVFDQIgBUEASARAIABBAWohAwUgAEEBayECCwwBCwtBfyADayEACyAAC8gBAgF+AX8gACgCAEECSwR/QQAFIAAoAgAEfyAAKAIE",
  "BUEAC60gACgCAEEBSwR/IAAoAggFQQALrUIghoQiAkKAgICAgICAgIB/WCACQv///////////wBYIAEbCwRAQgAgACgCAAR/IAAo",
  "AgQFQQALrSAAKAIAQQFLBH8gACgCCAVBAAutQiCGhCICfSACIAEbEA8PC0EYEAwiA0EDNgIAIANBAjYCBCADIAA2AgggAyABQQBH",
  "NgIMIANBADYCECADQQA2AhQgAwslAQJ/IABBAnQiAkEEahAMIgEgADYCACABQQRqQQAgAvwLACABC/UBAgZ/An4gASgCACIFIAAo",
  "AgAiBmoQHCECA0AgAyAGSQRAQgAhCCADIAAoAgBJBH8gAEEEaiADQQJ0aigCAAVBAAutIQlBACEEA0AgBCAFSQRAIAJBBGogAyAE",
  "akECdGoiBzUCACAJIAQgASgCAEkEfyABQQRqIARBAnRqKAIABUEAC61+fCAIfCEIIAcgCD4CACAIQiCIIQggBEEBaiEEDAELCyAC",
  "QQRqIAMgBWpBAnRqIAg+AgAgA0EBaiEDDAELCyACKAIAIQADQCAABH8gAiAAQQJ0aigCAAVBAQtFBEAgAEEBayEADAELCyACIAA2",
  "AgAgAgtWAQN/IABBFGsoAhBBAXYiAhAMIQMDQCABIAJJBEAgASADaiABIABBFGsoAhBBAXZPBH9BfwUgACABQQF0ai8BAAs6AAAg",
  "AUEBaiEBDAELCyADIAIQEQsfAQF/IAAgARAaIgJBAEgEQCAAIAFBAEF/IAJrEEULCysAQX8gACABEBoiASABQQBIGyIBQQBOBH8g",
  "ACgCECABQQJ0aigCAAVBAAsL3AQBBn8CQAJAAkACQAJAAkACQAJAIAAoAgBBAWsOBwABAgMEBgUHC0GgJhAtDwtB4CVBgCYgACgC",
  "BBsQLQ8LAkAgACgCECIBBEAgASAAKAIUEDMMAQsgACgCBEECRgR/IAAoAggoAgBBCmxBBGoFQcAACxAlIxMgACMSIxNqEEdqJBML",
  "DwsgABBMDwtB2wAQEiAAKAIEIQQDQCADIARJBEAgAwRAQSwQEiACBEBBIBASCwsgACgCDCADQQJ0aigCACABIAIQISADQQFqIQMM",
  "AQsLQd0AEBIPCyAAKAIEIgNBASABG0UEQEGgKBAtDwtB+wBB2wAgARsQEiAAKAIAQQZPBH8gACgCGCAAKAIERwVBAAsEQCAAEA4L",
  "IAAoAgwhBEEAIQADQCAAIANJBEAgAARAQSwQEiACBEBBIBASCwsgBCAAQQJ0aigCACABIAIQISAAQQFqIQAMAQsLQf0AQd0AIAEb",
  "EBIPC0H7ABASIAAoAgQhBwNAIAMgB0kEQCADBEBBLBASIAIEQEEgEBILCyAAKAIAQQZPBH8gACgCGCAAKAIERwVBAAsEQCAAEA4L",
  "QQEgASAAKAIMIANBAnRqKAIAIggoAgBBBEYbBEAgCCABIAIQIQUjEiMTIQUjFCEGQQAkEkEAJBNBACQUIAhBAEEAECEjEiMTEBEh",
  "CCQSIAUkEyAGJBQgCBBMC0E6EBIgAgRAQSAQEgsgACgCAEEGTwR/IAAoAhggACgCBEcFQQALBEAgABAOCyAAKAIQIANBAnRqKAIA",
  "IAEgAhAhIANBAWohAwwBCwtB/QAQEgsLTAECf0ECEBwiASAAPgIEIAEgAEIgiD4CCCABKAIAIQIDQCACBH8gASACQQJ0aigCAAVB",
  "AQtFBEAgAkEBayECDAELCyABIAI2AgAgAQutBAEEfyAARQRAQQAPCwJAAkACQAJAAkACQAJAAkACQCAAKAIAQQFrDgcAAQIDBAUG",
  "BwtBufPd8XkPC0HrlK+veEG13MqVfCAAKAIEGw8LIAAQbw8LAkAgACgCDCIBBEAgASEADAELQcW78oh4IQEgACgCCCEDIAAoAgQh",
  "BANAIAIgBEkEQCACIANqLQAAIAFzQZODgAhsIQEgAkEBaiECDAELCyAAIAEgBHMiAEEQdiAAc0Gt6qz/B2wiAEEPdiAAc0GLzbKj",
  "eGwiAEEQdiAAcyIAQQEgABsiADYCDAsgAA8LQa/W074CIQIgACgCBCEDA0AgASADSQRAIAAoAgwgAUECdGooAgAQIyACQR9saiIC",
  "QRB2IAJzQa3qrP8HbCICQQ92IAJzQYvNsqN4bCICQRB2IAJzIQIgAUEBaiEBDAELCyACDwsgACgCBCIDQbHP2bIBaiECIAAoAgwh",
  "BCAAKAIQIQADQCABIANJBEAgAiABQQJ0IgIgBGooAgAQI0EfbCAAIAJqKAIAECNqIgJBEHYgAnNBreqs/wdsIgJBD3YgAnNBi82y",
  "o3hsIgJBEHYgAnNqIQIgAUEBaiEBDAELCwwCCyAAKAIEIgNBlLf24gJrIQIgACgCDCEAA0AgASADSQRAIAAgAUECdGooAgAQIyAC",
  "aiECIAFBAWohAQwBCwsMAQtBAA8LIAIgAkEQdnNBreqs/wdsIgBBD3YgAHNBi82yo3hsIgBBEHYgAHML6AQCCX8BfCAAKAIEQQFH",
  "BEAgABAVJAQgACgCBEECRgR/IAAoAgxBAEcFIAApAwhCAFMLJAVBACQGIAFFBEAgACgCBEECRgR/IAAoAggoAgBBCmxBBGoFQcAA",
  "CxAMIQFBACMEQQAgARA6IgAgAEEBRgR/IAEtAABBMEYFQQALGyQHC0EBDwsgACgCECEKIAAoAhQiCEUEQCAAKwMIIgsgC6FEAAAA",
  "AAAAAABiBEBBAA8LQcAAEAwhCkHAABAMIgIgCxA9IQhBACEAA0AgACAISQRAIAAgCmogAiAAQQF0ai8BADoAACAAQQFqIQAMAQsL",
  "C0EAJAUgCAR/IAotAABBLUYFQQALBH9BASQFQQEFQQALIQIgCBAMIQNBACEAA0AgAiAISQRAAkAgAiAKai0AACIEQTlNIARBME9x",
  "BEBBASAEQTBHIAAbBEAgACADaiAEOgAAIABBAWohAAsgBkEBaiAGIAUbIQYFIARBLkcNAUEBIQULIAJBAWohAgwCCwsLIAIgCEkE",
  "fyACIApqLQAAQeUARgR/QQEFIAIgCmotAABBxQBGCwVBAAsEfyAIIAJBAWoiAksEfyACIApqLQAAQStGBH9BAQUgAiAKai0AAEEt",
  "RgsFQQALBEAgAiAKai0AAEEtRiEHIAJBAWohAgsDQCACIAhJBEAgAiAKai0AAEEwayAJQQpsaiIJQZADQYDC1y8gARtKBEBBAA8L",
  "IAJBAWohAgwBCwtBACAJayAJIAcbBUEACyAAQShLQQAgARsEQEEADwsgAyAAEGkkBCAGayQGIAAkByABBH8jBkE8SCMGQURKcQVB",
  "AQsLNwEBfyMUIxMgAGpPBEAPCyMUQQF0IgEjEyAAaiIASQRAIABBQGshAQsjEiMUIAEQNiQSIAEkFAuZAQEEf0GACCECIAAEQANA",
  "IAJB/xdJBEACQCAAIgNBAWohACADLQAAIgVFDQAgAiIDQQFqIQIgAyAFOgAADAILCwsLA0AgAkH/F0kgAUEUaygCEEEBdiIDIARK",
  "cQRAIAIiAEEBaiECIAAgAyAETQR/QX8FIAEgBEEBdGovAQALOgAAIARBAWohBAwBCwsgAkEAOgAAQYAIEAQAC4kBAQN/IAAoAgAi",
  "AiABKAIAIgNHBEBBf0EBIAIgA0kbDwsgAkEBayECA0AgAkEATgRAIAIgACgCAEkEfyAAQQRqIAJBAnRqKAIABUEACyIDIAIgASgC",
  "AEkEfyABQQRqIAJBAnRqKAIABUEACyIERwRAQX9BASADIARJGw8LIAJBAWshAgwBCwtBAAsuAQN/QgEQIiEBQgoQIiEDA0AgACAC",
  "SgRAIAEgAxAdIQEgAkEBaiECDAELCyABCywAIAAoAgBBA0cEQCACIAAQDUEBDwsgASgCAEEDRwRAIAMgARANQQEPC0EAC8IBAgN/",
  "An4gACgCACIEEBwhAwNAIAIgBEkEQCACIAAoAgBJBH8gAEEEaiACQQJ0aigCAAVBAAutIAIgASgCAEkEfyABQQRqIAJBAnRqKAIA",
  "BUEAC619IAV9IQZCACEFIANBBGogAkECdGogBkIAUwR+QgEhBSAGQoCAgIAQfAUgBgs+AgAgAkEBaiECDAELCyADKAIAIQADQCAA",
  "BH8gAyAAQQJ0aigCAAVBAQtFBEAgAEEBayEADAELCyADIAA2AgAgAwvKAQEEfyAAKAIEIQJBHBAMIgFBAEEc/AsAIAFBBjYCACAC",
  "RQRAIAEPCyACQQJ0IgQQDCEDIAQQDCEEIAAoAgBBBk8EfyAAKAIYIAAoAgRHBUEACwRAIAAQDgsgAyAAKAIMIAJBAnT8CgAAIAAo",
  "AgBBBk8EfyAAKAIYIAAoAgRHBUEACwRAIAAQDgsgBCAAKAIQIAJBAnT8CgAAIAEgAjYCBCABIAI2AgggASADNgIMIAEgBDYCECAB",
  "IAI2AhggAkEQTwRAIAEQQwsgAQvYAgEDfyAAKAIARQRAQgAQDw8LA0AgAkEASARAAkAgAEIKECIQLiMDKAIADQAhACACQQFqIQIM",
  "AgsLCyACQQBOBEAgACACECgQHSABEBsPCyAAQQAgACgCAEEKbEEEahAMIgUQOiIEIAJqIQMgBCACa0EEahAMIQIgAQR/IAJBLToA",
  "AEEBBUEACyEAIANBAEwEfyAAIAJqQTA6AAAgAEEBaiIBQQFqIQAgASACakEuOgAAA0AgA0EASARAIAAiAUEBaiEAIAEgAmpBMDoA",
  "ACADQQFqIQMMAQsLIAAgAmogBSAE/AoAACAAIARqBSAAIAJqIAUgA/wKAAAgACADaiIAQQFqIQEgACACakEuOgAAIAEgAmogAyAF",
  "aiAEIANrIgD8CgAAIAAgAWoLIQBBGBAMIgFBAzYCACABQQE2AgQgASACIAAQRjkDCCABIAI2AhAgASAANgIUIAELVwEDfyAAQRRr",
  "KAIQQQF2ECUDQCABIABBFGsoAhBBAXYiAkgEQCMTIgNBAWokEyMSIANqIAEgAk8Ef0F/BSAAIAFBAXRqLwEACzoAACABQQFqIQEM",
  "AQsLC+ECAQh/IAAoAgAiAxAcIQYgASgCAEEBahAcIgJBADYCACADQQV0QQFrIQgDQCAIQQBOBEAgAigCAEEBaiIEEBwhAyAIQQV2",
  "IgUgACgCAEkEfyAAQQRqIAVBAnRqKAIABUEACyAIdkEBcSEFQQAhBwNAIAQgB0sEQCAHQQJ0IgkgA0EEamogByACKAIASQR/IAJB",
  "BGogCWooAgAFQQALIglBAXQgBXI2AgAgCUEfdiEFIAdBAWohBwwBCwsgAygCACECA0AgAgR/IAMgAkECdGooAgAFQQELRQRAIAJB",
  "AWshAgwBCwsgAyACNgIAIAMiAiABECdBAE4EQCACIAEQKiECIAZBBGogCEEFdkECdGoiAyADKAIAQQEgCHRyNgIACyAIQQFrIQgM",
  "AQsLIAIkAyAGKAIAIQADQCAABH8gBiAAQQJ0aigCAAVBAQtFBEAgAEEBayEADAELCyAGIAA2AgAgBguhAgEGfyACQQJJBEAPCyAA",
  "IAEgAkEBdiIIIAMQLyAAIAEgCEECdGogAiAIayADEC8gCCEFA0AgBiAISSACIAVLcQRAIAAgASAFQQJ0aigCACIHQQJ0aigCACAA",
  "IAEgBkECdGooAgAiCUECdGooAgAQE0EASARAIAMgBEECdGogBzYCACAFQQFqIQUFIAMgBEECdGogCTYCACAGQQFqIQYLIARBAWoh",
  "BAwBCwsDQCAGIAhJBEAgBCIAQQFqIQQgBiIHQQFqIQYgAyAAQQJ0aiABIAdBAnRqKAIANgIADAELCwNAIAIgBUsEQCAEIgBBAWoh",
  "BCAFIgZBAWohBSADIABBAnRqIAEgBkECdGooAgA2AgAMAQsLIAEgAyACQQJ0/AoAAAt8AQF/IAAoAgAiAkEFRgRAIAGtEA8PCyAC",
  "QQZGBEAgACgCAEEGTwR/IAAoAhggACgCBEcFQQALBEAgABAOCyAAKAIMIAFBAnRqKAIADwsgACgCAEEGTwR/IAAoAhggACgCBEcF",
  "QQALBEAgABAOCyAAKAIMIAFBAnRqKAIAC4MCAwJ/AXwBfiABRSAARXIEQEEADwsgACgCACICQQZGBEAgACABECAPCyACQQVGBEAg",
  "ASgCAEEDRwRAQQAPC0F/IQICQCABKAIEIgNBAkYNACADRQRAIAEpAwgiBadBfyAFQv////8HVyAFQgBZcRshAgwBCyABKwMIIgT8",
  "AiECIAQgBJ1hIAREAAAAAAAAAABmcSAERAAAwP///99BZXENAEF/IQILIAJBAEgEf0EBBSACIAAoAgRPCwRAQQAPCyAAKAIMIAJB",
  "AnRqKAIADwsgAkEHRgRAQX8gACABEBoiASABQQBIGyIBQQBOBH8gACgCDCABQQJ0aigCAAVBAAsPC0EAC9gCAgJ+Bn8gAUUEQEEA",
  "DwsgAC0AAEEtRgR/QQEhCUEBBUEACyEEQQEhCANAIAEgCUsEQCAAIAlqLQAAIgVBOU0gBUEwT3EEQCAHQQFqIQcgBkUgCHEEQCAF",
  "QTBrQf8Bca0gA0IKfnwiAiADVCADQpmz5syZs+bMGVZyBEBBASEGBSACIQMLCwUgBUHlAEYgBUEuRnIgBUHFAEZyIAVBK0ZyIAVB",
  "LUZyRQRAQQAPC0EAIQgLIAlBAWohCQwBCwsgB0UEQEEADwsgBkUgCHEEQCAERSADQv///////////wBYcQRAIAMQDw8LIANCgICA",
  "gICAgICAf1ggBHEEQEIAIAN9EA8PCwsgCARAIAAgBGogASAEaxBpIAQQGyIEIAA2AhAgBCABNgIUIAQPC0EYEAwiBEEDNgIAIARB",
  "ATYCBCAEIAAgARBGOQMIIAQgADYCECAEIAE2AhQgBAsaACABECUjEiMTaiAAIAH8CgAAIxMgAWokEwvwCQEFfwJAIABBkM4ASg0A",
  "A0AjDCMNSQRAIwwtAAAiAUEJRyABQSBHcSABQQpHcSABQQ1HcUUEQCMMQQFqJAwMAgsLCyMMIw1PDQAjDC0AACIBQfsARgRAIwxB",
  "AWokDANAIwwjDUkEQCMMLQAAIgFBCUcgAUEgR3EgAUEKR3EgAUENR3FFBEAjDEEBaiQMDAILCwsjDCMNSQR/IwwtAABB/QBGBUEA",
  "CwRAIwxBAWokDEEcEAwiAEEAQRz8CwAgAEEGNgIAIAAPCyMRIQQDQANAIwwjDUkEQCMMLQAAIgFBCUcgAUEgR3EgAUEKR3EgAUEN",
  "R3FFBEAjDEEBaiQMDAILCwsjDCMNTwR/QQEFIwwtAABBIkcLDQIQTSIBRQ0CA0AjDCMNSQRAIwwtAAAiAkEJRyACQSBHcSACQQpH",
  "cSACQQ1HcUUEQCMMQQFqJAwMAgsLCyMMIw1PBH9BAQUjDC0AAEE6RwsNAiMMQQFqJAwgAEEBahA0IgJFDQIjESMQRgRAQcAAIxBB",
  "AXQjEEHAAEkbIgNBA3QQDCEFIxEEQCAFIw8jEUEDdPwKAAALIAUkDyADJBALIw8jEUEDdGoiAyABNgIAIAMgAjYCBCMRQQFqJBED",
  "QCMMIw1JBEAjDC0AACIBQQlHIAFBIEdxIAFBCkdxIAFBDUdxRQRAIwxBAWokDAwCCwsLIwwjDU8NAiMMIgFBAWokDCABLQAAIgFB",
  "/QBGBEAjDyAEQQN0aiMRIARrEG4gBCQRDwsgAUEsRg0ACwwBCyABQdsARgRAIwxBAWokDEEAEBchAQNAIwwjDUkEQCMMLQAAIgJB",
  "CUcgAkEgR3EgAkEKR3EgAkENR3FFBEAjDEEBaiQMDAILCwsjDCMNSQR/IwwtAABB3QBGBUEACwRAIwxBAWokDCABDwsDQCAAQQFq",
  "EDQiAkUNAiABIAIQFANAIwwjDUkEQCMMLQAAIgJBCUcgAkEgR3EgAkEKR3EgAkENR3FFBEAjDEEBaiQMDAILCwsjDCMNTw0CIwwi",
  "AkEBaiQMIAItAAAiAkHdAEYEQCABDwsgAkEsRg0ACwwBCyABQSJGBEAQTQ8LIAFB9ABGBEBBiBhBAAJ/QQAhAEEAIw1B3CUoAgBB",
  "AXYiASMMakkNABoDQCAAIAFJBEBBACMMIABqLQAAIABB3CUoAgBBAXZPBH9BfwUgAEEBdEHgJWovAQALQf8BcUcNAhogAEEBaiEA",
  "DAELCyMMIAFqJAxBAQsbDwsgAUHmAEYEQEGQGEEAAn9BACEAQQAjDUH8JSgCAEEBdiIBIwxqSQ0AGgNAIAAgAUkEQEEAIwwgAGot",
  "AAAgAEH8JSgCAEEBdk8Ef0F/BSAAQQF0QYAmai8BAAtB/wFxRw0CGiAAQQFqIQAMAQsLIwwgAWokDEEBCxsPCyABQe4ARgRAQYAY",
  "QQACf0EAIQBBACMNQZwmKAIAQQF2IgEjDGpJDQAaA0AgACABSQRAQQAjDCAAai0AACAAQZwmKAIAQQF2TwR/QX8FIABBAXRBoCZq",
  "LwEAC0H/AXFHDQIaIABBAWohAAwBCwsjDCABaiQMQQELGw8LIwwhAANAIwwjDUkEQCMMLQAAIgFBOU0gAUEwT3EgAUEtRnIgAUEr",
  "RnIgAUEuRnIgAUHlAEZyIAFBxQBGcgRAIwxBAWokDAwCCwsLIAAjDCAAaxAyDwtBAAslAEEAJBJBACQTQQAkFEHAABAlIAAgAUEA",
  "ECFBABASIxJBACQSCzkAIwAgACABakZBACAAGwRAIAAgAmoiARBVIAEkACAADwsgAhAMIQIgAARAIAIgACAB/AoAAAsgAgtuACAA",
  "IAEgAigCAEEFRhshAAJ/AkACQAJAAkACQAJAAkAgAygCAEEBaw4GAAECAwQFBgtBoCYMBgtBwCwMBQtB8CwMBAtBkC0MAwtBsC0M",
  "AgtB0C0MAQtB8C0LIQEjAgRAIAAgAUEAQQAQEAtBAAtRAQJ/IAEoAgQhAwNAIAIgA0kEQCABKAIAQQZPBH8gASgCGCABKAIERwVB",
  "AAsEQCABEA4LIAAgASgCDCACQQJ0aigCABAfIAJBAWohAgwBCwsLiwIBBn8gAUECSQRADwsgACABQQF2IgggAhA5IAAgCEECdGog",
  "ASAIayACEDkgCCEEA0AgBSAISSABIARLcQRAIAAgBEECdGooAgAiBiAAIAVBAnRqKAIAIgcQE0EASARAIAIgA0ECdGogBjYCACAE",
  "QQFqIQQFIAIgA0ECdGogBzYCACAFQQFqIQULIANBAWohAwwBCwsDQCAFIAhJBEAgAyIGQQFqIQMgBSIHQQFqIQUgAiAGQQJ0aiAA",
  "IAdBAnRqKAIANgIADAELCwNAIAEgBEsEQCADIgVBAWohAyAEIgZBAWohBCACIAVBAnRqIAAgBkECdGooAgA2AgAMAQsLIAAgAiAB",
  "QQJ0/AoAAAvMAgIGfwF+IAAoAgAiBBAcIgVBBGogAEEEaiAEQQJ0/AoAACAEQQpsQQJqIgMQDCEHIAMhACAERQRAIAcgAEEBayIA",
  "akEwOgAACwNAIAUoAgAiBARAQgAhCSAEQQFrIQQDQCAEQQBOBEAgBUEEaiAEQQJ0aiIGNQIAIAlCIIaEIQkgBiAJQoCU69wDgD4C",
  "ACAJQoCU69wDgiEJIARBAWshBAwBCwsgBSgCACEEA0AgBAR/IAUgBEECdGooAgAFQQELRQRAIARBAWshBAwBCwsgBSAENgIAIAmn",
  "IQQgBSgCAEEARyEIQQAhBgNAIAZBCUhBACAEIAhyGwRAIAcgAEEBayIAaiAEQQpwQTBqOgAAIARBCm4hBCAGQQFqIQYMAQsLDAEL",
  "CyABBEAgByAAQQFrIgBqQS06AAALIAIgACAHaiADIABrIgD8CgAAIAALwgECBH8BfiAAKAIAIgMgASgCAEsEfyADBSABKAIAC0EB",
  "aiIFEBwhBANAIAIgBUkEQCACQQJ0IgMgBEEEamogAiAAKAIASQR/IABBBGogA2ooAgAFQQALrSACIAEoAgBJBH8gAUEEaiACQQJ0",
  "aigCAAVBAAutfCAGfCIGPgIAIAZCIIghBiACQQFqIQIMAQsLIAQoAgAhAANAIAAEfyAEIABBAnRqKAIABUEBC0UEQCAAQQFrIQAM",
  "AQsLIAQgADYCACAEC8ABAQF/A0AgAUGQzgBPBEAgAUGQzgBwIQMgAUGQzgBuIQEgACACQQRrIgJBAXRqIANB5ABuQQJ0QbAiajUC",
  "ACADQeQAcEECdEGwImo1AgBCIIaENwMADAELCyABQeQATwRAIAAgAkECayICQQF0aiABQeQAcEECdEGwImooAgA2AgAgAUHkAG4h",
  "AQsgAUEKTwRAIAAgAkECa0EBdGogAUECdEGwImooAgA2AgAFIAAgAkEBa0EBdGogAUEwajsBAAsLrwEBAX8CfyABRAAAAAAAAAAA",
  "YQRAIABBMDsBACAAQS47AQIgAEEwOwEEQQMMAQsgASABoUQAAAAAAAAAAGIEQCABIAFiBEAgAEHOADsBACAAQeEAOwECIABBzgA7",
  "AQRBAwwCBSABRAAAAAAAAAAAYyICBEAgAEEtOwEAIABBAmohAAsgAELJgLiD4IzANDcDACAAQu6ApIPAjsA8NwMIIAJBCGoMAgsA",
  "CyAAIAEQbQsLggIBAn9BBSEBQQEhAiAAQQBMBEAgAEUPBSAAQQFGBEBBBQ8FIABBAkYEQEEZDwUgAEEgSARAAkACQAJAAkACQAJA",
  "QR8gAGdrDgUEAwIBAAULQQVBASAAQQFxGyECIABBAXYhAEEZIQELIAEgAmwgAiAAQQFxGyECIABBAXYhACABIAFsIQELIAEgAmwg",
  "AiAAQQFxGyECIABBAXYhACABIAFsIQELIAEgAmwgAiAAQQFxGyECIABBAXYhACABIAFsIQELIAEgAmwgAiAAQQFxGyECCyACDwsL",
  "CwsDQCAABEAgASACbCACIABBAXEbIQIgAEEBdiEAIAEgAWwhAQwBCwsgAgukAQAgAUH/B0oEfCAARAAAAAAAAOB/oiEAIAFB/wdr",
  "IgFB/wdKBHxB/wcgAUH/B2siASABQf8HThshASAARAAAAAAAAOB/ogUgAAsFIAFBgnhIBHwgAEQAAAAAAABgA6IhACABQckHaiIB",
  "QYJ4SAR8QYJ4IAFByQdqIgEgAUGCeEwbIQEgAEQAAAAAAABgA6IFIAALBSAACwsgAaxC/wd8QjSGv6IL8gEBBX8gAEUEQCABDwsg",
  "AUUEQCAADwsgACgCAEEGRwR/QQEFIAEoAgBBBkcLBEBBAA8LIAAQKyECIAEoAgQhBkEAIQADQCAAIAZJBEAgASgCAEEGTwR/IAEo",
  "AhggASgCBEcFQQALBEAgARAOCyABKAIMIABBAnRqKAIAIQMgASgCAEEGTwR/IAEoAhggASgCBEcFQQALBEAgARAOCyABKAIQIABB",
  "AnRqKAIAIQQgAiADECAiBQRAIAUoAgBBBkYEfyAEKAIAQQZGBUEACwRAIAIgAyAFIAQQQBAWCwUgAiADIAQQFgsgAEEBaiEADAEL",
  "CyACC2sBAX8gACgCACICQQZGBEAgAkEGTwR/IAAoAhggACgCBEcFQQALBEAgABAOCyAAKAIQIAFBAnRqKAIADwsgACgCAEEGTwR/",
  "IAAoAhggACgCBEcFQQALBEAgABAOCyAAKAIMIAFBAnRqKAIAC2MBAX8gACgCCCEFIAAgAWoiASgCACEAIAQEQCABIAAgBUECdEEE",
  "IAVBAXQgBUEESRtBAnQQNiIANgIACyAAIANBAnRqIQAgAiADSwRAIABBBGogACACIANrQQJ0/AoAAAsgAAvEAQEHfyAAKAIEIQNB",
  "ICEBA0AgASADQQF0QQJqSQRAIAFBAXQhAQwBCwsgAUEDdCIFQQhqEAwiAkEIakEAIAX8CwAgAiABQQFrNgIAIAIgAzYCBCAAKAIM",
  "IQcDQCADIARLBEAgByAEQQJ0aigCABAjIgYgAigCACIFcSEBA0AgAkEIaiABQQN0aigCBARAIAFBAWogBXEhAQwBCwsgAkEIaiAB",
  "QQN0aiIBIAY2AgAgASAEQQFqIgQ2AgQMAQsLIAAgAjYCFAubAgIEfwJ+IAAgAkcEQCABIAMgASADSRshBQNAIARBCGogBU0EQCAA",
  "IARqKQMAIgkgAiAEaikDACIIUgRAQX9BASAJQgiIQv+B/Ifwn8D/AIMgCUL/gfyH8J/A/wCDQgiGhCIJQhCIQv//g4Dw/z+DIAlC",
  "//+DgPD/P4NCEIaEQiCKIAhCCIhC/4H8h/CfwP8AgyAIQv+B/Ifwn8D/AINCCIaEIghCEIhC//+DgPD/P4MgCEL//4OA8P8/g0IQ",
  "hoRCIIpUGw8LIARBCGohBAwBCwsDQCAEIAVJBEAgACAEai0AACIGIAIgBGotAAAiB0cEQEF/QQEgBiAHSRsPCyAEQQFqIQQMAQsL",
  "C0F/QQEgASADSRtBACABIANHGwvmAwEHfyAAKAIAQQZGIAAoAgQiBCAAKAIIIgdGIQggAEEMIAQgAyAIEEIgATYCAARAIABBECAE",
  "IAMgCBBCIAI2AgALIAgEQCAAQQQgB0EBdCAHQQRJGzYCCAsgACAEQQFqIgM2AgQgACgCFCICRQRAIAAgAzYCGCADQRBPBEAgABBD",
  "Cw8LIAQgACgCGEYEfyAEBH8gACgCDCAEQQFrQQJ0aigCACABEBNBAEgFQQELBUEACwRAIAAgBEEBajYCGAsgAigCACIBIAIoAgRB",
  "AWoiB0EBdEkEQCABQQFqIghBAXQiAUEDdCIDQQhqEAwiCUEIakEAIAP8CwAgCSABQQFrNgIAIAkgAigCBDYCBANAIAUgCEkEQCAC",
  "QQhqIAVBA3RqIgEoAgQiAwRAIANBAWshCiABKAIAIgEgCSgCACIGcSEDA0AgCUEIaiADQQN0aigCBARAIANBAWogBnEhAwwBCwsg",
  "CUEIaiADQQN0aiIDIAE2AgAgAyAKQQFqNgIECyAFQQFqIQUMAQsLIAAgCTYCFCAJIQILIAIgBzYCBCMIIgEgAigCACIDcSEAA0Ag",
  "AkEIaiAAQQN0aigCBARAIABBAWogA3EhAAwBCwsgAkEIaiAAQQN0aiIAIAE2AgAgACAEQQFqNgIEC0gBA38gAUEBdCIEQRRqEAxB",
  "FGoiA0EEayAENgIAA0AgASACSwRAIAMgAkEBdGogACACai0AADsBACACQQFqIQIMAQsLIAMQagutAgMCfgJ/AXwgACgCFCIEBEAg",
  "ASAAKAIQIAT8CgAAIAQPCyAAKAIERQRAIAApAwgiAkIAUyEAQgAgAn0gAiAAGyECIAAEfyABQS06AABBAQVBAAshAEEBIQQgAiED",
  "A0AgA0IKWgRAIARBAWohBCADQgqAIQMMAQsLIARBAWshBQNAIAVBAE4EQCAAIAFqIAVqIAJCCoKnQTBqOgAAIAJCCoAhAiAFQQFr",
  "IQUMAQsLIAAgBGoPCyAAKAIEQQJGBEAgACgCCCAAKAIMQQBHIAEQOg8LIAArAwgiBiAGoUQAAAAAAAAAAGIEQCABQTA6AABBAQ8L",
  "QcAAEAwiBSAGED0hBEEAIQADQCAAIARJBEAgACABaiAFIABBAXRqLwEAOgAAIABBAWohAAwBCwsgBAu5AwMCfwF8A34gACgCBAR/",
  "QQEFIAEoAgQLRQRAIAApAwgiBiABKQMIIgd8IgUgBoUgBSAHhYNCAFkEQCAFEA8PCwsgACgCBEEBRwR/IAEoAgRBAUcFQQALBEAg",
  "ABAVIAAoAgRBAkYEfyAAKAIMQQBHBSAAKQMIQgBTCyABEBUgASgCBEECRgR/IAEoAgxBAEcFIAEpAwhCAFMLEEsPCyAAIAFBABBK",
  "IgIEfyACBQJ8IAAoAgQiAkUEQCAAKQMIuQwBCyACQQJGBEAgACgCCCIDKAIAQQFrIQIDQCACQQBOBEAgBEQAAAAAAADwQaIgAiAD",
  "KAIASQR/IANBBGogAkECdGooAgAFQQALuKAhBCACQQFrIQIMAQsLIASaIAQgACgCDBsMAQsgACsDCAsCfEQAAAAAAAAAACEEIAEo",
  "AgQiAEUEQCABKQMIuQwBCyAAQQJGBEAgASgCCCICKAIAQQFrIQADQCAAQQBOBEAgBEQAAAAAAADwQaIgACACKAIASQR/IAJBBGog",
  "AEECdGooAgAFQQALuKAhBCAAQQFrIQAMAQsLIASaIAQgASgCDBsMAQsgASsDCAugEBgLC4QEAwN/AXwCfiAAKAIEBH9BAQUgASgC",
  "BAtFBEAgACkDCCIGQrPmk6gLUyAGQs2Z7Nd0VXEgASkDCCIHQs2Z7Nd0VXEgB0Kz5pOoC1NxBEAgBiAHfhAPDwsLIAAoAgRBAUcE",
  "fyABKAIEQQFHBUEACwRAIAAQFSABEBUQHSAAKAIEQQJGBH8gACgCDEEARwUgACkDCEIAUwshACABKAIEQQJGBH8gASgCDEEARwUg",
  "ASkDCEIAUwsgAEcQGw8LAn9BACAAQQEQJEUNABojBCMFIQIjBiEEQQAgAUEBECRFDQAaIwQQHSACIwVHIAQjBmoQLAsiAgR/IAIF",
  "AnwgACgCBCICRQRAIAApAwi5DAELIAJBAkYEQCAAKAIIIgMoAgBBAWshAgNAIAJBAE4EQCAFRAAAAAAAAPBBoiACIAMoAgBJBH8g",
  "A0EEaiACQQJ0aigCAAVBAAu4oCEFIAJBAWshAgwBCwsgBZogBSAAKAIMGwwBCyAAKwMICwJ8RAAAAAAAAAAAIQUgASgCBCIARQRA",
  "IAEpAwi5DAELIABBAkYEQCABKAIIIgIoAgBBAWshAANAIABBAE4EQCAFRAAAAAAAAPBBoiAAIAIoAgBJBH8gAkEEaiAAQQJ0aigC",
  "AAVBAAu4oCEFIABBAWshAAwBCwsgBZogBSABKAIMGwwBCyABKwMIC6IQGAsLtQEBBH8gAEEBECRFBEBBAA8LIwQhACMFIQMjBiEF",
  "IAFBARAkRQRAQQAPCyMEIQEjBSACQQBHRyEGIAUgBSMGIgIgAiAFShsiBEoEQCAAIAUgBGsQKBAdIQALIAIgBEoEQCABIAIgBGsQ",
  "KBAdIQELIAMgBkYEQCAAIAEQOyADIAQQLA8LIAAgARAnIgJFBEBCABAPDwsgAkEASgR/IAAgARAqIAMgBBAsBSABIAAQKiAGIAQQ",
  "LAsLSwEBfyABQQBHIANBAEdGBEAgACACEDsgARAbDwsgACACECciBEUEQEIAEA8PCyAEQQBKBH8gACACECogARAbBSACIAAQKiAD",
  "EBsLC5kCAQV/IAAoAgghAyAAKAIEIQRBIhASA0AgASAESQRAIAEgA2otAAAiAEEiRyAAQSBPcSAAQdwAR3FFBEAgAiADaiABIAJr",
  "EDMgAUEBaiECQdwAEBIgAEHcAEYgAEEiRnIEQCAAEBIFIABBCkYEQEHuABASBSAAQQlGBEBB9AAQEgUgAEENRgRAQfIAEBIFIABB",
  "CEYEQEHiABASBSAAQQxGBEBB5gAQEgVBgCgQLSAAQQR2IgVBrBgoAgBBAXZPBH9BfwUgBUEBdEGwGGovAQALEBIgAEEPcSIAQawY",
  "KAIAQQF2TwR/QX8FIABBAXRBsBhqLwEACxASCwsLCwsLCyABQQFqIQEMAQsLIAIgA2ogBCACaxAzQSIQEgvNBgEHfyMMQQFqJAwj",
  "DCEBQcW78oh4IQADQCMMIw1JBEAjDC0AACIDQSJHBEAgA0HcAEYEQEEBIQIjDEECaiQMDAMLIANBIEkEQEEADwsgACADc0GTg4AI",
  "bCEAIwxBAWokDAwCCwsLIwwjDU8EQEEADwsjDCEDIwxBAWokDCACRQRAIAMgAWsiAkEwSwRAIAEgAhARDwsgASACIAAgAnMiACAA",
  "QRB2c0Gt6qz/B2wiACAAQQ92c0GLzbKjeGwiACAAQRB2cyIAQQEgABtBABBPDwsgAyABaxAMIgQhACMMA0AgASADSQRAIAEiAkEB",
  "aiEBIAItAAAiBkHcAEcEQCAAIgJBAWohACACIAY6AAAMAgsgASICQQFqIQECQAJAAkACQAJAAkACQAJAAkACQCACLQAAIgJBIkcE",
  "QCACQdwARg0BIAJBL0YNAiACQeIARg0DIAJB5gBGDQQgAkHuAEYNBSACQfIARg0GIAJB9ABGDQcgAkH1AEYNCAwJCyAAIgJBAWoh",
  "ACACQSI6AAAMCQsgACICQQFqIQAgAkHcADoAAAwICyAAIgJBAWohACACQS86AAAMBwsgACICQQFqIQAgAkEIOgAADAYLIAAiAkEB",
  "aiEAIAJBDDoAAAwFCyAAIgJBAWohACACQQo6AAAMBAsgACICQQFqIQAgAkENOgAADAMLIAAiAkEBaiEAIAJBCToAAAwCCyABJAwQ",
  "USICQQBIBEBBAA8LIAJBgLgDSCACQYCwA05xBH8jDSMMQQZqTwVBAAsEfyMMLQAAQdwARgVBAAsEfyMMLQABQfUARgVBAAsEQCMM",
  "QQJqJAwQUSIBQYDAA0ggAUGAuANOcQRAIAEgAkEKdGpBgLj/GmshAgUjDEEGayQMCwsjDCEBIAJBgAFJBH8gACACOgAAIABBAWoF",
  "IAJBgBBJBEAgACACQQZ2QcABcjoAAAUgAkGAgARJBH8gACACQQx2QeABcjoAACAAQQFqBSAAIAJBEnZB8AFyOgAAIAAgAkEMdkE/",
  "cUGAAXI6AAEgAEECagsiACACQQZ2QT9xQYABcjoAAAsgAEEBaiIAIAJBP3FBgAFyOgAAIABBAWoLIQAMAQtBAA8LDAELCyQMIAQg",
  "ACAEaxAREFALtwEBAX8gACQMIAAgAWokDUEAJA9BACQQQQAkEUEAJAlBiCAQDCIAQQBBiCD8CwAgACQOIw5B/wc2AgAQBSIBKAIA",
  "IQJBACEAA0AgACACSQRAIAFBBGogAEECdGooAgAQUBogAEEBaiEADAELC0EAEDQiAEUEQEEADwsDQCMMIw1JBEAjDC0AACIBQQlH",
  "IAFBIEdxIAFBCkdxIAFBDUdxRQRAIwxBAWokDAwCCwsLIABBACMMIw1GGwv+AgEFfyMOKAIAIgYgAnEhBANAIw5BCGogBEECdGoo",
  "AgAiBwRAIAcoAgwgAkYEfyAHKAIEIAFGBUEACwR/IAcoAggiCCAARgR/QQAFIAggASAAIAEQRAsFQQELBEAgBEEBaiAGcSEEDAIF",
  "IAcPCwALCyADRQRAIAAgARARIgMgAjYCDAsjDigCBEEBaiIAQQF0IAZLBEAjDiIEKAIAQQFqIgZBAXQiB0ECdEEIaiIBEAwiCEEA",
  "IAH8CwAgCCQOIw4gB0EBazYCACMOIAQoAgQ2AgQDQCAFIAZJBEAgBEEIaiAFQQJ0aigCACIIBEAgCCgCDCAHQQFrcSEBA0AjDkEI",
  "aiABQQJ0aigCAARAIAFBAWogB0EBa3EhAQwBCwsjDkEIaiABQQJ0aiAINgIACyAFQQFqIQUMAQsLIw4oAgAiASACcSEEA0AjDkEI",
  "aiAEQQJ0aigCAARAIARBAWogAXEhBAwBCwsLIw5BCGogBEECdGogAzYCACMOIAA2AgQgAwulAQEGfyAAKAIEQTBLBEAgAA8LIAAo",
  "AgggACgCBCAAIgEoAgwiAEUEQEHFu/KIeCEAIAEoAgghBiABKAIEIQMDQCACIANJBEAgAiAGai0AACAAc0GTg4AIbCEAIAJBAWoh",
  "AgwBCwsgASAAIANzIgBBEHYgAHNBreqs/wdsIgBBD3YgAHNBi82yo3hsIgBBEHYgAHMiAEEBIAAbIgA2AgwLIAAgARBPC5MBAQR/",
  "Iw0jDEEEakkEQEF/DwsDQCABQQRIBEAjDCIAQQFqJAwgAC0AACIDQTBrIQACQCADQTlNIANBME9xDQAgA0HXAGshACADQeYATSAD",
  "QeEAT3ENACADQTdrIQAgA0HGAE0gA0HBAE9xDQBBfyEACyAAQQBIBEBBfw8LIAJBBHQgAHIhAiABQQFqIQEMAQsLIAILCAAgACAB",
  "EE4LJgEBf0EQEAwiAEEANgIAIABBADYCBCAAQQA2AgggAEEANgIMIAALJgEBfyMnQQJ0QQRqEAwiASAANgIAIAFBBGpBACMnQQJ0",
  "/AsAIAELSAECfz8AIgFBEHQiAiAATwRADwsgACACa0H//wNqQRB2IgAgAUgEfyABQABBAE4FQQALBEAPCyAAQABBAEgEQEEAQYAZ",
  "ECYLC5UBAQJ/QQEhAyABQQBIBEAgAEH/F0kEQCAAIgJBAWohACACQS06AAALQQAgAWshAQsgASECA0AgAkEKTgRAIANBAWohAyAC",
  "QQptIQIMAQsLIAAgA2pB/xdLBEAgAA8LIANBAWshAgNAIAJBAE4EQCAAIAJqIAFBCm9BMGo6AAAgAUEKbSEBIAJBAWshAgwBCwsg",
  "ACADagvEAwEFf0GACCEEIAAEQANAIARB/xdJBEACQCAAIgVBAWohACAFLQAAIghFDQAgBCIFQQFqIQQgBSAIOgAADAILCwsLA0Ag",
  "BEH/F0lBnCooAgBBAXYiBSAHSnEEQCAEIgBBAWohBCAAIAUgB00Ef0F/BSAHQQF0QaAqai8BAAs6AAAgB0EBaiEHDAELCyAEIAEQ",
  "ViEBQQAhBANAIAFB/xdJQZwqKAIAQQF2IgUgBEpxBEAgASIAQQFqIQEgACAEIAVPBH9BfwUgBEEBdEGgKmovAQALOgAAIARBAWoh",
  "BAwBCwsgASACEFYhAQNAIAFB/xdJQbwqKAIAQQF2IgIgBkpxBEAgASIAQQFqIQEgACACIAZNBH9BfwUgBkEBdEHAKmovAQALOgAA",
  "IAZBAWohBgwBCwsgAwRAA0AgAUH/F0kEQAJAIAMiAEEBaiEDIAAtAAAiAkUNACABIgBBAWohASAAIAI6AAAMAgsLCwtBACEDA0Ag",
  "AUH/F0lB/CkoAgBBAXYiAiADSnEEQCABIgBBAWohASAAIAIgA00Ef0F/BSADQQF0QYAqai8BAAs6AAAgA0EBaiEDDAELCyABQQA6",
  "AABBgAgQBAALDwBBkBhBiBggACABEBMbC2UAAkAgAEL7hfrRXVMgAEKE+oWuIlVyDQAgAEKE+oWuIlEgAUL/r8uXA1VxDQAgAEL7",
  "hfrRXVEgAUKA5J/FAFNxDQAgAEKAlOvcA34gAXwQDw8LIwIEQCACQYAqQQBBABAQC0EAC6YBAQN+IABC7PQrfCIBIAFCsPUIfSAB",
  "QgBZG0Kx9Qh/IQAgASAAQrH1CH59IgEgAUK0C399IAFCrJ0Cf3wgAUKw9Qh/fULtAn8hAiABIAJC7QJ+IAJCBH98IAJC5AB/fX0i",
  "A0IFfkICfEKZAX8hASADIAFCmQF+QgJ8QgV/fUIBfCQgIAFCA3wgAUIJfSABQgpTGyQfIx9CAletIAIgAEKQA358fCQeC1YBAn8D",
  "QCABIANLBH8gACADEBkgAhBeBUEACwRAAn9BASAAIANqLQAAIgRBgAFJDQAaQQIgBEHgAUkNABpBAyAEQfABSQ0AGkEECyADaiED",
  "DAELCyADC1gBAX8DQCABIAJJBEACQCACQQFrIQQDQCABIARJBH8gACAEai0AAEHAAXFBgAFGBUEACwRAIARBAWshBAwBCwsgACAE",
  "EBkgAxBeRQ0AIAQhAgwCCwsLIAILtwEBA38gACgCAEEERwRAQcDsAEGw7QAgARsgABANQQAPCyAAKAIEIQQgACgCCCEFA0AgAyAE",
  "SQRAIAMgBWotAABBgAFPBEAgAkEAIAAQAQ8LIANBAWohAwwBCwsgBBAMIQBBACECA0AgAiAESQRAIAAgAmogAiAFai0AACIDQSBz",
  "IAMgAQR/IANB+gBNIANB4QBPcQUgA0HaAE0gA0HBAE9xCxs6AAAgAkEBaiECDAELCyAAIAQQEQtjAQN/IAEoAgghAyABKAIEIQQD",
  "QCACIARJBEAgAyACEBkgAEYEQEEBDwsCf0EBIAIgA2otAAAiAUGAAUkNABpBAiABQeABSQ0AGkEDIAFB8AFJDQAaQQQLIAJqIQIM",
  "AQsLQQALzgEBBn8gAigCBCEHA0AgASAISwRAAn8gACAIai0AACIEQSVHBEAgAwRAIAMgCWogBDoAAAsgCUEBagwBCyAIQQFqIAFP",
  "BEBBfw8LIAhBAWoiCCAAai0AACIGQSVGBEAgAwRAIAMgCWpBJToAAAsgCUEBagwBCyAFIAdPBEBBfw8LIAUiBEEBaiEFIAYgAigC",
  "DCAEQQJ0aigCACADIAlqQQAgAxsQ1wEiBEEASARAQX8PCyAEIAlqCyEJIAhBAWohCAwBCwtBfyAJIAUgB0cbC6EBAQR/QX8hBgNA",
  "IAEgBU8EQCABIAVLBH8gACAFai0AAAVBLgsiA0EuRgRAIAZBAEggBkH/AUpyIARBA0tyBEBBAA8LIAQiA0EBaiEEIAIgA2ogBjoA",
  "AEF/IQYFIANBOU0gA0EwT3EEQCADQTBrQf8BcSAGQQpsQQAgBkEAThtqIgZB/wFKBEBBAA8LBUEADwsLIAVBAWohBQwBCwsgBEEE",
  "RguiAgIGfwF+IAAoAgghAyAAKAIEIQdBfyEAA0AgAiAHSQRAIAIgACACIANqLQAAIgZBL0YbIQBBASAEIAZBOkYbIQQgAkEBaiEC",
  "DAELCyAAIAcgAEEAThshAiABQgA3AAAgAUIANwAIIAQEQCADIAIgARDfAUUEQEEADwtBBiQiBSADIAIgARBgRQRAQQAPC0EEJCIL",
  "QSBBgAEjIkEERhsiASQjIABBAE4EQCACQQFqIQAgByACayICQQFrIQQgAkEBRgJ+A0AgBCAFSwRAQn8gACADaiAFai0AACICQTBJ",
  "IAJBOUtyDQIaIAJBMGtB/wFxrSAIQgp+fCEIIAVBAWohBQwBCwsgCAsiCEIAU3IgCCABrFVyBEBBAA8LIAinJCMLQQELjgsBB38g",
  "ASAAa0EBakECdBAMIQkDQCAAIAFJBEACfyMYIABqIgMtAAAiBEEqRgRAIABBAmogAEEBaiIFIAFJBH8gAy0AAUEqRgVBAAshAyAF",
  "IAMbDAELIARB+wBGBEAjGCEEQQAhBiAAIQMCQANAIAEgA0sEQAJAIAMgBGotAAAiBUHcAEYEQCADQQFqIQMMAQsgBUH7AEYEQCAG",
  "QQFqIQYFIAVB/QBGBH8gBkEBayIGBUEBC0UNBAsLIANBAWohAwwBCwtBfyEDC0F/IANBAWogA0EASBsMAQsgBEHcAEYgAEEBaiAB",
  "SXEEQCMYIABqLQABIgNBgAFJBH9BAQUgA0HgAUkEf0ECBUEDQQQgA0HwAUkbCwsgAEEBamoMAQsgBEGAAUkEf0EBBSAEQeABSQR/",
  "QQIFQQNBBCAEQfABSRsLCyAAagsiA0EASARAQX8PCyAJIAhBAnRqIAA2AgAgCEEBaiEIIxggAGotAABB2wBGBH8gAEEBaiIAIAFJ",
  "BH8jGCAAai0AAEEhRgVBAAsEQCAAQQFqIQALA0AgACABSQR/IxggAGotAABB3QBHBUEACwRAIxggAGotAAAiA0GAAUkEf0EBBSAD",
  "QeABSQR/QQIFQQNBBCADQfABSRsLCyAAaiEADAELCyABQX8gACAAIAFPGyIAQQFqIABBAEgbBSADCyEADAELCyAIQQFrIQgDQCAI",
  "QQBOBEAgCSAIQQJ0aigCACIAIxhqLQAAIgNBKkYEQCMWIxdBBHRqIgNBBEEDIABBAWogAUkEfyMYIABqLQABQSpGBUEACxs2AgAg",
  "A0EANgIEIANBADYCCCADIAI2AgwjFyICQQFqJBcFIANBP0YEQCMWIxdBBHRqIgBBAjYCACAAQQA2AgQgAEEANgIIIAAgAjYCDCMX",
  "IgJBAWokFwUgA0HbAEYEQCAAQQFqIgMgAUkEfyMYIANqLQAAQSFGBUEACwRAIANBAWohAwsDQCABIANLBH8jGCADai0AAEHdAEcF",
  "QQALBEAjGCADai0AACIEQYABSQR/QQEFIARB4AFJBH9BAgVBA0EEIARB8AFJGwsLIANqIQMMAQsLQX8gAyABIANNGyIEQQBIBEAj",
  "FiMXQQR0aiIAQQg2AgAgAEEANgIEIABBADYCCCAAIAI2AgwFIABBAWogAUkiAwRAIxggAGotAAFBIUYhAwsjFiMXQQR0aiIFQQZB",
  "BSADGzYCACAFIABBAkEBIAMbajYCBCAFIAQ2AgggBSACNgIMCyMXIgJBAWokFwUgA0H7AEYEQCAAIQMjGCEEQQAhBwJAA0AgACAB",
  "SQRAAkAgACAEai0AACIFQdwARgRAIABBAWohAAwBCyAFQfsARgRAIAdBAWohBwUgBUH9AEYEfyAHQQFrIgcFQQELRQ0ECwsgAEEB",
  "aiEADAELC0F/IQALIAAhBCACIQUCfyMZQegHTgRAQQEkGkF/DAELIxlBAWokGUF/IQBBACEHIANBAWoiAiEGAn8DQCAEIAZPBEAC",
  "QCMYIAZqLQAAIgNB3ABGBEAgBkEBaiEGDAELIANB+wBGBEAgB0EBaiEHBSADQf0ARiAHQQBKcQRAIAdBAWshBwUgB0UgA0EsRnEg",
  "BCAGRnIEQEF/IAIgBiAFEGIiAkEASA0GGiAAQQBOBEAjFiMXQQR0aiIDQQc2AgAgAyACNgIEIANBADYCCCADIAA2AgwjFyICQQFq",
  "JBcLIAIhACAGQQFqIQILCwsLIAZBAWohBgwBCwsgAAsjGUEBayQZCyICQQBIBEBBfw8LBSMYIABBAWoiBCAAIANB3ABGIAEgBEtx",
  "GxAZIQAjFiMXQQR0aiIDQQE2AgAgAyAANgIEIANBADYCCCADIAI2AgwjFyICQQFqJBcLCwsLIAhBAWshCAwBCwsgAgvAAQEEfyMc",
  "IAI2AgBBASECA0AgAgRAIx0jGyMcIAJBAWsiAkECdGoiBCgCACIDQQJ0aiIFKAIARg0BIAUjHTYCACMWIANBBHRqIgUoAgAiBkEH",
  "RgRAIAQgBSgCDDYCACMcIAJBAWpBAnRqIAUoAgQ2AgAgAkECaiECDAILIAAgAUECdGogAzYCACABQQFqIQEgBkEERiAGQQNGcgRA",
  "IxwgAkECdGojFiADQQR0aigCDDYCACACQQFqIQILDAELCyABC6UBAQd/QQIQFyIEIAIQFCAEIAEQFCAAIAQQFCABKAIAIgRBBkcg",
  "BEEFR3EgBEEHR3EEQA8LIAEoAgQhBgNAIAMgBkkEQCABIAMQQSEHIAEgAxAwIQggAigCBCIJQQFqEBchBUEAIQQDQCAEIAlJBEAg",
  "BSACKAIMIARBAnRqKAIAEBQgBEEBaiEEDAELCyAFIAgQFCAAIAcgBRBkIANBAWohAwwBCwsLqwEBBX8gACgCAEEHRwRAQeDOACAA",
  "EA1BAA8LIAEoAgBBB0cEQEHAzwAgARANQQAPC0EcEAwiAkEAQRz8CwAgAkEHNgIAIAAoAgQhBANAIAMgBEkEQCAAKAIAQQZPBH8g",
  "ACgCGCAAKAIERwVBAAsEQCAAEA4LQX8gASAAKAIMIANBAnRqKAIAIgUQGiIGIAZBAEgbQQBOBEAgAiAFEB8LIANBAWohAwwBCwsg",
  "AgvUAgEFf0EcEAwiAkEAQRz8CwAgAkEGNgIAIAAoAgQhBANAIAMgBEkEQCAAKAIAQQZPBH8gACgCGCAAKAIERwVBAAsEQCAAEA4L",
  "IAAoAgwgA0ECdGooAgAhBSAAKAIAQQZPBH8gACgCGCAAKAIERwVBAAsEQCAAEA4LIAIgBSAAKAIQIANBAnRqKAIAEBYgA0EBaiED",
  "DAELCyABKAIEIQRBACEAA0AgACAESQRAIAEoAgBBBk8EfyABKAIYIAEoAgRHBUEACwRAIAEQDgsgASgCDCAAQQJ0aigCACEFIAEo",
  "AgBBBk8EfyABKAIYIAEoAgRHBUEACwRAIAEQDgsgASgCECAAQQJ0aigCACEGIAIgBRAgIgMEfyADKAIAQQZGBUEACwR/IAYoAgBB",
  "BkYFQQALBEAgAiAFIAMgBhBmEBYFIAIgBSAGEBYLIABBAWohAAwBCwsgAgvKAQEEfyAAKAIAQQVGBH9BAQUgACgCAEEHRgtFBEBB",
  "4MQAQfDFACABGyAAEA1BAA8LIAFBAEetEA8hAiAAKAIEIQUDQCAEIAVJBEAgACgCAEEGTwR/IAAoAhggACgCBEcFQQALBEAgABAO",
  "CyAAKAIMIARBAnRqKAIAIgMoAgBBA0cEQCABBH9B8MYAQZDIACAAIAMQNwVBsMkAQdDKACAAIAMQNwsaQQAPCyABBH8gAiADEEkF",
  "IAIgAxBICyECIARBAWohBAwBCwsgAgvKAQEFfyAAKAIAQQVGBH9BAQUgACgCAEEHRgtFBEBB4MsAQeDMACABGyAAEA1BAA8LIAAo",
  "AgQiBUUEQEEADwsgACgCAEEGTwR/IAAoAhggACgCBEcFQQALBEAgABAOCyAAKAIMKAIAIQJBASEEA0AgBCAFSQRAIAAoAgBBBk8E",
  "fyAAKAIYIAAoAgRHBUEACwRAIAAQDgsgACgCDCAEQQJ0aigCACIDIAIQEyIGQQBKIAZBAEggARsEQCADIQILIARBAWohBAwBCwsg",
  "AgtCAQN/QQEQHCICQQA2AgBCChAiIQQDQCABIANLBEAgAiAEEB0gACADajEAAEIwfRAiEDshAiADQQFqIQMMAQsLIAILrAsDB38F",
  "fgJ8AkAgAEEUaygCEEEBdiIFRQ0AIAAvAQAhBEQAAAAAAADwPyEOA0AgBQR/An8gBEGAAXJBoAFGIARBCWtBBE1yIARBgC1JDQAa",
  "QQEgBEGAQGpBCk0NABoCQAJAIARBgC1GDQAgBEGowABGDQAgBEGpwABGDQAgBEGvwABGDQAgBEHfwABGDQAgBEGA4ABGDQAgBEH/",
  "/QNGDQAMAQtBAQwBC0EACwVBAAsEQCAAQQJqIgAvAQAhBCAFQQFrIQUMAQsLIAVFDQAgBEEtRgR/IAVBAWsiBUUNAUQAAAAAAADw",
  "vyEOIABBAmoiAC8BAAUgBEErRgR/IAVBAWsiBUUNAiAAQQJqIgAvAQAFIAQLCyIEQckARiAFQQhOcQRAIAApAwBCyYC4g+CMwDRR",
  "BH8gACkDCELugKSDwI7APFEFQQALBEAgDkQAAAAAAADwf6IPCwwBCyAEQS5HIARBMGtBCk9xDQAgACEDA0AgBEEwRgRAIABBAmoi",
  "AC8BACEEIAVBAWshBQwBCwsgBUEATARAIA5EAAAAAAAAAACiDwsgBEEuRgRAIAAgA0YhAyAAQQJqIQAgAyAFQQFrIgVFcQ0BQQEh",
  "BgNAIAAvAQAiBEEwRgRAIAVBAWshBSACQQFrIQIgAEECaiEADAELCyAFQQBMBEAgDkQAAAAAAAAAAKIPCyADIAJFcSAEQTBrQQpP",
  "cQ0BCyAEQTBrIQMDQCAGRSAEQS5GcSADQQpJIgRyBEACQCAEBEAgAUETSAR+IAOtIAhCCn58BSAIIANBAEethAshCCABQQFqIQEF",
  "IAEhAkEBIQYLIAVBAWsiBUUNACAAQQJqIgAvAQAiBEEwayEDDAILCwsgAiABIAYbQRMgASABQRNKG2shBkEBIQMCQCAIUAJ/QQAg",
  "AC8BAEEgckHlAEcNABpBACAFQQFrIgFFDQAaIABBAmoiAC8BACICQS1GBH9BACABQQFrIgFFDQEaQX8hAyAAQQJqIgAvAQAFIAJB",
  "K0YEf0EAIAFBAWsiAUUNAhogAEECaiIALwEABSACCwshAgNAIAJBMEYEQEEAIAFBAWsiAUUNAhogAEECaiIALwEAIQIMAQsLIAJB",
  "MGshBANAIARBCklBACABGwRAIANBgBlsIAdBgBlODQIaIAdBCmwgBGohByABQQFrIQEgAEECaiIALwEAQTBrIQQMAQsLIAMgB2wL",
  "IAZqIgBBqn1Icg0ARAAAAAAAAPB/IQ0gAEG0AkoNACAIuiENIABFDQAgAEElTCAAQRZKcQRAIA0gAEEDdEGAJWorAwCiIQ1BFiEA",
  "CyAIQv////////8PWAR/IABBH3UiASAAIAFqc0EWTAVBAAsEfCAAQQBKBEAgDSAAQQN0QbAmaisDAKIhDQwCCyANQQAgAGtBA3RB",
  "sCZqKwMAowUgAEEASAR8IAggCHkiCYYhCCAArCAJfSEJA0AgAEFyTARAIAhC6YOx3haCIAhC6YOx3haAIgh5IgpCEn2GukSbK6GG",
  "m4QGP6Ke/AcgCCAKhnwhCCAJIAp9IQkgAEEOaiEADAELCyAIQQAgAGsQPqwiC4AiDHkhCiAIIAuCur0gCkI0hny/IAu6o/wHIAwg",
  "CoZ8uiAJIAp9pxA/BSAIIAh6IgmIIQggCSAArHwkLgNAIABBDU4EQEIgIAhCIIhCleeJxgR+IAhC/////w+DQpXnicYEfiIIQiCI",
  "fCIJQiCIp2etIgp9IgsjLnwkLiAIIAqGQh+IQgGDIAkgCoYgCEL/////D4MgC4iEfCEIIABBDWshAAwBCwsgABA+rSIJIAhC////",
  "/w+DfiEKQiAgCEIgiCAJfiAKQiCIfCIIQiCIp2etIgl9IgsjLnwkLiAKIAmGQh+IQgGDIAggCYYgCkL/////D4MgC4iEfLojLqcQ",
  "PwsLIQ0LIA0gDqYPC0QAAAAAAAD4fwvaBAECfyACRQRAIAAgAUEBdGpBroDAATYCACABQQJqDwsgASACaiIDQRVMIAEgA0xxBH8D",
  "QCABIANIBEAgACABQQF0akEwOwEAIAFBAWohAQwBCwsgACADQQF0akGugMABNgIAIANBAmoFIANBFUwgA0EASnEEfyAAIANBAXRq",
  "IgBBAmogAEEAIAJrQQF0/AoAACAAQS47AQAgAUEBagUgA0EATCADQXpKcQR/IABBAiADayIDQQF0aiAAIAFBAXT8CgAAIABBsIC4",
  "ATYCAEECIQIDQCACIANIBEAgACACQQF0akEwOwEAIAJBAWohAgwBCwsgASADagUgAUEBRgRAIABB5QA7AQIgAEEEaiICIANBAWsi",
  "AEEASCIDBEBBACAAayEACyAAIABBoI0GSQR/IABB5ABJBH8gAEEKT0EBagUgAEGQzgBPQQNqIABB6AdPagsFIABBgK3iBEkEfyAA",
  "QcCEPU9BBmoFIABBgJTr3ANPQQhqIABBgMLXL09qCwtBAWoiARA8IAJBLUErIAMbOwEABSAAQQRqIABBAmogAUEBdCICQQJr/AoA",
  "ACAAQS47AQIgACACaiIAQeUAOwECIABBBGoiBCADQQFrIgBBAEgiAgRAQQAgAGshAAsgACAAQaCNBkkEfyAAQeQASQR/IABBCk9B",
  "AWoFIABBkM4AT0EDaiAAQegHT2oLBSAAQYCt4gRJBH8gAEHAhD1PQQZqBSAAQYCU69wDT0EIaiAAQYDC1y9PagsLQQFqIgAQPCAE",
  "QS1BKyACGzsBACAAIAFqIQELIAFBAmoLCwsLhgYCA38EfiACIAF9IQpCAUEAIANrIgisIgGGIgxCAX0iCyACgyEJIAIgAYinIgNB",
  "oI0GSQR/IANB5ABJBH8gA0EKT0EBagUgA0GQzgBPQQNqIANB6AdPagsFIANBgK3iBEkEfyADQcCEPU9BBmoFIANBgJTr3ANPQQhq",
  "IANBgMLXL09qCwshBwNAIAdBAEoEQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCAHQQFrDgoJCAcGBQQDAgEACgsgA0GAlOvcA24h",
  "BiADQYCU69wDcCEDDAoLIANBgMLXL24hBiADQYDC1y9wIQMMCQsgA0GAreIEbiEGIANBgK3iBHAhAwwICyADQcCEPW4hBiADQcCE",
  "PXAhAwwHCyADQaCNBm4hBiADQaCNBnAhAwwGCyADQZDOAG4hBiADQZDOAHAhAwwFCyADQegHbiEGIANB6AdwIQMMBAsgA0HkAG4h",
  "BiADQeQAcCEDDAMLIANBCm4hBiADQQpwIQMMAgsgAyEGQQAhAwwBC0EAIQYLIAUgBnIEQCAAIAVBAXRqIAZB//8DcUEwajsBACAF",
  "QQFqIQULIAdBAWshByAEIAOtIAisIgKGIAl8IgFaBEAjKyAHaiQrIAdBAnRBiCJqNQIAIAKGIQIgACAFQQFrQQF0aiIALwEAIQcD",
  "QCABIApUIAQgAX0gAlpxBH8gCiABIAJ8IglWIAogAX0gCSAKfVZyBUEACwRAIAdBAWshByABIAJ8IQEMAQsLIAAgBzsBACAFDwsM",
  "AQsLA0AgBEIKfiEEIAlCCn4iASAIrIgiAiAFrIRCAFIEQCAAIAVBAXRqIAKnQf//A3FBMGo7AQAgBUEBaiEFCyAHQQFrIQcgASAL",
  "gyIJIARaDQALIysgB2okKyAKQQAgB2tBAnRBiCJqNQIAfiEBIAAgBUEBa0EBdGoiAC8BACEHA0AgASAJViAEIAl9IAxacQR/IAEg",
  "CSAMfCICViABIAl9IAIgAX1WcgVBAAsEQCAHQQFrIQcgCSAMfCEJDAELCyAAIAc7AQAgBQuFBAIKfgR/IAFEAAAAAAAAAABjIgwE",
  "fCAAQS07AQAgAZoFIAELvSICQoCAgICAgID4/wCDQjSIpyINQQEgDRtBswhrIg5BAWsgAkL/////////B4MgDUEAR61CNIZ8IgJC",
  "AYZCAXwiA3mnIg9rIQ0gAyAPrIYkKCACIAJCgICAgICAgAhRQQFqIg+shkIBfSAOIA9rIA1rrIYkKSANJCpB3AJBQyMqa7dE/nmf",
  "UBNE0z+iRAAAAAAAsHVAoCIB/AIiDSANtyABYmpBA3VBAWoiDUEDdCIOayQrIA5BoBtqKQMAJCwgDUEBdEHYIGouAQAkLSACIAJ5",
  "hiICQv////8PgyEEIywiB0L/////D4MiCCACQiCIIgJ+IAQgCH5CIIh8IQUjKCIDQv////8PgyEJIANCIIgiAyAIfiAIIAl+QiCI",
  "fCEGIykiCkL/////D4MhCyAKQiCIIgogCH4gCCALfkIgiHwhCCAAIAxBAXRqIAAgAiAHQiCIIgJ+IAVCIIh8IAIgBH4gBUL/////",
  "D4N8Qv////8HfEIgiHwgAiADfiAGQiCIfCACIAl+IAZC/////w+DfEL/////B3xCIIh8QgF9IgMjLSMqakFAayADIAIgCn4gCEIg",
  "iHwgAiALfiAIQv////8Pg3xC/////wd8QiCIfEIBfH0gDBBsIAxrIysQayAMagujBAEIf0EcEAwiBUEAQRz8CwAgBUEGNgIAIAFB",
  "EE8EQANAIAEgA0sEQCAFIAAgA0EDdGoiAigCACACKAIEEBYgA0EBaiEDDAELCyAFDwsgAUUEQCAFDwsgASMJRiECA0AgASADSyAC",
  "cQRAIwogA0ECdGooAgAgACADQQN0aigCAEYhAiADQQFqIQMMAQsLIwshBiABIQMgAkUEQCADQQJ0EAwhBkEAIQMDQCABIAdLBEAg",
  "ACAHQQN0aigCACEJIAMhAkEBIQgDQCACBEAgACAGIAJBAWsiBEECdGooAgBBA3RqKAIAIAkQEyIIQQBKBEAgBCECDAILCwsCQCAI",
  "QQEgAhtFBEAgBiACQQFrQQJ0aiAHNgIADAELIAIgA0kEQCAGIAJBAWpBAnRqIAYgAkECdGogAyACa0ECdPwKAAALIAYgAkECdGog",
  "BzYCACADQQFqIQMLIAdBAWohBwwBCwsgASADRgRAIAEkCSAGJAsgAUECdBAMJApBACECA0AgASACSwRAIwogAkECdGogACACQQN0",
  "aigCADYCACACQQFqIQIMAQsLCwsgA0ECdCIBEAwhAiABEAwhBEEAIQEDQCABIANJBEAgACABQQJ0IgcgBmooAgBBA3RqIQggAiAH",
  "aiAIKAIANgIAIAQgB2ogCCgCBDYCACABQQFqIQEMAQsLIAUgAzYCBCAFIAM2AgggBSACNgIMIAUgBDYCECAFIAM2AhggBQu7AwMB",
  "fAJ/AX4CQCAAKAIEIgJFBEAgACkDCCIEQiCIpyIAIABBEHZzQa3qrP8HbCIAIABBD3ZzQYvNsqN4bCEADAELIAJBAUYCfCAAKAIE",
  "IgJFBEAgACkDCLkMAQsgAkECRgRAIAAoAggiAygCAEEBayECA0AgAkEATgRAIAFEAAAAAAAA8EGiIAIgAygCAEkEfyADQQRqIAJB",
  "AnRqKAIABUEAC7igIQEgAkEBayECDAELCyABmiABIAAoAgwbDAELIAArAwgLIgGdIAFhcSABRAAAAAAAAODDZnEgAUQAAAAAAADg",
  "Q2NxBEAgAfwGIgRCIIinIgAgAEEQdnNBreqs/wdsIgAgAEEPdnNBi82yo3hsIQAMAQtEAAAAAAAAAAAgASABRAAAAAAAAAAAYRu9",
  "IgRCIIinIgAgAEEQdnNBreqs/wdsIgAgAEEPdnNBi82yo3hsIQAgBKcgAEEQdiAAc3MiACAAQRB2c0Gt6qz/B2wiACAAQQ92c0GL",
  "zbKjeGwiACAAQRB2cw8LIASnIABBEHYgAHNzIgAgAEEQdnNBreqs/wdsIgAgAEEPdnNBi82yo3hsIgAgAEEQdnMLoAkDBn8CfAJ+",
  "IAAoAgQEf0EBBSABKAIEC0UEQEF/QQEgACkDCCIKIAEpAwgiC1MbQQAgCiALUhsPCyAAKAIEQQFHBH8gASgCBEEBRwVBAAsEQCAB",
  "KAIEQQJGBH8gASgCDEEARwUgASkDCEIAUwsgACgCBEECRgR/IAAoAgxBAEcFIAApAwhCAFMLIgJHBEBBf0EBIAIbDwtBACAAEBUg",
  "ARAVECciAGsgACACGw8LIAAoAgQiAgRAIAEoAgQEf0F/AnwgAkUEQCAAKQMIuQwBCyACQQJGBEAgACgCCCIDKAIAQQFrIQIDQCAC",
  "QQBOBEAgCEQAAAAAAADwQaIgAiADKAIASQR/IANBBGogAkECdGooAgAFQQALuKAhCCACQQFrIQIMAQsLIAiaIAggACgCDBsMAQsg",
  "ACsDCAsiCQJ8RAAAAAAAAAAAIQggASgCBCICRQRAIAEpAwi5DAELIAJBAkYEQCABKAIIIgMoAgBBAWshAgNAIAJBAE4EQCAIRAAA",
  "AAAAAPBBoiACIAMoAgBJBH8gA0EEaiACQQJ0aigCAAVBAAu4oCEIIAJBAWshAgwBCwsgCJogCCABKAIMGwwBCyABKwMICyIIZCAI",
  "IAlkGwUgASkDCCEKAnwgACgCBCICRQRAIAApAwi5DAELIAJBAkYEQCAAKAIIIgMoAgBBAWshAgNAIAJBAE4EQCAIRAAAAAAAAPBB",
  "oiACIAMoAgBJBH8gA0EEaiACQQJ0aigCAAVBAAu4oCEIIAJBAWshAgwBCwsgCJogCCAAKAIMGwwBCyAAKwMICyEIQX8hAgJAIAhE",
  "AAAAAAAA4ENmDQBBASECIAhEAAAAAAAA4MNjDQBBf0EBIAidIgn8BiILIApVGyECIAogC1INAEF/IAggCaEiCEQAAAAAAAAAAGMg",
  "CEQAAAAAAAAAAGQbIQILQQAgAmsLIQIFIAApAwghCgJ8IAEoAgQiAkUEQCABKQMIuQwBCyACQQJGBEAgASgCCCIDKAIAQQFrIQID",
  "QCACQQBOBEAgCEQAAAAAAADwQaIgAiADKAIASQR/IANBBGogAkECdGooAgAFQQALuKAhCCACQQFrIQIMAQsLIAiaIAggASgCDBsM",
  "AQsgASsDCAshCEF/IQICQCAIRAAAAAAAAOBDZg0AQQEhAiAIRAAAAAAAAODDYw0AQX9BASAInSIJ/AYiCyAKVRshAiAKIAtSDQBB",
  "fyAIIAmhIghEAAAAAAAAAABjIAhEAAAAAAAAAABkGyECCwsgAgR/QQAFIAAoAhQEf0EBBSABKAIUCwsEQAJ/QQIgAEEAECRFDQAa",
  "IwQhBSMGIQMjByIEQQBHIwUjBRshBkECIAFBABAkRQ0AGkF/QQEgBhsjByIHQQBHIwUjBRsgBkcNABogB0UgBEVyBEBBACAEIAdG",
  "DQEaQQBBAUF/IAQbIgBrIAAgBhsMAQsjBCEAQQAgA6wgBK18IgojBiIBrCAHrXwiC1IEf0F/QQEgCiALUxsFIAEgA0wEfyAFIAMg",
  "AWsQKBAdIAAQJwUgBSAAIAEgA2sQKBAdECcLCyIAayAAIAYbCyIAQQJHBEAgAA8LCyACC0AAIAAgASAAIAEQICIABH8gACgCAEEG",
  "RgVBAAsEfyAAECsFQRwQDCIAQQBBHPwLACAAQQY2AgAgAAsiABAWIAALMAAgAAR/IAAoAgBBBkYFQQALBH8gABArBUEcEAwiAEEA",
  "QRz8CwAgAEEGNgIAIAALCw8AIAAEfyAAKAIABUEACwsFAEGIGAsIACAAIAEQEQsGACAAECsLBgAgACQBCwgAIAAgARAfCxoBAX9B",
  "HBAMIgBBAEEc/AsAIABBBzYCACAACzMBAX8Cf0EAIABFDQAaIAAoAgAiAUEGRgRAIAAoAhAMAQsgAUEHRgR/IAAoAgwFQQALCwsn",
  "AQF/IAAEfyAAKAIAIgFBB0YgAUEGRnIEfyAAKAIMBUEACwVBAAsLDAAgACABIAIgAxBXCwYAIAAQCAsKACAAIAEgAhAWCxoBAX9B",
  "HBAMIgBBAEEc/AsAIABBBjYCACAACxcAIAAgARAyIgBFBEBBAEGgKRAmCyAACwYAIAAQDwsFAEGAGAtYAQN/A0AgASADai0AAARA",
  "IANBAWohAwwBCwsgA0EQahAMIgRBBDYCACAEIAM2AgQgBCAEQRBqIgU2AgggBEEANgIMIAUgASAD/AoAACAAIAQgAqwQDxAWCwgA",
  "IAAgARBACwgAIyYQVCQmCwkAIyYoAgAkJgsSACMmQQRqIABBAnRqIAE2AgALDAAgACQnQQAQVCQmCxAAIyZBBGogAEECdGooAgAL",
  "dgEDfwJAIAAoAgAiAkEERgRAIAAoAgghAyAAKAIEIQJBACEAA0AgACACSQRAIAFBAWogASAAIANqLQAAQcABcUGAAUcbIQEgAEEB",
  "aiEADAELCwwBCyACQQZGIAJBBUZyIAJBB0ZyBEAgACgCBCEBCwsgAa0QDwsIACAAIAEQQQsIACAAIAEQMAsxAQF/An9BACAARQ0A",
  "GiAAKAIAIgFBBkYgAUEFRnIgAUEHRnIEQCAAKAIEDAELQQALCwgAIAAgARAxCwUAQZAYCwgAIAAgARATCxAAIABBACABIAIgAyAE",
  "EAkLDgAgAEEAIAEgAiADEAoLDAAgAEEAIAEgAhAACwoAIABBACABEAELCAAgAEEAEAsLXQEDfyAABH8gACgCAEEFRwVBAQsEQCAA",
  "DwtBHBAMIgFBAEEc/AsAIAFBBzYCACAAKAIEIQMDQCACIANJBEAgASAAKAIMIAJBAnRqKAIAEB8gAkEBaiECDAELCyABCwgAIAAg",
  "ARAUCwYAIAAQFwsJACAAQYAqECYLBwAgACgCAAu3AgEEf0EAIAEgAAR/IAAoAgBBBkcFQQELGwR/IAEoAgBBBUcFQQELBEBBAw8L",
  "IAEoAgQiA0UEQEEDDwsDQCACQQFqIANJBEAgACABKAIMIAJBAnRqKAIAECAiAAR/IAAoAgBBBkcFQQELBEBBAA8LIAJBAWohAgwB",
  "CwsgASgCDCADQQFrQQJ0aigCACEDQRwQDCIEQQBBHPwLACAEQQY2AgAgACgCBCECQQAhAQNAIAEgAkkEQCAAKAIAQQZPBH8gACgC",
  "GCAAKAIERwVBAAsEQCAAEA4LIAAoAgwgAUECdGooAgAiBSADEBMEQCAAKAIAQQZPBH8gACgCGCAAKAIERwVBAAsEQCAAEA4LIAQg",
  "BSAAKAIQIAFBAnRqKAIAEBYLIAFBAWohAQwBCwsgACAEQRz8CgAAQQALCAAgAEEBEDULtAEBBH9BACABIgMgAAR/IAAoAgBBBkcF",
  "QQELGwR/IAMoAgBBBUcFQQELBEBBAw8LIAMoAgQiBUUEQEEDDwsDQCAEQQFqIAVJBEAgACADKAIMIARBAnRqKAIAIgYQICIBBH8g",
  "ASgCAEEGRwVBAQsEQEEcEAwiAUEAQRz8CwAgAUEGNgIAIAAgBiABEBYLIAEhACAEQQFqIQQMAQsLIAAgAygCDCAFQQFrQQJ0aigC",
  "ACACEBZBAAsGACAAEAwLCAAgAEEAEDULBgAgACQACw4AIwBFBEAQAiQACyMACwIACwkAIAAgATYCAAsJACAAIAE2AgwLCQAgACAB",
  "NgIECwcAIAAoAggLRwEBfyAFJAAgBARAIAMgBBBOIgdFBEBBAEHAKBAmCwsQUyIAIAc2AgAgACACNgIEIAAgATYCDCAAEAMgACgC",
  "CCAGQQFGEDULCAAgABADQQALBAAQBgsEABAHCwkAIABBAEckAgsEACMBC1gAAkACQAJAAkACQAJAAkACQCAAKAIAQQFrDgcAAQID",
  "BAUGBwtBoCYQHg8LQcAsEB4PC0HwLBAeDwtBkC0QHg8LQbAtEB4PC0HQLRAeDwtB8C0QHg8LQQALEQBBiBhBkBggACgCAEEERhsL",
  "EQBBiBhBkBggACgCAEEHRhsLEQBBiBhBkBggACgCAEEGRhsLEQBBiBhBkBggACgCAEEDRhsLEQBBiBhBkBggACgCAEEBRhsLEQBB",
  "iBhBkBggACgCAEECRhsLEQBBiBhBkBggACgCAEEFRhsL7wQDAnwCfwF+IAAgAUGgNEGANRApBEBBAA8LIAAoAgRBAUcEf0EBBSAA",
  "KwMIIgOdIANhIAMgA6FEAAAAAAAAAABhcQsEfyABKAIEQQFHBH9BAQUgASsDCCIDnSADYSADIAOhRAAAAAAAAAAAYXELBUEAC0UE",
  "QCMCBEBB4DVBgCpBAEEAEBALQQAPCyABKAIEQQJGBH9BAAUgASgCBAR/IAErAwhEAAAAAAAAAABhBSABKQMIUAsLBEAjAgRAQcA2",
  "QYAqQQBBABAQC0EADwsCfyAAKAIEBH9BAQUgASgCBAtFBEAgASkDCCIGQn9RBEBCABAPDAILIAApAwggBoEQDwwBCyAAKAIEQQFH",
  "BH8gASgCBEEBRwVBAAsEQCAAEBUgARAVEC4aIwMiASgCAAR/IAEgACgCBEECRgR/IAAoAgxBAEcFIAApAwhCAFMLEBsFQgAQDwsM",
  "AQsCfCAAKAIEIgRFBEAgACkDCLkMAQsgBEECRgRAIAAoAggiBSgCAEEBayEEA0AgBEEATgRAIAJEAAAAAAAA8EGiIAQgBSgCAEkE",
  "fyAFQQRqIARBAnRqKAIABUEAC7igIQIgBEEBayEEDAELCyACmiACIAAoAgwbDAELIAArAwgLIgIgAgJ8RAAAAAAAAAAAIQIgASgC",
  "BCIARQRAIAEpAwi5DAELIABBAkYEQCABKAIIIgQoAgBBAWshAANAIABBAE4EQCACRAAAAAAAAPBBoiAAIAQoAgBJBH8gBEEEaiAA",
  "QQJ0aigCAAVBAAu4oCECIABBAWshAAwBCwsgApogAiABKAIMGwwBCyABKwMICyICo50gAqKhEBgLCxoAIAAgAUHgKkHQKxApBEBB",
  "AA8LIAAgARBICw8AQYgYQZAYIAAgARATGwsaACAAIAFB4DBBwDEQKQRAQQAPCyAAIAEQSQuyBQMFfwF8A34gACgCAEEDRgR/IAEo",
  "AgBBA0YFQQALBEACfyAAKAIEBH9BAQUgASgCBAtFBEAgACkDCCIIIAEpAwgiCn0hCSAIIAqFIAggCYWDQgBZBEAgCRAPDAILCyAA",
  "KAIEQQFHBH8gASgCBEEBRwVBAAsEQCAAEBUgACgCBEECRgR/IAAoAgxBAEcFIAApAwhCAFMLIAEQFSABKAIEQQJGBH8gASgCDEEA",
  "RwUgASkDCEIAUwtFEEsMAQsgACABQQEQSiICBH8gAgUCfCAAKAIEIgJFBEAgACkDCLkMAQsgAkECRgRAIAAoAggiAygCAEEBayEC",
  "A0AgAkEATgRAIAdEAAAAAAAA8EGiIAIgAygCAEkEfyADQQRqIAJBAnRqKAIABUEAC7igIQcgAkEBayECDAELCyAHmiAHIAAoAgwb",
  "DAELIAArAwgLAnxEAAAAAAAAAAAhByABKAIEIgBFBEAgASkDCLkMAQsgAEECRgRAIAEoAggiAigCAEEBayEAA0AgAEEATgRAIAdE",
  "AAAAAAAA8EGiIAAgAigCAEkEfyACQQRqIABBAnRqKAIABUEAC7igIQcgAEEBayEADAELCyAHmiAHIAEoAgwbDAELIAErAwgLoRAY",
  "CwsPCyAAKAIAQQdGBH8gASgCAEEHRgVBAAsEQEEcEAwiBUEAQRz8CwAgBUEHNgIAIAAoAgQhBgNAIAIgBkkEQCAAKAIAQQZPBH8g",
  "ACgCGCAAKAIERwVBAAsEQCAAEA4LQX8gASAAKAIMIAJBAnRqKAIAIgMQGiIEIARBAEgbQQBIBEAgBSADEB8LIAJBAWohAgwBCwsg",
  "BQ8LIAAoAgBBA0YEf0EBBSAAKAIAQQdGC0UEQEGQLiAAEA1BAA8LIAEoAgBBA0YEQEGQLyABEA1BAA8LQfAvIAEQDUEACxIAQYgY",
  "QZAYIAAgARATQQBMGwsSAEGIGEGQGCAAIAEQE0EASBsLZQEBfyACKAIAIgNBBkYgA0EFRnIEQEGQGEGIGCACIAAQMSIABH8gACAB",
  "EBMFQQELGw8LIANBB0YEQEGIGEGQGCAAIAEQEwR/QQAFQX8gAiAAEBoiACAAQQBIG0EATgsbDwtBkBgL0QEBAn8gASgCACIDQQdG",
  "BEBBiBhBkBhBfyABIAAQGiIAIABBAEgbQQBOGw8LIANBBUYEQCABKAIEIQMDQCACIANJBEAgASgCDCACQQJ0aigCACAAEBNFBEBB",
  "iBgPCyACQQFqIQIMAQsLQZAYDwsgA0EGRgRAIAEoAgQhAwNAIAIgA0kEQCABKAIAQQZPBH8gASgCGCABKAIERwVBAAsEQCABEA4L",
  "IAEoAhAgAkECdGooAgAgABATRQRAQYgYDwsgAkEBaiECDAELC0GQGA8LQZAYCxIAQYgYQZAYIAAgARATQQBOGwsSAEGIGEGQGCAA",
  "IAEQE0EAShsLwwQDAn8BfAJ+IAAgAUGgMkGAMxApBEBBAA8LIAEoAgRBAkYEf0EABSABKAIEBH8gASsDCEQAAAAAAAAAAGEFIAEp",
  "AwhQCwsEQCMCBEBB4DNBgCpBAEEAEBALQQAPCwJ/IAAoAgQEf0EBBSABKAIEC0UEQCABKQMIIgVCf1EgACkDCCIGQoCAgICAgICA",
  "gH9RcQR+QgEFIAYgBYELUARAIAYgBX8QDwwCCwsgACgCBEEBRwR/IAEoAgRBAUcFQQALBH8gACgCBEECRgR/QQEFIAEoAgRBAkYL",
  "BUEACwRAIAAQFSABEBUQLiECIwMoAgBFBEAgACgCBEECRgR/IAAoAgxBAEcFIAApAwhCAFMLIQAgAiABKAIEQQJGBH8gASgCDEEA",
  "RwUgASkDCEIAUwsgAEcQGwwCCwsCfCAAKAIEIgJFBEAgACkDCLkMAQsgAkECRgRAIAAoAggiAygCAEEBayECA0AgAkEATgRAIARE",
  "AAAAAAAA8EGiIAIgAygCAEkEfyADQQRqIAJBAnRqKAIABUEAC7igIQQgAkEBayECDAELCyAEmiAEIAAoAgwbDAELIAArAwgLAnxE",
  "AAAAAAAAAAAhBCABKAIEIgBFBEAgASkDCLkMAQsgAEECRgRAIAEoAggiAigCAEEBayEAA0AgAEEATgRAIAREAAAAAAAA8EGiIAAg",
  "AigCAEkEfyACQQRqIABBAnRqKAIABUEAC7igIQQgAEEBayEADAELCyAEmiAEIAEoAgwbDAELIAErAwgLoxAYCwuJAwECfyABBH8g",
  "AC0AAEEtRgVBAAtBAEciAyABTwRAQQAPCyAAIANqLQAAQTBGBH8gA0EBagUgAyECA0AgASACSwR/IAAgAmotAABBME8FQQALBH8g",
  "ACACai0AAEE5TQVBAAsEQCACQQFqIQIMAQsLIAIgA0YEQEEADwsgAgsiAyABSQR/IAAgA2otAABBLkYFQQALBEAgA0EBaiECA0Ag",
  "ASACSwR/IAAgAmotAABBME8FQQALBH8gACACai0AAEE5TQVBAAsEQCACQQFqIQIMAQsLIAIgA0EBakYEQEEADwsgAiEDCyABIANL",
  "BH8gACADai0AAEEgckHlAEYFQQALBH8gACECIANBAWoiAyABSQR/IAAgA2otAABBK0YEf0EBBSAAIANqLQAAQS1GCwVBAAsEQCAD",
  "QQFqIQMLIAMhAANAIAAgAUkEfyAAIAJqLQAAQTBPBUEACwR/IAAgAmotAABBOU0FQQALBEAgAEEBaiEADAELCyAAIANGBEBBAA8L",
  "IAAFIAMLIAFGC40FAgJ/AXwgACgCACICQQFGBEBCABAPDwsgAkECRgRAIAAoAgRBAEetEA8PCyACQQNGBEAgAA8LIAJBBEYEQCAA",
  "KAIIIAAoAgQQMiICBEAgAigCBEEBRwR/QQEFIAAoAgggACgCBBDBAQsEfyACBQJ8IAIoAgQiAEUEQCACKQMIuQwBCyAAQQJGBEAg",
  "AigCCCIBKAIAQQFrIQADQCAAQQBOBEAgA0QAAAAAAADwQaIgACABKAIASQR/IAFBBGogAEECdGooAgAFQQALuKAhAyAAQQFrIQAM",
  "AQsLIAOaIAMgAigCDBsMAQsgAisDCAsQGAsPCyAAKAIIIQICfyAAKAIEIgAEfyACLQAAQStGBH9BAQUgAi0AAEEtRgsFQQALBEAg",
  "AkEBaiECIABBAWshAAtBAEH8NigCAEEBdiAARw0AGgNAIAAgAUsEQEEAIAFB/DYoAgBBAXZPBH9BfwUgAUEBdEGAN2ovAQALQf8B",
  "cSABIAJqLQAAQSByRw0CGiABQQFqIQEMAQsLQQELBH9BAQUCf0EAIQFBACAAQZw3KAIAQQF2Rw0AGgNAIAAgAUsEQEEAIAFBnDco",
  "AgBBAXZPBH9BfwUgAUEBdEGgN2ovAQALQf8BcSABIAJqLQAAQSByRw0CGiABQQFqIQEMAQsLQQELCwR/QQEFAn9BACEBQQAgAEG8",
  "NygCAEEBdkcNABoDQCAAIAFLBEBBACABQbw3KAIAQQF2TwR/QX8FIAFBAXRBwDdqLwEAC0H/AXEgASACai0AAEEgckcNAhogAUEB",
  "aiEBDAELC0EBCwsEQCMCBEBB8DdBgCpBAEEAEBALQQAPCyMCBEBBkDlBgCpBAEEAEBALQQAPC0GAOiAAEA1BAAuDAwIEfwJ+IAAh",
  "AgJ/IAAoAgAiA0EFRgR/IAAoAgQFQQALBEAgACgCDCgCACICKAIAQQNHBEBBsJMBIAIQDUEBDAILIAAoAgRBAUsEQCAAKAIMKAIE",
  "IgQoAgBBBEcEQEGglAEgBBANQQEMAwsgBCgCCCEDQQIgBCgCBCIERSIFBH8gBQUgBEEDRgR/IAMtAABB1QBGBUEACwR/IAMtAAFB",
  "1ABGBUEACwR/IAMtAAJBwwBGBUEACwtFDQIaCwUgA0EDRwRAQZCVASAAEA1BAQwCCwsgAigCBARAIwIEQEHQlgFBgCpBAEEAEBAL",
  "QQEMAQsgAikDCCQhQQALIgJBAUYEQEEADwsgAkECRgRAIAFBACAAEAEPCyMhIgZCgJTr3AN/IgdCAX0gByAGQgBTBH8gBkKAlOvc",
  "A4FCAFIFQQALGyIGQoCjBX8iB0IBfSAHIAZCAFMEfyAGQoCjBYFCAFIFQQALGxBaQQMQFyIAIx4QDxAUIAAjHxAPEBQgACMgEA8Q",
  "FCAAC8UJAgV/CX4gACgCAEEERwRAQcCPASAAEA1BAA8LIAAoAgghAgJAIAAoAgQiA0EUSQ0AIAItAAohBEEAIQACfgNAIABBBEkE",
  "QEJ/IAAgAmotAAAiBUEwSSAFQTlLcg0CGiAFQTBrQf8Bca0gB0IKfnwhByAAQQFqIQAMAQsLIAcLIgxCAFNBACEAAn4DQCAAQQJJ",
  "BEBCfyACQQVqIABqLQAAIgVBMEkgBUE5S3INAhogBUEwa0H/AXGtIAhCCn58IQggAEEBaiEADAELCyAICyILQgBXciALQgxVckEA",
  "IQACfgNAIABBAkkEQEJ/IAJBCGogAGotAAAiBUEwSSAFQTlLcg0CGiAFQTBrQf8Bca0gBkIKfnwhBiAAQQFqIQAMAQsLIAYLIg1C",
  "AFdyIA1CH1VyQgAhBkEAIQACfgNAIABBAkkEQEJ/IAJBC2ogAGotAAAiBUEwSSAFQTlLcg0CGiAFQTBrQf8Bca0gBkIKfnwhBiAA",
  "QQFqIQAMAQsLIAYLIghCAFNyIAhCF1VyQgAhBkEAIQACfgNAIABBAkkEQEJ/IAJBDmogAGotAAAiBUEwSSAFQTlLcg0CGiAFQTBr",
  "Qf8Bca0gBkIKfnwhBiAAQQFqIQAMAQsLIAYLIglCAFNyIAlCO1VyQgAhBkEAIQACfgNAIABBAkkEQEJ/IAJBEWogAGotAAAiBUEw",
  "SSAFQTlLcg0CGiAFQTBrQf8Bca0gBkIKfnwhBiAAQQFqIQAMAQsLIAYLIgpCAFNyIApCPFVyBH9BAQUgAi0ABEEtRwsEf0EBBSAC",
  "LQAHQS1HCwR/QQEFIARB9ABHIARB1ABHcQsEf0EBBSACLQANQTpHCwR/QQEFIAItABBBOkcLDQBCACEGQRMhACADQRNLBH8gAi0A",
  "E0EuRgVBAAsEQEKAwtcvIQdBFCEAA0AgACADSQR/IAAgAmotAABBME8FQQALBH8gACACai0AAEE5TQVBAAsEQCAGIAAgAmoxAABC",
  "MH0gB358IQYgB0IKfyEHIABBAWohAAwBCwsgAEEURg0BC0IAIQcgACADTw0AIAMgACACai0AACIEQfoARiAEQdoARnIEfyAAQQFq",
  "BSAEQS1GIARBK0ZyRQ0BIABBBmogA0sEf0EBBSAAIAJqLQADQTpHCw0BIABBAWohAwJ+A0AgAUECSQRAQn8gAiADaiABai0AACIF",
  "QTBJIAVBOUtyDQIaIAVBMGtB/wFxrSAHQgp+fCEHIAFBAWohAQwBCwsgBwshDiAAQQRqIQNCACEHQQAhASAOAn4DQCABQQJJBEBC",
  "fyACIANqIAFqLQAAIgVBMEkgBUE5S3INAhogBUEwa0H/AXGtIAdCCn58IQcgAUEBaiEBDAELCyAHCyIHhEIAUw0BIA5CkBx+IAdC",
  "PH58Qn9CASAEQS1GG34hByAAQQZqC0cNACAMIAtCAletfSIMIAxCjwN9IAxCAFkbQpADfyEOIAogC0J9QgkgC0ICVRt8QpkBfkIC",
  "fEIFfyANfCAMIA5CkAN+fSIKQu0CfiAKQgR/fCAKQuQAf318IA5CsfUIfnxC7fQrfUKAowV+IAhCkBx+fCAJQjx+fHwgB30gBkGw",
  "kgEQWQ8LIwIEQEHQkAFBgCpBAEEAEBALQQAL+QMBBn4gACgCAEEDRwRAQaCXASAAEA1BAA8LIAAoAgQEQCMCBEBB8JgBQYAqQQBB",
  "ABAQC0EADwsgASgCAEEDRwRAQdCZASABEA1BAA8LIAEoAgQEQCMCBEBB0JoBQYAqQQBBABAQC0EADwsgAigCAEEDRwRAQYCcASAC",
  "EA1BAA8LIAIoAgQEQCMCBEBBgJ0BQYAqQQBBABAQC0EADwsgAygCAEEDRwRAQbCeASADEA1BAA8LIAMoAgQEQCMCBEBBsJ8BQYAq",
  "QQBBABAQC0EADwsgACkDCCIEQoCU69wDfyIFQgF9IAUgBEIAUwR/IARCgJTr3AOBQgBSBUEACxsiBkKAowV/IgVCAX0gBSAGQgBT",
  "BH8gBkKAowWBQgBSBUEACxsiBxBaIAIpAwgjH0IBfXwiBUIMfyEIIAUgCEIBfSAIIAVCAFMEfyAFQgyBQgBSBUEACyIAG0IMfn1C",
  "AXwhBSMeIAEpAwh8IAhCAX0gCCAAG3wgBUICV619IgggCEKPA30gCEIAWRtCkAN/IQkgBiAHQoCjBX59IAMpAwgjICAIIAlCkAN+",
  "fSIHQu0CfiAHQgR/fCAHQuQAf30gBUJ9QgkgBUICVRt8QpkBfkICfEIFf3wgCUKx9Qh+fHxC7fQrfXxCgKMFfnwgBCAGQoCU69wD",
  "fn1B4KABEFkLCgAgAEEBIAEQXQsKACAAQQAgARBdC6ABAQR/IAAoAgBBBEcEQEGA9wAgABANQQAPCyABKAIAQQRHBEBB8PcAIAEQ",
  "DUEADwsgASgCBCICIAAoAgQiBE0EfyAAKAIIIARqIAJrIQUgASgCCCEEAn8DQCACIANLBEBBACADIAVqLQAAIAMgBGotAABHDQIa",
  "IANBAWohAwwBCwtBAQsFQQALBEAgACgCCCAAKAIEIAEoAgRrEBEPCyAAC64DAQd/IAAoAgBBBEcEQEHg+AAgABANQQAPCyAAKAII",
  "IQMgACgCBCEAA0AgACACSwR/IAMgAhAZIgFBgOAARiABQajAAEYhBSABQYUBRiEGIAFBIEYEf0EBBSABQQ1NIAFBCU9xCyAGciAB",
  "QaABRnIgAUGALUZyBH9BAQUgAUGKwABNIAFBgMAAT3ELIAVyIAFBqcAARnIgAUGvwABGciABQd/AAEZycgVBAAsEQAJ/QQEgAiAD",
  "ai0AACIBQYABSQ0AGkECIAFB4AFJDQAaQQMgAUHwAUkNABpBBAsgAmohAgwBCwsDQCAAIAJLBEACQCAAQQFrIQEDQCABIAJLBH8g",
  "ASADai0AAEHAAXFBgAFGBUEACwRAIAFBAWshAQwBCwsgAyABEBkiBEGA4ABGIARBqMAARiEGIARBhQFGIQcgBEEgRgR/QQEFIARB",
  "DU0gBEEJT3ELIAdyIARBoAFGciAEQYAtRnIEf0EBBSAEQYrAAE0gBEGAwABPcQsgBnIgBEGpwABGciAEQa/AAEZyIARB38AARnJy",
  "RQ0AIAEhAAwCCwsLIAIgA2ogACACaxARC0YBAX8gACgCAEEERwRAQcDzACAAEA1BAA8LIAEoAgBBBEcEQEGw9AAgARANQQAPCyAA",
  "KAIIIgIgAkEAIAAoAgQgARBcEBELnQEBBH8gACgCAEEERwRAQaD1ACAAEA1BAA8LIAEoAgBBBEcEQEGQ9gAgARANQQAPCyABKAIE",
  "IgMgACgCBE0EfyAAKAIIIQQgASgCCCEFAn8DQCACIANJBEBBACACIARqLQAAIAIgBWotAABHDQIaIAJBAWohAgwBCwtBAQsFQQAL",
  "BEAgASgCBCIBIAAoAghqIAAoAgQgAWsQEQ8LIAALTgEBfyAAKAIAQQRHBEBB4PEAIAAQDUEADwsgASgCAEEERwRAQdDyACABEA1B",
  "AA8LIAAoAggiAiACIAAoAgQiACABEFsiAWogACABaxARC1YBAn8gACgCAEEERwRAQYDwACAAEA1BAA8LIAEoAgBBBEcEQEHw8AAg",
  "ARANQQAPCyAAKAIIIgIgACgCBCIDIAEQWyIAIAJqIAIgACADIAEQXCAAaxARC70GAwJ8BH8DfiAAKAIAQQRHBEBB4P4AIAAQDUEA",
  "DwsgASgCAEEDRwRAQdD/ACABEA1BAA8LIAEoAgRBAUcEf0EBBSABKwMIIgSdIARhIAQgBKFEAAAAAAAAAABhcQtFBEAjAgRAQcCA",
  "AUGAKkEAQQAQEAtBAA8LIAIoAgBBA0cEQEHwgQEgAhANQQAPCyACKAIEQQFHBH9BAQUgAisDCCIEnSAEYSAEIAShRAAAAAAAAAAA",
  "YXELRQRAIwIEQEHgggFBgCpBAEEAEBALQQAPCwJ8IAIoAgQiBUUEQCACKQMIuQwBCyAFQQJGBEAgAigCCCIIKAIAQQFrIQUDQCAF",
  "QQBOBEAgA0QAAAAAAADwQaIgBSAIKAIASQR/IAhBBGogBUECdGooAgAFQQALuKAhAyAFQQFrIQUMAQsLIAOaIAMgAigCDBsMAQsg",
  "AisDCAv8BiEKAnxEAAAAAAAAAAAhAyABKAIEIgJFBEAgASkDCLkMAQsgAkECRgRAIAEoAggiBSgCAEEBayECA0AgAkEATgRAIANE",
  "AAAAAAAA8EGiIAIgBSgCAEkEfyAFQQRqIAJBAnRqKAIABUEAC7igIQMgAkEBayECDAELCyADmiADIAEoAgwbDAELIAErAwgL/AYi",
  "CUIAUwRAIwIEQEGQhAFBgCpBAEEAEBALQQAPCyAAKAIIIQEgACgCBCEAQQAhAgNAIAAgAksEQCAGQQFqIAYgASACai0AAEHAAXFB",
  "gAFHGyEGIAJBAWohAgwBCwsgBq0iCyAJVwRAIAFBABARDwsgCachBUEAIQIDQCAFIAdLIAAgAktxBEACf0EBIAEgAmotAAAiBkGA",
  "AUkNABpBAiAGQeABSQ0AGkEDIAZB8AFJDQAaQQQLIAJqIQIgB0EBaiEHDAELCyACIAAgACACSxshBSAKQgBTIAkgCnwgC1lyBEAg",
  "ASAFaiAAIAVrEBEPCyAJIAp8pyEHQQAhAkEAIQYDQCAGIAdJIAAgAktxBEACf0EBIAEgAmotAAAiCEGAAUkNABpBAiAIQeABSQ0A",
  "GkEDIAhB8AFJDQAaQQQLIAJqIQIgBkEBaiEGDAELCyABIAVqIAIgACAAIAJLGyAFaxARC4sBAQJ/IAAoAgBBBEcEQEGA6QAgABAN",
  "QQAPCyABKAIAQQRHBEBB8OkAIAEQDUEADwtBiBhBkBggASgCBCICIAAoAgRNBH8gACgCCCEDIAEoAgghAUEAIQACfwNAIAAgAkkE",
  "QEEAIAAgA2otAAAgACABai0AAEcNAhogAEEBaiEADAELC0EBCwVBAAsbC+cCAQh/IAAoAgBBBEcEQEGg7gAgABANQQAPCyABKAIA",
  "QQRHBEBBkO8AIAEQDUEADwtBABAXIQMgACgCCCEFIAAoAgQhBiABKAIEIglFBEBBACEAA0AgACAGSQRAAn9BASAAIAVqIgEtAAAi",
  "AkGAAUkNABpBAiACQeABSQ0AGkEDIAJB8AFJDQAaQQQLIQIgAyABIAIQERAUIAAgAmohAAwBCwsgAw8LQQAhAANAIAEoAgghByAA",
  "IQICQCAJRQ0AIAYgCUkEQEF/IQIMAQsDQCACIAlqIAZNBEAgAiAFaiIILQAAIActAABGBH9BACEEAn8DQCAEIAlJBEBBACAEIAhq",
  "LQAAIAQgB2otAABHDQIaIARBAWohBAwBCwtBAQsFQQALDQIgAkEBaiECDAELC0F/IQILIAJBAE4EQCADIAAgBWogAiAAaxAREBQg",
  "AiAJaiEADAELCyADIAAgBWogBiAAaxAREBQgAwvRBwEKfyAAKAIAQQRHBEBB0PkAIAAQDUEADwsgASgCAEEERwRAQcD6ACABEA1B",
  "AA8LIAIoAgBBBEcEQEGw+wAgAhANQQAPCyAAKAIIIQcgACgCBCEGIAEoAgQiCEUEQEEAIQFBACEAA0AgACAGSQRAIAFBAWogASAA",
  "IAdqLQAAQcABcUGAAUcbIQEgAEEBaiEADAELCyAGIAIoAgQiAyABQQFqbGoiBBAMIgUhAEEAIQEDQCAAIAIoAgggA/wKAAAgASAG",
  "SQRAIAAgA2ohAAJ/QQEgASAHaiIILQAAIglBgAFJDQAaQQIgCUHgAUkNABpBAyAJQfABSQ0AGkEECyEJIAAgCCAJ/AoAACAAIAlq",
  "IQAgASAJaiEBDAELCyAFIAQQEQ8LIAEoAgghCQJAIAhFDQAgBiAISQRAQX8hAwwBCwNAIAMgCGogBk0EQCADIAdqIgotAAAgCS0A",
  "AEYEf0EAIQQCfwNAIAQgCEkEQEEAIAQgCmotAAAgBCAJai0AAEcNAhogBEEBaiEEDAELC0EBCwVBAAsNAiADQQFqIQMMAQsLQX8h",
  "AwsDQCADQQBOBEAgBUEBaiEFIAEoAgghCSADIAhqIQMCQCAIRQ0AIAYgCEkEQEF/IQMMAQsDQCADIAhqIAZNBEAgAyAHaiIKLQAA",
  "IAktAABGBH9BACEEAn8DQCAEIAhJBEBBACAEIApqLQAAIAQgCWotAABHDQIaIARBAWohBAwBCwtBAQsFQQALDQIgA0EBaiEDDAEL",
  "C0F/IQMLDAELCyAFRQRAIAAPCyAGIAUgCGxrIAUgAigCBGxqIgkQDCIKIQBBACEFIAEoAgghC0EAIQMCQCAIRQ0AIAYgCEkEQEF/",
  "IQMMAQsDQCADIAhqIAZNBEAgAyAHaiIMLQAAIAstAABGBH9BACEEAn8DQCAEIAhJBEBBACAEIAxqLQAAIAQgC2otAABHDQIaIARB",
  "AWohBAwBCwtBAQsFQQALDQIgA0EBaiEDDAELC0F/IQMLA0AgA0EATgRAIAAgBSAHaiADIAVrIgT8CgAAIAAgBGoiACACKAIIIAIo",
  "AgT8CgAAIAAgAigCBGohACABKAIIIQsgAyAIaiIFIQMCQCAIRQ0AIAYgCEkEQEF/IQMMAQsDQCADIAhqIAZNBEAgAyAHaiIMLQAA",
  "IAstAABGBH9BACEEAn8DQCAEIAhJBEBBACAEIAxqLQAAIAQgC2otAABHDQIaIARBAWohBAwBCwtBAQsFQQALDQIgA0EBaiEDDAEL",
  "C0F/IQMLDAELCyAAIAUgB2ogBiAFa/wKAAAgCiAJEBELrwIBB38gACgCAEEERwRAQaD8ACAAEA1BAA8LIAEoAgBBBEcEQEGQ/QAg",
  "ARANQQAPCyABKAIERQRAIwIEQEGA/gBBgCpBAEEAEBALQQAPCwJ/IAAoAgghByAAKAIEIQUgASgCCCEGQQAgASgCBCIDRQ0AGkF/",
  "IAMgBUsNABoDQCACIANqIAVNBEAgAiACIAdqIggtAAAgBi0AAEYEf0EAIQECfwNAIAEgA0kEQEEAIAEgCGotAAAgASAGai0AAEcN",
  "AhogAUEBaiEBDAELC0EBCwVBAAsNAhogAkEBaiECDAELC0F/CyIBQQBIBEBCfxAPDwsgACgCCCECQQAhAANAIAAgAUkEQCAEQQFq",
  "IAQgACACai0AAEHAAXFBgAFHGyEEIABBAWohAAwBCwsgBK0QDwuoBAMFfwJ+AXwgACABQeCEAUHQhQEQKQRAQQAPCyABKAIEBH5C",
  "AAUgASkDCAsiB0IIUiAHQgJScSAHQgpScSAHQhBScQRAIwIEQEHAhgFBgCpBAEEAEBALQQAPCyAAKAIEIgFBACABQQFHGwRAIAen",
  "IAFBAkYEfyAAKAIMQQBHBSAAKQMIQgBTCyEEIAAQFSECrRAiIQUgAigCAEEFdEEhaiIBEAwhAyABIQADQCACIAUQLiECIAMgAEEB",
  "ayIAaiMDIgYoAgAEfyAGKAIEBUEACyIGQawYKAIAQQF2TwR/QX8FIAZBAXRBsBhqLwEACzoAACACKAIADQALIAQEQCADIABBAWsi",
  "AGpBLToAAAsgACADaiABIABrEBEPCyAAKAIEIgEEfgJ8IAFFBEAgACkDCLkMAQsgAUECRgRAIAAoAggiAigCAEEBayEBA0AgAUEA",
  "TgRAIAlEAAAAAAAA8EGiIAEgAigCAEkEfyACQQRqIAFBAnRqKAIABUEAC7igIQkgAUEBayEBDAELCyAJmiAJIAAoAgwbDAELIAAr",
  "AwgLnfwGBSAAKQMICyIIQgBTIQFCACAIfSAIIAEbIQhBwgAQDCECQcIAIQADQCACIABBAWsiAGogCCAHgqciA0GsGCgCAEEBdk8E",
  "f0F/BSADQQF0QbAYai8BAAs6AAAgCCAHgCIIQgBSDQALIAEEQCACIABBAWsiAGpBLToAAAsgACACakHCACAAaxARC5MBAQJ/IAAo",
  "AgBBBEcEQEHg6gAgABANQQAPCyABKAIAQQRHBEBB0OsAIAEQDUEADwtBiBhBkBggASgCBCICIAAoAgQiA00EfyAAKAIIIANqIAJr",
  "IQMgASgCCCEBQQAhAAJ/A0AgACACSQRAQQAgACADai0AACAAIAFqLQAARw0CGiAAQQFqIQAMAQsLQQELBUEACxsL1gEBBX8gACgC",
  "AEEERwRAQaDnACAAEA1BAA8LIAEoAgBBBEcEQEGQ6AAgARANQQAPCyAAKAIIIQUgACgCBCEDIAEoAgghBEEAIQACQCABKAIEIgJF",
  "DQAgAiADSwRAQX8hAAwBCwNAIAAgAmogA00EQCAAIAVqIgYtAAAgBC0AAEYEf0EAIQECfwNAIAEgAkkEQEEAIAEgBmotAAAgASAE",
  "ai0AAEcNAhogAUEBaiEBDAELC0EBCwVBAAsNAiAAQQFqIQAMAQsLQX8hAAtBiBhBkBggAEEAThsLywIBBn8gACgCAEEERwRAQfDi",
  "ACAAEA1BAA8LIAEoAgBBBUYEf0EBBSABKAIAQQdGC0UEQEHg4wAgARANQQAPCyABKAIEIgUEfyAAKAIEIAVBAWtsBUEACyEGA0Ag",
  "AiAFSQRAIAEoAgBBBk8EfyABKAIYIAEoAgRHBUEACwRAIAEQDgsgASgCDCACQQJ0aigCACIDKAIAQQRHBEBB4OQAQYDmACABIAMQ",
  "NxpBAA8LIAYgAygCBGohBiACQQFqIQIMAQsLIAYQDCIEIQIDQCAFIAdLBEAgBwRAIAIgACgCCCAAKAIE/AoAACACIAAoAgRqIQIL",
  "IAEoAgBBBk8EfyABKAIYIAEoAgRHBUEACwRAIAEQDgsgAiABKAIMIAdBAnRqKAIAIgMoAgggAygCBPwKAAAgAiADKAIEaiECIAdB",
  "AWohBwwBCwsgBCAGEBEL/QQBBH8gASgCACIDQQRGBH8gAEH/AXEiBEH2AEYgBEHzAEZyBUEACwRAIAIEQCACIAEoAgggASgCBPwK",
  "AAALIAEoAgQPCyAAQf8BcUHxAEYgA0EERnEEQCABKAIIIQUgASgCBCEEQQIhAEEAIQECQANAIAEgBEkEQEF/IQMgASAFai0AACIG",
  "QSBJIAZB/gBLcg0CIABBAkEBIAZB3ABGIAZBIkZyG2ohACABQQFqIQEMAQsLIAAhAyACRQ0AIAJBAWohACACQSI6AABBACECA0Ag",
  "AiAESQRAIAIgBWotAAAiBkHcAEYgBkEiRnIEfyAAQdwAOgAAIABBAWoFIAALIgFBAWohACABIAY6AAAgAkEBaiECDAELCyAAQSI6",
  "AAALIAMPCyADQQNGBH8gASgCBEEBRwVBAAsEfyAAQf8BcSIEQfYARiAEQeQARnIEf0EBBSAAQf8BcUHzAEYEfyABKAIEBUEACwsF",
  "QQALBEAgASABKAIEQQJGBH8gASgCCCgCAEEKbEEEagVBwAALEAwiABBHIQEgAgRAIAIgACAB/AoAAAsgAQ8LIABB/wFxQfYARiAD",
  "QQJGcQRAIAEoAgRBAEchASACBEBB4CVBgCYgARshA0EAIQADQCADQRRrKAIQQQF2IgQgAEoEQCAAIAJqIAAgBE8Ef0F/BSADIABB",
  "AXRqLwEACzoAACAAQQFqIQAMAQsLC0EEQQUgARsPCyADQQZGIANBBUZyIANBB0ZyIABB/wFxQfYARnEEQEEAJBJBACQTQQAkFEHA",
  "ABAlIAFBAUEBECEjEiMTEBEhAEEAJBIgAgRAIAIgACgCCCAAKAIE/AoAAAsgACgCBA8LQX8LXQEBfyAAKAIAQQRGBH8gASgCAEEF",
  "RgVBAAsEQCAAKAIIIAAoAgQgAUEAEF8iA0EATgRAIAMQDCECIAAoAgggACgCBCABIAIQXxogAiADEBEPCwsgAkEAIAAgARAAC1gB",
  "An8gACgCAEEGRgRAIAAoAgQhBANAIAMgBEkEQCAAIAMQMCgCAEEERwRAIwIEQEHAhwFBgCpBAEEAEBALQQAPCyADQQFqIQMMAQsL",
  "CyACQQAgACABEAALzwECAn8BfCAAKAIAQQNGBH8gACgCBCIBQQFGBH9EAAAAAAAA4D8CfCABRQRAIAApAwi5DAELIAFBAkYEQCAA",
  "KAIIIgIoAgBBAWshAQNAIAFBAE4EQCADRAAAAAAAAPBBoiABIAIoAgBJBH8gAkEEaiABQQJ0aigCAAVBAAu4oCEDIAFBAWshAQwB",
  "CwsgA5ogAyAAKAIMGwwBCyAAKwMICyIDoZyaIANEAAAAAAAA4D+gnCADRAAAAAAAAAAAYxsQGAUgAAsFQZA8IAAQDUEACwu/AQEC",
  "fiAAKAIAQQNHBEBB4D4gABANQQAPCyABKAIAQQNHBEBB4D8gARANQQAPCyAAKAIEBEAjAgRAQeDAAEGAKkEAQQAQEAtBAA8LIAEo",
  "AgQEQCMCBEBBkMIAQYAqQQBBABAQC0EADwsgACkDCCECIAEpAwghA0EAEBchACACIANXBEADQCACIANXBEAgACACEA8QFCACQgF8",
  "IQIMAQsLBQNAIAIgA1kEQCAAIAIQDxAUIAJCAX0hAgwBCwsLIAALqwECAn8BfCAAKAIAQQNGBH8gACgCBEEBRwR/IAAFAnwgACgC",
  "BCIBRQRAIAApAwi5DAELIAFBAkYEQCAAKAIIIgIoAgBBAWshAQNAIAFBAE4EQCADRAAAAAAAAPBBoiABIAIoAgBJBH8gAkEEaiAB",
  "QQJ0aigCAAVBAAu4oCEDIAFBAWshAQwBCwsgA5ogAyAAKAIMGwwBCyAAKwMIC5wQGAsFQfA9IAAQDUEACwurAQICfwF8IAAoAgBB",
  "A0YEfyAAKAIEQQFHBH8gAAUCfCAAKAIEIgFFBEAgACkDCLkMAQsgAUECRgRAIAAoAggiAigCAEEBayEBA0AgAUEATgRAIANEAAAA",
  "AAAA8EGiIAEgAigCAEkEfyACQQRqIAFBAnRqKAIABUEAC7igIQMgAUEBayEBDAELCyADmiADIAAoAgwbDAELIAArAwgLmxAYCwVB",
  "gD0gABANQQALC6sDAgJ/AXwgACgCAEEDRgR/An8gACgCBCIBQQFHBEAgAUECRgR/IAAoAgwFIAApAwhCAFMLBH8CfyAAKAIEBH9B",
  "AAUgACkDCEKAgICAgICAgIB/UgsEQEIAIAApAwh9EA8MAQsgACgCBEEBRwRAIAAQFSAAKAIEQQJGBH8gACgCDEEARwUgACkDCEIA",
  "UwtFEBsMAQsCfCAAKAIEIgFFBEAgACkDCLkMAQsgAUECRgRAIAAoAggiAigCAEEBayEBA0AgAUEATgRAIANEAAAAAAAA8EGiIAEg",
  "AigCAEkEfyACQQRqIAFBAnRqKAIABUEAC7igIQMgAUEBayEBDAELCyADmiADIAAoAgwbDAELIAArAwgLmhAYCwUgAAsMAQsCfCAA",
  "KAIEIgFFBEAgACkDCLkMAQsgAUECRgRAIAAoAggiAigCAEEBayEBA0AgAUEATgRAIANEAAAAAAAA8EGiIAEgAigCAEkEfyACQQRq",
  "IAFBAnRqKAIABUEAC7igIQMgAUEBayEBDAELCyADmiADIAAoAgwbDAELIAArAwgLmRAYCwVBsDsgABANQQALC6UFAQx/IAJCADcA",
  "ACACQgA3AAhBEBAMIQogAUECTwR/IAAtAABBOkYFQQALBH8gAC0AAUE6RgVBAAsEf0ECIQVBAAVBfwshAwJAA0AgASAFSwRAAkAg",
  "BEEITg0DQQAhDEEAIQkgBSEGA0AgCUEESSENIAEgBUsEfyAAIAVqLQAAIg5BMGshCwJAIA5BOU0gDkEwT3ENACAOQdcAayELIA5B",
  "5gBNIA5B4QBPcQ0AIA5BN2shCyAOQcYATSAOQcEAT3ENAEF/IQsLIAtBAE4FQQALIA1xBEAgDEEEdCEMIAAgBWotAAAiDUEwayEL",
  "AkAgDUE5TSANQTBPcQ0AIA1B1wBrIQsgDUHmAE0gDUHhAE9xDQAgDUE3ayELIA1BxgBNIA1BwQBPcQ0AQX8hCwsgCyAMciEMIAVB",
  "AWohBSAJQQFqIQkMAQsLIAEgBUsEfyAAIAVqLQAAQS5GBUEACwRAIARBBkoEf0EABSAAIAZqIAEgBmsgCiAEQQF0ahBgC0UNBCAK",
  "IARBAXRqIgAtAAIhASAALQADIQUgACAALQABIAAtAABBCHRyOwEAIAogBEEBakEBdGogAUEIdCAFcjsBACAEQQJqIQQMAQsgCUUN",
  "AyAKIARBAXRqIAw7AQAgBEEBaiEEIAEgBUYNACAAIAVqLQAAQTpHDQMgBUEBaiIFIAFJBH8gACAFai0AAEE6RgVBAAsEQCADQQBO",
  "DQQgBCEDIAVBAWohBQUgASAFRg0ECwwCCwsLIARBCEcgA0EASHENACAEQQdKIANBAE5xDQBBCCAEayEAA0AgBCAISgRAIAIgACAH",
  "aiAHIAMgCEYbIgFBAXRqIgUgCiAIQQF0ai8BACIGQQh2OgAAIAUgBjoAASABQQFqIQcgCEEBaiEIDAELC0EBDwtBAAv/AQEEfyAA",
  "KAIAQQRHBEBB0KEBIAAQDUEADwsgASgCAEEERwRAQdChASABEA1BAA8LQRAQDCECQRAQDCEDIAAgAhBhRQRAIAAoAgghASAAKAIE",
  "IQAjAgRAQdCiAUGAKiABIAAQEAtBAA8LIyIjIyEEIAEgAxBhRQRAIAEoAgghACABKAIEIQEjAgRAQcCjAUGAKiAAIAEQEAtBAA8L",
  "IyJHBEBBkBgPC0GIGEGQGCMjIAROBH9BACEBAn8DQCABIARIBEBBAEGAASABQQdxdiIAIAFBA3UiBSACai0AAHEgAyAFai0AACAA",
  "cUcNAhogAUEBaiEBDAELC0EBCwVBAAsbC/gFAQx/IAAkGEEAJBcgAUECakEEdBAMJBZBACQZIxYjF0EEdGoiAEEANgIAIABBADYC",
  "BCAAQQA2AgggAEEANgIMIxciAEEBaiQXQQAgASAAEGIiBEEASARAQQAPCyMXQQJ0EAwkGyMbQf8BIxdBAnT8CwAjF0EBdEECakEC",
  "dBAMJBwjF0ECdBAMIQAjF0ECdBAMIQFBACQdIABBACAEEGMhBwNAIAdBAEogAyAKS3EEQCACIAoQGSELIAIgCmotAAAiBEGAAUkE",
  "f0EBBSAEQeABSQR/QQIFQQNBBCAEQfABSRsLCyAKaiEKQQAhBQJAIxVFDQAjFSgCBCEEQQAhBgNAIAQgBksEQEEBIQUjFSgCDCAG",
  "QQJ0aigCACIIKAIEBH8gCCgCCEEAEBkgC0YFQQALDQIgBkEBaiEGDAELC0EAIQULIAUhCCMdQQFqJB1BACEEQQAhDANAIAcgDEoE",
  "QCMWIAAgDEECdGooAgAiBkEEdGoiCSgCACENIAkoAgwhBSANQQFGBH8gCyAJKAIERgUgDUECRgR/IAhFBSANQQNGBH8gBiEFIAhF",
  "BSANQQRGBH8gBiEFQQEFIA1BBUYiCSANQQZGcgR/IxYgBkEEdGoiBigCCCEPIAYoAgQhBiAJAn8DQCAGIA9JBEAjGCAGEBkiDSEJ",
  "IxggBmotAAAiDkGAAUkEf0EBBSAOQeABSQR/QQIFQQNBBCAOQfABSRsLCyAGaiIGQQFqIA9JBH8jGCAGai0AAEEtRgVBAAsEQCMY",
  "IAZBAWoQGSEJIAYjGCAGai0AASIGQYABSQR/QQEFIAZB4AFJBH9BAgVBA0EEIAZB8AFJGwsLQQFqaiEGC0EBIAkgC08gCyANT3EN",
  "AhoMAQsLQQALRgVBAAsLCwsLBEAgASAEIAUQYyEECyAMQQFqIQwMAQsLIAAgASEAIQEgBCEHDAELC0EAIQEDQCABIAdIBEAjFiAA",
  "IAFBAnRqKAIAQQR0aigCAEUEQEEBDwsgAUEBaiEBDAELC0EAC8sDAQZ/IAAoAgBBBEcEQEHgiAEgABANQQAPCyABKAIAIghBBUcg",
  "CEEBR3EEQEHQiQEgARANQQAPCyAIQQVGBEADQCAFIAEoAgRJBEAgASgCDCAFQQJ0aigCACIDKAIAIgRBBEcEQCMCBEBB4IoBAn8C",
  "QAJAAkACQAJAAkACQCAEQQFrDgYAAQIDBAUGC0GgJgwGC0HALAwFC0HwLAwEC0GQLQwDC0GwLQwCC0HQLQwBC0HwLQtBAEEAEBAL",
  "QQAPCyADKAIIIQYgAygCBCEHQQAhA0EAIQQDQCAEIAdJBEAgA0EBaiADIAQgBmotAABBwAFxQYABRxshAyAEQQFqIQQMAQsLIANB",
  "AUcEQCMCBEBBkIwBQYAqQQBBABAQC0EADwsgBUEBaiEFDAELCwsgAigCAEEERwRAQcCNASACEA1BAA8LIAhBAUYEQEEAJBUFIAhB",
  "BUYEQCABKAIEBEAgASQVBUEBEBckFSMVQdwYQQEQERAUCwVBAA8LC0EAJBogACgCCCAAKAIEIAIoAgggAigCBCMARQRAEAIkAAsj",
  "ACEEEOEBIQAgBCQAIxoEQCMCBEBBsI4BQYAqQQBBABAQC0EADwtBiBhBkBggABsLFAEBf0EIEBciASAAQQAQFxBkIAEL5QEBBX8g",
  "ACgCAEEHRwRAQeDRACAAEA1BAA8LQRwQDCIBQQBBHPwLACABQQc2AgAgACgCBCEDA0AgAiADSQRAIAAoAgBBBk8EfyAAKAIYIAAo",
  "AgRHBUEACwRAIAAQDgsgACgCDCACQQJ0aigCACIEKAIAIgVBB0cEQCMCBEBBwNIAAn8CQAJAAkACQAJAAkACQCAFQQFrDgYAAQID",
  "BAUGC0GgJgwGC0HALAwFC0HwLAwEC0GQLQwDC0GwLQwCC0HQLQwBC0HwLQtBAEEAEBALQQAPCyABIAQQOCACQQFqIQIMAQsLIAEL",
  "UgEBfyAAKAIAQQdHBEBBoNAAIAAQDUEADwsgASgCAEEHRwRAQYDRACABEA1BAA8LQRwQDCICQQBBHPwLACACQQc2AgAgAiAAEDgg",
  "AiABEDggAgvaAgEDfyAAKAIAQQdHBEBB0NMAIAAQDUEADwsgACgCBCIDRQRAQRwQDCIAQQBBHPwLACAAQQc2AgAgAA8LA0AgASAD",
  "SQRAIAAoAgBBBk8EfyAAKAIYIAAoAgRHBUEACwRAIAAQDgsgACgCDCABQQJ0aigCACgCACICQQdHBEAjAgRAQcDUAAJ/AkACQAJA",
  "AkACQAJAAkAgAkEBaw4GAAECAwQFBgtBoCYMBgtBwCwMBQtB8CwMBAtBkC0MAwtBsC0MAgtB0C0MAQtB8C0LQQBBABAQC0EADwsg",
  "AUEBaiEBDAELCyAAKAIAQQZPBH8gACgCGCAAKAIERwVBAAsEQCAAEA4LIAAoAgwoAgAhAkEBIQEDQCABIANJBEAgACgCAEEGTwR/",
  "IAAoAhggACgCBEcFQQALBEAgABAOCyACIAAoAgwgAUECdGooAgAQZSECIAFBAWohAQwBCwsgAgs0ACAAKAIAQQZHBEBBwNcAIAAQ",
  "DUEADwsgASgCAEEGRwRAQcDYACABEA1BAA8LIAAgARBmC8wCAQV/IAAoAgBBBkcEQEHA2QAgABANQQAPCyABKAIAIgNBB0cgA0EF",
  "R3EgA0EGR3EEQEHA2gAgARANQQAPC0EcEAwiBEEAQRz8CwAgBEEHNgIAIAEoAgQhAwNAIAIgA0kEQCABKAIAQQZPBH8gASgCGCAB",
  "KAIERwVBAAsEQCABEA4LIAQgASgCDCACQQJ0aigCABAfIAJBAWohAgwBCwtBHBAMIgJBAEEc/AsAIAJBBjYCACAAKAIEIQVBACEB",
  "A0AgASAFSQRAIAAoAgBBBk8EfyAAKAIYIAAoAgRHBUEACwRAIAAQDgtBfyAEIAAoAgwgAUECdGooAgAiAxAaIgYgBkEASBtBAEgE",
  "QCAAKAIAQQZPBH8gACgCGCAAKAIERwVBAAsEQCAAEA4LIAIgAyAAKAIQIAFBAnRqKAIAEBYLIAFBAWohAQwBCwsgAgt9AQN/IAAo",
  "AgBBBkcEQEHQ1gAgABANQQAPC0EcEAwiAUEAQRz8CwAgAUEHNgIAIAAoAgQhAwNAIAIgA0kEQCAAKAIAQQZPBH8gACgCGCAAKAIE",
  "RwVBAAsEQCAAEA4LIAEgACgCDCACQQJ0aigCABAfIAJBAWohAgwBCwsgAQuHAQEDfyAAKAIAQQZHBEBB4NUAIAAQDUEADwsgASgC",
  "AEEFRgRAIAEoAgQhBQNAIAMgBUkEQCAAKAIAIgRBBUcgBEEGR3EgBEEHR3EEQCACDwsgACABKAIMIANBAnRqKAIAEDEiAEUEQCAC",
  "DwsgA0EBaiEDDAELCyAADwsgACABECAiACACIAAbC6kEAwJ8An8DfiAAKAIAQQVHBEBBwN0AIAAQDUEADwsgASgCAEEDRwRAQbDe",
  "ACABEA1BAA8LIAEoAgRBAUcEf0EBBSABKwMIIgSdIARhIAQgBKFEAAAAAAAAAABhcQtFBEAjAgRAQaDfAEGAKkEAQQAQEAtBAA8L",
  "IAIoAgBBA0cEQEHQ4AAgAhANQQAPCyACKAIEQQFHBH9BAQUgAisDCCIEnSAEYSAEIAShRAAAAAAAAAAAYXELRQRAIwIEQEHA4QBB",
  "gCpBAEEAEBALQQAPCwJ8IAEoAgQiBUUEQCABKQMIuQwBCyAFQQJGBEAgASgCCCIGKAIAQQFrIQUDQCAFQQBOBEAgA0QAAAAAAADw",
  "QaIgBSAGKAIASQR/IAZBBGogBUECdGooAgAFQQALuKAhAyAFQQFrIQUMAQsLIAOaIAMgASgCDBsMAQsgASsDCAuc/AYiB0IAIAdC",
  "AFkbIQcgADUCBCIIAnxEAAAAAAAAAAAhAyACKAIEIgFFBEAgAikDCLkMAQsgAUECRgRAIAIoAggiBSgCAEEBayEBA0AgAUEATgRA",
  "IANEAAAAAAAA8EGiIAEgBSgCAEkEfyAFQQRqIAFBAnRqKAIABUEAC7igIQMgAUEBayEBDAELCyADmiADIAIoAgwbDAELIAIrAwgL",
  "nPwGIgkgCCAJUxshCEEAEBchAQNAIAcgCFMEQCABIAAoAgwgB6dBAnRqKAIAEBQgB0IBfCEHDAELCyABC5cBAQJ/IAAoAgBBBUcE",
  "QEHg2wAgABANQQAPCyABKAIAQQVHBEBB0NwAIAEQDUEADwsgACgCBCABKAIEahAXIQIDQCADIAAoAgRJBEAgAiAAKAIMIANBAnRq",
  "KAIAEBQgA0EBaiEDDAELC0EAIQADQCAAIAEoAgRJBEAgAiABKAIMIABBAnRqKAIAEBQgAEEBaiEADAELCyACCwgAIABBABBnC7oB",
  "AQN/IAAoAgBBBUYEf0EBBSAAKAIAQQdGC0UEQEHgzQAgABANQQAPCyAAKAIEIgIQFyEBA0AgAiADSwRAIAAoAgBBBk8EfyAAKAIY",
  "IAAoAgRHBUEACwRAIAAQDgsgASAAKAIMIANBAnRqKAIAEBQgA0EBaiEDDAELCyAAKAIAQQdGBEAgAQ8LIAEoAgBBBk8EfyABKAIY",
  "IAEoAgRHBUEACwRAIAEQDgsgASgCDCACIAJBAnQQDBA5IAELCAAgAEEBEGcLCAAgAEEAEGgLCAAgAEEBEGgLfQEDfyAAKAIAIgJB",
  "BEYEQCAAKAIIIQMgACgCBCECQQAhAANAIAAgAkkEQCABQQFqIAEgACADai0AAEHAAXFBgAFHGyEBIABBAWohAAwBCwsgAa0QDw8L",
  "IAJBB0YgAkEFRnIgAkEGRnIEQCAANQIEEA8PC0HAwwAgABANQQALC/GkAZkBAEGACAuAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
  "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
  "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
  "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
  "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
  "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
  "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
  "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
  "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
  "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
  "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
  "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
  "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
  "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
  "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
  "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
  "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
  "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
  "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
  "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
  "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
  "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
  "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
  "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
  "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
  "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
  "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
  "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
  "AEGAGAsIAQAAAAAAAAAAQYgYCwgCAAAAAQAAAABBkBgLCAIAAAAAAAAAAEGcGAtAPAAAAAAAAAAAAAAAAgAAACAAAAAwADEAMgAz",
  "ADQANQA2ADcAOAA5AGEAYgBjAGQAZQBmAAAAAAAAAAAAAAAAAABB3BgLAS4AQewYC7ACLAEAAAAAAAAAAAAAAgAAABABAABvAHUA",
  "dAAgAG8AZgAgAG0AZQBtAG8AcgB5ADoAIAB0AGgAZQAgAHAAbwBsAGkAYwB5ACAAbgBlAGUAZABzACAAbQBvAHIAZQAgAG0AZQBt",
  "AG8AcgB5ACAAdABoAGEAbgAgAHQAaABlACAAVwBlAGIAQQBzAHMAZQBtAGIAbAB5AC4ATQBlAG0AbwByAHkAIABhAGwAbABvAHcA",
  "cwAgACgAcgBhAGkAcwBlACAAaQB0AHMAIABtAGEAeABpAG0AdQBtACwAIABvAHIAIAByAGUAZAB1AGMAZQAgAHQAaABlACAAZABh",
  "AHQAYQAgAHQAaABlACAAcABvAGwAaQBjAHkAIABiAHUAaQBsAGQAcwApAAAAAAAAAAAAAAAAAABBoBsLuAWIAhwIoNWP+na/PqJ/",
  "4a66dqxVMCD7FovqNc5dSolCzy07ZVWqsGua30UaPQPPGubKxprHF/5wq0/cvL78sXf/DNZrQe+RVr48/H+QrR/QjYOaVTEoXFHT",
  "tcmmrY+scZ3Li+4jdyKc6m1TeECRScyuV862XXkSPII3VvtNNpQQwk+YSDhv6paQxzqCJcuFdNf0l7+Xzc+GoOWsKheYCjTvjrI1",
  "KvtnOLI7P8bS39TIhLrN0xonRN3Flsklu86fa5OEpWJ9JGys2/baXw1YZqujJvHD3pP44vO4gP+qqK21tYtKfGwFX2KHUzDBNGD/",
  "vMlVJrqRjIVOlr1+KXAkd/nfj7jluJ+936aUfXSIz1+p+M+bqI+TcES5axUPv/jwCIq2MTFlVSWwzax/e9DG4j+ZBjsrKsQQXOTT",
  "knNpmSQkqg7KAIPytYf96xoRkmQI5bzMiFBvCcy8jCxlGeJYF7fRAAAAAAAAQJwAAAAAEKXU6AAAYqzF63ithAmU+Hg5P4GzFQfJ",
  "e86XwHBc6nvOMn6PaIDpq6Q40tVFIpoXJidPnyf7xNQxomPtqK3IjDhl3rDbZasajgjHg5odcUL5HV3EWOcbpixpTZLqjXAaZO4B",
  "2kp375qZo22ihWt9tHt4CfJ3GN15oeRUtMLFm1uShluGPV2WyMVTNcizoJf6XLQqleNfoJm9n0beJYw52zTCm6Vcn5ijcprG9s6+",
  "6VRTv9y34kEi8hfz/IileFzTm84gzN9TIXvzWhaYOjAfl9y1oOKWs+NcU9HZqDxEp6TZfJv7EESkp0xMdrsanEC2746riyyEV6YQ",
  "7x/QKTGR6eWkEJudDJyh+5sQ5yn0O2LZICishc+nel5LRIAt3awDQOQhv4//RF4vnGeOQbiMnJ0XM9SpG+O0ktsZntl337puv5br",
  "a+7wmzsCh68AQdggC64BPPtX+3L7jPun+8H73Pv2+xH8LPxG/GH8e/yW/LH8y/zm/AD9G/01/VD9a/2F/aD9uv3V/e/9Cv4l/j/+",
  "Wv50/o/+qf7E/t/++f4U/y7/Sf9j/37/mf+z/87/6P8DAB4AOABTAG0AiACiAL0A2ADyAA0BJwFCAVwBdwGSAawBxwHhAfwBFgIx",
  "AkwCZgKBApsCtgLQAusCBgMgAzsDVQNwA4sDpQPAA9oD9QMPBCoEAEGIIgsoAQAAAAoAAABkAAAA6AMAABAnAACghgEAQEIPAICW",
  "mAAA4fUFAMqaOwBBsCILkAMwADAAMAAxADAAMgAwADMAMAA0ADAANQAwADYAMAA3ADAAOAAwADkAMQAwADEAMQAxADIAMQAzADEA",
  "NAAxADUAMQA2ADEANwAxADgAMQA5ADIAMAAyADEAMgAyADIAMwAyADQAMgA1ADIANgAyADcAMgA4ADIAOQAzADAAMwAxADMAMgAz",
  "ADMAMwA0ADMANQAzADYAMwA3ADMAOAAzADkANAAwADQAMQA0ADIANAAzADQANAA0ADUANAA2ADQANwA0ADgANAA5ADUAMAA1ADEA",
  "NQAyADUAMwA1ADQANQA1ADUANgA1ADcANQA4ADUAOQA2ADAANgAxADYAMgA2ADMANgA0ADYANQA2ADYANgA3ADYAOAA2ADkANwAw",
  "ADcAMQA3ADIANwAzADcANAA3ADUANwA2ADcANwA3ADgANwA5ADgAMAA4ADEAOAAyADgAMwA4ADQAOAA1ADgANgA4ADcAOAA4ADgA",
  "OQA5ADAAOQAxADkAMgA5ADMAOQA0ADkANQA5ADYAOQA3ADkAOAA5ADkAAEHMJQsgHAAAAAAAAAAAAAAAAgAAAAgAAAB0AHIAdQBl",
  "AAAAAAAAQewlCyAcAAAAAAAAAAAAAAACAAAACgAAAGYAYQBsAHMAZQAAAABBjCYLIBwAAAAAAAAAAAAAAAIAAAAIAAAAbgB1AGwA",
  "bAAAAAAAAEGwJgu4AQAAAAAAAPA/AAAAAAAAJEAAAAAAAABZQAAAAAAAQI9AAAAAAACIw0AAAAAAAGr4QAAAAACAhC5BAAAAANAS",
  "Y0EAAAAAhNeXQQAAAABlzc1BAAAAIF+gAkIAAADodkg3QgAAAKKUGm1CAABA5ZwwokIAAJAexLzWQgAANCb1awxDAIDgN3nDQUMA",
  "oNiFVzR2QwDITmdtwatDAD2RYORY4UNAjLV4Ha8VRFDv4tbkGktEktVNBs/wgEQAQewnCyAcAAAAAAAAAAAAAAACAAAABgAAAHUA",
  "MAAwAAAAAAAAAABBjCgLIBwAAAAAAAAAAAAAAAIAAAAKAAAAcwBlAHQAKAApAAAAAEGsKAtgXAAAAAAAAAAAAAAAAgAAAEoAAABv",
  "AHAAYQBfAGUAdgBhAGwAOgAgAHQAaABlACAAaQBuAHAAdQB0ACAAaQBzACAAbgBvAHQAIAB2AGEAbABpAGQAIABKAFMATwBOAAAA",
  "AEGMKQtgXAAAAAAAAAAAAAAAAgAAAEgAAABpAGwAbABlAGcAYQBsACAAbgB1AG0AYgBlAHIAIABsAGkAdABlAHIAYQBsACAAaQBu",
  "ACAAdABoAGUAIABwAG8AbABpAGMAeQAAAAAAAEHsKQsgHAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAQYwqCyAcAAAA",
  "AAAAAAAAAAACAAAAAgAAADoAAAAAAAAAAAAAAABBrCoLIBwAAAAAAAAAAAAAAAIAAAAEAAAAOgAgAAAAAAAAAAAAAEHMKgtwbAAA",
  "AAAAAAAAAAAAAgAAAE4AAABwAGwAdQBzADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABuAHUAbQBiAGUA",
  "cgAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAAAAAAAAAAABBvCsLcGwAAAAAAAAAAAAAAAIAAABOAAAAcABsAHUAcwA6ACAAbwBw",
  "AGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAbgB1AG0AYgBlAHIAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAAAAAA",
  "AAAAQawsCzAsAAAAAAAAAAAAAAACAAAADgAAAGIAbwBvAGwAZQBhAG4AAAAAAAAAAAAAAAAAAAAAQdwsCyAcAAAAAAAAAAAAAAAC",
  "AAAADAAAAG4AdQBtAGIAZQByAABB/CwLIBwAAAAAAAAAAAAAAAIAAAAMAAAAcwB0AHIAaQBuAGcAAEGcLQsgHAAAAAAAAAAAAAAA",
  "AgAAAAoAAABhAHIAcgBhAHkAAAAAQbwtCyAcAAAAAAAAAAAAAAACAAAADAAAAG8AYgBqAGUAYwB0AABB3C0LIBwAAAAAAAAAAAAA",
  "AAIAAAAGAAAAcwBlAHQAAAAAAAAAAEH8LQuAAXwAAAAAAAAAAAAAAAIAAABsAAAAbQBpAG4AdQBzADoAIABvAHAAZQByAGEAbgBk",
  "ACAAMQAgAG0AdQBzAHQAIABiAGUAIABvAG4AZQAgAG8AZgAgAHsAbgB1AG0AYgBlAHIALAAgAHMAZQB0AH0AIABiAHUAdAAgAGcA",
  "bwB0ACAAAEH8LgtgXAAAAAAAAAAAAAAAAgAAAEoAAABtAGkAbgB1AHMAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAg",
  "AGIAZQAgAHMAZQB0ACAAYgB1AHQAIABnAG8AdAAgAAAAAEHcLwtwbAAAAAAAAAAAAAAAAgAAAFAAAABtAGkAbgB1AHMAOgAgAG8A",
  "cABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAAAAAAAA",
  "AABBzDALYFwAAAAAAAAAAAAAAAIAAABMAAAAbQB1AGwAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAG4A",
  "dQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAgAABBrDELYFwAAAAAAAAAAAAAAAIAAABMAAAAbQB1AGwAOgAgAG8AcABlAHIAYQBu",
  "AGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAgAABBjDILYFwAAAAAAAAAAAAAAAIA",
  "AABMAAAAZABpAHYAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABn",
  "AG8AdAAgAABB7DILYFwAAAAAAAAAAAAAAAIAAABMAAAAZABpAHYAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIA",
  "ZQAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAgAABBzDMLQDwAAAAAAAAAAAAAAAIAAAAmAAAAZABpAHYAOgAgAGQAaQB2",
  "AGkAZABlACAAYgB5ACAAegBlAHIAbwAAAAAAAAAAQYw0C2BcAAAAAAAAAAAAAAACAAAATAAAAHIAZQBtADoAIABvAHAAZQByAGEA",
  "bgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABuAHUAbQBiAGUAcgAgAGIAdQB0ACAAZwBvAHQAIAAAQew0C2BcAAAAAAAAAAAAAAAC",
  "AAAATAAAAHIAZQBtADoAIABvAHAAZQByAGEAbgBkACAAMgAgAG0AdQBzAHQAIABiAGUAIABuAHUAbQBiAGUAcgAgAGIAdQB0ACAA",
  "ZwBvAHQAIAAAQcw1C2BcAAAAAAAAAAAAAAACAAAASAAAAHIAZQBtADoAIABtAG8AZAB1AGwAbwAgAG8AbgAgAGYAbABvAGEAdABp",
  "AG4AZwAtAHAAbwBpAG4AdAAgAG4AdQBtAGIAZQByAAAAAAAAQaw2C0A8AAAAAAAAAAAAAAACAAAAJgAAAHIAZQBtADoAIABtAG8A",
  "ZAB1AGwAbwAgAGIAeQAgAHoAZQByAG8AAAAAAAAAAEHsNgsgHAAAAAAAAAAAAAAAAgAAAAYAAABuAGEAbgAAAAAAAAAAQYw3CyAc",
  "AAAAAAAAAAAAAAACAAAABgAAAGkAbgBmAAAAAAAAAABBrDcLMCwAAAAAAAAAAAAAAAIAAAAQAAAAaQBuAGYAaQBuAGkAdAB5AAAA",
  "AAAAAAAAAAAAAABB3DcLoAGcAAAAAAAAAAAAAAACAAAAggAAAHQAbwBfAG4AdQBtAGIAZQByADoAIABvAHAAZQByAGEAbgBkACAA",
  "MQAgAG0AdQBzAHQAIABiAGUAIABhACAAZgBpAG4AaQB0AGUAIABuAHUAbQBiAGUAcgAsACAAbgBvAHQAIABOAGEATgAgAG8AcgAg",
  "AGkAbgBmAGkAbgBpAHQAeQAAAAAAAAAAAAAAAEH8OAtwbAAAAAAAAAAAAAAAAgAAAFoAAAB0AG8AXwBuAHUAbQBiAGUAcgA6ACAA",
  "cwB0AHIAYwBvAG4AdgAuAFAAYQByAHMAZQBGAGwAbwBhAHQAOgAgAGkAbgB2AGEAbABpAGQAIABzAHkAbgB0AGEAeAAAAABB7DkL",
  "sAGsAAAAAAAAAAAAAAACAAAAmAAAAHQAbwBfAG4AdQBtAGIAZQByADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABi",
  "AGUAIABvAG4AZQAgAG8AZgAgAHsAbgB1AGwAbAAsACAAYgBvAG8AbABlAGEAbgAsACAAbgB1AG0AYgBlAHIALAAgAHMAdAByAGkA",
  "bgBnAH0AIABiAHUAdAAgAGcAbwB0ACAAAAAAAABBnDsLYFwAAAAAAAAAAAAAAAIAAABMAAAAYQBiAHMAOgAgAG8AcABlAHIAYQBu",
  "AGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAgAABB/DsLcGwAAAAAAAAAAAAAAAIA",
  "AABQAAAAcgBvAHUAbgBkADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABuAHUAbQBiAGUAcgAgAGIAdQB0",
  "ACAAZwBvAHQAIAAAAAAAAAAAAAAAAAAAQew8C3BsAAAAAAAAAAAAAAACAAAATgAAAGMAZQBpAGwAOgAgAG8AcABlAHIAYQBuAGQA",
  "IAAxACAAbQB1AHMAdAAgAGIAZQAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAAAAAAAAAAAAAEHcPQtwbAAA",
  "AAAAAAAAAAAAAgAAAFAAAABmAGwAbwBvAHIAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAG4AdQBtAGIA",
  "ZQByACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAAAAAAAAAABBzD4LgAF8AAAAAAAAAAAAAAACAAAAYgAAAG4AdQBtAGIAZQByAHMA",
  "LgByAGEAbgBnAGUAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAGkAbgB0AGUAZwBlAHIAIABiAHUAdAAg",
  "AGcAbwB0ACAAAAAAAAAAAAAAAABBzD8LgAF8AAAAAAAAAAAAAAACAAAAYgAAAG4AdQBtAGIAZQByAHMALgByAGEAbgBnAGUAOgAg",
  "AG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAGkAbgB0AGUAZwBlAHIAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAA",
  "AAAAAABBzMAAC7ABrAAAAAAAAAAAAAAAAgAAAJoAAABuAHUAbQBiAGUAcgBzAC4AcgBhAG4AZwBlADoAIABvAHAAZQByAGEAbgBk",
  "ACAAMQAgAG0AdQBzAHQAIABiAGUAIABpAG4AdABlAGcAZQByACAAbgB1AG0AYgBlAHIAIABiAHUAdAAgAGcAbwB0ACAAZgBsAG8A",
  "YQB0AGkAbgBnAC0AcABvAGkAbgB0ACAAbgB1AG0AYgBlAHIAAAAAQfzBAAuwAawAAAAAAAAAAAAAAAIAAACaAAAAbgB1AG0AYgBl",
  "AHIAcwAuAHIAYQBuAGcAZQA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAaQBuAHQAZQBnAGUAcgAgAG4A",
  "dQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAgAGYAbABvAGEAdABpAG4AZwAtAHAAbwBpAG4AdAAgAG4AdQBtAGIAZQByAAAAAEGs",
  "wwALoAGcAAAAAAAAAAAAAAACAAAAigAAAGMAbwB1AG4AdAA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAA",
  "bwBuAGUAIABvAGYAIAB7AGEAcgByAGEAeQAsACAAbwBiAGoAZQBjAHQALAAgAHMAZQB0ACwAIABzAHQAcgBpAG4AZwB9ACAAYgB1",
  "AHQAIABnAG8AdAAgAAAAAEHMxAALkAGMAAAAAAAAAAAAAAACAAAAbgAAAHAAcgBvAGQAdQBjAHQAOgAgAG8AcABlAHIAYQBuAGQA",
  "IAAxACAAbQB1AHMAdAAgAGIAZQAgAG8AbgBlACAAbwBmACAAewBzAGUAdAAsACAAYQByAHIAYQB5AH0AIABiAHUAdAAgAGcAbwB0",
  "ACAAAAAAAAAAAAAAAAAAAAAAQdzFAAuAAXwAAAAAAAAAAAAAAAIAAABmAAAAcwB1AG0AOgAgAG8AcABlAHIAYQBuAGQAIAAxACAA",
  "bQB1AHMAdAAgAGIAZQAgAG8AbgBlACAAbwBmACAAewBzAGUAdAAsACAAYQByAHIAYQB5AH0AIABiAHUAdAAgAGcAbwB0ACAAAAAA",
  "AAAAAEHcxgALoAGcAAAAAAAAAAAAAAACAAAAigAAAHAAcgBvAGQAdQBjAHQAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMA",
  "dAAgAGIAZQAgAGEAcgByAGEAeQAgAG8AZgAgAG4AdQBtAGIAZQByAHMAIABiAHUAdAAgAGcAbwB0ACAAYQByAHIAYQB5ACAAYwBv",
  "AG4AdABhAGkAbgBpAG4AZwAgAAAAAEH8xwALoAGcAAAAAAAAAAAAAAACAAAAggAAAHAAcgBvAGQAdQBjAHQAOgAgAG8AcABlAHIA",
  "YQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAHMAZQB0ACAAbwBmACAAbgB1AG0AYgBlAHIAcwAgAGIAdQB0ACAAZwBvAHQAIABz",
  "AGUAdAAgAGMAbwBuAHQAYQBpAG4AaQBuAGcAIAAAAAAAAAAAAAAAAEGcyQALoAGcAAAAAAAAAAAAAAACAAAAggAAAHMAdQBtADoA",
  "IABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABhAHIAcgBhAHkAIABvAGYAIABuAHUAbQBiAGUAcgBzACAAYgB1",
  "AHQAIABnAG8AdAAgAGEAcgByAGEAeQAgAGMAbwBuAHQAYQBpAG4AaQBuAGcAIAAAAAAAAAAAAAAAAEG8ygALkAGMAAAAAAAAAAAA",
  "AAACAAAAegAAAHMAdQBtADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABzAGUAdAAgAG8AZgAgAG4AdQBt",
  "AGIAZQByAHMAIABiAHUAdAAgAGcAbwB0ACAAcwBlAHQAIABjAG8AbgB0AGEAaQBuAGkAbgBnACAAAAAAQczLAAuAAXwAAAAAAAAA",
  "AAAAAAIAAABmAAAAbQBhAHgAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAG8AbgBlACAAbwBmACAAewBz",
  "AGUAdAAsACAAYQByAHIAYQB5AH0AIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAEHMzAALgAF8AAAAAAAAAAAAAAACAAAAZgAAAG0A",
  "aQBuADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABvAG4AZQAgAG8AZgAgAHsAcwBlAHQALAAgAGEAcgBy",
  "AGEAeQB9ACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAABBzM0AC4ABfAAAAAAAAAAAAAAAAgAAAGgAAABzAG8AcgB0ADoAIABvAHAA",
  "ZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABvAG4AZQAgAG8AZgAgAHsAcwBlAHQALAAgAGEAcgByAGEAeQB9ACAAYgB1",
  "AHQAIABnAG8AdAAgAAAAAAAAQczOAAtgXAAAAAAAAAAAAAAAAgAAAEYAAABhAG4AZAA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABt",
  "AHUAcwB0ACAAYgBlACAAcwBlAHQAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAEGszwALYFwAAAAAAAAAAAAAAAIAAABGAAAAYQBu",
  "AGQAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAHMAZQB0ACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAABB",
  "jNAAC2BcAAAAAAAAAAAAAAACAAAARAAAAG8AcgA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAcwBlAHQA",
  "IABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAAQezQAAtgXAAAAAAAAAAAAAAAAgAAAEQAAABvAHIAOgAgAG8AcABlAHIAYQBuAGQA",
  "IAAyACAAbQB1AHMAdAAgAGIAZQAgAHMAZQB0ACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAAAAAEHM0QALYFwAAAAAAAAAAAAAAAIA",
  "AABKAAAAdQBuAGkAbwBuADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABzAGUAdAAgAGIAdQB0ACAAZwBv",
  "AHQAIAAAAABBrNIAC5ABjAAAAAAAAAAAAAAAAgAAAHgAAAB1AG4AaQBvAG4AOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMA",
  "dAAgAGIAZQAgAHMAZQB0ACAAbwBmACAAcwBlAHQAcwAgAGIAdQB0ACAAZwBvAHQAIABzAGUAdAAgAGMAbwBuAHQAYQBpAG4AaQBu",
  "AGcAIAAAAAAAAEG80wALcGwAAAAAAAAAAAAAAAIAAABYAAAAaQBuAHQAZQByAHMAZQBjAHQAaQBvAG4AOgAgAG8AcABlAHIAYQBu",
  "AGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAHMAZQB0ACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAQazUAAugAZwAAAAAAAAAAAAAAAIA",
  "AACGAAAAaQBuAHQAZQByAHMAZQBjAHQAaQBvAG4AOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAHMAZQB0",
  "ACAAbwBmACAAcwBlAHQAcwAgAGIAdQB0ACAAZwBvAHQAIABzAGUAdAAgAGMAbwBuAHQAYQBpAG4AaQBuAGcAIAAAAAAAAAAAQczV",
  "AAtwbAAAAAAAAAAAAAAAAgAAAFoAAABvAGIAagBlAGMAdAAuAGcAZQB0ADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQA",
  "IABiAGUAIABvAGIAagBlAGMAdAAgAGIAdQB0ACAAZwBvAHQAIAAAAABBvNYAC3BsAAAAAAAAAAAAAAACAAAAXAAAAG8AYgBqAGUA",
  "YwB0AC4AawBlAHkAcwA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAbwBiAGoAZQBjAHQAIABiAHUAdAAg",
  "AGcAbwB0ACAAAEGs1wALgAF8AAAAAAAAAAAAAAACAAAAXgAAAG8AYgBqAGUAYwB0AC4AdQBuAGkAbwBuADoAIABvAHAAZQByAGEA",
  "bgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABvAGIAagBlAGMAdAAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAAAAAAAAAAABBrNgA",
  "C4ABfAAAAAAAAAAAAAAAAgAAAF4AAABvAGIAagBlAGMAdAAuAHUAbgBpAG8AbgA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUA",
  "cwB0ACAAYgBlACAAbwBiAGoAZQBjAHQAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAAAAAAAAAAQazZAAuAAXwAAAAAAAAAAAAA",
  "AAIAAABgAAAAbwBiAGoAZQBjAHQALgByAGUAbQBvAHYAZQA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAA",
  "bwBiAGoAZQBjAHQAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAAAAAAAEGs2gALoAGcAAAAAAAAAAAAAAACAAAAigAAAG8AYgBq",
  "AGUAYwB0AC4AcgBlAG0AbwB2AGUAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAG8AbgBlACAAbwBmACAA",
  "ewBvAGIAagBlAGMAdAAsACAAcwBlAHQALAAgAGEAcgByAGEAeQB9ACAAYgB1AHQAIABnAG8AdAAgAAAAAEHM2wALcGwAAAAAAAAA",
  "AAAAAAIAAABcAAAAYQByAHIAYQB5AC4AYwBvAG4AYwBhAHQAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAg",
  "AGEAcgByAGEAeQAgAGIAdQB0ACAAZwBvAHQAIAAAQbzcAAtwbAAAAAAAAAAAAAAAAgAAAFwAAABhAHIAcgBhAHkALgBjAG8AbgBj",
  "AGEAdAA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAYQByAHIAYQB5ACAAYgB1AHQAIABnAG8AdAAgAABB",
  "rN0AC3BsAAAAAAAAAAAAAAACAAAAWgAAAGEAcgByAGEAeQAuAHMAbABpAGMAZQA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUA",
  "cwB0ACAAYgBlACAAYQByAHIAYQB5ACAAYgB1AHQAIABnAG8AdAAgAAAAAEGc3gALcGwAAAAAAAAAAAAAAAIAAABcAAAAYQByAHIA",
  "YQB5AC4AcwBsAGkAYwBlADoAIABvAHAAZQByAGEAbgBkACAAMgAgAG0AdQBzAHQAIABiAGUAIABuAHUAbQBiAGUAcgAgAGIAdQB0",
  "ACAAZwBvAHQAIAAAQYzfAAuwAawAAAAAAAAAAAAAAAIAAACWAAAAYQByAHIAYQB5AC4AcwBsAGkAYwBlADoAIABvAHAAZQByAGEA",
  "bgBkACAAMgAgAG0AdQBzAHQAIABiAGUAIABpAG4AdABlAGcAZQByACAAbgB1AG0AYgBlAHIAIABiAHUAdAAgAGcAbwB0ACAAZgBs",
  "AG8AYQB0AGkAbgBnAC0AcABvAGkAbgB0ACAAbgB1AG0AYgBlAHIAAAAAAAAAAEG84AALcGwAAAAAAAAAAAAAAAIAAABcAAAAYQBy",
  "AHIAYQB5AC4AcwBsAGkAYwBlADoAIABvAHAAZQByAGEAbgBkACAAMwAgAG0AdQBzAHQAIABiAGUAIABuAHUAbQBiAGUAcgAgAGIA",
  "dQB0ACAAZwBvAHQAIAAAQazhAAuwAawAAAAAAAAAAAAAAAIAAACWAAAAYQByAHIAYQB5AC4AcwBsAGkAYwBlADoAIABvAHAAZQBy",
  "AGEAbgBkACAAMwAgAG0AdQBzAHQAIABiAGUAIABpAG4AdABlAGcAZQByACAAbgB1AG0AYgBlAHIAIABiAHUAdAAgAGcAbwB0ACAA",
  "ZgBsAG8AYQB0AGkAbgBnAC0AcABvAGkAbgB0ACAAbgB1AG0AYgBlAHIAAAAAAAAAAEHc4gALcGwAAAAAAAAAAAAAAAIAAABSAAAA",
  "YwBvAG4AYwBhAHQAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABn",
  "AG8AdAAgAAAAAAAAAAAAAAAAQczjAAuAAXwAAAAAAAAAAAAAAAIAAABsAAAAYwBvAG4AYwBhAHQAOgAgAG8AcABlAHIAYQBuAGQA",
  "IAAyACAAbQB1AHMAdAAgAGIAZQAgAG8AbgBlACAAbwBmACAAewBzAGUAdAAsACAAYQByAHIAYQB5AH0AIABiAHUAdAAgAGcAbwB0",
  "ACAAAEHM5AALoAGcAAAAAAAAAAAAAAACAAAAiAAAAGMAbwBuAGMAYQB0ADoAIABvAHAAZQByAGEAbgBkACAAMgAgAG0AdQBzAHQA",
  "IABiAGUAIABhAHIAcgBhAHkAIABvAGYAIABzAHQAcgBpAG4AZwBzACAAYgB1AHQAIABnAG8AdAAgAGEAcgByAGEAeQAgAGMAbwBu",
  "AHQAYQBpAG4AaQBuAGcAIAAAAAAAAEHs5QALoAGcAAAAAAAAAAAAAAACAAAAgAAAAGMAbwBuAGMAYQB0ADoAIABvAHAAZQByAGEA",
  "bgBkACAAMgAgAG0AdQBzAHQAIABiAGUAIABzAGUAdAAgAG8AZgAgAHMAdAByAGkAbgBnAHMAIABiAHUAdAAgAGcAbwB0ACAAcwBl",
  "AHQAIABjAG8AbgB0AGEAaQBuAGkAbgBnACAAAAAAAAAAAAAAAAAAAEGM5wALcGwAAAAAAAAAAAAAAAIAAABWAAAAYwBvAG4AdABh",
  "AGkAbgBzADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQA",
  "IAAAAAAAAAAAQfznAAtwbAAAAAAAAAAAAAAAAgAAAFYAAABjAG8AbgB0AGEAaQBuAHMAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAA",
  "bQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAABB7OgAC3BsAAAAAAAAAAAAAAACAAAA",
  "WgAAAHMAdABhAHIAdABzAHcAaQB0AGgAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBn",
  "ACAAYgB1AHQAIABnAG8AdAAgAAAAAEHc6QALcGwAAAAAAAAAAAAAAAIAAABaAAAAcwB0AGEAcgB0AHMAdwBpAHQAaAA6ACAAbwBw",
  "AGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAcwB0AHIAaQBuAGcAIABiAHUAdAAgAGcAbwB0ACAAAAAAQczqAAtwbAAA",
  "AAAAAAAAAAAAAgAAAFYAAABlAG4AZABzAHcAaQB0AGgAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAHMA",
  "dAByAGkAbgBnACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAABBvOsAC3BsAAAAAAAAAAAAAAACAAAAVgAAAGUAbgBkAHMAdwBpAHQA",
  "aAA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAcwB0AHIAaQBuAGcAIABiAHUAdAAgAGcAbwB0ACAAAAAA",
  "AAAAAEGs7AALcGwAAAAAAAAAAAAAAAIAAABQAAAAdQBwAHAAZQByADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABi",
  "AGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAAAAAAAAAQZztAAtwbAAAAAAAAAAAAAAAAgAAAFAAAABs",
  "AG8AdwBlAHIAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABnAG8A",
  "dAAgAAAAAAAAAAAAAAAAAABBjO4AC3BsAAAAAAAAAAAAAAACAAAAUAAAAHMAcABsAGkAdAA6ACAAbwBwAGUAcgBhAG4AZAAgADEA",
  "IABtAHUAcwB0ACAAYgBlACAAcwB0AHIAaQBuAGcAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAAAAAAAEH87gALcGwAAAAAAAAA",
  "AAAAAAIAAABQAAAAcwBwAGwAaQB0ADoAIABvAHAAZQByAGEAbgBkACAAMgAgAG0AdQBzAHQAIABiAGUAIABzAHQAcgBpAG4AZwAg",
  "AGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAAAAAAAAAQezvAAtwbAAAAAAAAAAAAAAAAgAAAE4AAAB0AHIAaQBtADoAIABvAHAAZQBy",
  "AGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAAAAAAAAAAABB",
  "3PAAC3BsAAAAAAAAAAAAAAACAAAATgAAAHQAcgBpAG0AOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAHMA",
  "dAByAGkAbgBnACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAAAAAAAAAAAAAEHM8QALcGwAAAAAAAAAAAAAAAIAAABYAAAAdAByAGkA",
  "bQBfAGwAZQBmAHQAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABn",
  "AG8AdAAgAAAAAAAAQbzyAAtwbAAAAAAAAAAAAAAAAgAAAFgAAAB0AHIAaQBtAF8AbABlAGYAdAA6ACAAbwBwAGUAcgBhAG4AZAAg",
  "ADIAIABtAHUAcwB0ACAAYgBlACAAcwB0AHIAaQBuAGcAIABiAHUAdAAgAGcAbwB0ACAAAAAAAABBrPMAC3BsAAAAAAAAAAAAAAAC",
  "AAAAWgAAAHQAcgBpAG0AXwByAGkAZwBoAHQAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkA",
  "bgBnACAAYgB1AHQAIABnAG8AdAAgAAAAAEGc9AALcGwAAAAAAAAAAAAAAAIAAABaAAAAdAByAGkAbQBfAHIAaQBnAGgAdAA6ACAA",
  "bwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAcwB0AHIAaQBuAGcAIABiAHUAdAAgAGcAbwB0ACAAAAAAQYz1AAtw",
  "bAAAAAAAAAAAAAAAAgAAAFwAAAB0AHIAaQBtAF8AcAByAGUAZgBpAHgAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAg",
  "AGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABnAG8AdAAgAABB/PUAC3BsAAAAAAAAAAAAAAACAAAAXAAAAHQAcgBpAG0AXwBw",
  "AHIAZQBmAGkAeAA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAcwB0AHIAaQBuAGcAIABiAHUAdAAgAGcA",
  "bwB0ACAAAEHs9gALcGwAAAAAAAAAAAAAAAIAAABcAAAAdAByAGkAbQBfAHMAdQBmAGYAaQB4ADoAIABvAHAAZQByAGEAbgBkACAA",
  "MQAgAG0AdQBzAHQAIABiAGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAQdz3AAtwbAAAAAAAAAAAAAAAAgAAAFwA",
  "AAB0AHIAaQBtAF8AcwB1AGYAZgBpAHgAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBn",
  "ACAAYgB1AHQAIABnAG8AdAAgAABBzPgAC3BsAAAAAAAAAAAAAAACAAAAWgAAAHQAcgBpAG0AXwBzAHAAYQBjAGUAOgAgAG8AcABl",
  "AHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABnAG8AdAAgAAAAAEG8+QALcGwAAAAA",
  "AAAAAAAAAAIAAABUAAAAcgBlAHAAbABhAGMAZQA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAcwB0AHIA",
  "aQBuAGcAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAAQaz6AAtwbAAAAAAAAAAAAAAAAgAAAFQAAAByAGUAcABsAGEAYwBlADoA",
  "IABvAHAAZQByAGEAbgBkACAAMgAgAG0AdQBzAHQAIABiAGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAA",
  "AABBnPsAC3BsAAAAAAAAAAAAAAACAAAAVAAAAHIAZQBwAGwAYQBjAGUAOgAgAG8AcABlAHIAYQBuAGQAIAAzACAAbQB1AHMAdAAg",
  "AGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAAAAAEGM/AALcGwAAAAAAAAAAAAAAAIAAABUAAAAaQBu",
  "AGQAZQB4AG8AZgA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAcwB0AHIAaQBuAGcAIABiAHUAdAAgAGcA",
  "bwB0ACAAAAAAAAAAAAAAQfz8AAtwbAAAAAAAAAAAAAAAAgAAAFQAAABpAG4AZABlAHgAbwBmADoAIABvAHAAZQByAGEAbgBkACAA",
  "MgAgAG0AdQBzAHQAIABiAGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAAABB7P0AC2BcAAAAAAAAAAAA",
  "AAACAAAAPgAAAGkAbgBkAGUAeABvAGYAOgAgAGUAbQBwAHQAeQAgAHMAZQBhAHIAYwBoACAAYwBoAGEAcgBhAGMAdABlAHIAAAAA",
  "AAAAAAAAAAAAAAAAQcz+AAtwbAAAAAAAAAAAAAAAAgAAAFgAAABzAHUAYgBzAHQAcgBpAG4AZwA6ACAAbwBwAGUAcgBhAG4AZAAg",
  "ADEAIABtAHUAcwB0ACAAYgBlACAAcwB0AHIAaQBuAGcAIABiAHUAdAAgAGcAbwB0ACAAAAAAAABBvP8AC3BsAAAAAAAAAAAAAAAC",
  "AAAAWAAAAHMAdQBiAHMAdAByAGkAbgBnADoAIABvAHAAZQByAGEAbgBkACAAMgAgAG0AdQBzAHQAIABiAGUAIABuAHUAbQBiAGUA",
  "cgAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAEGsgAELsAGsAAAAAAAAAAAAAAACAAAAkgAAAHMAdQBiAHMAdAByAGkAbgBnADoAIABv",
  "AHAAZQByAGEAbgBkACAAMgAgAG0AdQBzAHQAIABiAGUAIABpAG4AdABlAGcAZQByACAAbgB1AG0AYgBlAHIAIABiAHUAdAAgAGcA",
  "bwB0ACAAZgBsAG8AYQB0AGkAbgBnAC0AcABvAGkAbgB0ACAAbgB1AG0AYgBlAHIAAAAAAAAAAAAAAABB3IEBC3BsAAAAAAAAAAAA",
  "AAACAAAAWAAAAHMAdQBiAHMAdAByAGkAbgBnADoAIABvAHAAZQByAGEAbgBkACAAMwAgAG0AdQBzAHQAIABiAGUAIABuAHUAbQBi",
  "AGUAcgAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAEHMggELsAGsAAAAAAAAAAAAAAACAAAAkgAAAHMAdQBiAHMAdAByAGkAbgBnADoA",
  "IABvAHAAZQByAGEAbgBkACAAMwAgAG0AdQBzAHQAIABiAGUAIABpAG4AdABlAGcAZQByACAAbgB1AG0AYgBlAHIAIABiAHUAdAAg",
  "AGcAbwB0ACAAZgBsAG8AYQB0AGkAbgBnAC0AcABvAGkAbgB0ACAAbgB1AG0AYgBlAHIAAAAAAAAAAAAAAABB/IMBC1BMAAAAAAAA",
  "AAAAAAACAAAANAAAAHMAdQBiAHMAdAByAGkAbgBnADoAIABuAGUAZwBhAHQAaQB2AGUAIABvAGYAZgBzAGUAdAAAAAAAAAAAAABB",
  "zIQBC3BsAAAAAAAAAAAAAAACAAAAWgAAAGYAbwByAG0AYQB0AF8AaQBuAHQAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMA",
  "dAAgAGIAZQAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAgAAAAAEG8hQELcGwAAAAAAAAAAAAAAAIAAABaAAAAZgBvAHIA",
  "bQBhAHQAXwBpAG4AdAA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAbgB1AG0AYgBlAHIAIABiAHUAdAAg",
  "AGcAbwB0ACAAAAAAQayGAQuAAXwAAAAAAAAAAAAAAAIAAABmAAAAZgBvAHIAbQBhAHQAXwBpAG4AdAA6ACAAbwBwAGUAcgBhAG4A",
  "ZAAgADIAIABtAHUAcwB0ACAAYgBlACAAbwBuAGUAIABvAGYAIAB7ADIALAAgADgALAAgADEAMAAsACAAMQA2AH0AAAAAAAAAAEGs",
  "hwELoAGcAAAAAAAAAAAAAAACAAAAhgAAAHMAdAByAGkAbgBnAHMALgByAGUAcABsAGEAYwBlAF8AbgA6ACAAbwBwAGUAcgBhAG4A",
  "ZAAgADEAIABuAG8AbgAtAHMAdAByAGkAbgBnACAAawBlAHkAIABmAG8AdQBuAGQAIABpAG4AIABwAGEAdAB0AGUAcgBuACAAbwBi",
  "AGoAZQBjAHQAAAAAAAAAAEHMiAELcGwAAAAAAAAAAAAAAAIAAABaAAAAZwBsAG8AYgAuAG0AYQB0AGMAaAA6ACAAbwBwAGUAcgBh",
  "AG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAcwB0AHIAaQBuAGcAIABiAHUAdAAgAGcAbwB0ACAAAAAAQbyJAQuQAYwAAAAAAAAA",
  "AAAAAAIAAAB2AAAAZwBsAG8AYgAuAG0AYQB0AGMAaAA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAbwBu",
  "AGUAIABvAGYAIAB7AGEAcgByAGEAeQAsACAAbgB1AGwAbAB9ACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAABBzIoBC7ABrAAAAAAA",
  "AAAAAAAAAgAAAJAAAABnAGwAbwBiAC4AbQBhAHQAYwBoADoAIABvAHAAZQByAGEAbgBkACAAMgAgAG0AdQBzAHQAIABiAGUAIABh",
  "AHIAcgBhAHkAIABvAGYAIABzAHQAcgBpAG4AZwBzACAAYgB1AHQAIABnAG8AdAAgAGEAcgByAGEAeQAgAGMAbwBuAHQAYQBpAG4A",
  "aQBuAGcAIAAAAAAAAAAAAAAAAAAAQfyLAQuwAawAAAAAAAAAAAAAAAIAAACYAAAAZwBsAG8AYgAuAG0AYQB0AGMAaAA6ACAAbwBw",
  "AGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAYQByAHIAYQB5ACAAbwBmACAAcgB1AG4AZQBzACAAYgB1AHQAIABnAG8A",
  "dAAgAGEAcgByAGEAeQAgAGMAbwBuAHQAYQBpAG4AaQBuAGcAIABzAHQAcgBpAG4AZwAAAAAAAEGsjQELcGwAAAAAAAAAAAAAAAIA",
  "AABaAAAAZwBsAG8AYgAuAG0AYQB0AGMAaAA6ACAAbwBwAGUAcgBhAG4AZAAgADMAIABtAHUAcwB0ACAAYgBlACAAcwB0AHIAaQBu",
  "AGcAIABiAHUAdAAgAGcAbwB0ACAAAAAAQZyOAQuQAYwAAAAAAAAAAAAAAAIAAAB8AAAAZwBsAG8AYgAuAG0AYQB0AGMAaAA6ACAA",
  "dABoAGUAIABwAGEAdAB0AGUAcgBuACAAbgBlAHMAdABzACAAewAuAC4ALgB9ACAAZwByAG8AdQBwAHMAIABtAG8AcgBlACAAdABo",
  "AGEAbgAgADEAMAAwADAAIABkAGUAZQBwAABBrI8BC5ABjAAAAAAAAAAAAAAAAgAAAHAAAAB0AGkAbQBlAC4AcABhAHIAcwBlAF8A",
  "cgBmAGMAMwAzADMAOQBfAG4AcwA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAcwB0AHIAaQBuAGcAIABi",
  "AHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAAAAAAAEG8kAEL4AHcAAAAAAAAAAAAAAACAAAAwgAAAHQAaQBtAGUALgBwAGEAcgBzAGUA",
  "XwByAGYAYwAzADMAMwA5AF8AbgBzADoAIABjAGEAbgBuAG8AdAAgAHAAYQByAHMAZQAgAHQAaABlACAAdABpAG0AZQA6ACAAaQB0",
  "ACAAaQBzACAAbgBvAHQAIABSAEYAQwAgADMAMwAzADkAIAAoAGwAaQBrAGUAIAAyADAAMAA2AC0AMAAxAC0AMAAyAFQAMQA1ADoA",
  "MAA0ADoAMAA1AFoAMAA3ADoAMAAwACkAAAAAAAAAAAAAAABBnJIBC4ABfAAAAAAAAAAAAAAAAgAAAGQAAAB0AGkAbQBlAC4AcABh",
  "AHIAcwBlAF8AcgBmAGMAMwAzADMAOQBfAG4AcwA6ACAAdABpAG0AZQAgAG8AdQB0AHMAaQBkAGUAIABvAGYAIAB2AGEAbABpAGQA",
  "IAByAGEAbgBnAGUAAAAAAAAAAAAAQZyTAQtwbAAAAAAAAAAAAAAAAgAAAFgAAAB0AGkAbQBlAC4AZABhAHQAZQA6ACAAbwBwAGUA",
  "cgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAbgB1AG0AYgBlAHIAIABiAHUAdAAgAGcAbwB0ACAAAAAAAABBjJQBC3BsAAAA",
  "AAAAAAAAAAACAAAAWAAAAHQAaQBtAGUALgBkAGEAdABlADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABz",
  "AHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAEH8lAELwAG8AAAAAAAAAAAAAAACAAAArAAAAHQAaQBtAGUALgBkAGEA",
  "dABlADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABlAGkAdABoAGUAcgAgAG4AdQBtAGIAZQByACAAKABu",
  "AHMAKQAgAG8AcgAgAFsAbgB1AG0AYgBlAHIAIAAoAG4AcwApACwAIABzAHQAcgBpAG4AZwAgACgAdAB6ACkAXQAgAGIAdQB0ACAA",
  "ZwBvAHQAIAAAQbyWAQtQTAAAAAAAAAAAAAAAAgAAADgAAAB0AGkAbQBlAC4AZABhAHQAZQA6ACAAdABpAG0AZQBzAHQAYQBtAHAA",
  "IAB0AG8AbwAgAGIAaQBnAAAAAAAAQYyXAQvQAcwAAAAAAAAAAAAAAAIAAAC0AAAAdABpAG0AZQAuAGEAZABkAF8AZABhAHQAZQA6",
  "ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAZQBpAHQAaABlAHIAIABuAHUAbQBiAGUAcgAgACgAbgBzACkA",
  "IABvAHIAIABbAG4AdQBtAGIAZQByACAAKABuAHMAKQAsACAAcwB0AHIAaQBuAGcAIAAoAHQAegApAF0AIABiAHUAdAAgAGcAbwB0",
  "ACAAAAAAAAAAAAAAQdyYAQtgXAAAAAAAAAAAAAAAAgAAAEAAAAB0AGkAbQBlAC4AYQBkAGQAXwBkAGEAdABlADoAIAB0AGkAbQBl",
  "AHMAdABhAG0AcAAgAHQAbwBvACAAYgBpAGcAAAAAAAAAAAAAAAAAAEG8mQELgAF8AAAAAAAAAAAAAAACAAAAYAAAAHQAaQBtAGUA",
  "LgBhAGQAZABfAGQAYQB0AGUAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAG4AdQBtAGIAZQByACAAYgB1",
  "AHQAIABnAG8AdAAgAAAAAAAAAAAAAAAAAABBvJoBC7ABrAAAAAAAAAAAAAAAAgAAAJoAAAB0AGkAbQBlAC4AYQBkAGQAXwBkAGEA",
  "dABlADoAIABvAHAAZQByAGEAbgBkACAAMgAgAG0AdQBzAHQAIABiAGUAIABpAG4AdABlAGcAZQByACAAbgB1AG0AYgBlAHIAIABi",
  "AHUAdAAgAGcAbwB0ACAAZgBsAG8AYQB0AGkAbgBnAC0AcABvAGkAbgB0ACAAbgB1AG0AYgBlAHIAAAAAQeybAQuAAXwAAAAAAAAA",
  "AAAAAAIAAABgAAAAdABpAG0AZQAuAGEAZABkAF8AZABhAHQAZQA6ACAAbwBwAGUAcgBhAG4AZAAgADMAIABtAHUAcwB0ACAAYgBl",
  "ACAAbgB1AG0AYgBlAHIAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAAAAAAAEHsnAELsAGsAAAAAAAAAAAAAAACAAAAmgAAAHQA",
  "aQBtAGUALgBhAGQAZABfAGQAYQB0AGUAOgAgAG8AcABlAHIAYQBuAGQAIAAzACAAbQB1AHMAdAAgAGIAZQAgAGkAbgB0AGUAZwBl",
  "AHIAIABuAHUAbQBiAGUAcgAgAGIAdQB0ACAAZwBvAHQAIABmAGwAbwBhAHQAaQBuAGcALQBwAG8AaQBuAHQAIABuAHUAbQBiAGUA",
  "cgAAAABBnJ4BC4ABfAAAAAAAAAAAAAAAAgAAAGAAAAB0AGkAbQBlAC4AYQBkAGQAXwBkAGEAdABlADoAIABvAHAAZQByAGEAbgBk",
  "ACAANAAgAG0AdQBzAHQAIABiAGUAIABuAHUAbQBiAGUAcgAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAAAAAAAAAQZyfAQuwAawA",
  "AAAAAAAAAAAAAAIAAACaAAAAdABpAG0AZQAuAGEAZABkAF8AZABhAHQAZQA6ACAAbwBwAGUAcgBhAG4AZAAgADQAIABtAHUAcwB0",
  "ACAAYgBlACAAaQBuAHQAZQBnAGUAcgAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAgAGYAbABvAGEAdABpAG4AZwAtAHAA",
  "bwBpAG4AdAAgAG4AdQBtAGIAZQByAAAAAEHMoAELcGwAAAAAAAAAAAAAAAIAAABUAAAAdABpAG0AZQAuAGEAZABkAF8AZABhAHQA",
  "ZQA6ACAAdABpAG0AZQAgAG8AdQB0AHMAaQBkAGUAIABvAGYAIAB2AGEAbABpAGQAIAByAGEAbgBnAGUAAAAAAAAAAAAAQbyhAQuA",
  "AXwAAAAAAAAAAAAAAAIAAABoAAAAbgBlAHQALgBjAGkAZAByAF8AYwBvAG4AdABhAGkAbgBzADoAIABvAHAAZQByAGEAbgBkACAA",
  "MQAgAG0AdQBzAHQAIABiAGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAEG8ogELcGwAAAAAAAAAAAAAAAIA",
  "AABSAAAAbgBlAHQALgBjAGkAZAByAF8AYwBvAG4AdABhAGkAbgBzADoAIABpAG4AdgBhAGwAaQBkACAAQwBJAEQAUgAgAGEAZABk",
  "AHIAZQBzAHMAOgAgAAAAAAAAAAAAAAAAQayjAQvAAbwAAAAAAAAAAAAAAAIAAACgAAAAbgBlAHQALgBjAGkAZAByAF8AYwBvAG4A",
  "dABhAGkAbgBzADoAIABuAG8AdAAgAGEAIAB2AGEAbABpAGQAIAB0AGUAeAB0AHUAYQBsACAAcgBlAHAAcgBlAHMAZQBuAHQAYQB0",
  "AGkAbwBuACAAbwBmACAAYQBuACAASQBQACAAYQBkAGQAcgBlAHMAcwAgAG8AcgAgAEMASQBEAFIAOgAgAAAAAAAAAAAAAAAAAA=="
].join("");
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
