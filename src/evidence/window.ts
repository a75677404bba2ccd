// The bounds of an audit window as people write them: a date means its whole day in UTC, so
// a window starts at the beginning of its first day and ends at the end of its last.
import { parseAccessDate } from '../model/index.js';

/** The instant `text` bounds the window at, or undefined when it is no date or time. */
export function windowBound(text: string, side: 'start' | 'end'): Date | undefined {
  const parsed = parseAccessDate(text);
  if (parsed === null) return undefined;
  const end = Date.parse(parsed.end);
  return new Date(side === 'start' && parsed.dateOnly ? end - 86_400_000 : end);
}
