// The Rego v1 parser: tokens to the AST of ast.ts, by recursive descent in the order of
// OPA's grammar (openpolicyagent.org/docs/policy-reference#grammar). Errors are collected
// as values; a statement that fails to parse is skipped up to the next line that starts
// at column 1, so one module can report several independent mistakes.

import type { RegoError } from '../errors.js';
import { attachAnnotations } from './annotations.js';
import type {
  Body,
  CallTerm,
  Every,
  Expr,
  Head,
  Import,
  Location,
  Module,
  Package,
  RefTerm,
  Rule,
  SomeDecl,
  Term,
  VarTerm,
  With,
} from './ast.js';
import { KEYWORDS, scan, type Comment, type Token, type TokenKind } from './lexer.js';

export interface ParseResult {
  module?: Module;
  errors: RegoError[];
}

/**
 * Nesting deeper than this (counted in parser frames: a parenthesis costs 2, a nested
 * comprehension about 6) is reported as an error instead of risking the JavaScript stack,
 * which holds two to three times as much at Node's default size.
 */
const MAX_DEPTH = 600;

/** Number literals beyond about 10^30000 are refused, as OPA refuses them (`number too big`). */
const MAX_DECIMAL_EXPONENT = 30000;

export function parseModule(file: string, source: string): ParseResult {
  return guarded(file, () => new Parser(file, source).parseModule());
}

/** A query such as `data.test.p = x; y := 1`: literals separated by `;` or newlines. */
export function parseQuery(file: string, source: string): { body?: Body; errors: RegoError[] } {
  return guarded(file, () => new Parser(file, source).parseQuery());
}

function guarded<T extends { errors: RegoError[] }>(
  file: string,
  parse: () => T,
): T | { errors: RegoError[] } {
  try {
    return parse();
  } catch (e) {
    // The depth guard should make this unreachable; it keeps the promise never to throw.
    const message =
      e instanceof RangeError
        ? 'input is nested too deeply to parse; flatten the expression'
        : `internal parser error: ${e instanceof Error ? e.message : String(e)}`;
    return { errors: [{ code: 'rego_parse_error', message, file, row: 1, col: 1 }] };
  }
}

/** Thrown to unwind to the nearest statement or backtracking point; the error is already recorded. */
class Bail {}
const BAIL = new Bail();
/** Thrown past every backtracking point: input too deep for one path is too deep for all. */
const TOO_DEEP = new Bail();

interface Saved {
  pos: number;
  errors: number;
}

const RELATION_OPS: Readonly<Partial<Record<TokenKind, string>>> = {
  '==': 'equal',
  '!=': 'neq',
  '<': 'lt',
  '<=': 'lte',
  '>': 'gt',
  '>=': 'gte',
};
const ARITH_OPS: Readonly<Partial<Record<TokenKind, string>>> = { '+': 'plus', '-': 'minus' };
const FACTOR_OPS: Readonly<Partial<Record<TokenKind, string>>> = {
  '*': 'mul',
  '/': 'div',
  '%': 'rem',
};

/** Binary operators from the loosest binding to the tightest, as OPA's grammar orders them. */
const BINARY_LEVELS: readonly Readonly<Partial<Record<TokenKind, string>>>[] = [
  RELATION_OPS,
  { '|': 'or' },
  { '&': 'and' },
  ARITH_OPS,
  FACTOR_OPS,
];

const WILDCARD_PREFIX = '$wildcard';
const NO_ERRORS: RegoError[] = [];

/** Token names as OPA prints them in messages; punctuation not listed prints as itself. */
const TOKEN_NAMES: Readonly<Partial<Record<TokenKind, string>>> = {
  ident: 'identifier',
  '+': 'plus',
  '-': 'minus',
  '*': 'mul',
  '/': 'div',
  '%': 'rem',
  '&': 'and',
  '|': 'or',
  '=': 'eq',
  '==': 'equal',
  ':=': 'assign',
  '!=': 'neq',
  '>': 'gt',
  '<': 'lt',
  '>=': 'gte',
  '<=': 'lte',
  template_begin: 'template-string-part',
  template_middle: 'template-string-part',
  template_end: 'template-string-end',
};

class Parser {
  private readonly tokens: Token[];
  private readonly comments: Comment[];
  private errors: RegoError[];
  private pos = 0;
  private depth = 0;
  private wildcards = 0;
  /** `rego.v1` and `future.keywords` imports: no part of the program, kept for the tree. */
  private readonly keywordImports: Import[] = [];
  /** Token index where the statement being parsed began. */
  private statementStart = 0;
  /** parseTerm results by token index, so backtracking over comprehensions stays linear. */
  private readonly termMemo = new Map<number, { term?: Term; end: number; errors: RegoError[] }>();

  constructor(
    private readonly file: string,
    source: string,
  ) {
    const scanned = scan(file, source);
    this.tokens = scanned.tokens;
    this.comments = scanned.comments;
    this.errors = scanned.errors;
  }

  // ---- module and statements -------------------------------------------------------

  parseModule(): ParseResult {
    const pkg = this.statement(() => this.parsePackage());
    if (pkg === undefined) return { errors: this.errors };
    const imports: Import[] = [];
    const rules: Rule[] = [];
    // Rules produced by one statement share its annotations; remember where each began.
    const statements: { row: number; rules: Rule[] }[] = [];
    while (this.peek().kind !== 'eof') {
      const start = this.pos;
      const tok = this.peek();
      if (this.isKeyword(tok, 'import') && !this.startsRef(this.pos)) {
        const imp = this.statement(() => this.parseImport());
        if (imp !== null && imp !== undefined) imports.push(imp);
      } else if (this.isKeyword(tok, 'package') && !this.startsRef(this.pos)) {
        this.statement(() =>
          this.fail('unexpected package keyword: a module has one package declaration', tok),
        );
      } else {
        const parsed = this.statement(() => this.parseRules());
        if (parsed !== undefined) {
          rules.push(...parsed);
          statements.push({ row: tok.row, rules: parsed });
        }
      }
      if (this.pos === start) this.pos++;
    }
    const module: Module = { file: this.file, package: pkg, imports, rules, annotations: [] };
    if (this.keywordImports.length > 0) module.keywordImports = this.keywordImports;
    attachAnnotations(module, this.comments, statements, this.errors);
    if (this.errors.length > 0) return { module, errors: this.errors };
    return { module, errors: [] };
  }

