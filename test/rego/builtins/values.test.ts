import { describe, expect, it } from 'vitest';

import { call } from './call.js';

describe('units', () => {
  it.each([
    ['"100TI"', 109951162777600],
    ['.5K', 500],
    ['1.1Ki', 1126.4],
    ['500m', 0.5],
    ['0.0000005M', 0.5],
    ['10', 10],
    ['2.5e3K', 2500000],
    ['-3.5E2m', -0.35],
    ['7.8E-1', 0.78],
    ['5e1Gi', 53687091200],
    ['5E', 5000000000000000000n],
  ])('units.parse(%j) is %s', (text, want) => {
    expect(call('units.parse', text)).toBe(want);
  });

  it('keeps integers past 2^53 exact', () => {
    expect(call('units.parse', '10Ei')).toBe(11529215046068469760n);
    expect(call('units.parse_bytes', '16EiB')).toBe(18446744073709551616n);
  });

  it('parses byte amounts and rejects the rest', () => {
    expect(call('units.parse_bytes', '1KiB')).toBe(1024);
    expect(call('units.parse_bytes', '2.5kb')).toBe(2500);
    expect(() => call('units.parse', 'K')).toThrow('units.parse: no amount provided');
    expect(() => call('units.parse', '1 K')).toThrow('spaces not allowed');
  });

  // OPA computes with exact rationals: a large exponent is a large integer, not infinity;
  // it counts the exponent's digits instead, and more than six is too large.
  it('keeps large exponents exact and refuses more than six exponent digits', () => {
    expect(call('units.parse', '3e400')).toBe(3n * 10n ** 400n);
    expect(call('units.parse', '2e300P')).toBe(2n * 10n ** 315n);
    expect(() => call('units.parse', '1e1234567')).toThrow('units.parse: exponent too large');
    expect(() => call('units.parse_bytes', '4e1234567KB')).toThrow(
      'units.parse_bytes: exponent too large',
    );
  });

  it.each([
    ['1MB', 'units.parse: unit Mb not recognized'],
    ['1 k', 'units.parse: spaces not allowed in resource strings'],
    ['K', 'units.parse: no amount provided'],
    ['1.2.3k', 'units.parse: could not parse amount to a number'],
  ])('refuses units.parse(%j) with OPA text', (text, message) => {
    expect(() => call('units.parse', text)).toThrow(message);
  });
});

describe('objects and JSON paths', () => {
  it('filters, merges and tests containment', () => {
    expect(call('object.filter', { a: 1, b: 2 }, ['a', 'c'])).toEqual({ a: 1 });
    expect(call('object.union_n', [{ a: { b: 1 } }, { a: { c: 2 } }, { d: 3 }])).toEqual({
      a: { b: 1, c: 2 },
      d: 3,
    });
    expect(call('object.subset', { a: { b: 1, c: 2 } }, { a: { b: 1 } })).toBe(true);
    expect(call('object.subset', [1, 2, 3], [2, 3])).toBe(true);
    expect(call('object.subset', [1, 2, 3], [3, 1])).toBe(false);
    expect(call('object.subset', { a: [1, 2, 3], b: 'x' }, { a: [1, 2] })).toBe(true);
    expect(() => call('object.filter', { a: 1 }, null)).toThrow(
      'object.filter: operand 2 must be one of {object, set, array} but got null',
    );
  });

  it('filters and removes by path', () => {
    const doc = { a: { b: 1, c: [10, 20] }, d: 2 };
    expect(call('json.filter', doc, ['a/b', ['a', 'c', 1]])).toEqual({ a: { b: 1, c: [20] } });
    expect(call('json.remove', doc, ['a/c', 'd'])).toEqual({ a: { b: 1 } });
    expect(() => call('json.remove', doc, 22)).toThrow(
      'operand 2 must be one of {set, array} but got number',
    );
  });

  it('patches, undefined when an operation does not apply', () => {
    expect(call('json.patch', { a: [1] }, [{ op: 'add', path: '/a/-', value: 2 }])).toEqual({
      a: [1, 2],
    });
    expect(call('json.patch', { a: 1 }, [{ op: 'move', from: '/a', path: '/b' }])).toEqual({
      b: 1,
    });
    expect(call('json.patch', [1, 2, 3], [{ op: 'add', path: '1.2', value: 'x' }])).toBeUndefined();
    expect(call('json.patch', { a: 1 }, [{ op: 'test', path: '/a', value: 2 }])).toBeUndefined();
  });

  it('walks every path, root first', () => {
    expect(call('walk', { b: [true], a: 1 })).toEqual([
      [[], { b: [true], a: 1 }],
      [['a'], 1],
      [['b'], [true]],
      [['b', 0], true],
    ]);
  });

  it('follows graphs', () => {
    const graph = { a: ['b'], b: ['c'], c: [], d: ['a'] };
    expect(call('graph.reachable', graph, ['a'])).toEqual(['a', 'b', 'c']);
    expect(call('graph.reachable_paths', graph, ['d'])).toEqual([['d', 'a', 'b', 'c']]);
  });

  it('flattens and reverses arrays', () => {
    expect(call('array.flatten', [[1, [2]], 3])).toEqual([1, [2], 3]);
    expect(call('array.reverse', [1, 2])).toEqual([2, 1]);
    expect(() => call('array.flatten', 42)).toThrow(
      'array.flatten: operand 1 must be array but got number',
    );
  });
});

