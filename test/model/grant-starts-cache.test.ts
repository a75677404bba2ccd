import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

import { askHistory, grantStarts, loadAccessRepository } from '../../src/model/index.js';
import { buildCheckInput } from '../../src/workflows/check/input.js';
import { GitRepo } from './git-repo.js';
import { BASE_FIXTURE } from './temp-repo.js';

// The starts a run keeps in the git folder are true of one commit only: whatever history
// does next (new commits, an amend, a rebase, another branch, a merge), a check with the
// kept starts gives exactly what the whole walk gives.
const NOW = new Date('2026-11-27T12:00:00Z');
const repos: GitRepo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.cleanup();
});

function grant(id: string, expires: string): string {
  return `kind: Grant\nid: ${id}\nsubject: user:alice\nresource: github:team/payments-oncall\nrole: member\nreason: Primary on-call for payments\nexpires: ${expires}\n`;
}

function commitAt(repo: GitRepo, message: string, date: string, ...extra: string[]): string {
  const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  execFileSync('git', ['-C', repo.dir, 'add', '-A'], { env });
  execFileSync('git', ['-C', repo.dir, 'commit', '-q', '--allow-empty', ...extra, '-m', message], {
    env,
  });
  return repo.git('rev-parse', 'HEAD');
}

function newRepo(): GitRepo {
  const repo = new GitRepo();
  repos.push(repo);
  cpSync(BASE_FIXTURE, join(repo.dir, 'access'), { recursive: true });
  repo.write({
    'access/grants/a.yaml': grant('a', '2027-01-01'),
    'access/grants/b.yaml': `${grant('b', '2027-01-01')}---\n${grant('b2', '2027-02-01')}`,
  });
  commitAt(repo, 'first grants', '2026-01-01T00:00:00Z');
  return repo;
}

/** Each grant's start as [id, at, by, commit], with and without the kept starts. */
async function starts(repo: GitRepo, cache: boolean) {
  const dir = join(repo.dir, 'access');
  const model = await loadAccessRepository(dir);
  const found = await grantStarts(model, dir, NOW, askHistory(dir, { cache }));
  return model.grants
    .map((g) => {
      const s = found.starts.get(g);
      return [g.id, s?.at, s?.by, s?.commit].join(' ');
    })
    .sort();
}

/** A run with the cache (which reads and keeps it) gives what the whole walk gives. */
async function expectSameAsWalk(repo: GitRepo) {
  const walked = await starts(repo, false);
  expect(await starts(repo, true)).toEqual(walked);
  return walked;
}

/** The start of the grant `id` in a list `starts` gave. */
const line = (list: string[], id: string) => list.find((l) => l.startsWith(`${id} `));

const cacheFile = (repo: GitRepo) => join(repo.dir, '.git/accessctl/grant-starts.json');

