import { writableRepo } from '../access.js';
import { mergeBase, type TreeEntry } from '../git-objects.js';
import { ApiError, bodyObject, ok, optionalEnum, optionalString } from '../http.js';
import type { Router } from '../router.js';
import type { Repo } from '../state.js';
import { baseSha, existingPull, headSha, type Pull } from './pulls.js';

/**
 * Merging a pull request: a merge commit (two parents) or a squash or rebase (one parent) on
 * the base branch. The head's changes since the merge base are applied to the base's files; a
 * path changed differently on both sides is a conflict, and GitHub answers 405.
 */

const METHODS = ['merge', 'squash', 'rebase'] as const;

export function registerMerge(router: Router): void {
  router.get('/repos/:owner/:repo/pulls/:pull_number/merge', (ctx) => {
    const repo = writableRepo(ctx, 'pull');
    const pull = existingPull(ctx, repo);
    if (!pull.pull.merged) throw new ApiError(404, 'Not Found');
    return { status: 204 };
  });
  router.put('/repos/:owner/:repo/pulls/:pull_number/merge', (ctx) => {
    const repo = writableRepo(ctx, 'push');
    const pull = existingPull(ctx, repo);
    const body = bodyObject(ctx);
    const method = optionalEnum(body, 'merge_method', METHODS) ?? 'merge';
    const head = headSha(repo, pull);
    const expected = optionalString(body, 'sha');
    if (expected !== undefined && expected !== head) {
      throw new ApiError(409, 'Head branch was modified. Review and try the merge again.');
    }
    if (pull.state !== 'open' || pull.pull.merged) {
      throw new ApiError(405, 'Pull Request is not mergeable');
    }
    const base = baseSha(repo, pull);
    const tree = mergedTree(repo, base, head);
    if (tree === undefined) throw new ApiError(405, 'Pull Request is not mergeable');
    const title =
      optionalString(body, 'commit_title') ??
      (method === 'merge'
        ? `Merge pull request #${pull.number} from ${repo.owner}/${pull.pull.head.ref}`
        : `${pull.title} (#${pull.number})`);
    const details = optionalString(body, 'commit_message');
    const person = ctx.state.gitPerson(ctx.actor.login);
    const sha = repo.git.putCommit({
      tree,
      parents: method === 'merge' ? [base, head] : [base],
      message: details === undefined ? title : `${title}\n\n${details}`,
      author: method === 'merge' ? person : ctx.state.gitPerson(pull.user),
      committer: person,
    });
    repo.refs.set(`refs/heads/${pull.pull.base.ref}`, sha);
    const now = ctx.state.now();
    markMerged(pull, sha, now, ctx.actor.login, base);
    return ok({ sha, merged: true, message: 'Pull Request successfully merged' });
  });
}

/** As GitHub keeps it: a merged pull request's base stays the branch's tip it was merged onto. */
function markMerged(pull: Pull, sha: string, now: string, by: string, base: string): void {
  pull.pull.base.sha = base;
  pull.state = 'closed';
  pull.closedAt = now;
  pull.closedBy = by;
  pull.updatedAt = now;
  pull.pull.merged = true;
  pull.pull.mergedAt = now;
  pull.pull.mergedBy = by;
  pull.pull.mergeCommitSha = sha;
}

function mergedTree(repo: Repo, base: string, head: string): string | undefined {
  const files = (sha: string | undefined) =>
    sha === undefined
      ? new Map<string, TreeEntry>()
      : repo.git.flatten(repo.git.commit(sha)?.tree ?? '');
  const ancestor = files(mergeBase(repo.git, base, head));
  const ours = files(base);
  const theirs = files(head);
  const result = new Map(ours);
  for (const path of new Set([...ancestor.keys(), ...theirs.keys()])) {
    const before = ancestor.get(path)?.sha;
    const after = theirs.get(path)?.sha;
    if (before === after) continue;
    const current = ours.get(path)?.sha;
    if (current !== before && current !== after) return undefined;
    const entry = theirs.get(path);
    if (entry === undefined) result.delete(path);
    else result.set(path, entry);
  }
  return repo.git.writeTreeFromPaths(result);
}
