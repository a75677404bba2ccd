// Moves refs and comprehensions out of the arguments of calls into expressions of their
// own, as OPA's rewriteDynamicTerms does after the safety check: `foo == input.xs[foo]`
// becomes `__local1__ = input.xs[foo]; foo == __local1__`, so the ref's iteration binds
// `foo` before the call reads it. Expressions under `not` or `with` keep their shape: there
// the moved expression would run outside the negation or the replacement.
import type { Body, Rule, Term } from '../syntax/ast.js';
import { newLocal, type CompileState, type Stage } from './state.js';
import { callExpr, isComprehension, refName, varTerm } from './terms.js';

export const rewriteDynamics: Stage = {
  name: 'rewrite-dynamics',
  run(state) {
    for (const { rule } of state.rules) {
      for (let r: Rule | undefined = rule; r; r = r.else) r.body = rewriteBody(state, r.body);
    }
  },
};

function rewriteBody(state: CompileState, body: Body): Body {
  const out: Body = [];
  for (const e of body) {
    const t = e.terms;
    if (t.type === 'every') t.body = rewriteBody(state, t.body);
    if (t.type !== 'call' || e.negated || e.with.length > 0 || refName(t.fn) === 'eq') {
      nested(state, t);
      out.push(e);
      continue;
    }
    t.args = t.args.map((arg) => {
      nested(state, arg);
      if (arg.type !== 'ref' && !isComprehension(arg)) return arg;
      const v = varTerm(newLocal(state), arg.loc);
      out.push(callExpr('eq', [v, arg], arg.loc));
      return v;
    });
    out.push(e);
  }
  return out;
}

/** Apply the rewrite inside comprehension bodies found under `t`. */
function nested(state: CompileState, t: Term | { type: string }): void {
  const term = t as Term;
  switch (term.type) {
    case 'arraycomprehension':
    case 'setcomprehension':
    case 'objectcomprehension':
      term.body = rewriteBody(state, term.body);
      return;
    case 'ref':
      term.terms.forEach((x) => nested(state, x));
      return;
    case 'array':
    case 'set':
      term.items.forEach((x) => nested(state, x));
      return;
    case 'object':
      term.items.forEach(([k, v]) => (nested(state, k), nested(state, v)));
      return;
    case 'call':
      term.args.forEach((x) => nested(state, x));
      return;
    default:
      return;
  }
}
