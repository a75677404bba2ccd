// Second round of attacks on the rules' lineage (src/workflows/provision/rule-lineage.ts) and on
// the gate's rule checks (gate.ts). Each test asserts the safe behaviour. The attacker opens
// pull requests, pushes to their own branches and may push to the default branch (fast-forward
// only), but owns nothing and is no policy owner.
//
// Each of these got through when a pushed merge counted only if its rules differed from a
// non-first parent and no pull request was named for it: (1) a plain direct push of the
// attacker's rules, then a pushed merge holding exactly those rules whose first parent is an
// orphan root (or a commit from before the policy owners, or an octopus of such): the walk then
// followed a line on which nothing was ever governed; (2) the same rewiring, holding main's rules
// exactly, dropped the memory that policy owners were once named, so after an approved change
// removed them, direct pushes stood again; (3) a pushed merge that is one of a pull request's own
// commits is answered by the look-up with that request once it is merged (the fallback for
// rebase merges), though GitHub made no merge of it. Now every merge of the line GitHub did not
// make, pushed once owners were named, leaves the rules untrusted.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

import { readConfigAt } from '../../src/config/at-commit.js';
import { ExecProvisioner } from '../../src/provisioners/exec.js';
import { runReconcile } from '../../src/workflows/reconcile.js';
import type { RequestLookup } from '../../src/workflows/provision/gate.js';
import { GitRepo } from '../model/git-repo.js';
import {
  CAROL_OWNS,
  OWNED,
  isFastForward,
  judge,
  lineageRepos,
  pulls as pullsBy,
  pushCommit,
  sideCommit,
  treeOf,
  treeWith,
  type Pull,
  provisionedAlice,
  reconciledAlice,
  carolsGrantAfter,
} from './lineage-fixture.js';
import { approvedBy } from './approved-ends-fixture.js';
import { useProvisionEnv } from './provision-env.js';
import { accessRepo, CATALOG, grants, NOW } from './provision-fixture.js';

const { governed, track } = lineageRepos();
const scratch: string[] = [];
afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Requests by mallory, the attacker, unless one says otherwise. */
const pulls = (prs: Map<string, Pull>) => pullsBy(prs, 'mallory');

// ---------------------------------------------------------------------------------------------
// 1. A pushed merge whose rules equal its non-first parent, after a plain direct push that
//    carries the attacker's rules.
// ---------------------------------------------------------------------------------------------