  parseQuery(): { body?: Body; errors: RegoError[] } {
    const body: Body = [];
    try {
      if (this.peek().kind === 'eof') this.fail('empty query: expected an expression');
      for (;;) {
        body.push(this.parseLiteral());
        const tok = this.peek();
        if (tok.kind === ';') {
          this.pos++;
          continue;
        }
        if (tok.kind === 'eof') break;
        if (!tok.nl) this.fail(`${this.describe(tok)}: expected \\n or ; or end of query`, tok);
      }
    } catch (e) {
      if (e !== BAIL && e !== TOO_DEEP) throw e;
    }
    if (this.errors.length > 0) return { errors: this.errors };
    return { body, errors: [] };
  }

  /** Run one statement parser; on failure skip ahead to the next likely statement start. */
  private statement<T>(parse: () => T): T | undefined {
    // Backtracking never crosses a statement boundary, so memoised terms can go.
    this.termMemo.clear();
    this.statementStart = this.pos;
    try {
      const result = parse();
      const next = this.peek();
      if (next.kind !== 'eof' && !next.nl) {
        this.fail(`${this.describe(next)}: expected a new line after the statement`, next);
      }
      return result;
    } catch (e) {
      if (e !== BAIL && e !== TOO_DEEP) throw e;
      this.recover();
      return undefined;
    }
  }

  /**
   * Skip to the next statement: a name at column 1 of a new line, outside any bracket
   * opened since the statement began (so an unindented body line is not taken for a
   * rule). If brackets never balance, the first name at column 1 will do.
   */
  private recover(): void {
    const failedAt = this.pos;
    let depth = 0;
    let fallback: number | undefined;
    for (let i = this.statementStart; i < this.tokens.length; i++) {
      const tok = this.tokens[i]!;
      if (tok.kind === 'eof') break;
      if (i > failedAt && tok.nl && tok.col === 1 && tok.kind === 'ident') {
        if (depth <= 0) {
          this.pos = i;
          return;
        }
        fallback ??= i;
      }
      if (tok.kind === '(' || tok.kind === '[' || tok.kind === '{') depth++;
      else if (tok.kind === ')' || tok.kind === ']' || tok.kind === '}') depth--;
    }
    this.pos = fallback ?? this.tokens.length - 1;
  }

  private parsePackage(): Package {
    const tok = this.peek();
    if (!this.isKeyword(tok, 'package')) {
      this.fail('package expected: a module starts with `package <name>`', tok);
    }
    this.pos++;
    const nameTok = this.peek();
    if (nameTok.kind !== 'ident') this.fail(`${this.describe(nameTok)}: expected package name`);
    const term = this.parseTerm();
    const loc = this.loc(tok);
    const data: VarTerm = { type: 'var', name: 'data', loc: term.loc };
    if (term.type === 'var') {
      return {
        path: {
          type: 'ref',
          terms: [data, { type: 'string', value: term.name, loc: term.loc }],
          loc: term.loc,
        },
        loc,
      };
    }
    if (term.type === 'ref') {
      const [head, ...rest] = term.terms;
      if (head === undefined || head.type !== 'var') this.fail('expected package name', nameTok);
      const terms: Term[] = [data, { type: 'string', value: head.name, loc: head.loc }];
      for (const t of rest) {
        if (t.type !== 'string') {
          this.failAt(
            t.loc,
            `unexpected ${t.type} token: package path elements must be names or strings`,
          );
        }
        terms.push(t);
      }
      return { path: { type: 'ref', terms, loc: term.loc }, loc };
    }
    return this.fail(`unexpected ${term.type} token: expected package name`, nameTok);
  }

  /** `import rego.v1` and `import future.keywords...` are accepted and dropped (null). */
  private parseImport(): Import | null {
    const tok = this.next();
    const pathTok = this.peek();
    if (pathTok.kind !== 'ident') this.fail(`${this.describe(pathTok)}: expected import path`);
    const term = this.parseTerm();
    const path: RefTerm =
      term.type === 'var' ? { type: 'ref', terms: [term], loc: term.loc } : (term as RefTerm);
    if (term.type !== 'var' && term.type !== 'ref') {
      this.fail(`unexpected ${term.type} token: expected import path`, pathTok);
    }
    const [head, ...rest] = path.terms;
    const root = head?.type === 'var' ? head.name : '';
    for (const t of rest) {
      if (t.type !== 'string') this.failAt(t.loc, `unexpected ${t.type} token: expecting string`);
    }
    if (!['data', 'input', 'future', 'rego'].includes(root)) {
      this.failAt(
        path.loc,
        `unexpected import path, must begin with one of: {data, future, input, rego}, got: ${root || term.type}`,
      );
    }
    let alias: string | undefined;
    if (this.isKeyword(this.peek(), 'as')) {
      this.pos++;
      const aliasTok = this.peek();
      if (aliasTok.kind !== 'ident' || KEYWORDS.has(aliasTok.text)) {
        this.fail(`${this.describe(aliasTok)}: expected var as import alias`);
      }
      this.pos++;
      alias = aliasTok.text;
    }
    const names = rest.map((t) => (t.type === 'string' ? t.value : ''));
    if (root === 'rego') {
      if (names.length !== 1 || names[0] !== 'v1' || alias !== undefined) {
        this.failAt(path.loc, 'invalid import, must be `rego.v1`');
      }
      this.keywordImports.push({ path, loc: this.loc(tok) });
      return null;
    }
    if (root === 'future') {
      if (names[0] !== 'keywords' || names.length > 2 || alias !== undefined) {
        this.failAt(
          path.loc,
          'invalid import, must be `future.keywords` or `future.keywords.<keyword>`',
        );
      }
      const kw = names[1];
      if (kw !== undefined && !['in', 'every', 'if', 'contains'].includes(kw)) {
        this.failAt(
          path.loc,
          `unexpected keyword, must be one of [contains every if in], got: ${kw}`,
        );
      }
      this.keywordImports.push({ path, loc: this.loc(tok) });
      return null;
    }
    if (alias === undefined && names.length > 0) {
      const last = names[names.length - 1] ?? '';
      if (KEYWORDS.has(last)) {
        this.failAt(
          path.loc,
          `unexpected import path, must not end with a keyword, got: ${last}; use an alias`,
        );
      }
    }
    const imp: Import = { path, loc: this.loc(tok) };
    if (alias !== undefined) imp.alias = alias;
    return imp;
  }

