import { describe, expect, it } from 'vitest';

import { runProvision } from '../../src/workflows/provision.js';
import { runReconcile } from '../../src/workflows/reconcile.js';
import { useProvisionEnv } from './provision-env.js';
import { between, githubProvisioner, NOW } from './provision-fixture.js';

// A package grant provisioned against the GitHub emulator: one grant, every role of its
// package applied, and all of them taken away when the grant goes.
const env = useProvisionEnv();

const PACKAGE = `kind: Package
id: payments-kit
owners: [team:platform]
maxDays: 120
roles:
  - { resource: github:team/payments, role: member }
  - { resource: github:repo/acme/ledger, role: pull }
eligible:
  types: [employee]
`;

const packageGrant = (login: string) => `kind: Grant
id: ${login}-payments-kit
subject: user:${login}
package: payments-kit
reason: Joins the payments team for the quarterly delivery work
expires: 2027-03-01
`;

async function organisation() {
  return env.github({
    org: { login: 'acme', owners: ['octo-admin'], members: ['alice', 'bob'] },
    teams: [{ slug: 'payments' }],
    repos: [{ name: 'ledger', files: {} }],
  });
}

describe('provisioning a package grant', () => {
  it('applies every role of the package, and removes them all with the grant', async () => {
    const gh = await organisation();
    const { repo } = env.accessRepo(['alice']);
    repo.write({ 'access/packages/payments.yaml': PACKAGE });
    const base = repo.commit('the payments kit, approved by platform');
    repo.write({ 'access/grants/alice.yaml': packageGrant('alice') });
    const merged = repo.commit('alice gets the payments kit');
    const provisioners = [githubProvisioner(gh)];

    const added = await runProvision(between(repo, base, merged, provisioners));
    expect(added.plan.refused).toEqual([]);
    expect(added.plan.skipped).toEqual([]);
    expect(
      added.operations.map((o) => [o.operation.action, o.operation.grantId, o.status]),
    ).toEqual([
      ['grant', 'alice-payments-kit', 'applied'],
      ['grant', 'alice-payments-kit', 'applied'],
    ]);
    expect(gh.state.org('acme')?.teams.get('payments')?.members.get('alice')?.role).toBe('member');
    expect(gh.state.repo('acme', 'ledger')?.collaborators.get('alice')).toBe('pull');

    // what the repository holds is what GitHub holds: reconcile finds no drift
    const reconciled = await runReconcile({ repo: repo.dir, now: NOW, provisioners });
    expect(reconciled.plan.refused).toEqual([]);
    expect(reconciled.plan.drift.filter((d) => d.grantId === 'alice-payments-kit')).toEqual([]);
    expect(reconciled.plan.checked.targets).toBeGreaterThanOrEqual(2);

    repo.remove('access/grants/alice.yaml');
    const removed = repo.commit('alice leaves the payments kit');
    const revoked = await runProvision(between(repo, merged, removed, provisioners));
    expect(revoked.operations.map((o) => [o.operation.action, o.status])).toEqual([
      ['revoke', 'applied'],
      ['revoke', 'applied'],
    ]);
    expect(gh.state.org('acme')?.teams.get('payments')?.members.get('alice')).toBeUndefined();
    expect(gh.state.repo('acme', 'ledger')?.collaborators.has('alice')).toBe(false);
  });

  it.each([
    ['whose package has a broken role: half a package was never approved', 'role: pul'],
    ['whose package the same merge adds: its parent never knew the package', undefined],
  ])('refuses a package grant %s', async (_, broken) => {
    const gh = await organisation();
    const { repo, base: start } = env.accessRepo(['alice']);
    let base = start;
    if (broken !== undefined) {
      repo.write({ 'access/packages/payments.yaml': PACKAGE.replace('role: pull', broken) });
      base = repo.commit('a broken kit');
    } else repo.write({ 'access/packages/payments.yaml': PACKAGE });
    repo.write({ 'access/grants/alice.yaml': packageGrant('alice') });
    const merged = repo.commit('alice gets the kit');
    const result = await runProvision(between(repo, base, merged, [githubProvisioner(gh)]));
    expect(result.operations).toEqual([]);
    expect(result.plan.refused.map((r) => r.grantId)).toEqual(['alice-payments-kit']);
    expect(gh.state.org('acme')?.teams.get('payments')?.members.get('alice')).toBeUndefined();
    expect(gh.state.repo('acme', 'ledger')?.collaborators.has('alice')).toBe(false);
  });
});
