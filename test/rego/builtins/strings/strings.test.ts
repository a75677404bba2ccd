import { describe, expect, it } from 'vitest';

import { call, callLenient } from '../call.js';

describe('string builtins', () => {
  it.each([
    ['%v and %s', ['a', 'b'], 'a and b'],
    ['%d items', [3], '3 items'],
    ['%.2f', [3.14159], '3.14'],
    ['%f', [1.5], '1.500000'],
    ['%q', ['hi "x"'], '"hi \\"x\\""'],
    ['%x', [255], 'ff'],
    ['%x', ['hi'], '6869'],
    ['100%%', [], '100%'],
    ['%v', [[1, 'a', { b: true }]], '[1, "a", {"b": true}]'],
    ['%v', [null], 'null'],
    ['%v', [1.5e-7], '1.5e-07'],
    ['%v', [2.5], '2.5'],
    ['%5d|%-5s|%05d', [42, 'ab', -7], '   42|ab   |-0007'],
    ['%d', ['x'], '%!d(string=x)'],
    ['%s', [5], '%!s(int=5)'],
    ['%s', [2 ** 64], '18446744073709551616'],
    ['%s %s', ['a'], 'a %!s(MISSING)'],
    ['%s', ['a', 'b'], 'a%!(EXTRA string=b)'],
  ])('sprintf(%j, %j) is %j', (format, args, want) => {
    expect(call('sprintf', format, args)).toBe(want);
  });

  it('splits into at most n parts from either end', () => {
    expect(call('strings.split_n', 'a.b.c.d', '.', 2)).toEqual(['a', 'b']);
    expect(call('strings.split_n', 'a.b.c.d', '.', -2)).toEqual(['c', 'd']);
    expect(call('strings.split_n', 'abc', '', 2)).toEqual(['a', 'b']);
    expect(() => call('strings.split_n', 'a', '.', 1.5)).toThrow(
      'strings.split_n: operand 3 must be integer number but got floating-point number',
    );
  });

  it('matches any prefix or suffix, checking element kinds', () => {
    expect(call('strings.any_prefix_match', ['a/b', 'e/f'], ['x/', 'e/'])).toBe(true);
    expect(call('strings.any_suffix_match', 'file.rego', ['.yaml'])).toBe(false);
    expect(() => call('strings.any_prefix_match', [1], 'a')).toThrow(
      'operand 1 must be array of strings but got array containing number',
    );
  });

  it('replaces patterns in argument order, without rescanning', () => {
    expect(call('strings.replace_n', { a: 'b', b: 'c' }, 'ab')).toBe('bc');
    expect(() => call('strings.replace_n', { a: 1 }, 'a')).toThrow('non-string value');
  });

  it('counts, reverses and finds by code point', () => {
    expect(call('strings.count', 'cheese', 'e')).toBe(3);
    expect(call('strings.reverse', 'añb')).toBe('bña');
    expect(call('indexof_n', 'sheep', 'e')).toEqual([2, 3]);
  });

  it('renders templates from an object', () => {
    expect(call('strings.render_template', 'hi {{.name}}', { name: 'bob' })).toBe('hi bob');
  });

  it('is undefined instead of failing outside strict mode', () => {
    expect(callLenient('strings.split_n', 'a', '.', 1.5)).toBeUndefined();
  });
});
