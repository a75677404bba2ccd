// GitHub as a provisioned system: organisation membership (member, admin), team membership
// (member, maintainer), a person's direct repository permission and a team's repository
// permission (pull, triage, push, maintain, admin). Two behaviours of GitHub are taken as they
// are: an organisation owner always shows as a team maintainer, and an invitation not yet
// accepted is access granted and pending, which a second run must not send again.
import {
  addCollaborator,
  deleteRepoInvitation,
  listDirectCollaborators,
  listRepoInvitations,
  removeCollaborator,
} from '../github/collaborators.js';
import { authenticatedLogin } from '../github/identity.js';
import type { GitHubClient } from '../github/index.js';
import { GitHubError } from '../github/index.js';
import {
  getOrgMembership,
  listOrgInvitations,
  listOrgMembers,
  listOrgRepos,
  removeOrgMembership,
  setOrgMembership,
} from '../github/orgs.js';
import {
  getTeam,
  getTeamMembership,
  listTeamInvitations,
  listTeamMembers,
  listTeamRepos,
  listTeams,
  removeTeamMembership,
  removeTeamRepo,
  setTeamMembership,
  setTeamRepoPermission,
} from '../github/teams.js';
import type { GrantRecord } from '../model/index.js';
import {
  asciiLower,
  loginProblem,
  resourceIdProblem,
  teamSlugProblem,
  unsafePathSegment,
} from '../model/names.js';
import { planByRank } from './plan-by-rank.js';
import type {
  AccessTarget,
  ActualAccess,
  DesiredAccess,
  HeldAccess,
  Operation,
  OperationOutcome,
  Provisioner,
  Unsupported,
} from './provisioner.js';

export const ORG_ROLES = ['member', 'admin'] as const;
export const TEAM_ROLES = ['member', 'maintainer'] as const;
export const REPO_PERMISSIONS = ['pull', 'triage', 'push', 'maintain', 'admin'] as const;

export type GitHubTarget =
  | (AccessTarget & { type: 'org-membership'; org: string; user: string })
  | (AccessTarget & { type: 'team-membership'; org: string; team: string; user: string })
  | (AccessTarget & { type: 'repo-collaborator'; owner: string; repo: string; user: string })
  | (AccessTarget & { type: 'team-repository'; owner: string; repo: string; team: string });

export interface GitHubProvisionerOptions {
  client: GitHubClient;
  /** The organisation of `github:team/<slug>` resources whose catalog entry has no `config.org`. */
  defaultOrg?: string;
}

/** A plan reading this many memberships of one team or more may read the team whole. */
const LIST_TEAM_FROM = 5;
/** GitHub's largest page. */
const PAGE = 100;

function teamKey(org: string, team: string): string {
  return asciiLower(`${org}/${team}`);
}

/** The repository permission names GitHub's `role_name` uses, in the grant's vocabulary. */
const FROM_ROLE_NAME: Record<string, string> = {
  read: 'pull',
  triage: 'triage',
  write: 'push',
  maintain: 'maintain',
  admin: 'admin',
};

export class GitHubProvisioner implements Provisioner<GitHubTarget> {
  readonly name = 'github';
  private readonly client: GitHubClient;
  private readonly defaultOrg: string | undefined;
  /**
   * One listing per repository or team while a plan is read, not one per person: a plan of
   * fifty changes on one repository costs two calls. Any write clears it.
   */
  private readonly listings = new Map<string, Promise<unknown>>();
  /** Teams read whole by `expect`: each member's access by lower-case login. */
  private readonly teamListings = new Map<string, Map<string, ActualAccess>>();

  constructor(options: GitHubProvisionerOptions) {
    this.client = options.client;
    this.defaultOrg = options.defaultOrg;
  }

