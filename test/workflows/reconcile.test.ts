import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { isResult, verifyEvidence } from '../../src/provisioners/evidence-log.js';
import type { ReconcileResult } from '../../src/provisioners/drift.js';
import { runReconcile, type ReconcileOptions } from '../../src/workflows/reconcile.js';
import type { Emulator, Seed } from '../emulator/index.js';
import { useProvisionEnv } from './provision-env.js';
import {
  CATALOG,
  NOW,
  githubProvisioner,
  grantSpec,
  grants,
  type GrantSpec,
} from './provision-fixture.js';

const env = useProvisionEnv();

const ORG_CATALOG = `kind: Resource
id: github:org/acme
owners: [team:platform]
provisioner: github
roles:
  member: { risk: low, maxDays: 365 }
  admin: { risk: critical, maxDays: 30, approvals: 2, requires: [ticket] }
`;

/**
 * An access repository at one commit (the fixture catalog, these people and grants) and the
 * organisation as `seed` has it; `options` is a run of reconcile against it that only reads.
 */
async function setup(
  seed: Seed,
  logins: string[],
  specs: GrantSpec[],
  extra: Record<string, string> = {},
): Promise<{ gh: Emulator; commit: string; options: ReconcileOptions }> {
  const gh = await env.github(seed);
  const { repo } = env.accessRepo(logins);
  repo.write({ 'access/grants/all.yaml': grants(specs), ...extra });
  const commit = repo.commit('grants');
  return {
    gh,
    commit,
    // commits without pull requests: repairs run as a bootstrap (the gate is tested below)
    options: {
      repo: repo.dir,
      now: NOW,
      provisioners: [githubProvisioner(gh)],
      allowUnapproved: true,
    },
  };
}

function drift(result: ReconcileResult): string[][] {
  return result.plan.drift.map((d) => [
    d.kind,
    d.target.key,
    d.operation === undefined ? '-' : d.operation.action,
  ]);
}

const writes = (gh: Emulator) => gh.state.requests.filter((r) => r.method !== 'GET');
const team = (gh: Emulator, slug: string) => gh.state.org('acme')?.teams.get(slug)?.members;

describe('reconcile gives access only where the change that asked for it passed the gate', () => {
  it('does not repair missing access for a grant that provisioning would hold, and still takes away', async () => {
    const { gh, options } = await setup(
      {
        org: { login: 'acme', owners: ['octo-admin'], members: ['alice', 'bob'] },
        repos: [{ name: 'ledger', files: {}, collaborators: { bob: 'admin' } }],
      },
      ['alice', 'bob'],
      [
        grantSpec('alice-ledger', 'user:alice', 'github:repo/acme/ledger', 'push'),
        grantSpec('bob-ledger', 'user:bob', 'github:repo/acme/ledger', 'pull'),
      ],
    );
    // the grants reached the branch in a direct push: nobody approved them, so bob's grant
    // keeps nothing either: his admin access goes rather than being lowered on its strength
    const result = await runReconcile({ ...options, allowUnapproved: false, apply: true });
    expect(drift(result)).toEqual([
      ['missing', 'repo-collaborator acme/ledger alice', '-'],
      ['ended', 'repo-collaborator acme/ledger bob', 'revoke'],
    ]);
    for (const item of result.plan.drift)
      expect(item.note).toMatch(
        /^held: the change that asked for it \(\w+\) did not pass the gate: .*approval-required/,
      );
    expect(gh.state.repo('acme', 'ledger')?.collaborators.has('alice')).toBe(false);
    expect(gh.state.repo('acme', 'ledger')?.collaborators.has('bob')).toBe(false);
    expect(result.ok).toBe(false);
  });
});

describe('reconcile finds drift in both directions', () => {
  it('reports missing access and access added by hand, and changes nothing without --apply', async () => {
    const { gh, options } = await setup(
      {
        org: { login: 'acme', owners: ['octo-admin'], members: ['alice', 'bob', 'eve', 'mallory'] },
        teams: [{ slug: 'payments', members: ['bob', 'eve'] }],
        repos: [{ name: 'ledger', files: {}, collaborators: { mallory: 'push', bob: 'admin' } }],
      },
      ['alice', 'bob'],
      [
        grantSpec('bob-payments', 'user:bob', 'github:team/payments', 'member'),
        grantSpec('alice-ledger', 'user:alice', 'github:repo/acme/ledger', 'push'),
        grantSpec('bob-ledger', 'user:bob', 'github:repo/acme/ledger', 'pull'),
      ],
      { 'access/catalog/org.yaml': ORG_CATALOG },
    );
    const result = await runReconcile(options);
    expect(drift(result)).toEqual([
      ['missing', 'repo-collaborator acme/ledger alice', 'grant'],
      ['higher', 'repo-collaborator acme/ledger bob', 'update'],
      // the organisation is in the catalog: its members without a grant are unmanaged too
      ['unmanaged', 'org-membership acme alice', '-'],
      ['unmanaged', 'org-membership acme eve', '-'],
      ['unmanaged', 'org-membership acme mallory', '-'],
      ['unmanaged', 'repo-collaborator acme/ledger mallory', '-'],
      ['unmanaged', 'team-membership acme/payments eve', '-'],
    ]);
    expect(result.plan.drift.find((d) => d.kind === 'unmanaged')?.note).toMatch(/prune: true/);
    expect(result.plan.removals).toBe(1);
    expect(result.operations.map((o) => o.status)).toEqual(['planned', 'planned']);
    expect(result.ok).toBe(false);
    expect(writes(gh)).toEqual([]);
  });
});

