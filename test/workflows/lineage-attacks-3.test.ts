// Third round of attacks on the rules' lineage (src/workflows/provision/rule-lineage.ts). Each
// test asserts the safe behaviour. The attacker opens pull requests, pushes to their own
// branches and may push to the default branch (fast-forward only), but owns nothing and is no
// policy owner. Two got through before: a pushed merge that hid main behind the second parent
// of a side merge (owners were looked for along first parents only, so the merge was never
// looked up), and a look-up that found a request without saying GitHub made the commit (it
// counted as GitHub's merge when the batched question failed).
import { describe, expect, it } from 'vitest';

import type { RequestLookup } from '../../src/workflows/provision/gate.js';
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
import { accessRepo, CATALOG } from './provision-fixture.js';

const { governed, track } = lineageRepos();
const pulls = (prs: Map<string, Pull>) => pullsBy(prs, 'mallory');
const FILE = 'access/catalog/github.yaml';

// ---------------------------------------------------------------------------------------------
// 1. A single-parent commit pushed onto main whose tree jumps back to an old state.
// ---------------------------------------------------------------------------------------------

describe('a non-merge commit pushed onto main that restores an old tree', () => {
  it('an older approved state (undoing a later approved change): the rules do not stand', async () => {
    const r = governed();
    r.write({ [FILE]: CAROL_OWNS });
    const carolOwns = r.commit('carol owns the teams, approved');
    r.write({ [FILE]: CATALOG });
    const removed = r.commit('carol no longer owns them, approved');
    const back = pushCommit(r, treeOf(r, carolOwns), [removed], 'back to how it was');
    expect(isFastForward(r, removed, back)).toBe(true);
    expect(await judge(r, back, approvedBy(new Set([carolOwns, removed])))).toBeDefined();
  });

  it('the tree from before the policy owners were named: neither it nor later pushes stand', async () => {
    const { repo: r, base } = accessRepo(['alice', 'bob', 'carol']);
    track(r);
    r.write({ 'accessctl.yaml': OWNED });
    const named = r.commit('policy owners');
    const back = pushCommit(r, treeOf(r, base), [named], 'back to the setup');
    expect(await judge(r, back, approvedBy(new Set()))).toBeDefined();
    r.write({ [FILE]: CAROL_OWNS });
    const later = r.commit('a direct push: carol owns the teams');
    expect(await judge(r, later, approvedBy(new Set()))).toBeDefined();
  });

  it('a push, its revert, then a single commit restoring the pushed tree: not trusted', async () => {
    const r = governed();
    const main = r.git('rev-parse', 'HEAD');
    r.write({ [FILE]: CAROL_OWNS });
    const pushed = r.commit('a direct push');
    const reverted = pushCommit(r, treeOf(r, main), [pushed], 'revert');
    expect(await judge(r, reverted, approvedBy(new Set()))).toBeUndefined();
    const again = pushCommit(r, treeOf(r, pushed), [reverted], 'again');
    expect(await judge(r, again, approvedBy(new Set()))).toBeDefined();
  });
});

// ---------------------------------------------------------------------------------------------
// 2. Revert detection: the state restored to (lastTrusted) after breaks and reverts.
// ---------------------------------------------------------------------------------------------

describe('reverting to lastTrusted after an earlier break', () => {
  it('push, revert, approved change, push, revert to the push before: not trusted', async () => {
    const r = governed();
    const main = r.git('rev-parse', 'HEAD');
    r.write({ [FILE]: CAROL_OWNS });
    const first = r.commit('a direct push');
    pushCommit(r, treeOf(r, main), [first], 'revert');
    r.write({
      'access/catalog/extra.yaml':
        'kind: Resource\nid: github:team/x\nowners: [team:platform]\nprovisioner: github\nroles:\n  member: { risk: low, maxDays: 30 }\n',
    });
    const approved = r.commit('an approved change');
    r.write({ [FILE]: CATALOG.replace('approvals: 2', 'approvals: 1') });
    const second = r.commit('a second direct push');
    const back = pushCommit(r, treeOf(r, first), [second], "back to the first push's rules");
    const lookup = approvedBy(new Set([approved]));
    expect(await judge(r, second, lookup)).toBeDefined();
    expect(await judge(r, back, lookup)).toBeDefined();
  });

  it('a pushed merge that holds the last trusted rules does not restore them', async () => {
    const r = governed();
    const main = r.git('rev-parse', 'HEAD');
    r.write({ [FILE]: CAROL_OWNS });
    const pushed = r.commit('a direct push');
    const root = r.git('commit-tree', treeOf(r, main), '-m', 'an orphan root');
    const merge = pushCommit(r, treeOf(r, main), [root, pushed], 'Merge');
    expect(await judge(r, merge, approvedBy(new Set()))).toBeDefined();
  });
});

