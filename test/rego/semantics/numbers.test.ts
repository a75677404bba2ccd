import { describe, expect, it } from 'vitest';
import { evalRule } from './helpers.js';

// OPA keeps numbers in arbitrary precision: integers past 64 bits stay exact, and an
// integer compares with a float by value, not through a rounded double.
describe('numbers', () => {
  it('compares an integer past 2^53 with a float exactly', async () => {
    const src = `package t
p := [
  9007199254740993 == 9007199254740992.0,
  9007199254740993 > 9007199254740992.0,
  9007199254740992.5 < 9007199254740993,
  count({9007199254740993, 9007199254740992.0}),
  3 == 3.0,
  2 < 2.5,
  -2 > -2.5,
]`;
    expect(await evalRule(src, 'p')).toEqual([false, true, true, 2, true, true, true]);
  });

  it('formats an integer past 64 bits in any base', async () => {
    const src = `package t
p := [
  format_int(100000000000000000000, 16),
  format_int(-100000000000000000000, 10),
  format_int(36893488147419103232, 2),
  format_int(255, 16),
]`;
    expect(await evalRule(src, 'p')).toEqual([
      '56bc75e2d63100000',
      '-100000000000000000000',
      `1${'0'.repeat(65)}`,
      'ff',
    ]);
  });
});

describe('integers past 64 bits', () => {
  it('stay exact as keys, set members, through sorting, input and conversions', async () => {
    const src = `package t
big := 100000000000000000000
p := [
  {12345678901234567890: 1}[12345678901234567890],
  count({9007199254740993, 9007199254740992}),
  sort([9007199254740993, 9007199254740992]) == [9007199254740992, 9007199254740993],
  input.n + 1 == big + 1,
  to_number("100000000000000000001") == big + 1,
  abs(0 - big) == big,
]`;
    expect(await evalRule(src, 'p', { n: 100000000000000000000 })).toEqual([
      1,
      2,
      true,
      true,
      true,
      true,
    ]);
  });
});

// Two decimals an f64 cannot tell apart (too many digits, or exponents past its range)
// still order by the numbers they denote.
describe('decimals beyond an f64', () => {
  it('order by their digits when their doubles tie', async () => {
    const src = `package t
p := [
  0.70000000000000000001 > 0.7,
  0.70000000000000000001 == 0.7,
  5e-500 > 0,
  -5e-500 < 0,
  7e500 > 6e500,
  -7e500 < -6e500,
  2e500 > 1,
  1 < 1.00000000000000000001,
  18446744073709551616 < 18446744073709551616.5,
  0.7 == 0.70,
  7e1 == 70,
]`;
    expect(await evalRule(src, 'p')).toEqual([
      true,
      false,
      true,
      true,
      true,
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
  });

  it('count as distinct set members and sort apart', async () => {
    const src = `package t
p := [
  count({0.30000000000000000004, 0.30000000000000000003, 0.3}),
  max([4e-400, 0]) == 4e-400,
  sort([1e-400, 0, -1e-400]) == [-1e-400, 0, 1e-400],
]`;
    expect(await evalRule(src, 'p')).toEqual([3, true, true]);
  });
});

// Go prints a big.Int under %s as under %d, and OPA hands sprintf integers past int64
// as big.Ints.
describe('sprintf on integers past 64 bits', () => {
  it('formats them exactly under %s', async () => {
    const src = `package t
p := [sprintf("%s", [987654321987654321987]), sprintf("<%s|%v>", [-55555555555555555555555, 3])]`;
    expect(await evalRule(src, 'p')).toEqual([
      '987654321987654321987',
      '<-55555555555555555555555|3>',
    ]);
  });
});
