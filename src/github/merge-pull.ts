// Which pull request brought a commit onto its branch, and whose approvals stood when it was
// merged. A merge commit and a squash are the PR's merge commit; a rebased commit is one of
// the PR's commits. Evidence reports and the provisioning workflow both ask this.
import type { GitHubClient } from './client.js';
import { GitHubError } from './errors.js';
import { fetchReviewFacts, standingApprovals } from './reviews.js';

export interface MergeApproval {
  reviewer: string;
  /** RFC 3339: when the standing approval was given. */
  at: string;
  /** The commit the reviewer approved. */
  commit: string;
  /** False when the approval was given on an earlier commit than the one merged. */
  current: boolean;
}

export interface MergePull {
  number: number;
  url: string;
  title: string;
  author: string;
  mergedAt: string;
  mergedBy?: string;
  /** The head commit that was merged. */
  headSha: string;
  labels: string[];
  /** Standing approvals at merge time; the author's and bots' never count. */
  approvals: MergeApproval[];
  /**
   * Reviews submitted on the pull request after it was merged (an after-the-fact review of an
   * emergency merge), oldest first; bots' are left out. Complete up to `checkedAt`.
   */
  reviewsAfterMerge: MergeReview[];
  /** RFC 3339: when the reviews were read; later reviews are not known. */
  checkedAt: string;
}

export interface MergeReview {
  reviewer: string;
  /** RFC 3339. */
  at: string;
  /** APPROVED, CHANGES_REQUESTED, COMMENTED or DISMISSED, as the API says. */
  state: string;
}

/** The merged pull request behind `sha`, or undefined when no merged pull request holds it. */
export async function findMergePull(
  client: GitHubClient,
  owner: string,
  repo: string,
  sha: string,
): Promise<MergePull | undefined> {
  let pulls;
  try {
    pulls = await client.paginate(client.rest.repos.listPullRequestsAssociatedWithCommit, {
      owner,
      repo,
      commit_sha: sha,
      per_page: 100,
    });
  } catch (error) {
    // GitHub answers 422 for a commit it does not have (never pushed): no pull request holds it.
    if (error instanceof GitHubError && error.status === 422) return undefined;
    throw error;
  }
  const merged = pulls.filter((pull) => typeof pull.merged_at === 'string');
  const pull =
    merged.find((p) => p.merge_commit_sha === sha) ??
    merged.sort((a, b) => ((a.merged_at ?? '') < (b.merged_at ?? '') ? -1 : 1))[0];
  if (pull === undefined) return undefined;

  const mergedAt = pull.merged_at as string;
  const author = pull.user?.login ?? '';
  const checkedAt = new Date().toISOString();
  const allReviews = await fetchReviewFacts(client, { owner, repo, number: pull.number });
  const reviews = allReviews.filter(
    (review) => review.submittedAt !== '' && review.submittedAt <= mergedAt,
  );
  const reviewsAfterMerge = allReviews
    .filter(
      (review) =>
        review.submittedAt > mergedAt &&
        review.type !== 'Bot' &&
        !review.reviewer.endsWith('[bot]'),
    )
    .sort((a, b) => (a.submittedAt < b.submittedAt ? -1 : a.submittedAt > b.submittedAt ? 1 : 0))
    .map((review) => ({ reviewer: review.reviewer, at: review.submittedAt, state: review.state }));
  const approvals = standingApprovals(reviews, pull.head.sha)
    .filter((approval) => approval.reviewer.toLowerCase() !== author.toLowerCase())
    .map((approval) => ({
      reviewer: approval.reviewer,
      at: latestApprovalTime(reviews, approval.reviewer),
      commit: approval.commit,
      current: !approval.stale,
    }));
  // The list of a commit's pull requests leaves `merged_by` out; the pull request itself has it.
  // Without it a web merge reads as committed by "GitHub", which merged nothing.
  let mergedBy = (pull as { merged_by?: { login?: string } | null }).merged_by?.login;
  if (mergedBy === undefined) {
    const { data: full } = await client.rest.pulls.get({ owner, repo, pull_number: pull.number });
    mergedBy = full.merged_by?.login;
  }
  return {
    number: pull.number,
    url: pull.html_url,
    title: pull.title,
    author,
    mergedAt,
    ...(mergedBy === undefined ? {} : { mergedBy }),
    headSha: pull.head.sha,
    labels: pull.labels.map((label) => label.name).filter((name) => name !== ''),
    approvals,
    reviewsAfterMerge,
    checkedAt,
  };
}

function latestApprovalTime(
  reviews: { reviewer: string; state: string; submittedAt: string }[],
  reviewer: string,
): string {
  let at = '';
  for (const review of reviews)
    if (review.reviewer === reviewer && review.state === 'APPROVED' && review.submittedAt > at)
      at = review.submittedAt;
  return at;
}
