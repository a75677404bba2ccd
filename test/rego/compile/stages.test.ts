import { describe, expect, it } from 'vitest';
import { stages } from '../../../src/rego/compile/index.js';
import { refString, termString } from '../../../src/rego/compile/terms.js';
import { compile, errorsOf } from './helpers.js';

describe('stage list', () => {
  it('runs the stages in OPA order: resolve, rewrite, then check', () => {
    expect(stages.map((s) => s.name)).toEqual([
      'index-rules',
      'resolve-refs',
      'check-rule-conflicts',
      'rewrite-locals',
      'erase-print-calls',
      'rewrite-metadata-calls',
      'rewrite-terms',
      'check-undefined-functions',
      'check-with-targets',
      'check-safety',
      'rewrite-dynamics',
      'check-recursion',
      'check-types',
    ]);
  });

  it('stops after the first stage that reports errors', () => {
    // The redeclaration stops compilation before the unsafe `z` would be reported.
    expect(errorsOf('package t\np if { x := 1; x := 2; z > 1 }')).toEqual([
      'a.rego:2:16: rego_compile_error: var x assigned above',
    ]);
  });
});

describe('resolve-refs', () => {
  it('turns rule names, imports and function names into full refs', () => {
    const state = compile(
      'package a.b\nimport data.lib.util as u\nimport input.user\np if { q; u.f(user.name) }\nq := 1',
      'package lib.util\nf(x) := x',
    );
    expect(state.errors).toEqual([]);
    const body = state.rules[0]?.rule.body.map((e) => termString(e.terms as never));
    // The call argument ref moves into an expression of its own (rewrite-dynamics).
    expect(body).toEqual([
      'data.a.b.q',
      'eq(__local1__, input.user.name)',
      'data.lib.util.f(__local1__)',
    ]);
  });

  it('leaves locals that shadow a rule name alone', () => {
    const state = compile('package t\np := q if { q := 2 }\nq := 1');
    const head = state.rules[0]?.rule.head.value;
    expect(head?.type).toBe('var');
  });

  it('gives each rule its full path, ref heads included', () => {
    const state = compile('package t\na.b[x] := 1 if { some x in input.xs }');
    expect(refString(state.rules[0]?.path ?? []).replace(/__local\d+__/, 'x')).toBe(
      'data.t.a.b[x]',
    );
  });
});

describe('rewrite-locals', () => {
  it.each([
    ['package t\np if { x := 1; x := 2 }', 'a.rego:2:16: rego_compile_error: var x assigned above'],
    ['package t\np if { some x; some x }', 'a.rego:2:21: rego_compile_error: var x declared above'],
    [
      'package t\np if { y = 1; y := 2 }',
      'a.rego:2:15: rego_compile_error: var y referenced above',
    ],
    ['package t\nf(x) := 1 if { x := 2 }', 'a.rego:2:16: rego_compile_error: arg x redeclared'],
  ])('%s', (source, error) => {
    expect(errorsOf(source)).toEqual([error]);
  });

  it('lets a comprehension declare a name the enclosing body declared', () => {
    expect(errorsOf('package t\np if { x := 1; y := [x | x := 2]; y[0] == x }')).toEqual([]);
  });
});

describe('check-with-targets', () => {
  it('rejects a with on something that is not input, data or a function', () => {
    expect(errorsOf('package t\np if { x := 1; input.a with x as 2 }')).toEqual([
      'a.rego:2:29: rego_type_error: with keyword target must reference existing input, data, or a function',
    ]);
  });

  it('accepts input, data, policy functions and builtins', () => {
    expect(
      errorsOf(
        'package t\nf(x) := x\np if { f(1) with input.a as 1 with data.b as 2 with f as count with count as f }',
      ),
    ).toEqual([]);
  });
});

describe('erase-print-calls', () => {
  it('drops print calls and keeps the rest of the body', () => {
    const state = compile(
      'package t\np if { x := input.a; print("x", x); x > 1 }\nq if { print("q") }',
    );
    expect(state.errors).toEqual([]);
    const bodies = state.rules.map((r) => r.rule.body.map((e) => termString(e.terms as never)));
    expect(bodies[0]?.some((e) => e.startsWith('print'))).toBe(false);
    expect(bodies[0]?.length).toBe(2);
    expect(bodies[1]).toEqual(['true']);
  });
});

