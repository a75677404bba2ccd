import { readableRepo, writableRepo } from '../access.js';
import {
  ApiError,
  bodyObject,
  invalidRequest,
  notFound,
  nullableString,
  ok,
  optionalEnum,
  optionalString,
  paginate,
  requiredString,
  type RequestContext,
} from '../http.js';
import type { Router } from '../router.js';
import { nodeId, repoApiUrl } from '../serialize.js';
import type { Annotation, CheckRun, Repo } from '../state.js';
import { resolveCommit } from './git.js';

/**
 * Check runs. GitHub takes at most 50 annotations per request and appends each request's
 * annotations to the run's list; more than 50 in one request is a 422.
 */

const MAX_ANNOTATIONS = 50;
const STATUSES = ['queued', 'in_progress', 'completed', 'waiting', 'requested', 'pending'] as const;
const CONCLUSIONS = [
  'action_required',
  'cancelled',
  'failure',
  'neutral',
  'success',
  'skipped',
  'stale',
  'timed_out',
] as const;
const LEVELS = ['notice', 'warning', 'failure'] as const;

export function registerChecks(router: Router): void {
  router.post('/repos/:owner/:repo/check-runs', (ctx) => {
    const repo = writableRepo(ctx);
    requireAppToken(ctx);
    const body = bodyObject(ctx);
    const name = requiredString(body, 'name');
    const headSha = requiredString(body, 'head_sha');
    if (repo.git.commit(headSha) === undefined) {
      throw new ApiError(422, `No commit found for SHA: ${headSha}`);
    }
    const run: CheckRun = {
      id: ctx.state.nextId(),
      name,
      headSha,
      status: 'queued',
      conclusion: null,
      externalId: null,
      detailsUrl: null,
      startedAt: ctx.state.now(),
      completedAt: null,
      output: { title: null, summary: null, text: null },
      annotations: [],
    };
    applyUpdate(ctx, run, body);
    repo.checkRuns.push(run);
    const json = checkRunJson(ctx, repo, run);
    return ok(json, 201, { location: String(json.url) });
  });

  router.patch('/repos/:owner/:repo/check-runs/:check_run_id', (ctx) => {
    const repo = writableRepo(ctx);
    requireAppToken(ctx);
    const run = existingRun(ctx, repo);
    const body = bodyObject(ctx);
    const name = optionalString(body, 'name');
    if (name !== undefined) run.name = name;
    applyUpdate(ctx, run, body);
    return ok(checkRunJson(ctx, repo, run));
  });

  router.get('/repos/:owner/:repo/check-runs/:check_run_id', (ctx) => {
    const repo = readableRepo(ctx);
    return ok(checkRunJson(ctx, repo, existingRun(ctx, repo)));
  });

  router.get('/repos/:owner/:repo/check-runs/:check_run_id/annotations', (ctx) => {
    const repo = readableRepo(ctx);
    const run = existingRun(ctx, repo);
    const annotations = run.annotations.map((annotation) => ({
      path: annotation.path,
      blob_href: `${ctx.webUrl}/${repo.owner}/${repo.name}/blob/${run.headSha}/${annotation.path}`,
      start_line: annotation.start_line,
      end_line: annotation.end_line,
      start_column: annotation.start_column ?? null,
      end_column: annotation.end_column ?? null,
      annotation_level: annotation.annotation_level,
      title: annotation.title ?? null,
      message: annotation.message,
      raw_details: annotation.raw_details ?? null,
    }));
    return paginate(ctx, annotations, `/repositories/${repo.id}/check-runs/${run.id}/annotations`);
  });

  router.get('/repos/:owner/:repo/commits/:ref/check-runs', (ctx) => {
    const repo = readableRepo(ctx);
    const sha = resolveCommit(repo, ctx.params.ref ?? '');
    const name = ctx.query.get('check_name');
    const runs = repo.checkRuns
      .filter((run) => run.headSha === sha && (name === null || run.name === name))
      .reverse()
      .map((run) => checkRunJson(ctx, repo, run));
    const perPage = Math.min(100, Number(ctx.query.get('per_page') ?? 30) || 30);
    const page = Math.max(1, Number(ctx.query.get('page') ?? 1) || 1);
    return ok({
      total_count: runs.length,
      check_runs: runs.slice((page - 1) * perPage, page * perPage),
    });
  });
}

/**
 * Only GitHub Apps write check runs. The Action's GITHUB_TOKEN is an installation token
 * (`ghs_`); a personal token (`ghp_`, `github_pat_`) is refused, as on GitHub.
 */
