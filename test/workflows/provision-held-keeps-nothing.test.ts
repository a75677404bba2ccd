import { describe, expect, it } from 'vitest';

import { runProvision } from '../../src/workflows/provision.js';
import type { Emulator } from '../emulator/index.js';
import { useProvisionEnv } from './provision-env.js';
import { githubProvisioner, grants, NOW, teamGrant } from './provision-fixture.js';
import { approvedBy } from './approved-ends-fixture.js';

// A held grant keeps nothing: access is only given or kept on the strength of grants whose
// last change passed the gate. alice's approved grant makes her a member of payments; a second
// grant for the same membership reaches the branch without approval. It is held, and once the
// approved grant goes, nothing keeps the membership.

const env = useProvisionEnv();
const APPROVED = 'access/grants/alice.yaml';
const SECOND = 'access/grants/alice-extra.yaml';

function provisioning(gh: Emulator, dir: string, approved: Set<string>) {
  return (from: string, to: string) =>
    runProvision({
      repo: dir,
      from,
      to,
      now: NOW,
      provisioners: [githubProvisioner(gh)],
      lookup: approvedBy(approved),
    });
}

/** alice a member of payments through an approved grant, provisioned. */
async function approvedMember() {
  const gh = await env.github({
    org: { login: 'acme', owners: ['octo-admin'], members: ['alice', 'lead'] },
    teams: [{ slug: 'payments' }],
    repos: [{ name: 'access' }],
  });
  const { repo, base } = env.accessRepo(['alice']);
  const approved = new Set<string>();
  const run = provisioning(gh, repo.dir, approved);
  repo.write({ [APPROVED]: grants([teamGrant('alice')]) });
  const added = repo.commit('Merge pull request #1');
  approved.add(added);
  expect((await run(base, added)).ok).toBe(true);
  const member = () => gh.state.org('acme')?.teams.get('payments')?.members.get('alice');
  expect(member()?.role).toBe('member');
  return { repo, run, approved, added, member };
}

describe('a held grant keeps nothing', () => {
  it('takes the access away when the approved grant beside a held one for the same role goes', async () => {
    const { repo, run, added, member } = await approvedMember();
    // pushed directly: a second grant of the same membership, under another id
    const second = { ...teamGrant('alice'), id: 'alice-payments-2' };
    repo.write({ [SECOND]: grants([second]) });
    const pushed = repo.commit('another alice grant, pushed');
    const first = await run(added, pushed);
    expect(first.plan.held.map((h) => h.grantId)).toEqual(['alice-payments-2']);
    expect(member()?.role).toBe('member'); // the approved grant still asks for it

    // the approved grant goes (a removal needs nobody): the held one keeps nothing
    repo.remove(APPROVED);
    const removed = repo.commit('alice gives up her approved grant');
    const after = await run(pushed, removed);
    expect(member()).toBeUndefined();
    expect(after.ok).toBe(false);
    expect(after.plan.operations.map((o) => [o.grantId, o.action])).toEqual([
      ['alice-payments', 'revoke'],
    ]);
    expect(after.operations.map((o) => o.status)).toEqual(['applied']);
    expect(after.plan.held).toEqual([
      {
        grantId: 'alice-payments-2',
        reasons: [
          expect.stringMatching(
            /^[0-9a-f]{12} \(no pull request\), the change that last asked for it, did not pass the gate: .*approv/,
          ),
        ],
      },
    ]);
  });

  it('keeps the access when an approved grant still asks for it', async () => {
    const { repo, run, approved, added, member } = await approvedMember();
    const second = { ...teamGrant('alice'), id: 'alice-payments-2' };
    repo.write({ [SECOND]: grants([second]) });
    const renewed = repo.commit('Merge pull request #2');
    approved.add(renewed);
    expect((await run(added, renewed)).ok).toBe(true);
    repo.remove(APPROVED);
    const removed = repo.commit('the first grant goes');
    const result = await run(renewed, removed);
    expect(result.ok).toBe(true);
    expect(result.plan.held).toEqual([]);
    expect(member()?.role).toBe('member');
  });
});
