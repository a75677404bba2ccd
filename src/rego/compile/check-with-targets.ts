// `with` may replace `input`, a path under `data`, or a function (of the policy or a
// builtin), and nothing else: anything else is
// `rego_type_error: with keyword target must reference existing input, data, or a function`,
// at the target, as OPA's rewriteWithModifiers reports it.
import { lookupBuiltin } from '../builtins/index.js';
import type { Expr } from '../syntax/ast.js';
import { forEachExpr } from './check-undefined-functions.js';
import { addError, type Stage } from './state.js';
import { refName, walkBody } from './terms.js';

export const checkWithTargets: Stage = {
  name: 'check-with-targets',
  run(state) {
    const check = (e: Expr): void => {
      for (const w of e.with) {
        const head = w.target.terms[0];
        const root = head?.type === 'var' && (head.name === 'input' || head.name === 'data');
        if (root || lookupBuiltin(refName(w.target))) continue;
        addError(
          state,
          'rego_type_error',
          'with keyword target must reference existing input, data, or a function',
          w.target.loc,
        );
      }
      const t = e.terms;
      if (t.type === 'every') t.body.forEach(check);
    };
    forEachExpr(state, (e) => {
      check(e);
      walkBody([e], (t) => {
        if (
          t.type === 'arraycomprehension' ||
          t.type === 'setcomprehension' ||
          t.type === 'objectcomprehension'
        ) {
          t.body.forEach(check);
        }
      });
    });
  },
};
