// Plans checked modules into OPA's IR the way OPA's own planner
// (internal/planner/planner.go) does: one function per rule path, one plan per entrypoint,
// bodies as nested blocks planned in continuation-passing style (each step plans itself and
// then the rest of the body inside whatever block or scan it opened), refs into `data` as
// calls to rule functions merged with base documents.
import { lookupBuiltin } from '../builtins/index.js';
import { relations } from '../compile/arity.js';
import type { RuleInfo } from '../compile/state.js';
import {
  callExpr,
  isGround,
  madeOf,
  refName,
  refString,
  termVars,
  varTerm,
} from '../compile/terms.js';
import type {
  Block,
  BuiltinFunc,
  Func,
  FunctionDecl,
  Local,
  Operand,
  Plan,
  Policy,
  Stmt,
} from '../ir/ir.js';
import type {
  ArrayTerm,
  Body,
  CallTerm,
  Every,
  Expr,
  Location,
  ObjectTerm,
  RefTerm,
  Term,
} from '../syntax/ast.js';
import { compareTerms, termKey } from './order.js';
import { RuleTrie } from './rule-trie.js';

type Iter = () => void;

/** A plan that cannot be made; carries where, for a located error. */
export class PlanError extends Error {
  constructor(
    message: string,
    readonly location: Location | undefined,
  ) {
    super(message);
  }
}

const INPUT = 'input';
const DATA = 'data';
const UNUSED: Local = 2;

const local = (value: Local): Operand => ({ type: 'local', value });
const bool = (value: boolean): Operand => ({ type: 'bool', value });

type StmtOf<T extends Stmt['type']> = Extract<Stmt, { type: T }>;
type Fields<T extends Stmt['type']> = Omit<StmtOf<T>['stmt'], 'file' | 'col' | 'row'>;

function mk<T extends Stmt['type']>(type: T, fields: Fields<T>): StmtOf<T> {
  return { type, stmt: { ...fields, file: 0, col: 0, row: 0 } } as unknown as StmtOf<T>;
}

class VarStack {
  private frames: Map<string, Local>[];
  constructor(root: Map<string, Local>) {
    this.frames = [root];
  }
  get(name: string): Local | undefined {
    for (let i = this.frames.length - 1; i >= 0; i--) {
      const l = this.frames[i]?.get(name);
      if (l !== undefined) return l;
    }
    return undefined;
  }
  put(name: string, l: Local): void {
    this.frames[this.frames.length - 1]?.set(name, l);
  }
  push(): void {
    this.frames.push(new Map());
  }
  pop(): void {
    this.frames.pop();
  }
}

/** Planned function names per rule path; a `with` on data starts a new generation. */
class FuncStack {
  private stack: { pairs: Map<string, string>; gen: number }[] = [{ pairs: new Map(), gen: 0 }];
  private next = 1;
  private get last() {
    return this.stack[this.stack.length - 1] as { pairs: Map<string, string>; gen: number };
  }
  get(key: string): string | undefined {
    return this.last.pairs.get(key);
  }
  add(key: string, name: string): void {
    this.last.pairs.set(key, name);
  }
  push(): void {
    this.stack.push({ pairs: new Map(), gen: this.next++ });
  }
  pop(): void {
    this.stack.pop();
  }
  gen(): number {
    return this.last.gen;
  }
}

// A replacement value that reads the caller's locals is planned once, where the `with`
// is, and reaches the replaced calls in other functions as an extra parameter.
const CAPTURE_PREFIX = '$with';

/** Function replacements from `with f as g`, innermost first. */
class MockStack {
  private stack: Map<string, Term>[][] = [[]];
  private get top(): Map<string, Term>[] {
    return this.stack[this.stack.length - 1] as Map<string, Term>[];
  }
  push(): void {
    this.stack.push([]);
  }
  pop(): void {
    this.stack.pop();
  }
  pushFrame(f: Map<string, Term>): void {
    this.top.push(f);
  }
  popFrame(): void {
    this.top.pop();
  }
  /**
   * The names standing for captured replacement values (`with f as x`, x a local) in
   * scope, outermost first: rule functions planned under them take them as parameters.
   */
  captures(): string[] {
    const out: string[] = [];
    for (const frame of this.top) {
      for (const t of frame.values()) {
        if (t.type === 'var' && t.name.startsWith(CAPTURE_PREFIX)) out.push(t.name);
      }
    }
    return out;
  }
  lookup(name: string): Term | undefined {
    const frames = this.top;
    for (let i = frames.length - 1; i >= 0; i--) {
      const t = frames[i]?.get(name);
      if (t) return t;
    }
    return undefined;
  }
}

export interface PlanQuery {
  /** `test/p` */
  name: string;
  /** `data.test.p` */
  ref: Term[];
}

export class Planner {
  private strings: { value: string }[] = [];
  private stringIndex = new Map<string, number>();
  private files: { value: string }[] = [];
  private fileIndex = new Map<string, number>();
  private externs = new Map<string, FunctionDecl>();
  private funcsOut: Func[] = [];
  private plans: Plan[] = [];
  private trie = new RuleTrie();
  private funcs = new FuncStack();
  private mocks = new MockStack();
  private captureCount = 0;
  /**
   * Numbers the output variables of nested calls. Not the next local's number: planning a
   * call's arguments may allocate no local before an inner call names its own output, and
   * two calls sharing one output name would turn the outer call into a comparison.
   */
  private callCount = 0;
  private curr: Block = { stmts: [] };
  private vars = new VarStack(
    new Map([
      [INPUT, 0],
      [DATA, 1],
    ]),
  );
  private ltarget: Operand = local(0);
  private lnext: Local = UNUSED;
  private loc: Location | undefined;

  constructor(rules: RuleInfo[], emptyPackages: Term[][]) {
    for (const path of emptyPackages) this.trie.lookupOrInsert(path);
    for (const info of rules) this.trie.addRule(stringPrefix(info.path), info);
  }

  /** Where planning is: the expression or rule planned last. */
  get location(): Location | undefined {
    return this.loc;
  }

  plan(queries: PlanQuery[]): Policy {
    this.planQueries(queries);
    const builtinFuncs: BuiltinFunc[] = [...this.externs.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([name, decl]) => ({ name, decl }));
    return {
      static: { strings: this.strings, builtin_funcs: builtinFuncs, files: this.files },
      plans: { plans: this.plans },
      funcs: { funcs: this.funcsOut },
    };
  }

  // ---- bookkeeping ---------------------------------------------------------------

  private newLocal(): Local {
    return this.lnext++;
  }

  private str(s: string): number {
    let i = this.stringIndex.get(s);
    if (i === undefined) {
      i = this.strings.length;
      this.strings.push({ value: s });
      this.stringIndex.set(s, i);
    }
    return i;
  }

