// The rules a run starts from must have been reached by approved changes: a direct push to
// accessctl.yaml or the catalog that one run held stays held in every later run until a
// reviewed change takes it out, whatever is approved on top of it meanwhile.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { untrustedRules } from '../../src/workflows/provision/rule-lineage.js';
import { runExpire } from '../../src/workflows/expire.js';
import { runProvision } from '../../src/workflows/provision.js';
import { runReconcile } from '../../src/workflows/reconcile.js';
import { judgeMerges, type RequestLookup } from '../../src/workflows/provision/gate.js';
import {
  OWNED,
  PAYMENTS_ORG,
  judge,
  lineageRepos,
  pulls,
  twoCatalogRequests,
} from './lineage-fixture.js';
import { approvedBy, commitAt } from './approved-ends-fixture.js';
import { useProvisionEnv } from './provision-env.js';
import {
  accessRepo,
  CATALOG,
  githubProvisioner,
  grants,
  NOW,
  teamGrant,
} from './provision-fixture.js';

const { governed, track } = lineageRepos();

describe('the rules a run starts from', () => {
  it('stand when every change since the policy owners were named was approved', async () => {
    const r = governed();
    r.write({ 'accessctl.yaml': `${OWNED}prune: false\n` });
    const approved = r.commit('a reviewed change to the config');
    expect(await judge(r, approved, approvedBy(new Set([approved])))).toBeUndefined();
  });

  it('stand while no policy owner is named: the repository is being set up', async () => {
    const { repo: r } = accessRepo(['alice']);
    track(r);
    r.write({ 'accessctl.yaml': 'prune: false\n' });
    r.commit('config');
    r.write({ 'accessctl.yaml': OWNED });
    const named = r.commit('policy owners');
    expect(await judge(r, named, approvedBy(new Set()))).toBeUndefined();
  });

  it('do not stand after a direct push, though a reviewed change to the rules came later', async () => {
    const r = governed();
    r.write({
      'accessctl.yaml': `${OWNED}provisioners:\n  tickets: { type: exec, command: [evil] }\n`,
    });
    const pushed = r.commit('a direct push');
    r.write({
      'access/catalog/extra.yaml':
        'kind: Resource\nid: github:team/extra\nowners: [team:platform]\nprovisioner: github\nconfig: { org: acme }\nroles:\n  member: { risk: low, maxDays: 365 }\n',
    });
    const reviewed = r.commit('a reviewed change');
    r.write({
      'access/grants/bob.yaml': grants([
        { id: 'bob-extra', subject: 'user:bob', resource: 'github:team/extra', role: 'member' },
      ]),
    });
    const grantOnly = r.commit('a grant, reviewed');
    const lookup = approvedBy(new Set([reviewed, grantOnly]));
    expect((await judge(r, reviewed, lookup))?.commit).toBe(pushed);
    expect((await judge(r, grantOnly, lookup))?.commit).toBe(pushed);
  });

  it('do not stand when the push named its author a policy owner, who then approved more', async () => {
    const r = governed();
    r.write({ 'accessctl.yaml': 'policyOwners: [team:platform, user:bob]\n' });
    const pushed = r.commit('bob makes himself a policy owner');
    r.write({ 'accessctl.yaml': 'policyOwners: [team:platform, user:bob]\nprune: true\n' });
    const approvedByBob = r.commit('approved by the owner the push named');
    expect((await judge(r, approvedByBob, approvedBy(new Set([approvedByBob]))))?.commit).toBe(
      pushed,
    );
  });

  it('do not stand in a shallow clone, whose oldest commit no earlier rules judged', async () => {
    const r = governed();
    r.write({ 'accessctl.yaml': `${OWNED}prune: false\n` });
    const approved = r.commit('a reviewed change to the config');
    const shallow = mkdtempSync(join(tmpdir(), 'accessctl-shallow-'));
    try {
      execFileSync('git', ['clone', '-q', '--depth', '1', `file://${r.dir}`, shallow]);
      const lookup = approvedBy(new Set([approved]));
      const broken = await untrustedRules({
        repo: shallow,
        at: approved,
        accessDir: 'access',
        policiesDir: 'policies',
        now: NOW,
        lookup,
      });
      expect(broken?.reasons).toEqual([
        expect.stringMatching(/^the clone is shallow.*fetch-depth: 0/),
      ]);
      expect(await judge(r, approved, lookup)).toBeUndefined();
    } finally {
      rmSync(shallow, { recursive: true, force: true });
    }
  });

  it('stand again once the pushed change is reverted, even by another push', async () => {
    const r = governed();
    r.write({ 'accessctl.yaml': `${OWNED}prune: true\n` });
    const pushed = r.commit('a direct push');
    expect((await judge(r, pushed, approvedBy(new Set())))?.commit).toBe(pushed);
    r.write({ 'accessctl.yaml': OWNED });
    const reverted = r.commit('revert the direct push');
    expect(await judge(r, reverted, approvedBy(new Set()))).toBeUndefined();
  });

  it('are not restored by a grant change, only by the rules as they were', async () => {
    const r = governed();
    r.write({ 'accessctl.yaml': `${OWNED}prune: true\n` });
    const pushed = r.commit('a direct push');
    r.write({
      'access/grants/alice.yaml': grants([
        {
          id: 'alice-payments',
          subject: 'user:alice',
          resource: 'github:team/payments',
          role: 'member',
        },
      ]),
    });
    const later = r.commit('a grant');
    r.write({ 'accessctl.yaml': `${OWNED}prune: false\n` });
    const other = r.commit('another rules state, approved');
    const lookup = approvedBy(new Set([later, other]));
    expect((await judge(r, later, lookup))?.commit).toBe(pushed);
    expect((await judge(r, other, lookup))?.commit).toBe(pushed);
  });
});

