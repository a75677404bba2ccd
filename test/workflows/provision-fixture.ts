import { createGitHubClient } from '../../src/github/index.js';
import { GitHubProvisioner } from '../../src/provisioners/github.js';
import type { Provisioner } from '../../src/provisioners/provisioner.js';
import type { ProvisionOptions } from '../../src/workflows/provision.js';
import type { Emulator } from '../emulator/index.js';
import { GitRepo } from '../model/git-repo.js';

export const NOW = new Date('2026-11-27T00:00:00Z');

export const CATALOG = `kind: Resource
id: github:team/*
owners: [team:platform]
provisioner: github
config: { org: acme }
roles:
  member: { risk: low, maxDays: 365 }
  maintainer: { risk: low, maxDays: 365 }
---
kind: Resource
id: github:repo/acme/*
owners: [team:platform]
provisioner: github
roles:
  pull: { risk: low, maxDays: 365 }
  triage: { risk: low, maxDays: 365 }
  push: { risk: low, maxDays: 365 }
  maintain: { risk: low, maxDays: 365 }
  admin: { risk: critical, maxDays: 30, approvals: 2, requires: [ticket] }
`;

export function identities(logins: string[]): string {
  const users = logins.map((login) => `kind: User\nid: ${login}\nstatus: active\n`);
  const team = 'kind: Team\nid: platform\nmaintainers: [lead]\nmembers: []\n';
  return [...users, team].join('---\n');
}

export interface GrantSpec {
  id: string;
  subject: string;
  resource: string;
  role: string;
  ticket?: string;
}

export function grantSpec(id: string, subject: string, resource: string, role: string): GrantSpec {
  return { id, subject, resource, role };
}

/** A person's grant of a role in a team of the fixture catalog, with the id `<login>-<slug>`. */
export function teamGrant(login: string, role = 'member', slug = 'payments'): GrantSpec {
  return grantSpec(`${login}-${slug}`, `user:${login}`, `github:team/${slug}`, role);
}

export function grants(specs: GrantSpec[]): string {
  return specs
    .map(
      (g) =>
        `kind: Grant\nid: ${g.id}\nsubject: ${g.subject}\nresource: ${g.resource}\nrole: ${g.role}\n` +
        `reason: Needs this access for the quarterly delivery work\nexpires: 2027-03-01\n` +
        (g.ticket === undefined ? '' : `ticket: ${g.ticket}\n`),
    )
    .join('---\n');
}

/** An access repository with a first commit holding the catalog and identities only. */
export function accessRepo(logins: string[]): { repo: GitRepo; base: string } {
  const repo = new GitRepo();
  repo.write({
    'access/catalog/github.yaml': CATALOG,
    'access/identities/people.yaml': identities([...logins, 'lead']),
  });
  return { repo, base: repo.commit('catalog and identities') };
}

/**
 * A provision run of `repo` from one commit to another, at NOW. These commits have no pull
 * requests, so the approval gate would hold every grant they add: the tests of provisioning
 * itself run as a bootstrap does (the gate's own tests are in provision-gate.test.ts).
 */
export function between(
  repo: GitRepo,
  from: string,
  to: string,
  provisioners: Provisioner[],
): ProvisionOptions {
  return { repo: repo.dir, from, to, now: NOW, provisioners, allowUnapproved: true };
}

/** A client of the emulator as the admin, with no waits between writes or before retries. */
export function emulatorApi(emulator: Emulator) {
  return createGitHubClient({
    token: emulator.token,
    env: { GITHUB_API_URL: emulator.url },
    millisecondsPerSecond: 1,
    writeSpacingMs: 0,
  });
}

export function githubProvisioner(emulator: Emulator): GitHubProvisioner {
  return new GitHubProvisioner({ client: emulatorApi(emulator) });
}