  private file(name: string): number {
    let i = this.fileIndex.get(name);
    if (i === undefined) {
      i = this.files.length;
      this.files.push({ value: name });
      this.fileIndex.set(name, i);
    }
    return i;
  }

  private appendTo(s: Stmt, block: Block): void {
    if (this.loc) {
      const at = s.stmt as { file: number; col: number; row: number };
      at.file = this.file(this.loc.file || '<query>');
      at.row = this.loc.row;
      at.col = this.loc.col;
    }
    block.stmts.push(s);
  }

  private append(s: Stmt): void {
    this.appendTo(s, this.curr);
  }

  private blockWith(s: Stmt): Block {
    const b: Block = { stmts: [] };
    this.appendTo(s, b);
    return b;
  }

  private defaultOperands(): Operand[] {
    return [
      local(this.vars.get(INPUT) ?? 0),
      local(this.vars.get(DATA) ?? 1),
      ...this.mocks.captures().map((name) => local(this.vars.get(name) ?? 0)),
    ];
  }

  // ---- rules -------------------------------------------------------------------------

  private planRules(rules: RuleInfo[]): string {
    // Rules nearer the root come first; the longest refs are planned first so that a
    // shallower rule overriding a deeper value is caught as a conflict.
    const first = rules[0] as RuleInfo;
    const pathRef = first.path;
    let pieces = pathRef.length;
    for (const r of rules) {
      r.path.forEach((t, j) => {
        if (t.type !== 'string' && j > 0 && j < pieces) pieces = j;
      });
    }
    const buildObject = pieces !== pathRef.length;
    rules = [...rules].sort((a, b) => b.path.length - a.path.length);
    const pathPieces = pathRef.slice(1, pieces).map((t) => {
      if (t.type !== 'string')
        throw new PlanError('rule path with a variable inside is not supported', t.loc);
      return t.value;
    });
    const path = refString(pathRef.slice(0, pieces));
    const captures = this.mocks.captures();
    // The same rules planned under other captured values take other parameters.
    const key = captures.length === 0 ? path : `${path}(${captures.join(',')})`;
    const planned = this.funcs.get(key);
    if (planned) return planned;

    const saved = {
      vars: this.vars,
      curr: this.curr,
      ltarget: this.ltarget,
      lnext: this.lnext,
      loc: this.loc,
    };
    this.lnext = 0;
    this.loc = first.rule.head.loc;

    const gen = this.funcs.gen();
    const params = [this.newLocal(), this.newLocal()];
    const captureLocals = captures.map(() => this.newLocal());
    params.push(...captureLocals);
    const fn: Func = {
      name: `g${gen}.${path}`,
      params,
      blocks: [],
      path: [`g${gen}`, ...pathPieces],
      return: this.newLocal(),
    };
    const nargs = first.rule.head.args?.length ?? 0;
    for (let i = 0; i < nargs; i++) params.push(this.newLocal());
    const argLocals = params.slice(2 + captureLocals.length);
    const multi = first.rule.head.contains;
    if (buildObject) {
      fn.blocks.push(this.blockWith(mk('MakeObjectStmt', { target: fn.return })));
    } else if (multi) {
      fn.blocks.push(this.blockWith(mk('MakeSetStmt', { target: fn.return })));
    }

    const lresult = this.newLocal();
    const lnext = this.lnext;
    let defaultRule: RuleInfo | undefined;
    const ruleLoc = this.loc;

    for (const info of rules) {
      if (info.rule.default) {
        defaultRule = info;
        continue;
      }
      let blocks: Block[];
      if (!info.rule.else) blocks = fn.blocks;
      else {
        const stmt = mk('BlockStmt', { blocks: [] });
        fn.blocks.push({ stmts: [stmt] });
        blocks = stmt.stmt.blocks;
      }
      let prev = false;
      for (let rule: typeof info.rule | undefined = info.rule; rule; rule = rule.else) {
        const current = rule;
        this.loc = current.head.loc;
        this.lnext = lnext;
        this.vars = new VarStack(
          new Map([
            [INPUT, params[0] as Local],
            [DATA, params[1] as Local],
            ...captures.map((name, i): [string, Local] => [name, captureLocals[i] as Local]),
          ]),
        );
        const curr: Block = { stmts: [] };
        blocks.push(curr);
        this.curr = curr;
        if (prev) this.append(mk('IsUndefinedStmt', { source: lresult }));
        else this.append(mk('ResetLocalStmt', { target: lresult }));
        prev = true;
        const args = current.head.args ?? first.rule.head.args ?? [];
        this.planFuncParams(argLocals, args, 0, () =>
          this.planQuery(current.body, 0, () => {
            const head = current.head;
            const ref = info.path;
            const last = ref[ref.length - 1] as Term;
            const inner = ref.slice(pieces, -1);
            if (head.contains && buildObject) {
              this.planNestedObjects(fn.return, inner, (obj) =>
                this.planTerm(last, () => {
                  const key = this.ltarget;
                  this.planTerm(head.key as Term, () => {
                    const value = this.ltarget;
                    this.planDotOr(
                      obj,
                      key,
                      (v) => mk('MakeSetStmt', { target: v }),
                      (set) => {
                        this.append(mk('SetAddStmt', { value, set }));
                        this.append(
                          mk('ObjectInsertStmt', { key, value: local(set), object: obj }),
                        );
                      },
                    );
                  });
                }),
              );
            } else if (head.contains) {
              this.planTerm(head.key as Term, () => {
                this.append(mk('SetAddStmt', { value: this.ltarget, set: fn.return }));
              });
            } else if (buildObject) {
              this.planTerm(head.value as Term, () => {
                const value = this.ltarget;
                this.planNestedObjects(fn.return, inner, (obj) =>
                  this.planTerm(last, () => {
                    this.append(
                      mk('ObjectInsertOnceStmt', { key: this.ltarget, value, object: obj }),
                    );
                  }),
                );
              });
            } else {
              this.planTerm(head.value as Term, () => {
                this.append(mk('AssignVarOnceStmt', { source: this.ltarget, target: lresult }));
              });
            }
          }),
        );
      }
      if (!multi && !buildObject) {
        const end: Block = { stmts: [] };
        this.appendTo(mk('IsDefinedStmt', { source: lresult }), end);
        this.appendTo(mk('AssignVarOnceStmt', { source: local(lresult), target: fn.return }), end);
        blocks.push(end);
      }
    }

    if (defaultRule) {
      const d = defaultRule.rule;
      this.loc = d.head.loc;
      fn.blocks.push(this.blockWith(mk('IsUndefinedStmt', { source: fn.return })));
      this.curr = fn.blocks[fn.blocks.length - 1] as Block;
      this.planQuery(d.body, 0, () => {
        this.loc = d.head.loc;
        this.planTerm(d.head.value as Term, () => {
          this.append(mk('AssignVarOnceStmt', { source: this.ltarget, target: fn.return }));
        });
      });
    }

    this.loc = ruleLoc;
    fn.blocks.push(this.blockWith(mk('ReturnLocalStmt', { source: fn.return })));
    this.funcsOut.push(fn);
    this.funcs.add(key, fn.name);

    this.lnext = saved.lnext;
    this.ltarget = saved.ltarget;
    this.vars = saved.vars;
    this.curr = saved.curr;
    this.loc = saved.loc;
    return fn.name;
  }

