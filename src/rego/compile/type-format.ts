// Types as far as the source alone tells them, spelled as OPA's type checker spells them
// in its messages (`number`, `array<string>`, `any<string, set[any]>`).
import type { TypeDecl } from '../ir/ir.js';
import type { Term } from '../syntax/ast.js';

const members = (t: TypeDecl): TypeDecl[] | undefined => t.of as TypeDecl[] | undefined;

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
