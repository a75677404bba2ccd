import type { ParseArgsConfig } from 'node:util';

/** Where a command writes. Tests pass their own; the CLI passes the process's streams. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  cwd: string;
}

/** Exit codes shared by every command. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** A usage error: the CLI prints it with the command's usage line and exits 2. */
export class UsageError extends Error {}

/** One `accessctl` sub-command: its flags, its help and what it does. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  allowPositionals?: boolean;
  run(
    values: Record<string, string | boolean | (string | boolean)[] | undefined>,
    positionals: string[],
    io: Io,
  ): Promise<number>;
}