  /** `obj[key]`, made by `or` when missing; `iter` may update it; then stored back. */
  private planDotOr(
    obj: Local,
    key: Operand,
    or: (v: Local) => Stmt,
    iter: (v: Local) => void,
  ): void {
    const prev = this.curr;
    const dotBlock: Block = { stmts: [] };
    this.curr = dotBlock;
    const val = this.newLocal();
    this.append(mk('DotStmt', { source: local(obj), key, target: val }));
    this.append(mk('BreakStmt', { index: 1 }));
    const outer: Block = { stmts: [mk('BlockStmt', { blocks: [dotBlock] }), or(val)] };
    this.curr = prev;
    this.append(mk('BlockStmt', { blocks: [outer] }));
    iter(val);
    this.append(mk('ObjectInsertStmt', { key, value: local(val), object: obj }));
  }

  /** Descend (creating as needed) the objects under `obj` along `keys`. */
  private planNestedObjects(obj: Local, keys: Term[], iter: (obj: Local) => void): void {
    if (keys.length === 0) return iter(obj);
    this.planTerm(keys[0] as Term, () => {
      const key = this.ltarget;
      this.planDotOr(
        obj,
        key,
        (v) => mk('MakeObjectStmt', { target: v }),
        (child) => this.planNestedObjects(child, keys.slice(1), iter),
      );
    });
  }

  private planFuncParams(params: Local[], args: Term[], idx: number, iter: Iter): void {
    if (idx >= args.length) return iter();
    this.planUnifyLocal(local(params[idx] as Local), args[idx] as Term, () =>
      this.planFuncParams(params, args, idx + 1, iter),
    );
  }

  // ---- queries -------------------------------------------------------------------------

  private planQueries(queries: PlanQuery[]): void {
    for (const q of queries) {
      const plan: Plan = { name: q.name, blocks: [] };
      this.plans.push(plan);
      const resultName = this.str('result');
      const lnext = this.lnext;
      this.loc = undefined;
      this.lnext = lnext;
      this.vars.push();
      this.curr = { stmts: [] };
      let defined = false;
      const noLoc: Location = { file: '', row: 0, col: 0 };
      const query = callExpr(
        'eq',
        [varTerm('result', noLoc), { type: 'ref', terms: q.ref, loc: noLoc }],
        noLoc,
      );
      this.planExpr(query, () => {
        const lr = this.newLocal();
        this.append(mk('MakeObjectStmt', { target: lr }));
        this.append(
          mk('ObjectInsertStmt', {
            key: { type: 'string_index', value: resultName },
            value: local(this.vars.get('result') ?? lr),
            object: lr,
          }),
        );
        this.append(mk('ResultSetAddStmt', { value: lr }));
        defined = true;
      });
      this.vars.pop();
      if (defined) plan.blocks.push(this.curr);
    }
  }

  private planQuery(body: Body, index: number, iter: Iter): void {
    if (index >= body.length) return iter();
    const old = this.loc;
    const e = body[index] as Expr;
    this.loc = e.loc;
    this.planExpr(e, () =>
      this.planQuery(body, index + 1, () => {
        const curr = this.loc;
        this.loc = old;
        iter();
        this.loc = curr;
      }),
    );
    this.loc = old;
  }

  private planExpr(e: Expr, iter: Iter): void {
    const t = e.terms;
    if (e.negated) return this.planNot(e, iter);
    if (e.with.length > 0) return this.planWith(e, iter);
    if (t.type === 'call') return this.planExprCall(t, iter);
    if (t.type === 'every') return this.planExprEvery(t, iter);
    if (t.type === 'some') return iter();
    this.planTerm(t, () => {
      this.append(mk('NotEqualStmt', { a: this.ltarget, b: bool(false) }));
      iter();
    });
  }

  private planNot(e: Expr, iter: Iter): void {
    const not = mk('NotStmt', { block: { stmts: [] } });
    const prev = this.curr;
    this.curr = not.stmt.block;
    this.planExpr({ ...e, negated: false }, () => {});
    this.curr = prev;
    this.append(not);
    iter();
  }

  // ---- with ------------------------------------------------------------------------------

  private isFunction(ref: RefTerm): boolean {
    const head = ref.terms[0];
    if (head?.type === 'var' && head.name === DATA) {
      const node = this.trie.lookup(ref.terms);
      return node !== undefined && node.arity() > 0;
    }
    return lookupBuiltin(refName(ref)) !== undefined;
  }

  private planWith(e: Expr, iter: Iter): void {
    const values: Term[] = [];
    const targets: RefTerm[] = [];
    const mocks = new Map<string, Term>();
    const captured: [string, number][] = [];
    for (const w of e.with) {
      const head = w.target.terms[0];
      if (this.isFunction(w.target)) {
        if (this.readsLocals(w.value)) {
          const name = `${CAPTURE_PREFIX}${this.captureCount++}`;
          captured.push([name, values.length]);
          values.push(w.value);
          mocks.set(refName(w.target), varTerm(name, w.value.loc));
        } else {
          mocks.set(refName(w.target), w.value);
        }
        continue;
      }
      if (head?.type === 'var' && (head.name === DATA || head.name === INPUT)) {
        values.push(w.value);
        targets.push(w.target);
        continue;
      }
      mocks.set(refName(w.target), w.value);
    }

    this.planTermSlice(values, (all) => {
      // The names are unique, so they can sit in the current frame.
      for (const [name, i] of captured) this.vars.put(name, this.toLocal(all[i] as Operand));
      const locals = all.filter((_, i) => !captured.some(([, j]) => j === i));
      this.mocks.pushFrame(mocks);
      const paths: number[][] = [];
      const saveVars = new Set<string>();
      const dataRefs: Term[][] = [];
      for (const target of targets) {
        paths.push(
          target.terms.slice(1).map((t) => {
            if (t.type !== 'string') throw new PlanError('invalid with target', t.loc);
            return this.str(t.value);
          }),
        );
        const head = target.terms[0] as Term & { type: 'var' };
        saveVars.add(head.name);
        if (head.name === DATA) dataRefs.push(target.terms);
      }
      const restore: [Local, Local][] = [];
      for (const v of [...saveVars].sort()) {
        const lorig = this.vars.get(v) ?? 0;
        const lsave = this.newLocal();
        this.append(mk('AssignVarStmt', { source: local(lorig), target: lsave }));
        restore.push([lorig, lsave]);
      }
      const shadowing = dataRefs.some((r) => this.trie.lookup(r) !== undefined) || mocks.size > 0;
      const shadow = (): void => {
        this.funcs.push();
        for (const r of dataRefs) this.trie.push(r);
      };
      const unshadow = (): void => {
        this.funcs.pop();
        for (let i = dataRefs.length - 1; i >= 0; i--) this.trie.pop(dataRefs[i] as Term[]);
      };
      if (shadowing) shadow();
      this.planWithRec(e, targets, paths, locals, 0, () => {
        this.mocks.popFrame();
        if (shadowing) unshadow();
        this.planWithUndoRec(restore, 0, () => {
          iter();
          this.mocks.pushFrame(mocks);
          if (shadowing) shadow();
        });
      });
      this.mocks.popFrame();
      if (shadowing) unshadow();
    });
  }

