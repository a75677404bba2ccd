// A repository's direct collaborators and the invitations to become one.
import type { GitHubClient } from './client.js';
import type { RepoName } from './branches.js';

/** People with a permission of their own on the repository (not through a team or the org). */
export async function listDirectCollaborators(client: GitHubClient, repo: RepoName) {
  return client.paginate(client.rest.repos.listCollaborators, {
    ...repo,
    affiliation: 'direct',
    per_page: 100,
  });
}

/**
 * Gives a person `permission`. `invited` when GitHub sent an invitation (201), which holds
 * until they accept; false when they already collaborate and their permission changed (204).
 */
export async function addCollaborator(
  client: GitHubClient,
  repo: RepoName,
  user: string,
  permission: string,
): Promise<{ invited: boolean }> {
  const response = await client.rest.repos.addCollaborator({
    ...repo,
    username: user,
    permission,
  });
  return { invited: response.status === 201 };
}

export async function removeCollaborator(
  client: GitHubClient,
  repo: RepoName,
  user: string,
): Promise<void> {
  await client.rest.repos.removeCollaborator({ ...repo, username: user });
}

export async function listRepoInvitations(client: GitHubClient, repo: RepoName) {
  return client.paginate(client.rest.repos.listInvitations, { ...repo, per_page: 100 });
}

export async function deleteRepoInvitation(
  client: GitHubClient,
  repo: RepoName,
  id: number,
): Promise<void> {
  await client.rest.repos.deleteInvitation({ ...repo, invitation_id: id });
}
