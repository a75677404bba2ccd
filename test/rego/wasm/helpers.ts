// Hand-written IR plans, shaped as `opa build -t plan` prints them, and a loader that
// runs the emitted module through the official SDK.

import { loadPolicy } from '@open-policy-agent/opa-wasm';
import type { Block, Func, Operand, Plan, Policy, Stmt } from '../../../src/rego/ir/ir.js';
import { emitWasm } from '../../../src/rego/wasm/emit.js';

let row = 1;

/** A statement with a location (file 0, one row per statement). */
export function st<T extends Stmt['type']>(
  type: T,
  stmt: Omit<Extract<Stmt, { type: T }>['stmt'], 'file' | 'row' | 'col'>,
): Stmt {
  return { type, stmt: { ...stmt, file: 0, row: row++, col: 1 } } as Stmt;
}

export const local = (value: number): Operand => ({ type: 'local', value });
export const str = (value: number): Operand => ({ type: 'string_index', value });
export const bool = (value: boolean): Operand => ({ type: 'bool', value });
export const block = (...stmts: Stmt[]): Block => ({ stmts });

/**
 * A plan named `name` calling rule function `fn` with input and data and adding
 * `{"result": value}` to the result set, as OPA's planner writes it. Expects the
 * string "result" at index 0.
 */
export function rulePlan(name: string, fn: string): Plan {
  return {
    name,
    blocks: [
      block(
        st('CallStmt', { func: fn, args: [local(0), local(1)], result: 2 }),
        st('AssignVarStmt', { source: local(2), target: 3 }),
        st('MakeObjectStmt', { target: 4 }),
        st('ObjectInsertStmt', { key: str(0), value: local(3), object: 4 }),
        st('ResultSetAddStmt', { value: 4 }),
      ),
    ],
  };
}

export function policy(
  strings: string[],
  funcs: Func[],
  plans: Plan[],
  builtins: string[] = [],
): Policy {
  return {
    static: {
      strings: strings.map((value) => ({ value })),
      builtin_funcs: builtins.map((name) => ({ name, decl: { type: 'function' } })),
      files: [{ value: 'policy.rego' }],
    },
    plans: { plans },
    funcs: { funcs },
  };
}

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

export async function load(
  p: Policy,
  opts: {
    builtins?: Record<string, (...args: Json[]) => Json>;
    memory?: { initial: number; maximum?: number };
  } = {},
) {
  const wasm = emitWasm(p);
  return loadPolicy(wasm, opts.memory ?? { initial: 5 }, opts.builtins ?? {});
}

// The WebAssembly global, typed for what the tests use (the project's libs omit it).
interface WasmModuleApi {
  new (bytes: Uint8Array): object;
  imports(m: object): { module: string; name: string; kind: string }[];
  exports(m: object): { name: string; kind: string }[];
}
export const WasmModule = (globalThis as unknown as { WebAssembly: { Module: WasmModuleApi } })
  .WebAssembly.Module;
export type WasmMemory = { buffer: ArrayBuffer };

interface Loaded {
  wasmInstance: { exports: unknown };
  mem: unknown;
  dataAddr: number;
  dataHeapPtr: number;
  entrypoints: Record<string, number>;
}

/**
 * The SDK's opa_eval fast path, returning the result set's JSON text instead of
 * JSON.parse's rendering of it, so exact big integers can be checked.
 */
export function evaluateRaw(loaded: unknown, input: string, entrypoint: string): string {
  const l = loaded as Loaded;
  const ex = l.wasmInstance.exports as Record<string, (...args: number[]) => number>;
  const mem = l.mem as WasmMemory;
  const bytes = new TextEncoder().encode(input);
  new Uint8Array(mem.buffer).set(bytes, l.dataHeapPtr);
  const id = l.entrypoints[entrypoint] ?? 0;
  const addr = ex.opa_eval!(
    0,
    id,
    l.dataAddr,
    l.dataHeapPtr,
    bytes.length,
    l.dataHeapPtr + bytes.length,
    0,
  );
  const b = new Uint8Array(mem.buffer);
  let end = addr;
  while (b[end] !== 0) end++;
  return new TextDecoder().decode(b.subarray(addr, end));
}
