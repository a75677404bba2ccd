// The identity sync with its GitHub side: the HR file, from the workspace or from a
// repository_dispatch payload, becomes one pull request on the branch
// accessctl/sync-identities, opened or updated, never duplicated, and closed once HR and
// identities/ agree. It changes identities/, a rule change, so merging it needs a policy
// owner's approval like any other.
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { CONFIG_FILE, parseConfig } from '../../config/config.js';
import type { GitHubClient } from '../../github/index.js';
import { repositoryTopSync } from '../../model/index.js';
import { code } from '../../report/markdown.js';
import { closeBotPullRequest, publishBotPullRequest, type Repository } from '../expire/publish.js';
import type { SyncOnGitHubResult, SyncResult } from '../../report/sync-identities/result.js';
import { runSyncIdentities } from '../sync-identities.js';

export type { SyncOnGitHubResult } from '../../report/sync-identities/result.js';

export const SYNC_BRANCH = 'accessctl/sync-identities';
export const SYNC_LABEL = 'accessctl:sync-identities';
const EVENTS = ['schedule', 'workflow_dispatch', 'repository_dispatch'];

export interface SyncOnGitHubOptions {
  accessDir: string;
  workspace: string;
  event: string;
  /** The event's payload (GITHUB_EVENT_PATH), for repository_dispatch. */
  payload: unknown;
  /** The `from` input: a path in the workspace. */
  from: string;
  github: { client: GitHubClient; repository: Repository };
}

/** The whole run with its GitHub side, callable in process. */
export async function syncIdentitiesOnGitHub(
  options: SyncOnGitHubOptions,
): Promise<SyncOnGitHubResult> {
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
function hrSource(options: SyncOnGitHubOptions): { path: string; text?: string } {
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
