import { describe, expect, it } from 'vitest';

import { hostBuiltins } from '../../../../src/rego/builtins/index.js';
import { call } from '../call.js';

const ns = (iso: string): number => Date.parse(iso) * 1e6;
const exactNs = (iso: string): bigint => BigInt(Date.parse(iso)) * 1_000_000n;

describe('time builtins', () => {
  it('reads the clock once per evaluation, or the fixed instant', () => {
    expect(call('time.now_ns')).toBe(ns('2026-11-27T06:00:00Z'));
    const live = hostBuiltins();
    expect(live['time.now_ns']?.()).toBe(live['time.now_ns']?.());
  });

  it('parses Go layouts', () => {
    expect(call('time.parse_ns', '2006-01-02', '2020-02-29')).toBe(exactNs('2020-02-29T00:00:00Z'));
    expect(call('time.parse_ns', 'RFC3339', '2020-01-02T03:04:05.5+01:00')).toBe(
      exactNs('2020-01-02T02:04:05.500Z'),
    );
    expect(call('time.parse_ns', 'Jan _2 2006 3:04PM MST', 'Feb  3 2021 4:05PM UTC')).toBe(
      exactNs('2021-02-03T16:05:00Z'),
    );
    expect(call('time.parse_ns', 'RFC3339Nano', '2022-12-02T18:40:53.141828752Z')).toBe(
      1670006453141828752n,
    );
    expect(() => call('time.parse_ns', 'RFC3339', '2262-04-11T23:47:17Z')).toThrow(
      'time.parse_ns: time outside of valid range',
    );
    expect(() => call('time.parse_ns', '2006-01-02', '2020-13-01')).toThrow(/month out of range/);
  });

  it('formats with layouts and zones', () => {
    const t = ns('2021-03-04T05:06:07.25Z');
    expect(call('time.format', t)).toBe('2021-03-04T05:06:07.25Z');
    expect(call('time.format', [t, 'America/New_York', 'Mon Jan 2 15:04:05 MST 2006'])).toBe(
      'Thu Mar 4 00:06:07 EST 2021',
    );
    expect(call('time.format', [t, 'UTC', '2006-01-02T15:04:05.000Z07:00'])).toBe(
      '2021-03-04T05:06:07.250Z',
    );
  });

  it('parses Go durations', () => {
    expect(call('time.parse_duration_ns', '1h30m')).toBe(5400e9);
    expect(call('time.parse_duration_ns', '100ms')).toBe(1e8);
    expect(call('time.parse_duration_ns', '-1.5s')).toBe(-1.5e9);
    expect(() => call('time.parse_duration_ns', '5 days')).toThrow(/invalid duration/);
  });

  it('reads clock and weekday in a zone', () => {
    expect(call('time.clock', [1517832000e9, 'America/New_York'])).toEqual([7, 0, 0]);
    expect(call('time.weekday', ns('2020-02-29T12:00:00Z'))).toBe('Saturday');
    expect(() => call('time.weekday', 1582977600e12)).toThrow('time.weekday: timestamp too big');
  });

  it('diffs calendar fields', () => {
    const d = (a: string, b: string) => call('time.diff', ns(a), ns(b));
    expect(d('2020-02-02T00:00:00Z', '2020-03-01T00:00:00Z')).toEqual([0, 0, 28, 0, 0, 0]);
    expect(d('2021-02-02T00:00:00Z', '2021-03-01T00:00:00Z')).toEqual([0, 0, 27, 0, 0, 0]);
    expect(d('2005-03-01T00:00:00Z', '2004-02-29T00:00:00Z')).toEqual([1, 0, 1, 0, 0, 0]);
  });
});
