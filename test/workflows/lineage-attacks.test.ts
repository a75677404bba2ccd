// Attacks on the rules' lineage (src/workflows/provision/rule-lineage.ts) and on the check that
// a merge's rule files are what its pull request showed (gate.ts): each test asserts the safe
// behaviour. The attacker opens pull requests, pushes to their own branches and may push once
// to the default branch (no force push), but owns nothing and is no policy owner. Each of the
// first six and the two after the control got through before (the test failed): a merge pushed
// with a first parent off the line (an orphan root, a commit from before the policy owners, an
// older approved commit) put another history on the line the rules are judged along; a pushed
// merge of an approved request that dropped another approved change to the same file passed as
// the request's; a squash whose head was not in the clone passed unchecked; and removing every
// policy owner by an approved change let later pushed changes stand.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { reconcileCommand } from '../../src/commands/reconcile.js';

import { judgeMerges } from '../../src/workflows/provision/gate.js';
import {
  CAROL_OWNS,
  OWNED,
  isFastForward,
  judge,
  lineageRepos,
  pulls,
  pushCommit,
  treeWith,
  twoCatalogRequests,
  provisionedAlice,
  reconciledAlice,
  carolsGrantAfter,
} from './lineage-fixture.js';
import { approvedBy } from './approved-ends-fixture.js';
import { captureIo, useProvisionEnv } from './provision-env.js';
import { accessRepo, CATALOG, grants, NOW } from './provision-fixture.js';

const { governed, track } = lineageRepos();

describe('a merge pushed with a first parent off the default line (a fast-forward, no force push)', () => {
  it('whose first parent is a new orphan root: the rules it carries are not trusted', async () => {
    const r = governed();
    const main = r.git('rev-parse', 'HEAD');
    // the attacker's rules: carol owns every team, and carol is the only policy owner
    const evil = treeWith(r, main, {
      'access/catalog/github.yaml': CAROL_OWNS,
      'accessctl.yaml': 'policyOwners: [user:carol]\n',
    });
    const root = r.git('commit-tree', evil, '-m', 'an orphan root');
    const pushed = pushCommit(r, evil, [root, main], 'Merge main');
    expect(isFastForward(r, main, pushed)).toBe(true);
    expect(await judge(r, pushed, approvedBy(new Set()))).toBeDefined();
  });

  it('whose first parent is a commit from before the policy owners were named: not trusted', async () => {
    const { repo: r, base } = accessRepo(['alice', 'bob', 'carol']);
    track(r);
    r.write({ 'accessctl.yaml': OWNED });
    const main = r.commit('policy owners');
    // judged by the rules of `base`, which name no policy owner, the push "stands"
    const evil = treeWith(r, main, {
      'access/catalog/github.yaml': CAROL_OWNS,
      'accessctl.yaml': 'policyOwners: [user:carol]\n',
    });
    const pushed = pushCommit(r, evil, [base, main], 'Merge main');
    expect(isFastForward(r, main, pushed)).toBe(true);
    expect(await judge(r, pushed, approvedBy(new Set()))).toBeDefined();
  });

  it('rolling the rules back past an approved change (first parent: the older commit): not trusted', async () => {
    const r = governed();
    r.write({ 'access/catalog/github.yaml': CAROL_OWNS });
    const carolOwns = r.commit('carol owns the teams, approved');
    r.write({ 'access/catalog/github.yaml': CATALOG });
    const carolRemoved = r.commit('carol no longer owns them, approved');
    const lookup = approvedBy(new Set([carolOwns, carolRemoved]));
    expect(await judge(r, carolRemoved, lookup)).toBeUndefined();
    // the push undoes the approved removal: nobody approved that
    const pushed = pushCommit(
      r,
      r.git('rev-parse', `${carolOwns}^{tree}`),
      [carolOwns, carolRemoved],
      'Merge main',
    );
    expect(isFastForward(r, carolRemoved, pushed)).toBe(true);
    expect(await judge(r, pushed, lookup)).toBeDefined();
  });
});

