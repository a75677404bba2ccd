// Instants given as option values: the moment the rules judge at, and the bounds of an audit
// window.
import { parseAccessDate } from '../model/index.js';
import { OptionValueError } from './value-error.js';

/** An ISO 8601 instant; empty or absent means the current time. */
export function parseNow(value: unknown): Date {
  if (value === undefined || value === '') return new Date();
  const now = new Date(String(value));
  if (Number.isNaN(now.getTime()))
    throw new OptionValueError(
      `"${String(value)}" is not an ISO 8601 instant, e.g. 2026-11-27T00:00:00Z`,
    );
  return now;
}

/**
 * A bound of an audit window, as people write it: a date means its whole day in UTC, so a
 * window starts at the beginning of its first day and ends at the end of its last. Empty or
 * absent means no bound.
 */
export function parseWindowBound(value: unknown, side: 'start' | 'end'): Date | undefined {
  if (value === undefined || value === '') return undefined;
  const parsed = parseAccessDate(String(value));
  if (parsed === null)
    throw new OptionValueError(
      `"${String(value)}" is not a date (2026-01-31) or an RFC 3339 time (2026-01-31T12:00:00Z)`,
    );
  const end = Date.parse(parsed.end);
  return new Date(side === 'start' && parsed.dateOnly ? end - 86_400_000 : end);
}