// ---------------------------------------------------------------------------------------------
// 3. namedAt: a pushed merge whose first-parent line, and its other parents' first-parent
//    lines, name no policy owner, while main (which names them) is reached only through the
//    second parent of a side merge.
// ---------------------------------------------------------------------------------------------

/** main named owners; the attacker's rules (no owners, carol owns the teams) pushed as a
 * merge M = [R, S] with R an orphan root and S = [R, main], so main is no first-parent
 * ancestor of M nor of S. */
function nestedMerge(r: ReturnType<typeof governed>) {
  const main = r.git('rev-parse', 'HEAD');
  // no accessctl.yaml at all: nobody is named on R's or S's first-parent line
  r.git('checkout', '-q', '--detach', main);
  r.git('rm', '-q', 'accessctl.yaml');
  r.write({ [FILE]: CAROL_OWNS });
  r.git('add', '-A');
  const evil = r.git('write-tree');
  r.git('checkout', '-q', '-f', 'main');
  const root = r.git('commit-tree', evil, '-m', 'an orphan root');
  const side = sideCommit(r, evil, [root, main], 'Merge main');
  const merge = pushCommit(r, evil, [root, side], 'Merge side');
  return { main, root, side, merge };
}

describe('a pushed merge hiding main behind the second parent of a side merge', () => {
  it('is a fast-forward, and the rules at it do not stand', async () => {
    const r = governed();
    const { main, merge } = nestedMerge(r);
    expect(isFastForward(r, main, merge)).toBe(true);
    expect(r.git('show', `${merge}:${FILE}`)).toContain('owners: [user:carol]');
    expect(await judge(r, merge, approvedBy(new Set()))).toBeDefined();
  });

  it('nor do later direct pushes (owners were named on main)', async () => {
    const r = governed();
    nestedMerge(r);
    r.write({ [FILE]: CAROL_OWNS.replace('approvals: 2', 'approvals: 1') });
    const later = r.commit('a direct push');
    expect(await judge(r, later, approvedBy(new Set()))).toBeDefined();
  });

  it('(control) the side merge pushed alone, main its second parent: held', async () => {
    const r = governed();
    const main = r.git('rev-parse', 'HEAD');
    const evil = treeWith(r, main, { [FILE]: CAROL_OWNS });
    const root = r.git('commit-tree', evil, '-m', 'an orphan root');
    const side = pushCommit(r, evil, [root, main], 'Merge main');
    expect(await judge(r, side, approvedBy(new Set()))).toBeDefined();
  });
});

