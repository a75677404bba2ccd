// Reconcile repairs drift only on the strength of grants whose last change passed the gate:
// each grant behind a repair is traced back through the changes since (judgeGrantOrigin).
// Those walks share most of their commits (every change to the rules since a grant was added
// is on its walk), so a run judges each change once for all of them: after a team is emptied,
// the repairs of N grants under M later changes to the rules ask about N + M changes, not
// N × M. What each grant is given must not change: the one a direct push added stays held.
import { describe, expect, it } from 'vitest';

import type { RequestLookup } from '../../src/workflows/provision/gate.js';
import { runReconcile } from '../../src/workflows/reconcile.js';
import { OWNED, pulls, type Pull } from './lineage-fixture.js';
import { useProvisionEnv } from './provision-env.js';
import { githubProvisioner, grants, NOW, teamGrant } from './provision-fixture.js';

const env = useProvisionEnv();

describe('tracing the grants behind many repairs', () => {
  it('judges each change once, and holds only the grant no owner approved', async () => {
    const users = ['u0', 'u1', 'u2', 'u3', 'u4', 'pushed'];
    const { repo: r } = env.accessRepo(users);
    r.write({ 'accessctl.yaml': OWNED });
    r.commit('policy owners');
    const prs = new Map<string, Pull>();
    let number = 1;
    for (const login of users) {
      r.write({ [`access/grants/${login}.yaml`]: grants([teamGrant(login)]) });
      const commit = r.commit(`${login}'s grant`);
      // `pushed`'s grant came in by a direct push: no pull request holds it
      if (login !== 'pushed')
        prs.set(commit, { number: number++, head: commit, approvers: ['lead'], author: login });
    }
    for (let i = 0; i < 4; i++) {
      r.write({ [`access/identities/new-${i}.yaml`]: `kind: User\nid: new${i}\nstatus: active\n` });
      const commit = r.commit(`identity ${i}`);
      prs.set(commit, { number: number++, head: commit, approvers: ['lead'], author: 'u0' });
    }
    const gh = await env.github({
      org: { login: 'acme', owners: ['octo-admin'], members: [...users, 'lead'] },
      teams: [{ slug: 'payments', members: [] }],
      repos: [{ name: 'access' }],
    });
    const asked: string[] = [];
    const answer = pulls(prs);
    const lookup: RequestLookup = (commit) => {
      asked.push(commit);
      return answer(commit);
    };
    const result = await runReconcile({
      repo: r.dir,
      now: NOW,
      provisioners: [githubProvisioner(gh)],
      lookup,
      apply: true,
    });
    const members = [...(gh.state.org('acme')?.teams.get('payments')?.members.keys() ?? [])].sort();
    expect(members).toEqual(['u0', 'u1', 'u2', 'u3', 'u4']);
    const held = result.plan.drift.filter((d) => d.grantId === 'pushed-payments');
    expect(held.map((d) => d.note)).toEqual([expect.stringContaining('did not pass the gate')]);
    // the rules' walk asks about the 4 changes to the rules once, the repairs about the 6
    // grants' changes and those 4 once more: never one change twice within a walk's judging
    expect(asked.length).toBeLessThanOrEqual(4 + 6 + 4);
  });
});
