import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { isResult, verifyEvidence } from '../../src/provisioners/evidence-log.js';
import { runProvision } from '../../src/workflows/provision.js';
import type { Emulator } from '../emulator/index.js';
import { useProvisionEnv } from './provision-env.js';
import { between, githubProvisioner, grantSpec, grants, teamGrant } from './provision-fixture.js';

const env = useProvisionEnv();

function teamRole(emulator: Emulator, slug: string, login: string) {
  return emulator.state.org('acme')?.teams.get(slug)?.members.get(login);
}

describe('provisioning a merge against GitHub', () => {
  it('adds the team membership a merged grant asks for, and removes it when the grant goes', async () => {
    const gh = await env.github({
      org: { login: 'acme', owners: ['octo-admin'], members: ['alice'] },
      teams: [{ slug: 'payments' }],
    });
    const { repo, base } = env.accessRepo(['alice']);
    repo.write({
      'access/grants/alice.yaml': grants([teamGrant('alice')]),
    });
    const merged = repo.commit('grant alice payments');
    const provisioners = [githubProvisioner(gh)];
    const evidenceFile = join(env.scratchDir('accessctl-evidence-'), 'evidence.jsonl');

    const added = await runProvision({
      ...between(repo, base, merged, provisioners),
      evidenceFile,
    });
    expect(added.plan.refused).toEqual([]);
    expect(
      added.operations.map((o) => [o.operation.action, o.operation.grantId, o.status]),
    ).toEqual([['grant', 'alice-payments', 'applied']]);
    expect(added.ok).toBe(true);
    expect(teamRole(gh, 'payments', 'alice')).toEqual({ role: 'member', state: 'active' });

    const again = await runProvision(between(repo, base, merged, provisioners));
    expect(again.operations).toEqual([]);
    expect(again.ok).toBe(true);

    repo.remove('access/grants/alice.yaml');
    const removed = repo.commit('alice leaves payments');
    const revoked = await runProvision({
      ...between(repo, merged, removed, provisioners),
      evidenceFile,
    });
    expect(revoked.operations.map((o) => [o.operation.action, o.status])).toEqual([
      ['revoke', 'applied'],
    ]);
    expect(teamRole(gh, 'payments', 'alice')).toBeUndefined();

    const verdict = verifyEvidence(readFileSync(evidenceFile, 'utf8'));
    expect(verdict.ok).toBe(true);
    expect(verdict.records.filter(isResult).map((r) => [r.grant, r.result, r.mergeCommit])).toEqual(
      [
        ['alice-payments', 'applied', merged],
        ['alice-payments', 'applied', removed],
      ],
    );
  });
});

function teamGrants(logins: string[]) {
  return grants(logins.map((login) => teamGrant(login)));
}

const people = (count: number) => Array.from({ length: count }, (_, i) => `dev${i + 1}`);

describe('reliability', () => {
  it('retries a 5xx in the middle of a 20-operation plan and completes it', async () => {
    const logins = people(20);
    const gh = await env.github({
      org: { login: 'acme', owners: ['octo-admin'], members: logins },
      teams: [{ slug: 'payments' }],
    });
    const { repo, base } = env.accessRepo(logins);
    repo.write({ 'access/grants/team.yaml': teamGrants(logins) });
    const merged = repo.commit('twenty grants');
    // one while the plan reads the team (one listing for twenty people), two while it applies
    gh.faults.serverError({
      count: 1,
      method: 'GET',
      route: '/orgs/acme/teams/payments/members',
    });
    gh.faults.serverError({
      count: 2,
      method: 'PUT',
      route: '/orgs/acme/teams/payments/memberships/dev11',
    });

    const result = await runProvision(between(repo, base, merged, [githubProvisioner(gh)]));
    expect(result.operations).toHaveLength(20);
    expect(result.operations.every((o) => o.status === 'applied')).toBe(true);
    expect(result.ok).toBe(true);
    expect(gh.state.requests.filter((r) => r.fault !== undefined)).toHaveLength(3);
    expect(result.plan.unreadable).toEqual([]);
    for (const login of logins) expect(teamRole(gh, 'payments', login)?.state).toBe('active');
  });

  it('applies the other operations when one fails for good, and ends red', async () => {
    const gh = await env.github({
      org: { login: 'acme', owners: ['octo-admin'], members: ['alice', 'bob'] },
      teams: [{ slug: 'payments' }],
    });
    const { repo, base } = env.accessRepo(['alice', 'bob', 'ghost']);
    // ghost has no GitHub account: the membership can never be added
    repo.write({ 'access/grants/team.yaml': teamGrants(['alice', 'ghost', 'bob']) });
    const merged = repo.commit('three grants');

    const result = await runProvision(between(repo, base, merged, [githubProvisioner(gh)]));
    const statuses = Object.fromEntries(
      result.operations.map((o) => [o.operation.grantId, o.status]),
    );
    expect(statuses).toEqual({
      'alice-payments': 'applied',
      'bob-payments': 'applied',
      'ghost-payments': 'failed',
    });
    expect(result.operations.find((o) => o.status === 'failed')?.message).toMatch(
      /GitHub found nothing at PUT \/orgs\/acme\/teams\/payments\/memberships\/ghost/,
    );
    expect(result.ok).toBe(false);
    expect(teamRole(gh, 'payments', 'alice')?.state).toBe('active');
    expect(teamRole(gh, 'payments', 'bob')?.state).toBe('active');
  });
});

