import { createRequire as __accessctlCreateRequire } from 'node:module'; const require = __accessctlCreateRequire(import.meta.url);
import {
  RegoCompileError
} from "./chunk-4RBVORL2.js";
import "./chunk-5RCIL5KO.js";

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
  "fwF/YAJ/fAF/YAAAYAF8AX9gAX4AYAJ8fwF8YAJ/fwF8YAN+fn8Bf2ABfwF8YAZ/fn5/fn8Bf2AHf39/f39/fwF/YAZ/f39/f38B",
  "fwLwAQ0GcG9saWN5CWhlYXBfYmFzZQAEBnBvbGljeQRldmFsAAMDZW52CW9wYV9hYm9ydAADBnBvbGljeQ5zdGF0aWNfc3RyaW5n",
  "cwAEBnBvbGljeQtlbnRyeXBvaW50cwAEBnBvbGljeQhidWlsdGlucwAEA2VudgtvcGFfcHJpbnRsbgADA2VudgxvcGFfYnVpbHRp",
  "bjQAFQNlbnYMb3BhX2J1aWx0aW4zAAoDZW52DG9wYV9idWlsdGluMgAGA2VudgxvcGFfYnVpbHRpbjEAAgNlbnYMb3BhX2J1aWx0",
  "aW4wAAADZW52Bm1lbW9yeQIAAQPvAe0BAQUDCQgAAwAFAQcBDQAAAAEAAQUABwkBAAMFAAEABgABAgMACAAAAAEFAQACAg4GBQcC",
  "AAcLAQ8AAAoDBggQAAAAAgYDBAAGAQQABAEDAAgAEQIGAgAGAgACAgcAAAAAABICEwsAAQAAAQEEAAEDBQQBAQgDBwQACQQHAAwM",
  "BQMBAQAAAQAEAAoGAgABAQUBAwEAAQIBAQMEAwUFBQEUAQQEAwQEAQEBAQEBAQEAAAAAAAAAAgAAAAAAAQAAAQYBAAAAAQAAAAAC",
  "AAACAAAAAAACAgIBAAEBAQIABgIBAQABAAABAgIAAQEBAQEBBvYBMX8BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQAL",
  "fwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQAL",
  "fwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC34BQgALfgFCAAt+AUIAC34BQgALfgFCAAt+AUIAC38BQQAL",
  "fwFBAAt/AEEBC38AQQMLfwFBAAt/AUEAC34BQgALfgFCAAt/AUEAC38BQQALfgFCAAt/AUEAC34BQgALB8kQigEUb3BhX3dhc21f",
  "YWJpX3ZlcnNpb24DJhpvcGFfd2FzbV9hYmlfbWlub3JfdmVyc2lvbgMnC3J0X2J1aWx0aW4wAJgBC3J0X2J1aWx0aW4xAJcBC3J0",
  "X2J1aWx0aW4yAJYBC3J0X2J1aWx0aW4zAJUBC3J0X2J1aWx0aW40AJQBCnJ0X3ByaW50bG4AgAEKb3BhX21hbGxvYwChAQhvcGFf",
  "ZnJlZQClARBvcGFfaGVhcF9wdHJfZ2V0AKQBEG9wYV9oZWFwX3B0cl9zZXQAowEOb3BhX2pzb25fcGFyc2UAVg9vcGFfdmFsdWVf",
  "cGFyc2UAVg1vcGFfanNvbl9kdW1wAKIBDm9wYV92YWx1ZV9kdW1wAJ8BDm9wYV92YWx1ZV90eXBlAJ0BH2FjY2Vzc2N0bF9zdHJp",
  "Y3RfYnVpbHRpbl9lcnJvcnMArgEaYWNjZXNzY3RsX2J1aWx0aW5fbG9jYXRpb24AsAETYWNjZXNzY3RsX2hvc3RfYXJncwCvAQhi",
  "dWlsdGlucwCtAQtlbnRyeXBvaW50cwCsARBvcGFfZXZhbF9jdHhfbmV3AFcWb3BhX2V2YWxfY3R4X3NldF9pbnB1dACmARVvcGFf",
  "ZXZhbF9jdHhfc2V0X2RhdGEAqAEbb3BhX2V2YWxfY3R4X3NldF9lbnRyeXBvaW50AKcBF29wYV9ldmFsX2N0eF9nZXRfcmVzdWx0",
  "AKkBBGV2YWwAqwEIb3BhX2V2YWwAqgESb3BhX3ZhbHVlX2FkZF9wYXRoAKABFW9wYV92YWx1ZV9yZW1vdmVfcGF0aACeAQxydF9t",
  "ZW1vX2luaXQAiwEMcnRfbWVtb19wdXNoAIgBC3J0X21lbW9fcG9wAIkBC3J0X21lbW9fZ2V0AIwBDnJ0X21lbW9faW5zZXJ0AIoB",
  "B3J0X251bGwAhQEHcnRfdHJ1ZQB3CHJ0X2ZhbHNlAJIBDXJ0X251bWJlcl9pbnQAhAENcnRfbnVtYmVyX3JlZgCDAQlydF9zdHJp",
  "bmcAeAhydF9hcnJheQCbAQlydF9vYmplY3QAggEGcnRfc2V0AHwJcnRfYXNfc2V0AJkBD3J0X2FycmF5X2FwcGVuZACaARBydF9v",
  "YmplY3RfaW5zZXJ0AIEBCnJ0X3NldF9hZGQAewZydF9nZXQAkQEKcnRfY29tcGFyZQCTAQdydF90eXBlAHYGcnRfbGVuAI0BDXJ0",
  "X2l0ZXJfY291bnQAkAELcnRfaXRlcl9rZXkAjwENcnRfaXRlcl92YWx1ZQCOAQxydF9zY2FuX2tleXMAfg5ydF9zY2FuX3ZhbHVl",
  "cwB9D3J0X3NoYWxsb3dfY29weQB5CHJ0X21lcmdlAIcBD3J0X3NldF9sb2NhdGlvbgB6EHJ0X3J1bnRpbWVfZXJyb3IAfwhydF9h",
  "Ym9ydACcARJydF9uYW1lX21hcF9pbnNlcnQAhgEMcnRfd2l0aF9yb290AHUMcnRfd2l0aF9zdGVwAHQEYl9lcQBcB2JfZXF1YWwA",
  "XAViX25lcQC7AQRiX2x0AL8BBWJfbHRlAL4BBGJfZ3QAwwEFYl9ndGUAwgEGYl9wbHVzALoBB2JfbWludXMAvQEFYl9tdWwAvAEF",
  "Yl9kaXYAxAEFYl9yZW0AuQETYl9pbnRlcm5hbF9tZW1iZXJfMgDBARNiX2ludGVybmFsX21lbWJlcl8zAMABCmJfaXNfYXJyYXkA",
  "uAEMYl9pc19ib29sZWFuALcBCWJfaXNfbnVsbAC2AQtiX2lzX251bWJlcgC1AQtiX2lzX29iamVjdAC0AQhiX2lzX3NldACzAQti",
  "X2lzX3N0cmluZwCyAQtiX3R5cGVfbmFtZQCxAQtiX3RvX251bWJlcgDGAQViX2FicwDkAQdiX3JvdW5kAOABBmJfY2VpbADjAQdi",
  "X2Zsb29yAOIBD2JfbnVtYmVyc19yYW5nZQDhAQdiX2NvdW50APgBBWJfc3VtAPMBCWJfcHJvZHVjdAD1AQViX21heAD3AQViX21p",
  "bgD2AQZiX3NvcnQA9AEFYl9hbmQAaARiX29yAOsBB2JfdW5pb24A6gEOYl9pbnRlcnNlY3Rpb24A7AEMYl9vYmplY3RfZ2V0APAB",
  "DWJfb2JqZWN0X2tleXMA7wEOYl9vYmplY3RfdW5pb24A7QEPYl9vYmplY3RfcmVtb3ZlAO4BDmJfYXJyYXlfY29uY2F0APIBDWJf",
  "YXJyYXlfc2xpY2UA8QEGYl93YWxrAOkBCGJfY29uY2F0ANwBCmJfY29udGFpbnMA2wEMYl9zdGFydHN3aXRoANUBCmJfZW5kc3dp",
  "dGgA2gEIYmhfbG93ZXIAzQEIYmhfdXBwZXIAzAEHYl9zcGxpdADWAQZiX3RyaW0A0wELYl90cmltX2xlZnQA0gEMYl90cmltX3Jp",
  "Z2h0ANABDWJfdHJpbV9wcmVmaXgA0QENYl90cmltX3N1ZmZpeADOAQxiX3RyaW1fc3BhY2UAzwEJYl9yZXBsYWNlANcBCWJfaW5k",
  "ZXhvZgDYAQtiX3N1YnN0cmluZwDUAQxiX2Zvcm1hdF9pbnQA2QEKYmhfc3ByaW50ZgDeARpiX2ludGVybmFsX3RlbXBsYXRlX3N0",
  "cmluZwDLARRiaF9zdHJpbmdzX3JlcGxhY2VfbgDfAQxiX2dsb2JfbWF0Y2gA6AEXYl90aW1lX3BhcnNlX3JmYzMzMzlfbnMAyQEM",
  "YmhfdGltZV9kYXRlAMgBD2JfdGltZV9hZGRfZGF0ZQDKAQ5iaF90aW1lX2Zvcm1hdADHARNiX25ldF9jaWRyX2NvbnRhaW5zAOYB",
  "Bm1lbW9yeQIADAKdAQqB6QLtATQBAX8jAEUEQBAAJAALIwBBB2pBeHEiASAAaiIAIAFJBEBBAEHQGRAmCyAAEFkgACQAIAELXQAC",
  "fwJAAkACQAJAAkACQAJAIAEoAgBBAWsOBgABAgMEBQYLQfAmDAYLQZAtDAULQcAtDAQLQeAtDAMLQYAuDAILQaAuDAELQcAuCyEB",
  "IwIEQCAAIAFBAEEAEBALC8ADAQ9/IAAoAgBBBkYhBCAAKAIMIQ4gACgCBCINIAAoAhgiCGsiB0ECdCIBEAwhBSABEAwhAQNAIAIg",
  "B0kEQCAFIAJBAnRqIAIgCGo2AgAgAkEBaiECDAELCyAOIAUgByABEDAgDUECdCIBEAwhCSAEBH8gARAMBUEACyEKIAQEfyAAKAIQ",
  "BUEACyELIA1BAnQQDCEMQQAhAgNAIAYgDUkEQCADIAdPBH9BAQUgAiAISQR/IA4gAkECdGooAgAgDiAFIANBAnRqKAIAQQJ0aigC",
  "ABATQQBIBUEACwsEQCACIgFBAWohAgUgAyIBQQFqIQMgBSABQQJ0aigCACEBCyAMIAFBAnQiAWogBjYCACAGQQJ0Ig8gCWogASAO",
  "aigCADYCACAEBEAgCiAPaiABIAtqKAIANgIACyAGQQFqIQYMAQsLIA4gCSANQQJ0IgH8CgAAIAQEQCALIAogAfwKAAALIAAgDTYC",
  "GCAAKAIUIgFFBEAPCyABKAIAQQFqIQJBACEAA0AgACACSQRAIAFBCGogAEEDdGoiAygCBCIEBEAgAyAMIARBAWtBAnRqKAIAQQFq",
  "NgIECyAAQQFqIQAMAQsLCy0BAX9BGBAMIgFBAzYCACABQQA2AgQgASAANwMIIAFBADYCECABQQA2AhQgAQv7AQEGf0GAECEEA0Ag",
  "BEH/F0kgAEEUaygCEEEBdiIJIAZKcQRAIAQiBUEBaiEEIAUgBiAJTwR/QX8FIAAgBkEBdGovAQALOgAAIAZBAWohBgwBCwsgBCEA",
  "A0AgAEH/F0kgAUEUaygCEEEBdiIFIAdKcQRAIAAiBEEBaiEAIAQgBSAHTQR/QX8FIAEgB0EBdGovAQALOgAAIAdBAWohBwwBCwsD",
  "QCAAQf8XSSADIAhLcQRAIAAiAUEBaiEAIAEgAiAIai0AADoAACAIQQFqIQgMAQsLIABBADoAACMBRQRAQYAQQdAqECYLIwEoAgAj",
  "ASgCBCMBKAIIQYAQEFsLJgEBf0EQEAwiAkEENgIAIAIgATYCBCACIAA2AgggAkEANgIMIAILGwEBf0EBECUjEyIBQQFqJBMjEiAB",
  "aiAAOgAAC5kEAQd/IAAgAUYEQEEADwsgAEUEQEF/DwsgAUUEQEEBDwsgACgCACICIAEoAgAiA0cEQEF/QQEgAiADSRsPCwJAAkAC",
  "QAJAAkACQAJAAkAgAkEBaw4HAAECAwQFBAYLQQAPC0F/QQEgACgCBCIAIAEoAgQiAUkbQQAgACABRxsPCyAAIAEQcw8LIAAoAggg",
  "ACgCBCABKAIIIAEoAgQQSA8LIAAoAgQiAiABKAIEIgMgAiADSRshBCAAKAIAQQZPBH8gACgCGCACRwVBAAsEQCAAEA4LIAAoAgwh",
  "BSABKAIAQQZPBH8gASgCGCABKAIERwVBAAsEQCABEA4LIAEoAgwhAUEAIQADQCAAIARJBEAgBSAAQQJ0IgZqKAIAIAEgBmooAgAQ",
  "EyIGBEAgBg8LIABBAWohAAwBCwsMAgsgACgCBCICIAEoAgQiAyACIANJGyEFIAAoAgBBBk8EfyAAKAIYIAJHBUEACwRAIAAQDgsg",
  "ACgCDCEGIAEoAgBBBk8EfyABKAIYIAEoAgRHBUEACwRAIAEQDgsgASgCDCEEIAAoAhAhByABKAIQIQFBACEAA0AgACAFSQRAIAYg",
  "AEECdCIIaigCACAEIAhqKAIAEBMiCARAIAgPCyAHIABBAnQiCGooAgAgASAIaigCABATIggEQCAIDwsgAEEBaiEADAELCwwBC0EA",
  "DwtBf0EBIAIgA0kbQQAgAiADRxsLWgECfyAAKAIIIgMgACgCBCICRgRAIAAgACgCDCADQQJ0QQQgA0EBdCADQQRJGyIDQQJ0EDk2",
  "AgwgACADNgIICyAAKAIMIAJBAnRqIAE2AgAgACACQQFqNgIECykBAX4gACgCBEECRgRAIAAoAggPC0IAIAApAwgiAX0gASABQgBT",
  "GxAiCzABAX8gACABEBoiA0EATgRAIAAoAhAgA0ECdGogAjYCAA8LIAAgASACQX8gA2sQSQszAQF/QRAQDCIBQQU2AgAgAUEANgIE",
  "IAEgADYCCCABIAAEfyAAQQJ0EAwFQQALNgIMIAELSwEBfyAAIACdYSAAmUQAoTgUmznfQ2NxBEAgAPwGEA8PC0EYEAwiAUEDNgIA",
  "IAFBATYCBCABIAA5AwggAUEANgIQIAFBADYCFCABC5ABAQF/IAAgAWotAAAiAkGAAUkEQCACDwsgAkHgAUkEQCAAIAFqLQABQT9x",
  "IAJBH3FBBnRyDwsgAkHwAUkEQCAAIAFqIgAtAAJBP3EgAkEPcUEMdCAALQABQT9xQQZ0cnIPCyAAIAFqIgAtAANBP3EgAkEHcUES",
  "dCAALQABQT9xQQx0ciAALQACQT9xQQZ0cnILzQIBCH8gACgCFARAIAEQIyQIIAEhAiAAKAIMIQcjCCIEIAAoAhQiBSgCACIIcSED",
  "A0ACQEF/IQEgBUEIaiADQQN0aiIGKAIEIglFDQAgBigCACAERgRAIAcgCUEBayIBQQJ0aigCACIGIAJGBH9BAAUgBiACEBMLRQ0B",
  "CyADQQFqIAhxIQMMAQsLIAFBAE4EfyABBUF/IAAoAgRrCw8LIAAoAgwhBCAAKAIEIQUDQCACIAVJBEAgBCACQQJ0aigCACABRgRA",
  "IAIPCyACQQFqIQIMAQsLQX8gBWshAAJAIAUEfyAEIAVBAWtBAnRqKAIAIAEQE0EASAVBAAsNACAFQQFrIQIDQCACIANOBEAgBCAC",
  "IANqQQF2IgBBAnRqKAIAIAEQEyIFRQ0CIAVBAEgEQCAAQQFqIQMFIABBAWshAgsMAQsLQX8gA2shAAsgAAvIAQIBfgF/IAAoAgBB",
  "AksEf0EABSAAKAIABH8gACgCBAVBAAutIAAoAgBBAUsEfyAAKAIIBUEAC61CIIaEIgJCgICAgICAgICAf1ggAkL///////////8A",
  "WCABGwsEQEIAIAAoAgAEfyAAKAIEBUEAC60gACgCAEEBSwR/IAAoAggFQQALrUIghoQiAn0gAiABGxAPDwtBGBAMIgNBAzYCACAD",
  "QQI2AgQgAyAANgIIIAMgAUEARzYCDCADQQA2AhAgA0EANgIUIAMLJQECfyAAQQJ0IgJBBGoQDCIBIAA2AgAgAUEEakEAIAL8CwAg",
  "AQv1AQIGfwJ+IAEoAgAiBSAAKAIAIgZqEBwhAgNAIAMgBkkEQEIAIQggAyAAKAIASQR/IABBBGogA0ECdGooAgAFQQALrSEJQQAh",
  "BANAIAQgBUkEQCACQQRqIAMgBGpBAnRqIgc1AgAgCSAEIAEoAgBJBH8gAUEEaiAEQQJ0aigCAAVBAAutfnwgCHwhCCAHIAg+AgAg",
  "CEIgiCEIIARBAWohBAwBCwsgAkEEaiADIAVqQQJ0aiAIPgIAIANBAWohAwwBCwsgAigCACEAA0AgAAR/IAIgAEECdGooAgAFQQEL",
  "RQRAIABBAWshAAwBCwsgAiAANgIAIAILVgEDfyAAQRRrKAIQQQF2IgIQDCEDA0AgASACSQRAIAEgA2ogASAAQRRrKAIQQQF2TwR/",
  "QX8FIAAgAUEBdGovAQALOgAAIAFBAWohAQwBCwsgAyACEBELHwEBfyAAIAEQGiICQQBIBEAgACABQQBBfyACaxBJCwsrAEF/IAAg",
  "ARAaIgEgAUEASBsiAUEATgR/IAAoAhAgAUECdGooAgAFQQALC9wEAQZ/AkACQAJAAkACQAJAAkACQCAAKAIAQQFrDgcAAQIDBAYF",
  "BwtB8CYQLg8LQbAmQdAmIAAoAgQbEC4PCwJAIAAoAhAiAQRAIAEgACgCFBA1DAELIAAoAgRBAkYEfyAAKAIIKAIAQQpsQQRqBUHA",
  "AAsQJSMTIAAjEiMTahBLaiQTCw8LIAAQUA8LQdsAEBIgACgCBCEEA0AgAyAESQRAIAMEQEEsEBIgAgRAQSAQEgsLIAAoAgwgA0EC",
  "dGooAgAgASACECEgA0EBaiEDDAELC0HdABASDwsgACgCBCIDQQEgARtFBEBB8CgQLg8LQfsAQdsAIAEbEBIgACgCAEEGTwR/IAAo",
  "AhggACgCBEcFQQALBEAgABAOCyAAKAIMIQRBACEAA0AgACADSQRAIAAEQEEsEBIgAgRAQSAQEgsLIAQgAEECdGooAgAgASACECEg",
  "AEEBaiEADAELC0H9AEHdACABGxASDwtB+wAQEiAAKAIEIQcDQCADIAdJBEAgAwRAQSwQEiACBEBBIBASCwsgACgCAEEGTwR/IAAo",
  "AhggACgCBEcFQQALBEAgABAOC0EBIAEgACgCDCADQQJ0aigCACIIKAIAQQRGGwRAIAggASACECEFIxIjEyEFIxQhBkEAJBJBACQT",
  "QQAkFCAIQQBBABAhIxIjExARIQgkEiAFJBMgBiQUIAgQUAtBOhASIAIEQEEgEBILIAAoAgBBBk8EfyAAKAIYIAAoAgRHBUEACwRA",
  "IAAQDgsgACgCECADQQJ0aigCACABIAIQISADQQFqIQMMAQsLQf0AEBILC0wBAn9BAhAcIgEgAD4CBCABIABCIIg+AgggASgCACEC",
  "A0AgAgR/IAEgAkECdGooAgAFQQELRQRAIAJBAWshAgwBCwsgASACNgIAIAELrQQBBH8gAEUEQEEADwsCQAJAAkACQAJAAkACQAJA",
  "AkAgACgCAEEBaw4HAAECAwQFBgcLQbnz3fF5DwtB65Svr3hBtdzKlXwgACgCBBsPCyAAEHIPCwJAIAAoAgwiAQRAIAEhAAwBC0HF",
  "u/KIeCEBIAAoAgghAyAAKAIEIQQDQCACIARJBEAgAiADai0AACABc0GTg4AIbCEBIAJBAWohAgwBCwsgACABIARzIgBBEHYgAHNB",
  "reqs/wdsIgBBD3YgAHNBi82yo3hsIgBBEHYgAHMiAEEBIAAbIgA2AgwLIAAPC0Gv1tO+AiECIAAoAgQhAwNAIAEgA0kEQCAAKAIM",
  "IAFBAnRqKAIAECMgAkEfbGoiAkEQdiACc0Gt6qz/B2wiAkEPdiACc0GLzbKjeGwiAkEQdiACcyECIAFBAWohAQwBCwsgAg8LIAAo",
  "AgQiA0Gxz9myAWohAiAAKAIMIQQgACgCECEAA0AgASADSQRAIAIgAUECdCICIARqKAIAECNBH2wgACACaigCABAjaiICQRB2IAJz",
  "Qa3qrP8HbCICQQ92IAJzQYvNsqN4bCICQRB2IAJzaiECIAFBAWohAQwBCwsMAgsgACgCBCIDQZS39uICayECIAAoAgwhAANAIAEg",
  "A0kEQCAAIAFBAnRqKAIAECMgAmohAiABQQFqIQEMAQsLDAELQQAPCyACIAJBEHZzQa3qrP8HbCIAQQ92IABzQYvNsqN4bCIAQRB2",
  "IABzC+gEAgl/AXwgACgCBEEBRwRAIAAQFSQEIAAoAgRBAkYEfyAAKAIMQQBHBSAAKQMIQgBTCyQFQQAkBiABRQRAIAAoAgRBAkYE",
  "fyAAKAIIKAIAQQpsQQRqBUHAAAsQDCEBQQAjBEEAIAEQPiIAIABBAUYEfyABLQAAQTBGBUEACxskBwtBAQ8LIAAoAhAhCiAAKAIU",
  "IghFBEAgACsDCCILIAuhRAAAAAAAAAAAYgRAQQAPC0HAABAMIQpBwAAQDCICIAsQQSEIQQAhAANAIAAgCEkEQCAAIApqIAIgAEEB",
  "dGovAQA6AAAgAEEBaiEADAELCwtBACQFIAgEfyAKLQAAQS1GBUEACwR/QQEkBUEBBUEACyECIAgQDCEDQQAhAANAIAIgCEkEQAJA",
  "IAIgCmotAAAiBEE5TSAEQTBPcQRAQQEgBEEwRyAAGwRAIAAgA2ogBDoAACAAQQFqIQALIAZBAWogBiAFGyEGBSAEQS5HDQFBASEF",
  "CyACQQFqIQIMAgsLCyACIAhJBH8gAiAKai0AAEHlAEYEf0EBBSACIApqLQAAQcUARgsFQQALBH8gCCACQQFqIgJLBH8gAiAKai0A",
  "AEErRgR/QQEFIAIgCmotAABBLUYLBUEACwRAIAIgCmotAABBLUYhByACQQFqIQILA0AgAiAISQRAIAIgCmotAABBMGsgCUEKbGoi",
  "CUGQA0GAwtcvIAEbSgRAQQAPCyACQQFqIQIMAQsLQQAgCWsgCSAHGwVBAAsgAEEoS0EAIAEbBEBBAA8LIAMgABBsJAQgBmskBiAA",
  "JAcgAQR/IwZBPEgjBkFESnEFQQELCzcBAX8jFCMTIABqTwRADwsjFEEBdCIBIxMgAGoiAEkEQCAAQUBrIQELIxIjFCABEDkkEiAB",
  "JBQLmQEBBH9BgAghAiAABEADQCACQf8XSQRAAkAgACIDQQFqIQAgAy0AACIFRQ0AIAIiA0EBaiECIAMgBToAAAwCCwsLCwNAIAJB",
  "/xdJIAFBFGsoAhBBAXYiAyAESnEEQCACIgBBAWohAiAAIAMgBE0Ef0F/BSABIARBAXRqLwEACzoAACAEQQFqIQQMAQsLIAJBADoA",
  "AEGACBACAAuJAQEDfyAAKAIAIgIgASgCACIDRwRAQX9BASACIANJGw8LIAJBAWshAgNAIAJBAE4EQCACIAAoAgBJBH8gAEEEaiAC",
  "QQJ0aigCAAVBAAsiAyACIAEoAgBJBH8gAUEEaiACQQJ0aigCAAVBAAsiBEcEQEF/QQEgAyAESRsPCyACQQFrIQIMAQsLQQALLgED",
  "f0IBECIhAUIKECIhAwNAIAAgAkoEQCABIAMQHSEBIAJBAWohAgwBCwsgAQs6AEHgGCAANgIAQeQYQQE2AgBB6BggATYCAEHsGEEA",
  "NgIAQfAYQQA2AgBB9BhBADYCACAAQQAgARAKCywAIAAoAgBBA0cEQCACIAAQDUEBDwsgASgCAEEDRwRAIAMgARANQQEPC0EAC8IB",
  "AgN/An4gACgCACIEEBwhAwNAIAIgBEkEQCACIAAoAgBJBH8gAEEEaiACQQJ0aigCAAVBAAutIAIgASgCAEkEfyABQQRqIAJBAnRq",
  "KAIABUEAC619IAV9IQZCACEFIANBBGogAkECdGogBkIAUwR+QgEhBSAGQoCAgIAQfAUgBgs+AgAgAkEBaiECDAELCyADKAIAIQAD",
  "QCAABH8gAyAAQQJ0aigCAAVBAQtFBEAgAEEBayEADAELCyADIAA2AgAgAwvKAQEEfyAAKAIEIQJBHBAMIgFBAEEc/AsAIAFBBjYC",
  "ACACRQRAIAEPCyACQQJ0IgQQDCEDIAQQDCEEIAAoAgBBBk8EfyAAKAIYIAAoAgRHBUEACwRAIAAQDgsgAyAAKAIMIAJBAnT8CgAA",
  "IAAoAgBBBk8EfyAAKAIYIAAoAgRHBUEACwRAIAAQDgsgBCAAKAIQIAJBAnT8CgAAIAEgAjYCBCABIAI2AgggASADNgIMIAEgBDYC",
  "ECABIAI2AhggAkEQTwRAIAEQRwsgAQvYAgEDfyAAKAIARQRAQgAQDw8LA0AgAkEASARAAkAgAEIKECIQLyMDKAIADQAhACACQQFq",
  "IQIMAgsLCyACQQBOBEAgACACECgQHSABEBsPCyAAQQAgACgCAEEKbEEEahAMIgUQPiIEIAJqIQMgBCACa0EEahAMIQIgAQR/IAJB",
  "LToAAEEBBUEACyEAIANBAEwEfyAAIAJqQTA6AAAgAEEBaiIBQQFqIQAgASACakEuOgAAA0AgA0EASARAIAAiAUEBaiEAIAEgAmpB",
  "MDoAACADQQFqIQMMAQsLIAAgAmogBSAE/AoAACAAIARqBSAAIAJqIAUgA/wKAAAgACADaiIAQQFqIQEgACACakEuOgAAIAEgAmog",
  "AyAFaiAEIANrIgD8CgAAIAAgAWoLIQBBGBAMIgFBAzYCACABQQE2AgQgASACIAAQSjkDCCABIAI2AhAgASAANgIUIAELVwEDfyAA",
  "QRRrKAIQQQF2ECUDQCABIABBFGsoAhBBAXYiAkgEQCMTIgNBAWokEyMSIANqIAEgAk8Ef0F/BSAAIAFBAXRqLwEACzoAACABQQFq",
  "IQEMAQsLC+ECAQh/IAAoAgAiAxAcIQYgASgCAEEBahAcIgJBADYCACADQQV0QQFrIQgDQCAIQQBOBEAgAigCAEEBaiIEEBwhAyAI",
  "QQV2IgUgACgCAEkEfyAAQQRqIAVBAnRqKAIABUEACyAIdkEBcSEFQQAhBwNAIAQgB0sEQCAHQQJ0IgkgA0EEamogByACKAIASQR/",
  "IAJBBGogCWooAgAFQQALIglBAXQgBXI2AgAgCUEfdiEFIAdBAWohBwwBCwsgAygCACECA0AgAgR/IAMgAkECdGooAgAFQQELRQRA",
  "IAJBAWshAgwBCwsgAyACNgIAIAMiAiABECdBAE4EQCACIAEQKyECIAZBBGogCEEFdkECdGoiAyADKAIAQQEgCHRyNgIACyAIQQFr",
  "IQgMAQsLIAIkAyAGKAIAIQADQCAABH8gBiAAQQJ0aigCAAVBAQtFBEAgAEEBayEADAELCyAGIAA2AgAgBguhAgEGfyACQQJJBEAP",
  "CyAAIAEgAkEBdiIIIAMQMCAAIAEgCEECdGogAiAIayADEDAgCCEFA0AgBiAISSACIAVLcQRAIAAgASAFQQJ0aigCACIHQQJ0aigC",
  "ACAAIAEgBkECdGooAgAiCUECdGooAgAQE0EASARAIAMgBEECdGogBzYCACAFQQFqIQUFIAMgBEECdGogCTYCACAGQQFqIQYLIARB",
  "AWohBAwBCwsDQCAGIAhJBEAgBCIAQQFqIQQgBiIHQQFqIQYgAyAAQQJ0aiABIAdBAnRqKAIANgIADAELCwNAIAIgBUsEQCAEIgBB",
  "AWohBCAFIgZBAWohBSADIABBAnRqIAEgBkECdGooAgA2AgAMAQsLIAEgAyACQQJ0/AoAAAt8AQF/IAAoAgAiAkEFRgRAIAGtEA8P",
  "CyACQQZGBEAgACgCAEEGTwR/IAAoAhggACgCBEcFQQALBEAgABAOCyAAKAIMIAFBAnRqKAIADwsgACgCAEEGTwR/IAAoAhggACgC",
  "BEcFQQALBEAgABAOCyAAKAIMIAFBAnRqKAIAC4MCAwJ/AXwBfiABRSAARXIEQEEADwsgACgCACICQQZGBEAgACABECAPCyACQQVG",
  "BEAgASgCAEEDRwRAQQAPC0F/IQICQCABKAIEIgNBAkYNACADRQRAIAEpAwgiBadBfyAFQv////8HVyAFQgBZcRshAgwBCyABKwMI",
  "IgT8AiECIAQgBJ1hIAREAAAAAAAAAABmcSAERAAAwP///99BZXENAEF/IQILIAJBAEgEf0EBBSACIAAoAgRPCwRAQQAPCyAAKAIM",
  "IAJBAnRqKAIADwsgAkEHRgRAQX8gACABEBoiASABQQBIGyIBQQBOBH8gACgCDCABQQJ0aigCAAVBAAsPC0EAC9gCAgJ+Bn8gAUUE",
  "QEEADwsgAC0AAEEtRgR/QQEhCUEBBUEACyEEQQEhCANAIAEgCUsEQCAAIAlqLQAAIgVBOU0gBUEwT3EEQCAHQQFqIQcgBkUgCHEE",
  "QCAFQTBrQf8Bca0gA0IKfnwiAiADVCADQpmz5syZs+bMGVZyBEBBASEGBSACIQMLCwUgBUHlAEYgBUEuRnIgBUHFAEZyIAVBK0Zy",
  "IAVBLUZyRQRAQQAPC0EAIQgLIAlBAWohCQwBCwsgB0UEQEEADwsgBkUgCHEEQCAERSADQv///////////wBYcQRAIAMQDw8LIANC",
  "gICAgICAgICAf1ggBHEEQEIAIAN9EA8PCwsgCARAIAAgBGogASAEaxBsIAQQGyIEIAA2AhAgBCABNgIUIAQPC0EYEAwiBEEDNgIA",
  "IARBATYCBCAEIAAgARBKOQMIIAQgADYCECAEIAE2AhQgBAslAEEAJBJBACQTQQAkFEHAABAlIABBAUEBECEjEiMTEBFBACQSCxoA",
  "IAEQJSMSIxNqIAAgAfwKAAAjEyABaiQTC/wJAQV/A0AjDCMNSQRAIwwtAAAiAUEJRyABQSBHcSABQQpHcSABQQ1HcUUEQCMMQQFq",
  "JAwMAgsLCwJAIwwjDU8NACMMLQAAIgFB+wBGIgIgAUHbAEZyIABBkM4ATnENACACBEAjDEEBaiQMA0AjDCMNSQRAIwwtAAAiAUEJ",
  "RyABQSBHcSABQQpHcSABQQ1HcUUEQCMMQQFqJAwMAgsLCyMMIw1JBH8jDC0AAEH9AEYFQQALBEAjDEEBaiQMQRwQDCIAQQBBHPwL",
  "ACAAQQY2AgAgAA8LIxEhBANAA0AjDCMNSQRAIwwtAAAiAUEJRyABQSBHcSABQQpHcSABQQ1HcUUEQCMMQQFqJAwMAgsLCyMMIw1P",
  "BH9BAQUjDC0AAEEiRwsNAhBRIgFFDQIDQCMMIw1JBEAjDC0AACICQQlHIAJBIEdxIAJBCkdxIAJBDUdxRQRAIwxBAWokDAwCCwsL",
  "IwwjDU8Ef0EBBSMMLQAAQTpHCw0CIwxBAWokDCAAQQFqEDYiAkUNAiMRIxBGBEBBwAAjEEEBdCMQQcAASRsiA0EDdBAMIQUjEQRA",
  "IAUjDyMRQQN0/AoAAAsgBSQPIAMkEAsjDyMRQQN0aiIDIAE2AgAgAyACNgIEIxFBAWokEQNAIwwjDUkEQCMMLQAAIgFBCUcgAUEg",
  "R3EgAUEKR3EgAUENR3FFBEAjDEEBaiQMDAILCwsjDCMNTw0CIwwiAUEBaiQMIAEtAAAiAUH9AEYEQCMPIARBA3RqIxEgBGsQcSAE",
  "JBEPCyABQSxGDQALDAELIAFB2wBGBEAjDEEBaiQMQQAQFyEBA0AjDCMNSQRAIwwtAAAiAkEJRyACQSBHcSACQQpHcSACQQ1HcUUE",
  "QCMMQQFqJAwMAgsLCyMMIw1JBH8jDC0AAEHdAEYFQQALBEAjDEEBaiQMIAEPCwNAIABBAWoQNiICRQ0CIAEgAhAUA0AjDCMNSQRA",
  "IwwtAAAiAkEJRyACQSBHcSACQQpHcSACQQ1HcUUEQCMMQQFqJAwMAgsLCyMMIw1PDQIjDCICQQFqJAwgAi0AACICQd0ARgRAIAEP",
  "CyACQSxGDQALDAELIAFBIkYEQBBRDwsgAUH0AEYEQEGIGEEAAn9BACEAQQAjDUGsJigCAEEBdiIBIwxqSQ0AGgNAIAAgAUkEQEEA",
  "IwwgAGotAAAgAEGsJigCAEEBdk8Ef0F/BSAAQQF0QbAmai8BAAtB/wFxRw0CGiAAQQFqIQAMAQsLIwwgAWokDEEBCxsPCyABQeYA",
  "RgRAQZAYQQACf0EAIQBBACMNQcwmKAIAQQF2IgEjDGpJDQAaA0AgACABSQRAQQAjDCAAai0AACAAQcwmKAIAQQF2TwR/QX8FIABB",
  "AXRB0CZqLwEAC0H/AXFHDQIaIABBAWohAAwBCwsjDCABaiQMQQELGw8LIAFB7gBGBEBBgBhBAAJ/QQAhAEEAIw1B7CYoAgBBAXYi",
  "ASMMakkNABoDQCAAIAFJBEBBACMMIABqLQAAIABB7CYoAgBBAXZPBH9BfwUgAEEBdEHwJmovAQALQf8BcUcNAhogAEEBaiEADAEL",
  "CyMMIAFqJAxBAQsbDwsjDCEAA0AjDCMNSQRAIwwtAAAiAUE5TSABQTBPcSABQS1GciABQStGciABQS5GciABQeUARnIgAUHFAEZy",
  "BEAjDEEBaiQMDAILCwsgACMMIABrEDMPC0EACyUAQQAkEkEAJBNBACQUQcAAECUgACABQQAQIUEAEBIjEkEAJBILPABB4BggADYC",
  "AEHkGEECNgIAQegYIAE2AgBB7BggAjYCAEHwGEEANgIAQfQYQQA2AgAgAEEAIAEgAhAJCzkAIwAgACABakZBACAAGwRAIAAgAmoi",
  "ARBZIAEkACAADwsgAhAMIQIgAARAIAIgACAB/AoAAAsgAguMAgEDfiAAIABCgJTr3AN/IgFCAX0gASAAQgBTBH8gAEKAlOvcA4FC",
  "AFIFQQALGyIAQoCU69wDfn0kIiAAIABCgKMFfyIBQgF9IAEgAEIAUwR/IABCgKMFgUIAUgVBAAsbIgBCgKMFfn0kISAAQuz0K3wi",
  "ACAAQrD1CH0gAEIAWRtCsfUIfyECIAAgAkKx9Qh+fSIBIAFCtAt/fSABQqydAn98IAFCsPUIf31C7QJ/IQAgASAAQu0CfiAAQgR/",
  "fCAAQuQAf319IgNCBX5CAnxCmQF/IQEgAyABQpkBfkICfEIFf31CAXwkICABQgN8IAFCCX0gAUIKUxskHyMfQgJXrSAAIAJCkAN+",
  "fHwkHgtuACAAIAEgAigCAEEFRhshAAJ/AkACQAJAAkACQAJAAkAgAygCAEEBaw4GAAECAwQFBgtB8CYMBgtBkC0MBQtBwC0MBAtB",
  "4C0MAwtBgC4MAgtBoC4MAQtBwC4LIQEjAgRAIAAgAUEAQQAQEAtBAAtRAQJ/IAEoAgQhAwNAIAIgA0kEQCABKAIAQQZPBH8gASgC",
  "GCABKAIERwVBAAsEQCABEA4LIAAgASgCDCACQQJ0aigCABAfIAJBAWohAgwBCwsLiwIBBn8gAUECSQRADwsgACABQQF2IgggAhA9",
  "IAAgCEECdGogASAIayACED0gCCEEA0AgBSAISSABIARLcQRAIAAgBEECdGooAgAiBiAAIAVBAnRqKAIAIgcQE0EASARAIAIgA0EC",
  "dGogBjYCACAEQQFqIQQFIAIgA0ECdGogBzYCACAFQQFqIQULIANBAWohAwwBCwsDQCAFIAhJBEAgAyIGQQFqIQMgBSIHQQFqIQUg",
  "AiAGQQJ0aiAAIAdBAnRqKAIANgIADAELCwNAIAEgBEsEQCADIgVBAWohAyAEIgZBAWohBCACIAVBAnRqIAAgBkECdGooAgA2AgAM",
  "AQsLIAAgAiABQQJ0/AoAAAvMAgIGfwF+IAAoAgAiBBAcIgVBBGogAEEEaiAEQQJ0/AoAACAEQQpsQQJqIgMQDCEHIAMhACAERQRA",
  "IAcgAEEBayIAakEwOgAACwNAIAUoAgAiBARAQgAhCSAEQQFrIQQDQCAEQQBOBEAgBUEEaiAEQQJ0aiIGNQIAIAlCIIaEIQkgBiAJ",
  "QoCU69wDgD4CACAJQoCU69wDgiEJIARBAWshBAwBCwsgBSgCACEEA0AgBAR/IAUgBEECdGooAgAFQQELRQRAIARBAWshBAwBCwsg",
  "BSAENgIAIAmnIQQgBSgCAEEARyEIQQAhBgNAIAZBCUhBACAEIAhyGwRAIAcgAEEBayIAaiAEQQpwQTBqOgAAIARBCm4hBCAGQQFq",
  "IQYMAQsLDAELCyABBEAgByAAQQFrIgBqQS06AAALIAIgACAHaiADIABrIgD8CgAAIAALwgECBH8BfiAAKAIAIgMgASgCAEsEfyAD",
  "BSABKAIAC0EBaiIFEBwhBANAIAIgBUkEQCACQQJ0IgMgBEEEamogAiAAKAIASQR/IABBBGogA2ooAgAFQQALrSACIAEoAgBJBH8g",
  "AUEEaiACQQJ0aigCAAVBAAutfCAGfCIGPgIAIAZCIIghBiACQQFqIQIMAQsLIAQoAgAhAANAIAAEfyAEIABBAnRqKAIABUEBC0UE",
  "QCAAQQFrIQAMAQsLIAQgADYCACAEC8ABAQF/A0AgAUGQzgBPBEAgAUGQzgBwIQMgAUGQzgBuIQEgACACQQRrIgJBAXRqIANB5ABu",
  "QQJ0QYAjajUCACADQeQAcEECdEGAI2o1AgBCIIaENwMADAELCyABQeQATwRAIAAgAkECayICQQF0aiABQeQAcEECdEGAI2ooAgA2",
  "AgAgAUHkAG4hAQsgAUEKTwRAIAAgAkECa0EBdGogAUECdEGAI2ooAgA2AgAFIAAgAkEBa0EBdGogAUEwajsBAAsLrwEBAX8CfyAB",
  "RAAAAAAAAAAAYQRAIABBMDsBACAAQS47AQIgAEEwOwEEQQMMAQsgASABoUQAAAAAAAAAAGIEQCABIAFiBEAgAEHOADsBACAAQeEA",
  "OwECIABBzgA7AQRBAwwCBSABRAAAAAAAAAAAYyICBEAgAEEtOwEAIABBAmohAAsgAELJgLiD4IzANDcDACAAQu6ApIPAjsA8NwMI",
  "IAJBCGoMAgsACyAAIAEQcAsLggIBAn9BBSEBQQEhAiAAQQBMBEAgAEUPBSAAQQFGBEBBBQ8FIABBAkYEQEEZDwUgAEEgSARAAkAC",
  "QAJAAkACQAJAQR8gAGdrDgUEAwIBAAULQQVBASAAQQFxGyECIABBAXYhAEEZIQELIAEgAmwgAiAAQQFxGyECIABBAXYhACABIAFs",
  "IQELIAEgAmwgAiAAQQFxGyECIABBAXYhACABIAFsIQELIAEgAmwgAiAAQQFxGyECIABBAXYhACABIAFsIQELIAEgAmwgAiAAQQFx",
  "GyECCyACDwsLCwsDQCAABEAgASACbCACIABBAXEbIQIgAEEBdiEAIAEgAWwhAQwBCwsgAgukAQAgAUH/B0oEfCAARAAAAAAAAOB/",
  "oiEAIAFB/wdrIgFB/wdKBHxB/wcgAUH/B2siASABQf8HThshASAARAAAAAAAAOB/ogUgAAsFIAFBgnhIBHwgAEQAAAAAAABgA6Ih",
  "ACABQckHaiIBQYJ4SAR8QYJ4IAFByQdqIgEgAUGCeEwbIQEgAEQAAAAAAABgA6IFIAALBSAACwsgAaxC/wd8QjSGv6IL8gEBBX8g",
  "AEUEQCABDwsgAUUEQCAADwsgACgCAEEGRwR/QQEFIAEoAgBBBkcLBEBBAA8LIAAQLCECIAEoAgQhBkEAIQADQCAAIAZJBEAgASgC",
  "AEEGTwR/IAEoAhggASgCBEcFQQALBEAgARAOCyABKAIMIABBAnRqKAIAIQMgASgCAEEGTwR/IAEoAhggASgCBEcFQQALBEAgARAO",
  "CyABKAIQIABBAnRqKAIAIQQgAiADECAiBQRAIAUoAgBBBkYEfyAEKAIAQQZGBUEACwRAIAIgAyAFIAQQRBAWCwUgAiADIAQQFgsg",
  "AEEBaiEADAELCyACC2sBAX8gACgCACICQQZGBEAgAkEGTwR/IAAoAhggACgCBEcFQQALBEAgABAOCyAAKAIQIAFBAnRqKAIADwsg",
  "ACgCAEEGTwR/IAAoAhggACgCBEcFQQALBEAgABAOCyAAKAIMIAFBAnRqKAIAC2MBAX8gACgCCCEFIAAgAWoiASgCACEAIAQEQCAB",
  "IAAgBUECdEEEIAVBAXQgBUEESRtBAnQQOSIANgIACyAAIANBAnRqIQAgAiADSwRAIABBBGogACACIANrQQJ0/AoAAAsgAAvEAQEH",
  "fyAAKAIEIQNBICEBA0AgASADQQF0QQJqSQRAIAFBAXQhAQwBCwsgAUEDdCIFQQhqEAwiAkEIakEAIAX8CwAgAiABQQFrNgIAIAIg",
  "AzYCBCAAKAIMIQcDQCADIARLBEAgByAEQQJ0aigCABAjIgYgAigCACIFcSEBA0AgAkEIaiABQQN0aigCBARAIAFBAWogBXEhAQwB",
  "CwsgAkEIaiABQQN0aiIBIAY2AgAgASAEQQFqIgQ2AgQMAQsLIAAgAjYCFAubAgIEfwJ+IAAgAkcEQCABIAMgASADSRshBQNAIARB",
  "CGogBU0EQCAAIARqKQMAIgkgAiAEaikDACIIUgRAQX9BASAJQgiIQv+B/Ifwn8D/AIMgCUL/gfyH8J/A/wCDQgiGhCIJQhCIQv//",
  "g4Dw/z+DIAlC//+DgPD/P4NCEIaEQiCKIAhCCIhC/4H8h/CfwP8AgyAIQv+B/Ifwn8D/AINCCIaEIghCEIhC//+DgPD/P4MgCEL/",
  "/4OA8P8/g0IQhoRCIIpUGw8LIARBCGohBAwBCwsDQCAEIAVJBEAgACAEai0AACIGIAIgBGotAAAiB0cEQEF/QQEgBiAHSRsPCyAE",
  "QQFqIQQMAQsLC0F/QQEgASADSRtBACABIANHGwvmAwEHfyAAKAIAQQZGIAAoAgQiBCAAKAIIIgdGIQggAEEMIAQgAyAIEEYgATYC",
  "AARAIABBECAEIAMgCBBGIAI2AgALIAgEQCAAQQQgB0EBdCAHQQRJGzYCCAsgACAEQQFqIgM2AgQgACgCFCICRQRAIAAgAzYCGCAD",
  "QRBPBEAgABBHCw8LIAQgACgCGEYEfyAEBH8gACgCDCAEQQFrQQJ0aigCACABEBNBAEgFQQELBUEACwRAIAAgBEEBajYCGAsgAigC",
  "ACIBIAIoAgRBAWoiB0EBdEkEQCABQQFqIghBAXQiAUEDdCIDQQhqEAwiCUEIakEAIAP8CwAgCSABQQFrNgIAIAkgAigCBDYCBANA",
  "IAUgCEkEQCACQQhqIAVBA3RqIgEoAgQiAwRAIANBAWshCiABKAIAIgEgCSgCACIGcSEDA0AgCUEIaiADQQN0aigCBARAIANBAWog",
  "BnEhAwwBCwsgCUEIaiADQQN0aiIDIAE2AgAgAyAKQQFqNgIECyAFQQFqIQUMAQsLIAAgCTYCFCAJIQILIAIgBzYCBCMIIgEgAigC",
  "ACIDcSEAA0AgAkEIaiAAQQN0aigCBARAIABBAWogA3EhAAwBCwsgAkEIaiAAQQN0aiIAIAE2AgAgACAEQQFqNgIEC0gBA38gAUEB",
  "dCIEQRRqEAxBFGoiA0EEayAENgIAA0AgASACSwRAIAMgAkEBdGogACACai0AADsBACACQQFqIQIMAQsLIAMQbQutAgMCfgJ/AXwg",
  "ACgCFCIEBEAgASAAKAIQIAT8CgAAIAQPCyAAKAIERQRAIAApAwgiAkIAUyEAQgAgAn0gAiAAGyECIAAEfyABQS06AABBAQVBAAsh",
  "AEEBIQQgAiEDA0AgA0IKWgRAIARBAWohBCADQgqAIQMMAQsLIARBAWshBQNAIAVBAE4EQCAAIAFqIAVqIAJCCoKnQTBqOgAAIAJC",
  "CoAhAiAFQQFrIQUMAQsLIAAgBGoPCyAAKAIEQQJGBEAgACgCCCAAKAIMQQBHIAEQPg8LIAArAwgiBiAGoUQAAAAAAAAAAGIEQCAB",
  "QTA6AABBAQ8LQcAAEAwiBSAGEEEhBEEAIQADQCAAIARJBEAgACABaiAFIABBAXRqLwEAOgAAIABBAWohAAwBCwsgBAu5AwMCfwF8",
  "A34gACgCBAR/QQEFIAEoAgQLRQRAIAApAwgiBiABKQMIIgd8IgUgBoUgBSAHhYNCAFkEQCAFEA8PCwsgACgCBEEBRwR/IAEoAgRB",
  "AUcFQQALBEAgABAVIAAoAgRBAkYEfyAAKAIMQQBHBSAAKQMIQgBTCyABEBUgASgCBEECRgR/IAEoAgxBAEcFIAEpAwhCAFMLEE8P",
  "CyAAIAFBABBOIgIEfyACBQJ8IAAoAgQiAkUEQCAAKQMIuQwBCyACQQJGBEAgACgCCCIDKAIAQQFrIQIDQCACQQBOBEAgBEQAAAAA",
  "AADwQaIgAiADKAIASQR/IANBBGogAkECdGooAgAFQQALuKAhBCACQQFrIQIMAQsLIASaIAQgACgCDBsMAQsgACsDCAsCfEQAAAAA",
  "AAAAACEEIAEoAgQiAEUEQCABKQMIuQwBCyAAQQJGBEAgASgCCCICKAIAQQFrIQADQCAAQQBOBEAgBEQAAAAAAADwQaIgACACKAIA",
  "SQR/IAJBBGogAEECdGooAgAFQQALuKAhBCAAQQFrIQAMAQsLIASaIAQgASgCDBsMAQsgASsDCAugEBgLC4QEAwN/AXwCfiAAKAIE",
  "BH9BAQUgASgCBAtFBEAgACkDCCIGQrPmk6gLUyAGQs2Z7Nd0VXEgASkDCCIHQs2Z7Nd0VXEgB0Kz5pOoC1NxBEAgBiAHfhAPDwsL",
  "IAAoAgRBAUcEfyABKAIEQQFHBUEACwRAIAAQFSABEBUQHSAAKAIEQQJGBH8gACgCDEEARwUgACkDCEIAUwshACABKAIEQQJGBH8g",
  "ASgCDEEARwUgASkDCEIAUwsgAEcQGw8LAn9BACAAQQEQJEUNABojBCMFIQIjBiEEQQAgAUEBECRFDQAaIwQQHSACIwVHIAQjBmoQ",
  "LQsiAgR/IAIFAnwgACgCBCICRQRAIAApAwi5DAELIAJBAkYEQCAAKAIIIgMoAgBBAWshAgNAIAJBAE4EQCAFRAAAAAAAAPBBoiAC",
  "IAMoAgBJBH8gA0EEaiACQQJ0aigCAAVBAAu4oCEFIAJBAWshAgwBCwsgBZogBSAAKAIMGwwBCyAAKwMICwJ8RAAAAAAAAAAAIQUg",
  "ASgCBCIARQRAIAEpAwi5DAELIABBAkYEQCABKAIIIgIoAgBBAWshAANAIABBAE4EQCAFRAAAAAAAAPBBoiAAIAIoAgBJBH8gAkEE",
  "aiAAQQJ0aigCAAVBAAu4oCEFIABBAWshAAwBCwsgBZogBSABKAIMGwwBCyABKwMIC6IQGAsLtQEBBH8gAEEBECRFBEBBAA8LIwQh",
  "ACMFIQMjBiEFIAFBARAkRQRAQQAPCyMEIQEjBSACQQBHRyEGIAUgBSMGIgIgAiAFShsiBEoEQCAAIAUgBGsQKBAdIQALIAIgBEoE",
  "QCABIAIgBGsQKBAdIQELIAMgBkYEQCAAIAEQPyADIAQQLQ8LIAAgARAnIgJFBEBCABAPDwsgAkEASgR/IAAgARArIAMgBBAtBSAB",
  "IAAQKyAGIAQQLQsLSwEBfyABQQBHIANBAEdGBEAgACACED8gARAbDwsgACACECciBEUEQEIAEA8PCyAEQQBKBH8gACACECsgARAb",
  "BSACIAAQKyADEBsLC5kCAQV/IAAoAgghAyAAKAIEIQRBIhASA0AgASAESQRAIAEgA2otAAAiAEEiRyAAQSBPcSAAQdwAR3FFBEAg",
  "AiADaiABIAJrEDUgAUEBaiECQdwAEBIgAEHcAEYgAEEiRnIEQCAAEBIFIABBCkYEQEHuABASBSAAQQlGBEBB9AAQEgUgAEENRgRA",
  "QfIAEBIFIABBCEYEQEHiABASBSAAQQxGBEBB5gAQEgVB0CgQLiAAQQR2IgVBrBgoAgBBAXZPBH9BfwUgBUEBdEGwGGovAQALEBIg",
  "AEEPcSIAQawYKAIAQQF2TwR/QX8FIABBAXRBsBhqLwEACxASCwsLCwsLCyABQQFqIQEMAQsLIAIgA2ogBCACaxA1QSIQEgvNBgEH",
  "fyMMQQFqJAwjDCEBQcW78oh4IQADQCMMIw1JBEAjDC0AACIDQSJHBEAgA0HcAEYEQEEBIQIjDEECaiQMDAMLIANBIEkEQEEADwsg",
  "ACADc0GTg4AIbCEAIwxBAWokDAwCCwsLIwwjDU8EQEEADwsjDCEDIwxBAWokDCACRQRAIAMgAWsiAkEwSwRAIAEgAhARDwsgASAC",
  "IAAgAnMiACAAQRB2c0Gt6qz/B2wiACAAQQ92c0GLzbKjeGwiACAAQRB2cyIAQQEgABtBABBTDwsgAyABaxAMIgQhACMMA0AgASAD",
  "SQRAIAEiAkEBaiEBIAItAAAiBkHcAEcEQCAAIgJBAWohACACIAY6AAAMAgsgASICQQFqIQECQAJAAkACQAJAAkACQAJAAkACQCAC",
  "LQAAIgJBIkcEQCACQdwARg0BIAJBL0YNAiACQeIARg0DIAJB5gBGDQQgAkHuAEYNBSACQfIARg0GIAJB9ABGDQcgAkH1AEYNCAwJ",
  "CyAAIgJBAWohACACQSI6AAAMCQsgACICQQFqIQAgAkHcADoAAAwICyAAIgJBAWohACACQS86AAAMBwsgACICQQFqIQAgAkEIOgAA",
  "DAYLIAAiAkEBaiEAIAJBDDoAAAwFCyAAIgJBAWohACACQQo6AAAMBAsgACICQQFqIQAgAkENOgAADAMLIAAiAkEBaiEAIAJBCToA",
  "AAwCCyABJAwQVSICQQBIBEBBAA8LIAJBgLgDSCACQYCwA05xBH8jDSMMQQZqTwVBAAsEfyMMLQAAQdwARgVBAAsEfyMMLQABQfUA",
  "RgVBAAsEQCMMQQJqJAwQVSIBQYDAA0ggAUGAuANOcQRAIAEgAkEKdGpBgLj/GmshAgUjDEEGayQMCwsjDCEBIAJBgAFJBH8gACAC",
  "OgAAIABBAWoFIAJBgBBJBEAgACACQQZ2QcABcjoAAAUgAkGAgARJBH8gACACQQx2QeABcjoAACAAQQFqBSAAIAJBEnZB8AFyOgAA",
  "IAAgAkEMdkE/cUGAAXI6AAEgAEECagsiACACQQZ2QT9xQYABcjoAAAsgAEEBaiIAIAJBP3FBgAFyOgAAIABBAWoLIQAMAQtBAA8L",
  "DAELCyQMIAQgACAEaxAREFQLxQEBAX8gACQMIAAgAWokDUEAJA9BACQQQQAkEUEAJAkgAUGAIE8EQEGIIBAMIgBBAEGIIPwLACAA",
  "JA4jDkH/BzYCABADIgEoAgAhAkEAIQADQCAAIAJJBEAgAUEEaiAAQQJ0aigCABBUGiAAQQFqIQAMAQsLBUEAJA4LQQAQNiIARQRA",
  "QQAPCwNAIwwjDUkEQCMMLQAAIgFBCUcgAUEgR3EgAUEKR3EgAUENR3FFBEAjDEEBaiQMDAILCwsgAEEAIwwjDUYbC5wDAQV/Iw5F",
  "BEAgAwRAIAMPCyAAIAEQESIAIAI2AgwgAA8LIw4oAgAiBiACcSEEA0AjDkEIaiAEQQJ0aigCACIHBEAgBygCDCACRgR/IAcoAgQg",
  "AUYFQQALBH8gBygCCCIIIABGBH9BAAUgCCABIAAgARBICwVBAQsEQCAEQQFqIAZxIQQMAgUgBw8LAAsLIANFBEAgACABEBEiAyAC",
  "NgIMCyMOKAIEQQFqIgBBAXQgBksEQCMOIgQoAgBBAWoiBkEBdCIHQQJ0QQhqIgEQDCIIQQAgAfwLACAIJA4jDiAHQQFrNgIAIw4g",
  "BCgCBDYCBANAIAUgBkkEQCAEQQhqIAVBAnRqKAIAIggEQCAIKAIMIAdBAWtxIQEDQCMOQQhqIAFBAnRqKAIABEAgAUEBaiAHQQFr",
  "cSEBDAELCyMOQQhqIAFBAnRqIAg2AgALIAVBAWohBQwBCwsjDigCACIBIAJxIQQDQCMOQQhqIARBAnRqKAIABEAgBEEBaiABcSEE",
  "DAELCwsjDkEIaiAEQQJ0aiADNgIAIw4gADYCBCADC6kBAQZ/Iw5FIAAoAgRBMEtyBEAgAA8LIAAoAgggACgCBCAAIgEoAgwiAEUE",
  "QEHFu/KIeCEAIAEoAgghBiABKAIEIQMDQCACIANJBEAgAiAGai0AACAAc0GTg4AIbCEAIAJBAWohAgwBCwsgASAAIANzIgBBEHYg",
  "AHNBreqs/wdsIgBBD3YgAHNBi82yo3hsIgBBEHYgAHMiAEEBIAAbIgA2AgwLIAAgARBTC5MBAQR/Iw0jDEEEakkEQEF/DwsDQCAB",
  "QQRIBEAjDCIAQQFqJAwgAC0AACIDQTBrIQACQCADQTlNIANBME9xDQAgA0HXAGshACADQeYATSADQeEAT3ENACADQTdrIQAgA0HG",
  "AE0gA0HBAE9xDQBBfyEACyAAQQBIBEBBfw8LIAJBBHQgAHIhAiABQQFqIQEMAQsLIAILCAAgACABEFILJgEBf0EQEAwiAEEANgIA",
  "IABBADYCBCAAQQA2AgggAEEANgIMIAALJgEBfyMpQQJ0QQRqEAwiASAANgIAIAFBBGpBACMpQQJ0/AsAIAELSAECfz8AIgFBEHQi",
  "AiAATwRADwsgACACa0H//wNqQRB2IgAgAUgEfyABQABBAE4FQQALBEAPCyAAQABBAEgEQEEAQdAZECYLC5UBAQJ/QQEhAyABQQBI",
  "BEAgAEH/F0kEQCAAIgJBAWohACACQS06AAALQQAgAWshAQsgASECA0AgAkEKTgRAIANBAWohAyACQQptIQIMAQsLIAAgA2pB/xdL",
  "BEAgAA8LIANBAWshAgNAIAJBAE4EQCAAIAJqIAFBCm9BMGo6AAAgAUEKbSEBIAJBAWshAgwBCwsgACADagvEAwEFf0GACCEEIAAE",
  "QANAIARB/xdJBEACQCAAIgVBAWohACAFLQAAIghFDQAgBCIFQQFqIQQgBSAIOgAADAILCwsLA0AgBEH/F0lB7CooAgBBAXYiBSAH",
  "SnEEQCAEIgBBAWohBCAAIAUgB00Ef0F/BSAHQQF0QfAqai8BAAs6AAAgB0EBaiEHDAELCyAEIAEQWiEBQQAhBANAIAFB/xdJQewq",
  "KAIAQQF2IgUgBEpxBEAgASIAQQFqIQEgACAEIAVPBH9BfwUgBEEBdEHwKmovAQALOgAAIARBAWohBAwBCwsgASACEFohAQNAIAFB",
  "/xdJQYwrKAIAQQF2IgIgBkpxBEAgASIAQQFqIQEgACACIAZNBH9BfwUgBkEBdEGQK2ovAQALOgAAIAZBAWohBgwBCwsgAwRAA0Ag",
  "AUH/F0kEQAJAIAMiAEEBaiEDIAAtAAAiAkUNACABIgBBAWohASAAIAI6AAAMAgsLCwtBACEDA0AgAUH/F0lBzCooAgBBAXYiAiAD",
  "SnEEQCABIgBBAWohASAAIAIgA00Ef0F/BSADQQF0QdAqai8BAAs6AAAgA0EBaiEDDAELCyABQQA6AABBgAgQAgALDwBBkBhBiBgg",
  "ACABEBMbC2UAAkAgAEL7hfrRXVMgAEKE+oWuIlVyDQAgAEKE+oWuIlEgAUL/r8uXA1VxDQAgAEL7hfrRXVEgAUKA5J/FAFNxDQAg",
  "AEKAlOvcA34gAXwQDw8LIwIEQCACQdAqQQBBABAQC0EAC1YBAn8DQCABIANLBH8gACADEBkgAhBhBUEACwRAAn9BASAAIANqLQAA",
  "IgRBgAFJDQAaQQIgBEHgAUkNABpBAyAEQfABSQ0AGkEECyADaiEDDAELCyADC1gBAX8DQCABIAJJBEACQCACQQFrIQQDQCABIARJ",
  "BH8gACAEai0AAEHAAXFBgAFGBUEACwRAIARBAWshBAwBCwsgACAEEBkgAxBhRQ0AIAQhAgwCCwsLIAILtQEBA38gACgCAEEERwRA",
  "QZDtAEGA7gAgARsgABANQQAPCyAAKAIEIQQgACgCCCEFA0AgAyAESQRAIAMgBWotAABBgAFPBEAgAiAAECkPCyADQQFqIQMMAQsL",
  "IAQQDCEAQQAhAgNAIAIgBEkEQCAAIAJqIAIgBWotAAAiA0EgcyADIAEEfyADQfoATSADQeEAT3EFIANB2gBNIANBwQBPcQsbOgAA",
  "IAJBAWohAgwBCwsgACAEEBELYwEDfyABKAIIIQMgASgCBCEEA0AgAiAESQRAIAMgAhAZIABGBEBBAQ8LAn9BASACIANqLQAAIgFB",
  "gAFJDQAaQQIgAUHgAUkNABpBAyABQfABSQ0AGkEECyACaiECDAELC0EAC84BAQZ/IAIoAgQhBwNAIAEgCEsEQAJ/IAAgCGotAAAi",
  "BEElRwRAIAMEQCADIAlqIAQ6AAALIAlBAWoMAQsgCEEBaiABTwRAQX8PCyAIQQFqIgggAGotAAAiBkElRgRAIAMEQCADIAlqQSU6",
  "AAALIAlBAWoMAQsgBSAHTwRAQX8PCyAFIgRBAWohBSAGIAIoAgwgBEECdGooAgAgAyAJakEAIAMbEN0BIgRBAEgEQEF/DwsgBCAJ",
  "agshCSAIQQFqIQgMAQsLQX8gCSAFIAdHGwuhAQEEf0F/IQYDQCABIAVPBEAgASAFSwR/IAAgBWotAAAFQS4LIgNBLkYEQCAGQQBI",
  "IAZB/wFKciAEQQNLcgRAQQAPCyAEIgNBAWohBCACIANqIAY6AABBfyEGBSADQTlNIANBME9xBEAgA0Ewa0H/AXEgBkEKbEEAIAZB",
  "AE4baiIGQf8BSgRAQQAPCwVBAA8LCyAFQQFqIQUMAQsLIARBBEYLogICBn8BfiAAKAIIIQMgACgCBCEHQX8hAANAIAIgB0kEQCAC",
  "IAAgAiADai0AACIGQS9GGyEAQQEgBCAGQTpGGyEEIAJBAWohAgwBCwsgACAHIABBAE4bIQIgAUIANwAAIAFCADcACCAEBEAgAyAC",
  "IAEQ5QFFBEBBAA8LQQYkJAUgAyACIAEQY0UEQEEADwtBBCQkC0EgQYABIyRBBEYbIgEkJSAAQQBOBEAgAkEBaiEAIAcgAmsiAkEB",
  "ayEEIAJBAUYCfgNAIAQgBUsEQEJ/IAAgA2ogBWotAAAiAkEwSSACQTlLcg0CGiACQTBrQf8Bca0gCEIKfnwhCCAFQQFqIQUMAQsL",
  "IAgLIghCAFNyIAggAaxVcgRAQQAPCyAIpyQlC0EBC44LAQd/IAEgAGtBAWpBAnQQDCEJA0AgACABSQRAAn8jGCAAaiIDLQAAIgRB",
  "KkYEQCAAQQJqIABBAWoiBSABSQR/IAMtAAFBKkYFQQALIQMgBSADGwwBCyAEQfsARgRAIxghBEEAIQYgACEDAkADQCABIANLBEAC",
  "QCADIARqLQAAIgVB3ABGBEAgA0EBaiEDDAELIAVB+wBGBEAgBkEBaiEGBSAFQf0ARgR/IAZBAWsiBgVBAQtFDQQLCyADQQFqIQMM",
  "AQsLQX8hAwtBfyADQQFqIANBAEgbDAELIARB3ABGIABBAWogAUlxBEAjGCAAai0AASIDQYABSQR/QQEFIANB4AFJBH9BAgVBA0EE",
  "IANB8AFJGwsLIABBAWpqDAELIARBgAFJBH9BAQUgBEHgAUkEf0ECBUEDQQQgBEHwAUkbCwsgAGoLIgNBAEgEQEF/DwsgCSAIQQJ0",
  "aiAANgIAIAhBAWohCCMYIABqLQAAQdsARgR/IABBAWoiACABSQR/IxggAGotAABBIUYFQQALBEAgAEEBaiEACwNAIAAgAUkEfyMY",
  "IABqLQAAQd0ARwVBAAsEQCMYIABqLQAAIgNBgAFJBH9BAQUgA0HgAUkEf0ECBUEDQQQgA0HwAUkbCwsgAGohAAwBCwsgAUF/IAAg",
  "ACABTxsiAEEBaiAAQQBIGwUgAwshAAwBCwsgCEEBayEIA0AgCEEATgRAIAkgCEECdGooAgAiACMYai0AACIDQSpGBEAjFiMXQQR0",
  "aiIDQQRBAyAAQQFqIAFJBH8jGCAAai0AAUEqRgVBAAsbNgIAIANBADYCBCADQQA2AgggAyACNgIMIxciAkEBaiQXBSADQT9GBEAj",
  "FiMXQQR0aiIAQQI2AgAgAEEANgIEIABBADYCCCAAIAI2AgwjFyICQQFqJBcFIANB2wBGBEAgAEEBaiIDIAFJBH8jGCADai0AAEEh",
  "RgVBAAsEQCADQQFqIQMLA0AgASADSwR/IxggA2otAABB3QBHBUEACwRAIxggA2otAAAiBEGAAUkEf0EBBSAEQeABSQR/QQIFQQNB",
  "BCAEQfABSRsLCyADaiEDDAELC0F/IAMgASADTRsiBEEASARAIxYjF0EEdGoiAEEINgIAIABBADYCBCAAQQA2AgggACACNgIMBSAA",
  "QQFqIAFJIgMEQCMYIABqLQABQSFGIQMLIxYjF0EEdGoiBUEGQQUgAxs2AgAgBSAAQQJBASADG2o2AgQgBSAENgIIIAUgAjYCDAsj",
  "FyICQQFqJBcFIANB+wBGBEAgACEDIxghBEEAIQcCQANAIAAgAUkEQAJAIAAgBGotAAAiBUHcAEYEQCAAQQFqIQAMAQsgBUH7AEYE",
  "QCAHQQFqIQcFIAVB/QBGBH8gB0EBayIHBUEBC0UNBAsLIABBAWohAAwBCwtBfyEACyAAIQQgAiEFAn8jGUHoB04EQEEBJBpBfwwB",
  "CyMZQQFqJBlBfyEAQQAhByADQQFqIgIhBgJ/A0AgBCAGTwRAAkAjGCAGai0AACIDQdwARgRAIAZBAWohBgwBCyADQfsARgRAIAdB",
  "AWohBwUgA0H9AEYgB0EASnEEQCAHQQFrIQcFIAdFIANBLEZxIAQgBkZyBEBBfyACIAYgBRBlIgJBAEgNBhogAEEATgRAIxYjF0EE",
  "dGoiA0EHNgIAIAMgAjYCBCADQQA2AgggAyAANgIMIxciAkEBaiQXCyACIQAgBkEBaiECCwsLCyAGQQFqIQYMAQsLIAALIxlBAWsk",
  "GQsiAkEASARAQX8PCwUjGCAAQQFqIgQgACADQdwARiABIARLcRsQGSEAIxYjF0EEdGoiA0EBNgIAIAMgADYCBCADQQA2AgggAyAC",
  "NgIMIxciAkEBaiQXCwsLCyAIQQFrIQgMAQsLIAILwAEBBH8jHCACNgIAQQEhAgNAIAIEQCMdIxsjHCACQQFrIgJBAnRqIgQoAgAi",
  "A0ECdGoiBSgCAEYNASAFIx02AgAjFiADQQR0aiIFKAIAIgZBB0YEQCAEIAUoAgw2AgAjHCACQQFqQQJ0aiAFKAIENgIAIAJBAmoh",
  "AgwCCyAAIAFBAnRqIAM2AgAgAUEBaiEBIAZBBEYgBkEDRnIEQCMcIAJBAnRqIxYgA0EEdGooAgw2AgAgAkEBaiECCwwBCwsgAQul",
  "AQEHf0ECEBciBCACEBQgBCABEBQgACAEEBQgASgCACIEQQZHIARBBUdxIARBB0dxBEAPCyABKAIEIQYDQCADIAZJBEAgASADEEUh",
  "ByABIAMQMSEIIAIoAgQiCUEBahAXIQVBACEEA0AgBCAJSQRAIAUgAigCDCAEQQJ0aigCABAUIARBAWohBAwBCwsgBSAIEBQgACAH",
  "IAUQZyADQQFqIQMMAQsLC6sBAQV/IAAoAgBBB0cEQEGwzwAgABANQQAPCyABKAIAQQdHBEBBkNAAIAEQDUEADwtBHBAMIgJBAEEc",
  "/AsAIAJBBzYCACAAKAIEIQQDQCADIARJBEAgACgCAEEGTwR/IAAoAhggACgCBEcFQQALBEAgABAOC0F/IAEgACgCDCADQQJ0aigC",
  "ACIFEBoiBiAGQQBIG0EATgRAIAIgBRAfCyADQQFqIQMMAQsLIAIL1AIBBX9BHBAMIgJBAEEc/AsAIAJBBjYCACAAKAIEIQQDQCAD",
  "IARJBEAgACgCAEEGTwR/IAAoAhggACgCBEcFQQALBEAgABAOCyAAKAIMIANBAnRqKAIAIQUgACgCAEEGTwR/IAAoAhggACgCBEcF",
  "QQALBEAgABAOCyACIAUgACgCECADQQJ0aigCABAWIANBAWohAwwBCwsgASgCBCEEQQAhAANAIAAgBEkEQCABKAIAQQZPBH8gASgC",
  "GCABKAIERwVBAAsEQCABEA4LIAEoAgwgAEECdGooAgAhBSABKAIAQQZPBH8gASgCGCABKAIERwVBAAsEQCABEA4LIAEoAhAgAEEC",
  "dGooAgAhBiACIAUQICIDBH8gAygCAEEGRgVBAAsEfyAGKAIAQQZGBUEACwRAIAIgBSADIAYQaRAWBSACIAUgBhAWCyAAQQFqIQAM",
  "AQsLIAILygEBBH8gACgCAEEFRgR/QQEFIAAoAgBBB0YLRQRAQbDFAEHAxgAgARsgABANQQAPCyABQQBHrRAPIQIgACgCBCEFA0Ag",
  "BCAFSQRAIAAoAgBBBk8EfyAAKAIYIAAoAgRHBUEACwRAIAAQDgsgACgCDCAEQQJ0aigCACIDKAIAQQNHBEAgAQR/QcDHAEHgyAAg",
  "ACADEDsFQYDKAEGgywAgACADEDsLGkEADwsgAQR/IAIgAxBNBSACIAMQTAshAiAEQQFqIQQMAQsLIAILygEBBX8gACgCAEEFRgR/",
  "QQEFIAAoAgBBB0YLRQRAQbDMAEGwzQAgARsgABANQQAPCyAAKAIEIgVFBEBBAA8LIAAoAgBBBk8EfyAAKAIYIAAoAgRHBUEACwRA",
  "IAAQDgsgACgCDCgCACECQQEhBANAIAQgBUkEQCAAKAIAQQZPBH8gACgCGCAAKAIERwVBAAsEQCAAEA4LIAAoAgwgBEECdGooAgAi",
  "AyACEBMiBkEASiAGQQBIIAEbBEAgAyECCyAEQQFqIQQMAQsLIAILQgEDf0EBEBwiAkEANgIAQgoQIiEEA0AgASADSwRAIAIgBBAd",
  "IAAgA2oxAABCMH0QIhA/IQIgA0EBaiEDDAELCyACC6wLAwd/BX4CfAJAIABBFGsoAhBBAXYiBUUNACAALwEAIQREAAAAAAAA8D8h",
  "DgNAIAUEfwJ/IARBgAFyQaABRiAEQQlrQQRNciAEQYAtSQ0AGkEBIARBgEBqQQpNDQAaAkACQCAEQYAtRg0AIARBqMAARg0AIARB",
  "qcAARg0AIARBr8AARg0AIARB38AARg0AIARBgOAARg0AIARB//0DRg0ADAELQQEMAQtBAAsFQQALBEAgAEECaiIALwEAIQQgBUEB",
  "ayEFDAELCyAFRQ0AIARBLUYEfyAFQQFrIgVFDQFEAAAAAAAA8L8hDiAAQQJqIgAvAQAFIARBK0YEfyAFQQFrIgVFDQIgAEECaiIA",
  "LwEABSAECwsiBEHJAEYgBUEITnEEQCAAKQMAQsmAuIPgjMA0UQR/IAApAwhC7oCkg8COwDxRBUEACwRAIA5EAAAAAAAA8H+iDwsM",
  "AQsgBEEuRyAEQTBrQQpPcQ0AIAAhAwNAIARBMEYEQCAAQQJqIgAvAQAhBCAFQQFrIQUMAQsLIAVBAEwEQCAORAAAAAAAAAAAog8L",
  "IARBLkYEQCAAIANGIQMgAEECaiEAIAMgBUEBayIFRXENAUEBIQYDQCAALwEAIgRBMEYEQCAFQQFrIQUgAkEBayECIABBAmohAAwB",
  "CwsgBUEATARAIA5EAAAAAAAAAACiDwsgAyACRXEgBEEwa0EKT3ENAQsgBEEwayEDA0AgBkUgBEEuRnEgA0EKSSIEcgRAAkAgBARA",
  "IAFBE0gEfiADrSAIQgp+fAUgCCADQQBHrYQLIQggAUEBaiEBBSABIQJBASEGCyAFQQFrIgVFDQAgAEECaiIALwEAIgRBMGshAwwC",
  "CwsLIAIgASAGG0ETIAEgAUETShtrIQZBASEDAkAgCFACf0EAIAAvAQBBIHJB5QBHDQAaQQAgBUEBayIBRQ0AGiAAQQJqIgAvAQAi",
  "AkEtRgR/QQAgAUEBayIBRQ0BGkF/IQMgAEECaiIALwEABSACQStGBH9BACABQQFrIgFFDQIaIABBAmoiAC8BAAUgAgsLIQIDQCAC",
  "QTBGBEBBACABQQFrIgFFDQIaIABBAmoiAC8BACECDAELCyACQTBrIQQDQCAEQQpJQQAgARsEQCADQYAZbCAHQYAZTg0CGiAHQQps",
  "IARqIQcgAUEBayEBIABBAmoiAC8BAEEwayEEDAELCyADIAdsCyAGaiIAQap9SHINAEQAAAAAAADwfyENIABBtAJKDQAgCLohDSAA",
  "RQ0AIABBJUwgAEEWSnEEQCANIABBA3RB0CVqKwMAoiENQRYhAAsgCEL/////////D1gEfyAAQR91IgEgACABanNBFkwFQQALBHwg",
  "AEEASgRAIA0gAEEDdEGAJ2orAwCiIQ0MAgsgDUEAIABrQQN0QYAnaisDAKMFIABBAEgEfCAIIAh5IgmGIQggAKwgCX0hCQNAIABB",
  "ckwEQCAIQumDsd4WgiAIQumDsd4WgCIIeSIKQhJ9hrpEmyuhhpuEBj+invwHIAggCoZ8IQggCSAKfSEJIABBDmohAAwBCwsgCEEA",
  "IABrEEKsIguAIgx5IQogCCALgrq9IApCNIZ8vyALuqP8ByAMIAqGfLogCSAKfacQQwUgCCAIeiIJiCEIIAkgAKx8JDADQCAAQQ1O",
  "BEBCICAIQiCIQpXnicYEfiAIQv////8Pg0KV54nGBH4iCEIgiHwiCUIgiKdnrSIKfSILIzB8JDAgCCAKhkIfiEIBgyAJIAqGIAhC",
  "/////w+DIAuIhHwhCCAAQQ1rIQAMAQsLIAAQQq0iCSAIQv////8Pg34hCkIgIAhCIIggCX4gCkIgiHwiCEIgiKdnrSIJfSILIzB8",
  "JDAgCiAJhkIfiEIBgyAIIAmGIApC/////w+DIAuIhHy6IzCnEEMLCyENCyANIA6mDwtEAAAAAAAA+H8L2gQBAn8gAkUEQCAAIAFB",
  "AXRqQa6AwAE2AgAgAUECag8LIAEgAmoiA0EVTCABIANMcQR/A0AgASADSARAIAAgAUEBdGpBMDsBACABQQFqIQEMAQsLIAAgA0EB",
  "dGpBroDAATYCACADQQJqBSADQRVMIANBAEpxBH8gACADQQF0aiIAQQJqIABBACACa0EBdPwKAAAgAEEuOwEAIAFBAWoFIANBAEwg",
  "A0F6SnEEfyAAQQIgA2siA0EBdGogACABQQF0/AoAACAAQbCAuAE2AgBBAiECA0AgAiADSARAIAAgAkEBdGpBMDsBACACQQFqIQIM",
  "AQsLIAEgA2oFIAFBAUYEQCAAQeUAOwECIABBBGoiAiADQQFrIgBBAEgiAwRAQQAgAGshAAsgACAAQaCNBkkEfyAAQeQASQR/IABB",
  "Ck9BAWoFIABBkM4AT0EDaiAAQegHT2oLBSAAQYCt4gRJBH8gAEHAhD1PQQZqBSAAQYCU69wDT0EIaiAAQYDC1y9PagsLQQFqIgEQ",
  "QCACQS1BKyADGzsBAAUgAEEEaiAAQQJqIAFBAXQiAkECa/wKAAAgAEEuOwECIAAgAmoiAEHlADsBAiAAQQRqIgQgA0EBayIAQQBI",
  "IgIEQEEAIABrIQALIAAgAEGgjQZJBH8gAEHkAEkEfyAAQQpPQQFqBSAAQZDOAE9BA2ogAEHoB09qCwUgAEGAreIESQR/IABBwIQ9",
  "T0EGagUgAEGAlOvcA09BCGogAEGAwtcvT2oLC0EBaiIAEEAgBEEtQSsgAhs7AQAgACABaiEBCyABQQJqCwsLC4YGAgN/BH4gAiAB",
  "fSEKQgFBACADayIIrCIBhiIMQgF9IgsgAoMhCSACIAGIpyIDQaCNBkkEfyADQeQASQR/IANBCk9BAWoFIANBkM4AT0EDaiADQegH",
  "T2oLBSADQYCt4gRJBH8gA0HAhD1PQQZqBSADQYCU69wDT0EIaiADQYDC1y9PagsLIQcDQCAHQQBKBEACQAJAAkACQAJAAkACQAJA",
  "AkACQAJAAkAgB0EBaw4KCQgHBgUEAwIBAAoLIANBgJTr3ANuIQYgA0GAlOvcA3AhAwwKCyADQYDC1y9uIQYgA0GAwtcvcCEDDAkL",
  "IANBgK3iBG4hBiADQYCt4gRwIQMMCAsgA0HAhD1uIQYgA0HAhD1wIQMMBwsgA0GgjQZuIQYgA0GgjQZwIQMMBgsgA0GQzgBuIQYg",
  "A0GQzgBwIQMMBQsgA0HoB24hBiADQegHcCEDDAQLIANB5ABuIQYgA0HkAHAhAwwDCyADQQpuIQYgA0EKcCEDDAILIAMhBkEAIQMM",
  "AQtBACEGCyAFIAZyBEAgACAFQQF0aiAGQf//A3FBMGo7AQAgBUEBaiEFCyAHQQFrIQcgBCADrSAIrCIChiAJfCIBWgRAIy0gB2ok",
  "LSAHQQJ0QdgiajUCACAChiECIAAgBUEBa0EBdGoiAC8BACEHA0AgASAKVCAEIAF9IAJacQR/IAogASACfCIJViAKIAF9IAkgCn1W",
  "cgVBAAsEQCAHQQFrIQcgASACfCEBDAELCyAAIAc7AQAgBQ8LDAELCwNAIARCCn4hBCAJQgp+IgEgCKyIIgIgBayEQgBSBEAgACAF",
  "QQF0aiACp0H//wNxQTBqOwEAIAVBAWohBQsgB0EBayEHIAEgC4MiCSAEWg0ACyMtIAdqJC0gCkEAIAdrQQJ0QdgiajUCAH4hASAA",
  "IAVBAWtBAXRqIgAvAQAhBwNAIAEgCVYgBCAJfSAMWnEEfyABIAkgDHwiAlYgASAJfSACIAF9VnIFQQALBEAgB0EBayEHIAkgDHwh",
  "CQwBCwsgACAHOwEAIAULhQQCCn4EfyABRAAAAAAAAAAAYyIMBHwgAEEtOwEAIAGaBSABC70iAkKAgICAgICA+P8Ag0I0iKciDUEB",
  "IA0bQbMIayIOQQFrIAJC/////////weDIA1BAEetQjSGfCICQgGGQgF8IgN5pyIPayENIAMgD6yGJCogAiACQoCAgICAgIAIUUEB",
  "aiIPrIZCAX0gDiAPayANa6yGJCsgDSQsQdwCQUMjLGu3RP55n1ATRNM/okQAAAAAALB1QKAiAfwCIg0gDbcgAWJqQQN1QQFqIg1B",
  "A3QiDmskLSAOQfAbaikDACQuIA1BAXRBqCFqLgEAJC8gAiACeYYiAkL/////D4MhBCMuIgdC/////w+DIgggAkIgiCICfiAEIAh+",
  "QiCIfCEFIyoiA0L/////D4MhCSADQiCIIgMgCH4gCCAJfkIgiHwhBiMrIgpC/////w+DIQsgCkIgiCIKIAh+IAggC35CIIh8IQgg",
  "ACAMQQF0aiAAIAIgB0IgiCICfiAFQiCIfCACIAR+IAVC/////w+DfEL/////B3xCIIh8IAIgA34gBkIgiHwgAiAJfiAGQv////8P",
  "g3xC/////wd8QiCIfEIBfSIDIy8jLGpBQGsgAyACIAp+IAhCIIh8IAIgC34gCEL/////D4N8Qv////8HfEIgiHxCAXx9IAwQbyAM",
  "ayMtEG4gDGoLowQBCH9BHBAMIgVBAEEc/AsAIAVBBjYCACABQRBPBEADQCABIANLBEAgBSAAIANBA3RqIgIoAgAgAigCBBAWIANB",
  "AWohAwwBCwsgBQ8LIAFFBEAgBQ8LIAEjCUYhAgNAIAEgA0sgAnEEQCMKIANBAnRqKAIAIAAgA0EDdGooAgBGIQIgA0EBaiEDDAEL",
  "CyMLIQYgASEDIAJFBEAgA0ECdBAMIQZBACEDA0AgASAHSwRAIAAgB0EDdGooAgAhCSADIQJBASEIA0AgAgRAIAAgBiACQQFrIgRB",
  "AnRqKAIAQQN0aigCACAJEBMiCEEASgRAIAQhAgwCCwsLAkAgCEEBIAIbRQRAIAYgAkEBa0ECdGogBzYCAAwBCyACIANJBEAgBiAC",
  "QQFqQQJ0aiAGIAJBAnRqIAMgAmtBAnT8CgAACyAGIAJBAnRqIAc2AgAgA0EBaiEDCyAHQQFqIQcMAQsLIAEgA0YEQCABJAkgBiQL",
  "IAFBAnQQDCQKQQAhAgNAIAEgAksEQCMKIAJBAnRqIAAgAkEDdGooAgA2AgAgAkEBaiECDAELCwsLIANBAnQiARAMIQIgARAMIQRB",
  "ACEBA0AgASADSQRAIAAgAUECdCIHIAZqKAIAQQN0aiEIIAIgB2ogCCgCADYCACAEIAdqIAgoAgQ2AgAgAUEBaiEBDAELCyAFIAM2",
  "AgQgBSADNgIIIAUgAjYCDCAFIAQ2AhAgBSADNgIYIAULuwMDAXwCfwF+AkAgACgCBCICRQRAIAApAwgiBEIgiKciACAAQRB2c0Gt",
  "6qz/B2wiACAAQQ92c0GLzbKjeGwhAAwBCyACQQFGAnwgACgCBCICRQRAIAApAwi5DAELIAJBAkYEQCAAKAIIIgMoAgBBAWshAgNA",
  "IAJBAE4EQCABRAAAAAAAAPBBoiACIAMoAgBJBH8gA0EEaiACQQJ0aigCAAVBAAu4oCEBIAJBAWshAgwBCwsgAZogASAAKAIMGwwB",
  "CyAAKwMICyIBnSABYXEgAUQAAAAAAADgw2ZxIAFEAAAAAAAA4ENjcQRAIAH8BiIEQiCIpyIAIABBEHZzQa3qrP8HbCIAIABBD3Zz",
  "QYvNsqN4bCEADAELRAAAAAAAAAAAIAEgAUQAAAAAAAAAAGEbvSIEQiCIpyIAIABBEHZzQa3qrP8HbCIAIABBD3ZzQYvNsqN4bCEA",
  "IASnIABBEHYgAHNzIgAgAEEQdnNBreqs/wdsIgAgAEEPdnNBi82yo3hsIgAgAEEQdnMPCyAEpyAAQRB2IABzcyIAIABBEHZzQa3q",
  "rP8HbCIAIABBD3ZzQYvNsqN4bCIAIABBEHZzC6AJAwZ/AnwCfiAAKAIEBH9BAQUgASgCBAtFBEBBf0EBIAApAwgiCiABKQMIIgtT",
  "G0EAIAogC1IbDwsgACgCBEEBRwR/IAEoAgRBAUcFQQALBEAgASgCBEECRgR/IAEoAgxBAEcFIAEpAwhCAFMLIAAoAgRBAkYEfyAA",
  "KAIMQQBHBSAAKQMIQgBTCyICRwRAQX9BASACGw8LQQAgABAVIAEQFRAnIgBrIAAgAhsPCyAAKAIEIgIEQCABKAIEBH9BfwJ8IAJF",
  "BEAgACkDCLkMAQsgAkECRgRAIAAoAggiAygCAEEBayECA0AgAkEATgRAIAhEAAAAAAAA8EGiIAIgAygCAEkEfyADQQRqIAJBAnRq",
  "KAIABUEAC7igIQggAkEBayECDAELCyAImiAIIAAoAgwbDAELIAArAwgLIgkCfEQAAAAAAAAAACEIIAEoAgQiAkUEQCABKQMIuQwB",
  "CyACQQJGBEAgASgCCCIDKAIAQQFrIQIDQCACQQBOBEAgCEQAAAAAAADwQaIgAiADKAIASQR/IANBBGogAkECdGooAgAFQQALuKAh",
  "CCACQQFrIQIMAQsLIAiaIAggASgCDBsMAQsgASsDCAsiCGQgCCAJZBsFIAEpAwghCgJ8IAAoAgQiAkUEQCAAKQMIuQwBCyACQQJG",
  "BEAgACgCCCIDKAIAQQFrIQIDQCACQQBOBEAgCEQAAAAAAADwQaIgAiADKAIASQR/IANBBGogAkECdGooAgAFQQALuKAhCCACQQFr",
  "IQIMAQsLIAiaIAggACgCDBsMAQsgACsDCAshCEF/IQICQCAIRAAAAAAAAOBDZg0AQQEhAiAIRAAAAAAAAODDYw0AQX9BASAInSIJ",
  "/AYiCyAKVRshAiAKIAtSDQBBfyAIIAmhIghEAAAAAAAAAABjIAhEAAAAAAAAAABkGyECC0EAIAJrCyECBSAAKQMIIQoCfCABKAIE",
  "IgJFBEAgASkDCLkMAQsgAkECRgRAIAEoAggiAygCAEEBayECA0AgAkEATgRAIAhEAAAAAAAA8EGiIAIgAygCAEkEfyADQQRqIAJB",
  "AnRqKAIABUEAC7igIQggAkEBayECDAELCyAImiAIIAEoAgwbDAELIAErAwgLIQhBfyECAkAgCEQAAAAAAADgQ2YNAEEBIQIgCEQA",
  "AAAAAADgw2MNAEF/QQEgCJ0iCfwGIgsgClUbIQIgCiALUg0AQX8gCCAJoSIIRAAAAAAAAAAAYyAIRAAAAAAAAAAAZBshAgsLIAIE",
  "f0EABSAAKAIUBH9BAQUgASgCFAsLBEACf0ECIABBABAkRQ0AGiMEIQUjBiEDIwciBEEARyMFIwUbIQZBAiABQQAQJEUNABpBf0EB",
  "IAYbIwciB0EARyMFIwUbIAZHDQAaIAdFIARFcgRAQQAgBCAHRg0BGkEAQQFBfyAEGyIAayAAIAYbDAELIwQhAEEAIAOsIAStfCIK",
  "IwYiAawgB618IgtSBH9Bf0EBIAogC1MbBSABIANMBH8gBSADIAFrECgQHSAAECcFIAUgACABIANrECgQHRAnCwsiAGsgACAGGwsi",
  "AEECRwRAIAAPCwsgAgtAACAAIAEgACABECAiAAR/IAAoAgBBBkYFQQALBH8gABAsBUEcEAwiAEEAQRz8CwAgAEEGNgIAIAALIgAQ",
  "FiAACzAAIAAEfyAAKAIAQQZGBUEACwR/IAAQLAVBHBAMIgBBAEEc/AsAIABBBjYCACAACwsPACAABH8gACgCAAVBAAsLBQBBiBgL",
  "CAAgACABEBELBgAgABAsCwYAIAAkAQsIACAAIAEQHwsaAQF/QRwQDCIAQQBBHPwLACAAQQc2AgAgAAszAQF/An9BACAARQ0AGiAA",
  "KAIAIgFBBkYEQCAAKAIQDAELIAFBB0YEfyAAKAIMBUEACwsLJwEBfyAABH8gACgCACIBQQdGIAFBBkZyBH8gACgCDAVBAAsFQQAL",
  "CwwAIAAgASACIAMQWwsGACAAEAYLCgAgACABIAIQFgsaAQF/QRwQDCIAQQBBHPwLACAAQQY2AgAgAAsXACAAIAEQMyIARQRAQQBB",
  "8CkQJgsgAAsGACAAEA8LBQBBgBgLWAEDfwNAIAEgA2otAAAEQCADQQFqIQMMAQsLIANBEGoQDCIEQQQ2AgAgBCADNgIEIAQgBEEQ",
  "aiIFNgIIIARBADYCDCAFIAEgA/wKAAAgACAEIAKsEA8QFgsIACAAIAEQRAsIACMoEFgkKAsJACMoKAIAJCgLEgAjKEEEaiAAQQJ0",
  "aiABNgIACwwAIAAkKUEAEFgkKAsQACMoQQRqIABBAnRqKAIAC3YBA38CQCAAKAIAIgJBBEYEQCAAKAIIIQMgACgCBCECQQAhAANA",
  "IAAgAkkEQCABQQFqIAEgACADai0AAEHAAXFBgAFHGyEBIABBAWohAAwBCwsMAQsgAkEGRiACQQVGciACQQdGcgRAIAAoAgQhAQsL",
  "IAGtEA8LCAAgACABEEULCAAgACABEDELMQEBfwJ/QQAgAEUNABogACgCACIBQQZGIAFBBUZyIAFBB0ZyBEAgACgCBAwBC0EACwsI",
  "ACAAIAEQMgsFAEGQGAsIACAAIAEQEwtAAEHgGCAANgIAQeQYQQQ2AgBB6BggATYCAEHsGCACNgIAQfAYIAM2AgBB9BggBDYCACAA",
  "QQAgASACIAMgBBAHCz4AQeAYIAA2AgBB5BhBAzYCAEHoGCABNgIAQewYIAI2AgBB8BggAzYCAEH0GEEANgIAIABBACABIAIgAxAI",
  "CwoAIAAgASACEDgLCAAgACABECkLOABB4BggADYCAEHkGEEANgIAQegYQQA2AgBB7BhBADYCAEHwGEEANgIAQfQYQQA2AgAgAEEA",
  "EAsLXQEDfyAABH8gACgCAEEFRwVBAQsEQCAADwtBHBAMIgFBAEEc/AsAIAFBBzYCACAAKAIEIQMDQCACIANJBEAgASAAKAIMIAJB",
  "AnRqKAIAEB8gAkEBaiECDAELCyABCwgAIAAgARAUCwYAIAAQFwsJACAAQdAqECYLBwAgACgCAAu3AgEEf0EAIAEgAAR/IAAoAgBB",
  "BkcFQQELGwR/IAEoAgBBBUcFQQELBEBBAw8LIAEoAgQiA0UEQEEDDwsDQCACQQFqIANJBEAgACABKAIMIAJBAnRqKAIAECAiAAR/",
  "IAAoAgBBBkcFQQELBEBBAA8LIAJBAWohAgwBCwsgASgCDCADQQFrQQJ0aigCACEDQRwQDCIEQQBBHPwLACAEQQY2AgAgACgCBCEC",
  "QQAhAQNAIAEgAkkEQCAAKAIAQQZPBH8gACgCGCAAKAIERwVBAAsEQCAAEA4LIAAoAgwgAUECdGooAgAiBSADEBMEQCAAKAIAQQZP",
  "BH8gACgCGCAAKAIERwVBAAsEQCAAEA4LIAQgBSAAKAIQIAFBAnRqKAIAEBYLIAFBAWohAQwBCwsgACAEQRz8CgAAQQALCAAgAEEB",
  "EDcLtAEBBH9BACABIgMgAAR/IAAoAgBBBkcFQQELGwR/IAMoAgBBBUcFQQELBEBBAw8LIAMoAgQiBUUEQEEDDwsDQCAEQQFqIAVJ",
  "BEAgACADKAIMIARBAnRqKAIAIgYQICIBBH8gASgCAEEGRwVBAQsEQEEcEAwiAUEAQRz8CwAgAUEGNgIAIAAgBiABEBYLIAEhACAE",
  "QQFqIQQMAQsLIAAgAygCDCAFQQFrQQJ0aigCACACEBZBAAsGACAAEAwLCAAgAEEAEDcLBgAgACQACw4AIwBFBEAQACQACyMACwIA",
  "CwkAIAAgATYCAAsJACAAIAE2AgwLCQAgACABNgIECwcAIAAoAggLRwEBfyAFJAAgBARAIAMgBBBSIgdFBEBBAEGQKRAmCwsQVyIA",
  "IAc2AgAgACACNgIEIAAgATYCDCAAEAEgACgCCCAGQQFGEDcLCAAgABABQQALBAAQBAsEABAFCwkAIABBAEckAgsFAEHgGAsEACMB",
  "C1gAAkACQAJAAkACQAJAAkACQCAAKAIAQQFrDgcAAQIDBAUGBwtB8CYQHg8LQZAtEB4PC0HALRAeDwtB4C0QHg8LQYAuEB4PC0Gg",
  "LhAeDwtBwC4QHg8LQQALEQBBiBhBkBggACgCAEEERhsLEQBBiBhBkBggACgCAEEHRhsLEQBBiBhBkBggACgCAEEGRhsLEQBBiBhB",
  "kBggACgCAEEDRhsLEQBBiBhBkBggACgCAEEBRhsLEQBBiBhBkBggACgCAEECRhsLEQBBiBhBkBggACgCAEEFRhsL7wQDAnwCfwF+",
  "IAAgAUHwNEHQNRAqBEBBAA8LIAAoAgRBAUcEf0EBBSAAKwMIIgOdIANhIAMgA6FEAAAAAAAAAABhcQsEfyABKAIEQQFHBH9BAQUg",
  "ASsDCCIDnSADYSADIAOhRAAAAAAAAAAAYXELBUEAC0UEQCMCBEBBsDZB0CpBAEEAEBALQQAPCyABKAIEQQJGBH9BAAUgASgCBAR/",
  "IAErAwhEAAAAAAAAAABhBSABKQMIUAsLBEAjAgRAQZA3QdAqQQBBABAQC0EADwsCfyAAKAIEBH9BAQUgASgCBAtFBEAgASkDCCIG",
  "Qn9RBEBCABAPDAILIAApAwggBoEQDwwBCyAAKAIEQQFHBH8gASgCBEEBRwVBAAsEQCAAEBUgARAVEC8aIwMiASgCAAR/IAEgACgC",
  "BEECRgR/IAAoAgxBAEcFIAApAwhCAFMLEBsFQgAQDwsMAQsCfCAAKAIEIgRFBEAgACkDCLkMAQsgBEECRgRAIAAoAggiBSgCAEEB",
  "ayEEA0AgBEEATgRAIAJEAAAAAAAA8EGiIAQgBSgCAEkEfyAFQQRqIARBAnRqKAIABUEAC7igIQIgBEEBayEEDAELCyACmiACIAAo",
  "AgwbDAELIAArAwgLIgIgAgJ8RAAAAAAAAAAAIQIgASgCBCIARQRAIAEpAwi5DAELIABBAkYEQCABKAIIIgQoAgBBAWshAANAIABB",
  "AE4EQCACRAAAAAAAAPBBoiAAIAQoAgBJBH8gBEEEaiAAQQJ0aigCAAVBAAu4oCECIABBAWshAAwBCwsgApogAiABKAIMGwwBCyAB",
  "KwMICyICo50gAqKhEBgLCxoAIAAgAUGwK0GgLBAqBEBBAA8LIAAgARBMCw8AQYgYQZAYIAAgARATGwsaACAAIAFBsDFBkDIQKgRA",
  "QQAPCyAAIAEQTQuyBQMFfwF8A34gACgCAEEDRgR/IAEoAgBBA0YFQQALBEACfyAAKAIEBH9BAQUgASgCBAtFBEAgACkDCCIIIAEp",
  "AwgiCn0hCSAIIAqFIAggCYWDQgBZBEAgCRAPDAILCyAAKAIEQQFHBH8gASgCBEEBRwVBAAsEQCAAEBUgACgCBEECRgR/IAAoAgxB",
  "AEcFIAApAwhCAFMLIAEQFSABKAIEQQJGBH8gASgCDEEARwUgASkDCEIAUwtFEE8MAQsgACABQQEQTiICBH8gAgUCfCAAKAIEIgJF",
  "BEAgACkDCLkMAQsgAkECRgRAIAAoAggiAygCAEEBayECA0AgAkEATgRAIAdEAAAAAAAA8EGiIAIgAygCAEkEfyADQQRqIAJBAnRq",
  "KAIABUEAC7igIQcgAkEBayECDAELCyAHmiAHIAAoAgwbDAELIAArAwgLAnxEAAAAAAAAAAAhByABKAIEIgBFBEAgASkDCLkMAQsg",
  "AEECRgRAIAEoAggiAigCAEEBayEAA0AgAEEATgRAIAdEAAAAAAAA8EGiIAAgAigCAEkEfyACQQRqIABBAnRqKAIABUEAC7igIQcg",
  "AEEBayEADAELCyAHmiAHIAEoAgwbDAELIAErAwgLoRAYCwsPCyAAKAIAQQdGBH8gASgCAEEHRgVBAAsEQEEcEAwiBUEAQRz8CwAg",
  "BUEHNgIAIAAoAgQhBgNAIAIgBkkEQCAAKAIAQQZPBH8gACgCGCAAKAIERwVBAAsEQCAAEA4LQX8gASAAKAIMIAJBAnRqKAIAIgMQ",
  "GiIEIARBAEgbQQBIBEAgBSADEB8LIAJBAWohAgwBCwsgBQ8LIAAoAgBBA0YEf0EBBSAAKAIAQQdGC0UEQEHgLiAAEA1BAA8LIAEo",
  "AgBBA0YEQEHgLyABEA1BAA8LQcAwIAEQDUEACxIAQYgYQZAYIAAgARATQQBMGwsSAEGIGEGQGCAAIAEQE0EASBsLZQEBfyACKAIA",
  "IgNBBkYgA0EFRnIEQEGQGEGIGCACIAAQMiIABH8gACABEBMFQQELGw8LIANBB0YEQEGIGEGQGCAAIAEQEwR/QQAFQX8gAiAAEBoi",
  "ACAAQQBIG0EATgsbDwtBkBgL0QEBAn8gASgCACIDQQdGBEBBiBhBkBhBfyABIAAQGiIAIABBAEgbQQBOGw8LIANBBUYEQCABKAIE",
  "IQMDQCACIANJBEAgASgCDCACQQJ0aigCACAAEBNFBEBBiBgPCyACQQFqIQIMAQsLQZAYDwsgA0EGRgRAIAEoAgQhAwNAIAIgA0kE",
  "QCABKAIAQQZPBH8gASgCGCABKAIERwVBAAsEQCABEA4LIAEoAhAgAkECdGooAgAgABATRQRAQYgYDwsgAkEBaiECDAELC0GQGA8L",
  "QZAYCxIAQYgYQZAYIAAgARATQQBOGwsSAEGIGEGQGCAAIAEQE0EAShsLwwQDAn8BfAJ+IAAgAUHwMkHQMxAqBEBBAA8LIAEoAgRB",
  "AkYEf0EABSABKAIEBH8gASsDCEQAAAAAAAAAAGEFIAEpAwhQCwsEQCMCBEBBsDRB0CpBAEEAEBALQQAPCwJ/IAAoAgQEf0EBBSAB",
  "KAIEC0UEQCABKQMIIgVCf1EgACkDCCIGQoCAgICAgICAgH9RcQR+QgEFIAYgBYELUARAIAYgBX8QDwwCCwsgACgCBEEBRwR/IAEo",
  "AgRBAUcFQQALBH8gACgCBEECRgR/QQEFIAEoAgRBAkYLBUEACwRAIAAQFSABEBUQLyECIwMoAgBFBEAgACgCBEECRgR/IAAoAgxB",
  "AEcFIAApAwhCAFMLIQAgAiABKAIEQQJGBH8gASgCDEEARwUgASkDCEIAUwsgAEcQGwwCCwsCfCAAKAIEIgJFBEAgACkDCLkMAQsg",
  "AkECRgRAIAAoAggiAygCAEEBayECA0AgAkEATgRAIAREAAAAAAAA8EGiIAIgAygCAEkEfyADQQRqIAJBAnRqKAIABUEAC7igIQQg",
  "AkEBayECDAELCyAEmiAEIAAoAgwbDAELIAArAwgLAnxEAAAAAAAAAAAhBCABKAIEIgBFBEAgASkDCLkMAQsgAEECRgRAIAEoAggi",
  "AigCAEEBayEAA0AgAEEATgRAIAREAAAAAAAA8EGiIAAgAigCAEkEfyACQQRqIABBAnRqKAIABUEAC7igIQQgAEEBayEADAELCyAE",
  "miAEIAEoAgwbDAELIAErAwgLoxAYCwuJAwECfyABBH8gAC0AAEEtRgVBAAtBAEciAyABTwRAQQAPCyAAIANqLQAAQTBGBH8gA0EB",
  "agUgAyECA0AgASACSwR/IAAgAmotAABBME8FQQALBH8gACACai0AAEE5TQVBAAsEQCACQQFqIQIMAQsLIAIgA0YEQEEADwsgAgsi",
  "AyABSQR/IAAgA2otAABBLkYFQQALBEAgA0EBaiECA0AgASACSwR/IAAgAmotAABBME8FQQALBH8gACACai0AAEE5TQVBAAsEQCAC",
  "QQFqIQIMAQsLIAIgA0EBakYEQEEADwsgAiEDCyABIANLBH8gACADai0AAEEgckHlAEYFQQALBH8gACECIANBAWoiAyABSQR/IAAg",
  "A2otAABBK0YEf0EBBSAAIANqLQAAQS1GCwVBAAsEQCADQQFqIQMLIAMhAANAIAAgAUkEfyAAIAJqLQAAQTBPBUEACwR/IAAgAmot",
  "AABBOU0FQQALBEAgAEEBaiEADAELCyAAIANGBEBBAA8LIAAFIAMLIAFGC40FAgJ/AXwgACgCACICQQFGBEBCABAPDwsgAkECRgRA",
  "IAAoAgRBAEetEA8PCyACQQNGBEAgAA8LIAJBBEYEQCAAKAIIIAAoAgQQMyICBEAgAigCBEEBRwR/QQEFIAAoAgggACgCBBDFAQsE",
  "fyACBQJ8IAIoAgQiAEUEQCACKQMIuQwBCyAAQQJGBEAgAigCCCIBKAIAQQFrIQADQCAAQQBOBEAgA0QAAAAAAADwQaIgACABKAIA",
  "SQR/IAFBBGogAEECdGooAgAFQQALuKAhAyAAQQFrIQAMAQsLIAOaIAMgAigCDBsMAQsgAisDCAsQGAsPCyAAKAIIIQICfyAAKAIE",
  "IgAEfyACLQAAQStGBH9BAQUgAi0AAEEtRgsFQQALBEAgAkEBaiECIABBAWshAAtBAEHMNygCAEEBdiAARw0AGgNAIAAgAUsEQEEA",
  "IAFBzDcoAgBBAXZPBH9BfwUgAUEBdEHQN2ovAQALQf8BcSABIAJqLQAAQSByRw0CGiABQQFqIQEMAQsLQQELBH9BAQUCf0EAIQFB",
  "ACAAQew3KAIAQQF2Rw0AGgNAIAAgAUsEQEEAIAFB7DcoAgBBAXZPBH9BfwUgAUEBdEHwN2ovAQALQf8BcSABIAJqLQAAQSByRw0C",
  "GiABQQFqIQEMAQsLQQELCwR/QQEFAn9BACEBQQAgAEGMOCgCAEEBdkcNABoDQCAAIAFLBEBBACABQYw4KAIAQQF2TwR/QX8FIAFB",
  "AXRBkDhqLwEAC0H/AXEgASACai0AAEEgckcNAhogAUEBaiEBDAELC0EBCwsEQCMCBEBBwDhB0CpBAEEAEBALQQAPCyMCBEBB4DlB",
  "0CpBAEEAEBALQQAPC0HQOiAAEA1BAAvTBAIDfgF/IAAoAgBBA0cEf0EBBSAAKAIECwRAIAEgABApDwsgACkDCBA6IyEhBCMiIQMj",
  "HkIAUyMeQo/OAFVyBEAgASAAECkPC0EeEAwhACMeIQJBAyEBA0AgAUEATgRAIAAgAWogAkIKgUIwfDwAACACQgp/IQIgAUEBayEB",
  "DAELCyAAQS06AAQgAEEFaiEFIx8hAkEBIQEDQCABQQBOBEAgASAFaiACQgqBQjB8PAAAIAJCCn8hAiABQQFrIQEMAQsLIABBLToA",
  "ByAAQQhqIQUjICECQQEhAQNAIAFBAE4EQCABIAVqIAJCCoFCMHw8AAAgAkIKfyECIAFBAWshAQwBCwsgAEHUADoACiAAQQtqIQUg",
  "BEKQHH8hAkEBIQEDQCABQQBOBEAgASAFaiACQgqBQjB8PAAAIAJCCn8hAiABQQFrIQEMAQsLIABBOjoADSAAQQ5qIQUgBEI8f0I8",
  "gSECQQEhAQNAIAFBAE4EQCABIAVqIAJCCoFCMHw8AAAgAkIKfyECIAFBAWshAQwBCwsgAEE6OgAQIABBEWohBSAEQjyBIQJBASEB",
  "A0AgAUEATgRAIAEgBWogAkIKgUIwfDwAACACQgp/IQIgAUEBayEBDAELC0ETIQEgA0IAUgRAIABBLjoAEyAAQRRqIQVBCCEBA0Ag",
  "AUEATgRAIAEgBWogA0IKgUIwfDwAACADQgp/IQMgAUEBayEBDAELC0EdIQEDQCAAIAFqQQFrLQAAQTBGBEAgAUEBayEBDAELCwsg",
  "ACABakHaADoAACAAIAFBAWoQEQuzAgEEfyAAIQICfyAAKAIAIgNBBUYEfyAAKAIEBUEACwRAIAAoAgwoAgAiAigCAEEDRwRAQcCW",
  "ASACEA1BAQwCCyAAKAIEQQFLBEAgACgCDCgCBCIEKAIAQQRHBEBBsJcBIAQQDUEBDAMLIAQoAgghA0ECIAQoAgQiBEUiBQR/IAUF",
  "IARBA0YEfyADLQAAQdUARgVBAAsEfyADLQABQdQARgVBAAsEfyADLQACQcMARgVBAAsLRQ0CGgsFIANBA0cEQEGgmAEgABANQQEM",
  "AgsLIAIoAgQEQCMCBEBB4JkBQdAqQQBBABAQC0EBDAELIAIpAwgkI0EACyICQQFGBEBBAA8LIAJBAkYEQCABIAAQKQ8LIyMQOkED",
  "EBciACMeEA8QFCAAIx8QDxAUIAAjIBAPEBQgAAvFCQIFfwl+IAAoAgBBBEcEQEHQkgEgABANQQAPCyAAKAIIIQICQCAAKAIEIgNB",
  "FEkNACACLQAKIQRBACEAAn4DQCAAQQRJBEBCfyAAIAJqLQAAIgVBMEkgBUE5S3INAhogBUEwa0H/AXGtIAdCCn58IQcgAEEBaiEA",
  "DAELCyAHCyIMQgBTQQAhAAJ+A0AgAEECSQRAQn8gAkEFaiAAai0AACIFQTBJIAVBOUtyDQIaIAVBMGtB/wFxrSAIQgp+fCEIIABB",
  "AWohAAwBCwsgCAsiC0IAV3IgC0IMVXJBACEAAn4DQCAAQQJJBEBCfyACQQhqIABqLQAAIgVBMEkgBUE5S3INAhogBUEwa0H/AXGt",
  "IAZCCn58IQYgAEEBaiEADAELCyAGCyINQgBXciANQh9VckIAIQZBACEAAn4DQCAAQQJJBEBCfyACQQtqIABqLQAAIgVBMEkgBUE5",
  "S3INAhogBUEwa0H/AXGtIAZCCn58IQYgAEEBaiEADAELCyAGCyIIQgBTciAIQhdVckIAIQZBACEAAn4DQCAAQQJJBEBCfyACQQ5q",
  "IABqLQAAIgVBMEkgBUE5S3INAhogBUEwa0H/AXGtIAZCCn58IQYgAEEBaiEADAELCyAGCyIJQgBTciAJQjtVckIAIQZBACEAAn4D",
  "QCAAQQJJBEBCfyACQRFqIABqLQAAIgVBMEkgBUE5S3INAhogBUEwa0H/AXGtIAZCCn58IQYgAEEBaiEADAELCyAGCyIKQgBTciAK",
  "QjxVcgR/QQEFIAItAARBLUcLBH9BAQUgAi0AB0EtRwsEf0EBBSAEQfQARyAEQdQAR3ELBH9BAQUgAi0ADUE6RwsEf0EBBSACLQAQ",
  "QTpHCw0AQgAhBkETIQAgA0ETSwR/IAItABNBLkYFQQALBEBCgMLXLyEHQRQhAANAIAAgA0kEfyAAIAJqLQAAQTBPBUEACwR/IAAg",
  "AmotAABBOU0FQQALBEAgBiAAIAJqMQAAQjB9IAd+fCEGIAdCCn8hByAAQQFqIQAMAQsLIABBFEYNAQtCACEHIAAgA08NACADIAAg",
  "AmotAAAiBEH6AEYgBEHaAEZyBH8gAEEBagUgBEEtRiAEQStGckUNASAAQQZqIANLBH9BAQUgACACai0AA0E6RwsNASAAQQFqIQMC",
  "fgNAIAFBAkkEQEJ/IAIgA2ogAWotAAAiBUEwSSAFQTlLcg0CGiAFQTBrQf8Bca0gB0IKfnwhByABQQFqIQEMAQsLIAcLIQ4gAEEE",
  "aiEDQgAhB0EAIQEgDgJ+A0AgAUECSQRAQn8gAiADaiABai0AACIFQTBJIAVBOUtyDQIaIAVBMGtB/wFxrSAHQgp+fCEHIAFBAWoh",
  "AQwBCwsgBwsiB4RCAFMNASAOQpAcfiAHQjx+fEJ/QgEgBEEtRht+IQcgAEEGagtHDQAgDCALQgJXrX0iDCAMQo8DfSAMQgBZG0KQ",
  "A38hDiAKIAtCfUIJIAtCAlUbfEKZAX5CAnxCBX8gDXwgDCAOQpADfn0iCkLtAn4gCkIEf3wgCkLkAH99fCAOQrH1CH58Qu30K31C",
  "gKMFfiAIQpAcfnwgCUI8fnx8IAd9IAZBwJUBEF0PCyMCBEBB4JMBQdAqQQBBABAQC0EAC5kDAQN+IAAoAgBBA0cEQEGwmgEgABAN",
  "QQAPCyAAKAIEBEAjAgRAQYCcAUHQKkEAQQAQEAtBAA8LIAEoAgBBA0cEQEHgnAEgARANQQAPCyABKAIEBEAjAgRAQeCdAUHQKkEA",
  "QQAQEAtBAA8LIAIoAgBBA0cEQEGQnwEgAhANQQAPCyACKAIEBEAjAgRAQZCgAUHQKkEAQQAQEAtBAA8LIAMoAgBBA0cEQEHAoQEg",
  "AxANQQAPCyADKAIEBEAjAgRAQcCiAUHQKkEAQQAQEAtBAA8LIAApAwgQOiACKQMIIx9CAX18IgRCDH8hBSAEIAVCAX0gBSAEQgBT",
  "BH8gBEIMgUIAUgVBAAsiABtCDH59QgF8IQQjHiABKQMIfCAFQgF9IAUgABt8IARCAletfSIFIAVCjwN9IAVCAFkbQpADfyEGIyEg",
  "AykDCCMgIAUgBkKQA359IgVC7QJ+IAVCBH98IAVC5AB/fSAEQn1CCSAEQgJVG3xCmQF+QgJ8QgV/fCAGQrH1CH58fELt9Ct9fEKA",
  "owV+fCMiQfCjARBdC4YDAQh/IAAoAgBBBUcEQEGQiAEgABANQQAPCyAAKAIEIgRBAnQQDCEFA0AgASAESQRAIAFBAnQiBiAFaiAA",
  "KAIMIAZqKAIAIggoAgAhBgJ/IAggBkEERg0AGiAGQQdHBEAgCBA0DAELQQAgCCgCBCIGRQ0AGiAGQQFLBEBBoIkBQdAqQQBBABAQ",
  "CyAIKAIAQQZPBH8gCCgCGCAIKAIERwVBAAsEQCAIEA4LIAgoAgwoAgAiBigCAEEERgR/IAYFIAYQNAsLIgY2AgAgBgR/IAYoAgQF",
  "QYwZKAIAQQF2CyADaiEDIAFBAWohAQwBCwsgAxAMIgYhAANAIAIgBEkEQCAFIAJBAnRqKAIAIgEEfyAAIAEoAgggASgCBPwKAAAg",
  "ACABKAIEagVBACEBA0AgAUGMGSgCAEEBdiIHSARAIAAgAWogASAHTwR/QX8FIAFBAXRBkBlqLwEACzoAACABQQFqIQEMAQsLIABB",
  "jBkoAgBBAXZqCyEAIAJBAWohAgwBCwsgBiADEBELCgAgAEEBIAEQYAsKACAAQQAgARBgC6ABAQR/IAAoAgBBBEcEQEHQ9wAgABAN",
  "QQAPCyABKAIAQQRHBEBBwPgAIAEQDUEADwsgASgCBCICIAAoAgQiBE0EfyAAKAIIIARqIAJrIQUgASgCCCEEAn8DQCACIANLBEBB",
  "ACADIAVqLQAAIAMgBGotAABHDQIaIANBAWohAwwBCwtBAQsFQQALBEAgACgCCCAAKAIEIAEoAgRrEBEPCyAAC64DAQd/IAAoAgBB",
  "BEcEQEGw+QAgABANQQAPCyAAKAIIIQMgACgCBCEAA0AgACACSwR/IAMgAhAZIgFBgOAARiABQajAAEYhBSABQYUBRiEGIAFBIEYE",
  "f0EBBSABQQ1NIAFBCU9xCyAGciABQaABRnIgAUGALUZyBH9BAQUgAUGKwABNIAFBgMAAT3ELIAVyIAFBqcAARnIgAUGvwABGciAB",
  "Qd/AAEZycgVBAAsEQAJ/QQEgAiADai0AACIBQYABSQ0AGkECIAFB4AFJDQAaQQMgAUHwAUkNABpBBAsgAmohAgwBCwsDQCAAIAJL",
  "BEACQCAAQQFrIQEDQCABIAJLBH8gASADai0AAEHAAXFBgAFGBUEACwRAIAFBAWshAQwBCwsgAyABEBkiBEGA4ABGIARBqMAARiEG",
  "IARBhQFGIQcgBEEgRgR/QQEFIARBDU0gBEEJT3ELIAdyIARBoAFGciAEQYAtRnIEf0EBBSAEQYrAAE0gBEGAwABPcQsgBnIgBEGp",
  "wABGciAEQa/AAEZyIARB38AARnJyRQ0AIAEhAAwCCwsLIAIgA2ogACACaxARC0YBAX8gACgCAEEERwRAQZD0ACAAEA1BAA8LIAEo",
  "AgBBBEcEQEGA9QAgARANQQAPCyAAKAIIIgIgAkEAIAAoAgQgARBfEBELnQEBBH8gACgCAEEERwRAQfD1ACAAEA1BAA8LIAEoAgBB",
  "BEcEQEHg9gAgARANQQAPCyABKAIEIgMgACgCBE0EfyAAKAIIIQQgASgCCCEFAn8DQCACIANJBEBBACACIARqLQAAIAIgBWotAABH",
  "DQIaIAJBAWohAgwBCwtBAQsFQQALBEAgASgCBCIBIAAoAghqIAAoAgQgAWsQEQ8LIAALTgEBfyAAKAIAQQRHBEBBsPIAIAAQDUEA",
  "DwsgASgCAEEERwRAQaDzACABEA1BAA8LIAAoAggiAiACIAAoAgQiACABEF4iAWogACABaxARC1YBAn8gACgCAEEERwRAQdDwACAA",
  "EA1BAA8LIAEoAgBBBEcEQEHA8QAgARANQQAPCyAAKAIIIgIgACgCBCIDIAEQXiIAIAJqIAIgACADIAEQXyAAaxARC70GAwJ8BH8D",
  "fiAAKAIAQQRHBEBBsP8AIAAQDUEADwsgASgCAEEDRwRAQaCAASABEA1BAA8LIAEoAgRBAUcEf0EBBSABKwMIIgSdIARhIAQgBKFE",
  "AAAAAAAAAABhcQtFBEAjAgRAQZCBAUHQKkEAQQAQEAtBAA8LIAIoAgBBA0cEQEHAggEgAhANQQAPCyACKAIEQQFHBH9BAQUgAisD",
  "CCIEnSAEYSAEIAShRAAAAAAAAAAAYXELRQRAIwIEQEGwgwFB0CpBAEEAEBALQQAPCwJ8IAIoAgQiBUUEQCACKQMIuQwBCyAFQQJG",
  "BEAgAigCCCIIKAIAQQFrIQUDQCAFQQBOBEAgA0QAAAAAAADwQaIgBSAIKAIASQR/IAhBBGogBUECdGooAgAFQQALuKAhAyAFQQFr",
  "IQUMAQsLIAOaIAMgAigCDBsMAQsgAisDCAv8BiEKAnxEAAAAAAAAAAAhAyABKAIEIgJFBEAgASkDCLkMAQsgAkECRgRAIAEoAggi",
  "BSgCAEEBayECA0AgAkEATgRAIANEAAAAAAAA8EGiIAIgBSgCAEkEfyAFQQRqIAJBAnRqKAIABUEAC7igIQMgAkEBayECDAELCyAD",
  "miADIAEoAgwbDAELIAErAwgL/AYiCUIAUwRAIwIEQEHghAFB0CpBAEEAEBALQQAPCyAAKAIIIQEgACgCBCEAQQAhAgNAIAAgAksE",
  "QCAGQQFqIAYgASACai0AAEHAAXFBgAFHGyEGIAJBAWohAgwBCwsgBq0iCyAJVwRAIAFBABARDwsgCachBUEAIQIDQCAFIAdLIAAg",
  "AktxBEACf0EBIAEgAmotAAAiBkGAAUkNABpBAiAGQeABSQ0AGkEDIAZB8AFJDQAaQQQLIAJqIQIgB0EBaiEHDAELCyACIAAgACAC",
  "SxshBSAKQgBTIAkgCnwgC1lyBEAgASAFaiAAIAVrEBEPCyAJIAp8pyEHQQAhAkEAIQYDQCAGIAdJIAAgAktxBEACf0EBIAEgAmot",
  "AAAiCEGAAUkNABpBAiAIQeABSQ0AGkEDIAhB8AFJDQAaQQQLIAJqIQIgBkEBaiEGDAELCyABIAVqIAIgACAAIAJLGyAFaxARC4sB",
  "AQJ/IAAoAgBBBEcEQEHQ6QAgABANQQAPCyABKAIAQQRHBEBBwOoAIAEQDUEADwtBiBhBkBggASgCBCICIAAoAgRNBH8gACgCCCED",
  "IAEoAgghAUEAIQACfwNAIAAgAkkEQEEAIAAgA2otAAAgACABai0AAEcNAhogAEEBaiEADAELC0EBCwVBAAsbC+cCAQh/IAAoAgBB",
  "BEcEQEHw7gAgABANQQAPCyABKAIAQQRHBEBB4O8AIAEQDUEADwtBABAXIQMgACgCCCEFIAAoAgQhBiABKAIEIglFBEBBACEAA0Ag",
  "ACAGSQRAAn9BASAAIAVqIgEtAAAiAkGAAUkNABpBAiACQeABSQ0AGkEDIAJB8AFJDQAaQQQLIQIgAyABIAIQERAUIAAgAmohAAwB",
  "CwsgAw8LQQAhAANAIAEoAgghByAAIQICQCAJRQ0AIAYgCUkEQEF/IQIMAQsDQCACIAlqIAZNBEAgAiAFaiIILQAAIActAABGBH9B",
  "ACEEAn8DQCAEIAlJBEBBACAEIAhqLQAAIAQgB2otAABHDQIaIARBAWohBAwBCwtBAQsFQQALDQIgAkEBaiECDAELC0F/IQILIAJB",
  "AE4EQCADIAAgBWogAiAAaxAREBQgAiAJaiEADAELCyADIAAgBWogBiAAaxAREBQgAwvRBwEKfyAAKAIAQQRHBEBBoPoAIAAQDUEA",
  "DwsgASgCAEEERwRAQZD7ACABEA1BAA8LIAIoAgBBBEcEQEGA/AAgAhANQQAPCyAAKAIIIQcgACgCBCEGIAEoAgQiCEUEQEEAIQFB",
  "ACEAA0AgACAGSQRAIAFBAWogASAAIAdqLQAAQcABcUGAAUcbIQEgAEEBaiEADAELCyAGIAIoAgQiAyABQQFqbGoiBBAMIgUhAEEA",
  "IQEDQCAAIAIoAgggA/wKAAAgASAGSQRAIAAgA2ohAAJ/QQEgASAHaiIILQAAIglBgAFJDQAaQQIgCUHgAUkNABpBAyAJQfABSQ0A",
  "GkEECyEJIAAgCCAJ/AoAACAAIAlqIQAgASAJaiEBDAELCyAFIAQQEQ8LIAEoAgghCQJAIAhFDQAgBiAISQRAQX8hAwwBCwNAIAMg",
  "CGogBk0EQCADIAdqIgotAAAgCS0AAEYEf0EAIQQCfwNAIAQgCEkEQEEAIAQgCmotAAAgBCAJai0AAEcNAhogBEEBaiEEDAELC0EB",
  "CwVBAAsNAiADQQFqIQMMAQsLQX8hAwsDQCADQQBOBEAgBUEBaiEFIAEoAgghCSADIAhqIQMCQCAIRQ0AIAYgCEkEQEF/IQMMAQsD",
  "QCADIAhqIAZNBEAgAyAHaiIKLQAAIAktAABGBH9BACEEAn8DQCAEIAhJBEBBACAEIApqLQAAIAQgCWotAABHDQIaIARBAWohBAwB",
  "CwtBAQsFQQALDQIgA0EBaiEDDAELC0F/IQMLDAELCyAFRQRAIAAPCyAGIAUgCGxrIAUgAigCBGxqIgkQDCIKIQBBACEFIAEoAggh",
  "C0EAIQMCQCAIRQ0AIAYgCEkEQEF/IQMMAQsDQCADIAhqIAZNBEAgAyAHaiIMLQAAIAstAABGBH9BACEEAn8DQCAEIAhJBEBBACAE",
  "IAxqLQAAIAQgC2otAABHDQIaIARBAWohBAwBCwtBAQsFQQALDQIgA0EBaiEDDAELC0F/IQMLA0AgA0EATgRAIAAgBSAHaiADIAVr",
  "IgT8CgAAIAAgBGoiACACKAIIIAIoAgT8CgAAIAAgAigCBGohACABKAIIIQsgAyAIaiIFIQMCQCAIRQ0AIAYgCEkEQEF/IQMMAQsD",
  "QCADIAhqIAZNBEAgAyAHaiIMLQAAIAstAABGBH9BACEEAn8DQCAEIAhJBEBBACAEIAxqLQAAIAQgC2otAABHDQIaIARBAWohBAwB",
  "CwtBAQsFQQALDQIgA0EBaiEDDAELC0F/IQMLDAELCyAAIAUgB2ogBiAFa/wKAAAgCiAJEBELrwIBB38gACgCAEEERwRAQfD8ACAA",
  "EA1BAA8LIAEoAgBBBEcEQEHg/QAgARANQQAPCyABKAIERQRAIwIEQEHQ/gBB0CpBAEEAEBALQQAPCwJ/IAAoAgghByAAKAIEIQUg",
  "ASgCCCEGQQAgASgCBCIDRQ0AGkF/IAMgBUsNABoDQCACIANqIAVNBEAgAiACIAdqIggtAAAgBi0AAEYEf0EAIQECfwNAIAEgA0kE",
  "QEEAIAEgCGotAAAgASAGai0AAEcNAhogAUEBaiEBDAELC0EBCwVBAAsNAhogAkEBaiECDAELC0F/CyIBQQBIBEBCfxAPDwsgACgC",
  "CCECQQAhAANAIAAgAUkEQCAEQQFqIAQgACACai0AAEHAAXFBgAFHGyEEIABBAWohAAwBCwsgBK0QDwuoBAMFfwJ+AXwgACABQbCF",
  "AUGghgEQKgRAQQAPCyABKAIEBH5CAAUgASkDCAsiB0IIUiAHQgJScSAHQgpScSAHQhBScQRAIwIEQEGQhwFB0CpBAEEAEBALQQAP",
  "CyAAKAIEIgFBACABQQFHGwRAIAenIAFBAkYEfyAAKAIMQQBHBSAAKQMIQgBTCyEEIAAQFSECrRAiIQUgAigCAEEFdEEhaiIBEAwh",
  "AyABIQADQCACIAUQLyECIAMgAEEBayIAaiMDIgYoAgAEfyAGKAIEBUEACyIGQawYKAIAQQF2TwR/QX8FIAZBAXRBsBhqLwEACzoA",
  "ACACKAIADQALIAQEQCADIABBAWsiAGpBLToAAAsgACADaiABIABrEBEPCyAAKAIEIgEEfgJ8IAFFBEAgACkDCLkMAQsgAUECRgRA",
  "IAAoAggiAigCAEEBayEBA0AgAUEATgRAIAlEAAAAAAAA8EGiIAEgAigCAEkEfyACQQRqIAFBAnRqKAIABUEAC7igIQkgAUEBayEB",
  "DAELCyAJmiAJIAAoAgwbDAELIAArAwgLnfwGBSAAKQMICyIIQgBTIQFCACAIfSAIIAEbIQhBwgAQDCECQcIAIQADQCACIABBAWsi",
  "AGogCCAHgqciA0GsGCgCAEEBdk8Ef0F/BSADQQF0QbAYai8BAAs6AAAgCCAHgCIIQgBSDQALIAEEQCACIABBAWsiAGpBLToAAAsg",
  "ACACakHCACAAaxARC5MBAQJ/IAAoAgBBBEcEQEGw6wAgABANQQAPCyABKAIAQQRHBEBBoOwAIAEQDUEADwtBiBhBkBggASgCBCIC",
  "IAAoAgQiA00EfyAAKAIIIANqIAJrIQMgASgCCCEBQQAhAAJ/A0AgACACSQRAQQAgACADai0AACAAIAFqLQAARw0CGiAAQQFqIQAM",
  "AQsLQQELBUEACxsL1gEBBX8gACgCAEEERwRAQfDnACAAEA1BAA8LIAEoAgBBBEcEQEHg6AAgARANQQAPCyAAKAIIIQUgACgCBCED",
  "IAEoAgghBEEAIQACQCABKAIEIgJFDQAgAiADSwRAQX8hAAwBCwNAIAAgAmogA00EQCAAIAVqIgYtAAAgBC0AAEYEf0EAIQECfwNA",
  "IAEgAkkEQEEAIAEgBmotAAAgASAEai0AAEcNAhogAUEBaiEBDAELC0EBCwVBAAsNAiAAQQFqIQAMAQsLQX8hAAtBiBhBkBggAEEA",
  "ThsLywIBBn8gACgCAEEERwRAQcDjACAAEA1BAA8LIAEoAgBBBUYEf0EBBSABKAIAQQdGC0UEQEGw5AAgARANQQAPCyABKAIEIgUE",
  "fyAAKAIEIAVBAWtsBUEACyEGA0AgAiAFSQRAIAEoAgBBBk8EfyABKAIYIAEoAgRHBUEACwRAIAEQDgsgASgCDCACQQJ0aigCACID",
  "KAIAQQRHBEBBsOUAQdDmACABIAMQOxpBAA8LIAYgAygCBGohBiACQQFqIQIMAQsLIAYQDCIEIQIDQCAFIAdLBEAgBwRAIAIgACgC",
  "CCAAKAIE/AoAACACIAAoAgRqIQILIAEoAgBBBk8EfyABKAIYIAEoAgRHBUEACwRAIAEQDgsgAiABKAIMIAdBAnRqKAIAIgMoAggg",
  "AygCBPwKAAAgAiADKAIEaiECIAdBAWohBwwBCwsgBCAGEBEL3gQBBH8gASgCACIDQQRGBH8gAEH/AXEiBEH2AEYgBEHzAEZyBUEA",
  "CwRAIAIEQCACIAEoAgggASgCBPwKAAALIAEoAgQPCyAAQf8BcUHxAEYgA0EERnEEQCABKAIIIQUgASgCBCEEQQIhAEEAIQECQANA",
  "IAEgBEkEQEF/IQMgASAFai0AACIGQSBJIAZB/gBLcg0CIABBAkEBIAZB3ABGIAZBIkZyG2ohACABQQFqIQEMAQsLIAAhAyACRQ0A",
  "IAJBAWohACACQSI6AABBACECA0AgAiAESQRAIAIgBWotAAAiBkHcAEYgBkEiRnIEfyAAQdwAOgAAIABBAWoFIAALIgFBAWohACAB",
  "IAY6AAAgAkEBaiECDAELCyAAQSI6AAALIAMPCyADQQNGBH8gASgCBEEBRwVBAAsEfyAAQf8BcSIEQfYARiAEQeQARnIEf0EBBSAA",
  "Qf8BcUHzAEYEfyABKAIEBUEACwsFQQALBEAgASABKAIEQQJGBH8gASgCCCgCAEEKbEEEagVBwAALEAwiABBLIQEgAgRAIAIgACAB",
  "/AoAAAsgAQ8LIABB/wFxQfYARiADQQJGcQRAIAEoAgRBAEchASACBEBBsCZB0CYgARshA0EAIQADQCADQRRrKAIQQQF2IgQgAEoE",
  "QCAAIAJqIAAgBE8Ef0F/BSADIABBAXRqLwEACzoAACAAQQFqIQAMAQsLC0EEQQUgARsPCyADQQZGIANBBUZyIANBB0ZyIABB/wFx",
  "QfYARnEEQCABEDQhACACBEAgAiAAKAIIIAAoAgT8CgAACyAAKAIEDwtBfwtbAQF/IAAoAgBBBEYEfyABKAIAQQVGBUEACwRAIAAo",
  "AgggACgCBCABQQAQYiIDQQBOBEAgAxAMIQIgACgCCCAAKAIEIAEgAhBiGiACIAMQEQ8LCyACIAAgARA4C1YBAn8gACgCAEEGRgRA",
  "IAAoAgQhBANAIAMgBEkEQCAAIAMQMSgCAEEERwRAIwIEQEHQigFB0CpBAEEAEBALQQAPCyADQQFqIQMMAQsLCyACIAAgARA4C88B",
  "AgJ/AXwgACgCAEEDRgR/IAAoAgQiAUEBRgR/RAAAAAAAAOA/AnwgAUUEQCAAKQMIuQwBCyABQQJGBEAgACgCCCICKAIAQQFrIQED",
  "QCABQQBOBEAgA0QAAAAAAADwQaIgASACKAIASQR/IAJBBGogAUECdGooAgAFQQALuKAhAyABQQFrIQEMAQsLIAOaIAMgACgCDBsM",
  "AQsgACsDCAsiA6GcmiADRAAAAAAAAOA/oJwgA0QAAAAAAAAAAGMbEBgFIAALBUHgPCAAEA1BAAsLwAEBAn4gACgCAEEDRwRAQbA/",
  "IAAQDUEADwsgASgCAEEDRwRAQbDAACABEA1BAA8LIAAoAgQEQCMCBEBBsMEAQdAqQQBBABAQC0EADwsgASgCBARAIwIEQEHgwgBB",
  "0CpBAEEAEBALQQAPCyAAKQMIIQIgASkDCCEDQQAQFyEAIAIgA1cEQANAIAIgA1cEQCAAIAIQDxAUIAJCAXwhAgwBCwsFA0AgAiAD",
  "WQRAIAAgAhAPEBQgAkIBfSECDAELCwsgAAurAQICfwF8IAAoAgBBA0YEfyAAKAIEQQFHBH8gAAUCfCAAKAIEIgFFBEAgACkDCLkM",
  "AQsgAUECRgRAIAAoAggiAigCAEEBayEBA0AgAUEATgRAIANEAAAAAAAA8EGiIAEgAigCAEkEfyACQQRqIAFBAnRqKAIABUEAC7ig",
  "IQMgAUEBayEBDAELCyADmiADIAAoAgwbDAELIAArAwgLnBAYCwVBwD4gABANQQALC6sBAgJ/AXwgACgCAEEDRgR/IAAoAgRBAUcE",
  "fyAABQJ8IAAoAgQiAUUEQCAAKQMIuQwBCyABQQJGBEAgACgCCCICKAIAQQFrIQEDQCABQQBOBEAgA0QAAAAAAADwQaIgASACKAIA",
  "SQR/IAJBBGogAUECdGooAgAFQQALuKAhAyABQQFrIQEMAQsLIAOaIAMgACgCDBsMAQsgACsDCAubEBgLBUHQPSAAEA1BAAsLqwMC",
  "An8BfCAAKAIAQQNGBH8CfyAAKAIEIgFBAUcEQCABQQJGBH8gACgCDAUgACkDCEIAUwsEfwJ/IAAoAgQEf0EABSAAKQMIQoCAgICA",
  "gICAgH9SCwRAQgAgACkDCH0QDwwBCyAAKAIEQQFHBEAgABAVIAAoAgRBAkYEfyAAKAIMQQBHBSAAKQMIQgBTC0UQGwwBCwJ8IAAo",
  "AgQiAUUEQCAAKQMIuQwBCyABQQJGBEAgACgCCCICKAIAQQFrIQEDQCABQQBOBEAgA0QAAAAAAADwQaIgASACKAIASQR/IAJBBGog",
  "AUECdGooAgAFQQALuKAhAyABQQFrIQEMAQsLIAOaIAMgACgCDBsMAQsgACsDCAuaEBgLBSAACwwBCwJ8IAAoAgQiAUUEQCAAKQMI",
  "uQwBCyABQQJGBEAgACgCCCICKAIAQQFrIQEDQCABQQBOBEAgA0QAAAAAAADwQaIgASACKAIASQR/IAJBBGogAUECdGooAgAFQQAL",
  "uKAhAyABQQFrIQEMAQsLIAOaIAMgACgCDBsMAQsgACsDCAuZEBgLBUGAPCAAEA1BAAsLpQUBDH8gAkIANwAAIAJCADcACEEQEAwh",
  "CiABQQJPBH8gAC0AAEE6RgVBAAsEfyAALQABQTpGBUEACwR/QQIhBUEABUF/CyEDAkADQCABIAVLBEACQCAEQQhODQNBACEMQQAh",
  "CSAFIQYDQCAJQQRJIQ0gASAFSwR/IAAgBWotAAAiDkEwayELAkAgDkE5TSAOQTBPcQ0AIA5B1wBrIQsgDkHmAE0gDkHhAE9xDQAg",
  "DkE3ayELIA5BxgBNIA5BwQBPcQ0AQX8hCwsgC0EATgVBAAsgDXEEQCAMQQR0IQwgACAFai0AACINQTBrIQsCQCANQTlNIA1BME9x",
  "DQAgDUHXAGshCyANQeYATSANQeEAT3ENACANQTdrIQsgDUHGAE0gDUHBAE9xDQBBfyELCyALIAxyIQwgBUEBaiEFIAlBAWohCQwB",
  "CwsgASAFSwR/IAAgBWotAABBLkYFQQALBEAgBEEGSgR/QQAFIAAgBmogASAGayAKIARBAXRqEGMLRQ0EIAogBEEBdGoiAC0AAiEB",
  "IAAtAAMhBSAAIAAtAAEgAC0AAEEIdHI7AQAgCiAEQQFqQQF0aiABQQh0IAVyOwEAIARBAmohBAwBCyAJRQ0DIAogBEEBdGogDDsB",
  "ACAEQQFqIQQgASAFRg0AIAAgBWotAABBOkcNAyAFQQFqIgUgAUkEfyAAIAVqLQAAQTpGBUEACwRAIANBAE4NBCAEIQMgBUEBaiEF",
  "BSABIAVGDQQLDAILCwsgBEEIRyADQQBIcQ0AIARBB0ogA0EATnENAEEIIARrIQADQCAEIAhKBEAgAiAAIAdqIAcgAyAIRhsiAUEB",
  "dGoiBSAKIAhBAXRqLwEAIgZBCHY6AAAgBSAGOgABIAFBAWohByAIQQFqIQgMAQsLQQEPC0EAC/8BAQR/IAAoAgBBBEcEQEHgpAEg",
  "ABANQQAPCyABKAIAQQRHBEBB4KQBIAEQDUEADwtBEBAMIQJBEBAMIQMgACACEGRFBEAgACgCCCEBIAAoAgQhACMCBEBB4KUBQdAq",
  "IAEgABAQC0EADwsjJCMlIQQgASADEGRFBEAgASgCCCEAIAEoAgQhASMCBEBB0KYBQdAqIAAgARAQC0EADwsjJEcEQEGQGA8LQYgY",
  "QZAYIyUgBE4Ef0EAIQECfwNAIAEgBEgEQEEAQYABIAFBB3F2IgAgAUEDdSIFIAJqLQAAcSADIAVqLQAAIABxRw0CGiABQQFqIQEM",
  "AQsLQQELBUEACxsL+AUBDH8gACQYQQAkFyABQQJqQQR0EAwkFkEAJBkjFiMXQQR0aiIAQQA2AgAgAEEANgIEIABBADYCCCAAQQA2",
  "AgwjFyIAQQFqJBdBACABIAAQZSIEQQBIBEBBAA8LIxdBAnQQDCQbIxtB/wEjF0ECdPwLACMXQQF0QQJqQQJ0EAwkHCMXQQJ0EAwh",
  "ACMXQQJ0EAwhAUEAJB0gAEEAIAQQZiEHA0AgB0EASiADIApLcQRAIAIgChAZIQsgAiAKai0AACIEQYABSQR/QQEFIARB4AFJBH9B",
  "AgVBA0EEIARB8AFJGwsLIApqIQpBACEFAkAjFUUNACMVKAIEIQRBACEGA0AgBCAGSwRAQQEhBSMVKAIMIAZBAnRqKAIAIggoAgQE",
  "fyAIKAIIQQAQGSALRgVBAAsNAiAGQQFqIQYMAQsLQQAhBQsgBSEIIx1BAWokHUEAIQRBACEMA0AgByAMSgRAIxYgACAMQQJ0aigC",
  "ACIGQQR0aiIJKAIAIQ0gCSgCDCEFIA1BAUYEfyALIAkoAgRGBSANQQJGBH8gCEUFIA1BA0YEfyAGIQUgCEUFIA1BBEYEfyAGIQVB",
  "AQUgDUEFRiIJIA1BBkZyBH8jFiAGQQR0aiIGKAIIIQ8gBigCBCEGIAkCfwNAIAYgD0kEQCMYIAYQGSINIQkjGCAGai0AACIOQYAB",
  "SQR/QQEFIA5B4AFJBH9BAgVBA0EEIA5B8AFJGwsLIAZqIgZBAWogD0kEfyMYIAZqLQAAQS1GBUEACwRAIxggBkEBahAZIQkgBiMY",
  "IAZqLQABIgZBgAFJBH9BAQUgBkHgAUkEf0ECBUEDQQQgBkHwAUkbCwtBAWpqIQYLQQEgCSALTyALIA1PcQ0CGgwBCwtBAAtGBUEA",
  "CwsLCwsEQCABIAQgBRBmIQQLIAxBAWohDAwBCwsgACABIQAhASAEIQcMAQsLQQAhAQNAIAEgB0gEQCMWIAAgAUECdGooAgBBBHRq",
  "KAIARQRAQQEPCyABQQFqIQEMAQsLQQALywMBBn8gACgCAEEERwRAQfCLASAAEA1BAA8LIAEoAgAiCEEFRyAIQQFHcQRAQeCMASAB",
  "EA1BAA8LIAhBBUYEQANAIAUgASgCBEkEQCABKAIMIAVBAnRqKAIAIgMoAgAiBEEERwRAIwIEQEHwjQECfwJAAkACQAJAAkACQAJA",
  "IARBAWsOBgABAgMEBQYLQfAmDAYLQZAtDAULQcAtDAQLQeAtDAMLQYAuDAILQaAuDAELQcAuC0EAQQAQEAtBAA8LIAMoAgghBiAD",
  "KAIEIQdBACEDQQAhBANAIAQgB0kEQCADQQFqIAMgBCAGai0AAEHAAXFBgAFHGyEDIARBAWohBAwBCwsgA0EBRwRAIwIEQEGgjwFB",
  "0CpBAEEAEBALQQAPCyAFQQFqIQUMAQsLCyACKAIAQQRHBEBB0JABIAIQDUEADwsgCEEBRgRAQQAkFQUgCEEFRgRAIAEoAgQEQCAB",
  "JBUFQQEQFyQVIxVBrBlBARAREBQLBUEADwsLQQAkGiAAKAIIIAAoAgQgAigCCCACKAIEIwBFBEAQACQACyMAIQQQ5wEhACAEJAAj",
  "GgRAIwIEQEHAkQFB0CpBAEEAEBALQQAPC0GIGEGQGCAAGwsUAQF/QQgQFyIBIABBABAXEGcgAQvlAQEFfyAAKAIAQQdHBEBBsNIA",
  "IAAQDUEADwtBHBAMIgFBAEEc/AsAIAFBBzYCACAAKAIEIQMDQCACIANJBEAgACgCAEEGTwR/IAAoAhggACgCBEcFQQALBEAgABAO",
  "CyAAKAIMIAJBAnRqKAIAIgQoAgAiBUEHRwRAIwIEQEGQ0wACfwJAAkACQAJAAkACQAJAIAVBAWsOBgABAgMEBQYLQfAmDAYLQZAt",
  "DAULQcAtDAQLQeAtDAMLQYAuDAILQaAuDAELQcAuC0EAQQAQEAtBAA8LIAEgBBA8IAJBAWohAgwBCwsgAQtSAQF/IAAoAgBBB0cE",
  "QEHw0AAgABANQQAPCyABKAIAQQdHBEBB0NEAIAEQDUEADwtBHBAMIgJBAEEc/AsAIAJBBzYCACACIAAQPCACIAEQPCACC9oCAQN/",
  "IAAoAgBBB0cEQEGg1AAgABANQQAPCyAAKAIEIgNFBEBBHBAMIgBBAEEc/AsAIABBBzYCACAADwsDQCABIANJBEAgACgCAEEGTwR/",
  "IAAoAhggACgCBEcFQQALBEAgABAOCyAAKAIMIAFBAnRqKAIAKAIAIgJBB0cEQCMCBEBBkNUAAn8CQAJAAkACQAJAAkACQCACQQFr",
  "DgYAAQIDBAUGC0HwJgwGC0GQLQwFC0HALQwEC0HgLQwDC0GALgwCC0GgLgwBC0HALgtBAEEAEBALQQAPCyABQQFqIQEMAQsLIAAo",
  "AgBBBk8EfyAAKAIYIAAoAgRHBUEACwRAIAAQDgsgACgCDCgCACECQQEhAQNAIAEgA0kEQCAAKAIAQQZPBH8gACgCGCAAKAIERwVB",
  "AAsEQCAAEA4LIAIgACgCDCABQQJ0aigCABBoIQIgAUEBaiEBDAELCyACCzQAIAAoAgBBBkcEQEGQ2AAgABANQQAPCyABKAIAQQZH",
  "BEBBkNkAIAEQDUEADwsgACABEGkLzAIBBX8gACgCAEEGRwRAQZDaACAAEA1BAA8LIAEoAgAiA0EHRyADQQVHcSADQQZHcQRAQZDb",
  "ACABEA1BAA8LQRwQDCIEQQBBHPwLACAEQQc2AgAgASgCBCEDA0AgAiADSQRAIAEoAgBBBk8EfyABKAIYIAEoAgRHBUEACwRAIAEQ",
  "DgsgBCABKAIMIAJBAnRqKAIAEB8gAkEBaiECDAELC0EcEAwiAkEAQRz8CwAgAkEGNgIAIAAoAgQhBUEAIQEDQCABIAVJBEAgACgC",
  "AEEGTwR/IAAoAhggACgCBEcFQQALBEAgABAOC0F/IAQgACgCDCABQQJ0aigCACIDEBoiBiAGQQBIG0EASARAIAAoAgBBBk8EfyAA",
  "KAIYIAAoAgRHBUEACwRAIAAQDgsgAiADIAAoAhAgAUECdGooAgAQFgsgAUEBaiEBDAELCyACC30BA38gACgCAEEGRwRAQaDXACAA",
  "EA1BAA8LQRwQDCIBQQBBHPwLACABQQc2AgAgACgCBCEDA0AgAiADSQRAIAAoAgBBBk8EfyAAKAIYIAAoAgRHBUEACwRAIAAQDgsg",
  "ASAAKAIMIAJBAnRqKAIAEB8gAkEBaiECDAELCyABC4cBAQN/IAAoAgBBBkcEQEGw1gAgABANQQAPCyABKAIAQQVGBEAgASgCBCEF",
  "A0AgAyAFSQRAIAAoAgAiBEEFRyAEQQZHcSAEQQdHcQRAIAIPCyAAIAEoAgwgA0ECdGooAgAQMiIARQRAIAIPCyADQQFqIQMMAQsL",
  "IAAPCyAAIAEQICIAIAIgABsLqQQDAnwCfwN+IAAoAgBBBUcEQEGQ3gAgABANQQAPCyABKAIAQQNHBEBBgN8AIAEQDUEADwsgASgC",
  "BEEBRwR/QQEFIAErAwgiBJ0gBGEgBCAEoUQAAAAAAAAAAGFxC0UEQCMCBEBB8N8AQdAqQQBBABAQC0EADwsgAigCAEEDRwRAQaDh",
  "ACACEA1BAA8LIAIoAgRBAUcEf0EBBSACKwMIIgSdIARhIAQgBKFEAAAAAAAAAABhcQtFBEAjAgRAQZDiAEHQKkEAQQAQEAtBAA8L",
  "AnwgASgCBCIFRQRAIAEpAwi5DAELIAVBAkYEQCABKAIIIgYoAgBBAWshBQNAIAVBAE4EQCADRAAAAAAAAPBBoiAFIAYoAgBJBH8g",
  "BkEEaiAFQQJ0aigCAAVBAAu4oCEDIAVBAWshBQwBCwsgA5ogAyABKAIMGwwBCyABKwMIC5z8BiIHQgAgB0IAWRshByAANQIEIggC",
  "fEQAAAAAAAAAACEDIAIoAgQiAUUEQCACKQMIuQwBCyABQQJGBEAgAigCCCIFKAIAQQFrIQEDQCABQQBOBEAgA0QAAAAAAADwQaIg",
  "ASAFKAIASQR/IAVBBGogAUECdGooAgAFQQALuKAhAyABQQFrIQEMAQsLIAOaIAMgAigCDBsMAQsgAisDCAuc/AYiCSAIIAlTGyEI",
  "QQAQFyEBA0AgByAIUwRAIAEgACgCDCAHp0ECdGooAgAQFCAHQgF8IQcMAQsLIAELlwEBAn8gACgCAEEFRwRAQbDcACAAEA1BAA8L",
  "IAEoAgBBBUcEQEGg3QAgARANQQAPCyAAKAIEIAEoAgRqEBchAgNAIAMgACgCBEkEQCACIAAoAgwgA0ECdGooAgAQFCADQQFqIQMM",
  "AQsLQQAhAANAIAAgASgCBEkEQCACIAEoAgwgAEECdGooAgAQFCAAQQFqIQAMAQsLIAILCAAgAEEAEGoLugEBA38gACgCAEEFRgR/",
  "QQEFIAAoAgBBB0YLRQRAQbDOACAAEA1BAA8LIAAoAgQiAhAXIQEDQCACIANLBEAgACgCAEEGTwR/IAAoAhggACgCBEcFQQALBEAg",
  "ABAOCyABIAAoAgwgA0ECdGooAgAQFCADQQFqIQMMAQsLIAAoAgBBB0YEQCABDwsgASgCAEEGTwR/IAEoAhggASgCBEcFQQALBEAg",
  "ARAOCyABKAIMIAIgAkECdBAMED0gAQsIACAAQQEQagsIACAAQQAQawsIACAAQQEQawt9AQN/IAAoAgAiAkEERgRAIAAoAgghAyAA",
  "KAIEIQJBACEAA0AgACACSQRAIAFBAWogASAAIANqLQAAQcABcUGAAUcbIQEgAEEBaiEADAELCyABrRAPDwsgAkEHRiACQQVGciAC",
  "QQZGcgRAIAA1AgQQDw8LQZDEACAAEA1BAAsLlqgBnQEAQYAIC4AQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
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
  "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQYAYCwgBAAAAAAAA",
  "AABBiBgLCAIAAAABAAAAAEGQGAsIAgAAAAAAAAAAQZwYC0A8AAAAAAAAAAAAAAACAAAAIAAAADAAMQAyADMANAA1ADYANwA4ADkA",
  "YQBiAGMAZABlAGYAAAAAAAAAAAAAAAAAAEHgGAsYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEH8GAswLAAAAAAAAAAAAAAAAgAA",
  "ABYAAAA8AHUAbgBkAGUAZgBpAG4AZQBkAD4AAAAAAAAAAEGsGQsBLgBBvBkLsAIsAQAAAAAAAAAAAAACAAAAEAEAAG8AdQB0ACAA",
  "bwBmACAAbQBlAG0AbwByAHkAOgAgAHQAaABlACAAcABvAGwAaQBjAHkAIABuAGUAZQBkAHMAIABtAG8AcgBlACAAbQBlAG0AbwBy",
  "AHkAIAB0AGgAYQBuACAAdABoAGUAIABXAGUAYgBBAHMAcwBlAG0AYgBsAHkALgBNAGUAbQBvAHIAeQAgAGEAbABsAG8AdwBzACAA",
  "KAByAGEAaQBzAGUAIABpAHQAcwAgAG0AYQB4AGkAbQB1AG0ALAAgAG8AcgAgAHIAZQBkAHUAYwBlACAAdABoAGUAIABkAGEAdABh",
  "ACAAdABoAGUAIABwAG8AbABpAGMAeQAgAGIAdQBpAGwAZABzACkAAAAAAAAAAAAAAAAAAEHwGwu4BYgCHAig1Y/6dr8+on/hrrp2",
  "rFUwIPsWi+o1zl1KiULPLTtlVaqwa5rfRRo9A88a5srGmscX/nCrT9y8vvyxd/8M1mtB75FWvjz8f5CtH9CNg5pVMShcUdO1yaat",
  "j6xxncuL7iN3IpzqbVN4QJFJzK5XzrZdeRI8gjdW+002lBDCT5hIOG/qlpDHOoIly4V01/SXv5fNz4ag5awqF5gKNO+OsjUq+2c4",
  "sjs/xtLf1MiEus3TGidE3cWWySW7zp9rk4SlYn0kbKzb9tpfDVhmq6Mm8cPek/ji87iA/6qorbW1i0p8bAVfYodTMME0YP+8yVUm",
  "upGMhU6WvX4pcCR3+d+PuOW4n73fppR9dIjPX6n4z5uoj5NwRLlrFQ+/+PAIirYxMWVVJbDNrH970MbiP5kGOysqxBBc5NOSc2mZ",
  "JCSqDsoAg/K1h/3rGhGSZAjlvMyIUG8JzLyMLGUZ4lgXt9EAAAAAAABAnAAAAAAQpdToAABirMXreK2ECZT4eDk/gbMVB8l7zpfA",
  "cFzqe84yfo9ogOmrpDjS1UUimhcmJ0+fJ/vE1DGiY+2orciMOGXesNtlqxqOCMeDmh1xQvkdXcRY5xumLGlNkuqNcBpk7gHaSnfv",
  "mpmjbaKFa320e3gJ8ncY3Xmh5FS0wsWbW5KGW4Y9XZbIxVM1yLOgl/pctCqV41+gmb2fRt4ljDnbNMKbpVyfmKNymsb2zr7pVFO/",
  "3LfiQSLyF/P8iKV4XNObziDM31Mhe/NaFpg6MB+X3LWg4paz41xT0dmoPESnpNl8m/sQRKSnTEx2uxqcQLbvjquLLIRXphDvH9Ap",
  "MZHp5aQQm50MnKH7mxDnKfQ7YtkgKKyFz6d6XktEgC3drANA5CG/j/9EXi+cZ45BuIycnRcz1Kkb47SS2xme2Xffum6/lutr7vCb",
  "OwKHrwBBqCELrgE8+1f7cvuM+6f7wfvc+/b7Efws/Eb8Yfx7/Jb8sfzL/Ob8AP0b/TX9UP1r/YX9oP26/dX97/0K/iX+P/5a/nT+",
  "j/6p/sT+3/75/hT/Lv9J/2P/fv+Z/7P/zv/o/wMAHgA4AFMAbQCIAKIAvQDYAPIADQEnAUIBXAF3AZIBrAHHAeEB/AEWAjECTAJm",
  "AoECmwK2AtAC6wIGAyADOwNVA3ADiwOlA8AD2gP1Aw8EKgQAQdgiCygBAAAACgAAAGQAAADoAwAAECcAAKCGAQBAQg8AgJaYAADh",
  "9QUAypo7AEGAIwuQAzAAMAAwADEAMAAyADAAMwAwADQAMAA1ADAANgAwADcAMAA4ADAAOQAxADAAMQAxADEAMgAxADMAMQA0ADEA",
  "NQAxADYAMQA3ADEAOAAxADkAMgAwADIAMQAyADIAMgAzADIANAAyADUAMgA2ADIANwAyADgAMgA5ADMAMAAzADEAMwAyADMAMwAz",
  "ADQAMwA1ADMANgAzADcAMwA4ADMAOQA0ADAANAAxADQAMgA0ADMANAA0ADQANQA0ADYANAA3ADQAOAA0ADkANQAwADUAMQA1ADIA",
  "NQAzADUANAA1ADUANQA2ADUANwA1ADgANQA5ADYAMAA2ADEANgAyADYAMwA2ADQANgA1ADYANgA2ADcANgA4ADYAOQA3ADAANwAx",
  "ADcAMgA3ADMANwA0ADcANQA3ADYANwA3ADcAOAA3ADkAOAAwADgAMQA4ADIAOAAzADgANAA4ADUAOAA2ADgANwA4ADgAOAA5ADkA",
  "MAA5ADEAOQAyADkAMwA5ADQAOQA1ADkANgA5ADcAOQA4ADkAOQAAQZwmCyAcAAAAAAAAAAAAAAACAAAACAAAAHQAcgB1AGUAAAAA",
  "AABBvCYLIBwAAAAAAAAAAAAAAAIAAAAKAAAAZgBhAGwAcwBlAAAAAEHcJgsgHAAAAAAAAAAAAAAAAgAAAAgAAABuAHUAbABsAAAA",
  "AAAAQYAnC7gBAAAAAAAA8D8AAAAAAAAkQAAAAAAAAFlAAAAAAABAj0AAAAAAAIjDQAAAAAAAavhAAAAAAICELkEAAAAA0BJjQQAA",
  "AACE15dBAAAAAGXNzUEAAAAgX6ACQgAAAOh2SDdCAAAAopQabUIAAEDlnDCiQgAAkB7EvNZCAAA0JvVrDEMAgOA3ecNBQwCg2IVX",
  "NHZDAMhOZ23Bq0MAPZFg5FjhQ0CMtXgdrxVEUO/i1uQaS0SS1U0Gz/CARABBvCgLIBwAAAAAAAAAAAAAAAIAAAAGAAAAdQAwADAA",
  "AAAAAAAAAEHcKAsgHAAAAAAAAAAAAAAAAgAAAAoAAABzAGUAdAAoACkAAAAAQfwoC2BcAAAAAAAAAAAAAAACAAAASgAAAG8AcABh",
  "AF8AZQB2AGEAbAA6ACAAdABoAGUAIABpAG4AcAB1AHQAIABpAHMAIABuAG8AdAAgAHYAYQBsAGkAZAAgAEoAUwBPAE4AAAAAQdwp",
  "C2BcAAAAAAAAAAAAAAACAAAASAAAAGkAbABsAGUAZwBhAGwAIABuAHUAbQBiAGUAcgAgAGwAaQB0AGUAcgBhAGwAIABpAG4AIAB0",
  "AGgAZQAgAHAAbwBsAGkAYwB5AAAAAAAAQbwqCyAcAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAABB3CoLIBwAAAAAAAAA",
  "AAAAAAIAAAACAAAAOgAAAAAAAAAAAAAAAEH8KgsgHAAAAAAAAAAAAAAAAgAAAAQAAAA6ACAAAAAAAAAAAAAAQZwrC3BsAAAAAAAA",
  "AAAAAAACAAAATgAAAHAAbAB1AHMAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAG4AdQBtAGIAZQByACAA",
  "YgB1AHQAIABnAG8AdAAgAAAAAAAAAAAAAAAAAAAAAEGMLAtwbAAAAAAAAAAAAAAAAgAAAE4AAABwAGwAdQBzADoAIABvAHAAZQBy",
  "AGEAbgBkACAAMgAgAG0AdQBzAHQAIABiAGUAIABuAHUAbQBiAGUAcgAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAAAAAAAAAAABB",
  "/CwLMCwAAAAAAAAAAAAAAAIAAAAOAAAAYgBvAG8AbABlAGEAbgAAAAAAAAAAAAAAAAAAAABBrC0LIBwAAAAAAAAAAAAAAAIAAAAM",
  "AAAAbgB1AG0AYgBlAHIAAEHMLQsgHAAAAAAAAAAAAAAAAgAAAAwAAABzAHQAcgBpAG4AZwAAQewtCyAcAAAAAAAAAAAAAAACAAAA",
  "CgAAAGEAcgByAGEAeQAAAABBjC4LIBwAAAAAAAAAAAAAAAIAAAAMAAAAbwBiAGoAZQBjAHQAAEGsLgsgHAAAAAAAAAAAAAAAAgAA",
  "AAYAAABzAGUAdAAAAAAAAAAAQcwuC4ABfAAAAAAAAAAAAAAAAgAAAGwAAABtAGkAbgB1AHMAOgAgAG8AcABlAHIAYQBuAGQAIAAx",
  "ACAAbQB1AHMAdAAgAGIAZQAgAG8AbgBlACAAbwBmACAAewBuAHUAbQBiAGUAcgAsACAAcwBlAHQAfQAgAGIAdQB0ACAAZwBvAHQA",
  "IAAAQcwvC2BcAAAAAAAAAAAAAAACAAAASgAAAG0AaQBuAHUAcwA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBl",
  "ACAAcwBlAHQAIABiAHUAdAAgAGcAbwB0ACAAAAAAQawwC3BsAAAAAAAAAAAAAAACAAAAUAAAAG0AaQBuAHUAcwA6ACAAbwBwAGUA",
  "cgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAbgB1AG0AYgBlAHIAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAAAAAAAEGc",
  "MQtgXAAAAAAAAAAAAAAAAgAAAEwAAABtAHUAbAA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAbgB1AG0A",
  "YgBlAHIAIABiAHUAdAAgAGcAbwB0ACAAAEH8MQtgXAAAAAAAAAAAAAAAAgAAAEwAAABtAHUAbAA6ACAAbwBwAGUAcgBhAG4AZAAg",
  "ADIAIABtAHUAcwB0ACAAYgBlACAAbgB1AG0AYgBlAHIAIABiAHUAdAAgAGcAbwB0ACAAAEHcMgtgXAAAAAAAAAAAAAAAAgAAAEwA",
  "AABkAGkAdgA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAbgB1AG0AYgBlAHIAIABiAHUAdAAgAGcAbwB0",
  "ACAAAEG8MwtgXAAAAAAAAAAAAAAAAgAAAEwAAABkAGkAdgA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAA",
  "bgB1AG0AYgBlAHIAIABiAHUAdAAgAGcAbwB0ACAAAEGcNAtAPAAAAAAAAAAAAAAAAgAAACYAAABkAGkAdgA6ACAAZABpAHYAaQBk",
  "AGUAIABiAHkAIAB6AGUAcgBvAAAAAAAAAABB3DQLYFwAAAAAAAAAAAAAAAIAAABMAAAAcgBlAG0AOgAgAG8AcABlAHIAYQBuAGQA",
  "IAAxACAAbQB1AHMAdAAgAGIAZQAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAgAABBvDULYFwAAAAAAAAAAAAAAAIAAABM",
  "AAAAcgBlAG0AOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8A",
  "dAAgAABBnDYLYFwAAAAAAAAAAAAAAAIAAABIAAAAcgBlAG0AOgAgAG0AbwBkAHUAbABvACAAbwBuACAAZgBsAG8AYQB0AGkAbgBn",
  "AC0AcABvAGkAbgB0ACAAbgB1AG0AYgBlAHIAAAAAAABB/DYLQDwAAAAAAAAAAAAAAAIAAAAmAAAAcgBlAG0AOgAgAG0AbwBkAHUA",
  "bABvACAAYgB5ACAAegBlAHIAbwAAAAAAAAAAQbw3CyAcAAAAAAAAAAAAAAACAAAABgAAAG4AYQBuAAAAAAAAAABB3DcLIBwAAAAA",
  "AAAAAAAAAAIAAAAGAAAAaQBuAGYAAAAAAAAAAEH8NwswLAAAAAAAAAAAAAAAAgAAABAAAABpAG4AZgBpAG4AaQB0AHkAAAAAAAAA",
  "AAAAAAAAAEGsOAugAZwAAAAAAAAAAAAAAAIAAACCAAAAdABvAF8AbgB1AG0AYgBlAHIAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAA",
  "bQB1AHMAdAAgAGIAZQAgAGEAIABmAGkAbgBpAHQAZQAgAG4AdQBtAGIAZQByACwAIABuAG8AdAAgAE4AYQBOACAAbwByACAAaQBu",
  "AGYAaQBuAGkAdAB5AAAAAAAAAAAAAAAAQcw5C3BsAAAAAAAAAAAAAAACAAAAWgAAAHQAbwBfAG4AdQBtAGIAZQByADoAIABzAHQA",
  "cgBjAG8AbgB2AC4AUABhAHIAcwBlAEYAbABvAGEAdAA6ACAAaQBuAHYAYQBsAGkAZAAgAHMAeQBuAHQAYQB4AAAAAEG8OguwAawA",
  "AAAAAAAAAAAAAAIAAACYAAAAdABvAF8AbgB1AG0AYgBlAHIAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAg",
  "AG8AbgBlACAAbwBmACAAewBuAHUAbABsACwAIABiAG8AbwBsAGUAYQBuACwAIABuAHUAbQBiAGUAcgAsACAAcwB0AHIAaQBuAGcA",
  "fQAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAEHsOwtgXAAAAAAAAAAAAAAAAgAAAEwAAABhAGIAcwA6ACAAbwBwAGUAcgBhAG4AZAAg",
  "ADEAIABtAHUAcwB0ACAAYgBlACAAbgB1AG0AYgBlAHIAIABiAHUAdAAgAGcAbwB0ACAAAEHMPAtwbAAAAAAAAAAAAAAAAgAAAFAA",
  "AAByAG8AdQBuAGQAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABn",
  "AG8AdAAgAAAAAAAAAAAAAAAAAABBvD0LcGwAAAAAAAAAAAAAAAIAAABOAAAAYwBlAGkAbAA6ACAAbwBwAGUAcgBhAG4AZAAgADEA",
  "IABtAHUAcwB0ACAAYgBlACAAbgB1AG0AYgBlAHIAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAAAAAAAAAAQaw+C3BsAAAAAAAA",
  "AAAAAAACAAAAUAAAAGYAbABvAG8AcgA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAbgB1AG0AYgBlAHIA",
  "IABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAAAAAAAEGcPwuAAXwAAAAAAAAAAAAAAAIAAABiAAAAbgB1AG0AYgBlAHIAcwAuAHIA",
  "YQBuAGcAZQA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAaQBuAHQAZQBnAGUAcgAgAGIAdQB0ACAAZwBv",
  "AHQAIAAAAAAAAAAAAAAAAEGcwAALgAF8AAAAAAAAAAAAAAACAAAAYgAAAG4AdQBtAGIAZQByAHMALgByAGEAbgBnAGUAOgAgAG8A",
  "cABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAGkAbgB0AGUAZwBlAHIAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAA",
  "AABBnMEAC7ABrAAAAAAAAAAAAAAAAgAAAJoAAABuAHUAbQBiAGUAcgBzAC4AcgBhAG4AZwBlADoAIABvAHAAZQByAGEAbgBkACAA",
  "MQAgAG0AdQBzAHQAIABiAGUAIABpAG4AdABlAGcAZQByACAAbgB1AG0AYgBlAHIAIABiAHUAdAAgAGcAbwB0ACAAZgBsAG8AYQB0",
  "AGkAbgBnAC0AcABvAGkAbgB0ACAAbgB1AG0AYgBlAHIAAAAAQczCAAuwAawAAAAAAAAAAAAAAAIAAACaAAAAbgB1AG0AYgBlAHIA",
  "cwAuAHIAYQBuAGcAZQA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAaQBuAHQAZQBnAGUAcgAgAG4AdQBt",
  "AGIAZQByACAAYgB1AHQAIABnAG8AdAAgAGYAbABvAGEAdABpAG4AZwAtAHAAbwBpAG4AdAAgAG4AdQBtAGIAZQByAAAAAEH8wwAL",
  "oAGcAAAAAAAAAAAAAAACAAAAigAAAGMAbwB1AG4AdAA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAbwBu",
  "AGUAIABvAGYAIAB7AGEAcgByAGEAeQAsACAAbwBiAGoAZQBjAHQALAAgAHMAZQB0ACwAIABzAHQAcgBpAG4AZwB9ACAAYgB1AHQA",
  "IABnAG8AdAAgAAAAAEGcxQALkAGMAAAAAAAAAAAAAAACAAAAbgAAAHAAcgBvAGQAdQBjAHQAOgAgAG8AcABlAHIAYQBuAGQAIAAx",
  "ACAAbQB1AHMAdAAgAGIAZQAgAG8AbgBlACAAbwBmACAAewBzAGUAdAAsACAAYQByAHIAYQB5AH0AIABiAHUAdAAgAGcAbwB0ACAA",
  "AAAAAAAAAAAAAAAAAAAAQazGAAuAAXwAAAAAAAAAAAAAAAIAAABmAAAAcwB1AG0AOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1",
  "AHMAdAAgAGIAZQAgAG8AbgBlACAAbwBmACAAewBzAGUAdAAsACAAYQByAHIAYQB5AH0AIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAA",
  "AEGsxwALoAGcAAAAAAAAAAAAAAACAAAAigAAAHAAcgBvAGQAdQBjAHQAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAg",
  "AGIAZQAgAGEAcgByAGEAeQAgAG8AZgAgAG4AdQBtAGIAZQByAHMAIABiAHUAdAAgAGcAbwB0ACAAYQByAHIAYQB5ACAAYwBvAG4A",
  "dABhAGkAbgBpAG4AZwAgAAAAAEHMyAALoAGcAAAAAAAAAAAAAAACAAAAggAAAHAAcgBvAGQAdQBjAHQAOgAgAG8AcABlAHIAYQBu",
  "AGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAHMAZQB0ACAAbwBmACAAbgB1AG0AYgBlAHIAcwAgAGIAdQB0ACAAZwBvAHQAIABzAGUA",
  "dAAgAGMAbwBuAHQAYQBpAG4AaQBuAGcAIAAAAAAAAAAAAAAAAEHsyQALoAGcAAAAAAAAAAAAAAACAAAAggAAAHMAdQBtADoAIABv",
  "AHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABhAHIAcgBhAHkAIABvAGYAIABuAHUAbQBiAGUAcgBzACAAYgB1AHQA",
  "IABnAG8AdAAgAGEAcgByAGEAeQAgAGMAbwBuAHQAYQBpAG4AaQBuAGcAIAAAAAAAAAAAAAAAAEGMywALkAGMAAAAAAAAAAAAAAAC",
  "AAAAegAAAHMAdQBtADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABzAGUAdAAgAG8AZgAgAG4AdQBtAGIA",
  "ZQByAHMAIABiAHUAdAAgAGcAbwB0ACAAcwBlAHQAIABjAG8AbgB0AGEAaQBuAGkAbgBnACAAAAAAQZzMAAuAAXwAAAAAAAAAAAAA",
  "AAIAAABmAAAAbQBhAHgAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAG8AbgBlACAAbwBmACAAewBzAGUA",
  "dAAsACAAYQByAHIAYQB5AH0AIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAEGczQALgAF8AAAAAAAAAAAAAAACAAAAZgAAAG0AaQBu",
  "ADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABvAG4AZQAgAG8AZgAgAHsAcwBlAHQALAAgAGEAcgByAGEA",
  "eQB9ACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAABBnM4AC4ABfAAAAAAAAAAAAAAAAgAAAGgAAABzAG8AcgB0ADoAIABvAHAAZQBy",
  "AGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABvAG4AZQAgAG8AZgAgAHsAcwBlAHQALAAgAGEAcgByAGEAeQB9ACAAYgB1AHQA",
  "IABnAG8AdAAgAAAAAAAAQZzPAAtgXAAAAAAAAAAAAAAAAgAAAEYAAABhAG4AZAA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUA",
  "cwB0ACAAYgBlACAAcwBlAHQAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAEH8zwALYFwAAAAAAAAAAAAAAAIAAABGAAAAYQBuAGQA",
  "OgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAHMAZQB0ACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAABB3NAA",
  "C2BcAAAAAAAAAAAAAAACAAAARAAAAG8AcgA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAcwBlAHQAIABi",
  "AHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAAQbzRAAtgXAAAAAAAAAAAAAAAAgAAAEQAAABvAHIAOgAgAG8AcABlAHIAYQBuAGQAIAAy",
  "ACAAbQB1AHMAdAAgAGIAZQAgAHMAZQB0ACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAAAAAEGc0gALYFwAAAAAAAAAAAAAAAIAAABK",
  "AAAAdQBuAGkAbwBuADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABzAGUAdAAgAGIAdQB0ACAAZwBvAHQA",
  "IAAAAABB/NIAC5ABjAAAAAAAAAAAAAAAAgAAAHgAAAB1AG4AaQBvAG4AOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAg",
  "AGIAZQAgAHMAZQB0ACAAbwBmACAAcwBlAHQAcwAgAGIAdQB0ACAAZwBvAHQAIABzAGUAdAAgAGMAbwBuAHQAYQBpAG4AaQBuAGcA",
  "IAAAAAAAAEGM1AALcGwAAAAAAAAAAAAAAAIAAABYAAAAaQBuAHQAZQByAHMAZQBjAHQAaQBvAG4AOgAgAG8AcABlAHIAYQBuAGQA",
  "IAAxACAAbQB1AHMAdAAgAGIAZQAgAHMAZQB0ACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAQfzUAAugAZwAAAAAAAAAAAAAAAIAAACG",
  "AAAAaQBuAHQAZQByAHMAZQBjAHQAaQBvAG4AOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAHMAZQB0ACAA",
  "bwBmACAAcwBlAHQAcwAgAGIAdQB0ACAAZwBvAHQAIABzAGUAdAAgAGMAbwBuAHQAYQBpAG4AaQBuAGcAIAAAAAAAAAAAQZzWAAtw",
  "bAAAAAAAAAAAAAAAAgAAAFoAAABvAGIAagBlAGMAdAAuAGcAZQB0ADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABi",
  "AGUAIABvAGIAagBlAGMAdAAgAGIAdQB0ACAAZwBvAHQAIAAAAABBjNcAC3BsAAAAAAAAAAAAAAACAAAAXAAAAG8AYgBqAGUAYwB0",
  "AC4AawBlAHkAcwA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAbwBiAGoAZQBjAHQAIABiAHUAdAAgAGcA",
  "bwB0ACAAAEH81wALgAF8AAAAAAAAAAAAAAACAAAAXgAAAG8AYgBqAGUAYwB0AC4AdQBuAGkAbwBuADoAIABvAHAAZQByAGEAbgBk",
  "ACAAMQAgAG0AdQBzAHQAIABiAGUAIABvAGIAagBlAGMAdAAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAAAAAAAAAAABB/NgAC4AB",
  "fAAAAAAAAAAAAAAAAgAAAF4AAABvAGIAagBlAGMAdAAuAHUAbgBpAG8AbgA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0",
  "ACAAYgBlACAAbwBiAGoAZQBjAHQAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAAAAAAAAAAQfzZAAuAAXwAAAAAAAAAAAAAAAIA",
  "AABgAAAAbwBiAGoAZQBjAHQALgByAGUAbQBvAHYAZQA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAbwBi",
  "AGoAZQBjAHQAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAAAAAAAEH82gALoAGcAAAAAAAAAAAAAAACAAAAigAAAG8AYgBqAGUA",
  "YwB0AC4AcgBlAG0AbwB2AGUAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAG8AbgBlACAAbwBmACAAewBv",
  "AGIAagBlAGMAdAAsACAAcwBlAHQALAAgAGEAcgByAGEAeQB9ACAAYgB1AHQAIABnAG8AdAAgAAAAAEGc3AALcGwAAAAAAAAAAAAA",
  "AAIAAABcAAAAYQByAHIAYQB5AC4AYwBvAG4AYwBhAHQAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAGEA",
  "cgByAGEAeQAgAGIAdQB0ACAAZwBvAHQAIAAAQYzdAAtwbAAAAAAAAAAAAAAAAgAAAFwAAABhAHIAcgBhAHkALgBjAG8AbgBjAGEA",
  "dAA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAYQByAHIAYQB5ACAAYgB1AHQAIABnAG8AdAAgAABB/N0A",
  "C3BsAAAAAAAAAAAAAAACAAAAWgAAAGEAcgByAGEAeQAuAHMAbABpAGMAZQA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0",
  "ACAAYgBlACAAYQByAHIAYQB5ACAAYgB1AHQAIABnAG8AdAAgAAAAAEHs3gALcGwAAAAAAAAAAAAAAAIAAABcAAAAYQByAHIAYQB5",
  "AC4AcwBsAGkAYwBlADoAIABvAHAAZQByAGEAbgBkACAAMgAgAG0AdQBzAHQAIABiAGUAIABuAHUAbQBiAGUAcgAgAGIAdQB0ACAA",
  "ZwBvAHQAIAAAQdzfAAuwAawAAAAAAAAAAAAAAAIAAACWAAAAYQByAHIAYQB5AC4AcwBsAGkAYwBlADoAIABvAHAAZQByAGEAbgBk",
  "ACAAMgAgAG0AdQBzAHQAIABiAGUAIABpAG4AdABlAGcAZQByACAAbgB1AG0AYgBlAHIAIABiAHUAdAAgAGcAbwB0ACAAZgBsAG8A",
  "YQB0AGkAbgBnAC0AcABvAGkAbgB0ACAAbgB1AG0AYgBlAHIAAAAAAAAAAEGM4QALcGwAAAAAAAAAAAAAAAIAAABcAAAAYQByAHIA",
  "YQB5AC4AcwBsAGkAYwBlADoAIABvAHAAZQByAGEAbgBkACAAMwAgAG0AdQBzAHQAIABiAGUAIABuAHUAbQBiAGUAcgAgAGIAdQB0",
  "ACAAZwBvAHQAIAAAQfzhAAuwAawAAAAAAAAAAAAAAAIAAACWAAAAYQByAHIAYQB5AC4AcwBsAGkAYwBlADoAIABvAHAAZQByAGEA",
  "bgBkACAAMwAgAG0AdQBzAHQAIABiAGUAIABpAG4AdABlAGcAZQByACAAbgB1AG0AYgBlAHIAIABiAHUAdAAgAGcAbwB0ACAAZgBs",
  "AG8AYQB0AGkAbgBnAC0AcABvAGkAbgB0ACAAbgB1AG0AYgBlAHIAAAAAAAAAAEGs4wALcGwAAAAAAAAAAAAAAAIAAABSAAAAYwBv",
  "AG4AYwBhAHQAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABnAG8A",
  "dAAgAAAAAAAAAAAAAAAAQZzkAAuAAXwAAAAAAAAAAAAAAAIAAABsAAAAYwBvAG4AYwBhAHQAOgAgAG8AcABlAHIAYQBuAGQAIAAy",
  "ACAAbQB1AHMAdAAgAGIAZQAgAG8AbgBlACAAbwBmACAAewBzAGUAdAAsACAAYQByAHIAYQB5AH0AIABiAHUAdAAgAGcAbwB0ACAA",
  "AEGc5QALoAGcAAAAAAAAAAAAAAACAAAAiAAAAGMAbwBuAGMAYQB0ADoAIABvAHAAZQByAGEAbgBkACAAMgAgAG0AdQBzAHQAIABi",
  "AGUAIABhAHIAcgBhAHkAIABvAGYAIABzAHQAcgBpAG4AZwBzACAAYgB1AHQAIABnAG8AdAAgAGEAcgByAGEAeQAgAGMAbwBuAHQA",
  "YQBpAG4AaQBuAGcAIAAAAAAAAEG85gALoAGcAAAAAAAAAAAAAAACAAAAgAAAAGMAbwBuAGMAYQB0ADoAIABvAHAAZQByAGEAbgBk",
  "ACAAMgAgAG0AdQBzAHQAIABiAGUAIABzAGUAdAAgAG8AZgAgAHMAdAByAGkAbgBnAHMAIABiAHUAdAAgAGcAbwB0ACAAcwBlAHQA",
  "IABjAG8AbgB0AGEAaQBuAGkAbgBnACAAAAAAAAAAAAAAAAAAAEHc5wALcGwAAAAAAAAAAAAAAAIAAABWAAAAYwBvAG4AdABhAGkA",
  "bgBzADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAA",
  "AAAAAAAAQczoAAtwbAAAAAAAAAAAAAAAAgAAAFYAAABjAG8AbgB0AGEAaQBuAHMAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1",
  "AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAABBvOkAC3BsAAAAAAAAAAAAAAACAAAAWgAA",
  "AHMAdABhAHIAdABzAHcAaQB0AGgAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAA",
  "YgB1AHQAIABnAG8AdAAgAAAAAEGs6gALcGwAAAAAAAAAAAAAAAIAAABaAAAAcwB0AGEAcgB0AHMAdwBpAHQAaAA6ACAAbwBwAGUA",
  "cgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAcwB0AHIAaQBuAGcAIABiAHUAdAAgAGcAbwB0ACAAAAAAQZzrAAtwbAAAAAAA",
  "AAAAAAAAAgAAAFYAAABlAG4AZABzAHcAaQB0AGgAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAHMAdABy",
  "AGkAbgBnACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAABBjOwAC3BsAAAAAAAAAAAAAAACAAAAVgAAAGUAbgBkAHMAdwBpAHQAaAA6",
  "ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAcwB0AHIAaQBuAGcAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAA",
  "AEH87AALcGwAAAAAAAAAAAAAAAIAAABQAAAAdQBwAHAAZQByADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUA",
  "IABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAAAAAAAAAQeztAAtwbAAAAAAAAAAAAAAAAgAAAFAAAABsAG8A",
  "dwBlAHIAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABnAG8AdAAg",
  "AAAAAAAAAAAAAAAAAABB3O4AC3BsAAAAAAAAAAAAAAACAAAAUAAAAHMAcABsAGkAdAA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABt",
  "AHUAcwB0ACAAYgBlACAAcwB0AHIAaQBuAGcAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAAAAAAAEHM7wALcGwAAAAAAAAAAAAA",
  "AAIAAABQAAAAcwBwAGwAaQB0ADoAIABvAHAAZQByAGEAbgBkACAAMgAgAG0AdQBzAHQAIABiAGUAIABzAHQAcgBpAG4AZwAgAGIA",
  "dQB0ACAAZwBvAHQAIAAAAAAAAAAAAAAAAAAAQbzwAAtwbAAAAAAAAAAAAAAAAgAAAE4AAAB0AHIAaQBtADoAIABvAHAAZQByAGEA",
  "bgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAAAAAAAAAAABBrPEA",
  "C3BsAAAAAAAAAAAAAAACAAAATgAAAHQAcgBpAG0AOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAHMAdABy",
  "AGkAbgBnACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAAAAAAAAAAAAAEGc8gALcGwAAAAAAAAAAAAAAAIAAABYAAAAdAByAGkAbQBf",
  "AGwAZQBmAHQAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABnAG8A",
  "dAAgAAAAAAAAQYzzAAtwbAAAAAAAAAAAAAAAAgAAAFgAAAB0AHIAaQBtAF8AbABlAGYAdAA6ACAAbwBwAGUAcgBhAG4AZAAgADIA",
  "IABtAHUAcwB0ACAAYgBlACAAcwB0AHIAaQBuAGcAIABiAHUAdAAgAGcAbwB0ACAAAAAAAABB/PMAC3BsAAAAAAAAAAAAAAACAAAA",
  "WgAAAHQAcgBpAG0AXwByAGkAZwBoAHQAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBn",
  "ACAAYgB1AHQAIABnAG8AdAAgAAAAAEHs9AALcGwAAAAAAAAAAAAAAAIAAABaAAAAdAByAGkAbQBfAHIAaQBnAGgAdAA6ACAAbwBw",
  "AGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAcwB0AHIAaQBuAGcAIABiAHUAdAAgAGcAbwB0ACAAAAAAQdz1AAtwbAAA",
  "AAAAAAAAAAAAAgAAAFwAAAB0AHIAaQBtAF8AcAByAGUAZgBpAHgAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIA",
  "ZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABnAG8AdAAgAABBzPYAC3BsAAAAAAAAAAAAAAACAAAAXAAAAHQAcgBpAG0AXwBwAHIA",
  "ZQBmAGkAeAA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAcwB0AHIAaQBuAGcAIABiAHUAdAAgAGcAbwB0",
  "ACAAAEG89wALcGwAAAAAAAAAAAAAAAIAAABcAAAAdAByAGkAbQBfAHMAdQBmAGYAaQB4ADoAIABvAHAAZQByAGEAbgBkACAAMQAg",
  "AG0AdQBzAHQAIABiAGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAQaz4AAtwbAAAAAAAAAAAAAAAAgAAAFwAAAB0",
  "AHIAaQBtAF8AcwB1AGYAZgBpAHgAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAA",
  "YgB1AHQAIABnAG8AdAAgAABBnPkAC3BsAAAAAAAAAAAAAAACAAAAWgAAAHQAcgBpAG0AXwBzAHAAYQBjAGUAOgAgAG8AcABlAHIA",
  "YQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABnAG8AdAAgAAAAAEGM+gALcGwAAAAAAAAA",
  "AAAAAAIAAABUAAAAcgBlAHAAbABhAGMAZQA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAcwB0AHIAaQBu",
  "AGcAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAAQfz6AAtwbAAAAAAAAAAAAAAAAgAAAFQAAAByAGUAcABsAGEAYwBlADoAIABv",
  "AHAAZQByAGEAbgBkACAAMgAgAG0AdQBzAHQAIABiAGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAAABB",
  "7PsAC3BsAAAAAAAAAAAAAAACAAAAVAAAAHIAZQBwAGwAYQBjAGUAOgAgAG8AcABlAHIAYQBuAGQAIAAzACAAbQB1AHMAdAAgAGIA",
  "ZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAAAAAEHc/AALcGwAAAAAAAAAAAAAAAIAAABUAAAAaQBuAGQA",
  "ZQB4AG8AZgA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAcwB0AHIAaQBuAGcAIABiAHUAdAAgAGcAbwB0",
  "ACAAAAAAAAAAAAAAQcz9AAtwbAAAAAAAAAAAAAAAAgAAAFQAAABpAG4AZABlAHgAbwBmADoAIABvAHAAZQByAGEAbgBkACAAMgAg",
  "AG0AdQBzAHQAIABiAGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAAABBvP4AC2BcAAAAAAAAAAAAAAAC",
  "AAAAPgAAAGkAbgBkAGUAeABvAGYAOgAgAGUAbQBwAHQAeQAgAHMAZQBhAHIAYwBoACAAYwBoAGEAcgBhAGMAdABlAHIAAAAAAAAA",
  "AAAAAAAAAAAAQZz/AAtwbAAAAAAAAAAAAAAAAgAAAFgAAABzAHUAYgBzAHQAcgBpAG4AZwA6ACAAbwBwAGUAcgBhAG4AZAAgADEA",
  "IABtAHUAcwB0ACAAYgBlACAAcwB0AHIAaQBuAGcAIABiAHUAdAAgAGcAbwB0ACAAAAAAAABBjIABC3BsAAAAAAAAAAAAAAACAAAA",
  "WAAAAHMAdQBiAHMAdAByAGkAbgBnADoAIABvAHAAZQByAGEAbgBkACAAMgAgAG0AdQBzAHQAIABiAGUAIABuAHUAbQBiAGUAcgAg",
  "AGIAdQB0ACAAZwBvAHQAIAAAAAAAAEH8gAELsAGsAAAAAAAAAAAAAAACAAAAkgAAAHMAdQBiAHMAdAByAGkAbgBnADoAIABvAHAA",
  "ZQByAGEAbgBkACAAMgAgAG0AdQBzAHQAIABiAGUAIABpAG4AdABlAGcAZQByACAAbgB1AG0AYgBlAHIAIABiAHUAdAAgAGcAbwB0",
  "ACAAZgBsAG8AYQB0AGkAbgBnAC0AcABvAGkAbgB0ACAAbgB1AG0AYgBlAHIAAAAAAAAAAAAAAABBrIIBC3BsAAAAAAAAAAAAAAAC",
  "AAAAWAAAAHMAdQBiAHMAdAByAGkAbgBnADoAIABvAHAAZQByAGEAbgBkACAAMwAgAG0AdQBzAHQAIABiAGUAIABuAHUAbQBiAGUA",
  "cgAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAEGcgwELsAGsAAAAAAAAAAAAAAACAAAAkgAAAHMAdQBiAHMAdAByAGkAbgBnADoAIABv",
  "AHAAZQByAGEAbgBkACAAMwAgAG0AdQBzAHQAIABiAGUAIABpAG4AdABlAGcAZQByACAAbgB1AG0AYgBlAHIAIABiAHUAdAAgAGcA",
  "bwB0ACAAZgBsAG8AYQB0AGkAbgBnAC0AcABvAGkAbgB0ACAAbgB1AG0AYgBlAHIAAAAAAAAAAAAAAABBzIQBC1BMAAAAAAAAAAAA",
  "AAACAAAANAAAAHMAdQBiAHMAdAByAGkAbgBnADoAIABuAGUAZwBhAHQAaQB2AGUAIABvAGYAZgBzAGUAdAAAAAAAAAAAAABBnIUB",
  "C3BsAAAAAAAAAAAAAAACAAAAWgAAAGYAbwByAG0AYQB0AF8AaQBuAHQAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAg",
  "AGIAZQAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAgAAAAAEGMhgELcGwAAAAAAAAAAAAAAAIAAABaAAAAZgBvAHIAbQBh",
  "AHQAXwBpAG4AdAA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAbgB1AG0AYgBlAHIAIABiAHUAdAAgAGcA",
  "bwB0ACAAAAAAQfyGAQuAAXwAAAAAAAAAAAAAAAIAAABmAAAAZgBvAHIAbQBhAHQAXwBpAG4AdAA6ACAAbwBwAGUAcgBhAG4AZAAg",
  "ADIAIABtAHUAcwB0ACAAYgBlACAAbwBuAGUAIABvAGYAIAB7ADIALAAgADgALAAgADEAMAAsACAAMQA2AH0AAAAAAAAAAEH8hwEL",
  "kAGMAAAAAAAAAAAAAAACAAAAdAAAAGkAbgB0AGUAcgBuAGEAbAAuAHQAZQBtAHAAbABhAHQAZQBfAHMAdAByAGkAbgBnADoAIABv",
  "AHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABhAHIAcgBhAHkAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAAQYyJ",
  "AQuwAawAAAAAAAAAAAAAAAIAAACYAAAAaQBuAHQAZQByAG4AYQBsAC4AdABlAG0AcABsAGEAdABlAF8AcwB0AHIAaQBuAGcAOgAg",
  "AHQAZQBtAHAAbABhAHQAZQAtAHMAdAByAGkAbgBnAHMAIABtAHUAcwB0ACAAbgBvAHQAIABwAHIAbwBkAHUAYwBlACAAbQB1AGwA",
  "dABpAHAAbABlACAAbwB1AHQAcAB1AHQAcwAAAAAAAEG8igELoAGcAAAAAAAAAAAAAAACAAAAhgAAAHMAdAByAGkAbgBnAHMALgBy",
  "AGUAcABsAGEAYwBlAF8AbgA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABuAG8AbgAtAHMAdAByAGkAbgBnACAAawBlAHkAIABmAG8A",
  "dQBuAGQAIABpAG4AIABwAGEAdAB0AGUAcgBuACAAbwBiAGoAZQBjAHQAAAAAAAAAAEHciwELcGwAAAAAAAAAAAAAAAIAAABaAAAA",
  "ZwBsAG8AYgAuAG0AYQB0AGMAaAA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAcwB0AHIAaQBuAGcAIABi",
  "AHUAdAAgAGcAbwB0ACAAAAAAQcyMAQuQAYwAAAAAAAAAAAAAAAIAAAB2AAAAZwBsAG8AYgAuAG0AYQB0AGMAaAA6ACAAbwBwAGUA",
  "cgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAbwBuAGUAIABvAGYAIAB7AGEAcgByAGEAeQAsACAAbgB1AGwAbAB9ACAAYgB1",
  "AHQAIABnAG8AdAAgAAAAAAAAAABB3I0BC7ABrAAAAAAAAAAAAAAAAgAAAJAAAABnAGwAbwBiAC4AbQBhAHQAYwBoADoAIABvAHAA",
  "ZQByAGEAbgBkACAAMgAgAG0AdQBzAHQAIABiAGUAIABhAHIAcgBhAHkAIABvAGYAIABzAHQAcgBpAG4AZwBzACAAYgB1AHQAIABn",
  "AG8AdAAgAGEAcgByAGEAeQAgAGMAbwBuAHQAYQBpAG4AaQBuAGcAIAAAAAAAAAAAAAAAAAAAQYyPAQuwAawAAAAAAAAAAAAAAAIA",
  "AACYAAAAZwBsAG8AYgAuAG0AYQB0AGMAaAA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAYQByAHIAYQB5",
  "ACAAbwBmACAAcgB1AG4AZQBzACAAYgB1AHQAIABnAG8AdAAgAGEAcgByAGEAeQAgAGMAbwBuAHQAYQBpAG4AaQBuAGcAIABzAHQA",
  "cgBpAG4AZwAAAAAAAEG8kAELcGwAAAAAAAAAAAAAAAIAAABaAAAAZwBsAG8AYgAuAG0AYQB0AGMAaAA6ACAAbwBwAGUAcgBhAG4A",
  "ZAAgADMAIABtAHUAcwB0ACAAYgBlACAAcwB0AHIAaQBuAGcAIABiAHUAdAAgAGcAbwB0ACAAAAAAQayRAQuQAYwAAAAAAAAAAAAA",
  "AAIAAAB8AAAAZwBsAG8AYgAuAG0AYQB0AGMAaAA6ACAAdABoAGUAIABwAGEAdAB0AGUAcgBuACAAbgBlAHMAdABzACAAewAuAC4A",
  "LgB9ACAAZwByAG8AdQBwAHMAIABtAG8AcgBlACAAdABoAGEAbgAgADEAMAAwADAAIABkAGUAZQBwAABBvJIBC5ABjAAAAAAAAAAA",
  "AAAAAgAAAHAAAAB0AGkAbQBlAC4AcABhAHIAcwBlAF8AcgBmAGMAMwAzADMAOQBfAG4AcwA6ACAAbwBwAGUAcgBhAG4AZAAgADEA",
  "IABtAHUAcwB0ACAAYgBlACAAcwB0AHIAaQBuAGcAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAAAAAAAEHMkwEL4AHcAAAAAAAA",
  "AAAAAAACAAAAwgAAAHQAaQBtAGUALgBwAGEAcgBzAGUAXwByAGYAYwAzADMAMwA5AF8AbgBzADoAIABjAGEAbgBuAG8AdAAgAHAA",
  "YQByAHMAZQAgAHQAaABlACAAdABpAG0AZQA6ACAAaQB0ACAAaQBzACAAbgBvAHQAIABSAEYAQwAgADMAMwAzADkAIAAoAGwAaQBr",
  "AGUAIAAyADAAMAA2AC0AMAAxAC0AMAAyAFQAMQA1ADoAMAA0ADoAMAA1AFoAMAA3ADoAMAAwACkAAAAAAAAAAAAAAABBrJUBC4AB",
  "fAAAAAAAAAAAAAAAAgAAAGQAAAB0AGkAbQBlAC4AcABhAHIAcwBlAF8AcgBmAGMAMwAzADMAOQBfAG4AcwA6ACAAdABpAG0AZQAg",
  "AG8AdQB0AHMAaQBkAGUAIABvAGYAIAB2AGEAbABpAGQAIAByAGEAbgBnAGUAAAAAAAAAAAAAQayWAQtwbAAAAAAAAAAAAAAAAgAA",
  "AFgAAAB0AGkAbQBlAC4AZABhAHQAZQA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAbgB1AG0AYgBlAHIA",
  "IABiAHUAdAAgAGcAbwB0ACAAAAAAAABBnJcBC3BsAAAAAAAAAAAAAAACAAAAWAAAAHQAaQBtAGUALgBkAGEAdABlADoAIABvAHAA",
  "ZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAEGMmAELwAG8",
  "AAAAAAAAAAAAAAACAAAArAAAAHQAaQBtAGUALgBkAGEAdABlADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUA",
  "IABlAGkAdABoAGUAcgAgAG4AdQBtAGIAZQByACAAKABuAHMAKQAgAG8AcgAgAFsAbgB1AG0AYgBlAHIAIAAoAG4AcwApACwAIABz",
  "AHQAcgBpAG4AZwAgACgAdAB6ACkAXQAgAGIAdQB0ACAAZwBvAHQAIAAAQcyZAQtQTAAAAAAAAAAAAAAAAgAAADgAAAB0AGkAbQBl",
  "AC4AZABhAHQAZQA6ACAAdABpAG0AZQBzAHQAYQBtAHAAIAB0AG8AbwAgAGIAaQBnAAAAAAAAQZyaAQvQAcwAAAAAAAAAAAAAAAIA",
  "AAC0AAAAdABpAG0AZQAuAGEAZABkAF8AZABhAHQAZQA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAZQBp",
  "AHQAaABlAHIAIABuAHUAbQBiAGUAcgAgACgAbgBzACkAIABvAHIAIABbAG4AdQBtAGIAZQByACAAKABuAHMAKQAsACAAcwB0AHIA",
  "aQBuAGcAIAAoAHQAegApAF0AIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAAQeybAQtgXAAAAAAAAAAAAAAAAgAAAEAAAAB0AGkA",
  "bQBlAC4AYQBkAGQAXwBkAGEAdABlADoAIAB0AGkAbQBlAHMAdABhAG0AcAAgAHQAbwBvACAAYgBpAGcAAAAAAAAAAAAAAAAAAEHM",
  "nAELgAF8AAAAAAAAAAAAAAACAAAAYAAAAHQAaQBtAGUALgBhAGQAZABfAGQAYQB0AGUAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAA",
  "bQB1AHMAdAAgAGIAZQAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAAAAAAAAAABBzJ0BC7ABrAAAAAAAAAAA",
  "AAAAAgAAAJoAAAB0AGkAbQBlAC4AYQBkAGQAXwBkAGEAdABlADoAIABvAHAAZQByAGEAbgBkACAAMgAgAG0AdQBzAHQAIABiAGUA",
  "IABpAG4AdABlAGcAZQByACAAbgB1AG0AYgBlAHIAIABiAHUAdAAgAGcAbwB0ACAAZgBsAG8AYQB0AGkAbgBnAC0AcABvAGkAbgB0",
  "ACAAbgB1AG0AYgBlAHIAAAAAQfyeAQuAAXwAAAAAAAAAAAAAAAIAAABgAAAAdABpAG0AZQAuAGEAZABkAF8AZABhAHQAZQA6ACAA",
  "bwBwAGUAcgBhAG4AZAAgADMAIABtAHUAcwB0ACAAYgBlACAAbgB1AG0AYgBlAHIAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAA",
  "AAAAAEH8nwELsAGsAAAAAAAAAAAAAAACAAAAmgAAAHQAaQBtAGUALgBhAGQAZABfAGQAYQB0AGUAOgAgAG8AcABlAHIAYQBuAGQA",
  "IAAzACAAbQB1AHMAdAAgAGIAZQAgAGkAbgB0AGUAZwBlAHIAIABuAHUAbQBiAGUAcgAgAGIAdQB0ACAAZwBvAHQAIABmAGwAbwBh",
  "AHQAaQBuAGcALQBwAG8AaQBuAHQAIABuAHUAbQBiAGUAcgAAAABBrKEBC4ABfAAAAAAAAAAAAAAAAgAAAGAAAAB0AGkAbQBlAC4A",
  "YQBkAGQAXwBkAGEAdABlADoAIABvAHAAZQByAGEAbgBkACAANAAgAG0AdQBzAHQAIABiAGUAIABuAHUAbQBiAGUAcgAgAGIAdQB0",
  "ACAAZwBvAHQAIAAAAAAAAAAAAAAAAAAAQayiAQuwAawAAAAAAAAAAAAAAAIAAACaAAAAdABpAG0AZQAuAGEAZABkAF8AZABhAHQA",
  "ZQA6ACAAbwBwAGUAcgBhAG4AZAAgADQAIABtAHUAcwB0ACAAYgBlACAAaQBuAHQAZQBnAGUAcgAgAG4AdQBtAGIAZQByACAAYgB1",
  "AHQAIABnAG8AdAAgAGYAbABvAGEAdABpAG4AZwAtAHAAbwBpAG4AdAAgAG4AdQBtAGIAZQByAAAAAEHcowELcGwAAAAAAAAAAAAA",
  "AAIAAABUAAAAdABpAG0AZQAuAGEAZABkAF8AZABhAHQAZQA6ACAAdABpAG0AZQAgAG8AdQB0AHMAaQBkAGUAIABvAGYAIAB2AGEA",
  "bABpAGQAIAByAGEAbgBnAGUAAAAAAAAAAAAAQcykAQuAAXwAAAAAAAAAAAAAAAIAAABoAAAAbgBlAHQALgBjAGkAZAByAF8AYwBv",
  "AG4AdABhAGkAbgBzADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0ACAA",
  "ZwBvAHQAIAAAAAAAAEHMpQELcGwAAAAAAAAAAAAAAAIAAABSAAAAbgBlAHQALgBjAGkAZAByAF8AYwBvAG4AdABhAGkAbgBzADoA",
  "IABpAG4AdgBhAGwAaQBkACAAQwBJAEQAUgAgAGEAZABkAHIAZQBzAHMAOgAgAAAAAAAAAAAAAAAAQbymAQvAAbwAAAAAAAAAAAAA",
  "AAIAAACgAAAAbgBlAHQALgBjAGkAZAByAF8AYwBvAG4AdABhAGkAbgBzADoAIABuAG8AdAAgAGEAIAB2AGEAbABpAGQAIAB0AGUA",
  "eAB0AHUAYQBsACAAcgBlAHAAcgBlAHMAZQBuAHQAYQB0AGkAbwBuACAAbwBmACAAYQBuACAASQBQACAAYQBkAGQAcgBlAHMAcwAg",
  "AG8AcgAgAEMASQBEAFIAOgAgAAAAAAAAAAAAAAAAAA=="
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
var MAX_LOCALS = 5e4;
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
    if (this.paramCount + this.tempCount > MAX_LOCALS) this.tooManyLocals(fn);
    return c.body(this.tempCount);
  }
  /** A rule whose body needs more locals than an engine takes, named where it starts. */
  tooManyLocals(fn) {
    const first = fn.blocks[0]?.stmts[0]?.stmt;
    throw new RegoCompileError([
      {
        code: "rego_compile_error",
        message: `rule ${fn.path ? ["data", ...fn.path.slice(1)].join(".") : fn.name} needs ${this.paramCount + this.tempCount} locals in one WebAssembly function, where engines take at most ${MAX_LOCALS}: split its body into smaller rules`,
        file: this.e.fileName(first?.file ?? -1),
        row: first?.row ?? 0,
        col: first?.col ?? 0
      }
    ]);
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
