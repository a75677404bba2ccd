// IR -> policy.wasm. The prebuilt runtime (values, JSON, heap, native builtins, the ABI
// exports) is linked with the policy: the emitter lays the policy's constants out after
// the runtime's data, writes one Wasm function per IR function plus the `eval` plan
// dispatcher, defines the functions the runtime imports from "policy", and writes the
// module. It translates statements only: Rego semantics live in the planner and in the
// runtime.
//
// The module is written by the project's own binary writer (./binary/), not by a Wasm
// toolchain: a check compiles the repository's policies on every run, and loading
// binaryen alone took about a second in a new process, while the emitter needs only
// a few instructions, forward branches and one data segment. WebAssembly.validate
// checks every module before it leaves, as binaryen's validator did.

import { RegoCompileError } from '../errors.js';
import type { Block, Func, Local, Operand, Plan, Policy, Stmt } from '../ir/ir.js';
import { Code, type Frame, I32 } from './binary/code.js';
import { firstPolicyFunction, type LinkedFunction, linkModule } from './binary/link.js';
import { readRuntime, type RuntimeModule } from './binary/runtime-module.js';
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

// OPA's runtime error messages (internal/compiler/wasm).
const ERR_VAR_CONFLICT = 'var assignment conflict';
const ERR_FUNC_CONFLICT = 'functions must not produce multiple outputs for same inputs';
const ERR_OBJECT_CONFLICT = 'object insert conflict';
const ERR_ENTRYPOINT = 'internal: illegal entrypoint id';

/**
 * Locals one function may declare: V8's limit (kV8MaxWasmFunctionLocals), which other engines
 * share. A rule body of about 12,000 comparisons reaches it.
 */
const MAX_LOCALS = 50_000;

const T_ARRAY = 5;
const T_OBJECT = 6;
const T_SET = 7;

/**
 * `runtime` is the compiled runtime to extend; another build of the same sources (one
 * that keeps its function names, for a profiler) can stand in for the committed one.
 */
export function emitWasm(policy: Policy, runtime: Uint8Array = runtimeWasm()): Uint8Array {
  const bytes = new Emitter(readRuntime(runtime), policy).run();
  validate(bytes);
  return bytes;
}

// The WebAssembly global, typed for the two calls made here (the project's libs omit it).
const wasm = (
  globalThis as unknown as {
    WebAssembly: { validate(b: Uint8Array): boolean; Module: new (b: Uint8Array) => object };
  }
).WebAssembly;

function validate(bytes: Uint8Array): void {
  if (wasm.validate(bytes)) return;
  let reason = 'invalid';
  try {
    new wasm.Module(bytes);
  } catch (e) {
    reason = e instanceof Error ? e.message : String(e);
  }
  throw new WasmEmitError(`the generated module does not validate: ${reason}`);
}

/**
 * The runtime function implementing builtin `name`: `b_<name>` natively, or
 * `bh_<name>`, native for common operands and calling the host for the rest (it takes
 * the builtin's host id as one more argument).
 */
function nativeExportName(name: string, withHost = false): string {
  return `${withHost ? 'bh' : 'b'}_${name.replace(/\./g, '_')}`;
}

/** A runtime function the policy calls: its index and its parameter count. */
interface RuntimeFunc {
  index: number;
  params: number;
}

class Emitter {
  private readonly exports = new Map<string, RuntimeFunc>();
  private readonly data: StaticData;
  private readonly strings: number[] = [];
  private readonly files: string[];
  private readonly funcs: Func[];
  private readonly plans: Plan[];
  private readonly funcIndex = new Map<string, number>();
  private readonly hostIds = new Map<string, number>();
  private readonly firstFunc: number;
  private readonly definitions = new Map<string, Uint8Array>();
  /** Functions that print, so scans calling them keep OPA's order. */
  readonly printing: Set<string>;

