// Writes a policy module: the prepared runtime (runtime-module.ts) with the policy's
// functions, the definitions of the runtime's "policy" imports and the policy's
// constants added, in the section order the binary format requires
// (webassembly.github.io/spec/core/binary/modules.html).

import { ByteWriter } from './bytes.js';
import type { FuncType, RuntimeModule } from './runtime-module.js';

export interface LinkedFunction {
  name: string;
  type: FuncType;
  /** The body as Code.body() writes it (locals, instructions, end). */
  body: Uint8Array;
}

export interface Linkage {
  runtime: RuntimeModule;
  /** Bodies of the runtime's "policy" imports, by import name; each keeps the import's type. */
  definitions: Map<string, Uint8Array>;
  /** The policy's functions, numbered from `firstPolicyFunction(runtime)` in this order. */
  functions: LinkedFunction[];
  /** The policy's constants, one active segment at `base`. */
  data: { base: number; bytes: Uint8Array };
  /** The memory's minimum size in 64 KiB pages (no maximum: the host's memory decides). */
  pages: number;
  /** Runtime exports left out of the module. */
  dropExport(name: string): boolean;
}

/** The index of the first policy function in the linked module. */
export function firstPolicyFunction(runtime: RuntimeModule): number {
  return runtime.keptFuncImports + runtime.policyImports.length + runtime.funcTypes.length;
}

export function linkModule(l: Linkage): Uint8Array {
  const { runtime } = l;
  const out = new ByteWriter(runtime.code.length + runtime.data.length + 64 * 1024);
  out.raw(new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]));

  const types = [...runtime.types];
  const typeIds = new Map(types.map((t, i) => [typeKey(t), i] as const));
  const typeOf = (t: FuncType): number => {
    const key = typeKey(t);
    let id = typeIds.get(key);
    if (id === undefined) {
      id = types.push(t) - 1;
      typeIds.set(key, id);
    }
    return id;
  };
  const policyTypes = l.functions.map((f) => typeOf(f.type));

  section(out, 1, (s) => {
    s.u32(types.length);
    for (const t of types) {
      s.u8(0x60).u32(t.params.length).raw(Uint8Array.from(t.params));
      s.u32(t.results.length).raw(Uint8Array.from(t.results));
    }
  });

  section(out, 2, (s) => {
    s.u32(runtime.imports.length);
    for (const imp of runtime.imports) {
      s.name(imp.module).name(imp.name);
      if (imp.kind === 'func') s.u8(0).u32(imp.type);
      else s.u8(2).u8(0).u32(l.pages);
    }
  });

  section(out, 3, (s) => {
    s.u32(runtime.policyImports.length + runtime.funcTypes.length + l.functions.length);
    for (const p of runtime.policyImports) s.u32(p.type);
    for (const t of runtime.funcTypes) s.u32(t);
    for (const t of policyTypes) s.u32(t);
  });

  if (runtime.globals !== undefined) section(out, 6, (s) => s.raw(runtime.globals as Uint8Array));

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
      if (body === undefined) throw new RangeError(`no definition of policy.${p.name}`);
      s.sized(body);
    }
    s.raw(runtime.code);
    for (const f of l.functions) s.sized(f.body);
  });

  section(out, 11, (s) => {
    s.u32(segments).raw(runtime.data);
    if (l.data.bytes.length > 0) {
      s.u32(0)
        .u8(0x41)
        .sleb(l.data.base | 0)
        .u8(0x0b);
      s.sized(l.data.bytes);
    }
  });

  if (runtime.names !== undefined) writeNames(out, l, runtime.names);
  return out.bytes.slice();
}

function typeKey(t: FuncType): string {
  return `${t.params.join(',')}:${t.results.join(',')}`;
}

function section(out: ByteWriter, id: number, write: (s: ByteWriter) => void): void {
  const s = new ByteWriter();
  write(s);
  out.u8(id).sized(s.bytes);
}

/** A name section when the runtime came with one (a build kept for profiling). */
function writeNames(out: ByteWriter, l: Linkage, runtimeNames: Map<number, string>): void {
  const names = new Map(runtimeNames);
  const { runtime } = l;
  runtime.policyImports.forEach((p, i) =>
    names.set(runtime.keptFuncImports + i, `policy.${p.name}`),
  );
  const first = firstPolicyFunction(runtime);
  l.functions.forEach((f, i) => names.set(first + i, f.name));
  const sorted = [...names].sort((a, b) => a[0] - b[0]);
  section(out, 0, (s) => {
    s.name('name');
    const sub = new ByteWriter();
    sub.u32(sorted.length);
    for (const [index, name] of sorted) sub.u32(index).name(name);
    s.u8(1).sized(sub.bytes);
  });
}
