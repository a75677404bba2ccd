/** Where a command writes. Tests pass their own; the CLI passes the process's streams. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /**
   * Workflow commands for the runner (`--format github`), written as they are. `out` makes
   * every line inert in a GitHub Actions step, so repository text can never issue one.
   */
  commands?(text: string): void;
  cwd: string;
}

/** Exit codes shared by every command. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** A usage error: the CLI prints it with the command's usage line and exits 2. */
export class UsageError extends Error {}

/**
 * One flag of a command, declared once: the parser reads its type, short name and default
 * from here, and `--help` prints the same entry, so the two cannot drift apart.
 */
export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** May be given more than once; the values are collected in order. */
  multiple?: boolean;
  /** The value when the flag is absent (given to the parser, shown in help). */
  default?: string | boolean;
  /** A default the command works out when the flag is absent, said in words. */
  defaultText?: string;
  /** What the value is, as the usage line names it: DIR, FILE, REF, N. */
  value?: string;
  /** The only values accepted; the command checks against this same list. */
  choices?: readonly string[];
  /** The command cannot run without it. */
  required?: boolean;
  /** One sentence: what the flag does. */
  description: string;
  /** A realistic value, shown as `e.g. --flag VALUE` (string flags). */
  example?: string;
}

export type OptionTable = Record<string, OptionSpec>;

/** One `accessctl` sub-command: its flags, its help and what it does. */
export interface Command {
  name: string;
  summary: string;
  options: OptionTable;
  /** Positional arguments, when the command takes them: their name in the usage line and what they are. */
  positionals?: { name: string; description: string };
  /** Command lines a newcomer can copy, each with what it does. */
  examples: { line: string; does: string }[];
  run(
    values: Record<string, string | boolean | (string | boolean)[] | undefined>,
    positionals: string[],
    io: Io,
  ): Promise<number>;
}
