// Flags several commands share, read the same way and refused with the same sentence.
import { DEFAULT_MAX_FILE_SIZE } from '../model/model.js';
import { OptionValueError, parseJudgeMinutes } from '../options/index.js';
import { UsageError, type OptionSpec } from './command.js';

/**
 * A flag's value read by a parser both faces share: a value it refuses is a usage error that
 * names the flag, e.g. `--now "yesterday" is not an ISO 8601 instant`.
 */
export function flagValue<T>(flag: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof OptionValueError)
      throw new UsageError(`${flag} ${error.message}`, { cause: error });
    throw error;
  }
}

/** The usage error for an `--access DIR` that does not exist. */
export function accessDirectoryMissing(given: unknown, resolved: string): UsageError {
  return new UsageError(
    `access directory "${String(given)}" not found (looked in ${resolved}); pass --access DIR`,
  );
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

/** `--judge-minutes` as the moment judging stops, counted from now; nothing when absent. */
export function judgeUntilFlag(value: unknown): { judgeUntil?: number } {
  const limit = flagValue('--judge-minutes', () => parseJudgeMinutes(value));
  return limit === undefined ? {} : { judgeUntil: Date.now() + limit };
}

/** `--judge-minutes MINUTES` (expire, reconcile): how long approved ends may judge. */
export const JUDGE_MINUTES_OPTION: OptionSpec = {
  type: 'string',
  value: 'MINUTES',
  defaultText: 'no limit',
  description:
    'Stop judging changes that moved an end later after this long: the ends not judged yet are read as written, with a note, and the next run goes on from there (newest changes first).',
  example: '60',
};

/** `--max-file-size BYTES` (validate, check). */
export const MAX_FILE_SIZE_OPTION: OptionSpec = {
  type: 'string',
  value: 'BYTES',
  defaultText: `${DEFAULT_MAX_FILE_SIZE} (${DEFAULT_MAX_FILE_SIZE / 1024 / 1024} MiB)`,
  description: 'A YAML file larger than this is reported instead of read.',
  example: '10485760',
};

/**
 * A pull request's CI run (GitHub, GitLab): its caches may have been saved by its author's
 * own runs, and nothing it writes may judge the next run.
 */
export function pullRequestRun(env: NodeJS.ProcessEnv): boolean {
  return (
    (env.GITHUB_EVENT_NAME ?? '').startsWith('pull_request') ||
    (env.CI_MERGE_REQUEST_IID ?? '') !== ''
  );
}
