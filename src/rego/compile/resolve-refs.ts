// Turns the names a module uses for rules and imports into full refs, as OPA's
// resolveAllRefs does: `p` in package `x` becomes `data.x.p`, an imported `data.a.b` is used
// as `b`, `f(1)` calls `data.x.f`. Names declared locally (`some`, `:=`, function args,
// `every`) shadow the globals and are left alone.
import type { Body, Expr, Module, Term } from '../syntax/ast.js';
import { lookupBuiltin } from '../builtins/index.js';
import type { Stage } from './state.js';
import { refTerm, stringTerm, termVars } from './terms.js';

type Globals = Map<string, Term[]>;

export const resolveRefs: Stage = {
  name: 'resolve-refs',
  run(state) {
    const rulesByPackage = new Map<string, Set<string>>();
    for (const { module, rule } of state.rules) {
      const key = module.package.path.terms.map(keyOf).join('.');
      const first = rule.head.ref.terms[0];
      if (first?.type !== 'var') continue;
      const names = rulesByPackage.get(key) ?? new Set<string>();
      names.add(first.name);
      rulesByPackage.set(key, names);
    }
    for (const module of state.modules) {
      const globals = moduleGlobals(module, rulesByPackage);
      for (const rule of module.rules) {
        for (let r: typeof rule | undefined = rule; r; r = r.else) {
          const scope = new ScopeStack();
          scope.push(new Set((r.head.args ?? []).flatMap((a) => termVars(a).map((v) => v.name))));
          scope.push(declaredIn(r.body));
          const head = r.head;
          head.ref.terms = head.ref.terms.map((t, i) => (i === 0 ? t : resolve(t, globals, scope)));
          if (head.key) head.key = resolve(head.key, globals, scope);
          if (head.value) head.value = resolve(head.value, globals, scope);
          r.body = resolveBody(r.body, globals, scope);
        }
      }
    }
  },
};

const keyOf = (t: Term): string =>
  t.type === 'string' ? t.value : t.type === 'var' ? t.name : '?';

function moduleGlobals(module: Module, rulesByPackage: Map<string, Set<string>>): Globals {
  const globals: Globals = new Map();
  const pkg = module.package.path.terms;
  for (const name of rulesByPackage.get(pkg.map(keyOf).join('.')) ?? []) {
    globals.set(name, [...pkg, stringTerm(name, module.package.loc)]);
  }
  for (const imp of module.imports) {
    const terms = imp.path.terms;
    const head = terms[0];
    if (head?.type !== 'var' || (head.name !== 'data' && head.name !== 'input')) continue;
    const last = terms[terms.length - 1];
    const alias =
      imp.alias ??
      (last?.type === 'string' ? last.value : last?.type === 'var' ? last.name : undefined);
    if (!alias) continue;
    globals.set(alias, terms);
  }
  return globals;
}

class ScopeStack {
  private frames: Set<string>[] = [];
  push(names: Set<string>): void {
    this.frames.push(names);
  }
  pop(): void {
    this.frames.pop();
  }
  has(name: string): boolean {
    return this.frames.some((f) => f.has(name));
  }
}

/** Vars a body declares at its own level: `some x`, `x := ...`, `some x in xs`. */
function declaredIn(body: Body): Set<string> {
  const names = new Set<string>();
  for (const e of body) {
    const t = e.terms;
    if (t.type === 'some') {
      for (const s of t.symbols) {
        if (s.type === 'var') names.add(s.name);
        else if (s.type === 'call') {
          // `some k, v in xs`: all but the last argument are declared.
          s.args.slice(0, -1).forEach((a) => termVars(a).forEach((v) => names.add(v.name)));
        }
      }
    } else if (t.type === 'call' && t.fn.terms.length === 1) {
      const fn = t.fn.terms[0];
      if (fn?.type === 'var' && fn.name === 'assign' && t.args[0]) {
        termVars(t.args[0]).forEach((v) => names.add(v.name));
      }
    }
  }
  return names;
}

function resolveBody(body: Body, globals: Globals, scope: ScopeStack): Body {
  return body.map((e) => resolveExpr(e, globals, scope));
}

function resolveExpr(e: Expr, globals: Globals, scope: ScopeStack): Expr {
  const t = e.terms;
  if (t.type === 'some') {
    t.symbols = t.symbols.map((s) => (s.type === 'var' ? s : resolve(s, globals, scope)));
  } else if (t.type === 'every') {
    t.domain = resolve(t.domain, globals, scope);
    const declared = new Set<string>();
    if (t.key) termVars(t.key).forEach((v) => declared.add(v.name));
    termVars(t.value).forEach((v) => declared.add(v.name));
    scope.push(declared);
    scope.push(declaredIn(t.body));
    t.body = resolveBody(t.body, globals, scope);
    scope.pop();
    scope.pop();
  } else {
    e.terms = resolve(t, globals, scope);
  }
  for (const w of e.with) {
    const target = resolve(w.target, globals, scope);
    w.target = target.type === 'ref' ? target : refTerm([target], target.loc);
    w.value = resolve(w.value, globals, scope);
    // `with f as count`: the replacement names a builtin, not a variable.
    if (w.value.type === 'var' && lookupBuiltin(w.value.name)) {
      w.value = refTerm([w.value], w.value.loc);
    }
  }
  return e;
}

function resolve(t: Term, globals: Globals, scope: ScopeStack): Term {
  switch (t.type) {
    case 'var': {
      const g = !scope.has(t.name) ? globals.get(t.name) : undefined;
      return g
        ? refTerm(
            g.map((x) => ({ ...x, loc: t.loc })),
            t.loc,
          )
        : t;
    }
    case 'ref': {
      const [head, ...rest] = t.terms;
      if (!head) return t;
      const resolvedRest = rest.map((k) => resolve(k, globals, scope));
      if (head.type === 'var') {
        const g = !scope.has(head.name) ? globals.get(head.name) : undefined;
        const headTerms = g ? g.map((x) => ({ ...x, loc: head.loc })) : [head];
        return refTerm([...headTerms, ...resolvedRest], t.loc);
      }
      return refTerm([resolve(head, globals, scope), ...resolvedRest], t.loc);
    }
    case 'array':
    case 'set':
      t.items = t.items.map((x) => resolve(x, globals, scope));
      return t;
    case 'object':
      t.items = t.items.map(([k, v]) => [resolve(k, globals, scope), resolve(v, globals, scope)]);
      return t;
    case 'call': {
      const fn = resolve(t.fn, globals, scope);
      t.fn = fn.type === 'ref' ? fn : refTerm([fn], t.loc);
      t.args = t.args.map((a) => resolve(a, globals, scope));
      return t;
    }
    case 'arraycomprehension':
    case 'setcomprehension':
      scope.push(declaredIn(t.body));
      t.body = resolveBody(t.body, globals, scope);
      t.term = resolve(t.term, globals, scope);
      scope.pop();
      return t;
    case 'objectcomprehension':
      scope.push(declaredIn(t.body));
      t.body = resolveBody(t.body, globals, scope);
      t.key = resolve(t.key, globals, scope);
      t.value = resolve(t.value, globals, scope);
      scope.pop();
      return t;
    default:
      return t;
  }
}