describe('end to end: the orphan-root merge, then a grant carol approves', () => {
  const env = useProvisionEnv();

  // a later pull request adds alice's grant; carol, whom the push made owner, approves it;
  // provisioning starts at the pushed merge
  const attack = () =>
    carolsGrantAfter(env, (r, main) => {
      const evil = treeWith(r, main, { 'access/catalog/github.yaml': CAROL_OWNS });
      const root = r.git('commit-tree', evil, '-m', 'an orphan root');
      return pushCommit(r, evil, [root, main], 'Merge main');
    });

  it('provisioning the later merge gives no access', async () => {
    expect(await provisionedAlice(await attack())).toBe(false);
  });

  it('nor does the nightly reconcile', async () => {
    expect(await reconciledAlice(await attack())).toBe(false);
  });
});

describe('end to end: the orphan-root merge rewrites the exec command', () => {
  const env = useProvisionEnv();

  it('the nightly reconcile does not run it', async () => {
    const gh = await env.github({
      org: { login: 'acme', owners: ['octo-admin'], members: ['alice', 'bob'] },
    });
    env.exportGitHub(gh);
    process.env.DEPLOY_SECRET = 'the-secret-of-the-reconcile-job';
    const { repo: r } = env.accessRepo(['alice', 'bob']);
    const pwned = join(env.scratchDir('accessctl-pwned-'), 'pwned');
    const config = (command: string[], envNames: string[]) =>
      `policyOwners: [team:platform]\nprovisioners:\n  tickets:\n    type: exec\n    command: ${JSON.stringify(command)}\n    env: ${JSON.stringify(envNames)}\n`;
    r.write({
      'bin/tickets.js':
        'process.stdin.resume(); process.stdin.on(\'end\', () => process.stdout.write(\'{"role":"viewer","pending":false}\'));\n',
      'accessctl.yaml': config(['node', 'bin/tickets.js'], []),
      'access/catalog/tickets.yaml':
        'kind: Resource\nid: tickets:project/pay\nowners: [team:platform]\nprovisioner: tickets\nroles:\n  viewer: { risk: low, maxDays: 365 }\n',
      'access/grants/bob.yaml': grants([
        { id: 'bob-pay', subject: 'user:bob', resource: 'tickets:project/pay', role: 'viewer' },
      ]),
    });
    const main = r.commit('tickets, provisioned');
    const evil = `require('node:fs').writeFileSync(${JSON.stringify(pwned)}, String(process.env.DEPLOY_SECRET)); process.stdout.write('{"role":"viewer","pending":false}')`;
    const tree = treeWith(r, main, {
      'accessctl.yaml': config(['node', '-e', evil], ['DEPLOY_SECRET']),
    });
    const root = r.git('commit-tree', tree, '-m', 'an orphan root');
    const head = pushCommit(r, tree, [root, main], 'Merge main');
    expect(isFastForward(r, main, head)).toBe(true);
    const io = captureIo(env.scratchDir('accessctl-cwd-'));
    await reconcileCommand.run(
      { repo: r.dir, ref: head, access: 'access', policies: 'policies', format: 'text' },
      [],
      io,
    );
    const leaked = existsSync(pwned) ? readFileSync(pwned, 'utf8') : undefined;
    expect(leaked).toBeUndefined();
  }, 120_000);

  it('(control) the same config pushed as an ordinary direct commit is not run', async () => {
    const gh = await env.github({
      org: { login: 'acme', owners: ['octo-admin'], members: ['alice', 'bob'] },
    });
    env.exportGitHub(gh);
    const { repo: r } = env.accessRepo(['alice', 'bob']);
    const pwned = join(env.scratchDir('accessctl-pwned-'), 'pwned');
    const config = (command: string[]) =>
      `policyOwners: [team:platform]\nprovisioners:\n  tickets:\n    type: exec\n    command: ${JSON.stringify(command)}\n`;
    r.write({
      'accessctl.yaml': config(['node', '-e', 'process.stdout.write("{}")']),
      'access/catalog/tickets.yaml':
        'kind: Resource\nid: tickets:project/pay\nowners: [team:platform]\nprovisioner: tickets\nroles:\n  viewer: { risk: low, maxDays: 365 }\n',
      'access/grants/bob.yaml': grants([
        { id: 'bob-pay', subject: 'user:bob', resource: 'tickets:project/pay', role: 'viewer' },
      ]),
    });
    r.commit('tickets, provisioned');
    const evil = `require('node:fs').writeFileSync(${JSON.stringify(pwned)}, 'x'); process.stdout.write('{"role":"viewer","pending":false}')`;
    r.write({ 'accessctl.yaml': config(['node', '-e', evil]) });
    const head = r.commit('a direct push');
    const io = captureIo(env.scratchDir('accessctl-cwd-'));
    await reconcileCommand.run(
      { repo: r.dir, ref: head, access: 'access', policies: 'policies', format: 'text' },
      [],
      io,
    );
    expect(existsSync(pwned)).toBe(false);
  }, 120_000);
});

