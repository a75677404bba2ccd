// `regex.globs_match(a, b)`: whether two glob-style patterns share a non-empty string. The
// patterns know `.` (any character), `[...]` classes with ranges (`[^...]` negated), `*`
// and `+` after a character or class, and `\` to escape; everything else is literal. No
// library answers this for JavaScript (OPA uses a Go package written for it), so it is
// done here: each pattern is a chain of states, and a search over pairs of states looks
// for a character both can take at every step, until both have reached their ends.
import { builtinError } from '../shared/errors.js';

type Ranges = [number, number][];

interface Token {
  ranges: Ranges;
  /** The token may repeat (`*`, or the second half of `+`) or be skipped (`*`). */
  star: boolean;
}

const MAX = 0x10ffff;

function parse(pattern: string, operand: number): Token[] {
  const chars = [...pattern];
  const tokens: Token[] = [];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] as string;
    if (c === '*' || c === '+') {
      const last = tokens[tokens.length - 1];
      if (!last || last.star) {
        throw builtinError(`operand ${operand}: "${c}" at ${i} follows nothing it could repeat`);
      }
      if (c === '*') last.star = true;
      else tokens.push({ ranges: last.ranges, star: true });
      continue;
    }
    if (c === '.') {
      tokens.push({ ranges: [[0, MAX]], star: false });
      continue;
    }
    if (c === '[') {
      const close = classEnd(chars, i, operand);
      tokens.push({ ranges: classRanges(chars.slice(i + 1, close), operand), star: false });
      i = close;
      continue;
    }
    if (c === ']') throw builtinError(`operand ${operand}: "]" at ${i} closes no class`);
    const literal = c === '\\' ? chars[++i] : c;
    if (literal === undefined) throw builtinError(`operand ${operand}: trailing "\\"`);
    const code = literal.codePointAt(0) as number;
    tokens.push({ ranges: [[code, code]], star: false });
  }
  return tokens;
}

function classEnd(chars: string[], open: number, operand: number): number {
  for (let i = open + 1; i < chars.length; i++) {
    if (chars[i] === '\\') i++;
    else if (chars[i] === ']') return i;
  }
  throw builtinError(`operand ${operand}: "[" at ${open} is never closed`);
}

function classRanges(body: string[], operand: number): Ranges {
  const negated = body[0] === '^';
  const ranges: Ranges = [];
  for (let i = negated ? 1 : 0; i < body.length; i++) {
    const lo = (body[i] === '\\' ? body[++i] : body[i]) as string;
    let hi = lo;
    if (body[i + 1] === '-' && i + 2 < body.length) {
      i += 2;
      hi = (body[i] === '\\' ? body[++i] : body[i]) as string;
    }
    const [a, b] = [lo.codePointAt(0) as number, hi.codePointAt(0) as number];
    if (a > b) throw builtinError(`operand ${operand}: class range ${lo}-${hi} is backwards`);
    ranges.push([a, b]);
  }
  return negated ? complement(ranges) : ranges;
}

function complement(ranges: Ranges): Ranges {
  const sorted = [...ranges].sort((x, y) => x[0] - y[0]);
  const out: Ranges = [];
  let next = 0;
  for (const [lo, hi] of sorted) {
    if (lo > next) out.push([next, lo - 1]);
    next = Math.max(next, hi + 1);
  }
  if (next <= MAX) out.push([next, MAX]);
  return out;
}

function overlap(a: Ranges, b: Ranges): boolean {
  return a.some(([lo, hi]) => b.some(([l, h]) => lo <= h && l <= hi));
}

/** The states reachable from `i` without taking a character (skipping starred tokens). */
function closure(tokens: Token[], i: number): number[] {
  const out = [i];
  while (i < tokens.length && (tokens[i] as Token).star) out.push(++i);
  return out;
}

/** Whether some non-empty string matches both patterns. */
export function globsIntersect(a: string, b: string): boolean {
  const x = parse(a, 1);
  const y = parse(b, 2);
  // A state is a position in each pattern; `taken` records whether a character was read.
  const seen = new Set<string>();
  const queue: [number, number, boolean][] = [];
  const visit = (i: number, j: number, taken: boolean) => {
    for (const p of closure(x, i)) {
      for (const q of closure(y, j)) {
        const key = `${p},${q},${taken}`;
        if (seen.has(key)) continue;
        seen.add(key);
        queue.push([p, q, taken]);
      }
    }
  };
  visit(0, 0, false);
  while (queue.length > 0) {
    const [i, j, taken] = queue.shift() as [number, number, boolean];
    if (taken && i === x.length && j === y.length) return true;
    const s = x[i];
    const t = y[j];
    if (!s || !t || !overlap(s.ranges, t.ranges)) continue;
    // A starred token stays to take more; its closure also lets it move on.
    visit(s.star ? i : i + 1, t.star ? j : j + 1, true);
  }
  return false;
}
