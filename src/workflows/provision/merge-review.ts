// The pull request behind a merge, for the evidence records: which PR merged the commit and
// whose approvals stood. Provisioning never waits on it: when the lookup cannot be made or
// fails, the records are written without it and the note says why, so an auditor sees a gap
// with its reason rather than a missing run.
import { findMergePull } from '../../github/merge-pull.js';
import type { GitHubClient } from '../../github/index.js';
import { resolveCommit } from '../../model/git.js';
import type { MergeReview } from './apply.js';

export interface MergeReviewLookup {
  review: MergeReview;
  /** Why the records carry no pull request, when they don't. */
  note?: string;
}

export async function lookUpMergeReview(
  client: GitHubClient,
  /** "owner/name" of the repository on GitHub; undefined when not known. */
  repository: string | undefined,
  gitDir: string,
  ref: string,
): Promise<MergeReviewLookup> {
  const [owner = '', repo = ''] = (repository ?? '').split('/');
  if (owner === '' || repo === '')
    return {
      review: {},
      note: 'the evidence names no pull request: set GITHUB_REPOSITORY=OWNER/NAME (or --github-repo) so the merge can be looked up',
    };
  try {
    const sha = await resolveCommit(gitDir, ref);
    const pull = await findMergePull(client, owner, repo, sha);
    if (pull === undefined)
      return {
        review: {},
        note: `no merged pull request holds ${sha.slice(0, 12)} in ${owner}/${repo}: recorded as a direct push`,
      };
    return {
      review: { pullRequest: pull.number, approvers: pull.approvals.map((a) => a.reviewer) },
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      review: {},
      note: `the evidence names no pull request: looking up the merge in ${owner}/${repo} failed: ${message}`,
    };
  }
}
