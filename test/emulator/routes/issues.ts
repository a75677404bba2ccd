import { effectivePermission, readableRepo, writableRepo } from '../access.js';
import {
  ApiError,
  bodyObject,
  noContent,
  notFound,
  nullableString,
  ok,
  optionalEnum,
  optionalString,
  paginate,
  requiredString,
  stringArray,
  type RequestContext,
} from '../http.js';
import type { Router } from '../router.js';
import { labelJson, loginJson, nodeId, repoApiUrl } from '../serialize.js';
import type { Issue, IssueComment, Repo } from '../state.js';

/** Issues, their comments and their labels. Pull requests are issues too, as on GitHub. */

export function registerIssues(router: Router): void {
  router.get('/repos/:owner/:repo/issues', listIssues);
  router.post('/repos/:owner/:repo/issues', createIssue);
  router.get('/repos/:owner/:repo/issues/comments/:comment_id', (ctx) => {
    const repo = readableRepo(ctx);
    return ok(commentJson(ctx, repo, existingComment(ctx, repo)));
  });
  router.patch('/repos/:owner/:repo/issues/comments/:comment_id', updateComment);
  router.delete('/repos/:owner/:repo/issues/comments/:comment_id', (ctx) => {
    const repo = readableRepo(ctx);
    const comment = existingComment(ctx, repo);
    // the author deletes their own comment; anyone else needs write access
    if (comment.user.toLowerCase() !== ctx.actor.login.toLowerCase()) writableRepo(ctx, 'push');
    repo.comments = repo.comments.filter((c) => c.id !== comment.id);
    return noContent;
  });
  router.get('/repos/:owner/:repo/issues/:issue_number', (ctx) => {
    const repo = readableRepo(ctx);
    return ok(issueJson(ctx, repo, existingIssue(ctx, repo)));
  });
  router.patch('/repos/:owner/:repo/issues/:issue_number', updateIssue);
  router.get('/repos/:owner/:repo/issues/:issue_number/comments', (ctx) => {
    const repo = readableRepo(ctx);
    const issue = existingIssue(ctx, repo);
    const comments = repo.comments
      .filter((comment) => comment.issueNumber === issue.number)
      .map((comment) => commentJson(ctx, repo, comment));
    return paginate(ctx, comments, `/repositories/${repo.id}/issues/${issue.number}/comments`);
  });
  router.post('/repos/:owner/:repo/issues/:issue_number/comments', createComment);
  router.post('/repos/:owner/:repo/issues/:issue_number/assignees', addAssignees);

  router.get('/repos/:owner/:repo/issues/:issue_number/events', (ctx) => {
    const repo = readableRepo(ctx);
    const issue = existingIssue(ctx, repo);
    const events = issueEvents(ctx, repo, issue);
    return paginate(ctx, events, `/repositories/${repo.id}/issues/${issue.number}/events`);
  });
  router.get('/repos/:owner/:repo/issues/:issue_number/labels', (ctx) => {
    const repo = readableRepo(ctx);
    const issue = existingIssue(ctx, repo);
    return paginate(
      ctx,
      issueLabels(ctx, repo, issue),
      `/repositories/${repo.id}/issues/${issue.number}/labels`,
    );
  });
  router.post('/repos/:owner/:repo/issues/:issue_number/labels', (ctx) => setLabels(ctx, 'add'));
  router.put('/repos/:owner/:repo/issues/:issue_number/labels', (ctx) => setLabels(ctx, 'set'));
  router.delete('/repos/:owner/:repo/issues/:issue_number/labels/:name', (ctx) => {
    const repo = writableRepo(ctx, 'triage');
    const issue = existingIssue(ctx, repo);
    const name = (ctx.params.name ?? '').toLowerCase();
    if (!issue.labels.some((label) => label.toLowerCase() === name)) {
      throw new ApiError(404, 'Label does not exist');
    }
    ctx.state.relabel(
      repo,
      issue,
      issue.labels.filter((label) => label.toLowerCase() !== name),
      ctx.actor.login,
    );
    issue.updatedAt = ctx.state.now();
    return ok(issueLabels(ctx, repo, issue));
  });
}

