// Drops `print(...)` expressions, as OPA's compiler does when print statements are not
// enabled (the default of `opa build`): a bundle evaluated by the Wasm SDK has nowhere to
// print to, and a print must never change a decision. A body left empty becomes `true`.
import type { Body, Expr, Rule, Term } from '../syntax/ast.js';
import type { Stage } from './state.js';
import { refName } from './terms.js';

export const erasePrintCalls: Stage = {
  name: 'erase-print-calls',
  run(state) {
    for (const { rule } of state.rules) {
      for (let r: Rule | undefined = rule; r; r = r.else) r.body = erase(r.body);
    }
  },
};

const isPrint = (e: Expr): boolean =>
  !e.negated && e.terms.type === 'call' && refName(e.terms.fn) === 'print';

function erase(body: Body): Body {
  const kept = body.filter((e) => !isPrint(e));
  for (const e of kept) {
    if (e.terms.type === 'every') e.terms.body = erase(e.terms.body);
    else if (e.terms.type !== 'some') closures(e.terms);
  }
  if (kept.length > 0 || body.length === 0) return kept;
  const loc = (body[0] as Expr).loc;
  return [{ terms: { type: 'boolean', value: true, loc }, negated: false, with: [], loc }];
}

function closures(t: Term): void {
  switch (t.type) {
    case 'arraycomprehension':
    case 'setcomprehension':
    case 'objectcomprehension':
      t.body = erase(t.body);
      return;
    case 'ref':
      t.terms.forEach(closures);
      return;
    case 'array':
    case 'set':
      t.items.forEach(closures);
      return;
    case 'object':
      t.items.forEach(([k, v]) => (closures(k), closures(v)));
      return;
    case 'call':
      t.args.forEach(closures);
      return;
    default:
      return;
  }
}
