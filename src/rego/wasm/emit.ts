// IR -> policy.wasm. The prebuilt runtime (values, JSON, heap, native builtins, the ABI
// exports) is loaded with binaryen; the emitter lays the policy's constants out after
// the runtime's data, adds one Wasm function per IR function plus the `eval` plan
// dispatcher, fills in the functions the runtime imports from "policy", optimises,
// and writes the module. It translates statements only: Rego semantics live in the
// planner and in the runtime.

import binaryen from 'binaryen';
import type { Block, Func, Local, Operand, Plan, Policy, Stmt } from '../ir/ir.js';
import { runtimeWasm } from './runtime-asset.js';
import { printingFunctions, unorderedScans } from './scan-order.js';
import { StaticData, align } from './static-data.js';

/** The IR cannot be turned into a module (malformed plan, unknown function, ...). */
export class WasmEmitError extends Error {
  constructor(message: string) {
    super(`wasm: ${message}`);
    this.name = 'WasmEmitError';
  }
}

const i32 = binaryen.i32;
const none = binaryen.none;
type Expr = binaryen.ExpressionRef;

// OPA's runtime error messages (internal/compiler/wasm).
const ERR_VAR_CONFLICT = 'var assignment conflict';
const ERR_FUNC_CONFLICT = 'functions must not produce multiple outputs for same inputs';
const ERR_OBJECT_CONFLICT = 'object insert conflict';
const ERR_ENTRYPOINT = 'internal: illegal entrypoint id';

// What the runtime was compiled with (AssemblyScript's defaults); Node 20 has them all.
const F = binaryen.Features;
const FEATURES =
  F.MVP | F.MutableGlobals | F.SignExt | F.NontrappingFPToInt | F.BulkMemory | F.BulkMemoryOpt;

// binaryen names an imported memory read from a binary without a names section so.
const MEMORY = 'mimport$0';

const T_ARRAY = 5;
const T_OBJECT = 6;
const T_SET = 7;

/**
 * `runtime` is the compiled runtime to extend; another build of the same sources (one
 * that keeps its function names, for a profiler) can stand in for the committed one.
 */
export function emitWasm(policy: Policy, runtime: Uint8Array = runtimeWasm()): Uint8Array {
  const mod = binaryen.readBinary(runtime);
  mod.setFeatures(FEATURES);
  try {
    const emitter = new Emitter(mod, policy);
    emitter.run();
    return mod.emitBinary();
  } finally {
    mod.dispose();
  }
}

// binaryen 132's JS API has these, its typings do not.
interface DataSegmentApi {
  getNumDataSegments(): number;
  getDataSegmentByIndex(i: number): number;
  getDataSegmentInfo(segment: number): {
    name: string;
    offset: number;
    data: Uint8Array;
    passive: boolean;
  };
  setMemory(
    initial: number,
    maximum: number,
    exportName: string | null,
    segments: Segment[],
    shared: boolean,
    memory64: boolean,
    internalName: string,
  ): void;
}

interface Segment {
  name: string;
  offset: Expr;
  data: Uint8Array;
  passive: boolean;
}

/** Names of the runtime exports: the ABI, the `rt_*` helpers and the `b_*` natives. */
function runtimeExports(mod: binaryen.Module): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < mod.getNumExports(); i++) {
    const info = binaryen.getExportInfo(mod.getExportByIndex(i));
    if (info.kind === binaryen.ExternalFunction) out.set(info.name, info.value);
  }
  return out;
}

/**
 * The runtime function implementing builtin `name`: `b_<name>` natively, or
 * `bh_<name>`, native for common operands and calling the host for the rest (it takes
 * the builtin's host id as one more argument).
 */
function nativeExportName(name: string, withHost = false): string {
  return `${withHost ? 'bh' : 'b'}_${name.replace(/\./g, '_')}`;
}

