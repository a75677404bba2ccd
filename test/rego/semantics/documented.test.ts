import { describe, expect, it } from 'vitest';
import { compileErrors, evalRule } from './helpers.js';

// Small policies from OPA's policy-language documentation, each with the value the
// documentation gives for it; `undefined` means the rule is undefined.

const cases: [string, string, unknown, unknown?][] = [
  ['every-with', 'package t\np if { every x in [1, 2] { x < input.n } with input.n as 5 }', true],
  [
    'every-with2',
    'package t\nlim := input.n\np if { every x in [1, 2] { x < lim } with input.n as 1 }',
    undefined,
  ],
  [
    'every-with3',
    'package t\nlim := input.n\np if { every x in [1, 2] { x < lim } with input.n as 3 }',
    true,
  ],
  [
    'else-fn',
    'package t\nf(x) := "a" if { x > 10 } else := "b" if { x > 5 } else := "c"\np := [f(11), f(6), f(1)]',
    ['a', 'b', 'c'],
  ],
  [
    'composite-key',
    'package t\npp[[x, y]] := z if { some x, y in {"a": "b"}; z := 1 }\np := [pp[["a", "b"]], object.keys(pp)]',
    [1, [['a', 'b']]],
  ],
  ['some-obj-comp', 'package t\np := {k: v | some k, v in {"a": 1, "b": 2}; v > 1}', { b: 2 }],
  [
    'nested-ref-head',
    'package t\na.b[x].c := y if { some x, y in {"k": 1, "m": 2} }\np := a',
    { b: { k: { c: 1 }, m: { c: 2 } } },
  ],
  ['default-fn', 'package t\ndefault f(_) := 0\nf(x) := 1 if x > 1\np := [f(2), f(0)]', [1, 0]],
  ['not-call', 'package t\nf(x) if x > 1\np if not f(0)', true],
  ['not-call2', 'package t\np if not startswith("abc", "b")', true],
  [
    'in3',
    'package t\np := [1 in [1], 0, 1 in [1], "a", 1 in {"a": 1}]',
    [true, 0, true, 'a', true],
  ],
  ['in3b', 'package t\np if { "a", 1 in {"a": 1} }', true],
  ['in3c', 'package t\np if { 0, 5 in [5] }', true],
  ['in3d', 'package t\np := x if { x := 1, 5 in [5] }', false],
  ['bigint', 'package t\np := (12345678901234567890123 + 1) - 12345678901234567890123', 1],
  ['float-eq', 'package t\np := 1.0 == 1', true],
  ['float-set', 'package t\np := count({1, 1.0})', 1],
  ['obj-key-num', 'package t\np := {1: "a"}[1.0]', 'a'],
  ['escape', 'package t\np := "a\\u00e9\\n\\t\\"\\\\"', 'aé\n\t"\\'],
  ['raw', 'package t\np := `a\\nb`', 'a\\nb'],
  ['count-cp', 'package t\np := count("日本語")', 3],
  ['count-emoji', 'package t\np := count("😀a")', 2],
  ['not-undef', 'package t\np if not input.x', true],
  ['not-false', 'package t\np if not input.x', true, { x: false }],
  ['not-true', 'package t\np if not input.x', undefined, { x: true }],
  ['not-zero', 'package t\np if not input.x', undefined, { x: 0 }],
  ['sets-equal', 'package t\np := {1, 2} == {2, 1}', true],
  ['array-comp-order', 'package t\np := [x | some x in {3, 1, 2}]', [1, 2, 3]],
  ['obj-comp-conflict-same', 'package t\np := {k: 1 | some k in ["a", "a"]}', { a: 1 }],
  ['int-div', 'package t\np := 4 / 2', 2],
  ['float-out', 'package t\np := 1e3', 1000],
  ['neg-zero', 'package t\np := 0 * -1', 0],
  ['substr-cp', 'package t\np := substring("日本語", 1, 1)', '本'],
  ['indexof-cp', 'package t\np := indexof("日本語", "語")', 2],
  ['partial-set-composite', 'package t\nq contains {"a": x} if some x in [1, 2]\np := count(q)', 2],
  [
    'default-else',
    'package t\ndefault p := 9\np := 1 if input.a else := 2 if input.b',
    2,
    { b: true },
  ],
  ['else-undef', 'package t\np := 1 if input.a else := 2 if input.b', undefined],
  ['func-else-default', 'package t\nf(x) := 1 if x == 1 else := 2\np := f(3)', 2],
  ['with-func', 'package t\nf(x) := x\ng(x) := x * 10\np := x if { x := f(1) with f as g }', 10],
  [
    'with-builtin',
    'package t\nmock(_) := 42\np := x if { x := count([1]) with count as mock }',
    42,
  ],
  ['with-value', 'package t\np := x if { x := count([1]) with count as 7 }', 7],
  ['every-obj', 'package t\np if { every k, v in {"a": 1, "b": 1} { v == 1; k != "" } }', true],
  ['every-empty', 'package t\np if { every x in [] { x > 100 } }', true],
  ['every-nonarr', 'package t\np if { every x in input.none { x > 100 } }', undefined],
  ['some-in-obj-comp', 'package t\np := [k | some k, _ in {"b": 1, "a": 2}]', ['a', 'b']],
  ['ref-head-multi', 'package t\na.b.c := 1\na.b.d := 2\np := a', { b: { c: 1, d: 2 } }],
  [
    'ref-head-var-mid',
    'package t\nusers[u].name := n if { some u, n in {"x": "X"} }\np := users.x.name',
    'X',
  ],
  ['str-unicode-esc', 'package t\np := "\\ud83d\\ude00"', '😀'],
  ['num-big-cmp', 'package t\np := 100000000000000000000 > 99999999999999999999', true],
  ['num-float-prec', 'package t\np := 0.1 + 0.2', 0.3],
  ['to_number', 'package t\np := to_number("1.0") == 1', true],
  ['array-eq-float', 'package t\np := [1.0] == [1]', true],
  ['obj-eq-float', 'package t\np := {"a": 1.0} == {"a": 1}', true],
  ['set-member-float', 'package t\np := 1.0 in {1}', true],
  ['num-str', 'package t\np := sprintf("%v", [1.0])', '1'],
  ['set-of-sets', 'package t\np := {{1, 2}, {2, 1}}', [[1, 2]]],
  [
    'set-comp-composite',
    'package t\np := {[x, x] | some x in [2, 1, 2]}',
    [
      [1, 1],
      [2, 2],
    ],
  ],
  [
    'partial-obj-merge',
    'package t\nq[k] := 1 if some k in ["a"]\nq[k] := 1 if some k in ["a", "b"]\np := q',
    { a: 1, b: 1 },
  ],
  ['not-with', 'package t\np if { not input.x with input.x as false }', true],
  ['not-fn-false', 'package t\nf(x) := false\np if not f(1)', true],
  ['not-fn-undef', 'package t\nf(x) := 1 if x > 5\np if not f(1)', true],
  ['not-fn-value', 'package t\nf(x) := 0\np if not f(1)', undefined],
  ['fn-false-body', 'package t\nf(x) := false\np if f(1)', undefined],
  ['fn-multi', 'package t\nf(1) := "one"\nf(2) := "two"\np := [f(1), f(2)]', ['one', 'two']],
  [
    'every-some-in-comp',
    'package t\np := {x | some x in input; every y in input { y <= 3 }}',
    [1, 2],
    [1, 2],
  ],
  ['count-array-cp', 'package t\np := count(["日", "本"])', 2],
  ['string-cmp', 'package t\np := "é" > "z"', true],
  ['big-int-mul', 'package t\np := 9007199254740993 * 1 != 9007199254740992', true],
  ['strings.count', 'package t\np := strings.count("日日本", "日")', 2],
  ['num-format', 'package t\np := [1.10, 2.0, 1e2]', [1.1, 2, 100]],
  ['num-exp-out', 'package t\np := 1.5e300 * 1', 1.5e300],
  [
    'multi-contains-ref',
    'package t\na.b[x] contains y if { some x, y in {"k": 1, "m": 2} }\np := a',
    { b: { k: [1], m: [2] } },
  ],
  ['ref-head-conflict-merge', 'package t\na.b.c := 1\na.d := 2\np := a', { b: { c: 1 }, d: 2 }],
  ['ref-head-with-data', 'package t\na.b := 1\np := data.t.a.b', 1],
  ['ref-head-iterate', 'package t\na[x] := 1 if some x in ["u", "v"]\np := [k | a[k]]', ['u', 'v']],
  [
    'fn-else-chain-default-arg',
    'package t\nf(x) := "big" if x > 10 else := "small" if x >= 0\np := [y | some x in [20, 5, -1]; y := f(x)]',
    ['big', 'small'],
  ],
  ['some-in-comp-obj-keys', 'package t\np := {k | some k, _ in input}', ['a', 'b'], { a: 1, b: 2 }],
  ['some-in-comp-obj-vals', 'package t\np := [v | some v in input]', [1, 2], { a: 1, b: 2 }],
  ['not-partial-set-member', 'package t\nq contains x if some x in [1]\np if not q[2]', true],
  ['not-comprehension', 'package t\np if not [x | x := 1][0] == 2', true],
  ['negation-with-var', 'package t\np := [x | some x in [1, 2, 3]; not x == 2]', [1, 3]],
  ['every-nested', 'package t\np if { every x in [[1], [2]] { every y in x { y > 0 } } }', true],
  ['every-bound-outer', 'package t\np if { n := 3; every x in [1, 2] { x < n } }', true],
  [
    'every-domain-undefined-fails',
    'package t\np if { every x in [1, 2] { x < input.n } }',
    undefined,
  ],
  ['count-unicode-escape', 'package t\np := count("\\u00e9\\u0301")', 2],
  ['string-escape-in-key', 'package t\np := {"a\\tb": 1}["a\\tb"]', 1],
  ['string-escape-unicode-compare', 'package t\np := "\\u0041" == "A"', true],
  ['number-1.0-key', 'package t\nq[x] := 1 if some x in [1.0]\np := q[1]', 1],
  ['number-mixed-set', 'package t\np := {1.5, 1, 2} == {2.0, 1.0, 1.5}', true],
  ['numbers-range-float', 'package t\np := 3 / 2 * 2', 3],
  ['int-division-precise', 'package t\np := 10000000000000000000 / 10', 1000000000000000000],
  ['float-eq-int-array-index', 'package t\np := ["a", "b"][1.0]', 'b'],
  [
    'composite-key-obj',
    'package t\nq[[a, b]] := 1 if { some a in [1]; some b in ["x"] }\np := q[[1, "x"]]',
    1,
  ],
  [
    'partial-obj-conflict',
    'package t\nq[k] := v if some k, v in {"a": 1}\nq[k] := 2 if some k in ["a"]\np := 1 if q',
    'conflict',
  ],
  [
    'set-comp-in-set-comp',
    'package t\np := count({{x | some x in [1, 2]}, {x | some x in [2, 1]}})',
    1,
  ],
  [
    'default-fn-multi-arg',
    'package t\ndefault f(_, _) := "d"\nf(a, b) := "x" if a == b\np := [f(1, 1), f(1, 2)]',
    ['x', 'd'],
  ],
  [
    'default-fn-conflicting-else',
    'package t\ndefault f(_) := false\nf(x) if x > 1\np := [f(2), f(0)]',
    [true, false],
  ],
  ['not-builtin-error', 'package t\np if not regex.match("[", "a")', true],
  ['in-with-3-set', 'package t\np := 1, 1 in {1}', true],
  ['in-3-object', 'package t\np := "k", "v" in {"k": "v"}', true],
  ['some-k-v-in-array-wildcard', 'package t\np := [i | some i, _ in ["a", "b"]]', [0, 1]],
  [
    'with-input-every',
    'package t\nq if { every x in input { x > 0 } }\np if { q with input as [1, 2] }',
    true,
  ],
  [
    'with-input-every-neg',
    'package t\nq if { every x in input { x > 0 } }\np if { not q with input as [1, -2] }',
    true,
  ],
  [
    'else-with',
    'package t\nf(x) := 1 if x == input.v else := 2\np := v if { v := f(1) with input.v as 1 }',
    1,
  ],
  [
    'with-data-base',
    'package t\nq := data.cfg.a\np := v if { v := q with data.cfg as {"a": 7} }',
    7,
  ],
  [
    'fn-mock-builtin-in-fn',
    'package t\nf(x) := upper(x)\np := v if { v := f("a") with upper as lower }',
    'a',
  ],
  [
    'every-result-in-set',
    'package t\nok(xs) if every x in xs { x > 0 }\np := {k | some k, xs in {"a": [1], "b": [-1], "c": []}; ok(xs)}',
    ['a', 'c'],
  ],
  ['partial-obj-nested', 'package t\nq.r[k] := v if some k, v in {"a": 1}\np := q.r.a', 1],
  [
    'ref-head-2-vars',
    'package t\nq[a][b] := 1 if { some a in ["x"]; some b in ["y", "z"] }\np := q',
    { x: { y: 1, z: 1 } },
  ],
  ['neg-in', 'package t\np if not 3 in [1, 2]', true],
  ['neg-in-3', 'package t\np if not 0, 3 in [1, 2]', true],
  ['str-escapes-count', 'package t\np := count("\\n\\t\\\\")', 3],
  ['default-partial-key', 'package t\ndefault q := {}\np := q', {}],
  ['unify-array', 'package t\np := x if { [x, 2] = [1, 2] }', 1],
  ['unify-obj', 'package t\np := x if { {"a": x} = {"a": 5} }', 5],
  ['unify-fail', 'package t\np := x if { [x, 3] = [1, 2] }', undefined],
  [
    'data-iter-with',
    'package t\nq[k] := 1 if some k in input.ks\np := v if { v := count(q) with input.ks as ["a", "b"] }',
    2,
  ],
  [
    'with-data-rule-replaced',
    'package t\nq := 1\nr := q + 1\np := v if { v := r with data.t.q as 10 }',
    11,
  ],
  [
    'with-nested-partial',
    'package t\nq contains x if some x in input\np := v if { v := q with input as [3, 3, 4] }',
    [3, 4],
  ],
  [
    'fn-mock-arity',
    'package t\nf(x, y) := x + y\ng(x, y) := x * y\np := v if { v := f(2, 3) with f as g }',
    6,
  ],
  [
    'else-multiple-bodies',
    'package t\nq := 1 if input.a\nelse := 2 if input.b\nelse := 3\np := q',
    3,
  ],
  ['some-decl-then-ref', 'package t\np := [x | some x; [1, 2][x]]', [0, 1]],
  ['some-with-key-shadow', 'package t\nx := 5\np := [x | some x in [1]]', [1]],
  ['comp-outer-var', 'package t\np := [y | y := input.n + x; some x in [1, 2]]', 'compile error'],
  ['count-string-combining', 'package t\np := count("e\\u0301")', 2],
  ['escape-invalid', 'package t\np := "\\q"', 'compile error'],
  ['object-get-default', 'package t\np := object.get({"a": {"b": 1}}, ["a", "b"], 0)', 1],
  ['string-to-bool', 'package t\np := "true" == true', false],
  ['obj-key-bool', 'package t\np := {true: 1, false: 2}[false]', 2],
  ['array-index-float', 'package t\np := [1, 2][1.5]', undefined],
  ['neg-index', 'package t\np := [1, 2][-1]', undefined],
  ['str-index', 'package t\np := "abc"[0]', 'compile error'],
];

describe('documented semantics', () => {
  for (const [name, src, want, input] of cases) {
    it(name, async () => {
      if (want === 'compile error') {
        expect(compileErrors(src)).not.toEqual([]);
        return;
      }
      if (want === 'conflict') {
        await expect(evalRule(src, 'p', input ?? {})).rejects.toThrow(/conflict/);
        return;
      }
      expect(await evalRule(src, 'p', input ?? {})).toEqual(want);
    });
  }
});

describe('conflicts', () => {
  it('an object comprehension with two values for one key is an error', async () => {
    const src = 'package t\np := {v: k | some k, v in [1, 1]}';
    await expect(evalRule(src, 'p')).rejects.toThrow(/object insert conflict/);
  });
});
