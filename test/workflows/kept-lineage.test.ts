// What a run keeps of the rules' lineage (src/workflows/provision/kept-lineage.ts): the next
// run judges only the changes made since the line last stood throughout, and answers exactly
// as a walk from the first commit does, whatever happened to the line or the file meanwhile.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import type { RequestLookup } from '../../src/workflows/provision/gate.js';
import { RuleTrust } from '../../src/workflows/provision/rule-lineage.js';
import { runProvision } from '../../src/workflows/provision.js';
import { runReconcile } from '../../src/workflows/reconcile.js';
import { approvedBy } from './approved-ends-fixture.js';
import { CAROL_OWNS, OWNED, lineageRepos, pushCommit, PAYMENTS_ORG } from './lineage-fixture.js';
import { useProvisionEnv } from './provision-env.js';
import { NOW, githubProvisioner, grants, teamGrant } from './provision-fixture.js';
import type { GitRepo } from '../model/git-repo.js';

const { governed } = lineageRepos();

const SOURCE = 'acme/access';
const keptFile = (r: GitRepo) => join(r.dir, '.git', 'accessctl', 'rule-lineage.json');

/** A look-up of the pull requests of SOURCE: what is judged with it may be kept. */
function sourced(lookup: RequestLookup, source = SOURCE): RequestLookup {
  return Object.assign(lookup, { source });
}

/** Why the rules at `at` do not stand, judged along `tip`'s line (a run at `tip`). */
async function standing(r: GitRepo, tip: string, at: string, lookup: RequestLookup) {
  const trust = new RuleTrust(
    { repo: r.dir, accessDir: 'access', policiesDir: 'policies', now: NOW, lookup },
    tip,
  );
  return trust.at(at);
}

/** Every commit of `tip`'s first-parent line, oldest first. */
const lineOf = (r: GitRepo, tip: string) =>
  r.git('rev-list', '--first-parent', '--reverse', tip).split('\n');

/**
 * Runs at each commit of the line in turn, as the branch grew (each run keeping what it may),
 * and checks that every commit up to each run's tip is judged as a walk that keeps nothing
 * judges it.
 */
async function agreesWithFreshWalks(r: GitRepo, tip: string, approved: Set<string>) {
  const line = lineOf(r, tip);
  for (const [place, run] of line.entries()) {
    for (const at of line.slice(0, place + 1)) {
      const kept = await standing(r, run, at, sourced(approvedBy(approved)));
      const fresh = await standing(r, run, at, approvedBy(approved));
      expect(kept, `run at ${run.slice(0, 7)}, asked about ${at.slice(0, 7)}`).toEqual(fresh);
    }
  }
}

const kept = (r: GitRepo) => JSON.parse(readFileSync(keptFile(r), 'utf8')) as { commit: string };

/** An approved change to the config: the next in a series. */
function approvedChange(r: GitRepo, n: number, approved: Set<string>): string {
  r.write({ 'accessctl.yaml': `${OWNED}evaluation: { timeoutSeconds: ${30 + n} }\n` });
  const sha = r.commit(`approved change ${n}`);
  approved.add(sha);
  return sha;
}