function requireAppToken(ctx: RequestContext): void {
  if (!ctx.token.startsWith('ghs_')) {
    throw new ApiError(403, 'You must authenticate via a GitHub App.');
  }
}

function existingRun(ctx: RequestContext, repo: Repo): CheckRun {
  const run = repo.checkRuns.find((candidate) => candidate.id === Number(ctx.params.check_run_id));
  if (run === undefined) throw notFound();
  return run;
}

function applyUpdate(ctx: RequestContext, run: CheckRun, body: Record<string, unknown>): void {
  const status = optionalEnum(body, 'status', STATUSES);
  const conclusion = optionalEnum(body, 'conclusion', CONCLUSIONS);
  if (status === 'completed' && conclusion === undefined && run.conclusion === null) {
    throw invalidRequest(`"conclusion" wasn't supplied.`);
  }
  const externalId = nullableString(body, 'external_id');
  if (externalId !== undefined) run.externalId = externalId;
  const detailsUrl = nullableString(body, 'details_url');
  if (detailsUrl !== undefined) run.detailsUrl = detailsUrl;
  if (body.output !== undefined) applyOutput(run, body.output);
  if (status !== undefined) run.status = status;
  if (conclusion !== undefined) {
    // a conclusion completes the run, as GitHub does even without `status`
    run.conclusion = conclusion;
    run.status = 'completed';
  }
  if (run.status === 'completed' && run.completedAt === null) {
    run.completedAt = optionalString(body, 'completed_at') ?? ctx.state.now();
  }
}

function applyOutput(run: CheckRun, raw: unknown): void {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw invalidRequest(`For 'properties/output', ${JSON.stringify(raw)} is not an object.`);
  }
  const output = raw as Record<string, unknown>;
  const title = requiredOutputString(output, 'title');
  const summary = requiredOutputString(output, 'summary');
  if (summary.length > 65535) {
    throw invalidRequest(`For 'properties/summary', the text is longer than 65535 characters.`);
  }
  run.output = {
    title,
    summary,
    text: typeof output.text === 'string' ? output.text : run.output.text,
  };
  const annotations = output.annotations;
  if (annotations === undefined) return;
  if (!Array.isArray(annotations)) {
    throw invalidRequest(
      `For 'properties/annotations', ${JSON.stringify(annotations)} is not an array.`,
    );
  }
  if (annotations.length > MAX_ANNOTATIONS) {
    throw invalidRequest(
      `No more than ${MAX_ANNOTATIONS} items are allowed; ${annotations.length} were supplied.`,
    );
  }
  run.annotations.push(...annotations.map(checkAnnotation));
}

function requiredOutputString(output: Record<string, unknown>, name: string): string {
  const value = output[name];
  if (typeof value !== 'string') throw invalidRequest(`"${name}" wasn't supplied.`);
  return value;
}

function checkAnnotation(raw: unknown): Annotation {
  const item = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  for (const field of ['path', 'message'] as const) {
    if (typeof item[field] !== 'string') throw invalidRequest(`"${field}" wasn't supplied.`);
  }
  for (const field of ['start_line', 'end_line'] as const) {
    if (!Number.isInteger(item[field])) throw invalidRequest(`"${field}" wasn't supplied.`);
  }
  const level = item.annotation_level;
  if (!(LEVELS as readonly unknown[]).includes(level)) {
    throw invalidRequest(
      `For 'items/annotation_level', ${JSON.stringify(level)} is not one of "notice", "warning", "failure".`,
    );
  }
  return item as unknown as Annotation;
}

function checkRunJson(ctx: RequestContext, repo: Repo, run: CheckRun): Record<string, unknown> {
  const url = `${repoApiUrl(ctx, repo)}/check-runs/${run.id}`;
  return {
    id: run.id,
    head_sha: run.headSha,
    node_id: nodeId('CheckRun', run.id),
    external_id: run.externalId ?? '',
    url,
    html_url: `${ctx.webUrl}/${repo.owner}/${repo.name}/runs/${run.id}`,
    details_url: run.detailsUrl ?? `${ctx.webUrl}/${repo.owner}/${repo.name}/runs/${run.id}`,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.startedAt,
    completed_at: run.completedAt,
    output: {
      title: run.output.title,
      summary: run.output.summary,
      text: run.output.text,
      annotations_count: run.annotations.length,
      annotations_url: `${url}/annotations`,
    },
    name: run.name,
    check_suite: { id: run.id + 1_000_000 },
    app: null,
    pull_requests: [],
  };
}
