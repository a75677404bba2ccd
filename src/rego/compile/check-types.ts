// The type errors OPA's checker reports at compile time for calls: a builtin or function
// called with the wrong number of arguments (`count: arity mismatch`), and a builtin given an
// argument whose type is known from the source (a literal, or a composite of literals) and
// does not fit its declaration (`plus: invalid argument(s)`). Types of other arguments are
// only known at run time; they are reported as `any` and never rejected here.
import { lookupBuiltin } from '../builtins/index.js';
import type { TypeDecl } from '../ir/ir.js';
import type { CallTerm, Term } from '../syntax/ast.js';
import { forEachExpr } from './check-undefined-functions.js';
import { pathKey } from './index-rules.js';
import { addError, type Stage } from './state.js';
import { refName, walkExpr } from './terms.js';

export const checkTypes: Stage = {
  name: 'check-types',
  run(state) {
    const funcs = new Map<string, number>();
    for (const { rule, path } of state.rules) {
      if (rule.head.args) funcs.set(pathKey(path), rule.head.args.length);
    }
    const check = (t: Term): void => {
      if (t.type !== 'call') return;
      const name = refName(t.fn);
      const spec = lookupBuiltin(name);
      const userArity = funcs.get(name);
      const want: TypeDecl[] = spec
        ? (spec.decl.args ?? [])
        : Array.from({ length: userArity ?? 0 }, () => ({ type: 'any' }));
      if (!spec && userArity === undefined) return;
      const hasResult = spec ? spec.decl.result !== undefined : true;
      const maxArgs = hasResult ? want.length + 1 : want.length;
      const variadic = spec?.decl.variadic !== undefined;
      if (t.args.length < want.length || (!variadic && t.args.length > maxArgs)) {
        addError(state, 'rego_type_error', argMessage(name, 'arity mismatch', t, want), t.loc);
        return;
      }
      if (!spec) return;
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

/** The type of a term as far as the source alone tells; `any` when it depends on data. */
export function typeOf(t: Term): TypeDecl {
  switch (t.type) {
    case 'null':
    case 'boolean':
    case 'number':
    case 'string':
      return { type: t.type };
    case 'array':
      return { type: 'array', static: t.items.map(typeOf) };
    case 'set':
      return { type: 'set', of: union(t.items.map(typeOf)) };
    case 'object':
      return {
        type: 'object',
        static: t.items
          .filter(([k]) => k.type === 'string')
          .map(([k, v]) => ({ key: (k as { value: string }).value, value: typeOf(v) })),
        ...(t.items.some(([k]) => k.type !== 'string')
          ? { dynamic: { key: { type: 'any' }, value: { type: 'any' } } }
          : {}),
      };
    case 'arraycomprehension':
      return { type: 'array', dynamic: { type: 'any' } };
    case 'setcomprehension':
      return { type: 'set', of: { type: 'any' } };
    case 'objectcomprehension':
      return { type: 'object', dynamic: { key: { type: 'any' }, value: { type: 'any' } } };
    default:
      return { type: 'any' };
  }
}

function union(types: TypeDecl[]): TypeDecl {
  const seen = new Map(types.map((t) => [formatType(t), t]));
  if (seen.size === 0) return { type: 'any' };
  if (seen.size === 1) return [...seen.values()][0] as TypeDecl;
  return { type: 'any', of: [...seen.values()] };
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

/** OPA's spelling of a type: `number`, `array[string]`, `any<number, set[any]>`. */
export function formatType(t: TypeDecl): string {
  switch (t.type) {
    case 'any': {
      const of = members(t);
      return of && of.length > 0 ? `any<${of.map(formatType).join(', ')}>` : 'any';
    }
    case 'array': {
      const st = t.static as TypeDecl[] | undefined;
      const dyn = t.dynamic as TypeDecl | undefined;
      if (st && st.length > 0)
        return `array<${st.map(formatType).join(', ')}${dyn ? `, ...${formatType(dyn)}` : ''}>`;
      return `array[${dyn ? formatType(dyn) : 'any'}]`;
    }
    case 'set':
      return `set[${t.of ? formatType(t.of as TypeDecl) : 'any'}]`;
    case 'object': {
      const st = t.static as { key: string; value: TypeDecl }[] | undefined;
      const dyn = t.dynamic as { key: TypeDecl; value: TypeDecl } | undefined;
      if (st && st.length > 0) {
        const props = st.map((p) => `${JSON.stringify(p.key)}: ${formatType(p.value)}`).join(', ');
        return `object<${props}>${dyn ? `[${formatType(dyn.key)}: ${formatType(dyn.value)}]` : ''}`;
      }
      return dyn ? `object[${formatType(dyn.key)}: ${formatType(dyn.value)}]` : 'object';
    }
    case 'function':
      return 'function';
    default:
      return t.type;
  }
}
