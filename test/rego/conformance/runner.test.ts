import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { runConformance, summarise } from '../../../src/rego/conformance/index.js';
import { sameResults } from '../../../src/rego/conformance/compare.js';
import { parseQuery } from '../../../src/rego/conformance/query.js';

describe('conformance query forms', () => {
  it('turns data.a.b.c = x into an entrypoint and a variable', () => {
    expect(parseQuery('data.a.b.c = x')).toEqual({
      ok: true,
      bindings: [{ entrypoint: 'a/b/c', variable: 'x' }],
    });
    expect(parseQuery('  data.test = out\n')).toEqual({
      ok: true,
      bindings: [{ entrypoint: 'test', variable: 'out' }],
    });
  });

  it('takes a conjunction of such expressions', () => {
    expect(parseQuery('data.t.a = x; data.t.b = y\n')).toEqual({
      ok: true,
      bindings: [
        { entrypoint: 't/a', variable: 'x' },
        { entrypoint: 't/b', variable: 'y' },
      ],
    });
  });

  it('wraps other expressions over data in rules of a query module', () => {
    const form = parseQuery('data.test.p(1) = x; data.test.q[0]');
    expect(form).toEqual({
      ok: true,
      bindings: [
        { entrypoint: 'conformance_query__/q0', variable: 'x' },
        { entrypoint: 'conformance_query__/q1' },
      ],
      wrapper: {
        file: 'query.rego',
        source:
          'package conformance_query__\n\nq0 := data.test.p(1)\n\nq1 if {\n\tdata.test.q[0]\n}\n',
      },
    });
  });

  it.each([
    ['data.a = x; data.b = x', 'variable bound twice'],
    ['data.test.p with input as 1', 'with modifier'],
    ['x := 1', 'other expression'],
  ])('names the unsupported form of %j', (query, form) => {
    expect(parseQuery(query)).toEqual({ ok: false, form });
  });
});

describe('conformance comparison', () => {
  it('compares result sets as sets, values by OPA equality', () => {
    expect(sameResults([{ x: 1 }, { x: 2 }], [{ x: 2 }, { x: 1.0 }], false)).toBe(true);
    expect(sameResults([{ x: { a: 1, b: [2] } }], [{ x: { b: [2], a: 1 } }], false)).toBe(true);
    expect(sameResults([{ x: [2, 1] }], [{ x: [1, 2] }], false)).toBe(false);
    expect(sameResults([{ x: [2, 1] }], [{ x: [1, 2] }], true)).toBe(true);
    expect(sameResults([], [{ x: true }], false)).toBe(false);
  });
});

const CASES = `cases:
  - note: fixture/pass
    query: data.test.p = x
    modules:
      - |
        package test
        p contains y if { some y in data.ys }
    data:
      ys: [2, 1]
    want_result:
      - x: [1, 2]
  - note: fixture/undefined
    query: data.test.q = x
    modules:
      - |
        package test
        q if { false }
    want_result: []
  - note: fixture/wrong expectation
    query: data.test.p = x
    modules:
      - |
        package test
        p := y if { y := crypto.md5("a") }
    want_result:
      - x: nope
  - note: fixture/compile error expected
    query: data.test.p = x
    modules:
      - |
        package test
        p := q
    want_error_code: rego_unsafe_var_error
  - note: fixture/conjunction
    query: data.test.a = x; data.test.b = y
    modules:
      - |
        package test
        a := v if { v := concat("-", ["a", "b"]) }
        b contains v if { some v in [1, 2] }
    want_result:
      - x: a-b
        y: [1, 2]
  - note: fixture/strict builtin error
    query: data.test.p = x
    modules:
      - |
        package test
        p := n if { n := units.parse(input.s) }
    input:
      s: K
    strict_error: true
    want_error: "test-0.rego:2: eval_builtin_error: units.parse: no amount provided"
  - note: fixture/strict native type error
    query: data.test.p = x
    modules:
      - |
        package test
        p := array.concat(input.o, [])
    input:
      o: {}
    strict_error: true
    want_error_code: eval_type_error
    want_error: "test-0.rego:2: eval_type_error: array.concat: operand 1 must be array but got object"
  - note: fixture/strict error with the right code and another message
    query: data.test.p = x
    modules:
      - |
        package test
        p := array.concat(input.o, [])
    input:
      o: {}
    strict_error: true
    want_error_code: eval_type_error
    want_error: "operand 2"
  - note: fixture/strict error expected, undefined found
    query: data.test.p = x
    modules:
      - |
        package test
        p := x if { x := 1; false }
    strict_error: true
    want_error_code: eval_builtin_error
  - note: fixture/with modifier
    query: data.test.f(1) = x with input as 2
    modules:
      - |
        package test
        f(a) := a
    want_result:
      - x: 1
  - note: fixture/function query
    query: data.test.f(1) = x
    modules:
      - |
        package test
        f(a) := a
    want_result:
      - x: 1
`;

describe('conformance runner', () => {
  it('runs cases through the toolchain and counts them per category', async () => {
    const root = mkdtempSync(join(tmpdir(), 'accessctl-conf-'));
    mkdirSync(join(root, 'fixture'));
    writeFileSync(join(root, 'fixture', 'cases.yaml'), CASES);
    const outcomes = await runConformance(root);
    expect(outcomes?.map((o) => [o.note, o.status])).toEqual([
      ['fixture/pass', 'passed'],
      ['fixture/undefined', 'passed'],
      ['fixture/wrong expectation', 'failed'],
      ['fixture/compile error expected', 'passed'],
      ['fixture/conjunction', 'passed'],
      ['fixture/strict builtin error', 'passed'],
      ['fixture/strict native type error', 'passed'],
      ['fixture/strict error with the right code and another message', 'failed'],
      ['fixture/strict error expected, undefined found', 'failed'],
      ['fixture/with modifier', 'skipped'],
      ['fixture/function query', 'passed'],
    ]);
    const text = summarise(outcomes ?? [], true);
    expect(text).toMatch(
      /FAIL fixture\/cases.yaml: fixture\/wrong expectation\n {2}different result\n {2}want: \[\{"x":"nope"\}\]/,
    );
    expect(text).toMatch(/^fixture\s+7\s+3\s+1$/m);
    expect(text).toMatch(/1 {2}query form: with modifier/);
    expect(text.trimEnd().split('\n').at(-1)).toBe('7 passed, 3 failed, 1 skipped');
  });

  it('reports a missing folder as nothing to run', async () => {
    expect(await runConformance(join(tmpdir(), 'no-such-conformance-dir'))).toBeUndefined();
  });
});
