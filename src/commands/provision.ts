import { resolve } from 'node:path';

import { readConfigAt } from '../config/at-commit.js';
import { createGitHubClient, type GitHubClient } from '../github/index.js';
import { createProvisioners, ProvisionerSetupError } from '../provisioners/configured.js';
import type { Provisioner } from '../provisioners/provisioner.js';
import { formatProvisionText } from '../report/provision/text.js';
import { DEFAULT_MAX_REMOVALS, parseFormat, parseMaxRemovals, parseNow } from '../options/index.js';
import { runProvision, type ProvisionPlanOptions } from '../workflows/provision.js';
import type { MergeReview } from '../workflows/provision/apply.js';
import { directPushes } from '../workflows/provision/gate.js';
import { lookUpMergeReview, pullRequestLookup } from '../workflows/provision/merge-review.js';
import {
  EXIT_FINDINGS,
  EXIT_OK,
  UsageError,
  type Command,
  type OptionSpec,
  type OptionTable,
} from './command.js';
import { ACCESS_OPTION, NOW_OPTION, POLICIES_OPTION, flagValue } from './options.js';
import { manualIssue } from '../report/manual/issue.js';

type Values = Parameters<Command['run']>[0];

/** The flags `plan` and `provision` share: which merge, where the repository is, which systems. */
export const MERGE_OPTIONS = {
  from: {
    type: 'string',
    required: true,
    value: 'REF',
    description: 'The commit before the merge (its rules judge the merge).',
    example: 'HEAD~1',
  },
  to: {
    type: 'string',
    required: true,
    value: 'REF',
    description: 'The merge commit whose access is applied.',
    example: 'HEAD',
  },
  repo: {
    type: 'string',
    default: '.',
    value: 'DIR',
    description: 'The git repository holding the access directory.',
    example: '../access',
  },
  access: {
    ...ACCESS_OPTION,
    description: 'The access directory, as a path inside the repository.',
  },
  policies: {
    ...POLICIES_OPTION,
    description: 'The policies folder, as a path inside the repository.',
  },
  org: {
    type: 'string',
    value: 'ORG',
    defaultText: 'the owner in GITHUB_REPOSITORY',
    description: 'The GitHub organisation the github provisioner manages.',
    example: 'acme',
  },
  now: NOW_OPTION,
  'max-removals': {
    type: 'string',
    value: 'N',
    defaultText: String(DEFAULT_MAX_REMOVALS),
    description: 'Refuse a plan that removes more access than this (unless --force).',
    example: '25',
  },
  'github-repo': {
    type: 'string',
    value: 'OWNER/NAME',
    defaultText: 'GITHUB_REPOSITORY',
    description: "The repository on GitHub whose pull requests hold each merge's approvals.",
    example: 'acme/access',
  },
  'allow-unapproved': {
    type: 'boolean',
    default: false,
    description:
      'Apply what lacks the approvals the rules require too (recorded as such); for a first import.',
  },
} satisfies OptionTable;

/** `--format` of plan, provision and reconcile. */
export const OUTPUT_FORMAT_OPTION: OptionSpec = {
  type: 'string',
  default: 'text',
  value: 'FORMAT',
  choices: ['text', 'json'],
  description: 'The report a person reads, or the result as JSON.',
};

/** `--evidence FILE` of provision and reconcile. */
export const EVIDENCE_OPTION: OptionSpec = {
  type: 'string',
  default: 'accessctl-evidence.jsonl',
  value: 'FILE',
  description: 'The hash-chained evidence log each operation is appended to ("" for none).',
  example: 'audit/evidence.jsonl',
};

export async function mergeOptions(
  values: Values,
  cwd: string,
  env: NodeJS.ProcessEnv,
  githubClient?: GitHubClient,
): Promise<ProvisionPlanOptions> {
  const from = values.from;
  const to = values.to;
  if (typeof from !== 'string' || from === '' || typeof to !== 'string' || to === '')
    throw new UsageError(
      '--from and --to are required: the commits before and after the merge, e.g. --from HEAD~1 --to HEAD',
    );
  const org =
    typeof values.org === 'string' && values.org !== ''
      ? values.org
      : (env.GITHUB_REPOSITORY ?? '').split('/')[0] || undefined;
  const repo = resolve(cwd, String(values.repo));
  let provisioners: Provisioner[];
  try {
    const repository = gitHubRepository(values, env);
    provisioners = createProvisioners(await readConfigAt(repo, to), env, {
      ...(org === undefined ? {} : { org }),
      ...(githubClient === undefined ? {} : { githubClient }),
      cwd: repo,
      ...(repository === undefined ? {} : { repository }),
      manualIssue,
    });
  } catch (error) {
    if (error instanceof ProvisionerSetupError) throw new UsageError(error.message);
    throw error;
  }
  return {
    repo,
    from,
    to,
    accessDir: String(values.access),
    policiesDir: String(values.policies),
    now: flagValue('--now', () => parseNow(values.now)),
    provisioners,
    lookup:
      githubClient === undefined
        ? directPushes('no GITHUB_TOKEN to look up pull requests with: judged as a direct push')
        : pullRequestLookup(githubClient, gitHubRepository(values, env)),
    allowUnapproved: values['allow-unapproved'] === true,
  };
}