describe('safety', () => {
  it('refuses a plan removing 50 grants unless forced', async () => {
    const logins = people(50);
    const gh = await env.github({
      org: { login: 'acme', owners: ['octo-admin'], members: logins },
      teams: [{ slug: 'payments', members: logins }],
    });
    const { repo } = env.accessRepo(logins);
    repo.write({ 'access/grants/team.yaml': teamGrants(logins) });
    const granted = repo.commit('fifty grants');
    repo.remove('access/grants/team.yaml');
    const emptied = repo.commit('remove them all');
    const options = between(repo, granted, emptied, [githubProvisioner(gh)]);

    const refused = await runProvision(options);
    expect(refused.plan.removals).toBe(50);
    expect(refused.blocked).toMatch(/has 50 removals, over the limit of 10.*--force/);
    expect(refused.operations.every((o) => o.status === 'held')).toBe(true);
    expect(refused.ok).toBe(false);
    expect(gh.state.requests.filter((r) => r.method === 'DELETE')).toEqual([]);
    expect(teamRole(gh, 'payments', 'dev50')?.state).toBe('active');

    const higher = await runProvision({ ...options, maxRemovals: 50 });
    expect(higher.blocked).toBeUndefined();
    expect(higher.operations.filter((o) => o.status === 'applied')).toHaveLength(50);
    expect(gh.state.org('acme')?.teams.get('payments')?.members.size).toBe(0);
  });

  it('removes past the limit with --force', async () => {
    const logins = people(12);
    const gh = await env.github({
      org: { login: 'acme', owners: ['octo-admin'], members: logins },
      teams: [{ slug: 'payments', members: logins }],
    });
    const { repo } = env.accessRepo(logins);
    repo.write({ 'access/grants/team.yaml': teamGrants(logins) });
    const granted = repo.commit('twelve grants');
    repo.remove('access/grants/team.yaml');
    const emptied = repo.commit('remove them all');
    const forced = await runProvision({
      ...between(repo, granted, emptied, [githubProvisioner(gh)]),
      force: true,
    });
    expect(forced.ok).toBe(true);
    expect(forced.operations.filter((o) => o.status === 'applied')).toHaveLength(12);
  });

  it('refuses a merged grant that the merged policies deny, and provisions the rest', async () => {
    const gh = await env.github({
      org: { login: 'acme', owners: ['octo-admin'], members: ['alice', 'bob'] },
      repos: [{ name: 'ledger', files: {} }],
    });
    const { repo, base } = env.accessRepo(['alice', 'bob']);
    repo.write({
      'access/grants/repo.yaml': grants([
        grantSpec('alice-ledger-push', 'user:alice', 'github:repo/acme/ledger', 'push'),
        // admin needs a ticket and lasts at most 30 days: this grant breaks both rules
        grantSpec('bob-ledger-admin', 'user:bob', 'github:repo/acme/ledger', 'admin'),
      ]),
    });
    const merged = repo.commit('merged around the check');
    const result = await runProvision(between(repo, base, merged, [githubProvisioner(gh)]));
    expect(result.plan.refused.map((r) => r.grantId)).toEqual(['bob-ledger-admin']);
    expect(result.plan.refused[0]?.reasons.join('\n')).toMatch(
      /access\/grants\/repo\.yaml:\d+:\d+/,
    );
    expect(result.operations.map((o) => [o.operation.grantId, o.status])).toEqual([
      ['alice-ledger-push', 'applied'],
    ]);
    expect(result.ok).toBe(false);
    expect(gh.state.repo('acme', 'ledger')?.collaborators.get('alice')).toBe('push');
    expect(gh.state.repo('acme', 'ledger')?.collaborators.has('bob')).toBe(false);
  });
});

