import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { evidenceCsvStream } from '../report/evidence/csv.js';
import { renderEvidenceHtml } from '../report/evidence/html/page.js';
import { evidenceJsonStream } from '../report/evidence/json.js';
import { renderEvidenceMarkdown } from '../report/evidence/markdown.js';
import type { EvidenceReport, EvidenceRow, EvidenceStream } from '../evidence/report.js';
import { PullCacheError, pullCacheFile } from '../evidence/pulls.js';
import { createGitHubClient } from '../github/index.js';
import { GitError } from '../model/index.js';
import { streamEvidence, type EvidenceGitHub } from '../workflows/evidence.js';
import { EXIT_FINDINGS, EXIT_OK, UsageError, type Command } from './command.js';
import { parseFormat, parseNow, parseWindowBound } from '../options/index.js';
import { ACCESS_OPTION, NOW_OPTION, POLICIES_OPTION, flagValue } from './options.js';

// JSON and CSV are written a row at a time as the rows are made, so the rows are never all
// held; Markdown and HTML open with the summary and build the page whole.
const FORMATS = {
  json: evidenceJsonStream,
  csv: evidenceCsvStream,
  markdown: whole(renderEvidenceMarkdown),
  html: whole(renderEvidenceHtml),
} as const satisfies Record<string, (stream: EvidenceStream) => AsyncIterable<string>>;

function whole(render: (report: EvidenceReport) => string) {
  return async function* (stream: EvidenceStream): AsyncGenerator<string> {
    const rows: EvidenceRow[] = [];
    for await (const row of stream.rows) rows.push(row);
    yield render(stream.finish(rows));
  };
}

/** Where `accessctl provision` appends its evidence by default. */
const DEFAULT_EVIDENCE = 'accessctl-evidence.jsonl';
const DEFAULT_CACHE = '.git/accessctl/pulls.json';

export const evidenceCommand: Command = {
  name: 'evidence',
  summary:
    'Audit report from git history: every grant change with its pull request, approvals, verdict, provisioning and flags',
  options: {
    since: {
      type: 'string',
      value: 'DATE',
      defaultText: 'the first commit',
      description: 'Only changes merged on or after this date or RFC 3339 time.',
      example: '2026-10-01',
    },
    until: {
      type: 'string',
      value: 'DATE',
      defaultText: 'now',
      description: 'Only changes merged on or before this date or RFC 3339 time.',
      example: '2026-12-31',
    },
    grant: {
      type: 'string',
      value: 'ID',
      description: 'Only the history of this grant.',
      example: 'alice-payments-oncall',
    },
    subject: {
      type: 'string',
      value: 'SUBJECT',
      description: 'Only grants to this subject.',
      example: 'user:alice',
    },
    format: {
      type: 'string',
      default: 'markdown',
      value: 'FORMAT',
      choices: Object.keys(FORMATS),
      description: 'The report format.',
    },
    repo: {
      type: 'string',
      default: '.',
      value: 'DIR',
      description: 'The git repository whose history is read.',
      example: '../access',
    },
    ref: {
      type: 'string',
      default: 'HEAD',
      value: 'REF',
      description: 'The commit whose history is read.',
      example: 'main',
    },
    access: {
      ...ACCESS_OPTION,
      description: 'The access directory, as a path inside the repository.',
    },
    policies: {
      ...POLICIES_OPTION,
      description: 'The policies folder, as a path inside the repository.',
    },
    evidence: {
      type: 'string',
      value: 'FILE',
      defaultText: `${DEFAULT_EVIDENCE} in the repository when it exists`,
      description: 'The evidence log accessctl provision appended to.',
      example: 'accessctl-evidence.jsonl',
    },
    'evidence-branch': {
      type: 'string',
      value: 'BRANCH',
      description: 'Read the evidence log from this branch through the GitHub API instead.',
      example: 'accessctl-evidence',
    },
    'github-repo': {
      type: 'string',
      value: 'OWNER/NAME',
      defaultText: 'GITHUB_REPOSITORY',
      description: 'The repository on GitHub whose pull requests and reviews are looked up.',
      example: 'acme/access',
    },
    cache: {
      type: 'string',
      value: 'FILE',
      defaultText: DEFAULT_CACHE,
      description: 'Where pull requests already looked up are kept between runs.',
      example: '../audit-cache/pulls.json',
    },
    'no-verdict': {
      type: 'boolean',
      default: false,
      description: 'Skip judging each change again by the policies of its time (faster).',
    },
    now: NOW_OPTION,
  },
  examples: [
    {
      does: "the quarter's audit report",
      line: 'GITHUB_TOKEN=... accessctl evidence --since 2026-10-01 --until 2026-12-31 --format html > q4.html',
    },
    { does: "one grant's history", line: 'accessctl evidence --grant alice-payments-oncall' },
  ],
  async run(values, _positionals, io) {
    const format = flagValue('--format', () =>
      parseFormat(values.format, Object.keys(FORMATS) as (keyof typeof FORMATS)[]),
    );
    const since = flagValue('--since', () => parseWindowBound(values.since, 'start'));
    const until = flagValue('--until', () => parseWindowBound(values.until, 'end'));
    if (since !== undefined && until !== undefined && since > until)
      throw new UsageError(
        `--since ${String(values.since)} is after --until ${String(values.until)}; swap them`,
      );
    const repo = resolve(io.cwd, String(values.repo));
    const branch = values['evidence-branch'];
    if (branch !== undefined && values.evidence !== undefined)
      throw new UsageError('give --evidence FILE or --evidence-branch BRANCH, not both');
    const evidenceFile =
      branch === undefined ? evidenceFileOf(values.evidence, repo, io.cwd) : undefined;
    const github = githubFrom(process.env, values['github-repo'], values.cache, repo, io.cwd);
    if ('missing' in github) io.err(`accessctl evidence: ${github.missing}\n`);
    if (branch !== undefined && 'missing' in github)
      throw new UsageError(
        `--evidence-branch ${String(branch)} is read through the GitHub API: ${github.missing}`,
      );
    const named = repositoryNamed(process.env, values['github-repo']);
    if (!('missing' in github))
      try {
        github.cacheFile = await pullCacheFile(repo, github.cacheFile);
      } catch (error) {
        if (error instanceof PullCacheError) throw new UsageError(`--cache ${error.message}`);
        if (error instanceof GitError) throw new UsageError(error.message);
        throw error;
      }

    let stream: EvidenceStream;
    try {
      stream = await streamEvidence({
        repo,
        ref: String(values.ref),
        accessDir: trimSlashes(String(values.access)),
        policiesDir: trimSlashes(String(values.policies)),
        ...(since === undefined ? {} : { since }),
        ...(until === undefined ? {} : { until }),
        ...(values.grant === undefined ? {} : { grant: String(values.grant) }),
        ...(values.subject === undefined ? {} : { subject: String(values.subject) }),
        ...('missing' in github ? { pullsNotFetched: github.missing } : { github }),
        ...(evidenceFile === undefined ? {} : { evidenceFile }),
        ...(branch === undefined ? {} : { evidenceBranch: String(branch) }),
        ...(process.env.ACCESSCTL_EVIDENCE_KEY === undefined
          ? {}
          : { evidenceKey: process.env.ACCESSCTL_EVIDENCE_KEY }),
        ...(named === undefined ? {} : { repositoryName: named }),
        verdicts: values['no-verdict'] !== true,
        now: flagValue('--now', () => parseNow(values.now)),
      });
    } catch (error) {
      if (error instanceof GitError) throw new UsageError(error.message);
      throw error;
    }
    for await (const chunk of FORMATS[format as keyof typeof FORMATS](stream)) io.out(chunk);
    const report = stream.finish([]);
    const flagged = Object.keys(report.summary.flags).length > 0;
    return flagged || report.evidenceLog?.broken !== undefined ? EXIT_FINDINGS : EXIT_OK;
  },
};

