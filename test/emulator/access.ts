import { ApiError, notFound, type RequestContext } from './http.js';
import { PERMISSION_RANK } from './serialize.js';
import type { Org, Repo, RepoPermission, Team } from './state.js';

/** Who may see and change what, decided as GitHub does for an organisation's repositories. */

export function effectivePermission(
  ctx: RequestContext,
  repo: Repo,
  login: string,
): RepoPermission | undefined {
  const key = login.toLowerCase();
  if (repo.owner.toLowerCase() === key) return 'admin';
  const candidates: RepoPermission[] = [];
  const direct = repo.collaborators.get(key);
  if (direct !== undefined) candidates.push(direct);
  const org = ctx.state.org(repo.owner);
  if (org !== undefined) {
    const membership = org.members.get(key);
    if (membership?.state === 'active') {
      // organisation owners administer every repository; members get the base permission
      candidates.push(membership.role === 'admin' ? 'admin' : 'pull');
    }
    for (const [slug, permission] of repo.teams) {
      const team = org.teams.get(slug);
      if (team?.members.get(key)?.state === 'active') candidates.push(permission);
    }
  }
  return candidates.sort((a, b) => PERMISSION_RANK[b] - PERMISSION_RANK[a])[0];
}

/** A repository the actor can see, or GitHub's 404 (it never says a private repo exists). */
export function readableRepo(ctx: RequestContext): Repo {
  const owner = ctx.params.owner ?? '';
  const name = ctx.params.repo ?? '';
  const repo = ctx.state.repo(owner, name);
  if (repo === undefined) throw notFound();
  if (repo.private && effectivePermission(ctx, repo, ctx.actor.login) === undefined) {
    throw notFound();
  }
  return repo;
}

export function writableRepo(ctx: RequestContext, needed: RepoPermission = 'push'): Repo {
  const repo = readableRepo(ctx);
  const has = effectivePermission(ctx, repo, ctx.actor.login);
  if (has === undefined || PERMISSION_RANK[has] < PERMISSION_RANK[needed]) {
    throw needed === 'admin'
      ? new ApiError(403, 'Must have admin rights to Repository.')
      : new ApiError(403, 'Resource not accessible by integration');
  }
  return repo;
}

export function existingOrg(ctx: RequestContext): Org {
  const org = ctx.state.org(ctx.params.org ?? '');
  if (org === undefined) throw notFound();
  return org;
}

export function isOrgOwner(org: Org, login: string): boolean {
  const membership = org.members.get(login.toLowerCase());
  return membership?.role === 'admin' && membership.state === 'active';
}

export function requireOrgOwner(ctx: RequestContext, org: Org): void {
  if (!isOrgOwner(org, ctx.actor.login)) {
    throw new ApiError(403, 'You must be an admin to perform this action.');
  }
}

export function existingTeam(ctx: RequestContext, org: Org): Team {
  const team = org.teams.get((ctx.params.team_slug ?? '').toLowerCase());
  if (team === undefined) throw notFound();
  return team;
}

/** Team maintainers may manage their own team's members; owners may manage every team. */
export function requireTeamAdmin(ctx: RequestContext, org: Org, team: Team): void {
  if (isOrgOwner(org, ctx.actor.login)) return;
  if (team.members.get(ctx.actor.login.toLowerCase())?.role === 'maintainer') return;
  throw new ApiError(403, 'You must be an organization owner or team maintainer to do that.');
}