describe('the rules’ lineage kept between runs', () => {
  it('judges only the changes made since the last run, and answers as a walk from the start', async () => {
    const r = governed();
    const approved = new Set<string>();
    const first = [1, 2, 3].map((n) => approvedChange(r, n, approved));
    const tip = first.at(-1) as string;
    const asked: string[] = [];
    expect(await standing(r, tip, tip, sourced(approvedBy(approved, asked)))).toBeUndefined();
    expect(asked).toEqual(expect.arrayContaining(first));
    expect(kept(r).commit).toBe(tip);

    // the next run at the same tip looks nothing up; one more change, only that one
    asked.length = 0;
    expect(await standing(r, tip, first[0] as string, sourced(approvedBy(approved, asked)))).toBe(
      undefined,
    );
    expect(asked).toEqual([]);
    const next = approvedChange(r, 4, approved);
    expect(await standing(r, next, next, sourced(approvedBy(approved, asked)))).toBeUndefined();
    expect(asked).toEqual([next]);
    expect(kept(r).commit).toBe(next);
    await agreesWithFreshWalks(r, next, approved);
  });

  it('never keeps past a change that did not stand: it is judged again by every run', async () => {
    const r = governed();
    const approved = new Set<string>();
    const before = approvedChange(r, 1, approved);
    r.write({ 'accessctl.yaml': `${OWNED}prune: true\n` });
    const pushed = r.commit('a direct push');
    approvedChange(r, 2, approved);
    const asked: string[] = [];
    expect((await standing(r, 'HEAD', 'HEAD', sourced(approvedBy(approved, asked))))?.commit).toBe(
      pushed,
    );
    expect(kept(r).commit).toBe(before);
    asked.length = 0;
    expect((await standing(r, 'HEAD', 'HEAD', sourced(approvedBy(approved, asked))))?.commit).toBe(
      pushed,
    );
    expect(asked).toContain(pushed);
    // the revert brings the rules back to what stood: from there the line stands again
    r.git('revert', '--no-edit', 'HEAD', 'HEAD~1');
    const reverted = r.git('rev-parse', 'HEAD');
    expect(await standing(r, reverted, reverted, sourced(approvedBy(approved)))).toBeUndefined();
    expect(kept(r).commit).toBe(before);
    await agreesWithFreshWalks(r, reverted, approved);
  });

  it('keeps nothing judged on a failed look-up: the next run judges that change again', async () => {
    const r = governed();
    const approved = new Set<string>();
    const one = approvedChange(r, 1, approved);
    const two = approvedChange(r, 2, approved);
    const failing = sourced(async (commit) =>
      commit === two
        ? {
            request: { author: '', labels: [], labelActors: {}, approvals: [], pushers: [] },
            note: 'looking up the pull request failed: judged as a direct push',
            failed: true,
          }
        : approvedBy(approved)(commit),
    );
    expect((await standing(r, two, two, failing))?.commit).toBe(two);
    expect(kept(r).commit).toBe(one);
    expect(await standing(r, two, two, sourced(approvedBy(approved)))).toBeUndefined();
    expect(kept(r).commit).toBe(two);
  });

  it('walks from the start when the kept commit is not on the line (history rewritten)', async () => {
    const r = governed();
    const approved = new Set<string>();
    const one = approvedChange(r, 1, approved);
    const two = approvedChange(r, 2, approved);
    await standing(r, two, two, sourced(approvedBy(approved)));
    expect(kept(r).commit).toBe(two);
    // main forced back to `one`, then a pushed change of the config on top of it
    r.write({ 'accessctl.yaml': `${OWNED}prune: true\n` });
    r.git('add', '-A');
    const pushed = pushCommit(r, r.git('write-tree'), [one], 'pushed over a rewritten main');
    expect((await standing(r, pushed, pushed, sourced(approvedBy(approved))))?.commit).toBe(pushed);
    expect(kept(r).commit).toBe(one);
    await agreesWithFreshWalks(r, pushed, approved);
  });

  it('is not lost to a run about an older commit of the same line', async () => {
    const r = governed();
    const approved = new Set<string>();
    const one = approvedChange(r, 1, approved);
    const two = approvedChange(r, 2, approved);
    await standing(r, two, two, sourced(approvedBy(approved)));
    expect(await standing(r, one, one, sourced(approvedBy(approved)))).toBeUndefined();
    expect(kept(r).commit).toBe(two);
  });

  it('ignores a file of another repository’s look-up, another build, or a damaged one', async () => {
    const r = governed();
    const approved = new Set<string>();
    approvedChange(r, 1, approved);
    r.write({ 'accessctl.yaml': `${OWNED}prune: true\n` });
    const pushed = r.commit('a direct push');
    await standing(r, pushed, pushed, sourced(approvedBy(approved)));
    const good = readFileSync(keptFile(r), 'utf8');
    const forged = JSON.parse(good) as Record<string, unknown>;
    for (const file of [
      { ...forged, commit: pushed, source: 'someone/else' },
      { ...forged, commit: pushed, code: 'another build' },
      { ...forged, commit: pushed, accessDir: 'other' },
      { ...forged, commit: 'not a commit' },
      '{"accessctl":"rule-lineage", torn',
    ]) {
      writeFileSync(keptFile(r), typeof file === 'string' ? file : JSON.stringify(file));
      const asked: string[] = [];
      expect(
        (await standing(r, pushed, pushed, sourced(approvedBy(approved, asked))))?.commit,
      ).toBe(pushed);
      expect(asked).toContain(pushed);
    }
  });

  it('keeps nothing for a look-up that names no repository', async () => {
    const r = governed();
    const approved = new Set<string>();
    const one = approvedChange(r, 1, approved);
    expect(await standing(r, one, one, approvedBy(approved))).toBeUndefined();
    expect(existsSync(keptFile(r))).toBe(false);
  });

  it('is not used in a shallow clone, whose oldest commit no earlier rules judged', async () => {
    const r = governed();
    const approved = new Set<string>();
    approvedChange(r, 1, approved);
    const two = approvedChange(r, 2, approved);
    const shallow = mkdtempSync(join(tmpdir(), 'accessctl-kept-shallow-'));
    try {
      execFileSync('git', ['clone', '-q', '--depth', '1', `file://${r.dir}`, shallow]);
      const inClone = { dir: shallow } as GitRepo;
      // a line kept by a run on the full history, carried into the clone's git folder
      await standing(r, two, two, sourced(approvedBy(approved)));
      execFileSync('mkdir', ['-p', join(shallow, '.git', 'accessctl')]);
      writeFileSync(keptFile(inClone), readFileSync(keptFile(r)));
      const broken = await standing(inClone, two, two, sourced(approvedBy(approved)));
      expect(broken?.reasons).toEqual([expect.stringMatching(/^the clone is shallow/)]);
    } finally {
      rmSync(shallow, { recursive: true, force: true });
    }
  });
});

