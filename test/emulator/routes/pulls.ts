import { effectivePermission, readableRepo, writableRepo } from '../access.js';
import { mergeBase } from '../git-objects.js';
import {
  ApiError,
  bodyObject,
  nullableString,
  ok,
  optionalEnum,
  optionalString,
  paginate,
  requiredString,
  validationFailed,
  type RequestContext,
} from '../http.js';
import { diffLines } from '../line-diff.js';
import type { Router } from '../router.js';
import { fullRepoJson, loginJson, nodeId, repoApiUrl } from '../serialize.js';
import type { Issue, PullData, Repo, Review } from '../state.js';
import { commitJson } from './git.js';
import { authorAssociation, existingIssue, issueJson } from './issues.js';
import { teamJson } from './teams.js';

/** Pull requests: get, list, create, update, their changed files and their reviews. */

export type Pull = Issue & { pull: PullData };

export function registerPulls(router: Router): void {
  router.get('/repos/:owner/:repo/pulls', listPulls);
  router.post('/repos/:owner/:repo/pulls', createPull);
  router.get('/repos/:owner/:repo/pulls/:pull_number', (ctx) => {
    const repo = readableRepo(ctx);
    return ok(pullJson(ctx, repo, existingPull(ctx, repo)));
  });
  router.patch('/repos/:owner/:repo/pulls/:pull_number', updatePull);
  router.get('/repos/:owner/:repo/pulls/:pull_number/files', (ctx) => {
    const repo = readableRepo(ctx);
    const pull = existingPull(ctx, repo);
    return paginate(
      ctx,
      changedFiles(ctx, repo, pull),
      `/repositories/${repo.id}/pulls/${pull.number}/files`,
    );
  });
  router.get('/repos/:owner/:repo/pulls/:pull_number/reviews', (ctx) => {
    const repo = readableRepo(ctx);
    const pull = existingPull(ctx, repo);
    const reviews = repo.reviews
      .filter((review) => review.pullNumber === pull.number && review.state !== 'PENDING')
      .map((review) => reviewJson(ctx, repo, review));
    return paginate(ctx, reviews, `/repositories/${repo.id}/pulls/${pull.number}/reviews`);
  });
  router.post('/repos/:owner/:repo/pulls/:pull_number/reviews', createReview);
  router.get('/repos/:owner/:repo/pulls/:pull_number/requested_reviewers', (ctx) => {
    const repo = readableRepo(ctx);
    const pull = existingPull(ctx, repo);
    return ok({
      users: pull.pull.requestedReviewers.map((login) => loginJson(ctx, login)),
      teams: requestedTeamsJson(ctx, repo, pull),
    });
  });
  router.post('/repos/:owner/:repo/pulls/:pull_number/requested_reviewers', requestReviewers);
  router.get('/repos/:owner/:repo/pulls/:pull_number/commits', (ctx) => {
    const repo = readableRepo(ctx);
    const pull = existingPull(ctx, repo);
    // as GitHub: "Lists a maximum of 250 commits for a pull request"
    const commits = pullCommits(ctx, repo, pull).slice(0, PULL_COMMITS_LISTED);
    return paginate(ctx, commits, `/repositories/${repo.id}/pulls/${pull.number}/commits`);
  });
}

/** The most commits GitHub lists for one pull request, through REST and GraphQL alike. */
export const PULL_COMMITS_LISTED = 250;

/** A pull request's commits as GET .../pulls/{n}/commits lists them (GraphQL reads them too). */
export function pullCommits(
  ctx: RequestContext,
  repo: Repo,
  pull: Pull,
): Record<string, unknown>[] {
  const head = headSha(repo, pull);
  const base = mergeBase(repo.git, baseSha(repo, pull), head);
  return commitsBetween(repo, base, head).map((sha) => commitListJson(ctx, repo, sha));
}

/** Commits reachable from head but not from base, oldest first, as GitHub lists a PR's commits. */
function commitsBetween(repo: Repo, base: string | undefined, head: string): string[] {
  const excluded = new Set<string>();
  const stack = base === undefined ? [] : [base];
  while (stack.length > 0) {
    const sha = stack.pop() as string;
    if (excluded.has(sha)) continue;
    excluded.add(sha);
    stack.push(...(repo.git.commit(sha)?.parents ?? []));
  }
  const found: string[] = [];
  const seen = new Set<string>();
  const walk = [head];
  while (walk.length > 0) {
    const sha = walk.pop() as string;
    if (excluded.has(sha) || seen.has(sha)) continue;
    seen.add(sha);
    found.push(sha);
    walk.push(...(repo.git.commit(sha)?.parents ?? []));
  }
  return found.reverse();
}

