import { effectivePermission, readableRepo, writableRepo } from '../access.js';
import {
  ApiError,
  bodyObject,
  noContent,
  notFound,
  ok,
  optionalEnum,
  paginate,
  type RequestContext,
} from '../http.js';
import type { Router } from '../router.js';
import { loginJson, minimalRepoJson, nodeId, permissionFlags, ROLE_NAME } from '../serialize.js';
import { REPO_PERMISSIONS, type Repo, type RepoInvitation, type RepoPermission } from '../state.js';

/**
 * Repository collaborators and their invitations. An organisation member is added at once
 * (204); anyone else is invited (201 with the invitation) and becomes a collaborator only when
 * they accept, exactly as on GitHub.
 */

/** The names invitations use for a permission. */
const INVITATION_PERMISSION: Record<RepoPermission, string> = {
  pull: 'read',
  triage: 'triage',
  push: 'write',
  maintain: 'maintain',
  admin: 'admin',
};

export function registerCollaborators(router: Router): void {
  router.get('/repos/:owner/:repo/collaborators', listCollaborators);
  router.get('/repos/:owner/:repo/collaborators/:username', (ctx) => {
    const repo = readableRepo(ctx);
    if (visiblePermission(ctx, repo, ctx.params.username ?? '') === undefined) throw notFound();
    return noContent;
  });
  router.put('/repos/:owner/:repo/collaborators/:username', addCollaborator);
  router.delete('/repos/:owner/:repo/collaborators/:username', (ctx) => {
    const repo = writableRepo(ctx, 'admin');
    const key = (ctx.params.username ?? '').toLowerCase();
    repo.collaborators.delete(key);
    removeInvitations(
      ctx,
      (invitation) =>
        invitation.repoKey === repoKeyOf(repo) && invitation.invitee.toLowerCase() === key,
    );
    return noContent;
  });
  router.get('/repos/:owner/:repo/collaborators/:username/permission', (ctx) => {
    const repo = readableRepo(ctx);
    const user = ctx.state.user(ctx.params.username ?? '');
    if (user === undefined) throw notFound();
    const permission = effectivePermission(ctx, repo, user.login);
    return ok({
      permission: permission === undefined ? 'none' : LEGACY_LEVEL[permission],
      role_name: permission === undefined ? 'none' : ROLE_NAME[permission],
      user: collaboratorJson(ctx, user.login, permission),
    });
  });

  router.get('/repos/:owner/:repo/invitations', (ctx) => {
    const repo = writableRepo(ctx, 'admin');
    const invitations = ctx.state.repoInvitations
      .filter((invitation) => invitation.repoKey === repoKeyOf(repo))
      .map((invitation) => invitationJson(ctx, repo, invitation));
    return paginate(ctx, invitations, `/repositories/${repo.id}/invitations`);
  });
  router.patch('/repos/:owner/:repo/invitations/:invitation_id', (ctx) => {
    const repo = writableRepo(ctx, 'admin');
    const invitation = findInvitation(ctx, (candidate) => candidate.repoKey === repoKeyOf(repo));
    const permission = optionalEnum(bodyObject(ctx), 'permissions', [
      'read',
      'write',
      'maintain',
      'triage',
      'admin',
    ] as const);
    if (permission !== undefined) invitation.permission = fromLegacy(permission);
    return ok(invitationJson(ctx, repo, invitation));
  });
  router.delete('/repos/:owner/:repo/invitations/:invitation_id', (ctx) => {
    const repo = writableRepo(ctx, 'admin');
    const invitation = findInvitation(ctx, (candidate) => candidate.repoKey === repoKeyOf(repo));
    removeInvitations(ctx, (candidate) => candidate === invitation);
    return noContent;
  });

  router.get('/user/repository_invitations', (ctx) => {
    const mine = ctx.state.repoInvitations
      .filter((invitation) => invitation.invitee.toLowerCase() === ctx.actor.login.toLowerCase())
      .map((invitation) => invitationJson(ctx, invitationRepo(ctx, invitation), invitation));
    return paginate(ctx, mine, '/user/repository_invitations');
  });
  router.patch('/user/repository_invitations/:invitation_id', (ctx) => {
    const invitation = findInvitation(ctx, isMine(ctx));
    const repo = invitationRepo(ctx, invitation);
    repo.collaborators.set(invitation.invitee.toLowerCase(), invitation.permission);
    removeInvitations(ctx, (candidate) => candidate === invitation);
    return noContent;
  });
  router.delete('/user/repository_invitations/:invitation_id', (ctx) => {
    const invitation = findInvitation(ctx, isMine(ctx));
    removeInvitations(ctx, (candidate) => candidate === invitation);
    return noContent;
  });
}

function repoKeyOf(repo: Repo): string {
  return `${repo.owner}/${repo.name}`.toLowerCase();
}

/** The permission endpoint still answers in the four old levels: admin, write, read, none. */
const LEGACY_LEVEL: Record<RepoPermission, string> = {
  pull: 'read',
  triage: 'read',
  push: 'write',
  maintain: 'write',
  admin: 'admin',
};

function fromLegacy(name: string): RepoPermission {
  const found = REPO_PERMISSIONS.find((permission) => INVITATION_PERMISSION[permission] === name);
  return found ?? (name as RepoPermission);
}

function isMine(ctx: RequestContext) {
  return (invitation: RepoInvitation) =>
    invitation.invitee.toLowerCase() === ctx.actor.login.toLowerCase();
}