  target(grant: GrantRecord): GitHubTarget | Unsupported {
    // validation refuses these names already; a grant that got here anyway is not carried out
    const name =
      resourceIdProblem(grant.resource) ??
      (grant.subjectKind === 'team' ? teamSlugProblem : loginProblem)(grant.subjectId);
    if (name !== undefined)
      return { unsupported: `${name.message}; accessctl provisions only canonical names` };
    const org = /^github:org\/([^/]+)$/.exec(grant.resource);
    const team = /^github:team\/([^/]+)$/.exec(grant.resource);
    const repo = /^github:repo\/([^/]+)\/([^/]+)$/.exec(grant.resource);
    if (grant.subjectKind === 'service')
      return {
        unsupported: `${grant.subject} is a service account, which GitHub knows only as a machine user; grant its login as user:<login>`,
      };
    if (org !== null) {
      if (grant.subjectKind !== 'user')
        return {
          unsupported: `an organisation has people as members, not teams; grant team ${grant.subjectId} a repository or make its people members`,
        };
      return orgMembership(org[1] as string, grant.subjectId);
    }
    if (team !== null) {
      const slug = team[1] as string;
      if (grant.subjectKind !== 'user')
        return {
          unsupported: `GitHub nests teams through the parent team, not a membership; set "parent" on team ${grant.subjectId} instead`,
        };
      const org = this.orgOf(grant.resolved?.resource.config ?? {});
      if (org === undefined)
        return {
          unsupported: `no organisation for ${grant.resource}; add config: { org: <login> } to its catalog entry`,
        };
      return teamMembership(org, slug, grant.subjectId);
    }
    if (repo !== null) {
      const [, owner = '', name = ''] = repo;
      if (grant.subjectKind !== 'team') return repoCollaborator(owner, name, grant.subjectId);
      // A team of identities/ is a team of the organisation accessctl manages. GitHub gives a
      // repository only to teams of its owner, so on another owner's repository the same slug
      // is another team, whose members nobody judged (and whose approvals were not excluded).
      if (this.defaultOrg !== undefined && owner.toLowerCase() !== this.defaultOrg.toLowerCase())
        return {
          unsupported: `team ${grant.subjectId} is a team of ${this.defaultOrg}, and ${owner}/${name} belongs to ${owner}, whose team of that name is another team; grant the repository to its owner's team through a catalog entry of ${owner}, or to users`,
        };
      return teamRepository(owner, name, grant.subjectId);
    }
    return {
      unsupported: `${grant.resource} is not a GitHub resource accessctl provisions; use github:org/<org>, github:team/<slug> or github:repo/<owner>/<name>`,
    };
  }

  rank(target: GitHubTarget, role: string): number {
    const order: readonly string[] =
      target.type === 'org-membership'
        ? ORG_ROLES
        : target.type === 'team-membership'
          ? TEAM_ROLES
          : REPO_PERMISSIONS;
    return order.indexOf(role);
  }

  /**
   * Access GitHub gives on its own along with a target: a team member is a member of the
   * team's organisation (GitHub invites them there when they are not). A reconcile counts it
   * as wanted, so the organisation listing does not show them as unmanaged.
   */
  implied(target: GitHubTarget): { target: GitHubTarget; role: string }[] {
    if (target.type !== 'team-membership') return [];
    return [{ target: orgMembership(target.org, target.user), role: 'member' }];
  }

  async list(resource: {
    id: string;
    config: Record<string, unknown>;
  }): Promise<HeldAccess<GitHubTarget>[]> {
    const name = resourceIdProblem(resource.id);
    if (name?.kind === 'invalid') throw new Error(`cannot list ${name.message}`);
    const org = /^github:org\/([^/]+)$/.exec(resource.id);
    if (org !== null) return this.listOrg(org[1] as string);
    const team = /^github:team\/([^/]+)$/.exec(resource.id);
    if (team !== null) {
      const owner = this.orgOf(resource.config);
      if (owner === undefined)
        throw new Error(
          `no organisation for ${resource.id}; add config: { org: <login> } to its catalog entry`,
        );
      return this.listTeam(owner, team[1] as string);
    }
    const repo = /^github:repo\/([^/]+)\/([^/]+)$/.exec(resource.id);
    if (repo !== null) return this.listRepository(repo[1] as string, repo[2] as string);
    throw new Error(
      `${resource.id} is not a GitHub resource accessctl can list; use github:org/<org>, github:team/<slug> or github:repo/<owner>/<name>`,
    );
  }