/** An issue's events as GET .../issues/{n}/events lists them (GraphQL reads them too). */
export function issueEvents(
  ctx: RequestContext,
  repo: Repo,
  issue: Issue,
): Record<string, unknown>[] {
  return issue.events.map((event) => ({
    id: event.id,
    node_id: nodeId(event.event === 'labeled' ? 'LabeledEvent' : 'UnlabeledEvent', event.id),
    url: `${repoApiUrl(ctx, repo)}/issues/events/${event.id}`,
    actor: loginJson(ctx, event.actor),
    event: event.event,
    commit_id: null,
    commit_url: null,
    created_at: event.createdAt,
    label: { name: event.label, color: ctx.state.ensureLabel(repo, event.label).color },
    performed_via_github_app: null,
  }));
}

export function existingIssue(ctx: RequestContext, repo: Repo): Issue {
  const number = Number(ctx.params.issue_number ?? ctx.params.pull_number);
  const issue = repo.issues.find((candidate) => candidate.number === number);
  if (issue === undefined) throw notFound();
  return issue;
}

function existingComment(ctx: RequestContext, repo: Repo): IssueComment {
  const id = Number(ctx.params.comment_id);
  const comment = repo.comments.find((candidate) => candidate.id === id);
  if (comment === undefined) throw notFound();
  return comment;
}

export function authorAssociation(ctx: RequestContext, repo: Repo, login: string): string {
  if (repo.owner.toLowerCase() === login.toLowerCase()) return 'OWNER';
  const org = ctx.state.org(repo.owner);
  if (org?.members.get(login.toLowerCase())?.state === 'active') return 'MEMBER';
  if (repo.collaborators.has(login.toLowerCase())) return 'COLLABORATOR';
  if (effectivePermission(ctx, repo, login) !== undefined) return 'COLLABORATOR';
  return 'NONE';
}

function reactions(url: string): Record<string, unknown> {
  return {
    url: `${url}/reactions`,
    total_count: 0,
    '+1': 0,
    '-1': 0,
    laugh: 0,
    hooray: 0,
    confused: 0,
    heart: 0,
    rocket: 0,
    eyes: 0,
  };
}

function issueLabels(ctx: RequestContext, repo: Repo, issue: Issue): Record<string, unknown>[] {
  return issue.labels.map((name) => labelJson(ctx, repo, ctx.state.ensureLabel(repo, name)));
}

export function issueJson(ctx: RequestContext, repo: Repo, issue: Issue): Record<string, unknown> {
  const api = repoApiUrl(ctx, repo);
  const url = `${api}/issues/${issue.number}`;
  const html = `${ctx.webUrl}/${repo.owner}/${repo.name}`;
  const body: Record<string, unknown> = {
    url,
    repository_url: api,
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: `${html}/${issue.pull === undefined ? 'issues' : 'pull'}/${issue.number}`,
    id: issue.id,
    node_id: nodeId(issue.pull === undefined ? 'Issue' : 'PullRequest', issue.id),
    number: issue.number,
    title: issue.title,
    user: loginJson(ctx, issue.user),
    labels: issueLabels(ctx, repo, issue),
    state: issue.state,
    locked: issue.locked,
    assignee: issue.assignees[0] === undefined ? null : loginJson(ctx, issue.assignees[0]),
    assignees: issue.assignees.map((login) => loginJson(ctx, login)),
    milestone: null,
    comments: repo.comments.filter((comment) => comment.issueNumber === issue.number).length,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt,
    author_association: authorAssociation(ctx, repo, issue.user),
    active_lock_reason: null,
    body: issue.body,
    closed_by: issue.closedBy === null ? null : loginJson(ctx, issue.closedBy),
    reactions: reactions(url),
    timeline_url: `${url}/timeline`,
    performed_via_github_app: null,
    state_reason: issue.stateReason,
  };
  if (issue.pull !== undefined) {
    body.draft = issue.pull.draft;
    body.pull_request = {
      url: `${api}/pulls/${issue.number}`,
      html_url: `${html}/pull/${issue.number}`,
      diff_url: `${html}/pull/${issue.number}.diff`,
      patch_url: `${html}/pull/${issue.number}.patch`,
      merged_at: issue.pull.mergedAt,
    };
  }
  return body;
}