  // ---- rules -----------------------------------------------------------------------

  private parseRules(): Rule[] {
    const first = this.peek();
    let isDefault = false;
    if (this.isKeyword(first, 'default') && !this.startsRef(this.pos)) {
      this.pos++;
      isDefault = true;
    }
    const nameTok = this.peek();
    if (nameTok.kind !== 'ident' || (KEYWORDS.has(nameTok.text) && !this.startsRef(this.pos))) {
      if (nameTok.kind === 'ident') {
        this.fail(
          `unexpected ${nameTok.text} keyword: a keyword cannot be used as a rule name`,
          nameTok,
        );
      }
      this.fail(`${this.describe(nameTok)}: expected rule name`, nameTok);
    }
    if (nameTok.text === 'input' || nameTok.text === 'data') {
      this.fail(`${nameTok.text} cannot be used for rule name`, nameTok);
    }
    const head = this.parseHead(isDefault);
    const rule: Rule = { head, body: [], default: isDefault, loc: this.loc(first) };

    if (isDefault) {
      this.checkDefaultRule(head, nameTok);
      rule.body = [this.trueExpr(rule.loc)];
      return [rule];
    }

    const ref = head.ref.terms;
    const hasIf = this.isKeyword(this.peek(), 'if');
    const refKey = ref[1];
    if (!head.contains && head.args === undefined && ref.length === 2 && refKey !== undefined) {
      // `p[x]` with neither `if` nor a value is the old partial-set form.
      if (!hasIf && head.value === undefined) {
        this.fail(
          '`contains` keyword is required for partial set rules: write `' +
            `${refText(head.ref, 1)} contains ${shortText(refKey)} if { ... }\``,
          nameTok,
        );
      }
      // `p[k] := v` (or `p[k] if`) is a single-value rule of an object, keyed as OPA keys
      // partial object rules: key and value are both set, so `contains` alone means a set.
      if (!isGround(refKey) || refKey.type === 'ref') {
        head.key = refKey;
        head.value ??= { type: 'boolean', value: true, loc: head.loc };
      }
    }

    const next = this.peek();
    if (hasIf) {
      this.pos++;
      rule.body = this.parseIfBody();
    } else if (next.kind === '{') {
      this.fail(
        `\`if\` keyword is required before rule body: write \`${refText(head.ref)} if { ... }\``,
        next,
      );
    } else if (head.contains || head.value !== undefined) {
      rule.body = [this.trueExpr(rule.loc)];
      return [rule];
    } else {
      this.fail(
        `${this.describe(next)}: expected rule value or body (e.g. \`${refText(head.ref)} := <value>\` or \`${refText(head.ref)} if { ... }\`)`,
        next,
      );
    }

    if (this.isKeyword(this.peek(), 'else') && !this.startsRef(this.pos)) {
      const elseTok = this.peek();
      if (ref.length > 1 && !ref.every(isGround)) {
        this.fail('else keyword cannot be used on rules with variables in head', elseTok);
      }
      if (head.key !== undefined || head.contains) {
        this.fail('else keyword cannot be used on multi-value rules', elseTok);
      }
      rule.else = this.parseElse(head);
    }

    const rules = [rule];
    while (this.peek().kind === '{') {
      const open = this.peek();
      if (rule.else !== undefined) this.fail('expected else keyword', open);
      this.pos++;
      const body = this.parseBody('}');
      rules.push({
        head: this.copyHead(head, this.loc(open)),
        body,
        default: false,
        loc: this.loc(open),
      });
    }
    return rules;
  }

  /** After `if`: either `{ body }` or one literal; a set literal means it was a body. */
  private parseIfBody(): Body {
    const saved = this.save();
    if (this.peek().kind !== 'eof') {
      try {
        const expr = this.parseLiteral();
        if (!(expr.terms.type === 'set' && !expr.negated)) return [expr];
      } catch (e) {
        if (e !== BAIL) throw e;
      }
    }
    this.restore(saved);
    const open = this.peek();
    if (open.kind !== '{') this.fail(`${this.describe(open)}: expected rule body`, open);
    this.pos++;
    return this.parseBody('}');
  }

  private parseElse(head: Head): Rule {
    const elseTok = this.next();
    const loc = this.loc(elseTok);
    const elseHead = this.copyHead(head, loc);
    delete elseHead.value;
    elseHead.assign = false;
    const rule: Rule = { head: elseHead, body: [], default: false, loc };
    const tok = this.peek();
    if (tok.kind === ':=' || tok.kind === '=') {
      this.pos++;
      elseHead.assign = tok.kind === ':=';
      elseHead.value = this.parseTermInfixCall(true);
    } else if (!(tok.kind === '{' || this.isKeyword(tok, 'if'))) {
      this.fail(`${this.describe(tok)}: expected else value term or rule body`, tok);
    }
    const after = this.peek();
    if (this.isKeyword(after, 'if')) {
      this.pos++;
      rule.body = this.parseIfBody();
    } else if (after.kind === '{') {
      this.pos++;
      rule.body = this.parseBody('}');
    } else {
      rule.body = [this.trueExpr(loc)];
    }
    if (this.isKeyword(this.peek(), 'else') && !this.startsRef(this.pos)) {
      rule.else = this.parseElse(head);
    }
    return rule;
  }

