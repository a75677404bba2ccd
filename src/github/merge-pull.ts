// Which pull request brought a commit onto the default branch, and whose approvals stood when
// it was merged. A merge commit and a squash are the PR's merge commit; a rebased commit is
// one of the PR's commits. Evidence reports and the provisioning workflow both ask this. A
// pull request merged into another branch brought nothing onto the default one: its
// approvals were given for another base, and the same commit pushed onto the default branch
// afterwards is a direct push.
import { defaultBranch } from './branches.js';
import type { GitHubClient } from './client.js';
import { GitHubError } from './errors.js';
import { fetchReviewFacts, standingApprovals, type ReviewFact } from './reviews.js';

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
  /**
   * The commit GitHub made when it merged the pull request (its merge, squash or last rebased
   * commit); absent when the API did not say.
   */
  mergeCommit?: string;
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
  const pull = pickMergePull(
    sha,
    pulls.map((p) => ({
      ...p,
      mergedAt: p.merged_at,
      mergeCommit: p.merge_commit_sha,
      base: p.base.ref,
    })),
    await defaultBranchOf(client, owner, repo),
  );
  if (pull === undefined) return undefined;

  // read before the reviews: every review submitted up to this instant is in the list
  const checkedAt = new Date().toISOString();
  const allReviews = await fetchReviewFacts(client, { owner, repo, number: pull.number });
  // The list of a commit's pull requests leaves `merged_by` out; the pull request itself has it.
  // Without it a web merge reads as committed by "GitHub", which merged nothing.
  let mergedBy = (pull as { merged_by?: { login?: string } | null }).merged_by?.login;
  if (mergedBy === undefined) {
    const { data: full } = await client.rest.pulls.get({ owner, repo, pull_number: pull.number });
    mergedBy = full.merged_by?.login;
  }
  return mergePullOf(
    {
      number: pull.number,
      url: pull.html_url,
      title: pull.title,
      author: pull.user?.login ?? '',
      mergedAt: pull.merged_at as string,
      ...(mergedBy === undefined ? {} : { mergedBy }),
      headSha: pull.head.sha,
      ...(pull.merge_commit_sha === null ? {} : { mergeCommit: pull.merge_commit_sha }),
      labels: pull.labels.map((label) => label.name),
    },
    allReviews,
    checkedAt,
  );
}

/** A merged pull request as the API describes it, before its reviews are read into approvals. */
export interface MergedPullFacts {
  number: number;
  url: string;
  title: string;
  author: string;
  mergedAt: string;
  mergedBy?: string;
  headSha: string;
  mergeCommit?: string;
  labels: string[];
}

/**
 * Among the pull requests associated with a commit and merged into `branch` (the default
 * branch): the one it is the merge commit of, else the first merged. REST and GraphQL answers
 * are both read through this.
 */
export function pickMergePull<
  T extends { mergedAt: string | null; mergeCommit: string | null; base: string },
>(sha: string, pulls: T[], branch: string): T | undefined {
  const merged = pulls.filter((pull) => typeof pull.mergedAt === 'string' && pull.base === branch);
  return (
    merged.find((p) => p.mergeCommit === sha) ??
    merged.sort((a, b) => ((a.mergedAt ?? '') < (b.mergedAt ?? '') ? -1 : 1))[0]
  );
}

/** Each client's answer for each repository's default branch: it is asked once per run. */
const defaultBranches = new WeakMap<GitHubClient, Map<string, Promise<string>>>();

function defaultBranchOf(client: GitHubClient, owner: string, repo: string): Promise<string> {
  let known = defaultBranches.get(client);
  if (known === undefined) defaultBranches.set(client, (known = new Map()));
  const key = `${owner}/${repo}`.toLowerCase();
  let branch = known.get(key);
  if (branch === undefined) {
    branch = defaultBranch(client, { owner, repo });
    // a failed read is asked again next time, not remembered
    branch.catch(() => known.delete(key));
    known.set(key, branch);
  }
  return branch;
}

/** The evidence of one merged pull request: its standing approvals and later reviews. */
export function mergePullOf(
  facts: MergedPullFacts,
  allReviews: ReviewFact[],
  checkedAt: string,
): MergePull {
  const { mergedAt, author } = facts;
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
  const approvals = standingApprovals(reviews, facts.headSha)
    .filter((approval) => approval.reviewer.toLowerCase() !== author.toLowerCase())
    .map((approval) => ({
      reviewer: approval.reviewer,
      at: latestApprovalTime(reviews, approval.reviewer),
      commit: approval.commit,
      current: !approval.stale,
    }));
  return {
    number: facts.number,
    url: facts.url,
    title: facts.title,
    author,
    mergedAt,
    ...(facts.mergedBy === undefined ? {} : { mergedBy: facts.mergedBy }),
    headSha: facts.headSha,
    ...(facts.mergeCommit === undefined ? {} : { mergeCommit: facts.mergeCommit }),
    labels: facts.labels.filter((name) => name !== ''),
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
