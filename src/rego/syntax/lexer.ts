// The Rego scanner: source text to tokens, in one linear pass. Whitespace and comments
// are not tokens; instead every token records whether a newline or any whitespace came
// before it, because Rego uses newlines to separate expressions and needs adjacency to
// tell `a[x]` (a ref) from `a [x]` (two terms).

import type { RegoError } from '../errors.js';

export type Punct =
  | '.'
  | ','
  | ';'
  | ':'
  | '('
  | ')'
  | '['
  | ']'
  | '{'
  | '}'
  | '='
  | ':='
  | '=='
  | '!='
  | '<'
  | '<='
  | '>'
  | '>='
  | '+'
  | '-'
  | '*'
  | '/'
  | '%'
  | '&'
  | '|';

/**
 * A template string `$"a {x} b {y} c"` comes as `template_begin` (`a `, up to the first
 * `{`), the tokens of `x`, `template_middle` (` b `, from `}` to `{`), the tokens of `y`
 * and `template_end` (` c`, from `}` to the closing quote); each carries its decoded
 * text. A template string without expressions is a plain `string` token.
 */
export type TemplateKind = 'template_begin' | 'template_middle' | 'template_end';

export type TokenKind = 'ident' | 'number' | 'string' | 'illegal' | 'eof' | TemplateKind | Punct;

export interface Token {
  kind: TokenKind;
  /** Source text for idents, numbers and punctuation; the decoded value for strings. */
  text: string;
  /** Offset of the first character. */
  offset: number;
  /** Offset just past the last character. */
  end: number;
  row: number;
  col: number;
  /** A newline (or a comment, which ends at one) lies between this token and the previous. */
  nl: boolean;
  /** Any whitespace or comment lies between this token and the previous. */
  ws: boolean;
}

export interface Comment {
  /** The text after `#`. */
  text: string;
  row: number;
  col: number;
}

export interface ScanResult {
  tokens: Token[];
  comments: Comment[];
  errors: RegoError[];
}

/** Words the scanner reports as idents but the grammar reserves (Rego v1). */
export const KEYWORDS: ReadonlySet<string> = new Set([
  'as',
  'contains',
  'default',
  'else',
  'every',
  'false',
  'if',
  'import',
  'in',
  'not',
  'null',
  'package',
  'some',
  'true',
  'with',
]);

const CH_NL = 10;
const CH_CR = 13;
const CH_TAB = 9;
const CH_SPACE = 32;
const CH_HASH = 35;
const CH_QUOTE = 34;
const CH_BACKQUOTE = 96;
const CH_BACKSLASH = 92;
const CH_DOT = 46;
const CH_DOLLAR = 36;
const CH_LBRACE = 123;
const CH_RBRACE = 125;
const CH_0 = 48;
const CH_9 = 57;

function isDigit(c: number): boolean {
  return c >= CH_0 && c <= CH_9;
}

function isIdentStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}

function isIdentPart(c: number): boolean {
  return isIdentStart(c) || isDigit(c);
}

/** The operator or delimiter starting with `c` (followed by `next`), longest first. */
function punctuation(c: number, next: number): Punct | undefined {
  const eq = next === 61; // '='
  switch (c) {
    case 46:
      return '.';
    case 44:
      return ',';
    case 59:
      return ';';
    case 58:
      return eq ? ':=' : ':';
    case 40:
      return '(';
    case 41:
      return ')';
    case 91:
      return '[';
    case 93:
      return ']';
    case 123:
      return '{';
    case 125:
      return '}';
    case 61:
      return eq ? '==' : '=';
    case 33:
      return eq ? '!=' : undefined;
    case 60:
      return eq ? '<=' : '<';
    case 62:
      return eq ? '>=' : '>';
    case 43:
      return '+';
    case 45:
      return '-';
    case 42:
      return '*';
    case 47:
      return '/';
    case 37:
      return '%';
    case 38:
      return '&';
    case 124:
      return '|';
    default:
      return undefined;
  }
}

/** Characters people carry over from other languages, with the Rego spelling. */
const HINTS: Readonly<Record<string, string>> = {
  '!': 'negate with `not`, compare with `!=`',
  "'": 'strings use double quotes or backquotes',
  '^': 'there is no xor operator; use bits.xor',
  '~': 'there is no bitwise not; use bits.negate',
  '?': 'there is no conditional operator; use a rule with else',
};

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

