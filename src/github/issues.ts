// Issues: the expiry reminders are issues under one label, and a bot's pull request gets its
// label through the issue it is.
import type { GitHubClient } from './client.js';
import type { RepoName } from './branches.js';

/** Every issue and pull request, open or closed, carrying `label`. */
export async function listLabelledIssues(client: GitHubClient, repo: RepoName, label: string) {
  return client.paginate(client.rest.issues.listForRepo, {
    ...repo,
    labels: label,
    state: 'all',
    per_page: 100,
  });
}

/** Opens an issue; its number. */
export async function createIssue(
  client: GitHubClient,
  repo: RepoName,
  issue: { title: string; body: string; labels: string[] },
): Promise<number> {
  const { data } = await client.rest.issues.create({ ...repo, ...issue });
  return data.number;
}

/** Adds labels to an issue or pull request. */
export async function addLabels(
  client: GitHubClient,
  repo: RepoName,
  number: number,
  labels: string[],
): Promise<void> {
  await client.rest.issues.addLabels({ ...repo, issue_number: number, labels });
}
