import { describe, expect, it } from 'vitest';
import { evalRule } from './helpers.js';

// Rego times are int64 nanoseconds since the epoch: from 1677-09-21T00:12:43.145224192Z
// to 2262-04-11T23:47:16.854775807Z. Inside that range a time converts exactly, to its
// very ends; outside it the builtin fails with OPA's "time outside of valid range".
describe('the int64 nanosecond range of times', () => {
  it('parses RFC 3339 times up to both ends exactly', async () => {
    const src = `package t
p := [sprintf("%v", [time.parse_rfc3339_ns(t)]) | some t in [
  "2262-04-11T23:47:16.854775807Z",
  "2262-04-11T21:47:16.854775807-02:00",
  "1677-09-21T00:12:43.145224192Z",
  "1677-09-21T00:12:44Z",
  "1969-12-31T23:59:59.5Z",
]]`;
    expect(await evalRule(src, 'p')).toEqual([
      '9223372036854775807',
      '9223372036854775807',
      '-9223372036854775808',
      '-9223372036000000000',
      '-500000000',
    ]);
  });

  it('fails one nanosecond past either end', async () => {
    for (const t of ['2262-04-11T23:47:16.854775808Z', '1677-09-21T00:12:43.145224191Z']) {
      const src = `package t\np := time.parse_rfc3339_ns("${t}")`;
      await expect(evalRule(src, 'p', {}, { strict: true }), t).rejects.toThrow(
        'time.parse_rfc3339_ns: time outside of valid range',
      );
      expect(await evalRule(src, 'p'), t).toBeUndefined();
    }
  });

  it('adds dates up to the end of the range and fails past it', async () => {
    const ok = `package t\np := sprintf("%v", [time.add_date(time.parse_rfc3339_ns("2262-04-10T23:47:16.854775807Z"), 0, 0, 1)])`;
    expect(await evalRule(ok, 'p')).toBe('9223372036854775807');
    const past = `package t\np := time.add_date(time.parse_rfc3339_ns("2262-04-11T23:47:16.854775807Z"), 0, 0, 1)`;
    await expect(evalRule(past, 'p', {}, { strict: true })).rejects.toThrow(
      'time.add_date: time outside of valid range',
    );
  });
});
