// RE2 patterns (Go's regexp, which OPA uses) run on JavaScript's engine: inline flags and
// RE2-only escapes are translated, and "find all" follows Go's rule for empty matches.
import { builtinError } from './errors.js';

const cache = new Map<string, RegExp>();

// RE2's ASCII classes, as they read inside a bracket expression.
const posixClasses: Record<string, string> = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  ascii: '\\x00-\\x7F',
  blank: '\\t ',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '!-~',
  lower: 'a-z',
  print: ' -~',
  punct: '!-\\/:-@\\[-`{-~',
  space: '\\t\\n\\v\\f\\r ',
  upper: 'A-Z',
  word: '0-9A-Za-z_',
  xdigit: '0-9A-Fa-f',
};

/** The ASCII characters outside a class, for `[[:^alpha:]]`. */
function negateAscii(members: string): string {
  const inClass = new RegExp(`[${members}]`, 'u');
  let out = '';
  for (let c = 0; c < 128; c++) {
    const ch = String.fromCharCode(c);
    if (!inClass.test(ch)) out += `\\x${c.toString(16).padStart(2, '0')}`;
  }
  return out;
}

/** A global RegExp for an RE2 pattern; throws a builtin error if it does not compile. */
export function compileRe2(pattern: string): RegExp {
  let re = cache.get(pattern);
  if (re) return re;
  let source = pattern;
  let flags = 'gu';
  const inline = /^\(\?([imsU]+)\)/.exec(source);
  if (inline) {
    source = source.slice(inline[0].length);
    for (const f of inline[1] as string) if (f !== 'U' && !flags.includes(f)) flags += f;
  }
  source = source
    .replace(/\(\?P</g, '(?<')
    .replace(/\\A/g, '^')
    .replace(/\\z/g, '$')
    .replace(/\\([pP])([A-Za-z])/g, '\\$1{$2}')
    .replace(/\[:(\^?)([a-z]+):\]/g, (whole, negated: string, name: string) => {
      const members = posixClasses[name];
      if (members === undefined) return whole;
      return negated ? `\\P{ASCII}${negateAscii(members)}` : members;
    });
  try {
    re = new RegExp(source, flags);
  } catch {
    try {
      re = new RegExp(source, flags.replace('u', ''));
    } catch (error) {
      throw builtinError(`error parsing regexp: ${(error as Error).message}`);
    }
  }
  if (cache.size > 1000) cache.clear();
  cache.set(pattern, re);
  return re;
}

export interface Match {
  index: number;
  end: number;
  groups: (string | undefined)[];
}

/** Go's FindAll: up to `n` matches (all when n < 0), ignoring empty matches that abut the previous one. */
export function findAll(re: RegExp, s: string, n: number): Match[] {
  const out: Match[] = [];
  if (n === 0) return out;
  let previousEnd = -1;
  for (const m of s.matchAll(re)) {
    const index = m.index;
    const end = index + m[0].length;
    if (m[0].length === 0 && index === previousEnd) continue;
    out.push({ index, end, groups: [...m] });
    previousEnd = end;
    if (n > 0 && out.length >= n) break;
  }
  return out;
}

export function testRe2(pattern: string, s: string): boolean {
  const re = compileRe2(pattern);
  re.lastIndex = 0;
  return new RegExp(re.source, re.flags.replace('g', '')).test(s);
}

/** Go's Regexp.Split(s, -1). */
export function splitRe2(pattern: string, s: string): string[] {
  const re = compileRe2(pattern);
  if (pattern.length > 0 && s.length === 0) return [''];
  const parts: string[] = [];
  let begin = 0;
  let end = 0;
  for (const m of findAll(re, s, -1)) {
    end = m.index;
    if (m.end !== 0) parts.push(s.slice(begin, end));
    begin = m.end;
  }
  if (end !== s.length) parts.push(s.slice(begin));
  return parts;
}

/** Go's ReplaceAllString: `$1`, `${1}`, `$name` and `${name}` expand; `$$` is a dollar. */
export function replaceRe2(s: string, pattern: string, template: string): string {
  const re = compileRe2(pattern);
  let out = '';
  let last = 0;
  for (const m of findAll(re, s, -1)) {
    out += s.slice(last, m.index) + expand(template, m, re);
    last = m.end;
  }
  return out + s.slice(last);
}

function expand(template: string, match: Match, re: RegExp): string {
  const names = groupNames(re);
  return template.replace(
    /\$(\$|\{([A-Za-z0-9_]+)\}|([A-Za-z0-9_]+))/g,
    (_all, body: string, braced?: string, bare?: string) => {
      if (body === '$') return '$';
      const name = (braced ?? bare) as string;
      const index = /^\d+$/.test(name) ? Number(name) : names.indexOf(name);
      return index >= 0 ? (match.groups[index] ?? '') : '';
    },
  );
}

function groupNames(re: RegExp): string[] {
  const names = [''];
  for (const m of re.source.matchAll(/\((?!\?)|\(\?<([A-Za-z0-9_]+)>/g)) names.push(m[1] ?? '');
  return names;
}