/**
 * The accounts GitHub ties a commit's author and committer to: here, by a noreply address
 * (`ID+login@users.noreply.github.com`) of a known user; null for any other address.
 */
export function commitAccounts(
  ctx: RequestContext,
  repo: Repo,
  sha: string,
): { author: Record<string, unknown> | null; committer: Record<string, unknown> | null } {
  const git = commitJson(ctx, repo, sha);
  const userFor = (email: string) => {
    const login = /^\d+\+(.+)@users\.noreply\.github\.com$/.exec(email)?.[1];
    return login === undefined || ctx.state.user(login) === undefined
      ? null
      : loginJson(ctx, login);
  };
  return { author: userFor(git.author.email), committer: userFor(git.committer.email) };
}

function commitListJson(ctx: RequestContext, repo: Repo, sha: string): Record<string, unknown> {
  const git = commitJson(ctx, repo, sha);
  const api = repoApiUrl(ctx, repo);
  const accounts = commitAccounts(ctx, repo, sha);
  return {
    sha,
    node_id: git.node_id,
    commit: {
      author: git.author,
      committer: git.committer,
      message: git.message,
      tree: git.tree,
      url: git.url,
      comment_count: 0,
      verification: git.verification,
    },
    url: `${api}/commits/${sha}`,
    html_url: git.html_url,
    comments_url: `${api}/commits/${sha}/comments`,
    author: accounts.author,
    committer: accounts.committer,
    parents: git.parents,
  };
}

export function existingPull(ctx: RequestContext, repo: Repo): Pull {
  const issue = existingIssue(ctx, repo);
  if (issue.pull === undefined) throw new ApiError(404, 'Not Found');
  return issue as Pull;
}

/** The head follows its branch while the branch exists, as a push updates an open PR. */
export function headSha(repo: Repo, pull: Pull): string {
  return repo.refs.get(`refs/heads/${pull.pull.head.ref}`) ?? pull.pull.head.sha;
}

/** The base follows its branch until the pull request is merged, then stays where it was merged. */
export function baseSha(repo: Repo, pull: Pull): string {
  if (pull.pull.merged) return pull.pull.base.sha;
  return repo.refs.get(`refs/heads/${pull.pull.base.ref}`) ?? pull.pull.base.sha;
}

function branchJson(ctx: RequestContext, repo: Repo, ref: string, sha: string) {
  return {
    label: `${repo.owner}:${ref}`,
    ref,
    sha,
    user: loginJson(ctx, repo.owner),
    repo: fullRepoJson(ctx, repo, undefined),
  };
}

