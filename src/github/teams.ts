// Teams of an organisation: the teams themselves, their members (member or maintainer,
// active or invited), and the repositories each team has a permission on.
import type { GitHubClient } from './client.js';

export type TeamRole = 'member' | 'maintainer';

export interface TeamName {
  org: string;
  team: string;
}

export async function listTeams(client: GitHubClient, org: string) {
  return client.paginate(client.rest.teams.list, { org, per_page: 100 });
}

/** One team, with `members_count` (active members, maintainers included). */
export async function getTeam(client: GitHubClient, at: TeamName) {
  const { data } = await client.rest.teams.getByName({ org: at.org, team_slug: at.team });
  return data;
}

/** One person's team membership; GitHub answers 404 when they hold none. */
export async function getTeamMembership(client: GitHubClient, at: TeamName, user: string) {
  const { data } = await client.rest.teams.getMembershipForUserInOrg({
    org: at.org,
    team_slug: at.team,
    username: user,
  });
  return data;
}

/** Adds a person to a team or changes their role; someone outside the organisation is invited. */
export async function setTeamMembership(
  client: GitHubClient,
  at: TeamName,
  user: string,
  role: TeamRole,
) {
  const { data } = await client.rest.teams.addOrUpdateMembershipForUserInOrg({
    org: at.org,
    team_slug: at.team,
    username: user,
    role,
  });
  return data;
}

export async function removeTeamMembership(
  client: GitHubClient,
  at: TeamName,
  user: string,
): Promise<void> {
  await client.rest.teams.removeMembershipForUserInOrg({
    org: at.org,
    team_slug: at.team,
    username: user,
  });
}

/** Members with the role: `all`, or `maintainer` for the maintainers alone. */
export async function listTeamMembers(
  client: GitHubClient,
  at: TeamName,
  role: 'all' | 'maintainer',
) {
  return client.paginate(client.rest.teams.listMembersInOrg, {
    org: at.org,
    team_slug: at.team,
    per_page: 100,
    role,
  });
}

export async function listTeamInvitations(client: GitHubClient, at: TeamName) {
  return client.paginate(client.rest.teams.listPendingInvitationsInOrg, {
    org: at.org,
    team_slug: at.team,
    per_page: 100,
  });
}

/** The repositories the team has a permission on, with that permission (`role_name`). */
export async function listTeamRepos(client: GitHubClient, at: TeamName) {
  return client.paginate(client.rest.teams.listReposInOrg, {
    org: at.org,
    team_slug: at.team,
    per_page: 100,
  });
}

/** Gives the team `permission` on one of the organisation's repositories. */
export async function setTeamRepoPermission(
  client: GitHubClient,
  at: TeamName,
  repo: string,
  permission: string,
): Promise<void> {
  await client.rest.teams.addOrUpdateRepoPermissionsInOrg({
    org: at.org,
    team_slug: at.team,
    owner: at.org,
    repo,
    permission,
  });
}

export async function removeTeamRepo(
  client: GitHubClient,
  at: TeamName,
  repo: string,
): Promise<void> {
  await client.rest.teams.removeRepoInOrg({
    org: at.org,
    team_slug: at.team,
    owner: at.org,
    repo,
  });
}