describe('reconcile over catalog globs', () => {
  it('lists every team and repository a glob covers, also those no grant names', async () => {
    const { options } = await setup(
      {
        org: { login: 'acme', owners: ['octo-admin'], members: ['alice', 'mallory'] },
        teams: [
          { slug: 'payments', members: ['alice'] },
          { slug: 'legacy', members: ['mallory'] },
        ],
        repos: [
          { name: 'ledger', files: {}, collaborators: {} },
          { name: 'attic', files: {}, collaborators: { mallory: 'admin' } },
        ],
      },
      ['alice'],
      [grantSpec('alice-payments', 'user:alice', 'github:team/payments', 'member')],
      {
        // a glob over owners: GitHub cannot list every owner's repositories
        'access/catalog/everywhere.yaml': CATALOG.split('---')[1]!.replace(
          'github:repo/acme/*',
          'github:repo/*/*',
        ),
      },
    );
    const result = await runReconcile(options);
    expect(drift(result)).toEqual([
      ['unmanaged', 'repo-collaborator acme/attic mallory', '-'],
      ['unmanaged', 'team-membership acme/legacy mallory', '-'],
    ]);
    // a glob GitHub cannot enumerate is named, and does not fail the run
    expect(result.plan.unlisted).toEqual([
      {
        resource: 'github:repo/*/*',
        reason: expect.stringMatching(/what github:repo\/\*\/\* covers cannot be listed/),
      },
    ]);
    expect(result.plan.unreadable).toEqual([]);
  });
});

/** alice lacks a granted team membership, bob holds more than granted, eve was added by hand. */
async function handEdited(files: Record<string, string> = {}) {
  return setup(
    {
      org: { login: 'acme', owners: ['octo-admin'], members: ['alice', 'bob', 'eve'] },
      teams: [{ slug: 'payments', members: ['eve'] }],
      repos: [{ name: 'ledger', files: {}, collaborators: { bob: 'admin' } }],
    },
    ['alice', 'bob'],
    [
      grantSpec('alice-payments', 'user:alice', 'github:team/payments', 'member'),
      grantSpec('bob-ledger', 'user:bob', 'github:repo/acme/ledger', 'pull'),
    ],
    files,
  );
}

