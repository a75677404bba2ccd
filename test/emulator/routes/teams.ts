import {
  existingOrg,
  existingTeam,
  isOrgOwner,
  requireOrgOwner,
  requireTeamAdmin,
} from '../access.js';
import {
  bodyObject,
  noContent,
  notFound,
  ok,
  optionalEnum,
  paginate,
  type RequestContext,
} from '../http.js';
import type { Router } from '../router.js';
import { loginJson, nodeId, orgJson, permissionFlags } from '../serialize.js';
import { REPO_PERMISSIONS, type Org, type Team } from '../state.js';
import { orgInvitationJson, inviteToOrg } from './orgs.js';

/**
 * Teams and team membership. Adding someone who is not yet in the organisation makes the
 * membership pending and sends them an organisation invitation, as GitHub does.
 */

export function registerTeams(router: Router): void {
  router.get('/orgs/:org/teams', (ctx) => {
    const org = existingOrg(ctx);
    const teams = [...org.teams.values()].map((team) => teamJson(ctx, org, team, false));
    return paginate(ctx, teams, `/organizations/${org.id}/teams`);
  });
  router.get('/orgs/:org/teams/:team_slug', (ctx) => {
    const org = existingOrg(ctx);
    return ok(teamJson(ctx, org, existingTeam(ctx, org), true));
  });
  router.get('/orgs/:org/teams/:team_slug/members', (ctx) => {
    const org = existingOrg(ctx);
    const team = existingTeam(ctx, org);
    const role = ctx.query.get('role') ?? 'all';
    const members = [...team.members.entries()]
      .filter(([, membership]) => membership.state === 'active')
      .filter(([, membership]) => role === 'all' || membership.role === role)
      .map(([login]) => loginJson(ctx, login));
    return paginate(ctx, members, `/organizations/${org.id}/team/${team.id}/members`);
  });
  router.get('/orgs/:org/teams/:team_slug/memberships/:username', (ctx) => {
    const org = existingOrg(ctx);
    const team = existingTeam(ctx, org);
    const membership = team.members.get((ctx.params.username ?? '').toLowerCase());
    if (membership === undefined) throw notFound();
    return ok(membershipJson(ctx, org, team, ctx.params.username ?? '', membership));
  });
  router.put('/orgs/:org/teams/:team_slug/memberships/:username', (ctx) => {
    const org = existingOrg(ctx);
    const team = existingTeam(ctx, org);
    requireTeamAdmin(ctx, org, team);
    const user = ctx.state.user(ctx.params.username ?? '');
    if (user === undefined || user.type === 'Organization') throw notFound();
    const role =
      optionalEnum(bodyObject(ctx), 'role', ['member', 'maintainer'] as const) ?? 'member';
    const key = user.login.toLowerCase();
    const inOrg = org.members.get(key)?.state === 'active';
    const existing = team.members.get(key);
    const state = existing?.state === 'active' || inOrg ? 'active' : 'pending';
    if (state === 'pending') {
      // only an owner may bring someone new into the organisation through a team
      requireOrgOwner(ctx, org);
      inviteToOrg(ctx, org, user.login, 'direct_member', [team.id]);
    }
    const membership = { role, state } as const;
    team.members.set(key, membership);
    return ok(membershipJson(ctx, org, team, user.login, membership));
  });
  router.delete('/orgs/:org/teams/:team_slug/memberships/:username', (ctx) => {
    const org = existingOrg(ctx);
    const team = existingTeam(ctx, org);
    requireTeamAdmin(ctx, org, team);
    const key = (ctx.params.username ?? '').toLowerCase();
    team.members.delete(key);
    for (const invitation of org.invitations) {
      if (invitation.login.toLowerCase() === key) {
        invitation.teamIds = invitation.teamIds.filter((id) => id !== team.id);
      }
    }
    return noContent;
  });
  router.get('/orgs/:org/teams/:team_slug/invitations', (ctx) => {
    const org = existingOrg(ctx);
    const team = existingTeam(ctx, org);
    const invitations = org.invitations
      .filter((invitation) => invitation.teamIds.includes(team.id))
      .map((invitation) => orgInvitationJson(ctx, org, invitation));
    return paginate(ctx, invitations, `/organizations/${org.id}/team/${team.id}/invitations`);
  });

  router.put('/orgs/:org/teams/:team_slug/repos/:owner/:repo', (ctx) => {
    const org = existingOrg(ctx);
    const team = existingTeam(ctx, org);
    requireOrgOwner(ctx, org);
    const repo = ctx.state.repo(ctx.params.owner ?? '', ctx.params.repo ?? '');
    if (repo === undefined || repo.owner.toLowerCase() !== org.login.toLowerCase())
      throw notFound();
    const permission = optionalEnum(bodyObject(ctx), 'permission', REPO_PERMISSIONS) ?? 'push';
    repo.teams.set(team.slug.toLowerCase(), permission);
    return noContent;
  });
  router.delete('/orgs/:org/teams/:team_slug/repos/:owner/:repo', (ctx) => {
    const org = existingOrg(ctx);
    const team = existingTeam(ctx, org);
    requireOrgOwner(ctx, org);
    ctx.state
      .repo(ctx.params.owner ?? '', ctx.params.repo ?? '')
      ?.teams.delete(team.slug.toLowerCase());
    return noContent;
  });
  router.get('/orgs/:org/teams/:team_slug/repos', (ctx) => {
    const org = existingOrg(ctx);
    const team = existingTeam(ctx, org);
    const repos = [...ctx.state.repos.values()]
      .filter((repo) => repo.teams.has(team.slug.toLowerCase()))
      .map((repo) => ({
        id: repo.id,
        name: repo.name,
        full_name: `${repo.owner}/${repo.name}`,
        private: repo.private,
        role_name: repo.teams.get(team.slug.toLowerCase()),
        permissions: permissionFlags(repo.teams.get(team.slug.toLowerCase())),
      }));
    return paginate(ctx, repos, `/organizations/${org.id}/team/${team.id}/repos`);
  });
}