  async expand(glob: {
    id: string;
    config: Record<string, unknown>;
  }): Promise<string[] | Unsupported> {
    const team = /^github:team\/([^/]+)$/.exec(glob.id);
    if (team !== null) {
      const org = this.orgOf(glob.config);
      if (org === undefined)
        return {
          unsupported: `no organisation for ${glob.id}; add config: { org: <login> } to its catalog entry`,
        };
      const teams = await this.listed(`organisation teams ${org}`, () =>
        listTeams(this.client, org),
      );
      return teams.map((t) => asciiLower(`github:team/${t.slug}`));
    }
    const repo = /^github:repo\/([^/*?[]+)\/[^/]+$/.exec(glob.id);
    if (repo !== null) {
      const org = repo[1] as string;
      const repos = await this.listed(`organisation repositories ${org}`, () =>
        listOrgRepos(this.client, org),
      );
      // in canonical (lower-case) form, as the catalog and the grants write them
      return repos.map((r) => asciiLower(`github:repo/${org}/${r.name}`));
    }
    return {
      unsupported: `GitHub lists the teams of one organisation and the repositories of one owner, so what ${glob.id} covers cannot be listed; name the owner (github:repo/<owner>/<pattern>) to have it checked`,
    };
  }

  refresh(): void {
    this.listings.clear();
    this.teamListings.clear();
  }

  /**
   * Reads a team's memberships as one listing when the plan reads more of them than the
   * listing costs: 500 new members of one team are then a handful of reads, not 500. The
   * listing is the one a reconcile reads (members, maintainers, owners, invitations).
   */
  async expect(targets: readonly GitHubTarget[]): Promise<void> {
    const perTeam = new Map<string, { org: string; team: string; reads: number }>();
    for (const target of targets) {
      if (target.type !== 'team-membership') continue;
      const key = teamKey(target.org, target.team);
      const entry = perTeam.get(key) ?? { org: target.org, team: target.team, reads: 0 };
      entry.reads++;
      perTeam.set(key, entry);
    }
    for (const [key, { org, team, reads }] of perTeam) {
      if (reads < LIST_TEAM_FROM) continue;
      try {
        const found = await orNotFound(getTeam(this.client, { org, team }));
        if (found === undefined) continue;
        // members, maintainers and invitations, 100 a page, and the owners of the organisation
        const pages = 2 * Math.ceil((found.members_count + 1) / PAGE) + 2;
        if (pages + 1 >= reads) continue;
        const held = await this.listTeam(org, team);
        this.teamListings.set(
          key,
          new Map(held.map((h) => [asciiLower((h.target as { user: string }).user), h.actual])),
        );
      } catch {
        // read one by one instead: each read that fails says so in the plan
      }
    }
  }

  async read(unchecked: GitHubTarget): Promise<ActualAccess> {
    const target = checked(unchecked);
    if (target.type === 'org-membership') return this.readOrgMembership(target);
    if (target.type === 'team-membership') return this.readTeamMembership(target);
    if (target.type === 'repo-collaborator') return this.readCollaborator(target);
    return this.readTeamRepository(target);
  }

  plan(
    target: GitHubTarget,
    desired: DesiredAccess | undefined,
    actual: ActualAccess,
    removedGrantId: string,
  ): Operation<GitHubTarget> | undefined {
    const operation = planByRank(target, desired, actual, removedGrantId, (role) =>
      this.rank(target, role),
    );
    // an owner's maintainer role is GitHub's doing, not drift: lowering it would not stick
    const lowersImplied =
      operation?.action === 'update' && operation.removal && actual.impliedBy !== undefined;
    return lowersImplied ? undefined : operation;
  }

  async apply(operation: Operation<GitHubTarget>): Promise<OperationOutcome> {
    this.listings.clear();
    this.teamListings.clear();
    try {
      const message = await this.applyOrThrow(operation);
      return { status: 'applied', message };
    } catch (error) {
      if (error instanceof GitHubError || error instanceof UnsafeNameError)
        return { status: 'failed', message: error.message };
      throw error;
    }
  }

  private async applyOrThrow(operation: Operation<GitHubTarget>): Promise<string> {
    const target = checked(operation.target);
    const revoke = operation.action === 'revoke';
    const role = operation.to ?? '';
    if (target.type === 'org-membership') {
      if (revoke) {
        // GitHub cancels a pending invitation through the same call
        await removeOrgMembership(this.client, target.org, target.user);
        return `removed ${target.user} from organisation ${target.org} and its teams`;
      }
      const data = await setOrgMembership(
        this.client,
        target.org,
        target.user,
        role as (typeof ORG_ROLES)[number],
      );
      return data.state === 'pending'
        ? `invited ${target.user} to ${target.org} as ${role}; pending until accepted`
        : `${target.user} is ${role} of organisation ${target.org}`;
    }
    if (target.type === 'team-membership') {
      const team = { org: target.org, team: target.team };
      if (revoke) {
        await removeTeamMembership(this.client, team, target.user);
        return `removed ${target.user} from team ${target.org}/${target.team}`;
      }
      const data = await setTeamMembership(
        this.client,
        team,
        target.user,
        role as (typeof TEAM_ROLES)[number],
      );
      return data.state === 'pending'
        ? `invited ${target.user} to ${target.org} as team ${role}; pending until accepted`
        : `${target.user} is ${role} of team ${target.org}/${target.team}`;
    }
    if (target.type === 'team-repository') {
      const team = { org: target.owner, team: target.team };
      if (revoke) {
        await removeTeamRepo(this.client, team, target.repo);
        return `removed team ${target.team} from ${target.owner}/${target.repo}`;
      }
      await setTeamRepoPermission(this.client, team, target.repo, role);
      return `team ${target.team} has ${role} on ${target.owner}/${target.repo}`;
    }
    const repo = { owner: target.owner, repo: target.repo };
    if (revoke) {
      const invitation = await this.invitationFor(target);
      if (invitation !== undefined) {
        await deleteRepoInvitation(this.client, repo, invitation.id);
        return `withdrew the invitation of ${target.user} to ${target.owner}/${target.repo}`;
      }
      await removeCollaborator(this.client, repo, target.user);
      return `removed ${target.user} from ${target.owner}/${target.repo}`;
    }
    const { invited } = await addCollaborator(this.client, repo, target.user, role);
    return invited
      ? `invited ${target.user} to ${target.owner}/${target.repo} with ${role}; pending until accepted`
      : `${target.user} has ${role} on ${target.owner}/${target.repo}`;
  }

  private async readOrgMembership(
    target: Extract<GitHubTarget, { type: 'org-membership' }>,
  ): Promise<ActualAccess> {
    const membership = await orNotFound(getOrgMembership(this.client, target.org, target.user));
    if (membership === undefined) return { pending: false };
    const role = membership.role;
    const pending = membership.state === 'pending';
    // a billing manager holds no membership this provisioner grants
    return role === 'admin' || role === 'member' ? { role, pending } : { pending };
  }

  private async readTeamMembership(
    target: Extract<GitHubTarget, { type: 'team-membership' }>,
  ): Promise<ActualAccess> {
    const listing = this.teamListings.get(teamKey(target.org, target.team));
    if (listing !== undefined) return listing.get(asciiLower(target.user)) ?? { pending: false };
    const membership = await orNotFound(
      getTeamMembership(this.client, { org: target.org, team: target.team }, target.user),
    );
    if (membership === undefined) return { pending: false };
    const actual: ActualAccess = {
      role: membership.role,
      pending: membership.state === 'pending',
    };
    if (actual.role === 'maintainer') {
      const org = await orNotFound(getOrgMembership(this.client, target.org, target.user));
      if (org?.role === 'admin' && org.state === 'active')
        actual.impliedBy = `${target.user} owns ${target.org}`;
    }
    return actual;
  }

  private async readCollaborator(
    target: Extract<GitHubTarget, { type: 'repo-collaborator' }>,
  ): Promise<ActualAccess> {
    const direct = await this.listed(`collaborators ${target.owner}/${target.repo}`, () =>
      listDirectCollaborators(this.client, { owner: target.owner, repo: target.repo }),
    );
    const found = direct.find((c) => c.login.toLowerCase() === target.user.toLowerCase());
    if (found !== undefined) {
      const role = FROM_ROLE_NAME[found.role_name ?? ''];
      return role === undefined ? { pending: false } : { role, pending: false };
    }
    const invitation = await this.invitationFor(target);
    if (invitation === undefined) return { pending: false };
    const role = FROM_ROLE_NAME[invitation.permissions];
    return role === undefined ? { pending: true } : { role, pending: true };
  }

  private async readTeamRepository(
    target: Extract<GitHubTarget, { type: 'team-repository' }>,
  ): Promise<ActualAccess> {
    const repos = await this.listed(`team repositories ${target.owner}/${target.team}`, () =>
      listTeamRepos(this.client, { org: target.owner, team: target.team }),
    );
    const found = repos.find((r) => r.name.toLowerCase() === target.repo.toLowerCase());
    const role = FROM_ROLE_NAME[found?.role_name ?? ''] ?? found?.role_name;
    return role === undefined ? { pending: false } : { role, pending: false };
  }

  private async listOrg(org: string): Promise<HeldAccess<GitHubTarget>[]> {
    const [everyone, owners, invitations, self] = await Promise.all([
      this.listed(`organisation members ${org}`, () => listOrgMembers(this.client, org, 'all')),
      this.owners(org),
      this.listed(`organisation invitations ${org}`, () => listOrgInvitations(this.client, org)),
      this.self(),
    ]);
    // the account accessctl acts as owns the organisation to manage it: pruning it locks it out
    const held = everyone
      .filter((m) => m.login.toLowerCase() !== self)
      .map((m) => ({
        target: orgMembership(org, m.login),
        actual: { role: owners.has(m.login.toLowerCase()) ? 'admin' : 'member', pending: false },
      }));
    for (const invitation of invitations) {
      // an invitation by e-mail names no login yet, so no grant can be matched to it
      if (invitation.login === null) continue;
      const role = { admin: 'admin', direct_member: 'member' }[invitation.role as string];
      if (role === undefined) continue;
      held.push({ target: orgMembership(org, invitation.login), actual: { role, pending: true } });
    }
    return held;
  }

  private async listTeam(org: string, team: string): Promise<HeldAccess<GitHubTarget>[]> {
    const at = { org, team };
    const [everyone, maintainers, owners, invitations] = await Promise.all([
      listTeamMembers(this.client, at, 'all'),
      listTeamMembers(this.client, at, 'maintainer'),
      this.owners(org),
      listTeamInvitations(this.client, at),
    ]);
    const maintainer = new Set(maintainers.map((m) => m.login.toLowerCase()));
    const held: HeldAccess<GitHubTarget>[] = everyone.map((m) => {
      const login = m.login.toLowerCase();
      const actual: ActualAccess = { role: 'member', pending: false };
      if (owners.has(login)) {
        actual.role = 'maintainer';
        actual.impliedBy = `${m.login} owns ${org}`;
      } else if (maintainer.has(login)) actual.role = 'maintainer';
      return { target: teamMembership(org, team, m.login), actual };
    });
    for (const invitation of invitations) {
      if (invitation.login === null) continue;
      // the invitation does not say the team role; the pending membership does
      const target = teamMembership(org, team, invitation.login);
      held.push({ target, actual: await this.readTeamMembership(target) });
    }
    return held;
  }

  private async listRepository(owner: string, repo: string): Promise<HeldAccess<GitHubTarget>[]> {
    const held: HeldAccess<GitHubTarget>[] = [];
    const collaborators = await this.listed(`collaborators ${owner}/${repo}`, () =>
      listDirectCollaborators(this.client, { owner, repo }),
    );
    for (const c of collaborators) {
      const role = FROM_ROLE_NAME[c.role_name ?? ''];
      if (role !== undefined)
        held.push({
          target: repoCollaborator(owner, repo, c.login),
          actual: { role, pending: false },
        });
    }
    const invitations = await this.listed(`invitations ${owner}/${repo}`, () =>
      listRepoInvitations(this.client, { owner, repo }),
    );
    for (const i of invitations) {
      const role = FROM_ROLE_NAME[i.permissions];
      if (i.invitee === null || role === undefined) continue;
      held.push({
        target: repoCollaborator(owner, repo, i.invitee.login),
        actual: { role, pending: true },
      });
    }
    // a repository's teams come from each team's repository listing, which the reads of team
    // permissions share: one call per team per run, however many repositories are listed
    const teams = await orNotFound(
      this.listed(`teams ${owner}`, () => listTeams(this.client, owner)),
    );
    for (const team of teams ?? []) {
      const target = teamRepository(owner, repo, team.slug);
      const actual = await this.readTeamRepository(target);
      if (actual.role !== undefined) held.push({ target, actual });
    }
    return held;
  }

  /** The token's own login (lower case); undefined for an App's token, which has no user. */
  private async self(): Promise<string | undefined> {
    try {
      const login = await this.listed('authenticated user', () => authenticatedLogin(this.client));
      return login.toLowerCase();
    } catch (error) {
      if (error instanceof GitHubError && (error.status === 403 || error.status === 401))
        return undefined;
      throw error;
    }
  }

  /** The logins (lower case) of the organisation's owners. */
  private async owners(org: string): Promise<Set<string>> {
    const admins = await this.listed(`organisation owners ${org}`, () =>
      listOrgMembers(this.client, org, 'admin'),
    );
    return new Set(admins.map((m) => m.login.toLowerCase()));
  }

  private orgOf(config: Record<string, unknown>): string | undefined {
    return typeof config.org === 'string' ? config.org : this.defaultOrg;
  }

  private listed<T>(key: string, list: () => Promise<T>): Promise<T> {
    let pending = this.listings.get(key) as Promise<T> | undefined;
    if (pending === undefined) {
      pending = list();
      this.listings.set(key, pending);
      // a failed listing is asked again next time, not remembered
      pending.catch(() => this.listings.delete(key));
    }
    return pending;
  }

  private async invitationFor(
    target: Extract<GitHubTarget, { type: 'repo-collaborator' }>,
  ): Promise<{ id: number; permissions: string } | undefined> {
    const invitations = await this.listed(`invitations ${target.owner}/${target.repo}`, () =>
      listRepoInvitations(this.client, { owner: target.owner, repo: target.repo }),
    );
    const mine = invitations.find(
      (i) => i.invitee?.login.toLowerCase() === target.user.toLowerCase(),
    );
    return mine === undefined ? undefined : { id: mine.id, permissions: mine.permissions };
  }
}

function orgMembership(
  org: string,
  user: string,
): Extract<GitHubTarget, { type: 'org-membership' }> {
  pathSegments({ org, user });
  return {
    provisioner: 'github',
    type: 'org-membership',
    key: `org-membership ${org} ${user}`.toLowerCase(),
    label: `${user} in organisation ${org}`,
    org,
    user,
  };
}

function teamMembership(
  org: string,
  team: string,
  user: string,
): Extract<GitHubTarget, { type: 'team-membership' }> {
  pathSegments({ org, team, user });
  return {
    provisioner: 'github',
    type: 'team-membership',
    key: `team-membership ${org}/${team} ${user}`.toLowerCase(),
    label: `${user} in team ${org}/${team}`,
    org,
    team,
    user,
  };
}

function repoCollaborator(
  owner: string,
  repo: string,
  user: string,
): Extract<GitHubTarget, { type: 'repo-collaborator' }> {
  pathSegments({ owner, repo, user });
  return {
    provisioner: 'github',
    type: 'repo-collaborator',
    key: `repo-collaborator ${owner}/${repo} ${user}`.toLowerCase(),
    label: `${user} on ${owner}/${repo}`,
    owner,
    repo,
    user,
  };
}

function teamRepository(
  owner: string,
  repo: string,
  team: string,
): Extract<GitHubTarget, { type: 'team-repository' }> {
  pathSegments({ owner, repo, team });
  return {
    provisioner: 'github',
    type: 'team-repository',
    key: `team-repository ${owner}/${repo} ${team}`.toLowerCase(),
    label: `team ${team} on ${owner}/${repo}`,
    owner,
    repo,
    team,
  };
}

/** A name that must never reach a GitHub URL. */
export class UnsafeNameError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsafeNameError';
  }
}

/**
 * Refuses, loudly, to address anything through a URL path segment that is empty, "." or
 * "..", or holds "/", "%", white space, a control character or anything outside ASCII: the
 * client encodes "/" and "%" but passes "." and ".." through, and the URL they end up in
 * resolves them ("/orgs/acme/teams/../memberships/x" is the organisation's membership).
 * Validation refuses such names first; this is the defence behind it.
 */
function pathSegments(segments: Record<string, string>): void {
  for (const [what, segment] of Object.entries(segments)) {
    const unsafe = unsafePathSegment(segment);
    if (unsafe !== undefined)
      throw new UnsafeNameError(
        `refusing to address GitHub with ${what} ${unsafe}; fix the name in the access repository`,
      );
  }
}

/** Checks every path segment of a target again just before it is read or changed. */
function checked<T extends GitHubTarget>(target: T): T {
  if (target.type === 'org-membership') pathSegments({ org: target.org, user: target.user });
  else if (target.type === 'team-membership')
    pathSegments({ org: target.org, team: target.team, user: target.user });
  else if (target.type === 'repo-collaborator')
    pathSegments({ owner: target.owner, repo: target.repo, user: target.user });
  else pathSegments({ owner: target.owner, repo: target.repo, team: target.team });
  return target;
}

/** The response, or undefined when GitHub answers 404 (nothing held). */
async function orNotFound<T>(request: Promise<T>): Promise<T | undefined> {
  try {
    return await request;
  } catch (error) {
    if (error instanceof GitHubError && error.status === 404) return undefined;
    throw error;
  }
}
