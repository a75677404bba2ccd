// `rego.parse_module(filename, source)`: a module's syntax tree as OPA's JSON encoding of
// it (v1/ast/policy.go and term.go, without locations, as OPA writes it by default).
// Terms are `{"type": <kind>, "value": ...}`; a rule head names its `ref` and, for a
// single name, its `name`; a head without a value has the generated `true`; every
// expression carries its `index` in its body; `_` is `$0`, `$1`, ... Comments are listed
// with their text in base64, as Go encodes bytes.
//
// Where this tree is not OPA's: set members keep their written order, and a template
// string is the call OPA lowers it to.
import { parseModule } from '../../syntax/parser.js';
import type { Body, Expr, Head, Module, Rule, Term } from '../../syntax/ast.js';
import { scan } from '../../syntax/lexer.js';
import { any, builtin, objectOf, str } from '../shared/decl.js';
import { builtinError } from '../shared/errors.js';
import { stringOperand } from '../shared/operands.js';
import type { BuiltinSpec, HostValue, Json } from '../shared/spec.js';

type Node = { [key: string]: HostValue };

function parse(filename: Json, source: Json): HostValue {
  const file = stringOperand(filename, 1);
  const text = stringOperand(source, 2);
  const { module, errors } = parseModule(file, text);
  if (errors.length > 0 || module === undefined) {
    const lines = errors.map((e) => `${e.file}:${e.row}:${e.col}: ${e.code}: ${e.message}`);
    throw builtinError(
      lines.length === 1 ? lines[0]! : `${lines.length} errors occurred:\n${lines.join('\n')}`,
    );
  }
  return moduleJson(module, text);
}

function moduleJson(module: Module, source: string): Node {
  const out: Node = { package: { path: module.package.path.terms.map(term) } };
  // Imports in source order, `rego.v1` and `future.keywords` ones among them.
  const imports = [...module.imports, ...(module.keywordImports ?? [])].sort(
    (a, b) => a.loc.row - b.loc.row || a.loc.col - b.loc.col,
  );
  if (imports.length > 0) {
    out.imports = imports.map((imp) => {
      const json: Node = { path: term(imp.path) };
      if (imp.alias !== undefined) json.alias = imp.alias;
      return json;
    });
  }
  if (module.rules.length > 0) out.rules = module.rules.map(rule);
  const comments = scan(module.file, source).comments;
  if (comments.length > 0) {
    out.comments = comments.map((c) => ({ text: Buffer.from(c.text).toString('base64') }));
  }
  return out;
}

function rule(r: Rule): Node {
  const out: Node = { head: head(r.head), body: body(r.body) };
  if (r.default) out.default = true;
  if (r.else) out.else = rule(r.else);
  return out;
}

const TRUE: Node = { type: 'boolean', value: true };

function head(h: Head): Node {
  const out: Node = { ref: h.ref.terms.map(term) };
  const first = h.ref.terms[0];
  const length = h.ref.terms.length;
  if (first?.type === 'var' && (length === 1 || (length === 2 && h.key !== undefined))) {
    out.name = first.name;
  }
  if (h.args !== undefined) out.args = h.args.map(term);
  if (h.key !== undefined) out.key = term(h.key);
  if (h.value !== undefined) out.value = term(h.value);
  else if (!h.contains) out.value = TRUE;
  if (h.assign) out.assign = true;
  return out;
}

function body(b: Body): Node[] {
  return b.map(expr);
}

function expr(e: Expr, index: number): Node {
  const out: Node = { index, terms: exprTerms(e.terms) };
  if (e.negated) out.negated = true;
  if (e.with.length > 0)
    out.with = e.with.map((w) => ({ target: term(w.target), value: term(w.value) }));
  return out;
}

function exprTerms(t: Expr['terms']): HostValue {
  switch (t.type) {
    case 'some':
      return { symbols: t.symbols.map(term) };
    case 'every':
      return {
        key: t.key === undefined ? null : term(t.key),
        value: term(t.value),
        domain: term(t.domain),
        body: body(t.body),
      };
    case 'call':
      return [term(t.fn), ...t.args.map(term)];
    default:
      return term(t);
  }
}

function term(t: Term): Node {
  switch (t.type) {
    case 'null':
      return { type: 'null', value: null };
    case 'boolean':
      return { type: 'boolean', value: t.value };
    case 'number':
      return { type: 'number', value: numberValue(t.value) };
    case 'string':
      return { type: 'string', value: t.value };
    case 'var':
      return { type: 'var', value: varName(t.name) };
    case 'ref':
      return { type: 'ref', value: t.terms.map(term) };
    case 'array':
      return { type: 'array', value: t.items.map(term) };
    case 'set':
      return { type: 'set', value: t.items.map(term) };
    case 'object':
      return { type: 'object', value: t.items.map(([k, v]) => [term(k), term(v)]) };
    case 'arraycomprehension':
    case 'setcomprehension':
      return { type: t.type, value: { term: term(t.term), body: body(t.body) } };
    case 'objectcomprehension':
      return {
        type: t.type,
        value: { key: term(t.key), value: term(t.value), body: body(t.body) },
      };
    case 'call':
      return { type: 'call', value: [term(t.fn), ...t.args.map(term)] };
  }
}

const WILDCARD = /^\$wildcard(\d+)$/;

/** The parser's `$wildcardN` is OPA's `$N`. */
function varName(name: string): string {
  const m = WILDCARD.exec(name);
  return m ? `$${m[1]}` : name;
}

/** A number as written: an integer exactly (a bigint past 2^53), anything else a float. */
function numberValue(text: string): number | bigint {
  if (/^-?\d+$/.test(text)) {
    const n = BigInt(text);
    return n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER)
      ? Number(n)
      : n;
  }
  return Number(text);
}

export const parseModuleBuiltins: BuiltinSpec[] = [
  builtin('rego.parse_module', [str, str], objectOf(str, any), { host: parse }),
];
