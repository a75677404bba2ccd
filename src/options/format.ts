// The output format a run prints in, one of those the run knows.
import { OptionValueError } from './value-error.js';

/** One of `formats`, or an error that lists them. */
export function parseFormat<F extends string>(value: unknown, formats: readonly F[]): F {
  const format = String(value);
  if ((formats as readonly string[]).includes(format)) return format as F;
  const choices =
    formats.length === 2 ? `${formats[0]} or ${formats[1]}` : `one of ${formats.join(', ')}`;
  throw new OptionValueError(`must be ${choices}, got "${format}"`);
}
