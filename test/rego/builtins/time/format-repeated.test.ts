import { describe, expect, it } from 'vitest';

import { call } from '../call.js';

// time.format keeps the text of recent instants (a policy formats the same few once per
// grant): what it gives must not depend on what it formatted before.
describe('time.format on repeated instants', () => {
  it('gives each instant its own text, first or again, at any nanosecond', () => {
    const instants: [number, string][] = [
      [0, '1970-01-01T00:00:00Z'],
      [1.7e18, '2023-11-14T22:13:20Z'],
      [1.7e18 + 1e6, '2023-11-14T22:13:20.001Z'],
      [1.5e9, '1970-01-01T00:00:01.5Z'],
      [-1e9, '1969-12-31T23:59:59Z'],
    ];
    for (let round = 0; round < 2; round++)
      for (const [ns, text] of instants) expect(call('time.format', ns)).toBe(text);
  });

  it('still formats correctly past the number of texts it keeps', () => {
    for (let i = 0; i < 5000; i++) call('time.format', i * 1e9);
    expect(call('time.format', 0)).toBe('1970-01-01T00:00:00Z');
    expect(call('time.format', 4999e9)).toBe('1970-01-01T01:23:19Z');
  });

  it('keeps zones and layouts apart from the bare instant', () => {
    expect(call('time.format', 0)).toBe('1970-01-01T00:00:00Z');
    expect(call('time.format', [0, 'Asia/Tokyo'])).toBe('1970-01-01T09:00:00+09:00');
    expect(call('time.format', [0, 'UTC', '2006-01-02'])).toBe('1970-01-01');
    expect(call('time.format', 0)).toBe('1970-01-01T00:00:00Z');
  });
});
