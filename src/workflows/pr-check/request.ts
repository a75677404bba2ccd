// The request facts a pull request brings, read through the API: who asked, which labels it
// carries, and whose approval still stands (src/github/reviews.ts decides that).
import type { GitHubClient } from '../../github/index.js';
import { getPull } from '../../github/pulls.js';
import { fetchContributors, fetchLabelActors } from '../../github/pull-activity.js';
import { fetchReviewFacts, standingApprovals, type Approval } from '../../github/reviews.js';

export { standingApprovals, type Approval, type ReviewFact } from '../../github/reviews.js';

export interface RequestFacts {
  number: number;
  author: string;
  title: string;
  headSha: string;
  baseSha: string;
  /** The branch the pull request would merge into, when the API said. */
  baseRef?: string;
  labels: string[];
  /** Who added each label last (lower-cased login): break-glass counts only from the permitted. */
  labelActors: Record<string, string>;
  approvals: Approval[];
  /** Lower-cased logins of the authors and committers of its commits: never independent approvers. */
  pushers: string[];
}

export interface RequestTarget {
  owner: string;
  repo: string;
  number: number;
  /** The head commit being judged (the one checked out), not whatever the branch holds now. */
  headSha: string;
}

export async function fetchRequestFacts(
  client: GitHubClient,
  target: RequestTarget,
): Promise<RequestFacts> {
  const { owner, repo, number } = target;
  const pull = await getPull(client, { owner, repo }, number);
  const [facts, pushers, labelActors] = await Promise.all([
    fetchReviewFacts(client, { owner, repo, number }),
    fetchContributors(client, { owner, repo, number }),
    fetchLabelActors(client, { owner, repo, number }),
  ]);
  return {
    number,
    author: pull.user.login,
    title: pull.title,
    headSha: target.headSha,
    baseSha: pull.base.sha,
    baseRef: pull.base.ref,
    labels: pull.labels.map((label) => label.name ?? '').filter((name) => name !== ''),
    labelActors,
    approvals: standingApprovals(facts, target.headSha),
    pushers,
  };
}
