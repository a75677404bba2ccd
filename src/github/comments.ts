// Comments on an issue or pull request: the check's one report comment, and the note a bot
// leaves when it closes its own pull request.
import type { GitHubClient } from './client.js';
import type { RepoName } from './branches.js';

/** Every comment, oldest first as GitHub lists them. */
export async function listComments(client: GitHubClient, repo: RepoName, number: number) {
  return client.paginate(client.rest.issues.listComments, {
    ...repo,
    issue_number: number,
    per_page: 100,
  });
}

export async function createComment(
  client: GitHubClient,
  repo: RepoName,
  number: number,
  body: string,
): Promise<void> {
  await client.rest.issues.createComment({ ...repo, issue_number: number, body });
}

export async function updateComment(
  client: GitHubClient,
  repo: RepoName,
  id: number,
  body: string,
): Promise<void> {
  await client.rest.issues.updateComment({ ...repo, comment_id: id, body });
}

export async function deleteComment(
  client: GitHubClient,
  repo: RepoName,
  id: number,
): Promise<void> {
  await client.rest.issues.deleteComment({ ...repo, comment_id: id });
}
