import { existingOrg, isOrgOwner, requireOrgOwner } from '../access.js';
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
import { loginJson, nodeId, orgJson } from '../serialize.js';
import type { Org, OrgInvitation, OrgMembership } from '../state.js';

/**
 * Organisation members, owners and invitations. Setting a membership for someone outside the
 * organisation invites them: the membership stays pending until they accept.
 */

export function registerOrgs(router: Router): void {
  router.get('/orgs/:org', (ctx) => {
    const org = existingOrg(ctx);
    const repos = [...ctx.state.repos.values()].filter(
      (repo) => repo.owner.toLowerCase() === org.login.toLowerCase(),
    );
    const privateRepos = repos.filter((repo) => repo.private).length;
    const body: Record<string, unknown> = {
      ...orgJson(ctx, org),
      name: org.name,
      is_verified: false,
      has_organization_projects: true,
      has_repository_projects: true,
      public_repos: repos.length - privateRepos,
      public_gists: 0,
      followers: 0,
      following: 0,
      html_url: `${ctx.webUrl}/${org.login}`,
      created_at: org.createdAt,
      updated_at: org.createdAt,
      type: 'Organization',
    };
    if (isOrgOwner(org, ctx.actor.login)) {
      // owners also see the organisation's settings and plan
      Object.assign(body, {
        total_private_repos: privateRepos,
        owned_private_repos: privateRepos,
        private_gists: 0,
        disk_usage: 0,
        collaborators: 0,
        billing_email: `billing@${org.login.toLowerCase()}.example`,
        default_repository_permission: 'read',
        members_can_create_repositories: true,
        two_factor_requirement_enabled: false,
        members_allowed_repository_creation_type: 'all',
        members_can_create_public_repositories: true,
        members_can_create_private_repositories: true,
        members_can_create_internal_repositories: false,
        members_can_create_pages: true,
        members_can_fork_private_repositories: false,
        members_can_create_public_pages: true,
        members_can_create_private_pages: true,
        web_commit_signoff_required: false,
        plan: {
          name: 'team',
          space: 976562499,
          private_repos: 999999,
          filled_seats: org.members.size,
          seats: org.members.size,
        },
      });
    }
    return ok(body);
  });
  router.get('/orgs/:org/members', (ctx) => {
    const org = existingOrg(ctx);
    const role = ctx.query.get('role') ?? 'all';
    const members = activeMembers(org)
      .filter(([, membership]) => role === 'all' || membership.role === role)
      .map(([login]) => loginJson(ctx, login));
    return paginate(ctx, members, `/organizations/${org.id}/members`);
  });
  router.get('/orgs/:org/members/:username', (ctx) => {
    const org = existingOrg(ctx);
    const membership = org.members.get((ctx.params.username ?? '').toLowerCase());
    if (membership?.state !== 'active') throw notFound();
    return noContent;
  });
  router.delete('/orgs/:org/members/:username', (ctx) => removeMember(ctx));
  router.delete('/orgs/:org/memberships/:username', (ctx) => removeMember(ctx));
  router.get('/orgs/:org/memberships/:username', (ctx) => {
    const org = existingOrg(ctx);
    const login = ctx.params.username ?? '';
    const membership = org.members.get(login.toLowerCase());
    if (membership === undefined) throw notFound();
    return ok(membershipJson(ctx, org, login, membership));
  });
  router.put('/orgs/:org/memberships/:username', (ctx) => {
    const org = existingOrg(ctx);
    requireOrgOwner(ctx, org);
    const user = ctx.state.user(ctx.params.username ?? '');
    if (user === undefined || user.type === 'Organization') throw notFound();
    const role = optionalEnum(bodyObject(ctx), 'role', ['admin', 'member'] as const) ?? 'member';
    const key = user.login.toLowerCase();
    const existing = org.members.get(key);
    if (existing?.state === 'active') {
      existing.role = role;
    } else {
      inviteToOrg(ctx, org, user.login, role === 'admin' ? 'admin' : 'direct_member', []);
      (org.members.get(key) as OrgMembership).role = role;
    }
    return ok(membershipJson(ctx, org, user.login, org.members.get(key) as OrgMembership));
  });
  router.get('/orgs/:org/invitations', (ctx) => {
    const org = existingOrg(ctx);
    requireOrgOwner(ctx, org);
    const invitations = org.invitations.map((invitation) =>
      orgInvitationJson(ctx, org, invitation),
    );
    return paginate(ctx, invitations, `/organizations/${org.id}/invitations`);
  });

  router.get('/user/memberships/orgs/:org', (ctx) => {
    const org = existingOrg(ctx);
    const membership = org.members.get(ctx.actor.login.toLowerCase());
    if (membership === undefined) throw notFound();
    return ok(membershipJson(ctx, org, ctx.actor.login, membership));
  });
  router.patch('/user/memberships/orgs/:org', (ctx) => {
    const org = existingOrg(ctx);
    const key = ctx.actor.login.toLowerCase();
    const membership = org.members.get(key);
    if (membership === undefined) throw notFound();
    optionalEnum(bodyObject(ctx), 'state', ['active'] as const);
    acceptOrgInvitation(org, key);
    return ok(membershipJson(ctx, org, ctx.actor.login, membership));
  });
}