export function teamJson(ctx: RequestContext, org: Org, team: Team, full: boolean) {
  const url = `${ctx.apiUrl}/organizations/${org.id}/team/${team.id}`;
  const body: Record<string, unknown> = {
    name: team.name,
    id: team.id,
    node_id: nodeId('Team', team.id),
    slug: team.slug,
    description: team.description,
    privacy: team.privacy,
    notification_setting: 'notifications_enabled',
    url,
    html_url: `${ctx.webUrl}/orgs/${org.login}/teams/${team.slug}`,
    members_url: `${url}/members{/member}`,
    repositories_url: `${url}/repos`,
    permission: 'pull',
    parent: null,
  };
  if (!full) return body;
  return {
    ...body,
    members_count: [...team.members.values()].filter((m) => m.state === 'active').length,
    repos_count: [...ctx.state.repos.values()].filter((repo) =>
      repo.teams.has(team.slug.toLowerCase()),
    ).length,
    created_at: team.createdAt,
    updated_at: team.createdAt,
    organization: {
      ...orgJson(ctx, org),
      name: org.name,
      is_verified: false,
      has_organization_projects: true,
      has_repository_projects: true,
      public_repos: 0,
      public_gists: 0,
      followers: 0,
      following: 0,
      html_url: `${ctx.webUrl}/${org.login}`,
      created_at: org.createdAt,
      updated_at: org.createdAt,
      type: 'Organization',
    },
  };
}

function membershipJson(
  ctx: RequestContext,
  org: Org,
  team: Team,
  login: string,
  membership: { role: string; state: string },
) {
  // owners show as maintainers of every team, as GitHub reports them
  const role = isOrgOwner(org, login) ? 'maintainer' : membership.role;
  return {
    url: `${ctx.apiUrl}/organizations/${org.id}/team/${team.id}/memberships/${login}`,
    role,
    state: membership.state,
  };
}
