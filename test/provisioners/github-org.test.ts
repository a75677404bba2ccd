import { describe, expect, it } from 'vitest';

import { createGitHubClient } from '../../src/github/index.js';
import type { GrantRecord } from '../../src/model/index.js';
import { GitHubProvisioner } from '../../src/provisioners/github.js';
import { isUnsupported } from '../../src/provisioners/provisioner.js';
import { runProvision } from '../../src/workflows/provision.js';
import { client } from '../emulator/client.js';
import type { Emulator } from '../emulator/index.js';
import { useProvisionEnv } from '../workflows/provision-env.js';
import {
  CATALOG,
  between,
  githubProvisioner,
  grantSpec,
  grants,
  identities,
} from '../workflows/provision-fixture.js';
import { modelOfFiles } from './access-files.js';

const env = useProvisionEnv();

const ORG_CATALOG = `kind: Resource
id: github:org/acme
owners: [team:platform]
provisioner: github
roles:
  member: { risk: low, maxDays: 365 }
  admin: { risk: low, maxDays: 365 }
`;

function byKey(held: { target: { key: string }; actual: unknown }[]) {
  return Object.fromEntries(held.map((h) => [h.target.key, h.actual]));
}

/** A change made on GitHub by hand, outside any grant. */
async function putByHand(gh: Emulator, path: string, body: Record<string, string>) {
  expect((await client(gh)('PUT', path, body)).status).toBeLessThan(300);
}

describe('organisation membership as a grant', () => {
  it('github:org/<org> is a person’s membership; a team cannot be a member', () => {
    const model = modelOfFiles({
      'access/catalog/github.yaml': `${CATALOG}---\n${ORG_CATALOG}`,
      'access/identities/people.yaml': identities(['alice', 'lead']),
      'access/grants/g.yaml': grants([
        grantSpec('a', 'user:alice', 'github:org/acme', 'admin'),
        grantSpec('b', 'team:platform', 'github:org/acme', 'member'),
      ]),
    });
    const provisioner = new GitHubProvisioner({
      client: createGitHubClient({ token: 'none', baseUrl: 'http://127.0.0.1:9' }),
    });
    const [person, team] = model.grants.map((g: GrantRecord) => provisioner.target(g));
    expect(person !== undefined && !isUnsupported(person) && person.key).toBe(
      'org-membership acme alice',
    );
    expect(team !== undefined && isUnsupported(team) && team.unsupported).toMatch(
      /an organisation has people as members, not teams/,
    );
  });

  it('invites a newcomer once, raises a member to admin, and counts a lowered role as a removal', async () => {
    const gh = await env.github({
      org: { login: 'acme', owners: ['octo-admin'], members: ['alice'] },
      users: [{ login: 'newcomer' }],
    });
    const { repo } = env.accessRepo(['alice', 'newcomer']);
    // the catalog entry is merged before grants name it: each merge is judged by its parent's
    repo.write({ 'access/catalog/org.yaml': ORG_CATALOG });
    const base = repo.commit('the organisation in the catalog');
    repo.write({
      'access/grants/org.yaml': grants([
        grantSpec('alice-acme', 'user:alice', 'github:org/acme', 'admin'),
        grantSpec('newcomer-acme', 'user:newcomer', 'github:org/acme', 'member'),
      ]),
    });
    const merged = repo.commit('alice owns acme, newcomer joins');
    const provisioners = [githubProvisioner(gh)];
    const first = await runProvision(between(repo, base, merged, provisioners));
    expect(first.operations.map((o) => [o.operation.action, o.status, o.message])).toEqual([
      ['update', 'applied', 'alice is admin of organisation acme'],
      ['grant', 'applied', 'invited newcomer to acme as member; pending until accepted'],
    ]);
    const again = await runProvision(between(repo, base, merged, provisioners));
    expect(again.operations).toEqual([]);
    expect(gh.state.org('acme')?.invitations).toHaveLength(1);

    repo.write({
      'access/grants/org.yaml': grants([
        grantSpec('alice-acme', 'user:alice', 'github:org/acme', 'member'),
      ]),
    });
    const lowered = repo.commit('alice is a member again; newcomer not coming');
    const result = await runProvision({
      ...between(repo, merged, lowered, provisioners),
      maxRemovals: 1,
    });
    expect(result.plan.removals).toBe(2);
    expect(result.blocked).toMatch(/has 2 removals, over the limit of 1/);
    expect(gh.state.org('acme')?.members.get('alice')?.role).toBe('admin');

    const forced = await runProvision({
      ...between(repo, merged, lowered, provisioners),
      maxRemovals: 1,
      force: true,
    });
    expect(forced.operations.map((o) => o.message)).toEqual([
      'alice is member of organisation acme',
      'removed newcomer from organisation acme and its teams',
    ]);
    expect(gh.state.org('acme')?.invitations).toEqual([]);
    expect(gh.state.org('acme')?.members.has('newcomer')).toBe(false);
  });

  it('keeps the membership a team grant implies when the organisation grant goes', async () => {
    const gh = await env.github({
      org: { login: 'acme', owners: ['octo-admin', 'alice'] },
      teams: [{ slug: 'payments', members: ['alice'] }],
    });
    const { repo } = env.accessRepo(['alice']);
    repo.write({
      'access/catalog/org.yaml': ORG_CATALOG,
      'access/grants/a.yaml': grants([
        grantSpec('alice-acme', 'user:alice', 'github:org/acme', 'admin'),
        grantSpec('alice-payments', 'user:alice', 'github:team/payments', 'member'),
      ]),
    });
    const granted = repo.commit('alice owns acme and is in payments');
    repo.write({
      'access/grants/a.yaml': grants([
        grantSpec('alice-payments', 'user:alice', 'github:team/payments', 'member'),
      ]),
    });
    const removed = repo.commit('alice no longer owns acme');
    const result = await runProvision(between(repo, granted, removed, [githubProvisioner(gh)]));
    // removing her from the organisation would take her out of payments too
    expect(
      result.operations.map((o) => [o.operation.action, o.operation.to, o.operation.grantId]),
    ).toEqual([['update', 'member', 'alice-payments']]);
    expect(gh.state.org('acme')?.members.get('alice')).toEqual({ role: 'member', state: 'active' });
    expect(gh.state.org('acme')?.teams.get('payments')?.members.get('alice')?.state).toBe('active');
  });
});