function activeMembers(org: Org): Array<[string, OrgMembership]> {
  return [...org.members.entries()].filter(([, membership]) => membership.state === 'active');
}

function removeMember(ctx: RequestContext) {
  const org = existingOrg(ctx);
  requireOrgOwner(ctx, org);
  const key = (ctx.params.username ?? '').toLowerCase();
  org.members.delete(key);
  org.invitations = org.invitations.filter((invitation) => invitation.login.toLowerCase() !== key);
  for (const team of org.teams.values()) team.members.delete(key);
  return noContent;
}

/** Records a pending invitation (merging the teams of an earlier one) and a pending membership. */
export function inviteToOrg(
  ctx: RequestContext,
  org: Org,
  login: string,
  role: OrgInvitation['role'],
  teamIds: number[],
): void {
  const key = login.toLowerCase();
  const existing = org.invitations.find((invitation) => invitation.login.toLowerCase() === key);
  if (existing !== undefined) {
    existing.teamIds = [...new Set([...existing.teamIds, ...teamIds])];
  } else {
    org.invitations.push({
      id: ctx.state.nextId(),
      login,
      role,
      inviter: ctx.actor.login,
      teamIds,
      createdAt: ctx.state.now(),
    });
  }
  if (!org.members.has(key)) {
    org.members.set(key, { role: role === 'admin' ? 'admin' : 'member', state: 'pending' });
  }
}

export function acceptOrgInvitation(org: Org, key: string): void {
  const membership = org.members.get(key);
  if (membership !== undefined) membership.state = 'active';
  org.invitations = org.invitations.filter((invitation) => invitation.login.toLowerCase() !== key);
  for (const team of org.teams.values()) {
    const teamMembership = team.members.get(key);
    if (teamMembership !== undefined) teamMembership.state = 'active';
  }
}

function membershipJson(ctx: RequestContext, org: Org, login: string, membership: OrgMembership) {
  return {
    url: `${ctx.apiUrl}/orgs/${org.login}/memberships/${login}`,
    state: membership.state,
    role: membership.role,
    organization_url: `${ctx.apiUrl}/orgs/${org.login}`,
    organization: orgJson(ctx, org),
    user: loginJson(ctx, login),
  };
}

export function orgInvitationJson(ctx: RequestContext, org: Org, invitation: OrgInvitation) {
  return {
    id: invitation.id,
    node_id: nodeId('OrganizationInvitation', invitation.id),
    login: invitation.login,
    email: null,
    role: invitation.role,
    created_at: invitation.createdAt,
    failed_at: null,
    failed_reason: null,
    inviter: loginJson(ctx, invitation.inviter),
    team_count: invitation.teamIds.length,
    invitation_teams_url: `${ctx.apiUrl}/organizations/${org.id}/invitations/${invitation.id}/teams`,
    invitation_source: 'member',
  };
}
