// Flags several commands share, read the same way and refused with the same sentence.
import { DEFAULT_MAX_FILE_SIZE } from '../model/model.js';
import { UsageError, type OptionSpec } from './command.js';

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

/**
 * `--timeout SECONDS`, the evaluation deadline, in milliseconds; `fallback` seconds when the
 * flag is absent. Fractions are allowed (`--timeout 0.5`).
 */
export function parseTimeout(value: unknown, fallback: number): number {
  if (value === undefined) return fallback * 1000;
  const text = String(value).trim();
  const seconds = /^\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
  if (!(seconds > 0) || seconds > 86_400)
    throw new UsageError(
      `--timeout "${String(value)}" is not a number of seconds between 0 and 86400, e.g. --timeout 30`,
    );
  return seconds * 1000;
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

/** `--access DIR`, as every command that reads the access repository takes it. */
export const ACCESS_OPTION: OptionSpec = {
  type: 'string',
  default: 'access',
  value: 'DIR',
  description: 'The access directory: catalog/, identities/ and grants/ of YAML documents.',
  example: 'infra/access',
};

/** `--now ISO8601`: the instant the rules judge at. */
export const NOW_OPTION: OptionSpec = {
  type: 'string',
  value: 'ISO8601',
  defaultText: 'the current time',
  description: 'Judge as if it were this instant (expiry, durations, rotation ages).',
  example: '2027-01-15T00:00:00Z',
};

/** `--policies DIR` for commands that read the user's Rego next to the built-in library. */
export const POLICIES_OPTION: OptionSpec = {
  type: 'string',
  default: 'policies',
  value: 'DIR',
  description: 'The folder of your Rego policies, judged together with the built-in library.',
  example: 'policies',
};

/** `--max-file-size BYTES` (validate, check). */
export const MAX_FILE_SIZE_OPTION: OptionSpec = {
  type: 'string',
  value: 'BYTES',
  defaultText: `${DEFAULT_MAX_FILE_SIZE} (${DEFAULT_MAX_FILE_SIZE / 1024 / 1024} MiB)`,
  description: 'A YAML file larger than this is reported instead of read.',
  example: '10485760',
};

/** `--max-file-size BYTES` (validate, check): files over it are reported, never read. */
export function parseByteCount(value: unknown): number {
  if (value === undefined) return DEFAULT_MAX_FILE_SIZE;
  const text = String(value);
  if (!/^[0-9]+$/.test(text) || Number(text) < 1)
    throw new UsageError(`--max-file-size must be a positive number of bytes, got "${text}"`);
  return Number(text);
}
