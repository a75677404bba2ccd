// Calls to a name that is neither a rule of the policy nor a builtin
// (`rego_type_error: undefined function f`), and calls with the wrong number of arguments
// (`count: arity mismatch` with both signatures for a builtin; `function data.x.f has arity
// 1, got 2 arguments` for a function of the policy), at the call, as OPA's
// checkUndefinedFuncs reports them.
import { lookupBuiltin } from '../builtins/index.js';
import { unsupportedBuiltin } from '../builtins/unsupported.js';
import type { Expr, Term } from '../syntax/ast.js';
import { pathKey } from './index-rules.js';
import { addError, type CompileState, type Stage } from './state.js';
import { formatType, typeOf } from './type-format.js';
import { refName, walkExpr } from './terms.js';

export const checkUndefinedFunctions: Stage = {
  name: 'check-undefined-functions',
  run(state) {
    const funcs = new Map<string, number>();
    for (const { rule, path } of state.rules) {
      if (rule.head.args) funcs.set(pathKey(path), rule.head.args.length);
    }
    const rules = new Set(state.rules.map((r) => pathKey(r.path)));
    const check = (t: Term): void => {
      if (t.type !== 'call') return;
      const name = refName(t.fn);
      const spec = lookupBuiltin(name);
      if (!rules.has(name) && !spec && !rulePrefix(rules, name)) {
        const why = unsupportedBuiltin(name);
        const message =
          why === undefined
            ? `undefined function ${name}`
            : `unsupported builtin ${name}: accessctl does not implement it (${why}); ` +
              'compute the value outside the policy and pass it in the input or data.json';
        addError(state, 'rego_type_error', message, t.loc);
        return;
      }
      const arity = funcs.get(name) ?? (spec ? (spec.decl.args?.length ?? 0) : undefined);
      if (arity === undefined || spec?.decl.variadic || name === 'eq') return;
      const operands = t.args.length;
      const generated = state.generatedCalls.has(t);
      const wrong = generated
        ? operands !== arity + 1
        : operands !== arity && operands !== arity + 1;
      if (!wrong) return;
      const actual = generated ? operands - 1 : operands;
      const message = spec
        ? `${name}: arity mismatch\n\thave: (${t.args.map((a) => formatType(typeOf(a))).join(', ')})` +
          `\n\twant: (${(spec.decl.args ?? []).map(formatType).join(', ')})`
        : `function ${name} has arity ${arity}, got ${actual} argument${actual === 1 ? '' : 's'}`;
      addError(state, 'rego_type_error', message, t.loc);
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