function commentJson(
  ctx: RequestContext,
  repo: Repo,
  comment: IssueComment,
): Record<string, unknown> {
  const api = repoApiUrl(ctx, repo);
  const issue = repo.issues.find((candidate) => candidate.number === comment.issueNumber);
  const kind = issue?.pull === undefined ? 'issues' : 'pull';
  const url = `${api}/issues/comments/${comment.id}`;
  return {
    url,
    html_url: `${ctx.webUrl}/${repo.owner}/${repo.name}/${kind}/${comment.issueNumber}#issuecomment-${comment.id}`,
    issue_url: `${api}/issues/${comment.issueNumber}`,
    id: comment.id,
    node_id: nodeId('IssueComment', comment.id),
    user: loginJson(ctx, comment.user),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    author_association: authorAssociation(ctx, repo, comment.user),
    body: comment.body,
    reactions: reactions(url),
    performed_via_github_app: null,
  };
}

function listIssues(ctx: RequestContext) {
  const repo = readableRepo(ctx);
  const state = ctx.query.get('state') ?? 'open';
  const wanted = (ctx.query.get('labels') ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name !== '');
  const creator = ctx.query.get('creator')?.toLowerCase();
  const direction = ctx.query.get('direction') ?? 'desc';
  const sortKey = ctx.query.get('sort') === 'updated' ? 'updatedAt' : 'createdAt';
  const issues = repo.issues
    .filter((issue) => state === 'all' || issue.state === state)
    .filter((issue) => wanted.every((name) => issue.labels.some((l) => l.toLowerCase() === name)))
    .filter((issue) => creator === undefined || issue.user.toLowerCase() === creator)
    .sort((a, b) => {
      const order =
        a[sortKey] === b[sortKey] ? a.number - b.number : a[sortKey] < b[sortKey] ? -1 : 1;
      return direction === 'asc' ? order : -order;
    })
    .map((issue) => issueJson(ctx, repo, issue));
  return paginate(ctx, issues, `/repositories/${repo.id}/issues`);
}

function createIssue(ctx: RequestContext) {
  const repo = readableRepo(ctx);
  const body = bodyObject(ctx);
  const title = requiredString(body, 'title');
  const canTriage = effectivePermission(ctx, repo, ctx.actor.login) !== undefined;
  const now = ctx.state.now();
  const issue: Issue = {
    id: ctx.state.nextId(),
    number: ctx.state.nextIssueNumber(repo),
    title,
    body: nullableString(body, 'body') ?? null,
    user: ctx.actor.login,
    state: 'open',
    stateReason: null,
    // GitHub silently drops assignees from people without triage access
    labels: [],
    events: [],
    assignees: canTriage ? (stringArray(body, 'assignees') ?? []) : [],
    locked: false,
    createdAt: now,
    updatedAt: now,
    closedAt: null,
    closedBy: null,
  };
  repo.issues.push(issue);
  // GitHub silently drops labels and assignees from people without triage access
  if (canTriage) ctx.state.relabel(repo, issue, stringArray(body, 'labels') ?? [], ctx.actor.login);
  const json = issueJson(ctx, repo, issue);
  return ok(json, 201, { location: String(json.url) });
}