describe('a direct push, then a pushed merge onto another history holding the same rules', () => {
  it('first parent a new orphan root with the pushed rules: the rules do not stand', async () => {
    const r = governed();
    r.write({ 'access/catalog/github.yaml': CAROL_OWNS });
    const pushed = r.commit('a direct push: carol owns the teams');
    expect(await judge(r, pushed, approvedBy(new Set()))).toBeDefined();
    // an orphan root with the same tree, then a merge (orphan, pushed) with that tree: it
    // differs from no non-first parent, and from its first parent in nothing
    const root = r.git('commit-tree', treeOf(r, pushed), '-m', 'an orphan root');
    const merge = pushCommit(r, treeOf(r, pushed), [root, pushed], 'Merge main');
    expect(isFastForward(r, pushed, merge)).toBe(true);
    expect(await judge(r, merge, approvedBy(new Set()))).toBeDefined();
  });

  it('first parent the commit before the policy owners were named: the rules do not stand', async () => {
    const { repo: r, base } = accessRepo(['alice', 'bob', 'carol']);
    track(r);
    r.write({ 'accessctl.yaml': OWNED });
    r.commit('policy owners');
    r.write({ 'access/catalog/github.yaml': CAROL_OWNS });
    const pushed = r.commit('a direct push: carol owns the teams');
    expect(await judge(r, pushed, approvedBy(new Set()))).toBeDefined();
    // judged against `base`, which names no policy owner, the merge "sets the rules up"
    const merge = pushCommit(r, treeOf(r, pushed), [base, pushed], 'Merge main');
    expect(isFastForward(r, pushed, merge)).toBe(true);
    expect(await judge(r, merge, approvedBy(new Set()))).toBeDefined();
  });

  it('an octopus of the orphan root and two commits holding the pushed rules: the rules do not stand', async () => {
    const r = governed();
    r.write({ 'access/catalog/github.yaml': CAROL_OWNS });
    const pushed = r.commit('a direct push: carol owns the teams');
    const tree = treeOf(r, pushed);
    const twin = sideCommit(r, tree, [pushed], 'the same rules again');
    const root = r.git('commit-tree', tree, '-m', 'an orphan root');
    const merge = pushCommit(r, tree, [root, pushed, twin], 'Merge main and twin');
    expect(isFastForward(r, pushed, merge)).toBe(true);
    expect(await judge(r, merge, approvedBy(new Set()))).toBeDefined();
  });

  it('(control) first parent an older approved commit: the merge is judged and held', async () => {
    const r = governed();
    const owners = r.git('rev-parse', 'HEAD');
    r.write({ 'access/catalog/github.yaml': CAROL_OWNS });
    const pushed = r.commit('a direct push: carol owns the teams');
    const merge = pushCommit(r, treeOf(r, pushed), [owners, pushed], 'Merge main');
    expect(isFastForward(r, pushed, merge)).toBe(true);
    expect(await judge(r, merge, approvedBy(new Set()))).toBeDefined();
  });

  it('(control) an octopus onto main whose rules differ from one other parent: another history', async () => {
    const r = governed();
    const main = r.git('rev-parse', 'HEAD');
    const evil = treeWith(r, main, { 'access/catalog/github.yaml': CAROL_OWNS });
    const side = sideCommit(r, evil, [main], 'carol owns the teams');
    const other = sideCommit(r, treeOf(r, main), [main], 'nothing');
    const merge = pushCommit(r, evil, [main, side, other], 'octopus');
    expect(await judge(r, merge, approvedBy(new Set()))).toBeDefined();
  });
});

