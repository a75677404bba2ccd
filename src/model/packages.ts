// Access packages: a named set of resource roles that a policy owner approves once. A grant that
// names a package stands for every role in it; here the package's roles are checked against
// the catalog, and each package grant whose subject and package resolve gets its parts (one
// grant per role), which is what provisioning applies and removes.
import { Catalog } from './catalog.js';
import type { Finding, RuleId } from './finding.js';
import {
  canonicalIdentityId,
  resourceIdProblem,
  subjectProblem,
  teamSlugProblem,
} from './names.js';
import type { GrantRecord, PackageRecord, ResourceRecord, RoleSpec } from './records.js';
import { resolveSubject, type BrokenIds, type Identities } from './references.js';
import type { DocumentSource } from './source.js';
import { didYouMean } from './suggest.js';

/** A grant as the systems see it: each role of a package grant, or the grant itself. */
export function grantParts(grant: GrantRecord): GrantRecord[] {
  return grant.package === undefined ? [grant] : (grant.parts ?? []);
}

/** Whether a grant resolves completely: its own role, or every role of its package. */
export function isResolved(grant: GrantRecord): boolean {
  return grant.package === undefined ? grant.resolved !== undefined : grant.parts !== undefined;
}

interface ResolvedRole {
  resource: ResourceRecord;
  role: RoleSpec;
  /** The resource id as the package writes it (the catalog entry may be a glob). */
  id: string;
}

const OUTSIDERS = new Set(['contractor', 'external']);

export function resolvePackages(
  grants: GrantRecord[],
  packages: PackageRecord[],
  resources: ResourceRecord[],
  identities: Identities,
  broken: BrokenIds,
): Finding[] {
  const findings: Finding[] = [];
  const report = (rule: RuleId, source: DocumentSource, pointer: string, message: string) =>
    findings.push({ rule, severity: 'error', message, ...source.locate(pointer) });
  const catalog = new Catalog(resources);

  // A package with any broken role resolves to nothing: half a package is a set nobody approved.
  const usable = new Map<string, { pkg: PackageRecord; roles: ResolvedRole[] }>();
  for (const pkg of packages) {
    const roles: ResolvedRole[] = [];
    pkg.roles.forEach((written, i) => {
      const at = `/roles/${i}`;
      const problem = resourceIdProblem(written.resource);
      if (problem !== undefined) {
        report(
          problem.kind === 'invalid' ? 'invalid-name' : 'noncanonical-name',
          pkg.source,
          `${at}/resource`,
          problem.message,
        );
        return;
      }
      const resource = catalog.match(written.resource);
      if (resource === undefined) {
        report(
          'unknown-resource',
          pkg.source,
          `${at}/resource`,
          `resource ${written.resource} matches no catalog entry${didYouMean(written.resource, catalog.ids())}; fix the id or add a Resource for it under catalog/`,
        );
        return;
      }
      const role = resource.roles[written.role];
      if (role === undefined) {
        const defined = Object.keys(resource.roles);
        report(
          'unknown-role',
          pkg.source,
          `${at}/role`,
          `role "${written.role}" is not defined for ${written.resource}${didYouMean(written.role, defined)} (defined: ${defined.join(', ')})`,
        );
        return;
      }
      if (role.maxDays < pkg.maxDays)
        report(
          'package-role-limit',
          pkg.source,
          '/maxDays',
          `package ${pkg.id} lasts up to ${pkg.maxDays} days but role "${role.name}" on ${written.resource} allows at most ${role.maxDays}; lower maxDays to ${role.maxDays} or leave the role out`,
        );
      else if (!role.contractors && pkg.eligible.types.some((t) => OUTSIDERS.has(t)))
        report(
          'package-role-limit',
          pkg.source,
          '/eligible/types',
          `role "${role.name}" on ${written.resource} is closed to contractors and externals, but the package is open to ${pkg.eligible.types.filter((t) => OUTSIDERS.has(t)).join(' and ')}; allow only employees or leave the role out`,
        );
      else roles.push({ resource, role, id: written.resource });
    });
    (pkg.eligible.teams ?? []).forEach((team, i) => {
      if (teamSlugProblem(team) !== undefined || !identities.teams.has(canonicalIdentityId(team)))
        if (!broken.Team.has(canonicalIdentityId(team)))
          report(
            'unknown-team',
            pkg.source,
            `/eligible/teams/${i}`,
            `team ${team} is not a known Team${didYouMean(team, identities.teams.keys())}; add it under identities/ or fix the slug`,
          );
    });
    pkg.owners.forEach((owner, i) => {
      const [type, id] = [
        owner.slice(0, owner.indexOf(':')),
        canonicalIdentityId(owner.slice(owner.indexOf(':') + 1)),
      ];
      const known = type === 'team' ? identities.teams.has(id) : identities.users.has(id);
      if (!known)
        report(
          'unknown-owner',
          pkg.source,
          `/owners/${i}`,
          `owner ${owner} is not a known ${type === 'team' ? 'team' : 'user'}; add it under identities/ or name an existing one`,
        );
    });
    if (roles.length === pkg.roles.length) usable.set(canonicalIdentityId(pkg.id), { pkg, roles });
  }

  const known = new Map(packages.map((p) => [canonicalIdentityId(p.id), p]));
  for (const grant of grants) {
    if (grant.package === undefined) continue;
    const key = canonicalIdentityId(grant.package);
    const pkg = known.get(key);
    if (pkg === undefined) {
      if (!broken.Package.has(key))
        report(
          'unknown-package',
          grant.source,
          '/package',
          `package ${grant.package} is not a known Package${didYouMean(
            grant.package,
            [...known.values()].map((p) => p.id),
          )}; name one under packages/ or add it there (a policy owner approves it)`,
        );
      continue;
    }
    if (pkg.id !== grant.package) {
      report(
        'noncanonical-name',
        grant.source,
        '/package',
        `package ${grant.package} is written ${pkg.id} in packages/; write package: ${pkg.id}`,
      );
      continue;
    }
    const resolved = usable.get(key);
    // the package's own findings say what to fix; a subject's finding comes from references.ts
    if (resolved === undefined || subjectProblem(grant.subject) !== undefined) continue;
    const subject = resolveSubject(grant.subjectKind, grant.subjectId, identities);
    if (subject === undefined) continue;
    const needsTicket = resolved.roles.find((r) => r.role.requires.includes('ticket'));
    if (needsTicket !== undefined && grant.ticket === undefined) {
      report(
        'missing-field',
        grant.source,
        '',
        `role "${needsTicket.role.name}" on ${needsTicket.id} in package ${pkg.id} requires a ticket; add ticket: <change or incident id>`,
      );
      continue;
    }
    grant.parts = resolved.roles.map(({ resource, role, id }) => {
      const part: GrantRecord = { ...grant, resource: id, role: role.name };
      delete part.parts;
      part.resolved = { subject, resource, role };
      return part;
    });
  }
  return findings;
}
