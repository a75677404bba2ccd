import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../src/rego/syntax/parser.js';
import { renderBody, show } from './helpers.js';

function query(source: string): string {
  const { body, errors } = parseQuery('q.rego', source);
  if (errors.length > 0 || body === undefined) throw new Error(errors.map(show).join('\n'));
  return renderBody(body);
}

describe('operators and precedence', () => {
  it.each([
    ['x := 1 + 2 * 3', 'assign(x, plus(1, mul(2, 3)))'],
    ['x = (1 + 2) * 3', 'eq(x, mul(plus(1, 2), 3))'],
    ['a - b - c', 'minus(minus(a, b), c)'],
    ['a / b % c * d', 'mul(rem(div(a, b), c), d)'],
    ['a | b & c', 'or(a, and(b, c))'],
    ['a & b | c', 'or(and(a, b), c)'],
    ['a | b | c', 'or(or(a, b), c)'],
    ['a == b + 1', 'equal(a, plus(b, 1))'],
    ['a != b', 'neq(a, b)'],
    ['a < b', 'lt(a, b)'],
    ['a <= b', 'lte(a, b)'],
    ['a > b', 'gt(a, b)'],
    ['a >= b', 'gte(a, b)'],
    ['a < b < c', 'lt(lt(a, b), c)'],
    ['a + 1 < b | c', 'lt(plus(a, 1), or(b, c))'],
    ['x in xs', 'internal.member_2(x, xs)'],
    ['k, v in obj', 'internal.member_3(k, v, obj)'],
    ['x in xs == true', 'internal.member_2(x, equal(xs, true))'],
    ['x in a in b', 'internal.member_2(internal.member_2(x, a), b)'],
    ['y := x in xs', 'assign(y, internal.member_2(x, xs))'],
    ['f(x, y in z)', 'f(x, internal.member_2(y, z))'],
    ['1 - -1', 'minus(1, -1)'],
    ['x := 5 -3', 'assign(x, minus(5, 3))'],
    ['count(x) > 1', 'gt(count(x), 1)'],
    ['x := f(x).y', 'assign(x, f(x).y)'],
    ['x := f(1)[0].z', 'assign(x, f(1)[0].z)'],
    ['a.b[c]["d"][_]', 'a.b[c].d[$wildcard0]'],
    ['a["x-y"][1]', 'a["x-y"][1]'],
    ['data.lib.f(1)', 'data.lib.f(1)'],
    ['x = input', 'eq(x, input)'],
    ['x = data', 'eq(x, data)'],
    ['input.if.contains', 'input.if.contains'],
    ['x := [1, 2][0]', 'assign(x, [1, 2][0])'],
  ])('%s', (source, want) => {
    expect(query(source)).toBe(want);
  });
});