function findInvitation(
  ctx: RequestContext,
  allowed: (invitation: RepoInvitation) => boolean,
): RepoInvitation {
  const id = Number(ctx.params.invitation_id);
  const invitation = ctx.state.repoInvitations.find(
    (candidate) => candidate.id === id && allowed(candidate),
  );
  if (invitation === undefined) throw notFound();
  return invitation;
}

function removeInvitations(ctx: RequestContext, drop: (invitation: RepoInvitation) => boolean) {
  const kept = ctx.state.repoInvitations.filter((invitation) => !drop(invitation));
  ctx.state.repoInvitations.splice(0, ctx.state.repoInvitations.length, ...kept);
}

function invitationRepo(ctx: RequestContext, invitation: RepoInvitation): Repo {
  const repo = ctx.state.repos.get(invitation.repoKey);
  if (repo === undefined) throw notFound();
  return repo;
}

/** Direct collaborators, people with access through a team, and organisation owners. */
function visiblePermission(
  ctx: RequestContext,
  repo: Repo,
  login: string,
): RepoPermission | undefined {
  const key = login.toLowerCase();
  const org = ctx.state.org(repo.owner);
  const viaTeam = [...repo.teams.keys()].some(
    (slug) => org?.teams.get(slug)?.members.get(key)?.state === 'active',
  );
  const owner = org?.members.get(key)?.role === 'admin' && org.members.get(key)?.state === 'active';
  if (!repo.collaborators.has(key) && !viaTeam && !owner) return undefined;
  return effectivePermission(ctx, repo, login);
}

function collaboratorJson(
  ctx: RequestContext,
  login: string,
  permission: RepoPermission | undefined,
): Record<string, unknown> {
  return {
    ...loginJson(ctx, login),
    permissions: permissionFlags(permission),
    role_name: permission === undefined ? 'none' : ROLE_NAME[permission],
  };
}

function listCollaborators(ctx: RequestContext) {
  const repo = readableRepo(ctx);
  const affiliation = ctx.query.get('affiliation') ?? 'all';
  const wanted = ctx.query.get('permission');
  const org = ctx.state.org(repo.owner);
  const candidates = new Set<string>(repo.collaborators.keys());
  if (affiliation === 'all' && org !== undefined) {
    for (const [login, membership] of org.members) {
      if (membership.state === 'active' && visiblePermission(ctx, repo, login) !== undefined) {
        candidates.add(login);
      }
    }
  }
  const people = [...candidates]
    .filter((login) => affiliation !== 'outside' || org?.members.get(login)?.state !== 'active')
    .map((login) => ({ login, permission: visiblePermission(ctx, repo, login) }))
    .filter(
      ({ permission }) =>
        wanted === null ||
        (permission !== undefined && permissionFlags(permission)[wanted] === true),
    )
    .sort((a, b) => (ctx.state.user(a.login)?.id ?? 0) - (ctx.state.user(b.login)?.id ?? 0))
    .map(({ login, permission }) =>
      collaboratorJson(ctx, ctx.state.user(login)?.login ?? login, permission),
    );
  return paginate(ctx, people, `/repositories/${repo.id}/collaborators`);
}

function addCollaborator(ctx: RequestContext) {
  const repo = writableRepo(ctx, 'admin');
  const user = ctx.state.user(ctx.params.username ?? '');
  if (user === undefined || user.type === 'Organization') throw notFound();
  const permission = optionalEnum(bodyObject(ctx), 'permission', REPO_PERMISSIONS) ?? 'push';
  const key = user.login.toLowerCase();
  if (key === ctx.actor.login.toLowerCase() && !repo.collaborators.has(key)) {
    throw new ApiError(422, 'Validation Failed', {
      errors: [
        {
          resource: 'Repository',
          code: 'custom',
          message: 'Repository owner cannot be a collaborator',
        },
      ],
    });
  }
  const org = ctx.state.org(repo.owner);
  const isMember = org?.members.get(key)?.state === 'active';
  if (repo.collaborators.has(key) || isMember) {
    repo.collaborators.set(key, permission);
    return noContent;
  }
  let invitation = ctx.state.repoInvitations.find(
    (candidate) => candidate.repoKey === repoKeyOf(repo) && candidate.invitee.toLowerCase() === key,
  );
  if (invitation === undefined) {
    invitation = {
      id: ctx.state.nextId(),
      repoKey: repoKeyOf(repo),
      invitee: user.login,
      inviter: ctx.actor.login,
      permission,
      createdAt: ctx.state.now(),
    };
    ctx.state.repoInvitations.push(invitation);
  } else {
    invitation.permission = permission;
  }
  const json = invitationJson(ctx, repo, invitation);
  return ok(json, 201, { location: String(json.url) });
}

function invitationJson(ctx: RequestContext, repo: Repo, invitation: RepoInvitation) {
  return {
    id: invitation.id,
    node_id: nodeId('RepositoryInvitation', invitation.id),
    repository: minimalRepoJson(ctx, repo),
    invitee: loginJson(ctx, invitation.invitee),
    inviter: loginJson(ctx, invitation.inviter),
    permissions: INVITATION_PERMISSION[invitation.permission],
    created_at: invitation.createdAt,
    expired: false,
    url: `${ctx.apiUrl}/user/repository_invitations/${invitation.id}`,
    html_url: `${ctx.webUrl}/${repo.owner}/${repo.name}/invitations`,
  };
}