describe('end to end: the nested pushed merge, then a grant carol approves', () => {
  const env = useProvisionEnv();

  // provisioning starts at the pushed merge
  const attack = () => carolsGrantAfter(env, (r) => nestedMerge(r).merge);

  it('provisioning the grant gives no access', async () => {
    expect(await provisionedAlice(await attack())).toBe(false);
  });

  it('nor does the nightly reconcile', async () => {
    expect(await reconciledAlice(await attack())).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------
// 4. namedAt with accessctl.yaml invalid or deleted.
// ---------------------------------------------------------------------------------------------

describe('accessctl.yaml invalid or deleted', () => {
  it('a push making the config invalid, then further pushes: not trusted', async () => {
    const r = governed();
    r.write({ 'accessctl.yaml': 'policyOwners: [[[\n' });
    const invalid = r.commit('a direct push: invalid config');
    expect(await judge(r, invalid, approvedBy(new Set()))).toBeDefined();
    r.write({ 'accessctl.yaml': 'policyOwners: []\n', [FILE]: CAROL_OWNS });
    const later = r.commit('a direct push: no owners, carol owns the teams');
    expect(await judge(r, later, approvedBy(new Set()))).toBeDefined();
  });

  it('a pushed merge onto an orphan root with an invalid config: not trusted', async () => {
    const r = governed();
    const main = r.git('rev-parse', 'HEAD');
    const evil = treeWith(r, main, { 'accessctl.yaml': 'policyOwners: [[[\n', [FILE]: CAROL_OWNS });
    const root = r.git('commit-tree', evil, '-m', 'an orphan root');
    const merge = pushCommit(r, evil, [root, main], 'Merge main');
    expect(await judge(r, merge, approvedBy(new Set()))).toBeDefined();
  });
});

// ---------------------------------------------------------------------------------------------
// 5. A pushed change to the policies: judged by the parent's, it cannot pass its own later
//    changes.
// ---------------------------------------------------------------------------------------------

describe('a pushed change to policies/', () => {
  it('a policy that never denies, then a rule change under it: not trusted', async () => {
    const r = governed();
    r.write({ 'policies/separation.rego': 'package access.separation\n\ndeny := set()\n' });
    const weak = r.commit('a direct push: no separation');
    expect(await judge(r, weak, approvedBy(new Set()))).toBeDefined();
    r.write({ [FILE]: CAROL_OWNS });
    const later = r.commit('a direct push');
    expect(await judge(r, later, approvedBy(new Set()))).toBeDefined();
  });
});

// ---------------------------------------------------------------------------------------------
// 6. Look-ups that fail, or answer a pull request without its merge commit.
// ---------------------------------------------------------------------------------------------

/** A pushed merge (orphan root first parent) that is one of a merged request's own commits. */
function pushedMergeOfRequest(r: ReturnType<typeof governed>) {
  const main = r.git('rev-parse', 'HEAD');
  const evil = treeWith(r, main, { [FILE]: CAROL_OWNS });
  const root = r.git('commit-tree', evil, '-m', 'an orphan root');
  const merge = pushCommit(r, evil, [root, main], 'Merge main');
  const head = sideCommit(r, treeWith(r, merge, { 'README.md': 'hello\n' }), [merge], 'readme');
  const merged = pushCommit(r, treeOf(r, head), [merge, head], 'Merge pull request #2');
  return { merge, head, merged };
}

describe('the look-up of a pushed merge', () => {
  it('madeByMerges throws, the request found has no merge commit: still held', async () => {
    const r = governed();
    const { merge, head, merged } = pushedMergeOfRequest(r);
    // the API leaves merge_commit_sha out (null): the per-commit fallback reads that as made
    const pr: Pull = { number: 2, head, approvers: ['lead'] };
    const lookup: RequestLookup = pulls(
      new Map([
        [merge, pr],
        [head, pr],
        [merged, pr],
      ]),
    );
    lookup.madeByMerges = async () => {
      throw new Error('GraphQL rate limit');
    };
    expect(await judge(r, merged, lookup)).toBeDefined();
  });

  it('(control) madeByMerges answers: held', async () => {
    const r = governed();
    const { merge, head, merged } = pushedMergeOfRequest(r);
    const pr: Pull = { number: 2, head, approvers: ['lead'] };
    const lookup: RequestLookup = pulls(
      new Map([
        [merge, pr],
        [head, pr],
        [merged, pr],
      ]),
    );
    lookup.madeByMerges = async () => new Set();
    expect(await judge(r, merged, lookup)).toBeDefined();
  });

  it('every look-up failed: held', async () => {
    const r = governed();
    const { merged } = pushedMergeOfRequest(r);
    const lookup: RequestLookup = async (commit) => ({
      request: { author: '', labels: [], labelActors: {}, approvals: [], pushers: [] },
      note: `looking up ${commit} failed`,
      failed: true,
    });
    lookup.madeByMerges = async () => {
      throw new Error('down');
    };
    expect(await judge(r, merged, lookup)).toBeDefined();
  });

  it('a direct push whose look-up failed: not trusted', async () => {
    const r = governed();
    r.write({ [FILE]: CAROL_OWNS });
    const pushed = r.commit('a direct push');
    const lookup: RequestLookup = async () => ({
      request: { author: '', labels: [], labelActors: {}, approvals: [], pushers: [] },
      failed: true,
    });
    expect(await judge(r, pushed, lookup)).toBeDefined();
  });
});