export function scan(file: string, source: string): ScanResult {
  const tokens: Token[] = [];
  const comments: Comment[] = [];
  const errors: RegoError[] = [];
  const n = source.length;
  // A byte-order mark is an editor's artefact, not source.
  let pos = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  let row = 1;
  let lineStart = pos;
  // Columns count code points, as OPA counts runes: characters outside the BMP take two
  // UTF-16 units, so lines holding any are corrected incrementally (one extra pass at most).
  const hasAstral = /[\ud800-\udfff]/.test(source);
  let astralSeen = 0;
  let astralUpTo = pos;
  const colAt = (at: number): number => {
    if (hasAstral) {
      if (astralUpTo < lineStart) {
        astralSeen = 0;
        astralUpTo = lineStart;
      }
      for (; astralUpTo < at; astralUpTo++) {
        const u = source.charCodeAt(astralUpTo);
        if (u >= 0xdc00 && u <= 0xdfff) astralSeen++;
      }
    }
    return at - lineStart + 1 - astralSeen;
  };
  let sawNl = false;
  let sawWs = false;
  // The template strings whose expression is being scanned, innermost last, each with
  // the braces opened inside that expression: the `}` that closes none resumes the text.
  const templates: { raw: boolean; braces: number }[] = [];

  const error = (r: number, c: number, message: string): void => {
    errors.push({ code: 'rego_parse_error', message, file, row: r, col: c });
  };

  const push = (
    kind: TokenKind,
    text: string,
    start: number,
    startRow: number,
    startCol: number,
  ) => {
    tokens.push({
      kind,
      text,
      offset: start,
      end: pos,
      row: startRow,
      col: startCol,
      nl: sawNl,
      ws: sawWs,
    });
    sawNl = false;
    sawWs = false;
  };

  /**
   * The text of the innermost template string from `pos` (just past `$"` or the `}` that
   * ends an expression) to its next expression or its end, pushed as one token.
   */
  const templateText = (first: boolean, start: number, col: number): void => {
    const startRow = row;
    const raw = templates[templates.length - 1]?.raw ?? false;
    const r = scanTemplateText(source, pos, raw);
    // Raw template strings may span lines.
    for (
      let nl = source.indexOf('\n', pos);
      nl >= 0 && nl < r.end;
      nl = source.indexOf('\n', nl + 1)
    ) {
      row++;
      lineStart = nl + 1;
    }
    pos = r.end;
    if (r.error !== undefined) {
      templates.pop();
      error(startRow, col, r.error);
      push('illegal', source.slice(start, pos), start, startRow, col);
      return;
    }
    if (!r.expression) templates.pop();
    const kind: TokenKind = first
      ? r.expression
        ? 'template_begin'
        : 'string'
      : r.expression
        ? 'template_middle'
        : 'template_end';
    push(kind, r.value, start, startRow, col);
  };

  while (pos < n) {
    const c = source.charCodeAt(pos);
    if (c === CH_NL) {
      pos++;
      row++;
      lineStart = pos;
      sawNl = true;
      sawWs = true;
      continue;
    }
    if (c === CH_SPACE || c === CH_TAB || c === CH_CR) {
      pos++;
      sawWs = true;
      continue;
    }
    const col = colAt(pos);
    const start = pos;
    if (c === CH_HASH) {
      let end = source.indexOf('\n', pos);
      if (end < 0) end = n;
      let text = source.slice(pos + 1, end);
      if (text.endsWith('\r')) text = text.slice(0, -1);
      comments.push({ text, row, col });
      pos = end;
      sawWs = true;
      continue;
    }
    if (isIdentStart(c)) {
      pos++;
      while (pos < n && isIdentPart(source.charCodeAt(pos))) pos++;
      push('ident', source.slice(start, pos), start, row, col);
      continue;
    }
    if (isDigit(c)) {
      const num = scanNumber(source, pos);
      pos = num.end;
      if (num.error !== undefined) error(row, col, num.error);
      push(
        num.error === undefined ? 'number' : 'illegal',
        source.slice(start, pos),
        start,
        row,
        col,
      );
      continue;
    }
    if (c === CH_QUOTE) {
      const r = scanString(source, pos);
      pos = r.end;
      if (r.error !== undefined) {
        const errCol = colAt(r.errorAt);
        const unclosed =
          templates.length > 0 && r.error === 'non-terminated string'
            ? ' (inside a template-string expression: is its } missing?)'
            : '';
        error(row, errCol, r.error + unclosed);
        push('illegal', source.slice(start, pos), start, row, col);
      } else {
        push('string', r.value, start, row, col);
      }
      continue;
    }
    if (c === CH_BACKQUOTE) {
      const end = source.indexOf('`', pos + 1);
      const startRow = row;
      if (end < 0) {
        error(row, col, 'non-terminated raw string');
        pos = n;
        push('illegal', source.slice(start), start, startRow, col);
        continue;
      }
      const value = source.slice(pos + 1, end);
      // Raw strings may span lines: keep row/col bookkeeping right after them.
      let nl = value.indexOf('\n');
      while (nl >= 0) {
        row++;
        lineStart = pos + 1 + nl + 1;
        nl = value.indexOf('\n', nl + 1);
      }
      pos = end + 1;
      push('string', value, start, startRow, col);
      continue;
    }
    if (c === CH_DOLLAR) {
      const quote = source.charCodeAt(pos + 1);
      if (quote === CH_QUOTE || quote === CH_BACKQUOTE) {
        templates.push({ raw: quote === CH_BACKQUOTE, braces: 0 });
        pos += 2;
        templateText(true, start, col);
      } else {
        error(row, col, 'illegal $ character: a template string starts with $" or $`');
        pos++;
        push('illegal', '$', start, row, col);
      }
      continue;
    }
    const template = templates[templates.length - 1];
    if (template !== undefined && c === CH_RBRACE && template.braces === 0) {
      pos++;
      templateText(false, start, col);
      continue;
    }
    const punct = punctuation(c, source.charCodeAt(pos + 1));
    if (punct !== undefined) {
      if (template !== undefined && c === CH_LBRACE) template.braces++;
      if (template !== undefined && c === CH_RBRACE) template.braces--;
      pos += punct.length;
      push(punct, punct, start, row, col);
      continue;
    }
    const cp = source.codePointAt(pos) ?? c;
    const ch = String.fromCodePoint(cp);
    const hint = HINTS[ch];
    error(
      row,
      col,
      `illegal token: unexpected character ${JSON.stringify(ch)}${hint ? `: ${hint}` : ''}`,
    );
    pos += ch.length;
    if (ch === "'") {
      // Swallow a single-quoted string whole: one mistake, one message.
      const close = source.indexOf("'", pos);
      const eol = source.indexOf('\n', pos);
      if (close >= 0 && (eol < 0 || close < eol)) pos = close + 1;
    }
    push('illegal', source.slice(start, pos), start, row, col);
  }
  tokens.push({
    kind: 'eof',
    text: '',
    offset: n,
    end: n,
    row,
    col: colAt(n),
    nl: sawNl,
    ws: sawWs,
  });
  return { tokens, comments, errors };
}

