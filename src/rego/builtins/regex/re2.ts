// RE2 patterns, as Go's regexp (which OPA uses) reads them, matched in time linear in the
// subject by re2js, a port of RE2: a policy's pattern cannot backtrack for ever
// (`^(a+)+$` against a long run of `a`s ends at once) and RE2's syntax is RE2's own
// (`(?i)`, `\pL`, `[[:alpha:]]`, `\A`, `\z`; no backreferences or lookaround). Every
// `regex.*` builtin goes through here, and so does any builtin that matches a pattern.
import { RE2JS, RE2JSException } from 're2js';

import { builtinError } from '../shared/errors.js';

const cache = new Map<string, RE2JS>();
// Patterns are policy text, usually constants: a small cache spares recompiling one per
// call, and the bound keeps a policy that builds patterns from input from filling memory.
const cacheLimit = 1000;

/** The compiled pattern; throws a builtin error with Go's text if it does not compile. */
export function compileRe2(pattern: string): RE2JS {
  let re = cache.get(pattern);
  if (re) return re;
  try {
    re = RE2JS.compile(pattern);
  } catch (error) {
    // re2js writes Go's message: `error parsing regexp: invalid escape sequence: `\1``.
    if (error instanceof RE2JSException) throw builtinError(error.message);
    throw error;
  }
  if (cache.size >= cacheLimit) cache.clear();
  cache.set(pattern, re);
  return re;
}

export interface Match {
  index: number;
  end: number;
  /** Group 0 is the whole match; a group that did not take part is undefined. */
  groups: (string | undefined)[];
}

/** Go's FindAll: up to `n` matches (all when n < 0), ignoring empty matches that abut the previous one. */
export function findAll(re: RE2JS, s: string, n: number): Match[] {
  const out: Match[] = [];
  if (n === 0) return out;
  const m = re.matcher(s);
  const groupCount = m.groupCount();
  let previousEnd = -1;
  let from = 0;
  while (from <= s.length && m.find(from)) {
    const index = m.start();
    const end = m.end();
    // An empty match moves the search one character on (a whole surrogate pair).
    from = end > index ? end : end + (isPairAt(s, end) ? 2 : 1);
    if (end === index && index === previousEnd) continue;
    const groups: (string | undefined)[] = [];
    for (let g = 0; g <= groupCount; g++) groups.push(m.group(g) ?? undefined);
    out.push({ index, end, groups });
    previousEnd = end;
    if (n > 0 && out.length >= n) break;
  }
  return out;
}

function isPairAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < s.length;
}

/** Whether the pattern matches anywhere in `s` (Go's MatchString). */
export function testRe2(pattern: string, s: string): boolean {
  return compileRe2(pattern).matcher(s).find();
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
  const names = re.namedGroups();
  let out = '';
  let last = 0;
  for (const m of findAll(re, s, -1)) {
    out += s.slice(last, m.index) + expand(template, m, names);
    last = m.end;
  }
  return out + s.slice(last);
}

function expand(template: string, match: Match, names: Record<string, number>): string {
  return template.replace(
    /\$(\$|\{([A-Za-z0-9_]+)\}|([A-Za-z0-9_]+))/g,
    (_all, body: string, braced?: string, bare?: string) => {
      if (body === '$') return '$';
      const name = (braced ?? bare) as string;
      const index = /^\d+$/.test(name) ? Number(name) : (names[name] ?? -1);
      return index >= 0 ? (match.groups[index] ?? '') : '';
    },
  );
}
