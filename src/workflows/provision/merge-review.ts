// The pull request behind a merge, for the evidence records: which PR merged the commit and
// whose approvals stood. Provisioning never waits on it: when the lookup cannot be made or
// fails, the records are written without it and the note says why, so an auditor sees a gap
// with its reason rather than a missing run.
import { findMergePull, type MergePull } from '../../github/merge-pull.js';
import { findMergePulls } from '../../github/merge-pulls-batch.js';
import type { GitHubClient } from '../../github/index.js';
import { fetchContributors, fetchLabelActors } from '../../github/pull-activity.js';
import { fetchPullActivities, type PullActivity } from '../../github/pull-activity-batch.js';
import { resolveCommit } from '../../model/git.js';
import type { MergeReview } from './apply.js';
import { directPushes, type MergeRequest, type RequestLookup } from './gate.js';

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

/**
 * The request behind each merge, for the provision gate: the merged pull request's author,
 * its approvals as they stood at merge (stale unless given on the merged head), its labels
 * and who added them by then, and whoever pushed to it. A commit no merged pull request
 * holds is a direct push, approved by nobody. A failed lookup is a direct push too: the gate
 * holds rather than guesses.
 *
 * `prefetch` asks for many commits at once (GraphQL, a query per 50 commits and one per 50 of
 * their pull requests); each is then answered from what it fetched. Anything it could not
 * fetch, or a failed query, is asked one commit at a time through REST, as before. Either way
 * a commit is asked about once a run: a failed look-up is asked again.
 */
export function pullRequestLookup(
  client: GitHubClient,
  repository: string | undefined,
  /** `batch: false`: nothing is asked many at a time; every commit through REST, on its own. */
  { batch = true }: { batch?: boolean } = {},
): RequestLookup {
  const [owner = '', repo = ''] = (repository ?? '').split('/');
  if (owner === '' || repo === '')
    return directPushes(
      'no repository to look pull requests up in (set GITHUB_REPOSITORY=OWNER/NAME or --github-repo): judged as a direct push',
    );
  const fetched = new Map<string, MergeRequest>();
  const lookup: RequestLookup = async (commit) => {
    const known = fetched.get(commit);
    if (known !== undefined) return known;
    let pull;
    try {
      pull = await findMergePull(client, owner, repo, commit);
    } catch (error) {
      return failedLookup(commit, error);
    }
    let answer = directPush(commit);
    if (pull !== undefined) {
      const target = { owner, repo, number: pull.number };
      try {
        const [pushers, labelActors] = await Promise.all([
          fetchContributors(client, target),
          fetchLabelActors(client, target, pull.mergedAt),
        ]);
        answer = requestOf(pull, { pushers, labelActors });
      } catch (error) {
        // who pushed to it or labelled it is not known: nobody's approval is counted on a guess
        return failedLookup(commit, error);
      }
    }
    // a run asks about a commit once (reconcile traces many grants through the same changes)
    fetched.set(commit, answer);
    return answer;
  };
  lookup.source = `${owner}/${repo}`;
  if (!batch) return lookup;
  lookup.madeByMerges = async (commits) => {
    const made = new Set<string>();
    for (const [sha, pull] of await findMergePulls(client, owner, repo, commits))
      if (pull?.mergeCommit === sha) made.add(sha);
    return made;
  };
  lookup.prefetch = async (commits) => {
    const wanted = [...new Set(commits)].filter((commit) => !fetched.has(commit));
    try {
      const pulls = await findMergePulls(client, owner, repo, wanted);
      const merged = new Map<number, MergePull>();
      for (const pull of pulls.values()) if (pull !== undefined) merged.set(pull.number, pull);
      const activities = await fetchPullActivities(
        client,
        owner,
        repo,
        [...merged.values()].map((pull) => ({ number: pull.number, until: pull.mergedAt })),
      );
      for (const [sha, pull] of pulls) {
        const activity = pull === undefined ? undefined : activities.get(pull.number);
        if (pull === undefined) fetched.set(sha, directPush(sha));
        else if (activity !== undefined) fetched.set(sha, requestOf(pull, activity));
      }
    } catch {
      // what was not fetched is asked one commit at a time, and fails there with its reason
    }
  };
  return lookup;
}

function failedLookup(commit: string, error: unknown): MergeRequest {
  const message = error instanceof Error ? error.message : String(error);
  return {
    request: NOBODY,
    note: `looking up the pull request of ${commit.slice(0, 12)} failed (${message}): judged as a direct push`,
    failed: true,
  };
}

function directPush(commit: string): MergeRequest {
  return {
    request: NOBODY,
    note: `no merged pull request holds ${commit.slice(0, 12)}: a direct push, approved by nobody`,
  };
}

function requestOf(pull: MergePull, activity: PullActivity): MergeRequest {
  return {
    pullRequest: pull.number,
    headSha: pull.headSha,
    ...(pull.mergeCommit === undefined ? {} : { mergeCommit: pull.mergeCommit }),
    request: {
      author: pull.author,
      labels: pull.labels,
      labelActors: activity.labelActors,
      approvals: pull.approvals.map((a) => ({
        reviewer: a.reviewer,
        commit: a.commit,
        stale: !a.current,
      })),
      pushers: activity.pushers,
    },
  };
}

const NOBODY = { author: '', labels: [], labelActors: {}, approvals: [], pushers: [] };
