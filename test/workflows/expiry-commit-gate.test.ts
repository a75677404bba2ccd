import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';

import { EXPIRY_TRAILER } from '../../src/evidence/expiry-commits.js';
import { directPushes, judgeMerges } from '../../src/workflows/provision/gate.js';
import { GitRepo } from '../model/git-repo.js';
import { CATALOG, identities } from './provision-fixture.js';

// `expiry.mode: commit`: accessctl's expiry pushes its removals straight to the default
// branch, marked by a trailer. The provision gate takes such a commit only when all it does is
// remove grants that no longer hold at its own time; anything else in it is reported and fails
// the run, so the bot's token cannot pass other edits, or early removals, off as expiry.

const repos: GitRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
});

const grant = (id: string, login: string, expires: string) =>
  `kind: Grant\nid: ${id}\nsubject: user:${login}\nresource: github:repo/acme/api\nrole: pull\n` +
  `reason: Needs this access for the quarterly delivery work\nexpires: ${expires}\n`;

/** alice's grant ends at 10:00 on 2026-11-27 (just-in-time access); bob's in March. */
function start(): { repo: GitRepo; base: string } {
  const repo = new GitRepo();
  repos.push(repo);
  repo.write({
    'access/catalog/github.yaml': CATALOG,
    'access/identities/people.yaml': identities(['alice', 'bob', 'lead']),
    'access/grants/alice.yaml': grant('alice-pull', 'alice', '2026-11-27T10:00:00Z'),
    'access/grants/bob.yaml': grant('bob-pull', 'bob', '2027-03-01'),
  });
  return { repo, base: commitAt(repo, 'grants', '2026-11-27T08:00:00Z') };
}

function commitAt(repo: GitRepo, message: string, at: string): string {
  repo.git('add', '-A');
  execFileSync('git', ['-C', repo.dir, 'commit', '-q', '--allow-empty', '-m', message], {
    env: { ...process.env, GIT_COMMITTER_DATE: at, GIT_AUTHOR_DATE: at },
  });
  return repo.git('rev-parse', 'HEAD');
}

const EXPIRY = `Remove 1 expired or stale access grant\n\n${EXPIRY_TRAILER}: remove-expired\n`;

async function judge(repo: GitRepo, from: string) {
  return judgeMerges({
    repo: repo.dir,
    from,
    to: 'HEAD',
    accessDir: 'access',
    policiesDir: 'policies',
    now: new Date('2026-11-27T11:00:00Z'),
    lookup: directPushes('pushed directly'),
  });
}

describe('the provision gate on expiry commits', () => {
  it('accepts a commit that removes exactly a grant past its expiry', async () => {
    const { repo, base } = start();
    repo.remove('access/grants/alice.yaml');
    commitAt(repo, EXPIRY, '2026-11-27T10:05:00Z');
    const gate = await judge(repo, base);
    expect(gate.ruleChanges).toEqual([]);
    expect(gate.grants.size).toBe(0);
  });

  it('reports a removal made before the grant ended', async () => {
    const { repo, base } = start();
    repo.remove('access/grants/alice.yaml');
    const early = commitAt(repo, EXPIRY, '2026-11-27T09:00:00Z');
    const gate = await judge(repo, base);
    expect(gate.ruleChanges).toEqual([
      expect.objectContaining({
        commit: early,
        reasons: [
          expect.stringMatching(
            /removes grants that still held at 2026-11-27T09:00:00.000Z: alice-pull/,
          ),
        ],
      }),
    ]);
  });

  it('reports the removal of a grant that still holds', async () => {
    const { repo, base } = start();
    repo.remove('access/grants/bob.yaml');
    commitAt(repo, EXPIRY, '2026-11-27T10:05:00Z');
    const gate = await judge(repo, base);
    expect(gate.ruleChanges.flatMap((c) => c.reasons)).toEqual([
      expect.stringMatching(
        /may only remove grants that no longer hold, but it removes grants that still held .*: bob-pull/,
      ),
    ]);
  });

  it('accepts the removal of a grant past the end its last approved change gave', async () => {
    const { repo } = start();
    // bob's end, moved from 2026-11-20 to March by a push nobody approved
    repo.write({ 'access/grants/bob.yaml': grant('bob-pull', 'bob', '2026-11-20') });
    const base = commitAt(repo, 'bob through 20 November', '2026-11-27T08:10:00Z');
    repo.write({ 'access/grants/bob.yaml': grant('bob-pull', 'bob', '2027-03-01') });
    commitAt(repo, 'extend bob', '2026-11-27T08:20:00Z');
    repo.remove('access/grants/bob.yaml');
    commitAt(repo, EXPIRY, '2026-11-27T10:05:00Z');
    const gate = await judge(repo, `${base}`);
    expect(gate.ruleChanges).toEqual([]);
  });

  it('holds a grant such a commit adds and reports the commit', async () => {
    const { repo, base } = start();
    repo.remove('access/grants/alice.yaml');
    repo.write({ 'access/grants/lead.yaml': grant('lead-pull', 'lead', '2027-01-31') });
    commitAt(repo, EXPIRY, '2026-11-27T10:05:00Z');
    const gate = await judge(repo, base);
    expect(gate.grants.get('lead-pull')?.unapproved.length).toBeGreaterThan(0);
    expect(gate.ruleChanges.flatMap((c) => c.reasons)).toEqual([
      expect.stringMatching(/adds or changes grants: lead-pull/),
    ]);
  });

  it('reports such a commit that edits the rules', async () => {
    const { repo, base } = start();
    repo.remove('access/grants/alice.yaml');
    repo.write({ 'access/identities/people.yaml': identities(['alice', 'bob', 'lead', 'eve']) });
    commitAt(repo, EXPIRY, '2026-11-27T10:05:00Z');
    const gate = await judge(repo, base);
    expect(gate.ruleChanges.flatMap((c) => c.reasons).join('\n')).toMatch(
      /marked as accessctl's expiry[\s\S]*changes access\/identities\/people\.yaml/,
    );
  });

  it('leaves an ordinary direct removal as it was: removals pass', async () => {
    const { repo, base } = start();
    repo.remove('access/grants/bob.yaml');
    commitAt(repo, 'bob moved on', '2026-11-27T10:05:00Z');
    const gate = await judge(repo, base);
    expect(gate.ruleChanges).toEqual([]);
  });
});