class Emitter {
  private readonly exports: Map<string, string>;
  private readonly data: StaticData;
  private readonly strings: number[] = [];
  private readonly files: string[];
  private readonly funcs: Func[];
  private readonly plans: Plan[];
  private readonly funcIndex = new Map<string, number>();
  private readonly hostIds = new Map<string, number>();
  private readonly segments: Segment[] = [];
  /** Functions that print, so scans calling them keep OPA's order. */
  readonly printing: Set<string>;

  constructor(
    private readonly mod: binaryen.Module,
    private readonly policy: Policy,
  ) {
    this.exports = runtimeExports(mod);
    let end = 0;
    const api = mod as unknown as DataSegmentApi;
    for (let i = 0; i < api.getNumDataSegments(); i++) {
      const info = api.getDataSegmentInfo(api.getDataSegmentByIndex(i));
      this.segments.push({
        name: `runtime${i}`,
        offset: mod.i32.const(info.offset),
        data: new Uint8Array(info.data.slice(0)),
        passive: info.passive,
      });
      end = Math.max(end, info.offset + info.data.byteLength);
    }
    this.data = new StaticData(align(end, 8));
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
    // Host builtin ids are positions in static.builtin_funcs, as OPA numbers them.
    (policy.static?.builtin_funcs ?? []).forEach((b, i) => {
      if (!this.exports.has(nativeExportName(b.name))) this.hostIds.set(b.name, i);
    });
  }

  run(): void {
    for (const f of this.funcs) new FunctionCompiler(this, f).compileFunc();
    new FunctionCompiler(this, null).compileEval(this.plans);
    this.defineNameMap('builtins', [...this.hostIds.entries()]);
    this.defineNameMap(
      'entrypoints',
      this.plans.map((p, i) => [p.name, i]),
    );
    this.finish();
  }

  // ---- lookups used while compiling

  isNative(name: string): boolean {
    return (
      this.exports.has(nativeExportName(name)) || this.exports.has(nativeExportName(name, true))
    );
  }

  rt(name: string): string {
    const internal = this.exports.get(name);
    if (internal === undefined) throw new WasmEmitError(`the runtime has no export ${name}`);
    return internal;
  }

  native(name: string): { internal: string; arity: number; hostId?: number } {
    const withHost = this.exports.has(nativeExportName(name, true));
    const internal = this.rt(nativeExportName(name, withHost));
    const info = binaryen.getFunctionInfo(this.mod.getFunction(internal));
    const params = binaryen.expandType(info.params).length;
    if (withHost) return { internal, arity: params - 1, hostId: this.hostId(name) };
    return { internal, arity: params };
  }

  hostId(name: string): number {
    let id = this.hostIds.get(name);
    if (id === undefined) {
      id = (this.policy.static?.builtin_funcs?.length ?? 0) + this.hostIds.size;
      this.hostIds.set(name, id);
    }
    return id;
  }

  /**
   * Whether host builtin `name` is declared to return a set. The host answers in JSON,
   * where a set can only be an array, so such results are turned back into sets.
   */
  hostReturnsSet(name: string): boolean {
    const decl = this.policy.static?.builtin_funcs?.find((b) => b.name === name)?.decl;
    return decl?.result?.type === 'set';
  }

  userFunc(name: string): Func | undefined {
    const i = this.funcIndex.get(name);
    return i === undefined ? undefined : this.funcs[i];
  }

  funcMemoSlot(name: string): number {
    return this.funcIndex.get(name) ?? -1;
  }

  get funcCount(): number {
    return this.funcs.length;
  }

  get allFuncs(): readonly Func[] {
    return this.funcs;
  }

  stringAddr(index: number): number {
    const addr = this.strings[index];
    if (addr === undefined)
      throw new WasmEmitError(`string index ${index} is not in static.strings`);
    return addr;
  }

  stringText(index: number): string {
    const s = this.policy.static?.strings?.[index];
    if (s === undefined) throw new WasmEmitError(`string index ${index} is not in static.strings`);
    return s.value;
  }

