import { Catalog } from './catalog.js';
import type { Finding, RuleId, Severity } from './finding.js';
import {
  canonicalIdentityId,
  canonicalResourceId,
  loginProblem,
  resourceIdProblem,
  serviceNameProblem,
  subjectProblem,
  teamSlugProblem,
  type NameProblem,
} from './names.js';
import type {
  GrantRecord,
  ResourceRecord,
  ServiceAccountRecord,
  TeamRecord,
  UserRecord,
} from './records.js';
import type { DocumentSource } from './source.js';
import { didYouMean } from './suggest.js';

export interface Identities {
  users: Map<string, UserRecord>;
  teams: Map<string, TeamRecord>;
  serviceAccounts: Map<string, ServiceAccountRecord>;
}

/**
 * Ids of documents that exist but failed the schema, by kind. A reference to one of
 * them is not reported again: the document's own finding already says what to fix.
 */
export interface BrokenIds {
  Grant: Set<string>;
  Resource: Set<string>;
  Package: Set<string>;
  User: Set<string>;
  Team: Set<string>;
  ServiceAccount: Set<string>;
}

/**
 * Resolves every reference between records (grant subject, resource, role, owners,
 * team members) and reports the ones that point nowhere, and leavers that still hold
 * something. Every name is first held to its system's naming rules (src/model/names.ts):
 * a name that breaks them is an error and is not resolved; a name in a non-canonical
 * spelling (upper case where the system folds case) is an error that says what to write,
 * and is looked up in its canonical form so the finding names the right entry. Fills in
 * `grant.resolved` only when a grant resolves completely with canonical names.
 */