  constructor(
    private readonly runtime: RuntimeModule,
    private readonly policy: Policy,
  ) {
    const defined = runtime.keptFuncImports + runtime.policyImports.length;
    for (const e of runtime.exports) {
      if (e.kind !== 0) continue;
      const type =
        e.index >= defined
          ? runtime.funcTypes[e.index - defined]
          : runtime.policyImports[e.index - runtime.keptFuncImports]?.type;
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
    // Host builtin ids are positions in static.builtin_funcs, as OPA numbers them.
    (policy.static?.builtin_funcs ?? []).forEach((b, i) => {
      if (!this.exports.has(nativeExportName(b.name))) this.hostIds.set(b.name, i);
    });
  }

  run(): Uint8Array {
    const functions: LinkedFunction[] = this.funcs.map((f) => ({
      name: f.name,
      type: { params: f.params.map(() => I32), results: [I32] },
      body: new FunctionCompiler(this, f).compileFunc(),
    }));
    this.define('eval', new FunctionCompiler(this, null).compileEval(this.plans));
    this.define('builtins', this.nameMap([...this.hostIds.entries()]));
    this.define('entrypoints', this.nameMap(this.plans.map((p, i) => [p.name, i])));
    // Input strings equal to a policy constant become that constant when parsed, so
    // looking up `g.role` compares pointers (json.as.ts, intern).
    this.define('static_strings', constant(this.data.addressList(this.strings)));
    this.define('heap_base', constant(this.data.end));
    for (const p of this.runtime.policyImports) {
      if (!this.definitions.has(p.name))
        throw new WasmEmitError(
          `the runtime imports policy.${p.name}, which the emitter does not define`,
        );
    }
    return linkModule({
      runtime: this.runtime,
      definitions: this.definitions,
      functions,
      data: { base: this.data.base, bytes: this.data.bytes },
      pages: Math.max(1, Math.ceil(this.data.end / 65536)),
      dropExport: (name) => /^(rt|b|bh)_/.test(name),
    });
  }

  /** Defines the runtime's import `policy.<name>` (an import the runtime dropped needs none). */
  private define(name: string, body: Uint8Array): void {
    this.definitions.set(name, body);
  }

  /** A function returning an object from names to ids (`builtins`, `entrypoints`). */
  private nameMap(entries: [string, number][]): Uint8Array {
    const c = new Code();
    c.call(this.rt('rt_object')).localSet(0);
    for (const [key, id] of entries) {
      c.localGet(0).i32Const(this.data.cstring(key)).i32Const(id);
      c.call(this.rt('rt_name_map_insert'));
    }
    c.localGet(0);
    return c.body(1);
  }

  // ---- lookups used while compiling

  isNative(name: string): boolean {
    return (
      this.exports.has(nativeExportName(name)) || this.exports.has(nativeExportName(name, true))
    );
  }

  rt(name: string): number {
    const f = this.exports.get(name);
    if (f === undefined) throw new WasmEmitError(`the runtime has no export ${name}`);
    return f.index;
  }

  native(name: string): { index: number; arity: number; hostId?: number } {
    const withHost = this.exports.has(nativeExportName(name, true));
    const exportName = nativeExportName(name, withHost);
    const f = this.exports.get(exportName);
    if (f === undefined) throw new WasmEmitError(`the runtime has no export ${exportName}`);
    if (withHost) return { index: f.index, arity: f.params - 1, hostId: this.hostId(name) };
    return { index: f.index, arity: f.params };
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

  userFunc(name: string): { func: Func; index: number } | undefined {
    const i = this.funcIndex.get(name);
    const func = i === undefined ? undefined : this.funcs[i];
    return func === undefined || i === undefined ? undefined : { func, index: this.firstFunc + i };
  }

  /** The Wasm function index of the IR function at `position` in `funcs`. */
  funcWasmIndex(position: number): number {
    return this.firstFunc + position;
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
}

/** A function of no parameters returning `value`. */
function constant(value: number): Uint8Array {
  return new Code().i32Const(value).body(0);
}

/** Compiles one IR function, or the plans into `eval`, to a Wasm function body. */
class FunctionCompiler {
  private readonly locals = new Map<Local, number>();
  private tempCount = 0;
  private readonly paramCount: number;
  /** The frames IR blocks and breaks count, innermost last. */
  private readonly labels: Frame[] = [];
  private readonly c = new Code();
  private resultSet = -1;
  private readonly unordered = new Set<object>();

  constructor(
    private readonly e: Emitter,
    private readonly fn: Func | null,
  ) {
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
    return this.paramCount + this.tempCount++;
  }

  private get(l: Local): void {
    this.c.localGet(this.local(l));
  }

  private set(l: Local): void {
    this.c.localSet(this.local(l));
  }

  /** Leaves the innermost block when the value on the stack is not zero: the statement is undefined. */
  private failIf(): void {
    this.c.brIf(this.innermost(0));
  }

  /** Leaves the innermost block: the statement is undefined. */
  private fail(): void {
    this.c.br(this.innermost(0));
  }

  private innermost(index: number): Frame {
    const target = this.labels[this.labels.length - 1 - index];
    if (target === undefined) {
      throw new WasmEmitError(
        index === 0 ? 'a statement outside any block' : `break ${index} leaves the function`,
      );
    }
    return target;
  }

  private rt(name: string): void {
    this.c.call(this.e.rt(name));
  }

  private operand(op: Operand): void {
    switch (op.type) {
      case 'local':
        this.get(op.value);
        return;
      case 'string_index':
        this.c.i32Const(this.e.stringAddr(op.value));
        return;
      case 'bool':
        this.rt(op.value ? 'rt_true' : 'rt_false');
        return;
    }
  }

  /** `if` the i32 on the stack is not zero, aborts with `file:row:col: msg`. */
  private runtimeErrorIf(loc: { file: number; row: number; col: number }, msg: string): void {
    const d = this.e.staticData;
    this.c.if();
    this.c
      .i32Const(d.cstring(this.e.fileName(loc.file)))
      .i32Const(loc.row)
      .i32Const(loc.col);
    this.c.i32Const(d.cstring(msg));
    this.rt('rt_runtime_error');
    this.c.unreachable().end();
  }

  // ---- functions

  compileFunc(): Uint8Array {
    const fn = this.fn;
    if (!fn) throw new WasmEmitError('compileFunc without a function');
    const c = this.c;
    const ret = this.local(fn.return);
    if (fn.params.length === 2) {
      // Memoised per evaluation: a rule of input and data is computed once.
      c.i32Const(this.e.funcMemoSlot(fn.name));
      this.rt('rt_memo_get');
      c.localTee(ret).if();
      c.localGet(ret).return().end();
    }
    for (const block of fn.blocks) this.block(block);
    this.returnLocal(fn.return);
    if (this.paramCount + this.tempCount > MAX_LOCALS) this.tooManyLocals(fn);
    return c.body(this.tempCount);
  }

  /** A rule whose body needs more locals than an engine takes, named where it starts. */
  private tooManyLocals(fn: Func): never {
    const first = fn.blocks[0]?.stmts[0]?.stmt as { file: number; row: number; col: number };
    throw new RegoCompileError([
      {
        code: 'rego_compile_error',
        message: `rule ${fn.path ? ['data', ...fn.path.slice(1)].join('.') : fn.name} needs ${this.paramCount + this.tempCount} locals in one WebAssembly function, where engines take at most ${MAX_LOCALS}: split its body into smaller rules`,
        file: this.e.fileName(first?.file ?? -1),
        row: first?.row ?? 0,
        col: first?.col ?? 0,
      },
    ]);
  }

  private returnLocal(source: Local): void {
    const fn = this.fn;
    if (fn && fn.params.length === 2) {
      this.c.i32Const(this.e.funcMemoSlot(fn.name));
      this.get(source);
      this.rt('rt_memo_insert');
    }
    this.get(source);
    this.c.return();
  }

  /** `eval(ctx)`: runs the plan the context's entrypoint names, as OPA's `eval` does. */
  compileEval(plans: Plan[]): Uint8Array {
    const c = this.c;
    const ctx = 0;
    for (const plan of plans)
      for (const scan of unorderedScans(plan, this.e.printing)) this.unordered.add(scan);
    this.resultSet = this.temp();
    const entry = this.temp();
    c.i32Const(this.e.funcCount);
    this.rt('rt_memo_init');
    c.localGet(ctx).i32Load(0);
    this.set(0);
    c.localGet(ctx).i32Load(4);
    this.set(1);
    this.rt('rt_set');
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
    this.rt('rt_abort');
    c.unreachable().end();
    return c.body(this.tempCount);
  }

  // ---- blocks and statements

  private block(block: Block): void {
    this.labels.push(this.c.block());
    this.stmts(block.stmts);
    this.labels.pop();
    this.c.end();
  }

  private stmts(stmts: Stmt[]): void {
    for (const s of stmts) this.stmt(s);
  }

  private stmt(s: Stmt): void {
    const c = this.c;
    switch (s.type) {
      case 'ResultSetAddStmt':
        if (this.resultSet < 0) throw new WasmEmitError('ResultSetAddStmt outside a plan');
        c.localGet(this.resultSet);
        this.get(s.stmt.value);
        this.rt('rt_set_add');
        return;
      case 'ReturnLocalStmt':
        this.returnLocal(s.stmt.source);
        return;
      case 'BlockStmt':
        for (const b of s.stmt.blocks) this.block(b);
        return;
      case 'BreakStmt':
        c.br(this.innermost(s.stmt.index));
        return;
      case 'CallStmt':
        this.call(s.stmt);
        return;
      case 'CallDynamicStmt':
        this.callDynamic(s.stmt);
        return;
      case 'WithStmt':
        this.withStmt(s.stmt);
        return;
      case 'AssignVarStmt':
        this.operand(s.stmt.source);
        this.set(s.stmt.target);
        return;
      case 'AssignVarOnceStmt': {
        const fn = this.fn;
        const base = fn && fn.params.length > 2 ? ERR_FUNC_CONFLICT : ERR_VAR_CONFLICT;
        // The rule's path follows, so the error can name the rule as OPA's does.
        const msg = fn?.path ? `${base}: ${['data', ...fn.path.slice(1)].join('.')}` : base;
        // target defined and different from the source: a conflict
        this.get(s.stmt.target);
        c.i32Const(0).i32Ne();
        this.get(s.stmt.target);
        this.operand(s.stmt.source);
        this.rt('rt_compare');
        c.i32Const(0).i32Ne().i32And();
        this.runtimeErrorIf(s.stmt, msg);
        this.operand(s.stmt.source);
        this.set(s.stmt.target);
        return;
      }
      case 'AssignIntStmt':
        this.numberInt(s.stmt.value);
        this.set(s.stmt.target);
        return;
      case 'ScanStmt':
        this.scan(s.stmt);
        return;
      case 'NopStmt':
        return;
      case 'NotStmt': {
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
      case 'DotStmt':
        if (s.stmt.source.type !== 'local') {
          this.fail();
          return;
        }
        this.operand(s.stmt.source);
        this.operand(s.stmt.key);
        this.rt('rt_get');
        c.localTee(this.local(s.stmt.target)).i32Eqz();
        this.failIf();
        return;
      case 'LenStmt':
        this.operand(s.stmt.source);
        this.rt('rt_len');
        this.set(s.stmt.target);
        return;
      case 'EqualStmt':
        if (sameOperand(s.stmt.a, s.stmt.b)) return;
        this.operand(s.stmt.a);
        this.operand(s.stmt.b);
        this.rt('rt_compare');
        this.failIf();
        return;
      case 'NotEqualStmt':
        if (sameOperand(s.stmt.a, s.stmt.b)) {
          this.fail();
          return;
        }
        this.operand(s.stmt.a);
        this.operand(s.stmt.b);
        this.rt('rt_compare');
        c.i32Eqz();
        this.failIf();
        return;
      case 'MakeNullStmt':
        this.rt('rt_null');
        this.set(s.stmt.target);
        return;
      case 'MakeNumberIntStmt':
        this.numberInt(s.stmt.value);
        this.set(s.stmt.target);
        return;
      case 'MakeNumberRefStmt': {
        const text = this.e.staticData.utf8(this.e.stringText(s.stmt.Index));
        c.i32Const(text.addr).i32Const(text.length);
        this.rt('rt_number_ref');
        this.set(s.stmt.target);
        return;
      }
      case 'MakeArrayStmt':
        c.i32Const(s.stmt.capacity);
        this.rt('rt_array');
        this.set(s.stmt.target);
        return;
      case 'MakeObjectStmt':
        this.rt('rt_object');
        this.set(s.stmt.target);
        return;
      case 'MakeSetStmt':
        this.rt('rt_set');
        this.set(s.stmt.target);
        return;
      case 'IsArrayStmt':
        this.isType(s.stmt.source, T_ARRAY);
        return;
      case 'IsObjectStmt':
        this.isType(s.stmt.source, T_OBJECT);
        return;
      case 'IsSetStmt':
        this.isType(s.stmt.source, T_SET);
        return;
      case 'IsDefinedStmt':
        this.get(s.stmt.source);
        c.i32Eqz();
        this.failIf();
        return;
      case 'IsUndefinedStmt':
        this.get(s.stmt.source);
        c.i32Const(0).i32Ne();
        this.failIf();
        return;
      case 'ResetLocalStmt':
        c.i32Const(0);
        this.set(s.stmt.target);
        return;
      case 'ArrayAppendStmt':
        this.get(s.stmt.array);
        this.operand(s.stmt.value);
        this.rt('rt_array_append');
        return;
      case 'ObjectInsertStmt':
        this.get(s.stmt.object);
        this.operand(s.stmt.key);
        this.operand(s.stmt.value);
        this.rt('rt_object_insert');
        return;
      case 'ObjectInsertOnceStmt': {
        const tmp = this.temp();
        this.get(s.stmt.object);
        this.operand(s.stmt.key);
        this.rt('rt_get');
        c.localTee(tmp).i32Const(0).i32Ne();
        c.localGet(tmp);
        this.operand(s.stmt.value);
        this.rt('rt_compare');
        c.i32Const(0).i32Ne().i32And();
        this.runtimeErrorIf(s.stmt, ERR_OBJECT_CONFLICT);
        this.get(s.stmt.object);
        this.operand(s.stmt.key);
        this.operand(s.stmt.value);
        this.rt('rt_object_insert');
        return;
      }
      case 'ObjectMergeStmt':
        this.get(s.stmt.a);
        this.get(s.stmt.b);
        this.rt('rt_merge');
        this.set(s.stmt.target);
        return;
      case 'SetAddStmt':
        this.get(s.stmt.set);
        this.operand(s.stmt.value);
        this.rt('rt_set_add');
        return;
      default: {
        const unknown: { type: string } = s;
        throw new WasmEmitError(`unsupported IR statement ${unknown.type}`);
      }
    }
  }

  private numberInt(value: number): void {
    if (!Number.isInteger(value) || Math.abs(value) >= 2 ** 63)
      throw new WasmEmitError(`integer statement value ${value} is not a 64-bit integer`);
    this.c.i64Const(Number.isSafeInteger(value) ? value : BigInt(value));
    this.rt('rt_number_int');
  }

  private isType(source: Operand, type: number): void {
    if (source.type !== 'local') {
      this.fail();
      return;
    }
    this.get(source.value);
    this.rt('rt_type');
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
  private scan(s: { source: Local; key: Local; value: Local; block: Block }): void {
    const c = this.c;
    const i = this.temp();
    const n = this.temp();
    const unordered = this.unordered.has(s);
    const keys = unordered ? this.temp() : -1;
    const vals = unordered ? this.temp() : -1;
    c.i32Const(0).localSet(i);
    this.get(s.source);
    this.rt('rt_iter_count');
    c.localSet(n);
    if (unordered) {
      this.get(s.source);
      this.rt('rt_scan_keys');
      c.localSet(keys);
      this.get(s.source);
      this.rt('rt_scan_values');
      c.localSet(vals);
    }
    const exit = c.block();
    const next = c.loop();
    this.labels.push(exit, next);
    c.localGet(i).localGet(n).i32GeU().brIf(exit);
    const member = (list: number, iter: string, target: Local) => {
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
    member(keys, 'rt_iter_key', s.key);
    member(vals, 'rt_iter_value', s.value);
    c.localGet(i).i32Const(1).i32Add().localSet(i);
    this.stmts(s.block.stmts);
    c.br(next);
    this.labels.pop();
    this.labels.pop();
    c.end().end();
  }

  /** Records where a builtin call stands, for the errors the builtin raises. */
  private callLocation(s: { file: number; row: number; col: number }): void {
    this.c.i32Const(this.e.staticData.location(this.e.fileName(s.file), s.row, s.col));
    this.rt('rt_set_location');
  }

  private call(s: {
    func: string;
    args: Operand[];
    result: Local;
    file: number;
    row: number;
    col: number;
  }): void {
    const c = this.c;
    const fn = this.e.userFunc(s.func);
    if (fn) {
      if (fn.func.params.length !== s.args.length) {
        throw new WasmEmitError(
          `${s.func} takes ${fn.func.params.length} arguments, called with ${s.args.length}`,
        );
      }
      for (const a of s.args) this.operand(a);
      c.call(fn.index);
    } else if (this.e.isNative(s.func)) {
      const native = this.e.native(s.func);
      if (native.arity !== s.args.length) {
        throw new WasmEmitError(
          `builtin ${s.func} takes ${native.arity} arguments, called with ${s.args.length}`,
        );
      }
      this.callLocation(s);
      for (const a of s.args) this.operand(a);
      if (native.hostId !== undefined) c.i32Const(native.hostId);
      c.call(native.index);
    } else {
      if (s.args.length > 4) throw new WasmEmitError(`builtin ${s.func} has more than 4 arguments`);
      // Recorded for host builtins too, so their errors say where the call is.
      this.callLocation(s);
      c.i32Const(this.e.hostId(s.func));
      for (const a of s.args) this.operand(a);
      this.rt(`rt_builtin${s.args.length}`);
      if (this.e.hostReturnsSet(s.func)) this.rt('rt_as_set');
    }
    c.localTee(this.local(s.result)).i32Eqz();
    this.failIf();
  }

  /**
   * A call through a computed rule path (`data.a[x]`): OPA's contract is that an
   * unknown path fails the innermost block (so the planner's fallback to base data
   * runs), while a known rule that is undefined fails two levels out.
   */
  private callDynamic(s: { args: Local[]; path: Operand[]; result: Local }): void {
    const c = this.c;
    const d = this.e.staticData;
    const matched = this.temp();
    const pathVals = s.path.map(() => this.temp());
    c.i32Const(0).localSet(matched);
    s.path.forEach((op, i) => {
      this.operand(op);
      c.localSet(pathVals[i] as number);
    });
    for (const [position, fn] of this.e.allFuncs.entries()) {
      if (!fn.path || fn.path.length !== s.path.length || fn.params.length !== s.args.length)
        continue;
      fn.path.forEach((seg, i) => {
        c.localGet(pathVals[i] as number).i32Const(d.stringValue(seg));
        this.rt('rt_compare');
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

  private withStmt(s: { local: Local; path: number[]; value: Operand; block: Block }): void {
    const c = this.c;
    const save = this.temp();
    const undef = this.temp();
    this.rt('rt_memo_push');
    this.get(s.local);
    c.localSet(save);
    if (s.path.length === 0) {
      this.operand(s.value);
      this.set(s.local);
    } else {
      const node = this.temp();
      this.get(s.local);
      this.rt('rt_with_root');
      this.set(s.local);
      this.get(s.local);
      c.localSet(node);
      for (const seg of s.path.slice(0, -1)) {
        c.localGet(node).i32Const(this.e.stringAddr(seg));
        this.rt('rt_with_step');
        c.localSet(node);
      }
      const last = s.path[s.path.length - 1] as number;
      c.localGet(node).i32Const(this.e.stringAddr(last));
      this.operand(s.value);
      this.rt('rt_object_insert');
    }
    c.i32Const(1).localSet(undef);
    this.labels.push(c.block());
    this.stmts(s.block.stmts);
    c.i32Const(0).localSet(undef);
    this.labels.pop();
    c.end();
    c.localGet(save);
    this.set(s.local);
    this.rt('rt_memo_pop');
    c.localGet(undef);
    this.failIf();
  }
}

function sameOperand(a: Operand, b: Operand): boolean {
  return a.type === b.type && a.value === b.value;
}
