// The merged pull requests of many commits in one request: GitHub's GraphQL API answers
// `associatedPullRequests` for up to COMMITS_PER_QUERY commits aliased in one query, with
// each pull request's labels, reviews and merger, where REST takes a request for the commit's
// pull requests, one per page of reviews and one for the merger. What one query cannot hold
// whole (more pull requests, labels or reviews than it asks for) is asked through REST.
import type { GitHubClient } from './client.js';
import { findMergePull, mergePullOf, pickMergePull, type MergePull } from './merge-pull.js';
import type { ReviewFact } from './reviews.js';

/**
 * Commits per query. GitHub limits a query to 500,000 nodes; this one asks at most
 * 50 × 5 × (100 + 100) = 50,000, and answers in well under its 10-second limit.
 */
export const COMMITS_PER_QUERY = 50;
const PULLS_PER_COMMIT = 5;
const PER_PULL = 100;

const FRAGMENT = `fragment CommitPulls on Commit {
  associatedPullRequests(first: ${PULLS_PER_COMMIT}) {
    totalCount
    nodes {
      number
      url
      title
      mergedAt
      baseRefName
      headRefOid
      mergeCommit { oid }
      author { __typename login }
      mergedBy { __typename login }
      labels(first: ${PER_PULL}) { totalCount nodes { name } }
      reviews(first: ${PER_PULL}) {
        totalCount
        nodes { state submittedAt commit { oid } author { __typename login } }
      }
    }
  }
}`;

interface Actor {
  __typename: string;
  login: string;
}
interface PullNode {
  number: number;
  url: string;
  title: string;
  mergedAt: string | null;
  baseRefName: string;
  headRefOid: string;
  mergeCommit: { oid: string } | null;
  author: Actor | null;
  mergedBy: Actor | null;
  labels: { totalCount: number; nodes: { name: string }[] };
  reviews: {
    totalCount: number;
    nodes: {
      state: string;
      submittedAt: string | null;
      commit: { oid: string } | null;
      author: Actor | null;
    }[];
  };
}
interface CommitNode {
  associatedPullRequests: { totalCount: number; nodes: PullNode[] };
}

/** The query for `count` commits, each passed as a variable (never spliced into the text). */
export function commitPullsQuery(count: number): string {
  const variables = Array.from({ length: count }, (_, i) => `$c${i}: GitObjectID!`).join(', ');
  const aliases = Array.from(
    { length: count },
    (_, i) => `    c${i}: object(oid: $c${i}) { ...CommitPulls }`,
  ).join('\n');
  return `query CommitPulls($owner: String!, $name: String!, ${variables}) {
  repository(owner: $owner, name: $name) {
    defaultBranchRef { name }
${aliases}
  }
}
${FRAGMENT}`;
}

/**
 * By sha: the merged pull request behind each commit, or undefined when none holds it. One
 * GraphQL query per COMMITS_PER_QUERY commits; a commit whose answer does not fit the query
 * is asked through REST. A failed query throws: the caller decides whether to fall back.
 */
export async function findMergePulls(
  client: GitHubClient,
  owner: string,
  repo: string,
  shas: string[],
): Promise<Map<string, MergePull | undefined>> {
  const answers = new Map<string, MergePull | undefined>();
  for (let at = 0; at < shas.length; at += COMMITS_PER_QUERY)
    for (const [sha, pull] of await oneQuery(
      client,
      owner,
      repo,
      shas.slice(at, at + COMMITS_PER_QUERY),
    ))
      answers.set(sha, pull);
  return answers;
}

/** findMergePulls for at most COMMITS_PER_QUERY commits: one query. */
async function oneQuery(
  client: GitHubClient,
  owner: string,
  repo: string,
  shas: string[],
): Promise<Map<string, MergePull | undefined>> {
  const answers = new Map<string, MergePull | undefined>();
  const checkedAt = new Date().toISOString();
  const variables: Record<string, string> = { owner, name: repo };
  shas.forEach((sha, i) => (variables[`c${i}`] = sha));
  const data = await client.graphql<{
    repository: ({ defaultBranchRef: { name: string } | null } & Record<string, unknown>) | null;
  }>(commitPullsQuery(shas.length), variables);
  // only a pull request merged into the default branch brought a commit onto it
  const branch = data.repository?.defaultBranchRef?.name ?? '';
  const overflow: string[] = [];
  shas.forEach((sha, i) => {
    const node = data.repository?.[`c${i}`] as CommitNode | null | undefined;
    // a commit GitHub does not have (never pushed) has no pull request, as REST's 422 says
    if (node === null || node === undefined) {
      answers.set(sha, undefined);
      return;
    }
    const associated = node.associatedPullRequests;
    if (associated.totalCount > associated.nodes.length) {
      overflow.push(sha);
      return;
    }
    const pull = pickMergePull(
      sha,
      associated.nodes.map((p) => ({
        ...p,
        mergeCommit: p.mergeCommit?.oid ?? null,
        base: p.baseRefName,
      })),
      branch,
    );
    if (pull === undefined) {
      answers.set(sha, undefined);
      return;
    }
    if (
      pull.labels.totalCount > pull.labels.nodes.length ||
      pull.reviews.totalCount > pull.reviews.nodes.length
    ) {
      overflow.push(sha);
      return;
    }
    answers.set(sha, fromNode(pull, checkedAt));
  });
  for (const sha of overflow) answers.set(sha, await findMergePull(client, owner, repo, sha));
  return answers;
}

function fromNode(
  pull: Omit<PullNode, 'mergeCommit'> & { mergeCommit: string | null },
  checkedAt: string,
): MergePull {
  // as REST lists them: a review by a deleted account (no author) is left out
  const reviews: ReviewFact[] = pull.reviews.nodes.flatMap((r) =>
    r.author === null
      ? []
      : [
          {
            reviewer: r.author.login,
            state: r.state,
            commit: r.commit?.oid ?? '',
            submittedAt: r.submittedAt ?? '',
            type: r.author.__typename,
          },
        ],
  );
  return mergePullOf(
    {
      number: pull.number,
      url: pull.url,
      title: pull.title,
      author: pull.author?.login ?? '',
      mergedAt: pull.mergedAt as string,
      ...(pull.mergedBy === null ? {} : { mergedBy: pull.mergedBy.login }),
      headSha: pull.headRefOid,
      ...(pull.mergeCommit === null ? {} : { mergeCommit: pull.mergeCommit }),
      labels: pull.labels.nodes.map((l) => l.name),
    },
    reviews,
    checkedAt,
  );
}
