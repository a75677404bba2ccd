import { readableRepo, writableRepo } from '../access.js';
import {
  ApiError,
  bodyObject,
  invalidRequest,
  nullableString,
  ok,
  optionalEnum,
  optionalString,
  paginate,
  type RequestContext,
} from '../http.js';
import type { Router } from '../router.js';
import { loginJson, minimalRepoJson, nodeId, repoApiUrl } from '../serialize.js';
import type { CommitStatus, Repo } from '../state.js';
import { resolveCommit } from './git.js';

/** Commit statuses: create, list for a ref, and the combined state GitHub derives from them. */

const STATES = ['error', 'failure', 'pending', 'success'] as const;

export function registerStatuses(router: Router): void {
  router.post('/repos/:owner/:repo/statuses/:sha', (ctx) => {
    const repo = writableRepo(ctx);
    const sha = ctx.params.sha ?? '';
    if (repo.git.commit(sha) === undefined) {
      throw new ApiError(422, `No commit found for SHA: ${sha}`);
    }
    const body = bodyObject(ctx);
    const state = optionalEnum(body, 'state', STATES);
    if (state === undefined) throw invalidRequest(`"state" wasn't supplied.`);
    const now = ctx.state.now();
    const status: CommitStatus = {
      id: ctx.state.nextId(),
      sha,
      state,
      targetUrl: nullableString(body, 'target_url') ?? null,
      description: nullableString(body, 'description') ?? null,
      context: optionalString(body, 'context') ?? 'default',
      creator: ctx.actor.login,
      createdAt: now,
      updatedAt: now,
    };
    repo.statuses.push(status);
    const json = statusJson(ctx, repo, status);
    return ok(json, 201, { location: String(json.url) });
  });

  router.get('/repos/:owner/:repo/commits/:ref/statuses', (ctx) => {
    const repo = readableRepo(ctx);
    const sha = resolveCommit(repo, ctx.params.ref ?? '');
    const statuses = statusesFor(repo, sha)
      .reverse()
      .map((status) => statusJson(ctx, repo, status));
    return paginate(ctx, statuses, `/repositories/${repo.id}/commits/${ctx.params.ref}/statuses`);
  });

  router.get('/repos/:owner/:repo/commits/:ref/status', (ctx) => {
    const repo = readableRepo(ctx);
    const sha = resolveCommit(repo, ctx.params.ref ?? '');
    const latest = new Map<string, CommitStatus>();
    for (const status of statusesFor(repo, sha)) latest.set(status.context, status);
    const current = [...latest.values()].sort((a, b) => a.id - b.id);
    const api = repoApiUrl(ctx, repo);
    return ok({
      state: combinedState(current),
      // the combined view lists statuses without their creator
      statuses: current.map((status) => withoutCreator(statusJson(ctx, repo, status))),
      sha,
      total_count: current.length,
      repository: minimalRepoJson(ctx, repo),
      commit_url: `${api}/commits/${sha}`,
      url: `${api}/commits/${sha}/status`,
    });
  });
}

function withoutCreator(status: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(status).filter(([key]) => key !== 'creator'));
}

function statusesFor(repo: Repo, sha: string): CommitStatus[] {
  return repo.statuses.filter((status) => status.sha === sha);
}

function combinedState(statuses: CommitStatus[]): string {
  if (statuses.some((status) => status.state === 'error' || status.state === 'failure')) {
    return 'failure';
  }
  if (statuses.length === 0 || statuses.some((status) => status.state === 'pending')) {
    return 'pending';
  }
  return 'success';
}

function statusJson(
  ctx: RequestContext,
  repo: Repo,
  status: CommitStatus,
): Record<string, unknown> {
  const creator = loginJson(ctx, status.creator);
  return {
    url: `${repoApiUrl(ctx, repo)}/statuses/${status.sha}`,
    avatar_url: creator.avatar_url,
    id: status.id,
    node_id: nodeId('StatusContext', status.id),
    state: status.state,
    description: status.description,
    target_url: status.targetUrl,
    context: status.context,
    created_at: status.createdAt,
    updated_at: status.updatedAt,
    creator,
  };
}