/**
 * Digits, an optional fraction and an optional exponent; the sign is a separate token.
 * Malformed numbers (`1.`, `1e`, `0a2b`) are consumed whole and reported once.
 */
function scanNumber(source: string, pos: number): { end: number; error?: string } {
  const n = source.length;
  let error: string | undefined;
  while (pos < n && isDigit(source.charCodeAt(pos))) pos++;
  if (source.charCodeAt(pos) === CH_DOT) {
    pos++;
    if (!isDigit(source.charCodeAt(pos))) error = 'expected fraction';
    while (pos < n && isDigit(source.charCodeAt(pos))) pos++;
  }
  const e = source.charCodeAt(pos);
  if (e === 101 || e === 69) {
    pos++;
    const sign = source.charCodeAt(pos);
    if (sign === 43 || sign === 45) pos++;
    if (!isDigit(source.charCodeAt(pos))) error ??= 'expected exponent';
    while (pos < n && isDigit(source.charCodeAt(pos))) pos++;
  }
  if (pos < n && isIdentStart(source.charCodeAt(pos))) {
    error ??= 'illegal number format';
    while (pos < n && isIdentPart(source.charCodeAt(pos))) pos++;
  }
  return error === undefined ? { end: pos } : { end: pos, error };
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

interface StringScan {
  value: string;
  end: number;
  error?: string;
  errorAt: number;
}

/**
 * A double-quoted string with JSON escapes. Escape-free stretches are sliced, not copied
 * character by character, so a 10 MB literal costs one pass.
 */
function scanString(source: string, start: number): StringScan {
  const n = source.length;
  const parts: string[] = [];
  let pos = start + 1;
  let chunk = pos;
  let sawSurrogateEscape = false;
  for (;;) {
    if (pos >= n) {
      return { value: '', end: n, error: 'non-terminated string', errorAt: start };
    }
    const c = source.charCodeAt(pos);
    if (c === CH_QUOTE) {
      parts.push(source.slice(chunk, pos));
      let value = parts.length === 1 ? (parts[0] ?? '') : parts.join('');
      // An escaped surrogate without its partner is not a character: JSON decoders
      // (OPA's among them) turn it into U+FFFD, and so does this one.
      if (sawSurrogateEscape) value = value.replace(LONE_SURROGATE, '\ufffd');
      return { value, end: pos + 1, errorAt: 0 };
    }
    if (c === CH_NL) {
      return { value: '', end: pos, error: 'non-terminated string', errorAt: start };
    }
    if (c !== CH_BACKSLASH) {
      pos++;
      continue;
    }
    parts.push(source.slice(chunk, pos));
    const esc = source[pos + 1] ?? '';
    const simple = SIMPLE_ESCAPES[esc];
    if (simple !== undefined) {
      parts.push(simple);
      pos += 2;
    } else if (esc === 'u') {
      const hex = source.slice(pos + 2, pos + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) {
        return skipBadString(source, start, pos, 'illegal string literal: invalid \\u escape');
      }
      // Surrogate pairs arrive as two escapes; as UTF-16 code units they join by themselves.
      const unit = parseInt(hex, 16);
      if (unit >= 0xd800 && unit <= 0xdfff) sawSurrogateEscape = true;
      parts.push(String.fromCharCode(unit));
      pos += 6;
    } else {
      return skipBadString(source, start, pos, `illegal string literal: invalid escape \\${esc}`);
    }
    chunk = pos;
  }
}

/** Report a bad escape and resume after the string, so one typo is one error. */
function skipBadString(source: string, start: number, at: number, error: string): StringScan {
  let pos = at;
  const n = source.length;
  while (pos < n) {
    const c = source.charCodeAt(pos);
    if (c === CH_BACKSLASH) pos += 2;
    else if (c === CH_QUOTE) return { value: '', end: pos + 1, error, errorAt: at };
    else if (c === CH_NL) break;
    else pos++;
  }
  return { value: '', end: Math.min(pos, n), error, errorAt: at };
}

interface TemplateTextScan {
  value: string;
  end: number;
  /** The text stops at an expression's `{` (true) or at the closing quote (false). */
  expression: boolean;
  error?: string;
}

/**
 * Template text from `pos` up to an unescaped `{` or the closing delimiter, both consumed.
 * `\{` and `\}` stand for braces in both kinds; a `"`-delimited one also takes JSON's
 * escapes and ends at the line, a backquoted one takes every other character as written.
 */
function scanTemplateText(source: string, pos: number, raw: boolean): TemplateTextScan {
  const n = source.length;
  const close = raw ? CH_BACKQUOTE : CH_QUOTE;
  const parts: string[] = [];
  let chunk = pos;
  let sawSurrogateEscape = false;
  const done = (at: number, expression: boolean): TemplateTextScan => {
    parts.push(source.slice(chunk, at));
    let value = parts.join('');
    if (sawSurrogateEscape) value = value.replace(LONE_SURROGATE, '\ufffd');
    return { value, end: at + 1, expression };
  };
  const fail = (end: number, error: string): TemplateTextScan => ({
    value: '',
    end,
    expression: false,
    error,
  });
  while (pos < n) {
    const c = source.charCodeAt(pos);
    if (c === close) return done(pos, false);
    if (c === CH_LBRACE) return done(pos, true);
    if (c === CH_NL && !raw) return fail(pos, 'non-terminated template string');
    if (c !== CH_BACKSLASH) {
      pos++;
      continue;
    }
    const esc = source[pos + 1] ?? '';
    if (esc === '{' || esc === '}') {
      parts.push(source.slice(chunk, pos), esc);
      pos += 2;
      chunk = pos;
      continue;
    }
    if (raw) {
      pos++;
      continue;
    }
    parts.push(source.slice(chunk, pos));
    const simple = SIMPLE_ESCAPES[esc];
    if (simple !== undefined) {
      parts.push(simple);
      pos += 2;
    } else if (esc === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(pos + 2, pos + 6))) {
      const unit = parseInt(source.slice(pos + 2, pos + 6), 16);
      if (unit >= 0xd800 && unit <= 0xdfff) sawSurrogateEscape = true;
      parts.push(String.fromCharCode(unit));
      pos += 6;
    } else {
      const end = source.indexOf('\n', pos);
      return fail(
        end < 0 ? n : end,
        `illegal template string: invalid escape \\${esc} (write \\{ for a literal brace)`,
      );
    }
    chunk = pos;
  }
  return fail(n, 'non-terminated template string');
}