  fileName(index: number): string {
    return this.files[index] ?? '';
  }

  get staticData(): StaticData {
    return this.data;
  }

  get module(): binaryen.Module {
    return this.mod;
  }

  // ---- finishing the module

  /** A function returning an object from names to ids (`builtins`, `entrypoints`). */
  private defineNameMap(name: string, entries: [string, number][]): void {
    const m = this.mod;
    const body: Expr[] = [m.local.set(0, m.call(this.rt('rt_object'), [], i32))];
    for (const [key, id] of entries) {
      body.push(
        m.call(
          this.rt('rt_name_map_insert'),
          [m.local.get(0, i32), m.i32.const(this.data.cstring(key)), m.i32.const(id)],
          none,
        ),
      );
    }
    body.push(m.local.get(0, i32));
    this.replaceImport(name, m.block(null, body, i32), [i32]);
  }

  /** Defines the runtime's import `policy.<base>` with `body`. */
  replaceImport(base: string, body: Expr, vars: number[], params: number = none): void {
    const m = this.mod;
    for (let i = 0; i < m.getNumFunctions(); i++) {
      const info = binaryen.getFunctionInfo(m.getFunctionByIndex(i));
      if (info.module === 'policy' && info.base === base) {
        m.removeFunction(info.name);
        m.addFunction(info.name, params, info.results, vars, body);
        return;
      }
    }
    // The runtime optimiser dropped an import nothing calls: nothing to define.
  }

  private finish(): void {
    const m = this.mod;
    // Input strings equal to a policy constant become that constant when parsed, so
    // looking up `g.role` compares pointers (json.as.ts, intern).
    this.replaceImport('static_strings', m.i32.const(this.data.addressList(this.strings)), []);
    this.replaceImport('heap_base', m.i32.const(this.data.end), []);
    const bytes = this.data.bytes;
    if (bytes.length > 0) {
      this.segments.push({
        name: 'policy',
        offset: m.i32.const(this.data.base),
        data: bytes,
        passive: false,
      });
    }
    const pages = Math.max(1, Math.ceil(this.data.end / 65536));
    const memory = m.getMemoryInfo();
    (m as unknown as DataSegmentApi).setMemory(
      pages,
      -1,
      null,
      this.segments,
      false,
      false,
      MEMORY,
    );
    m.addMemoryImport(MEMORY, memory.module ?? 'env', memory.base ?? 'memory');
    for (const [external] of this.exports) {
      if (/^(rt|b|bh)_/.test(external)) m.removeExport(external);
    }
    // The runtime arrived optimised (asc -O3). The added functions are left as
    // written: binaryen's per-function optimiser made them 4% smaller and evaluation no
    // measurably faster (the work is in runtime calls), at two to three times the emit
    // time. (No module-level pass either: binaryen drops the active segments of an
    // imported memory.)
    if (!m.validate()) throw new WasmEmitError('the generated module does not validate');
  }
}

/** Compiles one IR function, or the plans into `eval`, to a Wasm function. */
class FunctionCompiler {
  private readonly locals = new Map<Local, number>();
  private readonly vars: number[] = [];
  private readonly paramCount: number;
  private readonly labels: string[] = [];
  private labelCount = 0;
  private readonly m: binaryen.Module;
  private resultSet = -1;
  private readonly unordered = new Set<object>();

  constructor(
    private readonly e: Emitter,
    private readonly fn: Func | null,
  ) {
    this.m = e.module;
    if (fn) {
      fn.params.forEach((p, i) => this.locals.set(p, i));
      this.paramCount = fn.params.length;
      for (const scan of unorderedScans(fn, e.printing)) this.unordered.add(scan);
    } else {
      this.paramCount = 1; // the evaluation context
    }
  }

  // ---- locals and labels

  private local(l: Local): number {
    let i = this.locals.get(l);
    if (i === undefined) {
      i = this.temp();
      this.locals.set(l, i);
    }
    return i;
  }