describe('a pushed merge of an approved pull request that drops another approved rule change', () => {
  it('is a change to the rules no policy owner approved', async () => {
    const r = governed();
    r.write({ 'access/catalog/github.yaml': CAROL_OWNS });
    const carolOwns = r.commit('carol owns the teams, approved');
    // the attacker's pull request, branched here, adds an unrelated resource; lead approves it
    r.git('checkout', '-q', '-b', 'extra', carolOwns);
    r.write({
      'access/catalog/extra.yaml':
        'kind: Resource\nid: github:repo/acme/extra\nowners: [team:platform]\nprovisioner: github\nroles:\n  pull: { risk: low, maxDays: 365 }\n',
    });
    const head = r.commit('an extra repository');
    r.git('checkout', '-q', 'main');
    // meanwhile a policy owner takes the teams back from carol
    r.write({ 'access/catalog/github.yaml': CATALOG });
    const carolRemoved = r.commit('carol no longer owns them, approved');
    // the attacker pushes the merge themselves, resolved to the request's side: the catalog
    // file is as the approved head holds it, but the request never changed it
    const merge = pushCommit(
      r,
      r.git('rev-parse', `${head}^{tree}`),
      [carolRemoved, head],
      'Merge pull request #5 from attacker/extra',
    );
    expect(r.git('show', `${merge}:access/catalog/github.yaml`)).toContain('owners: [user:carol]');
    const lookup = pulls(
      new Map([
        [carolOwns, { number: 3, head: carolOwns, approvers: ['lead'] }],
        [carolRemoved, { number: 4, head: carolRemoved, approvers: ['lead'] }],
        [merge, { number: 5, head, approvers: ['lead'], author: 'mallory' }],
      ]),
    );
    const gate = await judgeMerges({
      repo: r.dir,
      from: carolRemoved,
      to: merge,
      accessDir: 'access',
      policiesDir: 'policies',
      now: NOW,
      lookup,
    });
    expect(gate.ruleChanges.map((c) => c.commit)).toEqual([merge]);
    expect(await judge(r, merge, lookup)).toBeDefined();
  });
});

describe('a squash merge whose rule file git merged with another change, its head not in the clone', () => {
  it('is not passed unchecked', async () => {
    const r = governed();
    // two requests, each approved as it stands, each changing one line of the catalog
    const { file, oneApproval, newOwners } = twoCatalogRequests(r);
    r.git('merge', '-q', '--squash', 'one-approval');
    const first = r.commit('admin needs one approval (#1)');
    r.git('merge', '-q', '--squash', 'new-owners');
    const second = r.commit('bob owns the repositories (#2)');
    expect(r.git('show', `${second}:${file}`)).toContain('owners: [user:bob]');
    expect(r.git('show', `${second}:${file}`)).toContain('approvals: 1');
    // the request's branch is deleted after the squash, and the clone never fetched its head
    r.git('branch', '-q', '-D', 'one-approval', 'new-owners');
    r.git('reflog', 'expire', '--expire=now', '--all');
    r.git('gc', '-q', '--prune=now');
    expect(() => r.git('cat-file', '-e', newOwners)).toThrow();
    // each approved by lead at its head
    const lookup = pulls(
      new Map([
        [first, { number: 1, head: oneApproval, approvers: ['lead'] }],
        [second, { number: 2, head: newOwners, approvers: ['lead'] }],
      ]),
    );
    // both heads are gone: neither squash can be compared with what was reviewed
    expect((await judge(r, second, lookup))?.reasons.join(' ')).toMatch(/is not in this clone/);
  });
});

