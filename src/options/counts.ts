// Numbers given as option values: limits, durations and sizes, each refused with what it
// must be.
import { DEFAULT_MAX_FILE_SIZE } from '../model/model.js';
import { OptionValueError } from './value-error.js';

/** Accesses a plan may remove unless forced, when no limit is given. */
export const DEFAULT_MAX_REMOVALS = 10;

/**
 * The evaluation deadline in milliseconds, given in seconds (fractions allowed: 0.5);
 * `fallback` seconds when absent.
 */
export function parseTimeout(value: unknown, fallback: number): number {
  if (value === undefined) return fallback * 1000;
  return duration(value, 'seconds', 86_400, 30) * 1000;
}

/**
 * How long approved ends may judge changes, in milliseconds, given in minutes (at most a day);
 * undefined (no limit) when absent or empty.
 */
export function parseJudgeMinutes(value: unknown): number | undefined {
  if (value === undefined || String(value).trim() === '') return undefined;
  return duration(value, 'minutes', 1440, 60) * 60_000;
}

/** A number of `unit` over 0 and at most `most` (fractions allowed), else refused. */
function duration(value: unknown, unit: string, most: number, example: number): number {
  const text = String(value).trim();
  const amount = /^\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
  if (!(amount > 0) || amount > most)
    throw new OptionValueError(
      `"${String(value)}" is not a number of ${unit} between 0 and ${most}, e.g. ${example}`,
    );
  return amount;
}

/** The largest YAML file read; larger files are reported, never read. */
export function parseByteCount(value: unknown): number {
  if (value === undefined) return DEFAULT_MAX_FILE_SIZE;
  const text = String(value);
  if (!/^[0-9]+$/.test(text) || Number(text) < 1)
    throw new OptionValueError(`must be a positive number of bytes, got "${text}"`);
  return Number(text);
}

/** How many accesses a plan may remove before it needs forcing. */
export function parseMaxRemovals(value: unknown): number {
  if (value === undefined || value === '') return DEFAULT_MAX_REMOVALS;
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 0)
    throw new OptionValueError(`"${String(value)}" must be a whole number, 0 or more`);
  return limit;
}

/** Days before a grant ends that its owners are reminded; absent means the configured number. */
export function parseWarnDays(value: unknown): number | undefined {
  if (value === undefined || value === '') return undefined;
  const days = Number(value);
  if (!Number.isInteger(days) || days < 0)
    throw new OptionValueError(`"${String(value)}" must be a whole number of days, 0 or more`);
  return days;
}
