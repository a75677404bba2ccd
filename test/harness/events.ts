import { createRequire } from 'node:module';
import type { RequestContext } from '../emulator/http.js';
import { pullJson, type Pull } from '../emulator/routes/pulls.js';
import { fullRepoJson, loginJson, orgJson } from '../emulator/serialize.js';
import type { Emulator } from '../emulator/server.js';

/**
 * Event payloads for GITHUB_EVENT_PATH: a real example from @octokit/webhooks-examples, with
 * the repository, organisation, sender and pull request replaced by what the emulator holds,
 * so the ids, numbers, refs and shas in the event agree with the API the Action will call.
 */

export interface GitHubEvent {
  name: string;
  payload: Record<string, unknown>;
}

export interface EventRequest {
  name:
    | 'pull_request'
    | 'pull_request_review'
    | 'push'
    | 'workflow_dispatch'
    | 'schedule'
    | 'repository_dispatch';
  /** `owner/name` of a seeded repository. */
  repo: string;
  action?: string;
  /** For pull_request and pull_request_review. */
  pullNumber?: number;
  /** Login of the sender; the emulator's actor when not given. */
  sender?: string;
  /** For push: the branch pushed (default branch when not given). */
  branch?: string;
  /** For workflow_dispatch. */
  inputs?: Record<string, string>;
  /** For schedule. */
  cron?: string;
  /** For repository_dispatch: what the sender put in `client_payload`. */
  clientPayload?: Record<string, unknown>;
}

interface ExampleSet {
  name: string;
  examples: Array<Record<string, unknown>>;
}

function examples(name: string): Array<Record<string, unknown>> {
  const require = createRequire(import.meta.url);
  const all = require('@octokit/webhooks-examples') as ExampleSet[];
  return all.find((set) => set.name === name)?.examples ?? [];
}

function example(name: string, action: string | undefined): Record<string, unknown> {
  const found = examples(name).find(
    (candidate) => action === undefined || candidate.action === action,
  );
  if (found === undefined) {
    throw new Error(`@octokit/webhooks-examples has no ${name} example with action "${action}"`);
  }
  return structuredClone(found);
}

export function buildEvent(emulator: Emulator, request: EventRequest): GitHubEvent {
  const [owner = '', name = ''] = request.repo.split('/');
  const repo = emulator.state.repo(owner, name);
  if (repo === undefined)
    throw new Error(`the emulator has no repository ${request.repo}; seed it first`);
  const actorLogin =
    request.sender ??
    [...emulator.state.tokens.entries()].find(([token]) => token === emulator.token)?.[1];
  const actor =
    emulator.state.user(actorLogin ?? '') ??
    emulator.state.addUser({ login: actorLogin ?? 'octocat' });
  const origin = new URL(emulator.url).origin;
  const ctx: RequestContext = {
    method: 'GET',
    path: '/',
    params: {},
    query: new URLSearchParams(),
    body: undefined,
    state: emulator.state,
    actor,
    token: emulator.token,
    apiUrl: emulator.url,
    webUrl: origin,
    accept: '',
  };
  const common: Record<string, unknown> = {
    repository: fullRepoJson(ctx, repo, undefined),
    sender: loginJson(ctx, actor.login),
  };
  const org = emulator.state.org(repo.owner);
  if (org !== undefined) common.organization = orgJson(ctx, org);

  switch (request.name) {
    case 'schedule':
      return { name: 'schedule', payload: { schedule: request.cron ?? '0 3 * * *', ...common } };
    case 'workflow_dispatch': {
      const payload = { ...example('workflow_dispatch', undefined), ...common };
      payload.inputs = request.inputs ?? {};
      payload.ref = `refs/heads/${repo.defaultBranch}`;
      return { name: 'workflow_dispatch', payload };
    }
    case 'repository_dispatch':
      // what POST /repos/{owner}/{repo}/dispatches delivers: the caller's event type and payload
      return {
        name: 'repository_dispatch',
        payload: {
          action: request.action ?? 'dispatch',
          branch: repo.defaultBranch,
          client_payload: request.clientPayload ?? {},
          ...common,
        },
      };
    case 'push': {
      const branch = request.branch ?? repo.defaultBranch;
      const after = repo.refs.get(`refs/heads/${branch}`) ?? '0'.repeat(40);
      const before = repo.git.commit(after)?.parents[0] ?? '0'.repeat(40);
      const payload = { ...example('push', undefined), ...common };
      Object.assign(payload, {
        ref: `refs/heads/${branch}`,
        before,
        after,
        compare: `${origin}/${repo.owner}/${repo.name}/compare/${before.slice(0, 12)}...${after.slice(0, 12)}`,
        pusher: { name: actor.login, email: null },
      });
      const head = payload.head_commit as Record<string, unknown> | null;
      if (head !== null && typeof head === 'object') head.id = after;
      return { name: 'push', payload };
    }
    case 'pull_request':
    case 'pull_request_review': {
      const pull = repo.issues.find(
        (issue) => issue.number === request.pullNumber && issue.pull !== undefined,
      );
      if (pull === undefined) {
        throw new Error(
          `${request.repo} has no pull request #${request.pullNumber}; seed one first`,
        );
      }
      const payload = {
        ...example(
          request.name,
          request.action ?? (request.name === 'pull_request' ? 'opened' : 'submitted'),
        ),
        ...common,
      };
      payload.pull_request = pullJson(ctx, repo, pull as Pull);
      if (request.name === 'pull_request') payload.number = pull.number;
      return { name: request.name, payload };
    }
  }
}
