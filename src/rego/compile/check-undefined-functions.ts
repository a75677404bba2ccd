// Calls to a name that is neither a rule of the policy nor a builtin:
// `rego_type_error: undefined function f`, at the call, as OPA reports them.
import { lookupBuiltin } from '../builtins/index.js';
import type { Expr, Term } from '../syntax/ast.js';
import { pathKey } from './index-rules.js';
import { addError, type CompileState, type Stage } from './state.js';
import { refName, walkExpr } from './terms.js';

export const checkUndefinedFunctions: Stage = {
  name: 'check-undefined-functions',
  run(state) {
    const rules = new Set(state.rules.map((r) => pathKey(r.path)));
    const check = (t: Term): void => {
      if (t.type !== 'call') return;
      const name = refName(t.fn);
      if (rules.has(name) || lookupBuiltin(name) || rulePrefix(rules, name)) return;
      addError(state, 'rego_type_error', `undefined function ${name}`, t.loc);
    };
    forEachExpr(state, (e) => walkExpr(e, check));
  },
};

/** A call into a rule's value (`data.x.p.f(1)` where `p` is an object) is not checked. */
function rulePrefix(rules: Set<string>, name: string): boolean {
  const parts = name.split('.');
  for (let i = parts.length - 1; i > 1; i--) {
    if (rules.has(parts.slice(0, i).join('.'))) return true;
  }
  return false;
}

export function forEachExpr(state: CompileState, f: (e: Expr) => void): void {
  for (const { rule } of state.rules) {
    for (let r: typeof rule | undefined = rule; r; r = r.else) {
      r.body.forEach(f);
      const head = r.head;
      const terms = [head.value, head.key, ...head.ref.terms.slice(1)].filter(
        (t): t is Term => t !== undefined,
      );
      for (const t of terms) f({ terms: t, negated: false, with: [], loc: t.loc });
    }
  }
}