describe('terms', () => {
  it.each([
    ['x := null', 'assign(x, null)'],
    ['x := [true, false]', 'assign(x, [true, false])'],
    ['x := {}', 'assign(x, {})'],
    ['x := set()', 'assign(x, set())'],
    ['x := {1, 2,}', 'assign(x, {1, 2})'],
    ['x := {"a": 1, "b": [1, 2],}', 'assign(x, {"a": 1, "b": [1, 2]})'],
    ['x := [1, 2,]', 'assign(x, [1, 2])'],
    ['x := []', 'assign(x, [])'],
    ['x := [y | y := xs[_]]', 'assign(x, [y | assign(y, xs[$wildcard0])])'],
    ['x := {y | some y in xs}', 'assign(x, {y | some internal.member_2(y, xs)})'],
    ['x := {k: v | some k, v in o}', 'assign(x, {k: v | some internal.member_3(k, v, o)})'],
    ['x := {1 | 2}', 'assign(x, {1 | 2})'],
    ['x := [a | b, c]', 'assign(x, [or(a, b), c])'],
    ['x := {a | b, c}', 'assign(x, {or(a, b), c})'],
    ['x := [y | y = 1; y > 0]', 'assign(x, [y | eq(y, 1); gt(y, 0)])'],
    ['x := {{1}: [{}]}', 'assign(x, {{1}: [{}]})'],
    ['x := 1e3', 'assign(x, 1e3)'],
    ['x := 0.5', 'assign(x, 0.5)'],
    ['x := .5', 'assign(x, 0.5)'],
    ['x := -1.5e-3', 'assign(x, -1.5e-3)'],
    ['x := 0E10', 'assign(x, 0E10)'],
    ['x := 123456789012345678901234567890', 'assign(x, 123456789012345678901234567890)'],
    ['x := `raw\\n"`', 'assign(x, "raw\\\\n\\"")'],
  ])('%s', (source, want) => {
    expect(query(source)).toBe(want);
  });

  it('decodes string escapes, including surrogate pairs', () => {
    const { body } = parseQuery('q.rego', String.raw`x := "a\n\t\"\\\/\b\f\r\u00e9\ud83d\ude00"`);
    const call = body?.[0]?.terms;
    expect(call?.type).toBe('call');
    const value = call?.type === 'call' ? call.args[1] : undefined;
    expect(value).toMatchObject({ type: 'string', value: 'a\n\t"\\/\b\f\ré😀' });
  });

  it('replaces an escaped surrogate without its partner by U+FFFD', () => {
    const { body } = parseQuery('q.rego', String.raw`x := "a\ud83db\ude00\ud83d"`);
    const call = body?.[0]?.terms;
    expect(call?.type === 'call' ? call.args[1] : undefined).toMatchObject({
      value: 'a\ufffdb\ufffd\ufffd',
    });
  });

  it('keeps raw strings verbatim across lines and tracks rows after them', () => {
    const { body } = parseQuery('q.rego', 'x := `a\nb\\`\ny := 1');
    expect(body?.[1]?.loc).toMatchObject({ row: 3, col: 1 });
    const call = body?.[0]?.terms;
    expect(call?.type === 'call' ? call.args[1] : undefined).toMatchObject({ value: 'a\nb\\' });
  });

  it('gives every wildcard its own name', () => {
    expect(query('x := a[_][_]; b[_]')).toBe('assign(x, a[$wildcard0][$wildcard1]); b[$wildcard2]');
  });
});

describe('literals', () => {
  it.each([
    ['not x', 'not x'],
    ['not input.x.y', 'not input.x.y'],
    ['not f(x) == 1', 'not equal(f(x), 1)'],
    ['x with input as 1', 'x with input as 1'],
    [
      'f(x) with input.a as {"b": 1} with data.c.d as [1] with count as mock',
      'f(x) with input.a as {"b": 1} with data.c.d as [1] with count as mock',
    ],
    ['not x with input as 1', 'not x with input as 1'],
    ['some x', 'some x'],
    ['some x, y', 'some x, y'],
    ['some x in xs', 'some internal.member_2(x, xs)'],
    ['some k, v in obj', 'some internal.member_3(k, v, obj)'],
    ['some x in [1, 2] with input as 1', 'some internal.member_2(x, [1, 2]) with input as 1'],
    ['every x in xs { x > 0 }', 'every x in xs { gt(x, 0) }'],
    ['every k, v in obj { k == v; v }', 'every k, v in obj { equal(k, v); v }'],
    ['a; b\nc', 'a; b; c'],
    ['x := (1 +\n  2)', 'assign(x, plus(1, 2))'],
    ['x := [\n  1,\n  2,\n]\ny := f(\n  x\n)', 'assign(x, [1, 2]); assign(y, f(x))'],
    ['x := 1 +\n  2', 'assign(x, plus(1, 2))'],
    ['x := y\n[1][0] == 1', 'assign(x, y); equal([1][0], 1)'],
    ['x := 1 # a comment\ny := 2', 'assign(x, 1); assign(y, 2)'],
  ])('%s', (source, want) => {
    expect(query(source)).toBe(want);
  });
});
