import { describe, expect, it } from 'vitest';

import { evalRule } from '../../semantics/helpers.js';

const policy = `package t
m := glob.match(input.p, input.d, input.s)
all := [glob.match(c[0], c[1], c[2]) | some c in input.cases]
`;

// gobwas/glob's syntax, as OPA's glob.match reads it.
const cases: [string, string[] | null, string, boolean][] = [
  ['*.github.com', ['.'], 'api.github.com', true],
  ['*.github.com', ['.'], 'a.b.github.com', false],
  ['**.github.com', ['.'], 'a.b.github.com', true],
  ['*', [], 'a.b', false],
  ['*', null, 'a.b', true],
  ['a?c', [], 'a.c', false],
  ['a?c', ['/'], 'a.c', true],
  ['[a.]x', [], '.x', true], // a class may match a delimiter
  ['[!a-c]x', [], 'dx', true],
  ['[!a-c]x', [], 'bx', false],
  ['[a-]x', [], '-x', true],
  ['{a,b{c,d}}e', [], 'bde', true],
  ['{a,b{c,d}}e', [], 'be', false],
  ['{,x}y', [], 'y', true],
  ['{}y', [], 'y', true],
  ['\\*x', [], '*x', true],
  ['\\*x', [], 'ax', false],
  ['{a,b', [], 'a', false],
  ['[ab', [], 'a', false],
  ['{[ab,c}', [], 'c', true],
  ['a,b}', [], 'a,b}', true],
  ['й*ж', ['.'], 'йцуж', true],
  ['?', [], 'ж', true],
  ['**', ['.'], '', true],
  ['{api,www}.*.test', ['.'], 'www.a.test', true],
];

/** A random well-formed pattern over a small alphabet, and a subject that often fits it. */
function randomPattern(depth: number, rand: () => number): string {
  const items = ['a', 'b', '.', '?', '*', '**', '[ab]', '[!a]', '[a-b]', '\\*'];
  let out = '';
  const n = Math.floor(rand() * 5);
  for (let i = 0; i < n; i++) {
    if (depth < 2 && rand() < 0.2) {
      const alts = 1 + Math.floor(rand() * 3);
      const parts = Array.from({ length: alts }, () => randomPattern(depth + 1, rand));
      out += `{${parts.join(',')}}`;
    } else {
      out += items[Math.floor(rand() * items.length)];
    }
  }
  return out;
}

/** A plain backtracking reading of the same syntax: slow, but obviously right on small cases. */
function reference(p: string, s: string, delims: string[] | null): boolean {
  const isDelim = (c: string) => delims !== null && delims.includes(c);
  const match = (pat: string, si: number): boolean => {
    if (pat === '') return si === s.length;
    const c = pat[0] as string;
    if (c === '*') {
      const sup = pat[1] === '*';
      const next = pat.slice(sup ? 2 : 1);
      for (let k = si; ; k++) {
        if (match(next, k)) return true;
        if (k >= s.length) return false;
        if (!sup && isDelim(s[k] as string)) return false;
      }
    }
    if (c === '{') {
      let depth = 0;
      let start = 1;
      const alts: string[] = [];
      for (let i = 0; i < pat.length; i++) {
        const d = pat[i];
        if (d === '{') depth++;
        else if (d === '}' && --depth === 0) {
          alts.push(pat.slice(start, i));
          return alts.some((alt) => match(alt + pat.slice(i + 1), si));
        } else if (d === ',' && depth === 1) {
          alts.push(pat.slice(start, i));
          start = i + 1;
        }
      }
      return false;
    }
    if (si >= s.length) return false;
    const sc = s[si] as string;
    if (c === '?') return !isDelim(sc) && match(pat.slice(1), si + 1);
    if (c === '[') {
      const close = pat.indexOf(']');
      const body = pat.slice(pat[1] === '!' ? 2 : 1, close);
      const hit = body.includes('-')
        ? sc >= (body[0] as string) && sc <= (body[2] as string)
        : body.includes(sc);
      return hit !== (pat[1] === '!') && match(pat.slice(close + 1), si + 1);
    }
    if (c === '\\') return pat[1] === sc && match(pat.slice(2), si + 1);
    return c === sc && match(pat.slice(1), si + 1);
  };
  return match(p, 0);
}

describe('glob.match', () => {
  it('reads the syntax as OPA does', async () => {
    const got = await evalRule(policy, 'all', { cases: cases.map(([p, d, s]) => [p, d, s]) });
    expect(got).toEqual(cases.map((c) => c[3]));
  });

  it('agrees with a plain backtracking matcher on random patterns', async () => {
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const all: [string, string[] | null, string][] = [];
    for (let i = 0; i < 400; i++) {
      const p = randomPattern(0, rand);
      const s = Array.from(
        { length: Math.floor(rand() * 6) },
        () => 'ab.*'[Math.floor(rand() * 4)],
      ).join('');
      all.push([p, rand() < 0.5 ? ['.'] : null, s]);
    }
    const got = (await evalRule(policy, 'all', { cases: all })) as boolean[];
    const want = all.map(([p, d, s]) => reference(p, s, d));
    expect(got).toEqual(want);
    expect(want.filter(Boolean).length).toBeGreaterThan(40);
  });

  it('takes linear time on patterns that make a backtracking matcher run for ever', async () => {
    const started = performance.now();
    const input = {
      cases: [
        [`${'*a'.repeat(30)}b`, null, 'a'.repeat(3000)],
        [`${'{a,aa}'.repeat(40)}b`, [], 'a'.repeat(3000)],
        [`${'**.'.repeat(20)}x`, ['.'], '.'.repeat(3000)],
      ],
    };
    expect(await evalRule(policy, 'all', input)).toEqual([false, false, false]);
    // Noisy on a shared machine; a backtracking matcher needs far longer than this.
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('refuses groups nested past 1000 deep instead of running out of stack', async () => {
    const nested = (d: number) => ({ p: `${'{'.repeat(d)}a${'}'.repeat(d)}`, d: [], s: 'a' });
    expect(await evalRule(policy, 'm', nested(1000))).toBe(true);
    expect(await evalRule(policy, 'm', nested(20000))).toBeUndefined();
    await expect(evalRule(policy, 'm', nested(20000), { strict: true })).rejects.toThrow(
      /glob.match: the pattern nests \{...\} groups more than 1000 deep/,
    );
  });

  it('is an error for a delimiter that is not one character, in strict mode', async () => {
    await expect(
      evalRule(policy, 'm', { p: '*', d: ['ab'], s: 'x' }, { strict: true }),
    ).rejects.toThrow(/glob.match: operand 2 must be array of runes/);
  });
});