describe('policy owners named, then removed by an approved change', () => {
  it('a later direct push to the rules does not stand', async () => {
    const r = governed();
    r.write({ 'accessctl.yaml': 'prune: false\n' });
    const removed = r.commit('no policy owners any more, approved');
    r.write({ 'access/catalog/github.yaml': CAROL_OWNS });
    const pushed = r.commit('a direct push');
    expect((await judge(r, pushed, approvedBy(new Set([removed]))))?.commit).toBe(pushed);
  });
});

describe('a squash merge whose rule file git merged with another change, its head in the clone', () => {
  it('(control) is a change to the rules no policy owner approved', async () => {
    const r = governed();
    // two requests, each approved as it stands, each changing one line of the catalog
    const { oneApproval, newOwners } = twoCatalogRequests(r);
    r.git('merge', '-q', '--squash', 'one-approval');
    const first = r.commit('admin needs one approval (#1)');
    r.git('merge', '-q', '--squash', 'new-owners');
    const second = r.commit('bob owns the repositories (#2)');
    // each approved by lead at its head
    const lookup = pulls(
      new Map([
        [first, { number: 1, head: oneApproval, approvers: ['lead'] }],
        [second, { number: 2, head: newOwners, approvers: ['lead'] }],
      ]),
    );
    expect((await judge(r, second, lookup))?.commit).toBe(second);
  });
});

describe('a catalog document pushed among the grants (a path the walk does not read as a rule)', () => {
  const env = useProvisionEnv();

  it('makes nobody an owner: a grant carol approves later gives no access', async () => {
    const a = await carolsGrantAfter(env, (r) => {
      // a Resource (and a Team naming carol maintainer of platform) in a grant file: the gate
      // takes the file for a grant document, and the walk leaves grant documents out
      r.write({
        'access/grants/zz-catalog.yaml':
          'kind: Resource\nid: github:team/payments\nowners: [user:carol]\nprovisioner: github\nconfig: { org: acme }\nroles:\n  member: { risk: low, maxDays: 365 }\n---\nkind: Team\nid: platform\nmaintainers: [carol]\nmembers: []\n',
      });
      return r.commit('a direct push');
    });
    expect(await provisionedAlice(a)).toBe(false);
    expect(await reconciledAlice(a)).toBe(false);
  });
});

describe('a non-grant file under access/grants/ (a script, hidden YAML)', () => {
  it('pushed directly, leaves the rules untrusted (the walk and the gate agree it is a rule)', async () => {
    const r = governed();
    r.write({ 'access/grants/hook.sh': '#!/bin/sh\ncurl evil\n' });
    const pushed = r.commit('a direct push');
    expect((await judge(r, pushed, approvedBy(new Set())))?.commit).toBe(pushed);
  });
});

describe('a direct push, then a revert that restores the rules but leaves the pushed script', () => {
  it('the rules stand only when every rule path is as before', async () => {
    const r = governed();
    r.write({ 'accessctl.yaml': `${OWNED}prune: true\n`, 'scripts/hook.sh': 'evil\n' });
    const pushed = r.commit('a direct push');
    r.write({ 'accessctl.yaml': OWNED });
    const partial = r.commit('revert the config only, approved');
    expect((await judge(r, partial, approvedBy(new Set([partial]))))?.commit).toBe(pushed);
  });
});
