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