describe('check-recursion', () => {
  it('reports every rule on a cycle with the path', () => {
    expect(errorsOf('package t\np if q\nq if { r }\nr if { p }')).toEqual([
      'a.rego:2:1: rego_recursion_error: rule data.t.p is recursive: data.t.p -> data.t.q -> data.t.r -> data.t.p',
      'a.rego:3:1: rego_recursion_error: rule data.t.q is recursive: data.t.q -> data.t.r -> data.t.p -> data.t.q',
      'a.rego:4:1: rego_recursion_error: rule data.t.r is recursive: data.t.r -> data.t.p -> data.t.q -> data.t.r',
    ]);
  });

  it('counts a reference to the whole package as a dependency on every rule in it', () => {
    expect(errorsOf('package t\np if { data.t.q }\nq if { data.t }')).toEqual([
      'a.rego:2:1: rego_recursion_error: rule data.t.p is recursive: data.t.p -> data.t.q -> data.t.p',
      'a.rego:3:1: rego_recursion_error: rule data.t.q is recursive: data.t.q -> data.t.p -> data.t.q',
    ]);
  });

  it('accepts a chain without a cycle', () => {
    expect(errorsOf('package t\np if q\nq if r\nr := true')).toEqual([]);
  });
});

describe('check-rule-conflicts', () => {
  it.each([
    [
      'package t\nf(x) := 1\nf := 2',
      'a.rego:2:1: rego_type_error: conflicting rules data.t.f found',
    ],
    [
      'package t\nf(x) := 1\nf(x, y) := 2',
      'a.rego:2:1: rego_type_error: conflicting rules data.t.f found',
    ],
    [
      'package t\np := 1\np contains 2',
      'a.rego:2:1: rego_type_error: conflicting rules data.t.p found',
    ],
    [
      'package t\ndefault p := 1\ndefault p := 2',
      'a.rego:3:1: rego_type_error: multiple default rules data.t.p found',
    ],
  ])('%s', (source, error) => {
    expect(errorsOf(source)).toEqual([error]);
  });
});

describe('check-types', () => {
  it('reports an unknown function at the call', () => {
    expect(errorsOf('package t\np if { f(1) }')).toEqual([
      'a.rego:2:8: rego_type_error: undefined function f',
    ]);
  });

  it('reports a builtin called with too many arguments, with both signatures', () => {
    expect(errorsOf('package t\np if { count(1, 2, 3) }')).toEqual([
      'a.rego:2:8: rego_type_error: count: arity mismatch\n\thave: (number, number, number)\n\twant: (any<string, array[any], object[any: any], set[any]>)',
    ]);
  });

  it('reports a literal of the wrong type', () => {
    expect(errorsOf('package t\np if { x := "a" + 1; x > 0 }')).toEqual([
      'a.rego:2:13: rego_type_error: plus: invalid argument(s)\n\thave: (string, number, any)\n\twant: (number, number, number)',
    ]);
  });

  it('reports a composite of a known wrong type', () => {
    expect(errorsOf('package t\np if { startswith(["a"], "b") }')[0]).toMatch(
      /rego_type_error: startswith: invalid argument\(s\)\n\thave: \(array<string>, string\)/,
    );
  });

  it('does not guess the types of values that come from data', () => {
    expect(errorsOf('package t\np if { input.a + input.b > 1 }')).toEqual([]);
  });

  it('reports a user function called with the wrong number of arguments', () => {
    expect(errorsOf('package t\nf(x) := x\np if { f(1, 2, 3) }')).toEqual([
      'a.rego:3:8: rego_type_error: function data.t.f has arity 1, got 3 arguments',
    ]);
  });

  it('counts the arguments the author wrote in a nested call, not the added output', () => {
    expect(errorsOf('package t\np if { x := count(1, 2); x > 1 }')[0]).toMatch(
      /a.rego:2:13: rego_type_error: count: arity mismatch/,
    );
  });
});
