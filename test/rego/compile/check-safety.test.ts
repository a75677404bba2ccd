import { describe, expect, it } from 'vitest';
import type { Expr } from '../../../src/rego/syntax/ast.js';
import { termString } from '../../../src/rego/compile/terms.js';
import { compile, errorsOf } from './helpers.js';

/** A body printed one expression per entry, generated names shown as `_`. */
function bodyOf(source: string, rule = 0): string[] {
  const state = compile(source);
  expect(state.errors).toEqual([]);
  const body = state.rules[rule]?.rule.body ?? [];
  return body.map(
    (e: Expr) =>
      (e.negated ? 'not ' : '') +
      (e.terms.type === 'every' || e.terms.type === 'some'
        ? e.terms.type
        : termString(e.terms)
      ).replace(/__local\d+__/g, '_'),
  );
}

describe('safety', () => {
  it('reports a var used only as an input, at the expression that uses it', () => {
    expect(errorsOf('package t\np if { x > 1 }')).toEqual([
      'a.rego:2:8: rego_unsafe_var_error: var x is unsafe',
    ]);
  });

  it('reports a head var the body never binds, at the rule', () => {
    expect(errorsOf('package t\n\np[x] if { true }')).toEqual([
      'a.rego:3:1: rego_unsafe_var_error: var x is unsafe',
    ]);
  });

  it('reports vars under `not` that nothing binds', () => {
    expect(errorsOf('package t\np if { not x }')).toEqual([
      'a.rego:2:8: rego_unsafe_var_error: var x is unsafe',
    ]);
  });

  it('reports each unsafe var once, sorted by where it is first used', () => {
    expect(errorsOf('package t\np if {\n  a > b\n  c < 1\n}')).toEqual([
      'a.rego:3:3: rego_unsafe_var_error: var a is unsafe',
      'a.rego:3:3: rego_unsafe_var_error: var b is unsafe',
      'a.rego:4:3: rego_unsafe_var_error: var c is unsafe',
    ]);
  });

  it('reports the name the author wrote, not the generated one', () => {
    expect(errorsOf('package t\np if { some x; x > 1 }')).toEqual([
      'a.rego:2:16: rego_unsafe_var_error: var x is unsafe',
    ]);
  });

  it('accepts a var bound by iteration over a ref in another argument', () => {
    expect(errorsOf('package t\np if { some foo; foo == input.foos[foo] }')).toEqual([]);
  });

  it('accepts vars bound by destructuring composite values', () => {
    expect(
      errorsOf('package t\np if { [a, b] = [1, input.x]; {"k": v} = input.o; a + b > v }'),
    ).toEqual([]);
  });

  it('accepts closure vars bound in the enclosing body', () => {
    expect(
      errorsOf('package t\np if { xs := [y | y := input.ys[_]; y > n]; n = 1; count(xs) > 0 }'),
    ).toEqual([]);
  });
});

describe('reordering', () => {
  it('moves an expression after the one that binds its input', () => {
    expect(bodyOf('package t\np if { y > 1; y = input.a }')).toEqual([
      'eq(y, input.a)',
      'gt(y, 1)',
    ]);
  });

  it('keeps source order when it is already safe', () => {
    expect(bodyOf('package t\np if { y = input.a; z = input.b; y > z }')).toEqual([
      'eq(y, input.a)',
      'eq(z, input.b)',
      'gt(y, z)',
    ]);
  });

  it('schedules a negation once its vars are bound', () => {
    expect(bodyOf('package t\np if { not input.deny[x]; x = input.who }')).toEqual([
      'eq(x, input.who)',
      'not input.deny[x]',
    ]);
  });

  it('waits for a comprehension whose free var is bound later', () => {
    expect(
      bodyOf('package t\np if { c = count([v | v = input.xs[_]; v > n]); n = 2; c > 0 }'),
    ).toEqual(['eq(n, 2)', 'eq(_, [v | ...])', 'count(_, _)', 'eq(c, _)', 'gt(c, 0)']);
  });
});