export function pullJson(ctx: RequestContext, repo: Repo, pull: Pull): Record<string, unknown> {
  const api = repoApiUrl(ctx, repo);
  const url = `${api}/pulls/${pull.number}`;
  const html = `${ctx.webUrl}/${repo.owner}/${repo.name}/pull/${pull.number}`;
  const head = headSha(repo, pull);
  const files = changedFiles(ctx, repo, pull);
  const base = mergeBase(repo.git, baseSha(repo, pull), head);
  const commits = countCommits(repo, base, head);
  const issue = issueJson(ctx, repo, pull);
  return {
    url,
    id: pull.id,
    node_id: nodeId('PullRequest', pull.id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${api}/issues/${pull.number}`,
    number: pull.number,
    state: pull.state,
    locked: pull.locked,
    title: pull.title,
    user: issue.user,
    body: pull.body,
    created_at: pull.createdAt,
    updated_at: pull.updatedAt,
    closed_at: pull.closedAt,
    merged_at: pull.pull.mergedAt,
    merge_commit_sha: pull.pull.mergeCommitSha,
    assignee: issue.assignee,
    assignees: issue.assignees,
    requested_reviewers: pull.pull.requestedReviewers.map((login) => loginJson(ctx, login)),
    requested_teams: requestedTeamsJson(ctx, repo, pull),
    labels: issue.labels,
    milestone: null,
    draft: pull.pull.draft,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${api}/pulls/comments{/number}`,
    comments_url: `${api}/issues/${pull.number}/comments`,
    statuses_url: `${api}/statuses/${head}`,
    head: branchJson(ctx, repo, pull.pull.head.ref, head),
    base: branchJson(ctx, repo, pull.pull.base.ref, baseSha(repo, pull)),
    _links: {
      self: { href: url },
      html: { href: html },
      issue: { href: `${api}/issues/${pull.number}` },
      comments: { href: `${api}/issues/${pull.number}/comments` },
      review_comments: { href: `${url}/comments` },
      review_comment: { href: `${api}/pulls/comments{/number}` },
      commits: { href: `${url}/commits` },
      statuses: { href: `${api}/statuses/${head}` },
    },
    author_association: authorAssociation(ctx, repo, pull.user),
    auto_merge: null,
    active_lock_reason: null,
    merged: pull.pull.merged,
    mergeable: pull.state === 'open' ? true : null,
    rebaseable: pull.state === 'open' ? true : null,
    mergeable_state: pull.state === 'open' ? 'clean' : 'unknown',
    merged_by:
      pull.pull.mergedBy === undefined || pull.pull.mergedBy === null
        ? null
        : loginJson(ctx, pull.pull.mergedBy),
    comments: issue.comments,
    review_comments: 0,
    maintainer_can_modify: false,
    commits,
    additions: files.reduce((sum, file) => sum + Number(file.additions), 0),
    deletions: files.reduce((sum, file) => sum + Number(file.deletions), 0),
    changed_files: files.length,
  };
}

function countCommits(repo: Repo, base: string | undefined, head: string): number {
  let count = 0;
  const seen = new Set<string>();
  const queue = [head];
  while (queue.length > 0) {
    const sha = queue.pop() as string;
    if (sha === base || seen.has(sha)) continue;
    seen.add(sha);
    count += 1;
    queue.push(...(repo.git.commit(sha)?.parents ?? []));
  }
  return count;
}

function changedFiles(ctx: RequestContext, repo: Repo, pull: Pull): Record<string, unknown>[] {
  const head = headSha(repo, pull);
  const base = mergeBase(repo.git, baseSha(repo, pull), head) ?? baseSha(repo, pull);
  const before = repo.git.flatten(repo.git.commit(base)?.tree ?? '');
  const after = repo.git.flatten(repo.git.commit(head)?.tree ?? '');
  const paths = [...new Set([...before.keys(), ...after.keys()])].sort();
  const api = repoApiUrl(ctx, repo);
  const html = `${ctx.webUrl}/${repo.owner}/${repo.name}`;
  const files: Record<string, unknown>[] = [];
  for (const path of paths) {
    const old = before.get(path);
    const now = after.get(path);
    if (old?.sha === now?.sha) continue;
    const status = old === undefined ? 'added' : now === undefined ? 'removed' : 'modified';
    const text = (sha: string | undefined) =>
      sha === undefined ? '' : (repo.git.blob(sha)?.toString('utf8') ?? '');
    const diff = diffLines(text(old?.sha), text(now?.sha));
    const sha = (now ?? old)?.sha ?? '';
    const at = status === 'removed' ? base : head;
    files.push({
      sha,
      filename: path,
      status,
      additions: diff.additions,
      deletions: diff.deletions,
      changes: diff.additions + diff.deletions,
      blob_url: `${html}/blob/${at}/${path}`,
      raw_url: `${html}/raw/${at}/${path}`,
      contents_url: `${api}/contents/${path}?ref=${at}`,
      patch: diff.patch,
    });
  }
  return files;
}

export function reviewJson(
  ctx: RequestContext,
  repo: Repo,
  review: Review,
): Record<string, unknown> {
  const api = repoApiUrl(ctx, repo);
  const html = `${ctx.webUrl}/${repo.owner}/${repo.name}/pull/${review.pullNumber}#pullrequestreview-${review.id}`;
  return {
    id: review.id,
    node_id: nodeId('PullRequestReview', review.id),
    user: loginJson(ctx, review.user),
    body: review.body,
    state: review.state,
    html_url: html,
    pull_request_url: `${api}/pulls/${review.pullNumber}`,
    author_association: authorAssociation(ctx, repo, review.user),
    _links: {
      html: { href: html },
      pull_request: { href: `${api}/pulls/${review.pullNumber}` },
    },
    submitted_at: review.submittedAt,
    commit_id: review.commitId,
  };
}

function listPulls(ctx: RequestContext) {
  const repo = readableRepo(ctx);
  const state = ctx.query.get('state') ?? 'open';
  const head = ctx.query.get('head')?.replace(/^[^:]*:/, '');
  const base = ctx.query.get('base');
  const pulls = repo.issues
    .filter((issue): issue is Pull => issue.pull !== undefined)
    .filter((pull) => state === 'all' || pull.state === state)
    .filter((pull) => head === undefined || pull.pull.head.ref === head)
    .filter((pull) => base === null || pull.pull.base.ref === base)
    .sort((a, b) => b.number - a.number)
    .map((pull) => pullJson(ctx, repo, pull));
  return paginate(ctx, pulls, `/repositories/${repo.id}/pulls`);
}

function createPull(ctx: RequestContext) {
  const repo = writableRepo(ctx, 'pull');
  const body = bodyObject(ctx);
  const title = requiredString(body, 'title');
  const head = requiredString(body, 'head').replace(/^[^:]*:/, '');
  const base = requiredString(body, 'base');
  const baseTip = repo.refs.get(`refs/heads/${base}`);
  const headTip = repo.refs.get(`refs/heads/${head}`);
  if (baseTip === undefined) {
    throw validationFailed([{ resource: 'PullRequest', field: 'base', code: 'invalid' }]);
  }
  if (headTip === undefined) {
    throw validationFailed([{ resource: 'PullRequest', field: 'head', code: 'invalid' }]);
  }
  if (repo.git.isAncestor(headTip, baseTip)) {
    throw validationFailed([
      {
        resource: 'PullRequest',
        code: 'custom',
        message: `No commits between ${base} and ${head}`,
      },
    ]);
  }
  const duplicate = repo.issues.some(
    (issue) =>
      issue.pull !== undefined &&
      issue.state === 'open' &&
      issue.pull.head.ref === head &&
      issue.pull.base.ref === base,
  );
  if (duplicate) {
    throw validationFailed([
      {
        resource: 'PullRequest',
        code: 'custom',
        message: `A pull request already exists for ${repo.owner}:${head}.`,
      },
    ]);
  }
  const now = ctx.state.now();
  const pull: Pull = {
    id: ctx.state.nextId(),
    number: ctx.state.nextIssueNumber(repo),
    title,
    body: nullableString(body, 'body') ?? null,
    user: ctx.actor.login,
    state: 'open',
    stateReason: null,
    labels: [],
    events: [],
    assignees: [],
    locked: false,
    createdAt: now,
    updatedAt: now,
    closedAt: null,
    closedBy: null,
    pull: {
      head: { ref: head, sha: headTip },
      base: { ref: base, sha: baseTip },
      merged: false,
      mergedAt: null,
      mergeCommitSha: null,
      draft: body.draft === true,
      requestedReviewers: [],
      requestedTeams: [],
    },
  };
  repo.issues.push(pull);
  const json = pullJson(ctx, repo, pull);
  return ok(json, 201, { location: String(json.url) });
}

function updatePull(ctx: RequestContext) {
  const repo = readableRepo(ctx);
  const pull = existingPull(ctx, repo);
  if (pull.user.toLowerCase() !== ctx.actor.login.toLowerCase()) writableRepo(ctx, 'push');
  const body = bodyObject(ctx);
  const title = optionalString(body, 'title');
  if (title !== undefined) pull.title = title;
  const text = nullableString(body, 'body');
  if (text !== undefined) pull.body = text;
  const base = optionalString(body, 'base');
  if (base !== undefined) {
    const tip = repo.refs.get(`refs/heads/${base}`);
    if (tip === undefined) {
      throw validationFailed([{ resource: 'PullRequest', field: 'base', code: 'invalid' }]);
    }
    pull.pull.base = { ref: base, sha: tip };
  }
  const state = optionalEnum(body, 'state', ['open', 'closed'] as const);
  const now = ctx.state.now();
  if (state !== undefined && state !== pull.state) {
    if (pull.pull.merged) {
      throw validationFailed([
        {
          resource: 'PullRequest',
          code: 'custom',
          message: 'Cannot change state of a merged pull request',
        },
      ]);
    }
    pull.state = state;
    pull.closedAt = state === 'closed' ? now : null;
  }
  pull.updatedAt = now;
  return ok(pullJson(ctx, repo, pull));
}

/**
 * Review requests as GitHub takes them: never from the author, only from people who can read
 * the repository and from the organisation's teams that have access to it; asking twice is
 * a no-op. A submitted review takes its author off the list.
 */
function requestReviewers(ctx: RequestContext) {
  const repo = writableRepo(ctx, 'triage');
  const pull = existingPull(ctx, repo);
  const body = bodyObject(ctx);
  const users = stringList(body, 'reviewers');
  const teams = stringList(body, 'team_reviewers');
  if (users.length === 0 && teams.length === 0) {
    throw validationFailed([
      { resource: 'PullRequest', field: 'reviewers', code: 'missing_field' },
    ]);
  }
  if (users.some((login) => login.toLowerCase() === pull.user.toLowerCase())) {
    throw new ApiError(422, 'Review cannot be requested from pull request author.');
  }
  const org = ctx.state.org(repo.owner);
  const unknownUser = users.some((login) => effectivePermission(ctx, repo, login) === undefined);
  const unknownTeam = teams.some(
    (slug) =>
      org?.teams.get(slug.toLowerCase()) === undefined || !repo.teams.has(slug.toLowerCase()),
  );
  if (unknownUser || unknownTeam) {
    throw new ApiError(
      422,
      `Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the ${repo.owner}/${repo.name} repository.`,
    );
  }
  const add = (list: string[], name: string) => {
    if (!list.some((entry) => entry.toLowerCase() === name.toLowerCase())) list.push(name);
  };
  for (const login of users)
    add(pull.pull.requestedReviewers, ctx.state.user(login)?.login ?? login);
  for (const slug of teams) add(pull.pull.requestedTeams, slug.toLowerCase());
  pull.updatedAt = ctx.state.now();
  return ok(pullJson(ctx, repo, pull), 201);
}

function stringList(body: Record<string, unknown>, field: string): string[] {
  const value = body[field];
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    throw validationFailed([{ resource: 'PullRequest', field, code: 'invalid' }]);
  }
  return value as string[];
}