describe('reconcile --apply', () => {
  it('repairs what the grants ask for, reports unmanaged access without touching it, and a second run changes nothing', async () => {
    const { gh, commit, options } = await handEdited();
    const evidenceFile = join(env.scratchDir('accessctl-reconcile-'), 'evidence.jsonl');
    const run = { ...options, apply: true, evidenceFile };
    const first = await runReconcile(run);
    expect(first.plan.prune).toBe(false);
    expect(drift(first)).toEqual([
      ['missing', 'team-membership acme/payments alice', 'grant'],
      ['higher', 'repo-collaborator acme/ledger bob', 'update'],
      ['unmanaged', 'team-membership acme/payments eve', '-'],
    ]);
    expect(first.operations.map((o) => o.status)).toEqual(['applied', 'applied']);
    // eve is still there: the run repaired what it could and says drift is left
    expect(first.ok).toBe(false);
    expect(team(gh, 'payments')?.get('alice')).toEqual({ role: 'member', state: 'active' });
    expect(team(gh, 'payments')?.get('eve')?.state).toBe('active');
    expect(gh.state.repo('acme', 'ledger')?.collaborators.get('bob')).toBe('pull');

    const verdict = verifyEvidence(readFileSync(evidenceFile, 'utf8'));
    expect(verdict.ok).toBe(true);
    expect(
      verdict.records.filter(isResult).map((r) => [r.grant, r.operation, r.result, r.mergeCommit]),
    ).toEqual([
      [
        'alice-payments',
        'repair drift: grant member to alice in team acme/payments',
        'applied',
        commit,
      ],
      [
        'bob-ledger',
        'repair drift: change bob on acme/ledger from admin to pull',
        'applied',
        commit,
      ],
    ]);

    const before = writes(gh).length;
    const second = await runReconcile(run);
    expect(drift(second)).toEqual([['unmanaged', 'team-membership acme/payments eve', '-']]);
    expect(second.operations).toEqual([]);
    expect(writes(gh)).toHaveLength(before);
  });

  it('removes unmanaged access when accessctl.yaml says prune: true, and then finds no drift', async () => {
    const { gh, options } = await handEdited({ 'accessctl.yaml': 'prune: true\n' });
    const run = { ...options, apply: true };
    const first = await runReconcile(run);
    expect(first.plan.prune).toBe(true);
    expect(drift(first)).toEqual([
      ['missing', 'team-membership acme/payments alice', 'grant'],
      ['higher', 'repo-collaborator acme/ledger bob', 'update'],
      ['unmanaged', 'team-membership acme/payments eve', 'revoke'],
    ]);
    expect(first.plan.removals).toBe(2);
    expect(first.ok).toBe(true);
    expect(team(gh, 'payments')?.has('eve')).toBe(false);
    // eve's organisation membership was never the repository's to manage: it stays
    expect(gh.state.org('acme')?.members.get('eve')?.state).toBe('active');

    const before = writes(gh).length;
    const second = await runReconcile(run);
    expect(second.plan.drift).toEqual([]);
    expect(second.ok).toBe(true);
    expect(writes(gh)).toHaveLength(before);
  });

  it('refuses more removals than the limit unless forced', async () => {
    const extra = Array.from({ length: 12 }, (_, i) => `hand${i + 1}`);
    const { gh, options } = await setup(
      {
        org: { login: 'acme', owners: ['octo-admin'], members: ['alice', ...extra] },
        teams: [{ slug: 'payments', members: ['alice', ...extra] }],
      },
      ['alice'],
      [grantSpec('alice-payments', 'user:alice', 'github:team/payments', 'member')],
      { 'accessctl.yaml': 'prune: true\n' },
    );
    const run = { ...options, apply: true };
    const refused = await runReconcile(run);
    expect(refused.plan.removals).toBe(12);
    expect(refused.blocked).toMatch(/has 12 removals, over the limit of 10.*--force/);
    expect(refused.operations.every((o) => o.status === 'held')).toBe(true);
    expect(refused.ok).toBe(false);
    expect(writes(gh)).toEqual([]);

    const forced = await runReconcile({ ...run, force: true });
    expect(forced.operations.filter((o) => o.status === 'applied')).toHaveLength(12);
    expect(forced.ok).toBe(true);
    expect([...(team(gh, 'payments')?.keys() ?? [])]).toEqual(['alice']);
  });
});

describe('what is not drift', () => {
  it('an owner shown as maintainer, a pending invitation, and the organisation membership a team implies', async () => {
    const { gh, options } = await setup(
      {
        org: { login: 'acme', owners: ['octo-admin', 'olga'], members: ['bob'] },
        users: [{ login: 'newcomer' }],
        teams: [{ slug: 'payments', maintainers: ['olga'] }],
      },
      ['olga', 'newcomer', 'bob', 'octo-admin'],
      [
        grantSpec('olga-payments', 'user:olga', 'github:team/payments', 'member'),
        grantSpec('newcomer-payments', 'user:newcomer', 'github:team/payments', 'member'),
        grantSpec('bob-acme', 'user:bob', 'github:org/acme', 'member'),
        {
          ...grantSpec('owner-acme', 'user:octo-admin', 'github:org/acme', 'admin'),
          ticket: 'OPS-1',
        },
        { ...grantSpec('olga-acme', 'user:olga', 'github:org/acme', 'admin'), ticket: 'OPS-2' },
      ],
      {
        'access/catalog/org.yaml': ORG_CATALOG.replace('maxDays: 30', 'maxDays: 365'),
        'accessctl.yaml': 'prune: true\n',
      },
    );
    const run = { ...options, apply: true };
    const first = await runReconcile(run);
    expect(first.plan.refused).toEqual([]);
    expect(drift(first)).toEqual([['missing', 'team-membership acme/payments newcomer', 'grant']]);
    expect(first.operations.map((o) => o.message)).toEqual([
      'invited newcomer to acme as team member; pending until accepted',
    ]);

    const second = await runReconcile(run);
    // newcomer's invitation is pending: neither the team nor the organisation listing is drift
    expect(second.plan.drift).toEqual([]);
    expect(second.ok).toBe(true);
    expect(gh.state.org('acme')?.invitations).toHaveLength(1);
    expect(team(gh, 'payments')?.get('olga')?.role).toBe('maintainer');
  });
});

