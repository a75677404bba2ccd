// Checks that every variable is bound before it is used and reorders each body so that it
// is, as OPA's reorderBodyForSafety does: repeatedly take, in source order, the expressions
// whose inputs are bound, until none is left or none can go. What remains is reported as
// `var x is unsafe` at the first expression that names x (or `expression is unsafe` when
// only generated names are involved); a head var not bound by the body, at the rule.
import type { Body, Expr, Location, Rule, Term, VarTerm } from '../syntax/ast.js';
import { lookupBuiltin } from '../builtins/index.js';
import { termKey } from '../plan/order.js';
import { arities, type ArityOf } from './arity.js';
import { addError, isGenerated, originalName, type CompileState, type Stage } from './state.js';
import { bodyVars, exprVars, isComprehension, refName, termVars, varNames } from './terms.js';

const reserved = ['input', 'data'];

export const checkSafety: Stage = {
  name: 'check-safety',
  run(state) {
    const checker = new SafetyChecker(state, arities(state));
    for (const { rule } of state.rules) {
      for (let r: Rule | undefined = rule; r; r = r.else) checker.rule(r);
    }
  },
};

interface Unsafe {
  name: string;
  loc: Location;
  exprLoc: Location;
}

type Bound = Set<string>;

class SafetyChecker {
  constructor(
    private state: CompileState,
    private arityOf: ArityOf,
  ) {}

  rule(rule: Rule): void {
    const bound: Bound = new Set(reserved);
    for (const arg of rule.head.args ?? []) termVars(arg).forEach((v) => bound.add(v.name));
    const unsafe: Unsafe[] = [];
    const result = this.body(rule.body, bound, unsafe);
    if (unsafe.length > 0) {
      this.report(unsafe);
      return;
    }
    rule.body = result.body;
    const head = rule.head;
    const headTerms = [...head.ref.terms.slice(1), head.key, head.value].filter(
      (t): t is Term => t !== undefined,
    );
    const headVars = headTerms.flatMap((t) => termVars(t, { skipClosures: true }));
    const reported = new Set<string>();
    for (const v of headVars) {
      if (result.bound.has(v.name) || reported.has(v.name)) continue;
      reported.add(v.name);
      const name = originalName(this.state, v.name);
      if (!isGenerated(this.state, name)) {
        addError(this.state, 'rego_unsafe_var_error', `var ${name} is unsafe`, rule.loc);
      }
    }
    for (const t of headTerms) this.closuresIn(t, result.bound, unsafe);
    this.report(unsafe);
  }

  private report(unsafe: Unsafe[]): void {
    const first = new Map<string, Unsafe>();
    for (const u of unsafe) {
      const prior = first.get(u.name);
      if (!prior || compareLoc(u.exprLoc, prior.exprLoc) < 0) first.set(u.name, u);
    }
    const named = [...first.values()]
      .map((u) => ({ ...u, name: originalName(this.state, u.name) }))
      .filter((u) => !isGenerated(this.state, u.name))
      .sort((a, b) => compareLoc(a.exprLoc, b.exprLoc) || a.name.localeCompare(b.name));
    for (const u of named) {
      addError(this.state, 'rego_unsafe_var_error', `var ${u.name} is unsafe`, u.exprLoc);
    }
    if (named.length > 0 || unsafe.length === 0) return;
    const seen = new Set<string>();
    for (const u of [...unsafe].sort((a, b) => compareLoc(a.exprLoc, b.exprLoc))) {
      if (seen.has(u.name)) continue;
      seen.add(u.name);
      addError(this.state, 'rego_unsafe_expr_error', 'expression is unsafe', u.exprLoc);
    }
  }

  /** Reorder `body` given the vars bound outside it; collects what stays unsafe. */
  body(body: Body, outer: Bound, unsafe: Unsafe[]): { body: Body; bound: Bound } {
    const bound = new Set(outer);
    const enclosing = this.scopeVars;
    this.scopeVars = new Set([
      ...enclosing,
      ...outer,
      ...varNames(bodyVars(body, { skipClosures: true })),
    ]);
    const remaining = [...body];
    const ordered: Body = [];
    for (;;) {
      let progress = false;
      for (let i = 0; i < remaining.length;) {
        const e = remaining[i] as Expr;
        const out = this.outputs(e, bound);
        if (out) {
          out.forEach((v) => bound.add(v));
          ordered.push(e);
          remaining.splice(i, 1);
          progress = true;
        } else i++;
      }
      if (!progress || remaining.length === 0) break;
    }
    for (const e of remaining) {
      const own = { ...e, with: e.with.filter((w) => !isBuiltinRef(w.value)) };
      for (const v of exprVars(own, { skipClosures: true })) {
        if (!bound.has(v.name)) unsafe.push({ name: v.name, loc: v.loc, exprLoc: e.loc });
      }
      this.closuresInExpr(e, bound, unsafe, true);
    }
    if (remaining.length === 0) {
      for (const e of ordered) this.closuresInExpr(e, bound, unsafe, false);
    }
    this.scopeVars = enclosing;
    return { body: [...ordered, ...remaining], bound };
  }

