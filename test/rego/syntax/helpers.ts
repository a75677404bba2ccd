import type { RegoError } from '../../../src/rego/errors.js';
import { parseModule } from '../../../src/rego/syntax/parser.js';
import type { Expr, Module, Rule, Term } from '../../../src/rego/syntax/ast.js';

/** A copy without `loc` fields, so expectations state structure only. */
export function stripLocs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripLocs);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => k !== 'loc')
        .map(([k, v]) => [k, stripLocs(v)]),
    );
  }
  return value;
}

/** Parse a module that must be valid; fail with the parser's messages otherwise. */
export function parseOk(source: string): Module {
  const result = parseModule('test.rego', source);
  if (result.errors.length > 0 || result.module === undefined) {
    throw new Error(result.errors.map(show).join('\n'));
  }
  return result.module;
}

export function show(e: RegoError): string {
  return `${e.row}:${e.col}: ${e.message}`;
}

/** A compact, unambiguous rendering of the AST, so tables read like Rego. */
export function render(t: Term): string {
  switch (t.type) {
    case 'null':
      return 'null';
    case 'boolean':
    case 'number':
      return String(t.value);
    case 'string':
      return JSON.stringify(t.value);
    case 'var':
      return t.name;
    case 'ref':
      return t.terms
        .map((x, i) =>
          i === 0
            ? render(x)
            : x.type === 'string' && /^[A-Za-z_]\w*$/.test(x.value)
              ? `.${x.value}`
              : `[${render(x)}]`,
        )
        .join('');
    case 'array':
      return `[${t.items.map(render).join(', ')}]`;
    case 'set':
      return t.items.length === 0 ? 'set()' : `{${t.items.map(render).join(', ')}}`;
    case 'object':
      return `{${t.items.map(([k, v]) => `${render(k)}: ${render(v)}`).join(', ')}}`;
    case 'arraycomprehension':
      return `[${render(t.term)} | ${renderBody(t.body)}]`;
    case 'setcomprehension':
      return `{${render(t.term)} | ${renderBody(t.body)}}`;
    case 'objectcomprehension':
      return `{${render(t.key)}: ${render(t.value)} | ${renderBody(t.body)}}`;
    case 'call':
      return `${render(t.fn)}(${t.args.map(render).join(', ')})`;
  }
}

export function renderExpr(e: Expr): string {
  let out = e.negated ? 'not ' : '';
  const t = e.terms;
  if (t.type === 'some') out += `some ${t.symbols.map(render).join(', ')}`;
  else if (t.type === 'every') {
    const vars = t.key ? `${render(t.key)}, ${render(t.value)}` : render(t.value);
    out += `every ${vars} in ${render(t.domain)} { ${renderBody(t.body)} }`;
  } else out += render(t);
  for (const w of e.with) out += ` with ${render(w.target)} as ${render(w.value)}`;
  return out;
}

export function renderBody(body: Expr[]): string {
  return body.map(renderExpr).join('; ');
}

export function renderRule(r: Rule): string {
  const h = r.head;
  let out = r.default ? 'default ' : '';
  out += render(h.ref);
  if (h.args) out += `(${h.args.map(render).join(', ')})`;
  if (h.contains && h.key) out += ` contains ${render(h.key)}`;
  else if (h.key) out += ` key=${render(h.key)}`;
  if (h.value) out += ` ${h.assign ? ':=' : '='} ${render(h.value)}`;
  out += ` if { ${renderBody(r.body)} }`;
  if (r.else) out += ` else ${renderRule(r.else).replace(/^\S+ /, '')}`;
  return out;
}
