import { describe, expect, it } from 'vitest';

import { runProvision } from '../../src/workflows/provision.js';
import { runReconcile } from '../../src/workflows/reconcile.js';
import type { Emulator } from '../emulator/index.js';
import type { RequestLookup } from '../../src/workflows/provision/gate.js';
import { useProvisionEnv } from './provision-env.js';
import { githubProvisioner, grants, grantSpec, NOW, teamGrant } from './provision-fixture.js';

// Provisioning applies only what the gate judged: every difference between the commit
// provisioned before and the new one, and every grant that decides a target it touches.

const env = useProvisionEnv();
const NOBODY = { author: '', labels: [], labelActors: {}, approvals: [], pushers: [] };

/** Provisions `dir` from one commit to another, the merges in `merges` approved (approvedAt). */
function provisioning(gh: Emulator, dir: string, merges: Map<string, string | undefined>) {
  return (from: string, to: string) =>
    runProvision({
      repo: dir,
      from,
      to,
      now: NOW,
      provisioners: [githubProvisioner(gh)],
      lookup: approvedAt(merges),
    });
}

/** Pull requests merged at these commits, each approved by lead on `head` (the commit itself when absent). */
function approvedAt(merges: Map<string, string | undefined>): RequestLookup {
  return async (commit) => {
    if (!merges.has(commit))
      return { request: NOBODY, note: `no merged pull request holds ${commit.slice(0, 12)}` };
    const head = merges.get(commit) ?? commit;
    return {
      pullRequest: 1,
      headSha: head,
      request: {
        author: 'alice',
        labels: [],
        labelActors: {},
        approvals: [{ reviewer: 'lead', commit: head, stale: false }],
        pushers: ['alice'],
      },
    };
  };
}

