// Pull requests: reading one, finding a bot's open one by its branch, opening, editing and
// closing, and asking for reviewers. Reviews, commits and label events are in reviews.ts and
// pull-activity.ts.
import type { GitHubClient } from './client.js';
import type { RepoName } from './branches.js';

export async function getPull(client: GitHubClient, repo: RepoName, number: number) {
  const { data } = await client.rest.pulls.get({ ...repo, pull_number: number });
  return data;
}

/** Open pull requests whose head is `branch` of the repository itself (not of a fork). */
export async function listOpenPullsFrom(client: GitHubClient, repo: RepoName, branch: string) {
  return client.paginate(client.rest.pulls.list, {
    ...repo,
    head: `${repo.owner}:${branch}`,
    state: 'open',
    per_page: 100,
  });
}

/** Opens a pull request that its head's maintainers alone may push to. */
export async function createPull(
  client: GitHubClient,
  repo: RepoName,
  pull: { title: string; body: string; head: string; base: string },
) {
  const { data } = await client.rest.pulls.create({
    ...repo,
    ...pull,
    maintainer_can_modify: false,
  });
  return data;
}

export async function editPull(
  client: GitHubClient,
  repo: RepoName,
  number: number,
  text: { title: string; body: string },
): Promise<void> {
  await client.rest.pulls.update({ ...repo, pull_number: number, ...text });
}

export async function closePull(
  client: GitHubClient,
  repo: RepoName,
  number: number,
): Promise<void> {
  await client.rest.pulls.update({ ...repo, pull_number: number, state: 'closed' });
}

/** Who is asked to review and has not yet: users by login, teams by slug. */
export async function requestedReviewers(
  client: GitHubClient,
  repo: RepoName,
  number: number,
): Promise<{ users: string[]; teams: string[] }> {
  const { data } = await client.rest.pulls.listRequestedReviewers({ ...repo, pull_number: number });
  return { users: data.users.map((u) => u.login), teams: data.teams.map((t) => t.slug) };
}

/** Asks users and teams to review; GitHub answers 422 when one of them has no access. */
export async function requestReviewers(
  client: GitHubClient,
  repo: RepoName,
  number: number,
  ask: { users: string[]; teams: string[] },
): Promise<void> {
  await client.rest.pulls.requestReviewers({
    ...repo,
    pull_number: number,
    reviewers: ask.users,
    team_reviewers: ask.teams,
  });
}