  private parseHead(isDefault: boolean): Head {
    const nameTok = this.next();
    const loc = this.loc(nameTok);
    const refTerms: Term[] = [this.varFromToken(nameTok)];
    let args: Term[] | undefined;
    for (;;) {
      const tok = this.peek();
      if (tok.ws) break;
      if (tok.kind === '.') {
        this.pos++;
        refTerms.push(this.parseRefDot());
      } else if (tok.kind === '[') {
        this.pos++;
        refTerms.push(this.parseTermInfixCall(true));
        this.expect(']');
      } else if (tok.kind === '(') {
        this.pos++;
        args = this.parseTermList(')', []);
        break;
      } else {
        break;
      }
    }
    const ref: RefTerm = { type: 'ref', terms: refTerms, loc };
    const head: Head = { ref, assign: false, contains: false, loc };
    if (args !== undefined) head.args = args;
    const name = refText(ref);
    const tok = this.peek();
    if (this.isKeyword(tok, 'contains')) {
      if (args !== undefined) {
        this.fail(
          `the contains keyword can only be used with multi-value rule definitions (e.g., ${name} contains <VALUE> { ... })`,
          tok,
        );
      }
      this.pos++;
      head.contains = true;
      head.key = this.parseTermInfixCall(true);
    } else if (tok.kind === '=' || tok.kind === ':=') {
      this.pos++;
      head.assign = tok.kind === ':=';
      if (this.peek().kind === 'eof' || this.peek().nl) {
        const example = isDefault ? `default ${name} := <VALUE>` : `${name} := <VALUE>`;
        this.fail(`${this.describe(this.peek())}: expected rule value term (e.g., ${example})`);
      }
      head.value = this.parseTermInfixCall(true);
    }
    return head;
  }

  private checkDefaultRule(head: Head, nameTok: Token): void {
    if (head.value === undefined) {
      this.fail(
        `expected default rule value term (e.g., default ${refText(head.ref)} := <VALUE>)`,
        nameTok,
      );
    }
    if (head.contains) this.fail('default rules cannot be multi-value (contains) rules', nameTok);
    for (const arg of head.args ?? []) {
      if (arg.type !== 'var')
        this.failAt(arg.loc, 'illegal default function (arguments must be variables)');
    }
    if (head.ref.terms.slice(1).some((t) => !isGround(t))) {
      this.failAt(head.ref.loc, 'default rules cannot have variables in their head reference');
    }
    const bad = firstNonGround(head.value);
    if (bad !== undefined)
      this.failAt(bad.loc, `illegal default rule (value cannot contain ${bad.type})`);
  }

  /** Chained bodies and else branches share the head; wildcard arguments get fresh names. */
  private copyHead(head: Head, loc: Location): Head {
    // A deep copy, as OPA's Head.Copy: later stages may rewrite one rule's head in place.
    const copy: Head = { ...structuredClone(head), loc };
    if (copy.args !== undefined) {
      copy.args = copy.args.map((a) =>
        a.type === 'var' && a.name.startsWith(WILDCARD_PREFIX) ? this.wildcard(a.loc) : a,
      );
    }
    return copy;
  }

  // ---- bodies and literals ---------------------------------------------------------

  /** Called after the opening bracket; consumes the closing one. */
  private parseBody(end: '}' | ']'): Body {
    this.enter();
    try {
      if (this.peek().kind === end) this.fail('found empty body');
      const body: Body = [];
      for (;;) {
        body.push(this.parseLiteral());
        const tok = this.peek();
        if (tok.kind === ';') {
          this.pos++;
          continue;
        }
        if (tok.kind === end) {
          this.pos++;
          return body;
        }
        if (!tok.nl || tok.kind === 'eof')
          this.fail(`${this.describe(tok)}: expected \\n or ; or ${end}`, tok);
      }
    } finally {
      this.depth--;
    }
  }

  private parseLiteral(): Expr {
    const first = this.peek();
    const loc = this.loc(first);
    let negated = false;
    if (this.isKeyword(first, 'not') && !this.startsRef(this.pos)) {
      this.pos++;
      negated = true;
    }
    const tok = this.peek();
    if (this.isKeyword(tok, 'some') && !this.startsRef(this.pos)) {
      if (negated) this.fail("illegal negation of 'some'", tok);
      return this.withClauses(this.parseSome(), loc);
    }
    if (this.isKeyword(tok, 'every') && !this.startsRef(this.pos)) {
      if (negated) this.fail("illegal negation of 'every'", tok);
      return this.withClauses(this.parseEvery(), loc);
    }
    const lhs = this.parseTermInfixCall(true);
    let terms: Term = lhs;
    const op = this.peek();
    if (op.kind === '=' || op.kind === ':=') {
      this.pos++;
      const rhs = this.parseTermInfixCall(true);
      terms = this.call(op.kind === '=' ? 'eq' : 'assign', [lhs, rhs], lhs.loc, op);
    }
    const expr = this.withClauses(terms, loc);
    expr.negated = negated;
    return expr;
  }

  private withClauses(terms: Expr['terms'], loc: Location): Expr {
    const withs: With[] = [];
    while (this.isKeyword(this.peek(), 'with') && !this.startsRef(this.pos)) {
      const withTok = this.next();
      const targetTok = this.peek();
      if (targetTok.kind !== 'ident')
        this.fail(`${this.describe(targetTok)}: expected with target path`);
      const target = this.parseTerm();
      if (target.type !== 'var' && target.type !== 'ref') {
        this.fail(`unexpected ${target.type} token: expected with target path`, targetTok);
      }
      const asTok = this.peek();
      if (!this.isKeyword(asTok, 'as')) this.fail(`${this.describe(asTok)}: expected as keyword`);
      this.pos++;
      const value = this.parseTermInfixCall(true);
      const ref: RefTerm =
        target.type === 'var' ? { type: 'ref', terms: [target], loc: target.loc } : target;
      withs.push({ target: ref, value, loc: this.loc(withTok) });
    }
    return { terms, negated: false, with: withs, loc };
  }

