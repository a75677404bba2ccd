// GitHub as a provisioned system: team membership (member, maintainer), a person's direct
// repository permission and a team's repository permission (pull, triage, push, maintain,
// admin). Two behaviours of GitHub are taken as they are: an organisation owner always shows
// as a team maintainer, and an invitation not yet accepted is access granted and pending,
// which a second run must not send again.
import type { GitHubClient } from '../github/index.js';
import { GitHubError } from '../github/index.js';
import type { GrantRecord } from '../model/index.js';
import type {
  AccessTarget,
  ActualAccess,
  DesiredAccess,
  Operation,
  OperationOutcome,
  Provisioner,
  Unsupported,
} from './provisioner.js';

export const TEAM_ROLES = ['member', 'maintainer'] as const;
export const REPO_PERMISSIONS = ['pull', 'triage', 'push', 'maintain', 'admin'] as const;

export type GitHubTarget =
  | (AccessTarget & { type: 'team-membership'; org: string; team: string; user: string })
  | (AccessTarget & { type: 'repo-collaborator'; owner: string; repo: string; user: string })
  | (AccessTarget & { type: 'team-repository'; owner: string; repo: string; team: string });

export interface GitHubProvisionerOptions {
  client: GitHubClient;
  /** The organisation of `github:team/<slug>` resources whose catalog entry has no `config.org`. */
  defaultOrg?: string;
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

  constructor(options: GitHubProvisionerOptions) {
    this.client = options.client;
    this.defaultOrg = options.defaultOrg;
  }

  target(grant: GrantRecord): GitHubTarget | Unsupported {
    const team = /^github:team\/([^/]+)$/.exec(grant.resource);
    const repo = /^github:repo\/([^/]+)\/([^/]+)$/.exec(grant.resource);
    if (grant.subjectKind === 'service')
      return {
        unsupported: `${grant.subject} is a service account, which GitHub knows only as a machine user; grant its login as user:<login>`,
      };
    if (team !== null) {
      const slug = team[1] as string;
      if (grant.subjectKind !== 'user')
        return {
          unsupported: `GitHub nests teams through the parent team, not a membership; set "parent" on team ${grant.subjectId} instead`,
        };
      const configured = grant.resolved?.resource.config.org;
      const org = typeof configured === 'string' ? configured : this.defaultOrg;
      if (org === undefined)
        return {
          unsupported: `no organisation for ${grant.resource}; add config: { org: <login> } to its catalog entry`,
        };
      return {
        provisioner: this.name,
        type: 'team-membership',
        key: `team-membership ${org}/${slug} ${grant.subjectId}`.toLowerCase(),
        label: `${grant.subjectId} in team ${org}/${slug}`,
        org,
        team: slug,
        user: grant.subjectId,
      };
    }
    if (repo !== null) {
      const [, owner = '', name = ''] = repo;
      if (grant.subjectKind === 'team')
        return {
          provisioner: this.name,
          type: 'team-repository',
          key: `team-repository ${owner}/${name} ${grant.subjectId}`.toLowerCase(),
          label: `team ${grant.subjectId} on ${owner}/${name}`,
          owner,
          repo: name,
          team: grant.subjectId,
        };
      return {
        provisioner: this.name,
        type: 'repo-collaborator',
        key: `repo-collaborator ${owner}/${name} ${grant.subjectId}`.toLowerCase(),
        label: `${grant.subjectId} on ${owner}/${name}`,
        owner,
        repo: name,
        user: grant.subjectId,
      };
    }
    return {
      unsupported: `${grant.resource} is not a GitHub resource accessctl provisions; use github:team/<slug> or github:repo/<owner>/<name>`,
    };
  }

  rank(target: GitHubTarget, role: string): number {
    const order: readonly string[] =
      target.type === 'team-membership' ? TEAM_ROLES : REPO_PERMISSIONS;
    return order.indexOf(role);
  }

  refresh(): void {
    this.listings.clear();
  }

  async read(target: GitHubTarget): Promise<ActualAccess> {
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
    if (desired === undefined) {
      if (actual.role === undefined) return undefined;
      return {
        action: 'revoke',
        grantId: removedGrantId,
        target,
        from: actual.role,
        removal: true,
      };
    }
    if (actual.role === desired.role) return undefined;
    if (actual.role === undefined)
      return {
        action: 'grant',
        grantId: desired.grantId,
        target,
        to: desired.role,
        removal: false,
      };
    const lower = this.rank(target, desired.role) < this.rank(target, actual.role);
    // an owner's maintainer role is GitHub's doing, not drift: lowering it would not stick
    if (lower && actual.impliedBy !== undefined) return undefined;
    return {
      action: 'update',
      grantId: desired.grantId,
      target,
      from: actual.role,
      to: desired.role,
      removal: lower,
    };
  }

