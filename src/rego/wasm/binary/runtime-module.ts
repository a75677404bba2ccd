// The prebuilt runtime (runtime.wasm), read once per process and prepared for linking:
// its types, the imports it keeps, its functions' types and exports, its globals, code
// and data as they will appear in every policy module.
//
// The runtime imports a few functions from module "policy" (`eval`, `builtins`,
// `entrypoints`, `heap_base`, `static_strings`) that each policy defines. In the linked
// module they become the first defined functions, right after the imports it keeps:
//
//   kept imports (env.*) | one definition per "policy" import | runtime functions | policy functions
//
// so the runtime's own functions keep the very indices they had (the imports lost
// count as many definitions gained) and only calls of imported functions, whose
// indices are all small, are rewritten, in place, in a copy of the code section.

import { ByteReader } from './bytes.js';
import { callSites } from './call-sites.js';

/** The runtime cannot be linked (a malformed or unexpected module). */
export class RuntimeModuleError extends Error {
  constructor(message: string) {
    super(`the Wasm runtime cannot be linked: ${message}`);
    this.name = 'RuntimeModuleError';
  }
}

export interface FuncType {
  params: number[];
  results: number[];
}

/** An import the policy module keeps: an `env` function or the memory. */
export type KeptImport =
  | { kind: 'func'; module: string; name: string; type: number }
  | { kind: 'memory'; module: string; name: string };

export interface Export {
  name: string;
  /** 0 function, 1 table, 2 memory, 3 global (the binary format's export kinds). */
  kind: number;
  /** In the linked module's numbering. */
  index: number;
}

export interface RuntimeModule {
  types: FuncType[];
  imports: KeptImport[];
  /** Number of function imports kept: the index of the first defined function. */
  keptFuncImports: number;
  /** The "policy" imports in import order, each becoming a definition at keptFuncImports + i. */
  policyImports: { name: string; type: number }[];
  /** Type index of each function the runtime defines, in order. */
  funcTypes: number[];
  /** The global section's contents, verbatim (globals name no functions). */
  globals: Uint8Array | undefined;
  exports: Export[];
  /** The code section's entries after its count (size-prefixed bodies), calls rewritten. */
  code: Uint8Array;
  /** The data section's entries after its count, verbatim. */
  data: Uint8Array;
  dataSegments: number;
  /** The first address after the runtime's data. */
  dataEnd: number;
  hasDataCount: boolean;
  /** Function names from the runtime's name section, in the linked numbering, if it has one. */
  names: Map<number, string> | undefined;
}

const MAGIC_AND_VERSION = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];

const prepared = new WeakMap<Uint8Array, RuntimeModule>();

/** Reads `bytes` (cached per buffer: the committed runtime is read once per process). */
export function readRuntime(bytes: Uint8Array): RuntimeModule {
  let runtime = prepared.get(bytes);
  if (runtime === undefined) {
    try {
      runtime = parse(bytes);
    } catch (e) {
      if (e instanceof RuntimeModuleError) throw e;
      throw new RuntimeModuleError(e instanceof Error ? e.message : String(e));
    }
    prepared.set(bytes, runtime);
  }
  return runtime;
}

function parse(bytes: Uint8Array): RuntimeModule {
  if (!MAGIC_AND_VERSION.every((b, i) => bytes[i] === b))
    throw new RuntimeModuleError('not a WebAssembly 1.0 binary');
  const r = new ByteReader(bytes, 8);
  const runtime: RuntimeModule = {
    types: [],
    imports: [],
    keptFuncImports: 0,
    policyImports: [],
    funcTypes: [],
    globals: undefined,
    exports: [],
    code: new Uint8Array(0),
    data: new Uint8Array(0),
    dataSegments: 0,
    dataEnd: 0,
    hasDataCount: false,
    names: undefined,
  };
  // Old function index -> linked index, for the imports; defined functions keep theirs.
  const importMap: number[] = [];
  let codeSection: ByteReader | undefined;
  let nameSection: ByteReader | undefined;
  while (!r.done) {
    const id = r.u8();
    const size = r.u32();
    const s = new ByteReader(bytes, r.pos, r.pos + size);
    r.skip(size);
    switch (id) {
      case 0:
        if (s.name() === 'name') nameSection = s;
        break; // other custom sections say nothing the policy module needs
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
        // A table, element segments, a start function or a memory of its own would need
        // renumbering or an ABI the SDK does not speak: the runtime has none today.
        throw new RuntimeModuleError(`unexpected section ${id}`);
    }
  }
  if (codeSection === undefined) throw new RuntimeModuleError('no code section');
  runtime.code = rewriteCalls(codeSection, importMap);
  if (nameSection !== undefined) runtime.names = readFunctionNames(nameSection, importMap);
  return runtime;
}

