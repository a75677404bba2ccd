import { createRequire as __accessctlCreateRequire } from 'node:module'; const require = __accessctlCreateRequire(import.meta.url);
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
  "AAACAAAAAAACAgIBAAEBAQIABgIBAQABAAABAgIAAQEBAQEBBuwBL38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQAL",
  "fwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQAL",
  "fwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC34BQgALfgFCAAt+AUIAC34BQgALfwFBAAt/AUEAC38AQQEL",
  "fwBBAwt/AUEAC38BQQALfgFCAAt+AUIAC38BQQALfwFBAAt+AUIAC38BQQALfgFCAAsHyRCKARRvcGFfd2FzbV9hYmlfdmVyc2lv",
  "bgMkGm9wYV93YXNtX2FiaV9taW5vcl92ZXJzaW9uAyULcnRfYnVpbHRpbjAAmAELcnRfYnVpbHRpbjEAlwELcnRfYnVpbHRpbjIA",
  "lgELcnRfYnVpbHRpbjMAlQELcnRfYnVpbHRpbjQAlAEKcnRfcHJpbnRsbgCAAQpvcGFfbWFsbG9jAKEBCG9wYV9mcmVlAKUBEG9w",
  "YV9oZWFwX3B0cl9nZXQApAEQb3BhX2hlYXBfcHRyX3NldACjAQ5vcGFfanNvbl9wYXJzZQBWD29wYV92YWx1ZV9wYXJzZQBWDW9w",
  "YV9qc29uX2R1bXAAogEOb3BhX3ZhbHVlX2R1bXAAnwEOb3BhX3ZhbHVlX3R5cGUAnQEfYWNjZXNzY3RsX3N0cmljdF9idWlsdGlu",
  "X2Vycm9ycwCuARphY2Nlc3NjdGxfYnVpbHRpbl9sb2NhdGlvbgCwARNhY2Nlc3NjdGxfaG9zdF9hcmdzAK8BCGJ1aWx0aW5zAK0B",
  "C2VudHJ5cG9pbnRzAKwBEG9wYV9ldmFsX2N0eF9uZXcAVxZvcGFfZXZhbF9jdHhfc2V0X2lucHV0AKYBFW9wYV9ldmFsX2N0eF9z",
  "ZXRfZGF0YQCoARtvcGFfZXZhbF9jdHhfc2V0X2VudHJ5cG9pbnQApwEXb3BhX2V2YWxfY3R4X2dldF9yZXN1bHQAqQEEZXZhbACr",
  "AQhvcGFfZXZhbACqARJvcGFfdmFsdWVfYWRkX3BhdGgAoAEVb3BhX3ZhbHVlX3JlbW92ZV9wYXRoAJ4BDHJ0X21lbW9faW5pdACL",
  "AQxydF9tZW1vX3B1c2gAiAELcnRfbWVtb19wb3AAiQELcnRfbWVtb19nZXQAjAEOcnRfbWVtb19pbnNlcnQAigEHcnRfbnVsbACF",
  "AQdydF90cnVlAHcIcnRfZmFsc2UAkgENcnRfbnVtYmVyX2ludACEAQ1ydF9udW1iZXJfcmVmAIMBCXJ0X3N0cmluZwB4CHJ0X2Fy",
  "cmF5AJsBCXJ0X29iamVjdACCAQZydF9zZXQAfAlydF9hc19zZXQAmQEPcnRfYXJyYXlfYXBwZW5kAJoBEHJ0X29iamVjdF9pbnNl",
  "cnQAgQEKcnRfc2V0X2FkZAB7BnJ0X2dldACRAQpydF9jb21wYXJlAJMBB3J0X3R5cGUAdgZydF9sZW4AjQENcnRfaXRlcl9jb3Vu",
  "dACQAQtydF9pdGVyX2tleQCPAQ1ydF9pdGVyX3ZhbHVlAI4BDHJ0X3NjYW5fa2V5cwB+DnJ0X3NjYW5fdmFsdWVzAH0PcnRfc2hh",
  "bGxvd19jb3B5AHkIcnRfbWVyZ2UAhwEPcnRfc2V0X2xvY2F0aW9uAHoQcnRfcnVudGltZV9lcnJvcgB/CHJ0X2Fib3J0AJwBEnJ0",
  "X25hbWVfbWFwX2luc2VydACGAQxydF93aXRoX3Jvb3QAdQxydF93aXRoX3N0ZXAAdARiX2VxAFwHYl9lcXVhbABcBWJfbmVxALsB",
  "BGJfbHQAvwEFYl9sdGUAvgEEYl9ndADDAQViX2d0ZQDCAQZiX3BsdXMAugEHYl9taW51cwC9AQViX211bAC8AQViX2RpdgDEAQVi",
  "X3JlbQC5ARNiX2ludGVybmFsX21lbWJlcl8yAMEBE2JfaW50ZXJuYWxfbWVtYmVyXzMAwAEKYl9pc19hcnJheQC4AQxiX2lzX2Jv",
  "b2xlYW4AtwEJYl9pc19udWxsALYBC2JfaXNfbnVtYmVyALUBC2JfaXNfb2JqZWN0ALQBCGJfaXNfc2V0ALMBC2JfaXNfc3RyaW5n",
  "ALIBC2JfdHlwZV9uYW1lALEBC2JfdG9fbnVtYmVyAMYBBWJfYWJzAOQBB2Jfcm91bmQA4AEGYl9jZWlsAOMBB2JfZmxvb3IA4gEP",
  "Yl9udW1iZXJzX3JhbmdlAOEBB2JfY291bnQA+AEFYl9zdW0A8wEJYl9wcm9kdWN0APUBBWJfbWF4APcBBWJfbWluAPYBBmJfc29y",
  "dAD0AQViX2FuZABoBGJfb3IA6wEHYl91bmlvbgDqAQ5iX2ludGVyc2VjdGlvbgDsAQxiX29iamVjdF9nZXQA8AENYl9vYmplY3Rf",
  "a2V5cwDvAQ5iX29iamVjdF91bmlvbgDtAQ9iX29iamVjdF9yZW1vdmUA7gEOYl9hcnJheV9jb25jYXQA8gENYl9hcnJheV9zbGlj",
  "ZQDxAQZiX3dhbGsA6QEIYl9jb25jYXQA3AEKYl9jb250YWlucwDbAQxiX3N0YXJ0c3dpdGgA1QEKYl9lbmRzd2l0aADaAQhiaF9s",
  "b3dlcgDNAQhiaF91cHBlcgDMAQdiX3NwbGl0ANYBBmJfdHJpbQDTAQtiX3RyaW1fbGVmdADSAQxiX3RyaW1fcmlnaHQA0AENYl90",
  "cmltX3ByZWZpeADRAQ1iX3RyaW1fc3VmZml4AM4BDGJfdHJpbV9zcGFjZQDPAQliX3JlcGxhY2UA1wEJYl9pbmRleG9mANgBC2Jf",
  "c3Vic3RyaW5nANQBDGJfZm9ybWF0X2ludADZAQpiaF9zcHJpbnRmAN4BGmJfaW50ZXJuYWxfdGVtcGxhdGVfc3RyaW5nAMsBFGJo",
  "X3N0cmluZ3NfcmVwbGFjZV9uAN8BDGJfZ2xvYl9tYXRjaADoARdiX3RpbWVfcGFyc2VfcmZjMzMzOV9ucwDJAQxiaF90aW1lX2Rh",
  "dGUAyAEPYl90aW1lX2FkZF9kYXRlAMoBDmJoX3RpbWVfZm9ybWF0AMcBE2JfbmV0X2NpZHJfY29udGFpbnMA5gEGbWVtb3J5AgAM",
  "Ap0BCqvqAu0BNAEBfyMARQRAEAAkAAsjAEEHakF4cSIBIABqIgAgAUkEQEEAQdAZECYLIAAQWSAAJAAgAQtdAAJ/AkACQAJAAkAC",
  "QAJAAkAgASgCAEEBaw4GAAECAwQFBgtB8CYMBgtBkC0MBQtBwC0MBAtB4C0MAwtBgC4MAgtBoC4MAQtBwC4LIQEjAgRAIAAgAUEA",
  "QQAQEAsLwAMBD38gACgCAEEGRiEEIAAoAgwhDiAAKAIEIg0gACgCGCIIayIHQQJ0IgEQDCEFIAEQDCEBA0AgAiAHSQRAIAUgAkEC",
  "dGogAiAIajYCACACQQFqIQIMAQsLIA4gBSAHIAEQMCANQQJ0IgEQDCEJIAQEfyABEAwFQQALIQogBAR/IAAoAhAFQQALIQsgDUEC",
  "dBAMIQxBACECA0AgBiANSQRAIAMgB08Ef0EBBSACIAhJBH8gDiACQQJ0aigCACAOIAUgA0ECdGooAgBBAnRqKAIAEBNBAEgFQQAL",
  "CwRAIAIiAUEBaiECBSADIgFBAWohAyAFIAFBAnRqKAIAIQELIAwgAUECdCIBaiAGNgIAIAZBAnQiDyAJaiABIA5qKAIANgIAIAQE",
  "QCAKIA9qIAEgC2ooAgA2AgALIAZBAWohBgwBCwsgDiAJIA1BAnQiAfwKAAAgBARAIAsgCiAB/AoAAAsgACANNgIYIAAoAhQiAUUE",
  "QA8LIAEoAgBBAWohAkEAIQADQCAAIAJJBEAgAUEIaiAAQQN0aiIDKAIEIgQEQCADIAwgBEEBa0ECdGooAgBBAWo2AgQLIABBAWoh",
  "AAwBCwsLLQEBf0EYEAwiAUEDNgIAIAFBADYCBCABIAA3AwggAUEANgIQIAFBADYCFCABC/sBAQZ/QYAQIQQDQCAEQf8XSSAAQRRr",
  "KAIQQQF2IgkgBkpxBEAgBCIFQQFqIQQgBSAGIAlPBH9BfwUgACAGQQF0ai8BAAs6AAAgBkEBaiEGDAELCyAEIQADQCAAQf8XSSAB",
  "QRRrKAIQQQF2IgUgB0pxBEAgACIEQQFqIQAgBCAFIAdNBH9BfwUgASAHQQF0ai8BAAs6AAAgB0EBaiEHDAELCwNAIABB/xdJIAMg",
  "CEtxBEAgACIBQQFqIQAgASACIAhqLQAAOgAAIAhBAWohCAwBCwsgAEEAOgAAIwFFBEBBgBBB0CoQJgsjASgCACMBKAIEIwEoAghB",
  "gBAQWwsmAQF/QRAQDCICQQQ2AgAgAiABNgIEIAIgADYCCCACQQA2AgwgAgsbAQF/QQEQJSMTIgFBAWokEyMSIAFqIAA6AAALmQQB",
  "B38gACABRgRAQQAPCyAARQRAQX8PCyABRQRAQQEPCyAAKAIAIgIgASgCACIDRwRAQX9BASACIANJGw8LAkACQAJAAkACQAJAAkAC",
  "QCACQQFrDgcAAQIDBAUEBgtBAA8LQX9BASAAKAIEIgAgASgCBCIBSRtBACAAIAFHGw8LIAAgARBzDwsgACgCCCAAKAIEIAEoAggg",
  "ASgCBBBIDwsgACgCBCICIAEoAgQiAyACIANJGyEEIAAoAgBBBk8EfyAAKAIYIAJHBUEACwRAIAAQDgsgACgCDCEFIAEoAgBBBk8E",
  "fyABKAIYIAEoAgRHBUEACwRAIAEQDgsgASgCDCEBQQAhAANAIAAgBEkEQCAFIABBAnQiBmooAgAgASAGaigCABATIgYEQCAGDwsg",
  "AEEBaiEADAELCwwCCyAAKAIEIgIgASgCBCIDIAIgA0kbIQUgACgCAEEGTwR/IAAoAhggAkcFQQALBEAgABAOCyAAKAIMIQYgASgC",
  "AEEGTwR/IAEoAhggASgCBEcFQQALBEAgARAOCyABKAIMIQQgACgCECEHIAEoAhAhAUEAIQADQCAAIAVJBEAgBiAAQQJ0IghqKAIA",
  "IAQgCGooAgAQEyIIBEAgCA8LIAcgAEECdCIIaigCACABIAhqKAIAEBMiCARAIAgPCyAAQQFqIQAMAQsLDAELQQAPC0F/QQEgAiAD",
  "SRtBACACIANHGwtaAQJ/IAAoAggiAyAAKAIEIgJGBEAgACAAKAIMIANBAnRBBCADQQF0IANBBEkbIgNBAnQQOTYCDCAAIAM2AggL",
  "IAAoAgwgAkECdGogATYCACAAIAJBAWo2AgQLKQEBfiAAKAIEQQJGBEAgACgCCA8LQgAgACkDCCIBfSABIAFCAFMbECILMAEBfyAA",
  "IAEQGiIDQQBOBEAgACgCECADQQJ0aiACNgIADwsgACABIAJBfyADaxBJCzMBAX9BEBAMIgFBBTYCACABQQA2AgQgASAANgIIIAEg",
  "AAR/IABBAnQQDAVBAAs2AgwgAQtLAQF/IAAgAJ1hIACZRAChOBSbOd9DY3EEQCAA/AYQDw8LQRgQDCIBQQM2AgAgAUEBNgIEIAEg",
  "ADkDCCABQQA2AhAgAUEANgIUIAELkAEBAX8gACABai0AACICQYABSQRAIAIPCyACQeABSQRAIAAgAWotAAFBP3EgAkEfcUEGdHIP",
  "CyACQfABSQRAIAAgAWoiAC0AAkE/cSACQQ9xQQx0IAAtAAFBP3FBBnRycg8LIAAgAWoiAC0AA0E/cSACQQdxQRJ0IAAtAAFBP3FB",
  "DHRyIAAtAAJBP3FBBnRycgvNAgEIfyAAKAIUBEAgARAjJAggASECIAAoAgwhByMIIgQgACgCFCIFKAIAIghxIQMDQAJAQX8hASAF",
  "QQhqIANBA3RqIgYoAgQiCUUNACAGKAIAIARGBEAgByAJQQFrIgFBAnRqKAIAIgYgAkYEf0EABSAGIAIQEwtFDQELIANBAWogCHEh",
  "AwwBCwsgAUEATgR/IAEFQX8gACgCBGsLDwsgACgCDCEEIAAoAgQhBQNAIAIgBUkEQCAEIAJBAnRqKAIAIAFGBEAgAg8LIAJBAWoh",
  "AgwBCwtBfyAFayEAAkAgBQR/IAQgBUEBa0ECdGooAgAgARATQQBIBUEACw0AIAVBAWshAgNAIAIgA04EQCAEIAIgA2pBAXYiAEEC",
  "dGooAgAgARATIgVFDQIgBUEASARAIABBAWohAwUgAEEBayECCwwBCwtBfyADayEACyAAC8gBAgF+AX8gACgCAEECSwR/QQAFIAAo",
  "AgAEfyAAKAIEBUEAC60gACgCAEEBSwR/IAAoAggFQQALrUIghoQiAkKAgICAgICAgIB/WCACQv///////////wBYIAEbCwRAQgAg",
  "ACgCAAR/IAAoAgQFQQALrSAAKAIAQQFLBH8gACgCCAVBAAutQiCGhCICfSACIAEbEA8PC0EYEAwiA0EDNgIAIANBAjYCBCADIAA2",
  "AgggAyABQQBHNgIMIANBADYCECADQQA2AhQgAwslAQJ/IABBAnQiAkEEahAMIgEgADYCACABQQRqQQAgAvwLACABC/UBAgZ/An4g",
  "ASgCACIFIAAoAgAiBmoQHCECA0AgAyAGSQRAQgAhCCADIAAoAgBJBH8gAEEEaiADQQJ0aigCAAVBAAutIQlBACEEA0AgBCAFSQRA",
  "IAJBBGogAyAEakECdGoiBzUCACAJIAQgASgCAEkEfyABQQRqIARBAnRqKAIABUEAC61+fCAIfCEIIAcgCD4CACAIQiCIIQggBEEB",
  "aiEEDAELCyACQQRqIAMgBWpBAnRqIAg+AgAgA0EBaiEDDAELCyACKAIAIQADQCAABH8gAiAAQQJ0aigCAAVBAQtFBEAgAEEBayEA",
  "DAELCyACIAA2AgAgAgtWAQN/IABBFGsoAhBBAXYiAhAMIQMDQCABIAJJBEAgASADaiABIABBFGsoAhBBAXZPBH9BfwUgACABQQF0",
  "ai8BAAs6AAAgAUEBaiEBDAELCyADIAIQEQsfAQF/IAAgARAaIgJBAEgEQCAAIAFBAEF/IAJrEEkLCysAQX8gACABEBoiASABQQBI",
  "GyIBQQBOBH8gACgCECABQQJ0aigCAAVBAAsL3AQBBn8CQAJAAkACQAJAAkACQAJAIAAoAgBBAWsOBwABAgMEBgUHC0HwJhAuDwtB",
  "sCZB0CYgACgCBBsQLg8LAkAgACgCECIBBEAgASAAKAIUEDUMAQsgACgCBEECRgR/IAAoAggoAgBBCmxBBGoFQcAACxAlIxMgACMS",
  "IxNqEEtqJBMLDwsgABBQDwtB2wAQEiAAKAIEIQQDQCADIARJBEAgAwRAQSwQEiACBEBBIBASCwsgACgCDCADQQJ0aigCACABIAIQ",
  "ISADQQFqIQMMAQsLQd0AEBIPCyAAKAIEIgNBASABG0UEQEHwKBAuDwtB+wBB2wAgARsQEiAAKAIAQQZPBH8gACgCGCAAKAIERwVB",
  "AAsEQCAAEA4LIAAoAgwhBEEAIQADQCAAIANJBEAgAARAQSwQEiACBEBBIBASCwsgBCAAQQJ0aigCACABIAIQISAAQQFqIQAMAQsL",
  "Qf0AQd0AIAEbEBIPC0H7ABASIAAoAgQhBwNAIAMgB0kEQCADBEBBLBASIAIEQEEgEBILCyAAKAIAQQZPBH8gACgCGCAAKAIERwVB",
  "AAsEQCAAEA4LQQEgASAAKAIMIANBAnRqKAIAIggoAgBBBEYbBEAgCCABIAIQIQUjEiMTIQUjFCEGQQAkEkEAJBNBACQUIAhBAEEA",
  "ECEjEiMTEBEhCCQSIAUkEyAGJBQgCBBQC0E6EBIgAgRAQSAQEgsgACgCAEEGTwR/IAAoAhggACgCBEcFQQALBEAgABAOCyAAKAIQ",
  "IANBAnRqKAIAIAEgAhAhIANBAWohAwwBCwtB/QAQEgsLTAECf0ECEBwiASAAPgIEIAEgAEIgiD4CCCABKAIAIQIDQCACBH8gASAC",
  "QQJ0aigCAAVBAQtFBEAgAkEBayECDAELCyABIAI2AgAgAQutBAEEfyAARQRAQQAPCwJAAkACQAJAAkACQAJAAkACQCAAKAIAQQFr",
  "DgcAAQIDBAUGBwtBufPd8XkPC0HrlK+veEG13MqVfCAAKAIEGw8LIAAQcg8LAkAgACgCDCIBBEAgASEADAELQcW78oh4IQEgACgC",
  "CCEDIAAoAgQhBANAIAIgBEkEQCACIANqLQAAIAFzQZODgAhsIQEgAkEBaiECDAELCyAAIAEgBHMiAEEQdiAAc0Gt6qz/B2wiAEEP",
  "diAAc0GLzbKjeGwiAEEQdiAAcyIAQQEgABsiADYCDAsgAA8LQa/W074CIQIgACgCBCEDA0AgASADSQRAIAAoAgwgAUECdGooAgAQ",
  "IyACQR9saiICQRB2IAJzQa3qrP8HbCICQQ92IAJzQYvNsqN4bCICQRB2IAJzIQIgAUEBaiEBDAELCyACDwsgACgCBCIDQbHP2bIB",
  "aiECIAAoAgwhBCAAKAIQIQADQCABIANJBEAgAiABQQJ0IgIgBGooAgAQI0EfbCAAIAJqKAIAECNqIgJBEHYgAnNBreqs/wdsIgJB",
  "D3YgAnNBi82yo3hsIgJBEHYgAnNqIQIgAUEBaiEBDAELCwwCCyAAKAIEIgNBlLf24gJrIQIgACgCDCEAA0AgASADSQRAIAAgAUEC",
  "dGooAgAQIyACaiECIAFBAWohAQwBCwsMAQtBAA8LIAIgAkEQdnNBreqs/wdsIgBBD3YgAHNBi82yo3hsIgBBEHYgAHML6AQCCX8B",
  "fCAAKAIEQQFHBEAgABAVJAQgACgCBEECRgR/IAAoAgxBAEcFIAApAwhCAFMLJAVBACQGIAFFBEAgACgCBEECRgR/IAAoAggoAgBB",
  "CmxBBGoFQcAACxAMIQFBACMEQQAgARA+IgAgAEEBRgR/IAEtAABBMEYFQQALGyQHC0EBDwsgACgCECEKIAAoAhQiCEUEQCAAKwMI",
  "IgsgC6FEAAAAAAAAAABiBEBBAA8LQcAAEAwhCkHAABAMIgIgCxBBIQhBACEAA0AgACAISQRAIAAgCmogAiAAQQF0ai8BADoAACAA",
  "QQFqIQAMAQsLC0EAJAUgCAR/IAotAABBLUYFQQALBH9BASQFQQEFQQALIQIgCBAMIQNBACEAA0AgAiAISQRAAkAgAiAKai0AACIE",
  "QTlNIARBME9xBEBBASAEQTBHIAAbBEAgACADaiAEOgAAIABBAWohAAsgBkEBaiAGIAUbIQYFIARBLkcNAUEBIQULIAJBAWohAgwC",
  "CwsLIAIgCEkEfyACIApqLQAAQeUARgR/QQEFIAIgCmotAABBxQBGCwVBAAsEfyAIIAJBAWoiAksEfyACIApqLQAAQStGBH9BAQUg",
  "AiAKai0AAEEtRgsFQQALBEAgAiAKai0AAEEtRiEHIAJBAWohAgsDQCACIAhJBEAgAiAKai0AAEEwayAJQQpsaiIJQZADQYDC1y8g",
  "ARtKBEBBAA8LIAJBAWohAgwBCwtBACAJayAJIAcbBUEACyAAQShLQQAgARsEQEEADwsgAyAAEGwkBCAGayQGIAAkByABBH8jBkE8",
  "SCMGQURKcQVBAQsLNwEBfyMUIxMgAGpPBEAPCyMUQQF0IgEjEyAAaiIASQRAIABBQGshAQsjEiMUIAEQOSQSIAEkFAuZAQEEf0GA",
  "CCECIAAEQANAIAJB/xdJBEACQCAAIgNBAWohACADLQAAIgVFDQAgAiIDQQFqIQIgAyAFOgAADAILCwsLA0AgAkH/F0kgAUEUaygC",
  "EEEBdiIDIARKcQRAIAIiAEEBaiECIAAgAyAETQR/QX8FIAEgBEEBdGovAQALOgAAIARBAWohBAwBCwsgAkEAOgAAQYAIEAIAC4kB",
  "AQN/IAAoAgAiAiABKAIAIgNHBEBBf0EBIAIgA0kbDwsgAkEBayECA0AgAkEATgRAIAIgACgCAEkEfyAAQQRqIAJBAnRqKAIABUEA",
  "CyIDIAIgASgCAEkEfyABQQRqIAJBAnRqKAIABUEACyIERwRAQX9BASADIARJGw8LIAJBAWshAgwBCwtBAAsuAQN/QgEQIiEBQgoQ",
  "IiEDA0AgACACSgRAIAEgAxAdIQEgAkEBaiECDAELCyABCzoAQeAYIAA2AgBB5BhBATYCAEHoGCABNgIAQewYQQA2AgBB8BhBADYC",
  "AEH0GEEANgIAIABBACABEAoLLAAgACgCAEEDRwRAIAIgABANQQEPCyABKAIAQQNHBEAgAyABEA1BAQ8LQQALwgECA38CfiAAKAIA",
  "IgQQHCEDA0AgAiAESQRAIAIgACgCAEkEfyAAQQRqIAJBAnRqKAIABUEAC60gAiABKAIASQR/IAFBBGogAkECdGooAgAFQQALrX0g",
  "BX0hBkIAIQUgA0EEaiACQQJ0aiAGQgBTBH5CASEFIAZCgICAgBB8BSAGCz4CACACQQFqIQIMAQsLIAMoAgAhAANAIAAEfyADIABB",
  "AnRqKAIABUEBC0UEQCAAQQFrIQAMAQsLIAMgADYCACADC8oBAQR/IAAoAgQhAkEcEAwiAUEAQRz8CwAgAUEGNgIAIAJFBEAgAQ8L",
  "IAJBAnQiBBAMIQMgBBAMIQQgACgCAEEGTwR/IAAoAhggACgCBEcFQQALBEAgABAOCyADIAAoAgwgAkECdPwKAAAgACgCAEEGTwR/",
  "IAAoAhggACgCBEcFQQALBEAgABAOCyAEIAAoAhAgAkECdPwKAAAgASACNgIEIAEgAjYCCCABIAM2AgwgASAENgIQIAEgAjYCGCAC",
  "QRBPBEAgARBHCyABC9gCAQN/IAAoAgBFBEBCABAPDwsDQCACQQBIBEACQCAAQgoQIhAvIwMoAgANACEAIAJBAWohAgwCCwsLIAJB",
  "AE4EQCAAIAIQKBAdIAEQGw8LIABBACAAKAIAQQpsQQRqEAwiBRA+IgQgAmohAyAEIAJrQQRqEAwhAiABBH8gAkEtOgAAQQEFQQAL",
  "IQAgA0EATAR/IAAgAmpBMDoAACAAQQFqIgFBAWohACABIAJqQS46AAADQCADQQBIBEAgACIBQQFqIQAgASACakEwOgAAIANBAWoh",
  "AwwBCwsgACACaiAFIAT8CgAAIAAgBGoFIAAgAmogBSAD/AoAACAAIANqIgBBAWohASAAIAJqQS46AAAgASACaiADIAVqIAQgA2si",
  "APwKAAAgACABagshAEEYEAwiAUEDNgIAIAFBATYCBCABIAIgABBKOQMIIAEgAjYCECABIAA2AhQgAQtXAQN/IABBFGsoAhBBAXYQ",
  "JQNAIAEgAEEUaygCEEEBdiICSARAIxMiA0EBaiQTIxIgA2ogASACTwR/QX8FIAAgAUEBdGovAQALOgAAIAFBAWohAQwBCwsL4QIB",
  "CH8gACgCACIDEBwhBiABKAIAQQFqEBwiAkEANgIAIANBBXRBAWshCANAIAhBAE4EQCACKAIAQQFqIgQQHCEDIAhBBXYiBSAAKAIA",
  "SQR/IABBBGogBUECdGooAgAFQQALIAh2QQFxIQVBACEHA0AgBCAHSwRAIAdBAnQiCSADQQRqaiAHIAIoAgBJBH8gAkEEaiAJaigC",
  "AAVBAAsiCUEBdCAFcjYCACAJQR92IQUgB0EBaiEHDAELCyADKAIAIQIDQCACBH8gAyACQQJ0aigCAAVBAQtFBEAgAkEBayECDAEL",
  "CyADIAI2AgAgAyICIAEQJ0EATgRAIAIgARArIQIgBkEEaiAIQQV2QQJ0aiIDIAMoAgBBASAIdHI2AgALIAhBAWshCAwBCwsgAiQD",
  "IAYoAgAhAANAIAAEfyAGIABBAnRqKAIABUEBC0UEQCAAQQFrIQAMAQsLIAYgADYCACAGC6ECAQZ/IAJBAkkEQA8LIAAgASACQQF2",
  "IgggAxAwIAAgASAIQQJ0aiACIAhrIAMQMCAIIQUDQCAGIAhJIAIgBUtxBEAgACABIAVBAnRqKAIAIgdBAnRqKAIAIAAgASAGQQJ0",
  "aigCACIJQQJ0aigCABATQQBIBEAgAyAEQQJ0aiAHNgIAIAVBAWohBQUgAyAEQQJ0aiAJNgIAIAZBAWohBgsgBEEBaiEEDAELCwNA",
  "IAYgCEkEQCAEIgBBAWohBCAGIgdBAWohBiADIABBAnRqIAEgB0ECdGooAgA2AgAMAQsLA0AgAiAFSwRAIAQiAEEBaiEEIAUiBkEB",
  "aiEFIAMgAEECdGogASAGQQJ0aigCADYCAAwBCwsgASADIAJBAnT8CgAAC3wBAX8gACgCACICQQVGBEAgAa0QDw8LIAJBBkYEQCAA",
  "KAIAQQZPBH8gACgCGCAAKAIERwVBAAsEQCAAEA4LIAAoAgwgAUECdGooAgAPCyAAKAIAQQZPBH8gACgCGCAAKAIERwVBAAsEQCAA",
  "EA4LIAAoAgwgAUECdGooAgALgwIDAn8BfAF+IAFFIABFcgRAQQAPCyAAKAIAIgJBBkYEQCAAIAEQIA8LIAJBBUYEQCABKAIAQQNH",
  "BEBBAA8LQX8hAgJAIAEoAgQiA0ECRg0AIANFBEAgASkDCCIFp0F/IAVC/////wdXIAVCAFlxGyECDAELIAErAwgiBPwCIQIgBCAE",
  "nWEgBEQAAAAAAAAAAGZxIAREAADA////30FlcQ0AQX8hAgsgAkEASAR/QQEFIAIgACgCBE8LBEBBAA8LIAAoAgwgAkECdGooAgAP",
  "CyACQQdGBEBBfyAAIAEQGiIBIAFBAEgbIgFBAE4EfyAAKAIMIAFBAnRqKAIABUEACw8LQQAL2AICAn4GfyABRQRAQQAPCyAALQAA",
  "QS1GBH9BASEJQQEFQQALIQRBASEIA0AgASAJSwRAIAAgCWotAAAiBUE5TSAFQTBPcQRAIAdBAWohByAGRSAIcQRAIAVBMGtB/wFx",
  "rSADQgp+fCICIANUIANCmbPmzJmz5swZVnIEQEEBIQYFIAIhAwsLBSAFQeUARiAFQS5GciAFQcUARnIgBUErRnIgBUEtRnJFBEBB",
  "AA8LQQAhCAsgCUEBaiEJDAELCyAHRQRAQQAPCyAGRSAIcQRAIARFIANC////////////AFhxBEAgAxAPDwsgA0KAgICAgICAgIB/",
  "WCAEcQRAQgAgA30QDw8LCyAIBEAgACAEaiABIARrEGwgBBAbIgQgADYCECAEIAE2AhQgBA8LQRgQDCIEQQM2AgAgBEEBNgIEIAQg",
  "ACABEEo5AwggBCAANgIQIAQgATYCFCAECyUAQQAkEkEAJBNBACQUQcAAECUgAEEBQQEQISMSIxMQEUEAJBILGgAgARAlIxIjE2og",
  "ACAB/AoAACMTIAFqJBML/AkBBX8DQCMMIw1JBEAjDC0AACIBQQlHIAFBIEdxIAFBCkdxIAFBDUdxRQRAIwxBAWokDAwCCwsLAkAj",
  "DCMNTw0AIwwtAAAiAUH7AEYiAiABQdsARnIgAEGQzgBOcQ0AIAIEQCMMQQFqJAwDQCMMIw1JBEAjDC0AACIBQQlHIAFBIEdxIAFB",
  "CkdxIAFBDUdxRQRAIwxBAWokDAwCCwsLIwwjDUkEfyMMLQAAQf0ARgVBAAsEQCMMQQFqJAxBHBAMIgBBAEEc/AsAIABBBjYCACAA",
  "DwsjESEEA0ADQCMMIw1JBEAjDC0AACIBQQlHIAFBIEdxIAFBCkdxIAFBDUdxRQRAIwxBAWokDAwCCwsLIwwjDU8Ef0EBBSMMLQAA",
  "QSJHCw0CEFEiAUUNAgNAIwwjDUkEQCMMLQAAIgJBCUcgAkEgR3EgAkEKR3EgAkENR3FFBEAjDEEBaiQMDAILCwsjDCMNTwR/QQEF",
  "IwwtAABBOkcLDQIjDEEBaiQMIABBAWoQNiICRQ0CIxEjEEYEQEHAACMQQQF0IxBBwABJGyIDQQN0EAwhBSMRBEAgBSMPIxFBA3T8",
  "CgAACyAFJA8gAyQQCyMPIxFBA3RqIgMgATYCACADIAI2AgQjEUEBaiQRA0AjDCMNSQRAIwwtAAAiAUEJRyABQSBHcSABQQpHcSAB",
  "QQ1HcUUEQCMMQQFqJAwMAgsLCyMMIw1PDQIjDCIBQQFqJAwgAS0AACIBQf0ARgRAIw8gBEEDdGojESAEaxBxIAQkEQ8LIAFBLEYN",
  "AAsMAQsgAUHbAEYEQCMMQQFqJAxBABAXIQEDQCMMIw1JBEAjDC0AACICQQlHIAJBIEdxIAJBCkdxIAJBDUdxRQRAIwxBAWokDAwC",
  "CwsLIwwjDUkEfyMMLQAAQd0ARgVBAAsEQCMMQQFqJAwgAQ8LA0AgAEEBahA2IgJFDQIgASACEBQDQCMMIw1JBEAjDC0AACICQQlH",
  "IAJBIEdxIAJBCkdxIAJBDUdxRQRAIwxBAWokDAwCCwsLIwwjDU8NAiMMIgJBAWokDCACLQAAIgJB3QBGBEAgAQ8LIAJBLEYNAAsM",
  "AQsgAUEiRgRAEFEPCyABQfQARgRAQYgYQQACf0EAIQBBACMNQawmKAIAQQF2IgEjDGpJDQAaA0AgACABSQRAQQAjDCAAai0AACAA",
  "QawmKAIAQQF2TwR/QX8FIABBAXRBsCZqLwEAC0H/AXFHDQIaIABBAWohAAwBCwsjDCABaiQMQQELGw8LIAFB5gBGBEBBkBhBAAJ/",
  "QQAhAEEAIw1BzCYoAgBBAXYiASMMakkNABoDQCAAIAFJBEBBACMMIABqLQAAIABBzCYoAgBBAXZPBH9BfwUgAEEBdEHQJmovAQAL",
  "Qf8BcUcNAhogAEEBaiEADAELCyMMIAFqJAxBAQsbDwsgAUHuAEYEQEGAGEEAAn9BACEAQQAjDUHsJigCAEEBdiIBIwxqSQ0AGgNA",
  "IAAgAUkEQEEAIwwgAGotAAAgAEHsJigCAEEBdk8Ef0F/BSAAQQF0QfAmai8BAAtB/wFxRw0CGiAAQQFqIQAMAQsLIwwgAWokDEEB",
  "CxsPCyMMIQADQCMMIw1JBEAjDC0AACIBQTlNIAFBME9xIAFBLUZyIAFBK0ZyIAFBLkZyIAFB5QBGciABQcUARnIEQCMMQQFqJAwM",
  "AgsLCyAAIwwgAGsQMw8LQQALJQBBACQSQQAkE0EAJBRBwAAQJSAAIAFBABAhQQAQEiMSQQAkEgs8AEHgGCAANgIAQeQYQQI2AgBB",
  "6BggATYCAEHsGCACNgIAQfAYQQA2AgBB9BhBADYCACAAQQAgASACEAkLOQAjACAAIAFqRkEAIAAbBEAgACACaiIBEFkgASQAIAAP",
  "CyACEAwhAiAABEAgAiAAIAH8CgAACyACC6YBAQN+IABC7PQrfCIBIAFCsPUIfSABQgBZG0Kx9Qh/IQAgASAAQrH1CH59IgEgAUK0",
  "C399IAFCrJ0Cf3wgAUKw9Qh/fULtAn8hAiABIAJC7QJ+IAJCBH98IAJC5AB/fX0iA0IFfkICfEKZAX8hASADIAFCmQF+QgJ8QgV/",
  "fUIBfCQgIAFCA3wgAUIJfSABQgpTGyQfIx9CAletIAIgAEKQA358fCQeC24AIAAgASACKAIAQQVGGyEAAn8CQAJAAkACQAJAAkAC",
  "QCADKAIAQQFrDgYAAQIDBAUGC0HwJgwGC0GQLQwFC0HALQwEC0HgLQwDC0GALgwCC0GgLgwBC0HALgshASMCBEAgACABQQBBABAQ",
  "C0EAC1EBAn8gASgCBCEDA0AgAiADSQRAIAEoAgBBBk8EfyABKAIYIAEoAgRHBUEACwRAIAEQDgsgACABKAIMIAJBAnRqKAIAEB8g",
  "AkEBaiECDAELCwuLAgEGfyABQQJJBEAPCyAAIAFBAXYiCCACED0gACAIQQJ0aiABIAhrIAIQPSAIIQQDQCAFIAhJIAEgBEtxBEAg",
  "ACAEQQJ0aigCACIGIAAgBUECdGooAgAiBxATQQBIBEAgAiADQQJ0aiAGNgIAIARBAWohBAUgAiADQQJ0aiAHNgIAIAVBAWohBQsg",
  "A0EBaiEDDAELCwNAIAUgCEkEQCADIgZBAWohAyAFIgdBAWohBSACIAZBAnRqIAAgB0ECdGooAgA2AgAMAQsLA0AgASAESwRAIAMi",
  "BUEBaiEDIAQiBkEBaiEEIAIgBUECdGogACAGQQJ0aigCADYCAAwBCwsgACACIAFBAnT8CgAAC8wCAgZ/AX4gACgCACIEEBwiBUEE",
  "aiAAQQRqIARBAnT8CgAAIARBCmxBAmoiAxAMIQcgAyEAIARFBEAgByAAQQFrIgBqQTA6AAALA0AgBSgCACIEBEBCACEJIARBAWsh",
  "BANAIARBAE4EQCAFQQRqIARBAnRqIgY1AgAgCUIghoQhCSAGIAlCgJTr3AOAPgIAIAlCgJTr3AOCIQkgBEEBayEEDAELCyAFKAIA",
  "IQQDQCAEBH8gBSAEQQJ0aigCAAVBAQtFBEAgBEEBayEEDAELCyAFIAQ2AgAgCachBCAFKAIAQQBHIQhBACEGA0AgBkEJSEEAIAQg",
  "CHIbBEAgByAAQQFrIgBqIARBCnBBMGo6AAAgBEEKbiEEIAZBAWohBgwBCwsMAQsLIAEEQCAHIABBAWsiAGpBLToAAAsgAiAAIAdq",
  "IAMgAGsiAPwKAAAgAAvCAQIEfwF+IAAoAgAiAyABKAIASwR/IAMFIAEoAgALQQFqIgUQHCEEA0AgAiAFSQRAIAJBAnQiAyAEQQRq",
  "aiACIAAoAgBJBH8gAEEEaiADaigCAAVBAAutIAIgASgCAEkEfyABQQRqIAJBAnRqKAIABUEAC618IAZ8IgY+AgAgBkIgiCEGIAJB",
  "AWohAgwBCwsgBCgCACEAA0AgAAR/IAQgAEECdGooAgAFQQELRQRAIABBAWshAAwBCwsgBCAANgIAIAQLwAEBAX8DQCABQZDOAE8E",
  "QCABQZDOAHAhAyABQZDOAG4hASAAIAJBBGsiAkEBdGogA0HkAG5BAnRBgCNqNQIAIANB5ABwQQJ0QYAjajUCAEIghoQ3AwAMAQsL",
  "IAFB5ABPBEAgACACQQJrIgJBAXRqIAFB5ABwQQJ0QYAjaigCADYCACABQeQAbiEBCyABQQpPBEAgACACQQJrQQF0aiABQQJ0QYAj",
  "aigCADYCAAUgACACQQFrQQF0aiABQTBqOwEACwuvAQEBfwJ/IAFEAAAAAAAAAABhBEAgAEEwOwEAIABBLjsBAiAAQTA7AQRBAwwB",
  "CyABIAGhRAAAAAAAAAAAYgRAIAEgAWIEQCAAQc4AOwEAIABB4QA7AQIgAEHOADsBBEEDDAIFIAFEAAAAAAAAAABjIgIEQCAAQS07",
  "AQAgAEECaiEACyAAQsmAuIPgjMA0NwMAIABC7oCkg8COwDw3AwggAkEIagwCCwALIAAgARBwCwuCAgECf0EFIQFBASECIABBAEwE",
  "QCAARQ8FIABBAUYEQEEFDwUgAEECRgRAQRkPBSAAQSBIBEACQAJAAkACQAJAAkBBHyAAZ2sOBQQDAgEABQtBBUEBIABBAXEbIQIg",
  "AEEBdiEAQRkhAQsgASACbCACIABBAXEbIQIgAEEBdiEAIAEgAWwhAQsgASACbCACIABBAXEbIQIgAEEBdiEAIAEgAWwhAQsgASAC",
  "bCACIABBAXEbIQIgAEEBdiEAIAEgAWwhAQsgASACbCACIABBAXEbIQILIAIPCwsLCwNAIAAEQCABIAJsIAIgAEEBcRshAiAAQQF2",
  "IQAgASABbCEBDAELCyACC6QBACABQf8HSgR8IABEAAAAAAAA4H+iIQAgAUH/B2siAUH/B0oEfEH/ByABQf8HayIBIAFB/wdOGyEB",
  "IABEAAAAAAAA4H+iBSAACwUgAUGCeEgEfCAARAAAAAAAAGADoiEAIAFByQdqIgFBgnhIBHxBgnggAUHJB2oiASABQYJ4TBshASAA",
  "RAAAAAAAAGADogUgAAsFIAALCyABrEL/B3xCNIa/ogvyAQEFfyAARQRAIAEPCyABRQRAIAAPCyAAKAIAQQZHBH9BAQUgASgCAEEG",
  "RwsEQEEADwsgABAsIQIgASgCBCEGQQAhAANAIAAgBkkEQCABKAIAQQZPBH8gASgCGCABKAIERwVBAAsEQCABEA4LIAEoAgwgAEEC",
  "dGooAgAhAyABKAIAQQZPBH8gASgCGCABKAIERwVBAAsEQCABEA4LIAEoAhAgAEECdGooAgAhBCACIAMQICIFBEAgBSgCAEEGRgR/",
  "IAQoAgBBBkYFQQALBEAgAiADIAUgBBBEEBYLBSACIAMgBBAWCyAAQQFqIQAMAQsLIAILawEBfyAAKAIAIgJBBkYEQCACQQZPBH8g",
  "ACgCGCAAKAIERwVBAAsEQCAAEA4LIAAoAhAgAUECdGooAgAPCyAAKAIAQQZPBH8gACgCGCAAKAIERwVBAAsEQCAAEA4LIAAoAgwg",
  "AUECdGooAgALYwEBfyAAKAIIIQUgACABaiIBKAIAIQAgBARAIAEgACAFQQJ0QQQgBUEBdCAFQQRJG0ECdBA5IgA2AgALIAAgA0EC",
  "dGohACACIANLBEAgAEEEaiAAIAIgA2tBAnT8CgAACyAAC8QBAQd/IAAoAgQhA0EgIQEDQCABIANBAXRBAmpJBEAgAUEBdCEBDAEL",
  "CyABQQN0IgVBCGoQDCICQQhqQQAgBfwLACACIAFBAWs2AgAgAiADNgIEIAAoAgwhBwNAIAMgBEsEQCAHIARBAnRqKAIAECMiBiAC",
  "KAIAIgVxIQEDQCACQQhqIAFBA3RqKAIEBEAgAUEBaiAFcSEBDAELCyACQQhqIAFBA3RqIgEgBjYCACABIARBAWoiBDYCBAwBCwsg",
  "ACACNgIUC5sCAgR/An4gACACRwRAIAEgAyABIANJGyEFA0AgBEEIaiAFTQRAIAAgBGopAwAiCSACIARqKQMAIghSBEBBf0EBIAlC",
  "CIhC/4H8h/CfwP8AgyAJQv+B/Ifwn8D/AINCCIaEIglCEIhC//+DgPD/P4MgCUL//4OA8P8/g0IQhoRCIIogCEIIiEL/gfyH8J/A",
  "/wCDIAhC/4H8h/CfwP8Ag0IIhoQiCEIQiEL//4OA8P8/gyAIQv//g4Dw/z+DQhCGhEIgilQbDwsgBEEIaiEEDAELCwNAIAQgBUkE",
  "QCAAIARqLQAAIgYgAiAEai0AACIHRwRAQX9BASAGIAdJGw8LIARBAWohBAwBCwsLQX9BASABIANJG0EAIAEgA0cbC+YDAQd/IAAo",
  "AgBBBkYgACgCBCIEIAAoAggiB0YhCCAAQQwgBCADIAgQRiABNgIABEAgAEEQIAQgAyAIEEYgAjYCAAsgCARAIABBBCAHQQF0IAdB",
  "BEkbNgIICyAAIARBAWoiAzYCBCAAKAIUIgJFBEAgACADNgIYIANBEE8EQCAAEEcLDwsgBCAAKAIYRgR/IAQEfyAAKAIMIARBAWtB",
  "AnRqKAIAIAEQE0EASAVBAQsFQQALBEAgACAEQQFqNgIYCyACKAIAIgEgAigCBEEBaiIHQQF0SQRAIAFBAWoiCEEBdCIBQQN0IgNB",
  "CGoQDCIJQQhqQQAgA/wLACAJIAFBAWs2AgAgCSACKAIENgIEA0AgBSAISQRAIAJBCGogBUEDdGoiASgCBCIDBEAgA0EBayEKIAEo",
  "AgAiASAJKAIAIgZxIQMDQCAJQQhqIANBA3RqKAIEBEAgA0EBaiAGcSEDDAELCyAJQQhqIANBA3RqIgMgATYCACADIApBAWo2AgQL",
  "IAVBAWohBQwBCwsgACAJNgIUIAkhAgsgAiAHNgIEIwgiASACKAIAIgNxIQADQCACQQhqIABBA3RqKAIEBEAgAEEBaiADcSEADAEL",
  "CyACQQhqIABBA3RqIgAgATYCACAAIARBAWo2AgQLSAEDfyABQQF0IgRBFGoQDEEUaiIDQQRrIAQ2AgADQCABIAJLBEAgAyACQQF0",
  "aiAAIAJqLQAAOwEAIAJBAWohAgwBCwsgAxBtC60CAwJ+An8BfCAAKAIUIgQEQCABIAAoAhAgBPwKAAAgBA8LIAAoAgRFBEAgACkD",
  "CCICQgBTIQBCACACfSACIAAbIQIgAAR/IAFBLToAAEEBBUEACyEAQQEhBCACIQMDQCADQgpaBEAgBEEBaiEEIANCCoAhAwwBCwsg",
  "BEEBayEFA0AgBUEATgRAIAAgAWogBWogAkIKgqdBMGo6AAAgAkIKgCECIAVBAWshBQwBCwsgACAEag8LIAAoAgRBAkYEQCAAKAII",
  "IAAoAgxBAEcgARA+DwsgACsDCCIGIAahRAAAAAAAAAAAYgRAIAFBMDoAAEEBDwtBwAAQDCIFIAYQQSEEQQAhAANAIAAgBEkEQCAA",
  "IAFqIAUgAEEBdGovAQA6AAAgAEEBaiEADAELCyAEC7kDAwJ/AXwDfiAAKAIEBH9BAQUgASgCBAtFBEAgACkDCCIGIAEpAwgiB3wi",
  "BSAGhSAFIAeFg0IAWQRAIAUQDw8LCyAAKAIEQQFHBH8gASgCBEEBRwVBAAsEQCAAEBUgACgCBEECRgR/IAAoAgxBAEcFIAApAwhC",
  "AFMLIAEQFSABKAIEQQJGBH8gASgCDEEARwUgASkDCEIAUwsQTw8LIAAgAUEAEE4iAgR/IAIFAnwgACgCBCICRQRAIAApAwi5DAEL",
  "IAJBAkYEQCAAKAIIIgMoAgBBAWshAgNAIAJBAE4EQCAERAAAAAAAAPBBoiACIAMoAgBJBH8gA0EEaiACQQJ0aigCAAVBAAu4oCEE",
  "IAJBAWshAgwBCwsgBJogBCAAKAIMGwwBCyAAKwMICwJ8RAAAAAAAAAAAIQQgASgCBCIARQRAIAEpAwi5DAELIABBAkYEQCABKAII",
  "IgIoAgBBAWshAANAIABBAE4EQCAERAAAAAAAAPBBoiAAIAIoAgBJBH8gAkEEaiAAQQJ0aigCAAVBAAu4oCEEIABBAWshAAwBCwsg",
  "BJogBCABKAIMGwwBCyABKwMIC6AQGAsLhAQDA38BfAJ+IAAoAgQEf0EBBSABKAIEC0UEQCAAKQMIIgZCs+aTqAtTIAZCzZns13RV",
  "cSABKQMIIgdCzZns13RVcSAHQrPmk6gLU3EEQCAGIAd+EA8PCwsgACgCBEEBRwR/IAEoAgRBAUcFQQALBEAgABAVIAEQFRAdIAAo",
  "AgRBAkYEfyAAKAIMQQBHBSAAKQMIQgBTCyEAIAEoAgRBAkYEfyABKAIMQQBHBSABKQMIQgBTCyAARxAbDwsCf0EAIABBARAkRQ0A",
  "GiMEIwUhAiMGIQRBACABQQEQJEUNABojBBAdIAIjBUcgBCMGahAtCyICBH8gAgUCfCAAKAIEIgJFBEAgACkDCLkMAQsgAkECRgRA",
  "IAAoAggiAygCAEEBayECA0AgAkEATgRAIAVEAAAAAAAA8EGiIAIgAygCAEkEfyADQQRqIAJBAnRqKAIABUEAC7igIQUgAkEBayEC",
  "DAELCyAFmiAFIAAoAgwbDAELIAArAwgLAnxEAAAAAAAAAAAhBSABKAIEIgBFBEAgASkDCLkMAQsgAEECRgRAIAEoAggiAigCAEEB",
  "ayEAA0AgAEEATgRAIAVEAAAAAAAA8EGiIAAgAigCAEkEfyACQQRqIABBAnRqKAIABUEAC7igIQUgAEEBayEADAELCyAFmiAFIAEo",
  "AgwbDAELIAErAwgLohAYCwu1AQEEfyAAQQEQJEUEQEEADwsjBCEAIwUhAyMGIQUgAUEBECRFBEBBAA8LIwQhASMFIAJBAEdHIQYg",
  "BSAFIwYiAiACIAVKGyIESgRAIAAgBSAEaxAoEB0hAAsgAiAESgRAIAEgAiAEaxAoEB0hAQsgAyAGRgRAIAAgARA/IAMgBBAtDwsg",
  "ACABECciAkUEQEIAEA8PCyACQQBKBH8gACABECsgAyAEEC0FIAEgABArIAYgBBAtCwtLAQF/IAFBAEcgA0EAR0YEQCAAIAIQPyAB",
  "EBsPCyAAIAIQJyIERQRAQgAQDw8LIARBAEoEfyAAIAIQKyABEBsFIAIgABArIAMQGwsLmQIBBX8gACgCCCEDIAAoAgQhBEEiEBID",
  "QCABIARJBEAgASADai0AACIAQSJHIABBIE9xIABB3ABHcUUEQCACIANqIAEgAmsQNSABQQFqIQJB3AAQEiAAQdwARiAAQSJGcgRA",
  "IAAQEgUgAEEKRgRAQe4AEBIFIABBCUYEQEH0ABASBSAAQQ1GBEBB8gAQEgUgAEEIRgRAQeIAEBIFIABBDEYEQEHmABASBUHQKBAu",
  "IABBBHYiBUGsGCgCAEEBdk8Ef0F/BSAFQQF0QbAYai8BAAsQEiAAQQ9xIgBBrBgoAgBBAXZPBH9BfwUgAEEBdEGwGGovAQALEBIL",
  "CwsLCwsLIAFBAWohAQwBCwsgAiADaiAEIAJrEDVBIhASC80GAQd/IwxBAWokDCMMIQFBxbvyiHghAANAIwwjDUkEQCMMLQAAIgNB",
  "IkcEQCADQdwARgRAQQEhAiMMQQJqJAwMAwsgA0EgSQRAQQAPCyAAIANzQZODgAhsIQAjDEEBaiQMDAILCwsjDCMNTwRAQQAPCyMM",
  "IQMjDEEBaiQMIAJFBEAgAyABayICQTBLBEAgASACEBEPCyABIAIgACACcyIAIABBEHZzQa3qrP8HbCIAIABBD3ZzQYvNsqN4bCIA",
  "IABBEHZzIgBBASAAG0EAEFMPCyADIAFrEAwiBCEAIwwDQCABIANJBEAgASICQQFqIQEgAi0AACIGQdwARwRAIAAiAkEBaiEAIAIg",
  "BjoAAAwCCyABIgJBAWohAQJAAkACQAJAAkACQAJAAkACQAJAIAItAAAiAkEiRwRAIAJB3ABGDQEgAkEvRg0CIAJB4gBGDQMgAkHm",
  "AEYNBCACQe4ARg0FIAJB8gBGDQYgAkH0AEYNByACQfUARg0IDAkLIAAiAkEBaiEAIAJBIjoAAAwJCyAAIgJBAWohACACQdwAOgAA",
  "DAgLIAAiAkEBaiEAIAJBLzoAAAwHCyAAIgJBAWohACACQQg6AAAMBgsgACICQQFqIQAgAkEMOgAADAULIAAiAkEBaiEAIAJBCjoA",
  "AAwECyAAIgJBAWohACACQQ06AAAMAwsgACICQQFqIQAgAkEJOgAADAILIAEkDBBVIgJBAEgEQEEADwsgAkGAuANIIAJBgLADTnEE",
  "fyMNIwxBBmpPBUEACwR/IwwtAABB3ABGBUEACwR/IwwtAAFB9QBGBUEACwRAIwxBAmokDBBVIgFBgMADSCABQYC4A05xBEAgASAC",
  "QQp0akGAuP8aayECBSMMQQZrJAwLCyMMIQEgAkGAAUkEfyAAIAI6AAAgAEEBagUgAkGAEEkEQCAAIAJBBnZBwAFyOgAABSACQYCA",
  "BEkEfyAAIAJBDHZB4AFyOgAAIABBAWoFIAAgAkESdkHwAXI6AAAgACACQQx2QT9xQYABcjoAASAAQQJqCyIAIAJBBnZBP3FBgAFy",
  "OgAACyAAQQFqIgAgAkE/cUGAAXI6AAAgAEEBagshAAwBC0EADwsMAQsLJAwgBCAAIARrEBEQVAvFAQEBfyAAJAwgACABaiQNQQAk",
  "D0EAJBBBACQRQQAkCSABQYAgTwRAQYggEAwiAEEAQYgg/AsAIAAkDiMOQf8HNgIAEAMiASgCACECQQAhAANAIAAgAkkEQCABQQRq",
  "IABBAnRqKAIAEFQaIABBAWohAAwBCwsFQQAkDgtBABA2IgBFBEBBAA8LA0AjDCMNSQRAIwwtAAAiAUEJRyABQSBHcSABQQpHcSAB",
  "QQ1HcUUEQCMMQQFqJAwMAgsLCyAAQQAjDCMNRhsLnAMBBX8jDkUEQCADBEAgAw8LIAAgARARIgAgAjYCDCAADwsjDigCACIGIAJx",
  "IQQDQCMOQQhqIARBAnRqKAIAIgcEQCAHKAIMIAJGBH8gBygCBCABRgVBAAsEfyAHKAIIIgggAEYEf0EABSAIIAEgACABEEgLBUEB",
  "CwRAIARBAWogBnEhBAwCBSAHDwsACwsgA0UEQCAAIAEQESIDIAI2AgwLIw4oAgRBAWoiAEEBdCAGSwRAIw4iBCgCAEEBaiIGQQF0",
  "IgdBAnRBCGoiARAMIghBACAB/AsAIAgkDiMOIAdBAWs2AgAjDiAEKAIENgIEA0AgBSAGSQRAIARBCGogBUECdGooAgAiCARAIAgo",
  "AgwgB0EBa3EhAQNAIw5BCGogAUECdGooAgAEQCABQQFqIAdBAWtxIQEMAQsLIw5BCGogAUECdGogCDYCAAsgBUEBaiEFDAELCyMO",
  "KAIAIgEgAnEhBANAIw5BCGogBEECdGooAgAEQCAEQQFqIAFxIQQMAQsLCyMOQQhqIARBAnRqIAM2AgAjDiAANgIEIAMLqQEBBn8j",
  "DkUgACgCBEEwS3IEQCAADwsgACgCCCAAKAIEIAAiASgCDCIARQRAQcW78oh4IQAgASgCCCEGIAEoAgQhAwNAIAIgA0kEQCACIAZq",
  "LQAAIABzQZODgAhsIQAgAkEBaiECDAELCyABIAAgA3MiAEEQdiAAc0Gt6qz/B2wiAEEPdiAAc0GLzbKjeGwiAEEQdiAAcyIAQQEg",
  "ABsiADYCDAsgACABEFMLkwEBBH8jDSMMQQRqSQRAQX8PCwNAIAFBBEgEQCMMIgBBAWokDCAALQAAIgNBMGshAAJAIANBOU0gA0Ew",
  "T3ENACADQdcAayEAIANB5gBNIANB4QBPcQ0AIANBN2shACADQcYATSADQcEAT3ENAEF/IQALIABBAEgEQEF/DwsgAkEEdCAAciEC",
  "IAFBAWohAQwBCwsgAgsIACAAIAEQUgsmAQF/QRAQDCIAQQA2AgAgAEEANgIEIABBADYCCCAAQQA2AgwgAAsmAQF/IydBAnRBBGoQ",
  "DCIBIAA2AgAgAUEEakEAIydBAnT8CwAgAQtIAQJ/PwAiAUEQdCICIABPBEAPCyAAIAJrQf//A2pBEHYiACABSAR/IAFAAEEATgVB",
  "AAsEQA8LIABAAEEASARAQQBB0BkQJgsLlQEBAn9BASEDIAFBAEgEQCAAQf8XSQRAIAAiAkEBaiEAIAJBLToAAAtBACABayEBCyAB",
  "IQIDQCACQQpOBEAgA0EBaiEDIAJBCm0hAgwBCwsgACADakH/F0sEQCAADwsgA0EBayECA0AgAkEATgRAIAAgAmogAUEKb0EwajoA",
  "ACABQQptIQEgAkEBayECDAELCyAAIANqC8QDAQV/QYAIIQQgAARAA0AgBEH/F0kEQAJAIAAiBUEBaiEAIAUtAAAiCEUNACAEIgVB",
  "AWohBCAFIAg6AAAMAgsLCwsDQCAEQf8XSUHsKigCAEEBdiIFIAdKcQRAIAQiAEEBaiEEIAAgBSAHTQR/QX8FIAdBAXRB8CpqLwEA",
  "CzoAACAHQQFqIQcMAQsLIAQgARBaIQFBACEEA0AgAUH/F0lB7CooAgBBAXYiBSAESnEEQCABIgBBAWohASAAIAQgBU8Ef0F/BSAE",
  "QQF0QfAqai8BAAs6AAAgBEEBaiEEDAELCyABIAIQWiEBA0AgAUH/F0lBjCsoAgBBAXYiAiAGSnEEQCABIgBBAWohASAAIAIgBk0E",
  "f0F/BSAGQQF0QZArai8BAAs6AAAgBkEBaiEGDAELCyADBEADQCABQf8XSQRAAkAgAyIAQQFqIQMgAC0AACICRQ0AIAEiAEEBaiEB",
  "IAAgAjoAAAwCCwsLC0EAIQMDQCABQf8XSUHMKigCAEEBdiICIANKcQRAIAEiAEEBaiEBIAAgAiADTQR/QX8FIANBAXRB0CpqLwEA",
  "CzoAACADQQFqIQMMAQsLIAFBADoAAEGACBACAAsPAEGQGEGIGCAAIAEQExsLZQACQCAAQvuF+tFdUyAAQoT6ha4iVXINACAAQoT6",
  "ha4iUSABQv+vy5cDVXENACAAQvuF+tFdUSABQoDkn8UAU3ENACAAQoCU69wDfiABfBAPDwsjAgRAIAJB0CpBAEEAEBALQQALVgEC",
  "fwNAIAEgA0sEfyAAIAMQGSACEGEFQQALBEACf0EBIAAgA2otAAAiBEGAAUkNABpBAiAEQeABSQ0AGkEDIARB8AFJDQAaQQQLIANq",
  "IQMMAQsLIAMLWAEBfwNAIAEgAkkEQAJAIAJBAWshBANAIAEgBEkEfyAAIARqLQAAQcABcUGAAUYFQQALBEAgBEEBayEEDAELCyAA",
  "IAQQGSADEGFFDQAgBCECDAILCwsgAgu1AQEDfyAAKAIAQQRHBEBBkO0AQYDuACABGyAAEA1BAA8LIAAoAgQhBCAAKAIIIQUDQCAD",
  "IARJBEAgAyAFai0AAEGAAU8EQCACIAAQKQ8LIANBAWohAwwBCwsgBBAMIQBBACECA0AgAiAESQRAIAAgAmogAiAFai0AACIDQSBz",
  "IAMgAQR/IANB+gBNIANB4QBPcQUgA0HaAE0gA0HBAE9xCxs6AAAgAkEBaiECDAELCyAAIAQQEQtjAQN/IAEoAgghAyABKAIEIQQD",
  "QCACIARJBEAgAyACEBkgAEYEQEEBDwsCf0EBIAIgA2otAAAiAUGAAUkNABpBAiABQeABSQ0AGkEDIAFB8AFJDQAaQQQLIAJqIQIM",
  "AQsLQQALzgEBBn8gAigCBCEHA0AgASAISwRAAn8gACAIai0AACIEQSVHBEAgAwRAIAMgCWogBDoAAAsgCUEBagwBCyAIQQFqIAFP",
  "BEBBfw8LIAhBAWoiCCAAai0AACIGQSVGBEAgAwRAIAMgCWpBJToAAAsgCUEBagwBCyAFIAdPBEBBfw8LIAUiBEEBaiEFIAYgAigC",
  "DCAEQQJ0aigCACADIAlqQQAgAxsQ3QEiBEEASARAQX8PCyAEIAlqCyEJIAhBAWohCAwBCwtBfyAJIAUgB0cbC6EBAQR/QX8hBgNA",
  "IAEgBU8EQCABIAVLBH8gACAFai0AAAVBLgsiA0EuRgRAIAZBAEggBkH/AUpyIARBA0tyBEBBAA8LIAQiA0EBaiEEIAIgA2ogBjoA",
  "AEF/IQYFIANBOU0gA0EwT3EEQCADQTBrQf8BcSAGQQpsQQAgBkEAThtqIgZB/wFKBEBBAA8LBUEADwsLIAVBAWohBQwBCwsgBEEE",
  "RguiAgIGfwF+IAAoAgghAyAAKAIEIQdBfyEAA0AgAiAHSQRAIAIgACACIANqLQAAIgZBL0YbIQBBASAEIAZBOkYbIQQgAkEBaiEC",
  "DAELCyAAIAcgAEEAThshAiABQgA3AAAgAUIANwAIIAQEQCADIAIgARDlAUUEQEEADwtBBiQiBSADIAIgARBjRQRAQQAPC0EEJCIL",
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
  "BCAGRnIEQEF/IAIgBiAFEGUiAkEASA0GGiAAQQBOBEAjFiMXQQR0aiIDQQc2AgAgAyACNgIEIANBADYCCCADIAA2AgwjFyICQQFq",
  "JBcLIAIhACAGQQFqIQILCwsLIAZBAWohBgwBCwsgAAsjGUEBayQZCyICQQBIBEBBfw8LBSMYIABBAWoiBCAAIANB3ABGIAEgBEtx",
  "GxAZIQAjFiMXQQR0aiIDQQE2AgAgAyAANgIEIANBADYCCCADIAI2AgwjFyICQQFqJBcLCwsLIAhBAWshCAwBCwsgAgvAAQEEfyMc",
  "IAI2AgBBASECA0AgAgRAIx0jGyMcIAJBAWsiAkECdGoiBCgCACIDQQJ0aiIFKAIARg0BIAUjHTYCACMWIANBBHRqIgUoAgAiBkEH",
  "RgRAIAQgBSgCDDYCACMcIAJBAWpBAnRqIAUoAgQ2AgAgAkECaiECDAILIAAgAUECdGogAzYCACABQQFqIQEgBkEERiAGQQNGcgRA",
  "IxwgAkECdGojFiADQQR0aigCDDYCACACQQFqIQILDAELCyABC6UBAQd/QQIQFyIEIAIQFCAEIAEQFCAAIAQQFCABKAIAIgRBBkcg",
  "BEEFR3EgBEEHR3EEQA8LIAEoAgQhBgNAIAMgBkkEQCABIAMQRSEHIAEgAxAxIQggAigCBCIJQQFqEBchBUEAIQQDQCAEIAlJBEAg",
  "BSACKAIMIARBAnRqKAIAEBQgBEEBaiEEDAELCyAFIAgQFCAAIAcgBRBnIANBAWohAwwBCwsLqwEBBX8gACgCAEEHRwRAQbDPACAA",
  "EA1BAA8LIAEoAgBBB0cEQEGQ0AAgARANQQAPC0EcEAwiAkEAQRz8CwAgAkEHNgIAIAAoAgQhBANAIAMgBEkEQCAAKAIAQQZPBH8g",
  "ACgCGCAAKAIERwVBAAsEQCAAEA4LQX8gASAAKAIMIANBAnRqKAIAIgUQGiIGIAZBAEgbQQBOBEAgAiAFEB8LIANBAWohAwwBCwsg",
  "AgvUAgEFf0EcEAwiAkEAQRz8CwAgAkEGNgIAIAAoAgQhBANAIAMgBEkEQCAAKAIAQQZPBH8gACgCGCAAKAIERwVBAAsEQCAAEA4L",
  "IAAoAgwgA0ECdGooAgAhBSAAKAIAQQZPBH8gACgCGCAAKAIERwVBAAsEQCAAEA4LIAIgBSAAKAIQIANBAnRqKAIAEBYgA0EBaiED",
  "DAELCyABKAIEIQRBACEAA0AgACAESQRAIAEoAgBBBk8EfyABKAIYIAEoAgRHBUEACwRAIAEQDgsgASgCDCAAQQJ0aigCACEFIAEo",
  "AgBBBk8EfyABKAIYIAEoAgRHBUEACwRAIAEQDgsgASgCECAAQQJ0aigCACEGIAIgBRAgIgMEfyADKAIAQQZGBUEACwR/IAYoAgBB",
  "BkYFQQALBEAgAiAFIAMgBhBpEBYFIAIgBSAGEBYLIABBAWohAAwBCwsgAgvKAQEEfyAAKAIAQQVGBH9BAQUgACgCAEEHRgtFBEBB",
  "sMUAQcDGACABGyAAEA1BAA8LIAFBAEetEA8hAiAAKAIEIQUDQCAEIAVJBEAgACgCAEEGTwR/IAAoAhggACgCBEcFQQALBEAgABAO",
  "CyAAKAIMIARBAnRqKAIAIgMoAgBBA0cEQCABBH9BwMcAQeDIACAAIAMQOwVBgMoAQaDLACAAIAMQOwsaQQAPCyABBH8gAiADEE0F",
  "IAIgAxBMCyECIARBAWohBAwBCwsgAgvKAQEFfyAAKAIAQQVGBH9BAQUgACgCAEEHRgtFBEBBsMwAQbDNACABGyAAEA1BAA8LIAAo",
  "AgQiBUUEQEEADwsgACgCAEEGTwR/IAAoAhggACgCBEcFQQALBEAgABAOCyAAKAIMKAIAIQJBASEEA0AgBCAFSQRAIAAoAgBBBk8E",
  "fyAAKAIYIAAoAgRHBUEACwRAIAAQDgsgACgCDCAEQQJ0aigCACIDIAIQEyIGQQBKIAZBAEggARsEQCADIQILIARBAWohBAwBCwsg",
  "AgtCAQN/QQEQHCICQQA2AgBCChAiIQQDQCABIANLBEAgAiAEEB0gACADajEAAEIwfRAiED8hAiADQQFqIQMMAQsLIAILrAsDB38F",
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
  "IAZqIgBBqn1Icg0ARAAAAAAAAPB/IQ0gAEG0AkoNACAIuiENIABFDQAgAEElTCAAQRZKcQRAIA0gAEEDdEHQJWorAwCiIQ1BFiEA",
  "CyAIQv////////8PWAR/IABBH3UiASAAIAFqc0EWTAVBAAsEfCAAQQBKBEAgDSAAQQN0QYAnaisDAKIhDQwCCyANQQAgAGtBA3RB",
  "gCdqKwMAowUgAEEASAR8IAggCHkiCYYhCCAArCAJfSEJA0AgAEFyTARAIAhC6YOx3haCIAhC6YOx3haAIgh5IgpCEn2GukSbK6GG",
  "m4QGP6Ke/AcgCCAKhnwhCCAJIAp9IQkgAEEOaiEADAELCyAIQQAgAGsQQqwiC4AiDHkhCiAIIAuCur0gCkI0hny/IAu6o/wHIAwg",
  "CoZ8uiAJIAp9pxBDBSAIIAh6IgmIIQggCSAArHwkLgNAIABBDU4EQEIgIAhCIIhCleeJxgR+IAhC/////w+DQpXnicYEfiIIQiCI",
  "fCIJQiCIp2etIgp9IgsjLnwkLiAIIAqGQh+IQgGDIAkgCoYgCEL/////D4MgC4iEfCEIIABBDWshAAwBCwsgABBCrSIJIAhC////",
  "/w+DfiEKQiAgCEIgiCAJfiAKQiCIfCIIQiCIp2etIgl9IgsjLnwkLiAKIAmGQh+IQgGDIAggCYYgCkL/////D4MgC4iEfLojLqcQ",
  "QwsLIQ0LIA0gDqYPC0QAAAAAAAD4fwvaBAECfyACRQRAIAAgAUEBdGpBroDAATYCACABQQJqDwsgASACaiIDQRVMIAEgA0xxBH8D",
  "QCABIANIBEAgACABQQF0akEwOwEAIAFBAWohAQwBCwsgACADQQF0akGugMABNgIAIANBAmoFIANBFUwgA0EASnEEfyAAIANBAXRq",
  "IgBBAmogAEEAIAJrQQF0/AoAACAAQS47AQAgAUEBagUgA0EATCADQXpKcQR/IABBAiADayIDQQF0aiAAIAFBAXT8CgAAIABBsIC4",
  "ATYCAEECIQIDQCACIANIBEAgACACQQF0akEwOwEAIAJBAWohAgwBCwsgASADagUgAUEBRgRAIABB5QA7AQIgAEEEaiICIANBAWsi",
  "AEEASCIDBEBBACAAayEACyAAIABBoI0GSQR/IABB5ABJBH8gAEEKT0EBagUgAEGQzgBPQQNqIABB6AdPagsFIABBgK3iBEkEfyAA",
  "QcCEPU9BBmoFIABBgJTr3ANPQQhqIABBgMLXL09qCwtBAWoiARBAIAJBLUErIAMbOwEABSAAQQRqIABBAmogAUEBdCICQQJr/AoA",
  "ACAAQS47AQIgACACaiIAQeUAOwECIABBBGoiBCADQQFrIgBBAEgiAgRAQQAgAGshAAsgACAAQaCNBkkEfyAAQeQASQR/IABBCk9B",
  "AWoFIABBkM4AT0EDaiAAQegHT2oLBSAAQYCt4gRJBH8gAEHAhD1PQQZqBSAAQYCU69wDT0EIaiAAQYDC1y9PagsLQQFqIgAQQCAE",
  "QS1BKyACGzsBACAAIAFqIQELIAFBAmoLCwsLhgYCA38EfiACIAF9IQpCAUEAIANrIgisIgGGIgxCAX0iCyACgyEJIAIgAYinIgNB",
  "oI0GSQR/IANB5ABJBH8gA0EKT0EBagUgA0GQzgBPQQNqIANB6AdPagsFIANBgK3iBEkEfyADQcCEPU9BBmoFIANBgJTr3ANPQQhq",
  "IANBgMLXL09qCwshBwNAIAdBAEoEQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCAHQQFrDgoJCAcGBQQDAgEACgsgA0GAlOvcA24h",
  "BiADQYCU69wDcCEDDAoLIANBgMLXL24hBiADQYDC1y9wIQMMCQsgA0GAreIEbiEGIANBgK3iBHAhAwwICyADQcCEPW4hBiADQcCE",
  "PXAhAwwHCyADQaCNBm4hBiADQaCNBnAhAwwGCyADQZDOAG4hBiADQZDOAHAhAwwFCyADQegHbiEGIANB6AdwIQMMBAsgA0HkAG4h",
  "BiADQeQAcCEDDAMLIANBCm4hBiADQQpwIQMMAgsgAyEGQQAhAwwBC0EAIQYLIAUgBnIEQCAAIAVBAXRqIAZB//8DcUEwajsBACAF",
  "QQFqIQULIAdBAWshByAEIAOtIAisIgKGIAl8IgFaBEAjKyAHaiQrIAdBAnRB2CJqNQIAIAKGIQIgACAFQQFrQQF0aiIALwEAIQcD",
  "QCABIApUIAQgAX0gAlpxBH8gCiABIAJ8IglWIAogAX0gCSAKfVZyBUEACwRAIAdBAWshByABIAJ8IQEMAQsLIAAgBzsBACAFDwsM",
  "AQsLA0AgBEIKfiEEIAlCCn4iASAIrIgiAiAFrIRCAFIEQCAAIAVBAXRqIAKnQf//A3FBMGo7AQAgBUEBaiEFCyAHQQFrIQcgASAL",
  "gyIJIARaDQALIysgB2okKyAKQQAgB2tBAnRB2CJqNQIAfiEBIAAgBUEBa0EBdGoiAC8BACEHA0AgASAJViAEIAl9IAxacQR/IAEg",
  "CSAMfCICViABIAl9IAIgAX1WcgVBAAsEQCAHQQFrIQcgCSAMfCEJDAELCyAAIAc7AQAgBQuFBAIKfgR/IAFEAAAAAAAAAABjIgwE",
  "fCAAQS07AQAgAZoFIAELvSICQoCAgICAgID4/wCDQjSIpyINQQEgDRtBswhrIg5BAWsgAkL/////////B4MgDUEAR61CNIZ8IgJC",
  "AYZCAXwiA3mnIg9rIQ0gAyAPrIYkKCACIAJCgICAgICAgAhRQQFqIg+shkIBfSAOIA9rIA1rrIYkKSANJCpB3AJBQyMqa7dE/nmf",
  "UBNE0z+iRAAAAAAAsHVAoCIB/AIiDSANtyABYmpBA3VBAWoiDUEDdCIOayQrIA5B8BtqKQMAJCwgDUEBdEGoIWouAQAkLSACIAJ5",
  "hiICQv////8PgyEEIywiB0L/////D4MiCCACQiCIIgJ+IAQgCH5CIIh8IQUjKCIDQv////8PgyEJIANCIIgiAyAIfiAIIAl+QiCI",
  "fCEGIykiCkL/////D4MhCyAKQiCIIgogCH4gCCALfkIgiHwhCCAAIAxBAXRqIAAgAiAHQiCIIgJ+IAVCIIh8IAIgBH4gBUL/////",
  "D4N8Qv////8HfEIgiHwgAiADfiAGQiCIfCACIAl+IAZC/////w+DfEL/////B3xCIIh8QgF9IgMjLSMqakFAayADIAIgCn4gCEIg",
  "iHwgAiALfiAIQv////8Pg3xC/////wd8QiCIfEIBfH0gDBBvIAxrIysQbiAMagujBAEIf0EcEAwiBUEAQRz8CwAgBUEGNgIAIAFB",
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
  "RgVBAAsEfyAAECwFQRwQDCIAQQBBHPwLACAAQQY2AgAgAAsiABAWIAALMAAgAAR/IAAoAgBBBkYFQQALBH8gABAsBUEcEAwiAEEA",
  "QRz8CwAgAEEGNgIAIAALCw8AIAAEfyAAKAIABUEACwsFAEGIGAsIACAAIAEQEQsGACAAECwLBgAgACQBCwgAIAAgARAfCxoBAX9B",
  "HBAMIgBBAEEc/AsAIABBBzYCACAACzMBAX8Cf0EAIABFDQAaIAAoAgAiAUEGRgRAIAAoAhAMAQsgAUEHRgR/IAAoAgwFQQALCwsn",
  "AQF/IAAEfyAAKAIAIgFBB0YgAUEGRnIEfyAAKAIMBUEACwVBAAsLDAAgACABIAIgAxBbCwYAIAAQBgsKACAAIAEgAhAWCxoBAX9B",
  "HBAMIgBBAEEc/AsAIABBBjYCACAACxcAIAAgARAzIgBFBEBBAEHwKRAmCyAACwYAIAAQDwsFAEGAGAtYAQN/A0AgASADai0AAARA",
  "IANBAWohAwwBCwsgA0EQahAMIgRBBDYCACAEIAM2AgQgBCAEQRBqIgU2AgggBEEANgIMIAUgASAD/AoAACAAIAQgAqwQDxAWCwgA",
  "IAAgARBECwgAIyYQWCQmCwkAIyYoAgAkJgsSACMmQQRqIABBAnRqIAE2AgALDAAgACQnQQAQWCQmCxAAIyZBBGogAEECdGooAgAL",
  "dgEDfwJAIAAoAgAiAkEERgRAIAAoAgghAyAAKAIEIQJBACEAA0AgACACSQRAIAFBAWogASAAIANqLQAAQcABcUGAAUcbIQEgAEEB",
  "aiEADAELCwwBCyACQQZGIAJBBUZyIAJBB0ZyBEAgACgCBCEBCwsgAa0QDwsIACAAIAEQRQsIACAAIAEQMQsxAQF/An9BACAARQ0A",
  "GiAAKAIAIgFBBkYgAUEFRnIgAUEHRnIEQCAAKAIEDAELQQALCwgAIAAgARAyCwUAQZAYCwgAIAAgARATC0AAQeAYIAA2AgBB5BhB",
  "BDYCAEHoGCABNgIAQewYIAI2AgBB8BggAzYCAEH0GCAENgIAIABBACABIAIgAyAEEAcLPgBB4BggADYCAEHkGEEDNgIAQegYIAE2",
  "AgBB7BggAjYCAEHwGCADNgIAQfQYQQA2AgAgAEEAIAEgAiADEAgLCgAgACABIAIQOAsIACAAIAEQKQs4AEHgGCAANgIAQeQYQQA2",
  "AgBB6BhBADYCAEHsGEEANgIAQfAYQQA2AgBB9BhBADYCACAAQQAQCwtdAQN/IAAEfyAAKAIAQQVHBUEBCwRAIAAPC0EcEAwiAUEA",
  "QRz8CwAgAUEHNgIAIAAoAgQhAwNAIAIgA0kEQCABIAAoAgwgAkECdGooAgAQHyACQQFqIQIMAQsLIAELCAAgACABEBQLBgAgABAX",
  "CwkAIABB0CoQJgsHACAAKAIAC7cCAQR/QQAgASAABH8gACgCAEEGRwVBAQsbBH8gASgCAEEFRwVBAQsEQEEDDwsgASgCBCIDRQRA",
  "QQMPCwNAIAJBAWogA0kEQCAAIAEoAgwgAkECdGooAgAQICIABH8gACgCAEEGRwVBAQsEQEEADwsgAkEBaiECDAELCyABKAIMIANB",
  "AWtBAnRqKAIAIQNBHBAMIgRBAEEc/AsAIARBBjYCACAAKAIEIQJBACEBA0AgASACSQRAIAAoAgBBBk8EfyAAKAIYIAAoAgRHBUEA",
  "CwRAIAAQDgsgACgCDCABQQJ0aigCACIFIAMQEwRAIAAoAgBBBk8EfyAAKAIYIAAoAgRHBUEACwRAIAAQDgsgBCAFIAAoAhAgAUEC",
  "dGooAgAQFgsgAUEBaiEBDAELCyAAIARBHPwKAABBAAsIACAAQQEQNwu0AQEEf0EAIAEiAyAABH8gACgCAEEGRwVBAQsbBH8gAygC",
  "AEEFRwVBAQsEQEEDDwsgAygCBCIFRQRAQQMPCwNAIARBAWogBUkEQCAAIAMoAgwgBEECdGooAgAiBhAgIgEEfyABKAIAQQZHBUEB",
  "CwRAQRwQDCIBQQBBHPwLACABQQY2AgAgACAGIAEQFgsgASEAIARBAWohBAwBCwsgACADKAIMIAVBAWtBAnRqKAIAIAIQFkEACwYA",
  "IAAQDAsIACAAQQAQNwsGACAAJAALDgAjAEUEQBAAJAALIwALAgALCQAgACABNgIACwkAIAAgATYCDAsJACAAIAE2AgQLBwAgACgC",
  "CAtHAQF/IAUkACAEBEAgAyAEEFIiB0UEQEEAQZApECYLCxBXIgAgBzYCACAAIAI2AgQgACABNgIMIAAQASAAKAIIIAZBAUYQNwsI",
  "ACAAEAFBAAsEABAECwQAEAULCQAgAEEARyQCCwUAQeAYCwQAIwELWAACQAJAAkACQAJAAkACQAJAIAAoAgBBAWsOBwABAgMEBQYH",
  "C0HwJhAeDwtBkC0QHg8LQcAtEB4PC0HgLRAeDwtBgC4QHg8LQaAuEB4PC0HALhAeDwtBAAsRAEGIGEGQGCAAKAIAQQRGGwsRAEGI",
  "GEGQGCAAKAIAQQdGGwsRAEGIGEGQGCAAKAIAQQZGGwsRAEGIGEGQGCAAKAIAQQNGGwsRAEGIGEGQGCAAKAIAQQFGGwsRAEGIGEGQ",
  "GCAAKAIAQQJGGwsRAEGIGEGQGCAAKAIAQQVGGwvvBAMCfAJ/AX4gACABQfA0QdA1ECoEQEEADwsgACgCBEEBRwR/QQEFIAArAwgi",
  "A50gA2EgAyADoUQAAAAAAAAAAGFxCwR/IAEoAgRBAUcEf0EBBSABKwMIIgOdIANhIAMgA6FEAAAAAAAAAABhcQsFQQALRQRAIwIE",
  "QEGwNkHQKkEAQQAQEAtBAA8LIAEoAgRBAkYEf0EABSABKAIEBH8gASsDCEQAAAAAAAAAAGEFIAEpAwhQCwsEQCMCBEBBkDdB0CpB",
  "AEEAEBALQQAPCwJ/IAAoAgQEf0EBBSABKAIEC0UEQCABKQMIIgZCf1EEQEIAEA8MAgsgACkDCCAGgRAPDAELIAAoAgRBAUcEfyAB",
  "KAIEQQFHBUEACwRAIAAQFSABEBUQLxojAyIBKAIABH8gASAAKAIEQQJGBH8gACgCDEEARwUgACkDCEIAUwsQGwVCABAPCwwBCwJ8",
  "IAAoAgQiBEUEQCAAKQMIuQwBCyAEQQJGBEAgACgCCCIFKAIAQQFrIQQDQCAEQQBOBEAgAkQAAAAAAADwQaIgBCAFKAIASQR/IAVB",
  "BGogBEECdGooAgAFQQALuKAhAiAEQQFrIQQMAQsLIAKaIAIgACgCDBsMAQsgACsDCAsiAiACAnxEAAAAAAAAAAAhAiABKAIEIgBF",
  "BEAgASkDCLkMAQsgAEECRgRAIAEoAggiBCgCAEEBayEAA0AgAEEATgRAIAJEAAAAAAAA8EGiIAAgBCgCAEkEfyAEQQRqIABBAnRq",
  "KAIABUEAC7igIQIgAEEBayEADAELCyACmiACIAEoAgwbDAELIAErAwgLIgKjnSACoqEQGAsLGgAgACABQbArQaAsECoEQEEADwsg",
  "ACABEEwLDwBBiBhBkBggACABEBMbCxoAIAAgAUGwMUGQMhAqBEBBAA8LIAAgARBNC7IFAwV/AXwDfiAAKAIAQQNGBH8gASgCAEED",
  "RgVBAAsEQAJ/IAAoAgQEf0EBBSABKAIEC0UEQCAAKQMIIgggASkDCCIKfSEJIAggCoUgCCAJhYNCAFkEQCAJEA8MAgsLIAAoAgRB",
  "AUcEfyABKAIEQQFHBUEACwRAIAAQFSAAKAIEQQJGBH8gACgCDEEARwUgACkDCEIAUwsgARAVIAEoAgRBAkYEfyABKAIMQQBHBSAB",
  "KQMIQgBTC0UQTwwBCyAAIAFBARBOIgIEfyACBQJ8IAAoAgQiAkUEQCAAKQMIuQwBCyACQQJGBEAgACgCCCIDKAIAQQFrIQIDQCAC",
  "QQBOBEAgB0QAAAAAAADwQaIgAiADKAIASQR/IANBBGogAkECdGooAgAFQQALuKAhByACQQFrIQIMAQsLIAeaIAcgACgCDBsMAQsg",
  "ACsDCAsCfEQAAAAAAAAAACEHIAEoAgQiAEUEQCABKQMIuQwBCyAAQQJGBEAgASgCCCICKAIAQQFrIQADQCAAQQBOBEAgB0QAAAAA",
  "AADwQaIgACACKAIASQR/IAJBBGogAEECdGooAgAFQQALuKAhByAAQQFrIQAMAQsLIAeaIAcgASgCDBsMAQsgASsDCAuhEBgLCw8L",
  "IAAoAgBBB0YEfyABKAIAQQdGBUEACwRAQRwQDCIFQQBBHPwLACAFQQc2AgAgACgCBCEGA0AgAiAGSQRAIAAoAgBBBk8EfyAAKAIY",
  "IAAoAgRHBUEACwRAIAAQDgtBfyABIAAoAgwgAkECdGooAgAiAxAaIgQgBEEASBtBAEgEQCAFIAMQHwsgAkEBaiECDAELCyAFDwsg",
  "ACgCAEEDRgR/QQEFIAAoAgBBB0YLRQRAQeAuIAAQDUEADwsgASgCAEEDRgRAQeAvIAEQDUEADwtBwDAgARANQQALEgBBiBhBkBgg",
  "ACABEBNBAEwbCxIAQYgYQZAYIAAgARATQQBIGwtlAQF/IAIoAgAiA0EGRiADQQVGcgRAQZAYQYgYIAIgABAyIgAEfyAAIAEQEwVB",
  "AQsbDwsgA0EHRgRAQYgYQZAYIAAgARATBH9BAAVBfyACIAAQGiIAIABBAEgbQQBOCxsPC0GQGAvRAQECfyABKAIAIgNBB0YEQEGI",
  "GEGQGEF/IAEgABAaIgAgAEEASBtBAE4bDwsgA0EFRgRAIAEoAgQhAwNAIAIgA0kEQCABKAIMIAJBAnRqKAIAIAAQE0UEQEGIGA8L",
  "IAJBAWohAgwBCwtBkBgPCyADQQZGBEAgASgCBCEDA0AgAiADSQRAIAEoAgBBBk8EfyABKAIYIAEoAgRHBUEACwRAIAEQDgsgASgC",
  "ECACQQJ0aigCACAAEBNFBEBBiBgPCyACQQFqIQIMAQsLQZAYDwtBkBgLEgBBiBhBkBggACABEBNBAE4bCxIAQYgYQZAYIAAgARAT",
  "QQBKGwvDBAMCfwF8An4gACABQfAyQdAzECoEQEEADwsgASgCBEECRgR/QQAFIAEoAgQEfyABKwMIRAAAAAAAAAAAYQUgASkDCFAL",
  "CwRAIwIEQEGwNEHQKkEAQQAQEAtBAA8LAn8gACgCBAR/QQEFIAEoAgQLRQRAIAEpAwgiBUJ/USAAKQMIIgZCgICAgICAgICAf1Fx",
  "BH5CAQUgBiAFgQtQBEAgBiAFfxAPDAILCyAAKAIEQQFHBH8gASgCBEEBRwVBAAsEfyAAKAIEQQJGBH9BAQUgASgCBEECRgsFQQAL",
  "BEAgABAVIAEQFRAvIQIjAygCAEUEQCAAKAIEQQJGBH8gACgCDEEARwUgACkDCEIAUwshACACIAEoAgRBAkYEfyABKAIMQQBHBSAB",
  "KQMIQgBTCyAARxAbDAILCwJ8IAAoAgQiAkUEQCAAKQMIuQwBCyACQQJGBEAgACgCCCIDKAIAQQFrIQIDQCACQQBOBEAgBEQAAAAA",
  "AADwQaIgAiADKAIASQR/IANBBGogAkECdGooAgAFQQALuKAhBCACQQFrIQIMAQsLIASaIAQgACgCDBsMAQsgACsDCAsCfEQAAAAA",
  "AAAAACEEIAEoAgQiAEUEQCABKQMIuQwBCyAAQQJGBEAgASgCCCICKAIAQQFrIQADQCAAQQBOBEAgBEQAAAAAAADwQaIgACACKAIA",
  "SQR/IAJBBGogAEECdGooAgAFQQALuKAhBCAAQQFrIQAMAQsLIASaIAQgASgCDBsMAQsgASsDCAujEBgLC4kDAQJ/IAEEfyAALQAA",
  "QS1GBUEAC0EARyIDIAFPBEBBAA8LIAAgA2otAABBMEYEfyADQQFqBSADIQIDQCABIAJLBH8gACACai0AAEEwTwVBAAsEfyAAIAJq",
  "LQAAQTlNBUEACwRAIAJBAWohAgwBCwsgAiADRgRAQQAPCyACCyIDIAFJBH8gACADai0AAEEuRgVBAAsEQCADQQFqIQIDQCABIAJL",
  "BH8gACACai0AAEEwTwVBAAsEfyAAIAJqLQAAQTlNBUEACwRAIAJBAWohAgwBCwsgAiADQQFqRgRAQQAPCyACIQMLIAEgA0sEfyAA",
  "IANqLQAAQSByQeUARgVBAAsEfyAAIQIgA0EBaiIDIAFJBH8gACADai0AAEErRgR/QQEFIAAgA2otAABBLUYLBUEACwRAIANBAWoh",
  "AwsgAyEAA0AgACABSQR/IAAgAmotAABBME8FQQALBH8gACACai0AAEE5TQVBAAsEQCAAQQFqIQAMAQsLIAAgA0YEQEEADwsgAAUg",
  "AwsgAUYLjQUCAn8BfCAAKAIAIgJBAUYEQEIAEA8PCyACQQJGBEAgACgCBEEAR60QDw8LIAJBA0YEQCAADwsgAkEERgRAIAAoAggg",
  "ACgCBBAzIgIEQCACKAIEQQFHBH9BAQUgACgCCCAAKAIEEMUBCwR/IAIFAnwgAigCBCIARQRAIAIpAwi5DAELIABBAkYEQCACKAII",
  "IgEoAgBBAWshAANAIABBAE4EQCADRAAAAAAAAPBBoiAAIAEoAgBJBH8gAUEEaiAAQQJ0aigCAAVBAAu4oCEDIABBAWshAAwBCwsg",
  "A5ogAyACKAIMGwwBCyACKwMICxAYCw8LIAAoAgghAgJ/IAAoAgQiAAR/IAItAABBK0YEf0EBBSACLQAAQS1GCwVBAAsEQCACQQFq",
  "IQIgAEEBayEAC0EAQcw3KAIAQQF2IABHDQAaA0AgACABSwRAQQAgAUHMNygCAEEBdk8Ef0F/BSABQQF0QdA3ai8BAAtB/wFxIAEg",
  "AmotAABBIHJHDQIaIAFBAWohAQwBCwtBAQsEf0EBBQJ/QQAhAUEAIABB7DcoAgBBAXZHDQAaA0AgACABSwRAQQAgAUHsNygCAEEB",
  "dk8Ef0F/BSABQQF0QfA3ai8BAAtB/wFxIAEgAmotAABBIHJHDQIaIAFBAWohAQwBCwtBAQsLBH9BAQUCf0EAIQFBACAAQYw4KAIA",
  "QQF2Rw0AGgNAIAAgAUsEQEEAIAFBjDgoAgBBAXZPBH9BfwUgAUEBdEGQOGovAQALQf8BcSABIAJqLQAAQSByRw0CGiABQQFqIQEM",
  "AQsLQQELCwRAIwIEQEHAOEHQKkEAQQAQEAtBAA8LIwIEQEHgOUHQKkEAQQAQEAtBAA8LQdA6IAAQDUEAC7UFAgN+AX8gACgCAEED",
  "RwR/QQEFIAAoAgQLBEAgASAAECkPCyAAKQMIIgJCgJTr3AN/IgNCAX0gAyACQgBTBH8gAkKAlOvcA4FCAFIFQQALGyEEIAIgBEKA",
  "lOvcA359IQMgBCAEQoCjBX8iAkIBfSACIARCAFMEfyAEQoCjBYFCAFIFQQALGyICQoCjBX59IQQgAhA6Ix5CAFMjHkKPzgBVcgRA",
  "IAEgABApDwtBHhAMIQAjHiECQQMhAQNAIAFBAE4EQCAAIAFqIAJCCoFCMHw8AAAgAkIKfyECIAFBAWshAQwBCwsgAEEtOgAEIABB",
  "BWohBSMfIQJBASEBA0AgAUEATgRAIAEgBWogAkIKgUIwfDwAACACQgp/IQIgAUEBayEBDAELCyAAQS06AAcgAEEIaiEFIyAhAkEB",
  "IQEDQCABQQBOBEAgASAFaiACQgqBQjB8PAAAIAJCCn8hAiABQQFrIQEMAQsLIABB1AA6AAogAEELaiEFIARCkBx/IQJBASEBA0Ag",
  "AUEATgRAIAEgBWogAkIKgUIwfDwAACACQgp/IQIgAUEBayEBDAELCyAAQTo6AA0gAEEOaiEFIARCPH9CPIEhAkEBIQEDQCABQQBO",
  "BEAgASAFaiACQgqBQjB8PAAAIAJCCn8hAiABQQFrIQEMAQsLIABBOjoAECAAQRFqIQUgBEI8gSECQQEhAQNAIAFBAE4EQCABIAVq",
  "IAJCCoFCMHw8AAAgAkIKfyECIAFBAWshAQwBCwtBEyEBIANCAFIEQCAAQS46ABMgAEEUaiEFQQghAQNAIAFBAE4EQCABIAVqIANC",
  "CoFCMHw8AAAgA0IKfyEDIAFBAWshAQwBCwtBHSEBA0AgACABakEBay0AAEEwRgRAIAFBAWshAQwBCwsLIAAgAWpB2gA6AAAgACAB",
  "QQFqEBELgQMCBH8CfiAAIQICfyAAKAIAIgNBBUYEfyAAKAIEBUEACwRAIAAoAgwoAgAiAigCAEEDRwRAQcCWASACEA1BAQwCCyAA",
  "KAIEQQFLBEAgACgCDCgCBCIEKAIAQQRHBEBBsJcBIAQQDUEBDAMLIAQoAgghA0ECIAQoAgQiBEUiBQR/IAUFIARBA0YEfyADLQAA",
  "QdUARgVBAAsEfyADLQABQdQARgVBAAsEfyADLQACQcMARgVBAAsLRQ0CGgsFIANBA0cEQEGgmAEgABANQQEMAgsLIAIoAgQEQCMC",
  "BEBB4JkBQdAqQQBBABAQC0EBDAELIAIpAwgkIUEACyICQQFGBEBBAA8LIAJBAkYEQCABIAAQKQ8LIyEiBkKAlOvcA38iB0IBfSAH",
  "IAZCAFMEfyAGQoCU69wDgUIAUgVBAAsbIgZCgKMFfyIHQgF9IAcgBkIAUwR/IAZCgKMFgUIAUgVBAAsbEDpBAxAXIgAjHhAPEBQg",
  "ACMfEA8QFCAAIyAQDxAUIAALxQkCBX8JfiAAKAIAQQRHBEBB0JIBIAAQDUEADwsgACgCCCECAkAgACgCBCIDQRRJDQAgAi0ACiEE",
  "QQAhAAJ+A0AgAEEESQRAQn8gACACai0AACIFQTBJIAVBOUtyDQIaIAVBMGtB/wFxrSAHQgp+fCEHIABBAWohAAwBCwsgBwsiDEIA",
  "U0EAIQACfgNAIABBAkkEQEJ/IAJBBWogAGotAAAiBUEwSSAFQTlLcg0CGiAFQTBrQf8Bca0gCEIKfnwhCCAAQQFqIQAMAQsLIAgL",
  "IgtCAFdyIAtCDFVyQQAhAAJ+A0AgAEECSQRAQn8gAkEIaiAAai0AACIFQTBJIAVBOUtyDQIaIAVBMGtB/wFxrSAGQgp+fCEGIABB",
  "AWohAAwBCwsgBgsiDUIAV3IgDUIfVXJCACEGQQAhAAJ+A0AgAEECSQRAQn8gAkELaiAAai0AACIFQTBJIAVBOUtyDQIaIAVBMGtB",
  "/wFxrSAGQgp+fCEGIABBAWohAAwBCwsgBgsiCEIAU3IgCEIXVXJCACEGQQAhAAJ+A0AgAEECSQRAQn8gAkEOaiAAai0AACIFQTBJ",
  "IAVBOUtyDQIaIAVBMGtB/wFxrSAGQgp+fCEGIABBAWohAAwBCwsgBgsiCUIAU3IgCUI7VXJCACEGQQAhAAJ+A0AgAEECSQRAQn8g",
  "AkERaiAAai0AACIFQTBJIAVBOUtyDQIaIAVBMGtB/wFxrSAGQgp+fCEGIABBAWohAAwBCwsgBgsiCkIAU3IgCkI8VXIEf0EBBSAC",
  "LQAEQS1HCwR/QQEFIAItAAdBLUcLBH9BAQUgBEH0AEcgBEHUAEdxCwR/QQEFIAItAA1BOkcLBH9BAQUgAi0AEEE6RwsNAEIAIQZB",
  "EyEAIANBE0sEfyACLQATQS5GBUEACwRAQoDC1y8hB0EUIQADQCAAIANJBH8gACACai0AAEEwTwVBAAsEfyAAIAJqLQAAQTlNBUEA",
  "CwRAIAYgACACajEAAEIwfSAHfnwhBiAHQgp/IQcgAEEBaiEADAELCyAAQRRGDQELQgAhByAAIANPDQAgAyAAIAJqLQAAIgRB+gBG",
  "IARB2gBGcgR/IABBAWoFIARBLUYgBEErRnJFDQEgAEEGaiADSwR/QQEFIAAgAmotAANBOkcLDQEgAEEBaiEDAn4DQCABQQJJBEBC",
  "fyACIANqIAFqLQAAIgVBMEkgBUE5S3INAhogBUEwa0H/AXGtIAdCCn58IQcgAUEBaiEBDAELCyAHCyEOIABBBGohA0IAIQdBACEB",
  "IA4CfgNAIAFBAkkEQEJ/IAIgA2ogAWotAAAiBUEwSSAFQTlLcg0CGiAFQTBrQf8Bca0gB0IKfnwhByABQQFqIQEMAQsLIAcLIgeE",
  "QgBTDQEgDkKQHH4gB0I8fnxCf0IBIARBLUYbfiEHIABBBmoLRw0AIAwgC0ICV619IgwgDEKPA30gDEIAWRtCkAN/IQ4gCiALQn1C",
  "CSALQgJVG3xCmQF+QgJ8QgV/IA18IAwgDkKQA359IgpC7QJ+IApCBH98IApC5AB/fXwgDkKx9Qh+fELt9Ct9QoCjBX4gCEKQHH58",
  "IAlCPH58fCAHfSAGQcCVARBdDwsjAgRAQeCTAUHQKkEAQQAQEAtBAAv5AwEGfiAAKAIAQQNHBEBBsJoBIAAQDUEADwsgACgCBARA",
  "IwIEQEGAnAFB0CpBAEEAEBALQQAPCyABKAIAQQNHBEBB4JwBIAEQDUEADwsgASgCBARAIwIEQEHgnQFB0CpBAEEAEBALQQAPCyAC",
  "KAIAQQNHBEBBkJ8BIAIQDUEADwsgAigCBARAIwIEQEGQoAFB0CpBAEEAEBALQQAPCyADKAIAQQNHBEBBwKEBIAMQDUEADwsgAygC",
  "BARAIwIEQEHAogFB0CpBAEEAEBALQQAPCyAAKQMIIgRCgJTr3AN/IgVCAX0gBSAEQgBTBH8gBEKAlOvcA4FCAFIFQQALGyIGQoCj",
  "BX8iBUIBfSAFIAZCAFMEfyAGQoCjBYFCAFIFQQALGyIHEDogAikDCCMfQgF9fCIFQgx/IQggBSAIQgF9IAggBUIAUwR/IAVCDIFC",
  "AFIFQQALIgAbQgx+fUIBfCEFIx4gASkDCHwgCEIBfSAIIAAbfCAFQgJXrX0iCCAIQo8DfSAIQgBZG0KQA38hCSAGIAdCgKMFfn0g",
  "AykDCCMgIAggCUKQA359IgdC7QJ+IAdCBH98IAdC5AB/fSAFQn1CCSAFQgJVG3xCmQF+QgJ8QgV/fCAJQrH1CH58fELt9Ct9fEKA",
  "owV+fCAEIAZCgJTr3AN+fUHwowEQXQuGAwEIfyAAKAIAQQVHBEBBkIgBIAAQDUEADwsgACgCBCIEQQJ0EAwhBQNAIAEgBEkEQCAB",
  "QQJ0IgYgBWogACgCDCAGaigCACIIKAIAIQYCfyAIIAZBBEYNABogBkEHRwRAIAgQNAwBC0EAIAgoAgQiBkUNABogBkEBSwRAQaCJ",
  "AUHQKkEAQQAQEAsgCCgCAEEGTwR/IAgoAhggCCgCBEcFQQALBEAgCBAOCyAIKAIMKAIAIgYoAgBBBEYEfyAGBSAGEDQLCyIGNgIA",
  "IAYEfyAGKAIEBUGMGSgCAEEBdgsgA2ohAyABQQFqIQEMAQsLIAMQDCIGIQADQCACIARJBEAgBSACQQJ0aigCACIBBH8gACABKAII",
  "IAEoAgT8CgAAIAAgASgCBGoFQQAhAQNAIAFBjBkoAgBBAXYiB0gEQCAAIAFqIAEgB08Ef0F/BSABQQF0QZAZai8BAAs6AAAgAUEB",
  "aiEBDAELCyAAQYwZKAIAQQF2agshACACQQFqIQIMAQsLIAYgAxARCwoAIABBASABEGALCgAgAEEAIAEQYAugAQEEfyAAKAIAQQRH",
  "BEBB0PcAIAAQDUEADwsgASgCAEEERwRAQcD4ACABEA1BAA8LIAEoAgQiAiAAKAIEIgRNBH8gACgCCCAEaiACayEFIAEoAgghBAJ/",
  "A0AgAiADSwRAQQAgAyAFai0AACADIARqLQAARw0CGiADQQFqIQMMAQsLQQELBUEACwRAIAAoAgggACgCBCABKAIEaxARDwsgAAuu",
  "AwEHfyAAKAIAQQRHBEBBsPkAIAAQDUEADwsgACgCCCEDIAAoAgQhAANAIAAgAksEfyADIAIQGSIBQYDgAEYgAUGowABGIQUgAUGF",
  "AUYhBiABQSBGBH9BAQUgAUENTSABQQlPcQsgBnIgAUGgAUZyIAFBgC1GcgR/QQEFIAFBisAATSABQYDAAE9xCyAFciABQanAAEZy",
  "IAFBr8AARnIgAUHfwABGcnIFQQALBEACf0EBIAIgA2otAAAiAUGAAUkNABpBAiABQeABSQ0AGkEDIAFB8AFJDQAaQQQLIAJqIQIM",
  "AQsLA0AgACACSwRAAkAgAEEBayEBA0AgASACSwR/IAEgA2otAABBwAFxQYABRgVBAAsEQCABQQFrIQEMAQsLIAMgARAZIgRBgOAA",
  "RiAEQajAAEYhBiAEQYUBRiEHIARBIEYEf0EBBSAEQQ1NIARBCU9xCyAHciAEQaABRnIgBEGALUZyBH9BAQUgBEGKwABNIARBgMAA",
  "T3ELIAZyIARBqcAARnIgBEGvwABGciAEQd/AAEZyckUNACABIQAMAgsLCyACIANqIAAgAmsQEQtGAQF/IAAoAgBBBEcEQEGQ9AAg",
  "ABANQQAPCyABKAIAQQRHBEBBgPUAIAEQDUEADwsgACgCCCICIAJBACAAKAIEIAEQXxARC50BAQR/IAAoAgBBBEcEQEHw9QAgABAN",
  "QQAPCyABKAIAQQRHBEBB4PYAIAEQDUEADwsgASgCBCIDIAAoAgRNBH8gACgCCCEEIAEoAgghBQJ/A0AgAiADSQRAQQAgAiAEai0A",
  "ACACIAVqLQAARw0CGiACQQFqIQIMAQsLQQELBUEACwRAIAEoAgQiASAAKAIIaiAAKAIEIAFrEBEPCyAAC04BAX8gACgCAEEERwRA",
  "QbDyACAAEA1BAA8LIAEoAgBBBEcEQEGg8wAgARANQQAPCyAAKAIIIgIgAiAAKAIEIgAgARBeIgFqIAAgAWsQEQtWAQJ/IAAoAgBB",
  "BEcEQEHQ8AAgABANQQAPCyABKAIAQQRHBEBBwPEAIAEQDUEADwsgACgCCCICIAAoAgQiAyABEF4iACACaiACIAAgAyABEF8gAGsQ",
  "EQu9BgMCfAR/A34gACgCAEEERwRAQbD/ACAAEA1BAA8LIAEoAgBBA0cEQEGggAEgARANQQAPCyABKAIEQQFHBH9BAQUgASsDCCIE",
  "nSAEYSAEIAShRAAAAAAAAAAAYXELRQRAIwIEQEGQgQFB0CpBAEEAEBALQQAPCyACKAIAQQNHBEBBwIIBIAIQDUEADwsgAigCBEEB",
  "RwR/QQEFIAIrAwgiBJ0gBGEgBCAEoUQAAAAAAAAAAGFxC0UEQCMCBEBBsIMBQdAqQQBBABAQC0EADwsCfCACKAIEIgVFBEAgAikD",
  "CLkMAQsgBUECRgRAIAIoAggiCCgCAEEBayEFA0AgBUEATgRAIANEAAAAAAAA8EGiIAUgCCgCAEkEfyAIQQRqIAVBAnRqKAIABUEA",
  "C7igIQMgBUEBayEFDAELCyADmiADIAIoAgwbDAELIAIrAwgL/AYhCgJ8RAAAAAAAAAAAIQMgASgCBCICRQRAIAEpAwi5DAELIAJB",
  "AkYEQCABKAIIIgUoAgBBAWshAgNAIAJBAE4EQCADRAAAAAAAAPBBoiACIAUoAgBJBH8gBUEEaiACQQJ0aigCAAVBAAu4oCEDIAJB",
  "AWshAgwBCwsgA5ogAyABKAIMGwwBCyABKwMIC/wGIglCAFMEQCMCBEBB4IQBQdAqQQBBABAQC0EADwsgACgCCCEBIAAoAgQhAEEA",
  "IQIDQCAAIAJLBEAgBkEBaiAGIAEgAmotAABBwAFxQYABRxshBiACQQFqIQIMAQsLIAatIgsgCVcEQCABQQAQEQ8LIAmnIQVBACEC",
  "A0AgBSAHSyAAIAJLcQRAAn9BASABIAJqLQAAIgZBgAFJDQAaQQIgBkHgAUkNABpBAyAGQfABSQ0AGkEECyACaiECIAdBAWohBwwB",
  "CwsgAiAAIAAgAksbIQUgCkIAUyAJIAp8IAtZcgRAIAEgBWogACAFaxARDwsgCSAKfKchB0EAIQJBACEGA0AgBiAHSSAAIAJLcQRA",
  "An9BASABIAJqLQAAIghBgAFJDQAaQQIgCEHgAUkNABpBAyAIQfABSQ0AGkEECyACaiECIAZBAWohBgwBCwsgASAFaiACIAAgACAC",
  "SxsgBWsQEQuLAQECfyAAKAIAQQRHBEBB0OkAIAAQDUEADwsgASgCAEEERwRAQcDqACABEA1BAA8LQYgYQZAYIAEoAgQiAiAAKAIE",
  "TQR/IAAoAgghAyABKAIIIQFBACEAAn8DQCAAIAJJBEBBACAAIANqLQAAIAAgAWotAABHDQIaIABBAWohAAwBCwtBAQsFQQALGwvn",
  "AgEIfyAAKAIAQQRHBEBB8O4AIAAQDUEADwsgASgCAEEERwRAQeDvACABEA1BAA8LQQAQFyEDIAAoAgghBSAAKAIEIQYgASgCBCIJ",
  "RQRAQQAhAANAIAAgBkkEQAJ/QQEgACAFaiIBLQAAIgJBgAFJDQAaQQIgAkHgAUkNABpBAyACQfABSQ0AGkEECyECIAMgASACEBEQ",
  "FCAAIAJqIQAMAQsLIAMPC0EAIQADQCABKAIIIQcgACECAkAgCUUNACAGIAlJBEBBfyECDAELA0AgAiAJaiAGTQRAIAIgBWoiCC0A",
  "ACAHLQAARgR/QQAhBAJ/A0AgBCAJSQRAQQAgBCAIai0AACAEIAdqLQAARw0CGiAEQQFqIQQMAQsLQQELBUEACw0CIAJBAWohAgwB",
  "CwtBfyECCyACQQBOBEAgAyAAIAVqIAIgAGsQERAUIAIgCWohAAwBCwsgAyAAIAVqIAYgAGsQERAUIAML0QcBCn8gACgCAEEERwRA",
  "QaD6ACAAEA1BAA8LIAEoAgBBBEcEQEGQ+wAgARANQQAPCyACKAIAQQRHBEBBgPwAIAIQDUEADwsgACgCCCEHIAAoAgQhBiABKAIE",
  "IghFBEBBACEBQQAhAANAIAAgBkkEQCABQQFqIAEgACAHai0AAEHAAXFBgAFHGyEBIABBAWohAAwBCwsgBiACKAIEIgMgAUEBamxq",
  "IgQQDCIFIQBBACEBA0AgACACKAIIIAP8CgAAIAEgBkkEQCAAIANqIQACf0EBIAEgB2oiCC0AACIJQYABSQ0AGkECIAlB4AFJDQAa",
  "QQMgCUHwAUkNABpBBAshCSAAIAggCfwKAAAgACAJaiEAIAEgCWohAQwBCwsgBSAEEBEPCyABKAIIIQkCQCAIRQ0AIAYgCEkEQEF/",
  "IQMMAQsDQCADIAhqIAZNBEAgAyAHaiIKLQAAIAktAABGBH9BACEEAn8DQCAEIAhJBEBBACAEIApqLQAAIAQgCWotAABHDQIaIARB",
  "AWohBAwBCwtBAQsFQQALDQIgA0EBaiEDDAELC0F/IQMLA0AgA0EATgRAIAVBAWohBSABKAIIIQkgAyAIaiEDAkAgCEUNACAGIAhJ",
  "BEBBfyEDDAELA0AgAyAIaiAGTQRAIAMgB2oiCi0AACAJLQAARgR/QQAhBAJ/A0AgBCAISQRAQQAgBCAKai0AACAEIAlqLQAARw0C",
  "GiAEQQFqIQQMAQsLQQELBUEACw0CIANBAWohAwwBCwtBfyEDCwwBCwsgBUUEQCAADwsgBiAFIAhsayAFIAIoAgRsaiIJEAwiCiEA",
  "QQAhBSABKAIIIQtBACEDAkAgCEUNACAGIAhJBEBBfyEDDAELA0AgAyAIaiAGTQRAIAMgB2oiDC0AACALLQAARgR/QQAhBAJ/A0Ag",
  "BCAISQRAQQAgBCAMai0AACAEIAtqLQAARw0CGiAEQQFqIQQMAQsLQQELBUEACw0CIANBAWohAwwBCwtBfyEDCwNAIANBAE4EQCAA",
  "IAUgB2ogAyAFayIE/AoAACAAIARqIgAgAigCCCACKAIE/AoAACAAIAIoAgRqIQAgASgCCCELIAMgCGoiBSEDAkAgCEUNACAGIAhJ",
  "BEBBfyEDDAELA0AgAyAIaiAGTQRAIAMgB2oiDC0AACALLQAARgR/QQAhBAJ/A0AgBCAISQRAQQAgBCAMai0AACAEIAtqLQAARw0C",
  "GiAEQQFqIQQMAQsLQQELBUEACw0CIANBAWohAwwBCwtBfyEDCwwBCwsgACAFIAdqIAYgBWv8CgAAIAogCRARC68CAQd/IAAoAgBB",
  "BEcEQEHw/AAgABANQQAPCyABKAIAQQRHBEBB4P0AIAEQDUEADwsgASgCBEUEQCMCBEBB0P4AQdAqQQBBABAQC0EADwsCfyAAKAII",
  "IQcgACgCBCEFIAEoAgghBkEAIAEoAgQiA0UNABpBfyADIAVLDQAaA0AgAiADaiAFTQRAIAIgAiAHaiIILQAAIAYtAABGBH9BACEB",
  "An8DQCABIANJBEBBACABIAhqLQAAIAEgBmotAABHDQIaIAFBAWohAQwBCwtBAQsFQQALDQIaIAJBAWohAgwBCwtBfwsiAUEASARA",
  "Qn8QDw8LIAAoAgghAkEAIQADQCAAIAFJBEAgBEEBaiAEIAAgAmotAABBwAFxQYABRxshBCAAQQFqIQAMAQsLIAStEA8LqAQDBX8C",
  "fgF8IAAgAUGwhQFBoIYBECoEQEEADwsgASgCBAR+QgAFIAEpAwgLIgdCCFIgB0ICUnEgB0IKUnEgB0IQUnEEQCMCBEBBkIcBQdAq",
  "QQBBABAQC0EADwsgACgCBCIBQQAgAUEBRxsEQCAHpyABQQJGBH8gACgCDEEARwUgACkDCEIAUwshBCAAEBUhAq0QIiEFIAIoAgBB",
  "BXRBIWoiARAMIQMgASEAA0AgAiAFEC8hAiADIABBAWsiAGojAyIGKAIABH8gBigCBAVBAAsiBkGsGCgCAEEBdk8Ef0F/BSAGQQF0",
  "QbAYai8BAAs6AAAgAigCAA0ACyAEBEAgAyAAQQFrIgBqQS06AAALIAAgA2ogASAAaxARDwsgACgCBCIBBH4CfCABRQRAIAApAwi5",
  "DAELIAFBAkYEQCAAKAIIIgIoAgBBAWshAQNAIAFBAE4EQCAJRAAAAAAAAPBBoiABIAIoAgBJBH8gAkEEaiABQQJ0aigCAAVBAAu4",
  "oCEJIAFBAWshAQwBCwsgCZogCSAAKAIMGwwBCyAAKwMIC538BgUgACkDCAsiCEIAUyEBQgAgCH0gCCABGyEIQcIAEAwhAkHCACEA",
  "A0AgAiAAQQFrIgBqIAggB4KnIgNBrBgoAgBBAXZPBH9BfwUgA0EBdEGwGGovAQALOgAAIAggB4AiCEIAUg0ACyABBEAgAiAAQQFr",
  "IgBqQS06AAALIAAgAmpBwgAgAGsQEQuTAQECfyAAKAIAQQRHBEBBsOsAIAAQDUEADwsgASgCAEEERwRAQaDsACABEA1BAA8LQYgY",
  "QZAYIAEoAgQiAiAAKAIEIgNNBH8gACgCCCADaiACayEDIAEoAgghAUEAIQACfwNAIAAgAkkEQEEAIAAgA2otAAAgACABai0AAEcN",
  "AhogAEEBaiEADAELC0EBCwVBAAsbC9YBAQV/IAAoAgBBBEcEQEHw5wAgABANQQAPCyABKAIAQQRHBEBB4OgAIAEQDUEADwsgACgC",
  "CCEFIAAoAgQhAyABKAIIIQRBACEAAkAgASgCBCICRQ0AIAIgA0sEQEF/IQAMAQsDQCAAIAJqIANNBEAgACAFaiIGLQAAIAQtAABG",
  "BH9BACEBAn8DQCABIAJJBEBBACABIAZqLQAAIAEgBGotAABHDQIaIAFBAWohAQwBCwtBAQsFQQALDQIgAEEBaiEADAELC0F/IQAL",
  "QYgYQZAYIABBAE4bC8sCAQZ/IAAoAgBBBEcEQEHA4wAgABANQQAPCyABKAIAQQVGBH9BAQUgASgCAEEHRgtFBEBBsOQAIAEQDUEA",
  "DwsgASgCBCIFBH8gACgCBCAFQQFrbAVBAAshBgNAIAIgBUkEQCABKAIAQQZPBH8gASgCGCABKAIERwVBAAsEQCABEA4LIAEoAgwg",
  "AkECdGooAgAiAygCAEEERwRAQbDlAEHQ5gAgASADEDsaQQAPCyAGIAMoAgRqIQYgAkEBaiECDAELCyAGEAwiBCECA0AgBSAHSwRA",
  "IAcEQCACIAAoAgggACgCBPwKAAAgAiAAKAIEaiECCyABKAIAQQZPBH8gASgCGCABKAIERwVBAAsEQCABEA4LIAIgASgCDCAHQQJ0",
  "aigCACIDKAIIIAMoAgT8CgAAIAIgAygCBGohAiAHQQFqIQcMAQsLIAQgBhARC94EAQR/IAEoAgAiA0EERgR/IABB/wFxIgRB9gBG",
  "IARB8wBGcgVBAAsEQCACBEAgAiABKAIIIAEoAgT8CgAACyABKAIEDwsgAEH/AXFB8QBGIANBBEZxBEAgASgCCCEFIAEoAgQhBEEC",
  "IQBBACEBAkADQCABIARJBEBBfyEDIAEgBWotAAAiBkEgSSAGQf4AS3INAiAAQQJBASAGQdwARiAGQSJGchtqIQAgAUEBaiEBDAEL",
  "CyAAIQMgAkUNACACQQFqIQAgAkEiOgAAQQAhAgNAIAIgBEkEQCACIAVqLQAAIgZB3ABGIAZBIkZyBH8gAEHcADoAACAAQQFqBSAA",
  "CyIBQQFqIQAgASAGOgAAIAJBAWohAgwBCwsgAEEiOgAACyADDwsgA0EDRgR/IAEoAgRBAUcFQQALBH8gAEH/AXEiBEH2AEYgBEHk",
  "AEZyBH9BAQUgAEH/AXFB8wBGBH8gASgCBAVBAAsLBUEACwRAIAEgASgCBEECRgR/IAEoAggoAgBBCmxBBGoFQcAACxAMIgAQSyEB",
  "IAIEQCACIAAgAfwKAAALIAEPCyAAQf8BcUH2AEYgA0ECRnEEQCABKAIEQQBHIQEgAgRAQbAmQdAmIAEbIQNBACEAA0AgA0EUaygC",
  "EEEBdiIEIABKBEAgACACaiAAIARPBH9BfwUgAyAAQQF0ai8BAAs6AAAgAEEBaiEADAELCwtBBEEFIAEbDwsgA0EGRiADQQVGciAD",
  "QQdGciAAQf8BcUH2AEZxBEAgARA0IQAgAgRAIAIgACgCCCAAKAIE/AoAAAsgACgCBA8LQX8LWwEBfyAAKAIAQQRGBH8gASgCAEEF",
  "RgVBAAsEQCAAKAIIIAAoAgQgAUEAEGIiA0EATgRAIAMQDCECIAAoAgggACgCBCABIAIQYhogAiADEBEPCwsgAiAAIAEQOAtWAQJ/",
  "IAAoAgBBBkYEQCAAKAIEIQQDQCADIARJBEAgACADEDEoAgBBBEcEQCMCBEBB0IoBQdAqQQBBABAQC0EADwsgA0EBaiEDDAELCwsg",
  "AiAAIAEQOAvPAQICfwF8IAAoAgBBA0YEfyAAKAIEIgFBAUYEf0QAAAAAAADgPwJ8IAFFBEAgACkDCLkMAQsgAUECRgRAIAAoAggi",
  "AigCAEEBayEBA0AgAUEATgRAIANEAAAAAAAA8EGiIAEgAigCAEkEfyACQQRqIAFBAnRqKAIABUEAC7igIQMgAUEBayEBDAELCyAD",
  "miADIAAoAgwbDAELIAArAwgLIgOhnJogA0QAAAAAAADgP6CcIANEAAAAAAAAAABjGxAYBSAACwVB4DwgABANQQALC8ABAQJ+IAAo",
  "AgBBA0cEQEGwPyAAEA1BAA8LIAEoAgBBA0cEQEGwwAAgARANQQAPCyAAKAIEBEAjAgRAQbDBAEHQKkEAQQAQEAtBAA8LIAEoAgQE",
  "QCMCBEBB4MIAQdAqQQBBABAQC0EADwsgACkDCCECIAEpAwghA0EAEBchACACIANXBEADQCACIANXBEAgACACEA8QFCACQgF8IQIM",
  "AQsLBQNAIAIgA1kEQCAAIAIQDxAUIAJCAX0hAgwBCwsLIAALqwECAn8BfCAAKAIAQQNGBH8gACgCBEEBRwR/IAAFAnwgACgCBCIB",
  "RQRAIAApAwi5DAELIAFBAkYEQCAAKAIIIgIoAgBBAWshAQNAIAFBAE4EQCADRAAAAAAAAPBBoiABIAIoAgBJBH8gAkEEaiABQQJ0",
  "aigCAAVBAAu4oCEDIAFBAWshAQwBCwsgA5ogAyAAKAIMGwwBCyAAKwMIC5wQGAsFQcA+IAAQDUEACwurAQICfwF8IAAoAgBBA0YE",
  "fyAAKAIEQQFHBH8gAAUCfCAAKAIEIgFFBEAgACkDCLkMAQsgAUECRgRAIAAoAggiAigCAEEBayEBA0AgAUEATgRAIANEAAAAAAAA",
  "8EGiIAEgAigCAEkEfyACQQRqIAFBAnRqKAIABUEAC7igIQMgAUEBayEBDAELCyADmiADIAAoAgwbDAELIAArAwgLmxAYCwVB0D0g",
  "ABANQQALC6sDAgJ/AXwgACgCAEEDRgR/An8gACgCBCIBQQFHBEAgAUECRgR/IAAoAgwFIAApAwhCAFMLBH8CfyAAKAIEBH9BAAUg",
  "ACkDCEKAgICAgICAgIB/UgsEQEIAIAApAwh9EA8MAQsgACgCBEEBRwRAIAAQFSAAKAIEQQJGBH8gACgCDEEARwUgACkDCEIAUwtF",
  "EBsMAQsCfCAAKAIEIgFFBEAgACkDCLkMAQsgAUECRgRAIAAoAggiAigCAEEBayEBA0AgAUEATgRAIANEAAAAAAAA8EGiIAEgAigC",
  "AEkEfyACQQRqIAFBAnRqKAIABUEAC7igIQMgAUEBayEBDAELCyADmiADIAAoAgwbDAELIAArAwgLmhAYCwUgAAsMAQsCfCAAKAIE",
  "IgFFBEAgACkDCLkMAQsgAUECRgRAIAAoAggiAigCAEEBayEBA0AgAUEATgRAIANEAAAAAAAA8EGiIAEgAigCAEkEfyACQQRqIAFB",
  "AnRqKAIABUEAC7igIQMgAUEBayEBDAELCyADmiADIAAoAgwbDAELIAArAwgLmRAYCwVBgDwgABANQQALC6UFAQx/IAJCADcAACAC",
  "QgA3AAhBEBAMIQogAUECTwR/IAAtAABBOkYFQQALBH8gAC0AAUE6RgVBAAsEf0ECIQVBAAVBfwshAwJAA0AgASAFSwRAAkAgBEEI",
  "Tg0DQQAhDEEAIQkgBSEGA0AgCUEESSENIAEgBUsEfyAAIAVqLQAAIg5BMGshCwJAIA5BOU0gDkEwT3ENACAOQdcAayELIA5B5gBN",
  "IA5B4QBPcQ0AIA5BN2shCyAOQcYATSAOQcEAT3ENAEF/IQsLIAtBAE4FQQALIA1xBEAgDEEEdCEMIAAgBWotAAAiDUEwayELAkAg",
  "DUE5TSANQTBPcQ0AIA1B1wBrIQsgDUHmAE0gDUHhAE9xDQAgDUE3ayELIA1BxgBNIA1BwQBPcQ0AQX8hCwsgCyAMciEMIAVBAWoh",
  "BSAJQQFqIQkMAQsLIAEgBUsEfyAAIAVqLQAAQS5GBUEACwRAIARBBkoEf0EABSAAIAZqIAEgBmsgCiAEQQF0ahBjC0UNBCAKIARB",
  "AXRqIgAtAAIhASAALQADIQUgACAALQABIAAtAABBCHRyOwEAIAogBEEBakEBdGogAUEIdCAFcjsBACAEQQJqIQQMAQsgCUUNAyAK",
  "IARBAXRqIAw7AQAgBEEBaiEEIAEgBUYNACAAIAVqLQAAQTpHDQMgBUEBaiIFIAFJBH8gACAFai0AAEE6RgVBAAsEQCADQQBODQQg",
  "BCEDIAVBAWohBQUgASAFRg0ECwwCCwsLIARBCEcgA0EASHENACAEQQdKIANBAE5xDQBBCCAEayEAA0AgBCAISgRAIAIgACAHaiAH",
  "IAMgCEYbIgFBAXRqIgUgCiAIQQF0ai8BACIGQQh2OgAAIAUgBjoAASABQQFqIQcgCEEBaiEIDAELC0EBDwtBAAv/AQEEfyAAKAIA",
  "QQRHBEBB4KQBIAAQDUEADwsgASgCAEEERwRAQeCkASABEA1BAA8LQRAQDCECQRAQDCEDIAAgAhBkRQRAIAAoAgghASAAKAIEIQAj",
  "AgRAQeClAUHQKiABIAAQEAtBAA8LIyIjIyEEIAEgAxBkRQRAIAEoAgghACABKAIEIQEjAgRAQdCmAUHQKiAAIAEQEAtBAA8LIyJH",
  "BEBBkBgPC0GIGEGQGCMjIAROBH9BACEBAn8DQCABIARIBEBBAEGAASABQQdxdiIAIAFBA3UiBSACai0AAHEgAyAFai0AACAAcUcN",
  "AhogAUEBaiEBDAELC0EBCwVBAAsbC/gFAQx/IAAkGEEAJBcgAUECakEEdBAMJBZBACQZIxYjF0EEdGoiAEEANgIAIABBADYCBCAA",
  "QQA2AgggAEEANgIMIxciAEEBaiQXQQAgASAAEGUiBEEASARAQQAPCyMXQQJ0EAwkGyMbQf8BIxdBAnT8CwAjF0EBdEECakECdBAM",
  "JBwjF0ECdBAMIQAjF0ECdBAMIQFBACQdIABBACAEEGYhBwNAIAdBAEogAyAKS3EEQCACIAoQGSELIAIgCmotAAAiBEGAAUkEf0EB",
  "BSAEQeABSQR/QQIFQQNBBCAEQfABSRsLCyAKaiEKQQAhBQJAIxVFDQAjFSgCBCEEQQAhBgNAIAQgBksEQEEBIQUjFSgCDCAGQQJ0",
  "aigCACIIKAIEBH8gCCgCCEEAEBkgC0YFQQALDQIgBkEBaiEGDAELC0EAIQULIAUhCCMdQQFqJB1BACEEQQAhDANAIAcgDEoEQCMW",
  "IAAgDEECdGooAgAiBkEEdGoiCSgCACENIAkoAgwhBSANQQFGBH8gCyAJKAIERgUgDUECRgR/IAhFBSANQQNGBH8gBiEFIAhFBSAN",
  "QQRGBH8gBiEFQQEFIA1BBUYiCSANQQZGcgR/IxYgBkEEdGoiBigCCCEPIAYoAgQhBiAJAn8DQCAGIA9JBEAjGCAGEBkiDSEJIxgg",
  "BmotAAAiDkGAAUkEf0EBBSAOQeABSQR/QQIFQQNBBCAOQfABSRsLCyAGaiIGQQFqIA9JBH8jGCAGai0AAEEtRgVBAAsEQCMYIAZB",
  "AWoQGSEJIAYjGCAGai0AASIGQYABSQR/QQEFIAZB4AFJBH9BAgVBA0EEIAZB8AFJGwsLQQFqaiEGC0EBIAkgC08gCyANT3ENAhoM",
  "AQsLQQALRgVBAAsLCwsLBEAgASAEIAUQZiEECyAMQQFqIQwMAQsLIAAgASEAIQEgBCEHDAELC0EAIQEDQCABIAdIBEAjFiAAIAFB",
  "AnRqKAIAQQR0aigCAEUEQEEBDwsgAUEBaiEBDAELC0EAC8sDAQZ/IAAoAgBBBEcEQEHwiwEgABANQQAPCyABKAIAIghBBUcgCEEB",
  "R3EEQEHgjAEgARANQQAPCyAIQQVGBEADQCAFIAEoAgRJBEAgASgCDCAFQQJ0aigCACIDKAIAIgRBBEcEQCMCBEBB8I0BAn8CQAJA",
  "AkACQAJAAkACQCAEQQFrDgYAAQIDBAUGC0HwJgwGC0GQLQwFC0HALQwEC0HgLQwDC0GALgwCC0GgLgwBC0HALgtBAEEAEBALQQAP",
  "CyADKAIIIQYgAygCBCEHQQAhA0EAIQQDQCAEIAdJBEAgA0EBaiADIAQgBmotAABBwAFxQYABRxshAyAEQQFqIQQMAQsLIANBAUcE",
  "QCMCBEBBoI8BQdAqQQBBABAQC0EADwsgBUEBaiEFDAELCwsgAigCAEEERwRAQdCQASACEA1BAA8LIAhBAUYEQEEAJBUFIAhBBUYE",
  "QCABKAIEBEAgASQVBUEBEBckFSMVQawZQQEQERAUCwVBAA8LC0EAJBogACgCCCAAKAIEIAIoAgggAigCBCMARQRAEAAkAAsjACEE",
  "EOcBIQAgBCQAIxoEQCMCBEBBwJEBQdAqQQBBABAQC0EADwtBiBhBkBggABsLFAEBf0EIEBciASAAQQAQFxBnIAEL5QEBBX8gACgC",
  "AEEHRwRAQbDSACAAEA1BAA8LQRwQDCIBQQBBHPwLACABQQc2AgAgACgCBCEDA0AgAiADSQRAIAAoAgBBBk8EfyAAKAIYIAAoAgRH",
  "BUEACwRAIAAQDgsgACgCDCACQQJ0aigCACIEKAIAIgVBB0cEQCMCBEBBkNMAAn8CQAJAAkACQAJAAkACQCAFQQFrDgYAAQIDBAUG",
  "C0HwJgwGC0GQLQwFC0HALQwEC0HgLQwDC0GALgwCC0GgLgwBC0HALgtBAEEAEBALQQAPCyABIAQQPCACQQFqIQIMAQsLIAELUgEB",
  "fyAAKAIAQQdHBEBB8NAAIAAQDUEADwsgASgCAEEHRwRAQdDRACABEA1BAA8LQRwQDCICQQBBHPwLACACQQc2AgAgAiAAEDwgAiAB",
  "EDwgAgvaAgEDfyAAKAIAQQdHBEBBoNQAIAAQDUEADwsgACgCBCIDRQRAQRwQDCIAQQBBHPwLACAAQQc2AgAgAA8LA0AgASADSQRA",
  "IAAoAgBBBk8EfyAAKAIYIAAoAgRHBUEACwRAIAAQDgsgACgCDCABQQJ0aigCACgCACICQQdHBEAjAgRAQZDVAAJ/AkACQAJAAkAC",
  "QAJAAkAgAkEBaw4GAAECAwQFBgtB8CYMBgtBkC0MBQtBwC0MBAtB4C0MAwtBgC4MAgtBoC4MAQtBwC4LQQBBABAQC0EADwsgAUEB",
  "aiEBDAELCyAAKAIAQQZPBH8gACgCGCAAKAIERwVBAAsEQCAAEA4LIAAoAgwoAgAhAkEBIQEDQCABIANJBEAgACgCAEEGTwR/IAAo",
  "AhggACgCBEcFQQALBEAgABAOCyACIAAoAgwgAUECdGooAgAQaCECIAFBAWohAQwBCwsgAgs0ACAAKAIAQQZHBEBBkNgAIAAQDUEA",
  "DwsgASgCAEEGRwRAQZDZACABEA1BAA8LIAAgARBpC8wCAQV/IAAoAgBBBkcEQEGQ2gAgABANQQAPCyABKAIAIgNBB0cgA0EFR3Eg",
  "A0EGR3EEQEGQ2wAgARANQQAPC0EcEAwiBEEAQRz8CwAgBEEHNgIAIAEoAgQhAwNAIAIgA0kEQCABKAIAQQZPBH8gASgCGCABKAIE",
  "RwVBAAsEQCABEA4LIAQgASgCDCACQQJ0aigCABAfIAJBAWohAgwBCwtBHBAMIgJBAEEc/AsAIAJBBjYCACAAKAIEIQVBACEBA0Ag",
  "ASAFSQRAIAAoAgBBBk8EfyAAKAIYIAAoAgRHBUEACwRAIAAQDgtBfyAEIAAoAgwgAUECdGooAgAiAxAaIgYgBkEASBtBAEgEQCAA",
  "KAIAQQZPBH8gACgCGCAAKAIERwVBAAsEQCAAEA4LIAIgAyAAKAIQIAFBAnRqKAIAEBYLIAFBAWohAQwBCwsgAgt9AQN/IAAoAgBB",
  "BkcEQEGg1wAgABANQQAPC0EcEAwiAUEAQRz8CwAgAUEHNgIAIAAoAgQhAwNAIAIgA0kEQCAAKAIAQQZPBH8gACgCGCAAKAIERwVB",
  "AAsEQCAAEA4LIAEgACgCDCACQQJ0aigCABAfIAJBAWohAgwBCwsgAQuHAQEDfyAAKAIAQQZHBEBBsNYAIAAQDUEADwsgASgCAEEF",
  "RgRAIAEoAgQhBQNAIAMgBUkEQCAAKAIAIgRBBUcgBEEGR3EgBEEHR3EEQCACDwsgACABKAIMIANBAnRqKAIAEDIiAEUEQCACDwsg",
  "A0EBaiEDDAELCyAADwsgACABECAiACACIAAbC6kEAwJ8An8DfiAAKAIAQQVHBEBBkN4AIAAQDUEADwsgASgCAEEDRwRAQYDfACAB",
  "EA1BAA8LIAEoAgRBAUcEf0EBBSABKwMIIgSdIARhIAQgBKFEAAAAAAAAAABhcQtFBEAjAgRAQfDfAEHQKkEAQQAQEAtBAA8LIAIo",
  "AgBBA0cEQEGg4QAgAhANQQAPCyACKAIEQQFHBH9BAQUgAisDCCIEnSAEYSAEIAShRAAAAAAAAAAAYXELRQRAIwIEQEGQ4gBB0CpB",
  "AEEAEBALQQAPCwJ8IAEoAgQiBUUEQCABKQMIuQwBCyAFQQJGBEAgASgCCCIGKAIAQQFrIQUDQCAFQQBOBEAgA0QAAAAAAADwQaIg",
  "BSAGKAIASQR/IAZBBGogBUECdGooAgAFQQALuKAhAyAFQQFrIQUMAQsLIAOaIAMgASgCDBsMAQsgASsDCAuc/AYiB0IAIAdCAFkb",
  "IQcgADUCBCIIAnxEAAAAAAAAAAAhAyACKAIEIgFFBEAgAikDCLkMAQsgAUECRgRAIAIoAggiBSgCAEEBayEBA0AgAUEATgRAIANE",
  "AAAAAAAA8EGiIAEgBSgCAEkEfyAFQQRqIAFBAnRqKAIABUEAC7igIQMgAUEBayEBDAELCyADmiADIAIoAgwbDAELIAIrAwgLnPwG",
  "IgkgCCAJUxshCEEAEBchAQNAIAcgCFMEQCABIAAoAgwgB6dBAnRqKAIAEBQgB0IBfCEHDAELCyABC5cBAQJ/IAAoAgBBBUcEQEGw",
  "3AAgABANQQAPCyABKAIAQQVHBEBBoN0AIAEQDUEADwsgACgCBCABKAIEahAXIQIDQCADIAAoAgRJBEAgAiAAKAIMIANBAnRqKAIA",
  "EBQgA0EBaiEDDAELC0EAIQADQCAAIAEoAgRJBEAgAiABKAIMIABBAnRqKAIAEBQgAEEBaiEADAELCyACCwgAIABBABBqC7oBAQN/",
  "IAAoAgBBBUYEf0EBBSAAKAIAQQdGC0UEQEGwzgAgABANQQAPCyAAKAIEIgIQFyEBA0AgAiADSwRAIAAoAgBBBk8EfyAAKAIYIAAo",
  "AgRHBUEACwRAIAAQDgsgASAAKAIMIANBAnRqKAIAEBQgA0EBaiEDDAELCyAAKAIAQQdGBEAgAQ8LIAEoAgBBBk8EfyABKAIYIAEo",
  "AgRHBUEACwRAIAEQDgsgASgCDCACIAJBAnQQDBA9IAELCAAgAEEBEGoLCAAgAEEAEGsLCAAgAEEBEGsLfQEDfyAAKAIAIgJBBEYE",
  "QCAAKAIIIQMgACgCBCECQQAhAANAIAAgAkkEQCABQQFqIAEgACADai0AAEHAAXFBgAFHGyEBIABBAWohAAwBCwsgAa0QDw8LIAJB",
  "B0YgAkEFRnIgAkEGRnIEQCAANQIEEA8PC0GQxAAgABANQQALC5aoAZ0BAEGACAuAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
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
  "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEGA",
  "GAsIAQAAAAAAAAAAQYgYCwgCAAAAAQAAAABBkBgLCAIAAAAAAAAAAEGcGAtAPAAAAAAAAAAAAAAAAgAAACAAAAAwADEAMgAzADQA",
  "NQA2ADcAOAA5AGEAYgBjAGQAZQBmAAAAAAAAAAAAAAAAAABB4BgLGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABB/BgLMCwAAAAA",
  "AAAAAAAAAAIAAAAWAAAAPAB1AG4AZABlAGYAaQBuAGUAZAA+AAAAAAAAAABBrBkLAS4AQbwZC7ACLAEAAAAAAAAAAAAAAgAAABAB",
  "AABvAHUAdAAgAG8AZgAgAG0AZQBtAG8AcgB5ADoAIAB0AGgAZQAgAHAAbwBsAGkAYwB5ACAAbgBlAGUAZABzACAAbQBvAHIAZQAg",
  "AG0AZQBtAG8AcgB5ACAAdABoAGEAbgAgAHQAaABlACAAVwBlAGIAQQBzAHMAZQBtAGIAbAB5AC4ATQBlAG0AbwByAHkAIABhAGwA",
  "bABvAHcAcwAgACgAcgBhAGkAcwBlACAAaQB0AHMAIABtAGEAeABpAG0AdQBtACwAIABvAHIAIAByAGUAZAB1AGMAZQAgAHQAaABl",
  "ACAAZABhAHQAYQAgAHQAaABlACAAcABvAGwAaQBjAHkAIABiAHUAaQBsAGQAcwApAAAAAAAAAAAAAAAAAABB8BsLuAWIAhwIoNWP",
  "+na/PqJ/4a66dqxVMCD7FovqNc5dSolCzy07ZVWqsGua30UaPQPPGubKxprHF/5wq0/cvL78sXf/DNZrQe+RVr48/H+QrR/QjYOa",
  "VTEoXFHTtcmmrY+scZ3Li+4jdyKc6m1TeECRScyuV862XXkSPII3VvtNNpQQwk+YSDhv6paQxzqCJcuFdNf0l7+Xzc+GoOWsKheY",
  "CjTvjrI1KvtnOLI7P8bS39TIhLrN0xonRN3Flsklu86fa5OEpWJ9JGys2/baXw1YZqujJvHD3pP44vO4gP+qqK21tYtKfGwFX2KH",
  "UzDBNGD/vMlVJrqRjIVOlr1+KXAkd/nfj7jluJ+936aUfXSIz1+p+M+bqI+TcES5axUPv/jwCIq2MTFlVSWwzax/e9DG4j+ZBjsr",
  "KsQQXOTTknNpmSQkqg7KAIPytYf96xoRkmQI5bzMiFBvCcy8jCxlGeJYF7fRAAAAAAAAQJwAAAAAEKXU6AAAYqzF63ithAmU+Hg5",
  "P4GzFQfJe86XwHBc6nvOMn6PaIDpq6Q40tVFIpoXJidPnyf7xNQxomPtqK3IjDhl3rDbZasajgjHg5odcUL5HV3EWOcbpixpTZLq",
  "jXAaZO4B2kp375qZo22ihWt9tHt4CfJ3GN15oeRUtMLFm1uShluGPV2WyMVTNcizoJf6XLQqleNfoJm9n0beJYw52zTCm6Vcn5ij",
  "cprG9s6+6VRTv9y34kEi8hfz/IileFzTm84gzN9TIXvzWhaYOjAfl9y1oOKWs+NcU9HZqDxEp6TZfJv7EESkp0xMdrsanEC2746r",
  "iyyEV6YQ7x/QKTGR6eWkEJudDJyh+5sQ5yn0O2LZICishc+nel5LRIAt3awDQOQhv4//RF4vnGeOQbiMnJ0XM9SpG+O0ktsZntl3",
  "37puv5bra+7wmzsCh68AQaghC64BPPtX+3L7jPun+8H73Pv2+xH8LPxG/GH8e/yW/LH8y/zm/AD9G/01/VD9a/2F/aD9uv3V/e/9",
  "Cv4l/j/+Wv50/o/+qf7E/t/++f4U/y7/Sf9j/37/mf+z/87/6P8DAB4AOABTAG0AiACiAL0A2ADyAA0BJwFCAVwBdwGSAawBxwHh",
  "AfwBFgIxAkwCZgKBApsCtgLQAusCBgMgAzsDVQNwA4sDpQPAA9oD9QMPBCoEAEHYIgsoAQAAAAoAAABkAAAA6AMAABAnAACghgEA",
  "QEIPAICWmAAA4fUFAMqaOwBBgCMLkAMwADAAMAAxADAAMgAwADMAMAA0ADAANQAwADYAMAA3ADAAOAAwADkAMQAwADEAMQAxADIA",
  "MQAzADEANAAxADUAMQA2ADEANwAxADgAMQA5ADIAMAAyADEAMgAyADIAMwAyADQAMgA1ADIANgAyADcAMgA4ADIAOQAzADAAMwAx",
  "ADMAMgAzADMAMwA0ADMANQAzADYAMwA3ADMAOAAzADkANAAwADQAMQA0ADIANAAzADQANAA0ADUANAA2ADQANwA0ADgANAA5ADUA",
  "MAA1ADEANQAyADUAMwA1ADQANQA1ADUANgA1ADcANQA4ADUAOQA2ADAANgAxADYAMgA2ADMANgA0ADYANQA2ADYANgA3ADYAOAA2",
  "ADkANwAwADcAMQA3ADIANwAzADcANAA3ADUANwA2ADcANwA3ADgANwA5ADgAMAA4ADEAOAAyADgAMwA4ADQAOAA1ADgANgA4ADcA",
  "OAA4ADgAOQA5ADAAOQAxADkAMgA5ADMAOQA0ADkANQA5ADYAOQA3ADkAOAA5ADkAAEGcJgsgHAAAAAAAAAAAAAAAAgAAAAgAAAB0",
  "AHIAdQBlAAAAAAAAQbwmCyAcAAAAAAAAAAAAAAACAAAACgAAAGYAYQBsAHMAZQAAAABB3CYLIBwAAAAAAAAAAAAAAAIAAAAIAAAA",
  "bgB1AGwAbAAAAAAAAEGAJwu4AQAAAAAAAPA/AAAAAAAAJEAAAAAAAABZQAAAAAAAQI9AAAAAAACIw0AAAAAAAGr4QAAAAACAhC5B",
  "AAAAANASY0EAAAAAhNeXQQAAAABlzc1BAAAAIF+gAkIAAADodkg3QgAAAKKUGm1CAABA5ZwwokIAAJAexLzWQgAANCb1awxDAIDg",
  "N3nDQUMAoNiFVzR2QwDITmdtwatDAD2RYORY4UNAjLV4Ha8VRFDv4tbkGktEktVNBs/wgEQAQbwoCyAcAAAAAAAAAAAAAAACAAAA",
  "BgAAAHUAMAAwAAAAAAAAAABB3CgLIBwAAAAAAAAAAAAAAAIAAAAKAAAAcwBlAHQAKAApAAAAAEH8KAtgXAAAAAAAAAAAAAAAAgAA",
  "AEoAAABvAHAAYQBfAGUAdgBhAGwAOgAgAHQAaABlACAAaQBuAHAAdQB0ACAAaQBzACAAbgBvAHQAIAB2AGEAbABpAGQAIABKAFMA",
  "TwBOAAAAAEHcKQtgXAAAAAAAAAAAAAAAAgAAAEgAAABpAGwAbABlAGcAYQBsACAAbgB1AG0AYgBlAHIAIABsAGkAdABlAHIAYQBs",
  "ACAAaQBuACAAdABoAGUAIABwAG8AbABpAGMAeQAAAAAAAEG8KgsgHAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAQdwq",
  "CyAcAAAAAAAAAAAAAAACAAAAAgAAADoAAAAAAAAAAAAAAABB/CoLIBwAAAAAAAAAAAAAAAIAAAAEAAAAOgAgAAAAAAAAAAAAAEGc",
  "KwtwbAAAAAAAAAAAAAAAAgAAAE4AAABwAGwAdQBzADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABuAHUA",
  "bQBiAGUAcgAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAAAAAAAAAAABBjCwLcGwAAAAAAAAAAAAAAAIAAABOAAAAcABsAHUAcwA6",
  "ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAbgB1AG0AYgBlAHIAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAA",
  "AAAAAAAAAAAAQfwsCzAsAAAAAAAAAAAAAAACAAAADgAAAGIAbwBvAGwAZQBhAG4AAAAAAAAAAAAAAAAAAAAAQawtCyAcAAAAAAAA",
  "AAAAAAACAAAADAAAAG4AdQBtAGIAZQByAABBzC0LIBwAAAAAAAAAAAAAAAIAAAAMAAAAcwB0AHIAaQBuAGcAAEHsLQsgHAAAAAAA",
  "AAAAAAAAAgAAAAoAAABhAHIAcgBhAHkAAAAAQYwuCyAcAAAAAAAAAAAAAAACAAAADAAAAG8AYgBqAGUAYwB0AABBrC4LIBwAAAAA",
  "AAAAAAAAAAIAAAAGAAAAcwBlAHQAAAAAAAAAAEHMLguAAXwAAAAAAAAAAAAAAAIAAABsAAAAbQBpAG4AdQBzADoAIABvAHAAZQBy",
  "AGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABvAG4AZQAgAG8AZgAgAHsAbgB1AG0AYgBlAHIALAAgAHMAZQB0AH0AIABiAHUA",
  "dAAgAGcAbwB0ACAAAEHMLwtgXAAAAAAAAAAAAAAAAgAAAEoAAABtAGkAbgB1AHMAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1",
  "AHMAdAAgAGIAZQAgAHMAZQB0ACAAYgB1AHQAIABnAG8AdAAgAAAAAEGsMAtwbAAAAAAAAAAAAAAAAgAAAFAAAABtAGkAbgB1AHMA",
  "OgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAgAAAAAAAA",
  "AAAAAAAAAABBnDELYFwAAAAAAAAAAAAAAAIAAABMAAAAbQB1AGwAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIA",
  "ZQAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAgAABB/DELYFwAAAAAAAAAAAAAAAIAAABMAAAAbQB1AGwAOgAgAG8AcABl",
  "AHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAgAABB3DILYFwAAAAAAAAA",
  "AAAAAAIAAABMAAAAZABpAHYAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAG4AdQBtAGIAZQByACAAYgB1",
  "AHQAIABnAG8AdAAgAABBvDMLYFwAAAAAAAAAAAAAAAIAAABMAAAAZABpAHYAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMA",
  "dAAgAGIAZQAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAgAABBnDQLQDwAAAAAAAAAAAAAAAIAAAAmAAAAZABpAHYAOgAg",
  "AGQAaQB2AGkAZABlACAAYgB5ACAAegBlAHIAbwAAAAAAAAAAQdw0C2BcAAAAAAAAAAAAAAACAAAATAAAAHIAZQBtADoAIABvAHAA",
  "ZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABuAHUAbQBiAGUAcgAgAGIAdQB0ACAAZwBvAHQAIAAAQbw1C2BcAAAAAAAA",
  "AAAAAAACAAAATAAAAHIAZQBtADoAIABvAHAAZQByAGEAbgBkACAAMgAgAG0AdQBzAHQAIABiAGUAIABuAHUAbQBiAGUAcgAgAGIA",
  "dQB0ACAAZwBvAHQAIAAAQZw2C2BcAAAAAAAAAAAAAAACAAAASAAAAHIAZQBtADoAIABtAG8AZAB1AGwAbwAgAG8AbgAgAGYAbABv",
  "AGEAdABpAG4AZwAtAHAAbwBpAG4AdAAgAG4AdQBtAGIAZQByAAAAAAAAQfw2C0A8AAAAAAAAAAAAAAACAAAAJgAAAHIAZQBtADoA",
  "IABtAG8AZAB1AGwAbwAgAGIAeQAgAHoAZQByAG8AAAAAAAAAAEG8NwsgHAAAAAAAAAAAAAAAAgAAAAYAAABuAGEAbgAAAAAAAAAA",
  "Qdw3CyAcAAAAAAAAAAAAAAACAAAABgAAAGkAbgBmAAAAAAAAAABB/DcLMCwAAAAAAAAAAAAAAAIAAAAQAAAAaQBuAGYAaQBuAGkA",
  "dAB5AAAAAAAAAAAAAAAAAABBrDgLoAGcAAAAAAAAAAAAAAACAAAAggAAAHQAbwBfAG4AdQBtAGIAZQByADoAIABvAHAAZQByAGEA",
  "bgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABhACAAZgBpAG4AaQB0AGUAIABuAHUAbQBiAGUAcgAsACAAbgBvAHQAIABOAGEATgAg",
  "AG8AcgAgAGkAbgBmAGkAbgBpAHQAeQAAAAAAAAAAAAAAAEHMOQtwbAAAAAAAAAAAAAAAAgAAAFoAAAB0AG8AXwBuAHUAbQBiAGUA",
  "cgA6ACAAcwB0AHIAYwBvAG4AdgAuAFAAYQByAHMAZQBGAGwAbwBhAHQAOgAgAGkAbgB2AGEAbABpAGQAIABzAHkAbgB0AGEAeAAA",
  "AABBvDoLsAGsAAAAAAAAAAAAAAACAAAAmAAAAHQAbwBfAG4AdQBtAGIAZQByADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBz",
  "AHQAIABiAGUAIABvAG4AZQAgAG8AZgAgAHsAbgB1AGwAbAAsACAAYgBvAG8AbABlAGEAbgAsACAAbgB1AG0AYgBlAHIALAAgAHMA",
  "dAByAGkAbgBnAH0AIABiAHUAdAAgAGcAbwB0ACAAAAAAAABB7DsLYFwAAAAAAAAAAAAAAAIAAABMAAAAYQBiAHMAOgAgAG8AcABl",
  "AHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAgAABBzDwLcGwAAAAAAAAA",
  "AAAAAAIAAABQAAAAcgBvAHUAbgBkADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABuAHUAbQBiAGUAcgAg",
  "AGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAAAAAAAAAQbw9C3BsAAAAAAAAAAAAAAACAAAATgAAAGMAZQBpAGwAOgAgAG8AcABlAHIA",
  "YQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAAAAAAAAAAAAAEGs",
  "PgtwbAAAAAAAAAAAAAAAAgAAAFAAAABmAGwAbwBvAHIAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAG4A",
  "dQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAAAAAAAAAABBnD8LgAF8AAAAAAAAAAAAAAACAAAAYgAAAG4AdQBtAGIA",
  "ZQByAHMALgByAGEAbgBnAGUAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAGkAbgB0AGUAZwBlAHIAIABi",
  "AHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAAAABBnMAAC4ABfAAAAAAAAAAAAAAAAgAAAGIAAABuAHUAbQBiAGUAcgBzAC4AcgBhAG4A",
  "ZwBlADoAIABvAHAAZQByAGEAbgBkACAAMgAgAG0AdQBzAHQAIABiAGUAIABpAG4AdABlAGcAZQByACAAYgB1AHQAIABnAG8AdAAg",
  "AAAAAAAAAAAAAAAAQZzBAAuwAawAAAAAAAAAAAAAAAIAAACaAAAAbgB1AG0AYgBlAHIAcwAuAHIAYQBuAGcAZQA6ACAAbwBwAGUA",
  "cgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAaQBuAHQAZQBnAGUAcgAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAg",
  "AGYAbABvAGEAdABpAG4AZwAtAHAAbwBpAG4AdAAgAG4AdQBtAGIAZQByAAAAAEHMwgALsAGsAAAAAAAAAAAAAAACAAAAmgAAAG4A",
  "dQBtAGIAZQByAHMALgByAGEAbgBnAGUAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAGkAbgB0AGUAZwBl",
  "AHIAIABuAHUAbQBiAGUAcgAgAGIAdQB0ACAAZwBvAHQAIABmAGwAbwBhAHQAaQBuAGcALQBwAG8AaQBuAHQAIABuAHUAbQBiAGUA",
  "cgAAAABB/MMAC6ABnAAAAAAAAAAAAAAAAgAAAIoAAABjAG8AdQBuAHQAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAg",
  "AGIAZQAgAG8AbgBlACAAbwBmACAAewBhAHIAcgBhAHkALAAgAG8AYgBqAGUAYwB0ACwAIABzAGUAdAAsACAAcwB0AHIAaQBuAGcA",
  "fQAgAGIAdQB0ACAAZwBvAHQAIAAAAABBnMUAC5ABjAAAAAAAAAAAAAAAAgAAAG4AAABwAHIAbwBkAHUAYwB0ADoAIABvAHAAZQBy",
  "AGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABvAG4AZQAgAG8AZgAgAHsAcwBlAHQALAAgAGEAcgByAGEAeQB9ACAAYgB1AHQA",
  "IABnAG8AdAAgAAAAAAAAAAAAAAAAAAAAAEGsxgALgAF8AAAAAAAAAAAAAAACAAAAZgAAAHMAdQBtADoAIABvAHAAZQByAGEAbgBk",
  "ACAAMQAgAG0AdQBzAHQAIABiAGUAIABvAG4AZQAgAG8AZgAgAHsAcwBlAHQALAAgAGEAcgByAGEAeQB9ACAAYgB1AHQAIABnAG8A",
  "dAAgAAAAAAAAAABBrMcAC6ABnAAAAAAAAAAAAAAAAgAAAIoAAABwAHIAbwBkAHUAYwB0ADoAIABvAHAAZQByAGEAbgBkACAAMQAg",
  "AG0AdQBzAHQAIABiAGUAIABhAHIAcgBhAHkAIABvAGYAIABuAHUAbQBiAGUAcgBzACAAYgB1AHQAIABnAG8AdAAgAGEAcgByAGEA",
  "eQAgAGMAbwBuAHQAYQBpAG4AaQBuAGcAIAAAAABBzMgAC6ABnAAAAAAAAAAAAAAAAgAAAIIAAABwAHIAbwBkAHUAYwB0ADoAIABv",
  "AHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABzAGUAdAAgAG8AZgAgAG4AdQBtAGIAZQByAHMAIABiAHUAdAAgAGcA",
  "bwB0ACAAcwBlAHQAIABjAG8AbgB0AGEAaQBuAGkAbgBnACAAAAAAAAAAAAAAAABB7MkAC6ABnAAAAAAAAAAAAAAAAgAAAIIAAABz",
  "AHUAbQA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAYQByAHIAYQB5ACAAbwBmACAAbgB1AG0AYgBlAHIA",
  "cwAgAGIAdQB0ACAAZwBvAHQAIABhAHIAcgBhAHkAIABjAG8AbgB0AGEAaQBuAGkAbgBnACAAAAAAAAAAAAAAAABBjMsAC5ABjAAA",
  "AAAAAAAAAAAAAgAAAHoAAABzAHUAbQA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAcwBlAHQAIABvAGYA",
  "IABuAHUAbQBiAGUAcgBzACAAYgB1AHQAIABnAG8AdAAgAHMAZQB0ACAAYwBvAG4AdABhAGkAbgBpAG4AZwAgAAAAAEGczAALgAF8",
  "AAAAAAAAAAAAAAACAAAAZgAAAG0AYQB4ADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABvAG4AZQAgAG8A",
  "ZgAgAHsAcwBlAHQALAAgAGEAcgByAGEAeQB9ACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAABBnM0AC4ABfAAAAAAAAAAAAAAAAgAA",
  "AGYAAABtAGkAbgA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAbwBuAGUAIABvAGYAIAB7AHMAZQB0ACwA",
  "IABhAHIAcgBhAHkAfQAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAQZzOAAuAAXwAAAAAAAAAAAAAAAIAAABoAAAAcwBvAHIAdAA6",
  "ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAbwBuAGUAIABvAGYAIAB7AHMAZQB0ACwAIABhAHIAcgBhAHkA",
  "fQAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAEGczwALYFwAAAAAAAAAAAAAAAIAAABGAAAAYQBuAGQAOgAgAG8AcABlAHIAYQBuAGQA",
  "IAAxACAAbQB1AHMAdAAgAGIAZQAgAHMAZQB0ACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAABB/M8AC2BcAAAAAAAAAAAAAAACAAAA",
  "RgAAAGEAbgBkADoAIABvAHAAZQByAGEAbgBkACAAMgAgAG0AdQBzAHQAIABiAGUAIABzAGUAdAAgAGIAdQB0ACAAZwBvAHQAIAAA",
  "AAAAAAAAQdzQAAtgXAAAAAAAAAAAAAAAAgAAAEQAAABvAHIAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAg",
  "AHMAZQB0ACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAAAAAEG80QALYFwAAAAAAAAAAAAAAAIAAABEAAAAbwByADoAIABvAHAAZQBy",
  "AGEAbgBkACAAMgAgAG0AdQBzAHQAIABiAGUAIABzAGUAdAAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAAABBnNIAC2BcAAAAAAAA",
  "AAAAAAACAAAASgAAAHUAbgBpAG8AbgA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAcwBlAHQAIABiAHUA",
  "dAAgAGcAbwB0ACAAAAAAQfzSAAuQAYwAAAAAAAAAAAAAAAIAAAB4AAAAdQBuAGkAbwBuADoAIABvAHAAZQByAGEAbgBkACAAMQAg",
  "AG0AdQBzAHQAIABiAGUAIABzAGUAdAAgAG8AZgAgAHMAZQB0AHMAIABiAHUAdAAgAGcAbwB0ACAAcwBlAHQAIABjAG8AbgB0AGEA",
  "aQBuAGkAbgBnACAAAAAAAABBjNQAC3BsAAAAAAAAAAAAAAACAAAAWAAAAGkAbgB0AGUAcgBzAGUAYwB0AGkAbwBuADoAIABvAHAA",
  "ZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABzAGUAdAAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAEH81AALoAGcAAAAAAAA",
  "AAAAAAACAAAAhgAAAGkAbgB0AGUAcgBzAGUAYwB0AGkAbwBuADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUA",
  "IABzAGUAdAAgAG8AZgAgAHMAZQB0AHMAIABiAHUAdAAgAGcAbwB0ACAAcwBlAHQAIABjAG8AbgB0AGEAaQBuAGkAbgBnACAAAAAA",
  "AAAAAEGc1gALcGwAAAAAAAAAAAAAAAIAAABaAAAAbwBiAGoAZQBjAHQALgBnAGUAdAA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABt",
  "AHUAcwB0ACAAYgBlACAAbwBiAGoAZQBjAHQAIABiAHUAdAAgAGcAbwB0ACAAAAAAQYzXAAtwbAAAAAAAAAAAAAAAAgAAAFwAAABv",
  "AGIAagBlAGMAdAAuAGsAZQB5AHMAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAG8AYgBqAGUAYwB0ACAA",
  "YgB1AHQAIABnAG8AdAAgAABB/NcAC4ABfAAAAAAAAAAAAAAAAgAAAF4AAABvAGIAagBlAGMAdAAuAHUAbgBpAG8AbgA6ACAAbwBw",
  "AGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAbwBiAGoAZQBjAHQAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAAAAAA",
  "AAAAQfzYAAuAAXwAAAAAAAAAAAAAAAIAAABeAAAAbwBiAGoAZQBjAHQALgB1AG4AaQBvAG4AOgAgAG8AcABlAHIAYQBuAGQAIAAy",
  "ACAAbQB1AHMAdAAgAGIAZQAgAG8AYgBqAGUAYwB0ACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAAAAAAAAAAAAAEH82QALgAF8AAAA",
  "AAAAAAAAAAACAAAAYAAAAG8AYgBqAGUAYwB0AC4AcgBlAG0AbwB2AGUAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAg",
  "AGIAZQAgAG8AYgBqAGUAYwB0ACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAAAAAAAAAABB/NoAC6ABnAAAAAAAAAAAAAAAAgAAAIoA",
  "AABvAGIAagBlAGMAdAAuAHIAZQBtAG8AdgBlADoAIABvAHAAZQByAGEAbgBkACAAMgAgAG0AdQBzAHQAIABiAGUAIABvAG4AZQAg",
  "AG8AZgAgAHsAbwBiAGoAZQBjAHQALAAgAHMAZQB0ACwAIABhAHIAcgBhAHkAfQAgAGIAdQB0ACAAZwBvAHQAIAAAAABBnNwAC3Bs",
  "AAAAAAAAAAAAAAACAAAAXAAAAGEAcgByAGEAeQAuAGMAbwBuAGMAYQB0ADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQA",
  "IABiAGUAIABhAHIAcgBhAHkAIABiAHUAdAAgAGcAbwB0ACAAAEGM3QALcGwAAAAAAAAAAAAAAAIAAABcAAAAYQByAHIAYQB5AC4A",
  "YwBvAG4AYwBhAHQAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAGEAcgByAGEAeQAgAGIAdQB0ACAAZwBv",
  "AHQAIAAAQfzdAAtwbAAAAAAAAAAAAAAAAgAAAFoAAABhAHIAcgBhAHkALgBzAGwAaQBjAGUAOgAgAG8AcABlAHIAYQBuAGQAIAAx",
  "ACAAbQB1AHMAdAAgAGIAZQAgAGEAcgByAGEAeQAgAGIAdQB0ACAAZwBvAHQAIAAAAABB7N4AC3BsAAAAAAAAAAAAAAACAAAAXAAA",
  "AGEAcgByAGEAeQAuAHMAbABpAGMAZQA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAbgB1AG0AYgBlAHIA",
  "IABiAHUAdAAgAGcAbwB0ACAAAEHc3wALsAGsAAAAAAAAAAAAAAACAAAAlgAAAGEAcgByAGEAeQAuAHMAbABpAGMAZQA6ACAAbwBw",
  "AGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAaQBuAHQAZQBnAGUAcgAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8A",
  "dAAgAGYAbABvAGEAdABpAG4AZwAtAHAAbwBpAG4AdAAgAG4AdQBtAGIAZQByAAAAAAAAAABBjOEAC3BsAAAAAAAAAAAAAAACAAAA",
  "XAAAAGEAcgByAGEAeQAuAHMAbABpAGMAZQA6ACAAbwBwAGUAcgBhAG4AZAAgADMAIABtAHUAcwB0ACAAYgBlACAAbgB1AG0AYgBl",
  "AHIAIABiAHUAdAAgAGcAbwB0ACAAAEH84QALsAGsAAAAAAAAAAAAAAACAAAAlgAAAGEAcgByAGEAeQAuAHMAbABpAGMAZQA6ACAA",
  "bwBwAGUAcgBhAG4AZAAgADMAIABtAHUAcwB0ACAAYgBlACAAaQBuAHQAZQBnAGUAcgAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABn",
  "AG8AdAAgAGYAbABvAGEAdABpAG4AZwAtAHAAbwBpAG4AdAAgAG4AdQBtAGIAZQByAAAAAAAAAABBrOMAC3BsAAAAAAAAAAAAAAAC",
  "AAAAUgAAAGMAbwBuAGMAYQB0ADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABzAHQAcgBpAG4AZwAgAGIA",
  "dQB0ACAAZwBvAHQAIAAAAAAAAAAAAAAAAEGc5AALgAF8AAAAAAAAAAAAAAACAAAAbAAAAGMAbwBuAGMAYQB0ADoAIABvAHAAZQBy",
  "AGEAbgBkACAAMgAgAG0AdQBzAHQAIABiAGUAIABvAG4AZQAgAG8AZgAgAHsAcwBlAHQALAAgAGEAcgByAGEAeQB9ACAAYgB1AHQA",
  "IABnAG8AdAAgAABBnOUAC6ABnAAAAAAAAAAAAAAAAgAAAIgAAABjAG8AbgBjAGEAdAA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABt",
  "AHUAcwB0ACAAYgBlACAAYQByAHIAYQB5ACAAbwBmACAAcwB0AHIAaQBuAGcAcwAgAGIAdQB0ACAAZwBvAHQAIABhAHIAcgBhAHkA",
  "IABjAG8AbgB0AGEAaQBuAGkAbgBnACAAAAAAAABBvOYAC6ABnAAAAAAAAAAAAAAAAgAAAIAAAABjAG8AbgBjAGEAdAA6ACAAbwBw",
  "AGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAcwBlAHQAIABvAGYAIABzAHQAcgBpAG4AZwBzACAAYgB1AHQAIABnAG8A",
  "dAAgAHMAZQB0ACAAYwBvAG4AdABhAGkAbgBpAG4AZwAgAAAAAAAAAAAAAAAAAABB3OcAC3BsAAAAAAAAAAAAAAACAAAAVgAAAGMA",
  "bwBuAHQAYQBpAG4AcwA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAcwB0AHIAaQBuAGcAIABiAHUAdAAg",
  "AGcAbwB0ACAAAAAAAAAAAEHM6AALcGwAAAAAAAAAAAAAAAIAAABWAAAAYwBvAG4AdABhAGkAbgBzADoAIABvAHAAZQByAGEAbgBk",
  "ACAAMgAgAG0AdQBzAHQAIABiAGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAQbzpAAtwbAAAAAAAAAAA",
  "AAAAAgAAAFoAAABzAHQAYQByAHQAcwB3AGkAdABoADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABzAHQA",
  "cgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAAABBrOoAC3BsAAAAAAAAAAAAAAACAAAAWgAAAHMAdABhAHIAdABzAHcAaQB0AGgA",
  "OgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABnAG8AdAAgAAAAAEGc",
  "6wALcGwAAAAAAAAAAAAAAAIAAABWAAAAZQBuAGQAcwB3AGkAdABoADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABi",
  "AGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAQYzsAAtwbAAAAAAAAAAAAAAAAgAAAFYAAABlAG4AZABz",
  "AHcAaQB0AGgAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABnAG8A",
  "dAAgAAAAAAAAAABB/OwAC3BsAAAAAAAAAAAAAAACAAAAUAAAAHUAcABwAGUAcgA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUA",
  "cwB0ACAAYgBlACAAcwB0AHIAaQBuAGcAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAAAAAAAEHs7QALcGwAAAAAAAAAAAAAAAIA",
  "AABQAAAAbABvAHcAZQByADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0",
  "ACAAZwBvAHQAIAAAAAAAAAAAAAAAAAAAQdzuAAtwbAAAAAAAAAAAAAAAAgAAAFAAAABzAHAAbABpAHQAOgAgAG8AcABlAHIAYQBu",
  "AGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAAAAAAAAAABBzO8AC3Bs",
  "AAAAAAAAAAAAAAACAAAAUAAAAHMAcABsAGkAdAA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAcwB0AHIA",
  "aQBuAGcAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAAAAAAAEG88AALcGwAAAAAAAAAAAAAAAIAAABOAAAAdAByAGkAbQA6ACAA",
  "bwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAcwB0AHIAaQBuAGcAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAA",
  "AAAAAAAAQazxAAtwbAAAAAAAAAAAAAAAAgAAAE4AAAB0AHIAaQBtADoAIABvAHAAZQByAGEAbgBkACAAMgAgAG0AdQBzAHQAIABi",
  "AGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAAAAAAAAAAABBnPIAC3BsAAAAAAAAAAAAAAACAAAAWAAA",
  "AHQAcgBpAG0AXwBsAGUAZgB0ADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABzAHQAcgBpAG4AZwAgAGIA",
  "dQB0ACAAZwBvAHQAIAAAAAAAAEGM8wALcGwAAAAAAAAAAAAAAAIAAABYAAAAdAByAGkAbQBfAGwAZQBmAHQAOgAgAG8AcABlAHIA",
  "YQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAQfzzAAtwbAAAAAAA",
  "AAAAAAAAAgAAAFoAAAB0AHIAaQBtAF8AcgBpAGcAaAB0ADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABz",
  "AHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAAABB7PQAC3BsAAAAAAAAAAAAAAACAAAAWgAAAHQAcgBpAG0AXwByAGkAZwBo",
  "AHQAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABnAG8AdAAgAAAA",
  "AEHc9QALcGwAAAAAAAAAAAAAAAIAAABcAAAAdAByAGkAbQBfAHAAcgBlAGYAaQB4ADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0A",
  "dQBzAHQAIABiAGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAQcz2AAtwbAAAAAAAAAAAAAAAAgAAAFwAAAB0AHIA",
  "aQBtAF8AcAByAGUAZgBpAHgAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1",
  "AHQAIABnAG8AdAAgAABBvPcAC3BsAAAAAAAAAAAAAAACAAAAXAAAAHQAcgBpAG0AXwBzAHUAZgBmAGkAeAA6ACAAbwBwAGUAcgBh",
  "AG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAcwB0AHIAaQBuAGcAIABiAHUAdAAgAGcAbwB0ACAAAEGs+AALcGwAAAAAAAAAAAAA",
  "AAIAAABcAAAAdAByAGkAbQBfAHMAdQBmAGYAaQB4ADoAIABvAHAAZQByAGEAbgBkACAAMgAgAG0AdQBzAHQAIABiAGUAIABzAHQA",
  "cgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAQZz5AAtwbAAAAAAAAAAAAAAAAgAAAFoAAAB0AHIAaQBtAF8AcwBwAGEAYwBlADoA",
  "IABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAAABBjPoA",
  "C3BsAAAAAAAAAAAAAAACAAAAVAAAAHIAZQBwAGwAYQBjAGUAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAg",
  "AHMAdAByAGkAbgBnACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAAAAAEH8+gALcGwAAAAAAAAAAAAAAAIAAABUAAAAcgBlAHAAbABh",
  "AGMAZQA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAcwB0AHIAaQBuAGcAIABiAHUAdAAgAGcAbwB0ACAA",
  "AAAAAAAAAAAAQez7AAtwbAAAAAAAAAAAAAAAAgAAAFQAAAByAGUAcABsAGEAYwBlADoAIABvAHAAZQByAGEAbgBkACAAMwAgAG0A",
  "dQBzAHQAIABiAGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAAABB3PwAC3BsAAAAAAAAAAAAAAACAAAA",
  "VAAAAGkAbgBkAGUAeABvAGYAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1",
  "AHQAIABnAG8AdAAgAAAAAAAAAAAAAEHM/QALcGwAAAAAAAAAAAAAAAIAAABUAAAAaQBuAGQAZQB4AG8AZgA6ACAAbwBwAGUAcgBh",
  "AG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAcwB0AHIAaQBuAGcAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAAQbz+AAtgXAAA",
  "AAAAAAAAAAAAAgAAAD4AAABpAG4AZABlAHgAbwBmADoAIABlAG0AcAB0AHkAIABzAGUAYQByAGMAaAAgAGMAaABhAHIAYQBjAHQA",
  "ZQByAAAAAAAAAAAAAAAAAAAAAEGc/wALcGwAAAAAAAAAAAAAAAIAAABYAAAAcwB1AGIAcwB0AHIAaQBuAGcAOgAgAG8AcABlAHIA",
  "YQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAQYyAAQtwbAAAAAAA",
  "AAAAAAAAAgAAAFgAAABzAHUAYgBzAHQAcgBpAG4AZwA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAbgB1",
  "AG0AYgBlAHIAIABiAHUAdAAgAGcAbwB0ACAAAAAAAABB/IABC7ABrAAAAAAAAAAAAAAAAgAAAJIAAABzAHUAYgBzAHQAcgBpAG4A",
  "ZwA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAaQBuAHQAZQBnAGUAcgAgAG4AdQBtAGIAZQByACAAYgB1",
  "AHQAIABnAG8AdAAgAGYAbABvAGEAdABpAG4AZwAtAHAAbwBpAG4AdAAgAG4AdQBtAGIAZQByAAAAAAAAAAAAAAAAQayCAQtwbAAA",
  "AAAAAAAAAAAAAgAAAFgAAABzAHUAYgBzAHQAcgBpAG4AZwA6ACAAbwBwAGUAcgBhAG4AZAAgADMAIABtAHUAcwB0ACAAYgBlACAA",
  "bgB1AG0AYgBlAHIAIABiAHUAdAAgAGcAbwB0ACAAAAAAAABBnIMBC7ABrAAAAAAAAAAAAAAAAgAAAJIAAABzAHUAYgBzAHQAcgBp",
  "AG4AZwA6ACAAbwBwAGUAcgBhAG4AZAAgADMAIABtAHUAcwB0ACAAYgBlACAAaQBuAHQAZQBnAGUAcgAgAG4AdQBtAGIAZQByACAA",
  "YgB1AHQAIABnAG8AdAAgAGYAbABvAGEAdABpAG4AZwAtAHAAbwBpAG4AdAAgAG4AdQBtAGIAZQByAAAAAAAAAAAAAAAAQcyEAQtQ",
  "TAAAAAAAAAAAAAAAAgAAADQAAABzAHUAYgBzAHQAcgBpAG4AZwA6ACAAbgBlAGcAYQB0AGkAdgBlACAAbwBmAGYAcwBlAHQAAAAA",
  "AAAAAAAAQZyFAQtwbAAAAAAAAAAAAAAAAgAAAFoAAABmAG8AcgBtAGEAdABfAGkAbgB0ADoAIABvAHAAZQByAGEAbgBkACAAMQAg",
  "AG0AdQBzAHQAIABiAGUAIABuAHUAbQBiAGUAcgAgAGIAdQB0ACAAZwBvAHQAIAAAAABBjIYBC3BsAAAAAAAAAAAAAAACAAAAWgAA",
  "AGYAbwByAG0AYQB0AF8AaQBuAHQAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAG4AdQBtAGIAZQByACAA",
  "YgB1AHQAIABnAG8AdAAgAAAAAEH8hgELgAF8AAAAAAAAAAAAAAACAAAAZgAAAGYAbwByAG0AYQB0AF8AaQBuAHQAOgAgAG8AcABl",
  "AHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAG8AbgBlACAAbwBmACAAewAyACwAIAA4ACwAIAAxADAALAAgADEANgB9AAAA",
  "AAAAAABB/IcBC5ABjAAAAAAAAAAAAAAAAgAAAHQAAABpAG4AdABlAHIAbgBhAGwALgB0AGUAbQBwAGwAYQB0AGUAXwBzAHQAcgBp",
  "AG4AZwA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAYQByAHIAYQB5ACAAYgB1AHQAIABnAG8AdAAgAAAA",
  "AAAAAAAAAEGMiQELsAGsAAAAAAAAAAAAAAACAAAAmAAAAGkAbgB0AGUAcgBuAGEAbAAuAHQAZQBtAHAAbABhAHQAZQBfAHMAdABy",
  "AGkAbgBnADoAIAB0AGUAbQBwAGwAYQB0AGUALQBzAHQAcgBpAG4AZwBzACAAbQB1AHMAdAAgAG4AbwB0ACAAcAByAG8AZAB1AGMA",
  "ZQAgAG0AdQBsAHQAaQBwAGwAZQAgAG8AdQB0AHAAdQB0AHMAAAAAAABBvIoBC6ABnAAAAAAAAAAAAAAAAgAAAIYAAABzAHQAcgBp",
  "AG4AZwBzAC4AcgBlAHAAbABhAGMAZQBfAG4AOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbgBvAG4ALQBzAHQAcgBpAG4AZwAgAGsA",
  "ZQB5ACAAZgBvAHUAbgBkACAAaQBuACAAcABhAHQAdABlAHIAbgAgAG8AYgBqAGUAYwB0AAAAAAAAAABB3IsBC3BsAAAAAAAAAAAA",
  "AAACAAAAWgAAAGcAbABvAGIALgBtAGEAdABjAGgAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAHMAdABy",
  "AGkAbgBnACAAYgB1AHQAIABnAG8AdAAgAAAAAEHMjAELkAGMAAAAAAAAAAAAAAACAAAAdgAAAGcAbABvAGIALgBtAGEAdABjAGgA",
  "OgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAG8AbgBlACAAbwBmACAAewBhAHIAcgBhAHkALAAgAG4AdQBs",
  "AGwAfQAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAQdyNAQuwAawAAAAAAAAAAAAAAAIAAACQAAAAZwBsAG8AYgAuAG0AYQB0AGMA",
  "aAA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAYQByAHIAYQB5ACAAbwBmACAAcwB0AHIAaQBuAGcAcwAg",
  "AGIAdQB0ACAAZwBvAHQAIABhAHIAcgBhAHkAIABjAG8AbgB0AGEAaQBuAGkAbgBnACAAAAAAAAAAAAAAAAAAAEGMjwELsAGsAAAA",
  "AAAAAAAAAAACAAAAmAAAAGcAbABvAGIALgBtAGEAdABjAGgAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAg",
  "AGEAcgByAGEAeQAgAG8AZgAgAHIAdQBuAGUAcwAgAGIAdQB0ACAAZwBvAHQAIABhAHIAcgBhAHkAIABjAG8AbgB0AGEAaQBuAGkA",
  "bgBnACAAcwB0AHIAaQBuAGcAAAAAAABBvJABC3BsAAAAAAAAAAAAAAACAAAAWgAAAGcAbABvAGIALgBtAGEAdABjAGgAOgAgAG8A",
  "cABlAHIAYQBuAGQAIAAzACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABnAG8AdAAgAAAAAEGskQELkAGM",
  "AAAAAAAAAAAAAAACAAAAfAAAAGcAbABvAGIALgBtAGEAdABjAGgAOgAgAHQAaABlACAAcABhAHQAdABlAHIAbgAgAG4AZQBzAHQA",
  "cwAgAHsALgAuAC4AfQAgAGcAcgBvAHUAcABzACAAbQBvAHIAZQAgAHQAaABhAG4AIAAxADAAMAAwACAAZABlAGUAcAAAQbySAQuQ",
  "AYwAAAAAAAAAAAAAAAIAAABwAAAAdABpAG0AZQAuAHAAYQByAHMAZQBfAHIAZgBjADMAMwAzADkAXwBuAHMAOgAgAG8AcABlAHIA",
  "YQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAAAAAAAAAABBzJMB",
  "C+AB3AAAAAAAAAAAAAAAAgAAAMIAAAB0AGkAbQBlAC4AcABhAHIAcwBlAF8AcgBmAGMAMwAzADMAOQBfAG4AcwA6ACAAYwBhAG4A",
  "bgBvAHQAIABwAGEAcgBzAGUAIAB0AGgAZQAgAHQAaQBtAGUAOgAgAGkAdAAgAGkAcwAgAG4AbwB0ACAAUgBGAEMAIAAzADMAMwA5",
  "ACAAKABsAGkAawBlACAAMgAwADAANgAtADAAMQAtADAAMgBUADEANQA6ADAANAA6ADAANQBaADAANwA6ADAAMAApAAAAAAAAAAAA",
  "AAAAQayVAQuAAXwAAAAAAAAAAAAAAAIAAABkAAAAdABpAG0AZQAuAHAAYQByAHMAZQBfAHIAZgBjADMAMwAzADkAXwBuAHMAOgAg",
  "AHQAaQBtAGUAIABvAHUAdABzAGkAZABlACAAbwBmACAAdgBhAGwAaQBkACAAcgBhAG4AZwBlAAAAAAAAAAAAAEGslgELcGwAAAAA",
  "AAAAAAAAAAIAAABYAAAAdABpAG0AZQAuAGQAYQB0AGUAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAG4A",
  "dQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAQZyXAQtwbAAAAAAAAAAAAAAAAgAAAFgAAAB0AGkAbQBlAC4AZABhAHQA",
  "ZQA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAcwB0AHIAaQBuAGcAIABiAHUAdAAgAGcAbwB0ACAAAAAA",
  "AABBjJgBC8ABvAAAAAAAAAAAAAAAAgAAAKwAAAB0AGkAbQBlAC4AZABhAHQAZQA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUA",
  "cwB0ACAAYgBlACAAZQBpAHQAaABlAHIAIABuAHUAbQBiAGUAcgAgACgAbgBzACkAIABvAHIAIABbAG4AdQBtAGIAZQByACAAKABu",
  "AHMAKQAsACAAcwB0AHIAaQBuAGcAIAAoAHQAegApAF0AIABiAHUAdAAgAGcAbwB0ACAAAEHMmQELUEwAAAAAAAAAAAAAAAIAAAA4",
  "AAAAdABpAG0AZQAuAGQAYQB0AGUAOgAgAHQAaQBtAGUAcwB0AGEAbQBwACAAdABvAG8AIABiAGkAZwAAAAAAAEGcmgEL0AHMAAAA",
  "AAAAAAAAAAACAAAAtAAAAHQAaQBtAGUALgBhAGQAZABfAGQAYQB0AGUAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAg",
  "AGIAZQAgAGUAaQB0AGgAZQByACAAbgB1AG0AYgBlAHIAIAAoAG4AcwApACAAbwByACAAWwBuAHUAbQBiAGUAcgAgACgAbgBzACkA",
  "LAAgAHMAdAByAGkAbgBnACAAKAB0AHoAKQBdACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAAAAAEHsmwELYFwAAAAAAAAAAAAAAAIA",
  "AABAAAAAdABpAG0AZQAuAGEAZABkAF8AZABhAHQAZQA6ACAAdABpAG0AZQBzAHQAYQBtAHAAIAB0AG8AbwAgAGIAaQBnAAAAAAAA",
  "AAAAAAAAAABBzJwBC4ABfAAAAAAAAAAAAAAAAgAAAGAAAAB0AGkAbQBlAC4AYQBkAGQAXwBkAGEAdABlADoAIABvAHAAZQByAGEA",
  "bgBkACAAMgAgAG0AdQBzAHQAIABiAGUAIABuAHUAbQBiAGUAcgAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAAAAAAAAAQcydAQuw",
  "AawAAAAAAAAAAAAAAAIAAACaAAAAdABpAG0AZQAuAGEAZABkAF8AZABhAHQAZQA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUA",
  "cwB0ACAAYgBlACAAaQBuAHQAZQBnAGUAcgAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAgAGYAbABvAGEAdABpAG4AZwAt",
  "AHAAbwBpAG4AdAAgAG4AdQBtAGIAZQByAAAAAEH8ngELgAF8AAAAAAAAAAAAAAACAAAAYAAAAHQAaQBtAGUALgBhAGQAZABfAGQA",
  "YQB0AGUAOgAgAG8AcABlAHIAYQBuAGQAIAAzACAAbQB1AHMAdAAgAGIAZQAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAg",
  "AAAAAAAAAAAAAAAAAABB/J8BC7ABrAAAAAAAAAAAAAAAAgAAAJoAAAB0AGkAbQBlAC4AYQBkAGQAXwBkAGEAdABlADoAIABvAHAA",
  "ZQByAGEAbgBkACAAMwAgAG0AdQBzAHQAIABiAGUAIABpAG4AdABlAGcAZQByACAAbgB1AG0AYgBlAHIAIABiAHUAdAAgAGcAbwB0",
  "ACAAZgBsAG8AYQB0AGkAbgBnAC0AcABvAGkAbgB0ACAAbgB1AG0AYgBlAHIAAAAAQayhAQuAAXwAAAAAAAAAAAAAAAIAAABgAAAA",
  "dABpAG0AZQAuAGEAZABkAF8AZABhAHQAZQA6ACAAbwBwAGUAcgBhAG4AZAAgADQAIABtAHUAcwB0ACAAYgBlACAAbgB1AG0AYgBl",
  "AHIAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAAAAAAAEGsogELsAGsAAAAAAAAAAAAAAACAAAAmgAAAHQAaQBtAGUALgBhAGQA",
  "ZABfAGQAYQB0AGUAOgAgAG8AcABlAHIAYQBuAGQAIAA0ACAAbQB1AHMAdAAgAGIAZQAgAGkAbgB0AGUAZwBlAHIAIABuAHUAbQBi",
  "AGUAcgAgAGIAdQB0ACAAZwBvAHQAIABmAGwAbwBhAHQAaQBuAGcALQBwAG8AaQBuAHQAIABuAHUAbQBiAGUAcgAAAABB3KMBC3Bs",
  "AAAAAAAAAAAAAAACAAAAVAAAAHQAaQBtAGUALgBhAGQAZABfAGQAYQB0AGUAOgAgAHQAaQBtAGUAIABvAHUAdABzAGkAZABlACAA",
  "bwBmACAAdgBhAGwAaQBkACAAcgBhAG4AZwBlAAAAAAAAAAAAAEHMpAELgAF8AAAAAAAAAAAAAAACAAAAaAAAAG4AZQB0AC4AYwBp",
  "AGQAcgBfAGMAbwBuAHQAYQBpAG4AcwA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAcwB0AHIAaQBuAGcA",
  "IABiAHUAdAAgAGcAbwB0ACAAAAAAAABBzKUBC3BsAAAAAAAAAAAAAAACAAAAUgAAAG4AZQB0AC4AYwBpAGQAcgBfAGMAbwBuAHQA",
  "YQBpAG4AcwA6ACAAaQBuAHYAYQBsAGkAZAAgAEMASQBEAFIAIABhAGQAZAByAGUAcwBzADoAIAAAAAAAAAAAAAAAAEG8pgELwAG8",
  "AAAAAAAAAAAAAAACAAAAoAAAAG4AZQB0AC4AYwBpAGQAcgBfAGMAbwBuAHQAYQBpAG4AcwA6ACAAbgBvAHQAIABhACAAdgBhAGwA",
  "aQBkACAAdABlAHgAdAB1AGEAbAAgAHIAZQBwAHIAZQBzAGUAbgB0AGEAdABpAG8AbgAgAG8AZgAgAGEAbgAgAEkAUAAgAGEAZABk",
  "AHIAZQBzAHMAIABvAHIAIABDAEkARABSADoAIAAAAAAAAAAAAAAAAAA="
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