  private temp(): number {
    this.vars.push(i32);
    return this.paramCount + this.vars.length - 1;
  }

  private get(l: Local): Expr {
    return this.m.local.get(this.local(l), i32);
  }

  private set(l: Local, v: Expr): Expr {
    return this.m.local.set(this.local(l), v);
  }

  private label(kind: string): string {
    return `${kind}${this.labelCount++}`;
  }

  /** Leaves the innermost block: the statement is undefined. */
  private fail(cond?: Expr): Expr {
    const target = this.labels[this.labels.length - 1];
    if (target === undefined) throw new WasmEmitError('a statement outside any block');
    return this.m.br(target, cond);
  }

  private breakTo(index: number, cond?: Expr): Expr {
    const target = this.labels[this.labels.length - 1 - index];
    if (target === undefined) throw new WasmEmitError(`break ${index} leaves the function`);
    return this.m.br(target, cond);
  }

  private rt(name: string, args: Expr[], result = i32): Expr {
    return this.m.call(this.e.rt(name), args, result);
  }

  private operand(op: Operand): Expr {
    switch (op.type) {
      case 'local':
        return this.get(op.value);
      case 'string_index':
        return this.m.i32.const(this.e.stringAddr(op.value));
      case 'bool':
        return this.rt(op.value ? 'rt_true' : 'rt_false', []);
    }
  }

  private runtimeError(loc: { file: number; row: number; col: number }, msg: string): Expr {
    const d = this.e.staticData;
    return this.m.block(null, [
      this.rt(
        'rt_runtime_error',
        [
          this.m.i32.const(d.cstring(this.e.fileName(loc.file))),
          this.m.i32.const(loc.row),
          this.m.i32.const(loc.col),
          this.m.i32.const(d.cstring(msg)),
        ],
        none,
      ),
      this.m.unreachable(),
    ]);
  }

  // ---- functions

  compileFunc(): void {
    const fn = this.fn;
    if (!fn) throw new WasmEmitError('compileFunc without a function');
    const m = this.m;
    const memoize = fn.params.length === 2;
    const slot = this.e.funcMemoSlot(fn.name);
    const ret = this.local(fn.return);
    const body: Expr[] = [];
    if (memoize) {
      body.push(
        m.if(
          m.local.tee(ret, this.rt('rt_memo_get', [m.i32.const(slot)]), i32),
          m.return(m.local.get(ret, i32)),
        ),
      );
    }
    for (const block of fn.blocks) body.push(this.block(block, 'b'));
    body.push(this.returnLocal(fn.return));
    m.addFunction(
      fn.name,
      binaryen.createType(fn.params.map(() => i32)),
      i32,
      this.vars,
      m.block(null, body, i32),
    );
  }

  private returnLocal(source: Local): Expr {
    const m = this.m;
    const fn = this.fn;
    if (fn && fn.params.length === 2) {
      return m.block(null, [
        this.rt(
          'rt_memo_insert',
          [m.i32.const(this.e.funcMemoSlot(fn.name)), this.get(source)],
          none,
        ),
        m.return(this.get(source)),
      ]);
    }
    return m.return(this.get(source));
  }