  /** True when `t` reads a variable of the current scope (other than input and data). */
  private readsLocals(t: Term): boolean {
    return termVars(t).some(
      (v) => v.name !== INPUT && v.name !== DATA && this.vars.get(v.name) !== undefined,
    );
  }

  private toLocal(op: Operand): Local {
    if (op.type === 'local') return op.value;
    const target = this.newLocal();
    this.append(mk('AssignVarStmt', { source: op, target }));
    return target;
  }

  private planWithRec(
    e: Expr,
    targets: RefTerm[],
    paths: number[][],
    values: Operand[],
    index: number,
    iter: Iter,
  ): void {
    if (index >= targets.length) return this.planExpr({ ...e, with: [] }, iter);
    const prev = this.curr;
    this.curr = { stmts: [] };
    this.planWithRec(e, targets, paths, values, index + 1, iter);
    const block = this.curr;
    this.curr = prev;
    const head = (targets[index] as RefTerm).terms[0] as Term & { type: 'var' };
    this.append(
      mk('WithStmt', {
        local: this.vars.get(head.name) ?? 0,
        path: paths[index] as number[],
        value: values[index] as Operand,
        block,
      }),
    );
  }

  private planWithUndoRec(restore: [Local, Local][], index: number, iter: Iter): void {
    if (index >= restore.length) return iter();
    const prev = this.curr;
    this.curr = { stmts: [] };
    this.planWithUndoRec(restore, index + 1, iter);
    const block = this.curr;
    this.curr = prev;
    const [lorig, lsave] = restore[index] as [Local, Local];
    this.append(mk('WithStmt', { local: lorig, path: [], value: local(lsave), block }));
  }

  // ---- every -----------------------------------------------------------------------------

  private planExprEvery(every: Every, iter: Iter): void {
    const cond0 = this.newLocal();
    const cond1 = this.newLocal();
    this.append(mk('ResetLocalStmt', { target: cond0 }));
    this.planTerm(every.domain, () => {
      this.planScan(every.key ?? varTerm('$everykey', every.loc), () => {
        this.append(mk('ResetLocalStmt', { target: cond1 }));
        const nested = mk('BlockStmt', { blocks: [{ stmts: [] }] });
        const prev = this.curr;
        this.curr = nested.stmt.blocks[0] as Block;
        const lval = this.ltarget;
        this.planUnifyLocal(lval, every.value, () =>
          this.planQuery(every.body, 0, () => {
            this.append(mk('AssignVarStmt', { source: bool(true), target: cond1 }));
          }),
        );
        this.curr = prev;
        this.append(nested);
        this.append(mk('IsUndefinedStmt', { source: cond1 }));
        this.append(mk('AssignVarStmt', { source: bool(true), target: cond0 }));
      });
    });
    this.append(mk('IsUndefinedStmt', { source: cond0 }));
    iter();
  }

  // ---- calls -----------------------------------------------------------------------------

  private planExprCall(call: CallTerm, iter: Iter): void {
    let operator = refName(call.fn);
    const operands = call.args;
    if (operator === 'eq' && operands.length === 2) {
      return this.planUnify(operands[0] as Term, operands[1] as Term, iter);
    }

    const replacement = this.mocks.lookup(operator);
    if (replacement) {
      if (replacement.type === 'ref') {
        const rhead = replacement.terms[0];
        const isRoot = rhead?.type === 'var' && (rhead.name === DATA || rhead.name === INPUT);
        const isLocal = rhead?.type === 'var' && this.vars.get(rhead.name) !== undefined;
        if (rhead?.type === 'var' && !isRoot && !isLocal) {
          operator = refName(replacement);
          const spec = lookupBuiltin(operator);
          if (!spec) throw new PlanError(`unknown function ${operator}`, call.loc);
          this.externs.set(operator, spec.decl);
          return this.planExprCallFunc(
            operator,
            spec.decl.args?.length ?? 0,
            false,
            operands,
            [],
            iter,
          );
        }
        const node = this.trie.lookup(replacement.terms);
        if (node && node.arity() > 0) {
          this.mocks.push();
          const name = this.planRules(node.allRules());
          // Planned with no replacements in force, so with no captured values either.
          const args = this.defaultOperands().slice(0, 2);
          this.mocks.pop();
          return this.planExprCallFunc(name, node.arity(), false, operands, args, iter);
        }
      }
      const spec = lookupBuiltin(operator);
      if (spec)
        return this.planExprCallValue(replacement, spec.decl.args?.length ?? 0, operands, iter);
      const node = this.trie.lookup(call.fn.terms);
      if (node) return this.planExprCallValue(replacement, node.arity(), operands, iter);
      throw new PlanError(`illegal replacement of operator ${operator}`, call.loc);
    }

    let name: string;
    let arity: number;
    let args: Operand[] = [];
    let relation = false;
    let isVoid = false;
    const node = this.trie.lookup(call.fn.terms);
    const head = call.fn.terms[0];
    if (node && head?.type === 'var' && head.name === DATA && node.allRules().length > 0) {
      name = this.planRules(node.allRules());
      arity = node.arity();
      args = this.defaultOperands();
    } else {
      const spec = lookupBuiltin(operator);
      if (!spec) throw new PlanError(`illegal call: unknown operator ${operator}`, call.loc);
      relation = relations.has(operator);
      arity = spec.decl.args?.length ?? 0;
      isVoid = spec.decl.result === undefined;
      name = operator;
      this.externs.set(operator, spec.decl);
    }
    if (operands.length < arity || operands.length > arity + 1) {
      throw new PlanError(
        `illegal call: wrong number of operands: got ${operands.length}, want ${arity}`,
        call.loc,
      );
    }
    if (relation) return this.planExprCallRelation(name, arity, operands, args, iter);
    this.planExprCallFunc(name, arity, isVoid, operands, args, iter);
  }

