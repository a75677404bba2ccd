// Small helpers over the AST shared by the compile stages and the planner: building terms,
// naming refs, collecting variables and copying subtrees.
import type {
  Body,
  CallTerm,
  Expr,
  Location,
  RefTerm,
  StringTerm,
  Term,
  VarTerm,
} from '../syntax/ast.js';

export const varTerm = (name: string, loc: Location): VarTerm => ({ type: 'var', name, loc });
export const stringTerm = (value: string, loc: Location): StringTerm => ({
  type: 'string',
  value,
  loc,
});
export const refTerm = (terms: Term[], loc: Location): RefTerm => ({ type: 'ref', terms, loc });

/** `a.b.c` style name of a callee ref (`count`, `internal.member_2`, `data.pkg.f`). */
export function refName(ref: RefTerm): string {
  return ref.terms
    .map((t, i) => (i === 0 && t.type === 'var' ? t.name : t.type === 'string' ? t.value : '?'))
    .join('.');
}

/** A ref printed the way OPA prints one in messages: `data.x.p`, `data.x.p[x]`, `input.a`. */
export function refString(terms: Term[]): string {
  let out = '';
  terms.forEach((t, i) => {
    if (i === 0) out += termString(t);
    else if (t.type === 'string' && /^[A-Za-z_][A-Za-z0-9_]*$/.test(t.value)) out += `.${t.value}`;
    else out += `[${termString(t)}]`;
  });
  return out;
}

export function termString(t: Term): string {
  switch (t.type) {
    case 'null':
      return 'null';
    case 'boolean':
      return String(t.value);
    case 'number':
      return t.value;
    case 'string':
      return JSON.stringify(t.value);
    case 'var':
      return t.name;
    case 'ref':
      return refString(t.terms);
    case 'array':
      return `[${t.items.map(termString).join(', ')}]`;
    case 'set':
      return t.items.length === 0 ? 'set()' : `{${t.items.map(termString).join(', ')}}`;
    case 'object':
      return `{${t.items.map(([k, v]) => `${termString(k)}: ${termString(v)}`).join(', ')}}`;
    case 'call':
      return `${refName(t.fn)}(${t.args.map(termString).join(', ')})`;
    case 'arraycomprehension':
      return `[${termString(t.term)} | ...]`;
    case 'setcomprehension':
      return `{${termString(t.term)} | ...}`;
    case 'objectcomprehension':
      return `{${termString(t.key)}: ${termString(t.value)} | ...}`;
  }
}

export function isScalar(t: Term): boolean {
  return t.type === 'null' || t.type === 'boolean' || t.type === 'number' || t.type === 'string';
}

/** True when the term holds no variables, refs, calls or comprehensions. */
export function isGround(t: Term): boolean {
  return madeOf(t, SCALARS);
}

const SCALARS: ReadonlySet<Term['type']> = new Set(['null', 'boolean', 'number', 'string']);

/** True when the term is one of the `leaves` kinds, or a collection made of them only. */
export function madeOf(t: Term, leaves: ReadonlySet<Term['type']>): boolean {
  if (leaves.has(t.type)) return true;
  switch (t.type) {
    case 'array':
    case 'set':
      return t.items.every((item) => madeOf(item, leaves));
    case 'object':
      return t.items.every(([k, v]) => madeOf(k, leaves) && madeOf(v, leaves));
    default:
      return false;
  }
}

export const isComprehension = (t: Term): boolean =>
  t.type === 'arraycomprehension' ||
  t.type === 'setcomprehension' ||
  t.type === 'objectcomprehension';

export interface VarOptions {
  /** Skip the bodies and heads of comprehensions (closures). */
  skipClosures?: boolean;
  /** Skip the head var of refs (`x` in `x[y]`) and the callee of calls. */
  skipRefHead?: boolean;
}