  /** Check and reorder the bodies of comprehensions and `every` under an expression. */
  private closuresInExpr(e: Expr, bound: Bound, unsafe: Unsafe[], onlyReport: boolean): void {
    const t = e.terms;
    if (t.type === 'some') return;
    if (t.type === 'every') {
      const inner = new Set(bound);
      if (t.key) termVars(t.key).forEach((v) => inner.add(v.name));
      termVars(t.value).forEach((v) => inner.add(v.name));
      const local: Unsafe[] = [];
      const result = this.body(t.body, inner, local);
      if (!onlyReport) t.body = result.body;
      unsafe.push(...local);
      this.closuresIn(t.domain, bound, unsafe);
      return;
    }
    this.closuresIn(t, bound, unsafe);
    for (const w of e.with) this.closuresIn(w.value, bound, unsafe);
  }

  private closuresIn(t: Term, bound: Bound, unsafe: Unsafe[]): void {
    switch (t.type) {
      case 'arraycomprehension':
      case 'setcomprehension':
      case 'objectcomprehension': {
        const result = this.body(t.body, bound, unsafe);
        t.body = result.body;
        const heads = t.type === 'objectcomprehension' ? [t.key, t.value] : [t.term];
        for (const h of heads) {
          for (const v of termVars(h, { skipClosures: true })) {
            if (!result.bound.has(v.name))
              unsafe.push({ name: v.name, loc: v.loc, exprLoc: t.loc });
          }
          this.closuresIn(h, result.bound, unsafe);
        }
        return;
      }
      case 'ref':
        t.terms.forEach((x) => this.closuresIn(x, bound, unsafe));
        return;
      case 'array':
      case 'set':
        t.items.forEach((x) => this.closuresIn(x, bound, unsafe));
        return;
      case 'object':
        t.items.forEach(([k, v]) => {
          this.closuresIn(k, bound, unsafe);
          this.closuresIn(v, bound, unsafe);
        });
        return;
      case 'call':
        t.args.forEach((x) => this.closuresIn(x, bound, unsafe));
        return;
      default:
        return;
    }
  }

  /** The vars `e` binds when scheduled now, or undefined when it cannot run yet. */
  outputs(e: Expr, bound: Bound): Bound | undefined {
    for (const w of e.with) {
      if (isBuiltinRef(w.value)) continue;
      if (!this.inputsBound(w.value, bound)) return undefined;
    }
    const t = e.terms;
    if (t.type === 'some') return new Set();
    if (t.type === 'every') {
      if (!this.inputsBound(t.domain, bound)) return undefined;
      return this.closureReady(bodyVars(t.body), bound) ? new Set() : undefined;
    }
    if (e.negated) {
      const vars = termVars(t, { skipClosures: true }).filter((v) => !v.name.startsWith('$'));
      if (!vars.every((v) => bound.has(v.name))) return undefined;
      return this.closuresReady(t, bound) ? new Set() : undefined;
    }
    if (t.type === 'call') return this.callOutputs(t.fn, t.args, bound);
    return this.evaluable(t, bound);
  }

  private callOutputs(fn: Term & { type: 'ref' }, args: Term[], bound: Bound): Bound | undefined {
    const name = refName(fn);
    if (name === 'eq' && args.length === 2)
      return this.unify(args[0] as Term, args[1] as Term, bound);
    const arity = this.arityOf(name);
    const inputs = arity !== undefined && args.length === arity + 1 ? args.slice(0, -1) : args;
    // Iteration over a ref in any argument binds its key vars before the call reads them.
    const keys = new Set(bound);
    for (const a of inputs) this.evaluable(a, bound, true)?.forEach((v) => keys.add(v));
    const out = new Set<string>([...keys].filter((v) => !bound.has(v)));
    for (const a of inputs) {
      const o = this.evaluable(a, keys);
      if (!o) return undefined;
      o.forEach((v) => out.add(v));
    }
    if (inputs.length === args.length) return out;
    const target = args[args.length - 1] as Term;
    const after = new Set([...bound, ...out]);
    const bind = this.pattern(target, after);
    if (!bind) return undefined;
    bind.forEach((v) => out.add(v));
    return out;
  }

  /**
   * Vars bound by evaluating `t` as a value (iteration over ref keys), or undefined when one
   * of its inputs (ref heads, call args, vars used as values, free vars of closures) is not
   * bound yet.
   */
  evaluable(t: Term, bound: Bound, keysOnly = false): Bound | undefined {
    const out = new Set<string>();
    const go = (x: Term, b: Bound): boolean => {
      switch (x.type) {
        case 'var':
          return keysOnly || b.has(x.name) || out.has(x.name);
        case 'ref': {
          const [head, ...keys] = x.terms;
          if (!head || !go(head, b)) return false;
          for (const k of keys) {
            if (k.type === 'var') {
              if (!b.has(k.name)) out.add(k.name);
            } else if (k.type === 'ref' || k.type === 'call' || isComprehension(k)) {
              if (!go(k, b)) return false;
            } else if (k.type === 'array' || k.type === 'object' || k.type === 'set') {
              termVars(k, { skipClosures: true }).forEach((v) => {
                if (!b.has(v.name)) out.add(v.name);
              });
            }
          }
          return true;
        }
        case 'array':
        case 'set':
          return x.items.every((i) => go(i, b));
        case 'object':
          return x.items.every(([k, v]) => go(k, b) && go(v, b));
        case 'call':
          return x.args.every((a) => go(a, b));
        case 'arraycomprehension':
        case 'setcomprehension':
        case 'objectcomprehension':
          return this.closuresReady(x, new Set([...b, ...out]));
        default:
          return true;
      }
    };
    return go(t, bound) ? out : undefined;
  }