function updateIssue(ctx: RequestContext) {
  const repo = readableRepo(ctx);
  const issue = existingIssue(ctx, repo);
  if (issue.user.toLowerCase() !== ctx.actor.login.toLowerCase()) writableRepo(ctx, 'triage');
  const body = bodyObject(ctx);
  const title = optionalString(body, 'title');
  if (title !== undefined) issue.title = title;
  const text = nullableString(body, 'body');
  if (text !== undefined) issue.body = text;
  const state = optionalEnum(body, 'state', ['open', 'closed'] as const);
  const reason = optionalEnum(body, 'state_reason', [
    'completed',
    'not_planned',
    'reopened',
  ] as const);
  const now = ctx.state.now();
  if (state !== undefined && state !== issue.state) {
    issue.state = state;
    issue.closedAt = state === 'closed' ? now : null;
    issue.closedBy = state === 'closed' ? ctx.actor.login : null;
    issue.stateReason = state === 'closed' ? (reason ?? 'completed') : 'reopened';
  }
  const labels = stringArray(body, 'labels');
  if (labels !== undefined) ctx.state.relabel(repo, issue, labels, ctx.actor.login);
  const assignees = stringArray(body, 'assignees');
  if (assignees !== undefined) issue.assignees = assignees;
  issue.updatedAt = now;
  return ok(issueJson(ctx, repo, issue));
}

/**
 * Adds up to 10 assignees. As on GitHub, a login that cannot be assigned (no access to the
 * repository) is silently ignored, and so is everything from someone without triage access.
 */
function addAssignees(ctx: RequestContext) {
  const repo = readableRepo(ctx);
  const issue = existingIssue(ctx, repo);
  const wanted = stringArray(bodyObject(ctx), 'assignees') ?? [];
  if (wanted.length > 10) throw new ApiError(422, 'Validation Failed');
  if (effectivePermission(ctx, repo, ctx.actor.login) !== undefined) {
    const held = new Set(issue.assignees.map((login) => login.toLowerCase()));
    for (const login of wanted) {
      const user = ctx.state.user(login);
      if (user === undefined || held.has(user.login.toLowerCase())) continue;
      if (effectivePermission(ctx, repo, user.login) === undefined) continue;
      issue.assignees.push(user.login);
      held.add(user.login.toLowerCase());
    }
    issue.updatedAt = ctx.state.now();
  }
  return ok(issueJson(ctx, repo, issue), 201);
}

function createComment(ctx: RequestContext) {
  const repo = readableRepo(ctx);
  const issue = existingIssue(ctx, repo);
  const text = requiredString(bodyObject(ctx), 'body');
  const now = ctx.state.now();
  const comment: IssueComment = {
    id: ctx.state.nextId(),
    issueNumber: issue.number,
    user: ctx.actor.login,
    body: text,
    createdAt: now,
    updatedAt: now,
  };
  repo.comments.push(comment);
  const json = commentJson(ctx, repo, comment);
  return ok(json, 201, { location: String(json.url) });
}

function updateComment(ctx: RequestContext) {
  const repo = readableRepo(ctx);
  const comment = existingComment(ctx, repo);
  if (comment.user.toLowerCase() !== ctx.actor.login.toLowerCase()) writableRepo(ctx, 'push');
  comment.body = requiredString(bodyObject(ctx), 'body');
  comment.updatedAt = ctx.state.now();
  return ok(commentJson(ctx, repo, comment));
}

function setLabels(ctx: RequestContext, mode: 'add' | 'set') {
  const repo = writableRepo(ctx, 'triage');
  const issue = existingIssue(ctx, repo);
  // the endpoint takes `{"labels": [...]}` or a bare array of names
  const names = Array.isArray(ctx.body)
    ? stringArray({ labels: ctx.body }, 'labels')
    : stringArray(bodyObject(ctx), 'labels');
  ctx.state.relabel(
    repo,
    issue,
    [...(mode === 'set' ? [] : issue.labels), ...(names ?? [])],
    ctx.actor.login,
  );
  issue.updatedAt = ctx.state.now();
  return ok(issueLabels(ctx, repo, issue));
}