describe('known GitHub behaviour', () => {
  it('does not send a pending repository invitation again', async () => {
    const gh = await env.github({
      org: { login: 'acme', owners: ['octo-admin'] },
      users: [{ login: 'contractor' }],
      repos: [{ name: 'ledger', files: {} }],
    });
    const { repo, base } = env.accessRepo(['contractor']);
    repo.write({
      'access/grants/c.yaml': grants([
        grantSpec('contractor-ledger', 'user:contractor', 'github:repo/acme/ledger', 'pull'),
      ]),
    });
    const merged = repo.commit('outside collaborator');
    const options = between(repo, base, merged, [githubProvisioner(gh)]);
    const first = await runProvision(options);
    expect(first.operations.map((o) => o.message)).toEqual([
      'invited contractor to acme/ledger with pull; pending until accepted',
    ]);
    const second = await runProvision(options);
    expect(second.operations).toEqual([]);
    expect(gh.state.repoInvitations).toHaveLength(1);
  });

  it('leaves an organisation owner a team maintainer when the grant says member', async () => {
    const gh = await env.github({
      org: { login: 'acme', owners: ['octo-admin', 'olga'] },
      teams: [{ slug: 'payments', maintainers: ['olga'] }],
    });
    const { repo, base } = env.accessRepo(['olga']);
    repo.write({ 'access/grants/olga.yaml': teamGrants(['olga']) });
    const merged = repo.commit('olga is a member');
    const result = await runProvision(between(repo, base, merged, [githubProvisioner(gh)]));
    expect(result.operations).toEqual([]);
    expect(teamRole(gh, 'payments', 'olga')?.role).toBe('maintainer');
  });
});

describe('changes between grants', () => {
  it('changes a role in place, keeps access another grant still holds, withdraws a pending invitation', async () => {
    const gh = await env.github({
      org: { login: 'acme', owners: ['octo-admin'], members: ['alice', 'bob'] },
      users: [{ login: 'contractor' }],
      teams: [{ slug: 'payments' }, { slug: 'ops' }],
      repos: [{ name: 'ledger', files: {} }],
    });
    const { repo } = env.accessRepo(['alice', 'bob', 'contractor']);
    // a team is merged before grants name it: each merge is judged by its parent's identities
    repo.write({
      'access/identities/ops.yaml': 'kind: Team\nid: ops\nmaintainers: [lead]\nmembers: []\n',
    });
    const base = repo.commit('the ops team');
    repo.write({
      'access/grants/a.yaml': grants([
        grantSpec('alice-ledger', 'user:alice', 'github:repo/acme/ledger', 'push'),
        grantSpec('bob-ledger-1', 'user:bob', 'github:repo/acme/ledger', 'pull'),
        grantSpec('bob-ledger-2', 'user:bob', 'github:repo/acme/ledger', 'triage'),
        grantSpec('contractor-ledger', 'user:contractor', 'github:repo/acme/ledger', 'pull'),
        grantSpec('ops-ledger', 'team:ops', 'github:repo/acme/ledger', 'maintain'),
      ]),
    });
    const first = repo.commit('five grants');
    const provisioners = [githubProvisioner(gh)];
    const applied = await runProvision(between(repo, base, first, provisioners));
    expect(applied.plan.skipped).toEqual([]);
    expect(applied.ok).toBe(true);
    const ledger = () => gh.state.repo('acme', 'ledger');
    // two grants for one person: the stronger role is the one applied
    expect(ledger()?.collaborators.get('bob')).toBe('triage');
    expect(ledger()?.teams.get('ops')).toBe('maintain');
    expect(gh.state.repoInvitations).toHaveLength(1);

    repo.write({
      'access/grants/a.yaml': grants([
        grantSpec('alice-ledger', 'user:alice', 'github:repo/acme/ledger', 'maintain'),
        grantSpec('bob-ledger-1', 'user:bob', 'github:repo/acme/ledger', 'pull'),
      ]),
    });
    const second = repo.commit('alice maintains; bob, contractor and ops lose grants');
    const changed = await runProvision(between(repo, first, second, provisioners));
    expect(
      changed.operations.map((o) => [
        o.operation.grantId,
        o.operation.action,
        o.operation.to ?? o.operation.from,
        o.status,
      ]),
    ).toEqual([
      ['alice-ledger', 'update', 'maintain', 'applied'],
      ['bob-ledger-1', 'update', 'pull', 'applied'],
      ['contractor-ledger', 'revoke', 'pull', 'applied'],
      ['ops-ledger', 'revoke', 'maintain', 'applied'],
    ]);
    // a lower role takes access away, so it counts against the removal limit
    expect(changed.plan.removals).toBe(3);
    expect(ledger()?.collaborators.get('alice')).toBe('maintain');
    expect(ledger()?.collaborators.get('bob')).toBe('pull');
    expect(ledger()?.teams.has('ops')).toBe(false);
    expect(gh.state.repoInvitations).toEqual([]);

    const again = await runProvision(between(repo, first, second, provisioners));
    expect(again.operations).toEqual([]);
  });
});