describe('listing who holds access', () => {
  it('lists an organisation: owners as admin, members, invitations as pending, never its own account', async () => {
    const gh = await env.github({
      org: { login: 'acme', owners: ['octo-admin', 'olga'], members: ['alice'] },
      users: [{ login: 'newcomer' }],
      teams: [{ slug: 'payments' }],
    });
    const provisioner = githubProvisioner(gh);
    await putByHand(gh, '/orgs/acme/teams/payments/memberships/newcomer', {
      role: 'member',
    });
    expect(byKey(await provisioner.list({ id: 'github:org/acme', config: {} }))).toEqual({
      'org-membership acme olga': { role: 'admin', pending: false },
      'org-membership acme alice': { role: 'member', pending: false },
      'org-membership acme newcomer': { role: 'member', pending: true },
    });
  });

  it('lists a team: maintainers, members, an owner as an implied maintainer, and pending members', async () => {
    const gh = await env.github({
      org: { login: 'acme', owners: ['octo-admin', 'olga'], members: ['alice', 'mia'] },
      users: [{ login: 'newcomer' }],
      teams: [{ slug: 'payments', members: ['alice', 'olga'], maintainers: ['mia'] }],
    });
    const provisioner = githubProvisioner(gh);
    await putByHand(gh, '/orgs/acme/teams/payments/memberships/newcomer', {
      role: 'maintainer',
    });
    const held = await provisioner.list({ id: 'github:team/payments', config: { org: 'acme' } });
    expect(byKey(held)).toEqual({
      'team-membership acme/payments alice': { role: 'member', pending: false },
      'team-membership acme/payments olga': {
        role: 'maintainer',
        pending: false,
        impliedBy: 'olga owns acme',
      },
      'team-membership acme/payments mia': { role: 'maintainer', pending: false },
      'team-membership acme/payments newcomer': { role: 'maintainer', pending: true },
    });
    await expect(provisioner.list({ id: 'github:team/payments', config: {} })).rejects.toThrow(
      /no organisation for github:team\/payments; add config: \{ org: <login> \}/,
    );
  });

  it('lists a repository: direct collaborators, invitations and teams with their permissions', async () => {
    const gh = await env.github({
      org: { login: 'acme', owners: ['octo-admin'], members: ['alice'] },
      users: [{ login: 'contractor' }],
      teams: [
        { slug: 'payments', repos: { ledger: 'maintain' } },
        { slug: 'ops', repos: { other: 'push' } },
      ],
      repos: [
        { name: 'ledger', files: {}, collaborators: { alice: 'triage' } },
        { name: 'other', files: {} },
      ],
    });
    const provisioner = githubProvisioner(gh);
    await putByHand(gh, '/repos/acme/ledger/collaborators/contractor', {
      permission: 'pull',
    });
    expect(byKey(await provisioner.list({ id: 'github:repo/acme/ledger', config: {} }))).toEqual({
      'repo-collaborator acme/ledger alice': { role: 'triage', pending: false },
      'repo-collaborator acme/ledger contractor': { role: 'pull', pending: true },
      'team-repository acme/ledger payments': { role: 'maintain', pending: false },
    });
  });
});