  private planExprCallRelation(
    name: string,
    arity: number,
    operands: Term[],
    args: Operand[],
    iter: Iter,
  ): void {
    if (operands.length === arity) {
      return this.planCallArgs(operands, 0, args, (all) => {
        const target = this.newLocal();
        this.ltarget = local(target);
        this.append(mk('CallStmt', { func: name, args: all, result: target }));
        const lsize = this.newLocal();
        this.append(mk('LenStmt', { source: local(target), target: lsize }));
        const lzero = this.newLocal();
        this.append(mk('MakeNumberIntStmt', { value: 0, target: lzero }));
        this.append(mk('NotEqualStmt', { a: local(lsize), b: local(lzero) }));
        iter();
      });
    }
    this.planCallArgs(operands.slice(0, -1), 0, args, (all) => {
      const target = this.newLocal();
      this.ltarget = local(target);
      this.append(mk('CallStmt', { func: name, args: all, result: target }));
      this.planScanValues(operands[operands.length - 1] as Term, iter);
    });
  }

  private planExprCallFunc(
    name: string,
    arity: number,
    isVoid: boolean,
    operands: Term[],
    args: Operand[],
    iter: Iter,
  ): void {
    if (operands.length === arity) {
      return this.planCallArgs(operands, 0, args, (all) => {
        const target = this.newLocal();
        this.ltarget = local(target);
        this.append(mk('CallStmt', { func: name, args: all, result: target }));
        if (!isVoid) this.append(mk('NotEqualStmt', { a: local(target), b: bool(false) }));
        iter();
      });
    }
    if (operands.length === arity + 1) {
      return this.planCallArgs(operands.slice(0, -1), 0, args, (all) => {
        const result = this.newLocal();
        this.append(mk('CallStmt', { func: name, args: all, result }));
        this.planUnifyLocal(local(result), operands[operands.length - 1] as Term, iter);
      });
    }
    throw new PlanError(`arity mismatch calling ${name}`, this.loc);
  }

  private planExprCallValue(value: Term, arity: number, operands: Term[], iter: Iter): void {
    if (operands.length === arity) {
      return this.planCallArgs(operands, 0, [], () => {
        this.planTerm(value, () => {
          this.append(mk('NotEqualStmt', { a: this.ltarget, b: bool(false) }));
          iter();
        });
      });
    }
    if (operands.length === arity + 1) {
      return this.planCallArgs(operands.slice(0, -1), 0, [], () => {
        this.planTerm(value, () =>
          this.planUnifyLocal(this.ltarget, operands[operands.length - 1] as Term, iter),
        );
      });
    }
    throw new PlanError('arity mismatch in function replacement', this.loc);
  }

  private planCallArgs(
    terms: Term[],
    idx: number,
    args: Operand[],
    iter: (args: Operand[]) => void,
  ): void {
    if (idx >= terms.length) return iter(args);
    this.planTerm(terms[idx] as Term, () =>
      this.planCallArgs(terms, idx + 1, [...args, this.ltarget], iter),
    );
  }

  /** A call nested in a term (left there only inside negations): its value, or undefined. */
  private planCallTerm(call: CallTerm, iter: Iter): void {
    const expr: CallTerm = {
      ...call,
      args: [...call.args, varTerm(`$call${this.callCount++}`, call.loc)],
    };
    const v = expr.args[expr.args.length - 1] as Term & { type: 'var' };
    this.planExprCall(expr, () => {
      this.ltarget = local(this.vars.get(v.name) ?? 0);
      iter();
    });
  }

  // ---- unification -----------------------------------------------------------------------

  private planUnify(a: Term, b: Term, iter: Iter): void {
    switch (a.type) {
      case 'var':
        return this.planUnifyVar(a.name, b, iter);
      case 'array':
        if (b.type === 'var') return this.planUnifyVar(b.name, a, iter);
        if (b.type === 'ref' || b.type === 'arraycomprehension' || b.type === 'call') {
          return this.planTerm(b, () => this.planUnifyLocalArray(this.ltarget, a, iter));
        }
        if (b.type === 'array') {
          if (a.items.length === b.items.length) return this.planUnifyArraysRec(a, b, 0, iter);
          return;
        }
        break;
      case 'object':
        if (b.type === 'var') return this.planUnifyVar(b.name, a, iter);
        if (b.type === 'ref' || b.type === 'call') {
          return this.planTerm(b, () => this.planUnifyLocalObject(this.ltarget, a, iter));
        }
        if (b.type === 'object') return this.planUnifyObjects(a, b, iter);
        break;
      default:
        return this.planTerm(a, () => this.planUnifyLocal(this.ltarget, b, iter));
    }
    // Shapes that can never unify (an array with an object, a set pattern) are undefined.
    this.planTerm(a, () => this.planUnifyLocal(this.ltarget, b, iter));
  }

  private planUnifyVar(name: string, b: Term, iter: Iter): void {
    const la = this.vars.get(name);
    if (la !== undefined) return this.planUnifyLocal(local(la), b, iter);
    this.planTerm(b, () => {
      const known = this.vars.get(name);
      if (known !== undefined) {
        this.append(mk('EqualStmt', { a: local(known), b: this.ltarget }));
      } else {
        const target = this.newLocal();
        this.vars.put(name, target);
        this.append(mk('AssignVarStmt', { source: this.ltarget, target }));
      }
      iter();
    });
  }

  private planUnifyLocal(a: Operand, b: Term, iter: Iter): void {
    switch (b.type) {
      case 'var': {
        const lv = this.vars.get(b.name);
        if (lv !== undefined) {
          this.append(mk('EqualStmt', { a, b: local(lv) }));
          return iter();
        }
        const target = this.newLocal();
        this.vars.put(b.name, target);
        this.append(mk('AssignVarStmt', { source: a, target }));
        return iter();
      }
      case 'array':
        return this.planUnifyLocalArray(a, b, iter);
      case 'object':
        return this.planUnifyLocalObject(a, b, iter);
      default:
        return this.planTerm(b, () => {
          this.append(mk('EqualStmt', { a, b: this.ltarget }));
          iter();
        });
    }
  }

