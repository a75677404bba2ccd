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
  it('refuses a pattern object with a non-string key', async () => {
    const src = 'package t\np := strings.replace_n({2: "x" | true}, "foo2")';
    await expect(evalRule(src, 'p')).rejects.toThrow(
      /strings\.replace_n: operand 1 non-string key found in pattern object/,
    );
  });

  it('replaces with string keys', async () => {
    const src = 'package t\np := strings.replace_n({"o": "0", "f": "F"}, "foo")';
    expect(await evalRule(src, 'p')).toBe('F00');
  });
});
