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
  "xAEMYmhfdGltZV9kYXRlAMMBD2JfdGltZV9hZGRfZGF0ZQDFARNiX25ldF9jaWRyX2NvbnRhaW5zAOABBm1lbW9yeQIADAKZAQqm",
  "3wLnATQBAX8jAEUEQBACJAALIwBBB2pBeHEiASAAaiIAIAFJBEBBAEGAGRAmCyAAEFUgACQAIAELXQACfwJAAkACQAJAAkACQAJA",
  "IAEoAgBBAWsOBgABAgMEBQYLQaAmDAYLQcAsDAULQfAsDAQLQZAtDAMLQbAtDAILQdAtDAELQfAtCyEBIwIEQCAAIAFBAEEAEBAL",
  "C8ADAQ9/IAAoAgBBBkYhBCAAKAIMIQ4gACgCBCINIAAoAhgiCGsiB0ECdCIBEAwhBSABEAwhAQNAIAIgB0kEQCAFIAJBAnRqIAIg",
  "CGo2AgAgAkEBaiECDAELCyAOIAUgByABEC8gDUECdCIBEAwhCSAEBH8gARAMBUEACyEKIAQEfyAAKAIQBUEACyELIA1BAnQQDCEM",
  "QQAhAgNAIAYgDUkEQCADIAdPBH9BAQUgAiAISQR/IA4gAkECdGooAgAgDiAFIANBAnRqKAIAQQJ0aigCABATQQBIBUEACwsEQCAC",
  "IgFBAWohAgUgAyIBQQFqIQMgBSABQQJ0aigCACEBCyAMIAFBAnQiAWogBjYCACAGQQJ0Ig8gCWogASAOaigCADYCACAEBEAgCiAP",
  "aiABIAtqKAIANgIACyAGQQFqIQYMAQsLIA4gCSANQQJ0IgH8CgAAIAQEQCALIAogAfwKAAALIAAgDTYCGCAAKAIUIgFFBEAPCyAB",
  "KAIAQQFqIQJBACEAA0AgACACSQRAIAFBCGogAEEDdGoiAygCBCIEBEAgAyAMIARBAWtBAnRqKAIAQQFqNgIECyAAQQFqIQAMAQsL",
  "Cy0BAX9BGBAMIgFBAzYCACABQQA2AgQgASAANwMIIAFBADYCECABQQA2AhQgAQv7AQEGf0GAECEEA0AgBEH/F0kgAEEUaygCEEEB",
  "diIJIAZKcQRAIAQiBUEBaiEEIAUgBiAJTwR/QX8FIAAgBkEBdGovAQALOgAAIAZBAWohBgwBCwsgBCEAA0AgAEH/F0kgAUEUaygC",
  "EEEBdiIFIAdKcQRAIAAiBEEBaiEAIAQgBSAHTQR/QX8FIAEgB0EBdGovAQALOgAAIAdBAWohBwwBCwsDQCAAQf8XSSADIAhLcQRA",
  "IAAiAUEBaiEAIAEgAiAIai0AADoAACAIQQFqIQgMAQsLIABBADoAACMBRQRAQYAQQYAqECYLIwEoAgAjASgCBCMBKAIIQYAQEFcL",
  "JgEBf0EQEAwiAkEENgIAIAIgATYCBCACIAA2AgggAkEANgIMIAILGwEBf0EBECUjEyIBQQFqJBMjEiABaiAAOgAAC5kEAQd/IAAg",
  "AUYEQEEADwsgAEUEQEF/DwsgAUUEQEEBDwsgACgCACICIAEoAgAiA0cEQEF/QQEgAiADSRsPCwJAAkACQAJAAkACQAJAAkAgAkEB",
  "aw4HAAECAwQFBAYLQQAPC0F/QQEgACgCBCIAIAEoAgQiAUkbQQAgACABRxsPCyAAIAEQcA8LIAAoAgggACgCBCABKAIIIAEoAgQQ",
  "RA8LIAAoAgQiAiABKAIEIgMgAiADSRshBCAAKAIAQQZPBH8gACgCGCACRwVBAAsEQCAAEA4LIAAoAgwhBSABKAIAQQZPBH8gASgC",
  "GCABKAIERwVBAAsEQCABEA4LIAEoAgwhAUEAIQADQCAAIARJBEAgBSAAQQJ0IgZqKAIAIAEgBmooAgAQEyIGBEAgBg8LIABBAWoh",
  "AAwBCwsMAgsgACgCBCICIAEoAgQiAyACIANJGyEFIAAoAgBBBk8EfyAAKAIYIAJHBUEACwRAIAAQDgsgACgCDCEGIAEoAgBBBk8E",
  "fyABKAIYIAEoAgRHBUEACwRAIAEQDgsgASgCDCEEIAAoAhAhByABKAIQIQFBACEAA0AgACAFSQRAIAYgAEECdCIIaigCACAEIAhq",
  "KAIAEBMiCARAIAgPCyAHIABBAnQiCGooAgAgASAIaigCABATIggEQCAIDwsgAEEBaiEADAELCwwBC0EADwtBf0EBIAIgA0kbQQAg",
  "AiADRxsLWgECfyAAKAIIIgMgACgCBCICRgRAIAAgACgCDCADQQJ0QQQgA0EBdCADQQRJGyIDQQJ0EDY2AgwgACADNgIICyAAKAIM",
  "IAJBAnRqIAE2AgAgACACQQFqNgIECykBAX4gACgCBEECRgRAIAAoAggPC0IAIAApAwgiAX0gASABQgBTGxAiCzABAX8gACABEBoi",
  "A0EATgRAIAAoAhAgA0ECdGogAjYCAA8LIAAgASACQX8gA2sQRQszAQF/QRAQDCIBQQU2AgAgAUEANgIEIAEgADYCCCABIAAEfyAA",
  "QQJ0EAwFQQALNgIMIAELSwEBfyAAIACdYSAAmUQAoTgUmznfQ2NxBEAgAPwGEA8PC0EYEAwiAUEDNgIAIAFBATYCBCABIAA5Awgg",
  "AUEANgIQIAFBADYCFCABC5ABAQF/IAAgAWotAAAiAkGAAUkEQCACDwsgAkHgAUkEQCAAIAFqLQABQT9xIAJBH3FBBnRyDwsgAkHw",
  "AUkEQCAAIAFqIgAtAAJBP3EgAkEPcUEMdCAALQABQT9xQQZ0cnIPCyAAIAFqIgAtAANBP3EgAkEHcUESdCAALQABQT9xQQx0ciAA",
  "LQACQT9xQQZ0cnILzQIBCH8gACgCFARAIAEQIyQIIAEhAiAAKAIMIQcjCCIEIAAoAhQiBSgCACIIcSEDA0ACQEF/IQEgBUEIaiAD",
  "QQN0aiIGKAIEIglFDQAgBigCACAERgRAIAcgCUEBayIBQQJ0aigCACIGIAJGBH9BAAUgBiACEBMLRQ0BCyADQQFqIAhxIQMMAQsL",
  "IAFBAE4EfyABBUF/IAAoAgRrCw8LIAAoAgwhBCAAKAIEIQUDQCACIAVJBEAgBCACQQJ0aigCACABRgRAIAIPCyACQQFqIQIMAQsL",
  "QX8gBWshAAJAIAUEfyAEIAVBAWtBAnRqKAIAIAEQE0EASAVBAAsNACAFQQFrIQIDQCACIANOBEAgBCACIANqQQF2IgBBAnRqKAIA",
  "IAEQEyIFRQ0CIAVBAEgEQCAAQQFqIQMFIABBAWshAgsMAQsLQX8gA2shAAsgAAvIAQIBfgF/IAAoAgBBAksEf0EABSAAKAIABH8g",
  "ACgCBAVBAAutIAAoAgBBAUsEfyAAKAIIBUEAC61CIIaEIgJCgICAgICAgICAf1ggAkL///////////8AWCABGwsEQEIAIAAoAgAE",
  "fyAAKAIEBUEAC60gACgCAEEBSwR/IAAoAggFQQALrUIghoQiAn0gAiABGxAPDwtBGBAMIgNBAzYCACADQQI2AgQgAyAANgIIIAMg",
  "AUEARzYCDCADQQA2AhAgA0EANgIUIAMLJQECfyAAQQJ0IgJBBGoQDCIBIAA2AgAgAUEEakEAIAL8CwAgAQv1AQIGfwJ+IAEoAgAi",
  "BSAAKAIAIgZqEBwhAgNAIAMgBkkEQEIAIQggAyAAKAIASQR/IABBBGogA0ECdGooAgAFQQALrSEJQQAhBANAIAQgBUkEQCACQQRq",
  "IAMgBGpBAnRqIgc1AgAgCSAEIAEoAgBJBH8gAUEEaiAEQQJ0aigCAAVBAAutfnwgCHwhCCAHIAg+AgAgCEIgiCEIIARBAWohBAwB",
  "CwsgAkEEaiADIAVqQQJ0aiAIPgIAIANBAWohAwwBCwsgAigCACEAA0AgAAR/IAIgAEECdGooAgAFQQELRQRAIABBAWshAAwBCwsg",
  "AiAANgIAIAILVgEDfyAAQRRrKAIQQQF2IgIQDCEDA0AgASACSQRAIAEgA2ogASAAQRRrKAIQQQF2TwR/QX8FIAAgAUEBdGovAQAL",
  "OgAAIAFBAWohAQwBCwsgAyACEBELHwEBfyAAIAEQGiICQQBIBEAgACABQQBBfyACaxBFCwsrAEF/IAAgARAaIgEgAUEASBsiAUEA",
  "TgR/IAAoAhAgAUECdGooAgAFQQALC9wEAQZ/AkACQAJAAkACQAJAAkACQCAAKAIAQQFrDgcAAQIDBAYFBwtBoCYQLQ8LQeAlQYAm",
  "IAAoAgQbEC0PCwJAIAAoAhAiAQRAIAEgACgCFBAzDAELIAAoAgRBAkYEfyAAKAIIKAIAQQpsQQRqBUHAAAsQJSMTIAAjEiMTahBH",
  "aiQTCw8LIAAQTA8LQdsAEBIgACgCBCEEA0AgAyAESQRAIAMEQEEsEBIgAgRAQSAQEgsLIAAoAgwgA0ECdGooAgAgASACECEgA0EB",
  "aiEDDAELC0HdABASDwsgACgCBCIDQQEgARtFBEBBoCgQLQ8LQfsAQdsAIAEbEBIgACgCAEEGTwR/IAAoAhggACgCBEcFQQALBEAg",
  "ABAOCyAAKAIMIQRBACEAA0AgACADSQRAIAAEQEEsEBIgAgRAQSAQEgsLIAQgAEECdGooAgAgASACECEgAEEBaiEADAELC0H9AEHd",
  "ACABGxASDwtB+wAQEiAAKAIEIQcDQCADIAdJBEAgAwRAQSwQEiACBEBBIBASCwsgACgCAEEGTwR/IAAoAhggACgCBEcFQQALBEAg",
  "ABAOC0EBIAEgACgCDCADQQJ0aigCACIIKAIAQQRGGwRAIAggASACECEFIxIjEyEFIxQhBkEAJBJBACQTQQAkFCAIQQBBABAhIxIj",
  "ExARIQgkEiAFJBMgBiQUIAgQTAtBOhASIAIEQEEgEBILIAAoAgBBBk8EfyAAKAIYIAAoAgRHBUEACwRAIAAQDgsgACgCECADQQJ0",
  "aigCACABIAIQISADQQFqIQMMAQsLQf0AEBILC0wBAn9BAhAcIgEgAD4CBCABIABCIIg+AgggASgCACECA0AgAgR/IAEgAkECdGoo",
  "AgAFQQELRQRAIAJBAWshAgwBCwsgASACNgIAIAELrQQBBH8gAEUEQEEADwsCQAJAAkACQAJAAkACQAJAAkAgACgCAEEBaw4HAAEC",
  "AwQFBgcLQbnz3fF5DwtB65Svr3hBtdzKlXwgACgCBBsPCyAAEG8PCwJAIAAoAgwiAQRAIAEhAAwBC0HFu/KIeCEBIAAoAgghAyAA",
  "KAIEIQQDQCACIARJBEAgAiADai0AACABc0GTg4AIbCEBIAJBAWohAgwBCwsgACABIARzIgBBEHYgAHNBreqs/wdsIgBBD3YgAHNB",
  "i82yo3hsIgBBEHYgAHMiAEEBIAAbIgA2AgwLIAAPC0Gv1tO+AiECIAAoAgQhAwNAIAEgA0kEQCAAKAIMIAFBAnRqKAIAECMgAkEf",
  "bGoiAkEQdiACc0Gt6qz/B2wiAkEPdiACc0GLzbKjeGwiAkEQdiACcyECIAFBAWohAQwBCwsgAg8LIAAoAgQiA0Gxz9myAWohAiAA",
  "KAIMIQQgACgCECEAA0AgASADSQRAIAIgAUECdCICIARqKAIAECNBH2wgACACaigCABAjaiICQRB2IAJzQa3qrP8HbCICQQ92IAJz",
  "QYvNsqN4bCICQRB2IAJzaiECIAFBAWohAQwBCwsMAgsgACgCBCIDQZS39uICayECIAAoAgwhAANAIAEgA0kEQCAAIAFBAnRqKAIA",
  "ECMgAmohAiABQQFqIQEMAQsLDAELQQAPCyACIAJBEHZzQa3qrP8HbCIAQQ92IABzQYvNsqN4bCIAQRB2IABzC+gEAgl/AXwgACgC",
  "BEEBRwRAIAAQFSQEIAAoAgRBAkYEfyAAKAIMQQBHBSAAKQMIQgBTCyQFQQAkBiABRQRAIAAoAgRBAkYEfyAAKAIIKAIAQQpsQQRq",
  "BUHAAAsQDCEBQQAjBEEAIAEQOiIAIABBAUYEfyABLQAAQTBGBUEACxskBwtBAQ8LIAAoAhAhCiAAKAIUIghFBEAgACsDCCILIAuh",
  "RAAAAAAAAAAAYgRAQQAPC0HAABAMIQpBwAAQDCICIAsQPSEIQQAhAANAIAAgCEkEQCAAIApqIAIgAEEBdGovAQA6AAAgAEEBaiEA",
  "DAELCwtBACQFIAgEfyAKLQAAQS1GBUEACwR/QQEkBUEBBUEACyECIAgQDCEDQQAhAANAIAIgCEkEQAJAIAIgCmotAAAiBEE5TSAE",
  "QTBPcQRAQQEgBEEwRyAAGwRAIAAgA2ogBDoAACAAQQFqIQALIAZBAWogBiAFGyEGBSAEQS5HDQFBASEFCyACQQFqIQIMAgsLCyAC",
  "IAhJBH8gAiAKai0AAEHlAEYEf0EBBSACIApqLQAAQcUARgsFQQALBH8gCCACQQFqIgJLBH8gAiAKai0AAEErRgR/QQEFIAIgCmot",
  "AABBLUYLBUEACwRAIAIgCmotAABBLUYhByACQQFqIQILA0AgAiAISQRAIAIgCmotAABBMGsgCUEKbGoiCUGQA0GAwtcvIAEbSgRA",
  "QQAPCyACQQFqIQIMAQsLQQAgCWsgCSAHGwVBAAsgAEEoS0EAIAEbBEBBAA8LIAMgABBpJAQgBmskBiAAJAcgAQR/IwZBPEgjBkFE",
  "SnEFQQELCzcBAX8jFCMTIABqTwRADwsjFEEBdCIBIxMgAGoiAEkEQCAAQUBrIQELIxIjFCABEDYkEiABJBQLmQEBBH9BgAghAiAA",
  "BEADQCACQf8XSQRAAkAgACIDQQFqIQAgAy0AACIFRQ0AIAIiA0EBaiECIAMgBToAAAwCCwsLCwNAIAJB/xdJIAFBFGsoAhBBAXYi",
  "AyAESnEEQCACIgBBAWohAiAAIAMgBE0Ef0F/BSABIARBAXRqLwEACzoAACAEQQFqIQQMAQsLIAJBADoAAEGACBAEAAuJAQEDfyAA",
  "KAIAIgIgASgCACIDRwRAQX9BASACIANJGw8LIAJBAWshAgNAIAJBAE4EQCACIAAoAgBJBH8gAEEEaiACQQJ0aigCAAVBAAsiAyAC",
  "IAEoAgBJBH8gAUEEaiACQQJ0aigCAAVBAAsiBEcEQEF/QQEgAyAESRsPCyACQQFrIQIMAQsLQQALLgEDf0IBECIhAUIKECIhAwNA",
  "IAAgAkoEQCABIAMQHSEBIAJBAWohAgwBCwsgAQssACAAKAIAQQNHBEAgAiAAEA1BAQ8LIAEoAgBBA0cEQCADIAEQDUEBDwtBAAvC",
  "AQIDfwJ+IAAoAgAiBBAcIQMDQCACIARJBEAgAiAAKAIASQR/IABBBGogAkECdGooAgAFQQALrSACIAEoAgBJBH8gAUEEaiACQQJ0",
  "aigCAAVBAAutfSAFfSEGQgAhBSADQQRqIAJBAnRqIAZCAFMEfkIBIQUgBkKAgICAEHwFIAYLPgIAIAJBAWohAgwBCwsgAygCACEA",
  "A0AgAAR/IAMgAEECdGooAgAFQQELRQRAIABBAWshAAwBCwsgAyAANgIAIAMLygEBBH8gACgCBCECQRwQDCIBQQBBHPwLACABQQY2",
  "AgAgAkUEQCABDwsgAkECdCIEEAwhAyAEEAwhBCAAKAIAQQZPBH8gACgCGCAAKAIERwVBAAsEQCAAEA4LIAMgACgCDCACQQJ0/AoA",
  "ACAAKAIAQQZPBH8gACgCGCAAKAIERwVBAAsEQCAAEA4LIAQgACgCECACQQJ0/AoAACABIAI2AgQgASACNgIIIAEgAzYCDCABIAQ2",
  "AhAgASACNgIYIAJBEE8EQCABEEMLIAEL2AIBA38gACgCAEUEQEIAEA8PCwNAIAJBAEgEQAJAIABCChAiEC4jAygCAA0AIQAgAkEB",
  "aiECDAILCwsgAkEATgRAIAAgAhAoEB0gARAbDwsgAEEAIAAoAgBBCmxBBGoQDCIFEDoiBCACaiEDIAQgAmtBBGoQDCECIAEEfyAC",
  "QS06AABBAQVBAAshACADQQBMBH8gACACakEwOgAAIABBAWoiAUEBaiEAIAEgAmpBLjoAAANAIANBAEgEQCAAIgFBAWohACABIAJq",
  "QTA6AAAgA0EBaiEDDAELCyAAIAJqIAUgBPwKAAAgACAEagUgACACaiAFIAP8CgAAIAAgA2oiAEEBaiEBIAAgAmpBLjoAACABIAJq",
  "IAMgBWogBCADayIA/AoAACAAIAFqCyEAQRgQDCIBQQM2AgAgAUEBNgIEIAEgAiAAEEY5AwggASACNgIQIAEgADYCFCABC1cBA38g",
  "AEEUaygCEEEBdhAlA0AgASAAQRRrKAIQQQF2IgJIBEAjEyIDQQFqJBMjEiADaiABIAJPBH9BfwUgACABQQF0ai8BAAs6AAAgAUEB",
  "aiEBDAELCwvhAgEIfyAAKAIAIgMQHCEGIAEoAgBBAWoQHCICQQA2AgAgA0EFdEEBayEIA0AgCEEATgRAIAIoAgBBAWoiBBAcIQMg",
  "CEEFdiIFIAAoAgBJBH8gAEEEaiAFQQJ0aigCAAVBAAsgCHZBAXEhBUEAIQcDQCAEIAdLBEAgB0ECdCIJIANBBGpqIAcgAigCAEkE",
  "fyACQQRqIAlqKAIABUEACyIJQQF0IAVyNgIAIAlBH3YhBSAHQQFqIQcMAQsLIAMoAgAhAgNAIAIEfyADIAJBAnRqKAIABUEBC0UE",
  "QCACQQFrIQIMAQsLIAMgAjYCACADIgIgARAnQQBOBEAgAiABECohAiAGQQRqIAhBBXZBAnRqIgMgAygCAEEBIAh0cjYCAAsgCEEB",
  "ayEIDAELCyACJAMgBigCACEAA0AgAAR/IAYgAEECdGooAgAFQQELRQRAIABBAWshAAwBCwsgBiAANgIAIAYLoQIBBn8gAkECSQRA",
  "DwsgACABIAJBAXYiCCADEC8gACABIAhBAnRqIAIgCGsgAxAvIAghBQNAIAYgCEkgAiAFS3EEQCAAIAEgBUECdGooAgAiB0ECdGoo",
  "AgAgACABIAZBAnRqKAIAIglBAnRqKAIAEBNBAEgEQCADIARBAnRqIAc2AgAgBUEBaiEFBSADIARBAnRqIAk2AgAgBkEBaiEGCyAE",
  "QQFqIQQMAQsLA0AgBiAISQRAIAQiAEEBaiEEIAYiB0EBaiEGIAMgAEECdGogASAHQQJ0aigCADYCAAwBCwsDQCACIAVLBEAgBCIA",
  "QQFqIQQgBSIGQQFqIQUgAyAAQQJ0aiABIAZBAnRqKAIANgIADAELCyABIAMgAkECdPwKAAALfAEBfyAAKAIAIgJBBUYEQCABrRAP",
  "DwsgAkEGRgRAIAAoAgBBBk8EfyAAKAIYIAAoAgRHBUEACwRAIAAQDgsgACgCDCABQQJ0aigCAA8LIAAoAgBBBk8EfyAAKAIYIAAo",
  "AgRHBUEACwRAIAAQDgsgACgCDCABQQJ0aigCAAuDAgMCfwF8AX4gAUUgAEVyBEBBAA8LIAAoAgAiAkEGRgRAIAAgARAgDwsgAkEF",
  "RgRAIAEoAgBBA0cEQEEADwtBfyECAkAgASgCBCIDQQJGDQAgA0UEQCABKQMIIgWnQX8gBUL/////B1cgBUIAWXEbIQIMAQsgASsD",
  "CCIE/AIhAiAEIASdYSAERAAAAAAAAAAAZnEgBEQAAMD////fQWVxDQBBfyECCyACQQBIBH9BAQUgAiAAKAIETwsEQEEADwsgACgC",
  "DCACQQJ0aigCAA8LIAJBB0YEQEF/IAAgARAaIgEgAUEASBsiAUEATgR/IAAoAgwgAUECdGooAgAFQQALDwtBAAvYAgICfgZ/IAFF",
  "BEBBAA8LIAAtAABBLUYEf0EBIQlBAQVBAAshBEEBIQgDQCABIAlLBEAgACAJai0AACIFQTlNIAVBME9xBEAgB0EBaiEHIAZFIAhx",
  "BEAgBUEwa0H/AXGtIANCCn58IgIgA1QgA0KZs+bMmbPmzBlWcgRAQQEhBgUgAiEDCwsFIAVB5QBGIAVBLkZyIAVBxQBGciAFQStG",
  "ciAFQS1GckUEQEEADwtBACEICyAJQQFqIQkMAQsLIAdFBEBBAA8LIAZFIAhxBEAgBEUgA0L///////////8AWHEEQCADEA8PCyAD",
  "QoCAgICAgICAgH9YIARxBEBCACADfRAPDwsLIAgEQCAAIARqIAEgBGsQaSAEEBsiBCAANgIQIAQgATYCFCAEDwtBGBAMIgRBAzYC",
  "ACAEQQE2AgQgBCAAIAEQRjkDCCAEIAA2AhAgBCABNgIUIAQLGgAgARAlIxIjE2ogACAB/AoAACMTIAFqJBML8AkBBX8CQCAAQZDO",
  "AEoNAANAIwwjDUkEQCMMLQAAIgFBCUcgAUEgR3EgAUEKR3EgAUENR3FFBEAjDEEBaiQMDAILCwsjDCMNTw0AIwwtAAAiAUH7AEYE",
  "QCMMQQFqJAwDQCMMIw1JBEAjDC0AACIBQQlHIAFBIEdxIAFBCkdxIAFBDUdxRQRAIwxBAWokDAwCCwsLIwwjDUkEfyMMLQAAQf0A",
  "RgVBAAsEQCMMQQFqJAxBHBAMIgBBAEEc/AsAIABBBjYCACAADwsjESEEA0ADQCMMIw1JBEAjDC0AACIBQQlHIAFBIEdxIAFBCkdx",
  "IAFBDUdxRQRAIwxBAWokDAwCCwsLIwwjDU8Ef0EBBSMMLQAAQSJHCw0CEE0iAUUNAgNAIwwjDUkEQCMMLQAAIgJBCUcgAkEgR3Eg",
  "AkEKR3EgAkENR3FFBEAjDEEBaiQMDAILCwsjDCMNTwR/QQEFIwwtAABBOkcLDQIjDEEBaiQMIABBAWoQNCICRQ0CIxEjEEYEQEHA",
  "ACMQQQF0IxBBwABJGyIDQQN0EAwhBSMRBEAgBSMPIxFBA3T8CgAACyAFJA8gAyQQCyMPIxFBA3RqIgMgATYCACADIAI2AgQjEUEB",
  "aiQRA0AjDCMNSQRAIwwtAAAiAUEJRyABQSBHcSABQQpHcSABQQ1HcUUEQCMMQQFqJAwMAgsLCyMMIw1PDQIjDCIBQQFqJAwgAS0A",
  "ACIBQf0ARgRAIw8gBEEDdGojESAEaxBuIAQkEQ8LIAFBLEYNAAsMAQsgAUHbAEYEQCMMQQFqJAxBABAXIQEDQCMMIw1JBEAjDC0A",
  "ACICQQlHIAJBIEdxIAJBCkdxIAJBDUdxRQRAIwxBAWokDAwCCwsLIwwjDUkEfyMMLQAAQd0ARgVBAAsEQCMMQQFqJAwgAQ8LA0Ag",
  "AEEBahA0IgJFDQIgASACEBQDQCMMIw1JBEAjDC0AACICQQlHIAJBIEdxIAJBCkdxIAJBDUdxRQRAIwxBAWokDAwCCwsLIwwjDU8N",
  "AiMMIgJBAWokDCACLQAAIgJB3QBGBEAgAQ8LIAJBLEYNAAsMAQsgAUEiRgRAEE0PCyABQfQARgRAQYgYQQACf0EAIQBBACMNQdwl",
  "KAIAQQF2IgEjDGpJDQAaA0AgACABSQRAQQAjDCAAai0AACAAQdwlKAIAQQF2TwR/QX8FIABBAXRB4CVqLwEAC0H/AXFHDQIaIABB",
  "AWohAAwBCwsjDCABaiQMQQELGw8LIAFB5gBGBEBBkBhBAAJ/QQAhAEEAIw1B/CUoAgBBAXYiASMMakkNABoDQCAAIAFJBEBBACMM",
  "IABqLQAAIABB/CUoAgBBAXZPBH9BfwUgAEEBdEGAJmovAQALQf8BcUcNAhogAEEBaiEADAELCyMMIAFqJAxBAQsbDwsgAUHuAEYE",
  "QEGAGEEAAn9BACEAQQAjDUGcJigCAEEBdiIBIwxqSQ0AGgNAIAAgAUkEQEEAIwwgAGotAAAgAEGcJigCAEEBdk8Ef0F/BSAAQQF0",
  "QaAmai8BAAtB/wFxRw0CGiAAQQFqIQAMAQsLIwwgAWokDEEBCxsPCyMMIQADQCMMIw1JBEAjDC0AACIBQTlNIAFBME9xIAFBLUZy",
  "IAFBK0ZyIAFBLkZyIAFB5QBGciABQcUARnIEQCMMQQFqJAwMAgsLCyAAIwwgAGsQMg8LQQALJQBBACQSQQAkE0EAJBRBwAAQJSAA",
  "IAFBABAhQQAQEiMSQQAkEgs5ACMAIAAgAWpGQQAgABsEQCAAIAJqIgEQVSABJAAgAA8LIAIQDCECIAAEQCACIAAgAfwKAAALIAIL",
  "bgAgACABIAIoAgBBBUYbIQACfwJAAkACQAJAAkACQAJAIAMoAgBBAWsOBgABAgMEBQYLQaAmDAYLQcAsDAULQfAsDAQLQZAtDAML",
  "QbAtDAILQdAtDAELQfAtCyEBIwIEQCAAIAFBAEEAEBALQQALUQECfyABKAIEIQMDQCACIANJBEAgASgCAEEGTwR/IAEoAhggASgC",
  "BEcFQQALBEAgARAOCyAAIAEoAgwgAkECdGooAgAQHyACQQFqIQIMAQsLC4sCAQZ/IAFBAkkEQA8LIAAgAUEBdiIIIAIQOSAAIAhB",
  "AnRqIAEgCGsgAhA5IAghBANAIAUgCEkgASAES3EEQCAAIARBAnRqKAIAIgYgACAFQQJ0aigCACIHEBNBAEgEQCACIANBAnRqIAY2",
  "AgAgBEEBaiEEBSACIANBAnRqIAc2AgAgBUEBaiEFCyADQQFqIQMMAQsLA0AgBSAISQRAIAMiBkEBaiEDIAUiB0EBaiEFIAIgBkEC",
  "dGogACAHQQJ0aigCADYCAAwBCwsDQCABIARLBEAgAyIFQQFqIQMgBCIGQQFqIQQgAiAFQQJ0aiAAIAZBAnRqKAIANgIADAELCyAA",
  "IAIgAUECdPwKAAALzAICBn8BfiAAKAIAIgQQHCIFQQRqIABBBGogBEECdPwKAAAgBEEKbEECaiIDEAwhByADIQAgBEUEQCAHIABB",
  "AWsiAGpBMDoAAAsDQCAFKAIAIgQEQEIAIQkgBEEBayEEA0AgBEEATgRAIAVBBGogBEECdGoiBjUCACAJQiCGhCEJIAYgCUKAlOvc",
  "A4A+AgAgCUKAlOvcA4IhCSAEQQFrIQQMAQsLIAUoAgAhBANAIAQEfyAFIARBAnRqKAIABUEBC0UEQCAEQQFrIQQMAQsLIAUgBDYC",
  "ACAJpyEEIAUoAgBBAEchCEEAIQYDQCAGQQlIQQAgBCAIchsEQCAHIABBAWsiAGogBEEKcEEwajoAACAEQQpuIQQgBkEBaiEGDAEL",
  "CwwBCwsgAQRAIAcgAEEBayIAakEtOgAACyACIAAgB2ogAyAAayIA/AoAACAAC8IBAgR/AX4gACgCACIDIAEoAgBLBH8gAwUgASgC",
  "AAtBAWoiBRAcIQQDQCACIAVJBEAgAkECdCIDIARBBGpqIAIgACgCAEkEfyAAQQRqIANqKAIABUEAC60gAiABKAIASQR/IAFBBGog",
  "AkECdGooAgAFQQALrXwgBnwiBj4CACAGQiCIIQYgAkEBaiECDAELCyAEKAIAIQADQCAABH8gBCAAQQJ0aigCAAVBAQtFBEAgAEEB",
  "ayEADAELCyAEIAA2AgAgBAvAAQEBfwNAIAFBkM4ATwRAIAFBkM4AcCEDIAFBkM4AbiEBIAAgAkEEayICQQF0aiADQeQAbkECdEGw",
  "Imo1AgAgA0HkAHBBAnRBsCJqNQIAQiCGhDcDAAwBCwsgAUHkAE8EQCAAIAJBAmsiAkEBdGogAUHkAHBBAnRBsCJqKAIANgIAIAFB",
  "5ABuIQELIAFBCk8EQCAAIAJBAmtBAXRqIAFBAnRBsCJqKAIANgIABSAAIAJBAWtBAXRqIAFBMGo7AQALC68BAQF/An8gAUQAAAAA",
  "AAAAAGEEQCAAQTA7AQAgAEEuOwECIABBMDsBBEEDDAELIAEgAaFEAAAAAAAAAABiBEAgASABYgRAIABBzgA7AQAgAEHhADsBAiAA",
  "Qc4AOwEEQQMMAgUgAUQAAAAAAAAAAGMiAgRAIABBLTsBACAAQQJqIQALIABCyYC4g+CMwDQ3AwAgAELugKSDwI7APDcDCCACQQhq",
  "DAILAAsgACABEG0LC4ICAQJ/QQUhAUEBIQIgAEEATARAIABFDwUgAEEBRgRAQQUPBSAAQQJGBEBBGQ8FIABBIEgEQAJAAkACQAJA",
  "AkACQEEfIABnaw4FBAMCAQAFC0EFQQEgAEEBcRshAiAAQQF2IQBBGSEBCyABIAJsIAIgAEEBcRshAiAAQQF2IQAgASABbCEBCyAB",
  "IAJsIAIgAEEBcRshAiAAQQF2IQAgASABbCEBCyABIAJsIAIgAEEBcRshAiAAQQF2IQAgASABbCEBCyABIAJsIAIgAEEBcRshAgsg",
  "Ag8LCwsLA0AgAARAIAEgAmwgAiAAQQFxGyECIABBAXYhACABIAFsIQEMAQsLIAILpAEAIAFB/wdKBHwgAEQAAAAAAADgf6IhACAB",
  "Qf8HayIBQf8HSgR8Qf8HIAFB/wdrIgEgAUH/B04bIQEgAEQAAAAAAADgf6IFIAALBSABQYJ4SAR8IABEAAAAAAAAYAOiIQAgAUHJ",
  "B2oiAUGCeEgEfEGCeCABQckHaiIBIAFBgnhMGyEBIABEAAAAAAAAYAOiBSAACwUgAAsLIAGsQv8HfEI0hr+iC/IBAQV/IABFBEAg",
  "AQ8LIAFFBEAgAA8LIAAoAgBBBkcEf0EBBSABKAIAQQZHCwRAQQAPCyAAECshAiABKAIEIQZBACEAA0AgACAGSQRAIAEoAgBBBk8E",
  "fyABKAIYIAEoAgRHBUEACwRAIAEQDgsgASgCDCAAQQJ0aigCACEDIAEoAgBBBk8EfyABKAIYIAEoAgRHBUEACwRAIAEQDgsgASgC",
  "ECAAQQJ0aigCACEEIAIgAxAgIgUEQCAFKAIAQQZGBH8gBCgCAEEGRgVBAAsEQCACIAMgBSAEEEAQFgsFIAIgAyAEEBYLIABBAWoh",
  "AAwBCwsgAgtrAQF/IAAoAgAiAkEGRgRAIAJBBk8EfyAAKAIYIAAoAgRHBUEACwRAIAAQDgsgACgCECABQQJ0aigCAA8LIAAoAgBB",
  "Bk8EfyAAKAIYIAAoAgRHBUEACwRAIAAQDgsgACgCDCABQQJ0aigCAAtjAQF/IAAoAgghBSAAIAFqIgEoAgAhACAEBEAgASAAIAVB",
  "AnRBBCAFQQF0IAVBBEkbQQJ0EDYiADYCAAsgACADQQJ0aiEAIAIgA0sEQCAAQQRqIAAgAiADa0ECdPwKAAALIAALxAEBB38gACgC",
  "BCEDQSAhAQNAIAEgA0EBdEECakkEQCABQQF0IQEMAQsLIAFBA3QiBUEIahAMIgJBCGpBACAF/AsAIAIgAUEBazYCACACIAM2AgQg",
  "ACgCDCEHA0AgAyAESwRAIAcgBEECdGooAgAQIyIGIAIoAgAiBXEhAQNAIAJBCGogAUEDdGooAgQEQCABQQFqIAVxIQEMAQsLIAJB",
  "CGogAUEDdGoiASAGNgIAIAEgBEEBaiIENgIEDAELCyAAIAI2AhQLmwICBH8CfiAAIAJHBEAgASADIAEgA0kbIQUDQCAEQQhqIAVN",
  "BEAgACAEaikDACIJIAIgBGopAwAiCFIEQEF/QQEgCUIIiEL/gfyH8J/A/wCDIAlC/4H8h/CfwP8Ag0IIhoQiCUIQiEL//4OA8P8/",
  "gyAJQv//g4Dw/z+DQhCGhEIgiiAIQgiIQv+B/Ifwn8D/AIMgCEL/gfyH8J/A/wCDQgiGhCIIQhCIQv//g4Dw/z+DIAhC//+DgPD/",
  "P4NCEIaEQiCKVBsPCyAEQQhqIQQMAQsLA0AgBCAFSQRAIAAgBGotAAAiBiACIARqLQAAIgdHBEBBf0EBIAYgB0kbDwsgBEEBaiEE",
  "DAELCwtBf0EBIAEgA0kbQQAgASADRxsL5gMBB38gACgCAEEGRiAAKAIEIgQgACgCCCIHRiEIIABBDCAEIAMgCBBCIAE2AgAEQCAA",
  "QRAgBCADIAgQQiACNgIACyAIBEAgAEEEIAdBAXQgB0EESRs2AggLIAAgBEEBaiIDNgIEIAAoAhQiAkUEQCAAIAM2AhggA0EQTwRA",
  "IAAQQwsPCyAEIAAoAhhGBH8gBAR/IAAoAgwgBEEBa0ECdGooAgAgARATQQBIBUEBCwVBAAsEQCAAIARBAWo2AhgLIAIoAgAiASAC",
  "KAIEQQFqIgdBAXRJBEAgAUEBaiIIQQF0IgFBA3QiA0EIahAMIglBCGpBACAD/AsAIAkgAUEBazYCACAJIAIoAgQ2AgQDQCAFIAhJ",
  "BEAgAkEIaiAFQQN0aiIBKAIEIgMEQCADQQFrIQogASgCACIBIAkoAgAiBnEhAwNAIAlBCGogA0EDdGooAgQEQCADQQFqIAZxIQMM",
  "AQsLIAlBCGogA0EDdGoiAyABNgIAIAMgCkEBajYCBAsgBUEBaiEFDAELCyAAIAk2AhQgCSECCyACIAc2AgQjCCIBIAIoAgAiA3Eh",
  "AANAIAJBCGogAEEDdGooAgQEQCAAQQFqIANxIQAMAQsLIAJBCGogAEEDdGoiACABNgIAIAAgBEEBajYCBAtIAQN/IAFBAXQiBEEU",
  "ahAMQRRqIgNBBGsgBDYCAANAIAEgAksEQCADIAJBAXRqIAAgAmotAAA7AQAgAkEBaiECDAELCyADEGoLrQIDAn4CfwF8IAAoAhQi",
  "BARAIAEgACgCECAE/AoAACAEDwsgACgCBEUEQCAAKQMIIgJCAFMhAEIAIAJ9IAIgABshAiAABH8gAUEtOgAAQQEFQQALIQBBASEE",
  "IAIhAwNAIANCCloEQCAEQQFqIQQgA0IKgCEDDAELCyAEQQFrIQUDQCAFQQBOBEAgACABaiAFaiACQgqCp0EwajoAACACQgqAIQIg",
  "BUEBayEFDAELCyAAIARqDwsgACgCBEECRgRAIAAoAgggACgCDEEARyABEDoPCyAAKwMIIgYgBqFEAAAAAAAAAABiBEAgAUEwOgAA",
  "QQEPC0HAABAMIgUgBhA9IQRBACEAA0AgACAESQRAIAAgAWogBSAAQQF0ai8BADoAACAAQQFqIQAMAQsLIAQLuQMDAn8BfAN+IAAo",
  "AgQEf0EBBSABKAIEC0UEQCAAKQMIIgYgASkDCCIHfCIFIAaFIAUgB4WDQgBZBEAgBRAPDwsLIAAoAgRBAUcEfyABKAIEQQFHBUEA",
  "CwRAIAAQFSAAKAIEQQJGBH8gACgCDEEARwUgACkDCEIAUwsgARAVIAEoAgRBAkYEfyABKAIMQQBHBSABKQMIQgBTCxBLDwsgACAB",
  "QQAQSiICBH8gAgUCfCAAKAIEIgJFBEAgACkDCLkMAQsgAkECRgRAIAAoAggiAygCAEEBayECA0AgAkEATgRAIAREAAAAAAAA8EGi",
  "IAIgAygCAEkEfyADQQRqIAJBAnRqKAIABUEAC7igIQQgAkEBayECDAELCyAEmiAEIAAoAgwbDAELIAArAwgLAnxEAAAAAAAAAAAh",
  "BCABKAIEIgBFBEAgASkDCLkMAQsgAEECRgRAIAEoAggiAigCAEEBayEAA0AgAEEATgRAIAREAAAAAAAA8EGiIAAgAigCAEkEfyAC",
  "QQRqIABBAnRqKAIABUEAC7igIQQgAEEBayEADAELCyAEmiAEIAEoAgwbDAELIAErAwgLoBAYCwuEBAMDfwF8An4gACgCBAR/QQEF",
  "IAEoAgQLRQRAIAApAwgiBkKz5pOoC1MgBkLNmezXdFVxIAEpAwgiB0LNmezXdFVxIAdCs+aTqAtTcQRAIAYgB34QDw8LCyAAKAIE",
  "QQFHBH8gASgCBEEBRwVBAAsEQCAAEBUgARAVEB0gACgCBEECRgR/IAAoAgxBAEcFIAApAwhCAFMLIQAgASgCBEECRgR/IAEoAgxB",
  "AEcFIAEpAwhCAFMLIABHEBsPCwJ/QQAgAEEBECRFDQAaIwQjBSECIwYhBEEAIAFBARAkRQ0AGiMEEB0gAiMFRyAEIwZqECwLIgIE",
  "fyACBQJ8IAAoAgQiAkUEQCAAKQMIuQwBCyACQQJGBEAgACgCCCIDKAIAQQFrIQIDQCACQQBOBEAgBUQAAAAAAADwQaIgAiADKAIA",
  "SQR/IANBBGogAkECdGooAgAFQQALuKAhBSACQQFrIQIMAQsLIAWaIAUgACgCDBsMAQsgACsDCAsCfEQAAAAAAAAAACEFIAEoAgQi",
  "AEUEQCABKQMIuQwBCyAAQQJGBEAgASgCCCICKAIAQQFrIQADQCAAQQBOBEAgBUQAAAAAAADwQaIgACACKAIASQR/IAJBBGogAEEC",
  "dGooAgAFQQALuKAhBSAAQQFrIQAMAQsLIAWaIAUgASgCDBsMAQsgASsDCAuiEBgLC7UBAQR/IABBARAkRQRAQQAPCyMEIQAjBSED",
  "IwYhBSABQQEQJEUEQEEADwsjBCEBIwUgAkEAR0chBiAFIAUjBiICIAIgBUobIgRKBEAgACAFIARrECgQHSEACyACIARKBEAgASAC",
  "IARrECgQHSEBCyADIAZGBEAgACABEDsgAyAEECwPCyAAIAEQJyICRQRAQgAQDw8LIAJBAEoEfyAAIAEQKiADIAQQLAUgASAAECog",
  "BiAEECwLC0sBAX8gAUEARyADQQBHRgRAIAAgAhA7IAEQGw8LIAAgAhAnIgRFBEBCABAPDwsgBEEASgR/IAAgAhAqIAEQGwUgAiAA",
  "ECogAxAbCwuZAgEFfyAAKAIIIQMgACgCBCEEQSIQEgNAIAEgBEkEQCABIANqLQAAIgBBIkcgAEEgT3EgAEHcAEdxRQRAIAIgA2og",
  "ASACaxAzIAFBAWohAkHcABASIABB3ABGIABBIkZyBEAgABASBSAAQQpGBEBB7gAQEgUgAEEJRgRAQfQAEBIFIABBDUYEQEHyABAS",
  "BSAAQQhGBEBB4gAQEgUgAEEMRgRAQeYAEBIFQYAoEC0gAEEEdiIFQawYKAIAQQF2TwR/QX8FIAVBAXRBsBhqLwEACxASIABBD3Ei",
  "AEGsGCgCAEEBdk8Ef0F/BSAAQQF0QbAYai8BAAsQEgsLCwsLCwsgAUEBaiEBDAELCyACIANqIAQgAmsQM0EiEBILzQYBB38jDEEB",
  "aiQMIwwhAUHFu/KIeCEAA0AjDCMNSQRAIwwtAAAiA0EiRwRAIANB3ABGBEBBASECIwxBAmokDAwDCyADQSBJBEBBAA8LIAAgA3NB",
  "k4OACGwhACMMQQFqJAwMAgsLCyMMIw1PBEBBAA8LIwwhAyMMQQFqJAwgAkUEQCADIAFrIgJBMEsEQCABIAIQEQ8LIAEgAiAAIAJz",
  "IgAgAEEQdnNBreqs/wdsIgAgAEEPdnNBi82yo3hsIgAgAEEQdnMiAEEBIAAbQQAQTw8LIAMgAWsQDCIEIQAjDANAIAEgA0kEQCAB",
  "IgJBAWohASACLQAAIgZB3ABHBEAgACICQQFqIQAgAiAGOgAADAILIAEiAkEBaiEBAkACQAJAAkACQAJAAkACQAJAAkAgAi0AACIC",
  "QSJHBEAgAkHcAEYNASACQS9GDQIgAkHiAEYNAyACQeYARg0EIAJB7gBGDQUgAkHyAEYNBiACQfQARg0HIAJB9QBGDQgMCQsgACIC",
  "QQFqIQAgAkEiOgAADAkLIAAiAkEBaiEAIAJB3AA6AAAMCAsgACICQQFqIQAgAkEvOgAADAcLIAAiAkEBaiEAIAJBCDoAAAwGCyAA",
  "IgJBAWohACACQQw6AAAMBQsgACICQQFqIQAgAkEKOgAADAQLIAAiAkEBaiEAIAJBDToAAAwDCyAAIgJBAWohACACQQk6AAAMAgsg",
  "ASQMEFEiAkEASARAQQAPCyACQYC4A0ggAkGAsANOcQR/Iw0jDEEGak8FQQALBH8jDC0AAEHcAEYFQQALBH8jDC0AAUH1AEYFQQAL",
  "BEAjDEECaiQMEFEiAUGAwANIIAFBgLgDTnEEQCABIAJBCnRqQYC4/xprIQIFIwxBBmskDAsLIwwhASACQYABSQR/IAAgAjoAACAA",
  "QQFqBSACQYAQSQRAIAAgAkEGdkHAAXI6AAAFIAJBgIAESQR/IAAgAkEMdkHgAXI6AAAgAEEBagUgACACQRJ2QfABcjoAACAAIAJB",
  "DHZBP3FBgAFyOgABIABBAmoLIgAgAkEGdkE/cUGAAXI6AAALIABBAWoiACACQT9xQYABcjoAACAAQQFqCyEADAELQQAPCwwBCwsk",
  "DCAEIAAgBGsQERBQC7cBAQF/IAAkDCAAIAFqJA1BACQPQQAkEEEAJBFBACQJQYggEAwiAEEAQYgg/AsAIAAkDiMOQf8HNgIAEAUi",
  "ASgCACECQQAhAANAIAAgAkkEQCABQQRqIABBAnRqKAIAEFAaIABBAWohAAwBCwtBABA0IgBFBEBBAA8LA0AjDCMNSQRAIwwtAAAi",
  "AUEJRyABQSBHcSABQQpHcSABQQ1HcUUEQCMMQQFqJAwMAgsLCyAAQQAjDCMNRhsL/gIBBX8jDigCACIGIAJxIQQDQCMOQQhqIARB",
  "AnRqKAIAIgcEQCAHKAIMIAJGBH8gBygCBCABRgVBAAsEfyAHKAIIIgggAEYEf0EABSAIIAEgACABEEQLBUEBCwRAIARBAWogBnEh",
  "BAwCBSAHDwsACwsgA0UEQCAAIAEQESIDIAI2AgwLIw4oAgRBAWoiAEEBdCAGSwRAIw4iBCgCAEEBaiIGQQF0IgdBAnRBCGoiARAM",
  "IghBACAB/AsAIAgkDiMOIAdBAWs2AgAjDiAEKAIENgIEA0AgBSAGSQRAIARBCGogBUECdGooAgAiCARAIAgoAgwgB0EBa3EhAQNA",
  "Iw5BCGogAUECdGooAgAEQCABQQFqIAdBAWtxIQEMAQsLIw5BCGogAUECdGogCDYCAAsgBUEBaiEFDAELCyMOKAIAIgEgAnEhBANA",
  "Iw5BCGogBEECdGooAgAEQCAEQQFqIAFxIQQMAQsLCyMOQQhqIARBAnRqIAM2AgAjDiAANgIEIAMLpQEBBn8gACgCBEEwSwRAIAAP",
  "CyAAKAIIIAAoAgQgACIBKAIMIgBFBEBBxbvyiHghACABKAIIIQYgASgCBCEDA0AgAiADSQRAIAIgBmotAAAgAHNBk4OACGwhACAC",
  "QQFqIQIMAQsLIAEgACADcyIAQRB2IABzQa3qrP8HbCIAQQ92IABzQYvNsqN4bCIAQRB2IABzIgBBASAAGyIANgIMCyAAIAEQTwuT",
  "AQEEfyMNIwxBBGpJBEBBfw8LA0AgAUEESARAIwwiAEEBaiQMIAAtAAAiA0EwayEAAkAgA0E5TSADQTBPcQ0AIANB1wBrIQAgA0Hm",
  "AE0gA0HhAE9xDQAgA0E3ayEAIANBxgBNIANBwQBPcQ0AQX8hAAsgAEEASARAQX8PCyACQQR0IAByIQIgAUEBaiEBDAELCyACCwgA",
  "IAAgARBOCyYBAX9BEBAMIgBBADYCACAAQQA2AgQgAEEANgIIIABBADYCDCAACyYBAX8jJ0ECdEEEahAMIgEgADYCACABQQRqQQAj",
  "J0ECdPwLACABC0gBAn8/ACIBQRB0IgIgAE8EQA8LIAAgAmtB//8DakEQdiIAIAFIBH8gAUAAQQBOBUEACwRADwsgAEAAQQBIBEBB",
  "AEGAGRAmCwuVAQECf0EBIQMgAUEASARAIABB/xdJBEAgACICQQFqIQAgAkEtOgAAC0EAIAFrIQELIAEhAgNAIAJBCk4EQCADQQFq",
  "IQMgAkEKbSECDAELCyAAIANqQf8XSwRAIAAPCyADQQFrIQIDQCACQQBOBEAgACACaiABQQpvQTBqOgAAIAFBCm0hASACQQFrIQIM",
  "AQsLIAAgA2oLxAMBBX9BgAghBCAABEADQCAEQf8XSQRAAkAgACIFQQFqIQAgBS0AACIIRQ0AIAQiBUEBaiEEIAUgCDoAAAwCCwsL",
  "CwNAIARB/xdJQZwqKAIAQQF2IgUgB0pxBEAgBCIAQQFqIQQgACAFIAdNBH9BfwUgB0EBdEGgKmovAQALOgAAIAdBAWohBwwBCwsg",
  "BCABEFYhAUEAIQQDQCABQf8XSUGcKigCAEEBdiIFIARKcQRAIAEiAEEBaiEBIAAgBCAFTwR/QX8FIARBAXRBoCpqLwEACzoAACAE",
  "QQFqIQQMAQsLIAEgAhBWIQEDQCABQf8XSUG8KigCAEEBdiICIAZKcQRAIAEiAEEBaiEBIAAgAiAGTQR/QX8FIAZBAXRBwCpqLwEA",
  "CzoAACAGQQFqIQYMAQsLIAMEQANAIAFB/xdJBEACQCADIgBBAWohAyAALQAAIgJFDQAgASIAQQFqIQEgACACOgAADAILCwsLQQAh",
  "AwNAIAFB/xdJQfwpKAIAQQF2IgIgA0pxBEAgASIAQQFqIQEgACACIANNBH9BfwUgA0EBdEGAKmovAQALOgAAIANBAWohAwwBCwsg",
  "AUEAOgAAQYAIEAQACw8AQZAYQYgYIAAgARATGwtlAAJAIABC+4X60V1TIABChPqFriJVcg0AIABChPqFriJRIAFC/6/LlwNVcQ0A",
  "IABC+4X60V1RIAFCgOSfxQBTcQ0AIABCgJTr3AN+IAF8EA8PCyMCBEAgAkGAKkEAQQAQEAtBAAumAQEDfiAAQuz0K3wiASABQrD1",
  "CH0gAUIAWRtCsfUIfyEAIAEgAEKx9Qh+fSIBIAFCtAt/fSABQqydAn98IAFCsPUIf31C7QJ/IQIgASACQu0CfiACQgR/fCACQuQA",
  "f319IgNCBX5CAnxCmQF/IQEgAyABQpkBfkICfEIFf31CAXwkICABQgN8IAFCCX0gAUIKUxskHyMfQgJXrSACIABCkAN+fHwkHgtW",
  "AQJ/A0AgASADSwR/IAAgAxAZIAIQXgVBAAsEQAJ/QQEgACADai0AACIEQYABSQ0AGkECIARB4AFJDQAaQQMgBEHwAUkNABpBBAsg",
  "A2ohAwwBCwsgAwtYAQF/A0AgASACSQRAAkAgAkEBayEEA0AgASAESQR/IAAgBGotAABBwAFxQYABRgVBAAsEQCAEQQFrIQQMAQsL",
  "IAAgBBAZIAMQXkUNACAEIQIMAgsLCyACC7cBAQN/IAAoAgBBBEcEQEHA7ABBsO0AIAEbIAAQDUEADwsgACgCBCEEIAAoAgghBQNA",
  "IAMgBEkEQCADIAVqLQAAQYABTwRAIAJBACAAEAEPCyADQQFqIQMMAQsLIAQQDCEAQQAhAgNAIAIgBEkEQCAAIAJqIAIgBWotAAAi",
  "A0EgcyADIAEEfyADQfoATSADQeEAT3EFIANB2gBNIANBwQBPcQsbOgAAIAJBAWohAgwBCwsgACAEEBELYwEDfyABKAIIIQMgASgC",
  "BCEEA0AgAiAESQRAIAMgAhAZIABGBEBBAQ8LAn9BASACIANqLQAAIgFBgAFJDQAaQQIgAUHgAUkNABpBAyABQfABSQ0AGkEECyAC",
  "aiECDAELC0EAC84BAQZ/IAIoAgQhBwNAIAEgCEsEQAJ/IAAgCGotAAAiBEElRwRAIAMEQCADIAlqIAQ6AAALIAlBAWoMAQsgCEEB",
  "aiABTwRAQX8PCyAIQQFqIgggAGotAAAiBkElRgRAIAMEQCADIAlqQSU6AAALIAlBAWoMAQsgBSAHTwRAQX8PCyAFIgRBAWohBSAG",
  "IAIoAgwgBEECdGooAgAgAyAJakEAIAMbENcBIgRBAEgEQEF/DwsgBCAJagshCSAIQQFqIQgMAQsLQX8gCSAFIAdHGwuhAQEEf0F/",
  "IQYDQCABIAVPBEAgASAFSwR/IAAgBWotAAAFQS4LIgNBLkYEQCAGQQBIIAZB/wFKciAEQQNLcgRAQQAPCyAEIgNBAWohBCACIANq",
  "IAY6AABBfyEGBSADQTlNIANBME9xBEAgA0Ewa0H/AXEgBkEKbEEAIAZBAE4baiIGQf8BSgRAQQAPCwVBAA8LCyAFQQFqIQUMAQsL",
  "IARBBEYLogICBn8BfiAAKAIIIQMgACgCBCEHQX8hAANAIAIgB0kEQCACIAAgAiADai0AACIGQS9GGyEAQQEgBCAGQTpGGyEEIAJB",
  "AWohAgwBCwsgACAHIABBAE4bIQIgAUIANwAAIAFCADcACCAEBEAgAyACIAEQ3wFFBEBBAA8LQQYkIgUgAyACIAEQYEUEQEEADwtB",
  "BCQiC0EgQYABIyJBBEYbIgEkIyAAQQBOBEAgAkEBaiEAIAcgAmsiAkEBayEEIAJBAUYCfgNAIAQgBUsEQEJ/IAAgA2ogBWotAAAi",
  "AkEwSSACQTlLcg0CGiACQTBrQf8Bca0gCEIKfnwhCCAFQQFqIQUMAQsLIAgLIghCAFNyIAggAaxVcgRAQQAPCyAIpyQjC0EBC44L",
  "AQd/IAEgAGtBAWpBAnQQDCEJA0AgACABSQRAAn8jGCAAaiIDLQAAIgRBKkYEQCAAQQJqIABBAWoiBSABSQR/IAMtAAFBKkYFQQAL",
  "IQMgBSADGwwBCyAEQfsARgRAIxghBEEAIQYgACEDAkADQCABIANLBEACQCADIARqLQAAIgVB3ABGBEAgA0EBaiEDDAELIAVB+wBG",
  "BEAgBkEBaiEGBSAFQf0ARgR/IAZBAWsiBgVBAQtFDQQLCyADQQFqIQMMAQsLQX8hAwtBfyADQQFqIANBAEgbDAELIARB3ABGIABB",
  "AWogAUlxBEAjGCAAai0AASIDQYABSQR/QQEFIANB4AFJBH9BAgVBA0EEIANB8AFJGwsLIABBAWpqDAELIARBgAFJBH9BAQUgBEHg",
  "AUkEf0ECBUEDQQQgBEHwAUkbCwsgAGoLIgNBAEgEQEF/DwsgCSAIQQJ0aiAANgIAIAhBAWohCCMYIABqLQAAQdsARgR/IABBAWoi",
  "ACABSQR/IxggAGotAABBIUYFQQALBEAgAEEBaiEACwNAIAAgAUkEfyMYIABqLQAAQd0ARwVBAAsEQCMYIABqLQAAIgNBgAFJBH9B",
  "AQUgA0HgAUkEf0ECBUEDQQQgA0HwAUkbCwsgAGohAAwBCwsgAUF/IAAgACABTxsiAEEBaiAAQQBIGwUgAwshAAwBCwsgCEEBayEI",
  "A0AgCEEATgRAIAkgCEECdGooAgAiACMYai0AACIDQSpGBEAjFiMXQQR0aiIDQQRBAyAAQQFqIAFJBH8jGCAAai0AAUEqRgVBAAsb",
  "NgIAIANBADYCBCADQQA2AgggAyACNgIMIxciAkEBaiQXBSADQT9GBEAjFiMXQQR0aiIAQQI2AgAgAEEANgIEIABBADYCCCAAIAI2",
  "AgwjFyICQQFqJBcFIANB2wBGBEAgAEEBaiIDIAFJBH8jGCADai0AAEEhRgVBAAsEQCADQQFqIQMLA0AgASADSwR/IxggA2otAABB",
  "3QBHBUEACwRAIxggA2otAAAiBEGAAUkEf0EBBSAEQeABSQR/QQIFQQNBBCAEQfABSRsLCyADaiEDDAELC0F/IAMgASADTRsiBEEA",
  "SARAIxYjF0EEdGoiAEEINgIAIABBADYCBCAAQQA2AgggACACNgIMBSAAQQFqIAFJIgMEQCMYIABqLQABQSFGIQMLIxYjF0EEdGoi",
  "BUEGQQUgAxs2AgAgBSAAQQJBASADG2o2AgQgBSAENgIIIAUgAjYCDAsjFyICQQFqJBcFIANB+wBGBEAgACEDIxghBEEAIQcCQANA",
  "IAAgAUkEQAJAIAAgBGotAAAiBUHcAEYEQCAAQQFqIQAMAQsgBUH7AEYEQCAHQQFqIQcFIAVB/QBGBH8gB0EBayIHBUEBC0UNBAsL",
  "IABBAWohAAwBCwtBfyEACyAAIQQgAiEFAn8jGUHoB04EQEEBJBpBfwwBCyMZQQFqJBlBfyEAQQAhByADQQFqIgIhBgJ/A0AgBCAG",
  "TwRAAkAjGCAGai0AACIDQdwARgRAIAZBAWohBgwBCyADQfsARgRAIAdBAWohBwUgA0H9AEYgB0EASnEEQCAHQQFrIQcFIAdFIANB",
  "LEZxIAQgBkZyBEBBfyACIAYgBRBiIgJBAEgNBhogAEEATgRAIxYjF0EEdGoiA0EHNgIAIAMgAjYCBCADQQA2AgggAyAANgIMIxci",
  "AkEBaiQXCyACIQAgBkEBaiECCwsLCyAGQQFqIQYMAQsLIAALIxlBAWskGQsiAkEASARAQX8PCwUjGCAAQQFqIgQgACADQdwARiAB",
  "IARLcRsQGSEAIxYjF0EEdGoiA0EBNgIAIAMgADYCBCADQQA2AgggAyACNgIMIxciAkEBaiQXCwsLCyAIQQFrIQgMAQsLIAILwAEB",
  "BH8jHCACNgIAQQEhAgNAIAIEQCMdIxsjHCACQQFrIgJBAnRqIgQoAgAiA0ECdGoiBSgCAEYNASAFIx02AgAjFiADQQR0aiIFKAIA",
  "IgZBB0YEQCAEIAUoAgw2AgAjHCACQQFqQQJ0aiAFKAIENgIAIAJBAmohAgwCCyAAIAFBAnRqIAM2AgAgAUEBaiEBIAZBBEYgBkED",
  "RnIEQCMcIAJBAnRqIxYgA0EEdGooAgw2AgAgAkEBaiECCwwBCwsgAQulAQEHf0ECEBciBCACEBQgBCABEBQgACAEEBQgASgCACIE",
  "QQZHIARBBUdxIARBB0dxBEAPCyABKAIEIQYDQCADIAZJBEAgASADEEEhByABIAMQMCEIIAIoAgQiCUEBahAXIQVBACEEA0AgBCAJ",
  "SQRAIAUgAigCDCAEQQJ0aigCABAUIARBAWohBAwBCwsgBSAIEBQgACAHIAUQZCADQQFqIQMMAQsLC6sBAQV/IAAoAgBBB0cEQEHg",
  "zgAgABANQQAPCyABKAIAQQdHBEBBwM8AIAEQDUEADwtBHBAMIgJBAEEc/AsAIAJBBzYCACAAKAIEIQQDQCADIARJBEAgACgCAEEG",
  "TwR/IAAoAhggACgCBEcFQQALBEAgABAOC0F/IAEgACgCDCADQQJ0aigCACIFEBoiBiAGQQBIG0EATgRAIAIgBRAfCyADQQFqIQMM",
  "AQsLIAIL1AIBBX9BHBAMIgJBAEEc/AsAIAJBBjYCACAAKAIEIQQDQCADIARJBEAgACgCAEEGTwR/IAAoAhggACgCBEcFQQALBEAg",
  "ABAOCyAAKAIMIANBAnRqKAIAIQUgACgCAEEGTwR/IAAoAhggACgCBEcFQQALBEAgABAOCyACIAUgACgCECADQQJ0aigCABAWIANB",
  "AWohAwwBCwsgASgCBCEEQQAhAANAIAAgBEkEQCABKAIAQQZPBH8gASgCGCABKAIERwVBAAsEQCABEA4LIAEoAgwgAEECdGooAgAh",
  "BSABKAIAQQZPBH8gASgCGCABKAIERwVBAAsEQCABEA4LIAEoAhAgAEECdGooAgAhBiACIAUQICIDBH8gAygCAEEGRgVBAAsEfyAG",
  "KAIAQQZGBUEACwRAIAIgBSADIAYQZhAWBSACIAUgBhAWCyAAQQFqIQAMAQsLIAILygEBBH8gACgCAEEFRgR/QQEFIAAoAgBBB0YL",
  "RQRAQeDEAEHwxQAgARsgABANQQAPCyABQQBHrRAPIQIgACgCBCEFA0AgBCAFSQRAIAAoAgBBBk8EfyAAKAIYIAAoAgRHBUEACwRA",
  "IAAQDgsgACgCDCAEQQJ0aigCACIDKAIAQQNHBEAgAQR/QfDGAEGQyAAgACADEDcFQbDJAEHQygAgACADEDcLGkEADwsgAQR/IAIg",
  "AxBJBSACIAMQSAshAiAEQQFqIQQMAQsLIAILygEBBX8gACgCAEEFRgR/QQEFIAAoAgBBB0YLRQRAQeDLAEHgzAAgARsgABANQQAP",
  "CyAAKAIEIgVFBEBBAA8LIAAoAgBBBk8EfyAAKAIYIAAoAgRHBUEACwRAIAAQDgsgACgCDCgCACECQQEhBANAIAQgBUkEQCAAKAIA",
  "QQZPBH8gACgCGCAAKAIERwVBAAsEQCAAEA4LIAAoAgwgBEECdGooAgAiAyACEBMiBkEASiAGQQBIIAEbBEAgAyECCyAEQQFqIQQM",
  "AQsLIAILQgEDf0EBEBwiAkEANgIAQgoQIiEEA0AgASADSwRAIAIgBBAdIAAgA2oxAABCMH0QIhA7IQIgA0EBaiEDDAELCyACC6wL",
  "Awd/BX4CfAJAIABBFGsoAhBBAXYiBUUNACAALwEAIQREAAAAAAAA8D8hDgNAIAUEfwJ/IARBgAFyQaABRiAEQQlrQQRNciAEQYAt",
  "SQ0AGkEBIARBgEBqQQpNDQAaAkACQCAEQYAtRg0AIARBqMAARg0AIARBqcAARg0AIARBr8AARg0AIARB38AARg0AIARBgOAARg0A",
  "IARB//0DRg0ADAELQQEMAQtBAAsFQQALBEAgAEECaiIALwEAIQQgBUEBayEFDAELCyAFRQ0AIARBLUYEfyAFQQFrIgVFDQFEAAAA",
  "AAAA8L8hDiAAQQJqIgAvAQAFIARBK0YEfyAFQQFrIgVFDQIgAEECaiIALwEABSAECwsiBEHJAEYgBUEITnEEQCAAKQMAQsmAuIPg",
  "jMA0UQR/IAApAwhC7oCkg8COwDxRBUEACwRAIA5EAAAAAAAA8H+iDwsMAQsgBEEuRyAEQTBrQQpPcQ0AIAAhAwNAIARBMEYEQCAA",
  "QQJqIgAvAQAhBCAFQQFrIQUMAQsLIAVBAEwEQCAORAAAAAAAAAAAog8LIARBLkYEQCAAIANGIQMgAEECaiEAIAMgBUEBayIFRXEN",
  "AUEBIQYDQCAALwEAIgRBMEYEQCAFQQFrIQUgAkEBayECIABBAmohAAwBCwsgBUEATARAIA5EAAAAAAAAAACiDwsgAyACRXEgBEEw",
  "a0EKT3ENAQsgBEEwayEDA0AgBkUgBEEuRnEgA0EKSSIEcgRAAkAgBARAIAFBE0gEfiADrSAIQgp+fAUgCCADQQBHrYQLIQggAUEB",
  "aiEBBSABIQJBASEGCyAFQQFrIgVFDQAgAEECaiIALwEAIgRBMGshAwwCCwsLIAIgASAGG0ETIAEgAUETShtrIQZBASEDAkAgCFAC",
  "f0EAIAAvAQBBIHJB5QBHDQAaQQAgBUEBayIBRQ0AGiAAQQJqIgAvAQAiAkEtRgR/QQAgAUEBayIBRQ0BGkF/IQMgAEECaiIALwEA",
  "BSACQStGBH9BACABQQFrIgFFDQIaIABBAmoiAC8BAAUgAgsLIQIDQCACQTBGBEBBACABQQFrIgFFDQIaIABBAmoiAC8BACECDAEL",
  "CyACQTBrIQQDQCAEQQpJQQAgARsEQCADQYAZbCAHQYAZTg0CGiAHQQpsIARqIQcgAUEBayEBIABBAmoiAC8BAEEwayEEDAELCyAD",
  "IAdsCyAGaiIAQap9SHINAEQAAAAAAADwfyENIABBtAJKDQAgCLohDSAARQ0AIABBJUwgAEEWSnEEQCANIABBA3RBgCVqKwMAoiEN",
  "QRYhAAsgCEL/////////D1gEfyAAQR91IgEgACABanNBFkwFQQALBHwgAEEASgRAIA0gAEEDdEGwJmorAwCiIQ0MAgsgDUEAIABr",
  "QQN0QbAmaisDAKMFIABBAEgEfCAIIAh5IgmGIQggAKwgCX0hCQNAIABBckwEQCAIQumDsd4WgiAIQumDsd4WgCIIeSIKQhJ9hrpE",
  "myuhhpuEBj+invwHIAggCoZ8IQggCSAKfSEJIABBDmohAAwBCwsgCEEAIABrED6sIguAIgx5IQogCCALgrq9IApCNIZ8vyALuqP8",
  "ByAMIAqGfLogCSAKfacQPwUgCCAIeiIJiCEIIAkgAKx8JC4DQCAAQQ1OBEBCICAIQiCIQpXnicYEfiAIQv////8Pg0KV54nGBH4i",
  "CEIgiHwiCUIgiKdnrSIKfSILIy58JC4gCCAKhkIfiEIBgyAJIAqGIAhC/////w+DIAuIhHwhCCAAQQ1rIQAMAQsLIAAQPq0iCSAI",
  "Qv////8Pg34hCkIgIAhCIIggCX4gCkIgiHwiCEIgiKdnrSIJfSILIy58JC4gCiAJhkIfiEIBgyAIIAmGIApC/////w+DIAuIhHy6",
  "Iy6nED8LCyENCyANIA6mDwtEAAAAAAAA+H8L2gQBAn8gAkUEQCAAIAFBAXRqQa6AwAE2AgAgAUECag8LIAEgAmoiA0EVTCABIANM",
  "cQR/A0AgASADSARAIAAgAUEBdGpBMDsBACABQQFqIQEMAQsLIAAgA0EBdGpBroDAATYCACADQQJqBSADQRVMIANBAEpxBH8gACAD",
  "QQF0aiIAQQJqIABBACACa0EBdPwKAAAgAEEuOwEAIAFBAWoFIANBAEwgA0F6SnEEfyAAQQIgA2siA0EBdGogACABQQF0/AoAACAA",
  "QbCAuAE2AgBBAiECA0AgAiADSARAIAAgAkEBdGpBMDsBACACQQFqIQIMAQsLIAEgA2oFIAFBAUYEQCAAQeUAOwECIABBBGoiAiAD",
  "QQFrIgBBAEgiAwRAQQAgAGshAAsgACAAQaCNBkkEfyAAQeQASQR/IABBCk9BAWoFIABBkM4AT0EDaiAAQegHT2oLBSAAQYCt4gRJ",
  "BH8gAEHAhD1PQQZqBSAAQYCU69wDT0EIaiAAQYDC1y9PagsLQQFqIgEQPCACQS1BKyADGzsBAAUgAEEEaiAAQQJqIAFBAXQiAkEC",
  "a/wKAAAgAEEuOwECIAAgAmoiAEHlADsBAiAAQQRqIgQgA0EBayIAQQBIIgIEQEEAIABrIQALIAAgAEGgjQZJBH8gAEHkAEkEfyAA",
  "QQpPQQFqBSAAQZDOAE9BA2ogAEHoB09qCwUgAEGAreIESQR/IABBwIQ9T0EGagUgAEGAlOvcA09BCGogAEGAwtcvT2oLC0EBaiIA",
  "EDwgBEEtQSsgAhs7AQAgACABaiEBCyABQQJqCwsLC4YGAgN/BH4gAiABfSEKQgFBACADayIIrCIBhiIMQgF9IgsgAoMhCSACIAGI",
  "pyIDQaCNBkkEfyADQeQASQR/IANBCk9BAWoFIANBkM4AT0EDaiADQegHT2oLBSADQYCt4gRJBH8gA0HAhD1PQQZqBSADQYCU69wD",
  "T0EIaiADQYDC1y9PagsLIQcDQCAHQQBKBEACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgB0EBaw4KCQgHBgUEAwIBAAoLIANBgJTr",
  "3ANuIQYgA0GAlOvcA3AhAwwKCyADQYDC1y9uIQYgA0GAwtcvcCEDDAkLIANBgK3iBG4hBiADQYCt4gRwIQMMCAsgA0HAhD1uIQYg",
  "A0HAhD1wIQMMBwsgA0GgjQZuIQYgA0GgjQZwIQMMBgsgA0GQzgBuIQYgA0GQzgBwIQMMBQsgA0HoB24hBiADQegHcCEDDAQLIANB",
  "5ABuIQYgA0HkAHAhAwwDCyADQQpuIQYgA0EKcCEDDAILIAMhBkEAIQMMAQtBACEGCyAFIAZyBEAgACAFQQF0aiAGQf//A3FBMGo7",
  "AQAgBUEBaiEFCyAHQQFrIQcgBCADrSAIrCIChiAJfCIBWgRAIysgB2okKyAHQQJ0QYgiajUCACAChiECIAAgBUEBa0EBdGoiAC8B",
  "ACEHA0AgASAKVCAEIAF9IAJacQR/IAogASACfCIJViAKIAF9IAkgCn1WcgVBAAsEQCAHQQFrIQcgASACfCEBDAELCyAAIAc7AQAg",
  "BQ8LDAELCwNAIARCCn4hBCAJQgp+IgEgCKyIIgIgBayEQgBSBEAgACAFQQF0aiACp0H//wNxQTBqOwEAIAVBAWohBQsgB0EBayEH",
  "IAEgC4MiCSAEWg0ACyMrIAdqJCsgCkEAIAdrQQJ0QYgiajUCAH4hASAAIAVBAWtBAXRqIgAvAQAhBwNAIAEgCVYgBCAJfSAMWnEE",
  "fyABIAkgDHwiAlYgASAJfSACIAF9VnIFQQALBEAgB0EBayEHIAkgDHwhCQwBCwsgACAHOwEAIAULhQQCCn4EfyABRAAAAAAAAAAA",
  "YyIMBHwgAEEtOwEAIAGaBSABC70iAkKAgICAgICA+P8Ag0I0iKciDUEBIA0bQbMIayIOQQFrIAJC/////////weDIA1BAEetQjSG",
  "fCICQgGGQgF8IgN5pyIPayENIAMgD6yGJCggAiACQoCAgICAgIAIUUEBaiIPrIZCAX0gDiAPayANa6yGJCkgDSQqQdwCQUMjKmu3",
  "RP55n1ATRNM/okQAAAAAALB1QKAiAfwCIg0gDbcgAWJqQQN1QQFqIg1BA3QiDmskKyAOQaAbaikDACQsIA1BAXRB2CBqLgEAJC0g",
  "AiACeYYiAkL/////D4MhBCMsIgdC/////w+DIgggAkIgiCICfiAEIAh+QiCIfCEFIygiA0L/////D4MhCSADQiCIIgMgCH4gCCAJ",
  "fkIgiHwhBiMpIgpC/////w+DIQsgCkIgiCIKIAh+IAggC35CIIh8IQggACAMQQF0aiAAIAIgB0IgiCICfiAFQiCIfCACIAR+IAVC",
  "/////w+DfEL/////B3xCIIh8IAIgA34gBkIgiHwgAiAJfiAGQv////8Pg3xC/////wd8QiCIfEIBfSIDIy0jKmpBQGsgAyACIAp+",
  "IAhCIIh8IAIgC34gCEL/////D4N8Qv////8HfEIgiHxCAXx9IAwQbCAMayMrEGsgDGoLowQBCH9BHBAMIgVBAEEc/AsAIAVBBjYC",
  "ACABQRBPBEADQCABIANLBEAgBSAAIANBA3RqIgIoAgAgAigCBBAWIANBAWohAwwBCwsgBQ8LIAFFBEAgBQ8LIAEjCUYhAgNAIAEg",
  "A0sgAnEEQCMKIANBAnRqKAIAIAAgA0EDdGooAgBGIQIgA0EBaiEDDAELCyMLIQYgASEDIAJFBEAgA0ECdBAMIQZBACEDA0AgASAH",
  "SwRAIAAgB0EDdGooAgAhCSADIQJBASEIA0AgAgRAIAAgBiACQQFrIgRBAnRqKAIAQQN0aigCACAJEBMiCEEASgRAIAQhAgwCCwsL",
  "AkAgCEEBIAIbRQRAIAYgAkEBa0ECdGogBzYCAAwBCyACIANJBEAgBiACQQFqQQJ0aiAGIAJBAnRqIAMgAmtBAnT8CgAACyAGIAJB",
  "AnRqIAc2AgAgA0EBaiEDCyAHQQFqIQcMAQsLIAEgA0YEQCABJAkgBiQLIAFBAnQQDCQKQQAhAgNAIAEgAksEQCMKIAJBAnRqIAAg",
  "AkEDdGooAgA2AgAgAkEBaiECDAELCwsLIANBAnQiARAMIQIgARAMIQRBACEBA0AgASADSQRAIAAgAUECdCIHIAZqKAIAQQN0aiEI",
  "IAIgB2ogCCgCADYCACAEIAdqIAgoAgQ2AgAgAUEBaiEBDAELCyAFIAM2AgQgBSADNgIIIAUgAjYCDCAFIAQ2AhAgBSADNgIYIAUL",
  "uwMDAXwCfwF+AkAgACgCBCICRQRAIAApAwgiBEIgiKciACAAQRB2c0Gt6qz/B2wiACAAQQ92c0GLzbKjeGwhAAwBCyACQQFGAnwg",
  "ACgCBCICRQRAIAApAwi5DAELIAJBAkYEQCAAKAIIIgMoAgBBAWshAgNAIAJBAE4EQCABRAAAAAAAAPBBoiACIAMoAgBJBH8gA0EE",
  "aiACQQJ0aigCAAVBAAu4oCEBIAJBAWshAgwBCwsgAZogASAAKAIMGwwBCyAAKwMICyIBnSABYXEgAUQAAAAAAADgw2ZxIAFEAAAA",
  "AAAA4ENjcQRAIAH8BiIEQiCIpyIAIABBEHZzQa3qrP8HbCIAIABBD3ZzQYvNsqN4bCEADAELRAAAAAAAAAAAIAEgAUQAAAAAAAAA",
  "AGEbvSIEQiCIpyIAIABBEHZzQa3qrP8HbCIAIABBD3ZzQYvNsqN4bCEAIASnIABBEHYgAHNzIgAgAEEQdnNBreqs/wdsIgAgAEEP",
  "dnNBi82yo3hsIgAgAEEQdnMPCyAEpyAAQRB2IABzcyIAIABBEHZzQa3qrP8HbCIAIABBD3ZzQYvNsqN4bCIAIABBEHZzC6AJAwZ/",
  "AnwCfiAAKAIEBH9BAQUgASgCBAtFBEBBf0EBIAApAwgiCiABKQMIIgtTG0EAIAogC1IbDwsgACgCBEEBRwR/IAEoAgRBAUcFQQAL",
  "BEAgASgCBEECRgR/IAEoAgxBAEcFIAEpAwhCAFMLIAAoAgRBAkYEfyAAKAIMQQBHBSAAKQMIQgBTCyICRwRAQX9BASACGw8LQQAg",
  "ABAVIAEQFRAnIgBrIAAgAhsPCyAAKAIEIgIEQCABKAIEBH9BfwJ8IAJFBEAgACkDCLkMAQsgAkECRgRAIAAoAggiAygCAEEBayEC",
  "A0AgAkEATgRAIAhEAAAAAAAA8EGiIAIgAygCAEkEfyADQQRqIAJBAnRqKAIABUEAC7igIQggAkEBayECDAELCyAImiAIIAAoAgwb",
  "DAELIAArAwgLIgkCfEQAAAAAAAAAACEIIAEoAgQiAkUEQCABKQMIuQwBCyACQQJGBEAgASgCCCIDKAIAQQFrIQIDQCACQQBOBEAg",
  "CEQAAAAAAADwQaIgAiADKAIASQR/IANBBGogAkECdGooAgAFQQALuKAhCCACQQFrIQIMAQsLIAiaIAggASgCDBsMAQsgASsDCAsi",
  "CGQgCCAJZBsFIAEpAwghCgJ8IAAoAgQiAkUEQCAAKQMIuQwBCyACQQJGBEAgACgCCCIDKAIAQQFrIQIDQCACQQBOBEAgCEQAAAAA",
  "AADwQaIgAiADKAIASQR/IANBBGogAkECdGooAgAFQQALuKAhCCACQQFrIQIMAQsLIAiaIAggACgCDBsMAQsgACsDCAshCEF/IQIC",
  "QCAIRAAAAAAAAOBDZg0AQQEhAiAIRAAAAAAAAODDYw0AQX9BASAInSIJ/AYiCyAKVRshAiAKIAtSDQBBfyAIIAmhIghEAAAAAAAA",
  "AABjIAhEAAAAAAAAAABkGyECC0EAIAJrCyECBSAAKQMIIQoCfCABKAIEIgJFBEAgASkDCLkMAQsgAkECRgRAIAEoAggiAygCAEEB",
  "ayECA0AgAkEATgRAIAhEAAAAAAAA8EGiIAIgAygCAEkEfyADQQRqIAJBAnRqKAIABUEAC7igIQggAkEBayECDAELCyAImiAIIAEo",
  "AgwbDAELIAErAwgLIQhBfyECAkAgCEQAAAAAAADgQ2YNAEEBIQIgCEQAAAAAAADgw2MNAEF/QQEgCJ0iCfwGIgsgClUbIQIgCiAL",
  "Ug0AQX8gCCAJoSIIRAAAAAAAAAAAYyAIRAAAAAAAAAAAZBshAgsLIAIEf0EABSAAKAIUBH9BAQUgASgCFAsLBEACf0ECIABBABAk",
  "RQ0AGiMEIQUjBiEDIwciBEEARyMFIwUbIQZBAiABQQAQJEUNABpBf0EBIAYbIwciB0EARyMFIwUbIAZHDQAaIAdFIARFcgRAQQAg",
  "BCAHRg0BGkEAQQFBfyAEGyIAayAAIAYbDAELIwQhAEEAIAOsIAStfCIKIwYiAawgB618IgtSBH9Bf0EBIAogC1MbBSABIANMBH8g",
  "BSADIAFrECgQHSAAECcFIAUgACABIANrECgQHRAnCwsiAGsgACAGGwsiAEECRwRAIAAPCwsgAgtAACAAIAEgACABECAiAAR/IAAo",
  "AgBBBkYFQQALBH8gABArBUEcEAwiAEEAQRz8CwAgAEEGNgIAIAALIgAQFiAACzAAIAAEfyAAKAIAQQZGBUEACwR/IAAQKwVBHBAM",
  "IgBBAEEc/AsAIABBBjYCACAACwsPACAABH8gACgCAAVBAAsLBQBBiBgLCAAgACABEBELBgAgABArCwYAIAAkAQsIACAAIAEQHwsa",
  "AQF/QRwQDCIAQQBBHPwLACAAQQc2AgAgAAszAQF/An9BACAARQ0AGiAAKAIAIgFBBkYEQCAAKAIQDAELIAFBB0YEfyAAKAIMBUEA",
  "CwsLJwEBfyAABH8gACgCACIBQQdGIAFBBkZyBH8gACgCDAVBAAsFQQALCwwAIAAgASACIAMQVwsGACAAEAgLCgAgACABIAIQFgsa",
  "AQF/QRwQDCIAQQBBHPwLACAAQQY2AgAgAAsXACAAIAEQMiIARQRAQQBBoCkQJgsgAAsGACAAEA8LBQBBgBgLWAEDfwNAIAEgA2ot",
  "AAAEQCADQQFqIQMMAQsLIANBEGoQDCIEQQQ2AgAgBCADNgIEIAQgBEEQaiIFNgIIIARBADYCDCAFIAEgA/wKAAAgACAEIAKsEA8Q",
  "FgsIACAAIAEQQAsIACMmEFQkJgsJACMmKAIAJCYLEgAjJkEEaiAAQQJ0aiABNgIACwwAIAAkJ0EAEFQkJgsQACMmQQRqIABBAnRq",
  "KAIAC3YBA38CQCAAKAIAIgJBBEYEQCAAKAIIIQMgACgCBCECQQAhAANAIAAgAkkEQCABQQFqIAEgACADai0AAEHAAXFBgAFHGyEB",
  "IABBAWohAAwBCwsMAQsgAkEGRiACQQVGciACQQdGcgRAIAAoAgQhAQsLIAGtEA8LCAAgACABEEELCAAgACABEDALMQEBfwJ/QQAg",
  "AEUNABogACgCACIBQQZGIAFBBUZyIAFBB0ZyBEAgACgCBAwBC0EACwsIACAAIAEQMQsFAEGQGAsIACAAIAEQEwsQACAAQQAgASAC",
  "IAMgBBAJCw4AIABBACABIAIgAxAKCwwAIABBACABIAIQAAsKACAAQQAgARABCwgAIABBABALC10BA38gAAR/IAAoAgBBBUcFQQEL",
  "BEAgAA8LQRwQDCIBQQBBHPwLACABQQc2AgAgACgCBCEDA0AgAiADSQRAIAEgACgCDCACQQJ0aigCABAfIAJBAWohAgwBCwsgAQsI",
  "ACAAIAEQFAsGACAAEBcLCQAgAEGAKhAmCwcAIAAoAgALtwIBBH9BACABIAAEfyAAKAIAQQZHBUEBCxsEfyABKAIAQQVHBUEBCwRA",
  "QQMPCyABKAIEIgNFBEBBAw8LA0AgAkEBaiADSQRAIAAgASgCDCACQQJ0aigCABAgIgAEfyAAKAIAQQZHBUEBCwRAQQAPCyACQQFq",
  "IQIMAQsLIAEoAgwgA0EBa0ECdGooAgAhA0EcEAwiBEEAQRz8CwAgBEEGNgIAIAAoAgQhAkEAIQEDQCABIAJJBEAgACgCAEEGTwR/",
  "IAAoAhggACgCBEcFQQALBEAgABAOCyAAKAIMIAFBAnRqKAIAIgUgAxATBEAgACgCAEEGTwR/IAAoAhggACgCBEcFQQALBEAgABAO",
  "CyAEIAUgACgCECABQQJ0aigCABAWCyABQQFqIQEMAQsLIAAgBEEc/AoAAEEACwgAIABBARA1C7QBAQR/QQAgASIDIAAEfyAAKAIA",
  "QQZHBUEBCxsEfyADKAIAQQVHBUEBCwRAQQMPCyADKAIEIgVFBEBBAw8LA0AgBEEBaiAFSQRAIAAgAygCDCAEQQJ0aigCACIGECAi",
  "AQR/IAEoAgBBBkcFQQELBEBBHBAMIgFBAEEc/AsAIAFBBjYCACAAIAYgARAWCyABIQAgBEEBaiEEDAELCyAAIAMoAgwgBUEBa0EC",
  "dGooAgAgAhAWQQALBgAgABAMCwgAIABBABA1CwYAIAAkAAsOACMARQRAEAIkAAsjAAsCAAsJACAAIAE2AgALCQAgACABNgIMCwkA",
  "IAAgATYCBAsHACAAKAIIC0cBAX8gBSQAIAQEQCADIAQQTiIHRQRAQQBBwCgQJgsLEFMiACAHNgIAIAAgAjYCBCAAIAE2AgwgABAD",
  "IAAoAgggBkEBRhA1CwgAIAAQA0EACwQAEAYLBAAQBwsJACAAQQBHJAILBAAjAQtYAAJAAkACQAJAAkACQAJAAkAgACgCAEEBaw4H",
  "AAECAwQFBgcLQaAmEB4PC0HALBAeDwtB8CwQHg8LQZAtEB4PC0GwLRAeDwtB0C0QHg8LQfAtEB4PC0EACxEAQYgYQZAYIAAoAgBB",
  "BEYbCxEAQYgYQZAYIAAoAgBBB0YbCxEAQYgYQZAYIAAoAgBBBkYbCxEAQYgYQZAYIAAoAgBBA0YbCxEAQYgYQZAYIAAoAgBBAUYb",
  "CxEAQYgYQZAYIAAoAgBBAkYbCxEAQYgYQZAYIAAoAgBBBUYbC+8EAwJ8An8BfiAAIAFBoDRBgDUQKQRAQQAPCyAAKAIEQQFHBH9B",
  "AQUgACsDCCIDnSADYSADIAOhRAAAAAAAAAAAYXELBH8gASgCBEEBRwR/QQEFIAErAwgiA50gA2EgAyADoUQAAAAAAAAAAGFxCwVB",
  "AAtFBEAjAgRAQeA1QYAqQQBBABAQC0EADwsgASgCBEECRgR/QQAFIAEoAgQEfyABKwMIRAAAAAAAAAAAYQUgASkDCFALCwRAIwIE",
  "QEHANkGAKkEAQQAQEAtBAA8LAn8gACgCBAR/QQEFIAEoAgQLRQRAIAEpAwgiBkJ/UQRAQgAQDwwCCyAAKQMIIAaBEA8MAQsgACgC",
  "BEEBRwR/IAEoAgRBAUcFQQALBEAgABAVIAEQFRAuGiMDIgEoAgAEfyABIAAoAgRBAkYEfyAAKAIMQQBHBSAAKQMIQgBTCxAbBUIA",
  "EA8LDAELAnwgACgCBCIERQRAIAApAwi5DAELIARBAkYEQCAAKAIIIgUoAgBBAWshBANAIARBAE4EQCACRAAAAAAAAPBBoiAEIAUo",
  "AgBJBH8gBUEEaiAEQQJ0aigCAAVBAAu4oCECIARBAWshBAwBCwsgApogAiAAKAIMGwwBCyAAKwMICyICIAICfEQAAAAAAAAAACEC",
  "IAEoAgQiAEUEQCABKQMIuQwBCyAAQQJGBEAgASgCCCIEKAIAQQFrIQADQCAAQQBOBEAgAkQAAAAAAADwQaIgACAEKAIASQR/IARB",
  "BGogAEECdGooAgAFQQALuKAhAiAAQQFrIQAMAQsLIAKaIAIgASgCDBsMAQsgASsDCAsiAqOdIAKioRAYCwsaACAAIAFB4CpB0CsQ",
  "KQRAQQAPCyAAIAEQSAsPAEGIGEGQGCAAIAEQExsLGgAgACABQeAwQcAxECkEQEEADwsgACABEEkLsgUDBX8BfAN+IAAoAgBBA0YE",
  "fyABKAIAQQNGBUEACwRAAn8gACgCBAR/QQEFIAEoAgQLRQRAIAApAwgiCCABKQMIIgp9IQkgCCAKhSAIIAmFg0IAWQRAIAkQDwwC",
  "CwsgACgCBEEBRwR/IAEoAgRBAUcFQQALBEAgABAVIAAoAgRBAkYEfyAAKAIMQQBHBSAAKQMIQgBTCyABEBUgASgCBEECRgR/IAEo",
  "AgxBAEcFIAEpAwhCAFMLRRBLDAELIAAgAUEBEEoiAgR/IAIFAnwgACgCBCICRQRAIAApAwi5DAELIAJBAkYEQCAAKAIIIgMoAgBB",
  "AWshAgNAIAJBAE4EQCAHRAAAAAAAAPBBoiACIAMoAgBJBH8gA0EEaiACQQJ0aigCAAVBAAu4oCEHIAJBAWshAgwBCwsgB5ogByAA",
  "KAIMGwwBCyAAKwMICwJ8RAAAAAAAAAAAIQcgASgCBCIARQRAIAEpAwi5DAELIABBAkYEQCABKAIIIgIoAgBBAWshAANAIABBAE4E",
  "QCAHRAAAAAAAAPBBoiAAIAIoAgBJBH8gAkEEaiAAQQJ0aigCAAVBAAu4oCEHIABBAWshAAwBCwsgB5ogByABKAIMGwwBCyABKwMI",
  "C6EQGAsLDwsgACgCAEEHRgR/IAEoAgBBB0YFQQALBEBBHBAMIgVBAEEc/AsAIAVBBzYCACAAKAIEIQYDQCACIAZJBEAgACgCAEEG",
  "TwR/IAAoAhggACgCBEcFQQALBEAgABAOC0F/IAEgACgCDCACQQJ0aigCACIDEBoiBCAEQQBIG0EASARAIAUgAxAfCyACQQFqIQIM",
  "AQsLIAUPCyAAKAIAQQNGBH9BAQUgACgCAEEHRgtFBEBBkC4gABANQQAPCyABKAIAQQNGBEBBkC8gARANQQAPC0HwLyABEA1BAAsS",
  "AEGIGEGQGCAAIAEQE0EATBsLEgBBiBhBkBggACABEBNBAEgbC2UBAX8gAigCACIDQQZGIANBBUZyBEBBkBhBiBggAiAAEDEiAAR/",
  "IAAgARATBUEBCxsPCyADQQdGBEBBiBhBkBggACABEBMEf0EABUF/IAIgABAaIgAgAEEASBtBAE4LGw8LQZAYC9EBAQJ/IAEoAgAi",
  "A0EHRgRAQYgYQZAYQX8gASAAEBoiACAAQQBIG0EAThsPCyADQQVGBEAgASgCBCEDA0AgAiADSQRAIAEoAgwgAkECdGooAgAgABAT",
  "RQRAQYgYDwsgAkEBaiECDAELC0GQGA8LIANBBkYEQCABKAIEIQMDQCACIANJBEAgASgCAEEGTwR/IAEoAhggASgCBEcFQQALBEAg",
  "ARAOCyABKAIQIAJBAnRqKAIAIAAQE0UEQEGIGA8LIAJBAWohAgwBCwtBkBgPC0GQGAsSAEGIGEGQGCAAIAEQE0EAThsLEgBBiBhB",
  "kBggACABEBNBAEobC8MEAwJ/AXwCfiAAIAFBoDJBgDMQKQRAQQAPCyABKAIEQQJGBH9BAAUgASgCBAR/IAErAwhEAAAAAAAAAABh",
  "BSABKQMIUAsLBEAjAgRAQeAzQYAqQQBBABAQC0EADwsCfyAAKAIEBH9BAQUgASgCBAtFBEAgASkDCCIFQn9RIAApAwgiBkKAgICA",
  "gICAgIB/UXEEfkIBBSAGIAWBC1AEQCAGIAV/EA8MAgsLIAAoAgRBAUcEfyABKAIEQQFHBUEACwR/IAAoAgRBAkYEf0EBBSABKAIE",
  "QQJGCwVBAAsEQCAAEBUgARAVEC4hAiMDKAIARQRAIAAoAgRBAkYEfyAAKAIMQQBHBSAAKQMIQgBTCyEAIAIgASgCBEECRgR/IAEo",
  "AgxBAEcFIAEpAwhCAFMLIABHEBsMAgsLAnwgACgCBCICRQRAIAApAwi5DAELIAJBAkYEQCAAKAIIIgMoAgBBAWshAgNAIAJBAE4E",
  "QCAERAAAAAAAAPBBoiACIAMoAgBJBH8gA0EEaiACQQJ0aigCAAVBAAu4oCEEIAJBAWshAgwBCwsgBJogBCAAKAIMGwwBCyAAKwMI",
  "CwJ8RAAAAAAAAAAAIQQgASgCBCIARQRAIAEpAwi5DAELIABBAkYEQCABKAIIIgIoAgBBAWshAANAIABBAE4EQCAERAAAAAAAAPBB",
  "oiAAIAIoAgBJBH8gAkEEaiAAQQJ0aigCAAVBAAu4oCEEIABBAWshAAwBCwsgBJogBCABKAIMGwwBCyABKwMIC6MQGAsLiQMBAn8g",
  "AQR/IAAtAABBLUYFQQALQQBHIgMgAU8EQEEADwsgACADai0AAEEwRgR/IANBAWoFIAMhAgNAIAEgAksEfyAAIAJqLQAAQTBPBUEA",
  "CwR/IAAgAmotAABBOU0FQQALBEAgAkEBaiECDAELCyACIANGBEBBAA8LIAILIgMgAUkEfyAAIANqLQAAQS5GBUEACwRAIANBAWoh",
  "AgNAIAEgAksEfyAAIAJqLQAAQTBPBUEACwR/IAAgAmotAABBOU0FQQALBEAgAkEBaiECDAELCyACIANBAWpGBEBBAA8LIAIhAwsg",
  "ASADSwR/IAAgA2otAABBIHJB5QBGBUEACwR/IAAhAiADQQFqIgMgAUkEfyAAIANqLQAAQStGBH9BAQUgACADai0AAEEtRgsFQQAL",
  "BEAgA0EBaiEDCyADIQADQCAAIAFJBH8gACACai0AAEEwTwVBAAsEfyAAIAJqLQAAQTlNBUEACwRAIABBAWohAAwBCwsgACADRgRA",
  "QQAPCyAABSADCyABRguNBQICfwF8IAAoAgAiAkEBRgRAQgAQDw8LIAJBAkYEQCAAKAIEQQBHrRAPDwsgAkEDRgRAIAAPCyACQQRG",
  "BEAgACgCCCAAKAIEEDIiAgRAIAIoAgRBAUcEf0EBBSAAKAIIIAAoAgQQwQELBH8gAgUCfCACKAIEIgBFBEAgAikDCLkMAQsgAEEC",
  "RgRAIAIoAggiASgCAEEBayEAA0AgAEEATgRAIANEAAAAAAAA8EGiIAAgASgCAEkEfyABQQRqIABBAnRqKAIABUEAC7igIQMgAEEB",
  "ayEADAELCyADmiADIAIoAgwbDAELIAIrAwgLEBgLDwsgACgCCCECAn8gACgCBCIABH8gAi0AAEErRgR/QQEFIAItAABBLUYLBUEA",
  "CwRAIAJBAWohAiAAQQFrIQALQQBB/DYoAgBBAXYgAEcNABoDQCAAIAFLBEBBACABQfw2KAIAQQF2TwR/QX8FIAFBAXRBgDdqLwEA",
  "C0H/AXEgASACai0AAEEgckcNAhogAUEBaiEBDAELC0EBCwR/QQEFAn9BACEBQQAgAEGcNygCAEEBdkcNABoDQCAAIAFLBEBBACAB",
  "QZw3KAIAQQF2TwR/QX8FIAFBAXRBoDdqLwEAC0H/AXEgASACai0AAEEgckcNAhogAUEBaiEBDAELC0EBCwsEf0EBBQJ/QQAhAUEA",
  "IABBvDcoAgBBAXZHDQAaA0AgACABSwRAQQAgAUG8NygCAEEBdk8Ef0F/BSABQQF0QcA3ai8BAAtB/wFxIAEgAmotAABBIHJHDQIa",
  "IAFBAWohAQwBCwtBAQsLBEAjAgRAQfA3QYAqQQBBABAQC0EADwsjAgRAQZA5QYAqQQBBABAQC0EADwtBgDogABANQQALgwMCBH8C",
  "fiAAIQICfyAAKAIAIgNBBUYEfyAAKAIEBUEACwRAIAAoAgwoAgAiAigCAEEDRwRAQbCTASACEA1BAQwCCyAAKAIEQQFLBEAgACgC",
  "DCgCBCIEKAIAQQRHBEBBoJQBIAQQDUEBDAMLIAQoAgghA0ECIAQoAgQiBEUiBQR/IAUFIARBA0YEfyADLQAAQdUARgVBAAsEfyAD",
  "LQABQdQARgVBAAsEfyADLQACQcMARgVBAAsLRQ0CGgsFIANBA0cEQEGQlQEgABANQQEMAgsLIAIoAgQEQCMCBEBB0JYBQYAqQQBB",
  "ABAQC0EBDAELIAIpAwgkIUEACyICQQFGBEBBAA8LIAJBAkYEQCABQQAgABABDwsjISIGQoCU69wDfyIHQgF9IAcgBkIAUwR/IAZC",
  "gJTr3AOBQgBSBUEACxsiBkKAowV/IgdCAX0gByAGQgBTBH8gBkKAowWBQgBSBUEACxsQWkEDEBciACMeEA8QFCAAIx8QDxAUIAAj",
  "IBAPEBQgAAvFCQIFfwl+IAAoAgBBBEcEQEHAjwEgABANQQAPCyAAKAIIIQICQCAAKAIEIgNBFEkNACACLQAKIQRBACEAAn4DQCAA",
  "QQRJBEBCfyAAIAJqLQAAIgVBMEkgBUE5S3INAhogBUEwa0H/AXGtIAdCCn58IQcgAEEBaiEADAELCyAHCyIMQgBTQQAhAAJ+A0Ag",
  "AEECSQRAQn8gAkEFaiAAai0AACIFQTBJIAVBOUtyDQIaIAVBMGtB/wFxrSAIQgp+fCEIIABBAWohAAwBCwsgCAsiC0IAV3IgC0IM",
  "VXJBACEAAn4DQCAAQQJJBEBCfyACQQhqIABqLQAAIgVBMEkgBUE5S3INAhogBUEwa0H/AXGtIAZCCn58IQYgAEEBaiEADAELCyAG",
  "CyINQgBXciANQh9VckIAIQZBACEAAn4DQCAAQQJJBEBCfyACQQtqIABqLQAAIgVBMEkgBUE5S3INAhogBUEwa0H/AXGtIAZCCn58",
  "IQYgAEEBaiEADAELCyAGCyIIQgBTciAIQhdVckIAIQZBACEAAn4DQCAAQQJJBEBCfyACQQ5qIABqLQAAIgVBMEkgBUE5S3INAhog",
  "BUEwa0H/AXGtIAZCCn58IQYgAEEBaiEADAELCyAGCyIJQgBTciAJQjtVckIAIQZBACEAAn4DQCAAQQJJBEBCfyACQRFqIABqLQAA",
  "IgVBMEkgBUE5S3INAhogBUEwa0H/AXGtIAZCCn58IQYgAEEBaiEADAELCyAGCyIKQgBTciAKQjxVcgR/QQEFIAItAARBLUcLBH9B",
  "AQUgAi0AB0EtRwsEf0EBBSAEQfQARyAEQdQAR3ELBH9BAQUgAi0ADUE6RwsEf0EBBSACLQAQQTpHCw0AQgAhBkETIQAgA0ETSwR/",
  "IAItABNBLkYFQQALBEBCgMLXLyEHQRQhAANAIAAgA0kEfyAAIAJqLQAAQTBPBUEACwR/IAAgAmotAABBOU0FQQALBEAgBiAAIAJq",
  "MQAAQjB9IAd+fCEGIAdCCn8hByAAQQFqIQAMAQsLIABBFEYNAQtCACEHIAAgA08NACADIAAgAmotAAAiBEH6AEYgBEHaAEZyBH8g",
  "AEEBagUgBEEtRiAEQStGckUNASAAQQZqIANLBH9BAQUgACACai0AA0E6RwsNASAAQQFqIQMCfgNAIAFBAkkEQEJ/IAIgA2ogAWot",
  "AAAiBUEwSSAFQTlLcg0CGiAFQTBrQf8Bca0gB0IKfnwhByABQQFqIQEMAQsLIAcLIQ4gAEEEaiEDQgAhB0EAIQEgDgJ+A0AgAUEC",
  "SQRAQn8gAiADaiABai0AACIFQTBJIAVBOUtyDQIaIAVBMGtB/wFxrSAHQgp+fCEHIAFBAWohAQwBCwsgBwsiB4RCAFMNASAOQpAc",
  "fiAHQjx+fEJ/QgEgBEEtRht+IQcgAEEGagtHDQAgDCALQgJXrX0iDCAMQo8DfSAMQgBZG0KQA38hDiAKIAtCfUIJIAtCAlUbfEKZ",
  "AX5CAnxCBX8gDXwgDCAOQpADfn0iCkLtAn4gCkIEf3wgCkLkAH99fCAOQrH1CH58Qu30K31CgKMFfiAIQpAcfnwgCUI8fnx8IAd9",
  "IAZBsJIBEFkPCyMCBEBB0JABQYAqQQBBABAQC0EAC/kDAQZ+IAAoAgBBA0cEQEGglwEgABANQQAPCyAAKAIEBEAjAgRAQfCYAUGA",
  "KkEAQQAQEAtBAA8LIAEoAgBBA0cEQEHQmQEgARANQQAPCyABKAIEBEAjAgRAQdCaAUGAKkEAQQAQEAtBAA8LIAIoAgBBA0cEQEGA",
  "nAEgAhANQQAPCyACKAIEBEAjAgRAQYCdAUGAKkEAQQAQEAtBAA8LIAMoAgBBA0cEQEGwngEgAxANQQAPCyADKAIEBEAjAgRAQbCf",
  "AUGAKkEAQQAQEAtBAA8LIAApAwgiBEKAlOvcA38iBUIBfSAFIARCAFMEfyAEQoCU69wDgUIAUgVBAAsbIgZCgKMFfyIFQgF9IAUg",
  "BkIAUwR/IAZCgKMFgUIAUgVBAAsbIgcQWiACKQMIIx9CAX18IgVCDH8hCCAFIAhCAX0gCCAFQgBTBH8gBUIMgUIAUgVBAAsiABtC",
  "DH59QgF8IQUjHiABKQMIfCAIQgF9IAggABt8IAVCAletfSIIIAhCjwN9IAhCAFkbQpADfyEJIAYgB0KAowV+fSADKQMIIyAgCCAJ",
  "QpADfn0iB0LtAn4gB0IEf3wgB0LkAH99IAVCfUIJIAVCAlUbfEKZAX5CAnxCBX98IAlCsfUIfnx8Qu30K318QoCjBX58IAQgBkKA",
  "lOvcA359QeCgARBZCwoAIABBASABEF0LCgAgAEEAIAEQXQugAQEEfyAAKAIAQQRHBEBBgPcAIAAQDUEADwsgASgCAEEERwRAQfD3",
  "ACABEA1BAA8LIAEoAgQiAiAAKAIEIgRNBH8gACgCCCAEaiACayEFIAEoAgghBAJ/A0AgAiADSwRAQQAgAyAFai0AACADIARqLQAA",
  "Rw0CGiADQQFqIQMMAQsLQQELBUEACwRAIAAoAgggACgCBCABKAIEaxARDwsgAAuuAwEHfyAAKAIAQQRHBEBB4PgAIAAQDUEADwsg",
  "ACgCCCEDIAAoAgQhAANAIAAgAksEfyADIAIQGSIBQYDgAEYgAUGowABGIQUgAUGFAUYhBiABQSBGBH9BAQUgAUENTSABQQlPcQsg",
  "BnIgAUGgAUZyIAFBgC1GcgR/QQEFIAFBisAATSABQYDAAE9xCyAFciABQanAAEZyIAFBr8AARnIgAUHfwABGcnIFQQALBEACf0EB",
  "IAIgA2otAAAiAUGAAUkNABpBAiABQeABSQ0AGkEDIAFB8AFJDQAaQQQLIAJqIQIMAQsLA0AgACACSwRAAkAgAEEBayEBA0AgASAC",
  "SwR/IAEgA2otAABBwAFxQYABRgVBAAsEQCABQQFrIQEMAQsLIAMgARAZIgRBgOAARiAEQajAAEYhBiAEQYUBRiEHIARBIEYEf0EB",
  "BSAEQQ1NIARBCU9xCyAHciAEQaABRnIgBEGALUZyBH9BAQUgBEGKwABNIARBgMAAT3ELIAZyIARBqcAARnIgBEGvwABGciAEQd/A",
  "AEZyckUNACABIQAMAgsLCyACIANqIAAgAmsQEQtGAQF/IAAoAgBBBEcEQEHA8wAgABANQQAPCyABKAIAQQRHBEBBsPQAIAEQDUEA",
  "DwsgACgCCCICIAJBACAAKAIEIAEQXBARC50BAQR/IAAoAgBBBEcEQEGg9QAgABANQQAPCyABKAIAQQRHBEBBkPYAIAEQDUEADwsg",
  "ASgCBCIDIAAoAgRNBH8gACgCCCEEIAEoAgghBQJ/A0AgAiADSQRAQQAgAiAEai0AACACIAVqLQAARw0CGiACQQFqIQIMAQsLQQEL",
  "BUEACwRAIAEoAgQiASAAKAIIaiAAKAIEIAFrEBEPCyAAC04BAX8gACgCAEEERwRAQeDxACAAEA1BAA8LIAEoAgBBBEcEQEHQ8gAg",
  "ARANQQAPCyAAKAIIIgIgAiAAKAIEIgAgARBbIgFqIAAgAWsQEQtWAQJ/IAAoAgBBBEcEQEGA8AAgABANQQAPCyABKAIAQQRHBEBB",
  "8PAAIAEQDUEADwsgACgCCCICIAAoAgQiAyABEFsiACACaiACIAAgAyABEFwgAGsQEQu9BgMCfAR/A34gACgCAEEERwRAQeD+ACAA",
  "EA1BAA8LIAEoAgBBA0cEQEHQ/wAgARANQQAPCyABKAIEQQFHBH9BAQUgASsDCCIEnSAEYSAEIAShRAAAAAAAAAAAYXELRQRAIwIE",
  "QEHAgAFBgCpBAEEAEBALQQAPCyACKAIAQQNHBEBB8IEBIAIQDUEADwsgAigCBEEBRwR/QQEFIAIrAwgiBJ0gBGEgBCAEoUQAAAAA",
  "AAAAAGFxC0UEQCMCBEBB4IIBQYAqQQBBABAQC0EADwsCfCACKAIEIgVFBEAgAikDCLkMAQsgBUECRgRAIAIoAggiCCgCAEEBayEF",
  "A0AgBUEATgRAIANEAAAAAAAA8EGiIAUgCCgCAEkEfyAIQQRqIAVBAnRqKAIABUEAC7igIQMgBUEBayEFDAELCyADmiADIAIoAgwb",
  "DAELIAIrAwgL/AYhCgJ8RAAAAAAAAAAAIQMgASgCBCICRQRAIAEpAwi5DAELIAJBAkYEQCABKAIIIgUoAgBBAWshAgNAIAJBAE4E",
  "QCADRAAAAAAAAPBBoiACIAUoAgBJBH8gBUEEaiACQQJ0aigCAAVBAAu4oCEDIAJBAWshAgwBCwsgA5ogAyABKAIMGwwBCyABKwMI",
  "C/wGIglCAFMEQCMCBEBBkIQBQYAqQQBBABAQC0EADwsgACgCCCEBIAAoAgQhAEEAIQIDQCAAIAJLBEAgBkEBaiAGIAEgAmotAABB",
  "wAFxQYABRxshBiACQQFqIQIMAQsLIAatIgsgCVcEQCABQQAQEQ8LIAmnIQVBACECA0AgBSAHSyAAIAJLcQRAAn9BASABIAJqLQAA",
  "IgZBgAFJDQAaQQIgBkHgAUkNABpBAyAGQfABSQ0AGkEECyACaiECIAdBAWohBwwBCwsgAiAAIAAgAksbIQUgCkIAUyAJIAp8IAtZ",
  "cgRAIAEgBWogACAFaxARDwsgCSAKfKchB0EAIQJBACEGA0AgBiAHSSAAIAJLcQRAAn9BASABIAJqLQAAIghBgAFJDQAaQQIgCEHg",
  "AUkNABpBAyAIQfABSQ0AGkEECyACaiECIAZBAWohBgwBCwsgASAFaiACIAAgACACSxsgBWsQEQuLAQECfyAAKAIAQQRHBEBBgOkA",
  "IAAQDUEADwsgASgCAEEERwRAQfDpACABEA1BAA8LQYgYQZAYIAEoAgQiAiAAKAIETQR/IAAoAgghAyABKAIIIQFBACEAAn8DQCAA",
  "IAJJBEBBACAAIANqLQAAIAAgAWotAABHDQIaIABBAWohAAwBCwtBAQsFQQALGwvnAgEIfyAAKAIAQQRHBEBBoO4AIAAQDUEADwsg",
  "ASgCAEEERwRAQZDvACABEA1BAA8LQQAQFyEDIAAoAgghBSAAKAIEIQYgASgCBCIJRQRAQQAhAANAIAAgBkkEQAJ/QQEgACAFaiIB",
  "LQAAIgJBgAFJDQAaQQIgAkHgAUkNABpBAyACQfABSQ0AGkEECyECIAMgASACEBEQFCAAIAJqIQAMAQsLIAMPC0EAIQADQCABKAII",
  "IQcgACECAkAgCUUNACAGIAlJBEBBfyECDAELA0AgAiAJaiAGTQRAIAIgBWoiCC0AACAHLQAARgR/QQAhBAJ/A0AgBCAJSQRAQQAg",
  "BCAIai0AACAEIAdqLQAARw0CGiAEQQFqIQQMAQsLQQELBUEACw0CIAJBAWohAgwBCwtBfyECCyACQQBOBEAgAyAAIAVqIAIgAGsQ",
  "ERAUIAIgCWohAAwBCwsgAyAAIAVqIAYgAGsQERAUIAML0QcBCn8gACgCAEEERwRAQdD5ACAAEA1BAA8LIAEoAgBBBEcEQEHA+gAg",
  "ARANQQAPCyACKAIAQQRHBEBBsPsAIAIQDUEADwsgACgCCCEHIAAoAgQhBiABKAIEIghFBEBBACEBQQAhAANAIAAgBkkEQCABQQFq",
  "IAEgACAHai0AAEHAAXFBgAFHGyEBIABBAWohAAwBCwsgBiACKAIEIgMgAUEBamxqIgQQDCIFIQBBACEBA0AgACACKAIIIAP8CgAA",
  "IAEgBkkEQCAAIANqIQACf0EBIAEgB2oiCC0AACIJQYABSQ0AGkECIAlB4AFJDQAaQQMgCUHwAUkNABpBBAshCSAAIAggCfwKAAAg",
  "ACAJaiEAIAEgCWohAQwBCwsgBSAEEBEPCyABKAIIIQkCQCAIRQ0AIAYgCEkEQEF/IQMMAQsDQCADIAhqIAZNBEAgAyAHaiIKLQAA",
  "IAktAABGBH9BACEEAn8DQCAEIAhJBEBBACAEIApqLQAAIAQgCWotAABHDQIaIARBAWohBAwBCwtBAQsFQQALDQIgA0EBaiEDDAEL",
  "C0F/IQMLA0AgA0EATgRAIAVBAWohBSABKAIIIQkgAyAIaiEDAkAgCEUNACAGIAhJBEBBfyEDDAELA0AgAyAIaiAGTQRAIAMgB2oi",
  "Ci0AACAJLQAARgR/QQAhBAJ/A0AgBCAISQRAQQAgBCAKai0AACAEIAlqLQAARw0CGiAEQQFqIQQMAQsLQQELBUEACw0CIANBAWoh",
  "AwwBCwtBfyEDCwwBCwsgBUUEQCAADwsgBiAFIAhsayAFIAIoAgRsaiIJEAwiCiEAQQAhBSABKAIIIQtBACEDAkAgCEUNACAGIAhJ",
  "BEBBfyEDDAELA0AgAyAIaiAGTQRAIAMgB2oiDC0AACALLQAARgR/QQAhBAJ/A0AgBCAISQRAQQAgBCAMai0AACAEIAtqLQAARw0C",
  "GiAEQQFqIQQMAQsLQQELBUEACw0CIANBAWohAwwBCwtBfyEDCwNAIANBAE4EQCAAIAUgB2ogAyAFayIE/AoAACAAIARqIgAgAigC",
  "CCACKAIE/AoAACAAIAIoAgRqIQAgASgCCCELIAMgCGoiBSEDAkAgCEUNACAGIAhJBEBBfyEDDAELA0AgAyAIaiAGTQRAIAMgB2oi",
  "DC0AACALLQAARgR/QQAhBAJ/A0AgBCAISQRAQQAgBCAMai0AACAEIAtqLQAARw0CGiAEQQFqIQQMAQsLQQELBUEACw0CIANBAWoh",
  "AwwBCwtBfyEDCwwBCwsgACAFIAdqIAYgBWv8CgAAIAogCRARC68CAQd/IAAoAgBBBEcEQEGg/AAgABANQQAPCyABKAIAQQRHBEBB",
  "kP0AIAEQDUEADwsgASgCBEUEQCMCBEBBgP4AQYAqQQBBABAQC0EADwsCfyAAKAIIIQcgACgCBCEFIAEoAgghBkEAIAEoAgQiA0UN",
  "ABpBfyADIAVLDQAaA0AgAiADaiAFTQRAIAIgAiAHaiIILQAAIAYtAABGBH9BACEBAn8DQCABIANJBEBBACABIAhqLQAAIAEgBmot",
  "AABHDQIaIAFBAWohAQwBCwtBAQsFQQALDQIaIAJBAWohAgwBCwtBfwsiAUEASARAQn8QDw8LIAAoAgghAkEAIQADQCAAIAFJBEAg",
  "BEEBaiAEIAAgAmotAABBwAFxQYABRxshBCAAQQFqIQAMAQsLIAStEA8LqAQDBX8CfgF8IAAgAUHghAFB0IUBECkEQEEADwsgASgC",
  "BAR+QgAFIAEpAwgLIgdCCFIgB0ICUnEgB0IKUnEgB0IQUnEEQCMCBEBBwIYBQYAqQQBBABAQC0EADwsgACgCBCIBQQAgAUEBRxsE",
  "QCAHpyABQQJGBH8gACgCDEEARwUgACkDCEIAUwshBCAAEBUhAq0QIiEFIAIoAgBBBXRBIWoiARAMIQMgASEAA0AgAiAFEC4hAiAD",
  "IABBAWsiAGojAyIGKAIABH8gBigCBAVBAAsiBkGsGCgCAEEBdk8Ef0F/BSAGQQF0QbAYai8BAAs6AAAgAigCAA0ACyAEBEAgAyAA",
  "QQFrIgBqQS06AAALIAAgA2ogASAAaxARDwsgACgCBCIBBH4CfCABRQRAIAApAwi5DAELIAFBAkYEQCAAKAIIIgIoAgBBAWshAQNA",
  "IAFBAE4EQCAJRAAAAAAAAPBBoiABIAIoAgBJBH8gAkEEaiABQQJ0aigCAAVBAAu4oCEJIAFBAWshAQwBCwsgCZogCSAAKAIMGwwB",
  "CyAAKwMIC538BgUgACkDCAsiCEIAUyEBQgAgCH0gCCABGyEIQcIAEAwhAkHCACEAA0AgAiAAQQFrIgBqIAggB4KnIgNBrBgoAgBB",
  "AXZPBH9BfwUgA0EBdEGwGGovAQALOgAAIAggB4AiCEIAUg0ACyABBEAgAiAAQQFrIgBqQS06AAALIAAgAmpBwgAgAGsQEQuTAQEC",
  "fyAAKAIAQQRHBEBB4OoAIAAQDUEADwsgASgCAEEERwRAQdDrACABEA1BAA8LQYgYQZAYIAEoAgQiAiAAKAIEIgNNBH8gACgCCCAD",
  "aiACayEDIAEoAgghAUEAIQACfwNAIAAgAkkEQEEAIAAgA2otAAAgACABai0AAEcNAhogAEEBaiEADAELC0EBCwVBAAsbC9YBAQV/",
  "IAAoAgBBBEcEQEGg5wAgABANQQAPCyABKAIAQQRHBEBBkOgAIAEQDUEADwsgACgCCCEFIAAoAgQhAyABKAIIIQRBACEAAkAgASgC",
  "BCICRQ0AIAIgA0sEQEF/IQAMAQsDQCAAIAJqIANNBEAgACAFaiIGLQAAIAQtAABGBH9BACEBAn8DQCABIAJJBEBBACABIAZqLQAA",
  "IAEgBGotAABHDQIaIAFBAWohAQwBCwtBAQsFQQALDQIgAEEBaiEADAELC0F/IQALQYgYQZAYIABBAE4bC8sCAQZ/IAAoAgBBBEcE",
  "QEHw4gAgABANQQAPCyABKAIAQQVGBH9BAQUgASgCAEEHRgtFBEBB4OMAIAEQDUEADwsgASgCBCIFBH8gACgCBCAFQQFrbAVBAAsh",
  "BgNAIAIgBUkEQCABKAIAQQZPBH8gASgCGCABKAIERwVBAAsEQCABEA4LIAEoAgwgAkECdGooAgAiAygCAEEERwRAQeDkAEGA5gAg",
  "ASADEDcaQQAPCyAGIAMoAgRqIQYgAkEBaiECDAELCyAGEAwiBCECA0AgBSAHSwRAIAcEQCACIAAoAgggACgCBPwKAAAgAiAAKAIE",
  "aiECCyABKAIAQQZPBH8gASgCGCABKAIERwVBAAsEQCABEA4LIAIgASgCDCAHQQJ0aigCACIDKAIIIAMoAgT8CgAAIAIgAygCBGoh",
  "AiAHQQFqIQcMAQsLIAQgBhARC/0EAQR/IAEoAgAiA0EERgR/IABB/wFxIgRB9gBGIARB8wBGcgVBAAsEQCACBEAgAiABKAIIIAEo",
  "AgT8CgAACyABKAIEDwsgAEH/AXFB8QBGIANBBEZxBEAgASgCCCEFIAEoAgQhBEECIQBBACEBAkADQCABIARJBEBBfyEDIAEgBWot",
  "AAAiBkEgSSAGQf4AS3INAiAAQQJBASAGQdwARiAGQSJGchtqIQAgAUEBaiEBDAELCyAAIQMgAkUNACACQQFqIQAgAkEiOgAAQQAh",
  "AgNAIAIgBEkEQCACIAVqLQAAIgZB3ABGIAZBIkZyBH8gAEHcADoAACAAQQFqBSAACyIBQQFqIQAgASAGOgAAIAJBAWohAgwBCwsg",
  "AEEiOgAACyADDwsgA0EDRgR/IAEoAgRBAUcFQQALBH8gAEH/AXEiBEH2AEYgBEHkAEZyBH9BAQUgAEH/AXFB8wBGBH8gASgCBAVB",
  "AAsLBUEACwRAIAEgASgCBEECRgR/IAEoAggoAgBBCmxBBGoFQcAACxAMIgAQRyEBIAIEQCACIAAgAfwKAAALIAEPCyAAQf8BcUH2",
  "AEYgA0ECRnEEQCABKAIEQQBHIQEgAgRAQeAlQYAmIAEbIQNBACEAA0AgA0EUaygCEEEBdiIEIABKBEAgACACaiAAIARPBH9BfwUg",
  "AyAAQQF0ai8BAAs6AAAgAEEBaiEADAELCwtBBEEFIAEbDwsgA0EGRiADQQVGciADQQdGciAAQf8BcUH2AEZxBEBBACQSQQAkE0EA",
  "JBRBwAAQJSABQQFBARAhIxIjExARIQBBACQSIAIEQCACIAAoAgggACgCBPwKAAALIAAoAgQPC0F/C10BAX8gACgCAEEERgR/IAEo",
  "AgBBBUYFQQALBEAgACgCCCAAKAIEIAFBABBfIgNBAE4EQCADEAwhAiAAKAIIIAAoAgQgASACEF8aIAIgAxARDwsLIAJBACAAIAEQ",
  "AAtYAQJ/IAAoAgBBBkYEQCAAKAIEIQQDQCADIARJBEAgACADEDAoAgBBBEcEQCMCBEBBwIcBQYAqQQBBABAQC0EADwsgA0EBaiED",
  "DAELCwsgAkEAIAAgARAAC88BAgJ/AXwgACgCAEEDRgR/IAAoAgQiAUEBRgR/RAAAAAAAAOA/AnwgAUUEQCAAKQMIuQwBCyABQQJG",
  "BEAgACgCCCICKAIAQQFrIQEDQCABQQBOBEAgA0QAAAAAAADwQaIgASACKAIASQR/IAJBBGogAUECdGooAgAFQQALuKAhAyABQQFr",
  "IQEMAQsLIAOaIAMgACgCDBsMAQsgACsDCAsiA6GcmiADRAAAAAAAAOA/oJwgA0QAAAAAAAAAAGMbEBgFIAALBUGQPCAAEA1BAAsL",
  "vwEBAn4gACgCAEEDRwRAQeA+IAAQDUEADwsgASgCAEEDRwRAQeA/IAEQDUEADwsgACgCBARAIwIEQEHgwABBgCpBAEEAEBALQQAP",
  "CyABKAIEBEAjAgRAQZDCAEGAKkEAQQAQEAtBAA8LIAApAwghAiABKQMIIQNBABAXIQAgAiADVwRAA0AgAiADVwRAIAAgAhAPEBQg",
  "AkIBfCECDAELCwUDQCACIANZBEAgACACEA8QFCACQgF9IQIMAQsLCyAAC6sBAgJ/AXwgACgCAEEDRgR/IAAoAgRBAUcEfyAABQJ8",
  "IAAoAgQiAUUEQCAAKQMIuQwBCyABQQJGBEAgACgCCCICKAIAQQFrIQEDQCABQQBOBEAgA0QAAAAAAADwQaIgASACKAIASQR/IAJB",
  "BGogAUECdGooAgAFQQALuKAhAyABQQFrIQEMAQsLIAOaIAMgACgCDBsMAQsgACsDCAucEBgLBUHwPSAAEA1BAAsLqwECAn8BfCAA",
  "KAIAQQNGBH8gACgCBEEBRwR/IAAFAnwgACgCBCIBRQRAIAApAwi5DAELIAFBAkYEQCAAKAIIIgIoAgBBAWshAQNAIAFBAE4EQCAD",
  "RAAAAAAAAPBBoiABIAIoAgBJBH8gAkEEaiABQQJ0aigCAAVBAAu4oCEDIAFBAWshAQwBCwsgA5ogAyAAKAIMGwwBCyAAKwMIC5sQ",
  "GAsFQYA9IAAQDUEACwurAwICfwF8IAAoAgBBA0YEfwJ/IAAoAgQiAUEBRwRAIAFBAkYEfyAAKAIMBSAAKQMIQgBTCwR/An8gACgC",
  "BAR/QQAFIAApAwhCgICAgICAgICAf1ILBEBCACAAKQMIfRAPDAELIAAoAgRBAUcEQCAAEBUgACgCBEECRgR/IAAoAgxBAEcFIAAp",
  "AwhCAFMLRRAbDAELAnwgACgCBCIBRQRAIAApAwi5DAELIAFBAkYEQCAAKAIIIgIoAgBBAWshAQNAIAFBAE4EQCADRAAAAAAAAPBB",
  "oiABIAIoAgBJBH8gAkEEaiABQQJ0aigCAAVBAAu4oCEDIAFBAWshAQwBCwsgA5ogAyAAKAIMGwwBCyAAKwMIC5oQGAsFIAALDAEL",
  "AnwgACgCBCIBRQRAIAApAwi5DAELIAFBAkYEQCAAKAIIIgIoAgBBAWshAQNAIAFBAE4EQCADRAAAAAAAAPBBoiABIAIoAgBJBH8g",
  "AkEEaiABQQJ0aigCAAVBAAu4oCEDIAFBAWshAQwBCwsgA5ogAyAAKAIMGwwBCyAAKwMIC5kQGAsFQbA7IAAQDUEACwulBQEMfyAC",
  "QgA3AAAgAkIANwAIQRAQDCEKIAFBAk8EfyAALQAAQTpGBUEACwR/IAAtAAFBOkYFQQALBH9BAiEFQQAFQX8LIQMCQANAIAEgBUsE",
  "QAJAIARBCE4NA0EAIQxBACEJIAUhBgNAIAlBBEkhDSABIAVLBH8gACAFai0AACIOQTBrIQsCQCAOQTlNIA5BME9xDQAgDkHXAGsh",
  "CyAOQeYATSAOQeEAT3ENACAOQTdrIQsgDkHGAE0gDkHBAE9xDQBBfyELCyALQQBOBUEACyANcQRAIAxBBHQhDCAAIAVqLQAAIg1B",
  "MGshCwJAIA1BOU0gDUEwT3ENACANQdcAayELIA1B5gBNIA1B4QBPcQ0AIA1BN2shCyANQcYATSANQcEAT3ENAEF/IQsLIAsgDHIh",
  "DCAFQQFqIQUgCUEBaiEJDAELCyABIAVLBH8gACAFai0AAEEuRgVBAAsEQCAEQQZKBH9BAAUgACAGaiABIAZrIAogBEEBdGoQYAtF",
  "DQQgCiAEQQF0aiIALQACIQEgAC0AAyEFIAAgAC0AASAALQAAQQh0cjsBACAKIARBAWpBAXRqIAFBCHQgBXI7AQAgBEECaiEEDAEL",
  "IAlFDQMgCiAEQQF0aiAMOwEAIARBAWohBCABIAVGDQAgACAFai0AAEE6Rw0DIAVBAWoiBSABSQR/IAAgBWotAABBOkYFQQALBEAg",
  "A0EATg0EIAQhAyAFQQFqIQUFIAEgBUYNBAsMAgsLCyAEQQhHIANBAEhxDQAgBEEHSiADQQBOcQ0AQQggBGshAANAIAQgCEoEQCAC",
  "IAAgB2ogByADIAhGGyIBQQF0aiIFIAogCEEBdGovAQAiBkEIdjoAACAFIAY6AAEgAUEBaiEHIAhBAWohCAwBCwtBAQ8LQQAL/wEB",
  "BH8gACgCAEEERwRAQdChASAAEA1BAA8LIAEoAgBBBEcEQEHQoQEgARANQQAPC0EQEAwhAkEQEAwhAyAAIAIQYUUEQCAAKAIIIQEg",
  "ACgCBCEAIwIEQEHQogFBgCogASAAEBALQQAPCyMiIyMhBCABIAMQYUUEQCABKAIIIQAgASgCBCEBIwIEQEHAowFBgCogACABEBAL",
  "QQAPCyMiRwRAQZAYDwtBiBhBkBgjIyAETgR/QQAhAQJ/A0AgASAESARAQQBBgAEgAUEHcXYiACABQQN1IgUgAmotAABxIAMgBWot",
  "AAAgAHFHDQIaIAFBAWohAQwBCwtBAQsFQQALGwv4BQEMfyAAJBhBACQXIAFBAmpBBHQQDCQWQQAkGSMWIxdBBHRqIgBBADYCACAA",
  "QQA2AgQgAEEANgIIIABBADYCDCMXIgBBAWokF0EAIAEgABBiIgRBAEgEQEEADwsjF0ECdBAMJBsjG0H/ASMXQQJ0/AsAIxdBAXRB",
  "AmpBAnQQDCQcIxdBAnQQDCEAIxdBAnQQDCEBQQAkHSAAQQAgBBBjIQcDQCAHQQBKIAMgCktxBEAgAiAKEBkhCyACIApqLQAAIgRB",
  "gAFJBH9BAQUgBEHgAUkEf0ECBUEDQQQgBEHwAUkbCwsgCmohCkEAIQUCQCMVRQ0AIxUoAgQhBEEAIQYDQCAEIAZLBEBBASEFIxUo",
  "AgwgBkECdGooAgAiCCgCBAR/IAgoAghBABAZIAtGBUEACw0CIAZBAWohBgwBCwtBACEFCyAFIQgjHUEBaiQdQQAhBEEAIQwDQCAH",
  "IAxKBEAjFiAAIAxBAnRqKAIAIgZBBHRqIgkoAgAhDSAJKAIMIQUgDUEBRgR/IAsgCSgCBEYFIA1BAkYEfyAIRQUgDUEDRgR/IAYh",
  "BSAIRQUgDUEERgR/IAYhBUEBBSANQQVGIgkgDUEGRnIEfyMWIAZBBHRqIgYoAgghDyAGKAIEIQYgCQJ/A0AgBiAPSQRAIxggBhAZ",
  "Ig0hCSMYIAZqLQAAIg5BgAFJBH9BAQUgDkHgAUkEf0ECBUEDQQQgDkHwAUkbCwsgBmoiBkEBaiAPSQR/IxggBmotAABBLUYFQQAL",
  "BEAjGCAGQQFqEBkhCSAGIxggBmotAAEiBkGAAUkEf0EBBSAGQeABSQR/QQIFQQNBBCAGQfABSRsLC0EBamohBgtBASAJIAtPIAsg",
  "DU9xDQIaDAELC0EAC0YFQQALCwsLCwRAIAEgBCAFEGMhBAsgDEEBaiEMDAELCyAAIAEhACEBIAQhBwwBCwtBACEBA0AgASAHSARA",
  "IxYgACABQQJ0aigCAEEEdGooAgBFBEBBAQ8LIAFBAWohAQwBCwtBAAvLAwEGfyAAKAIAQQRHBEBB4IgBIAAQDUEADwsgASgCACII",
  "QQVHIAhBAUdxBEBB0IkBIAEQDUEADwsgCEEFRgRAA0AgBSABKAIESQRAIAEoAgwgBUECdGooAgAiAygCACIEQQRHBEAjAgRAQeCK",
  "AQJ/AkACQAJAAkACQAJAAkAgBEEBaw4GAAECAwQFBgtBoCYMBgtBwCwMBQtB8CwMBAtBkC0MAwtBsC0MAgtB0C0MAQtB8C0LQQBB",
  "ABAQC0EADwsgAygCCCEGIAMoAgQhB0EAIQNBACEEA0AgBCAHSQRAIANBAWogAyAEIAZqLQAAQcABcUGAAUcbIQMgBEEBaiEEDAEL",
  "CyADQQFHBEAjAgRAQZCMAUGAKkEAQQAQEAtBAA8LIAVBAWohBQwBCwsLIAIoAgBBBEcEQEHAjQEgAhANQQAPCyAIQQFGBEBBACQV",
  "BSAIQQVGBEAgASgCBARAIAEkFQVBARAXJBUjFUHcGEEBEBEQFAsFQQAPCwtBACQaIAAoAgggACgCBCACKAIIIAIoAgQjAEUEQBAC",
  "JAALIwAhBBDhASEAIAQkACMaBEAjAgRAQbCOAUGAKkEAQQAQEAtBAA8LQYgYQZAYIAAbCxQBAX9BCBAXIgEgAEEAEBcQZCABC+UB",
  "AQV/IAAoAgBBB0cEQEHg0QAgABANQQAPC0EcEAwiAUEAQRz8CwAgAUEHNgIAIAAoAgQhAwNAIAIgA0kEQCAAKAIAQQZPBH8gACgC",
  "GCAAKAIERwVBAAsEQCAAEA4LIAAoAgwgAkECdGooAgAiBCgCACIFQQdHBEAjAgRAQcDSAAJ/AkACQAJAAkACQAJAAkAgBUEBaw4G",
  "AAECAwQFBgtBoCYMBgtBwCwMBQtB8CwMBAtBkC0MAwtBsC0MAgtB0C0MAQtB8C0LQQBBABAQC0EADwsgASAEEDggAkEBaiECDAEL",
  "CyABC1IBAX8gACgCAEEHRwRAQaDQACAAEA1BAA8LIAEoAgBBB0cEQEGA0QAgARANQQAPC0EcEAwiAkEAQRz8CwAgAkEHNgIAIAIg",
  "ABA4IAIgARA4IAIL2gIBA38gACgCAEEHRwRAQdDTACAAEA1BAA8LIAAoAgQiA0UEQEEcEAwiAEEAQRz8CwAgAEEHNgIAIAAPCwNA",
  "IAEgA0kEQCAAKAIAQQZPBH8gACgCGCAAKAIERwVBAAsEQCAAEA4LIAAoAgwgAUECdGooAgAoAgAiAkEHRwRAIwIEQEHA1AACfwJA",
  "AkACQAJAAkACQAJAIAJBAWsOBgABAgMEBQYLQaAmDAYLQcAsDAULQfAsDAQLQZAtDAMLQbAtDAILQdAtDAELQfAtC0EAQQAQEAtB",
  "AA8LIAFBAWohAQwBCwsgACgCAEEGTwR/IAAoAhggACgCBEcFQQALBEAgABAOCyAAKAIMKAIAIQJBASEBA0AgASADSQRAIAAoAgBB",
  "Bk8EfyAAKAIYIAAoAgRHBUEACwRAIAAQDgsgAiAAKAIMIAFBAnRqKAIAEGUhAiABQQFqIQEMAQsLIAILNAAgACgCAEEGRwRAQcDX",
  "ACAAEA1BAA8LIAEoAgBBBkcEQEHA2AAgARANQQAPCyAAIAEQZgvMAgEFfyAAKAIAQQZHBEBBwNkAIAAQDUEADwsgASgCACIDQQdH",
  "IANBBUdxIANBBkdxBEBBwNoAIAEQDUEADwtBHBAMIgRBAEEc/AsAIARBBzYCACABKAIEIQMDQCACIANJBEAgASgCAEEGTwR/IAEo",
  "AhggASgCBEcFQQALBEAgARAOCyAEIAEoAgwgAkECdGooAgAQHyACQQFqIQIMAQsLQRwQDCICQQBBHPwLACACQQY2AgAgACgCBCEF",
  "QQAhAQNAIAEgBUkEQCAAKAIAQQZPBH8gACgCGCAAKAIERwVBAAsEQCAAEA4LQX8gBCAAKAIMIAFBAnRqKAIAIgMQGiIGIAZBAEgb",
  "QQBIBEAgACgCAEEGTwR/IAAoAhggACgCBEcFQQALBEAgABAOCyACIAMgACgCECABQQJ0aigCABAWCyABQQFqIQEMAQsLIAILfQED",
  "fyAAKAIAQQZHBEBB0NYAIAAQDUEADwtBHBAMIgFBAEEc/AsAIAFBBzYCACAAKAIEIQMDQCACIANJBEAgACgCAEEGTwR/IAAoAhgg",
  "ACgCBEcFQQALBEAgABAOCyABIAAoAgwgAkECdGooAgAQHyACQQFqIQIMAQsLIAELhwEBA38gACgCAEEGRwRAQeDVACAAEA1BAA8L",
  "IAEoAgBBBUYEQCABKAIEIQUDQCADIAVJBEAgACgCACIEQQVHIARBBkdxIARBB0dxBEAgAg8LIAAgASgCDCADQQJ0aigCABAxIgBF",
  "BEAgAg8LIANBAWohAwwBCwsgAA8LIAAgARAgIgAgAiAAGwupBAMCfAJ/A34gACgCAEEFRwRAQcDdACAAEA1BAA8LIAEoAgBBA0cE",
  "QEGw3gAgARANQQAPCyABKAIEQQFHBH9BAQUgASsDCCIEnSAEYSAEIAShRAAAAAAAAAAAYXELRQRAIwIEQEGg3wBBgCpBAEEAEBAL",
  "QQAPCyACKAIAQQNHBEBB0OAAIAIQDUEADwsgAigCBEEBRwR/QQEFIAIrAwgiBJ0gBGEgBCAEoUQAAAAAAAAAAGFxC0UEQCMCBEBB",
  "wOEAQYAqQQBBABAQC0EADwsCfCABKAIEIgVFBEAgASkDCLkMAQsgBUECRgRAIAEoAggiBigCAEEBayEFA0AgBUEATgRAIANEAAAA",
  "AAAA8EGiIAUgBigCAEkEfyAGQQRqIAVBAnRqKAIABUEAC7igIQMgBUEBayEFDAELCyADmiADIAEoAgwbDAELIAErAwgLnPwGIgdC",
  "ACAHQgBZGyEHIAA1AgQiCAJ8RAAAAAAAAAAAIQMgAigCBCIBRQRAIAIpAwi5DAELIAFBAkYEQCACKAIIIgUoAgBBAWshAQNAIAFB",
  "AE4EQCADRAAAAAAAAPBBoiABIAUoAgBJBH8gBUEEaiABQQJ0aigCAAVBAAu4oCEDIAFBAWshAQwBCwsgA5ogAyACKAIMGwwBCyAC",
  "KwMIC5z8BiIJIAggCVMbIQhBABAXIQEDQCAHIAhTBEAgASAAKAIMIAenQQJ0aigCABAUIAdCAXwhBwwBCwsgAQuXAQECfyAAKAIA",
  "QQVHBEBB4NsAIAAQDUEADwsgASgCAEEFRwRAQdDcACABEA1BAA8LIAAoAgQgASgCBGoQFyECA0AgAyAAKAIESQRAIAIgACgCDCAD",
  "QQJ0aigCABAUIANBAWohAwwBCwtBACEAA0AgACABKAIESQRAIAIgASgCDCAAQQJ0aigCABAUIABBAWohAAwBCwsgAgsIACAAQQAQ",
  "Zwu6AQEDfyAAKAIAQQVGBH9BAQUgACgCAEEHRgtFBEBB4M0AIAAQDUEADwsgACgCBCICEBchAQNAIAIgA0sEQCAAKAIAQQZPBH8g",
  "ACgCGCAAKAIERwVBAAsEQCAAEA4LIAEgACgCDCADQQJ0aigCABAUIANBAWohAwwBCwsgACgCAEEHRgRAIAEPCyABKAIAQQZPBH8g",
  "ASgCGCABKAIERwVBAAsEQCABEA4LIAEoAgwgAiACQQJ0EAwQOSABCwgAIABBARBnCwgAIABBABBoCwgAIABBARBoC30BA38gACgC",
  "ACICQQRGBEAgACgCCCEDIAAoAgQhAkEAIQADQCAAIAJJBEAgAUEBaiABIAAgA2otAABBwAFxQYABRxshASAAQQFqIQAMAQsLIAGt",
  "EA8PCyACQQdGIAJBBUZyIAJBBkZyBEAgADUCBBAPDwtBwMMAIAAQDUEACwvxpAGZAQBBgAgLgBAAAAAAAAAAAAAAAAAAAAAAAAAA",
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
  "AAAAAABBgBgLCAEAAAAAAAAAAEGIGAsIAgAAAAEAAAAAQZAYCwgCAAAAAAAAAABBnBgLQDwAAAAAAAAAAAAAAAIAAAAgAAAAMAAx",
  "ADIAMwA0ADUANgA3ADgAOQBhAGIAYwBkAGUAZgAAAAAAAAAAAAAAAAAAQdwYCwEuAEHsGAuwAiwBAAAAAAAAAAAAAAIAAAAQAQAA",
  "bwB1AHQAIABvAGYAIABtAGUAbQBvAHIAeQA6ACAAdABoAGUAIABwAG8AbABpAGMAeQAgAG4AZQBlAGQAcwAgAG0AbwByAGUAIABt",
  "AGUAbQBvAHIAeQAgAHQAaABhAG4AIAB0AGgAZQAgAFcAZQBiAEEAcwBzAGUAbQBiAGwAeQAuAE0AZQBtAG8AcgB5ACAAYQBsAGwA",
  "bwB3AHMAIAAoAHIAYQBpAHMAZQAgAGkAdABzACAAbQBhAHgAaQBtAHUAbQAsACAAbwByACAAcgBlAGQAdQBjAGUAIAB0AGgAZQAg",
  "AGQAYQB0AGEAIAB0AGgAZQAgAHAAbwBsAGkAYwB5ACAAYgB1AGkAbABkAHMAKQAAAAAAAAAAAAAAAAAAQaAbC7gFiAIcCKDVj/p2",
  "vz6if+GuunasVTAg+xaL6jXOXUqJQs8tO2VVqrBrmt9FGj0Dzxrmysaaxxf+cKtP3Ly+/LF3/wzWa0HvkVa+PPx/kK0f0I2DmlUx",
  "KFxR07XJpq2PrHGdy4vuI3cinOptU3hAkUnMrlfOtl15EjyCN1b7TTaUEMJPmEg4b+qWkMc6giXLhXTX9Je/l83PhqDlrCoXmAo0",
  "746yNSr7ZziyOz/G0t/UyIS6zdMaJ0TdxZbJJbvOn2uThKVifSRsrNv22l8NWGaroybxw96T+OLzuID/qqittbWLSnxsBV9ih1Mw",
  "wTRg/7zJVSa6kYyFTpa9filwJHf534+45bifvd+mlH10iM9fqfjPm6iPk3BEuWsVD7/48AiKtjExZVUlsM2sf3vQxuI/mQY7KyrE",
  "EFzk05JzaZkkJKoOygCD8rWH/esaEZJkCOW8zIhQbwnMvIwsZRniWBe30QAAAAAAAECcAAAAABCl1OgAAGKsxet4rYQJlPh4OT+B",
  "sxUHyXvOl8BwXOp7zjJ+j2iA6aukONLVRSKaFyYnT58n+8TUMaJj7aityIw4Zd6w22WrGo4Ix4OaHXFC+R1dxFjnG6YsaU2S6o1w",
  "GmTuAdpKd++amaNtooVrfbR7eAnydxjdeaHkVLTCxZtbkoZbhj1dlsjFUzXIs6CX+ly0KpXjX6CZvZ9G3iWMOds0wpulXJ+Yo3Ka",
  "xvbOvulUU7/ct+JBIvIX8/yIpXhc05vOIMzfUyF781oWmDowH5fctaDilrPjXFPR2ag8RKek2Xyb+xBEpKdMTHa7GpxAtu+Oq4ss",
  "hFemEO8f0CkxkenlpBCbnQycofubEOcp9Dti2SAorIXPp3peS0SALd2sA0DkIb+P/0ReL5xnjkG4jJydFzPUqRvjtJLbGZ7Zd9+6",
  "br+W62vu8Js7AoevAEHYIAuuATz7V/ty+4z7p/vB+9z79vsR/Cz8Rvxh/Hv8lvyx/Mv85vwA/Rv9Nf1Q/Wv9hf2g/br91f3v/Qr+",
  "Jf4//lr+dP6P/qn+xP7f/vn+FP8u/0n/Y/9+/5n/s//O/+j/AwAeADgAUwBtAIgAogC9ANgA8gANAScBQgFcAXcBkgGsAccB4QH8",
  "ARYCMQJMAmYCgQKbArYC0ALrAgYDIAM7A1UDcAOLA6UDwAPaA/UDDwQqBABBiCILKAEAAAAKAAAAZAAAAOgDAAAQJwAAoIYBAEBC",
  "DwCAlpgAAOH1BQDKmjsAQbAiC5ADMAAwADAAMQAwADIAMAAzADAANAAwADUAMAA2ADAANwAwADgAMAA5ADEAMAAxADEAMQAyADEA",
  "MwAxADQAMQA1ADEANgAxADcAMQA4ADEAOQAyADAAMgAxADIAMgAyADMAMgA0ADIANQAyADYAMgA3ADIAOAAyADkAMwAwADMAMQAz",
  "ADIAMwAzADMANAAzADUAMwA2ADMANwAzADgAMwA5ADQAMAA0ADEANAAyADQAMwA0ADQANAA1ADQANgA0ADcANAA4ADQAOQA1ADAA",
  "NQAxADUAMgA1ADMANQA0ADUANQA1ADYANQA3ADUAOAA1ADkANgAwADYAMQA2ADIANgAzADYANAA2ADUANgA2ADYANwA2ADgANgA5",
  "ADcAMAA3ADEANwAyADcAMwA3ADQANwA1ADcANgA3ADcANwA4ADcAOQA4ADAAOAAxADgAMgA4ADMAOAA0ADgANQA4ADYAOAA3ADgA",
  "OAA4ADkAOQAwADkAMQA5ADIAOQAzADkANAA5ADUAOQA2ADkANwA5ADgAOQA5AABBzCULIBwAAAAAAAAAAAAAAAIAAAAIAAAAdABy",
  "AHUAZQAAAAAAAEHsJQsgHAAAAAAAAAAAAAAAAgAAAAoAAABmAGEAbABzAGUAAAAAQYwmCyAcAAAAAAAAAAAAAAACAAAACAAAAG4A",
  "dQBsAGwAAAAAAABBsCYLuAEAAAAAAADwPwAAAAAAACRAAAAAAAAAWUAAAAAAAECPQAAAAAAAiMNAAAAAAABq+EAAAAAAgIQuQQAA",
  "AADQEmNBAAAAAITXl0EAAAAAZc3NQQAAACBfoAJCAAAA6HZIN0IAAACilBptQgAAQOWcMKJCAACQHsS81kIAADQm9WsMQwCA4Dd5",
  "w0FDAKDYhVc0dkMAyE5nbcGrQwA9kWDkWOFDQIy1eB2vFURQ7+LW5BpLRJLVTQbP8IBEAEHsJwsgHAAAAAAAAAAAAAAAAgAAAAYA",
  "AAB1ADAAMAAAAAAAAAAAQYwoCyAcAAAAAAAAAAAAAAACAAAACgAAAHMAZQB0ACgAKQAAAABBrCgLYFwAAAAAAAAAAAAAAAIAAABK",
  "AAAAbwBwAGEAXwBlAHYAYQBsADoAIAB0AGgAZQAgAGkAbgBwAHUAdAAgAGkAcwAgAG4AbwB0ACAAdgBhAGwAaQBkACAASgBTAE8A",
  "TgAAAABBjCkLYFwAAAAAAAAAAAAAAAIAAABIAAAAaQBsAGwAZQBnAGEAbAAgAG4AdQBtAGIAZQByACAAbABpAHQAZQByAGEAbAAg",
  "AGkAbgAgAHQAaABlACAAcABvAGwAaQBjAHkAAAAAAABB7CkLIBwAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAEGMKgsg",
  "HAAAAAAAAAAAAAAAAgAAAAIAAAA6AAAAAAAAAAAAAAAAQawqCyAcAAAAAAAAAAAAAAACAAAABAAAADoAIAAAAAAAAAAAAABBzCoL",
  "cGwAAAAAAAAAAAAAAAIAAABOAAAAcABsAHUAcwA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAbgB1AG0A",
  "YgBlAHIAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAAAAAAAAAAQbwrC3BsAAAAAAAAAAAAAAACAAAATgAAAHAAbAB1AHMAOgAg",
  "AG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAAAA",
  "AAAAAAAAAEGsLAswLAAAAAAAAAAAAAAAAgAAAA4AAABiAG8AbwBsAGUAYQBuAAAAAAAAAAAAAAAAAAAAAEHcLAsgHAAAAAAAAAAA",
  "AAAAAgAAAAwAAABuAHUAbQBiAGUAcgAAQfwsCyAcAAAAAAAAAAAAAAACAAAADAAAAHMAdAByAGkAbgBnAABBnC0LIBwAAAAAAAAA",
  "AAAAAAIAAAAKAAAAYQByAHIAYQB5AAAAAEG8LQsgHAAAAAAAAAAAAAAAAgAAAAwAAABvAGIAagBlAGMAdAAAQdwtCyAcAAAAAAAA",
  "AAAAAAACAAAABgAAAHMAZQB0AAAAAAAAAABB/C0LgAF8AAAAAAAAAAAAAAACAAAAbAAAAG0AaQBuAHUAcwA6ACAAbwBwAGUAcgBh",
  "AG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAbwBuAGUAIABvAGYAIAB7AG4AdQBtAGIAZQByACwAIABzAGUAdAB9ACAAYgB1AHQA",
  "IABnAG8AdAAgAABB/C4LYFwAAAAAAAAAAAAAAAIAAABKAAAAbQBpAG4AdQBzADoAIABvAHAAZQByAGEAbgBkACAAMgAgAG0AdQBz",
  "AHQAIABiAGUAIABzAGUAdAAgAGIAdQB0ACAAZwBvAHQAIAAAAABB3C8LcGwAAAAAAAAAAAAAAAIAAABQAAAAbQBpAG4AdQBzADoA",
  "IABvAHAAZQByAGEAbgBkACAAMgAgAG0AdQBzAHQAIABiAGUAIABuAHUAbQBiAGUAcgAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAA",
  "AAAAAAAAQcwwC2BcAAAAAAAAAAAAAAACAAAATAAAAG0AdQBsADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUA",
  "IABuAHUAbQBiAGUAcgAgAGIAdQB0ACAAZwBvAHQAIAAAQawxC2BcAAAAAAAAAAAAAAACAAAATAAAAG0AdQBsADoAIABvAHAAZQBy",
  "AGEAbgBkACAAMgAgAG0AdQBzAHQAIABiAGUAIABuAHUAbQBiAGUAcgAgAGIAdQB0ACAAZwBvAHQAIAAAQYwyC2BcAAAAAAAAAAAA",
  "AAACAAAATAAAAGQAaQB2ADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABuAHUAbQBiAGUAcgAgAGIAdQB0",
  "ACAAZwBvAHQAIAAAQewyC2BcAAAAAAAAAAAAAAACAAAATAAAAGQAaQB2ADoAIABvAHAAZQByAGEAbgBkACAAMgAgAG0AdQBzAHQA",
  "IABiAGUAIABuAHUAbQBiAGUAcgAgAGIAdQB0ACAAZwBvAHQAIAAAQcwzC0A8AAAAAAAAAAAAAAACAAAAJgAAAGQAaQB2ADoAIABk",
  "AGkAdgBpAGQAZQAgAGIAeQAgAHoAZQByAG8AAAAAAAAAAEGMNAtgXAAAAAAAAAAAAAAAAgAAAEwAAAByAGUAbQA6ACAAbwBwAGUA",
  "cgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAbgB1AG0AYgBlAHIAIABiAHUAdAAgAGcAbwB0ACAAAEHsNAtgXAAAAAAAAAAA",
  "AAAAAgAAAEwAAAByAGUAbQA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAbgB1AG0AYgBlAHIAIABiAHUA",
  "dAAgAGcAbwB0ACAAAEHMNQtgXAAAAAAAAAAAAAAAAgAAAEgAAAByAGUAbQA6ACAAbQBvAGQAdQBsAG8AIABvAG4AIABmAGwAbwBh",
  "AHQAaQBuAGcALQBwAG8AaQBuAHQAIABuAHUAbQBiAGUAcgAAAAAAAEGsNgtAPAAAAAAAAAAAAAAAAgAAACYAAAByAGUAbQA6ACAA",
  "bQBvAGQAdQBsAG8AIABiAHkAIAB6AGUAcgBvAAAAAAAAAABB7DYLIBwAAAAAAAAAAAAAAAIAAAAGAAAAbgBhAG4AAAAAAAAAAEGM",
  "NwsgHAAAAAAAAAAAAAAAAgAAAAYAAABpAG4AZgAAAAAAAAAAQaw3CzAsAAAAAAAAAAAAAAACAAAAEAAAAGkAbgBmAGkAbgBpAHQA",
  "eQAAAAAAAAAAAAAAAAAAQdw3C6ABnAAAAAAAAAAAAAAAAgAAAIIAAAB0AG8AXwBuAHUAbQBiAGUAcgA6ACAAbwBwAGUAcgBhAG4A",
  "ZAAgADEAIABtAHUAcwB0ACAAYgBlACAAYQAgAGYAaQBuAGkAdABlACAAbgB1AG0AYgBlAHIALAAgAG4AbwB0ACAATgBhAE4AIABv",
  "AHIAIABpAG4AZgBpAG4AaQB0AHkAAAAAAAAAAAAAAABB/DgLcGwAAAAAAAAAAAAAAAIAAABaAAAAdABvAF8AbgB1AG0AYgBlAHIA",
  "OgAgAHMAdAByAGMAbwBuAHYALgBQAGEAcgBzAGUARgBsAG8AYQB0ADoAIABpAG4AdgBhAGwAaQBkACAAcwB5AG4AdABhAHgAAAAA",
  "Qew5C7ABrAAAAAAAAAAAAAAAAgAAAJgAAAB0AG8AXwBuAHUAbQBiAGUAcgA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0",
  "ACAAYgBlACAAbwBuAGUAIABvAGYAIAB7AG4AdQBsAGwALAAgAGIAbwBvAGwAZQBhAG4ALAAgAG4AdQBtAGIAZQByACwAIABzAHQA",
  "cgBpAG4AZwB9ACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAQZw7C2BcAAAAAAAAAAAAAAACAAAATAAAAGEAYgBzADoAIABvAHAAZQBy",
  "AGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABuAHUAbQBiAGUAcgAgAGIAdQB0ACAAZwBvAHQAIAAAQfw7C3BsAAAAAAAAAAAA",
  "AAACAAAAUAAAAHIAbwB1AG4AZAA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAbgB1AG0AYgBlAHIAIABi",
  "AHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAAAAAAAEHsPAtwbAAAAAAAAAAAAAAAAgAAAE4AAABjAGUAaQBsADoAIABvAHAAZQByAGEA",
  "bgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABuAHUAbQBiAGUAcgAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAAAAAAAAAAABB3D0L",
  "cGwAAAAAAAAAAAAAAAIAAABQAAAAZgBsAG8AbwByADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABuAHUA",
  "bQBiAGUAcgAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAAAAAAAAAQcw+C4ABfAAAAAAAAAAAAAAAAgAAAGIAAABuAHUAbQBiAGUA",
  "cgBzAC4AcgBhAG4AZwBlADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABpAG4AdABlAGcAZQByACAAYgB1",
  "AHQAIABnAG8AdAAgAAAAAAAAAAAAAAAAQcw/C4ABfAAAAAAAAAAAAAAAAgAAAGIAAABuAHUAbQBiAGUAcgBzAC4AcgBhAG4AZwBl",
  "ADoAIABvAHAAZQByAGEAbgBkACAAMgAgAG0AdQBzAHQAIABiAGUAIABpAG4AdABlAGcAZQByACAAYgB1AHQAIABnAG8AdAAgAAAA",
  "AAAAAAAAAAAAQczAAAuwAawAAAAAAAAAAAAAAAIAAACaAAAAbgB1AG0AYgBlAHIAcwAuAHIAYQBuAGcAZQA6ACAAbwBwAGUAcgBh",
  "AG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAaQBuAHQAZQBnAGUAcgAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAgAGYA",
  "bABvAGEAdABpAG4AZwAtAHAAbwBpAG4AdAAgAG4AdQBtAGIAZQByAAAAAEH8wQALsAGsAAAAAAAAAAAAAAACAAAAmgAAAG4AdQBt",
  "AGIAZQByAHMALgByAGEAbgBnAGUAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAGkAbgB0AGUAZwBlAHIA",
  "IABuAHUAbQBiAGUAcgAgAGIAdQB0ACAAZwBvAHQAIABmAGwAbwBhAHQAaQBuAGcALQBwAG8AaQBuAHQAIABuAHUAbQBiAGUAcgAA",
  "AABBrMMAC6ABnAAAAAAAAAAAAAAAAgAAAIoAAABjAG8AdQBuAHQAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIA",
  "ZQAgAG8AbgBlACAAbwBmACAAewBhAHIAcgBhAHkALAAgAG8AYgBqAGUAYwB0ACwAIABzAGUAdAAsACAAcwB0AHIAaQBuAGcAfQAg",
  "AGIAdQB0ACAAZwBvAHQAIAAAAABBzMQAC5ABjAAAAAAAAAAAAAAAAgAAAG4AAABwAHIAbwBkAHUAYwB0ADoAIABvAHAAZQByAGEA",
  "bgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABvAG4AZQAgAG8AZgAgAHsAcwBlAHQALAAgAGEAcgByAGEAeQB9ACAAYgB1AHQAIABn",
  "AG8AdAAgAAAAAAAAAAAAAAAAAAAAAEHcxQALgAF8AAAAAAAAAAAAAAACAAAAZgAAAHMAdQBtADoAIABvAHAAZQByAGEAbgBkACAA",
  "MQAgAG0AdQBzAHQAIABiAGUAIABvAG4AZQAgAG8AZgAgAHsAcwBlAHQALAAgAGEAcgByAGEAeQB9ACAAYgB1AHQAIABnAG8AdAAg",
  "AAAAAAAAAABB3MYAC6ABnAAAAAAAAAAAAAAAAgAAAIoAAABwAHIAbwBkAHUAYwB0ADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0A",
  "dQBzAHQAIABiAGUAIABhAHIAcgBhAHkAIABvAGYAIABuAHUAbQBiAGUAcgBzACAAYgB1AHQAIABnAG8AdAAgAGEAcgByAGEAeQAg",
  "AGMAbwBuAHQAYQBpAG4AaQBuAGcAIAAAAABB/McAC6ABnAAAAAAAAAAAAAAAAgAAAIIAAABwAHIAbwBkAHUAYwB0ADoAIABvAHAA",
  "ZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABzAGUAdAAgAG8AZgAgAG4AdQBtAGIAZQByAHMAIABiAHUAdAAgAGcAbwB0",
  "ACAAcwBlAHQAIABjAG8AbgB0AGEAaQBuAGkAbgBnACAAAAAAAAAAAAAAAABBnMkAC6ABnAAAAAAAAAAAAAAAAgAAAIIAAABzAHUA",
  "bQA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAYQByAHIAYQB5ACAAbwBmACAAbgB1AG0AYgBlAHIAcwAg",
  "AGIAdQB0ACAAZwBvAHQAIABhAHIAcgBhAHkAIABjAG8AbgB0AGEAaQBuAGkAbgBnACAAAAAAAAAAAAAAAABBvMoAC5ABjAAAAAAA",
  "AAAAAAAAAgAAAHoAAABzAHUAbQA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAcwBlAHQAIABvAGYAIABu",
  "AHUAbQBiAGUAcgBzACAAYgB1AHQAIABnAG8AdAAgAHMAZQB0ACAAYwBvAG4AdABhAGkAbgBpAG4AZwAgAAAAAEHMywALgAF8AAAA",
  "AAAAAAAAAAACAAAAZgAAAG0AYQB4ADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABvAG4AZQAgAG8AZgAg",
  "AHsAcwBlAHQALAAgAGEAcgByAGEAeQB9ACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAABBzMwAC4ABfAAAAAAAAAAAAAAAAgAAAGYA",
  "AABtAGkAbgA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAbwBuAGUAIABvAGYAIAB7AHMAZQB0ACwAIABh",
  "AHIAcgBhAHkAfQAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAQczNAAuAAXwAAAAAAAAAAAAAAAIAAABoAAAAcwBvAHIAdAA6ACAA",
  "bwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAbwBuAGUAIABvAGYAIAB7AHMAZQB0ACwAIABhAHIAcgBhAHkAfQAg",
  "AGIAdQB0ACAAZwBvAHQAIAAAAAAAAEHMzgALYFwAAAAAAAAAAAAAAAIAAABGAAAAYQBuAGQAOgAgAG8AcABlAHIAYQBuAGQAIAAx",
  "ACAAbQB1AHMAdAAgAGIAZQAgAHMAZQB0ACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAABBrM8AC2BcAAAAAAAAAAAAAAACAAAARgAA",
  "AGEAbgBkADoAIABvAHAAZQByAGEAbgBkACAAMgAgAG0AdQBzAHQAIABiAGUAIABzAGUAdAAgAGIAdQB0ACAAZwBvAHQAIAAAAAAA",
  "AAAAQYzQAAtgXAAAAAAAAAAAAAAAAgAAAEQAAABvAHIAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAHMA",
  "ZQB0ACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAAAAAEHs0AALYFwAAAAAAAAAAAAAAAIAAABEAAAAbwByADoAIABvAHAAZQByAGEA",
  "bgBkACAAMgAgAG0AdQBzAHQAIABiAGUAIABzAGUAdAAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAAABBzNEAC2BcAAAAAAAAAAAA",
  "AAACAAAASgAAAHUAbgBpAG8AbgA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAcwBlAHQAIABiAHUAdAAg",
  "AGcAbwB0ACAAAAAAQazSAAuQAYwAAAAAAAAAAAAAAAIAAAB4AAAAdQBuAGkAbwBuADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0A",
  "dQBzAHQAIABiAGUAIABzAGUAdAAgAG8AZgAgAHMAZQB0AHMAIABiAHUAdAAgAGcAbwB0ACAAcwBlAHQAIABjAG8AbgB0AGEAaQBu",
  "AGkAbgBnACAAAAAAAABBvNMAC3BsAAAAAAAAAAAAAAACAAAAWAAAAGkAbgB0AGUAcgBzAGUAYwB0AGkAbwBuADoAIABvAHAAZQBy",
  "AGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABzAGUAdAAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAEGs1AALoAGcAAAAAAAAAAAA",
  "AAACAAAAhgAAAGkAbgB0AGUAcgBzAGUAYwB0AGkAbwBuADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABz",
  "AGUAdAAgAG8AZgAgAHMAZQB0AHMAIABiAHUAdAAgAGcAbwB0ACAAcwBlAHQAIABjAG8AbgB0AGEAaQBuAGkAbgBnACAAAAAAAAAA",
  "AEHM1QALcGwAAAAAAAAAAAAAAAIAAABaAAAAbwBiAGoAZQBjAHQALgBnAGUAdAA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUA",
  "cwB0ACAAYgBlACAAbwBiAGoAZQBjAHQAIABiAHUAdAAgAGcAbwB0ACAAAAAAQbzWAAtwbAAAAAAAAAAAAAAAAgAAAFwAAABvAGIA",
  "agBlAGMAdAAuAGsAZQB5AHMAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAG8AYgBqAGUAYwB0ACAAYgB1",
  "AHQAIABnAG8AdAAgAABBrNcAC4ABfAAAAAAAAAAAAAAAAgAAAF4AAABvAGIAagBlAGMAdAAuAHUAbgBpAG8AbgA6ACAAbwBwAGUA",
  "cgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAbwBiAGoAZQBjAHQAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAAAAAAAAAA",
  "QazYAAuAAXwAAAAAAAAAAAAAAAIAAABeAAAAbwBiAGoAZQBjAHQALgB1AG4AaQBvAG4AOgAgAG8AcABlAHIAYQBuAGQAIAAyACAA",
  "bQB1AHMAdAAgAGIAZQAgAG8AYgBqAGUAYwB0ACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAAAAAAAAAAAAAEGs2QALgAF8AAAAAAAA",
  "AAAAAAACAAAAYAAAAG8AYgBqAGUAYwB0AC4AcgBlAG0AbwB2AGUAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIA",
  "ZQAgAG8AYgBqAGUAYwB0ACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAAAAAAAAAABBrNoAC6ABnAAAAAAAAAAAAAAAAgAAAIoAAABv",
  "AGIAagBlAGMAdAAuAHIAZQBtAG8AdgBlADoAIABvAHAAZQByAGEAbgBkACAAMgAgAG0AdQBzAHQAIABiAGUAIABvAG4AZQAgAG8A",
  "ZgAgAHsAbwBiAGoAZQBjAHQALAAgAHMAZQB0ACwAIABhAHIAcgBhAHkAfQAgAGIAdQB0ACAAZwBvAHQAIAAAAABBzNsAC3BsAAAA",
  "AAAAAAAAAAACAAAAXAAAAGEAcgByAGEAeQAuAGMAbwBuAGMAYQB0ADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABi",
  "AGUAIABhAHIAcgBhAHkAIABiAHUAdAAgAGcAbwB0ACAAAEG83AALcGwAAAAAAAAAAAAAAAIAAABcAAAAYQByAHIAYQB5AC4AYwBv",
  "AG4AYwBhAHQAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAGEAcgByAGEAeQAgAGIAdQB0ACAAZwBvAHQA",
  "IAAAQazdAAtwbAAAAAAAAAAAAAAAAgAAAFoAAABhAHIAcgBhAHkALgBzAGwAaQBjAGUAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAA",
  "bQB1AHMAdAAgAGIAZQAgAGEAcgByAGEAeQAgAGIAdQB0ACAAZwBvAHQAIAAAAABBnN4AC3BsAAAAAAAAAAAAAAACAAAAXAAAAGEA",
  "cgByAGEAeQAuAHMAbABpAGMAZQA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAbgB1AG0AYgBlAHIAIABi",
  "AHUAdAAgAGcAbwB0ACAAAEGM3wALsAGsAAAAAAAAAAAAAAACAAAAlgAAAGEAcgByAGEAeQAuAHMAbABpAGMAZQA6ACAAbwBwAGUA",
  "cgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAaQBuAHQAZQBnAGUAcgAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAg",
  "AGYAbABvAGEAdABpAG4AZwAtAHAAbwBpAG4AdAAgAG4AdQBtAGIAZQByAAAAAAAAAABBvOAAC3BsAAAAAAAAAAAAAAACAAAAXAAA",
  "AGEAcgByAGEAeQAuAHMAbABpAGMAZQA6ACAAbwBwAGUAcgBhAG4AZAAgADMAIABtAHUAcwB0ACAAYgBlACAAbgB1AG0AYgBlAHIA",
  "IABiAHUAdAAgAGcAbwB0ACAAAEGs4QALsAGsAAAAAAAAAAAAAAACAAAAlgAAAGEAcgByAGEAeQAuAHMAbABpAGMAZQA6ACAAbwBw",
  "AGUAcgBhAG4AZAAgADMAIABtAHUAcwB0ACAAYgBlACAAaQBuAHQAZQBnAGUAcgAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8A",
  "dAAgAGYAbABvAGEAdABpAG4AZwAtAHAAbwBpAG4AdAAgAG4AdQBtAGIAZQByAAAAAAAAAABB3OIAC3BsAAAAAAAAAAAAAAACAAAA",
  "UgAAAGMAbwBuAGMAYQB0ADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0",
  "ACAAZwBvAHQAIAAAAAAAAAAAAAAAAEHM4wALgAF8AAAAAAAAAAAAAAACAAAAbAAAAGMAbwBuAGMAYQB0ADoAIABvAHAAZQByAGEA",
  "bgBkACAAMgAgAG0AdQBzAHQAIABiAGUAIABvAG4AZQAgAG8AZgAgAHsAcwBlAHQALAAgAGEAcgByAGEAeQB9ACAAYgB1AHQAIABn",
  "AG8AdAAgAABBzOQAC6ABnAAAAAAAAAAAAAAAAgAAAIgAAABjAG8AbgBjAGEAdAA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUA",
  "cwB0ACAAYgBlACAAYQByAHIAYQB5ACAAbwBmACAAcwB0AHIAaQBuAGcAcwAgAGIAdQB0ACAAZwBvAHQAIABhAHIAcgBhAHkAIABj",
  "AG8AbgB0AGEAaQBuAGkAbgBnACAAAAAAAABB7OUAC6ABnAAAAAAAAAAAAAAAAgAAAIAAAABjAG8AbgBjAGEAdAA6ACAAbwBwAGUA",
  "cgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAcwBlAHQAIABvAGYAIABzAHQAcgBpAG4AZwBzACAAYgB1AHQAIABnAG8AdAAg",
  "AHMAZQB0ACAAYwBvAG4AdABhAGkAbgBpAG4AZwAgAAAAAAAAAAAAAAAAAABBjOcAC3BsAAAAAAAAAAAAAAACAAAAVgAAAGMAbwBu",
  "AHQAYQBpAG4AcwA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAcwB0AHIAaQBuAGcAIABiAHUAdAAgAGcA",
  "bwB0ACAAAAAAAAAAAEH85wALcGwAAAAAAAAAAAAAAAIAAABWAAAAYwBvAG4AdABhAGkAbgBzADoAIABvAHAAZQByAGEAbgBkACAA",
  "MgAgAG0AdQBzAHQAIABiAGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAQezoAAtwbAAAAAAAAAAAAAAA",
  "AgAAAFoAAABzAHQAYQByAHQAcwB3AGkAdABoADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABzAHQAcgBp",
  "AG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAAABB3OkAC3BsAAAAAAAAAAAAAAACAAAAWgAAAHMAdABhAHIAdABzAHcAaQB0AGgAOgAg",
  "AG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABnAG8AdAAgAAAAAEHM6gAL",
  "cGwAAAAAAAAAAAAAAAIAAABWAAAAZQBuAGQAcwB3AGkAdABoADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUA",
  "IABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAQbzrAAtwbAAAAAAAAAAAAAAAAgAAAFYAAABlAG4AZABzAHcA",
  "aQB0AGgAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABnAG8AdAAg",
  "AAAAAAAAAABBrOwAC3BsAAAAAAAAAAAAAAACAAAAUAAAAHUAcABwAGUAcgA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0",
  "ACAAYgBlACAAcwB0AHIAaQBuAGcAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAAAAAAAEGc7QALcGwAAAAAAAAAAAAAAAIAAABQ",
  "AAAAbABvAHcAZQByADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0ACAA",
  "ZwBvAHQAIAAAAAAAAAAAAAAAAAAAQYzuAAtwbAAAAAAAAAAAAAAAAgAAAFAAAABzAHAAbABpAHQAOgAgAG8AcABlAHIAYQBuAGQA",
  "IAAxACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAAAAAAAAAABB/O4AC3BsAAAA",
  "AAAAAAAAAAACAAAAUAAAAHMAcABsAGkAdAA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAcwB0AHIAaQBu",
  "AGcAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAAAAAAAEHs7wALcGwAAAAAAAAAAAAAAAIAAABOAAAAdAByAGkAbQA6ACAAbwBw",
  "AGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAcwB0AHIAaQBuAGcAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAAAAAA",
  "AAAAQdzwAAtwbAAAAAAAAAAAAAAAAgAAAE4AAAB0AHIAaQBtADoAIABvAHAAZQByAGEAbgBkACAAMgAgAG0AdQBzAHQAIABiAGUA",
  "IABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAAAAAAAAAAABBzPEAC3BsAAAAAAAAAAAAAAACAAAAWAAAAHQA",
  "cgBpAG0AXwBsAGUAZgB0ADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0",
  "ACAAZwBvAHQAIAAAAAAAAEG88gALcGwAAAAAAAAAAAAAAAIAAABYAAAAdAByAGkAbQBfAGwAZQBmAHQAOgAgAG8AcABlAHIAYQBu",
  "AGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAQazzAAtwbAAAAAAAAAAA",
  "AAAAAgAAAFoAAAB0AHIAaQBtAF8AcgBpAGcAaAB0ADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABzAHQA",
  "cgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAAABBnPQAC3BsAAAAAAAAAAAAAAACAAAAWgAAAHQAcgBpAG0AXwByAGkAZwBoAHQA",
  "OgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABnAG8AdAAgAAAAAEGM",
  "9QALcGwAAAAAAAAAAAAAAAIAAABcAAAAdAByAGkAbQBfAHAAcgBlAGYAaQB4ADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBz",
  "AHQAIABiAGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAQfz1AAtwbAAAAAAAAAAAAAAAAgAAAFwAAAB0AHIAaQBt",
  "AF8AcAByAGUAZgBpAHgAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQA",
  "IABnAG8AdAAgAABB7PYAC3BsAAAAAAAAAAAAAAACAAAAXAAAAHQAcgBpAG0AXwBzAHUAZgBmAGkAeAA6ACAAbwBwAGUAcgBhAG4A",
  "ZAAgADEAIABtAHUAcwB0ACAAYgBlACAAcwB0AHIAaQBuAGcAIABiAHUAdAAgAGcAbwB0ACAAAEHc9wALcGwAAAAAAAAAAAAAAAIA",
  "AABcAAAAdAByAGkAbQBfAHMAdQBmAGYAaQB4ADoAIABvAHAAZQByAGEAbgBkACAAMgAgAG0AdQBzAHQAIABiAGUAIABzAHQAcgBp",
  "AG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAQcz4AAtwbAAAAAAAAAAAAAAAAgAAAFoAAAB0AHIAaQBtAF8AcwBwAGEAYwBlADoAIABv",
  "AHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAAABBvPkAC3Bs",
  "AAAAAAAAAAAAAAACAAAAVAAAAHIAZQBwAGwAYQBjAGUAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAHMA",
  "dAByAGkAbgBnACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAAAAAEGs+gALcGwAAAAAAAAAAAAAAAIAAABUAAAAcgBlAHAAbABhAGMA",
  "ZQA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAcwB0AHIAaQBuAGcAIABiAHUAdAAgAGcAbwB0ACAAAAAA",
  "AAAAAAAAQZz7AAtwbAAAAAAAAAAAAAAAAgAAAFQAAAByAGUAcABsAGEAYwBlADoAIABvAHAAZQByAGEAbgBkACAAMwAgAG0AdQBz",
  "AHQAIABiAGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAAABBjPwAC3BsAAAAAAAAAAAAAAACAAAAVAAA",
  "AGkAbgBkAGUAeABvAGYAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQA",
  "IABnAG8AdAAgAAAAAAAAAAAAAEH8/AALcGwAAAAAAAAAAAAAAAIAAABUAAAAaQBuAGQAZQB4AG8AZgA6ACAAbwBwAGUAcgBhAG4A",
  "ZAAgADIAIABtAHUAcwB0ACAAYgBlACAAcwB0AHIAaQBuAGcAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAAQez9AAtgXAAAAAAA",
  "AAAAAAAAAgAAAD4AAABpAG4AZABlAHgAbwBmADoAIABlAG0AcAB0AHkAIABzAGUAYQByAGMAaAAgAGMAaABhAHIAYQBjAHQAZQBy",
  "AAAAAAAAAAAAAAAAAAAAAEHM/gALcGwAAAAAAAAAAAAAAAIAAABYAAAAcwB1AGIAcwB0AHIAaQBuAGcAOgAgAG8AcABlAHIAYQBu",
  "AGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAQbz/AAtwbAAAAAAAAAAA",
  "AAAAAgAAAFgAAABzAHUAYgBzAHQAcgBpAG4AZwA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAbgB1AG0A",
  "YgBlAHIAIABiAHUAdAAgAGcAbwB0ACAAAAAAAABBrIABC7ABrAAAAAAAAAAAAAAAAgAAAJIAAABzAHUAYgBzAHQAcgBpAG4AZwA6",
  "ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAaQBuAHQAZQBnAGUAcgAgAG4AdQBtAGIAZQByACAAYgB1AHQA",
  "IABnAG8AdAAgAGYAbABvAGEAdABpAG4AZwAtAHAAbwBpAG4AdAAgAG4AdQBtAGIAZQByAAAAAAAAAAAAAAAAQdyBAQtwbAAAAAAA",
  "AAAAAAAAAgAAAFgAAABzAHUAYgBzAHQAcgBpAG4AZwA6ACAAbwBwAGUAcgBhAG4AZAAgADMAIABtAHUAcwB0ACAAYgBlACAAbgB1",
  "AG0AYgBlAHIAIABiAHUAdAAgAGcAbwB0ACAAAAAAAABBzIIBC7ABrAAAAAAAAAAAAAAAAgAAAJIAAABzAHUAYgBzAHQAcgBpAG4A",
  "ZwA6ACAAbwBwAGUAcgBhAG4AZAAgADMAIABtAHUAcwB0ACAAYgBlACAAaQBuAHQAZQBnAGUAcgAgAG4AdQBtAGIAZQByACAAYgB1",
  "AHQAIABnAG8AdAAgAGYAbABvAGEAdABpAG4AZwAtAHAAbwBpAG4AdAAgAG4AdQBtAGIAZQByAAAAAAAAAAAAAAAAQfyDAQtQTAAA",
  "AAAAAAAAAAAAAgAAADQAAABzAHUAYgBzAHQAcgBpAG4AZwA6ACAAbgBlAGcAYQB0AGkAdgBlACAAbwBmAGYAcwBlAHQAAAAAAAAA",
  "AAAAQcyEAQtwbAAAAAAAAAAAAAAAAgAAAFoAAABmAG8AcgBtAGEAdABfAGkAbgB0ADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0A",
  "dQBzAHQAIABiAGUAIABuAHUAbQBiAGUAcgAgAGIAdQB0ACAAZwBvAHQAIAAAAABBvIUBC3BsAAAAAAAAAAAAAAACAAAAWgAAAGYA",
  "bwByAG0AYQB0AF8AaQBuAHQAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAG4AdQBtAGIAZQByACAAYgB1",
  "AHQAIABnAG8AdAAgAAAAAEGshgELgAF8AAAAAAAAAAAAAAACAAAAZgAAAGYAbwByAG0AYQB0AF8AaQBuAHQAOgAgAG8AcABlAHIA",
  "YQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAG8AbgBlACAAbwBmACAAewAyACwAIAA4ACwAIAAxADAALAAgADEANgB9AAAAAAAA",
  "AABBrIcBC6ABnAAAAAAAAAAAAAAAAgAAAIYAAABzAHQAcgBpAG4AZwBzAC4AcgBlAHAAbABhAGMAZQBfAG4AOgAgAG8AcABlAHIA",
  "YQBuAGQAIAAxACAAbgBvAG4ALQBzAHQAcgBpAG4AZwAgAGsAZQB5ACAAZgBvAHUAbgBkACAAaQBuACAAcABhAHQAdABlAHIAbgAg",
  "AG8AYgBqAGUAYwB0AAAAAAAAAABBzIgBC3BsAAAAAAAAAAAAAAACAAAAWgAAAGcAbABvAGIALgBtAGEAdABjAGgAOgAgAG8AcABl",
  "AHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABnAG8AdAAgAAAAAEG8iQELkAGMAAAA",
  "AAAAAAAAAAACAAAAdgAAAGcAbABvAGIALgBtAGEAdABjAGgAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAg",
  "AG8AbgBlACAAbwBmACAAewBhAHIAcgBhAHkALAAgAG4AdQBsAGwAfQAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAQcyKAQuwAawA",
  "AAAAAAAAAAAAAAIAAACQAAAAZwBsAG8AYgAuAG0AYQB0AGMAaAA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBl",
  "ACAAYQByAHIAYQB5ACAAbwBmACAAcwB0AHIAaQBuAGcAcwAgAGIAdQB0ACAAZwBvAHQAIABhAHIAcgBhAHkAIABjAG8AbgB0AGEA",
  "aQBuAGkAbgBnACAAAAAAAAAAAAAAAAAAAEH8iwELsAGsAAAAAAAAAAAAAAACAAAAmAAAAGcAbABvAGIALgBtAGEAdABjAGgAOgAg",
  "AG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAGEAcgByAGEAeQAgAG8AZgAgAHIAdQBuAGUAcwAgAGIAdQB0ACAA",
  "ZwBvAHQAIABhAHIAcgBhAHkAIABjAG8AbgB0AGEAaQBuAGkAbgBnACAAcwB0AHIAaQBuAGcAAAAAAABBrI0BC3BsAAAAAAAAAAAA",
  "AAACAAAAWgAAAGcAbABvAGIALgBtAGEAdABjAGgAOgAgAG8AcABlAHIAYQBuAGQAIAAzACAAbQB1AHMAdAAgAGIAZQAgAHMAdABy",
  "AGkAbgBnACAAYgB1AHQAIABnAG8AdAAgAAAAAEGcjgELkAGMAAAAAAAAAAAAAAACAAAAfAAAAGcAbABvAGIALgBtAGEAdABjAGgA",
  "OgAgAHQAaABlACAAcABhAHQAdABlAHIAbgAgAG4AZQBzAHQAcwAgAHsALgAuAC4AfQAgAGcAcgBvAHUAcABzACAAbQBvAHIAZQAg",
  "AHQAaABhAG4AIAAxADAAMAAwACAAZABlAGUAcAAAQayPAQuQAYwAAAAAAAAAAAAAAAIAAABwAAAAdABpAG0AZQAuAHAAYQByAHMA",
  "ZQBfAHIAZgBjADMAMwAzADkAXwBuAHMAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBn",
  "ACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAAAAAAAAAABBvJABC+AB3AAAAAAAAAAAAAAAAgAAAMIAAAB0AGkAbQBlAC4AcABhAHIA",
  "cwBlAF8AcgBmAGMAMwAzADMAOQBfAG4AcwA6ACAAYwBhAG4AbgBvAHQAIABwAGEAcgBzAGUAIAB0AGgAZQAgAHQAaQBtAGUAOgAg",
  "AGkAdAAgAGkAcwAgAG4AbwB0ACAAUgBGAEMAIAAzADMAMwA5ACAAKABsAGkAawBlACAAMgAwADAANgAtADAAMQAtADAAMgBUADEA",
  "NQA6ADAANAA6ADAANQBaADAANwA6ADAAMAApAAAAAAAAAAAAAAAAQZySAQuAAXwAAAAAAAAAAAAAAAIAAABkAAAAdABpAG0AZQAu",
  "AHAAYQByAHMAZQBfAHIAZgBjADMAMwAzADkAXwBuAHMAOgAgAHQAaQBtAGUAIABvAHUAdABzAGkAZABlACAAbwBmACAAdgBhAGwA",
  "aQBkACAAcgBhAG4AZwBlAAAAAAAAAAAAAEGckwELcGwAAAAAAAAAAAAAAAIAAABYAAAAdABpAG0AZQAuAGQAYQB0AGUAOgAgAG8A",
  "cABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAQYyUAQtw",
  "bAAAAAAAAAAAAAAAAgAAAFgAAAB0AGkAbQBlAC4AZABhAHQAZQA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBl",
  "ACAAcwB0AHIAaQBuAGcAIABiAHUAdAAgAGcAbwB0ACAAAAAAAABB/JQBC8ABvAAAAAAAAAAAAAAAAgAAAKwAAAB0AGkAbQBlAC4A",
  "ZABhAHQAZQA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAZQBpAHQAaABlAHIAIABuAHUAbQBiAGUAcgAg",
  "ACgAbgBzACkAIABvAHIAIABbAG4AdQBtAGIAZQByACAAKABuAHMAKQAsACAAcwB0AHIAaQBuAGcAIAAoAHQAegApAF0AIABiAHUA",
  "dAAgAGcAbwB0ACAAAEG8lgELUEwAAAAAAAAAAAAAAAIAAAA4AAAAdABpAG0AZQAuAGQAYQB0AGUAOgAgAHQAaQBtAGUAcwB0AGEA",
  "bQBwACAAdABvAG8AIABiAGkAZwAAAAAAAEGMlwEL0AHMAAAAAAAAAAAAAAACAAAAtAAAAHQAaQBtAGUALgBhAGQAZABfAGQAYQB0",
  "AGUAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAGUAaQB0AGgAZQByACAAbgB1AG0AYgBlAHIAIAAoAG4A",
  "cwApACAAbwByACAAWwBuAHUAbQBiAGUAcgAgACgAbgBzACkALAAgAHMAdAByAGkAbgBnACAAKAB0AHoAKQBdACAAYgB1AHQAIABn",
  "AG8AdAAgAAAAAAAAAAAAAEHcmAELYFwAAAAAAAAAAAAAAAIAAABAAAAAdABpAG0AZQAuAGEAZABkAF8AZABhAHQAZQA6ACAAdABp",
  "AG0AZQBzAHQAYQBtAHAAIAB0AG8AbwAgAGIAaQBnAAAAAAAAAAAAAAAAAABBvJkBC4ABfAAAAAAAAAAAAAAAAgAAAGAAAAB0AGkA",
  "bQBlAC4AYQBkAGQAXwBkAGEAdABlADoAIABvAHAAZQByAGEAbgBkACAAMgAgAG0AdQBzAHQAIABiAGUAIABuAHUAbQBiAGUAcgAg",
  "AGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAAAAAAAAAQbyaAQuwAawAAAAAAAAAAAAAAAIAAACaAAAAdABpAG0AZQAuAGEAZABkAF8A",
  "ZABhAHQAZQA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAaQBuAHQAZQBnAGUAcgAgAG4AdQBtAGIAZQBy",
  "ACAAYgB1AHQAIABnAG8AdAAgAGYAbABvAGEAdABpAG4AZwAtAHAAbwBpAG4AdAAgAG4AdQBtAGIAZQByAAAAAEHsmwELgAF8AAAA",
  "AAAAAAAAAAACAAAAYAAAAHQAaQBtAGUALgBhAGQAZABfAGQAYQB0AGUAOgAgAG8AcABlAHIAYQBuAGQAIAAzACAAbQB1AHMAdAAg",
  "AGIAZQAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAAAAAAAAAABB7JwBC7ABrAAAAAAAAAAAAAAAAgAAAJoA",
  "AAB0AGkAbQBlAC4AYQBkAGQAXwBkAGEAdABlADoAIABvAHAAZQByAGEAbgBkACAAMwAgAG0AdQBzAHQAIABiAGUAIABpAG4AdABl",
  "AGcAZQByACAAbgB1AG0AYgBlAHIAIABiAHUAdAAgAGcAbwB0ACAAZgBsAG8AYQB0AGkAbgBnAC0AcABvAGkAbgB0ACAAbgB1AG0A",
  "YgBlAHIAAAAAQZyeAQuAAXwAAAAAAAAAAAAAAAIAAABgAAAAdABpAG0AZQAuAGEAZABkAF8AZABhAHQAZQA6ACAAbwBwAGUAcgBh",
  "AG4AZAAgADQAIABtAHUAcwB0ACAAYgBlACAAbgB1AG0AYgBlAHIAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAAAAAAAEGcnwEL",
  "sAGsAAAAAAAAAAAAAAACAAAAmgAAAHQAaQBtAGUALgBhAGQAZABfAGQAYQB0AGUAOgAgAG8AcABlAHIAYQBuAGQAIAA0ACAAbQB1",
  "AHMAdAAgAGIAZQAgAGkAbgB0AGUAZwBlAHIAIABuAHUAbQBiAGUAcgAgAGIAdQB0ACAAZwBvAHQAIABmAGwAbwBhAHQAaQBuAGcA",
  "LQBwAG8AaQBuAHQAIABuAHUAbQBiAGUAcgAAAABBzKABC3BsAAAAAAAAAAAAAAACAAAAVAAAAHQAaQBtAGUALgBhAGQAZABfAGQA",
  "YQB0AGUAOgAgAHQAaQBtAGUAIABvAHUAdABzAGkAZABlACAAbwBmACAAdgBhAGwAaQBkACAAcgBhAG4AZwBlAAAAAAAAAAAAAEG8",
  "oQELgAF8AAAAAAAAAAAAAAACAAAAaAAAAG4AZQB0AC4AYwBpAGQAcgBfAGMAbwBuAHQAYQBpAG4AcwA6ACAAbwBwAGUAcgBhAG4A",
  "ZAAgADEAIABtAHUAcwB0ACAAYgBlACAAcwB0AHIAaQBuAGcAIABiAHUAdAAgAGcAbwB0ACAAAAAAAABBvKIBC3BsAAAAAAAAAAAA",
  "AAACAAAAUgAAAG4AZQB0AC4AYwBpAGQAcgBfAGMAbwBuAHQAYQBpAG4AcwA6ACAAaQBuAHYAYQBsAGkAZAAgAEMASQBEAFIAIABh",
  "AGQAZAByAGUAcwBzADoAIAAAAAAAAAAAAAAAAEGsowELwAG8AAAAAAAAAAAAAAACAAAAoAAAAG4AZQB0AC4AYwBpAGQAcgBfAGMA",
  "bwBuAHQAYQBpAG4AcwA6ACAAbgBvAHQAIABhACAAdgBhAGwAaQBkACAAdABlAHgAdAB1AGEAbAAgAHIAZQBwAHIAZQBzAGUAbgB0",
  "AGEAdABpAG8AbgAgAG8AZgAgAGEAbgAgAEkAUAAgAGEAZABkAHIAZQBzAHMAIABvAHIAIABDAEkARABSADoAIAAAAAAAAAAAAAAA",
  "AAA="
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