  /** `eval(ctx)`: runs the plan the context's entrypoint names, as OPA's `eval` does. */
  compileEval(plans: Plan[]): void {
    const m = this.m;
    const ctx = 0;
    for (const plan of plans)
      for (const scan of unorderedScans(plan, this.e.printing)) this.unordered.add(scan);
    this.resultSet = this.temp();
    const entry = this.temp();
    const body: Expr[] = [
      this.rt('rt_memo_init', [m.i32.const(this.e.funcCount)], none),
      this.set(0, m.i32.load(0, 4, m.local.get(ctx, i32))),
      this.set(1, m.i32.load(4, 4, m.local.get(ctx, i32))),
      m.local.set(this.resultSet, this.rt('rt_set', [])),
      m.i32.store(8, 4, m.local.get(ctx, i32), m.local.get(this.resultSet, i32)),
      m.local.set(entry, m.i32.load(12, 4, m.local.get(ctx, i32))),
    ];
    const done = this.label('done');
    const cases: Expr[] = [];
    plans.forEach((plan, i) => {
      const skip = this.label('plan');
      const inner: Expr[] = [m.br(skip, m.i32.ne(m.local.get(entry, i32), m.i32.const(i)))];
      for (const block of plan.blocks) inner.push(this.block(block, 'b'));
      inner.push(m.br(done));
      cases.push(m.block(skip, inner));
    });
    cases.push(
      this.rt('rt_abort', [m.i32.const(this.e.staticData.cstring(ERR_ENTRYPOINT))], none),
      m.unreachable(),
    );
    body.push(m.block(done, cases));
    this.e.replaceImport('eval', m.block(null, body), this.vars, binaryen.createType([i32]));
  }

  // ---- blocks and statements

  private block(block: Block, kind: string): Expr {
    const label = this.label(kind);
    this.labels.push(label);
    const body = this.stmts(block.stmts);
    this.labels.pop();
    return this.m.block(label, body);
  }

  private stmts(stmts: Stmt[]): Expr[] {
    const out: Expr[] = [];
    for (const s of stmts) out.push(...this.stmt(s));
    return out;
  }