  private parseSome(): SomeDecl {
    const someTok = this.next();
    const decl: SomeDecl = { type: 'some', symbols: [], loc: this.loc(someTok) };
    // `some x in xs` and `some k, v in xs` take any terms; otherwise it is `some x, y`.
    const inForm = this.isKeyword(this.tokens[this.afterVarList(this.pos)] ?? this.peek(), 'in');
    const saved = this.save();
    let term: Term | undefined;
    try {
      term = this.parseTermInfixCall(true);
    } catch (e) {
      if (e !== BAIL || inForm || this.afterVarList(saved.pos) === saved.pos) throw e;
    }
    if (term !== undefined) {
      const name = term.type === 'call' ? refText(term.fn) : '';
      if (name === 'internal.member_2' || name === 'internal.member_3') {
        decl.symbols = [term];
        return decl;
      }
      if (inForm || term.type === 'call') {
        this.failAt(term.loc, 'expected `x in xs` or `x, y in xs` expression');
      }
    }
    this.restore(saved);
    for (;;) {
      const tok = this.peek();
      if (tok.kind !== 'ident' || KEYWORDS.has(tok.text)) {
        this.fail(`${this.describe(tok)}: expected var`, tok);
      }
      this.pos++;
      decl.symbols.push(this.varFromToken(tok));
      if (this.peek().kind !== ',') break;
      this.pos++;
    }
    return decl;
  }

  /** The index just past `a, b, c` starting at `i` (or `i` itself if no name is there). */
  private afterVarList(i: number): number {
    for (;;) {
      const t = this.tokens[i];
      if (t === undefined || t.kind !== 'ident' || KEYWORDS.has(t.text)) return i;
      if (this.tokens[i + 1]?.kind !== ',') return i + 1;
      i += 2;
    }
  }

  private parseEvery(): Every {
    const everyTok = this.next();
    const term = this.parseTermInfixCall(true);
    const name = term.type === 'call' ? refText(term.fn) : '';
    if (term.type !== 'call' || (name !== 'internal.member_2' && name !== 'internal.member_3')) {
      return this.failAt(term.loc, 'expected `x[, y] in xs { ... }` expression');
    }
    const every: Every =
      name === 'internal.member_2'
        ? {
            type: 'every',
            value: term.args[0]!,
            domain: term.args[1]!,
            body: [],
            loc: this.loc(everyTok),
          }
        : {
            type: 'every',
            key: term.args[0]!,
            value: term.args[1]!,
            domain: term.args[2]!,
            body: [],
            loc: this.loc(everyTok),
          };
    if (every.key !== undefined && every.key.type !== 'var') {
      this.failAt(every.key.loc, 'expected key to be a variable');
    }
    if (every.value.type !== 'var') this.failAt(every.value.loc, 'expected value to be a variable');
    const open = this.peek();
    if (open.kind !== '{') this.fail(`${this.describe(open)}: missing body of every`, open);
    this.pos++;
    every.body = this.parseBody('}');
    return every;
  }

  // ---- infix terms, loosest binding first --------------------------------------------

  /**
   * `keyVal` allows `k, v in xs`; it is off inside lists (call arguments, array, set
   * and object items) where the comma separates items.
   */
  private parseTermInfixCall(keyVal: boolean): Term {
    this.enter();
    try {
      let lhs = this.parseBinary();
      for (;;) {
        if (keyVal && this.peek().kind === ',') {
          const saved = this.save();
          this.pos++;
          try {
            const mhs = this.parseBinary();
            const inTok = this.peek();
            if (this.isKeyword(inTok, 'in')) {
              this.pos++;
              const rhs = this.parseBinary();
              lhs = this.call('internal.member_3', [lhs, mhs, rhs], lhs.loc, inTok);
              continue;
            }
          } catch (e) {
            if (e !== BAIL) throw e;
          }
          this.restore(saved);
        }
        const inTok = this.peek();
        if (this.isKeyword(inTok, 'in')) {
          this.pos++;
          const rhs = this.parseBinary();
          lhs = this.call('internal.member_2', [lhs, rhs], lhs.loc, inTok);
          continue;
        }
        return lhs;
      }
    } finally {
      this.depth--;
    }
  }

  /** One level of left-associative binary operators, over the levels that bind tighter. */
  private parseBinary(level = 0): Term {
    const ops = BINARY_LEVELS[level];
    if (ops === undefined) return this.parseTerm();
    let lhs = this.parseBinary(level + 1);
    for (;;) {
      const op = this.peek();
      const name = ops[op.kind];
      if (name === undefined) return lhs;
      this.pos++;
      lhs = this.call(name, [lhs, this.parseBinary(level + 1)], lhs.loc, op);
    }
  }

  // ---- terms -------------------------------------------------------------------------

  private parseTerm(): Term {
    const start = this.pos;
    const memo = this.termMemo.get(start);
    if (memo !== undefined) {
      this.pos = memo.end;
      if (memo.term !== undefined) return memo.term;
      this.errors.push(...memo.errors);
      throw BAIL;
    }
    this.enter();
    const errorsBefore = this.errors.length;
    try {
      const term = this.parseTermFinish(this.parseOperand());
      this.termMemo.set(start, { term, end: this.pos, errors: NO_ERRORS });
      return term;
    } catch (e) {
      // A term that failed here fails again from here: remembering that keeps nested
      // backtracking (comprehension or `k, v in` attempts) linear.
      if (e === BAIL) {
        this.termMemo.set(start, { end: this.pos, errors: this.errors.slice(errorsBefore) });
      }
      throw e;
    } finally {
      this.depth--;
    }
  }