/** OWNER/NAME of the repository on GitHub: --github-repo, else GITHUB_REPOSITORY. */
export function gitHubRepository(values: Values, env: NodeJS.ProcessEnv): string | undefined {
  return typeof values['github-repo'] === 'string' ? values['github-repo'] : env.GITHUB_REPOSITORY;
}

export type OutputFormat = 'text' | 'json';

/** `--format` of plan, provision and reconcile: the report a person reads, or the result as JSON. */
export function parseOutputFormat(value: unknown): OutputFormat {
  return flagValue('--format', () => parseFormat(value, ['text', 'json']));
}

export function renderOutput<T>(
  format: OutputFormat,
  result: T,
  asText: (result: T) => string,
): string {
  return format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : asText(result);
}

export const provisionCommand: Command = {
  name: 'provision',
  summary: 'Apply the access a merge adds or removes, under a removal limit',
  options: {
    ...MERGE_OPTIONS,
    'dry-run': {
      type: 'boolean',
      default: false,
      description:
        'Show what would be applied and change nothing (still reads GitHub with GITHUB_TOKEN).',
    },
    force: {
      type: 'boolean',
      default: false,
      description: 'Apply even when the plan removes more than --max-removals.',
    },
    evidence: EVIDENCE_OPTION,
    format: OUTPUT_FORMAT_OPTION,
  },
  examples: [
    {
      does: 'apply the last merge to GitHub',
      line: 'GITHUB_TOKEN=... accessctl provision --from HEAD~1 --to HEAD --org acme',
    },
    {
      does: 'see it first',
      line: 'GITHUB_TOKEN=... accessctl provision --from HEAD~1 --to HEAD --dry-run',
    },
  ],
  async run(values, _positionals, io) {
    const format = parseOutputFormat(values.format);
    const maxRemovals = flagValue('--max-removals', () => parseMaxRemovals(values['max-removals']));
    const evidence = String(values.evidence);
    // One client for the provisioner and the merge lookup; without a token the GitHub
    // provisioner says what to set, and the lookup notes why the review is missing.
    const token = process.env.GITHUB_TOKEN ?? '';
    const client = createGitHubClient({ token, env: process.env });
    const options = await mergeOptions(
      values,
      io.cwd,
      process.env,
      token === '' ? undefined : client,
    );
    const dryRun = values['dry-run'] === true;
    const repository = gitHubRepository(values, process.env);
    if (options.allowUnapproved === true)
      io.err(
        'accessctl provision: --allow-unapproved: what lacks the approvals the rules require is applied, and recorded as such\n',
      );
    let review: MergeReview = {};
    if (!dryRun && evidence !== '') {
      const lookup = await lookUpMergeReview(client, repository, options.repo, options.to);
      review = lookup.review;
      if (lookup.note !== undefined) io.err(`accessctl provision: ${lookup.note}\n`);
    }
    const result = await runProvision({
      ...options,
      dryRun,
      force: values.force === true,
      maxRemovals,
      review,
      progress: (line) => io.err(`accessctl provision: ${line}\n`),
      ...(evidence === '' ? {} : { evidenceFile: resolve(io.cwd, evidence) }),
      evidence: {
        ...(process.env.ACCESSCTL_EVIDENCE_KEY === undefined
          ? {}
          : { key: process.env.ACCESSCTL_EVIDENCE_KEY }),
        ...(repository === undefined || repository === '' ? {} : { repository }),
      },
    });
    for (const r of result.evidence?.recovered ?? [])
      io.err(
        `accessctl provision: an earlier run stopped during "${r.intent.operation}": ${r.result === undefined ? '' : `recorded as ${r.result}: `}${r.message}\n`,
      );
    if (result.evidence?.problem !== undefined)
      io.err(`accessctl provision: ${result.evidence.problem}\n`);
    io.out(renderOutput(format, result, (r) => formatProvisionText(r, maxRemovals)));
    return result.ok ? EXIT_OK : EXIT_FINDINGS;
  },
};
