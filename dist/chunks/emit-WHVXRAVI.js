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
  "fwF/YAJ/fAF/YAAAYAF8AX9gAnx/AXxgAn9/AXxgA35+fwF/YAF+AGABfwF8YAZ/fn5/fn8Bf2AHf39/f39/fwF/YAZ/f39/f38B",
  "fwLwAQ0GcG9saWN5CWhlYXBfYmFzZQAEBnBvbGljeQRldmFsAAMDZW52CW9wYV9hYm9ydAADBnBvbGljeQ5zdGF0aWNfc3RyaW5n",
  "cwAEBnBvbGljeQtlbnRyeXBvaW50cwAEBnBvbGljeQhidWlsdGlucwAEA2VudgtvcGFfcHJpbnRsbgADA2VudgxvcGFfYnVpbHRp",
  "bjQAFQNlbnYMb3BhX2J1aWx0aW4zAAoDZW52DG9wYV9idWlsdGluMgAGA2VudgxvcGFfYnVpbHRpbjEAAgNlbnYMb3BhX2J1aWx0",
  "aW4wAAADZW52Bm1lbW9yeQIAAQPuAewBAQUDCQgAAwAFAQcBDQAAAAEAAQUABwkBAAMFAAEGAAECAwAIAAAAAQUBAAIAAgYFBwIA",
  "BwsBDgAACgMGCA8AAAACBgMEAAYBBAAEAQMACAAQEQIGAgAGAgACAgcAAAAAABICEwsAAQAAAQEEAAEDBQQBAQgDBwQACQQHAAwM",
  "BQMBAQAAAQAEAAoGAgABAQUBAwEAAQIBAQMEAwUFBQEUAQQEAwQEAQEBAQEBAQEAAAAAAAAAAgAAAAAAAQABBgEAAAABAAAAAAIA",
  "AAIAAAAAAAICAgEAAQEBAgAGAgEBAAEAAAECAgABAQEBAQEG7AEvfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/",
  "AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/",
  "AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfgFCAAt+AUIAC34BQgALfgFCAAt/AUEAC38BQQALfwBBAQt/",
  "AEEDC38BQQALfwFBAAt+AUIAC34BQgALfwFBAAt/AUEAC34BQgALfwFBAAt+AUIACwe3EIkBFG9wYV93YXNtX2FiaV92ZXJzaW9u",
  "AyQab3BhX3dhc21fYWJpX21pbm9yX3ZlcnNpb24DJQtydF9idWlsdGluMACYAQtydF9idWlsdGluMQCXAQtydF9idWlsdGluMgCW",
  "AQtydF9idWlsdGluMwCVAQtydF9idWlsdGluNACUAQpydF9wcmludGxuAIABCm9wYV9tYWxsb2MAoQEIb3BhX2ZyZWUApQEQb3Bh",
  "X2hlYXBfcHRyX2dldACkARBvcGFfaGVhcF9wdHJfc2V0AKMBDm9wYV9qc29uX3BhcnNlAFUPb3BhX3ZhbHVlX3BhcnNlAFUNb3Bh",
  "X2pzb25fZHVtcACiAQ5vcGFfdmFsdWVfZHVtcACfAQ5vcGFfdmFsdWVfdHlwZQCdAR9hY2Nlc3NjdGxfc3RyaWN0X2J1aWx0aW5f",
  "ZXJyb3JzAK4BGmFjY2Vzc2N0bF9idWlsdGluX2xvY2F0aW9uALABE2FjY2Vzc2N0bF9ob3N0X2FyZ3MArwEIYnVpbHRpbnMArQEL",
  "ZW50cnlwb2ludHMArAEQb3BhX2V2YWxfY3R4X25ldwBWFm9wYV9ldmFsX2N0eF9zZXRfaW5wdXQApgEVb3BhX2V2YWxfY3R4X3Nl",
  "dF9kYXRhAKgBG29wYV9ldmFsX2N0eF9zZXRfZW50cnlwb2ludACnARdvcGFfZXZhbF9jdHhfZ2V0X3Jlc3VsdACpAQRldmFsAKsB",
  "CG9wYV9ldmFsAKoBEm9wYV92YWx1ZV9hZGRfcGF0aACgARVvcGFfdmFsdWVfcmVtb3ZlX3BhdGgAngEMcnRfbWVtb19pbml0AIsB",
  "DHJ0X21lbW9fcHVzaACIAQtydF9tZW1vX3BvcACJAQtydF9tZW1vX2dldACMAQ5ydF9tZW1vX2luc2VydACKAQdydF9udWxsAIUB",
  "B3J0X3RydWUAdwhydF9mYWxzZQCSAQ1ydF9udW1iZXJfaW50AIQBDXJ0X251bWJlcl9yZWYAgwEJcnRfc3RyaW5nAHgIcnRfYXJy",
  "YXkAmwEJcnRfb2JqZWN0AIIBBnJ0X3NldAB8CXJ0X2FzX3NldACZAQ9ydF9hcnJheV9hcHBlbmQAmgEQcnRfb2JqZWN0X2luc2Vy",
  "dACBAQpydF9zZXRfYWRkAHsGcnRfZ2V0AJEBCnJ0X2NvbXBhcmUAkwEHcnRfdHlwZQB2BnJ0X2xlbgCNAQ1ydF9pdGVyX2NvdW50",
  "AJABC3J0X2l0ZXJfa2V5AI8BDXJ0X2l0ZXJfdmFsdWUAjgEMcnRfc2Nhbl9rZXlzAH4OcnRfc2Nhbl92YWx1ZXMAfQ9ydF9zaGFs",
  "bG93X2NvcHkAeQhydF9tZXJnZQCHAQ9ydF9zZXRfbG9jYXRpb24AehBydF9ydW50aW1lX2Vycm9yAH8IcnRfYWJvcnQAnAEScnRf",
  "bmFtZV9tYXBfaW5zZXJ0AIYBDHJ0X3dpdGhfcm9vdAB1DHJ0X3dpdGhfc3RlcAB0BGJfZXEAWwdiX2VxdWFsAFsFYl9uZXEAuwEE",
  "Yl9sdAC/AQViX2x0ZQC+AQRiX2d0AMMBBWJfZ3RlAMIBBmJfcGx1cwC6AQdiX21pbnVzAL0BBWJfbXVsALwBBWJfZGl2AMQBBWJf",
  "cmVtALkBE2JfaW50ZXJuYWxfbWVtYmVyXzIAwQETYl9pbnRlcm5hbF9tZW1iZXJfMwDAAQpiX2lzX2FycmF5ALgBDGJfaXNfYm9v",
  "bGVhbgC3AQliX2lzX251bGwAtgELYl9pc19udW1iZXIAtQELYl9pc19vYmplY3QAtAEIYl9pc19zZXQAswELYl9pc19zdHJpbmcA",
  "sgELYl90eXBlX25hbWUAsQELYl90b19udW1iZXIAxgEFYl9hYnMA4wEHYl9yb3VuZADfAQZiX2NlaWwA4gEHYl9mbG9vcgDhAQ9i",
  "X251bWJlcnNfcmFuZ2UA4AEHYl9jb3VudAD3AQViX3N1bQDyAQliX3Byb2R1Y3QA9AEFYl9tYXgA9gEFYl9taW4A9QEGYl9zb3J0",
  "APMBBWJfYW5kAGgEYl9vcgDqAQdiX3VuaW9uAOkBDmJfaW50ZXJzZWN0aW9uAOsBDGJfb2JqZWN0X2dldADvAQ1iX29iamVjdF9r",
  "ZXlzAO4BDmJfb2JqZWN0X3VuaW9uAOwBD2Jfb2JqZWN0X3JlbW92ZQDtAQ5iX2FycmF5X2NvbmNhdADxAQ1iX2FycmF5X3NsaWNl",
  "APABBmJfd2FsawDoAQhiX2NvbmNhdADbAQpiX2NvbnRhaW5zANoBDGJfc3RhcnRzd2l0aADUAQpiX2VuZHN3aXRoANkBCGJoX2xv",
  "d2VyAMwBCGJoX3VwcGVyAMsBB2Jfc3BsaXQA1QEGYl90cmltANIBC2JfdHJpbV9sZWZ0ANEBDGJfdHJpbV9yaWdodADPAQ1iX3Ry",
  "aW1fcHJlZml4ANABDWJfdHJpbV9zdWZmaXgAzQEMYl90cmltX3NwYWNlAM4BCWJfcmVwbGFjZQDWAQliX2luZGV4b2YA1wELYl9z",
  "dWJzdHJpbmcA0wEMYl9mb3JtYXRfaW50ANgBCmJoX3NwcmludGYA3QEaYl9pbnRlcm5hbF90ZW1wbGF0ZV9zdHJpbmcAygEUYmhf",
  "c3RyaW5nc19yZXBsYWNlX24A3gEMYl9nbG9iX21hdGNoAOcBF2JfdGltZV9wYXJzZV9yZmMzMzM5X25zAMgBDGJoX3RpbWVfZGF0",
  "ZQDHAQ9iX3RpbWVfYWRkX2RhdGUAyQETYl9uZXRfY2lkcl9jb250YWlucwDlAQZtZW1vcnkCAAwCnQEK6OQC7AE0AQF/IwBFBEAQ",
  "ACQACyMAQQdqQXhxIgEgAGoiACABSQRAQQBB0BkQJgsgABBYIAAkACABC10AAn8CQAJAAkACQAJAAkACQCABKAIAQQFrDgYAAQID",
  "BAUGC0HwJgwGC0GQLQwFC0HALQwEC0HgLQwDC0GALgwCC0GgLgwBC0HALgshASMCBEAgACABQQBBABAQCwvAAwEPfyAAKAIAQQZG",
  "IQQgACgCDCEOIAAoAgQiDSAAKAIYIghrIgdBAnQiARAMIQUgARAMIQEDQCACIAdJBEAgBSACQQJ0aiACIAhqNgIAIAJBAWohAgwB",
  "CwsgDiAFIAcgARAvIA1BAnQiARAMIQkgBAR/IAEQDAVBAAshCiAEBH8gACgCEAVBAAshCyANQQJ0EAwhDEEAIQIDQCAGIA1JBEAg",
  "AyAHTwR/QQEFIAIgCEkEfyAOIAJBAnRqKAIAIA4gBSADQQJ0aigCAEECdGooAgAQE0EASAVBAAsLBEAgAiIBQQFqIQIFIAMiAUEB",
  "aiEDIAUgAUECdGooAgAhAQsgDCABQQJ0IgFqIAY2AgAgBkECdCIPIAlqIAEgDmooAgA2AgAgBARAIAogD2ogASALaigCADYCAAsg",
  "BkEBaiEGDAELCyAOIAkgDUECdCIB/AoAACAEBEAgCyAKIAH8CgAACyAAIA02AhggACgCFCIBRQRADwsgASgCAEEBaiECQQAhAANA",
  "IAAgAkkEQCABQQhqIABBA3RqIgMoAgQiBARAIAMgDCAEQQFrQQJ0aigCAEEBajYCBAsgAEEBaiEADAELCwstAQF/QRgQDCIBQQM2",
  "AgAgAUEANgIEIAEgADcDCCABQQA2AhAgAUEANgIUIAEL+wEBBn9BgBAhBANAIARB/xdJIABBFGsoAhBBAXYiCSAGSnEEQCAEIgVB",
  "AWohBCAFIAYgCU8Ef0F/BSAAIAZBAXRqLwEACzoAACAGQQFqIQYMAQsLIAQhAANAIABB/xdJIAFBFGsoAhBBAXYiBSAHSnEEQCAA",
  "IgRBAWohACAEIAUgB00Ef0F/BSABIAdBAXRqLwEACzoAACAHQQFqIQcMAQsLA0AgAEH/F0kgAyAIS3EEQCAAIgFBAWohACABIAIg",
  "CGotAAA6AAAgCEEBaiEIDAELCyAAQQA6AAAjAUUEQEGAEEHQKhAmCyMBKAIAIwEoAgQjASgCCEGAEBBaCyYBAX9BEBAMIgJBBDYC",
  "ACACIAE2AgQgAiAANgIIIAJBADYCDCACCxsBAX9BARAlIxMiAUEBaiQTIxIgAWogADoAAAuZBAEHfyAAIAFGBEBBAA8LIABFBEBB",
  "fw8LIAFFBEBBAQ8LIAAoAgAiAiABKAIAIgNHBEBBf0EBIAIgA0kbDwsCQAJAAkACQAJAAkACQAJAIAJBAWsOBwABAgMEBQQGC0EA",
  "DwtBf0EBIAAoAgQiACABKAIEIgFJG0EAIAAgAUcbDwsgACABEHMPCyAAKAIIIAAoAgQgASgCCCABKAIEEEcPCyAAKAIEIgIgASgC",
  "BCIDIAIgA0kbIQQgACgCAEEGTwR/IAAoAhggAkcFQQALBEAgABAOCyAAKAIMIQUgASgCAEEGTwR/IAEoAhggASgCBEcFQQALBEAg",
  "ARAOCyABKAIMIQFBACEAA0AgACAESQRAIAUgAEECdCIGaigCACABIAZqKAIAEBMiBgRAIAYPCyAAQQFqIQAMAQsLDAILIAAoAgQi",
  "AiABKAIEIgMgAiADSRshBSAAKAIAQQZPBH8gACgCGCACRwVBAAsEQCAAEA4LIAAoAgwhBiABKAIAQQZPBH8gASgCGCABKAIERwVB",
  "AAsEQCABEA4LIAEoAgwhBCAAKAIQIQcgASgCECEBQQAhAANAIAAgBUkEQCAGIABBAnQiCGooAgAgBCAIaigCABATIggEQCAIDwsg",
  "ByAAQQJ0IghqKAIAIAEgCGooAgAQEyIIBEAgCA8LIABBAWohAAwBCwsMAQtBAA8LQX9BASACIANJG0EAIAIgA0cbC1oBAn8gACgC",
  "CCIDIAAoAgQiAkYEQCAAIAAoAgwgA0ECdEEEIANBAXQgA0EESRsiA0ECdBA5NgIMIAAgAzYCCAsgACgCDCACQQJ0aiABNgIAIAAg",
  "AkEBajYCBAspAQF+IAAoAgRBAkYEQCAAKAIIDwtCACAAKQMIIgF9IAEgAUIAUxsQIgswAQF/IAAgARAaIgNBAE4EQCAAKAIQIANB",
  "AnRqIAI2AgAPCyAAIAEgAkF/IANrEEgLMwEBf0EQEAwiAUEFNgIAIAFBADYCBCABIAA2AgggASAABH8gAEECdBAMBUEACzYCDCAB",
  "C0sBAX8gACAAnWEgAJlEAKE4FJs530NjcQRAIAD8BhAPDwtBGBAMIgFBAzYCACABQQE2AgQgASAAOQMIIAFBADYCECABQQA2AhQg",
  "AQuQAQEBfyAAIAFqLQAAIgJBgAFJBEAgAg8LIAJB4AFJBEAgACABai0AAUE/cSACQR9xQQZ0cg8LIAJB8AFJBEAgACABaiIALQAC",
  "QT9xIAJBD3FBDHQgAC0AAUE/cUEGdHJyDwsgACABaiIALQADQT9xIAJBB3FBEnQgAC0AAUE/cUEMdHIgAC0AAkE/cUEGdHJyC80C",
  "AQh/IAAoAhQEQCABECMkCCABIQIgACgCDCEHIwgiBCAAKAIUIgUoAgAiCHEhAwNAAkBBfyEBIAVBCGogA0EDdGoiBigCBCIJRQ0A",
  "IAYoAgAgBEYEQCAHIAlBAWsiAUECdGooAgAiBiACRgR/QQAFIAYgAhATC0UNAQsgA0EBaiAIcSEDDAELCyABQQBOBH8gAQVBfyAA",
  "KAIEawsPCyAAKAIMIQQgACgCBCEFA0AgAiAFSQRAIAQgAkECdGooAgAgAUYEQCACDwsgAkEBaiECDAELC0F/IAVrIQACQCAFBH8g",
  "BCAFQQFrQQJ0aigCACABEBNBAEgFQQALDQAgBUEBayECA0AgAiADTgRAIAQgAiADakEBdiIAQQJ0aigCACABEBMiBUUNAiAFQQBI",
  "BEAgAEEBaiEDBSAAQQFrIQILDAELC0F/IANrIQALIAALyAECAX4BfyAAKAIAQQJLBH9BAAUgACgCAAR/IAAoAgQFQQALrSAAKAIA",
  "QQFLBH8gACgCCAVBAAutQiCGhCICQoCAgICAgICAgH9YIAJC////////////AFggARsLBEBCACAAKAIABH8gACgCBAVBAAutIAAo",
  "AgBBAUsEfyAAKAIIBUEAC61CIIaEIgJ9IAIgARsQDw8LQRgQDCIDQQM2AgAgA0ECNgIEIAMgADYCCCADIAFBAEc2AgwgA0EANgIQ",
  "IANBADYCFCADCyUBAn8gAEECdCICQQRqEAwiASAANgIAIAFBBGpBACAC/AsAIAEL9QECBn8CfiABKAIAIgUgACgCACIGahAcIQID",
  "QCADIAZJBEBCACEIIAMgACgCAEkEfyAAQQRqIANBAnRqKAIABUEAC60hCUEAIQQDQCAEIAVJBEAgAkEEaiADIARqQQJ0aiIHNQIA",
  "IAkgBCABKAIASQR/IAFBBGogBEECdGooAgAFQQALrX58IAh8IQggByAIPgIAIAhCIIghCCAEQQFqIQQMAQsLIAJBBGogAyAFakEC",
  "dGogCD4CACADQQFqIQMMAQsLIAIoAgAhAANAIAAEfyACIABBAnRqKAIABUEBC0UEQCAAQQFrIQAMAQsLIAIgADYCACACC1YBA38g",
  "AEEUaygCEEEBdiICEAwhAwNAIAEgAkkEQCABIANqIAEgAEEUaygCEEEBdk8Ef0F/BSAAIAFBAXRqLwEACzoAACABQQFqIQEMAQsL",
  "IAMgAhARCx8BAX8gACABEBoiAkEASARAIAAgAUEAQX8gAmsQSAsLKwBBfyAAIAEQGiIBIAFBAEgbIgFBAE4EfyAAKAIQIAFBAnRq",
  "KAIABUEACwvcBAEGfwJAAkACQAJAAkACQAJAAkAgACgCAEEBaw4HAAECAwQGBQcLQfAmEC0PC0GwJkHQJiAAKAIEGxAtDwsCQCAA",
  "KAIQIgEEQCABIAAoAhQQNAwBCyAAKAIEQQJGBH8gACgCCCgCAEEKbEEEagVBwAALECUjEyAAIxIjE2oQSmokEwsPCyAAEE8PC0Hb",
  "ABASIAAoAgQhBANAIAMgBEkEQCADBEBBLBASIAIEQEEgEBILCyAAKAIMIANBAnRqKAIAIAEgAhAhIANBAWohAwwBCwtB3QAQEg8L",
  "IAAoAgQiA0EBIAEbRQRAQfAoEC0PC0H7AEHbACABGxASIAAoAgBBBk8EfyAAKAIYIAAoAgRHBUEACwRAIAAQDgsgACgCDCEEQQAh",
  "AANAIAAgA0kEQCAABEBBLBASIAIEQEEgEBILCyAEIABBAnRqKAIAIAEgAhAhIABBAWohAAwBCwtB/QBB3QAgARsQEg8LQfsAEBIg",
  "ACgCBCEHA0AgAyAHSQRAIAMEQEEsEBIgAgRAQSAQEgsLIAAoAgBBBk8EfyAAKAIYIAAoAgRHBUEACwRAIAAQDgtBASABIAAoAgwg",
  "A0ECdGooAgAiCCgCAEEERhsEQCAIIAEgAhAhBSMSIxMhBSMUIQZBACQSQQAkE0EAJBQgCEEAQQAQISMSIxMQESEIJBIgBSQTIAYk",
  "FCAIEE8LQToQEiACBEBBIBASCyAAKAIAQQZPBH8gACgCGCAAKAIERwVBAAsEQCAAEA4LIAAoAhAgA0ECdGooAgAgASACECEgA0EB",
  "aiEDDAELC0H9ABASCwtMAQJ/QQIQHCIBIAA+AgQgASAAQiCIPgIIIAEoAgAhAgNAIAIEfyABIAJBAnRqKAIABUEBC0UEQCACQQFr",
  "IQIMAQsLIAEgAjYCACABC60EAQR/IABFBEBBAA8LAkACQAJAAkACQAJAAkACQAJAIAAoAgBBAWsOBwABAgMEBQYHC0G5893xeQ8L",
  "QeuUr694QbXcypV8IAAoAgQbDwsgABByDwsCQCAAKAIMIgEEQCABIQAMAQtBxbvyiHghASAAKAIIIQMgACgCBCEEA0AgAiAESQRA",
  "IAIgA2otAAAgAXNBk4OACGwhASACQQFqIQIMAQsLIAAgASAEcyIAQRB2IABzQa3qrP8HbCIAQQ92IABzQYvNsqN4bCIAQRB2IABz",
  "IgBBASAAGyIANgIMCyAADwtBr9bTvgIhAiAAKAIEIQMDQCABIANJBEAgACgCDCABQQJ0aigCABAjIAJBH2xqIgJBEHYgAnNBreqs",
  "/wdsIgJBD3YgAnNBi82yo3hsIgJBEHYgAnMhAiABQQFqIQEMAQsLIAIPCyAAKAIEIgNBsc/ZsgFqIQIgACgCDCEEIAAoAhAhAANA",
  "IAEgA0kEQCACIAFBAnQiAiAEaigCABAjQR9sIAAgAmooAgAQI2oiAkEQdiACc0Gt6qz/B2wiAkEPdiACc0GLzbKjeGwiAkEQdiAC",
  "c2ohAiABQQFqIQEMAQsLDAILIAAoAgQiA0GUt/biAmshAiAAKAIMIQADQCABIANJBEAgACABQQJ0aigCABAjIAJqIQIgAUEBaiEB",
  "DAELCwwBC0EADwsgAiACQRB2c0Gt6qz/B2wiAEEPdiAAc0GLzbKjeGwiAEEQdiAAcwvoBAIJfwF8IAAoAgRBAUcEQCAAEBUkBCAA",
  "KAIEQQJGBH8gACgCDEEARwUgACkDCEIAUwskBUEAJAYgAUUEQCAAKAIEQQJGBH8gACgCCCgCAEEKbEEEagVBwAALEAwhAUEAIwRB",
  "ACABED0iACAAQQFGBH8gAS0AAEEwRgVBAAsbJAcLQQEPCyAAKAIQIQogACgCFCIIRQRAIAArAwgiCyALoUQAAAAAAAAAAGIEQEEA",
  "DwtBwAAQDCEKQcAAEAwiAiALEEAhCEEAIQADQCAAIAhJBEAgACAKaiACIABBAXRqLwEAOgAAIABBAWohAAwBCwsLQQAkBSAIBH8g",
  "Ci0AAEEtRgVBAAsEf0EBJAVBAQVBAAshAiAIEAwhA0EAIQADQCACIAhJBEACQCACIApqLQAAIgRBOU0gBEEwT3EEQEEBIARBMEcg",
  "ABsEQCAAIANqIAQ6AAAgAEEBaiEACyAGQQFqIAYgBRshBgUgBEEuRw0BQQEhBQsgAkEBaiECDAILCwsgAiAISQR/IAIgCmotAABB",
  "5QBGBH9BAQUgAiAKai0AAEHFAEYLBUEACwR/IAggAkEBaiICSwR/IAIgCmotAABBK0YEf0EBBSACIApqLQAAQS1GCwVBAAsEQCAC",
  "IApqLQAAQS1GIQcgAkEBaiECCwNAIAIgCEkEQCACIApqLQAAQTBrIAlBCmxqIglBkANBgMLXLyABG0oEQEEADwsgAkEBaiECDAEL",
  "C0EAIAlrIAkgBxsFQQALIABBKEtBACABGwRAQQAPCyADIAAQbCQEIAZrJAYgACQHIAEEfyMGQTxIIwZBREpxBUEBCws3AQF/IxQj",
  "EyAAak8EQA8LIxRBAXQiASMTIABqIgBJBEAgAEFAayEBCyMSIxQgARA5JBIgASQUC5kBAQR/QYAIIQIgAARAA0AgAkH/F0kEQAJA",
  "IAAiA0EBaiEAIAMtAAAiBUUNACACIgNBAWohAiADIAU6AAAMAgsLCwsDQCACQf8XSSABQRRrKAIQQQF2IgMgBEpxBEAgAiIAQQFq",
  "IQIgACADIARNBH9BfwUgASAEQQF0ai8BAAs6AAAgBEEBaiEEDAELCyACQQA6AABBgAgQAgALiQEBA38gACgCACICIAEoAgAiA0cE",
  "QEF/QQEgAiADSRsPCyACQQFrIQIDQCACQQBOBEAgAiAAKAIASQR/IABBBGogAkECdGooAgAFQQALIgMgAiABKAIASQR/IAFBBGog",
  "AkECdGooAgAFQQALIgRHBEBBf0EBIAMgBEkbDwsgAkEBayECDAELC0EACy4BA39CARAiIQFCChAiIQMDQCAAIAJKBEAgASADEB0h",
  "ASACQQFqIQIMAQsLIAELLAAgACgCAEEDRwRAIAIgABANQQEPCyABKAIAQQNHBEAgAyABEA1BAQ8LQQALwgECA38CfiAAKAIAIgQQ",
  "HCEDA0AgAiAESQRAIAIgACgCAEkEfyAAQQRqIAJBAnRqKAIABUEAC60gAiABKAIASQR/IAFBBGogAkECdGooAgAFQQALrX0gBX0h",
  "BkIAIQUgA0EEaiACQQJ0aiAGQgBTBH5CASEFIAZCgICAgBB8BSAGCz4CACACQQFqIQIMAQsLIAMoAgAhAANAIAAEfyADIABBAnRq",
  "KAIABUEBC0UEQCAAQQFrIQAMAQsLIAMgADYCACADC8oBAQR/IAAoAgQhAkEcEAwiAUEAQRz8CwAgAUEGNgIAIAJFBEAgAQ8LIAJB",
  "AnQiBBAMIQMgBBAMIQQgACgCAEEGTwR/IAAoAhggACgCBEcFQQALBEAgABAOCyADIAAoAgwgAkECdPwKAAAgACgCAEEGTwR/IAAo",
  "AhggACgCBEcFQQALBEAgABAOCyAEIAAoAhAgAkECdPwKAAAgASACNgIEIAEgAjYCCCABIAM2AgwgASAENgIQIAEgAjYCGCACQRBP",
  "BEAgARBGCyABC9gCAQN/IAAoAgBFBEBCABAPDwsDQCACQQBIBEACQCAAQgoQIhAuIwMoAgANACEAIAJBAWohAgwCCwsLIAJBAE4E",
  "QCAAIAIQKBAdIAEQGw8LIABBACAAKAIAQQpsQQRqEAwiBRA9IgQgAmohAyAEIAJrQQRqEAwhAiABBH8gAkEtOgAAQQEFQQALIQAg",
  "A0EATAR/IAAgAmpBMDoAACAAQQFqIgFBAWohACABIAJqQS46AAADQCADQQBIBEAgACIBQQFqIQAgASACakEwOgAAIANBAWohAwwB",
  "CwsgACACaiAFIAT8CgAAIAAgBGoFIAAgAmogBSAD/AoAACAAIANqIgBBAWohASAAIAJqQS46AAAgASACaiADIAVqIAQgA2siAPwK",
  "AAAgACABagshAEEYEAwiAUEDNgIAIAFBATYCBCABIAIgABBJOQMIIAEgAjYCECABIAA2AhQgAQtXAQN/IABBFGsoAhBBAXYQJQNA",
  "IAEgAEEUaygCEEEBdiICSARAIxMiA0EBaiQTIxIgA2ogASACTwR/QX8FIAAgAUEBdGovAQALOgAAIAFBAWohAQwBCwsL4QIBCH8g",
  "ACgCACIDEBwhBiABKAIAQQFqEBwiAkEANgIAIANBBXRBAWshCANAIAhBAE4EQCACKAIAQQFqIgQQHCEDIAhBBXYiBSAAKAIASQR/",
  "IABBBGogBUECdGooAgAFQQALIAh2QQFxIQVBACEHA0AgBCAHSwRAIAdBAnQiCSADQQRqaiAHIAIoAgBJBH8gAkEEaiAJaigCAAVB",
  "AAsiCUEBdCAFcjYCACAJQR92IQUgB0EBaiEHDAELCyADKAIAIQIDQCACBH8gAyACQQJ0aigCAAVBAQtFBEAgAkEBayECDAELCyAD",
  "IAI2AgAgAyICIAEQJ0EATgRAIAIgARAqIQIgBkEEaiAIQQV2QQJ0aiIDIAMoAgBBASAIdHI2AgALIAhBAWshCAwBCwsgAiQDIAYo",
  "AgAhAANAIAAEfyAGIABBAnRqKAIABUEBC0UEQCAAQQFrIQAMAQsLIAYgADYCACAGC6ECAQZ/IAJBAkkEQA8LIAAgASACQQF2Iggg",
  "AxAvIAAgASAIQQJ0aiACIAhrIAMQLyAIIQUDQCAGIAhJIAIgBUtxBEAgACABIAVBAnRqKAIAIgdBAnRqKAIAIAAgASAGQQJ0aigC",
  "ACIJQQJ0aigCABATQQBIBEAgAyAEQQJ0aiAHNgIAIAVBAWohBQUgAyAEQQJ0aiAJNgIAIAZBAWohBgsgBEEBaiEEDAELCwNAIAYg",
  "CEkEQCAEIgBBAWohBCAGIgdBAWohBiADIABBAnRqIAEgB0ECdGooAgA2AgAMAQsLA0AgAiAFSwRAIAQiAEEBaiEEIAUiBkEBaiEF",
  "IAMgAEECdGogASAGQQJ0aigCADYCAAwBCwsgASADIAJBAnT8CgAAC3wBAX8gACgCACICQQVGBEAgAa0QDw8LIAJBBkYEQCAAKAIA",
  "QQZPBH8gACgCGCAAKAIERwVBAAsEQCAAEA4LIAAoAgwgAUECdGooAgAPCyAAKAIAQQZPBH8gACgCGCAAKAIERwVBAAsEQCAAEA4L",
  "IAAoAgwgAUECdGooAgALgwIDAn8BfAF+IAFFIABFcgRAQQAPCyAAKAIAIgJBBkYEQCAAIAEQIA8LIAJBBUYEQCABKAIAQQNHBEBB",
  "AA8LQX8hAgJAIAEoAgQiA0ECRg0AIANFBEAgASkDCCIFp0F/IAVC/////wdXIAVCAFlxGyECDAELIAErAwgiBPwCIQIgBCAEnWEg",
  "BEQAAAAAAAAAAGZxIAREAADA////30FlcQ0AQX8hAgsgAkEASAR/QQEFIAIgACgCBE8LBEBBAA8LIAAoAgwgAkECdGooAgAPCyAC",
  "QQdGBEBBfyAAIAEQGiIBIAFBAEgbIgFBAE4EfyAAKAIMIAFBAnRqKAIABUEACw8LQQAL2AICAn4GfyABRQRAQQAPCyAALQAAQS1G",
  "BH9BASEJQQEFQQALIQRBASEIA0AgASAJSwRAIAAgCWotAAAiBUE5TSAFQTBPcQRAIAdBAWohByAGRSAIcQRAIAVBMGtB/wFxrSAD",
  "Qgp+fCICIANUIANCmbPmzJmz5swZVnIEQEEBIQYFIAIhAwsLBSAFQeUARiAFQS5GciAFQcUARnIgBUErRnIgBUEtRnJFBEBBAA8L",
  "QQAhCAsgCUEBaiEJDAELCyAHRQRAQQAPCyAGRSAIcQRAIARFIANC////////////AFhxBEAgAxAPDwsgA0KAgICAgICAgIB/WCAE",
  "cQRAQgAgA30QDw8LCyAIBEAgACAEaiABIARrEGwgBBAbIgQgADYCECAEIAE2AhQgBA8LQRgQDCIEQQM2AgAgBEEBNgIEIAQgACAB",
  "EEk5AwggBCAANgIQIAQgATYCFCAECyUAQQAkEkEAJBNBACQUQcAAECUgAEEBQQEQISMSIxMQEUEAJBILGgAgARAlIxIjE2ogACAB",
  "/AoAACMTIAFqJBML8AkBBX8CQCAAQZDOAEoNAANAIwwjDUkEQCMMLQAAIgFBCUcgAUEgR3EgAUEKR3EgAUENR3FFBEAjDEEBaiQM",
  "DAILCwsjDCMNTw0AIwwtAAAiAUH7AEYEQCMMQQFqJAwDQCMMIw1JBEAjDC0AACIBQQlHIAFBIEdxIAFBCkdxIAFBDUdxRQRAIwxB",
  "AWokDAwCCwsLIwwjDUkEfyMMLQAAQf0ARgVBAAsEQCMMQQFqJAxBHBAMIgBBAEEc/AsAIABBBjYCACAADwsjESEEA0ADQCMMIw1J",
  "BEAjDC0AACIBQQlHIAFBIEdxIAFBCkdxIAFBDUdxRQRAIwxBAWokDAwCCwsLIwwjDU8Ef0EBBSMMLQAAQSJHCw0CEFAiAUUNAgNA",
  "IwwjDUkEQCMMLQAAIgJBCUcgAkEgR3EgAkEKR3EgAkENR3FFBEAjDEEBaiQMDAILCwsjDCMNTwR/QQEFIwwtAABBOkcLDQIjDEEB",
  "aiQMIABBAWoQNSICRQ0CIxEjEEYEQEHAACMQQQF0IxBBwABJGyIDQQN0EAwhBSMRBEAgBSMPIxFBA3T8CgAACyAFJA8gAyQQCyMP",
  "IxFBA3RqIgMgATYCACADIAI2AgQjEUEBaiQRA0AjDCMNSQRAIwwtAAAiAUEJRyABQSBHcSABQQpHcSABQQ1HcUUEQCMMQQFqJAwM",
  "AgsLCyMMIw1PDQIjDCIBQQFqJAwgAS0AACIBQf0ARgRAIw8gBEEDdGojESAEaxBxIAQkEQ8LIAFBLEYNAAsMAQsgAUHbAEYEQCMM",
  "QQFqJAxBABAXIQEDQCMMIw1JBEAjDC0AACICQQlHIAJBIEdxIAJBCkdxIAJBDUdxRQRAIwxBAWokDAwCCwsLIwwjDUkEfyMMLQAA",
  "Qd0ARgVBAAsEQCMMQQFqJAwgAQ8LA0AgAEEBahA1IgJFDQIgASACEBQDQCMMIw1JBEAjDC0AACICQQlHIAJBIEdxIAJBCkdxIAJB",
  "DUdxRQRAIwxBAWokDAwCCwsLIwwjDU8NAiMMIgJBAWokDCACLQAAIgJB3QBGBEAgAQ8LIAJBLEYNAAsMAQsgAUEiRgRAEFAPCyAB",
  "QfQARgRAQYgYQQACf0EAIQBBACMNQawmKAIAQQF2IgEjDGpJDQAaA0AgACABSQRAQQAjDCAAai0AACAAQawmKAIAQQF2TwR/QX8F",
  "IABBAXRBsCZqLwEAC0H/AXFHDQIaIABBAWohAAwBCwsjDCABaiQMQQELGw8LIAFB5gBGBEBBkBhBAAJ/QQAhAEEAIw1BzCYoAgBB",
  "AXYiASMMakkNABoDQCAAIAFJBEBBACMMIABqLQAAIABBzCYoAgBBAXZPBH9BfwUgAEEBdEHQJmovAQALQf8BcUcNAhogAEEBaiEA",
  "DAELCyMMIAFqJAxBAQsbDwsgAUHuAEYEQEGAGEEAAn9BACEAQQAjDUHsJigCAEEBdiIBIwxqSQ0AGgNAIAAgAUkEQEEAIwwgAGot",
  "AAAgAEHsJigCAEEBdk8Ef0F/BSAAQQF0QfAmai8BAAtB/wFxRw0CGiAAQQFqIQAMAQsLIwwgAWokDEEBCxsPCyMMIQADQCMMIw1J",
  "BEAjDC0AACIBQTlNIAFBME9xIAFBLUZyIAFBK0ZyIAFBLkZyIAFB5QBGciABQcUARnIEQCMMQQFqJAwMAgsLCyAAIwwgAGsQMg8L",
  "QQALJQBBACQSQQAkE0EAJBRBwAAQJSAAIAFBABAhQQAQEiMSQQAkEgs8AEHgGCAANgIAQeQYQQI2AgBB6BggATYCAEHsGCACNgIA",
  "QfAYQQA2AgBB9BhBADYCACAAQQAgASACEAkLOgBB4BggADYCAEHkGEEBNgIAQegYIAE2AgBB7BhBADYCAEHwGEEANgIAQfQYQQA2",
  "AgAgAEEAIAEQCgs5ACMAIAAgAWpGQQAgABsEQCAAIAJqIgEQWCABJAAgAA8LIAIQDCECIAAEQCACIAAgAfwKAAALIAILbgAgACAB",
  "IAIoAgBBBUYbIQACfwJAAkACQAJAAkACQAJAIAMoAgBBAWsOBgABAgMEBQYLQfAmDAYLQZAtDAULQcAtDAQLQeAtDAMLQYAuDAIL",
  "QaAuDAELQcAuCyEBIwIEQCAAIAFBAEEAEBALQQALUQECfyABKAIEIQMDQCACIANJBEAgASgCAEEGTwR/IAEoAhggASgCBEcFQQAL",
  "BEAgARAOCyAAIAEoAgwgAkECdGooAgAQHyACQQFqIQIMAQsLC4sCAQZ/IAFBAkkEQA8LIAAgAUEBdiIIIAIQPCAAIAhBAnRqIAEg",
  "CGsgAhA8IAghBANAIAUgCEkgASAES3EEQCAAIARBAnRqKAIAIgYgACAFQQJ0aigCACIHEBNBAEgEQCACIANBAnRqIAY2AgAgBEEB",
  "aiEEBSACIANBAnRqIAc2AgAgBUEBaiEFCyADQQFqIQMMAQsLA0AgBSAISQRAIAMiBkEBaiEDIAUiB0EBaiEFIAIgBkECdGogACAH",
  "QQJ0aigCADYCAAwBCwsDQCABIARLBEAgAyIFQQFqIQMgBCIGQQFqIQQgAiAFQQJ0aiAAIAZBAnRqKAIANgIADAELCyAAIAIgAUEC",
  "dPwKAAALzAICBn8BfiAAKAIAIgQQHCIFQQRqIABBBGogBEECdPwKAAAgBEEKbEECaiIDEAwhByADIQAgBEUEQCAHIABBAWsiAGpB",
  "MDoAAAsDQCAFKAIAIgQEQEIAIQkgBEEBayEEA0AgBEEATgRAIAVBBGogBEECdGoiBjUCACAJQiCGhCEJIAYgCUKAlOvcA4A+AgAg",
  "CUKAlOvcA4IhCSAEQQFrIQQMAQsLIAUoAgAhBANAIAQEfyAFIARBAnRqKAIABUEBC0UEQCAEQQFrIQQMAQsLIAUgBDYCACAJpyEE",
  "IAUoAgBBAEchCEEAIQYDQCAGQQlIQQAgBCAIchsEQCAHIABBAWsiAGogBEEKcEEwajoAACAEQQpuIQQgBkEBaiEGDAELCwwBCwsg",
  "AQRAIAcgAEEBayIAakEtOgAACyACIAAgB2ogAyAAayIA/AoAACAAC8IBAgR/AX4gACgCACIDIAEoAgBLBH8gAwUgASgCAAtBAWoi",
  "BRAcIQQDQCACIAVJBEAgAkECdCIDIARBBGpqIAIgACgCAEkEfyAAQQRqIANqKAIABUEAC60gAiABKAIASQR/IAFBBGogAkECdGoo",
  "AgAFQQALrXwgBnwiBj4CACAGQiCIIQYgAkEBaiECDAELCyAEKAIAIQADQCAABH8gBCAAQQJ0aigCAAVBAQtFBEAgAEEBayEADAEL",
  "CyAEIAA2AgAgBAvAAQEBfwNAIAFBkM4ATwRAIAFBkM4AcCEDIAFBkM4AbiEBIAAgAkEEayICQQF0aiADQeQAbkECdEGAI2o1AgAg",
  "A0HkAHBBAnRBgCNqNQIAQiCGhDcDAAwBCwsgAUHkAE8EQCAAIAJBAmsiAkEBdGogAUHkAHBBAnRBgCNqKAIANgIAIAFB5ABuIQEL",
  "IAFBCk8EQCAAIAJBAmtBAXRqIAFBAnRBgCNqKAIANgIABSAAIAJBAWtBAXRqIAFBMGo7AQALC68BAQF/An8gAUQAAAAAAAAAAGEE",
  "QCAAQTA7AQAgAEEuOwECIABBMDsBBEEDDAELIAEgAaFEAAAAAAAAAABiBEAgASABYgRAIABBzgA7AQAgAEHhADsBAiAAQc4AOwEE",
  "QQMMAgUgAUQAAAAAAAAAAGMiAgRAIABBLTsBACAAQQJqIQALIABCyYC4g+CMwDQ3AwAgAELugKSDwI7APDcDCCACQQhqDAILAAsg",
  "ACABEHALC4ICAQJ/QQUhAUEBIQIgAEEATARAIABFDwUgAEEBRgRAQQUPBSAAQQJGBEBBGQ8FIABBIEgEQAJAAkACQAJAAkACQEEf",
  "IABnaw4FBAMCAQAFC0EFQQEgAEEBcRshAiAAQQF2IQBBGSEBCyABIAJsIAIgAEEBcRshAiAAQQF2IQAgASABbCEBCyABIAJsIAIg",
  "AEEBcRshAiAAQQF2IQAgASABbCEBCyABIAJsIAIgAEEBcRshAiAAQQF2IQAgASABbCEBCyABIAJsIAIgAEEBcRshAgsgAg8LCwsL",
  "A0AgAARAIAEgAmwgAiAAQQFxGyECIABBAXYhACABIAFsIQEMAQsLIAILpAEAIAFB/wdKBHwgAEQAAAAAAADgf6IhACABQf8HayIB",
  "Qf8HSgR8Qf8HIAFB/wdrIgEgAUH/B04bIQEgAEQAAAAAAADgf6IFIAALBSABQYJ4SAR8IABEAAAAAAAAYAOiIQAgAUHJB2oiAUGC",
  "eEgEfEGCeCABQckHaiIBIAFBgnhMGyEBIABEAAAAAAAAYAOiBSAACwUgAAsLIAGsQv8HfEI0hr+iC/IBAQV/IABFBEAgAQ8LIAFF",
  "BEAgAA8LIAAoAgBBBkcEf0EBBSABKAIAQQZHCwRAQQAPCyAAECshAiABKAIEIQZBACEAA0AgACAGSQRAIAEoAgBBBk8EfyABKAIY",
  "IAEoAgRHBUEACwRAIAEQDgsgASgCDCAAQQJ0aigCACEDIAEoAgBBBk8EfyABKAIYIAEoAgRHBUEACwRAIAEQDgsgASgCECAAQQJ0",
  "aigCACEEIAIgAxAgIgUEQCAFKAIAQQZGBH8gBCgCAEEGRgVBAAsEQCACIAMgBSAEEEMQFgsFIAIgAyAEEBYLIABBAWohAAwBCwsg",
  "AgtrAQF/IAAoAgAiAkEGRgRAIAJBBk8EfyAAKAIYIAAoAgRHBUEACwRAIAAQDgsgACgCECABQQJ0aigCAA8LIAAoAgBBBk8EfyAA",
  "KAIYIAAoAgRHBUEACwRAIAAQDgsgACgCDCABQQJ0aigCAAtjAQF/IAAoAgghBSAAIAFqIgEoAgAhACAEBEAgASAAIAVBAnRBBCAF",
  "QQF0IAVBBEkbQQJ0EDkiADYCAAsgACADQQJ0aiEAIAIgA0sEQCAAQQRqIAAgAiADa0ECdPwKAAALIAALxAEBB38gACgCBCEDQSAh",
  "AQNAIAEgA0EBdEECakkEQCABQQF0IQEMAQsLIAFBA3QiBUEIahAMIgJBCGpBACAF/AsAIAIgAUEBazYCACACIAM2AgQgACgCDCEH",
  "A0AgAyAESwRAIAcgBEECdGooAgAQIyIGIAIoAgAiBXEhAQNAIAJBCGogAUEDdGooAgQEQCABQQFqIAVxIQEMAQsLIAJBCGogAUED",
  "dGoiASAGNgIAIAEgBEEBaiIENgIEDAELCyAAIAI2AhQLmwICBH8CfiAAIAJHBEAgASADIAEgA0kbIQUDQCAEQQhqIAVNBEAgACAE",
  "aikDACIJIAIgBGopAwAiCFIEQEF/QQEgCUIIiEL/gfyH8J/A/wCDIAlC/4H8h/CfwP8Ag0IIhoQiCUIQiEL//4OA8P8/gyAJQv//",
  "g4Dw/z+DQhCGhEIgiiAIQgiIQv+B/Ifwn8D/AIMgCEL/gfyH8J/A/wCDQgiGhCIIQhCIQv//g4Dw/z+DIAhC//+DgPD/P4NCEIaE",
  "QiCKVBsPCyAEQQhqIQQMAQsLA0AgBCAFSQRAIAAgBGotAAAiBiACIARqLQAAIgdHBEBBf0EBIAYgB0kbDwsgBEEBaiEEDAELCwtB",
  "f0EBIAEgA0kbQQAgASADRxsL5gMBB38gACgCAEEGRiAAKAIEIgQgACgCCCIHRiEIIABBDCAEIAMgCBBFIAE2AgAEQCAAQRAgBCAD",
  "IAgQRSACNgIACyAIBEAgAEEEIAdBAXQgB0EESRs2AggLIAAgBEEBaiIDNgIEIAAoAhQiAkUEQCAAIAM2AhggA0EQTwRAIAAQRgsP",
  "CyAEIAAoAhhGBH8gBAR/IAAoAgwgBEEBa0ECdGooAgAgARATQQBIBUEBCwVBAAsEQCAAIARBAWo2AhgLIAIoAgAiASACKAIEQQFq",
  "IgdBAXRJBEAgAUEBaiIIQQF0IgFBA3QiA0EIahAMIglBCGpBACAD/AsAIAkgAUEBazYCACAJIAIoAgQ2AgQDQCAFIAhJBEAgAkEI",
  "aiAFQQN0aiIBKAIEIgMEQCADQQFrIQogASgCACIBIAkoAgAiBnEhAwNAIAlBCGogA0EDdGooAgQEQCADQQFqIAZxIQMMAQsLIAlB",
  "CGogA0EDdGoiAyABNgIAIAMgCkEBajYCBAsgBUEBaiEFDAELCyAAIAk2AhQgCSECCyACIAc2AgQjCCIBIAIoAgAiA3EhAANAIAJB",
  "CGogAEEDdGooAgQEQCAAQQFqIANxIQAMAQsLIAJBCGogAEEDdGoiACABNgIAIAAgBEEBajYCBAtIAQN/IAFBAXQiBEEUahAMQRRq",
  "IgNBBGsgBDYCAANAIAEgAksEQCADIAJBAXRqIAAgAmotAAA7AQAgAkEBaiECDAELCyADEG0LrQIDAn4CfwF8IAAoAhQiBARAIAEg",
  "ACgCECAE/AoAACAEDwsgACgCBEUEQCAAKQMIIgJCAFMhAEIAIAJ9IAIgABshAiAABH8gAUEtOgAAQQEFQQALIQBBASEEIAIhAwNA",
  "IANCCloEQCAEQQFqIQQgA0IKgCEDDAELCyAEQQFrIQUDQCAFQQBOBEAgACABaiAFaiACQgqCp0EwajoAACACQgqAIQIgBUEBayEF",
  "DAELCyAAIARqDwsgACgCBEECRgRAIAAoAgggACgCDEEARyABED0PCyAAKwMIIgYgBqFEAAAAAAAAAABiBEAgAUEwOgAAQQEPC0HA",
  "ABAMIgUgBhBAIQRBACEAA0AgACAESQRAIAAgAWogBSAAQQF0ai8BADoAACAAQQFqIQAMAQsLIAQLuQMDAn8BfAN+IAAoAgQEf0EB",
  "BSABKAIEC0UEQCAAKQMIIgYgASkDCCIHfCIFIAaFIAUgB4WDQgBZBEAgBRAPDwsLIAAoAgRBAUcEfyABKAIEQQFHBUEACwRAIAAQ",
  "FSAAKAIEQQJGBH8gACgCDEEARwUgACkDCEIAUwsgARAVIAEoAgRBAkYEfyABKAIMQQBHBSABKQMIQgBTCxBODwsgACABQQAQTSIC",
  "BH8gAgUCfCAAKAIEIgJFBEAgACkDCLkMAQsgAkECRgRAIAAoAggiAygCAEEBayECA0AgAkEATgRAIAREAAAAAAAA8EGiIAIgAygC",
  "AEkEfyADQQRqIAJBAnRqKAIABUEAC7igIQQgAkEBayECDAELCyAEmiAEIAAoAgwbDAELIAArAwgLAnxEAAAAAAAAAAAhBCABKAIE",
  "IgBFBEAgASkDCLkMAQsgAEECRgRAIAEoAggiAigCAEEBayEAA0AgAEEATgRAIAREAAAAAAAA8EGiIAAgAigCAEkEfyACQQRqIABB",
  "AnRqKAIABUEAC7igIQQgAEEBayEADAELCyAEmiAEIAEoAgwbDAELIAErAwgLoBAYCwuEBAMDfwF8An4gACgCBAR/QQEFIAEoAgQL",
  "RQRAIAApAwgiBkKz5pOoC1MgBkLNmezXdFVxIAEpAwgiB0LNmezXdFVxIAdCs+aTqAtTcQRAIAYgB34QDw8LCyAAKAIEQQFHBH8g",
  "ASgCBEEBRwVBAAsEQCAAEBUgARAVEB0gACgCBEECRgR/IAAoAgxBAEcFIAApAwhCAFMLIQAgASgCBEECRgR/IAEoAgxBAEcFIAEp",
  "AwhCAFMLIABHEBsPCwJ/QQAgAEEBECRFDQAaIwQjBSECIwYhBEEAIAFBARAkRQ0AGiMEEB0gAiMFRyAEIwZqECwLIgIEfyACBQJ8",
  "IAAoAgQiAkUEQCAAKQMIuQwBCyACQQJGBEAgACgCCCIDKAIAQQFrIQIDQCACQQBOBEAgBUQAAAAAAADwQaIgAiADKAIASQR/IANB",
  "BGogAkECdGooAgAFQQALuKAhBSACQQFrIQIMAQsLIAWaIAUgACgCDBsMAQsgACsDCAsCfEQAAAAAAAAAACEFIAEoAgQiAEUEQCAB",
  "KQMIuQwBCyAAQQJGBEAgASgCCCICKAIAQQFrIQADQCAAQQBOBEAgBUQAAAAAAADwQaIgACACKAIASQR/IAJBBGogAEECdGooAgAF",
  "QQALuKAhBSAAQQFrIQAMAQsLIAWaIAUgASgCDBsMAQsgASsDCAuiEBgLC7UBAQR/IABBARAkRQRAQQAPCyMEIQAjBSEDIwYhBSAB",
  "QQEQJEUEQEEADwsjBCEBIwUgAkEAR0chBiAFIAUjBiICIAIgBUobIgRKBEAgACAFIARrECgQHSEACyACIARKBEAgASACIARrECgQ",
  "HSEBCyADIAZGBEAgACABED4gAyAEECwPCyAAIAEQJyICRQRAQgAQDw8LIAJBAEoEfyAAIAEQKiADIAQQLAUgASAAECogBiAEECwL",
  "C0sBAX8gAUEARyADQQBHRgRAIAAgAhA+IAEQGw8LIAAgAhAnIgRFBEBCABAPDwsgBEEASgR/IAAgAhAqIAEQGwUgAiAAECogAxAb",
  "CwuZAgEFfyAAKAIIIQMgACgCBCEEQSIQEgNAIAEgBEkEQCABIANqLQAAIgBBIkcgAEEgT3EgAEHcAEdxRQRAIAIgA2ogASACaxA0",
  "IAFBAWohAkHcABASIABB3ABGIABBIkZyBEAgABASBSAAQQpGBEBB7gAQEgUgAEEJRgRAQfQAEBIFIABBDUYEQEHyABASBSAAQQhG",
  "BEBB4gAQEgUgAEEMRgRAQeYAEBIFQdAoEC0gAEEEdiIFQawYKAIAQQF2TwR/QX8FIAVBAXRBsBhqLwEACxASIABBD3EiAEGsGCgC",
  "AEEBdk8Ef0F/BSAAQQF0QbAYai8BAAsQEgsLCwsLCwsgAUEBaiEBDAELCyACIANqIAQgAmsQNEEiEBILzQYBB38jDEEBaiQMIwwh",
  "AUHFu/KIeCEAA0AjDCMNSQRAIwwtAAAiA0EiRwRAIANB3ABGBEBBASECIwxBAmokDAwDCyADQSBJBEBBAA8LIAAgA3NBk4OACGwh",
  "ACMMQQFqJAwMAgsLCyMMIw1PBEBBAA8LIwwhAyMMQQFqJAwgAkUEQCADIAFrIgJBMEsEQCABIAIQEQ8LIAEgAiAAIAJzIgAgAEEQ",
  "dnNBreqs/wdsIgAgAEEPdnNBi82yo3hsIgAgAEEQdnMiAEEBIAAbQQAQUg8LIAMgAWsQDCIEIQAjDANAIAEgA0kEQCABIgJBAWoh",
  "ASACLQAAIgZB3ABHBEAgACICQQFqIQAgAiAGOgAADAILIAEiAkEBaiEBAkACQAJAAkACQAJAAkACQAJAAkAgAi0AACICQSJHBEAg",
  "AkHcAEYNASACQS9GDQIgAkHiAEYNAyACQeYARg0EIAJB7gBGDQUgAkHyAEYNBiACQfQARg0HIAJB9QBGDQgMCQsgACICQQFqIQAg",
  "AkEiOgAADAkLIAAiAkEBaiEAIAJB3AA6AAAMCAsgACICQQFqIQAgAkEvOgAADAcLIAAiAkEBaiEAIAJBCDoAAAwGCyAAIgJBAWoh",
  "ACACQQw6AAAMBQsgACICQQFqIQAgAkEKOgAADAQLIAAiAkEBaiEAIAJBDToAAAwDCyAAIgJBAWohACACQQk6AAAMAgsgASQMEFQi",
  "AkEASARAQQAPCyACQYC4A0ggAkGAsANOcQR/Iw0jDEEGak8FQQALBH8jDC0AAEHcAEYFQQALBH8jDC0AAUH1AEYFQQALBEAjDEEC",
  "aiQMEFQiAUGAwANIIAFBgLgDTnEEQCABIAJBCnRqQYC4/xprIQIFIwxBBmskDAsLIwwhASACQYABSQR/IAAgAjoAACAAQQFqBSAC",
  "QYAQSQRAIAAgAkEGdkHAAXI6AAAFIAJBgIAESQR/IAAgAkEMdkHgAXI6AAAgAEEBagUgACACQRJ2QfABcjoAACAAIAJBDHZBP3FB",
  "gAFyOgABIABBAmoLIgAgAkEGdkE/cUGAAXI6AAALIABBAWoiACACQT9xQYABcjoAACAAQQFqCyEADAELQQAPCwwBCwskDCAEIAAg",
  "BGsQERBTC8UBAQF/IAAkDCAAIAFqJA1BACQPQQAkEEEAJBFBACQJIAFBgCBPBEBBiCAQDCIAQQBBiCD8CwAgACQOIw5B/wc2AgAQ",
  "AyIBKAIAIQJBACEAA0AgACACSQRAIAFBBGogAEECdGooAgAQUxogAEEBaiEADAELCwVBACQOC0EAEDUiAEUEQEEADwsDQCMMIw1J",
  "BEAjDC0AACIBQQlHIAFBIEdxIAFBCkdxIAFBDUdxRQRAIwxBAWokDAwCCwsLIABBACMMIw1GGwucAwEFfyMORQRAIAMEQCADDwsg",
  "ACABEBEiACACNgIMIAAPCyMOKAIAIgYgAnEhBANAIw5BCGogBEECdGooAgAiBwRAIAcoAgwgAkYEfyAHKAIEIAFGBUEACwR/IAco",
  "AggiCCAARgR/QQAFIAggASAAIAEQRwsFQQELBEAgBEEBaiAGcSEEDAIFIAcPCwALCyADRQRAIAAgARARIgMgAjYCDAsjDigCBEEB",
  "aiIAQQF0IAZLBEAjDiIEKAIAQQFqIgZBAXQiB0ECdEEIaiIBEAwiCEEAIAH8CwAgCCQOIw4gB0EBazYCACMOIAQoAgQ2AgQDQCAF",
  "IAZJBEAgBEEIaiAFQQJ0aigCACIIBEAgCCgCDCAHQQFrcSEBA0AjDkEIaiABQQJ0aigCAARAIAFBAWogB0EBa3EhAQwBCwsjDkEI",
  "aiABQQJ0aiAINgIACyAFQQFqIQUMAQsLIw4oAgAiASACcSEEA0AjDkEIaiAEQQJ0aigCAARAIARBAWogAXEhBAwBCwsLIw5BCGog",
  "BEECdGogAzYCACMOIAA2AgQgAwupAQEGfyMORSAAKAIEQTBLcgRAIAAPCyAAKAIIIAAoAgQgACIBKAIMIgBFBEBBxbvyiHghACAB",
  "KAIIIQYgASgCBCEDA0AgAiADSQRAIAIgBmotAAAgAHNBk4OACGwhACACQQFqIQIMAQsLIAEgACADcyIAQRB2IABzQa3qrP8HbCIA",
  "QQ92IABzQYvNsqN4bCIAQRB2IABzIgBBASAAGyIANgIMCyAAIAEQUguTAQEEfyMNIwxBBGpJBEBBfw8LA0AgAUEESARAIwwiAEEB",
  "aiQMIAAtAAAiA0EwayEAAkAgA0E5TSADQTBPcQ0AIANB1wBrIQAgA0HmAE0gA0HhAE9xDQAgA0E3ayEAIANBxgBNIANBwQBPcQ0A",
  "QX8hAAsgAEEASARAQX8PCyACQQR0IAByIQIgAUEBaiEBDAELCyACCwgAIAAgARBRCyYBAX9BEBAMIgBBADYCACAAQQA2AgQgAEEA",
  "NgIIIABBADYCDCAACyYBAX8jJ0ECdEEEahAMIgEgADYCACABQQRqQQAjJ0ECdPwLACABC0gBAn8/ACIBQRB0IgIgAE8EQA8LIAAg",
  "AmtB//8DakEQdiIAIAFIBH8gAUAAQQBOBUEACwRADwsgAEAAQQBIBEBBAEHQGRAmCwuVAQECf0EBIQMgAUEASARAIABB/xdJBEAg",
  "ACICQQFqIQAgAkEtOgAAC0EAIAFrIQELIAEhAgNAIAJBCk4EQCADQQFqIQMgAkEKbSECDAELCyAAIANqQf8XSwRAIAAPCyADQQFr",
  "IQIDQCACQQBOBEAgACACaiABQQpvQTBqOgAAIAFBCm0hASACQQFrIQIMAQsLIAAgA2oLxAMBBX9BgAghBCAABEADQCAEQf8XSQRA",
  "AkAgACIFQQFqIQAgBS0AACIIRQ0AIAQiBUEBaiEEIAUgCDoAAAwCCwsLCwNAIARB/xdJQewqKAIAQQF2IgUgB0pxBEAgBCIAQQFq",
  "IQQgACAFIAdNBH9BfwUgB0EBdEHwKmovAQALOgAAIAdBAWohBwwBCwsgBCABEFkhAUEAIQQDQCABQf8XSUHsKigCAEEBdiIFIARK",
  "cQRAIAEiAEEBaiEBIAAgBCAFTwR/QX8FIARBAXRB8CpqLwEACzoAACAEQQFqIQQMAQsLIAEgAhBZIQEDQCABQf8XSUGMKygCAEEB",
  "diICIAZKcQRAIAEiAEEBaiEBIAAgAiAGTQR/QX8FIAZBAXRBkCtqLwEACzoAACAGQQFqIQYMAQsLIAMEQANAIAFB/xdJBEACQCAD",
  "IgBBAWohAyAALQAAIgJFDQAgASIAQQFqIQEgACACOgAADAILCwsLQQAhAwNAIAFB/xdJQcwqKAIAQQF2IgIgA0pxBEAgASIAQQFq",
  "IQEgACACIANNBH9BfwUgA0EBdEHQKmovAQALOgAAIANBAWohAwwBCwsgAUEAOgAAQYAIEAIACw8AQZAYQYgYIAAgARATGwtlAAJA",
  "IABC+4X60V1TIABChPqFriJVcg0AIABChPqFriJRIAFC/6/LlwNVcQ0AIABC+4X60V1RIAFCgOSfxQBTcQ0AIABCgJTr3AN+IAF8",
  "EA8PCyMCBEAgAkHQKkEAQQAQEAtBAAumAQEDfiAAQuz0K3wiASABQrD1CH0gAUIAWRtCsfUIfyEAIAEgAEKx9Qh+fSIBIAFCtAt/",
  "fSABQqydAn98IAFCsPUIf31C7QJ/IQIgASACQu0CfiACQgR/fCACQuQAf319IgNCBX5CAnxCmQF/IQEgAyABQpkBfkICfEIFf31C",
  "AXwkICABQgN8IAFCCX0gAUIKUxskHyMfQgJXrSACIABCkAN+fHwkHgtWAQJ/A0AgASADSwR/IAAgAxAZIAIQYQVBAAsEQAJ/QQEg",
  "ACADai0AACIEQYABSQ0AGkECIARB4AFJDQAaQQMgBEHwAUkNABpBBAsgA2ohAwwBCwsgAwtYAQF/A0AgASACSQRAAkAgAkEBayEE",
  "A0AgASAESQR/IAAgBGotAABBwAFxQYABRgVBAAsEQCAEQQFrIQQMAQsLIAAgBBAZIAMQYUUNACAEIQIMAgsLCyACC7UBAQN/IAAo",
  "AgBBBEcEQEGQ7QBBgO4AIAEbIAAQDUEADwsgACgCBCEEIAAoAgghBQNAIAMgBEkEQCADIAVqLQAAQYABTwRAIAIgABA4DwsgA0EB",
  "aiEDDAELCyAEEAwhAEEAIQIDQCACIARJBEAgACACaiACIAVqLQAAIgNBIHMgAyABBH8gA0H6AE0gA0HhAE9xBSADQdoATSADQcEA",
  "T3ELGzoAACACQQFqIQIMAQsLIAAgBBARC2MBA38gASgCCCEDIAEoAgQhBANAIAIgBEkEQCADIAIQGSAARgRAQQEPCwJ/QQEgAiAD",
  "ai0AACIBQYABSQ0AGkECIAFB4AFJDQAaQQMgAUHwAUkNABpBBAsgAmohAgwBCwtBAAvOAQEGfyACKAIEIQcDQCABIAhLBEACfyAA",
  "IAhqLQAAIgRBJUcEQCADBEAgAyAJaiAEOgAACyAJQQFqDAELIAhBAWogAU8EQEF/DwsgCEEBaiIIIABqLQAAIgZBJUYEQCADBEAg",
  "AyAJakElOgAACyAJQQFqDAELIAUgB08EQEF/DwsgBSIEQQFqIQUgBiACKAIMIARBAnRqKAIAIAMgCWpBACADGxDcASIEQQBIBEBB",
  "fw8LIAQgCWoLIQkgCEEBaiEIDAELC0F/IAkgBSAHRxsLoQEBBH9BfyEGA0AgASAFTwRAIAEgBUsEfyAAIAVqLQAABUEuCyIDQS5G",
  "BEAgBkEASCAGQf8BSnIgBEEDS3IEQEEADwsgBCIDQQFqIQQgAiADaiAGOgAAQX8hBgUgA0E5TSADQTBPcQRAIANBMGtB/wFxIAZB",
  "CmxBACAGQQBOG2oiBkH/AUoEQEEADwsFQQAPCwsgBUEBaiEFDAELCyAEQQRGC6ICAgZ/AX4gACgCCCEDIAAoAgQhB0F/IQADQCAC",
  "IAdJBEAgAiAAIAIgA2otAAAiBkEvRhshAEEBIAQgBkE6RhshBCACQQFqIQIMAQsLIAAgByAAQQBOGyECIAFCADcAACABQgA3AAgg",
  "BARAIAMgAiABEOQBRQRAQQAPC0EGJCIFIAMgAiABEGNFBEBBAA8LQQQkIgtBIEGAASMiQQRGGyIBJCMgAEEATgRAIAJBAWohACAH",
  "IAJrIgJBAWshBCACQQFGAn4DQCAEIAVLBEBCfyAAIANqIAVqLQAAIgJBMEkgAkE5S3INAhogAkEwa0H/AXGtIAhCCn58IQggBUEB",
  "aiEFDAELCyAICyIIQgBTciAIIAGsVXIEQEEADwsgCKckIwtBAQuOCwEHfyABIABrQQFqQQJ0EAwhCQNAIAAgAUkEQAJ/IxggAGoi",
  "Ay0AACIEQSpGBEAgAEECaiAAQQFqIgUgAUkEfyADLQABQSpGBUEACyEDIAUgAxsMAQsgBEH7AEYEQCMYIQRBACEGIAAhAwJAA0Ag",
  "ASADSwRAAkAgAyAEai0AACIFQdwARgRAIANBAWohAwwBCyAFQfsARgRAIAZBAWohBgUgBUH9AEYEfyAGQQFrIgYFQQELRQ0ECwsg",
  "A0EBaiEDDAELC0F/IQMLQX8gA0EBaiADQQBIGwwBCyAEQdwARiAAQQFqIAFJcQRAIxggAGotAAEiA0GAAUkEf0EBBSADQeABSQR/",
  "QQIFQQNBBCADQfABSRsLCyAAQQFqagwBCyAEQYABSQR/QQEFIARB4AFJBH9BAgVBA0EEIARB8AFJGwsLIABqCyIDQQBIBEBBfw8L",
  "IAkgCEECdGogADYCACAIQQFqIQgjGCAAai0AAEHbAEYEfyAAQQFqIgAgAUkEfyMYIABqLQAAQSFGBUEACwRAIABBAWohAAsDQCAA",
  "IAFJBH8jGCAAai0AAEHdAEcFQQALBEAjGCAAai0AACIDQYABSQR/QQEFIANB4AFJBH9BAgVBA0EEIANB8AFJGwsLIABqIQAMAQsL",
  "IAFBfyAAIAAgAU8bIgBBAWogAEEASBsFIAMLIQAMAQsLIAhBAWshCANAIAhBAE4EQCAJIAhBAnRqKAIAIgAjGGotAAAiA0EqRgRA",
  "IxYjF0EEdGoiA0EEQQMgAEEBaiABSQR/IxggAGotAAFBKkYFQQALGzYCACADQQA2AgQgA0EANgIIIAMgAjYCDCMXIgJBAWokFwUg",
  "A0E/RgRAIxYjF0EEdGoiAEECNgIAIABBADYCBCAAQQA2AgggACACNgIMIxciAkEBaiQXBSADQdsARgRAIABBAWoiAyABSQR/Ixgg",
  "A2otAABBIUYFQQALBEAgA0EBaiEDCwNAIAEgA0sEfyMYIANqLQAAQd0ARwVBAAsEQCMYIANqLQAAIgRBgAFJBH9BAQUgBEHgAUkE",
  "f0ECBUEDQQQgBEHwAUkbCwsgA2ohAwwBCwtBfyADIAEgA00bIgRBAEgEQCMWIxdBBHRqIgBBCDYCACAAQQA2AgQgAEEANgIIIAAg",
  "AjYCDAUgAEEBaiABSSIDBEAjGCAAai0AAUEhRiEDCyMWIxdBBHRqIgVBBkEFIAMbNgIAIAUgAEECQQEgAxtqNgIEIAUgBDYCCCAF",
  "IAI2AgwLIxciAkEBaiQXBSADQfsARgRAIAAhAyMYIQRBACEHAkADQCAAIAFJBEACQCAAIARqLQAAIgVB3ABGBEAgAEEBaiEADAEL",
  "IAVB+wBGBEAgB0EBaiEHBSAFQf0ARgR/IAdBAWsiBwVBAQtFDQQLCyAAQQFqIQAMAQsLQX8hAAsgACEEIAIhBQJ/IxlB6AdOBEBB",
  "ASQaQX8MAQsjGUEBaiQZQX8hAEEAIQcgA0EBaiICIQYCfwNAIAQgBk8EQAJAIxggBmotAAAiA0HcAEYEQCAGQQFqIQYMAQsgA0H7",
  "AEYEQCAHQQFqIQcFIANB/QBGIAdBAEpxBEAgB0EBayEHBSAHRSADQSxGcSAEIAZGcgRAQX8gAiAGIAUQZSICQQBIDQYaIABBAE4E",
  "QCMWIxdBBHRqIgNBBzYCACADIAI2AgQgA0EANgIIIAMgADYCDCMXIgJBAWokFwsgAiEAIAZBAWohAgsLCwsgBkEBaiEGDAELCyAA",
  "CyMZQQFrJBkLIgJBAEgEQEF/DwsFIxggAEEBaiIEIAAgA0HcAEYgASAES3EbEBkhACMWIxdBBHRqIgNBATYCACADIAA2AgQgA0EA",
  "NgIIIAMgAjYCDCMXIgJBAWokFwsLCwsgCEEBayEIDAELCyACC8ABAQR/IxwgAjYCAEEBIQIDQCACBEAjHSMbIxwgAkEBayICQQJ0",
  "aiIEKAIAIgNBAnRqIgUoAgBGDQEgBSMdNgIAIxYgA0EEdGoiBSgCACIGQQdGBEAgBCAFKAIMNgIAIxwgAkEBakECdGogBSgCBDYC",
  "ACACQQJqIQIMAgsgACABQQJ0aiADNgIAIAFBAWohASAGQQRGIAZBA0ZyBEAjHCACQQJ0aiMWIANBBHRqKAIMNgIAIAJBAWohAgsM",
  "AQsLIAELpQEBB39BAhAXIgQgAhAUIAQgARAUIAAgBBAUIAEoAgAiBEEGRyAEQQVHcSAEQQdHcQRADwsgASgCBCEGA0AgAyAGSQRA",
  "IAEgAxBEIQcgASADEDAhCCACKAIEIglBAWoQFyEFQQAhBANAIAQgCUkEQCAFIAIoAgwgBEECdGooAgAQFCAEQQFqIQQMAQsLIAUg",
  "CBAUIAAgByAFEGcgA0EBaiEDDAELCwurAQEFfyAAKAIAQQdHBEBBsM8AIAAQDUEADwsgASgCAEEHRwRAQZDQACABEA1BAA8LQRwQ",
  "DCICQQBBHPwLACACQQc2AgAgACgCBCEEA0AgAyAESQRAIAAoAgBBBk8EfyAAKAIYIAAoAgRHBUEACwRAIAAQDgtBfyABIAAoAgwg",
  "A0ECdGooAgAiBRAaIgYgBkEASBtBAE4EQCACIAUQHwsgA0EBaiEDDAELCyACC9QCAQV/QRwQDCICQQBBHPwLACACQQY2AgAgACgC",
  "BCEEA0AgAyAESQRAIAAoAgBBBk8EfyAAKAIYIAAoAgRHBUEACwRAIAAQDgsgACgCDCADQQJ0aigCACEFIAAoAgBBBk8EfyAAKAIY",
  "IAAoAgRHBUEACwRAIAAQDgsgAiAFIAAoAhAgA0ECdGooAgAQFiADQQFqIQMMAQsLIAEoAgQhBEEAIQADQCAAIARJBEAgASgCAEEG",
  "TwR/IAEoAhggASgCBEcFQQALBEAgARAOCyABKAIMIABBAnRqKAIAIQUgASgCAEEGTwR/IAEoAhggASgCBEcFQQALBEAgARAOCyAB",
  "KAIQIABBAnRqKAIAIQYgAiAFECAiAwR/IAMoAgBBBkYFQQALBH8gBigCAEEGRgVBAAsEQCACIAUgAyAGEGkQFgUgAiAFIAYQFgsg",
  "AEEBaiEADAELCyACC8oBAQR/IAAoAgBBBUYEf0EBBSAAKAIAQQdGC0UEQEGwxQBBwMYAIAEbIAAQDUEADwsgAUEAR60QDyECIAAo",
  "AgQhBQNAIAQgBUkEQCAAKAIAQQZPBH8gACgCGCAAKAIERwVBAAsEQCAAEA4LIAAoAgwgBEECdGooAgAiAygCAEEDRwRAIAEEf0HA",
  "xwBB4MgAIAAgAxA6BUGAygBBoMsAIAAgAxA6CxpBAA8LIAEEfyACIAMQTAUgAiADEEsLIQIgBEEBaiEEDAELCyACC8oBAQV/IAAo",
  "AgBBBUYEf0EBBSAAKAIAQQdGC0UEQEGwzABBsM0AIAEbIAAQDUEADwsgACgCBCIFRQRAQQAPCyAAKAIAQQZPBH8gACgCGCAAKAIE",
  "RwVBAAsEQCAAEA4LIAAoAgwoAgAhAkEBIQQDQCAEIAVJBEAgACgCAEEGTwR/IAAoAhggACgCBEcFQQALBEAgABAOCyAAKAIMIARB",
  "AnRqKAIAIgMgAhATIgZBAEogBkEASCABGwRAIAMhAgsgBEEBaiEEDAELCyACC0IBA39BARAcIgJBADYCAEIKECIhBANAIAEgA0sE",
  "QCACIAQQHSAAIANqMQAAQjB9ECIQPiECIANBAWohAwwBCwsgAgusCwMHfwV+AnwCQCAAQRRrKAIQQQF2IgVFDQAgAC8BACEERAAA",
  "AAAAAPA/IQ4DQCAFBH8CfyAEQYABckGgAUYgBEEJa0EETXIgBEGALUkNABpBASAEQYBAakEKTQ0AGgJAAkAgBEGALUYNACAEQajA",
  "AEYNACAEQanAAEYNACAEQa/AAEYNACAEQd/AAEYNACAEQYDgAEYNACAEQf/9A0YNAAwBC0EBDAELQQALBUEACwRAIABBAmoiAC8B",
  "ACEEIAVBAWshBQwBCwsgBUUNACAEQS1GBH8gBUEBayIFRQ0BRAAAAAAAAPC/IQ4gAEECaiIALwEABSAEQStGBH8gBUEBayIFRQ0C",
  "IABBAmoiAC8BAAUgBAsLIgRByQBGIAVBCE5xBEAgACkDAELJgLiD4IzANFEEfyAAKQMIQu6ApIPAjsA8UQVBAAsEQCAORAAAAAAA",
  "APB/og8LDAELIARBLkcgBEEwa0EKT3ENACAAIQMDQCAEQTBGBEAgAEECaiIALwEAIQQgBUEBayEFDAELCyAFQQBMBEAgDkQAAAAA",
  "AAAAAKIPCyAEQS5GBEAgACADRiEDIABBAmohACADIAVBAWsiBUVxDQFBASEGA0AgAC8BACIEQTBGBEAgBUEBayEFIAJBAWshAiAA",
  "QQJqIQAMAQsLIAVBAEwEQCAORAAAAAAAAAAAog8LIAMgAkVxIARBMGtBCk9xDQELIARBMGshAwNAIAZFIARBLkZxIANBCkkiBHIE",
  "QAJAIAQEQCABQRNIBH4gA60gCEIKfnwFIAggA0EAR62ECyEIIAFBAWohAQUgASECQQEhBgsgBUEBayIFRQ0AIABBAmoiAC8BACIE",
  "QTBrIQMMAgsLCyACIAEgBhtBEyABIAFBE0obayEGQQEhAwJAIAhQAn9BACAALwEAQSByQeUARw0AGkEAIAVBAWsiAUUNABogAEEC",
  "aiIALwEAIgJBLUYEf0EAIAFBAWsiAUUNARpBfyEDIABBAmoiAC8BAAUgAkErRgR/QQAgAUEBayIBRQ0CGiAAQQJqIgAvAQAFIAIL",
  "CyECA0AgAkEwRgRAQQAgAUEBayIBRQ0CGiAAQQJqIgAvAQAhAgwBCwsgAkEwayEEA0AgBEEKSUEAIAEbBEAgA0GAGWwgB0GAGU4N",
  "AhogB0EKbCAEaiEHIAFBAWshASAAQQJqIgAvAQBBMGshBAwBCwsgAyAHbAsgBmoiAEGqfUhyDQBEAAAAAAAA8H8hDSAAQbQCSg0A",
  "IAi6IQ0gAEUNACAAQSVMIABBFkpxBEAgDSAAQQN0QdAlaisDAKIhDUEWIQALIAhC/////////w9YBH8gAEEfdSIBIAAgAWpzQRZM",
  "BUEACwR8IABBAEoEQCANIABBA3RBgCdqKwMAoiENDAILIA1BACAAa0EDdEGAJ2orAwCjBSAAQQBIBHwgCCAIeSIJhiEIIACsIAl9",
  "IQkDQCAAQXJMBEAgCELpg7HeFoIgCELpg7HeFoAiCHkiCkISfYa6RJsroYabhAY/op78ByAIIAqGfCEIIAkgCn0hCSAAQQ5qIQAM",
  "AQsLIAhBACAAaxBBrCILgCIMeSEKIAggC4K6vSAKQjSGfL8gC7qj/AcgDCAKhny6IAkgCn2nEEIFIAggCHoiCYghCCAJIACsfCQu",
  "A0AgAEENTgRAQiAgCEIgiEKV54nGBH4gCEL/////D4NCleeJxgR+IghCIIh8IglCIIinZ60iCn0iCyMufCQuIAggCoZCH4hCAYMg",
  "CSAKhiAIQv////8PgyALiIR8IQggAEENayEADAELCyAAEEGtIgkgCEL/////D4N+IQpCICAIQiCIIAl+IApCIIh8IghCIIinZ60i",
  "CX0iCyMufCQuIAogCYZCH4hCAYMgCCAJhiAKQv////8PgyALiIR8uiMupxBCCwshDQsgDSAOpg8LRAAAAAAAAPh/C9oEAQJ/IAJF",
  "BEAgACABQQF0akGugMABNgIAIAFBAmoPCyABIAJqIgNBFUwgASADTHEEfwNAIAEgA0gEQCAAIAFBAXRqQTA7AQAgAUEBaiEBDAEL",
  "CyAAIANBAXRqQa6AwAE2AgAgA0ECagUgA0EVTCADQQBKcQR/IAAgA0EBdGoiAEECaiAAQQAgAmtBAXT8CgAAIABBLjsBACABQQFq",
  "BSADQQBMIANBekpxBH8gAEECIANrIgNBAXRqIAAgAUEBdPwKAAAgAEGwgLgBNgIAQQIhAgNAIAIgA0gEQCAAIAJBAXRqQTA7AQAg",
  "AkEBaiECDAELCyABIANqBSABQQFGBEAgAEHlADsBAiAAQQRqIgIgA0EBayIAQQBIIgMEQEEAIABrIQALIAAgAEGgjQZJBH8gAEHk",
  "AEkEfyAAQQpPQQFqBSAAQZDOAE9BA2ogAEHoB09qCwUgAEGAreIESQR/IABBwIQ9T0EGagUgAEGAlOvcA09BCGogAEGAwtcvT2oL",
  "C0EBaiIBED8gAkEtQSsgAxs7AQAFIABBBGogAEECaiABQQF0IgJBAmv8CgAAIABBLjsBAiAAIAJqIgBB5QA7AQIgAEEEaiIEIANB",
  "AWsiAEEASCICBEBBACAAayEACyAAIABBoI0GSQR/IABB5ABJBH8gAEEKT0EBagUgAEGQzgBPQQNqIABB6AdPagsFIABBgK3iBEkE",
  "fyAAQcCEPU9BBmoFIABBgJTr3ANPQQhqIABBgMLXL09qCwtBAWoiABA/IARBLUErIAIbOwEAIAAgAWohAQsgAUECagsLCwuGBgID",
  "fwR+IAIgAX0hCkIBQQAgA2siCKwiAYYiDEIBfSILIAKDIQkgAiABiKciA0GgjQZJBH8gA0HkAEkEfyADQQpPQQFqBSADQZDOAE9B",
  "A2ogA0HoB09qCwUgA0GAreIESQR/IANBwIQ9T0EGagUgA0GAlOvcA09BCGogA0GAwtcvT2oLCyEHA0AgB0EASgRAAkACQAJAAkAC",
  "QAJAAkACQAJAAkACQAJAIAdBAWsOCgkIBwYFBAMCAQAKCyADQYCU69wDbiEGIANBgJTr3ANwIQMMCgsgA0GAwtcvbiEGIANBgMLX",
  "L3AhAwwJCyADQYCt4gRuIQYgA0GAreIEcCEDDAgLIANBwIQ9biEGIANBwIQ9cCEDDAcLIANBoI0GbiEGIANBoI0GcCEDDAYLIANB",
  "kM4AbiEGIANBkM4AcCEDDAULIANB6AduIQYgA0HoB3AhAwwECyADQeQAbiEGIANB5ABwIQMMAwsgA0EKbiEGIANBCnAhAwwCCyAD",
  "IQZBACEDDAELQQAhBgsgBSAGcgRAIAAgBUEBdGogBkH//wNxQTBqOwEAIAVBAWohBQsgB0EBayEHIAQgA60gCKwiAoYgCXwiAVoE",
  "QCMrIAdqJCsgB0ECdEHYImo1AgAgAoYhAiAAIAVBAWtBAXRqIgAvAQAhBwNAIAEgClQgBCABfSACWnEEfyAKIAEgAnwiCVYgCiAB",
  "fSAJIAp9VnIFQQALBEAgB0EBayEHIAEgAnwhAQwBCwsgACAHOwEAIAUPCwwBCwsDQCAEQgp+IQQgCUIKfiIBIAisiCICIAWshEIA",
  "UgRAIAAgBUEBdGogAqdB//8DcUEwajsBACAFQQFqIQULIAdBAWshByABIAuDIgkgBFoNAAsjKyAHaiQrIApBACAHa0ECdEHYImo1",
  "AgB+IQEgACAFQQFrQQF0aiIALwEAIQcDQCABIAlWIAQgCX0gDFpxBH8gASAJIAx8IgJWIAEgCX0gAiABfVZyBUEACwRAIAdBAWsh",
  "ByAJIAx8IQkMAQsLIAAgBzsBACAFC4UEAgp+BH8gAUQAAAAAAAAAAGMiDAR8IABBLTsBACABmgUgAQu9IgJCgICAgICAgPj/AINC",
  "NIinIg1BASANG0GzCGsiDkEBayACQv////////8HgyANQQBHrUI0hnwiAkIBhkIBfCIDeaciD2shDSADIA+shiQoIAIgAkKAgICA",
  "gICACFFBAWoiD6yGQgF9IA4gD2sgDWushiQpIA0kKkHcAkFDIyprt0T+eZ9QE0TTP6JEAAAAAACwdUCgIgH8AiINIA23IAFiakED",
  "dUEBaiINQQN0Ig5rJCsgDkHwG2opAwAkLCANQQF0Qaghai4BACQtIAIgAnmGIgJC/////w+DIQQjLCIHQv////8PgyIIIAJCIIgi",
  "An4gBCAIfkIgiHwhBSMoIgNC/////w+DIQkgA0IgiCIDIAh+IAggCX5CIIh8IQYjKSIKQv////8PgyELIApCIIgiCiAIfiAIIAt+",
  "QiCIfCEIIAAgDEEBdGogACACIAdCIIgiAn4gBUIgiHwgAiAEfiAFQv////8Pg3xC/////wd8QiCIfCACIAN+IAZCIIh8IAIgCX4g",
  "BkL/////D4N8Qv////8HfEIgiHxCAX0iAyMtIypqQUBrIAMgAiAKfiAIQiCIfCACIAt+IAhC/////w+DfEL/////B3xCIIh8QgF8",
  "fSAMEG8gDGsjKxBuIAxqC6MEAQh/QRwQDCIFQQBBHPwLACAFQQY2AgAgAUEQTwRAA0AgASADSwRAIAUgACADQQN0aiICKAIAIAIo",
  "AgQQFiADQQFqIQMMAQsLIAUPCyABRQRAIAUPCyABIwlGIQIDQCABIANLIAJxBEAjCiADQQJ0aigCACAAIANBA3RqKAIARiECIANB",
  "AWohAwwBCwsjCyEGIAEhAyACRQRAIANBAnQQDCEGQQAhAwNAIAEgB0sEQCAAIAdBA3RqKAIAIQkgAyECQQEhCANAIAIEQCAAIAYg",
  "AkEBayIEQQJ0aigCAEEDdGooAgAgCRATIghBAEoEQCAEIQIMAgsLCwJAIAhBASACG0UEQCAGIAJBAWtBAnRqIAc2AgAMAQsgAiAD",
  "SQRAIAYgAkEBakECdGogBiACQQJ0aiADIAJrQQJ0/AoAAAsgBiACQQJ0aiAHNgIAIANBAWohAwsgB0EBaiEHDAELCyABIANGBEAg",
  "ASQJIAYkCyABQQJ0EAwkCkEAIQIDQCABIAJLBEAjCiACQQJ0aiAAIAJBA3RqKAIANgIAIAJBAWohAgwBCwsLCyADQQJ0IgEQDCEC",
  "IAEQDCEEQQAhAQNAIAEgA0kEQCAAIAFBAnQiByAGaigCAEEDdGohCCACIAdqIAgoAgA2AgAgBCAHaiAIKAIENgIAIAFBAWohAQwB",
  "CwsgBSADNgIEIAUgAzYCCCAFIAI2AgwgBSAENgIQIAUgAzYCGCAFC7sDAwF8An8BfgJAIAAoAgQiAkUEQCAAKQMIIgRCIIinIgAg",
  "AEEQdnNBreqs/wdsIgAgAEEPdnNBi82yo3hsIQAMAQsgAkEBRgJ8IAAoAgQiAkUEQCAAKQMIuQwBCyACQQJGBEAgACgCCCIDKAIA",
  "QQFrIQIDQCACQQBOBEAgAUQAAAAAAADwQaIgAiADKAIASQR/IANBBGogAkECdGooAgAFQQALuKAhASACQQFrIQIMAQsLIAGaIAEg",
  "ACgCDBsMAQsgACsDCAsiAZ0gAWFxIAFEAAAAAAAA4MNmcSABRAAAAAAAAOBDY3EEQCAB/AYiBEIgiKciACAAQRB2c0Gt6qz/B2wi",
  "ACAAQQ92c0GLzbKjeGwhAAwBC0QAAAAAAAAAACABIAFEAAAAAAAAAABhG70iBEIgiKciACAAQRB2c0Gt6qz/B2wiACAAQQ92c0GL",
  "zbKjeGwhACAEpyAAQRB2IABzcyIAIABBEHZzQa3qrP8HbCIAIABBD3ZzQYvNsqN4bCIAIABBEHZzDwsgBKcgAEEQdiAAc3MiACAA",
  "QRB2c0Gt6qz/B2wiACAAQQ92c0GLzbKjeGwiACAAQRB2cwugCQMGfwJ8An4gACgCBAR/QQEFIAEoAgQLRQRAQX9BASAAKQMIIgog",
  "ASkDCCILUxtBACAKIAtSGw8LIAAoAgRBAUcEfyABKAIEQQFHBUEACwRAIAEoAgRBAkYEfyABKAIMQQBHBSABKQMIQgBTCyAAKAIE",
  "QQJGBH8gACgCDEEARwUgACkDCEIAUwsiAkcEQEF/QQEgAhsPC0EAIAAQFSABEBUQJyIAayAAIAIbDwsgACgCBCICBEAgASgCBAR/",
  "QX8CfCACRQRAIAApAwi5DAELIAJBAkYEQCAAKAIIIgMoAgBBAWshAgNAIAJBAE4EQCAIRAAAAAAAAPBBoiACIAMoAgBJBH8gA0EE",
  "aiACQQJ0aigCAAVBAAu4oCEIIAJBAWshAgwBCwsgCJogCCAAKAIMGwwBCyAAKwMICyIJAnxEAAAAAAAAAAAhCCABKAIEIgJFBEAg",
  "ASkDCLkMAQsgAkECRgRAIAEoAggiAygCAEEBayECA0AgAkEATgRAIAhEAAAAAAAA8EGiIAIgAygCAEkEfyADQQRqIAJBAnRqKAIA",
  "BUEAC7igIQggAkEBayECDAELCyAImiAIIAEoAgwbDAELIAErAwgLIghkIAggCWQbBSABKQMIIQoCfCAAKAIEIgJFBEAgACkDCLkM",
  "AQsgAkECRgRAIAAoAggiAygCAEEBayECA0AgAkEATgRAIAhEAAAAAAAA8EGiIAIgAygCAEkEfyADQQRqIAJBAnRqKAIABUEAC7ig",
  "IQggAkEBayECDAELCyAImiAIIAAoAgwbDAELIAArAwgLIQhBfyECAkAgCEQAAAAAAADgQ2YNAEEBIQIgCEQAAAAAAADgw2MNAEF/",
  "QQEgCJ0iCfwGIgsgClUbIQIgCiALUg0AQX8gCCAJoSIIRAAAAAAAAAAAYyAIRAAAAAAAAAAAZBshAgtBACACawshAgUgACkDCCEK",
  "AnwgASgCBCICRQRAIAEpAwi5DAELIAJBAkYEQCABKAIIIgMoAgBBAWshAgNAIAJBAE4EQCAIRAAAAAAAAPBBoiACIAMoAgBJBH8g",
  "A0EEaiACQQJ0aigCAAVBAAu4oCEIIAJBAWshAgwBCwsgCJogCCABKAIMGwwBCyABKwMICyEIQX8hAgJAIAhEAAAAAAAA4ENmDQBB",
  "ASECIAhEAAAAAAAA4MNjDQBBf0EBIAidIgn8BiILIApVGyECIAogC1INAEF/IAggCaEiCEQAAAAAAAAAAGMgCEQAAAAAAAAAAGQb",
  "IQILCyACBH9BAAUgACgCFAR/QQEFIAEoAhQLCwRAAn9BAiAAQQAQJEUNABojBCEFIwYhAyMHIgRBAEcjBSMFGyEGQQIgAUEAECRF",
  "DQAaQX9BASAGGyMHIgdBAEcjBSMFGyAGRw0AGiAHRSAERXIEQEEAIAQgB0YNARpBAEEBQX8gBBsiAGsgACAGGwwBCyMEIQBBACAD",
  "rCAErXwiCiMGIgGsIAetfCILUgR/QX9BASAKIAtTGwUgASADTAR/IAUgAyABaxAoEB0gABAnBSAFIAAgASADaxAoEB0QJwsLIgBr",
  "IAAgBhsLIgBBAkcEQCAADwsLIAILQAAgACABIAAgARAgIgAEfyAAKAIAQQZGBUEACwR/IAAQKwVBHBAMIgBBAEEc/AsAIABBBjYC",
  "ACAACyIAEBYgAAswACAABH8gACgCAEEGRgVBAAsEfyAAECsFQRwQDCIAQQBBHPwLACAAQQY2AgAgAAsLDwAgAAR/IAAoAgAFQQAL",
  "CwUAQYgYCwgAIAAgARARCwYAIAAQKwsGACAAJAELCAAgACABEB8LGgEBf0EcEAwiAEEAQRz8CwAgAEEHNgIAIAALMwEBfwJ/QQAg",
  "AEUNABogACgCACIBQQZGBEAgACgCEAwBCyABQQdGBH8gACgCDAVBAAsLCycBAX8gAAR/IAAoAgAiAUEHRiABQQZGcgR/IAAoAgwF",
  "QQALBUEACwsMACAAIAEgAiADEFoLBgAgABAGCwoAIAAgASACEBYLGgEBf0EcEAwiAEEAQRz8CwAgAEEGNgIAIAALFwAgACABEDIi",
  "AEUEQEEAQfApECYLIAALBgAgABAPCwUAQYAYC1gBA38DQCABIANqLQAABEAgA0EBaiEDDAELCyADQRBqEAwiBEEENgIAIAQgAzYC",
  "BCAEIARBEGoiBTYCCCAEQQA2AgwgBSABIAP8CgAAIAAgBCACrBAPEBYLCAAgACABEEMLCAAjJhBXJCYLCQAjJigCACQmCxIAIyZB",
  "BGogAEECdGogATYCAAsMACAAJCdBABBXJCYLEAAjJkEEaiAAQQJ0aigCAAt2AQN/AkAgACgCACICQQRGBEAgACgCCCEDIAAoAgQh",
  "AkEAIQADQCAAIAJJBEAgAUEBaiABIAAgA2otAABBwAFxQYABRxshASAAQQFqIQAMAQsLDAELIAJBBkYgAkEFRnIgAkEHRnIEQCAA",
  "KAIEIQELCyABrRAPCwgAIAAgARBECwgAIAAgARAwCzEBAX8Cf0EAIABFDQAaIAAoAgAiAUEGRiABQQVGciABQQdGcgRAIAAoAgQM",
  "AQtBAAsLCAAgACABEDELBQBBkBgLCAAgACABEBMLQABB4BggADYCAEHkGEEENgIAQegYIAE2AgBB7BggAjYCAEHwGCADNgIAQfQY",
  "IAQ2AgAgAEEAIAEgAiADIAQQBws+AEHgGCAANgIAQeQYQQM2AgBB6BggATYCAEHsGCACNgIAQfAYIAM2AgBB9BhBADYCACAAQQAg",
  "ASACIAMQCAsKACAAIAEgAhA3CwgAIAAgARA4CzgAQeAYIAA2AgBB5BhBADYCAEHoGEEANgIAQewYQQA2AgBB8BhBADYCAEH0GEEA",
  "NgIAIABBABALC10BA38gAAR/IAAoAgBBBUcFQQELBEAgAA8LQRwQDCIBQQBBHPwLACABQQc2AgAgACgCBCEDA0AgAiADSQRAIAEg",
  "ACgCDCACQQJ0aigCABAfIAJBAWohAgwBCwsgAQsIACAAIAEQFAsGACAAEBcLCQAgAEHQKhAmCwcAIAAoAgALtwIBBH9BACABIAAE",
  "fyAAKAIAQQZHBUEBCxsEfyABKAIAQQVHBUEBCwRAQQMPCyABKAIEIgNFBEBBAw8LA0AgAkEBaiADSQRAIAAgASgCDCACQQJ0aigC",
  "ABAgIgAEfyAAKAIAQQZHBUEBCwRAQQAPCyACQQFqIQIMAQsLIAEoAgwgA0EBa0ECdGooAgAhA0EcEAwiBEEAQRz8CwAgBEEGNgIA",
  "IAAoAgQhAkEAIQEDQCABIAJJBEAgACgCAEEGTwR/IAAoAhggACgCBEcFQQALBEAgABAOCyAAKAIMIAFBAnRqKAIAIgUgAxATBEAg",
  "ACgCAEEGTwR/IAAoAhggACgCBEcFQQALBEAgABAOCyAEIAUgACgCECABQQJ0aigCABAWCyABQQFqIQEMAQsLIAAgBEEc/AoAAEEA",
  "CwgAIABBARA2C7QBAQR/QQAgASIDIAAEfyAAKAIAQQZHBUEBCxsEfyADKAIAQQVHBUEBCwRAQQMPCyADKAIEIgVFBEBBAw8LA0Ag",
  "BEEBaiAFSQRAIAAgAygCDCAEQQJ0aigCACIGECAiAQR/IAEoAgBBBkcFQQELBEBBHBAMIgFBAEEc/AsAIAFBBjYCACAAIAYgARAW",
  "CyABIQAgBEEBaiEEDAELCyAAIAMoAgwgBUEBa0ECdGooAgAgAhAWQQALBgAgABAMCwgAIABBABA2CwYAIAAkAAsOACMARQRAEAAk",
  "AAsjAAsCAAsJACAAIAE2AgALCQAgACABNgIMCwkAIAAgATYCBAsHACAAKAIIC0cBAX8gBSQAIAQEQCADIAQQUSIHRQRAQQBBkCkQ",
  "JgsLEFYiACAHNgIAIAAgAjYCBCAAIAE2AgwgABABIAAoAgggBkEBRhA2CwgAIAAQAUEACwQAEAQLBAAQBQsJACAAQQBHJAILBQBB",
  "4BgLBAAjAQtYAAJAAkACQAJAAkACQAJAAkAgACgCAEEBaw4HAAECAwQFBgcLQfAmEB4PC0GQLRAeDwtBwC0QHg8LQeAtEB4PC0GA",
  "LhAeDwtBoC4QHg8LQcAuEB4PC0EACxEAQYgYQZAYIAAoAgBBBEYbCxEAQYgYQZAYIAAoAgBBB0YbCxEAQYgYQZAYIAAoAgBBBkYb",
  "CxEAQYgYQZAYIAAoAgBBA0YbCxEAQYgYQZAYIAAoAgBBAUYbCxEAQYgYQZAYIAAoAgBBAkYbCxEAQYgYQZAYIAAoAgBBBUYbC+8E",
  "AwJ8An8BfiAAIAFB8DRB0DUQKQRAQQAPCyAAKAIEQQFHBH9BAQUgACsDCCIDnSADYSADIAOhRAAAAAAAAAAAYXELBH8gASgCBEEB",
  "RwR/QQEFIAErAwgiA50gA2EgAyADoUQAAAAAAAAAAGFxCwVBAAtFBEAjAgRAQbA2QdAqQQBBABAQC0EADwsgASgCBEECRgR/QQAF",
  "IAEoAgQEfyABKwMIRAAAAAAAAAAAYQUgASkDCFALCwRAIwIEQEGQN0HQKkEAQQAQEAtBAA8LAn8gACgCBAR/QQEFIAEoAgQLRQRA",
  "IAEpAwgiBkJ/UQRAQgAQDwwCCyAAKQMIIAaBEA8MAQsgACgCBEEBRwR/IAEoAgRBAUcFQQALBEAgABAVIAEQFRAuGiMDIgEoAgAE",
  "fyABIAAoAgRBAkYEfyAAKAIMQQBHBSAAKQMIQgBTCxAbBUIAEA8LDAELAnwgACgCBCIERQRAIAApAwi5DAELIARBAkYEQCAAKAII",
  "IgUoAgBBAWshBANAIARBAE4EQCACRAAAAAAAAPBBoiAEIAUoAgBJBH8gBUEEaiAEQQJ0aigCAAVBAAu4oCECIARBAWshBAwBCwsg",
  "ApogAiAAKAIMGwwBCyAAKwMICyICIAICfEQAAAAAAAAAACECIAEoAgQiAEUEQCABKQMIuQwBCyAAQQJGBEAgASgCCCIEKAIAQQFr",
  "IQADQCAAQQBOBEAgAkQAAAAAAADwQaIgACAEKAIASQR/IARBBGogAEECdGooAgAFQQALuKAhAiAAQQFrIQAMAQsLIAKaIAIgASgC",
  "DBsMAQsgASsDCAsiAqOdIAKioRAYCwsaACAAIAFBsCtBoCwQKQRAQQAPCyAAIAEQSwsPAEGIGEGQGCAAIAEQExsLGgAgACABQbAx",
  "QZAyECkEQEEADwsgACABEEwLsgUDBX8BfAN+IAAoAgBBA0YEfyABKAIAQQNGBUEACwRAAn8gACgCBAR/QQEFIAEoAgQLRQRAIAAp",
  "AwgiCCABKQMIIgp9IQkgCCAKhSAIIAmFg0IAWQRAIAkQDwwCCwsgACgCBEEBRwR/IAEoAgRBAUcFQQALBEAgABAVIAAoAgRBAkYE",
  "fyAAKAIMQQBHBSAAKQMIQgBTCyABEBUgASgCBEECRgR/IAEoAgxBAEcFIAEpAwhCAFMLRRBODAELIAAgAUEBEE0iAgR/IAIFAnwg",
  "ACgCBCICRQRAIAApAwi5DAELIAJBAkYEQCAAKAIIIgMoAgBBAWshAgNAIAJBAE4EQCAHRAAAAAAAAPBBoiACIAMoAgBJBH8gA0EE",
  "aiACQQJ0aigCAAVBAAu4oCEHIAJBAWshAgwBCwsgB5ogByAAKAIMGwwBCyAAKwMICwJ8RAAAAAAAAAAAIQcgASgCBCIARQRAIAEp",
  "Awi5DAELIABBAkYEQCABKAIIIgIoAgBBAWshAANAIABBAE4EQCAHRAAAAAAAAPBBoiAAIAIoAgBJBH8gAkEEaiAAQQJ0aigCAAVB",
  "AAu4oCEHIABBAWshAAwBCwsgB5ogByABKAIMGwwBCyABKwMIC6EQGAsLDwsgACgCAEEHRgR/IAEoAgBBB0YFQQALBEBBHBAMIgVB",
  "AEEc/AsAIAVBBzYCACAAKAIEIQYDQCACIAZJBEAgACgCAEEGTwR/IAAoAhggACgCBEcFQQALBEAgABAOC0F/IAEgACgCDCACQQJ0",
  "aigCACIDEBoiBCAEQQBIG0EASARAIAUgAxAfCyACQQFqIQIMAQsLIAUPCyAAKAIAQQNGBH9BAQUgACgCAEEHRgtFBEBB4C4gABAN",
  "QQAPCyABKAIAQQNGBEBB4C8gARANQQAPC0HAMCABEA1BAAsSAEGIGEGQGCAAIAEQE0EATBsLEgBBiBhBkBggACABEBNBAEgbC2UB",
  "AX8gAigCACIDQQZGIANBBUZyBEBBkBhBiBggAiAAEDEiAAR/IAAgARATBUEBCxsPCyADQQdGBEBBiBhBkBggACABEBMEf0EABUF/",
  "IAIgABAaIgAgAEEASBtBAE4LGw8LQZAYC9EBAQJ/IAEoAgAiA0EHRgRAQYgYQZAYQX8gASAAEBoiACAAQQBIG0EAThsPCyADQQVG",
  "BEAgASgCBCEDA0AgAiADSQRAIAEoAgwgAkECdGooAgAgABATRQRAQYgYDwsgAkEBaiECDAELC0GQGA8LIANBBkYEQCABKAIEIQMD",
  "QCACIANJBEAgASgCAEEGTwR/IAEoAhggASgCBEcFQQALBEAgARAOCyABKAIQIAJBAnRqKAIAIAAQE0UEQEGIGA8LIAJBAWohAgwB",
  "CwtBkBgPC0GQGAsSAEGIGEGQGCAAIAEQE0EAThsLEgBBiBhBkBggACABEBNBAEobC8MEAwJ/AXwCfiAAIAFB8DJB0DMQKQRAQQAP",
  "CyABKAIEQQJGBH9BAAUgASgCBAR/IAErAwhEAAAAAAAAAABhBSABKQMIUAsLBEAjAgRAQbA0QdAqQQBBABAQC0EADwsCfyAAKAIE",
  "BH9BAQUgASgCBAtFBEAgASkDCCIFQn9RIAApAwgiBkKAgICAgICAgIB/UXEEfkIBBSAGIAWBC1AEQCAGIAV/EA8MAgsLIAAoAgRB",
  "AUcEfyABKAIEQQFHBUEACwR/IAAoAgRBAkYEf0EBBSABKAIEQQJGCwVBAAsEQCAAEBUgARAVEC4hAiMDKAIARQRAIAAoAgRBAkYE",
  "fyAAKAIMQQBHBSAAKQMIQgBTCyEAIAIgASgCBEECRgR/IAEoAgxBAEcFIAEpAwhCAFMLIABHEBsMAgsLAnwgACgCBCICRQRAIAAp",
  "Awi5DAELIAJBAkYEQCAAKAIIIgMoAgBBAWshAgNAIAJBAE4EQCAERAAAAAAAAPBBoiACIAMoAgBJBH8gA0EEaiACQQJ0aigCAAVB",
  "AAu4oCEEIAJBAWshAgwBCwsgBJogBCAAKAIMGwwBCyAAKwMICwJ8RAAAAAAAAAAAIQQgASgCBCIARQRAIAEpAwi5DAELIABBAkYE",
  "QCABKAIIIgIoAgBBAWshAANAIABBAE4EQCAERAAAAAAAAPBBoiAAIAIoAgBJBH8gAkEEaiAAQQJ0aigCAAVBAAu4oCEEIABBAWsh",
  "AAwBCwsgBJogBCABKAIMGwwBCyABKwMIC6MQGAsLiQMBAn8gAQR/IAAtAABBLUYFQQALQQBHIgMgAU8EQEEADwsgACADai0AAEEw",
  "RgR/IANBAWoFIAMhAgNAIAEgAksEfyAAIAJqLQAAQTBPBUEACwR/IAAgAmotAABBOU0FQQALBEAgAkEBaiECDAELCyACIANGBEBB",
  "AA8LIAILIgMgAUkEfyAAIANqLQAAQS5GBUEACwRAIANBAWohAgNAIAEgAksEfyAAIAJqLQAAQTBPBUEACwR/IAAgAmotAABBOU0F",
  "QQALBEAgAkEBaiECDAELCyACIANBAWpGBEBBAA8LIAIhAwsgASADSwR/IAAgA2otAABBIHJB5QBGBUEACwR/IAAhAiADQQFqIgMg",
  "AUkEfyAAIANqLQAAQStGBH9BAQUgACADai0AAEEtRgsFQQALBEAgA0EBaiEDCyADIQADQCAAIAFJBH8gACACai0AAEEwTwVBAAsE",
  "fyAAIAJqLQAAQTlNBUEACwRAIABBAWohAAwBCwsgACADRgRAQQAPCyAABSADCyABRguNBQICfwF8IAAoAgAiAkEBRgRAQgAQDw8L",
  "IAJBAkYEQCAAKAIEQQBHrRAPDwsgAkEDRgRAIAAPCyACQQRGBEAgACgCCCAAKAIEEDIiAgRAIAIoAgRBAUcEf0EBBSAAKAIIIAAo",
  "AgQQxQELBH8gAgUCfCACKAIEIgBFBEAgAikDCLkMAQsgAEECRgRAIAIoAggiASgCAEEBayEAA0AgAEEATgRAIANEAAAAAAAA8EGi",
  "IAAgASgCAEkEfyABQQRqIABBAnRqKAIABUEAC7igIQMgAEEBayEADAELCyADmiADIAIoAgwbDAELIAIrAwgLEBgLDwsgACgCCCEC",
  "An8gACgCBCIABH8gAi0AAEErRgR/QQEFIAItAABBLUYLBUEACwRAIAJBAWohAiAAQQFrIQALQQBBzDcoAgBBAXYgAEcNABoDQCAA",
  "IAFLBEBBACABQcw3KAIAQQF2TwR/QX8FIAFBAXRB0DdqLwEAC0H/AXEgASACai0AAEEgckcNAhogAUEBaiEBDAELC0EBCwR/QQEF",
  "An9BACEBQQAgAEHsNygCAEEBdkcNABoDQCAAIAFLBEBBACABQew3KAIAQQF2TwR/QX8FIAFBAXRB8DdqLwEAC0H/AXEgASACai0A",
  "AEEgckcNAhogAUEBaiEBDAELC0EBCwsEf0EBBQJ/QQAhAUEAIABBjDgoAgBBAXZHDQAaA0AgACABSwRAQQAgAUGMOCgCAEEBdk8E",
  "f0F/BSABQQF0QZA4ai8BAAtB/wFxIAEgAmotAABBIHJHDQIaIAFBAWohAQwBCwtBAQsLBEAjAgRAQcA4QdAqQQBBABAQC0EADwsj",
  "AgRAQeA5QdAqQQBBABAQC0EADwtB0DogABANQQALgQMCBH8CfiAAIQICfyAAKAIAIgNBBUYEfyAAKAIEBUEACwRAIAAoAgwoAgAi",
  "AigCAEEDRwRAQcCWASACEA1BAQwCCyAAKAIEQQFLBEAgACgCDCgCBCIEKAIAQQRHBEBBsJcBIAQQDUEBDAMLIAQoAgghA0ECIAQo",
  "AgQiBEUiBQR/IAUFIARBA0YEfyADLQAAQdUARgVBAAsEfyADLQABQdQARgVBAAsEfyADLQACQcMARgVBAAsLRQ0CGgsFIANBA0cE",
  "QEGgmAEgABANQQEMAgsLIAIoAgQEQCMCBEBB4JkBQdAqQQBBABAQC0EBDAELIAIpAwgkIUEACyICQQFGBEBBAA8LIAJBAkYEQCAB",
  "IAAQOA8LIyEiBkKAlOvcA38iB0IBfSAHIAZCAFMEfyAGQoCU69wDgUIAUgVBAAsbIgZCgKMFfyIHQgF9IAcgBkIAUwR/IAZCgKMF",
  "gUIAUgVBAAsbEF1BAxAXIgAjHhAPEBQgACMfEA8QFCAAIyAQDxAUIAALxQkCBX8JfiAAKAIAQQRHBEBB0JIBIAAQDUEADwsgACgC",
  "CCECAkAgACgCBCIDQRRJDQAgAi0ACiEEQQAhAAJ+A0AgAEEESQRAQn8gACACai0AACIFQTBJIAVBOUtyDQIaIAVBMGtB/wFxrSAH",
  "Qgp+fCEHIABBAWohAAwBCwsgBwsiDEIAU0EAIQACfgNAIABBAkkEQEJ/IAJBBWogAGotAAAiBUEwSSAFQTlLcg0CGiAFQTBrQf8B",
  "ca0gCEIKfnwhCCAAQQFqIQAMAQsLIAgLIgtCAFdyIAtCDFVyQQAhAAJ+A0AgAEECSQRAQn8gAkEIaiAAai0AACIFQTBJIAVBOUty",
  "DQIaIAVBMGtB/wFxrSAGQgp+fCEGIABBAWohAAwBCwsgBgsiDUIAV3IgDUIfVXJCACEGQQAhAAJ+A0AgAEECSQRAQn8gAkELaiAA",
  "ai0AACIFQTBJIAVBOUtyDQIaIAVBMGtB/wFxrSAGQgp+fCEGIABBAWohAAwBCwsgBgsiCEIAU3IgCEIXVXJCACEGQQAhAAJ+A0Ag",
  "AEECSQRAQn8gAkEOaiAAai0AACIFQTBJIAVBOUtyDQIaIAVBMGtB/wFxrSAGQgp+fCEGIABBAWohAAwBCwsgBgsiCUIAU3IgCUI7",
  "VXJCACEGQQAhAAJ+A0AgAEECSQRAQn8gAkERaiAAai0AACIFQTBJIAVBOUtyDQIaIAVBMGtB/wFxrSAGQgp+fCEGIABBAWohAAwB",
  "CwsgBgsiCkIAU3IgCkI8VXIEf0EBBSACLQAEQS1HCwR/QQEFIAItAAdBLUcLBH9BAQUgBEH0AEcgBEHUAEdxCwR/QQEFIAItAA1B",
  "OkcLBH9BAQUgAi0AEEE6RwsNAEIAIQZBEyEAIANBE0sEfyACLQATQS5GBUEACwRAQoDC1y8hB0EUIQADQCAAIANJBH8gACACai0A",
  "AEEwTwVBAAsEfyAAIAJqLQAAQTlNBUEACwRAIAYgACACajEAAEIwfSAHfnwhBiAHQgp/IQcgAEEBaiEADAELCyAAQRRGDQELQgAh",
  "ByAAIANPDQAgAyAAIAJqLQAAIgRB+gBGIARB2gBGcgR/IABBAWoFIARBLUYgBEErRnJFDQEgAEEGaiADSwR/QQEFIAAgAmotAANB",
  "OkcLDQEgAEEBaiEDAn4DQCABQQJJBEBCfyACIANqIAFqLQAAIgVBMEkgBUE5S3INAhogBUEwa0H/AXGtIAdCCn58IQcgAUEBaiEB",
  "DAELCyAHCyEOIABBBGohA0IAIQdBACEBIA4CfgNAIAFBAkkEQEJ/IAIgA2ogAWotAAAiBUEwSSAFQTlLcg0CGiAFQTBrQf8Bca0g",
  "B0IKfnwhByABQQFqIQEMAQsLIAcLIgeEQgBTDQEgDkKQHH4gB0I8fnxCf0IBIARBLUYbfiEHIABBBmoLRw0AIAwgC0ICV619Igwg",
  "DEKPA30gDEIAWRtCkAN/IQ4gCiALQn1CCSALQgJVG3xCmQF+QgJ8QgV/IA18IAwgDkKQA359IgpC7QJ+IApCBH98IApC5AB/fXwg",
  "DkKx9Qh+fELt9Ct9QoCjBX4gCEKQHH58IAlCPH58fCAHfSAGQcCVARBcDwsjAgRAQeCTAUHQKkEAQQAQEAtBAAv5AwEGfiAAKAIA",
  "QQNHBEBBsJoBIAAQDUEADwsgACgCBARAIwIEQEGAnAFB0CpBAEEAEBALQQAPCyABKAIAQQNHBEBB4JwBIAEQDUEADwsgASgCBARA",
  "IwIEQEHgnQFB0CpBAEEAEBALQQAPCyACKAIAQQNHBEBBkJ8BIAIQDUEADwsgAigCBARAIwIEQEGQoAFB0CpBAEEAEBALQQAPCyAD",
  "KAIAQQNHBEBBwKEBIAMQDUEADwsgAygCBARAIwIEQEHAogFB0CpBAEEAEBALQQAPCyAAKQMIIgRCgJTr3AN/IgVCAX0gBSAEQgBT",
  "BH8gBEKAlOvcA4FCAFIFQQALGyIGQoCjBX8iBUIBfSAFIAZCAFMEfyAGQoCjBYFCAFIFQQALGyIHEF0gAikDCCMfQgF9fCIFQgx/",
  "IQggBSAIQgF9IAggBUIAUwR/IAVCDIFCAFIFQQALIgAbQgx+fUIBfCEFIx4gASkDCHwgCEIBfSAIIAAbfCAFQgJXrX0iCCAIQo8D",
  "fSAIQgBZG0KQA38hCSAGIAdCgKMFfn0gAykDCCMgIAggCUKQA359IgdC7QJ+IAdCBH98IAdC5AB/fSAFQn1CCSAFQgJVG3xCmQF+",
  "QgJ8QgV/fCAJQrH1CH58fELt9Ct9fEKAowV+fCAEIAZCgJTr3AN+fUHwowEQXAuGAwEIfyAAKAIAQQVHBEBBkIgBIAAQDUEADwsg",
  "ACgCBCIEQQJ0EAwhBQNAIAEgBEkEQCABQQJ0IgYgBWogACgCDCAGaigCACIIKAIAIQYCfyAIIAZBBEYNABogBkEHRwRAIAgQMwwB",
  "C0EAIAgoAgQiBkUNABogBkEBSwRAQaCJAUHQKkEAQQAQEAsgCCgCAEEGTwR/IAgoAhggCCgCBEcFQQALBEAgCBAOCyAIKAIMKAIA",
  "IgYoAgBBBEYEfyAGBSAGEDMLCyIGNgIAIAYEfyAGKAIEBUGMGSgCAEEBdgsgA2ohAyABQQFqIQEMAQsLIAMQDCIGIQADQCACIARJ",
  "BEAgBSACQQJ0aigCACIBBH8gACABKAIIIAEoAgT8CgAAIAAgASgCBGoFQQAhAQNAIAFBjBkoAgBBAXYiB0gEQCAAIAFqIAEgB08E",
  "f0F/BSABQQF0QZAZai8BAAs6AAAgAUEBaiEBDAELCyAAQYwZKAIAQQF2agshACACQQFqIQIMAQsLIAYgAxARCwoAIABBASABEGAL",
  "CgAgAEEAIAEQYAugAQEEfyAAKAIAQQRHBEBB0PcAIAAQDUEADwsgASgCAEEERwRAQcD4ACABEA1BAA8LIAEoAgQiAiAAKAIEIgRN",
  "BH8gACgCCCAEaiACayEFIAEoAgghBAJ/A0AgAiADSwRAQQAgAyAFai0AACADIARqLQAARw0CGiADQQFqIQMMAQsLQQELBUEACwRA",
  "IAAoAgggACgCBCABKAIEaxARDwsgAAuuAwEHfyAAKAIAQQRHBEBBsPkAIAAQDUEADwsgACgCCCEDIAAoAgQhAANAIAAgAksEfyAD",
  "IAIQGSIBQYDgAEYgAUGowABGIQUgAUGFAUYhBiABQSBGBH9BAQUgAUENTSABQQlPcQsgBnIgAUGgAUZyIAFBgC1GcgR/QQEFIAFB",
  "isAATSABQYDAAE9xCyAFciABQanAAEZyIAFBr8AARnIgAUHfwABGcnIFQQALBEACf0EBIAIgA2otAAAiAUGAAUkNABpBAiABQeAB",
  "SQ0AGkEDIAFB8AFJDQAaQQQLIAJqIQIMAQsLA0AgACACSwRAAkAgAEEBayEBA0AgASACSwR/IAEgA2otAABBwAFxQYABRgVBAAsE",
  "QCABQQFrIQEMAQsLIAMgARAZIgRBgOAARiAEQajAAEYhBiAEQYUBRiEHIARBIEYEf0EBBSAEQQ1NIARBCU9xCyAHciAEQaABRnIg",
  "BEGALUZyBH9BAQUgBEGKwABNIARBgMAAT3ELIAZyIARBqcAARnIgBEGvwABGciAEQd/AAEZyckUNACABIQAMAgsLCyACIANqIAAg",
  "AmsQEQtGAQF/IAAoAgBBBEcEQEGQ9AAgABANQQAPCyABKAIAQQRHBEBBgPUAIAEQDUEADwsgACgCCCICIAJBACAAKAIEIAEQXxAR",
  "C50BAQR/IAAoAgBBBEcEQEHw9QAgABANQQAPCyABKAIAQQRHBEBB4PYAIAEQDUEADwsgASgCBCIDIAAoAgRNBH8gACgCCCEEIAEo",
  "AgghBQJ/A0AgAiADSQRAQQAgAiAEai0AACACIAVqLQAARw0CGiACQQFqIQIMAQsLQQELBUEACwRAIAEoAgQiASAAKAIIaiAAKAIE",
  "IAFrEBEPCyAAC04BAX8gACgCAEEERwRAQbDyACAAEA1BAA8LIAEoAgBBBEcEQEGg8wAgARANQQAPCyAAKAIIIgIgAiAAKAIEIgAg",
  "ARBeIgFqIAAgAWsQEQtWAQJ/IAAoAgBBBEcEQEHQ8AAgABANQQAPCyABKAIAQQRHBEBBwPEAIAEQDUEADwsgACgCCCICIAAoAgQi",
  "AyABEF4iACACaiACIAAgAyABEF8gAGsQEQu9BgMCfAR/A34gACgCAEEERwRAQbD/ACAAEA1BAA8LIAEoAgBBA0cEQEGggAEgARAN",
  "QQAPCyABKAIEQQFHBH9BAQUgASsDCCIEnSAEYSAEIAShRAAAAAAAAAAAYXELRQRAIwIEQEGQgQFB0CpBAEEAEBALQQAPCyACKAIA",
  "QQNHBEBBwIIBIAIQDUEADwsgAigCBEEBRwR/QQEFIAIrAwgiBJ0gBGEgBCAEoUQAAAAAAAAAAGFxC0UEQCMCBEBBsIMBQdAqQQBB",
  "ABAQC0EADwsCfCACKAIEIgVFBEAgAikDCLkMAQsgBUECRgRAIAIoAggiCCgCAEEBayEFA0AgBUEATgRAIANEAAAAAAAA8EGiIAUg",
  "CCgCAEkEfyAIQQRqIAVBAnRqKAIABUEAC7igIQMgBUEBayEFDAELCyADmiADIAIoAgwbDAELIAIrAwgL/AYhCgJ8RAAAAAAAAAAA",
  "IQMgASgCBCICRQRAIAEpAwi5DAELIAJBAkYEQCABKAIIIgUoAgBBAWshAgNAIAJBAE4EQCADRAAAAAAAAPBBoiACIAUoAgBJBH8g",
  "BUEEaiACQQJ0aigCAAVBAAu4oCEDIAJBAWshAgwBCwsgA5ogAyABKAIMGwwBCyABKwMIC/wGIglCAFMEQCMCBEBB4IQBQdAqQQBB",
  "ABAQC0EADwsgACgCCCEBIAAoAgQhAEEAIQIDQCAAIAJLBEAgBkEBaiAGIAEgAmotAABBwAFxQYABRxshBiACQQFqIQIMAQsLIAat",
  "IgsgCVcEQCABQQAQEQ8LIAmnIQVBACECA0AgBSAHSyAAIAJLcQRAAn9BASABIAJqLQAAIgZBgAFJDQAaQQIgBkHgAUkNABpBAyAG",
  "QfABSQ0AGkEECyACaiECIAdBAWohBwwBCwsgAiAAIAAgAksbIQUgCkIAUyAJIAp8IAtZcgRAIAEgBWogACAFaxARDwsgCSAKfKch",
  "B0EAIQJBACEGA0AgBiAHSSAAIAJLcQRAAn9BASABIAJqLQAAIghBgAFJDQAaQQIgCEHgAUkNABpBAyAIQfABSQ0AGkEECyACaiEC",
  "IAZBAWohBgwBCwsgASAFaiACIAAgACACSxsgBWsQEQuLAQECfyAAKAIAQQRHBEBB0OkAIAAQDUEADwsgASgCAEEERwRAQcDqACAB",
  "EA1BAA8LQYgYQZAYIAEoAgQiAiAAKAIETQR/IAAoAgghAyABKAIIIQFBACEAAn8DQCAAIAJJBEBBACAAIANqLQAAIAAgAWotAABH",
  "DQIaIABBAWohAAwBCwtBAQsFQQALGwvnAgEIfyAAKAIAQQRHBEBB8O4AIAAQDUEADwsgASgCAEEERwRAQeDvACABEA1BAA8LQQAQ",
  "FyEDIAAoAgghBSAAKAIEIQYgASgCBCIJRQRAQQAhAANAIAAgBkkEQAJ/QQEgACAFaiIBLQAAIgJBgAFJDQAaQQIgAkHgAUkNABpB",
  "AyACQfABSQ0AGkEECyECIAMgASACEBEQFCAAIAJqIQAMAQsLIAMPC0EAIQADQCABKAIIIQcgACECAkAgCUUNACAGIAlJBEBBfyEC",
  "DAELA0AgAiAJaiAGTQRAIAIgBWoiCC0AACAHLQAARgR/QQAhBAJ/A0AgBCAJSQRAQQAgBCAIai0AACAEIAdqLQAARw0CGiAEQQFq",
  "IQQMAQsLQQELBUEACw0CIAJBAWohAgwBCwtBfyECCyACQQBOBEAgAyAAIAVqIAIgAGsQERAUIAIgCWohAAwBCwsgAyAAIAVqIAYg",
  "AGsQERAUIAML0QcBCn8gACgCAEEERwRAQaD6ACAAEA1BAA8LIAEoAgBBBEcEQEGQ+wAgARANQQAPCyACKAIAQQRHBEBBgPwAIAIQ",
  "DUEADwsgACgCCCEHIAAoAgQhBiABKAIEIghFBEBBACEBQQAhAANAIAAgBkkEQCABQQFqIAEgACAHai0AAEHAAXFBgAFHGyEBIABB",
  "AWohAAwBCwsgBiACKAIEIgMgAUEBamxqIgQQDCIFIQBBACEBA0AgACACKAIIIAP8CgAAIAEgBkkEQCAAIANqIQACf0EBIAEgB2oi",
  "CC0AACIJQYABSQ0AGkECIAlB4AFJDQAaQQMgCUHwAUkNABpBBAshCSAAIAggCfwKAAAgACAJaiEAIAEgCWohAQwBCwsgBSAEEBEP",
  "CyABKAIIIQkCQCAIRQ0AIAYgCEkEQEF/IQMMAQsDQCADIAhqIAZNBEAgAyAHaiIKLQAAIAktAABGBH9BACEEAn8DQCAEIAhJBEBB",
  "ACAEIApqLQAAIAQgCWotAABHDQIaIARBAWohBAwBCwtBAQsFQQALDQIgA0EBaiEDDAELC0F/IQMLA0AgA0EATgRAIAVBAWohBSAB",
  "KAIIIQkgAyAIaiEDAkAgCEUNACAGIAhJBEBBfyEDDAELA0AgAyAIaiAGTQRAIAMgB2oiCi0AACAJLQAARgR/QQAhBAJ/A0AgBCAI",
  "SQRAQQAgBCAKai0AACAEIAlqLQAARw0CGiAEQQFqIQQMAQsLQQELBUEACw0CIANBAWohAwwBCwtBfyEDCwwBCwsgBUUEQCAADwsg",
  "BiAFIAhsayAFIAIoAgRsaiIJEAwiCiEAQQAhBSABKAIIIQtBACEDAkAgCEUNACAGIAhJBEBBfyEDDAELA0AgAyAIaiAGTQRAIAMg",
  "B2oiDC0AACALLQAARgR/QQAhBAJ/A0AgBCAISQRAQQAgBCAMai0AACAEIAtqLQAARw0CGiAEQQFqIQQMAQsLQQELBUEACw0CIANB",
  "AWohAwwBCwtBfyEDCwNAIANBAE4EQCAAIAUgB2ogAyAFayIE/AoAACAAIARqIgAgAigCCCACKAIE/AoAACAAIAIoAgRqIQAgASgC",
  "CCELIAMgCGoiBSEDAkAgCEUNACAGIAhJBEBBfyEDDAELA0AgAyAIaiAGTQRAIAMgB2oiDC0AACALLQAARgR/QQAhBAJ/A0AgBCAI",
  "SQRAQQAgBCAMai0AACAEIAtqLQAARw0CGiAEQQFqIQQMAQsLQQELBUEACw0CIANBAWohAwwBCwtBfyEDCwwBCwsgACAFIAdqIAYg",
  "BWv8CgAAIAogCRARC68CAQd/IAAoAgBBBEcEQEHw/AAgABANQQAPCyABKAIAQQRHBEBB4P0AIAEQDUEADwsgASgCBEUEQCMCBEBB",
  "0P4AQdAqQQBBABAQC0EADwsCfyAAKAIIIQcgACgCBCEFIAEoAgghBkEAIAEoAgQiA0UNABpBfyADIAVLDQAaA0AgAiADaiAFTQRA",
  "IAIgAiAHaiIILQAAIAYtAABGBH9BACEBAn8DQCABIANJBEBBACABIAhqLQAAIAEgBmotAABHDQIaIAFBAWohAQwBCwtBAQsFQQAL",
  "DQIaIAJBAWohAgwBCwtBfwsiAUEASARAQn8QDw8LIAAoAgghAkEAIQADQCAAIAFJBEAgBEEBaiAEIAAgAmotAABBwAFxQYABRxsh",
  "BCAAQQFqIQAMAQsLIAStEA8LqAQDBX8CfgF8IAAgAUGwhQFBoIYBECkEQEEADwsgASgCBAR+QgAFIAEpAwgLIgdCCFIgB0ICUnEg",
  "B0IKUnEgB0IQUnEEQCMCBEBBkIcBQdAqQQBBABAQC0EADwsgACgCBCIBQQAgAUEBRxsEQCAHpyABQQJGBH8gACgCDEEARwUgACkD",
  "CEIAUwshBCAAEBUhAq0QIiEFIAIoAgBBBXRBIWoiARAMIQMgASEAA0AgAiAFEC4hAiADIABBAWsiAGojAyIGKAIABH8gBigCBAVB",
  "AAsiBkGsGCgCAEEBdk8Ef0F/BSAGQQF0QbAYai8BAAs6AAAgAigCAA0ACyAEBEAgAyAAQQFrIgBqQS06AAALIAAgA2ogASAAaxAR",
  "DwsgACgCBCIBBH4CfCABRQRAIAApAwi5DAELIAFBAkYEQCAAKAIIIgIoAgBBAWshAQNAIAFBAE4EQCAJRAAAAAAAAPBBoiABIAIo",
  "AgBJBH8gAkEEaiABQQJ0aigCAAVBAAu4oCEJIAFBAWshAQwBCwsgCZogCSAAKAIMGwwBCyAAKwMIC538BgUgACkDCAsiCEIAUyEB",
  "QgAgCH0gCCABGyEIQcIAEAwhAkHCACEAA0AgAiAAQQFrIgBqIAggB4KnIgNBrBgoAgBBAXZPBH9BfwUgA0EBdEGwGGovAQALOgAA",
  "IAggB4AiCEIAUg0ACyABBEAgAiAAQQFrIgBqQS06AAALIAAgAmpBwgAgAGsQEQuTAQECfyAAKAIAQQRHBEBBsOsAIAAQDUEADwsg",
  "ASgCAEEERwRAQaDsACABEA1BAA8LQYgYQZAYIAEoAgQiAiAAKAIEIgNNBH8gACgCCCADaiACayEDIAEoAgghAUEAIQACfwNAIAAg",
  "AkkEQEEAIAAgA2otAAAgACABai0AAEcNAhogAEEBaiEADAELC0EBCwVBAAsbC9YBAQV/IAAoAgBBBEcEQEHw5wAgABANQQAPCyAB",
  "KAIAQQRHBEBB4OgAIAEQDUEADwsgACgCCCEFIAAoAgQhAyABKAIIIQRBACEAAkAgASgCBCICRQ0AIAIgA0sEQEF/IQAMAQsDQCAA",
  "IAJqIANNBEAgACAFaiIGLQAAIAQtAABGBH9BACEBAn8DQCABIAJJBEBBACABIAZqLQAAIAEgBGotAABHDQIaIAFBAWohAQwBCwtB",
  "AQsFQQALDQIgAEEBaiEADAELC0F/IQALQYgYQZAYIABBAE4bC8sCAQZ/IAAoAgBBBEcEQEHA4wAgABANQQAPCyABKAIAQQVGBH9B",
  "AQUgASgCAEEHRgtFBEBBsOQAIAEQDUEADwsgASgCBCIFBH8gACgCBCAFQQFrbAVBAAshBgNAIAIgBUkEQCABKAIAQQZPBH8gASgC",
  "GCABKAIERwVBAAsEQCABEA4LIAEoAgwgAkECdGooAgAiAygCAEEERwRAQbDlAEHQ5gAgASADEDoaQQAPCyAGIAMoAgRqIQYgAkEB",
  "aiECDAELCyAGEAwiBCECA0AgBSAHSwRAIAcEQCACIAAoAgggACgCBPwKAAAgAiAAKAIEaiECCyABKAIAQQZPBH8gASgCGCABKAIE",
  "RwVBAAsEQCABEA4LIAIgASgCDCAHQQJ0aigCACIDKAIIIAMoAgT8CgAAIAIgAygCBGohAiAHQQFqIQcMAQsLIAQgBhARC94EAQR/",
  "IAEoAgAiA0EERgR/IABB/wFxIgRB9gBGIARB8wBGcgVBAAsEQCACBEAgAiABKAIIIAEoAgT8CgAACyABKAIEDwsgAEH/AXFB8QBG",
  "IANBBEZxBEAgASgCCCEFIAEoAgQhBEECIQBBACEBAkADQCABIARJBEBBfyEDIAEgBWotAAAiBkEgSSAGQf4AS3INAiAAQQJBASAG",
  "QdwARiAGQSJGchtqIQAgAUEBaiEBDAELCyAAIQMgAkUNACACQQFqIQAgAkEiOgAAQQAhAgNAIAIgBEkEQCACIAVqLQAAIgZB3ABG",
  "IAZBIkZyBH8gAEHcADoAACAAQQFqBSAACyIBQQFqIQAgASAGOgAAIAJBAWohAgwBCwsgAEEiOgAACyADDwsgA0EDRgR/IAEoAgRB",
  "AUcFQQALBH8gAEH/AXEiBEH2AEYgBEHkAEZyBH9BAQUgAEH/AXFB8wBGBH8gASgCBAVBAAsLBUEACwRAIAEgASgCBEECRgR/IAEo",
  "AggoAgBBCmxBBGoFQcAACxAMIgAQSiEBIAIEQCACIAAgAfwKAAALIAEPCyAAQf8BcUH2AEYgA0ECRnEEQCABKAIEQQBHIQEgAgRA",
  "QbAmQdAmIAEbIQNBACEAA0AgA0EUaygCEEEBdiIEIABKBEAgACACaiAAIARPBH9BfwUgAyAAQQF0ai8BAAs6AAAgAEEBaiEADAEL",
  "CwtBBEEFIAEbDwsgA0EGRiADQQVGciADQQdGciAAQf8BcUH2AEZxBEAgARAzIQAgAgRAIAIgACgCCCAAKAIE/AoAAAsgACgCBA8L",
  "QX8LWwEBfyAAKAIAQQRGBH8gASgCAEEFRgVBAAsEQCAAKAIIIAAoAgQgAUEAEGIiA0EATgRAIAMQDCECIAAoAgggACgCBCABIAIQ",
  "YhogAiADEBEPCwsgAiAAIAEQNwtWAQJ/IAAoAgBBBkYEQCAAKAIEIQQDQCADIARJBEAgACADEDAoAgBBBEcEQCMCBEBB0IoBQdAq",
  "QQBBABAQC0EADwsgA0EBaiEDDAELCwsgAiAAIAEQNwvPAQICfwF8IAAoAgBBA0YEfyAAKAIEIgFBAUYEf0QAAAAAAADgPwJ8IAFF",
  "BEAgACkDCLkMAQsgAUECRgRAIAAoAggiAigCAEEBayEBA0AgAUEATgRAIANEAAAAAAAA8EGiIAEgAigCAEkEfyACQQRqIAFBAnRq",
  "KAIABUEAC7igIQMgAUEBayEBDAELCyADmiADIAAoAgwbDAELIAArAwgLIgOhnJogA0QAAAAAAADgP6CcIANEAAAAAAAAAABjGxAY",
  "BSAACwVB4DwgABANQQALC8ABAQJ+IAAoAgBBA0cEQEGwPyAAEA1BAA8LIAEoAgBBA0cEQEGwwAAgARANQQAPCyAAKAIEBEAjAgRA",
  "QbDBAEHQKkEAQQAQEAtBAA8LIAEoAgQEQCMCBEBB4MIAQdAqQQBBABAQC0EADwsgACkDCCECIAEpAwghA0EAEBchACACIANXBEAD",
  "QCACIANXBEAgACACEA8QFCACQgF8IQIMAQsLBQNAIAIgA1kEQCAAIAIQDxAUIAJCAX0hAgwBCwsLIAALqwECAn8BfCAAKAIAQQNG",
  "BH8gACgCBEEBRwR/IAAFAnwgACgCBCIBRQRAIAApAwi5DAELIAFBAkYEQCAAKAIIIgIoAgBBAWshAQNAIAFBAE4EQCADRAAAAAAA",
  "APBBoiABIAIoAgBJBH8gAkEEaiABQQJ0aigCAAVBAAu4oCEDIAFBAWshAQwBCwsgA5ogAyAAKAIMGwwBCyAAKwMIC5wQGAsFQcA+",
  "IAAQDUEACwurAQICfwF8IAAoAgBBA0YEfyAAKAIEQQFHBH8gAAUCfCAAKAIEIgFFBEAgACkDCLkMAQsgAUECRgRAIAAoAggiAigC",
  "AEEBayEBA0AgAUEATgRAIANEAAAAAAAA8EGiIAEgAigCAEkEfyACQQRqIAFBAnRqKAIABUEAC7igIQMgAUEBayEBDAELCyADmiAD",
  "IAAoAgwbDAELIAArAwgLmxAYCwVB0D0gABANQQALC6sDAgJ/AXwgACgCAEEDRgR/An8gACgCBCIBQQFHBEAgAUECRgR/IAAoAgwF",
  "IAApAwhCAFMLBH8CfyAAKAIEBH9BAAUgACkDCEKAgICAgICAgIB/UgsEQEIAIAApAwh9EA8MAQsgACgCBEEBRwRAIAAQFSAAKAIE",
  "QQJGBH8gACgCDEEARwUgACkDCEIAUwtFEBsMAQsCfCAAKAIEIgFFBEAgACkDCLkMAQsgAUECRgRAIAAoAggiAigCAEEBayEBA0Ag",
  "AUEATgRAIANEAAAAAAAA8EGiIAEgAigCAEkEfyACQQRqIAFBAnRqKAIABUEAC7igIQMgAUEBayEBDAELCyADmiADIAAoAgwbDAEL",
  "IAArAwgLmhAYCwUgAAsMAQsCfCAAKAIEIgFFBEAgACkDCLkMAQsgAUECRgRAIAAoAggiAigCAEEBayEBA0AgAUEATgRAIANEAAAA",
  "AAAA8EGiIAEgAigCAEkEfyACQQRqIAFBAnRqKAIABUEAC7igIQMgAUEBayEBDAELCyADmiADIAAoAgwbDAELIAArAwgLmRAYCwVB",
  "gDwgABANQQALC6UFAQx/IAJCADcAACACQgA3AAhBEBAMIQogAUECTwR/IAAtAABBOkYFQQALBH8gAC0AAUE6RgVBAAsEf0ECIQVB",
  "AAVBfwshAwJAA0AgASAFSwRAAkAgBEEITg0DQQAhDEEAIQkgBSEGA0AgCUEESSENIAEgBUsEfyAAIAVqLQAAIg5BMGshCwJAIA5B",
  "OU0gDkEwT3ENACAOQdcAayELIA5B5gBNIA5B4QBPcQ0AIA5BN2shCyAOQcYATSAOQcEAT3ENAEF/IQsLIAtBAE4FQQALIA1xBEAg",
  "DEEEdCEMIAAgBWotAAAiDUEwayELAkAgDUE5TSANQTBPcQ0AIA1B1wBrIQsgDUHmAE0gDUHhAE9xDQAgDUE3ayELIA1BxgBNIA1B",
  "wQBPcQ0AQX8hCwsgCyAMciEMIAVBAWohBSAJQQFqIQkMAQsLIAEgBUsEfyAAIAVqLQAAQS5GBUEACwRAIARBBkoEf0EABSAAIAZq",
  "IAEgBmsgCiAEQQF0ahBjC0UNBCAKIARBAXRqIgAtAAIhASAALQADIQUgACAALQABIAAtAABBCHRyOwEAIAogBEEBakEBdGogAUEI",
  "dCAFcjsBACAEQQJqIQQMAQsgCUUNAyAKIARBAXRqIAw7AQAgBEEBaiEEIAEgBUYNACAAIAVqLQAAQTpHDQMgBUEBaiIFIAFJBH8g",
  "ACAFai0AAEE6RgVBAAsEQCADQQBODQQgBCEDIAVBAWohBQUgASAFRg0ECwwCCwsLIARBCEcgA0EASHENACAEQQdKIANBAE5xDQBB",
  "CCAEayEAA0AgBCAISgRAIAIgACAHaiAHIAMgCEYbIgFBAXRqIgUgCiAIQQF0ai8BACIGQQh2OgAAIAUgBjoAASABQQFqIQcgCEEB",
  "aiEIDAELC0EBDwtBAAv/AQEEfyAAKAIAQQRHBEBB4KQBIAAQDUEADwsgASgCAEEERwRAQeCkASABEA1BAA8LQRAQDCECQRAQDCED",
  "IAAgAhBkRQRAIAAoAgghASAAKAIEIQAjAgRAQeClAUHQKiABIAAQEAtBAA8LIyIjIyEEIAEgAxBkRQRAIAEoAgghACABKAIEIQEj",
  "AgRAQdCmAUHQKiAAIAEQEAtBAA8LIyJHBEBBkBgPC0GIGEGQGCMjIAROBH9BACEBAn8DQCABIARIBEBBAEGAASABQQdxdiIAIAFB",
  "A3UiBSACai0AAHEgAyAFai0AACAAcUcNAhogAUEBaiEBDAELC0EBCwVBAAsbC/gFAQx/IAAkGEEAJBcgAUECakEEdBAMJBZBACQZ",
  "IxYjF0EEdGoiAEEANgIAIABBADYCBCAAQQA2AgggAEEANgIMIxciAEEBaiQXQQAgASAAEGUiBEEASARAQQAPCyMXQQJ0EAwkGyMb",
  "Qf8BIxdBAnT8CwAjF0EBdEECakECdBAMJBwjF0ECdBAMIQAjF0ECdBAMIQFBACQdIABBACAEEGYhBwNAIAdBAEogAyAKS3EEQCAC",
  "IAoQGSELIAIgCmotAAAiBEGAAUkEf0EBBSAEQeABSQR/QQIFQQNBBCAEQfABSRsLCyAKaiEKQQAhBQJAIxVFDQAjFSgCBCEEQQAh",
  "BgNAIAQgBksEQEEBIQUjFSgCDCAGQQJ0aigCACIIKAIEBH8gCCgCCEEAEBkgC0YFQQALDQIgBkEBaiEGDAELC0EAIQULIAUhCCMd",
  "QQFqJB1BACEEQQAhDANAIAcgDEoEQCMWIAAgDEECdGooAgAiBkEEdGoiCSgCACENIAkoAgwhBSANQQFGBH8gCyAJKAIERgUgDUEC",
  "RgR/IAhFBSANQQNGBH8gBiEFIAhFBSANQQRGBH8gBiEFQQEFIA1BBUYiCSANQQZGcgR/IxYgBkEEdGoiBigCCCEPIAYoAgQhBiAJ",
  "An8DQCAGIA9JBEAjGCAGEBkiDSEJIxggBmotAAAiDkGAAUkEf0EBBSAOQeABSQR/QQIFQQNBBCAOQfABSRsLCyAGaiIGQQFqIA9J",
  "BH8jGCAGai0AAEEtRgVBAAsEQCMYIAZBAWoQGSEJIAYjGCAGai0AASIGQYABSQR/QQEFIAZB4AFJBH9BAgVBA0EEIAZB8AFJGwsL",
  "QQFqaiEGC0EBIAkgC08gCyANT3ENAhoMAQsLQQALRgVBAAsLCwsLBEAgASAEIAUQZiEECyAMQQFqIQwMAQsLIAAgASEAIQEgBCEH",
  "DAELC0EAIQEDQCABIAdIBEAjFiAAIAFBAnRqKAIAQQR0aigCAEUEQEEBDwsgAUEBaiEBDAELC0EAC8sDAQZ/IAAoAgBBBEcEQEHw",
  "iwEgABANQQAPCyABKAIAIghBBUcgCEEBR3EEQEHgjAEgARANQQAPCyAIQQVGBEADQCAFIAEoAgRJBEAgASgCDCAFQQJ0aigCACID",
  "KAIAIgRBBEcEQCMCBEBB8I0BAn8CQAJAAkACQAJAAkACQCAEQQFrDgYAAQIDBAUGC0HwJgwGC0GQLQwFC0HALQwEC0HgLQwDC0GA",
  "LgwCC0GgLgwBC0HALgtBAEEAEBALQQAPCyADKAIIIQYgAygCBCEHQQAhA0EAIQQDQCAEIAdJBEAgA0EBaiADIAQgBmotAABBwAFx",
  "QYABRxshAyAEQQFqIQQMAQsLIANBAUcEQCMCBEBBoI8BQdAqQQBBABAQC0EADwsgBUEBaiEFDAELCwsgAigCAEEERwRAQdCQASAC",
  "EA1BAA8LIAhBAUYEQEEAJBUFIAhBBUYEQCABKAIEBEAgASQVBUEBEBckFSMVQawZQQEQERAUCwVBAA8LC0EAJBogACgCCCAAKAIE",
  "IAIoAgggAigCBCMARQRAEAAkAAsjACEEEOYBIQAgBCQAIxoEQCMCBEBBwJEBQdAqQQBBABAQC0EADwtBiBhBkBggABsLFAEBf0EI",
  "EBciASAAQQAQFxBnIAEL5QEBBX8gACgCAEEHRwRAQbDSACAAEA1BAA8LQRwQDCIBQQBBHPwLACABQQc2AgAgACgCBCEDA0AgAiAD",
  "SQRAIAAoAgBBBk8EfyAAKAIYIAAoAgRHBUEACwRAIAAQDgsgACgCDCACQQJ0aigCACIEKAIAIgVBB0cEQCMCBEBBkNMAAn8CQAJA",
  "AkACQAJAAkACQCAFQQFrDgYAAQIDBAUGC0HwJgwGC0GQLQwFC0HALQwEC0HgLQwDC0GALgwCC0GgLgwBC0HALgtBAEEAEBALQQAP",
  "CyABIAQQOyACQQFqIQIMAQsLIAELUgEBfyAAKAIAQQdHBEBB8NAAIAAQDUEADwsgASgCAEEHRwRAQdDRACABEA1BAA8LQRwQDCIC",
  "QQBBHPwLACACQQc2AgAgAiAAEDsgAiABEDsgAgvaAgEDfyAAKAIAQQdHBEBBoNQAIAAQDUEADwsgACgCBCIDRQRAQRwQDCIAQQBB",
  "HPwLACAAQQc2AgAgAA8LA0AgASADSQRAIAAoAgBBBk8EfyAAKAIYIAAoAgRHBUEACwRAIAAQDgsgACgCDCABQQJ0aigCACgCACIC",
  "QQdHBEAjAgRAQZDVAAJ/AkACQAJAAkACQAJAAkAgAkEBaw4GAAECAwQFBgtB8CYMBgtBkC0MBQtBwC0MBAtB4C0MAwtBgC4MAgtB",
  "oC4MAQtBwC4LQQBBABAQC0EADwsgAUEBaiEBDAELCyAAKAIAQQZPBH8gACgCGCAAKAIERwVBAAsEQCAAEA4LIAAoAgwoAgAhAkEB",
  "IQEDQCABIANJBEAgACgCAEEGTwR/IAAoAhggACgCBEcFQQALBEAgABAOCyACIAAoAgwgAUECdGooAgAQaCECIAFBAWohAQwBCwsg",
  "Ags0ACAAKAIAQQZHBEBBkNgAIAAQDUEADwsgASgCAEEGRwRAQZDZACABEA1BAA8LIAAgARBpC8wCAQV/IAAoAgBBBkcEQEGQ2gAg",
  "ABANQQAPCyABKAIAIgNBB0cgA0EFR3EgA0EGR3EEQEGQ2wAgARANQQAPC0EcEAwiBEEAQRz8CwAgBEEHNgIAIAEoAgQhAwNAIAIg",
  "A0kEQCABKAIAQQZPBH8gASgCGCABKAIERwVBAAsEQCABEA4LIAQgASgCDCACQQJ0aigCABAfIAJBAWohAgwBCwtBHBAMIgJBAEEc",
  "/AsAIAJBBjYCACAAKAIEIQVBACEBA0AgASAFSQRAIAAoAgBBBk8EfyAAKAIYIAAoAgRHBUEACwRAIAAQDgtBfyAEIAAoAgwgAUEC",
  "dGooAgAiAxAaIgYgBkEASBtBAEgEQCAAKAIAQQZPBH8gACgCGCAAKAIERwVBAAsEQCAAEA4LIAIgAyAAKAIQIAFBAnRqKAIAEBYL",
  "IAFBAWohAQwBCwsgAgt9AQN/IAAoAgBBBkcEQEGg1wAgABANQQAPC0EcEAwiAUEAQRz8CwAgAUEHNgIAIAAoAgQhAwNAIAIgA0kE",
  "QCAAKAIAQQZPBH8gACgCGCAAKAIERwVBAAsEQCAAEA4LIAEgACgCDCACQQJ0aigCABAfIAJBAWohAgwBCwsgAQuHAQEDfyAAKAIA",
  "QQZHBEBBsNYAIAAQDUEADwsgASgCAEEFRgRAIAEoAgQhBQNAIAMgBUkEQCAAKAIAIgRBBUcgBEEGR3EgBEEHR3EEQCACDwsgACAB",
  "KAIMIANBAnRqKAIAEDEiAEUEQCACDwsgA0EBaiEDDAELCyAADwsgACABECAiACACIAAbC6kEAwJ8An8DfiAAKAIAQQVHBEBBkN4A",
  "IAAQDUEADwsgASgCAEEDRwRAQYDfACABEA1BAA8LIAEoAgRBAUcEf0EBBSABKwMIIgSdIARhIAQgBKFEAAAAAAAAAABhcQtFBEAj",
  "AgRAQfDfAEHQKkEAQQAQEAtBAA8LIAIoAgBBA0cEQEGg4QAgAhANQQAPCyACKAIEQQFHBH9BAQUgAisDCCIEnSAEYSAEIAShRAAA",
  "AAAAAAAAYXELRQRAIwIEQEGQ4gBB0CpBAEEAEBALQQAPCwJ8IAEoAgQiBUUEQCABKQMIuQwBCyAFQQJGBEAgASgCCCIGKAIAQQFr",
  "IQUDQCAFQQBOBEAgA0QAAAAAAADwQaIgBSAGKAIASQR/IAZBBGogBUECdGooAgAFQQALuKAhAyAFQQFrIQUMAQsLIAOaIAMgASgC",
  "DBsMAQsgASsDCAuc/AYiB0IAIAdCAFkbIQcgADUCBCIIAnxEAAAAAAAAAAAhAyACKAIEIgFFBEAgAikDCLkMAQsgAUECRgRAIAIo",
  "AggiBSgCAEEBayEBA0AgAUEATgRAIANEAAAAAAAA8EGiIAEgBSgCAEkEfyAFQQRqIAFBAnRqKAIABUEAC7igIQMgAUEBayEBDAEL",
  "CyADmiADIAIoAgwbDAELIAIrAwgLnPwGIgkgCCAJUxshCEEAEBchAQNAIAcgCFMEQCABIAAoAgwgB6dBAnRqKAIAEBQgB0IBfCEH",
  "DAELCyABC5cBAQJ/IAAoAgBBBUcEQEGw3AAgABANQQAPCyABKAIAQQVHBEBBoN0AIAEQDUEADwsgACgCBCABKAIEahAXIQIDQCAD",
  "IAAoAgRJBEAgAiAAKAIMIANBAnRqKAIAEBQgA0EBaiEDDAELC0EAIQADQCAAIAEoAgRJBEAgAiABKAIMIABBAnRqKAIAEBQgAEEB",
  "aiEADAELCyACCwgAIABBABBqC7oBAQN/IAAoAgBBBUYEf0EBBSAAKAIAQQdGC0UEQEGwzgAgABANQQAPCyAAKAIEIgIQFyEBA0Ag",
  "AiADSwRAIAAoAgBBBk8EfyAAKAIYIAAoAgRHBUEACwRAIAAQDgsgASAAKAIMIANBAnRqKAIAEBQgA0EBaiEDDAELCyAAKAIAQQdG",
  "BEAgAQ8LIAEoAgBBBk8EfyABKAIYIAEoAgRHBUEACwRAIAEQDgsgASgCDCACIAJBAnQQDBA8IAELCAAgAEEBEGoLCAAgAEEAEGsL",
  "CAAgAEEBEGsLfQEDfyAAKAIAIgJBBEYEQCAAKAIIIQMgACgCBCECQQAhAANAIAAgAkkEQCABQQFqIAEgACADai0AAEHAAXFBgAFH",
  "GyEBIABBAWohAAwBCwsgAa0QDw8LIAJBB0YgAkEFRnIgAkEGRnIEQCAANQIEEA8PC0GQxAAgABANQQALC5aoAZ0BAEGACAuAEAAA",
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
  "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAEGAGAsIAQAAAAAAAAAAQYgYCwgCAAAAAQAAAABBkBgLCAIAAAAAAAAAAEGcGAtAPAAAAAAA",
  "AAAAAAAAAgAAACAAAAAwADEAMgAzADQANQA2ADcAOAA5AGEAYgBjAGQAZQBmAAAAAAAAAAAAAAAAAABB4BgLGAAAAAAAAAAAAAAA",
  "AAAAAAAAAAAAAAAAAABB/BgLMCwAAAAAAAAAAAAAAAIAAAAWAAAAPAB1AG4AZABlAGYAaQBuAGUAZAA+AAAAAAAAAABBrBkLAS4A",
  "QbwZC7ACLAEAAAAAAAAAAAAAAgAAABABAABvAHUAdAAgAG8AZgAgAG0AZQBtAG8AcgB5ADoAIAB0AGgAZQAgAHAAbwBsAGkAYwB5",
  "ACAAbgBlAGUAZABzACAAbQBvAHIAZQAgAG0AZQBtAG8AcgB5ACAAdABoAGEAbgAgAHQAaABlACAAVwBlAGIAQQBzAHMAZQBtAGIA",
  "bAB5AC4ATQBlAG0AbwByAHkAIABhAGwAbABvAHcAcwAgACgAcgBhAGkAcwBlACAAaQB0AHMAIABtAGEAeABpAG0AdQBtACwAIABv",
  "AHIAIAByAGUAZAB1AGMAZQAgAHQAaABlACAAZABhAHQAYQAgAHQAaABlACAAcABvAGwAaQBjAHkAIABiAHUAaQBsAGQAcwApAAAA",
  "AAAAAAAAAAAAAABB8BsLuAWIAhwIoNWP+na/PqJ/4a66dqxVMCD7FovqNc5dSolCzy07ZVWqsGua30UaPQPPGubKxprHF/5wq0/c",
  "vL78sXf/DNZrQe+RVr48/H+QrR/QjYOaVTEoXFHTtcmmrY+scZ3Li+4jdyKc6m1TeECRScyuV862XXkSPII3VvtNNpQQwk+YSDhv",
  "6paQxzqCJcuFdNf0l7+Xzc+GoOWsKheYCjTvjrI1KvtnOLI7P8bS39TIhLrN0xonRN3Flsklu86fa5OEpWJ9JGys2/baXw1YZquj",
  "JvHD3pP44vO4gP+qqK21tYtKfGwFX2KHUzDBNGD/vMlVJrqRjIVOlr1+KXAkd/nfj7jluJ+936aUfXSIz1+p+M+bqI+TcES5axUP",
  "v/jwCIq2MTFlVSWwzax/e9DG4j+ZBjsrKsQQXOTTknNpmSQkqg7KAIPytYf96xoRkmQI5bzMiFBvCcy8jCxlGeJYF7fRAAAAAAAA",
  "QJwAAAAAEKXU6AAAYqzF63ithAmU+Hg5P4GzFQfJe86XwHBc6nvOMn6PaIDpq6Q40tVFIpoXJidPnyf7xNQxomPtqK3IjDhl3rDb",
  "ZasajgjHg5odcUL5HV3EWOcbpixpTZLqjXAaZO4B2kp375qZo22ihWt9tHt4CfJ3GN15oeRUtMLFm1uShluGPV2WyMVTNcizoJf6",
  "XLQqleNfoJm9n0beJYw52zTCm6Vcn5ijcprG9s6+6VRTv9y34kEi8hfz/IileFzTm84gzN9TIXvzWhaYOjAfl9y1oOKWs+NcU9HZ",
  "qDxEp6TZfJv7EESkp0xMdrsanEC2746riyyEV6YQ7x/QKTGR6eWkEJudDJyh+5sQ5yn0O2LZICishc+nel5LRIAt3awDQOQhv4//",
  "RF4vnGeOQbiMnJ0XM9SpG+O0ktsZntl337puv5bra+7wmzsCh68AQaghC64BPPtX+3L7jPun+8H73Pv2+xH8LPxG/GH8e/yW/LH8",
  "y/zm/AD9G/01/VD9a/2F/aD9uv3V/e/9Cv4l/j/+Wv50/o/+qf7E/t/++f4U/y7/Sf9j/37/mf+z/87/6P8DAB4AOABTAG0AiACi",
  "AL0A2ADyAA0BJwFCAVwBdwGSAawBxwHhAfwBFgIxAkwCZgKBApsCtgLQAusCBgMgAzsDVQNwA4sDpQPAA9oD9QMPBCoEAEHYIgso",
  "AQAAAAoAAABkAAAA6AMAABAnAACghgEAQEIPAICWmAAA4fUFAMqaOwBBgCMLkAMwADAAMAAxADAAMgAwADMAMAA0ADAANQAwADYA",
  "MAA3ADAAOAAwADkAMQAwADEAMQAxADIAMQAzADEANAAxADUAMQA2ADEANwAxADgAMQA5ADIAMAAyADEAMgAyADIAMwAyADQAMgA1",
  "ADIANgAyADcAMgA4ADIAOQAzADAAMwAxADMAMgAzADMAMwA0ADMANQAzADYAMwA3ADMAOAAzADkANAAwADQAMQA0ADIANAAzADQA",
  "NAA0ADUANAA2ADQANwA0ADgANAA5ADUAMAA1ADEANQAyADUAMwA1ADQANQA1ADUANgA1ADcANQA4ADUAOQA2ADAANgAxADYAMgA2",
  "ADMANgA0ADYANQA2ADYANgA3ADYAOAA2ADkANwAwADcAMQA3ADIANwAzADcANAA3ADUANwA2ADcANwA3ADgANwA5ADgAMAA4ADEA",
  "OAAyADgAMwA4ADQAOAA1ADgANgA4ADcAOAA4ADgAOQA5ADAAOQAxADkAMgA5ADMAOQA0ADkANQA5ADYAOQA3ADkAOAA5ADkAAEGc",
  "JgsgHAAAAAAAAAAAAAAAAgAAAAgAAAB0AHIAdQBlAAAAAAAAQbwmCyAcAAAAAAAAAAAAAAACAAAACgAAAGYAYQBsAHMAZQAAAABB",
  "3CYLIBwAAAAAAAAAAAAAAAIAAAAIAAAAbgB1AGwAbAAAAAAAAEGAJwu4AQAAAAAAAPA/AAAAAAAAJEAAAAAAAABZQAAAAAAAQI9A",
  "AAAAAACIw0AAAAAAAGr4QAAAAACAhC5BAAAAANASY0EAAAAAhNeXQQAAAABlzc1BAAAAIF+gAkIAAADodkg3QgAAAKKUGm1CAABA",
  "5ZwwokIAAJAexLzWQgAANCb1awxDAIDgN3nDQUMAoNiFVzR2QwDITmdtwatDAD2RYORY4UNAjLV4Ha8VRFDv4tbkGktEktVNBs/w",
  "gEQAQbwoCyAcAAAAAAAAAAAAAAACAAAABgAAAHUAMAAwAAAAAAAAAABB3CgLIBwAAAAAAAAAAAAAAAIAAAAKAAAAcwBlAHQAKAAp",
  "AAAAAEH8KAtgXAAAAAAAAAAAAAAAAgAAAEoAAABvAHAAYQBfAGUAdgBhAGwAOgAgAHQAaABlACAAaQBuAHAAdQB0ACAAaQBzACAA",
  "bgBvAHQAIAB2AGEAbABpAGQAIABKAFMATwBOAAAAAEHcKQtgXAAAAAAAAAAAAAAAAgAAAEgAAABpAGwAbABlAGcAYQBsACAAbgB1",
  "AG0AYgBlAHIAIABsAGkAdABlAHIAYQBsACAAaQBuACAAdABoAGUAIABwAG8AbABpAGMAeQAAAAAAAEG8KgsgHAAAAAAAAAAAAAAA",
  "AgAAAAAAAAAAAAAAAAAAAAAAAAAAQdwqCyAcAAAAAAAAAAAAAAACAAAAAgAAADoAAAAAAAAAAAAAAABB/CoLIBwAAAAAAAAAAAAA",
  "AAIAAAAEAAAAOgAgAAAAAAAAAAAAAEGcKwtwbAAAAAAAAAAAAAAAAgAAAE4AAABwAGwAdQBzADoAIABvAHAAZQByAGEAbgBkACAA",
  "MQAgAG0AdQBzAHQAIABiAGUAIABuAHUAbQBiAGUAcgAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAAAAAAAAAAABBjCwLcGwAAAAA",
  "AAAAAAAAAAIAAABOAAAAcABsAHUAcwA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAbgB1AG0AYgBlAHIA",
  "IABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAAAAAAAAAAQfwsCzAsAAAAAAAAAAAAAAACAAAADgAAAGIAbwBvAGwAZQBhAG4AAAAA",
  "AAAAAAAAAAAAAAAAQawtCyAcAAAAAAAAAAAAAAACAAAADAAAAG4AdQBtAGIAZQByAABBzC0LIBwAAAAAAAAAAAAAAAIAAAAMAAAA",
  "cwB0AHIAaQBuAGcAAEHsLQsgHAAAAAAAAAAAAAAAAgAAAAoAAABhAHIAcgBhAHkAAAAAQYwuCyAcAAAAAAAAAAAAAAACAAAADAAA",
  "AG8AYgBqAGUAYwB0AABBrC4LIBwAAAAAAAAAAAAAAAIAAAAGAAAAcwBlAHQAAAAAAAAAAEHMLguAAXwAAAAAAAAAAAAAAAIAAABs",
  "AAAAbQBpAG4AdQBzADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABvAG4AZQAgAG8AZgAgAHsAbgB1AG0A",
  "YgBlAHIALAAgAHMAZQB0AH0AIABiAHUAdAAgAGcAbwB0ACAAAEHMLwtgXAAAAAAAAAAAAAAAAgAAAEoAAABtAGkAbgB1AHMAOgAg",
  "AG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAHMAZQB0ACAAYgB1AHQAIABnAG8AdAAgAAAAAEGsMAtwbAAAAAAA",
  "AAAAAAAAAgAAAFAAAABtAGkAbgB1AHMAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAG4AdQBtAGIAZQBy",
  "ACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAAAAAAAAAABBnDELYFwAAAAAAAAAAAAAAAIAAABMAAAAbQB1AGwAOgAgAG8AcABlAHIA",
  "YQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAgAABB/DELYFwAAAAAAAAAAAAA",
  "AAIAAABMAAAAbQB1AGwAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAG4AdQBtAGIAZQByACAAYgB1AHQA",
  "IABnAG8AdAAgAABB3DILYFwAAAAAAAAAAAAAAAIAAABMAAAAZABpAHYAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAg",
  "AGIAZQAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAgAABBvDMLYFwAAAAAAAAAAAAAAAIAAABMAAAAZABpAHYAOgAgAG8A",
  "cABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAgAABBnDQLQDwAAAAA",
  "AAAAAAAAAAIAAAAmAAAAZABpAHYAOgAgAGQAaQB2AGkAZABlACAAYgB5ACAAegBlAHIAbwAAAAAAAAAAQdw0C2BcAAAAAAAAAAAA",
  "AAACAAAATAAAAHIAZQBtADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABuAHUAbQBiAGUAcgAgAGIAdQB0",
  "ACAAZwBvAHQAIAAAQbw1C2BcAAAAAAAAAAAAAAACAAAATAAAAHIAZQBtADoAIABvAHAAZQByAGEAbgBkACAAMgAgAG0AdQBzAHQA",
  "IABiAGUAIABuAHUAbQBiAGUAcgAgAGIAdQB0ACAAZwBvAHQAIAAAQZw2C2BcAAAAAAAAAAAAAAACAAAASAAAAHIAZQBtADoAIABt",
  "AG8AZAB1AGwAbwAgAG8AbgAgAGYAbABvAGEAdABpAG4AZwAtAHAAbwBpAG4AdAAgAG4AdQBtAGIAZQByAAAAAAAAQfw2C0A8AAAA",
  "AAAAAAAAAAACAAAAJgAAAHIAZQBtADoAIABtAG8AZAB1AGwAbwAgAGIAeQAgAHoAZQByAG8AAAAAAAAAAEG8NwsgHAAAAAAAAAAA",
  "AAAAAgAAAAYAAABuAGEAbgAAAAAAAAAAQdw3CyAcAAAAAAAAAAAAAAACAAAABgAAAGkAbgBmAAAAAAAAAABB/DcLMCwAAAAAAAAA",
  "AAAAAAIAAAAQAAAAaQBuAGYAaQBuAGkAdAB5AAAAAAAAAAAAAAAAAABBrDgLoAGcAAAAAAAAAAAAAAACAAAAggAAAHQAbwBfAG4A",
  "dQBtAGIAZQByADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABhACAAZgBpAG4AaQB0AGUAIABuAHUAbQBi",
  "AGUAcgAsACAAbgBvAHQAIABOAGEATgAgAG8AcgAgAGkAbgBmAGkAbgBpAHQAeQAAAAAAAAAAAAAAAEHMOQtwbAAAAAAAAAAAAAAA",
  "AgAAAFoAAAB0AG8AXwBuAHUAbQBiAGUAcgA6ACAAcwB0AHIAYwBvAG4AdgAuAFAAYQByAHMAZQBGAGwAbwBhAHQAOgAgAGkAbgB2",
  "AGEAbABpAGQAIABzAHkAbgB0AGEAeAAAAABBvDoLsAGsAAAAAAAAAAAAAAACAAAAmAAAAHQAbwBfAG4AdQBtAGIAZQByADoAIABv",
  "AHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABvAG4AZQAgAG8AZgAgAHsAbgB1AGwAbAAsACAAYgBvAG8AbABlAGEA",
  "bgAsACAAbgB1AG0AYgBlAHIALAAgAHMAdAByAGkAbgBnAH0AIABiAHUAdAAgAGcAbwB0ACAAAAAAAABB7DsLYFwAAAAAAAAAAAAA",
  "AAIAAABMAAAAYQBiAHMAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAG4AdQBtAGIAZQByACAAYgB1AHQA",
  "IABnAG8AdAAgAABBzDwLcGwAAAAAAAAAAAAAAAIAAABQAAAAcgBvAHUAbgBkADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBz",
  "AHQAIABiAGUAIABuAHUAbQBiAGUAcgAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAAAAAAAAAQbw9C3BsAAAAAAAAAAAAAAACAAAA",
  "TgAAAGMAZQBpAGwAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABn",
  "AG8AdAAgAAAAAAAAAAAAAAAAAAAAAEGsPgtwbAAAAAAAAAAAAAAAAgAAAFAAAABmAGwAbwBvAHIAOgAgAG8AcABlAHIAYQBuAGQA",
  "IAAxACAAbQB1AHMAdAAgAGIAZQAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAAAAAAAAAABBnD8LgAF8AAAA",
  "AAAAAAAAAAACAAAAYgAAAG4AdQBtAGIAZQByAHMALgByAGEAbgBnAGUAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAg",
  "AGIAZQAgAGkAbgB0AGUAZwBlAHIAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAAAABBnMAAC4ABfAAAAAAAAAAAAAAAAgAAAGIA",
  "AABuAHUAbQBiAGUAcgBzAC4AcgBhAG4AZwBlADoAIABvAHAAZQByAGEAbgBkACAAMgAgAG0AdQBzAHQAIABiAGUAIABpAG4AdABl",
  "AGcAZQByACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAAAAAAAAQZzBAAuwAawAAAAAAAAAAAAAAAIAAACaAAAAbgB1AG0AYgBlAHIA",
  "cwAuAHIAYQBuAGcAZQA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAaQBuAHQAZQBnAGUAcgAgAG4AdQBt",
  "AGIAZQByACAAYgB1AHQAIABnAG8AdAAgAGYAbABvAGEAdABpAG4AZwAtAHAAbwBpAG4AdAAgAG4AdQBtAGIAZQByAAAAAEHMwgAL",
  "sAGsAAAAAAAAAAAAAAACAAAAmgAAAG4AdQBtAGIAZQByAHMALgByAGEAbgBnAGUAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1",
  "AHMAdAAgAGIAZQAgAGkAbgB0AGUAZwBlAHIAIABuAHUAbQBiAGUAcgAgAGIAdQB0ACAAZwBvAHQAIABmAGwAbwBhAHQAaQBuAGcA",
  "LQBwAG8AaQBuAHQAIABuAHUAbQBiAGUAcgAAAABB/MMAC6ABnAAAAAAAAAAAAAAAAgAAAIoAAABjAG8AdQBuAHQAOgAgAG8AcABl",
  "AHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAG8AbgBlACAAbwBmACAAewBhAHIAcgBhAHkALAAgAG8AYgBqAGUAYwB0ACwA",
  "IABzAGUAdAAsACAAcwB0AHIAaQBuAGcAfQAgAGIAdQB0ACAAZwBvAHQAIAAAAABBnMUAC5ABjAAAAAAAAAAAAAAAAgAAAG4AAABw",
  "AHIAbwBkAHUAYwB0ADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABvAG4AZQAgAG8AZgAgAHsAcwBlAHQA",
  "LAAgAGEAcgByAGEAeQB9ACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAAAAAAAAAAAAAEGsxgALgAF8AAAAAAAAAAAAAAACAAAAZgAA",
  "AHMAdQBtADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABvAG4AZQAgAG8AZgAgAHsAcwBlAHQALAAgAGEA",
  "cgByAGEAeQB9ACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAABBrMcAC6ABnAAAAAAAAAAAAAAAAgAAAIoAAABwAHIAbwBkAHUAYwB0",
  "ADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABhAHIAcgBhAHkAIABvAGYAIABuAHUAbQBiAGUAcgBzACAA",
  "YgB1AHQAIABnAG8AdAAgAGEAcgByAGEAeQAgAGMAbwBuAHQAYQBpAG4AaQBuAGcAIAAAAABBzMgAC6ABnAAAAAAAAAAAAAAAAgAA",
  "AIIAAABwAHIAbwBkAHUAYwB0ADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABzAGUAdAAgAG8AZgAgAG4A",
  "dQBtAGIAZQByAHMAIABiAHUAdAAgAGcAbwB0ACAAcwBlAHQAIABjAG8AbgB0AGEAaQBuAGkAbgBnACAAAAAAAAAAAAAAAABB7MkA",
  "C6ABnAAAAAAAAAAAAAAAAgAAAIIAAABzAHUAbQA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAYQByAHIA",
  "YQB5ACAAbwBmACAAbgB1AG0AYgBlAHIAcwAgAGIAdQB0ACAAZwBvAHQAIABhAHIAcgBhAHkAIABjAG8AbgB0AGEAaQBuAGkAbgBn",
  "ACAAAAAAAAAAAAAAAABBjMsAC5ABjAAAAAAAAAAAAAAAAgAAAHoAAABzAHUAbQA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUA",
  "cwB0ACAAYgBlACAAcwBlAHQAIABvAGYAIABuAHUAbQBiAGUAcgBzACAAYgB1AHQAIABnAG8AdAAgAHMAZQB0ACAAYwBvAG4AdABh",
  "AGkAbgBpAG4AZwAgAAAAAEGczAALgAF8AAAAAAAAAAAAAAACAAAAZgAAAG0AYQB4ADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0A",
  "dQBzAHQAIABiAGUAIABvAG4AZQAgAG8AZgAgAHsAcwBlAHQALAAgAGEAcgByAGEAeQB9ACAAYgB1AHQAIABnAG8AdAAgAAAAAAAA",
  "AABBnM0AC4ABfAAAAAAAAAAAAAAAAgAAAGYAAABtAGkAbgA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAA",
  "bwBuAGUAIABvAGYAIAB7AHMAZQB0ACwAIABhAHIAcgBhAHkAfQAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAQZzOAAuAAXwAAAAA",
  "AAAAAAAAAAIAAABoAAAAcwBvAHIAdAA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAbwBuAGUAIABvAGYA",
  "IAB7AHMAZQB0ACwAIABhAHIAcgBhAHkAfQAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAEGczwALYFwAAAAAAAAAAAAAAAIAAABGAAAA",
  "YQBuAGQAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAHMAZQB0ACAAYgB1AHQAIABnAG8AdAAgAAAAAAAA",
  "AABB/M8AC2BcAAAAAAAAAAAAAAACAAAARgAAAGEAbgBkADoAIABvAHAAZQByAGEAbgBkACAAMgAgAG0AdQBzAHQAIABiAGUAIABz",
  "AGUAdAAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAQdzQAAtgXAAAAAAAAAAAAAAAAgAAAEQAAABvAHIAOgAgAG8AcABlAHIAYQBu",
  "AGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAHMAZQB0ACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAAAAAEG80QALYFwAAAAAAAAAAAAA",
  "AAIAAABEAAAAbwByADoAIABvAHAAZQByAGEAbgBkACAAMgAgAG0AdQBzAHQAIABiAGUAIABzAGUAdAAgAGIAdQB0ACAAZwBvAHQA",
  "IAAAAAAAAAAAAABBnNIAC2BcAAAAAAAAAAAAAAACAAAASgAAAHUAbgBpAG8AbgA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUA",
  "cwB0ACAAYgBlACAAcwBlAHQAIABiAHUAdAAgAGcAbwB0ACAAAAAAQfzSAAuQAYwAAAAAAAAAAAAAAAIAAAB4AAAAdQBuAGkAbwBu",
  "ADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABzAGUAdAAgAG8AZgAgAHMAZQB0AHMAIABiAHUAdAAgAGcA",
  "bwB0ACAAcwBlAHQAIABjAG8AbgB0AGEAaQBuAGkAbgBnACAAAAAAAABBjNQAC3BsAAAAAAAAAAAAAAACAAAAWAAAAGkAbgB0AGUA",
  "cgBzAGUAYwB0AGkAbwBuADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABzAGUAdAAgAGIAdQB0ACAAZwBv",
  "AHQAIAAAAAAAAEH81AALoAGcAAAAAAAAAAAAAAACAAAAhgAAAGkAbgB0AGUAcgBzAGUAYwB0AGkAbwBuADoAIABvAHAAZQByAGEA",
  "bgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABzAGUAdAAgAG8AZgAgAHMAZQB0AHMAIABiAHUAdAAgAGcAbwB0ACAAcwBlAHQAIABj",
  "AG8AbgB0AGEAaQBuAGkAbgBnACAAAAAAAAAAAEGc1gALcGwAAAAAAAAAAAAAAAIAAABaAAAAbwBiAGoAZQBjAHQALgBnAGUAdAA6",
  "ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAbwBiAGoAZQBjAHQAIABiAHUAdAAgAGcAbwB0ACAAAAAAQYzX",
  "AAtwbAAAAAAAAAAAAAAAAgAAAFwAAABvAGIAagBlAGMAdAAuAGsAZQB5AHMAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMA",
  "dAAgAGIAZQAgAG8AYgBqAGUAYwB0ACAAYgB1AHQAIABnAG8AdAAgAABB/NcAC4ABfAAAAAAAAAAAAAAAAgAAAF4AAABvAGIAagBl",
  "AGMAdAAuAHUAbgBpAG8AbgA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAbwBiAGoAZQBjAHQAIABiAHUA",
  "dAAgAGcAbwB0ACAAAAAAAAAAAAAAAAAAAAAAQfzYAAuAAXwAAAAAAAAAAAAAAAIAAABeAAAAbwBiAGoAZQBjAHQALgB1AG4AaQBv",
  "AG4AOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAG8AYgBqAGUAYwB0ACAAYgB1AHQAIABnAG8AdAAgAAAA",
  "AAAAAAAAAAAAAAAAAEH82QALgAF8AAAAAAAAAAAAAAACAAAAYAAAAG8AYgBqAGUAYwB0AC4AcgBlAG0AbwB2AGUAOgAgAG8AcABl",
  "AHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAG8AYgBqAGUAYwB0ACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAAAAAAAAAABB",
  "/NoAC6ABnAAAAAAAAAAAAAAAAgAAAIoAAABvAGIAagBlAGMAdAAuAHIAZQBtAG8AdgBlADoAIABvAHAAZQByAGEAbgBkACAAMgAg",
  "AG0AdQBzAHQAIABiAGUAIABvAG4AZQAgAG8AZgAgAHsAbwBiAGoAZQBjAHQALAAgAHMAZQB0ACwAIABhAHIAcgBhAHkAfQAgAGIA",
  "dQB0ACAAZwBvAHQAIAAAAABBnNwAC3BsAAAAAAAAAAAAAAACAAAAXAAAAGEAcgByAGEAeQAuAGMAbwBuAGMAYQB0ADoAIABvAHAA",
  "ZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABhAHIAcgBhAHkAIABiAHUAdAAgAGcAbwB0ACAAAEGM3QALcGwAAAAAAAAA",
  "AAAAAAIAAABcAAAAYQByAHIAYQB5AC4AYwBvAG4AYwBhAHQAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAg",
  "AGEAcgByAGEAeQAgAGIAdQB0ACAAZwBvAHQAIAAAQfzdAAtwbAAAAAAAAAAAAAAAAgAAAFoAAABhAHIAcgBhAHkALgBzAGwAaQBj",
  "AGUAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAGEAcgByAGEAeQAgAGIAdQB0ACAAZwBvAHQAIAAAAABB",
  "7N4AC3BsAAAAAAAAAAAAAAACAAAAXAAAAGEAcgByAGEAeQAuAHMAbABpAGMAZQA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUA",
  "cwB0ACAAYgBlACAAbgB1AG0AYgBlAHIAIABiAHUAdAAgAGcAbwB0ACAAAEHc3wALsAGsAAAAAAAAAAAAAAACAAAAlgAAAGEAcgBy",
  "AGEAeQAuAHMAbABpAGMAZQA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAaQBuAHQAZQBnAGUAcgAgAG4A",
  "dQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAgAGYAbABvAGEAdABpAG4AZwAtAHAAbwBpAG4AdAAgAG4AdQBtAGIAZQByAAAAAAAA",
  "AABBjOEAC3BsAAAAAAAAAAAAAAACAAAAXAAAAGEAcgByAGEAeQAuAHMAbABpAGMAZQA6ACAAbwBwAGUAcgBhAG4AZAAgADMAIABt",
  "AHUAcwB0ACAAYgBlACAAbgB1AG0AYgBlAHIAIABiAHUAdAAgAGcAbwB0ACAAAEH84QALsAGsAAAAAAAAAAAAAAACAAAAlgAAAGEA",
  "cgByAGEAeQAuAHMAbABpAGMAZQA6ACAAbwBwAGUAcgBhAG4AZAAgADMAIABtAHUAcwB0ACAAYgBlACAAaQBuAHQAZQBnAGUAcgAg",
  "AG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAgAGYAbABvAGEAdABpAG4AZwAtAHAAbwBpAG4AdAAgAG4AdQBtAGIAZQByAAAA",
  "AAAAAABBrOMAC3BsAAAAAAAAAAAAAAACAAAAUgAAAGMAbwBuAGMAYQB0ADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQA",
  "IABiAGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAAAAAAEGc5AALgAF8AAAAAAAAAAAAAAACAAAAbAAA",
  "AGMAbwBuAGMAYQB0ADoAIABvAHAAZQByAGEAbgBkACAAMgAgAG0AdQBzAHQAIABiAGUAIABvAG4AZQAgAG8AZgAgAHsAcwBlAHQA",
  "LAAgAGEAcgByAGEAeQB9ACAAYgB1AHQAIABnAG8AdAAgAABBnOUAC6ABnAAAAAAAAAAAAAAAAgAAAIgAAABjAG8AbgBjAGEAdAA6",
  "ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAYQByAHIAYQB5ACAAbwBmACAAcwB0AHIAaQBuAGcAcwAgAGIA",
  "dQB0ACAAZwBvAHQAIABhAHIAcgBhAHkAIABjAG8AbgB0AGEAaQBuAGkAbgBnACAAAAAAAABBvOYAC6ABnAAAAAAAAAAAAAAAAgAA",
  "AIAAAABjAG8AbgBjAGEAdAA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAcwBlAHQAIABvAGYAIABzAHQA",
  "cgBpAG4AZwBzACAAYgB1AHQAIABnAG8AdAAgAHMAZQB0ACAAYwBvAG4AdABhAGkAbgBpAG4AZwAgAAAAAAAAAAAAAAAAAABB3OcA",
  "C3BsAAAAAAAAAAAAAAACAAAAVgAAAGMAbwBuAHQAYQBpAG4AcwA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBl",
  "ACAAcwB0AHIAaQBuAGcAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAEHM6AALcGwAAAAAAAAAAAAAAAIAAABWAAAAYwBvAG4AdABh",
  "AGkAbgBzADoAIABvAHAAZQByAGEAbgBkACAAMgAgAG0AdQBzAHQAIABiAGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQA",
  "IAAAAAAAAAAAQbzpAAtwbAAAAAAAAAAAAAAAAgAAAFoAAABzAHQAYQByAHQAcwB3AGkAdABoADoAIABvAHAAZQByAGEAbgBkACAA",
  "MQAgAG0AdQBzAHQAIABiAGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAAABBrOoAC3BsAAAAAAAAAAAAAAACAAAA",
  "WgAAAHMAdABhAHIAdABzAHcAaQB0AGgAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBn",
  "ACAAYgB1AHQAIABnAG8AdAAgAAAAAEGc6wALcGwAAAAAAAAAAAAAAAIAAABWAAAAZQBuAGQAcwB3AGkAdABoADoAIABvAHAAZQBy",
  "AGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAQYzsAAtwbAAA",
  "AAAAAAAAAAAAAgAAAFYAAABlAG4AZABzAHcAaQB0AGgAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAHMA",
  "dAByAGkAbgBnACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAABB/OwAC3BsAAAAAAAAAAAAAAACAAAAUAAAAHUAcABwAGUAcgA6ACAA",
  "bwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAcwB0AHIAaQBuAGcAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAA",
  "AAAAAEHs7QALcGwAAAAAAAAAAAAAAAIAAABQAAAAbABvAHcAZQByADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABi",
  "AGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAAAAAAAAAQdzuAAtwbAAAAAAAAAAAAAAAAgAAAFAAAABz",
  "AHAAbABpAHQAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABnAG8A",
  "dAAgAAAAAAAAAAAAAAAAAABBzO8AC3BsAAAAAAAAAAAAAAACAAAAUAAAAHMAcABsAGkAdAA6ACAAbwBwAGUAcgBhAG4AZAAgADIA",
  "IABtAHUAcwB0ACAAYgBlACAAcwB0AHIAaQBuAGcAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAAAAAAAEG88AALcGwAAAAAAAAA",
  "AAAAAAIAAABOAAAAdAByAGkAbQA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAcwB0AHIAaQBuAGcAIABi",
  "AHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAAAAAAAAAAQazxAAtwbAAAAAAAAAAAAAAAAgAAAE4AAAB0AHIAaQBtADoAIABvAHAAZQBy",
  "AGEAbgBkACAAMgAgAG0AdQBzAHQAIABiAGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAAAAAAAAAAABB",
  "nPIAC3BsAAAAAAAAAAAAAAACAAAAWAAAAHQAcgBpAG0AXwBsAGUAZgB0ADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQA",
  "IABiAGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAEGM8wALcGwAAAAAAAAAAAAAAAIAAABYAAAAdAByAGkA",
  "bQBfAGwAZQBmAHQAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABn",
  "AG8AdAAgAAAAAAAAQfzzAAtwbAAAAAAAAAAAAAAAAgAAAFoAAAB0AHIAaQBtAF8AcgBpAGcAaAB0ADoAIABvAHAAZQByAGEAbgBk",
  "ACAAMQAgAG0AdQBzAHQAIABiAGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAAABB7PQAC3BsAAAAAAAAAAAAAAAC",
  "AAAAWgAAAHQAcgBpAG0AXwByAGkAZwBoAHQAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkA",
  "bgBnACAAYgB1AHQAIABnAG8AdAAgAAAAAEHc9QALcGwAAAAAAAAAAAAAAAIAAABcAAAAdAByAGkAbQBfAHAAcgBlAGYAaQB4ADoA",
  "IABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAQcz2AAtw",
  "bAAAAAAAAAAAAAAAAgAAAFwAAAB0AHIAaQBtAF8AcAByAGUAZgBpAHgAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAg",
  "AGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABnAG8AdAAgAABBvPcAC3BsAAAAAAAAAAAAAAACAAAAXAAAAHQAcgBpAG0AXwBz",
  "AHUAZgBmAGkAeAA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAcwB0AHIAaQBuAGcAIABiAHUAdAAgAGcA",
  "bwB0ACAAAEGs+AALcGwAAAAAAAAAAAAAAAIAAABcAAAAdAByAGkAbQBfAHMAdQBmAGYAaQB4ADoAIABvAHAAZQByAGEAbgBkACAA",
  "MgAgAG0AdQBzAHQAIABiAGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAQZz5AAtwbAAAAAAAAAAAAAAAAgAAAFoA",
  "AAB0AHIAaQBtAF8AcwBwAGEAYwBlADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABzAHQAcgBpAG4AZwAg",
  "AGIAdQB0ACAAZwBvAHQAIAAAAABBjPoAC3BsAAAAAAAAAAAAAAACAAAAVAAAAHIAZQBwAGwAYQBjAGUAOgAgAG8AcABlAHIAYQBu",
  "AGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAAAAAEH8+gALcGwAAAAA",
  "AAAAAAAAAAIAAABUAAAAcgBlAHAAbABhAGMAZQA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAcwB0AHIA",
  "aQBuAGcAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAAQez7AAtwbAAAAAAAAAAAAAAAAgAAAFQAAAByAGUAcABsAGEAYwBlADoA",
  "IABvAHAAZQByAGEAbgBkACAAMwAgAG0AdQBzAHQAIABiAGUAIABzAHQAcgBpAG4AZwAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAA",
  "AABB3PwAC3BsAAAAAAAAAAAAAAACAAAAVAAAAGkAbgBkAGUAeABvAGYAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAg",
  "AGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAAAAAEHM/QALcGwAAAAAAAAAAAAAAAIAAABUAAAAaQBu",
  "AGQAZQB4AG8AZgA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAcwB0AHIAaQBuAGcAIABiAHUAdAAgAGcA",
  "bwB0ACAAAAAAAAAAAAAAQbz+AAtgXAAAAAAAAAAAAAAAAgAAAD4AAABpAG4AZABlAHgAbwBmADoAIABlAG0AcAB0AHkAIABzAGUA",
  "YQByAGMAaAAgAGMAaABhAHIAYQBjAHQAZQByAAAAAAAAAAAAAAAAAAAAAEGc/wALcGwAAAAAAAAAAAAAAAIAAABYAAAAcwB1AGIA",
  "cwB0AHIAaQBuAGcAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABn",
  "AG8AdAAgAAAAAAAAQYyAAQtwbAAAAAAAAAAAAAAAAgAAAFgAAABzAHUAYgBzAHQAcgBpAG4AZwA6ACAAbwBwAGUAcgBhAG4AZAAg",
  "ADIAIABtAHUAcwB0ACAAYgBlACAAbgB1AG0AYgBlAHIAIABiAHUAdAAgAGcAbwB0ACAAAAAAAABB/IABC7ABrAAAAAAAAAAAAAAA",
  "AgAAAJIAAABzAHUAYgBzAHQAcgBpAG4AZwA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAaQBuAHQAZQBn",
  "AGUAcgAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAgAGYAbABvAGEAdABpAG4AZwAtAHAAbwBpAG4AdAAgAG4AdQBtAGIA",
  "ZQByAAAAAAAAAAAAAAAAQayCAQtwbAAAAAAAAAAAAAAAAgAAAFgAAABzAHUAYgBzAHQAcgBpAG4AZwA6ACAAbwBwAGUAcgBhAG4A",
  "ZAAgADMAIABtAHUAcwB0ACAAYgBlACAAbgB1AG0AYgBlAHIAIABiAHUAdAAgAGcAbwB0ACAAAAAAAABBnIMBC7ABrAAAAAAAAAAA",
  "AAAAAgAAAJIAAABzAHUAYgBzAHQAcgBpAG4AZwA6ACAAbwBwAGUAcgBhAG4AZAAgADMAIABtAHUAcwB0ACAAYgBlACAAaQBuAHQA",
  "ZQBnAGUAcgAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAgAGYAbABvAGEAdABpAG4AZwAtAHAAbwBpAG4AdAAgAG4AdQBt",
  "AGIAZQByAAAAAAAAAAAAAAAAQcyEAQtQTAAAAAAAAAAAAAAAAgAAADQAAABzAHUAYgBzAHQAcgBpAG4AZwA6ACAAbgBlAGcAYQB0",
  "AGkAdgBlACAAbwBmAGYAcwBlAHQAAAAAAAAAAAAAQZyFAQtwbAAAAAAAAAAAAAAAAgAAAFoAAABmAG8AcgBtAGEAdABfAGkAbgB0",
  "ADoAIABvAHAAZQByAGEAbgBkACAAMQAgAG0AdQBzAHQAIABiAGUAIABuAHUAbQBiAGUAcgAgAGIAdQB0ACAAZwBvAHQAIAAAAABB",
  "jIYBC3BsAAAAAAAAAAAAAAACAAAAWgAAAGYAbwByAG0AYQB0AF8AaQBuAHQAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMA",
  "dAAgAGIAZQAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAgAAAAAEH8hgELgAF8AAAAAAAAAAAAAAACAAAAZgAAAGYAbwBy",
  "AG0AYQB0AF8AaQBuAHQAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAG8AbgBlACAAbwBmACAAewAyACwA",
  "IAA4ACwAIAAxADAALAAgADEANgB9AAAAAAAAAABB/IcBC5ABjAAAAAAAAAAAAAAAAgAAAHQAAABpAG4AdABlAHIAbgBhAGwALgB0",
  "AGUAbQBwAGwAYQB0AGUAXwBzAHQAcgBpAG4AZwA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAYQByAHIA",
  "YQB5ACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAAAAAEGMiQELsAGsAAAAAAAAAAAAAAACAAAAmAAAAGkAbgB0AGUAcgBuAGEAbAAu",
  "AHQAZQBtAHAAbABhAHQAZQBfAHMAdAByAGkAbgBnADoAIAB0AGUAbQBwAGwAYQB0AGUALQBzAHQAcgBpAG4AZwBzACAAbQB1AHMA",
  "dAAgAG4AbwB0ACAAcAByAG8AZAB1AGMAZQAgAG0AdQBsAHQAaQBwAGwAZQAgAG8AdQB0AHAAdQB0AHMAAAAAAABBvIoBC6ABnAAA",
  "AAAAAAAAAAAAAgAAAIYAAABzAHQAcgBpAG4AZwBzAC4AcgBlAHAAbABhAGMAZQBfAG4AOgAgAG8AcABlAHIAYQBuAGQAIAAxACAA",
  "bgBvAG4ALQBzAHQAcgBpAG4AZwAgAGsAZQB5ACAAZgBvAHUAbgBkACAAaQBuACAAcABhAHQAdABlAHIAbgAgAG8AYgBqAGUAYwB0",
  "AAAAAAAAAABB3IsBC3BsAAAAAAAAAAAAAAACAAAAWgAAAGcAbABvAGIALgBtAGEAdABjAGgAOgAgAG8AcABlAHIAYQBuAGQAIAAx",
  "ACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABnAG8AdAAgAAAAAEHMjAELkAGMAAAAAAAAAAAAAAACAAAA",
  "dgAAAGcAbABvAGIALgBtAGEAdABjAGgAOgAgAG8AcABlAHIAYQBuAGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAG8AbgBlACAAbwBm",
  "ACAAewBhAHIAcgBhAHkALAAgAG4AdQBsAGwAfQAgAGIAdQB0ACAAZwBvAHQAIAAAAAAAAAAAQdyNAQuwAawAAAAAAAAAAAAAAAIA",
  "AACQAAAAZwBsAG8AYgAuAG0AYQB0AGMAaAA6ACAAbwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAYQByAHIAYQB5",
  "ACAAbwBmACAAcwB0AHIAaQBuAGcAcwAgAGIAdQB0ACAAZwBvAHQAIABhAHIAcgBhAHkAIABjAG8AbgB0AGEAaQBuAGkAbgBnACAA",
  "AAAAAAAAAAAAAAAAAEGMjwELsAGsAAAAAAAAAAAAAAACAAAAmAAAAGcAbABvAGIALgBtAGEAdABjAGgAOgAgAG8AcABlAHIAYQBu",
  "AGQAIAAyACAAbQB1AHMAdAAgAGIAZQAgAGEAcgByAGEAeQAgAG8AZgAgAHIAdQBuAGUAcwAgAGIAdQB0ACAAZwBvAHQAIABhAHIA",
  "cgBhAHkAIABjAG8AbgB0AGEAaQBuAGkAbgBnACAAcwB0AHIAaQBuAGcAAAAAAABBvJABC3BsAAAAAAAAAAAAAAACAAAAWgAAAGcA",
  "bABvAGIALgBtAGEAdABjAGgAOgAgAG8AcABlAHIAYQBuAGQAIAAzACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1",
  "AHQAIABnAG8AdAAgAAAAAEGskQELkAGMAAAAAAAAAAAAAAACAAAAfAAAAGcAbABvAGIALgBtAGEAdABjAGgAOgAgAHQAaABlACAA",
  "cABhAHQAdABlAHIAbgAgAG4AZQBzAHQAcwAgAHsALgAuAC4AfQAgAGcAcgBvAHUAcABzACAAbQBvAHIAZQAgAHQAaABhAG4AIAAx",
  "ADAAMAAwACAAZABlAGUAcAAAQbySAQuQAYwAAAAAAAAAAAAAAAIAAABwAAAAdABpAG0AZQAuAHAAYQByAHMAZQBfAHIAZgBjADMA",
  "MwAzADkAXwBuAHMAOgAgAG8AcABlAHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAHMAdAByAGkAbgBnACAAYgB1AHQAIABn",
  "AG8AdAAgAAAAAAAAAAAAAAAAAABBzJMBC+AB3AAAAAAAAAAAAAAAAgAAAMIAAAB0AGkAbQBlAC4AcABhAHIAcwBlAF8AcgBmAGMA",
  "MwAzADMAOQBfAG4AcwA6ACAAYwBhAG4AbgBvAHQAIABwAGEAcgBzAGUAIAB0AGgAZQAgAHQAaQBtAGUAOgAgAGkAdAAgAGkAcwAg",
  "AG4AbwB0ACAAUgBGAEMAIAAzADMAMwA5ACAAKABsAGkAawBlACAAMgAwADAANgAtADAAMQAtADAAMgBUADEANQA6ADAANAA6ADAA",
  "NQBaADAANwA6ADAAMAApAAAAAAAAAAAAAAAAQayVAQuAAXwAAAAAAAAAAAAAAAIAAABkAAAAdABpAG0AZQAuAHAAYQByAHMAZQBf",
  "AHIAZgBjADMAMwAzADkAXwBuAHMAOgAgAHQAaQBtAGUAIABvAHUAdABzAGkAZABlACAAbwBmACAAdgBhAGwAaQBkACAAcgBhAG4A",
  "ZwBlAAAAAAAAAAAAAEGslgELcGwAAAAAAAAAAAAAAAIAAABYAAAAdABpAG0AZQAuAGQAYQB0AGUAOgAgAG8AcABlAHIAYQBuAGQA",
  "IAAxACAAbQB1AHMAdAAgAGIAZQAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAQZyXAQtwbAAAAAAAAAAAAAAA",
  "AgAAAFgAAAB0AGkAbQBlAC4AZABhAHQAZQA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAcwB0AHIAaQBu",
  "AGcAIABiAHUAdAAgAGcAbwB0ACAAAAAAAABBjJgBC8ABvAAAAAAAAAAAAAAAAgAAAKwAAAB0AGkAbQBlAC4AZABhAHQAZQA6ACAA",
  "bwBwAGUAcgBhAG4AZAAgADEAIABtAHUAcwB0ACAAYgBlACAAZQBpAHQAaABlAHIAIABuAHUAbQBiAGUAcgAgACgAbgBzACkAIABv",
  "AHIAIABbAG4AdQBtAGIAZQByACAAKABuAHMAKQAsACAAcwB0AHIAaQBuAGcAIAAoAHQAegApAF0AIABiAHUAdAAgAGcAbwB0ACAA",
  "AEHMmQELUEwAAAAAAAAAAAAAAAIAAAA4AAAAdABpAG0AZQAuAGQAYQB0AGUAOgAgAHQAaQBtAGUAcwB0AGEAbQBwACAAdABvAG8A",
  "IABiAGkAZwAAAAAAAEGcmgEL0AHMAAAAAAAAAAAAAAACAAAAtAAAAHQAaQBtAGUALgBhAGQAZABfAGQAYQB0AGUAOgAgAG8AcABl",
  "AHIAYQBuAGQAIAAxACAAbQB1AHMAdAAgAGIAZQAgAGUAaQB0AGgAZQByACAAbgB1AG0AYgBlAHIAIAAoAG4AcwApACAAbwByACAA",
  "WwBuAHUAbQBiAGUAcgAgACgAbgBzACkALAAgAHMAdAByAGkAbgBnACAAKAB0AHoAKQBdACAAYgB1AHQAIABnAG8AdAAgAAAAAAAA",
  "AAAAAEHsmwELYFwAAAAAAAAAAAAAAAIAAABAAAAAdABpAG0AZQAuAGEAZABkAF8AZABhAHQAZQA6ACAAdABpAG0AZQBzAHQAYQBt",
  "AHAAIAB0AG8AbwAgAGIAaQBnAAAAAAAAAAAAAAAAAABBzJwBC4ABfAAAAAAAAAAAAAAAAgAAAGAAAAB0AGkAbQBlAC4AYQBkAGQA",
  "XwBkAGEAdABlADoAIABvAHAAZQByAGEAbgBkACAAMgAgAG0AdQBzAHQAIABiAGUAIABuAHUAbQBiAGUAcgAgAGIAdQB0ACAAZwBv",
  "AHQAIAAAAAAAAAAAAAAAAAAAQcydAQuwAawAAAAAAAAAAAAAAAIAAACaAAAAdABpAG0AZQAuAGEAZABkAF8AZABhAHQAZQA6ACAA",
  "bwBwAGUAcgBhAG4AZAAgADIAIABtAHUAcwB0ACAAYgBlACAAaQBuAHQAZQBnAGUAcgAgAG4AdQBtAGIAZQByACAAYgB1AHQAIABn",
  "AG8AdAAgAGYAbABvAGEAdABpAG4AZwAtAHAAbwBpAG4AdAAgAG4AdQBtAGIAZQByAAAAAEH8ngELgAF8AAAAAAAAAAAAAAACAAAA",
  "YAAAAHQAaQBtAGUALgBhAGQAZABfAGQAYQB0AGUAOgAgAG8AcABlAHIAYQBuAGQAIAAzACAAbQB1AHMAdAAgAGIAZQAgAG4AdQBt",
  "AGIAZQByACAAYgB1AHQAIABnAG8AdAAgAAAAAAAAAAAAAAAAAABB/J8BC7ABrAAAAAAAAAAAAAAAAgAAAJoAAAB0AGkAbQBlAC4A",
  "YQBkAGQAXwBkAGEAdABlADoAIABvAHAAZQByAGEAbgBkACAAMwAgAG0AdQBzAHQAIABiAGUAIABpAG4AdABlAGcAZQByACAAbgB1",
  "AG0AYgBlAHIAIABiAHUAdAAgAGcAbwB0ACAAZgBsAG8AYQB0AGkAbgBnAC0AcABvAGkAbgB0ACAAbgB1AG0AYgBlAHIAAAAAQayh",
  "AQuAAXwAAAAAAAAAAAAAAAIAAABgAAAAdABpAG0AZQAuAGEAZABkAF8AZABhAHQAZQA6ACAAbwBwAGUAcgBhAG4AZAAgADQAIABt",
  "AHUAcwB0ACAAYgBlACAAbgB1AG0AYgBlAHIAIABiAHUAdAAgAGcAbwB0ACAAAAAAAAAAAAAAAAAAAEGsogELsAGsAAAAAAAAAAAA",
  "AAACAAAAmgAAAHQAaQBtAGUALgBhAGQAZABfAGQAYQB0AGUAOgAgAG8AcABlAHIAYQBuAGQAIAA0ACAAbQB1AHMAdAAgAGIAZQAg",
  "AGkAbgB0AGUAZwBlAHIAIABuAHUAbQBiAGUAcgAgAGIAdQB0ACAAZwBvAHQAIABmAGwAbwBhAHQAaQBuAGcALQBwAG8AaQBuAHQA",
  "IABuAHUAbQBiAGUAcgAAAABB3KMBC3BsAAAAAAAAAAAAAAACAAAAVAAAAHQAaQBtAGUALgBhAGQAZABfAGQAYQB0AGUAOgAgAHQA",
  "aQBtAGUAIABvAHUAdABzAGkAZABlACAAbwBmACAAdgBhAGwAaQBkACAAcgBhAG4AZwBlAAAAAAAAAAAAAEHMpAELgAF8AAAAAAAA",
  "AAAAAAACAAAAaAAAAG4AZQB0AC4AYwBpAGQAcgBfAGMAbwBuAHQAYQBpAG4AcwA6ACAAbwBwAGUAcgBhAG4AZAAgADEAIABtAHUA",
  "cwB0ACAAYgBlACAAcwB0AHIAaQBuAGcAIABiAHUAdAAgAGcAbwB0ACAAAAAAAABBzKUBC3BsAAAAAAAAAAAAAAACAAAAUgAAAG4A",
  "ZQB0AC4AYwBpAGQAcgBfAGMAbwBuAHQAYQBpAG4AcwA6ACAAaQBuAHYAYQBsAGkAZAAgAEMASQBEAFIAIABhAGQAZAByAGUAcwBz",
  "ADoAIAAAAAAAAAAAAAAAAEG8pgELwAG8AAAAAAAAAAAAAAACAAAAoAAAAG4AZQB0AC4AYwBpAGQAcgBfAGMAbwBuAHQAYQBpAG4A",
  "cwA6ACAAbgBvAHQAIABhACAAdgBhAGwAaQBkACAAdABlAHgAdAB1AGEAbAAgAHIAZQBwAHIAZQBzAGUAbgB0AGEAdABpAG8AbgAg",
  "AG8AZgAgAGEAbgAgAEkAUAAgAGEAZABkAHIAZQBzAHMAIABvAHIAIABDAEkARABSADoAIAAAAAAAAAAAAAAAAAA="
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