describe('reconcile on rules a direct push changed', () => {
  const env = useProvisionEnv();

  /** alice's grant, approved by carol, whom a direct push just before made every team's owner. */
  async function pushedOwner() {
    const gh = await env.github(PAYMENTS_ORG);
    const { repo: r } = env.accessRepo(['alice', 'carol']);
    r.write({ 'accessctl.yaml': OWNED });
    r.commit('policy owners');
    // the catalog is a rule: the push names carol, alice's friend, the owner of every team ...
    r.write({
      'access/catalog/github.yaml': CATALOG.replace(
        'owners: [team:platform]',
        'owners: [user:carol]',
      ),
    });
    const pushed = r.commit('a direct push');
    // ... so carol's approval of alice's grant passes the gate of the merge that adds it
    r.write({ 'access/grants/alice.yaml': grants([teamGrant('alice')]) });
    const merged = r.commit('Merge pull request #2');
    const lookup: RequestLookup = async (commit) => ({
      request: {
        author: 'alice',
        labels: [],
        labelActors: {},
        approvals: commit === merged ? [{ reviewer: 'carol', commit, stale: false }] : [],
        pushers: ['alice'],
      },
      ...(commit === merged ? { pullRequest: 2, headSha: commit } : {}),
    });
    const member = () => gh.state.org('acme')?.teams.get('payments')?.members.has('alice');
    return { gh, r, pushed, merged, lookup, member };
  }

  it('gives no access, though the grant asking for it was approved after the push', async () => {
    const { gh, r, pushed, lookup, member } = await pushedOwner();
    const result = await runReconcile({
      repo: r.dir,
      now: NOW,
      provisioners: [githubProvisioner(gh)],
      lookup,
      apply: true,
    });
    expect(member()).toBe(false);
    const [drift] = result.plan.drift;
    expect(drift?.operation).toBeUndefined();
    expect(drift?.note).toContain(pushed.slice(0, 12));
  });

  it('and neither does provisioning the merge, whose range starts after the push', async () => {
    const { gh, r, pushed, merged, lookup, member } = await pushedOwner();
    const result = await runProvision({
      repo: r.dir,
      from: pushed,
      to: merged,
      now: NOW,
      provisioners: [githubProvisioner(gh)],
      lookup,
    });
    expect(member()).toBe(false);
    expect(result.plan.operations).toEqual([]);
    expect(result.plan.ruleChanges.map((c) => c.commit)).toEqual([pushed]);
  });
});

