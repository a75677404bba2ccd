// The type errors OPA's checker reports at compile time for builtin calls: an argument whose
// type is known from the source (a literal, or a composite of literals) that does not fit
// the builtin's declaration (`plus: invalid argument(s)`). Types of other arguments are only
// known at run time; they are reported as `any` and never rejected here. (Arity is checked
// earlier, with undefined functions.)
import { lookupBuiltin } from '../builtins/index.js';
import type { TypeDecl } from '../ir/ir.js';
import type { CallTerm, Term } from '../syntax/ast.js';
import { forEachExpr } from './check-undefined-functions.js';
import { addError, type Stage } from './state.js';
import { refName, walkExpr } from './terms.js';
import { formatType, typeOf } from './type-format.js';

export const checkTypes: Stage = {
  name: 'check-types',
  run(state) {
    const check = (t: Term): void => {
      if (t.type !== 'call') return;
      const name = refName(t.fn);
      const spec = lookupBuiltin(name);
      if (!spec) return;
      const want = spec.decl.args ?? [];
      // With the output argument given, OPA shows the result type among the wanted ones.
      const result = spec.decl.result;
      const shown = result && t.args.length > want.length ? [...want, result] : want;
      for (let i = 0; i < want.length; i++) {
        const have = typeOf(t.args[i] as Term);
        if (!fits(have, want[i] as TypeDecl)) {
          addError(
            state,
            'rego_type_error',
            argMessage(name, 'invalid argument(s)', t, shown),
            t.loc,
          );
          return;
        }
      }
    };
    forEachExpr(state, (e) => walkExpr(e, check));
  },
};

function argMessage(name: string, what: string, call: CallTerm, want: TypeDecl[]): string {
  const have = call.args.map((a) => formatType(typeOf(a))).join(', ');
  return `${name}: ${what}\n\thave: (${have})\n\twant: (${want.map(formatType).join(', ')})`;
}

const members = (t: TypeDecl): TypeDecl[] | undefined => t.of as TypeDecl[] | undefined;

/** Whether a value of type `have` can be passed where `want` is declared. */
function fits(have: TypeDecl, want: TypeDecl): boolean {
  if (have.type === 'any') {
    const hm = members(have);
    return hm ? hm.every((h) => fits(h, want)) : true;
  }
  if (want.type === 'any') {
    const wm = members(want);
    return wm ? wm.some((w) => fits(have, w)) : true;
  }
  if (have.type !== want.type) return false;
  switch (want.type) {
    case 'array': {
      const items = (have.static as TypeDecl[] | undefined) ?? [];
      const wdyn = want.dynamic as TypeDecl | undefined;
      const wstatic = want.static as TypeDecl[] | undefined;
      if (wstatic)
        return (
          wstatic.length === items.length && items.every((h, i) => fits(h, wstatic[i] as TypeDecl))
        );
      return wdyn ? items.every((h) => fits(h, wdyn)) : true;
    }
    case 'set': {
      const of = want.of as TypeDecl | undefined;
      return of ? fits((have.of as TypeDecl | undefined) ?? { type: 'any' }, of) : true;
    }
    case 'object': {
      const dyn = want.dynamic as { key: TypeDecl; value: TypeDecl } | undefined;
      const props = (have.static as { key: string; value: TypeDecl }[] | undefined) ?? [];
      return dyn
        ? props.every((p) => fits({ type: 'string' }, dyn.key) && fits(p.value, dyn.value))
        : true;
    }
    default:
      return true;
  }
}