describe('end to end: a direct push, then the orphan-root merge of it, then a grant carol approves', () => {
  const env = useProvisionEnv();

  // provisioning starts at the pushed merge
  const attack = () =>
    carolsGrantAfter(env, (r) => {
      r.write({ 'access/catalog/github.yaml': CAROL_OWNS });
      const pushed = r.commit('a direct push: carol owns the teams');
      const root = r.git('commit-tree', treeOf(r, pushed), '-m', 'an orphan root');
      return pushCommit(r, treeOf(r, pushed), [root, pushed], 'Merge main');
    });

  it('provisioning the grant gives no access', async () => {
    expect(await provisionedAlice(await attack())).toBe(false);
  });

  it('nor does the nightly reconcile', async () => {
    expect(await reconciledAlice(await attack())).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------
// 2. The memory that policy owners were once named (`governed`) lives on the line the walk
//    follows: a pushed merge that rewires the line onto a history where none was ever named,
//    holding exactly the rules of main, must not make later direct pushes stand.
// ---------------------------------------------------------------------------------------------

describe('policy owners named, removed by an approved change, then a pushed merge onto the pre-owner history', () => {
  it('a later direct push to the rules does not stand', async () => {
    const { repo: r, base } = accessRepo(['alice', 'bob', 'carol']);
    track(r);
    r.write({ 'accessctl.yaml': OWNED });
    const named = r.commit('policy owners');
    r.write({ 'accessctl.yaml': 'prune: false\n' });
    const removed = r.commit('no policy owners any more, approved');
    const lookup = approvedBy(new Set([named, removed]));
    // the merge holds exactly main's rules: no other parent's differ, nothing for a policy owner to see
    const merge = pushCommit(r, treeOf(r, removed), [base, removed], 'Merge main');
    expect(isFastForward(r, removed, merge)).toBe(true);
    // pushed once owners had been named (on the line it joins): no earlier state is vouched for
    expect((await judge(r, merge, lookup))?.commit).toBe(merge);
    r.write({ 'access/catalog/github.yaml': CAROL_OWNS });
    const pushed = r.commit('a direct push');
    expect((await judge(r, pushed, lookup))?.commit).toBeDefined();
  });

  it('(control) without the merge, the direct push does not stand', async () => {
    const r = governed();
    r.write({ 'accessctl.yaml': 'prune: false\n' });
    const removed = r.commit('no policy owners any more, approved');
    r.write({ 'access/catalog/github.yaml': CAROL_OWNS });
    const pushed = r.commit('a direct push');
    expect((await judge(r, pushed, approvedBy(new Set([removed]))))?.commit).toBe(pushed);
  });
});

// ---------------------------------------------------------------------------------------------
// 3. A pushed merge that GitHub's look-up attributes to a pull request: the merge is one of the
//    request's own commits (its branch holds it), pushed onto main before the request is
//    merged. Once merged, the look-up answers every commit of the request with it (the
//    fallback for rebase merges), but the merge GitHub made is another commit.
// ---------------------------------------------------------------------------------------------

describe("a merge pushed onto main that is one of a later-merged pull request's commits", () => {
  function history() {
    const r = governed();
    const main = r.git('rev-parse', 'HEAD');
    const evil = treeWith(r, main, { 'access/catalog/github.yaml': CAROL_OWNS });
    const root = r.git('commit-tree', evil, '-m', 'an orphan root');
    // the request's branch: the merge (orphan, main), then an innocent README on top
    const merge = pushCommit(r, evil, [root, main], 'Merge main');
    expect(isFastForward(r, main, merge)).toBe(true);
    const head = sideCommit(r, treeWith(r, merge, { 'README.md': 'hello\n' }), [merge], 'readme');
    // lead, a policy owner, approves the request: against its base (main = the pushed merge)
    // it only adds a README. GitHub merges it.
    const merged = pushCommit(r, treeOf(r, head), [merge, head], 'Merge pull request #2');
    const pr: Pull = { number: 2, head, approvers: ['lead'], mergeCommit: merged };
    const lookup = pulls(
      new Map([
        [merge, pr],
        [head, pr],
        [merged, pr],
      ]),
    );
    return { r, main, merge, head, merged, lookup };
  }

  it("the rules at the request's merge do not stand", async () => {
    const { r, merged, lookup } = history();
    expect(r.git('show', `${merged}:access/catalog/github.yaml`)).toContain('owners: [user:carol]');
    expect(await judge(r, merged, lookup)).toBeDefined();
  });

  it('(control) before the request is merged (the look-up finds none), the pushed merge is held', async () => {
    const { r, merge } = history();
    expect(await judge(r, merge, pulls(new Map()))).toBeDefined();
  });
});

describe('end to end: the exec command of a pushed merge that a later-merged request holds', () => {
  const config = (command: string[], envNames: string[] = []) =>
    `policyOwners: [team:platform]\nprovisioners:\n  tickets:\n    type: exec\n    command: ${JSON.stringify(command)}\n    env: ${JSON.stringify(envNames)}\n`;
  const TICKETS =
    'kind: Resource\nid: tickets:project/pay\nowners: [team:platform]\nprovisioner: tickets\nroles:\n  viewer: { risk: low, maxDays: 365 }\n';

  function setup(pwned: string) {
    const r = governed();
    r.write({
      'accessctl.yaml': config([
        'node',
        '-e',
        'process.stdout.write(\'{"role":"viewer","pending":false}\')',
      ]),
      'access/catalog/tickets.yaml': TICKETS,
      'access/grants/bob.yaml': grants([
        { id: 'bob-pay', subject: 'user:bob', resource: 'tickets:project/pay', role: 'viewer' },
      ]),
    });
    const tickets = r.commit('tickets, approved');
    const evil = `require('node:fs').writeFileSync(${JSON.stringify(pwned)}, String(process.env.DEPLOY_SECRET)); process.stdout.write('{"role":"viewer","pending":false}')`;
    return { r, tickets, evil };
  }

  const reconcileAt = async (r: GitRepo, at: string, lookup: RequestLookup) => {
    const settings = (await readConfigAt(r.dir, at)).provisioners.tickets;
    if (settings === undefined || settings.type !== 'exec') throw new Error('no exec provisioner');
    r.git('checkout', '-q', '-f', at);
    await runReconcile({
      repo: r.dir,
      ref: at,
      now: NOW,
      provisioners: [
        new ExecProvisioner({ name: 'tickets', settings, env: process.env, cwd: r.dir }),
      ],
      lookup,
      apply: true,
    });
  };

  it('(control) an approved exec command does run in reconcile (the probe works)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'accessctl-pwned-'));
    scratch.push(dir);
    const pwned = join(dir, 'pwned');
    const { r, tickets, evil } = setup(pwned);
    r.write({ 'accessctl.yaml': config(['node', '-e', evil], ['DEPLOY_SECRET']) });
    const approved = r.commit('the command changed, approved');
    process.env.DEPLOY_SECRET = 'the-secret';
    try {
      await reconcileAt(r, approved, approvedBy(new Set([tickets, approved])));
    } finally {
      delete process.env.DEPLOY_SECRET;
    }
    expect(existsSync(pwned)).toBe(true);
  }, 120_000);

  it("the nightly reconcile at the request's merge does not run it", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'accessctl-pwned-'));
    scratch.push(dir);
    const pwned = join(dir, 'pwned');
    const { r, tickets, evil } = setup(pwned);
    const tree = treeWith(r, tickets, {
      'accessctl.yaml': config(['node', '-e', evil], ['DEPLOY_SECRET']),
    });
    const root = r.git('commit-tree', tree, '-m', 'an orphan root');
    const merge = pushCommit(r, tree, [root, tickets], 'Merge main');
    expect(isFastForward(r, tickets, merge)).toBe(true);
    const head = sideCommit(r, treeWith(r, merge, { 'README.md': 'hello\n' }), [merge], 'readme');
    const merged = pushCommit(r, treeOf(r, head), [merge, head], 'Merge pull request #2');
    const pr: Pull = { number: 2, head, approvers: ['lead'], mergeCommit: merged };
    const lookup = pulls(
      new Map([
        [
          tickets,
          { number: 1, head: tickets, approvers: ['lead'], author: 'alice', mergeCommit: tickets },
        ],
        [merge, pr],
        [head, pr],
        [merged, pr],
      ]),
    );
    process.env.DEPLOY_SECRET = 'the-secret-of-the-reconcile-job';
    try {
      await reconcileAt(r, merged, lookup);
    } finally {
      delete process.env.DEPLOY_SECRET;
    }
    const leaked = existsSync(pwned) ? readFileSync(pwned, 'utf8') : undefined;
    expect(leaked).toBeUndefined();
  }, 120_000);
});