describe('numbers and bits', () => {
  it('steps ranges and shifts bits', () => {
    expect(call('numbers.range_step', 0, 10, 5)).toEqual([0, 5, 10]);
    expect(call('numbers.range_step', 3, 0, 2)).toEqual([3, 1]);
    expect(call('bits.lsh', 1, 10)).toBe(1024);
    expect(call('bits.xor', 5, 3)).toBe(6);
    expect(call('bits.lsh', 1, 64)).toBe(18446744073709551616n);
    expect(() => call('bits.lsh', 1.5, 1)).toThrow(
      'bits.lsh: operand 1 must be integer number but got floating-point number',
    );
  });

  it('answers rand.intn the same within one evaluation', () => {
    const first = call('rand.intn', 'seed', 1000);
    expect(call('rand.intn', 'seed', 1000)).toBe(first);
  });
});

describe('semver, crypto, uuid and net', () => {
  it('compares semantic versions strictly', () => {
    expect(call('semver.compare', '1.2.3', '1.2.4')).toBe(-1);
    expect(call('semver.compare', '1.0.0-alpha', '1.0.0')).toBe(-1);
    expect(call('semver.compare', '1.0.0-alpha.10', '1.0.0-alpha.2')).toBe(1);
    expect(call('semver.compare', '1.0.0+build', '1.0.0')).toBe(0);
    expect(call('semver.is_valid', 'v1.0.0')).toBe(false);
    expect(() => call('semver.compare', '1.02.3', '1.0.0')).toThrow(
      'semver.compare: operand 1: string "1.02.3" is not a valid SemVer',
    );
  });

  it('hashes and signs', () => {
    expect(call('crypto.sha256', 'abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(call('crypto.md5', '')).toBe('d41d8cd98f00b204e9800998ecf8427e');
    expect(call('crypto.hmac.sha256', 'msg', 'key')).toBe(
      '2d93cbc1be167bcb1637a4a23cbff01a7878f0c50ee833954ea5221bb1b8c628',
    );
    expect(call('crypto.hmac.equal', 'ab', 'ab')).toBe(true);
  });

  it('gives one uuid per seed', () => {
    const id = call('uuid.rfc4122', 'x');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(call('uuid.rfc4122', 'x')).toBe(id);
  });

  it('works with CIDRs', () => {
    expect(call('net.cidr_intersects', '10.0.0.0/8', '10.1.0.0/16')).toBe(true);
    expect(call('net.cidr_is_valid', '10.0.0.0/33')).toBe(false);
    expect(call('net.cidr_expand', '192.168.0.0/31')).toEqual(['192.168.0.0', '192.168.0.1']);
    expect(call('net.cidr_merge', ['192.0.128.0/24', '192.0.129.0/24'])).toEqual([
      '192.0.128.0/23',
    ]);
    expect(call('net.cidr_merge', ['2001:db8::/33', '2001:db8:8000::/33'])).toEqual([
      '2001:db8::/32',
    ]);
    expect(
      call('net.cidr_contains_matches', ['10.0.0.0/8'], { x: '10.1.2.3', y: '11.0.0.1' }),
    ).toEqual([[0, 'x']]);
  });

  // net.cidr_merge takes a bare IPv4 address as its /32, but not a bare IPv6 address.
  it('merges bare IPv4 addresses and refuses bare IPv6 ones', () => {
    expect(call('net.cidr_merge', ['198.51.100.6', '198.51.100.7'])).toEqual(['198.51.100.6/31']);
    expect(call('net.cidr_merge', ['2001:db8::5/128'])).toEqual(['2001:db8::5/128']);
    expect(() => call('net.cidr_merge', ['2001:db8::5'])).toThrow(
      'net.cidr_merge: IPv6 invalid: needs prefix length',
    );
  });
});
