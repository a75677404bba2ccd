// The Rego abstract syntax tree, shaped after OPA's own (v1/ast: Module, Rule, Head,
// Body, Expr, Term) so that OPA's documentation of its compiler stages and planner reads
// straight onto it. The parser produces it; the compile stages rewrite it; the planner
// reads it. Every node carries the location it was parsed from.

/**
 * A place in Rego source: every AST node's `loc`, and every error's place (a RegoError is
 * one, PlanError and RegoEvalError carry one as `location`).
 */
export interface Location {
  file: string;
  /** 1-based. */
  row: number;
  /** 1-based. */
  col: number;
}

// ---- terms -------------------------------------------------------------------------

export type Term =
  | NullTerm
  | BooleanTerm
  | NumberTerm
  | StringTerm
  | VarTerm
  | RefTerm
  | ArrayTerm
  | ObjectTerm
  | SetTerm
  | ArrayComprehension
  | SetComprehension
  | ObjectComprehension
  | CallTerm;

export interface NullTerm {
  type: 'null';
  loc: Location;
}
export interface BooleanTerm {
  type: 'boolean';
  value: boolean;
  loc: Location;
}
/** Kept as written (`1e3`, `0.1`, a 40-digit integer): OPA keeps arbitrary precision. */
export interface NumberTerm {
  type: 'number';
  value: string;
  loc: Location;
}
export interface StringTerm {
  type: 'string';
  value: string;
  loc: Location;
}
/** `_` is a wildcard; the parser renames each `_` to a unique `$wildcardN`. */
export interface VarTerm {
  type: 'var';
  name: string;
  loc: Location;
}
/**
 * `data.a.b[x]`, `input.user`, `f(x).y`: the head is a var (or a call/composite term),
 * the rest are key terms; `a.b` is stored as the string term "b".
 */
export interface RefTerm {
  type: 'ref';
  terms: Term[];
  loc: Location;
}
export interface ArrayTerm {
  type: 'array';
  items: Term[];
  loc: Location;
}
export interface ObjectTerm {
  type: 'object';
  items: [Term, Term][];
  loc: Location;
}
export interface SetTerm {
  type: 'set';
  items: Term[];
  loc: Location;
}
export interface ArrayComprehension {
  type: 'arraycomprehension';
  term: Term;
  body: Body;
  loc: Location;
}
export interface SetComprehension {
  type: 'setcomprehension';
  term: Term;
  body: Body;
  loc: Location;
}
export interface ObjectComprehension {
  type: 'objectcomprehension';
  key: Term;
  value: Term;
  body: Body;
  loc: Location;
}
/**
 * A call as a term (`count(x)` inside another term). Operators become calls of their
 * builtin (`x + 1` is `plus(x, 1)`); `fn` is the callee's ref (`["count"]`,
 * `["data","pkg","f"]` once resolved).
 */
export interface CallTerm {
  type: 'call';
  fn: RefTerm;
  args: Term[];
  loc: Location;
}

// ---- expressions -------------------------------------------------------------------

export interface With {
  /** `input.x`, `data.a.b`, or a function ref. */
  target: RefTerm;
  value: Term;
  loc: Location;
}

/**
 * One expression of a body. `terms` is a single term (`input.x`, `true`), a call
 * (`eq(x, 1)` for `x = 1`, `assign(x, 1)` for `x := 1`, `equal(a, b)` for `==`,
 * `internal.member_2(x, xs)` for `x in xs`), a `some` declaration or an `every`.
 */
export interface Expr {
  terms: Term | CallTerm | SomeDecl | Every;
  negated: boolean;
  with: With[];
  loc: Location;
}

/** `some x, y` (symbols are vars) or `some k, v in xs` (one `internal.member_N` call). */
export interface SomeDecl {
  type: 'some';
  symbols: Term[];
  loc: Location;
}

/** `every k, v in domain { body }`; `key` is absent for `every v in domain`. */
export interface Every {
  type: 'every';
  key?: Term;
  value: Term;
  domain: Term;
  body: Body;
  loc: Location;
}

export type Body = Expr[];

// ---- rules and modules -------------------------------------------------------------

/**
 * A rule head. `ref` is the rule's path relative to its package (`p`, `a.b[x]`);
 * `args` is set for functions; `key` for partial set/object rules in their old form and
 * for `contains`; `value` for `:=`/`=` heads (absent means `true`).
 *
 * As the parser fills it in (OPA's conventions):
 * - `p contains x if ...`: ref `p`, `contains`, key `x`, no value.
 * - `p[k] := v if ...` / `p[k] if ...` (two-element ref, last not ground): ref `p[k]`,
 *   key `k`, value `v` (an explicit `true` when not written). Both set: one object key.
 * - `a.b[x] := y if ...` (longer refs) and ground `p["k"] := 1`: ref only, no key.
 * - `p if ...`, `f(x) if ...`: no value (means `true`).
 */
export interface Head {
  ref: RefTerm;
  args?: Term[];
  key?: Term;
  value?: Term;
  /** `:=` rather than `=`. */
  assign: boolean;
  /** `contains`: a multi-value (partial set) rule. */
  contains: boolean;
  loc: Location;
}

export interface Rule {
  head: Head;
  body: Body;
  /** `else [= value] [if] { ... }` alternatives, tried in order. */
  else?: Rule;
  default: boolean;
  annotations?: Annotations;
  loc: Location;
}

export interface Import {
  /** `data.x.y` or `input.x`; `rego.v1` and `future.keywords.*` are accepted and dropped. */
  path: RefTerm;
  alias?: string;
  loc: Location;
}

export interface Package {
  /** `data.a.b` as a ref. */
  path: RefTerm;
  loc: Location;
}

/** A `# METADATA` block (YAML), parsed; `scope` as OPA defines it. */
export interface Annotations {
  scope: 'package' | 'rule' | 'document' | 'subpackages';
  title?: string;
  description?: string;
  custom?: Record<string, unknown>;
  /** Every key as written, for tools that want the rest. */
  raw: Record<string, unknown>;
  loc: Location;
}

export interface Module {
  file: string;
  package: Package;
  imports: Import[];
  rules: Rule[];
  annotations: Annotations[];
  /**
   * `import rego.v1` and `import future.keywords...`, which change nothing in Rego v1: the
   * compiler ignores them; `rego.parse_module` lists them as OPA does.
   */
  keywordImports?: Import[];
}
