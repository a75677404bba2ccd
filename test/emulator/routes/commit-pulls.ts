import { readableRepo } from '../access.js';
import { mergeBase } from '../git-objects.js';
import { ApiError, paginate, type RequestContext } from '../http.js';
import type { Router } from '../router.js';
import type { Repo } from '../state.js';
import { baseSha, headSha, pullJson, type Pull } from './pulls.js';

/**
 * The pull requests associated with a commit. On the default branch GitHub lists the merged
 * pull requests that brought it there (its merge commit, or one of its commits, as after a
 * rebase); off the default branch, the open pull requests whose commits hold it. The items
 * are pull-request-simple: a pull request without the merge and size fields.
 */

const NOT_IN_SIMPLE = [
  'merged',
  'mergeable',
  'rebaseable',
  'mergeable_state',
  'merged_by',
  'comments',
  'review_comments',
  'maintainer_can_modify',
  'commits',
  'additions',
  'deletions',
  'changed_files',
];

export function registerCommitPulls(router: Router): void {
  router.get('/repos/:owner/:repo/commits/:commit_sha/pulls', (ctx) => {
    const repo = readableRepo(ctx);
    if (repo.refs.size === 0) throw new ApiError(409, 'Git Repository is empty.');
    const sha = ctx.params.commit_sha ?? '';
    if (repo.git.commit(sha) === undefined)
      throw new ApiError(422, `No commit found for SHA: ${sha}`);
    const pulls = associatedPulls(repo, sha).map((pull) => simple(ctx, repo, pull));
    return paginate(ctx, pulls, `/repositories/${repo.id}/commits/${sha}/pulls`);
  });
}

/** The pull requests associated with a commit, newest first: REST and GraphQL answer these. */
export function associatedPulls(repo: Repo, sha: string): Pull[] {
  const tip = repo.refs.get(`refs/heads/${repo.defaultBranch}`);
  const onDefault = tip !== undefined && repo.git.isAncestor(sha, tip);
  return repo.issues
    .filter((issue): issue is Pull => issue.pull !== undefined)
    .filter((pull) =>
      onDefault
        ? pull.pull.merged && (pull.pull.mergeCommitSha === sha || holds(repo, pull, sha))
        : pull.state === 'open' && holds(repo, pull, sha),
    )
    .sort((a, b) => b.number - a.number);
}

/** Whether the commit is one of the pull request's own commits (head side, not base side). */
function holds(repo: Repo, pull: Pull, sha: string): boolean {
  const head = headSha(repo, pull);
  if (!repo.git.isAncestor(sha, head)) return false;
  const base = mergeBase(repo.git, pull.pull.base.sha, head) ?? baseSha(repo, pull);
  return !repo.git.isAncestor(sha, base);
}

function simple(ctx: RequestContext, repo: Repo, pull: Pull): Record<string, unknown> {
  const full = pullJson(ctx, repo, pull);
  for (const key of NOT_IN_SIMPLE) delete full[key];
  return full;
}