// ---------------------------------------------------------------------------------------------
// 4. Reverts: to a state that was itself never trusted, interleaved pushes.
// ---------------------------------------------------------------------------------------------

describe('reverts', () => {
  it('two direct pushes, the second reverted: the rules still hold the first', async () => {
    const r = governed();
    r.write({ 'access/catalog/github.yaml': CAROL_OWNS });
    const first = r.commit('a direct push');
    r.write({ 'accessctl.yaml': `${OWNED}prune: false\n` });
    r.commit('another direct push');
    r.write({ 'accessctl.yaml': OWNED });
    const revert = r.commit('revert the second, approved');
    expect((await judge(r, revert, approvedBy(new Set([revert]))))?.commit).toBe(first);
  });

  it('push, revert, push, then a "revert" to the first push\'s rules: not trusted', async () => {
    const r = governed();
    r.write({ 'access/catalog/github.yaml': CAROL_OWNS });
    const first = r.commit('a direct push');
    r.write({ 'access/catalog/github.yaml': CATALOG });
    const back = r.commit('revert');
    expect(await judge(r, back, approvedBy(new Set()))).toBeUndefined();
    r.write({ 'accessctl.yaml': `${OWNED}prune: false\n` });
    const second = r.commit('a second direct push');
    r.write({ 'accessctl.yaml': OWNED, 'access/catalog/github.yaml': CAROL_OWNS });
    const again = r.commit("back to the first push's rules");
    expect(r.git('diff', first, again)).toBe('');
    expect((await judge(r, again, approvedBy(new Set())))?.commit).toBe(second);
  });
});