describe('provisioning and reconcile from a kept line', () => {
  const env = useProvisionEnv();

  it('give nothing on a change pushed after the line was kept, approved by the owner it named', async () => {
    const gh = await env.github(PAYMENTS_ORG);
    const { repo: r } = env.accessRepo(['alice', 'carol']);
    r.write({ 'accessctl.yaml': OWNED });
    const owners = r.commit('policy owners');
    r.write({ 'access/grants/bob.yaml': grants([teamGrant('bob')]) });
    const bob = r.commit('Merge pull request #1');
    // carol's approval counts for the merge that adds alice's grant, and for nothing else
    let merged = '';
    const lookup = sourced(async (commit) => ({
      request: {
        author: 'alice',
        labels: [],
        labelActors: {},
        approvals:
          commit === merged
            ? [{ reviewer: 'carol', commit, stale: false }]
            : commit === bob
              ? [{ reviewer: 'lead', commit, stale: false }]
              : [],
        pushers: ['alice'],
      },
      ...(commit === merged || commit === bob ? { pullRequest: 2, headSha: commit } : {}),
    }));
    const provisioners = [githubProvisioner(gh)];
    await runProvision({ repo: r.dir, from: owners, to: bob, now: NOW, provisioners, lookup });
    expect(kept(r).commit).toBe(bob);
    // the push names carol the owner of every team; her approval then passes the merge's gate
    r.write({ 'access/catalog/github.yaml': CAROL_OWNS });
    const pushed = r.commit('a direct push');
    r.write({ 'access/grants/alice.yaml': grants([teamGrant('alice')]) });
    merged = r.commit('Merge pull request #2');
    const member = () => gh.state.org('acme')?.teams.get('payments')?.members.has('alice');
    for (const run of [1, 2]) {
      const result = await runProvision({
        repo: r.dir,
        from: pushed,
        to: merged,
        now: NOW,
        provisioners,
        lookup,
      });
      expect(
        result.plan.ruleChanges.map((c) => c.commit),
        `run ${run}`,
      ).toEqual([pushed]);
      await runReconcile({ repo: r.dir, now: NOW, provisioners, lookup, apply: true });
      expect(member(), `run ${run}`).toBe(false);
      expect(kept(r).commit).toBe(bob);
    }
  });
});