function evidenceFileOf(value: unknown, repo: string, cwd: string): string | undefined {
  if (value !== undefined) {
    const file = resolve(cwd, String(value));
    if (!existsSync(file))
      throw new UsageError(
        `--evidence ${String(value)}: no such file (looked in ${file}); pass the log accessctl provision appends to`,
      );
    return file;
  }
  const fallback = join(repo, DEFAULT_EVIDENCE);
  return existsSync(fallback) ? fallback : undefined;
}

function repositoryNamed(env: NodeJS.ProcessEnv, flag: unknown): string | undefined {
  const named = flag === undefined ? (env.GITHUB_REPOSITORY ?? '') : String(flag);
  return /^[^/]+\/[^/]+$/.test(named) ? named : undefined;
}

function githubFrom(
  env: NodeJS.ProcessEnv,
  flag: unknown,
  cache: unknown,
  repo: string,
  cwd: string,
): EvidenceGitHub | { missing: string } {
  const named = flag === undefined ? (env.GITHUB_REPOSITORY ?? '') : String(flag);
  const [owner = '', name = '', extra] = named.split('/');
  if (named !== '' && (owner === '' || name === '' || extra !== undefined))
    throw new UsageError(`--github-repo "${named}" must be OWNER/NAME, e.g. acme/access`);
  const token = env.GITHUB_TOKEN ?? '';
  if (token === '')
    return {
      missing:
        'GITHUB_TOKEN is not set, so pull requests and reviews were not looked up; set GITHUB_TOKEN to a token that can read pull requests (and GITHUB_API_URL for GitHub Enterprise Server)',
    };
  if (named === '')
    return {
      missing:
        'the GitHub repository is unknown, so pull requests and reviews were not looked up; pass --github-repo OWNER/NAME or set GITHUB_REPOSITORY',
    };
  return {
    client: createGitHubClient({ token, env }),
    owner,
    repo: name,
    cacheFile: cache === undefined ? undefined : resolve(cwd, String(cache)),
  };
}

function trimSlashes(dir: string): string {
  return dir.replaceAll('\\', '/').replace(/^\.\/|\/+$/g, '');
}