  private stmt(s: Stmt): Expr[] {
    const m = this.m;
    switch (s.type) {
      case 'ResultSetAddStmt': {
        if (this.resultSet < 0) throw new WasmEmitError('ResultSetAddStmt outside a plan');
        return [
          this.rt('rt_set_add', [m.local.get(this.resultSet, i32), this.get(s.stmt.value)], none),
        ];
      }
      case 'ReturnLocalStmt':
        return [this.returnLocal(s.stmt.source)];
      case 'BlockStmt':
        return s.stmt.blocks.map((b) => this.block(b, 'b'));
      case 'BreakStmt':
        return [this.breakTo(s.stmt.index)];
      case 'CallStmt':
        return this.call(s.stmt);
      case 'CallDynamicStmt':
        return this.callDynamic(s.stmt);
      case 'WithStmt':
        return this.withStmt(s.stmt);
      case 'AssignVarStmt':
        return [this.set(s.stmt.target, this.operand(s.stmt.source))];
      case 'AssignVarOnceStmt': {
        const fn = this.fn;
        const base = fn && fn.params.length > 2 ? ERR_FUNC_CONFLICT : ERR_VAR_CONFLICT;
        // The rule's path follows, so the error can name the rule as OPA's does.
        const msg = fn?.path ? `${base}: ${['data', ...fn.path.slice(1)].join('.')}` : base;
        return [
          m.if(
            m.i32.and(
              m.i32.ne(this.get(s.stmt.target), m.i32.const(0)),
              m.i32.ne(
                this.rt('rt_compare', [this.get(s.stmt.target), this.operand(s.stmt.source)]),
                m.i32.const(0),
              ),
            ),
            this.runtimeError(s.stmt, msg),
          ),
          this.set(s.stmt.target, this.operand(s.stmt.source)),
        ];
      }
      case 'AssignIntStmt':
        return [this.set(s.stmt.target, this.numberInt(s.stmt.value))];
      case 'ScanStmt':
        return this.scan(s.stmt);
      case 'NopStmt':
        return [];
      case 'NotStmt': {
        const cond = this.temp();
        const label = this.label('not');
        this.labels.push(label);
        const body = [...this.stmts(s.stmt.block.stmts), m.local.set(cond, m.i32.const(0))];
        this.labels.pop();
        return [
          m.local.set(cond, m.i32.const(1)),
          m.block(label, body),
          this.fail(m.i32.eqz(m.local.get(cond, i32))),
        ];
      }
      case 'DotStmt': {
        if (s.stmt.source.type !== 'local') return [this.fail()];
        return [
          this.fail(
            m.i32.eqz(
              m.local.tee(
                this.local(s.stmt.target),
                this.rt('rt_get', [this.operand(s.stmt.source), this.operand(s.stmt.key)]),
                i32,
              ),
            ),
          ),
        ];
      }
      case 'LenStmt':
        return [this.set(s.stmt.target, this.rt('rt_len', [this.operand(s.stmt.source)]))];
      case 'EqualStmt':
        if (sameOperand(s.stmt.a, s.stmt.b)) return [];
        return [this.fail(this.rt('rt_compare', [this.operand(s.stmt.a), this.operand(s.stmt.b)]))];
      case 'NotEqualStmt':
        if (sameOperand(s.stmt.a, s.stmt.b)) return [this.fail()];
        return [
          this.fail(
            m.i32.eqz(this.rt('rt_compare', [this.operand(s.stmt.a), this.operand(s.stmt.b)])),
          ),
        ];
      case 'MakeNullStmt':
        return [this.set(s.stmt.target, this.rt('rt_null', []))];
      case 'MakeNumberIntStmt':
        return [this.set(s.stmt.target, this.numberInt(s.stmt.value))];
      case 'MakeNumberRefStmt': {
        const text = this.e.staticData.utf8(this.e.stringText(s.stmt.Index));
        return [
          this.set(
            s.stmt.target,
            this.rt('rt_number_ref', [m.i32.const(text.addr), m.i32.const(text.length)]),
          ),
        ];
      }
      case 'MakeArrayStmt':
        return [this.set(s.stmt.target, this.rt('rt_array', [m.i32.const(s.stmt.capacity)]))];
      case 'MakeObjectStmt':
        return [this.set(s.stmt.target, this.rt('rt_object', []))];
      case 'MakeSetStmt':
        return [this.set(s.stmt.target, this.rt('rt_set', []))];
      case 'IsArrayStmt':
        return this.isType(s.stmt.source, T_ARRAY);
      case 'IsObjectStmt':
        return this.isType(s.stmt.source, T_OBJECT);
      case 'IsSetStmt':
        return this.isType(s.stmt.source, T_SET);
      case 'IsDefinedStmt':
        return [this.fail(m.i32.eqz(this.get(s.stmt.source)))];
      case 'IsUndefinedStmt':
        return [this.fail(m.i32.ne(this.get(s.stmt.source), m.i32.const(0)))];
      case 'ResetLocalStmt':
        return [this.set(s.stmt.target, m.i32.const(0))];
      case 'ArrayAppendStmt':
        return [
          this.rt('rt_array_append', [this.get(s.stmt.array), this.operand(s.stmt.value)], none),
        ];
      case 'ObjectInsertStmt':
        return [
          this.rt(
            'rt_object_insert',
            [this.get(s.stmt.object), this.operand(s.stmt.key), this.operand(s.stmt.value)],
            none,
          ),
        ];
      case 'ObjectInsertOnceStmt': {
        const tmp = this.temp();
        return [
          m.local.set(tmp, this.rt('rt_get', [this.get(s.stmt.object), this.operand(s.stmt.key)])),
          m.if(
            m.i32.and(
              m.i32.ne(m.local.get(tmp, i32), m.i32.const(0)),
              m.i32.ne(
                this.rt('rt_compare', [m.local.get(tmp, i32), this.operand(s.stmt.value)]),
                m.i32.const(0),
              ),
            ),
            this.runtimeError(s.stmt, ERR_OBJECT_CONFLICT),
          ),
          this.rt(
            'rt_object_insert',
            [this.get(s.stmt.object), this.operand(s.stmt.key), this.operand(s.stmt.value)],
            none,
          ),
        ];
      }
      case 'ObjectMergeStmt':
        return [
          this.set(s.stmt.target, this.rt('rt_merge', [this.get(s.stmt.a), this.get(s.stmt.b)])),
        ];
      case 'SetAddStmt':
        return [this.rt('rt_set_add', [this.get(s.stmt.set), this.operand(s.stmt.value)], none)];
      default: {
        const unknown: { type: string } = s;
        throw new WasmEmitError(`unsupported IR statement ${unknown.type}`);
      }
    }
  }