describe('what reconcile may not do', () => {
  it("never provisions a grant the commit's policies deny, and leaves its access as it is", async () => {
    const { gh, options } = await setup(
      {
        org: { login: 'acme', owners: ['octo-admin'], members: ['bob'] },
        repos: [{ name: 'ledger', files: {}, collaborators: { bob: 'push' } }],
      },
      ['bob'],
      // admin needs a ticket and lasts at most 30 days: this grant breaks both rules
      [grantSpec('bob-ledger-admin', 'user:bob', 'github:repo/acme/ledger', 'admin')],
      { 'accessctl.yaml': 'prune: true\n' },
    );
    const result = await runReconcile({ ...options, apply: true });
    expect(result.plan.refused.map((r) => r.grantId)).toEqual(['bob-ledger-admin']);
    expect(result.plan.refused[0]?.reasons.join('\n')).toMatch(/access\/grants\/all\.yaml:\d+:\d+/);
    expect(result.plan.drift).toEqual([]);
    expect(result.ok).toBe(false);
    expect(gh.state.repo('acme', 'ledger')?.collaborators.get('bob')).toBe('push');
    expect(writes(gh)).toEqual([]);
  });

  it('takes away access whose only grant has expired', async () => {
    const { gh, options } = await setup(
      {
        org: { login: 'acme', owners: ['octo-admin'], members: ['bob'] },
        teams: [{ slug: 'payments', members: ['bob'] }],
      },
      ['bob'],
      [],
      {
        'access/grants/old.yaml': grants([
          grantSpec('bob-old', 'user:bob', 'github:team/payments', 'member'),
        ]).replace('2027-03-01', '2026-10-01'),
      },
    );
    const result = await runReconcile({ ...options, apply: true });
    expect(drift(result)).toEqual([['ended', 'team-membership acme/payments bob', 'revoke']]);
    expect(result.plan.removals).toBe(1);
    expect(result.ok).toBe(true);
    expect(team(gh, 'payments')?.has('bob')).toBe(false);
  });

  it('prunes nothing while a grant is invalid, since what the repository manages is not certain', async () => {
    const { gh, options } = await handEdited({
      'accessctl.yaml': 'prune: true\n',
      'access/grants/broken.yaml': 'kind: Grant\nid: broken\nsubject: user:eve\n',
    });
    const result = await runReconcile({ ...options, apply: true });
    expect(result.plan.refused.map((r) => r.grantId)).toEqual(['broken']);
    const eve = result.plan.drift.find((d) => d.kind === 'unmanaged');
    expect(eve?.operation).toBeUndefined();
    expect(eve?.note).toMatch(/1 grant\(s\) are invalid/);
    expect(team(gh, 'payments')?.get('eve')?.state).toBe('active');
    expect(result.ok).toBe(false);
  });
});

describe('what reconcile cannot see', () => {
  it('retries a 5xx while it lists, and still finds what was added by hand', async () => {
    const { gh, options } = await handEdited();
    gh.faults.serverError({ count: 2, method: 'GET', route: '/orgs/acme/teams/payments/members' });
    const result = await runReconcile(options);
    expect(gh.state.requests.filter((r) => r.fault !== undefined)).toHaveLength(2);
    expect(result.plan.unreadable).toEqual([]);
    expect(drift(result)).toContainEqual(['unmanaged', 'team-membership acme/payments eve', '-']);
  });

  it('names resources it cannot list and systems it cannot read, and fails', async () => {
    const { options } = await setup(
      {
        org: { login: 'acme', owners: ['octo-admin'], members: ['alice'] },
        teams: [{ slug: 'payments', members: ['alice'] }],
      },
      ['alice'],
      [
        grantSpec('alice-payments', 'user:alice', 'github:team/payments', 'member'),
        grantSpec('alice-ghost', 'user:alice', 'github:repo/acme/ghost', 'pull'),
      ],
      {
        'access/catalog/db.yaml':
          'kind: Resource\nid: postgres:db/ledger\nowners: [team:platform]\nprovisioner: postgres\n' +
          'roles:\n  read: { risk: low, maxDays: 365 }\n',
      },
    );
    const result = await runReconcile(options);
    expect(result.plan.drift).toEqual([]);
    expect(result.plan.unlisted).toEqual([
      { resource: 'postgres:db/ledger', reason: 'no provisioner "postgres" is configured' },
    ]);
    expect(result.plan.unreadable.map((u) => [u.grantId, u.label])).toEqual([
      ['alice-ghost', 'alice on acme/ghost'],
      ['', 'holders of github:repo/acme/ghost'],
    ]);
    expect(result.plan.unreadable[0]?.message).toMatch(
      /GitHub found nothing at GET \/repos\/acme\/ghost/,
    );
    expect(result.plan.checked).toEqual({ targets: 2, resources: 2 });
    expect(result.ok).toBe(false);
  });
});
