// Turns a case's query into what a compiled bundle can answer: entrypoints. A plain
// reference `data.a.b = x` is the entrypoint `a/b`; any other expression over `data`
// (a function call, a lookup by key, a bare test) becomes a rule of a wrapper module, as
// OPA itself plans a query into a function. Conjunctions bind every variable.

export interface Binding {
  entrypoint: string;
  /** The variable the entrypoint's value binds; absent for a bare test. */
  variable?: string;
}

export type QueryForm =
  | { ok: true; bindings: Binding[]; wrapper?: { file: string; source: string } }
  | { ok: false; form: string };

export const WRAPPER_PACKAGE = 'conformance_query__';

const plainRef = /^data((?:\.[A-Za-z_][A-Za-z0-9_]*)+)\s*=\s*([A-Za-z_][A-Za-z0-9_]*)$/;
const boundExpression = /^(data\.[\s\S]+?)\s*=\s*([A-Za-z_][A-Za-z0-9_]*)$/;

export function parseQuery(query: string): QueryForm {
  const parts = query
    .split(/[;\n]/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length === 0) return { ok: false, form: 'empty query' };
  const bindings: Binding[] = [];
  const rules: string[] = [];
  for (const part of parts) {
    if (/\bwith\b/.test(part)) return { ok: false, form: 'with modifier' };
    const plain = plainRef.exec(part);
    if (plain) {
      bindings.push({
        entrypoint: (plain[1] as string).slice(1).split('.').join('/'),
        variable: plain[2] as string,
      });
      continue;
    }
    const name = `q${rules.length}`;
    const bound = boundExpression.exec(part);
    if (bound) {
      rules.push(`${name} := ${bound[1] as string}`);
      bindings.push({ entrypoint: `${WRAPPER_PACKAGE}/${name}`, variable: bound[2] as string });
    } else if (/^data\./.test(part) && !/:=|(?<![=!<>])=(?!=)/.test(part)) {
      rules.push(`${name} if {\n\t${part}\n}`);
      bindings.push({ entrypoint: `${WRAPPER_PACKAGE}/${name}` });
    } else {
      return { ok: false, form: 'other expression' };
    }
  }
  const variables = bindings.flatMap((b) => (b.variable ? [b.variable] : []));
  if (new Set(variables).size !== variables.length)
    return { ok: false, form: 'variable bound twice' };
  if (rules.length === 0) return { ok: true, bindings };
  const source = `package ${WRAPPER_PACKAGE}\n\n${rules.join('\n\n')}\n`;
  return { ok: true, bindings, wrapper: { file: 'query.rego', source } };
}
