// Flags several commands share, read the same way and refused with the same sentence.
import { DEFAULT_MAX_FILE_SIZE } from '../model/model.js';
import { UsageError } from './command.js';

/** `--now ISO8601` (or the Action's `now` input); empty means the current time. */
export function parseNow(value: unknown): Date {
  if (value === undefined || value === '') return new Date();
  const now = new Date(String(value));
  if (Number.isNaN(now.getTime()))
    throw new UsageError(
      `--now "${String(value)}" is not an ISO 8601 instant, e.g. 2026-11-27T00:00:00Z`,
    );
  return now;
}

/** The usage error for an `--access DIR` that does not exist. */
export function accessDirectoryMissing(given: unknown, resolved: string): UsageError {
  return new UsageError(
    `access directory "${String(given)}" not found (looked in ${resolved}); pass --access DIR`,
  );
}

/** `--format`: one of `formats`, or a usage error that lists them. */
export function parseFormat<F extends string>(value: unknown, formats: readonly F[]): F {
  const format = String(value);
  if ((formats as readonly string[]).includes(format)) return format as F;
  const choices =
    formats.length === 2 ? `${formats[0]} or ${formats[1]}` : `one of ${formats.join(', ')}`;
  throw new UsageError(`--format must be ${choices}, got "${format}"`);
}

/** `--max-file-size BYTES` (validate, check): files over it are reported, never read. */
export function parseByteCount(value: unknown): number {
  if (value === undefined) return DEFAULT_MAX_FILE_SIZE;
  const text = String(value);
  if (!/^[0-9]+$/.test(text) || Number(text) < 1)
    throw new UsageError(`--max-file-size must be a positive number of bytes, got "${text}"`);
  return Number(text);
}