function requestedTeamsJson(
  ctx: RequestContext,
  repo: Repo,
  pull: Pull,
): Record<string, unknown>[] {
  const org = ctx.state.org(repo.owner);
  if (org === undefined) return [];
  return pull.pull.requestedTeams.flatMap((slug) => {
    const team = org.teams.get(slug);
    return team === undefined ? [] : [teamJson(ctx, org, team, false)];
  });
}

const REVIEW_EVENTS = ['APPROVE', 'REQUEST_CHANGES', 'COMMENT'] as const;

function createReview(ctx: RequestContext) {
  const repo = readableRepo(ctx);
  const pull = existingPull(ctx, repo);
  const body = bodyObject(ctx);
  const event = optionalEnum(body, 'event', REVIEW_EVENTS);
  const text = optionalString(body, 'body') ?? '';
  const isAuthor = pull.user.toLowerCase() === ctx.actor.login.toLowerCase();
  if (isAuthor && (event === 'APPROVE' || event === 'REQUEST_CHANGES')) {
    const verb = event === 'APPROVE' ? 'approve' : 'request changes on';
    throw new ApiError(422, 'Unprocessable Entity', {
      errors: [`Review Can not ${verb} your own pull request`],
    });
  }
  if (event !== undefined && event !== 'APPROVE' && text === '') {
    throw new ApiError(422, 'Unprocessable Entity', {
      errors: [
        `Review body is required for ${event === 'COMMENT' ? 'comment' : 'request changes'} event`,
      ],
    });
  }
  const states = {
    APPROVE: 'APPROVED',
    REQUEST_CHANGES: 'CHANGES_REQUESTED',
    COMMENT: 'COMMENTED',
  } as const;
  const review: Review = {
    id: ctx.state.nextId(),
    pullNumber: pull.number,
    user: ctx.actor.login,
    state: event === undefined ? 'PENDING' : states[event],
    body: text,
    commitId: optionalString(body, 'commit_id') ?? headSha(repo, pull),
    submittedAt: ctx.state.now(),
  };
  repo.reviews.push(review);
  if (review.state !== 'PENDING') {
    pull.pull.requestedReviewers = pull.pull.requestedReviewers.filter(
      (login) => login.toLowerCase() !== review.user.toLowerCase(),
    );
  }
  return ok(reviewJson(ctx, repo, review));
}
