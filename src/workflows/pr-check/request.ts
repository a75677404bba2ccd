// The request facts a pull request brings, read through the API: who asked, which labels it
// carries, and whose approval still stands. GitHub keeps every review; only each reviewer's
// latest decision counts, a dismissed one counts for nothing, and the bot never approves.
import type { GitHubClient } from '../../github/index.js';

export interface ReviewFact {
  reviewer: string;
  state: string;
  commit: string;
  submittedAt: string;
  /** User, Bot or Organization, as the API says. */
  type: string;
}

export interface Approval {
  reviewer: string;
  commit: string;
  /** Given on an earlier commit than the one judged: a push came after it. */
  stale: boolean;
}

export interface RequestFacts {
  number: number;
  author: string;
  title: string;
  headSha: string;
  baseSha: string;
  labels: string[];
  approvals: Approval[];
}

/** Reviews that decide: an approval, a request for changes, or a dismissal of either. */
const DECISIONS = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED']);

/**
 * Each reviewer's standing approval. Comments do not undo an approval (as on GitHub); a later
 * request for changes or a dismissal does. Bots are never reviewers whose approval counts.
 */
export function standingApprovals(reviews: ReviewFact[], headSha: string): Approval[] {
  const latest = new Map<string, ReviewFact>();
  const ordered = [...reviews].sort((a, b) =>
    a.submittedAt < b.submittedAt ? -1 : a.submittedAt > b.submittedAt ? 1 : 0,
  );
  for (const review of ordered) {
    if (!DECISIONS.has(review.state)) continue;
    if (review.type === 'Bot' || review.reviewer.endsWith('[bot]')) continue;
    latest.set(review.reviewer.toLowerCase(), review);
  }
  return [...latest.values()]
    .filter((review) => review.state === 'APPROVED')
    .map((review) => ({
      reviewer: review.reviewer,
      commit: review.commit,
      stale: review.commit !== headSha,
    }))
    .sort((a, b) => (a.reviewer < b.reviewer ? -1 : a.reviewer > b.reviewer ? 1 : 0));
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
  const { data: pull } = await client.rest.pulls.get({ owner, repo, pull_number: number });
  const reviews = await client.paginate(client.rest.pulls.listReviews, {
    owner,
    repo,
    pull_number: number,
    per_page: 100,
  });
  const facts: ReviewFact[] = reviews.flatMap((review) =>
    review.user === null || review.user === undefined
      ? []
      : [
          {
            reviewer: review.user.login,
            state: review.state,
            commit: review.commit_id ?? '',
            submittedAt: review.submitted_at ?? '',
            type: review.user.type,
          },
        ],
  );
  return {
    number,
    author: pull.user.login,
    title: pull.title,
    headSha: target.headSha,
    baseSha: pull.base.sha,
    labels: pull.labels.map((label) => label.name ?? '').filter((name) => name !== ''),
    approvals: standingApprovals(facts, target.headSha),
  };
}