  private planUnifyLocalArray(a: Operand, b: ArrayTerm, iter: Iter): void {
    this.append(mk('IsArrayStmt', { source: a }));
    const blen = this.newLocal();
    const alen = this.newLocal();
    this.append(mk('LenStmt', { source: a, target: alen }));
    this.append(mk('MakeNumberIntStmt', { value: b.items.length, target: blen }));
    this.append(mk('EqualStmt', { a: local(alen), b: local(blen) }));
    const lkey = this.newLocal();
    this.append(mk('MakeNumberIntStmt', { value: 0, target: lkey }));
    const lval = this.newLocal();
    const rec = (index: number): void => {
      if (index === b.items.length) return iter();
      this.append(mk('AssignIntStmt', { value: index, target: lkey }));
      this.append(mk('DotStmt', { source: a, key: local(lkey), target: lval }));
      this.planUnifyLocal(local(lval), b.items[index] as Term, () => rec(index + 1));
    };
    rec(0);
  }

  private planUnifyLocalObject(a: Operand, b: ObjectTerm, iter: Iter): void {
    this.append(mk('IsObjectStmt', { source: a }));
    const blen = this.newLocal();
    const alen = this.newLocal();
    this.append(mk('LenStmt', { source: a, target: alen }));
    this.append(mk('MakeNumberIntStmt', { value: b.items.length, target: blen }));
    this.append(mk('EqualStmt', { a: local(alen), b: local(blen) }));
    const lval = this.newLocal();
    const items = sortedItems(b);
    const rec = (index: number): void => {
      if (index === items.length) return iter();
      const [k, v] = items[index] as [Term, Term];
      this.planTerm(k, () => {
        this.append(mk('DotStmt', { source: a, key: this.ltarget, target: lval }));
        this.planUnifyLocal(local(lval), v, () => rec(index + 1));
      });
    };
    rec(0);
  }

  private planUnifyArraysRec(a: ArrayTerm, b: ArrayTerm, index: number, iter: Iter): void {
    if (index === a.items.length) return iter();
    this.planUnify(a.items[index] as Term, b.items[index] as Term, () =>
      this.planUnifyArraysRec(a, b, index + 1, iter),
    );
  }

  private planUnifyObjects(a: ObjectTerm, b: ObjectTerm, iter: Iter): void {
    if (a.items.length !== b.items.length) return;
    const bKeys = new Map(b.items.map(([k, v]) => [termKey(k), v]));
    const common = sortedItems(a).filter(([k]) => bKeys.has(termKey(k)));
    const onlyA = sortedItems(a).filter(([k]) => !bKeys.has(termKey(k)));
    const rec = (index: number): void => {
      if (index === common.length) {
        if (onlyA.length === 0) return iter();
        return this.planObject(a, () => {
          const la = this.ltarget;
          this.planObject(b, () => {
            const lb = this.ltarget;
            const l0 = this.newLocal();
            const l1 = this.newLocal();
            const keys = (index2: number): void => {
              if (index2 === onlyA.length) return iter();
              this.planTerm((onlyA[index2] as [Term, Term])[0], () => {
                this.append(mk('DotStmt', { source: la, key: this.ltarget, target: l0 }));
                this.append(mk('DotStmt', { source: lb, key: this.ltarget, target: l1 }));
                this.append(mk('EqualStmt', { a: local(l0), b: local(l1) }));
                keys(index2 + 1);
              });
            };
            keys(0);
          });
        });
      }
      const [k, av] = common[index] as [Term, Term];
      const bv = bKeys.get(termKey(k)) as Term;
      this.planUnify(av, bv, () => rec(index + 1));
    };
    rec(0);
  }

  // ---- terms -------------------------------------------------------------------------------

  private planTerm(t: Term, iter: Iter): void {
    switch (t.type) {
      case 'null': {
        const target = this.newLocal();
        this.append(mk('MakeNullStmt', { target }));
        this.ltarget = local(target);
        return iter();
      }
      case 'boolean':
        this.ltarget = bool(t.value);
        return iter();
      case 'number':
        return this.planNumber(t.value, iter);
      case 'string':
        this.ltarget = { type: 'string_index', value: this.str(t.value) };
        return iter();
      case 'var': {
        let l = this.vars.get(t.name);
        if (l === undefined) l = this.newLocal();
        this.ltarget = local(l);
        return iter();
      }
      case 'ref':
        return this.planRef(t, iter);
      case 'array':
        return this.planArray(t, iter);
      case 'object':
        return this.planObject(t, iter);
      case 'set':
        return this.planSet(sortedSet(t.items), iter);
      case 'call':
        return this.planCallTerm(t, iter);
      case 'setcomprehension': {
        this.loc = t.loc;
        const lset = this.newLocal();
        this.append(mk('MakeSetStmt', { target: lset }));
        return this.planComprehension(
          t.body,
          () =>
            this.planTerm(t.term, () =>
              this.append(mk('SetAddStmt', { value: this.ltarget, set: lset })),
            ),
          lset,
          iter,
        );
      }
      case 'arraycomprehension': {
        this.loc = t.loc;
        const larr = this.newLocal();
        this.append(mk('MakeArrayStmt', { capacity: 0, target: larr }));
        return this.planComprehension(
          t.body,
          () =>
            this.planTerm(t.term, () =>
              this.append(mk('ArrayAppendStmt', { value: this.ltarget, array: larr })),
            ),
          larr,
          iter,
        );
      }
      case 'objectcomprehension': {
        this.loc = t.loc;
        const lobj = this.newLocal();
        this.append(mk('MakeObjectStmt', { target: lobj }));
        return this.planComprehension(
          t.body,
          () =>
            this.planTerm(t.key, () => {
              const key = this.ltarget;
              this.planTerm(t.value, () =>
                this.append(mk('ObjectInsertOnceStmt', { key, value: this.ltarget, object: lobj })),
              );
            }),
          lobj,
          iter,
        );
      }
    }
  }

  private planNumber(value: string, iter: Iter): void {
    const target = this.newLocal();
    const n = Number(value);
    if (/^-?\d+$/.test(value) && Number.isSafeInteger(n)) {
      this.append(mk('MakeNumberIntStmt', { value: n, target }));
    } else {
      this.append(mk('MakeNumberRefStmt', { Index: this.str(value), target }));
    }
    this.ltarget = local(target);
    iter();
  }

  private planArray(arr: ArrayTerm, iter: Iter): void {
    const larr = this.newLocal();
    this.append(mk('MakeArrayStmt', { capacity: arr.items.length, target: larr }));
    const add = () => this.append(mk('ArrayAppendStmt', { value: this.ltarget, array: larr }));
    const rec = (from: number): void => {
      const index = this.planPlainItems(arr.items, from, add);
      if (index === arr.items.length) {
        this.ltarget = local(larr);
        return iter();
      }
      this.planTerm(arr.items[index] as Term, () => {
        add();
        rec(index + 1);
      });
    };
    rec(0);
  }

