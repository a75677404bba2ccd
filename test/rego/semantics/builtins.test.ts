import { describe, expect, it } from 'vitest';
import { evalRule } from './helpers.js';

describe('walk', () => {
  it('keys set members by the member itself, not by a position', async () => {
    const src = 'package t\np := [[path, x] | walk({"a": {"b", "c"}}, [path, x])]';
    expect(await evalRule(src, 'p')).toEqual([
      [[], { a: ['b', 'c'] }],
      [['a'], ['b', 'c']],
      [['a', 'b'], 'b'],
      [['a', 'c'], 'c'],
    ]);
  });

  it('walks arrays by index and objects by key, root first', async () => {
    const src = 'package t\np := [path | walk(input, [path, _])]';
    expect(await evalRule(src, 'p', { x: [1, { y: 2 }] })).toEqual([
      [],
      ['x'],
      ['x', 0],
      ['x', 1],
      ['x', 1, 'y'],
    ]);
  });

  it('binds a path given in part', async () => {
    const src = 'package t\np := {v | walk(input, [["x", i], v])}';
    expect(await evalRule(src, 'p', { x: { a: 1, b: 2 } })).toEqual([1, 2]);
  });
});

describe('strings.replace_n', () => {
  it('refuses a pattern object with a non-string key: undefined, or an error when strict', async () => {
    const src = 'package t\np := strings.replace_n({2: "x" | true}, "foo2")';
    expect(await evalRule(src, 'p')).toBeUndefined();
    await expect(evalRule(src, 'p', {}, { strict: true })).rejects.toThrow(
      /strings\.replace_n: operand 1 non-string key found in pattern object/,
    );
  });

  it('makes every native builtin error undefined unless strict, as OPA does', async () => {
    // One call per native builtin that can fail, each behind a defined fallback.
    const failing = [
      '1 / input.zero',
      '1 % input.zero',
      '1.5 % 1',
      'substring("abc", -1, 1)',
      'format_int(10, 7)',
      'to_number("ten")',
      'to_number("NaN")',
      'object.remove({}, input.one)',
      'numbers.range(input.half, 2)',
      'time.parse_rfc3339_ns("yesterday")',
      'time.add_date(0, 300000, 0, 0)',
      'net.cidr_contains("not a cidr", "10.0.0.1")',
    ];
    const INPUT = { zero: 0, one: 1, half: 1.5 };
    for (const call of failing) {
      const src = `package t\np := x if { x := ${call} } else := "undefined"`;
      expect([call, await evalRule(src, 'p', INPUT)]).toEqual([call, 'undefined']);
      await expect(evalRule(src, 'p', INPUT, { strict: true }), call).rejects.toThrow(
        /test\.rego:2:\d+: /,
      );
    }
  });

  it('replaces with string keys', async () => {
    const src = 'package t\np := strings.replace_n({"o": "0", "f": "F"}, "foo")';
    expect(await evalRule(src, 'p')).toBe('F00');
  });
});

describe('host builtins declared to return a set', () => {
  it('give a set, as OPA does, though the host answers in JSON', async () => {
    const src = `package t
g := {"a": ["b"], "b": []}
p := [
  graph.reachable(g, ["a"]) == {"a", "b"},
  type_name(graph.reachable(g, ["a"])),
  is_set(graph.reachable_paths(g, ["a"])),
  net.cidr_expand("10.0.0.0/31") == {"10.0.0.0", "10.0.0.1"},
]`;
    expect(await evalRule(src, 'p')).toEqual([true, 'set', true, true]);
  });

  it('stay undefined when the host has no answer', async () => {
    const src = 'package t\np := 1 if graph.reachable(input.g, ["a"])';
    expect(await evalRule(src, 'p', { g: 5 })).toBeUndefined();
  });
});

describe('sprintf %v of a composite', () => {
  it('prints sets as sets, in Rego syntax, as OPA does', async () => {
    const src = `package t
p := [
  sprintf("%v", [{"a": {2, 1}}]),
  sprintf("%v", [[1, "x", set()]]),
  sprintf("%v and %v", [{"k": [true, null]}, {"b"}]),
]`;
    expect(await evalRule(src, 'p')).toEqual([
      '{"a": {1, 2}}',
      '[1, "x", set()]',
      '{"k": [true, null]} and {"b"}',
    ]);
  });
});
