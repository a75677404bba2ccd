import { describe, expect, it } from 'vitest';

import { call, callLenient } from '../call.js';

describe('regex builtins', () => {
  it('matches anywhere, with RE2 inline flags', () => {
    expect(call('regex.match', '^a+$', 'aaa')).toBe(true);
    expect(call('regex.match', '(?i)^ABC', 'abcd')).toBe(true);
    expect(call('re_match', 'b', 'abc')).toBe(true);
    expect(call('regex.is_valid', '(')).toBe(false);
    expect(call('regex.match', '^[[:alpha:]_][[:alnum:]_]*$', 'ok_1')).toBe(true);
    expect(call('regex.match', '^[[:alpha:]]+$', 'no-1')).toBe(false);
    expect(call('regex.match', '^[[:^digit:]]+$', 'abc')).toBe(true);
    expect(call('regex.match', '^\\pL+$', 'añb')).toBe(true);
    expect(() => call('regex.match', '(', 'x')).toThrow(/regex.match: error parsing regexp/);
  });

  it('matches in linear time: a nested quantifier cannot backtrack for ever', () => {
    const started = performance.now();
    expect(call('regex.match', '^(a+)+$', `${'a'.repeat(100)}!`)).toBe(false);
    expect(call('regex.match', '^(a|aa)*c$', 'a'.repeat(5000))).toBe(false);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it("reads RE2 syntax and rejects what RE2 does not have, with Go's error", () => {
    expect(call('regex.match', '^\\pL+$', 'ИВАН')).toBe(true);
    expect(call('regex.match', '^\\p{Greek}+$', 'αβγ')).toBe(true);
    expect(call('regex.match', '(?i)straße', 'STRAßE')).toBe(true);
    expect(call('regex.match', '\\Aab\\z', 'ab')).toBe(true);
    expect(call('regex.match', '(?s)a.b', 'a\nb')).toBe(true);
    expect(call('regex.match', 'a.b', 'a\nb')).toBe(false);
    expect(() => call('regex.match', '(a)\\1', 'aa')).toThrow(
      'regex.match: error parsing regexp: invalid escape sequence: `\\1`',
    );
    expect(() => call('regex.match', 'a(?=b)', 'ab')).toThrow(
      /regex.match: error parsing regexp: invalid or unsupported Perl syntax/,
    );
    expect(call('regex.is_valid', '(a)\\1')).toBe(false);
    expect(callLenient('regex.match', '(a)\\1', 'aa')).toBeUndefined();
  });

  it('splits as Go does, without capture groups in the result', () => {
    expect(call('regex.split', 'a(b)', 'xabyabz')).toEqual(['x', 'y', 'z']);
    expect(call('regex.split', ',', '')).toEqual(['']);
    expect(call('regex.split', '', 'abc')).toEqual(['a', 'b', 'c']);
  });

  it('finds matches and submatches', () => {
    expect(call('regex.find_n', '[0-9]+', 'a1b22c333', 2)).toEqual(['1', '22']);
    expect(call('regex.find_n', 'a*', 'baaab', -1)).toEqual(['', 'aaa', '']);
    expect(call('regex.find_n', '', '😀é', -1)).toEqual(['', '', '']);
    expect(call('regex.find_all_string_submatch_n', '(a)(x)?', 'aba', -1)).toEqual([
      ['a', 'a', ''],
      ['a', 'a', ''],
    ]);
  });

  it('replaces with Go template expansion', () => {
    expect(call('regex.replace', 'foo-bar', '(\\w+)-(\\w+)', '${2}_$1')).toBe('bar_foo');
    // Go reads `$2_` as the group named `2_`, which does not exist.
    expect(call('regex.replace', 'foo-bar', '(\\w+)-(\\w+)', '$2_')).toBe('');
  });

  it('matches templates with pattern spans', () => {
    expect(call('regex.template_match', 'urn:foo:{.*}', 'urn:foo:bar:baz', '{', '}')).toBe(true);
    expect(call('regex.template_match', 'urn:foo:{[0-9]+}', 'urn:foo:x', '{', '}')).toBe(false);
  });
});

describe('regex.globs_match', () => {
  it.each([
    ['a.a.', '.b.b', true],
    ['[a-z]+', '[0-9]*', false],
    ['[a-z]+', '[0-9]*x', true],
    ['a*', 'b*', false],
    ['a*', 'a*', true],
    ['ab+', 'a.', true],
    ['ab+', 'a', false],
    ['[^a]', 'a', false],
    ['[^a]', '[ab]', true],
    ['\\.', 'x', false],
    ['\\.', '.', true],
    ['github:team/.*', 'github:team/pay[a-z]+', true],
    ['github:repo/.*', 'github:team/.*', false],
  ])('%s and %s share a non-empty string: %s', (a, b, expected) => {
    expect(call('regex.globs_match', a, b)).toBe(expected);
    expect(call('regex.globs_match', b, a)).toBe(expected);
  });

  it('rejects patterns it cannot read', () => {
    expect(() => call('regex.globs_match', '[a-z', 'a')).toThrow(
      /regex.globs_match: operand 1: "\[" at 0 is never closed/,
    );
    expect(() => call('regex.globs_match', 'a', '*a')).toThrow(
      /operand 2: "\*" at 0 follows nothing/,
    );
  });
});