  private planObject(obj: ObjectTerm, iter: Iter): void {
    const lobj = this.newLocal();
    this.append(mk('MakeObjectStmt', { target: lobj }));
    const items = sortedItems(obj);
    const rec = (from: number): void => {
      let index = from;
      // plain members one after another, as the nested continuations below would
      for (; index < items.length; index++) {
        const [k, v] = items[index] as [Term, Term];
        if (!isPlain(k) || !isPlain(v)) break;
        this.planTerm(k, () => {});
        const key = this.ltarget;
        this.planTerm(v, () => {});
        this.append(mk('ObjectInsertStmt', { key, value: this.ltarget, object: lobj }));
      }
      if (index === items.length) {
        this.ltarget = local(lobj);
        return iter();
      }
      const [k, v] = items[index] as [Term, Term];
      this.planTerm(k, () => {
        const key = this.ltarget;
        this.planTerm(v, () => {
          this.append(mk('ObjectInsertStmt', { key, value: this.ltarget, object: lobj }));
          rec(index + 1);
        });
      });
    };
    rec(0);
  }

  private planSet(items: Term[], iter: Iter): void {
    const lset = this.newLocal();
    this.append(mk('MakeSetStmt', { target: lset }));
    const add = () => this.append(mk('SetAddStmt', { value: this.ltarget, set: lset }));
    const rec = (from: number): void => {
      const index = this.planPlainItems(items, from, add);
      if (index === items.length) {
        this.ltarget = local(lset);
        return iter();
      }
      this.planTerm(items[index] as Term, () => {
        add();
        rec(index + 1);
      });
    };
    rec(0);
  }

  /**
   * Plans the plain items from `from` on, calling `add` after each as its continuation would,
   * and returns the index of the first item that is not plain. A plain term is planned
   * straight through, its continuation called once and last, so a literal list of thousands of
   * values (an allow-list written in the policy) is a loop here rather than one nested
   * continuation per item, which ran out of stack from about 1,800 items.
   */
  private planPlainItems(items: Term[], from: number, add: () => void): number {
    let index = from;
    for (; index < items.length && isPlain(items[index] as Term); index++) {
      this.planTerm(items[index] as Term, () => {});
      add();
    }
    return index;
  }

  private planComprehension(body: Body, closureIter: Iter, target: Local, iter: Iter): void {
    this.vars.push();
    const prev = this.curr;
    const block: Block = { stmts: [] };
    this.curr = block;
    const ploc = this.loc;
    this.planQuery(body, 0, closureIter);
    this.curr = prev;
    this.loc = ploc;
    this.vars.pop();
    this.append(mk('BlockStmt', { blocks: [block] }));
    this.ltarget = local(target);
    iter();
  }

  // ---- refs ----------------------------------------------------------------------------------

  private planRef(ref: RefTerm, iter: Iter): void {
    const head = ref.terms[0];
    if (!head || head.type !== 'var') {
      if (head?.type === 'call') {
        return this.planCallTerm(head, () => this.planRefRec(ref.terms, 1, iter));
      }
      if (head) return this.planTerm(head, () => this.planRefRec(ref.terms, 1, iter));
      throw new PlanError('illegal ref: empty', ref.loc);
    }
    if (head.name === DATA) {
      const virtual = this.trie.get(head);
      const base: BasePtr = { local: this.vars.get(DATA) ?? 1, path: [] };
      return this.planRefData(virtual, base, ref.terms, 1, iter);
    }
    if (head.name === INPUT && ref.terms.length === 1) {
      this.append(mk('IsDefinedStmt', { source: this.vars.get(INPUT) ?? 0 }));
    }
    const l = this.vars.get(head.name);
    if (l === undefined) throw new PlanError(`illegal ref: unsafe head ${head.name}`, ref.loc);
    this.ltarget = local(l);
    this.planRefRec(ref.terms, 1, iter);
  }

  private planRefRec(ref: Term[], index: number, iter: Iter): void {
    if (index === ref.length) return iter();
    const key = ref[index] as Term;
    if (!this.unseenVars(key)) {
      return this.planDot(key, () => this.planRefRec(ref, index + 1, iter));
    }
    this.planScan(key, () => this.planRefRec(ref, index + 1, iter));
  }

  private planRefData(
    virtual: RuleTrie | undefined,
    base: BasePtr,
    ref: Term[],
    index: number,
    iter: Iter,
  ): void {
    if (index >= ref.length) return this.planRefDataExtent(virtual, base, iter);
    const key = ref[index] as Term;
    if (isGround(key)) {
      const vchild = virtual?.get(key);
      const rules = vchild?.allRules() ?? [];
      if (rules.length > 0) {
        const target = this.newLocal();
        this.ltarget = local(target);
        const funcName = this.planRules(rules);
        this.append(
          mk('CallStmt', { func: funcName, args: this.defaultOperands(), result: target }),
        );
        this.ltarget = local(target);
        return this.planRefRec(ref, index + 1, iter);
      }
      return this.planRefData(
        vchild,
        { local: base.local, path: [...base.path, key] },
        ref,
        index + 1,
        iter,
      );
    }

    const exclude: Term[] = [];
    if (virtual) {
      const stmt = mk('BlockStmt', { blocks: [] });
      for (const child of virtual.childKeys()) {
        if (!isGround(child)) continue;
        const block: Block = { stmts: [] };
        const prev = this.curr;
        this.curr = block;
        exclude.push(child);
        this.vars.push();
        this.planTerm(child, () =>
          this.planUnifyLocal(this.ltarget, key, () => {
            const cpy = [...ref];
            cpy[index] = child;
            this.planRefData(virtual, base, cpy, index, iter);
          }),
        );
        this.vars.pop();
        this.curr = prev;
        stmt.stmt.blocks.push(block);
      }
      this.append(stmt);
    }

    if (exclude.length > 0) {
      let lexclude: Operand = local(0);
      this.planSet(exclude, () => {
        lexclude = this.ltarget;
      });
      this.ltarget = local(base.local);
      return this.planRefRec(base.path, 0, () =>
        this.planScan(key, (lkey) => {
          const lignore = this.newLocal();
          this.append(
            mk('NotStmt', {
              block: this.blockWith(
                mk('DotStmt', { source: lexclude, key: local(lkey), target: lignore }),
              ),
            }),
          );
          this.planRefData(
            undefined,
            { local: (this.ltarget as { value: Local }).value, path: [] },
            ref,
            index + 1,
            iter,
          );
        }),
      );
    }

    this.ltarget = local(base.local);
    const path = [...base.path, key];
    this.planRefRec(path, 0, () =>
      this.planRefData(
        undefined,
        { local: (this.ltarget as { value: Local }).value, path: [] },
        ref,
        index + 1,
        iter,
      ),
    );
  }

