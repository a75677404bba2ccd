// `command: sync-identities` in the Action, on `schedule`, `workflow_dispatch` or
// `repository_dispatch` (the HR system's event): the HR file becomes one pull request on the
// branch accessctl/sync-identities, opened or updated, never duplicated. It changes
// identities/, a rule change, so merging it needs a policy owner's approval like any other.
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import * as core from '@actions/core';
import { CONFIG_FILE, parseConfig } from '../../config/config.js';
import {
  actionLogger,
  createGitHubClient,
  logText,
  type GitHubClient,
} from '../../github/index.js';
import { repositoryTopSync } from '../../model/index.js';
import { code, preformatted } from '../../report/markdown.js';
import {
  closeBotPullRequest,
  publishBotPullRequest,
  type PullRequestOutcome,
  type Repository,
} from '../expire/publish.js';
import { runSyncIdentities, type SyncResult } from '../sync-identities.js';

export const SYNC_BRANCH = 'accessctl/sync-identities';
export const SYNC_LABEL = 'accessctl:sync-identities';
const EVENTS = ['schedule', 'workflow_dispatch', 'repository_dispatch'];

export interface SyncActionInputs {
  accessDir: string;
  token: string;
}

export interface SyncActionOptions {
  accessDir: string;
  workspace: string;
  event: string;
  /** The event's payload (GITHUB_EVENT_PATH), for repository_dispatch. */
  payload: unknown;
  /** The `from` input: a path in the workspace. */
  from: string;
  github: { client: GitHubClient; repository: Repository };
}

export interface SyncActionResult extends SyncResult {
  source: string;
  pullRequest?: PullRequestOutcome;
  /** The open pull request closed because HR and identities/ agree now. */
  closedPullRequest?: number;
}

export async function runSyncIdentitiesAction(inputs: SyncActionInputs): Promise<void> {
  const [owner = '', repo = ''] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
  if (owner === '' || repo === '')
    throw new Error(
      'GITHUB_REPOSITORY is not OWNER/REPO; run accessctl as a step of a GitHub Actions job',
    );
  const eventPath = process.env.GITHUB_EVENT_PATH;
  const payload: unknown =
    eventPath !== undefined && existsSync(eventPath)
      ? JSON.parse(readFileSync(eventPath, 'utf8'))
      : {};
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const result = await syncIdentitiesOnGitHub({
    accessDir: join(workspace, inputs.accessDir),
    workspace,
    event: process.env.GITHUB_EVENT_NAME ?? '',
    payload,
    from: core.getInput('from'),
    github: {
      client: createGitHubClient({ token: inputs.token, log: actionLogger }),
      repository: { owner, repo },
    },
  });
  const text = formatSyncText(result);
  logText(text.trimEnd());
  core.setOutput(
    'pull-request',
    result.pullRequest === undefined ? '' : String(result.pullRequest.number),
  );
  await core.summary.addHeading('accessctl sync-identities', 2).addRaw(preformatted(text)).write();
  for (const f of result.findings)
    core.error(f.message, {
      file: relative(workspace, f.file),
      startLine: f.line,
      startColumn: f.column,
    });
  if (result.findings.length > 0)
    core.setFailed(
      `accessctl sync-identities: ${result.findings.length} problem(s) in the HR file ${result.source}; nothing was changed (see the annotations)`,
    );
}