  private numberInt(value: number): Expr {
    // binaryen 132 takes the i64 as one bigint (its typings still say two halves).
    const i64 = this.m.i64.const as unknown as (v: bigint) => Expr;
    return this.rt('rt_number_int', [i64(BigInt(value))]);
  }

  private isType(source: Operand, type: number): Expr[] {
    if (source.type !== 'local') return [this.fail()];
    return [
      this.fail(
        this.m.i32.ne(this.rt('rt_type', [this.get(source.value)]), this.m.i32.const(type)),
      ),
    ];
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
  private scan(s: { source: Local; key: Local; value: Local; block: Block }): Expr[] {
    const m = this.m;
    const i = this.temp();
    const n = this.temp();
    const unordered = this.unordered.has(s);
    const keys = unordered ? this.temp() : -1;
    const vals = unordered ? this.temp() : -1;
    const exit = this.label('scan');
    const next = this.label('next');
    this.labels.push(exit, next);
    const at = (list: number): Expr =>
      m.i32.load(
        0,
        4,
        m.i32.add(m.local.get(list, i32), m.i32.shl(m.local.get(i, i32), m.i32.const(2))),
      );
    const key = this.rt('rt_iter_key', [this.get(s.source), m.local.get(i, i32)]);
    const value = this.rt('rt_iter_value', [this.get(s.source), m.local.get(i, i32)]);
    const body = [
      m.br(exit, m.i32.ge_u(m.local.get(i, i32), m.local.get(n, i32))),
      this.set(s.key, unordered ? m.if(m.local.get(keys, i32), at(keys), key) : key),
      this.set(s.value, unordered ? m.if(m.local.get(keys, i32), at(vals), value) : value),
      m.local.set(i, m.i32.add(m.local.get(i, i32), m.i32.const(1))),
      ...this.stmts(s.block.stmts),
      m.br(next),
    ];
    this.labels.pop();
    this.labels.pop();
    const snapshot = unordered
      ? [
          m.local.set(keys, this.rt('rt_scan_keys', [this.get(s.source)])),
          m.local.set(vals, this.rt('rt_scan_values', [this.get(s.source)])),
        ]
      : [];
    return [
      m.local.set(i, m.i32.const(0)),
      m.local.set(n, this.rt('rt_iter_count', [this.get(s.source)])),
      ...snapshot,
      m.block(exit, [m.loop(next, m.block(null, body))]),
    ];
  }

  /** Records where a builtin call stands, for the errors the builtin raises. */
  private callLocation(s: { file: number; row: number; col: number }): Expr {
    const loc = this.e.staticData.location(this.e.fileName(s.file), s.row, s.col);
    return this.rt('rt_set_location', [this.m.i32.const(loc)], none);
  }

  private call(s: {
    func: string;
    args: Operand[];
    result: Local;
    file: number;
    row: number;
    col: number;
  }): Expr[] {
    const m = this.m;
    const args = s.args.map((a) => this.operand(a));
    let call: Expr;
    const fn = this.e.userFunc(s.func);
    const pre: Expr[] = [];
    if (fn) {
      if (fn.params.length !== args.length) {
        throw new WasmEmitError(
          `${s.func} takes ${fn.params.length} arguments, called with ${args.length}`,
        );
      }
      call = m.call(s.func, args, i32);
    } else if (this.e.isNative(s.func)) {
      const native = this.e.native(s.func);
      if (native.arity !== args.length) {
        throw new WasmEmitError(
          `builtin ${s.func} takes ${native.arity} arguments, called with ${args.length}`,
        );
      }
      pre.push(this.callLocation(s));
      const extra = native.hostId === undefined ? [] : [m.i32.const(native.hostId)];
      call = m.call(native.internal, [...args, ...extra], i32);
    } else {
      if (args.length > 4) throw new WasmEmitError(`builtin ${s.func} has more than 4 arguments`);
      const id = this.e.hostId(s.func);
      // Recorded for host builtins too, so their errors say where the call is.
      pre.push(this.callLocation(s));
      call = this.rt(`rt_builtin${args.length}`, [m.i32.const(id), ...args]);
      if (this.e.hostReturnsSet(s.func)) call = this.rt('rt_as_set', [call]);
    }
    return [...pre, this.fail(m.i32.eqz(m.local.tee(this.local(s.result), call, i32)))];
  }

  /**
   * A call through a computed rule path (`data.a[x]`): OPA's contract is that an
   * unknown path fails the innermost block (so the planner's fallback to base data
   * runs), while a known rule that is undefined fails two levels out.
   */
  private callDynamic(s: { args: Local[]; path: Operand[]; result: Local }): Expr[] {
    const m = this.m;
    const d = this.e.staticData;
    const matched = this.temp();
    const pathVals = s.path.map(() => this.temp());
    const out: Expr[] = [m.local.set(matched, m.i32.const(0))];
    s.path.forEach((op, i) => out.push(m.local.set(pathVals[i] as number, this.operand(op))));
    const candidates: Expr[] = [];
    for (const fn of this.e.allFuncs) {
      if (!fn.path || fn.path.length !== s.path.length || fn.params.length !== s.args.length)
        continue;
      const conds = fn.path.map((seg, i) =>
        m.i32.eqz(
          this.rt('rt_compare', [
            m.local.get(pathVals[i] as number, i32),
            m.i32.const(d.stringValue(seg)),
          ]),
        ),
      );
      const all = conds.reduce((a, b) => m.i32.and(a, b));
      candidates.push(
        m.if(
          all,
          m.block(null, [
            m.local.set(matched, m.i32.const(1)),
            this.set(
              s.result,
              m.call(
                fn.name,
                s.args.map((a) => this.get(a)),
                i32,
              ),
            ),
          ]),
        ),
      );
    }
    out.push(...candidates);
    out.push(this.fail(m.i32.eqz(m.local.get(matched, i32))));
    out.push(this.breakTo(2, m.i32.eqz(this.get(s.result))));
    return out;
  }

  private withStmt(s: { local: Local; path: number[]; value: Operand; block: Block }): Expr[] {
    const m = this.m;
    const save = this.temp();
    const undef = this.temp();
    const out: Expr[] = [this.rt('rt_memo_push', [], none), m.local.set(save, this.get(s.local))];
    if (s.path.length === 0) {
      out.push(this.set(s.local, this.operand(s.value)));
    } else {
      const node = this.temp();
      out.push(this.set(s.local, this.rt('rt_with_root', [this.get(s.local)])));
      out.push(m.local.set(node, this.get(s.local)));
      for (const seg of s.path.slice(0, -1)) {
        out.push(
          m.local.set(
            node,
            this.rt('rt_with_step', [m.local.get(node, i32), m.i32.const(this.e.stringAddr(seg))]),
          ),
        );
      }
      const last = s.path[s.path.length - 1] as number;
      out.push(
        this.rt(
          'rt_object_insert',
          [m.local.get(node, i32), m.i32.const(this.e.stringAddr(last)), this.operand(s.value)],
          none,
        ),
      );
    }
    out.push(m.local.set(undef, m.i32.const(1)));
    const label = this.label('with');
    this.labels.push(label);
    const body = [...this.stmts(s.block.stmts), m.local.set(undef, m.i32.const(0))];
    this.labels.pop();
    out.push(
      m.block(label, body),
      this.set(s.local, m.local.get(save, i32)),
      this.rt('rt_memo_pop', [], none),
      this.fail(m.local.get(undef, i32)),
    );
    return out;
  }
}

function sameOperand(a: Operand, b: Operand): boolean {
  return a.type === b.type && a.value === b.value;
}
