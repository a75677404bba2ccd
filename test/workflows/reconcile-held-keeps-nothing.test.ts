import { describe, expect, it } from 'vitest';

import { runReconcile } from '../../src/workflows/reconcile.js';
import { useProvisionEnv } from './provision-env.js';
import { githubProvisioner, grants, grantSpec, NOW, teamGrant } from './provision-fixture.js';
import { approvedBy } from './approved-ends-fixture.js';

// Reconcile keeps no access on the strength of a grant that did not pass the gate: neither one
// added beside an approved grant (its approved end is when it was added, approved-ends.ts) nor
// one a repair would lower the access to.

const env = useProvisionEnv();

describe('reconcile keeps nothing for a held grant', () => {
  it('removes a membership only a grant added without approval still asks for', async () => {
    const gh = await env.github({
      org: { login: 'acme', owners: ['octo-admin'], members: ['alice', 'lead'] },
      teams: [{ slug: 'payments', members: ['alice'] }],
      repos: [{ name: 'access' }],
    });
    const { repo } = env.accessRepo(['alice']);
    repo.write({ 'access/grants/alice.yaml': grants([teamGrant('alice')]) });
    const added = repo.commit('Merge pull request #1');
    const second = { ...teamGrant('alice'), id: 'alice-payments-2' };
    repo.write({ 'access/grants/alice-extra.yaml': grants([second]) });
    const pushed = repo.commit('another alice grant, pushed');
    repo.remove('access/grants/alice.yaml');
    repo.commit('the approved grant goes');

    const result = await runReconcile({
      repo: repo.dir,
      now: NOW,
      provisioners: [githubProvisioner(gh)],
      lookup: approvedBy(new Set([added])),
      apply: true,
    });
    expect(gh.state.org('acme')?.teams.get('payments')?.members.has('alice')).toBe(false);
    expect(result.plan.pastApprovedEnd).toEqual([
      expect.objectContaining({ grantId: 'alice-payments-2', commit: pushed, added: true }),
    ]);
    expect(result.plan.drift.map((d) => [d.kind, d.target.key, d.operation?.action])).toEqual([
      ['ended', 'team-membership acme/payments alice', 'revoke'],
    ]);
  });

  it('takes away access a held grant alone would lower it to, rather than lowering it', async () => {
    const gh = await env.github({
      org: { login: 'acme', owners: ['octo-admin'], members: ['alice', 'bob'] },
      repos: [{ name: 'ledger', files: {}, collaborators: { bob: 'admin' } }],
    });
    const { repo } = env.accessRepo(['alice', 'bob']);
    // pushed directly: nobody approved it
    repo.write({
      'access/grants/bob.yaml': grants([
        grantSpec('bob-ledger', 'user:bob', 'github:repo/acme/ledger', 'pull'),
      ]),
    });
    repo.commit('bob reads the ledger, pushed');
    const result = await runReconcile({
      repo: repo.dir,
      now: NOW,
      provisioners: [githubProvisioner(gh)],
      lookup: approvedBy(new Set()),
      apply: true,
    });
    expect(gh.state.repo('acme', 'ledger')?.collaborators.has('bob')).toBe(false);
    expect(result.plan.drift.map((d) => [d.kind, d.target.key, d.operation?.action])).toEqual([
      ['ended', 'repo-collaborator acme/ledger bob', 'revoke'],
    ]);
    expect(result.plan.drift[0]?.note).toMatch(
      /^held: the change that asked for it \(\w+\) did not pass the gate: .*approval-required/,
    );
  });
});