describe('what the merge may not do', () => {
  it('leaves access alone where a refused grant holds it, even when a sibling grant goes', async () => {
    const gh = await env.github({
      org: { login: 'acme', owners: ['octo-admin'], members: ['bob'] },
      repos: [{ name: 'ledger', files: {}, collaborators: { bob: 'push' } }],
    });
    const { repo } = env.accessRepo(['bob']);
    const bob = (id: string, role: string) =>
      grantSpec(id, 'user:bob', 'github:repo/acme/ledger', role);
    repo.write({ 'access/grants/b.yaml': grants([bob('bob-1', 'push'), bob('bob-2', 'pull')]) });
    const first = repo.commit('bob has two grants');
    // bob-1 goes; bob-2 asks for admin without the ticket the role requires
    repo.write({ 'access/grants/b.yaml': grants([bob('bob-2', 'admin')]) });
    const second = repo.commit('merged around the check');
    const result = await runProvision(between(repo, first, second, [githubProvisioner(gh)]));
    expect(result.plan.refused.map((r) => r.grantId)).toEqual(['bob-2']);
    expect(result.operations).toEqual([]);
    expect(gh.state.repo('acme', 'ledger')?.collaborators.get('bob')).toBe('push');
  });

  it('does not keep access alive through an expired grant', async () => {
    const gh = await env.github({
      org: { login: 'acme', owners: ['octo-admin'], members: ['bob'] },
      teams: [{ slug: 'payments', members: ['bob'] }],
    });
    const { repo } = env.accessRepo(['bob']);
    const grant = (id: string) => grantSpec(id, 'user:bob', 'github:team/payments', 'member');
    repo.write({
      'access/grants/b.yaml': grants([grant('bob-current')]),
      'access/grants/old.yaml': grants([grant('bob-old')]).replace('2027-03-01', '2026-10-01'),
    });
    const first = repo.commit('two grants, one expired');
    repo.remove('access/grants/b.yaml');
    const second = repo.commit('the current grant goes');
    const result = await runProvision(between(repo, first, second, [githubProvisioner(gh)]));
    expect(
      result.operations.map((o) => [o.operation.grantId, o.operation.action, o.status]),
    ).toEqual([['bob-current', 'revoke', 'applied']]);
  });

  it('does not invite a person to a team twice', async () => {
    const gh = await env.github({
      org: { login: 'acme', owners: ['octo-admin'] },
      users: [{ login: 'newcomer' }],
      teams: [{ slug: 'payments' }],
    });
    const { repo, base } = env.accessRepo(['newcomer']);
    repo.write({ 'access/grants/n.yaml': teamGrants(['newcomer']) });
    const merged = repo.commit('newcomer joins payments');
    const options = between(repo, base, merged, [githubProvisioner(gh)]);
    const first = await runProvision(options);
    expect(first.operations.map((o) => o.message)).toEqual([
      'invited newcomer to acme as team member; pending until accepted',
    ]);
    expect((await runProvision(options)).operations).toEqual([]);
    expect(gh.state.org('acme')?.invitations).toHaveLength(1);
  });
});
