import {
  firstInstant,
  parseAccessDate,
  type AccessChange,
  type AccessModel,
  type GrantRecord,
  type UserRecord,
  type GrantStart,
  type PackageRecord,
  type ResourceRecord,
  type ServiceAccountRecord,
  type TeamRecord,
} from '../model/index.js';

/** What changed between the base and the head of a request, by grant id and by file. */
export interface PolicyChanges {
  added: string[];
  modified: string[];
  removed: string[];
  /** Repository-relative paths of every changed file (separation of duties reads them). */
  files: string[];
  /**
   * The changed files that are not grant documents: every one is a change to the rules
   * (deny by default on paths), so it needs a policy owner's approval.
   */
  ruleFiles?: string[];
}

/** The pull request being judged; absent when the repository is checked as a whole. */
export interface PolicyRequest {
  author: string;
  labels: string[];
  /** Who added each label last (lower-cased login). */
  labelActors: Record<string, string>;
  approvals: { reviewer: string; commit: string; stale: boolean }[];
  /** Lower-cased logins of the authors and committers of the request's commits. */
  pushers: string[];
}

export interface PolicyInputOptions {
  now: Date;
  changes?: PolicyChanges;
  /** The grants the change removes, as they stood before it (removals need consent too). */
  removed?: GrantRecord[];
  request?: PolicyRequest;
  config?: Record<string, unknown>;
  /** When each unchanged grant started (see model/grant-starts.ts); missing ones start now. */
  starts?: Map<GrantRecord, GrantStart>;
}

/**
 * The one input document every policy evaluates (DESIGN.md section 3): the whole
 * repository at once so cross-grant rules work, with references already resolved so
 * Rego never re-implements catalog globbing, and dates already normalised to RFC 3339.
 */
export function buildPolicyInput(model: AccessModel, options: PolicyInputOptions): unknown {
  const now = options.now.toISOString();
  // In a change, what it adds or modifies is asked for now: it starts when it merges.
  const asked = new Set([...(options.changes?.added ?? []), ...(options.changes?.modified ?? [])]);
  const startsNow: GrantStart = { at: now, by: 'now' };
  const startOfGrant = (g: GrantRecord): GrantStart =>
    g.startsAt !== undefined && g.startsAt !== ''
      ? { at: g.startsAt, by: 'starts' }
      : asked.has(g.id)
        ? startsNow
        : (options.starts?.get(g) ?? startsNow);
  return {
    now,
    // "change": a change is judged against its base; "repository": what stands is judged as
    // a whole, every grant listed as added so that every rule reads it, but nothing in it
    // is being asked for now (an expired grant is the expiry job's work, not an error).
    judging: options.changes === undefined ? 'repository' : 'change',
    config: options.config ?? {},
    grants: model.grants.map((g) => grantInput(g, startOfGrant(g))),
    changes: options.changes ?? {
      added: model.grants.map((g) => g.id),
      modified: [],
      removed: [],
      files: [],
    },
    catalog: {
      resources: Object.fromEntries(model.resources.map((r) => [r.id, resourceInput(r)])),
    },
    // The packages the judged commit defines: what a package grant gives and who may hold it.
    packages: Object.fromEntries(model.packages.map((p) => [p.id, packageInput(p)])),
    identities: {
      users: Object.fromEntries(model.users.map((u) => [u.id, userInput(u)])),
      teams: teamsInput(model),
      serviceAccounts: Object.fromEntries(
        model.serviceAccounts.map((s) => [s.id, serviceAccountInput(s)]),
      ),
    },
    removed: (options.removed ?? []).map((g) => ({
      ...grantInput(g, startOfGrant(g)),
      file: g.source.file,
    })),
    ...(options.request === undefined ? {} : { request: options.request }),
  };
}

/**
 * The grants a change takes access away with, as they stood before it: what `removed` in the
 * input holds. A grant deleted, and one edited under the same id so that it no longer gives
 * all it gave (another subject, resource, role or package, or an earlier end): taking
 * someone's access by rewriting their grant needs the consent its removal would.
 */
export function removedGrants(changes: AccessChange[]): GrantRecord[] {
  return changes.flatMap((c) => {
    const before = c.before?.record;
    if (before?.kind !== 'Grant') return [];
    if (c.change === 'removed') return [before];
    const after = c.after?.record;
    // an edit that does not parse gives nothing new: provisioning keeps what the old one gave
    if (c.change !== 'modified' || after?.kind !== 'Grant') return [];
    return givesAllOf(after, before) ? [] : [before];
  });
}

/** Whether `after` still gives everything `before` gave: the same access, ending no earlier. */
function givesAllOf(after: GrantRecord, before: GrantRecord): boolean {
  const same = (a: string | undefined, b: string | undefined) =>
    (a ?? '').toLowerCase() === (b ?? '').toLowerCase();
  return (
    same(after.subject, before.subject) &&
    same(
      after.resolved?.resource.id ?? after.resource,
      before.resolved?.resource.id ?? before.resource,
    ) &&
    after.role === before.role &&
    after.package === before.package &&
    !(Date.parse(after.expiresAt) < Date.parse(before.expiresAt))
  );
}

/** Teams by id, with the teams below each (see `teamDescendants`). */
function teamsInput(model: AccessModel): Record<string, unknown> {
  const descendants = teamDescendants(model);
  return Object.fromEntries(
    model.teams.map((t) => [t.id, { ...teamInput(t), descendants: descendants.get(t.id) ?? [] }]),
  );
}

/** A team as policies see it, less the teams below it (which depend on the teams beside it). */
export function teamInput(t: TeamRecord): Record<string, unknown> {
  return { id: t.id, members: t.members, maintainers: t.maintainers };
}

