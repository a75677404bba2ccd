// Reviews as the API lists them, reduced to whose approval stands: GitHub keeps every
// review; only each reviewer's latest decision counts, a dismissed one counts for nothing,
// and a bot never approves. The pull-request check and the merge lookup both read it.
import type { GitHubClient } from './client.js';

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

/** Every submitted review of a pull request, with its reviewer's account type. */
export async function fetchReviewFacts(
  client: GitHubClient,
  target: { owner: string; repo: string; number: number },
): Promise<ReviewFact[]> {
  const reviews = await client.paginate(client.rest.pulls.listReviews, {
    owner: target.owner,
    repo: target.repo,
    pull_number: target.number,
    per_page: 100,
  });
  return reviews.flatMap((review) =>
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
}
