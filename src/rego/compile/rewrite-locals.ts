// Gives every declared local (`some x`, `x := ...`, function args, `every k, v`) a unique
// generated name, as OPA's rewriteLocalVars does, so that a comprehension or `every` body
// may shadow an outer name and later stages see one name per variable. Turns `:=` into `=`
// and `some x in xs` into `x = xs[_]`. Reports redeclarations with OPA's messages.
import type { Body, CallTerm, Expr, Rule, Term, VarTerm } from '../syntax/ast.js';
import { addError, newLocal, type CompileState, type Stage } from './state.js';
import { refName, refTerm, termVars, varTerm } from './terms.js';

type Occurrence = 'seen' | 'assigned' | 'declared' | 'arg';

interface Scope {
  names: Map<string, string>;
  occurrence: Map<string, Occurrence>;
}

class Scopes {
  private stack: Scope[] = [];
  push(): void {
    this.stack.push({ names: new Map(), occurrence: new Map() });
  }
  pop(): void {
    this.stack.pop();
  }
  private get top(): Scope {
    const top = this.stack[this.stack.length - 1];
    if (!top) throw new Error('scope stack is empty');
    return top;
  }
  lookup(name: string): string | undefined {
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const found = this.stack[i]?.names.get(name);
      if (found) return found;
    }
    return undefined;
  }
  occurrence(name: string): Occurrence | undefined {
    return this.top.occurrence.get(name);
  }
  declare(name: string, generated: string, occ: Occurrence): void {
    this.top.names.set(name, generated);
    this.top.occurrence.set(name, occ);
  }
  seen(name: string): void {
    if (!this.top.occurrence.has(name)) this.top.occurrence.set(name, 'seen');
  }
}

const messages: Record<Occurrence, (v: string) => string> = {
  seen: (v) => `var ${v} referenced above`,
  assigned: (v) => `var ${v} assigned above`,
  declared: (v) => `var ${v} declared above`,
  arg: (v) => `arg ${v} redeclared`,
};

export const rewriteLocals: Stage = {
  name: 'rewrite-locals',
  run(state) {
    for (const { rule } of state.rules) {
      for (let r: Rule | undefined = rule; r; r = r.else) new LocalRewriter(state).rule(r);
    }
  },
};

class LocalRewriter {
  private scopes = new Scopes();
  constructor(private state: CompileState) {}

  rule(rule: Rule): void {
    this.scopes.push();
    const head = rule.head;
    if (head.args) {
      head.args = head.args.map((arg) => {
        for (const v of termVars(arg)) {
          if (v.name.startsWith('$') || this.scopes.lookup(v.name)) continue;
          this.declare(v, 'arg');
        }
        return this.rename(arg);
      });
    }
    rule.body = this.body(rule.body);
    head.ref.terms = head.ref.terms.map((t, i) => (i === 0 ? t : this.rename(t)));
    if (head.key) head.key = this.rename(head.key);
    if (head.value) head.value = this.rename(head.value);
    this.scopes.pop();
  }

  private declare(v: VarTerm, occ: Occurrence): string | undefined {
    const prior = this.scopes.occurrence(v.name);
    if (prior) {
      addError(this.state, 'rego_compile_error', messages[prior](v.name), v.loc);
      return undefined;
    }
    const generated = newLocal(this.state);
    this.state.rewritten.set(generated, v.name);
    this.scopes.declare(v.name, generated, occ);
    return generated;
  }

  private body(body: Body): Body {
    const out: Body = [];
    for (const e of body) {
      const rewritten = this.expr(e);
      if (rewritten) out.push(rewritten);
    }
    return out;
  }

  private expr(e: Expr): Expr | undefined {
    const t = e.terms;
    e.with = e.with.map((w) => ({ ...w, value: this.rename(w.value) }));
    if (t.type === 'some') return this.some(e, t.symbols);
    if (t.type === 'every') {
      t.domain = this.rename(t.domain);
      this.scopes.push();
      if (!t.key) t.key = varTerm(`$every${this.state.nextLocal++}`, t.loc);
      for (const v of [...termVars(t.key), ...termVars(t.value)]) {
        if (!this.scopes.occurrence(v.name)) this.declare(v, 'declared');
      }
      t.key = this.rename(t.key);
      t.value = this.rename(t.value);
      t.body = this.body(t.body);
      this.scopes.pop();
      return e;
    }
    if (t.type === 'call' && refName(t.fn) === 'assign' && t.args.length === 2) {
      const [lhs, rhs] = t.args as [Term, Term];
      const value = this.rename(rhs);
      for (const v of termVars(lhs)) {
        if (v.name.startsWith('$')) continue;
        this.declare(v, 'assigned');
      }
      t.args = [this.rename(lhs), value];
      t.fn = refTerm([varTerm('eq', t.fn.loc)], t.fn.loc);
      return e;
    }
    e.terms = this.rename(t);
    return e;
  }

  /** `some x, y` declares; `some k, v in xs` becomes `v = xs[k]` with k, v declared. */
  private some(e: Expr, symbols: Term[]): Expr | undefined {
    const calls = symbols.filter((s): s is CallTerm => s.type === 'call');
    for (const s of symbols) {
      if (s.type === 'var') this.declare(s, 'declared');
    }
    const call = calls[0];
    if (!call) return undefined;
    const member3 = call.args.length === 3;
    const container = this.rename(call.args[call.args.length - 1] as Term);
    const key: Term = member3
      ? (call.args[0] as Term)
      : varTerm(`$some${this.state.nextLocal++}`, call.loc);
    const value = call.args[member3 ? 1 : 0] as Term;
    for (const v of [...termVars(key), ...termVars(value)]) {
      if (v.name.startsWith('$')) continue;
      this.declare(v, 'declared');
    }
    const renamedKey = this.rename(key);
    const rhs =
      container.type === 'ref'
        ? refTerm([...container.terms, renamedKey], call.loc)
        : refTerm([container, renamedKey], call.loc);
    const eq: CallTerm = {
      type: 'call',
      fn: refTerm([varTerm('eq', call.loc)], call.loc),
      args: [this.rename(value), rhs],
      loc: call.loc,
    };
    return { terms: eq, negated: e.negated, with: e.with, loc: e.loc };
  }

  /** Replace declared names by their generated ones; remember undeclared ones as seen. */
  private rename<T extends Term>(t: T): T {
    const go = (x: Term): Term => {
      switch (x.type) {
        case 'var': {
          const g = this.scopes.lookup(x.name);
          if (g) return { ...x, name: g };
          this.scopes.seen(x.name);
          return x;
        }
        case 'ref':
          return { ...x, terms: x.terms.map(go) };
        case 'array':
        case 'set':
          return { ...x, items: x.items.map(go) };
        case 'object':
          return { ...x, items: x.items.map(([k, v]) => [go(k), go(v)] as [Term, Term]) };
        case 'call':
          return { ...x, args: x.args.map(go) };
        case 'arraycomprehension':
        case 'setcomprehension': {
          this.scopes.push();
          const body = this.body(x.body);
          const term = go(x.term);
          this.scopes.pop();
          return { ...x, body, term };
        }
        case 'objectcomprehension': {
          this.scopes.push();
          const body = this.body(x.body);
          const key = go(x.key);
          const value = go(x.value);
          this.scopes.pop();
          return { ...x, body, key, value };
        }
        default:
          return x;
      }
    };
    return go(t) as T;
  }
}
