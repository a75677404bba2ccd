import { existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

import {
  GitError,
  blobQueue,
  commitTrailers,
  diffRaw,
  fetchCommit,
  git,
  isShallowRepository,
  logFirstParent,
  mergeBases,
  pathOids,
  pathsChangedBetween,
  pathsChangedSince,
  readBlobs,
  readBlobsWithin,
  remoteUrl,
  repositoryPlace,
  repositoryTop,
  repositoryTopSync,
  showFile,
  untrackedPaths,
} from '../../src/model/git.js';
import { GitRepo } from './git-repo.js';

const repos: GitRepo[] = [];
const folders: string[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.cleanup();
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function newRepo(): GitRepo {
  const repo = new GitRepo();
  repos.push(repo);
  return repo;
}

function outsideGit(): string {
  const dir = mkdtempSync(join(tmpdir(), 'accessctl-nogit-'));
  folders.push(dir);
  return dir;
}

describe('where a folder sits', () => {
  it('names the top and the path inside it, even before the first commit', async () => {
    const repo = newRepo();
    mkdirSync(join(repo.dir, 'a/b'), { recursive: true });
    const top = realpathSync(repo.dir);
    expect(await repositoryPlace(join(repo.dir, 'a/b'))).toEqual({ top, prefix: 'a/b/' });
    expect(await repositoryPlace(repo.dir)).toEqual({ top, prefix: '' });
    expect(await repositoryTop(join(repo.dir, 'a'))).toBe(top);
    expect(repositoryTopSync(join(repo.dir, 'a'))).toBe(top);
  });

  it('is undefined outside a repository and for a folder that does not exist', async () => {
    const dir = outsideGit();
    expect(await repositoryPlace(dir)).toBeUndefined();
    expect(repositoryTopSync(dir)).toBeUndefined();
    expect(await repositoryTop(join(dir, 'missing'))).toBeUndefined();
  });
});

describe('named operations', () => {
  it('gives the object ids of folders and files at a commit, leaving out what it lacks', async () => {
    const repo = newRepo().write({
      'config/access/grants/a.yaml': 'kind: Grant\n',
      'accessctl.yaml': 'prune: false\n',
    });
    const commit = repo.commit('one');
    const oids = await pathOids(repo.dir, commit, ['config/access', 'accessctl.yaml', 'policies']);
    expect([...oids.keys()].sort()).toEqual(['accessctl.yaml', 'config/access']);
    expect(oids.get('config/access')).toBe(repo.git('rev-parse', `${commit}:config/access`));
    expect(oids.get('accessctl.yaml')).toBe(repo.git('rev-parse', `${commit}:accessctl.yaml`));
  });

  it('reads a file as a commit holds it; undefined when the commit has none', async () => {
    const repo = newRepo();
    repo.write({ 'accessctl.yaml': 'prune: true\n' });
    const first = repo.commit('settings');
    repo.remove('accessctl.yaml');
    const second = repo.commit('no settings');
    expect(await showFile(repo.dir, first, 'accessctl.yaml')).toBe('prune: true\n');
    expect(await showFile(repo.dir, second, 'accessctl.yaml')).toBeUndefined();
    await expect(showFile(repo.dir, 'no-such-ref', 'accessctl.yaml')).rejects.toThrow(GitError);
    // an id the repository does not hold: asked of git itself after the kept reader
    await expect(showFile(repo.dir, '0'.repeat(40), 'accessctl.yaml')).rejects.toThrow(GitError);
  });

  it('lists what changed between commits, with modes, and what the work tree adds', async () => {
    const repo = newRepo();
    repo.write({ 'access/a.yaml': 'a: 1\n', 'access/b.yaml': 'b: 1\n' });
    const first = repo.commit('first');
    repo.write({ 'access/a.yaml': 'a: 2\n', 'access/c.yaml': 'c: 1\n' }).remove('access/b.yaml');
    const second = repo.commit('second');
    expect(await diffRaw(repo.dir, first, second)).toEqual([
      { path: 'access/a.yaml', oldMode: '100644', newMode: '100644' },
      { path: 'access/b.yaml', oldMode: '100644', newMode: '000000' },
      { path: 'access/c.yaml', oldMode: '000000', newMode: '100644' },
    ]);
    expect(await pathsChangedBetween(repo.dir, first, second)).toEqual([
      'access/a.yaml',
      'access/b.yaml',
      'access/c.yaml',
    ]);
    repo.write({ 'access/a.yaml': 'a: 3\n', 'access/new.yaml': 'n: 1\n', 'other/x.yaml': '' });
    expect([...(await pathsChangedSince(repo.dir, second, 'access'))]).toEqual(['access/a.yaml']);
    expect(await untrackedPaths(repo.dir, 'access')).toEqual(['access/new.yaml']);
    expect(await untrackedPaths(repo.dir, 'access', 'other')).toEqual([
      'access/new.yaml',
      'other/x.yaml',
    ]);
  });

  it('names what differs under a path as written, glob characters and all', async () => {
    const repo = newRepo();
    const files = {
      'acc[e]ss/a.yaml': 'a: 1\n',
      'acc[e]ss/b.yaml': 'b: 1\n',
      'acc[e]ss/deep/c.yaml': 'c: 1\n',
      'access/a.yaml': 'a: 1\n',
      'acc[e]ss-more/a.yaml': 'a: 1\n',
      'a*/x.yaml': 'x: 1\n',
      'ab/x.yaml': 'x: 1\n',
      'accessctl.yaml': 'v: 1\n',
      'accessctl.yaml.bak': 'v: 1\n',
    };
    repo.write(files);
    const commit = repo.commit('all');
    const everyFile = Object.fromEntries(Object.keys(files).map((path) => [path, 'v: 2\n']));
    repo.write(everyFile).remove('acc[e]ss/b.yaml');
    // staged, then edited again; and staged, then put back as the commit has it
    repo.git('add', 'acc[e]ss/deep/c.yaml', 'access/a.yaml');
    repo.write({ 'acc[e]ss/deep/c.yaml': 'c: 3\n', 'access/a.yaml': 'a: 1\n' });
    const since = async (...paths: string[]) =>
      [...(await pathsChangedSince(repo.dir, commit, ...paths))].sort();
    expect(await since('acc[e]ss')).toEqual([
      'acc[e]ss/a.yaml',
      'acc[e]ss/b.yaml',
      'acc[e]ss/deep/c.yaml',
    ]);
    expect(await since('a*', 'accessctl.yaml')).toEqual(['a*/x.yaml', 'accessctl.yaml']);
    expect(await since('access')).toEqual([]);
    expect((await since('.')).length).toBe(8);
    repo.write({ 'a*/new.yaml': 'n: 1\n', 'ab/new.yaml': 'n: 1\n' });
    expect(await untrackedPaths(repo.dir, 'a*')).toEqual(['a*/new.yaml']);
  });

  it('reads the history of a path named like a pattern as that path alone', async () => {
    const repo = newRepo();
    repo.write({ 'a*/x.yaml': 'x: 1\n' });
    repo.commit('star');
    repo.write({ 'ab/x.yaml': 'x: 1\n' });
    repo.commit('ab');
    const head = repo.git('rev-parse', 'HEAD');
    const subjects: string[] = [];
    for await (const batch of logFirstParent(repo.dir, head, '%s%x00', ['a*']))
      subjects.push(...batch.filter((f) => /^\n?(star|ab)$/.test(f)).map((f) => f.trim()));
    expect(subjects).toEqual(['star']);
  });

  it('reads trailers by commit, empty for a commit without one', async () => {
    const repo = newRepo();
    repo.write({ 'x.txt': '1' });
    const plain = repo.commit('plain');
    repo.write({ 'x.txt': '2' });
    const tagged = repo.commit('expire\n\nAccessctl-Expiry: 2026-12-01\n');
    const trailers = await commitTrailers(repo.dir, [plain, tagged], 'Accessctl-Expiry');
    expect(trailers).toEqual(
      new Map([
        [plain, ''],
        [tagged, '2026-12-01'],
      ]),
    );
  });

  it('finds the merge bases, and says when history is shallow', async () => {
    const repo = newRepo();
    repo.write({ 'x.txt': '1' });
    const fork = repo.commit('fork');
    repo.git('checkout', '-q', '-b', 'side');
    repo.write({ 'y.txt': '1' });
    repo.commit('side');
    repo.git('checkout', '-q', 'main');
    repo.write({ 'x.txt': '2' });
    const main = repo.commit('main');
    expect(await mergeBases(repo.dir, main, 'side')).toEqual([fork]);
    expect(await isShallowRepository(repo.dir)).toBe(false);
    // criss-cross: each side merges the other's commit, so both are best common ancestors
    repo.git('checkout', '-q', '-b', 'left', main);
    repo.git('merge', '-q', '--no-ff', '-m', 'left takes side', 'side');
    repo.git('checkout', '-q', '-b', 'right', 'side');
    repo.git('merge', '-q', '--no-ff', '-m', 'right takes main', main);
    const side = repo.git('rev-parse', 'side');
    expect((await mergeBases(repo.dir, 'left', 'right')).sort()).toEqual([main, side].sort());
  });

  it('gives the origin URL, or undefined without one', async () => {
    const repo = newRepo();
    expect(await remoteUrl(repo.dir, 'origin')).toBeUndefined();
    repo.git('remote', 'add', 'origin', 'https://github.com/acme/access.git');
    expect(await remoteUrl(repo.dir, 'origin')).toBe('https://github.com/acme/access.git');
  });

  it('reads blobs as the output streams in: small, larger than a chunk, multi-byte, missing', async () => {
    const repo = newRepo();
    // a blob far past one pipe chunk, whose multi-byte characters straddle chunk ends
    const big = 'é€𝄞 grant\n'.repeat(40_000);
    repo.write({ 'a.txt': 'a\n', 'big.txt': big, 'empty.txt': '' });
    repo.commit('blobs');
    const oid = (path: string) => repo.git('rev-parse', `HEAD:${path}`);
    const missing = 'f'.repeat(40);
    const blobs = await readBlobs(repo.dir, [
      oid('a.txt'),
      missing,
      oid('big.txt'),
      oid('empty.txt'),
      oid('a.txt'),
    ]);
    expect([...blobs.keys()]).toEqual([oid('a.txt'), oid('big.txt'), oid('empty.txt')]);
    expect(blobs.get(oid('a.txt'))).toBe('a\n');
    expect(blobs.get(oid('big.txt'))).toBe(big);
    expect(blobs.get(oid('empty.txt'))).toBe('');
    expect(await readBlobs(repo.dir, [])).toEqual(new Map());
  });

  it('passes over a blob larger than the limit as it streams, keeping only its size', async () => {
    const repo = newRepo();
    // larger than one pipe read, so the blob passed over spans several chunks
    const huge = 'h'.repeat(300_000);
    const limit = 'l'.repeat(100);
    repo.write({ 'a.txt': 'a\n', 'huge.txt': huge, 'limit.txt': limit, 'over.txt': `${limit}!` });
    repo.commit('blobs');
    const oid = (path: string) => repo.git('rev-parse', `HEAD:${path}`);
    const texts = new Map<string, string>();
    const sizes = await readBlobsWithin(
      repo.dir,
      ['huge.txt', 'a.txt', 'over.txt', 'limit.txt', 'huge.txt'].map(oid),
      100,
      (blob, text) => texts.set(blob, text),
    );
    expect([...texts]).toEqual([
      [oid('a.txt'), 'a\n'],
      [oid('limit.txt'), limit],
    ]);
    expect(sizes.get(oid('huge.txt'))).toBe(300_000);
    expect(sizes.get(oid('over.txt'))).toBe(101);
    expect(sizes.get(oid('limit.txt'))).toBe(100);
    expect(sizes.get(oid('a.txt'))).toBe(2);
    // the same blobs, all within a limit: what readBlobs gives
    const all = new Map<string, string>();
    await readBlobsWithin(repo.dir, ['huge.txt', 'a.txt'].map(oid), Infinity, (blob, text) =>
      all.set(blob, text),
    );
    expect(all).toEqual(await readBlobs(repo.dir, ['huge.txt', 'a.txt'].map(oid)));
  });

  it('reads blobs named while something else is read, once each, through one git', async () => {
    const repo = newRepo();
    const big = 'x'.repeat(200_000);
    repo.write({ 'a.txt': 'a\n', 'big.txt': big });
    repo.commit('blobs');
    const oid = (path: string) => repo.git('rev-parse', `HEAD:${path}`);
    const queue = blobQueue(repo.dir);
    // more names than one write to git holds, most of them of blobs that do not exist
    for (let i = 0; i < 1000; i++) queue.want(i.toString(16).padStart(40, '0'));
    queue.want(oid('a.txt'));
    queue.want(oid('big.txt'));
    queue.want(oid('a.txt'));
    const blobs = await queue.read();
    expect([...blobs.keys()]).toEqual([oid('a.txt'), oid('big.txt')]);
    expect(blobs.get(oid('big.txt'))).toBe(big);
    expect(await blobQueue(repo.dir).read()).toEqual(new Map());
    // given up before reading: git is ended, nothing is left waiting
    const stopped = blobQueue(repo.dir);
    stopped.want(oid('a.txt'));
    stopped.stop();
    const outside = blobQueue(outsideGit());
    outside.want(oid('a.txt'));
    await expect(outside.read()).rejects.toThrow(
      /^git cat-file failed in .*: fatal: not a git repository/,
    );
  });

  it('streams the first-parent log as fields, and stops git when the reader stops', async () => {
    const repo = newRepo();
    // more output than one pipe chunk: 4 commits of 500 changed files each
    for (let i = 0; i < 4; i++) {
      const files: Record<string, string> = {};
      for (let f = 0; f < 500; f++) files[`access/g${f}.yaml`] = `n: ${i}\n`;
      repo.write(files);
      repo.commit(`commit ${i}`);
    }
    const head = repo.git('rev-parse', 'HEAD');
    const fields: string[] = [];
    for await (const batch of logFirstParent(repo.dir, head, '%s%x00', ['access']))
      fields.push(...batch);
    const subjects = fields.filter((f) => f.startsWith('commit ') || f.startsWith('\ncommit '));
    expect(subjects.map((s) => s.trim())).toEqual(
      Array.from({ length: 4 }, (_, i) => `commit ${i}`),
    );
    expect(fields.filter((f) => f.endsWith('.yaml'))).toHaveLength(2000);
    expect(fields.join('\0').length).toBeGreaterThan(128 * 1024);
    // the first batch only, then the reader returns: git is ended, nothing is left waiting
    for await (const batch of logFirstParent(repo.dir, head, '%s%x00', ['access'])) {
      expect(batch.length).toBeGreaterThan(0);
      break;
    }
    await expect(
      (async () => {
        for await (const batch of logFirstParent(repo.dir, 'f'.repeat(40), '%s', ['access']))
          void batch;
      })(),
    ).rejects.toThrow(new RegExp(`^git log failed in ${repo.dir}: fatal: bad object`));
  });

  it('a failed command names itself, the folder and what git said', async () => {
    const dir = outsideGit();
    await expect(git(dir, ['log'])).rejects.toThrow(
      new RegExp(`^git log failed in ${dir}: fatal: not a git repository`),
    );
  });
});

describe('fetching a missing base commit', () => {
  it('fetches a commit by its id from the remote, shallowly', async () => {
    const origin = newRepo();
    origin.write({ 'x.txt': '1' });
    const base = origin.commit('base');
    const clone = newRepo();
    clone.git('remote', 'add', 'origin', origin.dir);
    await fetchCommit(clone.dir, 'origin', base);
    expect(clone.git('cat-file', '-t', base)).toBe('commit');
    expect(await isShallowRepository(clone.dir)).toBe(true);
  });

  it.each([
    ['an option', (marker: string) => `--upload-pack=touch ${marker}`],
    ['a refspec that writes a branch', () => 'main:refs/heads/planted'],
    ['a short id', () => 'abc1234'],
  ])('refuses %s in place of a commit id, and runs nothing', async (_, name) => {
    const origin = newRepo();
    origin.write({ 'x.txt': '1' });
    origin.commit('base');
    const clone = newRepo();
    clone.git('remote', 'add', 'origin', origin.dir);
    const marker = join(outsideGit(), 'ran');
    await expect(fetchCommit(clone.dir, 'origin', name(marker))).rejects.toThrow(
      /is not a full commit id; only a commit id is fetched/,
    );
    expect(existsSync(marker)).toBe(false);
    expect(clone.git('branch', '--list', 'planted')).toBe('');
  });
});
