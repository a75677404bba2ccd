import { describe, expect, it } from 'vitest';
import { compileErrors, evalRule } from './helpers.js';

// Each expectation is OPA's documented behaviour (or Go's, where OPA calls Go's library).
describe('strings.replace_n and replace follow Go strings.Replacer', () => {
  it('inserts an empty key before every character and at the end', async () => {
    const src = `package t
a := strings.replace_n({"": "X"}, "ab")
b := replace("ab", "", "X")
c := strings.replace_n({"": "-"}, "")
d := strings.replace_n({"": "X", "a": "Y"}, "ab")
e := replace("żb", "", ".")`;
    expect(await evalRule(src, 'a')).toBe('XaXbX');
    expect(await evalRule(src, 'b')).toBe('XaXbX');
    expect(await evalRule(src, 'c')).toBe('-');
    // The sorted keys put "" first: it wins at each position, then "a" matches after it.
    expect(await evalRule(src, 'd')).toBe('XYXbX');
    expect(await evalRule(src, 'e')).toBe('.ż.b.');
  });

  it('still replaces the first key in sorted order at each position', async () => {
    const src = `package t\np := strings.replace_n({"a": "1", "ab": "2"}, "abab")`;
    expect(await evalRule(src, 'p')).toBe('1b1b');
  });
});

describe('units.parse_bytes', () => {
  it('multiplies the amount by the unit before truncating', async () => {
    const src = `package t
p := [units.parse_bytes(s) | some s in ["1.5KiB", "1.5K", "0.5MiB", "2.9", "1e3KB", "10EiB", "-1.5kib"]]`;
    expect(await evalRule(src, 'p')).toEqual([
      1536, 1500, 524288, 2, 1000000, 11529215046068469760, -1536,
    ]);
    const exact = `package t\np := sprintf("%v", [units.parse_bytes("10EiB")])`;
    expect(await evalRule(exact, 'p')).toBe('11529215046068469760');
  });

  it.each([
    ['', 'units.parse_bytes: no byte amount provided'],
    ['KiB', 'units.parse_bytes: no byte amount provided'],
    ['0.0.0', 'units.parse_bytes: could not parse byte amount to a number'],
    ['1 KB', 'units.parse_bytes: spaces not allowed in resource strings'],
    ['12 x', 'units.parse_bytes: spaces not allowed in resource strings'],
    ['12xb', 'units.parse_bytes: byte unit xb not recognized'],
    ['1e1234567', 'units.parse_bytes: exponent too large'],
  ])('refuses %j with OPA text when strict', async (text, message) => {
    const src = `package t\np := units.parse_bytes(${JSON.stringify(text)})`;
    await expect(evalRule(src, 'p', {}, { strict: true })).rejects.toThrow(message);
    expect(await evalRule(src, 'p')).toBeUndefined();
  });
});

describe('recursion check with a key computed at run time', () => {
  it('does not take data[x].allow for a dependency on every rule', async () => {
    const src = `package t
p := data[first].allow if first := "primary"`;
    expect(compileErrors(src)).toEqual([]);
    const withRule = `package t
allow := true
p := data[first].allow if first := "t"`;
    expect(await evalRule(withRule, 'p')).toBe(true);
  });

  it('still finds a cycle through such a ref', () => {
    const src = `package t
p := x if {
  k := "t"
  x := data[k].q
}
q := p`;
    expect(compileErrors(src).join('\n')).toMatch(
      /rego_recursion_error: rule data\.t\.p is recursive/,
    );
  });
});

describe('lower and upper map case as Go strings.ToLower/ToUpper', () => {
  it('maps every script, one code point at a time', async () => {
    const src = `package t
a := lower("ИВАН")
b := upper("straße")
c := lower("ΣΊΣΥΦΟΣ")
d := upper("ǆemal")
e := lower("İstanbul")
f := upper("ᾳ")
g := lower("ÀÉÎ ABC")
h := upper("ﬁ")`;
    expect(await evalRule(src, 'a')).toBe('иван');
    // ß has no single-character uppercase: Go leaves it.
    expect(await evalRule(src, 'b')).toBe('STRAßE');
    // No final-sigma context: every Σ is σ.
    expect(await evalRule(src, 'c')).toBe('σίσυφοσ');
    expect(await evalRule(src, 'd')).toBe('ǄEMAL');
    expect(await evalRule(src, 'e')).toBe('istanbul');
    expect(await evalRule(src, 'f')).toBe('ᾼ');
    expect(await evalRule(src, 'g')).toBe('àéî abc');
    expect(await evalRule(src, 'h')).toBe('ﬁ');
  });
});

describe('time.date, time.clock and time.weekday in IANA time zones', () => {
  // 2026-03-29T00:30:00Z: still Saturday the 28th in New York, Sunday in Paris, and
  // the day Paris moves to summer time (01:30 local, UTC+1 until 01:00 UTC).
  const ns = '1774744200000000000';
  it('reads the calendar in the zone named', async () => {
    const src = `package t
utc := time.date(${ns})
paris := time.date([${ns}, "Europe/Paris"])
ny := time.date([${ns}, "America/New_York"])
clock := time.clock([${ns}, "Europe/Paris"])
day := time.weekday([${ns}, "America/New_York"])
tokyo := time.date([${ns}, "Asia/Tokyo"])
empty := time.date([${ns}, ""])`;
    expect(await evalRule(src, 'utc')).toEqual([2026, 3, 29]);
    expect(await evalRule(src, 'paris')).toEqual([2026, 3, 29]);
    expect(await evalRule(src, 'ny')).toEqual([2026, 3, 28]);
    expect(await evalRule(src, 'clock')).toEqual([1, 30, 0]);
    expect(await evalRule(src, 'day')).toBe('Saturday');
    expect(await evalRule(src, 'tokyo')).toEqual([2026, 3, 29]);
    expect(await evalRule(src, 'empty')).toEqual([2026, 3, 29]);
  });

  it('refuses an unknown zone: undefined, or an error when strict', async () => {
    const src = `package t\np := time.date([${ns}, "Mars/Olympus"])`;
    expect(await evalRule(src, 'p')).toBeUndefined();
    await expect(evalRule(src, 'p', {}, { strict: true })).rejects.toThrow(
      'time.date: unknown time zone Mars/Olympus',
    );
  });
});