  async apply(operation: Operation<GitHubTarget>): Promise<OperationOutcome> {
    this.listings.clear();
    try {
      const message = await this.applyOrThrow(operation);
      return { status: 'applied', message };
    } catch (error) {
      if (error instanceof GitHubError) return { status: 'failed', message: error.message };
      throw error;
    }
  }

  private async applyOrThrow(operation: Operation<GitHubTarget>): Promise<string> {
    const { target } = operation;
    const revoke = operation.action === 'revoke';
    const role = operation.to ?? '';
    if (target.type === 'team-membership') {
      const where = { org: target.org, team_slug: target.team, username: target.user };
      if (revoke) {
        await this.client.rest.teams.removeMembershipForUserInOrg(where);
        return `removed ${target.user} from team ${target.org}/${target.team}`;
      }
      const { data } = await this.client.rest.teams.addOrUpdateMembershipForUserInOrg({
        ...where,
        role: role as (typeof TEAM_ROLES)[number],
      });
      return data.state === 'pending'
        ? `invited ${target.user} to ${target.org} as team ${role}; pending until accepted`
        : `${target.user} is ${role} of team ${target.org}/${target.team}`;
    }
    if (target.type === 'team-repository') {
      const where = {
        org: target.owner,
        team_slug: target.team,
        owner: target.owner,
        repo: target.repo,
      };
      if (revoke) {
        await this.client.rest.teams.removeRepoInOrg(where);
        return `removed team ${target.team} from ${target.owner}/${target.repo}`;
      }
      await this.client.rest.teams.addOrUpdateRepoPermissionsInOrg({ ...where, permission: role });
      return `team ${target.team} has ${role} on ${target.owner}/${target.repo}`;
    }
    const where = { owner: target.owner, repo: target.repo, username: target.user };
    if (revoke) {
      const invitation = await this.invitationFor(target);
      if (invitation !== undefined) {
        await this.client.rest.repos.deleteInvitation({
          owner: target.owner,
          repo: target.repo,
          invitation_id: invitation.id,
        });
        return `withdrew the invitation of ${target.user} to ${target.owner}/${target.repo}`;
      }
      await this.client.rest.repos.removeCollaborator(where);
      return `removed ${target.user} from ${target.owner}/${target.repo}`;
    }
    const response = await this.client.rest.repos.addCollaborator({ ...where, permission: role });
    return response.status === 201
      ? `invited ${target.user} to ${target.owner}/${target.repo} with ${role}; pending until accepted`
      : `${target.user} has ${role} on ${target.owner}/${target.repo}`;
  }

  private async readTeamMembership(
    target: Extract<GitHubTarget, { type: 'team-membership' }>,
  ): Promise<ActualAccess> {
    const membership = await orNotFound(
      this.client.rest.teams.getMembershipForUserInOrg({
        org: target.org,
        team_slug: target.team,
        username: target.user,
      }),
    );
    if (membership === undefined) return { pending: false };
    const actual: ActualAccess = {
      role: membership.data.role,
      pending: membership.data.state === 'pending',
    };
    if (actual.role === 'maintainer') {
      const org = await orNotFound(
        this.client.rest.orgs.getMembershipForUser({ org: target.org, username: target.user }),
      );
      if (org?.data.role === 'admin' && org.data.state === 'active')
        actual.impliedBy = `${target.user} owns ${target.org}`;
    }
    return actual;
  }

  private async readCollaborator(
    target: Extract<GitHubTarget, { type: 'repo-collaborator' }>,
  ): Promise<ActualAccess> {
    const direct = await this.listed(`collaborators ${target.owner}/${target.repo}`, () =>
      this.client.paginate(this.client.rest.repos.listCollaborators, {
        owner: target.owner,
        repo: target.repo,
        affiliation: 'direct',
        per_page: 100,
      }),
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
      this.client.paginate(this.client.rest.teams.listReposInOrg, {
        org: target.owner,
        team_slug: target.team,
        per_page: 100,
      }),
    );
    const found = repos.find((r) => r.name.toLowerCase() === target.repo.toLowerCase());
    const role = FROM_ROLE_NAME[found?.role_name ?? ''] ?? found?.role_name;
    return role === undefined ? { pending: false } : { role, pending: false };
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
      this.client.paginate(this.client.rest.repos.listInvitations, {
        owner: target.owner,
        repo: target.repo,
        per_page: 100,
      }),
    );
    const mine = invitations.find(
      (i) => i.invitee?.login.toLowerCase() === target.user.toLowerCase(),
    );
    return mine === undefined ? undefined : { id: mine.id, permissions: mine.permissions };
  }
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
