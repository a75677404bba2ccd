import { resolve } from 'node:path';
import { createGitHubClient } from '../github/index.js';
import { AccessDirectoryError } from '../model/index.js';
import { EXPIRE_MODES, runExpire, type ExpireMode } from '../workflows/expire.js';
import { formatExpireText } from '../report/expiry/text.js';
import { EXIT_FINDINGS, EXIT_OK, UsageError, type Command } from './command.js';
import {
  ACCESS_OPTION,
  JUDGE_MINUTES_OPTION,
  NOW_OPTION,
  POLICIES_OPTION,
  accessDirectoryMissing,
  flagValue,
  judgeUntilFlag,
  pullRequestRun,
} from './options.js';
import { parseFormat, parseNow, parseWarnDays } from '../options/index.js';

const FORMATS = ['text', 'json'] as const;

export const expireCommand: Command = {
  name: 'expire',
  summary: 'Remove expired grants through a pull request and remind owners of grants ending soon',
  options: {
    access: ACCESS_OPTION,
    policies: {
      ...POLICIES_OPTION,
      description:
        'The policies folder, as a path inside the repository: the rules a change that moved an end later is judged by.',
    },
    now: NOW_OPTION,
    'warn-days': {
      type: 'string',
      value: 'N',
      defaultText: "the config's expiry.warnDays",
      description: 'Remind the owners of grants that end within N days.',
      example: '14',
    },
    mode: {
      type: 'string',
      default: 'report',
      value: 'MODE',
      choices: EXPIRE_MODES,
      description:
        'report only prints; pr opens a pull request removing expired grants; commit pushes the removal (needs GITHUB_TOKEN and GITHUB_REPOSITORY).',
    },
    format: {
      type: 'string',
      default: 'text',
      value: 'FORMAT',
      choices: FORMATS,
      description: 'How to print the result.',
    },
    'judge-minutes': JUDGE_MINUTES_OPTION,
  },
  examples: [
    { does: 'list what has expired and what ends soon', line: 'accessctl expire' },
    {
      does: 'open the pull request that removes expired grants',
      line: 'GITHUB_TOKEN=... GITHUB_REPOSITORY=acme/access accessctl expire --mode pr',
    },
  ],
  async run(values, _positionals, io) {
    const format = flagValue('--format', () => parseFormat(values.format, FORMATS));
    const mode = String(values.mode);
    if (!(EXPIRE_MODES as readonly string[]).includes(mode))
      throw new UsageError(`--mode must be one of ${EXPIRE_MODES.join(', ')}, got "${mode}"`);
    const now = flagValue('--now', () => parseNow(values.now));
    const warnDays = flagValue('--warn-days', () => parseWarnDays(values['warn-days']));
    const judging = judgeUntilFlag(values['judge-minutes']);
    const accessDir = resolve(io.cwd, String(values.access));
    // a report looks pull requests up too when it can: a change that moved an end later
    // counts only if it passed the gate
    const github =
      mode !== 'report' ||
      ((process.env.GITHUB_TOKEN ?? '') !== '' && (process.env.GITHUB_REPOSITORY ?? '') !== '')
        ? githubFromEnv(process.env)
        : undefined;
    let result;
    try {
      result = await runExpire({
        accessDir,
        now,
        mode: mode as ExpireMode,
        ...(warnDays === undefined ? {} : { warnDays }),
        ...(github === undefined ? {} : { github }),
        policiesDir: String(values.policies),
        keepPasses: !pullRequestRun(process.env),
        progress: (line) => io.err(`accessctl expire: ${line}\n`),
        ...judging,
      });
    } catch (error) {
      if (error instanceof AccessDirectoryError)
        throw accessDirectoryMissing(values.access, accessDir);
      throw error;
    }
    io.out(format === 'json' ? JSON.stringify(result, null, 2) + '\n' : formatExpireText(result));
    return result.skipped.length > 0 || result.problems.length > 0 ? EXIT_FINDINGS : EXIT_OK;
  },
};

function githubFromEnv(env: NodeJS.ProcessEnv) {
  const token = env.GITHUB_TOKEN ?? '';
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (token === '' || owner === '' || repo === '')
    throw new UsageError(
      '--mode pr and --mode commit talk to GitHub: set GITHUB_TOKEN and GITHUB_REPOSITORY=OWNER/REPO ' +
        '(and GITHUB_API_URL for GitHub Enterprise Server), or use --mode report',
    );
  return { client: createGitHubClient({ token, env }), repository: { owner, repo } };
}
