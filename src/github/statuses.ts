// Commit statuses: the evidence log's anchors are statuses on the commits it provisioned.
import type { GitHubClient } from './client.js';
import type { RepoName } from './branches.js';

export async function createCommitStatus(
  client: GitHubClient,
  repo: RepoName,
  sha: string,
  status: { state: 'success'; context: string; description: string },
): Promise<void> {
  await client.rest.repos.createCommitStatus({ ...repo, sha, ...status });
}

/** Every status on a commit, newest first; GitHub answers 422 for a commit it does not know. */
export async function listCommitStatuses(client: GitHubClient, repo: RepoName, ref: string) {
  return client.paginate(client.rest.repos.listCommitStatusesForRef, {
    ...repo,
    ref,
    per_page: 100,
  });
}

/** The latest status of one context on a commit, as GraphQL's `Status.context(name)` gives it. */
export interface LatestStatus {
  description: string | null;
  createdAt: string;
  creator: string | undefined;
}

/** Commits asked about in one GraphQL query: each is one `object(oid)` lookup, no connection. */
export const STATUS_COMMITS_PER_QUERY = 100;

/** The query for `count` commits, each passed as a variable (never spliced into the text). */
export function latestStatusQuery(count: number): string {
  const variables = Array.from({ length: count }, (_, i) => `$c${i}: GitObjectID!`).join(', ');
  const aliases = Array.from(
    { length: count },
    (_, i) =>
      `    c${i}: object(oid: $c${i}) { ... on Commit { status { context(name: $context) { description createdAt creator { login } } } } }`,
  ).join('\n');
  return `query LatestStatus($owner: String!, $name: String!, $context: String!, ${variables}) {
  repository(owner: $owner, name: $name) {
${aliases}
  }
}`;
}

interface StatusNode {
  status: {
    context: {
      description: string | null;
      createdAt: string;
      creator: { login: string } | null;
    } | null;
  } | null;
}

/**
 * By commit: the latest status of `context` on it, for the commits that have one (GitHub
 * keeps the latest of each context in a commit's combined status, so a commit left out has
 * no status of that context at all; a commit GitHub does not know has none either). One
 * GraphQL query per STATUS_COMMITS_PER_QUERY commits, asked one after another; a failed
 * query throws.
 */
export async function latestStatuses(
  client: GitHubClient,
  repo: RepoName,
  shas: string[],
  context: string,
): Promise<Map<string, LatestStatus>> {
  const found = new Map<string, LatestStatus>();
  for (let from = 0; from < shas.length; from += STATUS_COMMITS_PER_QUERY) {
    const part = shas.slice(from, from + STATUS_COMMITS_PER_QUERY);
    const variables: Record<string, string> = { owner: repo.owner, name: repo.repo, context };
    part.forEach((sha, i) => (variables[`c${i}`] = sha));
    const data = await client.graphql<{ repository: Record<string, StatusNode | null> | null }>(
      latestStatusQuery(part.length),
      variables,
    );
    part.forEach((sha, i) => {
      const status = data.repository?.[`c${i}`]?.status?.context;
      if (status === null || status === undefined) return;
      found.set(sha, {
        description: status.description,
        createdAt: status.createdAt,
        creator: status.creator?.login,
      });
    });
  }
  return found;
}