describe('expiry on rules a direct push changed', () => {
  it('ends a grant when its end was moved later by approvals only those rules allowed', async () => {
    const { repo: r } = accessRepo(['alice', 'carol']);
    track(r);
    r.write({ 'accessctl.yaml': OWNED });
    commitAt(r, '2026-08-01T10:00:00Z', 'policy owners');
    const file = 'access/grants/alice.yaml';
    const grant = (expires: string) =>
      grants([teamGrant('alice')]).replace(/expires: .*/, `expires: ${expires}`);
    r.write({ [file]: grant('2026-12-01') });
    const added = commitAt(r, '2026-09-01T10:00:00Z', 'alice joins payments');
    r.write({
      'access/catalog/github.yaml': CATALOG.replace(
        'owners: [team:platform]',
        'owners: [user:carol]',
      ),
    });
    commitAt(r, '2026-10-01T10:00:00Z', 'a direct push');
    r.write({ [file]: grant('2027-03-01') });
    const extended = commitAt(r, '2026-11-01T10:00:00Z', 'Merge pull request #3');
    const lookup: RequestLookup = async (commit) => ({
      request: {
        author: 'alice',
        labels: [],
        labelActors: {},
        approvals:
          commit === added || commit === extended
            ? [{ reviewer: commit === added ? 'lead' : 'carol', commit, stale: false }]
            : [],
        pushers: ['alice'],
      },
      ...(commit === added || commit === extended ? { pullRequest: 3, headSha: commit } : {}),
    });
    const result = await runExpire({
      accessDir: join(r.dir, 'access'),
      now: new Date('2026-12-05T12:00:00Z'),
      mode: 'report',
      warnDays: 0,
      lookup,
    });
    expect(result.removals.map((x) => x.id)).toEqual(['alice-payments']);
    expect(result.removals[0]?.reasons.join(' ')).toContain(extended.slice(0, 12));
  });
});

describe('a merge of two approved changes to the same rule file', () => {
  it('is a change to the rules no policy owner approved', async () => {
    const r = governed();
    // two requests, each approved as it stands, each changing one line of the catalog
    const { file, base, oneApproval, newOwners } = twoCatalogRequests(r);
    r.git('merge', '-q', '--no-ff', '-m', 'Merge pull request #1', 'one-approval');
    const first = r.git('rev-parse', 'HEAD');
    r.git('merge', '-q', '--no-ff', '-m', 'Merge pull request #2', 'new-owners');
    const second = r.git('rev-parse', 'HEAD');
    // git merged the two, line by line, into rules neither request held
    expect(r.git('show', `${second}:${file}`)).toContain('owners: [user:bob]');
    expect(r.git('show', `${second}:${file}`)).toContain('approvals: 1');
    // each approved by lead at its head; GitHub made both merges
    const lookup = pulls(
      new Map([
        [first, { number: 1, head: oneApproval, approvers: ['lead'], mergeCommit: first }],
        [second, { number: 2, head: newOwners, approvers: ['lead'], mergeCommit: second }],
      ]),
    );
    const judged = (from: string, to: string) =>
      judgeMerges({
        repo: r.dir,
        from,
        to,
        accessDir: 'access',
        policiesDir: 'policies',
        now: NOW,
        lookup,
      });
    expect((await judged(base, first)).ruleChanges).toEqual([]);
    const [change] = (await judged(first, second)).ruleChanges;
    expect(change?.commit).toBe(second);
    expect(change?.reasons.join(' ')).toContain(
      `${file} is not as the pull request (approved at ${newOwners.slice(0, 12)}) showed it`,
    );
    expect((await judge(r, second, lookup))?.commit).toBe(second);
  });

  it('is not what a rebase merge lands, one commit of the request after another', async () => {
    const r = governed();
    const file = 'access/catalog/github.yaml';
    const base = r.git('rev-parse', 'HEAD');
    r.git('checkout', '-q', '-b', 'two-steps', base);
    r.write({ [file]: CATALOG.replace('approvals: 2', 'approvals: 3') });
    r.commit('three approvals for admin');
    r.write({
      [file]: CATALOG.replace('approvals: 2', 'approvals: 3').replace('maxDays: 30', 'maxDays: 14'),
    });
    const head = r.commit('and a shorter admin grant');
    // main moved on elsewhere meanwhile; the request is rebased onto it, commit by commit
    r.git('checkout', '-q', 'main');
    r.write({ 'access/identities/more.yaml': 'kind: User\nid: carol\nstatus: active\n' });
    const moved = r.commit('carol joins, approved');
    r.git('cherry-pick', `${head}~1`, head);
    const landed = r.git('rev-parse', 'HEAD');
    const first = r.git('rev-parse', 'HEAD~1');
    const lookup: RequestLookup = async (commit) =>
      commit === moved
        ? approvedBy(new Set([moved]))(commit)
        : {
            request: {
              author: 'alice',
              labels: [],
              labelActors: {},
              approvals: [{ reviewer: 'lead', commit: head, stale: false }],
              pushers: ['alice'],
            },
            pullRequest: 3,
            headSha: head,
          };
    const gate = await judgeMerges({
      repo: r.dir,
      from: moved,
      to: landed,
      accessDir: 'access',
      policiesDir: 'policies',
      now: NOW,
      lookup,
    });
    expect(gate.ruleChanges).toEqual([]);
    expect(await judge(r, first, lookup)).toBeUndefined();
    expect(await judge(r, landed, lookup)).toBeUndefined();
  });
});