function readTypes(s: ByteReader): FuncType[] {
  const types: FuncType[] = [];
  for (let n = s.u32(), i = 0; i < n; i++) {
    if (s.u8() !== 0x60) throw new RuntimeModuleError('a type that is not a function type');
    const params = Array.from(s.bytes(s.u32()));
    const results = Array.from(s.bytes(s.u32()));
    types.push({ params, results });
  }
  return types;
}

function readImports(s: ByteReader, runtime: RuntimeModule, importMap: number[]): void {
  const policy: number[] = [];
  for (let n = s.u32(), i = 0; i < n; i++) {
    const module = s.name();
    const name = s.name();
    const kind = s.u8();
    if (kind === 0) {
      const type = s.u32();
      if (module === 'policy') {
        policy.push(importMap.length);
        importMap.push(-1);
        runtime.policyImports.push({ name, type });
      } else {
        importMap.push(runtime.keptFuncImports++);
        runtime.imports.push({ kind: 'func', module, name, type });
      }
    } else if (kind === 2) {
      const flags = s.u8();
      s.u32();
      if (flags & 1) s.u32(); // the limits are the linker's to write
      runtime.imports.push({ kind: 'memory', module, name });
    } else {
      throw new RuntimeModuleError(`import ${module}.${name} of kind ${kind}`);
    }
  }
  policy.forEach((old, i) => (importMap[old] = runtime.keptFuncImports + i));
}

function readExports(s: ByteReader, importMap: number[]): Export[] {
  const exports: Export[] = [];
  for (let n = s.u32(), i = 0; i < n; i++) {
    const name = s.name();
    const kind = s.u8();
    const index = s.u32();
    exports.push({ name, kind, index: kind === 0 ? linked(index, importMap) : index });
  }
  return exports;
}

function linked(func: number, importMap: number[]): number {
  return func < importMap.length ? (importMap[func] as number) : func;
}

function readData(s: ByteReader, runtime: RuntimeModule): void {
  runtime.dataSegments = s.u32();
  const entries = s.pos;
  for (let i = 0; i < runtime.dataSegments; i++) {
    const flags = s.u32();
    let offset = 0;
    if (flags === 0 || flags === 2) {
      if (flags === 2) s.u32();
      if (s.u8() !== 0x41) throw new RuntimeModuleError('a data segment not at a constant offset');
      offset = s.s32();
      if (s.u8() !== 0x0b)
        throw new RuntimeModuleError('a data segment offset is not one constant');
    } else if (flags !== 1) {
      throw new RuntimeModuleError(`data segment flags ${flags}`);
    }
    const length = s.u32();
    s.skip(length);
    if (flags !== 1) runtime.dataEnd = Math.max(runtime.dataEnd, offset + length);
  }
  runtime.data = s.buf.subarray(entries, s.end);
  if (s.pos !== s.end) throw new RuntimeModuleError('malformed data section');
}

/**
 * The code entries with every call of an import renumbered. Linked import indices are
 * below the import count, as the old ones are, so each fits the bytes its old index
 * took (LEB128 allows padding), and no body changes size.
 */
function rewriteCalls(s: ByteReader, importMap: number[]): Uint8Array {
  const count = s.u32();
  const code = s.buf.slice(s.pos, s.end);
  const body = new ByteReader(code, 0);
  for (let i = 0; i < count; i++) {
    const size = body.u32();
    const end = body.pos + size;
    const sites = callSites(code, body.pos, end);
    for (const site of sites) {
      if (site.func >= importMap.length) continue;
      writePadded(code, site.pos, site.length, importMap[site.func] as number);
    }
    body.pos = end;
  }
  if (body.pos !== code.length) throw new RuntimeModuleError('malformed code section');
  return code;
}

function writePadded(out: Uint8Array, pos: number, length: number, value: number): void {
  if (value >= 128 ** length) throw new RuntimeModuleError(`function ${value} does not fit`);
  for (let i = 0; i < length; i++) {
    const b = value & 0x7f;
    value = Math.floor(value / 128);
    out[pos + i] = i < length - 1 ? b | 0x80 : b;
  }
}

/** The function-name subsection (1) of a name section; the others are dropped. */
function readFunctionNames(s: ByteReader, importMap: number[]): Map<number, string> {
  const names = new Map<number, string>();
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