/** Every variable named in `t`, in the order met. */
export function termVars(t: Term, opts: VarOptions = {}, out: VarTerm[] = []): VarTerm[] {
  switch (t.type) {
    case 'var':
      out.push(t);
      break;
    case 'ref':
      t.terms.forEach((k, i) => {
        if (i === 0 && k.type === 'var' && opts.skipRefHead) return;
        termVars(k, opts, out);
      });
      break;
    case 'array':
    case 'set':
      t.items.forEach((x) => termVars(x, opts, out));
      break;
    case 'object':
      t.items.forEach(([k, v]) => {
        termVars(k, opts, out);
        termVars(v, opts, out);
      });
      break;
    case 'call':
      t.args.forEach((x) => termVars(x, opts, out));
      break;
    case 'arraycomprehension':
    case 'setcomprehension':
      if (!opts.skipClosures) {
        termVars(t.term, opts, out);
        bodyVars(t.body, opts, out);
      }
      break;
    case 'objectcomprehension':
      if (!opts.skipClosures) {
        termVars(t.key, opts, out);
        termVars(t.value, opts, out);
        bodyVars(t.body, opts, out);
      }
      break;
    default:
      break;
  }
  return out;
}

export function exprVars(e: Expr, opts: VarOptions = {}, out: VarTerm[] = []): VarTerm[] {
  const t = e.terms;
  if (t.type === 'some') t.symbols.forEach((s) => termVars(s, opts, out));
  else if (t.type === 'every') {
    if (!opts.skipClosures) {
      if (t.key) termVars(t.key, opts, out);
      termVars(t.value, opts, out);
      bodyVars(t.body, opts, out);
    }
    termVars(t.domain, opts, out);
  } else termVars(t, opts, out);
  for (const w of e.with) {
    termVars(w.value, opts, out);
  }
  return out;
}

export function bodyVars(body: Body, opts: VarOptions = {}, out: VarTerm[] = []): VarTerm[] {
  for (const e of body) exprVars(e, opts, out);
  return out;
}

export const varNames = (vars: VarTerm[]): Set<string> => new Set(vars.map((v) => v.name));

/** Structural copy: the stages rewrite terms in place, so shared subtrees must be copied. */
export function clone<T>(value: T): T {
  return structuredClone(value);
}

/** The callee name of an expression that is a call, or undefined. */
export function callName(e: Expr): string | undefined {
  return e.terms.type === 'call' ? refName(e.terms.fn) : undefined;
}

export function callExpr(name: string, args: Term[], loc: Location): Expr {
  const fn = refTerm(
    name.split('.').map((part, i) => (i === 0 ? varTerm(part, loc) : stringTerm(part, loc))),
    loc,
  );
  const call: CallTerm = { type: 'call', fn, args, loc };
  return { terms: call, negated: false, with: [], loc };
}

/** Visit every term under `t` (pre-order), descending into closures; `f` may stop descent. */
export function walkTerm(t: Term, f: (t: Term) => boolean | void): void {
  if (f(t) === false) return;
  switch (t.type) {
    case 'ref':
      t.terms.forEach((x) => walkTerm(x, f));
      break;
    case 'array':
    case 'set':
      t.items.forEach((x) => walkTerm(x, f));
      break;
    case 'object':
      t.items.forEach(([k, v]) => {
        walkTerm(k, f);
        walkTerm(v, f);
      });
      break;
    case 'call':
      walkTerm(t.fn, f);
      t.args.forEach((x) => walkTerm(x, f));
      break;
    case 'arraycomprehension':
    case 'setcomprehension':
      walkTerm(t.term, f);
      walkBody(t.body, f);
      break;
    case 'objectcomprehension':
      walkTerm(t.key, f);
      walkTerm(t.value, f);
      walkBody(t.body, f);
      break;
    default:
      break;
  }
}

export function walkExpr(e: Expr, f: (t: Term) => boolean | void): void {
  const t = e.terms;
  if (t.type === 'some') t.symbols.forEach((s) => walkTerm(s, f));
  else if (t.type === 'every') {
    if (t.key) walkTerm(t.key, f);
    walkTerm(t.value, f);
    walkTerm(t.domain, f);
    walkBody(t.body, f);
  } else walkTerm(t, f);
  for (const w of e.with) {
    walkTerm(w.target, f);
    walkTerm(w.value, f);
  }
}

export function walkBody(body: Body, f: (t: Term) => boolean | void): void {
  for (const e of body) walkExpr(e, f);
}