/** The whole run with its GitHub side, callable in process. */
export async function syncIdentitiesOnGitHub(
  options: SyncActionOptions,
): Promise<SyncActionResult> {
  if (!EVENTS.includes(options.event))
    throw new Error(
      `command "sync-identities" runs on schedule, workflow_dispatch and repository_dispatch; this run was started by "${options.event}"`,
    );
  const source = hrSource(options);
  const result = await runSyncIdentities({
    accessDir: options.accessDir,
    from: source.path,
    ...(source.text === undefined ? {} : { text: source.text }),
    write: false,
  });
  if (result.findings.length > 0) return { ...result, source: source.path };
  const { client, repository } = options.github;
  if (result.files.length === 0) {
    // what an open pull request proposes no longer follows from HR: merging it would undo
    const closed = await closeBotPullRequest(
      client,
      repository,
      { branch: SYNC_BRANCH, label: SYNC_LABEL, run: 'the identity sync' },
      'The identity sync found identities/ already in line with the latest HR file. Closing this ' +
        'pull request, so that merging it cannot apply an older state of HR.',
    );
    return {
      ...result,
      source: source.path,
      ...(closed === undefined ? {} : { closedPullRequest: closed }),
    };
  }
  const root = repositoryRoot(options.accessDir);
  const real = realpathSync(options.accessDir);
  const pathOf = (file: string) =>
    relative(root, join(real, relative(resolve(options.accessDir), resolve(file))))
      .split(sep)
      .join('/');
  const edits = result.files.map((f) => ({ ...f, path: pathOf(f.file), removals: [] }));
  const config = readConfig(options.accessDir);
  const pullRequest = await publishBotPullRequest(client, repository, edits, {
    branch: SYNC_BRANCH,
    label: SYNC_LABEL,
    title: `Sync identities from HR: ${result.changes.length} change(s)`,
    body: pullRequestBody(result, source.path),
    message: `Sync identities from HR\n\n${result.changes.map((c) => `- ${c}`).join('\n')}\n`,
    owners: config,
    run: 'the identity sync',
  });
  return { ...result, source: source.path, pullRequest };
}

/**
 * Where the HR file comes from: the dispatch payload's `content` (with a `name` saying .csv or
 * .json) or `path`, else the `from` input. A path must stay inside the workspace: the payload
 * comes from whoever may dispatch events, who must not make the run read the runner's files.
 */
function hrSource(options: SyncActionOptions): { path: string; text?: string } {
  const payload =
    options.event === 'repository_dispatch' &&
    isObject(options.payload) &&
    isObject(options.payload.client_payload)
      ? options.payload.client_payload
      : {};
  if (typeof payload.content === 'string') {
    const name =
      typeof payload.name === 'string' && /^[\w.-]+\.(?:csv|json)$/.test(payload.name)
        ? payload.name
        : 'hr-export';
    return { path: join(options.workspace, `client_payload.${name}`), text: payload.content };
  }
  const given = typeof payload.path === 'string' ? payload.path : options.from;
  if (given === '')
    throw new Error(
      'no HR file: set the input "from" to its path, or send it in the repository_dispatch payload (client_payload.content or client_payload.path)',
    );
  const path = resolve(options.workspace, given);
  const inside = (p: string) => p === options.workspace || p.startsWith(options.workspace + sep);
  if (isAbsolute(given) || !inside(path) || (existsSync(path) && !inside(realpathSync(path))))
    throw new Error(
      `HR file "${given}" is outside the workspace; name a file of the checked-out repository`,
    );
  return { path };
}

function pullRequestBody(result: SyncResult, source: string): string {
  return (
    [
      '<!-- accessctl:sync-identities -->',
      `The identity sync read the HR file \`${source.split(sep).pop() ?? source}\` and proposes:`,
      '',
      ...result.changes.map((c) => `- ${code(c)}`),
      ...(result.removedGrants.length > 0
        ? [
            '',
            `Grants removed because their subject left: ${result.removedGrants.map((g) => `\`${g}\``).join(', ')}.`,
          ]
        : []),
      '',
      'It changes identities/, so a policy owner approves it. This pull request is rewritten by every run.',
    ].join('\n') + '\n'
  );
}

export function formatSyncText(result: SyncActionResult): string {
  const lines: string[] = [];
  for (const f of result.findings)
    lines.push(`${f.file}:${f.line}:${f.column} ${f.severity} ${f.rule}: ${f.message}`);
  if (result.findings.length > 0) lines.push('nothing was changed');
  else if (result.files.length === 0)
    lines.push('identities/ already matches the HR file: nothing to change');
  else {
    lines.push(
      ...result.changes,
      ...result.removedGrants.map((g) => `grant ${g} removed: its subject left`),
    );
    if (result.pullRequest !== undefined)
      lines.push(
        `pull request #${result.pullRequest.number} ${result.pullRequest.action}: ${result.pullRequest.url}`,
      );
  }
  return lines.join('\n') + '\n';
}

function readConfig(accessDir: string): string[] {
  const file = join(dirname(resolve(accessDir)), CONFIG_FILE);
  if (!existsSync(file)) return [];
  return parseConfig(file, readFileSync(file, 'utf8')).policyOwners;
}

function repositoryRoot(accessDir: string): string {
  return repositoryTopSync(accessDir) ?? dirname(realpathSync(accessDir));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