  private parseOperand(): Term {
    const tok = this.peek();
    const loc = this.loc(tok);
    switch (tok.kind) {
      case 'ident':
        this.pos++;
        if (tok.text === 'null') return { type: 'null', loc };
        if (tok.text === 'true' || tok.text === 'false')
          return { type: 'boolean', value: tok.text === 'true', loc };
        if (KEYWORDS.has(tok.text) && tok.text !== 'contains' && !this.startsRef(this.pos - 1)) {
          this.pos--;
          this.fail(`unexpected ${tok.text} keyword: expected term`, tok);
        }
        return this.varFromToken(tok);
      case 'number':
      case '-':
      case '.':
        return this.parseNumber();
      case 'string':
        this.pos++;
        return { type: 'string', value: tok.text, loc };
      case 'template_begin':
        return this.parseTemplateString();
      case '[':
        return this.parseArray();
      case '{':
        return this.parseSetOrObject();
      case '(': {
        this.pos++;
        const inner = this.parseTermInfixCall(true);
        const close = this.peek();
        if (close.kind !== ')')
          this.fail(`${this.describe(close)}: non-terminated expression, expected )`, close);
        this.pos++;
        return inner;
      }
      case 'illegal':
        // The scanner reported this one already.
        throw BAIL;
      default:
        return this.fail(`${this.describe(tok)}: expected term`, tok);
    }
  }

  private parseNumber(): Term {
    const first = this.peek();
    let prefix = '';
    if (first.kind === '-') {
      this.pos++;
      prefix = '-';
    }
    if (this.peek().kind === '.') {
      this.pos++;
      const digits = this.peek();
      if (digits.kind !== 'number' || digits.ws)
        this.fail(`${this.describe(digits)}: expected number`);
      prefix += '0.';
    }
    const tok = this.peek();
    if (tok.kind !== 'number') {
      return this.fail(
        `${this.describe(tok)}: expected number (a minus sign only negates number literals; write 0 - x)`,
        tok,
      );
    }
    const text = tok.text;
    if (
      !prefix.endsWith('.') &&
      text.length > 1 &&
      text[0] === '0' &&
      text[1] !== '.' &&
      text[1] !== 'e' &&
      text[1] !== 'E'
    ) {
      this.fail('expected number without leading zero', tok);
    }
    if (decimalMagnitude(text) > MAX_DECIMAL_EXPONENT) this.fail('number too big', tok);
    this.pos++;
    return { type: 'number', value: prefix + text, loc: this.loc(first) };
  }

  /** A ref or call continues only with no whitespace before `.`, `[` or `(`. */
  private parseTermFinish(head: Term): Term {
    const tok = this.peek();
    if (!tok.ws && (tok.kind === '.' || tok.kind === '[' || tok.kind === '('))
      return this.parseRef(head);
    if (head.type === 'var' && (head.name === 'input' || head.name === 'data')) {
      return { type: 'ref', terms: [head], loc: head.loc };
    }
    return head;
  }

  private parseRef(head: Term): Term {
    if (head.type !== 'var' && !isCollection(head) && head.type !== 'call') {
      this.failAt(head.loc, `illegal ref (head cannot be ${head.type})`);
    }
    let terms: Term[] = [head];
    const loc = head.loc;
    for (;;) {
      const tok = this.peek();
      if (tok.ws) break;
      if (tok.kind === '.') {
        this.pos++;
        terms.push(this.parseRefDot());
      } else if (tok.kind === '[') {
        this.pos++;
        terms.push(this.parseTermInfixCall(true));
        this.expect(']');
      } else if (tok.kind === '(') {
        const fn: RefTerm = { type: 'ref', terms, loc };
        if (!isCallable(fn))
          this.fail(`${this.describe(tok)}: only a name or a dotted path can be called`, tok);
        this.pos++;
        const args = this.parseTermList(')', []);
        const call: Term =
          args.length === 0 && terms.length === 1 && head.type === 'var' && head.name === 'set'
            ? { type: 'set', items: [], loc }
            : { type: 'call', fn, args, loc };
        const after = this.peek();
        if (after.ws || (after.kind !== '.' && after.kind !== '[')) return call;
        terms = [call];
      } else {
        break;
      }
    }
    return { type: 'ref', terms, loc };
  }

  private parseRefDot(): Term {
    const tok = this.peek();
    if (tok.kind !== 'ident' || tok.ws)
      this.fail(`${this.describe(tok)}: expected ident after .`, tok);
    this.pos++;
    return { type: 'string', value: tok.text, loc: this.loc(tok) };
  }

  private parseArray(): Term {
    const open = this.next();
    const loc = this.loc(open);
    if (this.peek().kind === ']') {
      this.pos++;
      return { type: 'array', items: [], loc };
    }
    const comprehension = this.tryComprehension(']');
    if (comprehension !== undefined) {
      const [term, body] = comprehension;
      return { type: 'arraycomprehension', term, body, loc };
    }
    return { type: 'array', items: this.parseTermList(']', []), loc };
  }

  private parseSetOrObject(): Term {
    const open = this.next();
    const loc = this.loc(open);
    if (this.peek().kind === '}') {
      this.pos++;
      return { type: 'object', items: [], loc };
    }
    const saved = this.save();
    if (this.peek().kind !== ',') {
      // Comprehensions win over `|` as set union, as in OPA: `{x | y}` is a comprehension.
      const key = this.parseTerm();
      if (this.peek().kind === ':') {
        this.pos++;
        const value = this.parseTerm();
        if (this.peek().kind === '|') {
          const body = this.tryComprehensionBody('}');
          if (body !== undefined) return { type: 'objectcomprehension', key, value, body, loc };
        }
      } else if (this.peek().kind === '|') {
        const body = this.tryComprehensionBody('}');
        if (body !== undefined) return { type: 'setcomprehension', term: key, body, loc };
      }
      this.restore(saved);
    }
    if (this.peek().kind === ',') this.pos++;
    const first = this.parseTermInfixCall(false);
    if (this.peek().kind !== ':') {
      return { type: 'set', items: this.continueTermList('}', [first]), loc };
    }
    const items: [Term, Term][] = [];
    let key = first;
    for (;;) {
      this.expect(':');
      items.push([key, this.parseTermInfixCall(false)]);
      const sep = this.peek();
      if (sep.kind === '}') {
        this.pos++;
        return { type: 'object', items, loc };
      }
      if (sep.kind !== ',') this.fail(`${this.describe(sep)}: expected , or }`, sep);
      this.pos++;
      if (this.peek().kind === '}') {
        this.pos++;
        return { type: 'object', items, loc };
      }
      key = this.parseTermInfixCall(false);
    }
  }

