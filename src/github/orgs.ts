// An organisation's people and repositories: membership (member or admin, active or invited),
// its members by role, its open invitations, and the repositories it owns.
import type { GitHubClient } from './client.js';

export type OrgRole = 'member' | 'admin';

/** One person's membership; GitHub answers 404 when they hold none. */
export async function getOrgMembership(client: GitHubClient, org: string, user: string) {
  const { data } = await client.rest.orgs.getMembershipForUser({ org, username: user });
  return data;
}

/** Makes a person a member or admin; someone not yet in the organisation is invited. */
export async function setOrgMembership(
  client: GitHubClient,
  org: string,
  user: string,
  role: OrgRole,
) {
  const { data } = await client.rest.orgs.setMembershipForUser({ org, username: user, role });
  return data;
}

/** Removes a person from the organisation and its teams; a pending invitation is cancelled. */
export async function removeOrgMembership(
  client: GitHubClient,
  org: string,
  user: string,
): Promise<void> {
  await client.rest.orgs.removeMembershipForUser({ org, username: user });
}

/** Members with the role: `all`, or `admin` for the owners alone. */
export async function listOrgMembers(client: GitHubClient, org: string, role: 'all' | 'admin') {
  return client.paginate(client.rest.orgs.listMembers, { org, role, per_page: 100 });
}

export async function listOrgInvitations(client: GitHubClient, org: string) {
  return client.paginate(client.rest.orgs.listPendingInvitations, { org, per_page: 100 });
}

export async function listOrgRepos(client: GitHubClient, org: string) {
  return client.paginate(client.rest.repos.listForOrg, { org, per_page: 100 });
}