describe('grant starts kept by commit', () => {
  it('keeps the starts, then gives the same starts from them on the same commit', async () => {
    const repo = newRepo();
    const walked = await expectSameAsWalk(repo);
    expect(existsSync(cacheFile(repo))).toBe(true);
    expect(walked).toContain(`a 2026-01-01T00:00:00.000Z commit ${repo.git('rev-parse', 'HEAD')}`);
    expect(await starts(repo, true)).toEqual(walked);
  });

  it('reads only the new commits after the kept one, and renews what they changed', async () => {
    const repo = newRepo();
    await expectSameAsWalk(repo);
    repo.write({ 'access/grants/a.yaml': grant('a', '2027-06-01') });
    const renewed = commitAt(repo, 'renew a', '2026-03-01T00:00:00Z');
    repo.write({ 'access/grants/c.yaml': grant('c', '2027-06-01') });
    commitAt(repo, 'add c', '2026-04-01T00:00:00Z');
    const walked = await expectSameAsWalk(repo);
    expect(walked).toContain(`a 2026-03-01T00:00:00.000Z commit ${renewed}`);
    expect(line(walked, 'b')).toMatch(/^b 2026-01-01T00:00:00.000Z commit /);
    // the cache now stands for the new HEAD
    const kept = JSON.parse(readFileSync(cacheFile(repo), 'utf8')) as { commit: string };
    expect(kept.commit).toBe(repo.git('rev-parse', 'HEAD'));
  });

  it('gives what history says after the kept commit is amended', async () => {
    const repo = newRepo();
    repo.write({ 'access/grants/a.yaml': grant('a', '2027-06-01') });
    commitAt(repo, 'renew a', '2026-03-01T00:00:00Z');
    const before = await expectSameAsWalk(repo);
    // amended to renew b instead: kept starts taken as they are would still say March for a
    repo.write({
      'access/grants/a.yaml': grant('a', '2027-01-01'),
      'access/grants/b.yaml': `${grant('b', '2027-05-01')}---\n${grant('b2', '2027-02-01')}`,
    });
    const amended = commitAt(repo, 'renew b', '2026-05-01T00:00:00Z', '--amend');
    const after = await expectSameAsWalk(repo);
    expect(line(after, 'a')).toMatch(/^a 2026-01-01T00:00:00.000Z commit /);
    expect(after).toContain(`b 2026-05-01T00:00:00.000Z commit ${amended}`);
    expect(after).not.toEqual(before);
  });

  it('gives what history says after a rebase onto another line', async () => {
    const repo = newRepo();
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write({ 'access/grants/b.yaml': grant('b', '2027-05-01') });
    commitAt(repo, 'renew b', '2026-02-01T00:00:00Z');
    await expectSameAsWalk(repo);
    repo.git('checkout', '-q', 'main');
    repo.write({ 'access/grants/a.yaml': grant('a', '2027-06-01') });
    commitAt(repo, 'renew a on main', '2026-03-01T00:00:00Z');
    repo.git('checkout', '-q', 'feature');
    execFileSync('git', ['-C', repo.dir, 'rebase', '-q', 'main'], {
      env: { ...process.env, GIT_COMMITTER_DATE: '2026-06-01T00:00:00Z' },
    });
    const after = await expectSameAsWalk(repo);
    expect(line(after, 'a')).toMatch(/^a 2026-03-01T00:00:00.000Z commit /);
    expect(line(after, 'b')).toMatch(/^b 2026-06-01T00:00:00.000Z commit /);
  });

  it('gives what history says on another branch, and when the kept commit is only merged in', async () => {
    const repo = newRepo();
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write({ 'access/grants/a.yaml': grant('a', '2027-06-01') });
    commitAt(repo, 'renew a', '2026-02-01T00:00:00Z');
    await expectSameAsWalk(repo);
    repo.git('checkout', '-q', 'main');
    // another branch: the feature's renewal is not here
    expect(line(await expectSameAsWalk(repo), 'a')).toMatch(/^a 2026-01-01T00:00:00.000Z commit /);
    repo.git('checkout', '-q', 'feature');
    await expectSameAsWalk(repo);
    repo.git('checkout', '-q', 'main');
    execFileSync('git', ['-C', repo.dir, 'merge', '-q', '--no-ff', '-m', 'merge', 'feature'], {
      env: {
        ...process.env,
        GIT_AUTHOR_DATE: '2026-04-01T00:00:00Z',
        GIT_COMMITTER_DATE: '2026-04-01T00:00:00Z',
      },
    });
    // the feature's commit is an ancestor, but not on main's first-parent line: the merge
    // is when the renewal landed
    const merged = await expectSameAsWalk(repo);
    expect(merged).toContain(`a 2026-04-01T00:00:00.000Z commit ${repo.git('rev-parse', 'HEAD')}`);
  });

  it('measures working-tree edits from now, and never keeps them', async () => {
    const repo = newRepo();
    repo.write({ 'access/grants/a.yaml': grant('a', '2027-09-01') });
    const edited = await expectSameAsWalk(repo);
    expect(edited).toContain(`a ${NOW.toISOString()} now `);
    repo.git('checkout', '--', 'access/grants/a.yaml');
    expect(line(await expectSameAsWalk(repo), 'a')).toMatch(/^a 2026-01-01T00:00:00.000Z commit /);
  });

  it('treats an unreadable or foreign cache file as no cache', async () => {
    const repo = newRepo();
    await expectSameAsWalk(repo);
    for (const text of ['{"accessctl": "grant-starts"', '[]', '{"format": 99}', '']) {
      writeFileSync(cacheFile(repo), text);
      await expectSameAsWalk(repo);
    }
    const kept = JSON.parse(readFileSync(cacheFile(repo), 'utf8')) as Record<string, unknown>;
    writeFileSync(cacheFile(repo), JSON.stringify({ ...kept, commit: '--output=/tmp/x' }));
    await expectSameAsWalk(repo);
    writeFileSync(cacheFile(repo), JSON.stringify({ ...kept, commits: [['nope', 'never']] }));
    await expectSameAsWalk(repo);
  });

  it('never reads the cache when not asked to (a pull request could have written it)', async () => {
    const repo = newRepo();
    await starts(repo, true);
    const kept = JSON.parse(readFileSync(cacheFile(repo), 'utf8')) as {
      commits: [string, string][];
    };
    // a forged start: every grant would look a day old
    kept.commits = kept.commits.map(([sha]) => [sha, '2026-11-26T00:00:00.000Z']);
    writeFileSync(cacheFile(repo), JSON.stringify(kept));
    expect(line(await starts(repo, false), 'a')).toMatch(/^a 2026-01-01T00:00:00.000Z commit /);
  });
  it('keeps nothing for a shallow clone, whose oldest commit stands in for older starts', async () => {
    const repo = newRepo();
    repo.write({ 'access/grants/a.yaml': grant('a', '2027-06-01') });
    commitAt(repo, 'renew a', '2026-03-01T00:00:00Z');
    const clone = new GitRepo();
    repos.push(clone);
    clone.cleanup();
    execFileSync('git', ['clone', '-q', '--depth=1', `file://${repo.dir}`, clone.dir]);
    const dir = join(clone.dir, 'access');
    const model = await loadAccessRepository(dir);
    const found = await grantStarts(model, dir, NOW, askHistory(dir, { cache: true }));
    expect(found.notes.join('\n')).toMatch(/the git history is shallow/);
    expect(existsSync(join(clone.dir, '.git/accessctl/grant-starts.json'))).toBe(false);
  });

  it('says why nothing is measured from history in a repository with no commit', async () => {
    const repo = new GitRepo();
    repos.push(repo);
    cpSync(BASE_FIXTURE, join(repo.dir, 'access'), { recursive: true });
    const dir = join(repo.dir, 'access');
    const found = await grantStarts(
      await loadAccessRepository(dir),
      dir,
      NOW,
      askHistory(dir, { cache: true }),
    );
    expect(found.notes).toEqual([
      'the repository has no commit yet: grants without "starts:" are measured from now',
    ]);
  });
  it("is read by the user's own check and never by a pull request's run", async () => {
    const repo = newRepo();
    const accessDir = join(repo.dir, 'access');
    const startOfA = async (parseCache: true | 'untrusted') => {
      const { input } = await buildCheckInput({ accessDir, now: NOW, parseCache });
      const grants = (input as { grants: { id: string; startsAt: string }[] }).grants;
      return grants.find((g) => g.id === 'a')?.startsAt;
    };
    expect(await startOfA(true)).toBe('2026-01-01T00:00:00.000Z');
    const kept = JSON.parse(readFileSync(cacheFile(repo), 'utf8')) as {
      commits: [string, string][];
    };
    kept.commits = kept.commits.map(([sha]) => [sha, '2026-11-26T00:00:00.000Z']);
    writeFileSync(cacheFile(repo), JSON.stringify(kept));
    // the user's own cache is the user's own: taken as kept
    expect(await startOfA(true)).toBe('2026-11-26T00:00:00.000Z');
    expect(await startOfA('untrusted')).toBe('2026-01-01T00:00:00.000Z');
  });
});