  private planRefDataExtent(
    virtual: RuleTrie | undefined,
    base: BasePtr | undefined,
    iter: Iter,
  ): void {
    const vtarget = this.newLocal();
    if (virtual) {
      this.append(mk('MakeObjectStmt', { target: vtarget }));
      const keys = virtual.childKeys();
      if (keys.some((k) => !isGround(k))) {
        const rules = keys.flatMap((k) => virtual.get(k)?.allRules() ?? []);
        const funcName = this.planRules(rules);
        const b: Block = { stmts: [] };
        this.appendTo(
          mk('CallStmt', { func: funcName, args: this.defaultOperands(), result: vtarget }),
          b,
        );
        this.append(mk('BlockStmt', { blocks: [b] }));
      } else {
        for (const key of keys) {
          const child = virtual.get(key) as RuleTrie;
          if (child.arity() > 0) continue;
          const rules = child.allRules();
          this.planTerm(key, () => {
            const lkey = this.ltarget;
            if (rules.length === 0) {
              return this.planRefDataExtent(child, undefined, () => {
                this.append(
                  mk('ObjectInsertStmt', { key: lkey, value: this.ltarget, object: vtarget }),
                );
              });
            }
            const lvalue = this.newLocal();
            const funcName = this.planRules(rules);
            const b: Block = { stmts: [] };
            this.appendTo(
              mk('CallStmt', { func: funcName, args: this.defaultOperands(), result: lvalue }),
              b,
            );
            this.appendTo(
              mk('ObjectInsertStmt', { key: lkey, value: local(lvalue), object: vtarget }),
              b,
            );
            this.append(mk('BlockStmt', { blocks: [b] }));
          });
        }
      }
      if (!base) {
        this.ltarget = local(vtarget);
        return iter();
      }
    }
    if (!base) return iter();

    const prev = this.curr;
    this.curr = { stmts: [] };
    this.ltarget = local(base.local);
    let target = this.newLocal();
    this.planRefRec(base.path, 0, () => {
      if (!virtual) target = (this.ltarget as { value: Local }).value;
      else {
        this.append(
          mk('ObjectMergeStmt', {
            a: (this.ltarget as { value: Local }).value,
            b: vtarget,
            target,
          }),
        );
      }
      this.append(mk('BreakStmt', { index: 1 }));
    });
    const inner = this.curr;
    this.curr = { stmts: [] };
    this.append(mk('BlockStmt', { blocks: [inner] }));
    if (virtual) this.append(mk('AssignVarStmt', { source: local(vtarget), target }));
    else this.append(mk('BreakStmt', { index: 1 }));
    const outer = this.curr;
    this.curr = prev;
    this.append(mk('BlockStmt', { blocks: [outer] }));
    this.ltarget = local(target);
    iter();
  }

  private planDot(key: Term, iter: Iter): void {
    const source = this.ltarget;
    this.planTerm(key, () => {
      const target = this.newLocal();
      this.append(mk('DotStmt', { source, key: this.ltarget, target }));
      this.ltarget = local(target);
      iter();
    });
  }

  private planScan(key: Term, iter: (lkey: Local) => void): void {
    const source = this.ltarget;
    if (source.type !== 'local') throw new PlanError('cannot iterate over a constant', key.loc);
    const scan = mk('ScanStmt', {
      source: source.value,
      key: this.newLocal(),
      value: this.newLocal(),
      block: { stmts: [] },
    });
    const prev = this.curr;
    this.curr = scan.stmt.block;
    this.planUnifyLocal(local(scan.stmt.key), key, () => {
      this.ltarget = local(scan.stmt.value);
      iter(scan.stmt.key);
    });
    this.curr = prev;
    this.append(scan);
  }

  private planScanValues(value: Term, iter: Iter): void {
    const source = this.ltarget;
    if (source.type !== 'local') throw new PlanError('cannot iterate over a constant', value.loc);
    const scan = mk('ScanStmt', {
      source: source.value,
      key: this.newLocal(),
      value: this.newLocal(),
      block: { stmts: [] },
    });
    const prev = this.curr;
    this.curr = scan.stmt.block;
    this.planUnifyLocal(local(scan.stmt.value), value, () => {
      this.ltarget = local(scan.stmt.value);
      iter();
    });
    this.curr = prev;
    this.append(scan);
  }

  private planTermSlice(terms: Term[], iter: (locals: Operand[]) => void): void {
    const locals: Operand[] = [];
    const rec = (index: number): void => {
      if (index >= terms.length) return iter(locals);
      this.planTerm(terms[index] as Term, () => {
        locals[index] = this.ltarget;
        rec(index + 1);
      });
    };
    rec(0);
  }

  private unseenVars(t: Term): boolean {
    let unseen = false;
    const visit = (x: Term): void => {
      if (unseen) return;
      switch (x.type) {
        case 'var':
          if (this.vars.get(x.name) === undefined) unseen = true;
          return;
        case 'ref':
          x.terms.forEach(visit);
          return;
        case 'array':
        case 'set':
          x.items.forEach(visit);
          return;
        case 'object':
          x.items.forEach(([k, v]) => (visit(k), visit(v)));
          return;
        case 'call':
          x.args.forEach(visit);
          return;
        default:
          return;
      }
    };
    visit(t);
    return unseen;
  }
}

interface BasePtr {
  local: Local;
  path: Term[];
}

/** The leading string keys of a rule path: where the rule is filed in the trie. */
function stringPrefix(path: Term[]): Term[] {
  const i = path.findIndex((t, j) => j > 0 && t.type !== 'string');
  return i < 0 ? path : path.slice(0, i);
}

/**
 * A term whose planning opens no block and calls its continuation once, last: a scalar, a
 * variable, or a collection of plain terms.
 */
const PLAIN: ReadonlySet<Term['type']> = new Set(['null', 'boolean', 'number', 'string', 'var']);
const isPlain = (t: Term): boolean => madeOf(t, PLAIN);

/** Object items in key order when the keys are ground, as OPA's object keeps them. */
function sortedItems(obj: ObjectTerm): [Term, Term][] {
  if (!obj.items.every(([k]) => isGround(k))) return obj.items;
  return [...obj.items].sort(([a], [b]) => compareTerms(a, b));
}

function sortedSet(items: Term[]): Term[] {
  if (!items.every(isGround)) return items;
  const seen = new Set<string>();
  return [...items]
    .sort(compareTerms)
    .filter((t) => (seen.has(termKey(t)) ? false : (seen.add(termKey(t)), true)));
}
