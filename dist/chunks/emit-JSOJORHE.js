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
  "Ap0BCp/qAu0BNAEBfyMARQRAEAAkAAsjAEEHakF4cSIBIABqIgAgAUkEQEEAQdAZECYLIAAQWSAAJAAgAQtdAAJ/AkACQAJAAkAC",
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
  "ACAB/AoAACMTIAFqJBML8AkBBX8CQCAAQZDOAEoNAANAIwwjDUkEQCMMLQAAIgFBCUcgAUEgR3EgAUEKR3EgAUENR3FFBEAjDEEB",
  "aiQMDAILCwsjDCMNTw0AIwwtAAAiAUH7AEYEQCMMQQFqJAwDQCMMIw1JBEAjDC0AACIBQQlHIAFBIEdxIAFBCkdxIAFBDUdxRQRA",
  "IwxBAWokDAwCCwsLIwwjDUkEfyMMLQAAQf0ARgVBAAsEQCMMQQFqJAxBHBAMIgBBAEEc/AsAIABBBjYCACAADwsjESEEA0ADQCMM",
  "Iw1JBEAjDC0AACIBQQlHIAFBIEdxIAFBCkdxIAFBDUdxRQRAIwxBAWokDAwCCwsLIwwjDU8Ef0EBBSMMLQAAQSJHCw0CEFEiAUUN",
  "AgNAIwwjDUkEQCMMLQAAIgJBCUcgAkEgR3EgAkEKR3EgAkENR3FFBEAjDEEBaiQMDAILCwsjDCMNTwR/QQEFIwwtAABBOkcLDQIj",
  "DEEBaiQMIABBAWoQNiICRQ0CIxEjEEYEQEHAACMQQQF0IxBBwABJGyIDQQN0EAwhBSMRBEAgBSMPIxFBA3T8CgAACyAFJA8gAyQQ",
  "CyMPIxFBA3RqIgMgATYCACADIAI2AgQjEUEBaiQRA0AjDCMNSQRAIwwtAAAiAUEJRyABQSBHcSABQQpHcSABQQ1HcUUEQCMMQQFq",
  "JAwMAgsLCyMMIw1PDQIjDCIBQQFqJAwgAS0AACIBQf0ARgRAIw8gBEEDdGojESAEaxBxIAQkEQ8LIAFBLEYNAAsMAQsgAUHbAEYE",
  "QCMMQQFqJAxBABAXIQEDQCMMIw1JBEAjDC0AACICQQlHIAJBIEdxIAJBCkdxIAJBDUdxRQRAIwxBAWokDAwCCwsLIwwjDUkEfyMM",
  "LQAAQd0ARgVBAAsEQCMMQQFqJAwgAQ8LA0AgAEEBahA2IgJFDQIgASACEBQDQCMMIw1JBEAjDC0AACICQQlHIAJBIEdxIAJBCkdx",
  "IAJBDUdxRQRAIwxBAWokDAwCCwsLIwwjDU8NAiMMIgJBAWokDCACLQAAIgJB3QBGBEAgAQ8LIAJBLEYNAAsMAQsgAUEiRgRAEFEP",
  "CyABQfQARgRAQYgYQQACf0EAIQBBACMNQawmKAIAQQF2IgEjDGpJDQAaA0AgACABSQRAQQAjDCAAai0AACAAQawmKAIAQQF2TwR/",
  "QX8FIABBAXRBsCZqLwEAC0H/AXFHDQIaIABBAWohAAwBCwsjDCABaiQMQQELGw8LIAFB5gBGBEBBkBhBAAJ/QQAhAEEAIw1BzCYo",
  "AgBBAXYiASMMakkNABoDQCAAIAFJBEBBACMMIABqLQAAIABBzCYoAgBBAXZPBH9BfwUgAEEBdEHQJmovAQALQf8BcUcNAhogAEEB",
  "aiEADAELCyMMIAFqJAxBAQsbDwsgAUHuAEYEQEGAGEEAAn9BACEAQQAjDUHsJigCAEEBdiIBIwxqSQ0AGgNAIAAgAUkEQEEAIwwg",
  "AGotAAAgAEHsJigCAEEBdk8Ef0F/BSAAQQF0QfAmai8BAAtB/wFxRw0CGiAAQQFqIQAMAQsLIwwgAWokDEEBCxsPCyMMIQADQCMM",
  "Iw1JBEAjDC0AACIBQTlNIAFBME9xIAFBLUZyIAFBK0ZyIAFBLkZyIAFB5QBGciABQcUARnIEQCMMQQFqJAwMAgsLCyAAIwwgAGsQ",
  "Mw8LQQALJQBBACQSQQAkE0EAJBRBwAAQJSAAIAFBABAhQQAQEiMSQQAkEgs8AEHgGCAANgIAQeQYQQI2AgBB6BggATYCAEHsGCAC",
  "NgIAQfAYQQA2AgBB9BhBADYCACAAQQAgASACEAkLOQAjACAAIAFqRkEAIAAbBEAgACACaiIBEFkgASQAIAAPCyACEAwhAiAABEAg",
  "AiAAIAH8CgAACyACC6YBAQN+IABC7PQrfCIBIAFCsPUIfSABQgBZG0Kx9Qh/IQAgASAAQrH1CH59IgEgAUK0C399IAFCrJ0Cf3wg",
  "AUKw9Qh/fULtAn8hAiABIAJC7QJ+IAJCBH98IAJC5AB/fX0iA0IFfkICfEKZAX8hASADIAFCmQF+QgJ8QgV/fUIBfCQgIAFCA3wg",
  "AUIJfSABQgpTGyQfIx9CAletIAIgAEKQA358fCQeC24AIAAgASACKAIAQQVGGyEAAn8CQAJAAkACQAJAAkACQCADKAIAQQFrDgYA",
  "AQIDBAUGC0HwJgwGC0GQLQwFC0HALQwEC0HgLQwDC0GALgwCC0GgLgwBC0HALgshASMCBEAgACABQQBBABAQC0EAC1EBAn8gASgC",
  "BCEDA0AgAiADSQRAIAEoAgBBBk8EfyABKAIYIAEoAgRHBUEACwRAIAEQDgsgACABKAIMIAJBAnRqKAIAEB8gAkEBaiECDAELCwuL",
  "AgEGfyABQQJJBEAPCyAAIAFBAXYiCCACED0gACAIQQJ0aiABIAhrIAIQPSAIIQQDQCAFIAhJIAEgBEtxBEAgACAEQQJ0aigCACIG",
  "IAAgBUECdGooAgAiBxATQQBIBEAgAiADQQJ0aiAGNgIAIARBAWohBAUgAiADQQJ0aiAHNgIAIAVBAWohBQsgA0EBaiEDDAELCwNA",
  "IAUgCEkEQCADIgZBAWohAyAFIgdBAWohBSACIAZBAnRqIAAgB0ECdGooAgA2AgAMAQsLA0AgASAESwRAIAMiBUEBaiEDIAQiBkEB",
  "aiEEIAIgBUECdGogACAGQQJ0aigCADYCAAwBCwsgACACIAFBAnT8CgAAC8wCAgZ/AX4gACgCACIEEBwiBUEEaiAAQQRqIARBAnT8",
  "CgAAIARBCmxBAmoiAxAMIQcgAyEAIARFBEAgByAAQQFrIgBqQTA6AAALA0AgBSgCACIEBEBCACEJIARBAWshBANAIARBAE4EQCAF",
  "QQRqIARBAnRqIgY1AgAgCUIghoQhCSAGIAlCgJTr3AOAPgIAIAlCgJTr3AOCIQkgBEEBayEEDAELCyAFKAIAIQQDQCAEBH8gBSAE",
  "QQJ0aigCAAVBAQtFBEAgBEEBayEEDAELCyAFIAQ2AgAgCachBCAFKAIAQQBHIQhBACEGA0AgBkEJSEEAIAQgCHIbBEAgByAAQQFr",
  "IgBqIARBCnBBMGo6AAAgBEEKbiEEIAZBAWohBgwBCwsMAQsLIAEEQCAHIABBAWsiAGpBLToAAAsgAiAAIAdqIAMgAGsiAPwKAAAg",
  "AAvCAQIEfwF+IAAoAgAiAyABKAIASwR/IAMFIAEoAgALQQFqIgUQHCEEA0AgAiAFSQRAIAJBAnQiAyAEQQRqaiACIAAoAgBJBH8g",
  "AEEEaiADaigCAAVBAAutIAIgASgCAEkEfyABQQRqIAJBAnRqKAIABUEAC618IAZ8IgY+AgAgBkIgiCEGIAJBAWohAgwBCwsgBCgC",
  "ACEAA0AgAAR/IAQgAEECdGooAgAFQQELRQRAIABBAWshAAwBCwsgBCAANgIAIAQLwAEBAX8DQCABQZDOAE8EQCABQZDOAHAhAyAB",
  "QZDOAG4hASAAIAJBBGsiAkEBdGogA0HkAG5BAnRBgCNqNQIAIANB5ABwQQJ0QYAjajUCAEIghoQ3AwAMAQsLIAFB5ABPBEAgACAC",
  "QQJrIgJBAXRqIAFB5ABwQQJ0QYAjaigCADYCACABQeQAbiEBCyABQQpPBEAgACACQQJrQQF0aiABQQJ0QYAjaigCADYCAAUgACAC",
  "QQFrQQF0aiABQTBqOwEACwuvAQEBfwJ/IAFEAAAAAAAAAABhBEAgAEEwOwEAIABBLjsBAiAAQTA7AQRBAwwBCyABIAGhRAAAAAAA",
  "AAAAYgRAIAEgAWIEQCAAQc4AOwEAIABB4QA7AQIgAEHOADsBBEEDDAIFIAFEAAAAAAAAAABjIgIEQCAAQS07AQAgAEECaiEACyAA",
  "QsmAuIPgjMA0NwMAIABC7oCkg8COwDw3AwggAkEIagwCCwALIAAgARBwCwuCAgECf0EFIQFBASECIABBAEwEQCAARQ8FIABBAUYE",
  "QEEFDwUgAEECRgRAQRkPBSAAQSBIBEACQAJAAkACQAJAAkBBHyAAZ2sOBQQDAgEABQtBBUEBIABBAXEbIQIgAEEBdiEAQRkhAQsg",
  "ASACbCACIABBAXEbIQIgAEEBdiEAIAEgAWwhAQsgASACbCACIABBAXEbIQIgAEEBdiEAIAEgAWwhAQsgASACbCACIABBAXEbIQIg",
  "AEEBdiEAIAEgAWwhAQsgASACbCACIABBAXEbIQILIAIPCwsLCwNAIAAEQCABIAJsIAIgAEEBcRshAiAAQQF2IQAgASABbCEBDAEL",
  "CyACC6QBACABQf8HSgR8IABEAAAAAAAA4H+iIQAgAUH/B2siAUH/B0oEfEH/ByABQf8HayIBIAFB/wdOGyEBIABEAAAAAAAA4H+i",
  "BSAACwUgAUGCeEgEfCAARAAAAAAAAGADoiEAIAFByQdqIgFBgnhIBHxBgnggAUHJB2oiASABQYJ4TBshASAARAAAAAAAAGADogUg",
  "AAsFIAALCyABrEL/B3xCNIa/ogvyAQEFfyAARQRAIAEPCyABRQRAIAAPCyAAKAIAQQZHBH9BAQUgASgCAEEGRwsEQEEADwsgABAs",
  "IQIgASgCBCEGQQAhAANAIAAgBkkEQCABKAIAQQZPBH8gASgCGCABKAIERwVBAAsEQCABEA4LIAEoAgwgAEECdGooAgAhAyABKAIA",
  "QQZPBH8gASgCGCABKAIERwVBAAsEQCABEA4LIAEoAhAgAEECdGooAgAhBCACIAMQICIFBEAgBSgCAEEGRgR/IAQoAgBBBkYFQQAL",
  "BEAgAiADIAUgBBBEEBYLBSACIAMgBBAWCyAAQQFqIQAMAQsLIAILawEBfyAAKAIAIgJBBkYEQCACQQZPBH8gACgCGCAAKAIERwVB",
  "AAsEQCAAEA4LIAAoAhAgAUECdGooAgAPCyAAKAIAQQZPBH8gACgCGCAAKAIERwVBAAsEQCAAEA4LIAAoAgwgAUECdGooAgALYwEB",
  "fyAAKAIIIQUgACABaiIBKAIAIQAgBARAIAEgACAFQQJ0QQQgBUEBdCAFQQRJG0ECdBA5IgA2AgALIAAgA0ECdGohACACIANLBEAg",
  "AEEEaiAAIAIgA2tBAnT8CgAACyAAC8QBAQd/IAAoAgQhA0EgIQEDQCABIANBAXRBAmpJBEAgAUEBdCEBDAELCyABQQN0IgVBCGoQ",
  "DCICQQhqQQAgBfwLACACIAFBAWs2AgAgAiADNgIEIAAoAgwhBwNAIAMgBEsEQCAHIARBAnRqKAIAECMiBiACKAIAIgVxIQEDQCAC",
  "QQhqIAFBA3RqKAIEBEAgAUEBaiAFcSEBDAELCyACQQhqIAFBA3RqIgEgBjYCACABIARBAWoiBDYCBAwBCwsgACACNgIUC5sCAgR/",
  "An4gACACRwRAIAEgAyABIANJGyEFA0AgBEEIaiAFTQRAIAAgBGopAwAiCSACIARqKQMAIghSBEBBf0EBIAlCCIhC/4H8h/CfwP8A",
  "gyAJQv+B/Ifwn8D/AINCCIaEIglCEIhC//+DgPD/P4MgCUL//4OA8P8/g0IQhoRCIIogCEIIiEL/gfyH8J/A/wCDIAhC/4H8h/Cf",
  "wP8Ag0IIhoQiCEIQiEL//4OA8P8/gyAIQv//g4Dw/z+DQhCGhEIgilQbDwsgBEEIaiEEDAELCwNAIAQgBUkEQCAAIARqLQAAIgYg",
  "AiAEai0AACIHRwRAQX9BASAGIAdJGw8LIARBAWohBAwBCwsLQX9BASABIANJG0EAIAEgA0cbC+YDAQd/IAAoAgBBBkYgACgCBCIE",
  "IAAoAggiB0YhCCAAQQwgBCADIAgQRiABNgIABEAgAEEQIAQgAyAIEEYgAjYCAAsgCARAIABBBCAHQQF0IAdBBEkbNgIICyAAIARB",
  "AWoiAzYCBCAAKAIUIgJFBEAgACADNgIYIANBEE8EQCAAEEcLDwsgBCAAKAIYRgR/IAQEfyAAKAIMIARBAWtBAnRqKAIAIAEQE0EA",
  "SAVBAQsFQQALBEAgACAEQQFqNgIYCyACKAIAIgEgAigCBEEBaiIHQQF0SQRAIAFBAWoiCEEBdCIBQQN0IgNBCGoQDCIJQQhqQQAg",
  "A/wLACAJIAFBAWs2AgAgCSACKAIENgIEA0AgBSAISQRAIAJBCGogBUEDdGoiASgCBCIDBEAgA0EBayEKIAEoAgAiASAJKAIAIgZx",
  "IQMDQCAJQQhqIANBA3RqKAIEBEAgA0EBaiAGcSEDDAELCyAJQQhqIANBA3RqIgMgATYCACADIApBAWo2AgQLIAVBAWohBQwBCwsg",
  "ACAJNgIUIAkhAgsgAiAHNgIEIwgiASACKAIAIgNxIQADQCACQQhqIABBA3RqKAIEBEAgAEEBaiADcSEADAELCyACQQhqIABBA3Rq",
  "IgAgATYCACAAIARBAWo2AgQLSAEDfyABQQF0IgRBFGoQDEEUaiIDQQRrIAQ2AgADQCABIAJLBEAgAyACQQF0aiAAIAJqLQAAOwEA",
  "IAJBAWohAgwBCwsgAxBtC60CAwJ+An8BfCAAKAIUIgQEQCABIAAoAhAgBPwKAAAgBA8LIAAoAgRFBEAgACkDCCICQgBTIQBCACAC",
  "fSACIAAbIQIgAAR/IAFBLToAAEEBBUEACyEAQQEhBCACIQMDQCADQgpaBEAgBEEBaiEEIANCCoAhAwwBCwsgBEEBayEFA0AgBUEA",
  "TgRAIAAgAWogBWogAkIKgqdBMGo6AAAgAkIKgCECIAVBAWshBQwBCwsgACAEag8LIAAoAgRBAkYEQCAAKAIIIAAoAgxBAEcgARA+",
  "DwsgACsDCCIGIAahRAAAAAAAAAAAYgRAIAFBMDoAAEEBDwtBwAAQDCIFIAYQQSEEQQAhAANAIAAgBEkEQCAAIAFqIAUgAEEBdGov",
  "AQA6AAAgAEEBaiEADAELCyAEC7kDAwJ/AXwDfiAAKAIEBH9BAQUgASgCBAtFBEAgACkDCCIGIAEpAwgiB3wiBSAGhSAFIAeFg0IA",
  "WQRAIAUQDw8LCyAAKAIEQQFHBH8gASgCBEEBRwVBAAsEQCAAEBUgACgCBEECRgR/IAAoAgxBAEcFIAApAwhCAFMLIAEQFSABKAIE",
  "QQJGBH8gASgCDEEARwUgASkDCEIAUwsQTw8LIAAgAUEAEE4iAgR/IAIFAnwgACgCBCICRQRAIAApAwi5DAELIAJBAkYEQCAAKAII",
  "IgMoAgBBAWshAgNAIAJBAE4EQCAERAAAAAAAAPBBoiACIAMoAgBJBH8gA0EEaiACQQJ0aigCAAVBAAu4oCEEIAJBAWshAgwBCwsg",
  "BJogBCAAKAIMGwwBCyAAKwMICwJ8RAAAAAAAAAAAIQQgASgCBCIARQRAIAEpAwi5DAELIABBAkYEQCABKAIIIgIoAgBBAWshAANA",
  "IABBAE4EQCAERAAAAAAAAPBBoiAAIAIoAgBJBH8gAkEEaiAAQQJ0aigCAAVBAAu4oCEEIABBAWshAAwBCwsgBJogBCABKAIMGwwB",
  "CyABKwMIC6AQGAsLhAQDA38BfAJ+IAAoAgQEf0EBBSABKAIEC0UEQCAAKQMIIgZCs+aTqAtTIAZCzZns13RVcSABKQMIIgdCzZns",
  "13RVcSAHQrPmk6gLU3EEQCAGIAd+EA8PCwsgACgCBEEBRwR/IAEoAgRBAUcFQQALBEAgABAVIAEQFRAdIAAoAgRBAkYEfyAAKAIM",
  "QQBHBSAAKQMIQgBTCyEAIAEoAgRBAkYEfyABKAIMQQBHBSABKQMIQgBTCyAARxAbDwsCf0EAIABBARAkRQ0AGiMEIwUhAiMGIQRB",
  "ACABQQEQJEUNABojBBAdIAIjBUcgBCMGahAtCyICBH8gAgUCfCAAKAIEIgJFBEAgACkDCLkMAQsgAkECRgRAIAAoAggiAygCAEEB",
  "ayECA0AgAkEATgRAIAVEAAAAAAAA8EGiIAIgAygCAEkEfyADQQRqIAJBAnRqKAIABUEAC7igIQUgAkEBayECDAELCyAFmiAFIAAo",
  "AgwbDAELIAArAwgLAnxEAAAAAAAAAAAhBSABKAIEIgBFBEAgASkDCLkMAQsgAEECRgRAIAEoAggiAigCAEEBayEAA0AgAEEATgRA",
  "IAVEAAAAAAAA8EGiIAAgAigCAEkEfyACQQRqIABBAnRqKAIABUEAC7igIQUgAEEBayEADAELCyAFmiAFIAEoAgwbDAELIAErAwgL",
  "ohAYCwu1AQEEfyAAQQEQJEUEQEEADwsjBCEAIwUhAyMGIQUgAUEBECRFBEBBAA8LIwQhASMFIAJBAEdHIQYgBSAFIwYiAiACIAVK",
  "GyIESgRAIAAgBSAEaxAoEB0hAAsgAiAESgRAIAEgAiAEaxAoEB0hAQsgAyAGRgRAIAAgARA/IAMgBBAtDwsgACABECciAkUEQEIA",
  "EA8PCyACQQBKBH8gACABECsgAyAEEC0FIAEgABArIAYgBBAtCwtLAQF/IAFBAEcgA0EAR0YEQCAAIAIQPyABEBsPCyAAIAIQJyIE",
  "RQRAQgAQDw8LIARBAEoEfyAAIAIQKyABEBsFIAIgABArIAMQGwsLmQIBBX8gACgCCCEDIAAoAgQhBEEiEBIDQCABIARJBEAgASAD",
  "ai0AACIAQSJHIABBIE9xIABB3ABHcUUEQCACIANqIAEgAmsQNSABQQFqIQJB3AAQEiAAQdwARiAAQSJGcgRAIAAQEgUgAEEKRgRA",
  "Qe4AEBIFIABBCUYEQEH0ABASBSAAQQ1GBEBB8gAQEgUgAEEIRgRAQeIAEBIFIABBDEYEQEHmABASBUHQKBAuIABBBHYiBUGsGCgC",
  "AEEBdk8Ef0F/BSAFQQF0QbAYai8BAAsQEiAAQQ9xIgBBrBgoAgBBAXZPBH9BfwUgAEEBdEGwGGovAQALEBILCwsLCwsLIAFBAWoh",
  "AQwBCwsgAiADaiAEIAJrEDVBIhASC80GAQd/IwxBAWokDCMMIQFBxbvyiHghAANAIwwjDUkEQCMMLQAAIgNBIkcEQCADQdwARgRA",
  "QQEhAiMMQQJqJAwMAwsgA0EgSQRAQQAPCyAAIANzQZODgAhsIQAjDEEBaiQMDAILCwsjDCMNTwRAQQAPCyMMIQMjDEEBaiQMIAJF",
  "BEAgAyABayICQTBLBEAgASACEBEPCyABIAIgACACcyIAIABBEHZzQa3qrP8HbCIAIABBD3ZzQYvNsqN4bCIAIABBEHZzIgBBASAA",
  "G0EAEFMPCyADIAFrEAwiBCEAIwwDQCABIANJBEAgASICQQFqIQEgAi0AACIGQdwARwRAIAAiAkEBaiEAIAIgBjoAAAwCCyABIgJB",
  "AWohAQJAAkACQAJAAkACQAJAAkACQAJAIAItAAAiAkEiRwRAIAJB3ABGDQEgAkEvRg0CIAJB4gBGDQMgAkHmAEYNBCACQe4ARg0F",
  "IAJB8gBGDQYgAkH0AEYNByACQfUARg0IDAkLIAAiAkEBaiEAIAJBIjoAAAwJCyAAIgJBAWohACACQdwAOgAADAgLIAAiAkEBaiEA",
  "IAJBLzoAAAwHCyAAIgJBAWohACACQQg6AAAMBgsgACICQQFqIQAgAkEMOgAADAULIAAiAkEBaiEAIAJBCjoAAAwECyAAIgJBAWoh",
  "ACACQQ06AAAMAwsgACICQQFqIQAgAkEJOgAADAILIAEkDBBVIgJBAEgEQEEADwsgAkGAuANIIAJBgLADTnEEfyMNIwxBBmpPBUEA",
  "CwR/IwwtAABB3ABGBUEACwR/IwwtAAFB9QBGBUEACwRAIwxBAmokDBBVIgFBgMADSCABQYC4A05xBEAgASACQQp0akGAuP8aayEC",
  "BSMMQQZrJAwLCyMMIQEgAkGAAUkEfyAAIAI6AAAgAEEBagUgAkGAEEkEQCAAIAJBBnZBwAFyOgAABSACQYCABEkEfyAAIAJBDHZB",
  "4AFyOgAAIABBAWoFIAAgAkESdkHwAXI6AAAgACACQQx2QT9xQYABcjoAASAAQQJqCyIAIAJBBnZBP3FBgAFyOgAACyAAQQFqIgAg",
  "AkE/cUGAAXI6AAAgAEEBagshAAwBC0EADwsMAQsLJAwgBCAAIARrEBEQVAvFAQEBfyAAJAwgACABaiQNQQAkD0EAJBBBACQRQQAk",
  "CSABQYAgTwRAQYggEAwiAEEAQYgg/AsAIAAkDiMOQf8HNgIAEAMiASgCACECQQAhAANAIAAgAkkEQCABQQRqIABBAnRqKAIAEFQa",
  "IABBAWohAAwBCwsFQQAkDgtBABA2IgBFBEBBAA8LA0AjDCMNSQRAIwwtAAAiAUEJRyABQSBHcSABQQpHcSABQQ1HcUUEQCMMQQFq",
  "JAwMAgsLCyAAQQAjDCMNRhsLnAMBBX8jDkUEQCADBEAgAw8LIAAgARARIgAgAjYCDCAADwsjDigCACIGIAJxIQQDQCMOQQhqIARB",
  "AnRqKAIAIgcEQCAHKAIMIAJGBH8gBygCBCABRgVBAAsEfyAHKAIIIgggAEYEf0EABSAIIAEgACABEEgLBUEBCwRAIARBAWogBnEh",
  "BAwCBSAHDwsACwsgA0UEQCAAIAEQESIDIAI2AgwLIw4oAgRBAWoiAEEBdCAGSwRAIw4iBCgCAEEBaiIGQQF0IgdBAnRBCGoiARAM",
  "IghBACAB/AsAIAgkDiMOIAdBAWs2AgAjDiAEKAIENgIEA0AgBSAGSQRAIARBCGogBUECdGooAgAiCARAIAgoAgwgB0EBa3EhAQNA",
  "Iw5BCGogAUECdGooAgAEQCABQQFqIAdBAWtxIQEMAQsLIw5BCGogAUECdGogCDYCAAsgBUEBaiEFDAELCyMOKAIAIgEgAnEhBANA",
  "Iw5BCGogBEECdGooAgAEQCAEQQFqIAFxIQQMAQsLCyMOQQhqIARBAnRqIAM2AgAjDiAANgIEIAMLqQEBBn8jDkUgACgCBEEwS3IE",
  "QCAADwsgACgCCCAAKAIEIAAiASgCDCIARQRAQcW78oh4IQAgASgCCCEGIAEoAgQhAwNAIAIgA0kEQCACIAZqLQAAIABzQZODgAhs",
  "IQAgAkEBaiECDAELCyABIAAgA3MiAEEQdiAAc0Gt6qz/B2wiAEEPdiAAc0GLzbKjeGwiAEEQdiAAcyIAQQEgABsiADYCDAsgACAB",
  "EFMLkwEBBH8jDSMMQQRqSQRAQX8PCwNAIAFBBEgEQCMMIgBBAWokDCAALQAAIgNBMGshAAJAIANBOU0gA0EwT3ENACADQdcAayEA",
  "IANB5gBNIANB4QBPcQ0AIANBN2shACADQcYATSADQcEAT3ENAEF/IQALIABBAEgEQEF/DwsgAkEEdCAAciECIAFBAWohAQwBCwsg",
  "AgsIACAAIAEQUgsmAQF/QRAQDCIAQQA2AgAgAEEANgIEIABBADYCCCAAQQA2AgwgAAsmAQF/IydBAnRBBGoQDCIBIAA2AgAgAUEE",
  "akEAIydBAnT8CwAgAQtIAQJ/PwAiAUEQdCICIABPBEAPCyAAIAJrQf//A2pBEHYiACABSAR/IAFAAEEATgVBAAsEQA8LIABAAEEA",
  "SARAQQBB0BkQJgsLlQEBAn9BASEDIAFBAEgEQCAAQf8XSQRAIAAiAkEBaiEAIAJBLToAAAtBACABayEBCyABIQIDQCACQQpOBEAg",
  "A0EBaiEDIAJBCm0hAgwBCwsgACADakH/F0sEQCAADwsgA0EBayECA0AgAkEATgRAIAAgAmogAUEKb0EwajoAACABQQptIQEgAkEB",
  "ayECDAELCyAAIANqC8QDAQV/QYAIIQQgAARAA0AgBEH/F0kEQAJAIAAiBUEBaiEAIAUtAAAiCEUNACAEIgVBAWohBCAFIAg6AAAM",
  "AgsLCwsDQCAEQf8XSUHsKigCAEEBdiIFIAdKcQRAIAQiAEEBaiEEIAAgBSAHTQR/QX8FIAdBAXRB8CpqLwEACzoAACAHQQFqIQcM",
  "AQsLIAQgARBaIQFBACEEA0AgAUH/F0lB7CooAgBBAXYiBSAESnEEQCABIgBBAWohASAAIAQgBU8Ef0F/BSAEQQF0QfAqai8BAAs6",
  "AAAgBEEBaiEEDAELCyABIAIQWiEBA0AgAUH/F0lBjCsoAgBBAXYiAiAGSnEEQCABIgBBAWohASAAIAIgBk0Ef0F/BSAGQQF0QZAr",
  "ai8BAAs6AAAgBkEBaiEGDAELCyADBEADQCABQf8XSQRAAkAgAyIAQQFqIQMgAC0AACICRQ0AIAEiAEEBaiEBIAAgAjoAAAwCCwsL",
  "C0EAIQMDQCABQf8XSUHMKigCAEEBdiICIANKcQRAIAEiAEEBaiEBIAAgAiADTQR/QX8FIANBAXRB0CpqLwEACzoAACADQQFqIQMM",
  "AQsLIAFBADoAAEGACBACAAsPAEGQGEGIGCAAIAEQExsLZQACQCAAQvuF+tFdUyAAQoT6ha4iVXINACAAQoT6ha4iUSABQv+vy5cD",
  "VXENACAAQvuF+tFdUSABQoDkn8UAU3ENACAAQoCU69wDfiABfBAPDwsjAgRAIAJB0CpBAEEAEBALQQALVgECfwNAIAEgA0sEfyAA",
  "IAMQGSACEGEFQQALBEACf0EBIAAgA2otAAAiBEGAAUkNABpBAiAEQeABSQ0AGkEDIARB8AFJDQAaQQQLIANqIQMMAQsLIAMLWAEB",
  "fwNAIAEgAkkEQAJAIAJBAWshBANAIAEgBEkEfyAAIARqLQAAQcABcUGAAUYFQQALBEAgBEEBayEEDAELCyAAIAQQGSADEGFFDQAg",
  "BCECDAILCwsgAgu1AQEDfyAAKAIAQQRHBEBBkO0AQYDuACABGyAAEA1BAA8LIAAoAgQhBCAAKAIIIQUDQCADIARJBEAgAyAFai0A",
  "AEGAAU8EQCACIAAQKQ8LIANBAWohAwwBCwsgBBAMIQBBACECA0AgAiAESQRAIAAgAmogAiAFai0AACIDQSBzIAMgAQR/IANB+gBN",
  "IANB4QBPcQUgA0HaAE0gA0HBAE9xCxs6AAAgAkEBaiECDAELCyAAIAQQEQtjAQN/IAEoAgghAyABKAIEIQQDQCACIARJBEAgAyAC",
  "EBkgAEYEQEEBDwsCf0EBIAIgA2otAAAiAUGAAUkNABpBAiABQeABSQ0AGkEDIAFB8AFJDQAaQQQLIAJqIQIMAQsLQQALzgEBBn8g",
  "AigCBCEHA0AgASAISwRAAn8gACAIai0AACIEQSVHBEAgAwRAIAMgCWogBDoAAAsgCUEBagwBCyAIQQFqIAFPBEBBfw8LIAhBAWoi",
  "CCAAai0AACIGQSVGBEAgAwRAIAMgCWpBJToAAAsgCUEBagwBCyAFIAdPBEBBfw8LIAUiBEEBaiEFIAYgAigCDCAEQQJ0aigCACAD",
  "IAlqQQAgAxsQ3QEiBEEASARAQX8PCyAEIAlqCyEJIAhBAWohCAwBCwtBfyAJIAUgB0cbC6EBAQR/QX8hBgNAIAEgBU8EQCABIAVL",
  "BH8gACAFai0AAAVBLgsiA0EuRgRAIAZBAEggBkH/AUpyIARBA0tyBEBBAA8LIAQiA0EBaiEEIAIgA2ogBjoAAEF/IQYFIANBOU0g",
  "A0EwT3EEQCADQTBrQf8BcSAGQQpsQQAgBkEAThtqIgZB/wFKBEBBAA8LBUEADwsLIAVBAWohBQwBCwsgBEEERguiAgIGfwF+IAAo",
  "AgghAyAAKAIEIQdBfyEAA0AgAiAHSQRAIAIgACACIANqLQAAIgZBL0YbIQBBASAEIAZBOkYbIQQgAkEBaiECDAELCyAAIAcgAEEA",
  "ThshAiABQgA3AAAgAUIANwAIIAQEQCADIAIgARDlAUUEQEEADwtBBiQiBSADIAIgARBjRQRAQQAPC0EEJCILQSBBgAEjIkEERhsi",
  "ASQjIABBAE4EQCACQQFqIQAgByACayICQQFrIQQgAkEBRgJ+A0AgBCAFSwRAQn8gACADaiAFai0AACICQTBJIAJBOUtyDQIaIAJB",
  "MGtB/wFxrSAIQgp+fCEIIAVBAWohBQwBCwsgCAsiCEIAU3IgCCABrFVyBEBBAA8LIAinJCMLQQELjgsBB38gASAAa0EBakECdBAM",
  "IQkDQCAAIAFJBEACfyMYIABqIgMtAAAiBEEqRgRAIABBAmogAEEBaiIFIAFJBH8gAy0AAUEqRgVBAAshAyAFIAMbDAELIARB+wBG",
  "BEAjGCEEQQAhBiAAIQMCQANAIAEgA0sEQAJAIAMgBGotAAAiBUHcAEYEQCADQQFqIQMMAQsgBUH7AEYEQCAGQQFqIQYFIAVB/QBG",
  "BH8gBkEBayIGBUEBC0UNBAsLIANBAWohAwwBCwtBfyEDC0F/IANBAWogA0EASBsMAQsgBEHcAEYgAEEBaiABSXEEQCMYIABqLQAB",
  "IgNBgAFJBH9BAQUgA0HgAUkEf0ECBUEDQQQgA0HwAUkbCwsgAEEBamoMAQsgBEGAAUkEf0EBBSAEQeABSQR/QQIFQQNBBCAEQfAB",
  "SRsLCyAAagsiA0EASARAQX8PCyAJIAhBAnRqIAA2AgAgCEEBaiEIIxggAGotAABB2wBGBH8gAEEBaiIAIAFJBH8jGCAAai0AAEEh",
  "RgVBAAsEQCAAQQFqIQALA0AgACABSQR/IxggAGotAABB3QBHBUEACwRAIxggAGotAAAiA0GAAUkEf0EBBSADQeABSQR/QQIFQQNB",
  "BCADQfABSRsLCyAAaiEADAELCyABQX8gACAAIAFPGyIAQQFqIABBAEgbBSADCyEADAELCyAIQQFrIQgDQCAIQQBOBEAgCSAIQQJ0",
  "aigCACIAIxhqLQAAIgNBKkYEQCMWIxdBBHRqIgNBBEEDIABBAWogAUkEfyMYIABqLQABQSpGBUEACxs2AgAgA0EANgIEIANBADYC",
  "CCADIAI2AgwjFyICQQFqJBcFIANBP0YEQCMWIxdBBHRqIgBBAjYCACAAQQA2AgQgAEEANgIIIAAgAjYCDCMXIgJBAWokFwUgA0Hb",
  "AEYEQCAAQQFqIgMgAUkEfyMYIANqLQAAQSFGBUEACwRAIANBAWohAwsDQCABIANLBH8jGCADai0AAEHdAEcFQQALBEAjGCADai0A",
  "ACIEQYABSQR/QQEFIARB4AFJBH9BAgVBA0EEIARB8AFJGwsLIANqIQMMAQsLQX8gAyABIANNGyIEQQBIBEAjFiMXQQR0aiIAQQg2",
  "AgAgAEEANgIEIABBADYCCCAAIAI2AgwFIABBAWogAUkiAwRAIxggAGotAAFBIUYhAwsjFiMXQQR0aiIFQQZBBSADGzYCACAFIABB",
  "AkEBIAMbajYCBCAFIAQ2AgggBSACNgIMCyMXIgJBAWokFwUgA0H7AEYEQCAAIQMjGCEEQQAhBwJAA0AgACABSQRAAkAgACAEai0A",
  "ACIFQdwARgRAIABBAWohAAwBCyAFQfsARgRAIAdBAWohBwUgBUH9AEYEfyAHQQFrIgcFQQELRQ0ECwsgAEEBaiEADAELC0F/IQAL",
  "IAAhBCACIQUCfyMZQegHTgRAQQEkGkF/DAELIxlBAWokGUF/IQBBACEHIANBAWoiAiEGAn8DQCAEIAZPBEACQCMYIAZqLQAAIgNB",
  "3ABGBEAgBkEBaiEGDAELIANB+wBGBEAgB0EBaiEHBSADQf0ARiAHQQBKcQRAIAdBAWshBwUgB0UgA0EsRnEgBCAGRnIEQEF/IAIg",
  "BiAFEGUiAkEASA0GGiAAQQBOBEAjFiMXQQR0aiIDQQc2AgAgAyACNgIEIANBADYCCCADIAA2AgwjFyICQQFqJBcLIAIhACAGQQFq",
  "IQILCwsLIAZBAWohBgwBCwsgAAsjGUEBayQZCyICQQBIBEBBfw8LBSMYIABBAWoiBCAAIANB3ABGIAEgBEtxGxAZIQAjFiMXQQR0",
  "aiIDQQE2AgAgAyAANgIEIANBADYCCCADIAI2AgwjFyICQQFqJBcLCwsLIAhBAWshCAwBCwsgAgvAAQEEfyMcIAI2AgBBASECA0Ag",
  "AgRAIx0jGyMcIAJBAWsiAkECdGoiBCgCACIDQQJ0aiIFKAIARg0BIAUjHTYCACMWIANBBHRqIgUoAgAiBkEHRgRAIAQgBSgCDDYC",
  "ACMcIAJBAWpBAnRqIAUoAgQ2AgAgAkECaiECDAILIAAgAUECdGogAzYCACABQQFqIQEgBkEERiAGQQNGcgRAIxwgAkECdGojFiAD",
  "QQR0aigCDDYCACACQQFqIQILDAELCyABC6UBAQd/QQIQFyIEIAIQFCAEIAEQFCAAIAQQFCABKAIAIgRBBkcgBEEFR3EgBEEHR3EE",
  "QA8LIAEoAgQhBgNAIAMgBkkEQCABIAMQRSEHIAEgAxAxIQggAigCBCIJQQFqEBchBUEAIQQDQCAEIAlJBEAgBSACKAIMIARBAnRq",
  "KAIAEBQgBEEBaiEEDAELCyAFIAgQFCAAIAcgBRBnIANBAWohAwwBCwsLqwEBBX8gACgCAEEHRwRAQbDPACAAEA1BAA8LIAEoAgBB",
  "B0cEQEGQ0AAgARANQQAPC0EcEAwiAkEAQRz8CwAgAkEHNgIAIAAoAgQhBANAIAMgBEkEQCAAKAIAQQZPBH8gACgCGCAAKAIERwVB",
  "AAsEQCAAEA4LQX8gASAAKAIMIANBAnRqKAIAIgUQGiIGIAZBAEgbQQBOBEAgAiAFEB8LIANBAWohAwwBCwsgAgvUAgEFf0EcEAwi",
  "AkEAQRz8CwAgAkEGNgIAIAAoAgQhBANAIAMgBEkEQCAAKAIAQQZPBH8gACgCGCAAKAIERwVBAAsEQCAAEA4LIAAoAgwgA0ECdGoo",
  "AgAhBSAAKAIAQQZPBH8gACgCGCAAKAIERwVBAAsEQCAAEA4LIAIgBSAAKAIQIANBAnRqKAIAEBYgA0EBaiEDDAELCyABKAIEIQRB",
  "ACEAA0AgACAESQRAIAEoAgBBBk8EfyABKAIYIAEoAgRHBUEACwRAIAEQDgsgASgCDCAAQQJ0aigCACEFIAEoAgBBBk8EfyABKAIY",
  "IAEoAgRHBUEACwRAIAEQDgsgASgCECAAQQJ0aigCACEGIAIgBRAgIgMEfyADKAIAQQZGBUEACwR/IAYoAgBBBkYFQQALBEAgAiAF",
  "IAMgBhBpEBYFIAIgBSAGEBYLIABBAWohAAwBCwsgAgvKAQEEfyAAKAIAQQVGBH9BAQUgACgCAEEHRgtFBEBBsMUAQcDGACABGyAA",
  "EA1BAA8LIAFBAEetEA8hAiAAKAIEIQUDQCAEIAVJBEAgACgCAEEGTwR/IAAoAhggACgCBEcFQQALBEAgABAOCyAAKAIMIARBAnRq",
  "KAIAIgMoAgBBA0cEQCABBH9BwMcAQeDIACAAIAMQOwVBgMoAQaDLACAAIAMQOwsaQQAPCyABBH8gAiADEE0FIAIgAxBMCyECIARB",
  "AWohBAwBCwsgAgvKAQEFfyAAKAIAQQVGBH9BAQUgACgCAEEHRgtFBEBBsMwAQbDNACABGyAAEA1BAA8LIAAoAgQiBUUEQEEADwsg",
  "ACgCAEEGTwR/IAAoAhggACgCBEcFQQALBEAgABAOCyAAKAIMKAIAIQJBASEEA0AgBCAFSQRAIAAoAgBBBk8EfyAAKAIYIAAoAgRH",
  "BUEACwRAIAAQDgsgACgCDCAEQQJ0aigCACIDIAIQEyIGQQBKIAZBAEggARsEQCADIQILIARBAWohBAwBCwsgAgtCAQN/QQEQHCIC",
  "QQA2AgBCChAiIQQDQCABIANLBEAgAiAEEB0gACADajEAAEIwfRAiED8hAiADQQFqIQMMAQsLIAILrAsDB38FfgJ8AkAgAEEUaygC",
  "EEEBdiIFRQ0AIAAvAQAhBEQAAAAAAADwPyEOA0AgBQR/An8gBEGAAXJBoAFGIARBCWtBBE1yIARBgC1JDQAaQQEgBEGAQGpBCk0N",
  "ABoCQAJAIARBgC1GDQAgBEGowABGDQAgBEGpwABGDQAgBEGvwABGDQAgBEHfwABGDQAgBEGA4ABGDQAgBEH//QNGDQAMAQtBAQwB",
  "C0EACwVBAAsEQCAAQQJqIgAvAQAhBCAFQQFrIQUMAQsLIAVFDQAgBEEtRgR/IAVBAWsiBUUNAUQAAAAAAADwvyEOIABBAmoiAC8B",
  "AAUgBEErRgR/IAVBAWsiBUUNAiAAQQJqIgAvAQAFIAQLCyIEQckARiAFQQhOcQRAIAApAwBCyYC4g+CMwDRRBH8gACkDCELugKSD",
  "wI7APFEFQQALBEAgDkQAAAAAAADwf6IPCwwBCyAEQS5HIARBMGtBCk9xDQAgACEDA0AgBEEwRgRAIABBAmoiAC8BACEEIAVBAWsh",
  "BQwBCwsgBUEATARAIA5EAAAAAAAAAACiDwsgBEEuRgRAIAAgA0YhAyAAQQJqIQAgAyAFQQFrIgVFcQ0BQQEhBgNAIAAvAQAiBEEw",
  "RgRAIAVBAWshBSACQQFrIQIgAEECaiEADAELCyAFQQBMBEAgDkQAAAAAAAAAAKIPCyADIAJFcSAEQTBrQQpPcQ0BCyAEQTBrIQMD",
  "QCAGRSAEQS5GcSADQQpJIgRyBEACQCAEBEAgAUETSAR+IAOtIAhCCn58BSAIIANBAEethAshCCABQQFqIQEFIAEhAkEBIQYLIAVB",
  "AWsiBUUNACAAQQJqIgAvAQAiBEEwayEDDAILCwsgAiABIAYbQRMgASABQRNKG2shBkEBIQMCQCAIUAJ/QQAgAC8BAEEgckHlAEcN",
  "ABpBACAFQQFrIgFFDQAaIABBAmoiAC8BACICQS1GBH9BACABQQFrIgFFDQEaQX8hAyAAQQJqIgAvAQAFIAJBK0YEf0EAIAFBAWsi",
  "AUUNAhogAEECaiIALwEABSACCwshAgNAIAJBMEYEQEEAIAFBAWsiAUUNAhogAEECaiIALwEAIQIMAQsLIAJBMGshBANAIARBCklB",
  "ACABGwRAIANBgBlsIAdBgBlODQIaIAdBCmwgBGohByABQQFrIQEgAEECaiIALwEAQTBrIQQMAQsLIAMgB2wLIAZqIgBBqn1Icg0A",
  "RAAAAAAAAPB/IQ0gAEG0AkoNACAIuiENIABFDQAgAEElTCAAQRZKcQRAIA0gAEEDdEHQJWorAwCiIQ1BFiEACyAIQv////////8P",
  "WAR/IABBH3UiASAAIAFqc0EWTAVBAAsEfCAAQQBKBEAgDSAAQQN0QYAnaisDAKIhDQwCCyANQQAgAGtBA3RBgCdqKwMAowUgAEEA",
  "SAR8IAggCHkiCYYhCCAArCAJfSEJA0AgAEFyTARAIAhC6YOx3haCIAhC6YOx3haAIgh5IgpCEn2GukSbK6GGm4QGP6Ke/AcgCCAK",
  "hnwhCCAJIAp9IQkgAEEOaiEADAELCyAIQQAgAGsQQqwiC4AiDHkhCiAIIAuCur0gCkI0hny/IAu6o/wHIAwgCoZ8uiAJIAp9pxBD",
  "BSAIIAh6IgmIIQggCSAArHwkLgNAIABBDU4EQEIgIAhCIIhCleeJxgR+IAhC/////w+DQpXnicYEfiIIQiCIfCIJQiCIp2etIgp9",
  "IgsjLnwkLiAIIAqGQh+IQgGDIAkgCoYgCEL/////D4MgC4iEfCEIIABBDWshAAwBCwsgABBCrSIJIAhC/////w+DfiEKQiAgCEIg",
  "iCAJfiAKQiCIfCIIQiCIp2etIgl9IgsjLnwkLiAKIAmGQh+IQgGDIAggCYYgCkL/////D4MgC4iEfLojLqcQQwsLIQ0LIA0gDqYP",
  "C0QAAAAAAAD4fwvaBAECfyACRQRAIAAgAUEBdGpBroDAATYCACABQQJqDwsgASACaiIDQRVMIAEgA0xxBH8DQCABIANIBEAgACAB",
  "QQF0akEwOwEAIAFBAWohAQwBCwsgACADQQF0akGugMABNgIAIANBAmoFIANBFUwgA0EASnEEfyAAIANBAXRqIgBBAmogAEEAIAJr",
  "QQF0/AoAACAAQS47AQAgAUEBagUgA0EATCADQXpKcQR/IABBAiADayIDQQF0aiAAIAFBAXT8CgAAIABBsIC4ATYCAEECIQIDQCAC",
  "IANIBEAgACACQQF0akEwOwEAIAJBAWohAgwBCwsgASADagUgAUEBRgRAIABB5QA7AQIgAEEEaiICIANBAWsiAEEASCIDBEBBACAA",
  "ayEACyAAIABBoI0GSQR/IABB5ABJBH8gAEEKT0EBagUgAEGQzgBPQQNqIABB6AdPagsFIABBgK3iBEkEfyAAQcCEPU9BBmoFIABB",
  "gJTr3ANPQQhqIABBgMLXL09qCwtBAWoiARBAIAJBLUErIAMbOwEABSAAQQRqIABBAmogAUEBdCICQQJr/AoAACAAQS47AQIgACAC",
  "aiIAQeUAOwECIABBBGoiBCADQQFrIgBBAEgiAgRAQQAgAGshAAsgACAAQaCNBkkEfyAAQeQASQR/IABBCk9BAWoFIABBkM4AT0ED",
  "aiAAQegHT2oLBSAAQYCt4gRJBH8gAEHAhD1PQQZqBSAAQYCU69wDT0EIaiAAQYDC1y9PagsLQQFqIgAQQCAEQS1BKyACGzsBACAA",
  "IAFqIQELIAFBAmoLCwsLhgYCA38EfiACIAF9IQpCAUEAIANrIgisIgGGIgxCAX0iCyACgyEJIAIgAYinIgNBoI0GSQR/IANB5ABJ",
  "BH8gA0EKT0EBagUgA0GQzgBPQQNqIANB6AdPagsFIANBgK3iBEkEfyADQcCEPU9BBmoFIANBgJTr3ANPQQhqIANBgMLXL09qCwsh",
  "BwNAIAdBAEoEQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCAHQQFrDgoJCAcGBQQDAgEACgsgA0GAlOvcA24hBiADQYCU69wDcCED",
  "DAoLIANBgMLXL24hBiADQYDC1y9wIQMMCQsgA0GAreIEbiEGIANBgK3iBHAhAwwICyADQcCEPW4hBiADQcCEPXAhAwwHCyADQaCN",
  "Bm4hBiADQaCNBnAhAwwGCyADQZDOAG4hBiADQZDOAHAhAwwFCyADQegHbiEGIANB6AdwIQMMBAsgA0HkAG4hBiADQeQAcCEDDAML",
  "IANBCm4hBiADQQpwIQMMAgsgAyEGQQAhAwwBC0EAIQYLIAUgBnIEQCAAIAVBAXRqIAZB//8DcUEwajsBACAFQQFqIQULIAdBAWsh",
  "ByAEIAOtIAisIgKGIAl8IgFaBEAjKyAHaiQrIAdBAnRB2CJqNQIAIAKGIQIgACAFQQFrQQF0aiIALwEAIQcDQCABIApUIAQgAX0g",
  "AlpxBH8gCiABIAJ8IglWIAogAX0gCSAKfVZyBUEACwRAIAdBAWshByABIAJ8IQEMAQsLIAAgBzsBACAFDwsMAQsLA0AgBEIKfiEE",
  "IAlCCn4iASAIrIgiAiAFrIRCAFIEQCAAIAVBAXRqIAKnQf//A3FBMGo7AQAgBUEBaiEFCyAHQQFrIQcgASALgyIJIARaDQALIysg",
  "B2okKyAKQQAgB2tBAnRB2CJqNQIAfiEBIAAgBUEBa0EBdGoiAC8BACEHA0AgASAJViAEIAl9IAxacQR/IAEgCSAMfCICViABIAl9",
  "IAIgAX1WcgVBAAsEQCAHQQFrIQcgCSAMfCEJDAELCyAAIAc7AQAgBQuFBAIKfgR/IAFEAAAAAAAAAABjIgwEfCAAQS07AQAgAZoF",
  "IAELvSICQoCAgICAgID4/wCDQjSIpyINQQEgDRtBswhrIg5BAWsgAkL/////////B4MgDUEAR61CNIZ8IgJCAYZCAXwiA3mnIg9r",
  "IQ0gAyAPrIYkKCACIAJCgICAgICAgAhRQQFqIg+shkIBfSAOIA9rIA1rrIYkKSANJCpB3AJBQyMqa7dE/nmfUBNE0z+iRAAAAAAA",
  "sHVAoCIB/AIiDSANtyABYmpBA3VBAWoiDUEDdCIOayQrIA5B8BtqKQMAJCwgDUEBdEGoIWouAQAkLSACIAJ5hiICQv////8PgyEE",
  "IywiB0L/////D4MiCCACQiCIIgJ+IAQgCH5CIIh8IQUjKCIDQv////8PgyEJIANCIIgiAyAIfiAIIAl+QiCIfCEGIykiCkL/////",
  "D4MhCyAKQiCIIgogCH4gCCALfkIgiHwhCCAAIAxBAXRqIAAgAiAHQiCIIgJ+IAVCIIh8IAIgBH4gBUL/////D4N8Qv////8HfEIg",
  "iHwgAiADfiAGQiCIfCACIAl+IAZC/////w+DfEL/////B3xCIIh8QgF9IgMjLSMqakFAayADIAIgCn4gCEIgiHwgAiALfiAIQv//",
  "//8Pg3xC/////wd8QiCIfEIBfH0gDBBvIAxrIysQbiAMagujBAEIf0EcEAwiBUEAQRz8CwAgBUEGNgIAIAFBEE8EQANAIAEgA0sE",
  "QCAFIAAgA0EDdGoiAigCACACKAIEEBYgA0EBaiEDDAELCyAFDwsgAUUEQCAFDwsgASMJRiECA0AgASADSyACcQRAIwogA0ECdGoo",
  "AgAgACADQQN0aigCAEYhAiADQQFqIQMMAQsLIwshBiABIQMgAkUEQCADQQJ0EAwhBkEAIQMDQCABIAdLBEAgACAHQQN0aigCACEJ",
  "IAMhAkEBIQgDQCACBEAgACAGIAJBAWsiBEECdGooAgBBA3RqKAIAIAkQEyIIQQBKBEAgBCECDAILCwsCQCAIQQEgAhtFBEAgBiAC",
  "QQFrQQJ0aiAHNgIADAELIAIgA0kEQCAGIAJBAWpBAnRqIAYgAkECdGogAyACa0ECdPwKAAALIAYgAkECdGogBzYCACADQQFqIQML",
  "IAdBAWohBwwBCwsgASADRgRAIAEkCSAGJAsgAUECdBAMJApBACECA0AgASACSwRAIwogAkECdGogACACQQN0aigCADYCACACQQFq",
  "IQIMAQsLCwsgA0ECdCIBEAwhAiABEAwhBEEAIQEDQCABIANJBEAgACABQQJ0IgcgBmooAgBBA3RqIQggAiAHaiAIKAIANgIAIAQg",
  "B2ogCCgCBDYCACABQQFqIQEMAQsLIAUgAzYCBCAFIAM2AgggBSACNgIMIAUgBDYCECAFIAM2AhggBQu7AwMBfAJ/AX4CQCAAKAIE",
  "IgJFBEAgACkDCCIEQiCIpyIAIABBEHZzQa3qrP8HbCIAIABBD3ZzQYvNsqN4bCEADAELIAJBAUYCfCAAKAIEIgJFBEAgACkDCLkM",
  "AQsgAkECRgRAIAAoAggiAygCAEEBayECA0AgAkEATgRAIAFEAAAAAAAA8EGiIAIgAygCAEkEfyADQQRqIAJBAnRqKAIABUEAC7ig",
  "IQEgAkEBayECDAELCyABmiABIAAoAgwbDAELIAArAwgLIgGdIAFhcSABRAAAAAAAAODDZnEgAUQAAAAAAADgQ2NxBEAgAfwGIgRC",
  "IIinIgAgAEEQdnNBreqs/wdsIgAgAEEPdnNBi82yo3hsIQAMAQtEAAAAAAAAAAAgASABRAAAAAAAAAAAYRu9IgRCIIinIgAgAEEQ",
  "dnNBreqs/wdsIgAgAEEPdnNBi82yo3hsIQAgBKcgAEEQdiAAc3MiACAAQRB2c0Gt6qz/B2wiACAAQQ92c0GLzbKjeGwiACAAQRB2",
  "cw8LIASnIABBEHYgAHNzIgAgAEEQdnNBreqs/wdsIgAgAEEPdnNBi82yo3hsIgAgAEEQdnMLoAkDBn8CfAJ+IAAoAgQEf0EBBSAB",
  "KAIEC0UEQEF/QQEgACkDCCIKIAEpAwgiC1MbQQAgCiALUhsPCyAAKAIEQQFHBH8gASgCBEEBRwVBAAsEQCABKAIEQQJGBH8gASgC",
  "DEEARwUgASkDCEIAUwsgACgCBEECRgR/IAAoAgxBAEcFIAApAwhCAFMLIgJHBEBBf0EBIAIbDwtBACAAEBUgARAVECciAGsgACAC",
  "Gw8LIAAoAgQiAgRAIAEoAgQEf0F/AnwgAkUEQCAAKQMIuQwBCyACQQJGBEAgACgCCCIDKAIAQQFrIQIDQCACQQBOBEAgCEQAAAAA",
  "AADwQaIgAiADKAIASQR/IANBBGogAkECdGooAgAFQQALuKAhCCACQQFrIQIMAQsLIAiaIAggACgCDBsMAQsgACsDCAsiCQJ8RAAA",
  "AAAAAAAAIQggASgCBCICRQRAIAEpAwi5DAELIAJBAkYEQCABKAIIIgMoAgBBAWshAgNAIAJBAE4EQCAIRAAAAAAAAPBBoiACIAMo",
  "AgBJBH8gA0EEaiACQQJ0aigCAAVBAAu4oCEIIAJBAWshAgwBCwsgCJogCCABKAIMGwwBCyABKwMICyIIZCAIIAlkGwUgASkDCCEK",
  "AnwgACgCBCICRQRAIAApAwi5DAELIAJBAkYEQCAAKAIIIgMoAgBBAWshAgNAIAJBAE4EQCAIRAAAAAAAAPBBoiACIAMoAgBJBH8g",
  "A0EEaiACQQJ0aigCAAVBAAu4oCEIIAJBAWshAgwBCwsgCJogCCAAKAIMGwwBCyAAKwMICyEIQX8hAgJAIAhEAAAAAAAA4ENmDQBB",
  "ASECIAhEAAAAAAAA4MNjDQBBf0EBIAidIgn8BiILIApVGyECIAogC1INAEF/IAggCaEiCEQAAAAAAAAAAGMgCEQAAAAAAAAAAGQb",
  "IQILQQAgAmsLIQIFIAApAwghCgJ8IAEoAgQiAkUEQCABKQMIuQwBCyACQQJGBEAgASgCCCIDKAIAQQFrIQIDQCACQQBOBEAgCEQA",
  "AAAAAADwQaIgAiADKAIASQR/IANBBGogAkECdGooAgAFQQALuKAhCCACQQFrIQIMAQsLIAiaIAggASgCDBsMAQsgASsDCAshCEF/",
  "IQICQCAIRAAAAAAAAOBDZg0AQQEhAiAIRAAAAAAAAODDYw0AQX9BASAInSIJ/AYiCyAKVRshAiAKIAtSDQBBfyAIIAmhIghEAAAA",
  "AAAAAABjIAhEAAAAAAAAAABkGyECCwsgAgR/QQAFIAAoAhQEf0EBBSABKAIUCwsEQAJ/QQIgAEEAECRFDQAaIwQhBSMGIQMjByIE",
  "QQBHIwUjBRshBkECIAFBABAkRQ0AGkF/QQEgBhsjByIHQQBHIwUjBRsgBkcNABogB0UgBEVyBEBBACAEIAdGDQEaQQBBAUF/IAQb",
  "IgBrIAAgBhsMAQsjBCEAQQAgA6wgBK18IgojBiIBrCAHrXwiC1IEf0F/QQEgCiALUxsFIAEgA0wEfyAFIAMgAWsQKBAdIAAQJwUg",
  "BSAAIAEgA2sQKBAdECcLCyIAayAAIAYbCyIAQQJHBEAgAA8LCyACC0AAIAAgASAAIAEQICIABH8gACgCAEEGRgVBAAsEfyAAECwF",
  "QRwQDCIAQQBBHPwLACAAQQY2AgAgAAsiABAWIAALMAAgAAR/IAAoAgBBBkYFQQALBH8gABAsBUEcEAwiAEEAQRz8CwAgAEEGNgIA",
  "IAALCw8AIAAEfyAAKAIABUEACwsFAEGIGAsIACAAIAEQEQsGACAAECwLBgAgACQBCwgAIAAgARAfCxoBAX9BHBAMIgBBAEEc/AsA",
  "IABBBzYCACAACzMBAX8Cf0EAIABFDQAaIAAoAgAiAUEGRgRAIAAoAhAMAQsgAUEHRgR/IAAoAgwFQQALCwsnAQF/IAAEfyAAKAIA",
  "IgFBB0YgAUEGRnIEfyAAKAIMBUEACwVBAAsLDAAgACABIAIgAxBbCwYAIAAQBgsKACAAIAEgAhAWCxoBAX9BHBAMIgBBAEEc/AsA",
  "IABBBjYCACAACxcAIAAgARAzIgBFBEBBAEHwKRAmCyAACwYAIAAQDwsFAEGAGAtYAQN/A0AgASADai0AAARAIANBAWohAwwBCwsg",
  "A0EQahAMIgRBBDYCACAEIAM2AgQgBCAEQRBqIgU2AgggBEEANgIMIAUgASAD/AoAACAAIAQgAqwQDxAWCwgAIAAgARBECwgAIyYQ",
  "WCQmCwkAIyYoAgAkJgsSACMmQQRqIABBAnRqIAE2AgALDAAgACQnQQAQWCQmCxAAIyZBBGogAEECdGooAgALdgEDfwJAIAAoAgAi",
  "AkEERgRAIAAoAgghAyAAKAIEIQJBACEAA0AgACACSQRAIAFBAWogASAAIANqLQAAQcABcUGAAUcbIQEgAEEBaiEADAELCwwBCyAC",
  "QQZGIAJBBUZyIAJBB0ZyBEAgACgCBCEBCwsgAa0QDwsIACAAIAEQRQsIACAAIAEQMQsxAQF/An9BACAARQ0AGiAAKAIAIgFBBkYg",
  "AUEFRnIgAUEHRnIEQCAAKAIEDAELQQALCwgAIAAgARAyCwUAQZAYCwgAIAAgARATC0AAQeAYIAA2AgBB5BhBBDYCAEHoGCABNgIA",
  "QewYIAI2AgBB8BggAzYCAEH0GCAENgIAIABBACABIAIgAyAEEAcLPgBB4BggADYCAEHkGEEDNgIAQegYIAE2AgBB7BggAjYCAEHw",
  "GCADNgIAQfQYQQA2AgAgAEEAIAEgAiADEAgLCgAgACABIAIQOAsIACAAIAEQKQs4AEHgGCAANgIAQeQYQQA2AgBB6BhBADYCAEHs",
  "GEEANgIAQfAYQQA2AgBB9BhBADYCACAAQQAQCwtdAQN/IAAEfyAAKAIAQQVHBUEBCwRAIAAPC0EcEAwiAUEAQRz8CwAgAUEHNgIA",
  "IAAoAgQhAwNAIAIgA0kEQCABIAAoAgwgAkECdGooAgAQHyACQQFqIQIMAQsLIAELCAAgACABEBQLBgAgABAXCwkAIABB0CoQJgsH",
  "ACAAKAIAC7cCAQR/QQAgASAABH8gACgCAEEGRwVBAQsbBH8gASgCAEEFRwVBAQsEQEEDDwsgASgCBCIDRQRAQQMPCwNAIAJBAWog",
  "A0kEQCAAIAEoAgwgAkECdGooAgAQICIABH8gACgCAEEGRwVBAQsEQEEADwsgAkEBaiECDAELCyABKAIMIANBAWtBAnRqKAIAIQNB",
  "HBAMIgRBAEEc/AsAIARBBjYCACAAKAIEIQJBACEBA0AgASACSQRAIAAoAgBBBk8EfyAAKAIYIAAoAgRHBUEACwRAIAAQDgsgACgC",
  "DCABQQJ0aigCACIFIAMQEwRAIAAoAgBBBk8EfyAAKAIYIAAoAgRHBUEACwRAIAAQDgsgBCAFIAAoAhAgAUECdGooAgAQFgsgAUEB",
  "aiEBDAELCyAAIARBHPwKAABBAAsIACAAQQEQNwu0AQEEf0EAIAEiAyAABH8gACgCAEEGRwVBAQsbBH8gAygCAEEFRwVBAQsEQEED",
  "DwsgAygCBCIFRQRAQQMPCwNAIARBAWogBUkEQCAAIAMoAgwgBEECdGooAgAiBhAgIgEEfyABKAIAQQZHBUEBCwRAQRwQDCIBQQBB",
  "HPwLACABQQY2AgAgACAGIAEQFgsgASEAIARBAWohBAwBCwsgACADKAIMIAVBAWtBAnRqKAIAIAIQFkEACwYAIAAQDAsIACAAQQAQ",
  "NwsGACAAJAALDgAjAEUEQBAAJAALIwALAgALCQAgACABNgIACwkAIAAgATYCDAsJACAAIAE2AgQLBwAgACgCCAtHAQF/IAUkACAE",
  "BEAgAyAEEFIiB0UEQEEAQZApECYLCxBXIgAgBzYCACAAIAI2AgQgACABNgIMIAAQASAAKAIIIAZBAUYQNwsIACAAEAFBAAsEABAE",
  "CwQAEAULCQAgAEEARyQCCwUAQeAYCwQAIwELWAACQAJAAkACQAJAAkACQAJAIAAoAgBBAWsOBwABAgMEBQYHC0HwJhAeDwtBkC0Q",
  "Hg8LQcAtEB4PC0HgLRAeDwtBgC4QHg8LQaAuEB4PC0HALhAeDwtBAAsRAEGIGEGQGCAAKAIAQQRGGwsRAEGIGEGQGCAAKAIAQQdG",
  "GwsRAEGIGEGQGCAAKAIAQQZGGwsRAEGIGEGQGCAAKAIAQQNGGwsRAEGIGEGQGCAAKAIAQQFGGwsRAEGIGEGQGCAAKAIAQQJGGwsR",
  "AEGIGEGQGCAAKAIAQQVGGwvvBAMCfAJ/AX4gACABQfA0QdA1ECoEQEEADwsgACgCBEEBRwR/QQEFIAArAwgiA50gA2EgAyADoUQA",
  "AAAAAAAAAGFxCwR/IAEoAgRBAUcEf0EBBSABKwMIIgOdIANhIAMgA6FEAAAAAAAAAABhcQsFQQALRQRAIwIEQEGwNkHQKkEAQQAQ",
  "EAtBAA8LIAEoAgRBAkYEf0EABSABKAIEBH8gASsDCEQAAAAAAAAAAGEFIAEpAwhQCwsEQCMCBEBBkDdB0CpBAEEAEBALQQAPCwJ/",
  "IAAoAgQEf0EBBSABKAIEC0UEQCABKQMIIgZCf1EEQEIAEA8MAgsgACkDCCAGgRAPDAELIAAoAgRBAUcEfyABKAIEQQFHBUEACwRA",
  "IAAQFSABEBUQLxojAyIBKAIABH8gASAAKAIEQQJGBH8gACgCDEEARwUgACkDCEIAUwsQGwVCABAPCwwBCwJ8IAAoAgQiBEUEQCAA",
  "KQMIuQwBCyAEQQJGBEAgACgCCCIFKAIAQQFrIQQDQCAEQQBOBEAgAkQAAAAAAADwQaIgBCAFKAIASQR/IAVBBGogBEECdGooAgAF",
  "QQALuKAhAiAEQQFrIQQMAQsLIAKaIAIgACgCDBsMAQsgACsDCAsiAiACAnxEAAAAAAAAAAAhAiABKAIEIgBFBEAgASkDCLkMAQsg",
  "AEECRgRAIAEoAggiBCgCAEEBayEAA0AgAEEATgRAIAJEAAAAAAAA8EGiIAAgBCgCAEkEfyAEQQRqIABBAnRqKAIABUEAC7igIQIg",
  "AEEBayEADAELCyACmiACIAEoAgwbDAELIAErAwgLIgKjnSACoqEQGAsLGgAgACABQbArQaAsECoEQEEADwsgACABEEwLDwBBiBhB",
  "kBggACABEBMbCxoAIAAgAUGwMUGQMhAqBEBBAA8LIAAgARBNC7IFAwV/AXwDfiAAKAIAQQNGBH8gASgCAEEDRgVBAAsEQAJ/IAAo",
  "AgQEf0EBBSABKAIEC0UEQCAAKQMIIgggASkDCCIKfSEJIAggCoUgCCAJhYNCAFkEQCAJEA8MAgsLIAAoAgRBAUcEfyABKAIEQQFH",
  "BUEACwRAIAAQFSAAKAIEQQJGBH8gACgCDEEARwUgACkDCEIAUwsgARAVIAEoAgRBAkYEfyABKAIMQQBHBSABKQMIQgBTC0UQTwwB",
  "CyAAIAFBARBOIgIEfyACBQJ8IAAoAgQiAkUEQCAAKQMIuQwBCyACQQJGBEAgACgCCCIDKAIAQQFrIQIDQCACQQBOBEAgB0QAAAAA",
  "AADwQaIgAiADKAIASQR/IANBBGogAkECdGooAgAFQQALuKAhByACQQFrIQIMAQsLIAeaIAcgACgCDBsMAQsgACsDCAsCfEQAAAAA",
  "AAAAACEHIAEoAgQiAEUEQCABKQMIuQwBCyAAQQJGBEAgASgCCCICKAIAQQFrIQADQCAAQQBOBEAgB0QAAAAAAADwQaIgACACKAIA",
  "SQR/IAJBBGogAEECdGooAgAFQQALuKAhByAAQQFrIQAMAQsLIAeaIAcgASgCDBsMAQsgASsDCAuhEBgLCw8LIAAoAgBBB0YEfyAB",
  "KAIAQQdGBUEACwRAQRwQDCIFQQBBHPwLACAFQQc2AgAgACgCBCEGA0AgAiAGSQRAIAAoAgBBBk8EfyAAKAIYIAAoAgRHBUEACwRA",
  "IAAQDgtBfyABIAAoAgwgAkECdGooAgAiAxAaIgQgBEEASBtBAEgEQCAFIAMQHwsgAkEBaiECDAELCyAFDwsgACgCAEEDRgR/QQEF",
  "IAAoAgBBB0YLRQRAQeAuIAAQDUEADwsgASgCAEEDRgRAQeAvIAEQDUEADwtBwDAgARANQQALEgBBiBhBkBggACABEBNBAEwbCxIA",
  "QYgYQZAYIAAgARATQQBIGwtlAQF/IAIoAgAiA0EGRiADQQVGcgRAQZAYQYgYIAIgABAyIgAEfyAAIAEQEwVBAQsbDwsgA0EHRgRA",
  "QYgYQZAYIAAgARATBH9BAAVBfyACIAAQGiIAIABBAEgbQQBOCxsPC0GQGAvRAQECfyABKAIAIgNBB0YEQEGIGEGQGEF/IAEgABAa",
  "IgAgAEEASBtBAE4bDwsgA0EFRgRAIAEoAgQhAwNAIAIgA0kEQCABKAIMIAJBAnRqKAIAIAAQE0UEQEGIGA8LIAJBAWohAgwBCwtB",
  "kBgPCyADQQZGBEAgASgCBCEDA0AgAiADSQRAIAEoAgBBBk8EfyABKAIYIAEoAgRHBUEACwRAIAEQDgsgASgCECACQQJ0aigCACAA",
  "EBNFBEBBiBgPCyACQQFqIQIMAQsLQZAYDwtBkBgLEgBBiBhBkBggACABEBNBAE4bCxIAQYgYQZAYIAAgARATQQBKGwvDBAMCfwF8",
  "An4gACABQfAyQdAzECoEQEEADwsgASgCBEECRgR/QQAFIAEoAgQEfyABKwMIRAAAAAAAAAAAYQUgASkDCFALCwRAIwIEQEGwNEHQ",
  "KkEAQQAQEAtBAA8LAn8gACgCBAR/QQEFIAEoAgQLRQRAIAEpAwgiBUJ/USAAKQMIIgZCgICAgICAgICAf1FxBH5CAQUgBiAFgQtQ",
  "BEAgBiAFfxAPDAILCyAAKAIEQQFHBH8gASgCBEEBRwVBAAsEfyAAKAIEQQJGBH9BAQUgASgCBEECRgsFQQALBEAgABAVIAEQFRAv",
  "IQIjAygCAEUEQCAAKAIEQQJGBH8gACgCDEEARwUgACkDCEIAUwshACACIAEoAgRBAkYEfyABKAIMQQBHBSABKQMIQgBTCyAARxAb",
  "DAILCwJ8IAAoAgQiAkUEQCAAKQMIuQwBCyACQQJGBEAgACgCCCIDKAIAQQFrIQIDQCACQQBOBEAgBEQAAAAAAADwQaIgAiADKAIA",
  "SQR/IANBBGogAkECdGooAgAFQQALuKAhBCACQQFrIQIMAQsLIASaIAQgACgCDBsMAQsgACsDCAsCfEQAAAAAAAAAACEEIAEoAgQi",
  "AEUEQCABKQMIuQwBCyAAQQJGBEAgASgCCCICKAIAQQFrIQADQCAAQQBOBEAgBEQAAAAAAADwQaIgACACKAIASQR/IAJBBGogAEEC",
  "dGooAgAFQQALuKAhBCAAQQFrIQAMAQsLIASaIAQgASgCDBsMAQsgASsDCAujEBgLC4kDAQJ/IAEEfyAALQAAQS1GBUEAC0EARyID",
  "IAFPBEBBAA8LIAAgA2otAABBMEYEfyADQQFqBSADIQIDQCABIAJLBH8gACACai0AAEEwTwVBAAsEfyAAIAJqLQAAQTlNBUEACwRA",
  "IAJBAWohAgwBCwsgAiADRgRAQQAPCyACCyIDIAFJBH8gACADai0AAEEuRgVBAAsEQCADQQFqIQIDQCABIAJLBH8gACACai0AAEEw",
  "TwVBAAsEfyAAIAJqLQAAQTlNBUEACwRAIAJBAWohAgwBCwsgAiADQQFqRgRAQQAPCyACIQMLIAEgA0sEfyAAIANqLQAAQSByQeUA",
  "RgVBAAsEfyAAIQIgA0EBaiIDIAFJBH8gACADai0AAEErRgR/QQEFIAAgA2otAABBLUYLBUEACwRAIANBAWohAwsgAyEAA0AgACAB",
  "SQR/IAAgAmotAABBME8FQQALBH8gACACai0AAEE5TQVBAAsEQCAAQQFqIQAMAQsLIAAgA0YEQEEADwsgAAUgAwsgAUYLjQUCAn8B",
  "fCAAKAIAIgJBAUYEQEIAEA8PCyACQQJGBEAgACgCBEEAR60QDw8LIAJBA0YEQCAADwsgAkEERgRAIAAoAgggACgCBBAzIgIEQCAC",
  "KAIEQQFHBH9BAQUgACgCCCAAKAIEEMUBCwR/IAIFAnwgAigCBCIARQRAIAIpAwi5DAELIABBAkYEQCACKAIIIgEoAgBBAWshAANA",
  "IABBAE4EQCADRAAAAAAAAPBBoiAAIAEoAgBJBH8gAUEEaiAAQQJ0aigCAAVBAAu4oCEDIABBAWshAAwBCwsgA5ogAyACKAIMGwwB",
  "CyACKwMICxAYCw8LIAAoAgghAgJ/IAAoAgQiAAR/IAItAABBK0YEf0EBBSACLQAAQS1GCwVBAAsEQCACQQFqIQIgAEEBayEAC0EA",
  "Qcw3KAIAQQF2IABHDQAaA0AgACABSwRAQQAgAUHMNygCAEEBdk8Ef0F/BSABQQF0QdA3ai8BAAtB/wFxIAEgAmotAABBIHJHDQIa",
  "IAFBAWohAQwBCwtBAQsEf0EBBQJ/QQAhAUEAIABB7DcoAgBBAXZHDQAaA0AgACABSwRAQQAgAUHsNygCAEEBdk8Ef0F/BSABQQF0",
  "QfA3ai8BAAtB/wFxIAEgAmotAABBIHJHDQIaIAFBAWohAQwBCwtBAQsLBH9BAQUCf0EAIQFBACAAQYw4KAIAQQF2Rw0AGgNAIAAg",
  "AUsEQEEAIAFBjDgoAgBBAXZPBH9BfwUgAUEBdEGQOGovAQALQf8BcSABIAJqLQAAQSByRw0CGiABQQFqIQEMAQsLQQELCwRAIwIE",
  "QEHAOEHQKkEAQQAQEAtBAA8LIwIEQEHgOUHQKkEAQQAQEAtBAA8LQdA6IAAQDUEAC7UFAgN+AX8gACgCAEEDRwR/QQEFIAAoAgQL",
  "BEAgASAAECkPCyAAKQMIIgJCgJTr3AN/IgNCAX0gAyACQgBTBH8gAkKAlOvcA4FCAFIFQQALGyEEIAIgBEKAlOvcA359IQMgBCAE",
  "QoCjBX8iAkIBfSACIARCAFMEfyAEQoCjBYFCAFIFQQALGyICQoCjBX59IQQgAhA6Ix5CAFMjHkKPzgBVcgRAIAEgABApDwtBHhAM",
  "IQAjHiECQQMhAQNAIAFBAE4EQCAAIAFqIAJCCoFCMHw8AAAgAkIKfyECIAFBAWshAQwBCwsgAEEtOgAEIABBBWohBSMfIQJBASEB",
  "A0AgAUEATgRAIAEgBWogAkIKgUIwfDwAACACQgp/IQIgAUEBayEBDAELCyAAQS06AAcgAEEIaiEFIyAhAkEBIQEDQCABQQBOBEAg",
  "ASAFaiACQgqBQjB8PAAAIAJCCn8hAiABQQFrIQEMAQsLIABB1AA6AAogAEELaiEFIARCkBx/IQJBASEBA0AgAUEATgRAIAEgBWog",
  "AkIKgUIwfDwAACACQgp/IQIgAUEBayEBDAELCyAAQTo6AA0gAEEOaiEFIARCPH9CPIEhAkEBIQEDQCABQQBOBEAgASAFaiACQgqB",
  "QjB8PAAAIAJCCn8hAiABQQFrIQEMAQsLIABBOjoAECAAQRFqIQUgBEI8gSECQQEhAQNAIAFBAE4EQCABIAVqIAJCCoFCMHw8AAAg",
  "AkIKfyECIAFBAWshAQwBCwtBEyEBIANCAFIEQCAAQS46ABMgAEEUaiEFQQghAQNAIAFBAE4EQCABIAVqIANCCoFCMHw8AAAgA0IK",
  "fyEDIAFBAWshAQwBCwtBHSEBA0AgACABakEBay0AAEEwRgRAIAFBAWshAQwBCwsLIAAgAWpB2gA6AAAgACABQQFqEBELgQMCBH8C",
  "fiAAIQICfyAAKAIAIgNBBUYEfyAAKAIEBUEACwRAIAAoAgwoAgAiAigCAEEDRwRAQcCWASACEA1BAQwCCyAAKAIEQQFLBEAgACgC",
  "DCgCBCIEKAIAQQRHBEBBsJcBIAQQDUEBDAMLIAQoAgghA0ECIAQoAgQiBEUiBQR/IAUFIARBA0YEfyADLQAAQdUARgVBAAsEfyAD",
  "LQABQdQARgVBAAsEfyADLQACQcMARgVBAAsLRQ0CGgsFIANBA0cEQEGgmAEgABANQQEMAgsLIAIoAgQEQCMCBEBB4JkBQdAqQQBB",
  "ABAQC0EBDAELIAIpAwgkIUEACyICQQFGBEBBAA8LIAJBAkYEQCABIAAQKQ8LIyEiBkKAlOvcA38iB0IBfSAHIAZCAFMEfyAGQoCU",
  "69wDgUIAUgVBAAsbIgZCgKMFfyIHQgF9IAcgBkIAUwR/IAZCgKMFgUIAUgVBAAsbEDpBAxAXIgAjHhAPEBQgACMfEA8QFCAAIyAQ",
  "DxAUIAALxQkCBX8JfiAAKAIAQQRHBEBB0JIBIAAQDUEADwsgACgCCCECAkAgACgCBCIDQRRJDQAgAi0ACiEEQQAhAAJ+A0AgAEEE",
  "SQRAQn8gACACai0AACIFQTBJIAVBOUtyDQIaIAVBMGtB/wFxrSAHQgp+fCEHIABBAWohAAwBCwsgBwsiDEIAU0EAIQACfgNAIABB",
  "AkkEQEJ/IAJBBWogAGotAAAiBUEwSSAFQTlLcg0CGiAFQTBrQf8Bca0gCEIKfnwhCCAAQQFqIQAMAQsLIAgLIgtCAFdyIAtCDFVy",
  "QQAhAAJ+A0AgAEECSQRAQn8gAkEIaiAAai0AACIFQTBJIAVBOUtyDQIaIAVBMGtB/wFxrSAGQgp+fCEGIABBAWohAAwBCwsgBgsi",
  "DUIAV3IgDUIfVXJCACEGQQAhAAJ+A0AgAEECSQRAQn8gAkELaiAAai0AACIFQTBJIAVBOUtyDQIaIAVBMGtB/wFxrSAGQgp+fCEG",
  "IABBAWohAAwBCwsgBgsiCEIAU3IgCEIXVXJCACEGQQAhAAJ+A0AgAEECSQRAQn8gAkEOaiAAai0AACIFQTBJIAVBOUtyDQIaIAVB",
  "MGtB/wFxrSAGQgp+fCEGIABBAWohAAwBCwsgBgsiCUIAU3IgCUI7VXJCACEGQQAhAAJ+A0AgAEECSQRAQn8gAkERaiAAai0AACIF",
  "QTBJIAVBOUtyDQIaIAVBMGtB/wFxrSAGQgp+fCEGIABBAWohAAwBCwsgBgsiCkIAU3IgCkI8VXIEf0EBBSACLQAEQS1HCwR/QQEF",
  "IAItAAdBLUcLBH9BAQUgBEH0AEcgBEHUAEdxCwR/QQEFIAItAA1BOkcLBH9BAQUgAi0AEEE6RwsNAEIAIQZBEyEAIANBE0sEfyAC",
  "LQATQS5GBUEACwRAQoDC1y8hB0EUIQADQCAAIANJBH8gACACai0AAEEwTwVBAAsEfyAAIAJqLQAAQTlNBUEACwRAIAYgACACajEA",
  "AEIwfSAHfnwhBiAHQgp/IQcgAEEBaiEADAELCyAAQRRGDQELQgAhByAAIANPDQAgAyAAIAJqLQAAIgRB+gBGIARB2gBGcgR/IABB",
  "AWoFIARBLUYgBEErRnJFDQEgAEEGaiADSwR/QQEFIAAgAmotAANBOkcLDQEgAEEBaiEDAn4DQCABQQJJBEBCfyACIANqIAFqLQAA",
  "IgVBMEkgBUE5S3INAhogBUEwa0H/AXGtIAdCCn58IQcgAUEBaiEBDAELCyAHCyEOIABBBGohA0IAIQdBACEBIA4CfgNAIAFBAkkE",
  "QEJ/IAIgA2ogAWotAAAiBUEwSSAFQTlLcg0CGiAFQTBrQf8Bca0gB0IKfnwhByABQQFqIQEMAQsLIAcLIgeEQgBTDQEgDkKQHH4g",
  "B0I8fnxCf0IBIARBLUYbfiEHIABBBmoLRw0AIAwgC0ICV619IgwgDEKPA30gDEIAWRtCkAN/IQ4gCiALQn1CCSALQgJVG3xCmQF+",
  "QgJ8QgV/IA18IAwgDkKQA359IgpC7QJ+IApCBH98IApC5AB/fXwgDkKx9Qh+fELt9Ct9QoCjBX4gCEKQHH58IAlCPH58fCAHfSAG",
  "QcCVARBdDwsjAgRAQeCTAUHQKkEAQQAQEAtBAAv5AwEGfiAAKAIAQQNHBEBBsJoBIAAQDUEADwsgACgCBARAIwIEQEGAnAFB0CpB",
  "AEEAEBALQQAPCyABKAIAQQNHBEBB4JwBIAEQDUEADwsgASgCBARAIwIEQEHgnQFB0CpBAEEAEBALQQAPCyACKAIAQQNHBEBBkJ8B",
  "IAIQDUEADwsgAigCBARAIwIEQEGQoAFB0CpBAEEAEBALQQAPCyADKAIAQQNHBEBBwKEBIAMQDUEADwsgAygCBARAIwIEQEHAogFB",
  "0CpBAEEAEBALQQAPCyAAKQMIIgRCgJTr3AN/IgVCAX0gBSAEQgBTBH8gBEKAlOvcA4FCAFIFQQALGyIGQoCjBX8iBUIBfSAFIAZC",
  "AFMEfyAGQoCjBYFCAFIFQQALGyIHEDogAikDCCMfQgF9fCIFQgx/IQggBSAIQgF9IAggBUIAUwR/IAVCDIFCAFIFQQALIgAbQgx+",
  "fUIBfCEFIx4gASkDCHwgCEIBfSAIIAAbfCAFQgJXrX0iCCAIQo8DfSAIQgBZG0KQA38hCSAGIAdCgKMFfn0gAykDCCMgIAggCUKQ",
  "A359IgdC7QJ+IAdCBH98IAdC5AB/fSAFQn1CCSAFQgJVG3xCmQF+QgJ8QgV/fCAJQrH1CH58fELt9Ct9fEKAowV+fCAEIAZCgJTr",
  "3AN+fUHwowEQXQuGAwEIfyAAKAIAQQVHBEBBkIgBIAAQDUEADwsgACgCBCIEQQJ0EAwhBQNAIAEgBEkEQCABQQJ0IgYgBWogACgC",
  "DCAGaigCACIIKAIAIQYCfyAIIAZBBEYNABogBkEHRwRAIAgQNAwBC0EAIAgoAgQiBkUNABogBkEBSwRAQaCJAUHQKkEAQQAQEAsg",
  "CCgCAEEGTwR/IAgoAhggCCgCBEcFQQALBEAgCBAOCyAIKAIMKAIAIgYoAgBBBEYEfyAGBSAGEDQLCyIGNgIAIAYEfyAGKAIEBUGM",
  "GSgCAEEBdgsgA2ohAyABQQFqIQEMAQsLIAMQDCIGIQADQCACIARJBEAgBSACQQJ0aigCACIBBH8gACABKAIIIAEoAgT8CgAAIAAg",
  "ASgCBGoFQQAhAQNAIAFBjBkoAgBBAXYiB0gEQCAAIAFqIAEgB08Ef0F/BSABQQF0QZAZai8BAAs6AAAgAUEBaiEBDAELCyAAQYwZ",
  "KAIAQQF2agshACACQQFqIQIMAQsLIAYgAxARCwoAIABBASABEGALCgAgAEEAIAEQYAugAQEEfyAAKAIAQQRHBEBB0PcAIAAQDUEA",
  "DwsgASgCAEEERwRAQcD4ACABEA1BAA8LIAEoAgQiAiAAKAIEIgRNBH8gACgCCCAEaiACayEFIAEoAgghBAJ/A0AgAiADSwRAQQAg",
  "AyAFai0AACADIARqLQAARw0CGiADQQFqIQMMAQsLQQELBUEACwRAIAAoAgggACgCBCABKAIEaxARDwsgAAuuAwEHfyAAKAIAQQRH",
  "BEBBsPkAIAAQDUEADwsgACgCCCEDIAAoAgQhAANAIAAgAksEfyADIAIQGSIBQYDgAEYgAUGowABGIQUgAUGFAUYhBiABQSBGBH9B",
  "AQUgAUENTSABQQlPcQsgBnIgAUGgAUZyIAFBgC1GcgR/QQEFIAFBisAATSABQYDAAE9xCyAFciABQanAAEZyIAFBr8AARnIgAUHf",
  "wABGcnIFQQALBEACf0EBIAIgA2otAAAiAUGAAUkNABpBAiABQeABSQ0AGkEDIAFB8AFJDQAaQQQLIAJqIQIMAQsLA0AgACACSwRA",
  "AkAgAEEBayEBA0AgASACSwR/IAEgA2otAABBwAFxQYABRgVBAAsEQCABQQFrIQEMAQsLIAMgARAZIgRBgOAARiAEQajAAEYhBiAE",
  "QYUBRiEHIARBIEYEf0EBBSAEQQ1NIARBCU9xCyAHciAEQaABRnIgBEGALUZyBH9BAQUgBEGKwABNIARBgMAAT3ELIAZyIARBqcAA",
  "RnIgBEGvwABGciAEQd/AAEZyckUNACABIQAMAgsLCyACIANqIAAgAmsQEQtGAQF/IAAoAgBBBEcEQEGQ9AAgABANQQAPCyABKAIA",
  "QQRHBEBBgPUAIAEQDUEADwsgACgCCCICIAJBACAAKAIEIAEQXxARC50BAQR/IAAoAgBBBEcEQEHw9QAgABANQQAPCyABKAIAQQRH",
  "BEBB4PYAIAEQDUEADwsgASgCBCIDIAAoAgRNBH8gACgCCCEEIAEoAgghBQJ/A0AgAiADSQRAQQAgAiAEai0AACACIAVqLQAARw0C",
  "GiACQQFqIQIMAQsLQQELBUEACwRAIAEoAgQiASAAKAIIaiAAKAIEIAFrEBEPCyAAC04BAX8gACgCAEEERwRAQbDyACAAEA1BAA8L",
  "IAEoAgBBBEcEQEGg8wAgARANQQAPCyAAKAIIIgIgAiAAKAIEIgAgARBeIgFqIAAgAWsQEQtWAQJ/IAAoAgBBBEcEQEHQ8AAgABAN",
  "QQAPCyABKAIAQQRHBEBBwPEAIAEQDUEADwsgACgCCCICIAAoAgQiAyABEF4iACACaiACIAAgAyABEF8gAGsQEQu9BgMCfAR/A34g",
  "ACgCAEEERwRAQbD/ACAAEA1BAA8LIAEoAgBBA0cEQEGggAEgARANQQAPCyABKAIEQQFHBH9BAQUgASsDCCIEnSAEYSAEIAShRAAA",
  "AAAAAAAAYXELRQRAIwIEQEGQgQFB0CpBAEEAEBALQQAPCyACKAIAQQNHBEBBwIIBIAIQDUEADwsgAigCBEEBRwR/QQEFIAIrAwgi",
  "BJ0gBGEgBCAEoUQAAAAAAAAAAGFxC0UEQCMCBEBBsIMBQdAqQQBBABAQC0EADwsCfCACKAIEIgVFBEAgAikDCLkMAQsgBUECRgRA",
  "IAIoAggiCCgCAEEBayEFA0AgBUEATgRAIANEAAAAAAAA8EGiIAUgCCgCAEkEfyAIQQRqIAVBAnRqKAIABUEAC7igIQMgBUEBayEF",
  "DAELCyADmiADIAIoAgwbDAELIAIrAwgL/AYhCgJ8RAAAAAAAAAAAIQMgASgCBCICRQRAIAEpAwi5DAELIAJBAkYEQCABKAIIIgUo",
  "AgBBAWshAgNAIAJBAE4EQCADRAAAAAAAAPBBoiACIAUoAgBJBH8gBUEEaiACQQJ0aigCAAVBAAu4oCEDIAJBAWshAgwBCwsgA5og",
  "AyABKAIMGwwBCyABKwMIC/wGIglCAFMEQCMCBEBB4IQBQdAqQQBBABAQC0EADwsgACgCCCEBIAAoAgQhAEEAIQIDQCAAIAJLBEAg",
  "BkEBaiAGIAEgAmotAABBwAFxQYABRxshBiACQQFqIQIMAQsLIAatIgsgCVcEQCABQQAQEQ8LIAmnIQVBACECA0AgBSAHSyAAIAJL",
  "cQRAAn9BASABIAJqLQAAIgZBgAFJDQAaQQIgBkHgAUkNABpBAyAGQfABSQ0AGkEECyACaiECIAdBAWohBwwBCwsgAiAAIAAgAksb",
  "IQUgCkIAUyAJIAp8IAtZcgRAIAEgBWogACAFaxARDwsgCSAKfKchB0EAIQJBACEGA0AgBiAHSSAAIAJLcQRAAn9BASABIAJqLQAA",
  "IghBgAFJDQAaQQIgCEHgAUkNABpBAyAIQfABSQ0AGkEECyACaiECIAZBAWohBgwBCwsgASAFaiACIAAgACACSxsgBWsQEQuLAQEC",
  "fyAAKAIAQQRHBEBB0OkAIAAQDUEADwsgASgCAEEERwRAQcDqACABEA1BAA8LQYgYQZAYIAEoAgQiAiAAKAIETQR/IAAoAgghAyAB",
  "KAIIIQFBACEAAn8DQCAAIAJJBEBBACAAIANqLQAAIAAgAWotAABHDQIaIABBAWohAAwBCwtBAQsFQQALGwvnAgEIfyAAKAIAQQRH",
  "BEBB8O4AIAAQDUEADwsgASgCAEEERwRAQeDvACABEA1BAA8LQQAQFyEDIAAoAgghBSAAKAIEIQYgASgCBCIJRQRAQQAhAANAIAAg",
  "BkkEQAJ/QQEgACAFaiIBLQAAIgJBgAFJDQAaQQIgAkHgAUkNABpBAyACQfABSQ0AGkEECyECIAMgASACEBEQFCAAIAJqIQAMAQsL",
  "IAMPC0EAIQADQCABKAIIIQcgACECAkAgCUUNACAGIAlJBEBBfyECDAELA0AgAiAJaiAGTQRAIAIgBWoiCC0AACAHLQAARgR/QQAh",
  "BAJ/A0AgBCAJSQRAQQAgBCAIai0AACAEIAdqLQAARw0CGiAEQQFqIQQMAQsLQQELBUEACw0CIAJBAWohAgwBCwtBfyECCyACQQBO",
  "BEAgAyAAIAVqIAIgAGsQERAUIAIgCWohAAwBCwsgAyAAIAVqIAYgAGsQERAUIAML0QcBCn8gACgCAEEERwRAQaD6ACAAEA1BAA8L",
  "IAEoAgBBBEcEQEGQ+wAgARANQQAPCyACKAIAQQRHBEBBgPwAIAIQDUEADwsgACgCCCEHIAAoAgQhBiABKAIEIghFBEBBACEBQQAh",
  "AANAIAAgBkkEQCABQQFqIAEgACAHai0AAEHAAXFBgAFHGyEBIABBAWohAAwBCwsgBiACKAIEIgMgAUEBamxqIgQQDCIFIQBBACEB",
  "A0AgACACKAIIIAP8CgAAIAEgBkkEQCAAIANqIQACf0EBIAEgB2oiCC0AACIJQYABSQ0AGkECIAlB4AFJDQAaQQMgCUHwAUkNABpB",
  "BAshCSAAIAggCfwKAAAgACAJaiEAIAEgCWohAQwBCwsgBSAEEBEPCyABKAIIIQkCQCAIRQ0AIAYgCEkEQEF/IQMMAQsDQCADIAhq",
  "IAZNBEAgAyAHaiIKLQAAIAktAABGBH9BACEEAn8DQCAEIAhJBEBBACAEIApqLQAAIAQgCWotAABHDQIaIARBAWohBAwBCwtBAQsF",
  "QQALDQIgA0EBaiEDDAELC0F/IQMLA0AgA0EATgRAIAVBAWohBSABKAIIIQkgAyAIaiEDAkAgCEUNACAGIAhJBEBBfyEDDAELA0Ag",
  "AyAIaiAGTQRAIAMgB2oiCi0AACAJLQAARgR/QQAhBAJ/A0AgBCAISQRAQQAgBCAKai0AACAEIAlqLQAARw0CGiAEQQFqIQQMAQsL",
  "QQELBUEACw0CIANBAWohAwwBCwtBfyEDCwwBCwsgBUUEQCAADwsgBiAFIAhsayAFIAIoAgRsaiIJEAwiCiEAQQAhBSABKAIIIQtB",
  "ACEDAkAgCEUNACAGIAhJBEBBfyEDDAELA0AgAyAIaiAGTQRAIAMgB2oiDC0AACALLQAARgR/QQAhBAJ/A0AgBCAISQRAQQAgBCAM",
  "ai0AACAEIAtqLQAARw0CGiAEQQFqIQQMAQsLQQELBUEACw0CIANBAWohAwwBCwtBfyEDCwNAIANBAE4EQCAAIAUgB2ogAyAFayIE",
  "/AoAACAAIARqIgAgAigCCCACKAIE/AoAACAAIAIoAgRqIQAgASgCCCELIAMgCGoiBSEDAkAgCEUNACAGIAhJBEBBfyEDDAELA0Ag",
  "AyAIaiAGTQRAIAMgB2oiDC0AACALLQAARgR/QQAhBAJ/A0AgBCAISQRAQQAgBCAMai0AACAEIAtqLQAARw0CGiAEQQFqIQQMAQsL",
  "QQELBUEACw0CIANBAWohAwwBCwtBfyEDCwwBCwsgACAFIAdqIAYgBWv8CgAAIAogCRARC68CAQd/IAAoAgBBBEcEQEHw/AAgABAN",
  "QQAPCyABKAIAQQRHBEBB4P0AIAEQDUEADwsgASgCBEUEQCMCBEBB0P4AQdAqQQBBABAQC0EADwsCfyAAKAIIIQcgACgCBCEFIAEo",
  "AgghBkEAIAEoAgQiA0UNABpBfyADIAVLDQAaA0AgAiADaiAFTQRAIAIgAiAHaiIILQAAIAYtAABGBH9BACEBAn8DQCABIANJBEBB",
  "ACABIAhqLQAAIAEgBmotAABHDQIaIAFBAWohAQwBCwtBAQsFQQALDQIaIAJBAWohAgwBCwtBfwsiAUEASARAQn8QDw8LIAAoAggh",
  "AkEAIQADQCAAIAFJBEAgBEEBaiAEIAAgAmotAABBwAFxQYABRxshBCAAQQFqIQAMAQsLIAStEA8LqAQDBX8CfgF8IAAgAUGwhQFB",
  "oIYBECoEQEEADwsgASgCBAR+QgAFIAEpAwgLIgdCCFIgB0ICUnEgB0IKUnEgB0IQUnEEQCMCBEBBkIcBQdAqQQBBABAQC0EADwsg",
  "ACgCBCIBQQAgAUEBRxsEQCAHpyABQQJGBH8gACgCDEEARwUgACkDCEIAUwshBCAAEBUhAq0QIiEFIAIoAgBBBXRBIWoiARAMIQMg",
  "ASEAA0AgAiAFEC8hAiADIABBAWsiAGojAyIGKAIABH8gBigCBAVBAAsiBkGsGCgCAEEBdk8Ef0F/BSAGQQF0QbAYai8BAAs6AAAg",
  "AigCAA0ACyAEBEAgAyAAQQFrIgBqQS06AAALIAAgA2ogASAAaxARDwsgACgCBCIBBH4CfCABRQRAIAApAwi5DAELIAFBAkYEQCAA",
  "KAIIIgIoAgBBAWshAQNAIAFBAE4EQCAJRAAAAAAAAPBBoiABIAIoAgBJBH8gAkEEaiABQQJ0aigCAAVBAAu4oCEJIAFBAWshAQwB",
  "CwsgCZogCSAAKAIMGwwBCyAAKwMIC538BgUgACkDCAsiCEIAUyEBQgAgCH0gCCABGyEIQcIAEAwhAkHCACEAA0AgAiAAQQFrIgBq",
  "IAggB4KnIgNBrBgoAgBBAXZPBH9BfwUgA0EBdEGwGGovAQALOgAAIAggB4AiCEIAUg0ACyABBEAgAiAAQQFrIgBqQS06AAALIAAg",
  "AmpBwgAgAGsQEQuTAQECfyAAKAIAQQRHBEBBsOsAIAAQDUEADwsgASgCAEEERwRAQaDsACABEA1BAA8LQYgYQZAYIAEoAgQiAiAA",
  "KAIEIgNNBH8gACgCCCADaiACayEDIAEoAgghAUEAIQACfwNAIAAgAkkEQEEAIAAgA2otAAAgACABai0AAEcNAhogAEEBaiEADAEL",
  "C0EBCwVBAAsbC9YBAQV/IAAoAgBBBEcEQEHw5wAgABANQQAPCyABKAIAQQRHBEBB4OgAIAEQDUEADwsgACgCCCEFIAAoAgQhAyAB",
  "KAIIIQRBACEAAkAgASgCBCICRQ0AIAIgA0sEQEF/IQAMAQsDQCAAIAJqIANNBEAgACAFaiIGLQAAIAQtAABGBH9BACEBAn8DQCAB",
  "IAJJBEBBACABIAZqLQAAIAEgBGotAABHDQIaIAFBAWohAQwBCwtBAQsFQQALDQIgAEEBaiEADAELC0F/IQALQYgYQZAYIABBAE4b",
  "C8sCAQZ/IAAoAgBBBEcEQEHA4wAgABANQQAPCyABKAIAQQVGBH9BAQUgASgCAEEHRgtFBEBBsOQAIAEQDUEADwsgASgCBCIFBH8g",
  "ACgCBCAFQQFrbAVBAAshBgNAIAIgBUkEQCABKAIAQQZPBH8gASgCGCABKAIERwVBAAsEQCABEA4LIAEoAgwgAkECdGooAgAiAygC",
  "AEEERwRAQbDlAEHQ5gAgASADEDsaQQAPCyAGIAMoAgRqIQYgAkEBaiECDAELCyAGEAwiBCECA0AgBSAHSwRAIAcEQCACIAAoAggg",
  "ACgCBPwKAAAgAiAAKAIEaiECCyABKAIAQQZPBH8gASgCGCABKAIERwVBAAsEQCABEA4LIAIgASgCDCAHQQJ0aigCACIDKAIIIAMo",
  "AgT8CgAAIAIgAygCBGohAiAHQQFqIQcMAQsLIAQgBhARC94EAQR/IAEoAgAiA0EERgR/IABB/wFxIgRB9gBGIARB8wBGcgVBAAsE",
  "QCACBEAgAiABKAIIIAEoAgT8CgAACyABKAIEDwsgAEH/AXFB8QBGIANBBEZxBEAgASgCCCEFIAEoAgQhBEECIQBBACEBAkADQCAB",
  "IARJBEBBfyEDIAEgBWotAAAiBkEgSSAGQf4AS3INAiAAQQJBASAGQdwARiAGQSJGchtqIQAgAUEBaiEBDAELCyAAIQMgAkUNACAC",
  "QQFqIQAgAkEiOgAAQQAhAgNAIAIgBEkEQCACIAVqLQAAIgZB3ABGIAZBIkZyBH8gAEHcADoAACAAQQFqBSAACyIBQQFqIQAgASAG",
  "OgAAIAJBAWohAgwBCwsgAEEiOgAACyADDwsgA0EDRgR/IAEoAgRBAUcFQQALBH8gAEH/AXEiBEH2AEYgBEHkAEZyBH9BAQUgAEH/",
  "AXFB8wBGBH8gASgCBAVBAAsLBUEACwRAIAEgASgCBEECRgR/IAEoAggoAgBBCmxBBGoFQcAACxAMIgAQSyEBIAIEQCACIAAgAfwK",
  "AAALIAEPCyAAQf8BcUH2AEYgA0ECRnEEQCABKAIEQQBHIQEgAgRAQbAmQdAmIAEbIQNBACEAA0AgA0EUaygCEEEBdiIEIABKBEAg",
  "ACACaiAAIARPBH9BfwUgAyAAQQF0ai8BAAs6AAAgAEEBaiEADAELCwtBBEEFIAEbDwsgA0EGRiADQQVGciADQQdGciAAQf8BcUH2",
  "AEZxBEAgARA0IQAgAgRAIAIgACgCCCAAKAIE/AoAAAsgACgCBA8LQX8LWwEBfyAAKAIAQQRGBH8gASgCAEEFRgVBAAsEQCAAKAII",
  "IAAoAgQgAUEAEGIiA0EATgRAIAMQDCECIAAoAgggACgCBCABIAIQYhogAiADEBEPCwsgAiAAIAEQOAtWAQJ/IAAoAgBBBkYEQCAA",
  "KAIEIQQDQCADIARJBEAgACADEDEoAgBBBEcEQCMCBEBB0IoBQdAqQQBBABAQC0EADwsgA0EBaiEDDAELCwsgAiAAIAEQOAvPAQIC",
  "fwF8IAAoAgBBA0YEfyAAKAIEIgFBAUYEf0QAAAAAAADgPwJ8IAFFBEAgACkDCLkMAQsgAUECRgRAIAAoAggiAigCAEEBayEBA0Ag",
  "AUEATgRAIANEAAAAAAAA8EGiIAEgAigCAEkEfyACQQRqIAFBAnRqKAIABUEAC7igIQMgAUEBayEBDAELCyADmiADIAAoAgwbDAEL",
  "IAArAwgLIgOhnJogA0QAAAAAAADgP6CcIANEAAAAAAAAAABjGxAYBSAACwVB4DwgABANQQALC8ABAQJ+IAAoAgBBA0cEQEGwPyAA",
  "EA1BAA8LIAEoAgBBA0cEQEGwwAAgARANQQAPCyAAKAIEBEAjAgRAQbDBAEHQKkEAQQAQEAtBAA8LIAEoAgQEQCMCBEBB4MIAQdAq",
  "QQBBABAQC0EADwsgACkDCCECIAEpAwghA0EAEBchACACIANXBEADQCACIANXBEAgACACEA8QFCACQgF8IQIMAQsLBQNAIAIgA1kE",
  "QCAAIAIQDxAUIAJCAX0hAgwBCwsLIAALqwECAn8BfCAAKAIAQQNGBH8gACgCBEEBRwR/IAAFAnwgACgCBCIBRQRAIAApAwi5DAEL",
  "IAFBAkYEQCAAKAIIIgIoAgBBAWshAQNAIAFBAE4EQCADRAAAAAAAAPBBoiABIAIoAgBJBH8gAkEEaiABQQJ0aigCAAVBAAu4oCED",
  "IAFBAWshAQwBCwsgA5ogAyAAKAIMGwwBCyAAKwMIC5wQGAsFQcA+IAAQDUEACwurAQICfwF8IAAoAgBBA0YEfyAAKAIEQQFHBH8g",
  "AAUCfCAAKAIEIgFFBEAgACkDCLkMAQsgAUECRgRAIAAoAggiAigCAEEBayEBA0AgAUEATgRAIANEAAAAAAAA8EGiIAEgAigCAEkE",
  "fyACQQRqIAFBAnRqKAIABUEAC7igIQMgAUEBayEBDAELCyADmiADIAAoAgwbDAELIAArAwgLmxAYCwVB0D0gABANQQALC6sDAgJ/",
  "AXwgACgCAEEDRgR/An8gACgCBCIBQQFHBEAgAUECRgR/IAAoAgwFIAApAwhCAFMLBH8CfyAAKAIEBH9BAAUgACkDCEKAgICAgICA",
  "gIB/UgsEQEIAIAApAwh9EA8MAQsgACgCBEEBRwRAIAAQFSAAKAIEQQJGBH8gACgCDEEARwUgACkDCEIAUwtFEBsMAQsCfCAAKAIE",
  "IgFFBEAgACkDCLkMAQsgAUECRgRAIAAoAggiAigCAEEBayEBA0AgAUEATgRAIANEAAAAAAAA8EGiIAEgAigCAEkEfyACQQRqIAFB",
  "AnRqKAIABUEAC7igIQMgAUEBayEBDAELCyADmiADIAAoAgwbDAELIAArAwgLmhAYCwUgAAsMAQsCfCAAKAIEIgFFBEAgACkDCLkM",
  "AQsgAUECRgRAIAAoAggiAigCAEEBayEBA0AgAUEATgRAIANEAAAAAAAA8EGiIAEgAigCAEkEfyACQQRqIAFBAnRqKAIABUEAC7ig",
  "IQMgAUEBayEBDAELCyADmiADIAAoAgwbDAELIAArAwgLmRAYCwVBgDwgABANQQALC6UFAQx/IAJCADcAACACQgA3AAhBEBAMIQog",
  "AUECTwR/IAAtAABBOkYFQQALBH8gAC0AAUE6RgVBAAsEf0ECIQVBAAVBfwshAwJAA0AgASAFSwRAAkAgBEEITg0DQQAhDEEAIQkg",
  "BSEGA0AgCUEESSENIAEgBUsEfyAAIAVqLQAAIg5BMGshCwJAIA5BOU0gDkEwT3ENACAOQdcAayELIA5B5gBNIA5B4QBPcQ0AIA5B",
  "N2shCyAOQcYATSAOQcEAT3ENAEF/IQsLIAtBAE4FQQALIA1xBEAgDEEEdCEMIAAgBWotAAAiDUEwayELAkAgDUE5TSANQTBPcQ0A",
  "IA1B1wBrIQsgDUHmAE0gDUHhAE9xDQAgDUE3ayELIA1BxgBNIA1BwQBPcQ0AQX8hCwsgCyAMciEMIAVBAWohBSAJQQFqIQkMAQsL",
  "IAEgBUsEfyAAIAVqLQAAQS5GBUEACwRAIARBBkoEf0EABSAAIAZqIAEgBmsgCiAEQQF0ahBjC0UNBCAKIARBAXRqIgAtAAIhASAA",
  "LQADIQUgACAALQABIAAtAABBCHRyOwEAIAogBEEBakEBdGogAUEIdCAFcjsBACAEQQJqIQQMAQsgCUUNAyAKIARBAXRqIAw7AQAg",
  "BEEBaiEEIAEgBUYNACAAIAVqLQAAQTpHDQMgBUEBaiIFIAFJBH8gACAFai0AAEE6RgVBAAsEQCADQQBODQQgBCEDIAVBAWohBQUg",
  "ASAFRg0ECwwCCwsLIARBCEcgA0EASHENACAEQQdKIANBAE5xDQBBCCAEayEAA0AgBCAISgRAIAIgACAHaiAHIAMgCEYbIgFBAXRq",
  "IgUgCiAIQQF0ai8BACIGQQh2OgAAIAUgBjoAASABQQFqIQcgCEEBaiEIDAELC0EBDwtBAAv/AQEEfyAAKAIAQQRHBEBB4KQBIAAQ",
  "DUEADwsgASgCAEEERwRAQeCkASABEA1BAA8LQRAQDCECQRAQDCEDIAAgAhBkRQRAIAAoAgghASAAKAIEIQAjAgRAQeClAUHQKiAB",
  "IAAQEAtBAA8LIyIjIyEEIAEgAxBkRQRAIAEoAgghACABKAIEIQEjAgRAQdCmAUHQKiAAIAEQEAtBAA8LIyJHBEBBkBgPC0GIGEGQ",
  "GCMjIAROBH9BACEBAn8DQCABIARIBEBBAEGAASABQQdxdiIAIAFBA3UiBSACai0AAHEgAyAFai0AACAAcUcNAhogAUEBaiEBDAEL",
  "C0EBCwVBAAsbC/gFAQx/IAAkGEEAJBcgAUECakEEdBAMJBZBACQZIxYjF0EEdGoiAEEANgIAIABBADYCBCAAQQA2AgggAEEANgIM",
  "IxciAEEBaiQXQQAgASAAEGUiBEEASARAQQAPCyMXQQJ0EAwkGyMbQf8BIxdBAnT8CwAjF0EBdEECakECdBAMJBwjF0ECdBAMIQAj",
  "F0ECdBAMIQFBACQdIABBACAEEGYhBwNAIAdBAEogAyAKS3EEQCACIAoQGSELIAIgCmotAAAiBEGAAUkEf0EBBSAEQeABSQR/QQIF",
  "QQNBBCAEQfABSRsLCyAKaiEKQQAhBQJAIxVFDQAjFSgCBCEEQQAhBgNAIAQgBksEQEEBIQUjFSgCDCAGQQJ0aigCACIIKAIEBH8g",
  "CCgCCEEAEBkgC0YFQQALDQIgBkEBaiEGDAELC0EAIQULIAUhCCMdQQFqJB1BACEEQQAhDANAIAcgDEoEQCMWIAAgDEECdGooAgAi",
  "BkEEdGoiCSgCACENIAkoAgwhBSANQQFGBH8gCyAJKAIERgUgDUECRgR/IAhFBSANQQNGBH8gBiEFIAhFBSANQQRGBH8gBiEFQQEF",
  "IA1BBUYiCSANQQZGcgR/IxYgBkEEdGoiBigCCCEPIAYoAgQhBiAJAn8DQCAGIA9JBEAjGCAGEBkiDSEJIxggBmotAAAiDkGAAUkE",
  "f0EBBSAOQeABSQR/QQIFQQNBBCAOQfABSRsLCyAGaiIGQQFqIA9JBH8jGCAGai0AAEEtRgVBAAsEQCMYIAZBAWoQGSEJIAYjGCAG",
  "ai0AASIGQYABSQR/QQEFIAZB4AFJBH9BAgVBA0EEIAZB8AFJGwsLQQFqaiEGC0EBIAkgC08gCyANT3ENAhoMAQsLQQALRgVBAAsL",
  "CwsLBEAgASAEIAUQZiEECyAMQQFqIQwMAQsLIAAgASEAIQEgBCEHDAELC0EAIQEDQCABIAdIBEAjFiAAIAFBAnRqKAIAQQR0aigC",
  "AEUEQEEBDwsgAUEBaiEBDAELC0EAC8sDAQZ/IAAoAgBBBEcEQEHwiwEgABANQQAPCyABKAIAIghBBUcgCEEBR3EEQEHgjAEgARAN",
  "QQAPCyAIQQVGBEADQCAFIAEoAgRJBEAgASgCDCAFQQJ0aigCACIDKAIAIgRBBEcEQCMCBEBB8I0BAn8CQAJAAkACQAJAAkACQCAE",
  "QQFrDgYAAQIDBAUGC0HwJgwGC0GQLQwFC0HALQwEC0HgLQwDC0GALgwCC0GgLgwBC0HALgtBAEEAEBALQQAPCyADKAIIIQYgAygC",
  "BCEHQQAhA0EAIQQDQCAEIAdJBEAgA0EBaiADIAQgBmotAABBwAFxQYABRxshAyAEQQFqIQQMAQsLIANBAUcEQCMCBEBBoI8BQdAq",
  "QQBBABAQC0EADwsgBUEBaiEFDAELCwsgAigCAEEERwRAQdCQASACEA1BAA8LIAhBAUYEQEEAJBUFIAhBBUYEQCABKAIEBEAgASQV",
  "BUEBEBckFSMVQawZQQEQERAUCwVBAA8LC0EAJBogACgCCCAAKAIEIAIoAgggAigCBCMARQRAEAAkAAsjACEEEOcBIQAgBCQAIxoE",
  "QCMCBEBBwJEBQdAqQQBBABAQC0EADwtBiBhBkBggABsLFAEBf0EIEBciASAAQQAQFxBnIAEL5QEBBX8gACgCAEEHRwRAQbDSACAA",
  "EA1BAA8LQRwQDCIBQQBBHPwLACABQQc2AgAgACgCBCEDA0AgAiADSQRAIAAoAgBBBk8EfyAAKAIYIAAoAgRHBUEACwRAIAAQDgsg",
  "ACgCDCACQQJ0aigCACIEKAIAIgVBB0cEQCMCBEBBkNMAAn8CQAJAAkACQAJAAkACQCAFQQFrDgYAAQIDBAUGC0HwJgwGC0GQLQwF",
  "C0HALQwEC0HgLQwDC0GALgwCC0GgLgwBC0HALgtBAEEAEBALQQAPCyABIAQQPCACQQFqIQIMAQsLIAELUgEBfyAAKAIAQQdHBEBB",
  "8NAAIAAQDUEADwsgASgCAEEHRwRAQdDRACABEA1BAA8LQRwQDCICQQBBHPwLACACQQc2AgAgAiAAEDwgAiABEDwgAgvaAgEDfyAA",
  "KAIAQQdHBEBBoNQAIAAQDUEADwsgACgCBCIDRQRAQRwQDCIAQQBBHPwLACAAQQc2AgAgAA8LA0AgASADSQRAIAAoAgBBBk8EfyAA",
  "KAIYIAAoAgRHBUEACwRAIAAQDgsgACgCDCABQQJ0aigCACgCACICQQdHBEAjAgRAQZDVAAJ/AkACQAJAAkACQAJAAkAgAkEBaw4G",
  "AAECAwQFBgtB8CYMBgtBkC0MBQtBwC0MBAtB4C0MAwtBgC4MAgtBoC4MAQtBwC4LQQBBABAQC0EADwsgAUEBaiEBDAELCyAAKAIA",
  "QQZPBH8gACgCGCAAKAIERwVBAAsEQCAAEA4LIAAoAgwoAgAhAkEBIQEDQCABIANJBEAgACgCAEEGTwR/IAAoAhggACgCBEcFQQAL",
  "BEAgABAOCyACIAAoAgwgAUECdGooAgAQaCECIAFBAWohAQwBCwsgAgs0ACAAKAIAQQZHBEBBkNgAIAAQDUEADwsgASgCAEEGRwRA",
  "QZDZACABEA1BAA8LIAAgARBpC8wCAQV/IAAoAgBBBkcEQEGQ2gAgABANQQAPCyABKAIAIgNBB0cgA0EFR3EgA0EGR3EEQEGQ2wAg",
  "ARANQQAPC0EcEAwiBEEAQRz8CwAgBEEHNgIAIAEoAgQhAwNAIAIgA0kEQCABKAIAQQZPBH8gASgCGCABKAIERwVBAAsEQCABEA4L",
  "IAQgASgCDCACQQJ0aigCABAfIAJBAWohAgwBCwtBHBAMIgJBAEEc/AsAIAJBBjYCACAAKAIEIQVBACEBA0AgASAFSQRAIAAoAgBB",
  "Bk8EfyAAKAIYIAAoAgRHBUEACwRAIAAQDgtBfyAEIAAoAgwgAUECdGooAgAiAxAaIgYgBkEASBtBAEgEQCAAKAIAQQZPBH8gACgC",
  "GCAAKAIERwVBAAsEQCAAEA4LIAIgAyAAKAIQIAFBAnRqKAIAEBYLIAFBAWohAQwBCwsgAgt9AQN/IAAoAgBBBkcEQEGg1wAgABAN",
  "QQAPC0EcEAwiAUEAQRz8CwAgAUEHNgIAIAAoAgQhAwNAIAIgA0kEQCAAKAIAQQZPBH8gACgCGCAAKAIERwVBAAsEQCAAEA4LIAEg",
  "ACgCDCACQQJ0aigCABAfIAJBAWohAgwBCwsgAQuHAQEDfyAAKAIAQQZHBEBBsNYAIAAQDUEADwsgASgCAEEFRgRAIAEoAgQhBQNA",
  "IAMgBUkEQCAAKAIAIgRBBUcgBEEGR3EgBEEHR3EEQCACDwsgACABKAIMIANBAnRqKAIAEDIiAEUEQCACDwsgA0EBaiEDDAELCyAA",
  "DwsgACABECAiACACIAAbC6kEAwJ8An8DfiAAKAIAQQVHBEBBkN4AIAAQDUEADwsgASgCAEEDRwRAQYDfACABEA1BAA8LIAEoAgRB",
  "AUcEf0EBBSABKwMIIgSdIARhIAQgBKFEAAAAAAAAAABhcQtFBEAjAgRAQfDfAEHQKkEAQQAQEAtBAA8LIAIoAgBBA0cEQEGg4QAg",
  "AhANQQAPCyACKAIEQQFHBH9BAQUgAisDCCIEnSAEYSAEIAShRAAAAAAAAAAAYXELRQRAIwIEQEGQ4gBB0CpBAEEAEBALQQAPCwJ8",
  "IAEoAgQiBUUEQCABKQMIuQwBCyAFQQJGBEAgASgCCCIGKAIAQQFrIQUDQCAFQQBOBEAgA0QAAAAAAADwQaIgBSAGKAIASQR/IAZB",
  "BGogBUECdGooAgAFQQALuKAhAyAFQQFrIQUMAQsLIAOaIAMgASgCDBsMAQsgASsDCAuc/AYiB0IAIAdCAFkbIQcgADUCBCIIAnxE",
  "AAAAAAAAAAAhAyACKAIEIgFFBEAgAikDCLkMAQsgAUECRgRAIAIoAggiBSgCAEEBayEBA0AgAUEATgRAIANEAAAAAAAA8EGiIAEg",
  "BSgCAEkEfyAFQQRqIAFBAnRqKAIABUEAC7igIQMgAUEBayEBDAELCyADmiADIAIoAgwbDAELIAIrAwgLnPwGIgkgCCAJUxshCEEA",
  "EBchAQNAIAcgCFMEQCABIAAoAgwgB6dBAnRqKAIAEBQgB0IBfCEHDAELCyABC5cBAQJ/IAAoAgBBBUcEQEGw3AAgABANQQAPCyAB",
  "KAIAQQVHBEBBoN0AIAEQDUEADwsgACgCBCABKAIEahAXIQIDQCADIAAoAgRJBEAgAiAAKAIMIANBAnRqKAIAEBQgA0EBaiEDDAEL",
  "C0EAIQADQCAAIAEoAgRJBEAgAiABKAIMIABBAnRqKAIAEBQgAEEBaiEADAELCyACCwgAIABBABBqC7oBAQN/IAAoAgBBBUYEf0EB",
  "BSAAKAIAQQdGC0UEQEGwzgAgABANQQAPCyAAKAIEIgIQFyEBA0AgAiADSwRAIAAoAgBBBk8EfyAAKAIYIAAoAgRHBUEACwRAIAAQ",
  "DgsgASAAKAIMIANBAnRqKAIAEBQgA0EBaiEDDAELCyAAKAIAQQdGBEAgAQ8LIAEoAgBBBk8EfyABKAIYIAEoAgRHBUEACwRAIAEQ",
  "DgsgASgCDCACIAJBAnQQDBA9IAELCAAgAEEBEGoLCAAgAEEAEGsLCAAgAEEBEGsLfQEDfyAAKAIAIgJBBEYEQCAAKAIIIQMgACgC",
  "BCECQQAhAANAIAAgAkkEQCABQQFqIAEgACADai0AAEHAAXFBgAFHGyEBIABBAWohAAwBCwsgAa0QDw8LIAJBB0YgAkEFRnIgAkEG",
  "RnIEQCAANQIEEA8PC0GQxAAgABANQQALC5aoAZ0BAEGACAuAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
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
  "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEGAGAsIAQAAAAAAAAAA",
  "QYgYCwgCAAAAAQAAAABBkBgLCAIAAAAAAAAAAEGcGAtAPAAAAAAAAAAAAAAAAgAAACAAAAAwADEAMgAzADQANQA2ADcAOAA5AGEA",
  "YgBjAGQAZQBmAAAAAAAAAAAAAAAAAABB4BgLGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABB/BgLMCwAAAAAAAAAAAAAAAIAAAAW",
  "AAAAPAB1AG4AZABlAGYAaQBuAGUAZAA+AAAAAAAAAABBrBkLAS4AQbwZC7ACLAEAAAAAAAAAAAAAAgAAABABAABvAHUAdAAgAG8A",
  "ZgAgAG0AZQBtAG8AcgB5ADoAIAB0AGgAZQAgAHAAbwBsAGkAYwB5ACAAbgBlAGUAZABzACAAbQBvAHIAZQAgAG0AZQBtAG8AcgB5",
  "ACAAdABoAGEAbgAgAHQAaABlACAAVwBlAGIAQQBzAHMAZQBtAGIAbAB5AC4ATQBlAG0AbwByAHkAIABhAGwAbABvAHcAcwAgACgA",
  "cgBhAGkAcwBlACAAaQB0AHMAIABtAGEAeABpAG0AdQBtACwAIABvAHIAIAByAGUAZAB1AGMAZQAgAHQAaABlACAAZABhAHQAYQAg",
  "AHQAaABlACAAcABvAGwAaQBjAHkAIABiAHUAaQBsAGQAcwApAAAAAAAAAAAAAAAAAABB8BsLuAWIAhwIoNWP+na/PqJ/4a66dqxV",
  "MCD7FovqNc5dSolCzy07ZVWqsGua30UaPQPPGubKxprHF/5wq0/cvL78sXf/DNZrQe+RVr48/H+QrR/QjYOaVTEoXFHTtcmmrY+s",
  "cZ3Li+4jdyKc6m1TeECRScyuV862XXkSPII3VvtNNpQQwk+YSDhv6paQxzqCJcuFdNf0l7+Xzc+GoOWsKheYCjTvjrI1KvtnOLI7",
  "P8bS39TIhLrN0xonRN3Flsklu86fa5OEpWJ9JGys2/baXw1YZqujJvHD3pP44vO4gP+qqK21tYtKfGwFX2KHUzDBNGD/vMlVJrqR",
  "jIVOlr1+KXAkd/nfj7jluJ+936aUfXSIz1+p+M+bqI+TcES5axUPv/jwCIq2MTFlVSWwzax/e9DG4j+ZBjsrKsQQXOTTknNpmSQk",
  "qg7KAIPytYf96xoRkmQI5bzMiFBvCcy8jCxlGeJYF7fRAAAAAAAAQJwAAAAAEKXU6AAAYqzF63ithAmU+Hg5P4GzFQfJe86XwHBc",
  "6nvOMn6PaIDpq6Q40tVFIpoXJidPnyf7xNQxomPtqK3IjDhl3rDbZasajgjHg5odcUL5HV3EWOcbpixpTZLqjXAaZO4B2kp375qZ",
  "o22ihWt9tHt4CfJ3GN15oeRUtMLFm1uShluGPV2WyMVTNcizoJf6XLQqleNfoJm9n0beJYw52zTCm6Vcn5ijcprG9s6+6VRTv9y3",
  "4kEi8hfz/IileFzTm84gzN9TIXvzWhaYOjAfl9y1oOKWs+NcU9HZqDxEp6TZfJv7EESkp0xMdrsanEC2746riyyEV6YQ7x/QKTGR",
  "6eWkEJudDJyh+5sQ5yn0O2LZICishc+nel5LRIAt3awDQOQhv4//RF4vnGeOQbiMnJ0XM9SpG+O0ktsZntl337puv5bra+7wmzsC",
  "h68AQaghC64BPPtX+3L7jPun+8H73Pv2+xH8LPxG/GH8e/yW/LH8y/zm/AD9G/01/VD9a/2F/aD9uv3V/e/9Cv4l/j/+Wv50/o/+",
  "qf7E/t/++f4U/y7/Sf9j/37/mf+z/87/6P8DAB4AOABTAG0AiACiAL0A2ADyAA0BJwFCAVwBdwGSAawBxwHhAfwBFgIxAkwCZgKB",
  "ApsCtgLQAusCBgMgAzsDVQNwA4sDpQPAA9oD9QMPBCoEAEHYIgsoAQAAAAoAAABkAAAA6AMAABAnAACghgEAQEIPAICWmAAA4fUF",
  "AMqaOwBBgCMLkAMwADAAMAAxADAAMgAwADMAMAA0ADAANQAwADYAMAA3ADAAOAAwADkAMQAwADEAMQAxADIAMQAzADEANAAxADUA",
  "MQA2ADEANwAxADgAMQA5ADIAMAAyADEAMgAyADIAMwAyADQAMgA1ADIANgAyADcAMgA4ADIAOQAzADAAMwAxADMAMgAzADMAMwA0",
  "ADMANQAzADYAMwA3ADMAOAAzADkANAAwADQAMQA0ADIANAAzADQANAA0ADUANAA2ADQANwA0ADgANAA5ADUAMAA1ADEANQAyADUA",
  "MwA1ADQANQA1ADUANgA1ADcANQA4ADUAOQA2ADAANgAxADYAMgA2ADMANgA0ADYANQA2ADYANgA3ADYAOAA2ADkANwAwADcAMQA3",
  "ADIANwAzADcANAA3ADUANwA2ADcANwA3ADgANwA5ADgAMAA4ADEAOAAyADgAMwA4ADQAOAA1ADgANgA4ADcAOAA4ADgAOQA5ADAA",
  "OQAxADkAMgA5ADMAOQA0ADkANQA5ADYAOQA3ADkAOAA5ADkAAEGcJgsgHAAAAAAAAAAAAAAAAgAAAAgAAAB0AHIAdQBlAAAAAAAA",
  "QbwmCyAcAAAAAAAAAAAAAAACAAAACgAAAGYAYQBsAHMAZQAAAABB3CYLIBwAAAAAAAAAAAAAAAIAAAAIAAAAbgB1AGwAbAAAAAAA",
  "AEGAJwu4AQAAAAAAAPA/AAAAAAAAJEAAAAAAAABZQAAAAAAAQI9AAAAAAACIw0AAAAAAAGr4QAAAAACAhC5BAAAAANASY0EAAAAA",
  "hNeXQQAAAABlzc1BAAAAIF+gAkIAAADodkg3QgAAAKKUGm1CAABA5ZwwokIAAJAexLzWQgAANCb1awxDAIDgN3nDQUMAoNiFVzR2",
  "QwDITmdtwatDAD2RYORY4UNAjLV4Ha8VRFDv4tbkGktEktVNBs/wgEQAQbwoCyAcAAAAAAAAAAAAAAACAAAABgAAAHUAMAAwAAAA",
  "AAAAAABB3CgLIBwAAAAAAAAAAAAAAAIAAAAKAAAAcwBlAHQAKAApAAAAAEH8KAtgXAAAAAAAAAAAAAAAAgAAAEoAAABvAHAAYQBf",
  "AGUAdgBhAGwAOgAgAHQAaABlACAAaQBuAHAAdQB0ACAAaQBzACAAbgBvAHQAIAB2AGEAbABpAGQAIABKAFMATwBOAAAAAEHcKQtg",
  "XAAAAAAAAAAAAAAAAgAAAEgAAABpAGwAbABlAGcAYQBsACAAbgB1AG0AYgBlAHIAIABsAGkAdABlAHIAYQBsACAAaQBuACAAdABo",
  "AGUAIABwAG8AbABpAGMAeQAAAAAAAEG8KgsgHAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAQdwqCyAcAAAAAAAAAAAA",
  "AAACAAAAAgAAADoAAAAAAAAAAAAAAABB/CoLIBwAAAAAAAAAAAAAAAIAAAAEAAAAOgAgAAAAAAAAAAAAAEGcKwtwbAAAAAAAAAAA",
  "AAAAAgAAAE4AAABwAGwAdQBzADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABuAHUAbQBiAGUAcgAgAGIA",
  "dQB0ACAAZwBvAHQAIAAAAAAAAAAAAAAAAAAAAABBjCwLcGwAAAAAAAAAAAAAAAIAAABOAAAAcABsAHUAcwA6ACAAbwBwAGUAcgBh",
  "AG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAbgB1AG0AYgBlAHIAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAAAAAAAAAAQfws",
  "CzAsAAAAAAAAAAAAAAACAAAADgAAAGIAbwBvAGwAZQBhAG4AAAAAAAAAAAAAAAAAAAAAQawtCyAcAAAAAAAAAAAAAAACAAAADAAA",
  "AG4AdQBtAGIAZQByAABBzC0LIBwAAAAAAAAAAAAAAAIAAAAMAAAAcwB0AHIAaQBuAGcAAEHsLQsgHAAAAAAAAAAAAAAAAgAAAAoA",
  "AABhAHIAcgBhAHkAAAAAQYwuCyAcAAAAAAAAAAAAAAACAAAADAAAAG8AYgBqAGUAYwB0AABBrC4LIBwAAAAAAAAAAAAAAAIAAAAG",
  "AAAAcwBlAHQAAAAAAAAAAEHMLguAAXwAAAAAAAAAAAAAAAIAAABsAAAAbQBpAG4AdQBzADoAIABvAHAAZQByAGEAbgBkACAAMQAg",
  "AG0AdQBzAHQAIABiAGUAIABvAG4AZQAgAG8AZgAgAHsAbgB1AG0AYgBlAHIALAAgAHMAZQB0AH0AIABiAHUAdAAgAGcAbwB0ACAA",
  "AEHMLwtgXAAAAAAAAAAAAAAAAgAAAEoAAABtAGkAbgB1AHMAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAg",
  "AHMAZQB0ACAAYgB1AHQAIABnAG8AdAAgAAAAAEGsMAtwbAAAAAAAAAAAAAAAAgAAAFAAAABtAGkAbgB1AHMAOgAgAG8AcABlAHIA",
  "YQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAAAAAAAAAABBnDEL",
  "YFwAAAAAAAAAAAAAAAIAAABMAAAAbQB1AGwAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAG4AdQBtAGIA",
  "ZQByACAAYgB1AHQAIABnAG8AdAAgAABB/DELYFwAAAAAAAAAAAAAAAIAAABMAAAAbQB1AGwAOgAgAG8AcABlAHIAYQBuAGQAIAAy",
  "ACAAbQB1AHMAdAAgAGIAZQAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAgAABB3DILYFwAAAAAAAAAAAAAAAIAAABMAAAA",
  "ZABpAHYAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAg",
  "AABBvDMLYFwAAAAAAAAAAAAAAAIAAABMAAAAZABpAHYAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAG4A",
  "dQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAgAABBnDQLQDwAAAAAAAAAAAAAAAIAAAAmAAAAZABpAHYAOgAgAGQAaQB2AGkAZABl",
  "ACAAYgB5ACAAegBlAHIAbwAAAAAAAAAAQdw0C2BcAAAAAAAAAAAAAAACAAAATAAAAHIAZQBtADoAIABvAHAAZQByAGEAbgBkACAA",
  "MQAgAG0AdQBzAHQAIABiAGUAIABuAHUAbQBiAGUAcgAgAGIAdQB0ACAAZwBvAHQAIAAAQbw1C2BcAAAAAAAAAAAAAAACAAAATAAA",
  "AHIAZQBtADoAIABvAHAAZQByAGEAbgBkACAAMgAgAG0AdQBzAHQAIABiAGUAIABuAHUAbQBiAGUAcgAgAGIAdQB0ACAAZwBvAHQA",
  "IAAAQZw2C2BcAAAAAAAAAAAAAAACAAAASAAAAHIAZQBtADoAIABtAG8AZAB1AGwAbwAgAG8AbgAgAGYAbABvAGEAdABpAG4AZwAt",
  "AHAAbwBpAG4AdAAgAG4AdQBtAGIAZQByAAAAAAAAQfw2C0A8AAAAAAAAAAAAAAACAAAAJgAAAHIAZQBtADoAIABtAG8AZAB1AGwA",
  "bwAgAGIAeQAgAHoAZQByAG8AAAAAAAAAAEG8NwsgHAAAAAAAAAAAAAAAAgAAAAYAAABuAGEAbgAAAAAAAAAAQdw3CyAcAAAAAAAA",
  "AAAAAAACAAAABgAAAGkAbgBmAAAAAAAAAABB/DcLMCwAAAAAAAAAAAAAAAIAAAAQAAAAaQBuAGYAaQBuAGkAdAB5AAAAAAAAAAAA",
  "AAAAAABBrDgLoAGcAAAAAAAAAAAAAAACAAAAggAAAHQAbwBfAG4AdQBtAGIAZQByADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0A",
  "dQBzAHQAIABiAGUAIABhACAAZgBpAG4AaQB0AGUAIABuAHUAbQBiAGUAcgAsACAAbgBvAHQAIABOAGEATgAgAG8AcgAgAGkAbgBm",
  "AGkAbgBpAHQAeQAAAAAAAAAAAAAAAEHMOQtwbAAAAAAAAAAAAAAAAgAAAFoAAAB0AG8AXwBuAHUAbQBiAGUAcgA6ACAAcwB0AHIA",
  "YwBvAG4AdgAuAFAAYQByAHMAZQBGAGwAbwBhAHQAOgAgAGkAbgB2AGEAbABpAGQAIABzAHkAbgB0AGEAeAAAAABBvDoLsAGsAAAA",
  "AAAAAAAAAAACAAAAmAAAAHQAbwBfAG4AdQBtAGIAZQByADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABv",
  "AG4AZQAgAG8AZgAgAHsAbgB1AGwAbAAsACAAYgBvAG8AbABlAGEAbgAsACAAbgB1AG0AYgBlAHIALAAgAHMAdAByAGkAbgBnAH0A",
  "IABiAHUAdAAgAGcAbwB0ACAAAAAAAABB7DsLYFwAAAAAAAAAAAAAAAIAAABMAAAAYQBiAHMAOgAgAG8AcABlAHIAYQBuAGQAIAAx",
  "ACAAbQB1AHMAdAAgAGIAZQAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAgAABBzDwLcGwAAAAAAAAAAAAAAAIAAABQAAAA",
  "cgBvAHUAbgBkADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABuAHUAbQBiAGUAcgAgAGIAdQB0ACAAZwBv",
  "AHQAIAAAAAAAAAAAAAAAAAAAQbw9C3BsAAAAAAAAAAAAAAACAAAATgAAAGMAZQBpAGwAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAA",
  "bQB1AHMAdAAgAGIAZQAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAAAAAAAAAAAAAEGsPgtwbAAAAAAAAAAA",
  "AAAAAgAAAFAAAABmAGwAbwBvAHIAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAG4AdQBtAGIAZQByACAA",
  "YgB1AHQAIABnAG8AdAAgAAAAAAAAAAAAAAAAAABBnD8LgAF8AAAAAAAAAAAAAAACAAAAYgAAAG4AdQBtAGIAZQByAHMALgByAGEA",
  "bgBnAGUAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAGkAbgB0AGUAZwBlAHIAIABiAHUAdAAgAGcAbwB0",
  "ACAAAAAAAAAAAAAAAABBnMAAC4ABfAAAAAAAAAAAAAAAAgAAAGIAAABuAHUAbQBiAGUAcgBzAC4AcgBhAG4AZwBlADoAIABvAHAA",
  "ZQByAGEAbgBkACAAMgAgAG0AdQBzAHQAIABiAGUAIABpAG4AdABlAGcAZQByACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAAAAAAAA",
  "QZzBAAuwAawAAAAAAAAAAAAAAAIAAACaAAAAbgB1AG0AYgBlAHIAcwAuAHIAYQBuAGcAZQA6ACAAbwBwAGUAcgBhAG4AZAAgADEA",
  "IABtAHUAcwB0ACAAYgBlACAAaQBuAHQAZQBnAGUAcgAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAgAGYAbABvAGEAdABp",
  "AG4AZwAtAHAAbwBpAG4AdAAgAG4AdQBtAGIAZQByAAAAAEHMwgALsAGsAAAAAAAAAAAAAAACAAAAmgAAAG4AdQBtAGIAZQByAHMA",
  "LgByAGEAbgBnAGUAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAGkAbgB0AGUAZwBlAHIAIABuAHUAbQBi",
  "AGUAcgAgAGIAdQB0ACAAZwBvAHQAIABmAGwAbwBhAHQAaQBuAGcALQBwAG8AaQBuAHQAIABuAHUAbQBiAGUAcgAAAABB/MMAC6AB",
  "nAAAAAAAAAAAAAAAAgAAAIoAAABjAG8AdQBuAHQAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAG8AbgBl",
  "ACAAbwBmACAAewBhAHIAcgBhAHkALAAgAG8AYgBqAGUAYwB0ACwAIABzAGUAdAAsACAAcwB0AHIAaQBuAGcAfQAgAGIAdQB0ACAA",
  "ZwBvAHQAIAAAAABBnMUAC5ABjAAAAAAAAAAAAAAAAgAAAG4AAABwAHIAbwBkAHUAYwB0ADoAIABvAHAAZQByAGEAbgBkACAAMQAg",
  "AG0AdQBzAHQAIABiAGUAIABvAG4AZQAgAG8AZgAgAHsAcwBlAHQALAAgAGEAcgByAGEAeQB9ACAAYgB1AHQAIABnAG8AdAAgAAAA",
  "AAAAAAAAAAAAAAAAAEGsxgALgAF8AAAAAAAAAAAAAAACAAAAZgAAAHMAdQBtADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBz",
  "AHQAIABiAGUAIABvAG4AZQAgAG8AZgAgAHsAcwBlAHQALAAgAGEAcgByAGEAeQB9ACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAABB",
  "rMcAC6ABnAAAAAAAAAAAAAAAAgAAAIoAAABwAHIAbwBkAHUAYwB0ADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABi",
  "AGUAIABhAHIAcgBhAHkAIABvAGYAIABuAHUAbQBiAGUAcgBzACAAYgB1AHQAIABnAG8AdAAgAGEAcgByAGEAeQAgAGMAbwBuAHQA",
  "YQBpAG4AaQBuAGcAIAAAAABBzMgAC6ABnAAAAAAAAAAAAAAAAgAAAIIAAABwAHIAbwBkAHUAYwB0ADoAIABvAHAAZQByAGEAbgBk",
  "ACAAMQAgAG0AdQBzAHQAIABiAGUAIABzAGUAdAAgAG8AZgAgAG4AdQBtAGIAZQByAHMAIABiAHUAdAAgAGcAbwB0ACAAcwBlAHQA",
  "IABjAG8AbgB0AGEAaQBuAGkAbgBnACAAAAAAAAAAAAAAAABB7MkAC6ABnAAAAAAAAAAAAAAAAgAAAIIAAABzAHUAbQA6ACAAbwBw",
  "AGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAYQByAHIAYQB5ACAAbwBmACAAbgB1AG0AYgBlAHIAcwAgAGIAdQB0ACAA",
  "ZwBvAHQAIABhAHIAcgBhAHkAIABjAG8AbgB0AGEAaQBuAGkAbgBnACAAAAAAAAAAAAAAAABBjMsAC5ABjAAAAAAAAAAAAAAAAgAA",
  "AHoAAABzAHUAbQA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAcwBlAHQAIABvAGYAIABuAHUAbQBiAGUA",
  "cgBzACAAYgB1AHQAIABnAG8AdAAgAHMAZQB0ACAAYwBvAG4AdABhAGkAbgBpAG4AZwAgAAAAAEGczAALgAF8AAAAAAAAAAAAAAAC",
  "AAAAZgAAAG0AYQB4ADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABvAG4AZQAgAG8AZgAgAHsAcwBlAHQA",
  "LAAgAGEAcgByAGEAeQB9ACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAABBnM0AC4ABfAAAAAAAAAAAAAAAAgAAAGYAAABtAGkAbgA6",
  "ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAbwBuAGUAIABvAGYAIAB7AHMAZQB0ACwAIABhAHIAcgBhAHkA",
  "fQAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAQZzOAAuAAXwAAAAAAAAAAAAAAAIAAABoAAAAcwBvAHIAdAA6ACAAbwBwAGUAcgBh",
  "AG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAbwBuAGUAIABvAGYAIAB7AHMAZQB0ACwAIABhAHIAcgBhAHkAfQAgAGIAdQB0ACAA",
  "ZwBvAHQAIAAAAAAAAEGczwALYFwAAAAAAAAAAAAAAAIAAABGAAAAYQBuAGQAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMA",
  "dAAgAGIAZQAgAHMAZQB0ACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAABB/M8AC2BcAAAAAAAAAAAAAAACAAAARgAAAGEAbgBkADoA",
  "IABvAHAAZQByAGEAbgBkACAAMgAgAG0AdQBzAHQAIABiAGUAIABzAGUAdAAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAQdzQAAtg",
  "XAAAAAAAAAAAAAAAAgAAAEQAAABvAHIAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAHMAZQB0ACAAYgB1",
  "AHQAIABnAG8AdAAgAAAAAAAAAAAAAEG80QALYFwAAAAAAAAAAAAAAAIAAABEAAAAbwByADoAIABvAHAAZQByAGEAbgBkACAAMgAg",
  "AG0AdQBzAHQAIABiAGUAIABzAGUAdAAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAAABBnNIAC2BcAAAAAAAAAAAAAAACAAAASgAA",
  "AHUAbgBpAG8AbgA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAcwBlAHQAIABiAHUAdAAgAGcAbwB0ACAA",
  "AAAAQfzSAAuQAYwAAAAAAAAAAAAAAAIAAAB4AAAAdQBuAGkAbwBuADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABi",
  "AGUAIABzAGUAdAAgAG8AZgAgAHMAZQB0AHMAIABiAHUAdAAgAGcAbwB0ACAAcwBlAHQAIABjAG8AbgB0AGEAaQBuAGkAbgBnACAA",
  "AAAAAABBjNQAC3BsAAAAAAAAAAAAAAACAAAAWAAAAGkAbgB0AGUAcgBzAGUAYwB0AGkAbwBuADoAIABvAHAAZQByAGEAbgBkACAA",
  "MQAgAG0AdQBzAHQAIABiAGUAIABzAGUAdAAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAEH81AALoAGcAAAAAAAAAAAAAAACAAAAhgAA",
  "AGkAbgB0AGUAcgBzAGUAYwB0AGkAbwBuADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABzAGUAdAAgAG8A",
  "ZgAgAHMAZQB0AHMAIABiAHUAdAAgAGcAbwB0ACAAcwBlAHQAIABjAG8AbgB0AGEAaQBuAGkAbgBnACAAAAAAAAAAAEGc1gALcGwA",
  "AAAAAAAAAAAAAAIAAABaAAAAbwBiAGoAZQBjAHQALgBnAGUAdAA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBl",
  "ACAAbwBiAGoAZQBjAHQAIABiAHUAdAAgAGcAbwB0ACAAAAAAQYzXAAtwbAAAAAAAAAAAAAAAAgAAAFwAAABvAGIAagBlAGMAdAAu",
  "AGsAZQB5AHMAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAG8AYgBqAGUAYwB0ACAAYgB1AHQAIABnAG8A",
  "dAAgAABB/NcAC4ABfAAAAAAAAAAAAAAAAgAAAF4AAABvAGIAagBlAGMAdAAuAHUAbgBpAG8AbgA6ACAAbwBwAGUAcgBhAG4AZAAg",
  "ADEAIABtAHUAcwB0ACAAYgBlACAAbwBiAGoAZQBjAHQAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAAAAAAAAAAQfzYAAuAAXwA",
  "AAAAAAAAAAAAAAIAAABeAAAAbwBiAGoAZQBjAHQALgB1AG4AaQBvAG4AOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAg",
  "AGIAZQAgAG8AYgBqAGUAYwB0ACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAAAAAAAAAAAAAEH82QALgAF8AAAAAAAAAAAAAAACAAAA",
  "YAAAAG8AYgBqAGUAYwB0AC4AcgBlAG0AbwB2AGUAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAG8AYgBq",
  "AGUAYwB0ACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAAAAAAAAAABB/NoAC6ABnAAAAAAAAAAAAAAAAgAAAIoAAABvAGIAagBlAGMA",
  "dAAuAHIAZQBtAG8AdgBlADoAIABvAHAAZQByAGEAbgBkACAAMgAgAG0AdQBzAHQAIABiAGUAIABvAG4AZQAgAG8AZgAgAHsAbwBi",
  "AGoAZQBjAHQALAAgAHMAZQB0ACwAIABhAHIAcgBhAHkAfQAgAGIAdQB0ACAAZwBvAHQAIAAAAABBnNwAC3BsAAAAAAAAAAAAAAAC",
  "AAAAXAAAAGEAcgByAGEAeQAuAGMAbwBuAGMAYQB0ADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABhAHIA",
  "cgBhAHkAIABiAHUAdAAgAGcAbwB0ACAAAEGM3QALcGwAAAAAAAAAAAAAAAIAAABcAAAAYQByAHIAYQB5AC4AYwBvAG4AYwBhAHQA",
  "OgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAGEAcgByAGEAeQAgAGIAdQB0ACAAZwBvAHQAIAAAQfzdAAtw",
  "bAAAAAAAAAAAAAAAAgAAAFoAAABhAHIAcgBhAHkALgBzAGwAaQBjAGUAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAg",
  "AGIAZQAgAGEAcgByAGEAeQAgAGIAdQB0ACAAZwBvAHQAIAAAAABB7N4AC3BsAAAAAAAAAAAAAAACAAAAXAAAAGEAcgByAGEAeQAu",
  "AHMAbABpAGMAZQA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAbgB1AG0AYgBlAHIAIABiAHUAdAAgAGcA",
  "bwB0ACAAAEHc3wALsAGsAAAAAAAAAAAAAAACAAAAlgAAAGEAcgByAGEAeQAuAHMAbABpAGMAZQA6ACAAbwBwAGUAcgBhAG4AZAAg",
  "ADIAIABtAHUAcwB0ACAAYgBlACAAaQBuAHQAZQBnAGUAcgAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAgAGYAbABvAGEA",
  "dABpAG4AZwAtAHAAbwBpAG4AdAAgAG4AdQBtAGIAZQByAAAAAAAAAABBjOEAC3BsAAAAAAAAAAAAAAACAAAAXAAAAGEAcgByAGEA",
  "eQAuAHMAbABpAGMAZQA6ACAAbwBwAGUAcgBhAG4AZAAgADMAIABtAHUAcwB0ACAAYgBlACAAbgB1AG0AYgBlAHIAIABiAHUAdAAg",
  "AGcAbwB0ACAAAEH84QALsAGsAAAAAAAAAAAAAAACAAAAlgAAAGEAcgByAGEAeQAuAHMAbABpAGMAZQA6ACAAbwBwAGUAcgBhAG4A",
  "ZAAgADMAIABtAHUAcwB0ACAAYgBlACAAaQBuAHQAZQBnAGUAcgAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAgAGYAbABv",
  "AGEAdABpAG4AZwAtAHAAbwBpAG4AdAAgAG4AdQBtAGIAZQByAAAAAAAAAABBrOMAC3BsAAAAAAAAAAAAAAACAAAAUgAAAGMAbwBu",
  "AGMAYQB0ADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQA",
  "IAAAAAAAAAAAAAAAAEGc5AALgAF8AAAAAAAAAAAAAAACAAAAbAAAAGMAbwBuAGMAYQB0ADoAIABvAHAAZQByAGEAbgBkACAAMgAg",
  "AG0AdQBzAHQAIABiAGUAIABvAG4AZQAgAG8AZgAgAHsAcwBlAHQALAAgAGEAcgByAGEAeQB9ACAAYgB1AHQAIABnAG8AdAAgAABB",
  "nOUAC6ABnAAAAAAAAAAAAAAAAgAAAIgAAABjAG8AbgBjAGEAdAA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBl",
  "ACAAYQByAHIAYQB5ACAAbwBmACAAcwB0AHIAaQBuAGcAcwAgAGIAdQB0ACAAZwBvAHQAIABhAHIAcgBhAHkAIABjAG8AbgB0AGEA",
  "aQBuAGkAbgBnACAAAAAAAABBvOYAC6ABnAAAAAAAAAAAAAAAAgAAAIAAAABjAG8AbgBjAGEAdAA6ACAAbwBwAGUAcgBhAG4AZAAg",
  "ADIAIABtAHUAcwB0ACAAYgBlACAAcwBlAHQAIABvAGYAIABzAHQAcgBpAG4AZwBzACAAYgB1AHQAIABnAG8AdAAgAHMAZQB0ACAA",
  "YwBvAG4AdABhAGkAbgBpAG4AZwAgAAAAAAAAAAAAAAAAAABB3OcAC3BsAAAAAAAAAAAAAAACAAAAVgAAAGMAbwBuAHQAYQBpAG4A",
  "cwA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAcwB0AHIAaQBuAGcAIABiAHUAdAAgAGcAbwB0ACAAAAAA",
  "AAAAAEHM6AALcGwAAAAAAAAAAAAAAAIAAABWAAAAYwBvAG4AdABhAGkAbgBzADoAIABvAHAAZQByAGEAbgBkACAAMgAgAG0AdQBz",
  "AHQAIABiAGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAQbzpAAtwbAAAAAAAAAAAAAAAAgAAAFoAAABz",
  "AHQAYQByAHQAcwB3AGkAdABoADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABzAHQAcgBpAG4AZwAgAGIA",
  "dQB0ACAAZwBvAHQAIAAAAABBrOoAC3BsAAAAAAAAAAAAAAACAAAAWgAAAHMAdABhAHIAdABzAHcAaQB0AGgAOgAgAG8AcABlAHIA",
  "YQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABnAG8AdAAgAAAAAEGc6wALcGwAAAAAAAAA",
  "AAAAAAIAAABWAAAAZQBuAGQAcwB3AGkAdABoADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABzAHQAcgBp",
  "AG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAQYzsAAtwbAAAAAAAAAAAAAAAAgAAAFYAAABlAG4AZABzAHcAaQB0AGgAOgAg",
  "AG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAABB",
  "/OwAC3BsAAAAAAAAAAAAAAACAAAAUAAAAHUAcABwAGUAcgA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAA",
  "cwB0AHIAaQBuAGcAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAAAAAAAEHs7QALcGwAAAAAAAAAAAAAAAIAAABQAAAAbABvAHcA",
  "ZQByADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAA",
  "AAAAAAAAAAAAAAAAQdzuAAtwbAAAAAAAAAAAAAAAAgAAAFAAAABzAHAAbABpAHQAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1",
  "AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAAAAAAAAAABBzO8AC3BsAAAAAAAAAAAAAAAC",
  "AAAAUAAAAHMAcABsAGkAdAA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAcwB0AHIAaQBuAGcAIABiAHUA",
  "dAAgAGcAbwB0ACAAAAAAAAAAAAAAAAAAAEG88AALcGwAAAAAAAAAAAAAAAIAAABOAAAAdAByAGkAbQA6ACAAbwBwAGUAcgBhAG4A",
  "ZAAgADEAIABtAHUAcwB0ACAAYgBlACAAcwB0AHIAaQBuAGcAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAAAAAAAAAAQazxAAtw",
  "bAAAAAAAAAAAAAAAAgAAAE4AAAB0AHIAaQBtADoAIABvAHAAZQByAGEAbgBkACAAMgAgAG0AdQBzAHQAIABiAGUAIABzAHQAcgBp",
  "AG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAAAAAAAAAAABBnPIAC3BsAAAAAAAAAAAAAAACAAAAWAAAAHQAcgBpAG0AXwBs",
  "AGUAZgB0ADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQA",
  "IAAAAAAAAEGM8wALcGwAAAAAAAAAAAAAAAIAAABYAAAAdAByAGkAbQBfAGwAZQBmAHQAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAA",
  "bQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAQfzzAAtwbAAAAAAAAAAAAAAAAgAAAFoA",
  "AAB0AHIAaQBtAF8AcgBpAGcAaAB0ADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABzAHQAcgBpAG4AZwAg",
  "AGIAdQB0ACAAZwBvAHQAIAAAAABB7PQAC3BsAAAAAAAAAAAAAAACAAAAWgAAAHQAcgBpAG0AXwByAGkAZwBoAHQAOgAgAG8AcABl",
  "AHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABnAG8AdAAgAAAAAEHc9QALcGwAAAAA",
  "AAAAAAAAAAIAAABcAAAAdAByAGkAbQBfAHAAcgBlAGYAaQB4ADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUA",
  "IABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAQcz2AAtwbAAAAAAAAAAAAAAAAgAAAFwAAAB0AHIAaQBtAF8AcAByAGUA",
  "ZgBpAHgAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABnAG8AdAAg",
  "AABBvPcAC3BsAAAAAAAAAAAAAAACAAAAXAAAAHQAcgBpAG0AXwBzAHUAZgBmAGkAeAA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABt",
  "AHUAcwB0ACAAYgBlACAAcwB0AHIAaQBuAGcAIABiAHUAdAAgAGcAbwB0ACAAAEGs+AALcGwAAAAAAAAAAAAAAAIAAABcAAAAdABy",
  "AGkAbQBfAHMAdQBmAGYAaQB4ADoAIABvAHAAZQByAGEAbgBkACAAMgAgAG0AdQBzAHQAIABiAGUAIABzAHQAcgBpAG4AZwAgAGIA",
  "dQB0ACAAZwBvAHQAIAAAQZz5AAtwbAAAAAAAAAAAAAAAAgAAAFoAAAB0AHIAaQBtAF8AcwBwAGEAYwBlADoAIABvAHAAZQByAGEA",
  "bgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAAABBjPoAC3BsAAAAAAAAAAAA",
  "AAACAAAAVAAAAHIAZQBwAGwAYQBjAGUAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBn",
  "ACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAAAAAEH8+gALcGwAAAAAAAAAAAAAAAIAAABUAAAAcgBlAHAAbABhAGMAZQA6ACAAbwBw",
  "AGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAcwB0AHIAaQBuAGcAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAAQez7",
  "AAtwbAAAAAAAAAAAAAAAAgAAAFQAAAByAGUAcABsAGEAYwBlADoAIABvAHAAZQByAGEAbgBkACAAMwAgAG0AdQBzAHQAIABiAGUA",
  "IABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAAABB3PwAC3BsAAAAAAAAAAAAAAACAAAAVAAAAGkAbgBkAGUA",
  "eABvAGYAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABnAG8AdAAg",
  "AAAAAAAAAAAAAEHM/QALcGwAAAAAAAAAAAAAAAIAAABUAAAAaQBuAGQAZQB4AG8AZgA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABt",
  "AHUAcwB0ACAAYgBlACAAcwB0AHIAaQBuAGcAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAAQbz+AAtgXAAAAAAAAAAAAAAAAgAA",
  "AD4AAABpAG4AZABlAHgAbwBmADoAIABlAG0AcAB0AHkAIABzAGUAYQByAGMAaAAgAGMAaABhAHIAYQBjAHQAZQByAAAAAAAAAAAA",
  "AAAAAAAAAEGc/wALcGwAAAAAAAAAAAAAAAIAAABYAAAAcwB1AGIAcwB0AHIAaQBuAGcAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAA",
  "bQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAQYyAAQtwbAAAAAAAAAAAAAAAAgAAAFgA",
  "AABzAHUAYgBzAHQAcgBpAG4AZwA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAbgB1AG0AYgBlAHIAIABi",
  "AHUAdAAgAGcAbwB0ACAAAAAAAABB/IABC7ABrAAAAAAAAAAAAAAAAgAAAJIAAABzAHUAYgBzAHQAcgBpAG4AZwA6ACAAbwBwAGUA",
  "cgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAaQBuAHQAZQBnAGUAcgAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAg",
  "AGYAbABvAGEAdABpAG4AZwAtAHAAbwBpAG4AdAAgAG4AdQBtAGIAZQByAAAAAAAAAAAAAAAAQayCAQtwbAAAAAAAAAAAAAAAAgAA",
  "AFgAAABzAHUAYgBzAHQAcgBpAG4AZwA6ACAAbwBwAGUAcgBhAG4AZAAgADMAIABtAHUAcwB0ACAAYgBlACAAbgB1AG0AYgBlAHIA",
  "IABiAHUAdAAgAGcAbwB0ACAAAAAAAABBnIMBC7ABrAAAAAAAAAAAAAAAAgAAAJIAAABzAHUAYgBzAHQAcgBpAG4AZwA6ACAAbwBw",
  "AGUAcgBhAG4AZAAgADMAIABtAHUAcwB0ACAAYgBlACAAaQBuAHQAZQBnAGUAcgAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8A",
  "dAAgAGYAbABvAGEAdABpAG4AZwAtAHAAbwBpAG4AdAAgAG4AdQBtAGIAZQByAAAAAAAAAAAAAAAAQcyEAQtQTAAAAAAAAAAAAAAA",
  "AgAAADQAAABzAHUAYgBzAHQAcgBpAG4AZwA6ACAAbgBlAGcAYQB0AGkAdgBlACAAbwBmAGYAcwBlAHQAAAAAAAAAAAAAQZyFAQtw",
  "bAAAAAAAAAAAAAAAAgAAAFoAAABmAG8AcgBtAGEAdABfAGkAbgB0ADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABi",
  "AGUAIABuAHUAbQBiAGUAcgAgAGIAdQB0ACAAZwBvAHQAIAAAAABBjIYBC3BsAAAAAAAAAAAAAAACAAAAWgAAAGYAbwByAG0AYQB0",
  "AF8AaQBuAHQAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8A",
  "dAAgAAAAAEH8hgELgAF8AAAAAAAAAAAAAAACAAAAZgAAAGYAbwByAG0AYQB0AF8AaQBuAHQAOgAgAG8AcABlAHIAYQBuAGQAIAAy",
  "ACAAbQB1AHMAdAAgAGIAZQAgAG8AbgBlACAAbwBmACAAewAyACwAIAA4ACwAIAAxADAALAAgADEANgB9AAAAAAAAAABB/IcBC5AB",
  "jAAAAAAAAAAAAAAAAgAAAHQAAABpAG4AdABlAHIAbgBhAGwALgB0AGUAbQBwAGwAYQB0AGUAXwBzAHQAcgBpAG4AZwA6ACAAbwBw",
  "AGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAYQByAHIAYQB5ACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAAAAAEGMiQEL",
  "sAGsAAAAAAAAAAAAAAACAAAAmAAAAGkAbgB0AGUAcgBuAGEAbAAuAHQAZQBtAHAAbABhAHQAZQBfAHMAdAByAGkAbgBnADoAIAB0",
  "AGUAbQBwAGwAYQB0AGUALQBzAHQAcgBpAG4AZwBzACAAbQB1AHMAdAAgAG4AbwB0ACAAcAByAG8AZAB1AGMAZQAgAG0AdQBsAHQA",
  "aQBwAGwAZQAgAG8AdQB0AHAAdQB0AHMAAAAAAABBvIoBC6ABnAAAAAAAAAAAAAAAAgAAAIYAAABzAHQAcgBpAG4AZwBzAC4AcgBl",
  "AHAAbABhAGMAZQBfAG4AOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbgBvAG4ALQBzAHQAcgBpAG4AZwAgAGsAZQB5ACAAZgBvAHUA",
  "bgBkACAAaQBuACAAcABhAHQAdABlAHIAbgAgAG8AYgBqAGUAYwB0AAAAAAAAAABB3IsBC3BsAAAAAAAAAAAAAAACAAAAWgAAAGcA",
  "bABvAGIALgBtAGEAdABjAGgAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1",
  "AHQAIABnAG8AdAAgAAAAAEHMjAELkAGMAAAAAAAAAAAAAAACAAAAdgAAAGcAbABvAGIALgBtAGEAdABjAGgAOgAgAG8AcABlAHIA",
  "YQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAG8AbgBlACAAbwBmACAAewBhAHIAcgBhAHkALAAgAG4AdQBsAGwAfQAgAGIAdQB0",
  "ACAAZwBvAHQAIAAAAAAAAAAAQdyNAQuwAawAAAAAAAAAAAAAAAIAAACQAAAAZwBsAG8AYgAuAG0AYQB0AGMAaAA6ACAAbwBwAGUA",
  "cgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAYQByAHIAYQB5ACAAbwBmACAAcwB0AHIAaQBuAGcAcwAgAGIAdQB0ACAAZwBv",
  "AHQAIABhAHIAcgBhAHkAIABjAG8AbgB0AGEAaQBuAGkAbgBnACAAAAAAAAAAAAAAAAAAAEGMjwELsAGsAAAAAAAAAAAAAAACAAAA",
  "mAAAAGcAbABvAGIALgBtAGEAdABjAGgAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAGEAcgByAGEAeQAg",
  "AG8AZgAgAHIAdQBuAGUAcwAgAGIAdQB0ACAAZwBvAHQAIABhAHIAcgBhAHkAIABjAG8AbgB0AGEAaQBuAGkAbgBnACAAcwB0AHIA",
  "aQBuAGcAAAAAAABBvJABC3BsAAAAAAAAAAAAAAACAAAAWgAAAGcAbABvAGIALgBtAGEAdABjAGgAOgAgAG8AcABlAHIAYQBuAGQA",
  "IAAzACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABnAG8AdAAgAAAAAEGskQELkAGMAAAAAAAAAAAAAAAC",
  "AAAAfAAAAGcAbABvAGIALgBtAGEAdABjAGgAOgAgAHQAaABlACAAcABhAHQAdABlAHIAbgAgAG4AZQBzAHQAcwAgAHsALgAuAC4A",
  "fQAgAGcAcgBvAHUAcABzACAAbQBvAHIAZQAgAHQAaABhAG4AIAAxADAAMAAwACAAZABlAGUAcAAAQbySAQuQAYwAAAAAAAAAAAAA",
  "AAIAAABwAAAAdABpAG0AZQAuAHAAYQByAHMAZQBfAHIAZgBjADMAMwAzADkAXwBuAHMAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAA",
  "bQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAAAAAAAAAABBzJMBC+AB3AAAAAAAAAAA",
  "AAAAAgAAAMIAAAB0AGkAbQBlAC4AcABhAHIAcwBlAF8AcgBmAGMAMwAzADMAOQBfAG4AcwA6ACAAYwBhAG4AbgBvAHQAIABwAGEA",
  "cgBzAGUAIAB0AGgAZQAgAHQAaQBtAGUAOgAgAGkAdAAgAGkAcwAgAG4AbwB0ACAAUgBGAEMAIAAzADMAMwA5ACAAKABsAGkAawBl",
  "ACAAMgAwADAANgAtADAAMQAtADAAMgBUADEANQA6ADAANAA6ADAANQBaADAANwA6ADAAMAApAAAAAAAAAAAAAAAAQayVAQuAAXwA",
  "AAAAAAAAAAAAAAIAAABkAAAAdABpAG0AZQAuAHAAYQByAHMAZQBfAHIAZgBjADMAMwAzADkAXwBuAHMAOgAgAHQAaQBtAGUAIABv",
  "AHUAdABzAGkAZABlACAAbwBmACAAdgBhAGwAaQBkACAAcgBhAG4AZwBlAAAAAAAAAAAAAEGslgELcGwAAAAAAAAAAAAAAAIAAABY",
  "AAAAdABpAG0AZQAuAGQAYQB0AGUAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAG4AdQBtAGIAZQByACAA",
  "YgB1AHQAIABnAG8AdAAgAAAAAAAAQZyXAQtwbAAAAAAAAAAAAAAAAgAAAFgAAAB0AGkAbQBlAC4AZABhAHQAZQA6ACAAbwBwAGUA",
  "cgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAcwB0AHIAaQBuAGcAIABiAHUAdAAgAGcAbwB0ACAAAAAAAABBjJgBC8ABvAAA",
  "AAAAAAAAAAAAAgAAAKwAAAB0AGkAbQBlAC4AZABhAHQAZQA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAA",
  "ZQBpAHQAaABlAHIAIABuAHUAbQBiAGUAcgAgACgAbgBzACkAIABvAHIAIABbAG4AdQBtAGIAZQByACAAKABuAHMAKQAsACAAcwB0",
  "AHIAaQBuAGcAIAAoAHQAegApAF0AIABiAHUAdAAgAGcAbwB0ACAAAEHMmQELUEwAAAAAAAAAAAAAAAIAAAA4AAAAdABpAG0AZQAu",
  "AGQAYQB0AGUAOgAgAHQAaQBtAGUAcwB0AGEAbQBwACAAdABvAG8AIABiAGkAZwAAAAAAAEGcmgEL0AHMAAAAAAAAAAAAAAACAAAA",
  "tAAAAHQAaQBtAGUALgBhAGQAZABfAGQAYQB0AGUAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAGUAaQB0",
  "AGgAZQByACAAbgB1AG0AYgBlAHIAIAAoAG4AcwApACAAbwByACAAWwBuAHUAbQBiAGUAcgAgACgAbgBzACkALAAgAHMAdAByAGkA",
  "bgBnACAAKAB0AHoAKQBdACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAAAAAEHsmwELYFwAAAAAAAAAAAAAAAIAAABAAAAAdABpAG0A",
  "ZQAuAGEAZABkAF8AZABhAHQAZQA6ACAAdABpAG0AZQBzAHQAYQBtAHAAIAB0AG8AbwAgAGIAaQBnAAAAAAAAAAAAAAAAAABBzJwB",
  "C4ABfAAAAAAAAAAAAAAAAgAAAGAAAAB0AGkAbQBlAC4AYQBkAGQAXwBkAGEAdABlADoAIABvAHAAZQByAGEAbgBkACAAMgAgAG0A",
  "dQBzAHQAIABiAGUAIABuAHUAbQBiAGUAcgAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAAAAAAAAAQcydAQuwAawAAAAAAAAAAAAA",
  "AAIAAACaAAAAdABpAG0AZQAuAGEAZABkAF8AZABhAHQAZQA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAA",
  "aQBuAHQAZQBnAGUAcgAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAgAGYAbABvAGEAdABpAG4AZwAtAHAAbwBpAG4AdAAg",
  "AG4AdQBtAGIAZQByAAAAAEH8ngELgAF8AAAAAAAAAAAAAAACAAAAYAAAAHQAaQBtAGUALgBhAGQAZABfAGQAYQB0AGUAOgAgAG8A",
  "cABlAHIAYQBuAGQAIAAzACAAbQB1AHMAdAAgAGIAZQAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAAAAAAAA",
  "AABB/J8BC7ABrAAAAAAAAAAAAAAAAgAAAJoAAAB0AGkAbQBlAC4AYQBkAGQAXwBkAGEAdABlADoAIABvAHAAZQByAGEAbgBkACAA",
  "MwAgAG0AdQBzAHQAIABiAGUAIABpAG4AdABlAGcAZQByACAAbgB1AG0AYgBlAHIAIABiAHUAdAAgAGcAbwB0ACAAZgBsAG8AYQB0",
  "AGkAbgBnAC0AcABvAGkAbgB0ACAAbgB1AG0AYgBlAHIAAAAAQayhAQuAAXwAAAAAAAAAAAAAAAIAAABgAAAAdABpAG0AZQAuAGEA",
  "ZABkAF8AZABhAHQAZQA6ACAAbwBwAGUAcgBhAG4AZAAgADQAIABtAHUAcwB0ACAAYgBlACAAbgB1AG0AYgBlAHIAIABiAHUAdAAg",
  "AGcAbwB0ACAAAAAAAAAAAAAAAAAAAEGsogELsAGsAAAAAAAAAAAAAAACAAAAmgAAAHQAaQBtAGUALgBhAGQAZABfAGQAYQB0AGUA",
  "OgAgAG8AcABlAHIAYQBuAGQAIAA0ACAAbQB1AHMAdAAgAGIAZQAgAGkAbgB0AGUAZwBlAHIAIABuAHUAbQBiAGUAcgAgAGIAdQB0",
  "ACAAZwBvAHQAIABmAGwAbwBhAHQAaQBuAGcALQBwAG8AaQBuAHQAIABuAHUAbQBiAGUAcgAAAABB3KMBC3BsAAAAAAAAAAAAAAAC",
  "AAAAVAAAAHQAaQBtAGUALgBhAGQAZABfAGQAYQB0AGUAOgAgAHQAaQBtAGUAIABvAHUAdABzAGkAZABlACAAbwBmACAAdgBhAGwA",
  "aQBkACAAcgBhAG4AZwBlAAAAAAAAAAAAAEHMpAELgAF8AAAAAAAAAAAAAAACAAAAaAAAAG4AZQB0AC4AYwBpAGQAcgBfAGMAbwBu",
  "AHQAYQBpAG4AcwA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAcwB0AHIAaQBuAGcAIABiAHUAdAAgAGcA",
  "bwB0ACAAAAAAAABBzKUBC3BsAAAAAAAAAAAAAAACAAAAUgAAAG4AZQB0AC4AYwBpAGQAcgBfAGMAbwBuAHQAYQBpAG4AcwA6ACAA",
  "aQBuAHYAYQBsAGkAZAAgAEMASQBEAFIAIABhAGQAZAByAGUAcwBzADoAIAAAAAAAAAAAAAAAAEG8pgELwAG8AAAAAAAAAAAAAAAC",
  "AAAAoAAAAG4AZQB0AC4AYwBpAGQAcgBfAGMAbwBuAHQAYQBpAG4AcwA6ACAAbgBvAHQAIABhACAAdgBhAGwAaQBkACAAdABlAHgA",
  "dAB1AGEAbAAgAHIAZQBwAHIAZQBzAGUAbgB0AGEAdABpAG8AbgAgAG8AZgAgAGEAbgAgAEkAUAAgAGEAZABkAHIAZQBzAHMAIABv",
  "AHIAIABDAEkARABSADoAIAAAAAAAAAAAAAAAAAA="
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