  private inputsBound(t: Term, bound: Bound): boolean {
    return this.evaluable(t, bound) !== undefined;
  }

  /** Vars bound by matching pattern `t` against a known value, or undefined. */
  private pattern(t: Term, bound: Bound): Bound | undefined {
    switch (t.type) {
      case 'var':
        return new Set(bound.has(t.name) ? [] : [t.name]);
      case 'array': {
        const out = new Set<string>();
        for (const item of t.items) {
          const o = this.pattern(item, new Set([...bound, ...out]));
          if (!o) return undefined;
          o.forEach((v) => out.add(v));
        }
        return out;
      }
      case 'object': {
        const out = new Set<string>();
        for (const [k, v] of t.items) {
          if (!this.evaluable(k, bound)) return undefined;
          const o = this.pattern(v, new Set([...bound, ...out]));
          if (!o) return undefined;
          o.forEach((x) => out.add(x));
        }
        return out;
      }
      default:
        return this.evaluable(t, bound);
    }
  }

  /** `a = b`: bind whichever side can be bound once the other is known. */
  private unify(a: Term, b: Term, bound: Bound): Bound | undefined {
    const known = (t: Term, bd: Bound): Bound | undefined =>
      t.type === 'var' && !bd.has(t.name) ? undefined : this.evaluable(t, bd);
    if (a.type === 'array' && b.type === 'array') {
      if (a.items.length !== b.items.length) return new Set();
      return this.unifyPairs(
        a.items.map((x, i) => [x, b.items[i] as Term]),
        bound,
      );
    }
    if (a.type === 'object' && b.type === 'object') {
      const pairs: [Term, Term][] = [];
      for (const [k, v] of a.items) {
        const match = b.items.find(([k2]) => termKey(k2) === termKey(k));
        if (match) pairs.push([v, match[1]]);
      }
      return this.unifyPairs(pairs, bound);
    }
    const ka = known(a, bound);
    if (ka) {
      const after = new Set([...bound, ...ka]);
      const pb = this.pattern(b, after);
      if (pb) return new Set([...ka, ...pb]);
    }
    const kb = known(b, bound);
    if (kb) {
      const after = new Set([...bound, ...kb]);
      const pa = this.pattern(a, after);
      if (pa) return new Set([...kb, ...pa]);
    }
    return undefined;
  }

  private unifyPairs(pairs: [Term, Term][], bound: Bound): Bound | undefined {
    const b = new Set(bound);
    const out = new Set<string>();
    let pending = pairs;
    while (pending.length > 0) {
      const next: [Term, Term][] = [];
      for (const [x, y] of pending) {
        const o = this.unify(x, y, b);
        if (o) o.forEach((v) => (b.add(v), out.add(v)));
        else next.push([x, y]);
      }
      if (next.length === pending.length) return undefined;
      pending = next;
    }
    return out;
  }

  /**
   * A closure (comprehension or `every` body) can run once the vars it shares with the
   * enclosing scopes are bound; its other vars are its own.
   */
  private closuresReady(t: Term, bound: Bound): boolean {
    let ready = true;
    const visit = (x: Term): void => {
      if (!ready) return;
      if (isComprehension(x)) ready = this.closureReady(termVars(x), bound);
      else if (x.type === 'ref') x.terms.forEach(visit);
      else if (x.type === 'array' || x.type === 'set') x.items.forEach(visit);
      else if (x.type === 'object') x.items.forEach(([k, v]) => (visit(k), visit(v)));
      else if (x.type === 'call') x.args.forEach(visit);
    };
    visit(t);
    return ready;
  }

  private closureReady(vars: VarTerm[], bound: Bound): boolean {
    return vars.every((v) => !this.scopeVars.has(v.name) || bound.has(v.name));
  }

  /** Every var named by the bodies enclosing the one being ordered. */
  private scopeVars = new Set<string>();
}

/** `with f as count`: a replacement that names a builtin binds nothing and needs nothing. */
function isBuiltinRef(t: Term): boolean {
  return (
    t.type === 'ref' &&
    t.terms.every((x, i) => (i === 0 ? x.type === 'var' : x.type === 'string')) &&
    lookupBuiltin(refName(t)) !== undefined
  );
}

export function compareLoc(a: Location, b: Location): number {
  return a.file.localeCompare(b.file) || a.row - b.row || a.col - b.col;
}