  /**
   * `$"a {x} b"`, lowered as OPA lowers it: a call of `internal.template_string` on the
   * parts in order, text as strings, a literal scalar as itself, and any other expression
   * as the set of its values (`{v | v = x}`), so that at run time an undefined expression
   * prints `<undefined>` and one with several values is an error, not a choice.
   */
  private parseTemplateString(): Term {
    const open = this.next();
    const loc = this.loc(open);
    const parts: Term[] = [];
    if (open.text !== '') parts.push({ type: 'string', value: open.text, loc });
    for (;;) {
      const first = this.peek();
      if (first.kind === 'template_middle' || first.kind === 'template_end') {
        this.fail(
          'empty template-string expression: put an expression between { and }, or write \\{ for a brace',
          first,
        );
      }
      if (this.isKeyword(first, 'not')) {
        this.fail("unexpected negation ('not') in template-string expression", first);
      }
      const term = this.parseTermInfixCall(false);
      const withs = this.withClauses(term, term.loc).with;
      const close = this.peek();
      if (close.kind !== 'template_middle' && close.kind !== 'template_end') {
        this.fail(
          `${this.describe(close)}: expected } to end the template-string expression`,
          close,
        );
      }
      parts.push(isScalar(term) && withs.length === 0 ? term : this.valuesOf(term, withs));
      if (close.text !== '')
        parts.push({ type: 'string', value: close.text, loc: this.loc(close) });
      this.pos++;
      if (close.kind === 'template_end') break;
    }
    return this.call('internal.template_string', [{ type: 'array', items: parts, loc }], loc, open);
  }

  /** `{v | v = term}`: every value of `term` (under its `with`s), none when it is undefined. */
  private valuesOf(term: Term, withs: With[]): Term {
    const v = this.wildcard(term.loc);
    const eq: RefTerm = {
      type: 'ref',
      terms: [{ type: 'var', name: 'eq', loc: term.loc }],
      loc: term.loc,
    };
    const unify: CallTerm = { type: 'call', fn: eq, args: [v, term], loc: term.loc };
    const expr: Expr = { terms: unify, negated: false, with: withs, loc: term.loc };
    return { type: 'setcomprehension', term: v, body: [expr], loc: term.loc };
  }

  /** `[x | body]`: parsed head and body, or undefined (position restored) if not one. */
  private tryComprehension(end: ']'): [Term, Body] | undefined {
    if (this.peek().kind === ',') return undefined;
    const saved = this.save();
    const term = this.parseTerm();
    if (this.peek().kind === '|') {
      const body = this.tryComprehensionBody(end);
      if (body !== undefined) return [term, body];
    }
    this.restore(saved);
    return undefined;
  }

  /**
   * At `|`: the body up to `end`. If it does not parse, the caller reparses the whole as
   * a list where `|` is set union, unless the failure could not be a list either.
   */
  private tryComprehensionBody(end: '}' | ']'): Body | undefined {
    const saved = this.save();
    this.pos++;
    try {
      return this.parseBody(end);
    } catch (e) {
      if (e !== BAIL) throw e;
      if (this.peek().kind !== ',') throw e;
      this.restore(saved);
      return undefined;
    }
  }

  /** Items up to `end` (consumed); a trailing comma is allowed. */
  private parseTermList(end: ')' | ']' | '}', items: Term[]): Term[] {
    if (this.peek().kind === end) {
      this.pos++;
      return items;
    }
    if (end !== ')' && this.peek().kind === ',' && items.length === 0) this.pos++;
    items.push(this.parseTermInfixCall(false));
    return this.continueTermList(end, items);
  }

  private continueTermList(end: ')' | ']' | '}', items: Term[]): Term[] {
    for (;;) {
      const tok = this.peek();
      if (tok.kind === end) {
        this.pos++;
        return items;
      }
      if (tok.kind !== ',') this.fail(`${this.describe(tok)}: expected , or ${end}`, tok);
      this.pos++;
      if (this.peek().kind === end) {
        this.pos++;
        return items;
      }
      items.push(this.parseTermInfixCall(false));
    }
  }

  // ---- helpers -----------------------------------------------------------------------

  private call(name: string, args: Term[], loc: Location, opTok: Token): CallTerm {
    const opLoc = this.loc(opTok);
    const dot = name.indexOf('.');
    const terms: Term[] =
      dot < 0
        ? [{ type: 'var', name, loc: opLoc }]
        : [
            { type: 'var', name: name.slice(0, dot), loc: opLoc },
            { type: 'string', value: name.slice(dot + 1), loc: opLoc },
          ];
    return { type: 'call', fn: { type: 'ref', terms, loc: opLoc }, args, loc };
  }

  private trueExpr(loc: Location): Expr {
    return { terms: { type: 'boolean', value: true, loc }, negated: false, with: [], loc };
  }

  private varFromToken(tok: Token): VarTerm {
    const loc = this.loc(tok);
    if (tok.text === '_') return this.wildcard(loc);
    return { type: 'var', name: tok.text, loc };
  }

  private wildcard(loc: Location): VarTerm {
    return { type: 'var', name: `${WILDCARD_PREFIX}${this.wildcards++}`, loc };
  }

