import { describe, expect, it } from 'vitest';

import {
  DEFAULT_MAX_REMOVALS,
  OptionValueError,
  parseByteCount,
  parseFormat,
  parseJudgeMinutes,
  parseMaxRemovals,
  parseNow,
  parseTimeout,
  parseWarnDays,
  parseWindowBound,
} from '../../src/options/index.js';

// The parsers both faces share: each face names the option, so a message names neither a
// flag nor an input, and reads after either (`--now "x" is ...`, `input "now": "x" is ...`).

describe('option values', () => {
  it('reads good values, and the defaults of absent ones', () => {
    expect(parseNow('2027-01-15T00:00:00Z')).toEqual(new Date('2027-01-15T00:00:00Z'));
    expect(Math.abs(parseNow('').getTime() - Date.now())).toBeLessThan(5_000);
    expect(parseTimeout('0.5', 30)).toBe(500);
    expect(parseTimeout(undefined, 30)).toBe(30_000);
    expect(parseByteCount('1024')).toBe(1024);
    expect(parseMaxRemovals('')).toBe(DEFAULT_MAX_REMOVALS);
    expect(parseMaxRemovals('0')).toBe(0);
    expect(parseWarnDays(undefined)).toBeUndefined();
    expect(parseWarnDays('14')).toBe(14);
    expect(parseJudgeMinutes(undefined)).toBeUndefined();
    expect(parseJudgeMinutes('')).toBeUndefined();
    expect(parseJudgeMinutes('90')).toBe(90 * 60_000);
    expect(parseJudgeMinutes('0.5')).toBe(30_000);
    expect(parseFormat('json', ['text', 'json'])).toBe('json');
    expect(parseWindowBound('2026-02-01', 'start')).toEqual(new Date('2026-02-01T00:00:00Z'));
    expect(parseWindowBound('2026-02-01', 'end')).toEqual(new Date('2026-02-02T00:00:00Z'));
    expect(parseWindowBound('2026-02-01T12:00:00Z', 'start')).toEqual(
      new Date('2026-02-01T12:00:00Z'),
    );
    expect(parseWindowBound('', 'end')).toBeUndefined();
  });

  it.each([
    [
      () => parseNow('yesterday'),
      '"yesterday" is not an ISO 8601 instant, e.g. 2026-11-27T00:00:00Z',
    ],
    [() => parseTimeout('0', 30), '"0" is not a number of seconds between 0 and 86400, e.g. 30'],
    [() => parseTimeout('86401', 30), '"86401" is not a number of seconds'],
    [() => parseByteCount('lots'), 'must be a positive number of bytes, got "lots"'],
    [() => parseByteCount('0'), 'must be a positive number of bytes, got "0"'],
    [() => parseMaxRemovals('2.5'), '"2.5" must be a whole number, 0 or more'],
    [() => parseWarnDays('-1'), '"-1" must be a whole number of days, 0 or more'],
    [() => parseJudgeMinutes('0'), '"0" is not a number of minutes between 0 and 1440, e.g. 60'],
    [() => parseJudgeMinutes('1h'), '"1h" is not a number of minutes'],
    [() => parseJudgeMinutes('1441'), '"1441" is not a number of minutes'],
    [() => parseFormat('xml', ['text', 'json']), 'must be text or json, got "xml"'],
    [
      () => parseFormat('pdf', ['json', 'csv', 'html']),
      'must be one of json, csv, html, got "pdf"',
    ],
    [() => parseWindowBound('2026-02-30', 'start'), '"2026-02-30" is not a date (2026-01-31)'],
  ])('refuses a bad value, naming no flag nor input (%#)', (parse, message) => {
    let thrown: unknown;
    try {
      parse();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(OptionValueError);
    expect((thrown as Error).message).toContain(message);
    expect((thrown as Error).message).not.toMatch(/--[a-z]|input "/);
  });
});