export function resolveReferences(
  grants: GrantRecord[],
  resources: ResourceRecord[],
  identities: Identities,
  broken: BrokenIds,
): Finding[] {
  const findings: Finding[] = [];
  const report = (
    rule: RuleId,
    severity: Severity,
    source: DocumentSource,
    pointer: string,
    message: string,
  ): void => {
    findings.push({ rule, severity, message, ...source.locate(pointer) });
  };
  const catalog = new Catalog(resources);
  const { users, teams, serviceAccounts } = identities;
  /** Reports a naming problem; true when the name cannot be looked up at all. */
  const named = (
    problem: NameProblem | undefined,
    source: DocumentSource,
    pointer: string,
  ): boolean => {
    if (problem === undefined) return false;
    report(
      problem.kind === 'invalid' ? 'invalid-name' : 'noncanonical-name',
      'error',
      source,
      pointer,
      problem.kind === 'invalid'
        ? `${problem.message}; fix the name (docs/provisioners.md, "Names")`
        : problem.message,
    );
    return problem.kind === 'invalid';
  };

  for (const resource of resources) {
    named(resourceIdProblem(resource.id, resource.glob), resource.source, '/id');
    const org = resource.config.org;
    if (resource.id.startsWith('github:') && typeof org === 'string')
      named(loginProblem(org), resource.source, '/config/org');
  }
  for (const user of users.values()) named(loginProblem(user.id), user.source, '/id');
  for (const team of teams.values()) named(teamSlugProblem(team.id), team.source, '/id');
  for (const account of serviceAccounts.values())
    named(serviceNameProblem(account.id), account.source, '/id');

  const checkOwner = (ref: string, source: DocumentSource, pointer: string, what: string) => {
    const problem = subjectProblem(ref);
    if (named(problem, source, pointer)) return;
    const owner = problem === undefined ? ref : canonicalIdentityId(ref);
    const [type, id = ''] = splitRef(owner);
    const known = type === 'team' ? teams.has(id) : users.has(id);
    if (!known) {
      if ((type === 'team' ? broken.Team : broken.User).has(id)) return;
      const pool = type === 'team' ? teams.keys() : users.keys();
      report(
        'unknown-owner',
        'error',
        source,
        pointer,
        `${what} ${owner} is not a known ${type === 'team' ? 'team' : 'user'}${didYouMean(id, pool)}; add a ${type === 'team' ? 'Team' : 'User'} with id ${id} under identities/ or name an existing one`,
      );
      return;
    }
    const user = type === 'user' ? users.get(id) : undefined;
    if (user?.status === 'leaver')
      report(
        'leaver-is-owner',
        'warning',
        source,
        pointer,
        `${what} ${owner} has left; hand ownership to a current team or user`,
      );
  };

  for (const grant of grants) {
    const { source } = grant;
    const subjectName = subjectProblem(grant.subject);
    // a package grant names its roles through the package: src/model/packages.ts resolves them
    const resourceName =
      grant.package === undefined ? resourceIdProblem(grant.resource) : undefined;
    const subjectInvalid = named(subjectName, source, '/subject');
    const resourceInvalid = named(resourceName, source, '/resource');
    const canonical = subjectName === undefined && resourceName === undefined;
    const subject = subjectInvalid
      ? undefined
      : resolveSubject(grant.subjectKind, canonicalIdentityId(grant.subjectId), identities);
    if (subjectInvalid) {
      // the name itself is the problem; its finding says what to fix
    } else if (subject === undefined) {
      const kindName = { user: 'User', team: 'Team', service: 'ServiceAccount' }[grant.subjectKind];
      const brokenSet = broken[kindName as keyof BrokenIds];
      if (!brokenSet.has(canonicalIdentityId(grant.subjectId))) {
        const pool =
          grant.subjectKind === 'user'
            ? users.keys()
            : grant.subjectKind === 'team'
              ? teams.keys()
              : serviceAccounts.keys();
        report(
          'unknown-subject',
          'error',
          source,
          '/subject',
          `subject ${grant.subject} is not a known ${kindName}${didYouMean(grant.subjectId, pool)}; add a ${kindName} with id ${grant.subjectId} under identities/ or fix the subject`,
        );
      }
    } else if (subject.kind === 'User' && subject.status === 'leaver') {
      report(
        'leaver-has-grant',
        'error',
        source,
        '/subject',
        `user ${subject.id} has left (status: leaver) but still holds this grant; delete the grant`,
      );
    }
    if (grant.owner !== undefined) checkOwner(grant.owner, source, '/owner', 'owner');

    if (resourceInvalid || grant.package !== undefined) continue;
    const resource = catalog.match(grant.resource);
    if (resource === undefined) {
      if (!broken.Resource.has(canonicalResourceId(grant.resource)))
        report(
          'unknown-resource',
          'error',
          source,
          '/resource',
          `resource ${grant.resource} matches no catalog entry${didYouMean(grant.resource, catalog.ids())}; fix the id or add a Resource for it under catalog/`,
        );
      continue;
    }
    const role = resource.roles[grant.role];
    if (role === undefined) {
      const via = resource.id === grant.resource ? '' : ` (catalog entry ${resource.id})`;
      const defined = Object.keys(resource.roles);
      report(
        'unknown-role',
        'error',
        source,
        '/role',
        `role "${grant.role}" is not defined for ${grant.resource}${via}${didYouMean(grant.role, defined)} (defined: ${defined.join(', ')})`,
      );
      continue;
    }
    if (role.requires.includes('ticket') && grant.ticket === undefined)
      report(
        'missing-field',
        'error',
        source,
        '',
        `role "${role.name}" on ${grant.resource} requires a ticket; add ticket: <change or incident id>`,
      );
    // a grant written with a non-canonical name is never resolved, so never provisioned
    if (subject !== undefined && canonical) grant.resolved = { subject, resource, role };
  }

  for (const resource of resources)
    resource.owners.forEach((owner, i) =>
      checkOwner(owner, resource.source, `/owners/${i}`, 'owner'),
    );
  for (const account of serviceAccounts.values())
    checkOwner(account.owner, account.source, '/owner', 'owner');

  for (const team of teams.values()) {
    const parent =
      team.parent === undefined || named(teamSlugProblem(team.parent), team.source, '/parent')
        ? undefined
        : canonicalIdentityId(team.parent);
    if (parent !== undefined && !teams.has(parent) && !broken.Team.has(parent))
      report(
        'unknown-team',
        'error',
        team.source,
        '/parent',
        `parent team ${parent} is not a known Team${didYouMean(parent, teams.keys())}; add it under identities/ or remove parent`,
      );
    for (const list of ['maintainers', 'members'] as const) {
      team[list].forEach((written, i) => {
        if (named(loginProblem(written), team.source, `/${list}/${i}`)) return;
        const login = canonicalIdentityId(written);
        const user = users.get(login);
        if (user === undefined) {
          if (!broken.User.has(login))
            report(
              'unknown-member',
              'error',
              team.source,
              `/${list}/${i}`,
              `${login} in ${list} of team ${team.id} is not a known User${didYouMean(login, users.keys())}; add a User with id ${login} under identities/ or fix the login`,
            );
        } else if (user.status === 'leaver')
          report(
            'leaver-in-team',
            'warning',
            team.source,
            `/${list}/${i}`,
            `${login} has left but is still in ${list} of team ${team.id}; remove them`,
          );
      });
    }
  }
  return findings;
}

export function resolveSubject(
  kind: GrantRecord['subjectKind'],
  id: string,
  identities: Identities,
): UserRecord | TeamRecord | ServiceAccountRecord | undefined {
  switch (kind) {
    case 'user':
      return identities.users.get(id);
    case 'team':
      return identities.teams.get(id);
    case 'service':
      return identities.serviceAccounts.get(id);
  }
}

function splitRef(ref: string): [string, string] {
  const colon = ref.indexOf(':');
  return [ref.slice(0, colon), ref.slice(colon + 1)];
}