  /** A keyword directly followed by `.` or `[` is a name at the head of a ref. */
  private startsRef(index: number): boolean {
    const after = this.tokens[index + 1];
    return after !== undefined && !after.ws && (after.kind === '.' || after.kind === '[');
  }

  private isKeyword(tok: Token, word: string): boolean {
    return tok.kind === 'ident' && tok.text === word;
  }

  private peek(): Token {
    return this.tokens[this.pos] ?? this.tokens[this.tokens.length - 1]!;
  }

  private next(): Token {
    const tok = this.peek();
    if (tok.kind !== 'eof') this.pos++;
    return tok;
  }

  private expect(kind: TokenKind): Token {
    const tok = this.peek();
    if (tok.kind !== kind) this.fail(`${this.describe(tok)}: expected ${kind}`, tok);
    this.pos++;
    return tok;
  }

  private enter(): void {
    if (this.depth >= MAX_DEPTH) {
      this.errors.push(
        this.error(
          this.peek(),
          'expression nested too deeply to parse: flatten it or split it into helper rules',
        ),
      );
      throw TOO_DEEP;
    }
    this.depth++;
  }

  private save(): Saved {
    return { pos: this.pos, errors: this.errors.length };
  }

  private restore(saved: Saved): void {
    this.pos = saved.pos;
    this.errors.length = saved.errors;
  }

  private loc(tok: Token): Location {
    return { file: this.file, row: tok.row, col: tok.col };
  }

  /** OPA's wording: `unexpected } token`, `unexpected assign token`, `unexpected if keyword`. */
  private describe(tok: Token): string {
    if (tok.kind === 'ident' && KEYWORDS.has(tok.text)) return `unexpected ${tok.text} keyword`;
    return `unexpected ${TOKEN_NAMES[tok.kind] ?? tok.kind} token`;
  }

  private fail(message: string, tok: Token = this.peek()): never {
    // The scanner has already explained an illegal token; a second message adds nothing.
    if (tok.kind === 'illegal') throw BAIL;
    if (tok.kind === 'eof') {
      const open = this.unclosedBracket();
      if (open !== undefined)
        message += ` (the ${open.kind} at ${open.row}:${open.col} is never closed)`;
    }
    return this.failAt(this.loc(tok), message);
  }

  private failAt(loc: Location, message: string): never {
    this.errors.push({
      code: 'rego_parse_error',
      message,
      file: this.file,
      row: loc.row,
      col: loc.col,
    });
    throw BAIL;
  }

  /** The innermost bracket opened in the current statement and not closed before here. */
  private unclosedBracket(): Token | undefined {
    const stack: Token[] = [];
    for (let i = this.statementStart; i < this.pos && i < this.tokens.length; i++) {
      const t = this.tokens[i]!;
      if (t.kind === '(' || t.kind === '[' || t.kind === '{') stack.push(t);
      else if (t.kind === ')' || t.kind === ']' || t.kind === '}') stack.pop();
    }
    return stack[stack.length - 1];
  }

  private error(tok: Token, message: string): RegoError {
    return { code: 'rego_parse_error', message, file: this.file, row: tok.row, col: tok.col };
  }
}

// ---- pure helpers ----------------------------------------------------------------------

function isScalar(t: Term): boolean {
  return t.type === 'string' || t.type === 'number' || t.type === 'boolean' || t.type === 'null';
}

function isCollection(t: Term): boolean {
  return (
    t.type === 'array' ||
    t.type === 'object' ||
    t.type === 'set' ||
    t.type === 'arraycomprehension' ||
    t.type === 'setcomprehension' ||
    t.type === 'objectcomprehension'
  );
}

function isCallable(fn: RefTerm): boolean {
  const [head, ...rest] = fn.terms;
  return head?.type === 'var' && rest.every((t) => t.type === 'string');
}

/** No vars, refs, calls or comprehensions anywhere inside. */
export function isGround(t: Term): boolean {
  return firstNonGround(t) === undefined;
}

function firstNonGround(t: Term | undefined): Term | undefined {
  if (t === undefined) return undefined;
  switch (t.type) {
    case 'null':
    case 'boolean':
    case 'number':
    case 'string':
      return undefined;
    case 'array':
    case 'set':
      for (const item of t.items) {
        const bad = firstNonGround(item);
        if (bad) return bad;
      }
      return undefined;
    case 'object':
      for (const [k, v] of t.items) {
        const bad = firstNonGround(k) ?? firstNonGround(v);
        if (bad) return bad;
      }
      return undefined;
    default:
      return t;
  }
}

/** The first `count` elements of a ref as written (`a.b[x]`), for messages. */
function refText(ref: RefTerm, count: number = ref.terms.length): string {
  let out = '';
  ref.terms.slice(0, count).forEach((t, i) => {
    if (i === 0) out += t.type === 'var' ? t.name : '?';
    else if (t.type === 'string' && /^[A-Za-z_][A-Za-z0-9_]*$/.test(t.value)) out += `.${t.value}`;
    else if (t.type === 'var') out += `[${t.name}]`;
    else if (t.type === 'string') out += `[${JSON.stringify(t.value)}]`;
    else out += '[...]';
  });
  return out;
}

/** A scalar or name as written, or a placeholder, for examples inside messages. */
function shortText(t: Term): string {
  switch (t.type) {
    case 'var':
      return t.name;
    case 'string':
      return JSON.stringify(t.value);
    case 'number':
    case 'boolean':
      return String(t.value);
    default:
      return '<value>';
  }
}

/** The power of ten of a number literal's magnitude, roughly. */
function decimalMagnitude(text: string): number {
  if (text.length < 300 && !/[eE]/.test(text)) return 0;
  const m = /^0*(\d*?)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (m === null) return 0;
  const intDigits = m[1]?.length ?? 0;
  const exp = m[3] === undefined ? 0 : Number(m[3]);
  return Math.abs(intDigits + exp);
}
