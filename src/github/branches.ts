// Branches as git references: where a branch points, and moving it. The expiry and
// identity-sync pull requests and the evidence branch are all written this way.
import type { GitHubClient } from './client.js';
import { GitHubError } from './errors.js';

export interface RepoName {
  owner: string;
  repo: string;
}

/** The repository's default branch, as its settings name it. */
export async function defaultBranch(client: GitHubClient, repo: RepoName): Promise<string> {
  const { data } = await client.rest.repos.get({ ...repo });
  return data.default_branch;
}

/** The commit a branch points at; a missing branch fails with GitHub's 404. */
export async function branchTip(
  client: GitHubClient,
  repo: RepoName,
  branch: string,
): Promise<string> {
  const { data } = await client.rest.git.getRef({ ...repo, ref: `heads/${branch}` });
  return data.object.sha;
}

/** The commit a branch points at, or undefined when the branch does not exist. */
export async function findBranchTip(
  client: GitHubClient,
  repo: RepoName,
  branch: string,
): Promise<string | undefined> {
  try {
    return await branchTip(client, repo, branch);
  } catch (error) {
    if (error instanceof GitHubError && error.status === 404) return undefined;
    throw error;
  }
}

export async function createBranch(
  client: GitHubClient,
  repo: RepoName,
  branch: string,
  sha: string,
): Promise<void> {
  await client.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha });
}

/**
 * Points a branch at `sha`. Without `force` GitHub moves it only forward (422 "not a fast
 * forward" otherwise), which is how a writer learns that someone else moved it first.
 */
export async function moveBranch(
  client: GitHubClient,
  repo: RepoName,
  branch: string,
  sha: string,
  force: boolean,
): Promise<void> {
  await client.rest.git.updateRef({ ...repo, ref: `heads/${branch}`, sha, force });
}

export async function deleteBranch(
  client: GitHubClient,
  repo: RepoName,
  branch: string,
): Promise<void> {
  await client.rest.git.deleteRef({ ...repo, ref: `heads/${branch}` });
}