/** A catalog entry as policies see it. */
export function resourceInput(r: ResourceRecord): Record<string, unknown> {
  return {
    id: r.id,
    owners: r.owners,
    provisioner: r.provisioner,
    glob: r.glob,
    ...(r.teamMaxRisk === undefined ? {} : { teamMaxRisk: r.teamMaxRisk }),
    roles: Object.fromEntries(
      Object.entries(r.roles).map(([name, role]) => [
        name,
        {
          risk: role.risk,
          maxDays: role.maxDays,
          approvals: role.approvals,
          requires: role.requires,
          contractors: role.contractors,
        },
      ]),
    ),
  };
}

/** A package as policies see it: what a package grant gives and who may hold it. */
export function packageInput(p: PackageRecord): Record<string, unknown> {
  return {
    id: p.id,
    owners: p.owners,
    maxDays: p.maxDays,
    roles: p.roles.map((r) => ({ resource: r.resource, role: r.role })),
    eligible: {
      types: p.eligible.types,
      ...(p.eligible.teams === undefined ? {} : { teams: p.eligible.teams }),
    },
    file: p.source.file,
  };
}

/** A service account as policies see it. */
export function serviceAccountInput(s: ServiceAccountRecord): Record<string, unknown> {
  return {
    id: s.id,
    owner: s.owner,
    purpose: s.purpose,
    rotation: {
      maxAgeDays: s.rotation.maxAgeDays,
      ...(s.rotation.lastRotated === undefined
        ? {}
        : {
            lastRotated: s.rotation.lastRotated,
            // The day it was rotated starts its age, so take the start of that day.
            lastRotatedAt: startOf(s.rotation.lastRotated),
          }),
    },
    ...(s.expires === undefined || s.expiresAt === undefined || s.expiresAt === ''
      ? {}
      : { expires: s.expires, expiresAt: s.expiresAt }),
  };
}

/**
 * Every team below each team (children, their children, ...), sorted: on GitHub a child
 * team inherits its parent's access, so their members benefit from a grant to the parent.
 */
export function teamDescendants(model: Pick<AccessModel, 'teams'>): Map<string, string[]> {
  const children = new Map<string, string[]>();
  for (const t of model.teams)
    if (t.parent !== undefined) children.set(t.parent, [...(children.get(t.parent) ?? []), t.id]);
  const result = new Map<string, string[]>();
  for (const team of model.teams) {
    const found: string[] = [];
    const queue = [...(children.get(team.id) ?? [])];
    while (queue.length > 0) {
      const next = queue.shift() as string;
      // a cycle (which validation reports) must not loop here
      if (next === team.id || found.includes(next)) continue;
      found.push(next);
      queue.push(...(children.get(next) ?? []));
    }
    result.set(team.id, found.sort());
  }
  return result;
}

/** A user as policies see it: contractors and externals with their sponsor and contract end. */
export function userInput(u: UserRecord): Record<string, unknown> {
  return {
    id: u.id,
    status: u.status,
    type: u.type,
    ...(u.sponsor === undefined ? {} : { sponsor: u.sponsor }),
    ...(u.contractEnds === undefined ? {} : { contractEnds: u.contractEnds }),
    ...(u.contractEndsAt === undefined ? {} : { contractEndsAt: u.contractEndsAt }),
  };
}

/**
 * A grant's fields in the order the three parts below give them, written into one object:
 * spreading three objects, each made of spreads, was most of the 0.35 s the pull-request
 * check spent making the input of 100,000 grants (0.1 s since, with its garbage).
 */
function grantInput(g: GrantRecord, start: GrantStart): Record<string, unknown> {
  const input = grantBeforeStart(g);
  addStart(input, start);
  addAfterStart(input, g);
  return input;
}

/** A grant's fields before when it starts: its text does not depend on the moment judged. */
export function grantBeforeStart(g: GrantRecord): Record<string, unknown> {
  const input: Record<string, unknown> = {
    id: g.id,
    subject: g.subject,
    subjectKind: g.subjectKind,
    subjectId: g.subjectId,
    resource: g.resource,
    // The catalog entry that matched (an exact id or a glob); unresolved grants keep their id.
    catalogId: g.resolved?.resource.id ?? g.resource,
    role: g.role,
    reason: g.reason,
    expires: g.expires,
    expiresAt: g.expiresAt,
  };
  if (g.starts !== undefined) input.starts = g.starts;
  return input;
}

/**
 * When a grant's duration counts from, and why: its own starts, the commit that added or
 * last renewed it, or now (asked for in this change, not yet committed, or no history).
 */
export function grantStartInput(start: GrantStart): Record<string, unknown> {
  return addStart({}, start);
}

function addStart(input: Record<string, unknown>, start: GrantStart): Record<string, unknown> {
  input.startsAt = start.at;
  input.startedBy = start.by;
  if (start.commit !== undefined) input.startCommit = start.commit;
  return input;
}

/** A grant's fields after when it starts. */
export function grantAfterStart(g: GrantRecord): Record<string, unknown> {
  return addAfterStart({}, g);
}

function addAfterStart(input: Record<string, unknown>, g: GrantRecord): Record<string, unknown> {
  if (g.owner !== undefined) input.owner = g.owner;
  if (g.ticket !== undefined) input.ticket = g.ticket;
  if (g.package !== undefined) {
    input.package = g.package;
    // each role the package gives, with the catalog entry it matched (absent when the
    // package or one of its roles does not resolve)
    input.parts = (g.parts ?? []).map((p) => ({
      resource: p.resource,
      catalogId: p.resolved?.resource.id ?? p.resource,
      role: p.role,
    }));
  }
  return input;
}

function startOf(date: string): string | undefined {
  const parsed = parseAccessDate(date);
  return parsed === null ? undefined : firstInstant(parsed);
}