describe('provisioning applies what was judged', () => {
  it('judges a merge pushed with an older first parent as one direct push of everything it changes', async () => {
    const gh = await env.github({
      org: { login: 'acme', owners: ['octo-admin'], members: ['alice', 'lead'] },
      teams: [{ slug: 'payments' }],
      repos: [{ name: 'access' }],
    });
    const role = () => gh.state.org('acme')?.teams.get('payments')?.members.get('alice')?.role;
    const { repo, base } = env.accessRepo(['alice']);
    // alice's pull request asks for maintainer, then lowers it to member after review
    repo.git('checkout', '-q', '-b', 'grant-alice');
    repo.write({ 'access/grants/alice.yaml': grants([teamGrant('alice', 'maintainer')]) });
    const asked = repo.commit('alice asks for maintainer');
    repo.write({ 'access/grants/alice.yaml': grants([teamGrant('alice', 'member')]) });
    const lowered = repo.commit('lowered to member after review');
    repo.git('checkout', '-q', 'main');
    repo.git('merge', '-q', '--no-ff', '-m', 'Merge pull request #1', 'grant-alice');
    const merged = repo.git('rev-parse', 'HEAD');
    const merges = new Map<string, string | undefined>([[merged, lowered]]);
    const run = provisioning(gh, repo.dir, merges);
    expect((await run(base, merged)).ok).toBe(true);
    expect(role()).toBe('member');

    // A fast forward: a merge whose first parent is the request's first commit, with its tree.
    // Its own diff against that parent is empty; against the commit provisioned, it is maintainer.
    const tree = repo.git('rev-parse', `${asked}^{tree}`);
    const pushed = repo.git('commit-tree', tree, '-p', asked, '-p', merged, '-m', 'a merge');
    const result = await run(merged, pushed);
    expect(role()).toBe('member');
    expect(result.ok).toBe(false);
    expect(result.plan.held.map((h) => h.grantId)).toEqual(['alice-payments']);
    expect(result.plan.notes.join('\n')).toMatch(
      /does not pass through .* so everything that differs between them is judged as one direct push/,
    );

    // The branch moved back to a commit that held what was removed since: judged the same way.
    repo.write({ 'access/grants/alice.yaml': grants([teamGrant('alice', 'maintainer')]) });
    const approved = repo.commit('maintainer, approved');
    merges.set(approved, undefined);
    expect((await run(merged, approved)).ok).toBe(true);
    expect(role()).toBe('maintainer');
    repo.remove('access/grants/alice.yaml');
    const removed = repo.commit('alice leaves payments');
    expect((await run(approved, removed)).ok).toBe(true);
    expect(role()).toBeUndefined();
    const back = await run(removed, approved);
    expect(role()).toBeUndefined();
    expect(back.plan.held.map((h) => h.grantId)).toEqual(['alice-payments']);
  });

  it('gives a target what a grant held by an earlier run asks for only once that grant passes', async () => {
    const gh = await env.github({
      org: { login: 'acme', owners: ['octo-admin'], members: ['alice', 'lead'] },
      teams: [{ slug: 'payments' }],
      repos: [{ name: 'access' }],
    });
    const member = () => gh.state.org('acme')?.teams.get('payments')?.members.get('alice');
    const { repo, base } = env.accessRepo(['alice']);
    const merges = new Map<string, string | undefined>();
    const run = provisioning(gh, repo.dir, merges);
    repo.write({ 'access/grants/alice.yaml': grants([teamGrant('alice', 'member')]) });
    const approved = repo.commit('Merge pull request #1');
    merges.set(approved, undefined);
    expect((await run(base, approved)).ok).toBe(true);
    expect(member()?.role).toBe('member');

    // pushed directly, approved by nobody: held, as the gate promises
    const boost = { ...teamGrant('alice', 'maintainer'), id: 'alice-boost' };
    repo.write({ 'access/grants/alice-boost.yaml': grants([boost]) });
    const pushed = repo.commit('alice maintainer, pushed');
    const first = await run(approved, pushed);
    expect(first.plan.held.map((h) => h.grantId)).toEqual(['alice-boost']);
    expect(member()?.role).toBe('member');

    // Alice gives up her approved grant (a removal needs nobody). The held grant still asks for
    // maintainer on the same target; it is traced to the push that added it and held again.
    repo.remove('access/grants/alice.yaml');
    const gaveUp = repo.commit('alice gives up her member grant');
    const second = await run(pushed, gaveUp);
    expect(member()).toBeUndefined();
    expect(second.ok).toBe(false);
    expect(second.plan.held).toEqual([
      {
        grantId: 'alice-boost',
        reasons: [
          expect.stringMatching(
            /^[0-9a-f]{12} \(no pull request\), the change that last asked for it, did not pass the gate: .*approv/,
          ),
        ],
      },
    ]);

    // Approved by a later pull request that touches it, the grant is provisioned.
    repo.write({
      'access/grants/alice-boost.yaml': grants([boost]).replace('quarterly', 'yearly'),
    });
    const reviewed = repo.commit('Merge pull request #2');
    merges.set(reviewed, undefined);
    const third = await run(gaveUp, reviewed);
    expect(third.ok).toBe(true);
    expect(member()?.role).toBe('maintainer');
  });

  it('holds a grant the merge made of two approved requests, which neither request held', async () => {
    const gh = await env.github({
      org: { login: 'acme', owners: ['octo-admin'], members: ['alice', 'bob', 'lead'] },
      teams: [{ slug: 'payments' }],
      repos: [{ name: 'access' }],
    });
    const role = (login: string) =>
      gh.state.org('acme')?.teams.get('payments')?.members.get(login)?.role;
    const { repo, base: start } = env.accessRepo(['alice', 'bob']);
    const file = 'access/grants/payments.yaml';
    repo.write({ [file]: grants([{ ...teamGrant('bob', 'member'), id: 'payments-seat' }]) });
    const base = repo.commit('a member seat in payments, for bob');
    const merges = new Map<string, string | undefined>([[base, undefined]]);
    const run = provisioning(gh, repo.dir, merges);
    expect((await run(start, base)).ok).toBe(true);
    // two requests from the same commit, each approved as it stands: the seat goes to alice;
    // the seat becomes a maintainer's (for bob)
    const seat = (subject: string, asked: string) =>
      grants([{ ...teamGrant(subject, asked), id: 'payments-seat' }]);
    repo.git('checkout', '-q', '-b', 'to-alice', base);
    repo.write({ [file]: seat('alice', 'member') });
    const toAlice = repo.commit('the seat goes to alice');
    repo.git('checkout', '-q', '-b', 'maintainer', base);
    repo.write({ [file]: seat('bob', 'maintainer') });
    const maintainer = repo.commit('the seat is a maintainer');
    repo.git('checkout', '-q', 'main');
    repo.git('merge', '-q', '--no-ff', '-m', 'Merge pull request #8', 'to-alice');
    const first = repo.git('rev-parse', 'HEAD');
    merges.set(first, toAlice);
    expect((await run(base, first)).ok).toBe(true);
    expect(role('alice')).toBe('member');
    // git merges the two edits, one line each, into a grant neither request held
    repo.git('merge', '-q', '--no-ff', '-m', 'Merge pull request #9', 'maintainer');
    const second = repo.git('rev-parse', 'HEAD');
    merges.set(second, maintainer);
    expect(repo.git('show', `${second}:${file}`)).toContain('subject: user:alice\n');
    expect(repo.git('show', `${second}:${file}`)).toContain('role: maintainer\n');
    const result = await run(first, second);
    expect(role('alice')).toBe('member');
    expect(result.ok).toBe(false);
    expect(result.plan.held).toEqual([
      {
        grantId: 'payments-seat',
        reasons: [
          expect.stringMatching(
            /\(#1\): the merge holds a version of it that its pull request's approved head [0-9a-f]{12} does not/,
          ),
        ],
      },
    ]);
  });

  it('gives no access while rules changed in the range lack a policy owner’s approval', async () => {
    const gh = await env.github({
      org: { login: 'acme', owners: ['octo-admin'], members: ['alice', 'lead'] },
      teams: [{ slug: 'payments' }],
      repos: [{ name: 'ledger', files: {} }, { name: 'access' }],
    });
    const ledger = () => gh.state.repo('acme', 'ledger')?.collaborators.get('alice');
    const { repo } = env.accessRepo(['alice']);
    const kit = (roles: string[]) =>
      `kind: Package\nid: ledger-kit\nowners: [team:platform]\nmaxDays: 120\nroles:\n${roles.map((r) => `  - ${r}\n`).join('')}eligible:\n  types: [employee]\n`;
    repo.write({
      'access/packages/ledger.yaml': kit(['{ resource: github:repo/acme/ledger, role: pull }']),
    });
    const start = repo.commit('the ledger kit reads the ledger');
    repo.write({
      'access/grants/kit.yaml':
        'kind: Grant\nid: alice-ledger-kit\nsubject: user:alice\npackage: ledger-kit\n' +
        'reason: Reads the ledger for the quarterly delivery work\nexpires: 2027-03-01\n',
      'access/grants/triage.yaml': grants([
        grantSpec('alice-ledger-triage', 'user:alice', 'github:repo/acme/ledger', 'triage'),
      ]),
    });
    const approved = repo.commit('Merge pull request #1');
    const run = provisioning(gh, repo.dir, new Map([[approved, undefined]]));
    expect((await run(start, approved)).ok).toBe(true);
    expect(ledger()).toBe('triage');
    // One direct push widens the kit and drops alice's triage grant (a removal needs nobody).
    // The approved kit grant would now give maintain: it waits for the package edit, and the
    // triage grant is gone, so alice holds nothing on the ledger until the edit is approved.
    repo.write({
      'access/packages/ledger.yaml': kit(['{ resource: github:repo/acme/ledger, role: maintain }']),
    });
    repo.remove('access/grants/triage.yaml');
    const pushed = repo.commit('widen the kit, drop triage');
    const result = await run(approved, pushed);
    expect(ledger()).toBeUndefined();
    // nor does the nightly reconcile repair toward what the widened kit says
    const reconciled = await runReconcile({
      repo: repo.dir,
      now: NOW,
      provisioners: [githubProvisioner(gh)],
      apply: true,
      lookup: approvedAt(new Map([[approved, undefined]])),
    });
    expect(ledger()).toBeUndefined();
    expect(reconciled.plan.drift).toContainEqual(
      expect.objectContaining({
        grantId: 'alice-ledger-kit',
        note: expect.stringMatching(
          /^held: .*the rules changed without a policy owner's approval \(access\/packages\/ledger.yaml\)/,
        ),
      }),
    );
    expect(result.ok).toBe(false);
    expect(result.plan.ruleChanges.map((c) => c.files)).toEqual([['access/packages/ledger.yaml']]);
    expect(result.plan.held).toEqual([
      {
        grantId: 'alice-ledger-kit',
        reasons: [
          expect.stringMatching(
            /the rules changed without a policy owner's approval \(access\/packages\/ledger.yaml\) after the grant was last changed/,
          ),
        ],
      },
    ]);
  });
});
