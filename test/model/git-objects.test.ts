import { execFileSync, spawn } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

import {
  GitError,
  fetchCommit,
  hasCommit,
  listTree,
  pathOids,
  readBlobs,
  readBlobsWithin,
  resolveCommit,
  showFile,
} from '../../src/model/git.js';
import {
  askKept,
  isFixedName,
  isPlainEntry,
  isPlainFolder,
  isPlainPath,
  objectsOf,
} from '../../src/model/git-objects.js';
import { GitRepo } from './git-repo.js';

// Questions about fixed objects (a full commit id and what lies in it) are answered by one
// kept `git cat-file --batch-command` per repository; anything else, and anything that
// process cannot answer, by a git process of its own. Both must give the same answers.

const repos: GitRepo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.cleanup();
});

/** Three commits of files with spaces, accents, a link, an executable and a submodule. */
function variedRepo(): { repo: GitRepo; commits: string[] } {
  const repo = new GitRepo();
  repos.push(repo);
  repo.write({
    'access/grants/a.yaml': 'kind: Grant\nid: a\n',
    'access/grants/team one/b é.yaml': 'kind: Grant\nid: b\n',
    'access/catalog/repos.yaml': 'kind: Resource\n',
    'accessctl.yaml': 'policyOwners: [user:pete]\n',
    'README.md': '# access\n',
    'z/deep/er/still.txt': 'deep\n',
  });
  const first = repo.commit('first');
  symlinkSync('grants/a.yaml', join(repo.dir, 'access/link.yaml'));
  repo.write({
    'access/grants/a.yaml': 'kind: Grant\nid: a\nrole: push\n',
    'bin/run': '#!/bin/sh\n',
  });
  repo.git('add', '-A');
  repo.git('update-index', '--chmod=+x', 'bin/run');
  // a submodule's entry: a commit id where a folder would be (committed as staged: `add -A`
  // would drop it, having no folder)
  repo.git('update-index', '--add', '--cacheinfo', `160000,${first},access/vendored`);
  repo.git('commit', '-q', '-m', 'second');
  const second = repo.git('rev-parse', 'HEAD');
  repo.git('rm', '-q', 'README.md');
  repo.write({ 'access/grants/c.yaml': 'kind: Grant\nid: c\n' });
  repo.git('add', 'access/grants/c.yaml');
  repo.git('commit', '-q', '-m', 'third');
  const third = repo.git('rev-parse', 'HEAD');
  return { repo, commits: [first, second, third] };
}

/** `path` at `ref` as git itself shows it; undefined when the commit holds no such path. */
function gitShow(dir: string, ref: string, path: string): string | undefined {
  const run = (...args: string[]) =>
    execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8' });
  if (run('ls-tree', '--name-only', ref, '--', path).trim() === '') return undefined;
  return run('show', `${ref}:${path}`);
}

/** The same commit named by a ref, which is always asked of a git process of its own. */
const byRef = (commits: string[], i: number) =>
  i === commits.length - 1 ? 'HEAD' : `HEAD~${commits.length - 1 - i}`;

describe('questions about fixed objects', () => {
  it('lists a commit’s trees as ls-tree does, sizes or not', async () => {
    const { repo, commits } = variedRepo();
    const dirs = [
      ['.'],
      ['access'],
      ['access/grants', 'z'],
      ['accessctl.yaml'],
      ['nope'],
      ['z/deep'],
      ['access/catalog/', 'access/grants/'],
      ['accessctl.yaml/', 'z/'],
    ];
    for (let i = 0; i < commits.length; i++)
      for (const dir of dirs)
        for (const sizes of [true, false]) {
          const kept = await listTree(repo.dir, commits[i] as string, dir, { sizes });
          expect(kept).toEqual(await listTree(repo.dir, byRef(commits, i), dir, { sizes }));
        }
    const listed = await listTree(repo.dir, commits[1] as string, 'access');
    expect(listed.map((e) => [e.mode, e.type, e.path])).toContainEqual([
      '160000',
      'commit',
      'access/vendored',
    ]);
    expect(listed.map((e) => [e.mode, e.path])).toContainEqual(['120000', 'access/link.yaml']);
    // and as git itself prints it
    const printed = repo.git(
      '-c',
      'core.quotePath=false',
      'ls-tree',
      '-r',
      '--full-tree',
      commits[2] as string,
      '--',
      'access',
    );
    const mine = (await listTree(repo.dir, commits[2] as string, 'access', { sizes: false })).map(
      (e) => `${e.mode} ${e.type} ${e.oid}\t${e.path}`,
    );
    expect(mine.join('\n')).toBe(printed);
  });

  it('finds the object at each path as ls-tree does, and leaves out what is not there', async () => {
    const { repo, commits } = variedRepo();
    const paths = [
      'access/grants/team one/b é.yaml',
      'access/catalog',
      'access/vendored',
      'README.md',
      'missing.yaml',
      'README.md/inside',
      'bin/run',
    ];
    for (let i = 0; i < commits.length; i++)
      expect(await pathOids(repo.dir, commits[i] as string, paths)).toEqual(
        await pathOids(repo.dir, byRef(commits, i), paths),
      );
    const at = await pathOids(repo.dir, commits[2] as string, paths);
    expect(at.has('README.md')).toBe(false);
    expect(at.get('access/vendored')).toBe(commits[0]);
  });

  it('peels commit names, and says which is unknown', async () => {
    const { repo, commits } = variedRepo();
    const [first, second, third] = commits as [string, string, string];
    expect(await resolveCommit(repo.dir, third)).toBe(third);
    expect(await resolveCommit(repo.dir, `${third}^`)).toBe(second);
    expect(await resolveCommit(repo.dir, `${third}~2`)).toBe(first);
    for (const unknown of ['0'.repeat(40), `${first}^`, `${third}^2`, `${third}:README.md`]) {
      const error = await resolveCommit(repo.dir, unknown).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GitError);
      expect((error as Error).message).toContain(`"${unknown}" is not a commit`);
    }
    // a blob's id is no commit
    const blob = (await pathOids(repo.dir, third, ['accessctl.yaml'])).get('accessctl.yaml');
    await expect(resolveCommit(repo.dir, blob as string)).rejects.toThrow(GitError);
  });

  it('asks what a ref names afresh each time: a ref can move, an id cannot', async () => {
    const { repo, commits } = variedRepo();
    expect(await resolveCommit(repo.dir, 'HEAD')).toBe(commits[2]);
    const fourth = repo.write({ 'README.md': 'back\n' }).commit('fourth');
    expect(await resolveCommit(repo.dir, 'HEAD')).toBe(fourth);
    expect(await showFile(repo.dir, 'HEAD', 'README.md')).toBe('back\n');
  });

  it('finds a commit fetched after it was asked for and found missing', async () => {
    const { repo, commits } = variedRepo();
    const clone = new GitRepo();
    repos.push(clone);
    clone.cleanup();
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.dir}`, clone.dir]);
    const first = commits[0] as string;
    expect(await hasCommit(clone.dir, first)).toBe(false);
    // as the pull-request check fetches a base a shallow checkout lacks, then reads it
    await fetchCommit(clone.dir, 'origin', first);
    expect(await resolveCommit(clone.dir, first)).toBe(first);
    expect(await showFile(clone.dir, first, 'README.md')).toBe('# access\n');
  });

  it('reads a file at a commit as git show does', async () => {
    const { repo, commits } = variedRepo();
    for (const commit of commits)
      for (const path of [
        'accessctl.yaml',
        'README.md',
        'access/grants/team one/b é.yaml',
        'no.yaml',
      ])
        expect(await showFile(repo.dir, commit, path)).toBe(gitShow(repo.dir, commit, path));
    // a folder where a file is asked for: what git show prints, as before
    expect(await showFile(repo.dir, commits[0] as string, 'access')).toBe(
      gitShow(repo.dir, commits[0] as string, 'access'),
    );
  });

  it('reads blobs, passing over those over the limit without reading them', async () => {
    const { repo, commits } = variedRepo();
    const listed = await listTree(repo.dir, commits[2] as string, '.');
    const blobs = listed.filter((e) => e.type === 'blob');
    const read = new Map<string, string>();
    const sizes = await readBlobsWithin(
      repo.dir,
      [...blobs.map((e) => e.oid), '0'.repeat(40)],
      10,
      (oid, text) => read.set(oid, text),
    );
    for (const entry of blobs) {
      expect(sizes.get(entry.oid)).toBe(entry.size);
      expect(read.has(entry.oid)).toBe(entry.size <= 10);
    }
    expect(sizes.has('0'.repeat(40))).toBe(false);
    const all = await readBlobs(
      repo.dir,
      blobs.map((e) => e.oid),
    );
    for (const entry of blobs)
      expect(all.get(entry.oid)).toBe(
        execFileSync('git', ['-C', repo.dir, 'cat-file', 'blob', entry.oid], { encoding: 'utf8' }),
      );
  });

  it('answers many questions asked at once, each with its own answer', async () => {
    const { repo, commits } = variedRepo();
    const paths = ['accessctl.yaml', 'access/grants/a.yaml', 'README.md', 'z/deep/er/still.txt'];
    const asked = commits.flatMap((commit) =>
      paths.flatMap((path) => [
        showFile(repo.dir, commit, path),
        resolveCommit(repo.dir, commit),
        listTree(repo.dir, commit, 'access', { sizes: true }).then((l) => l.length),
      ]),
    );
    const expected = commits.flatMap((commit, i) =>
      paths.flatMap((path) => [
        gitShow(repo.dir, commit, path),
        commit,
        repo.git('ls-tree', '-r', byRef(commits, i), '--', 'access').split('\n').length,
      ]),
    );
    expect(await Promise.all(asked)).toEqual(expected);
  });

  it('asks a git process of its own when the kept one cannot answer', async () => {
    const { repo, commits } = variedRepo();
    const commit = commits[0] as string;
    // a git too old for --batch-command exits at once; here, a process that does
    const gone = () => spawn('false', [], { stdio: ['pipe', 'pipe', 'ignore'] });
    const answer = await askKept(
      objectsOf(repo.dir, gone),
      async (objects) => (await objects.info(commit))?.oid,
      () => Promise.resolve('asked the old way'),
    );
    expect(answer).toBe('asked the old way');
    // and the repository is not given a kept process again, to fail for every question
    expect(objectsOf(repo.dir, gone)).toBeUndefined();
  });

  it('keeps the run going while an answer is awaited', () => {
    const { repo, commits } = variedRepo();
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const script = `
      const { resolveCommit } = await import('./src/model/git.ts');
      console.log(await resolveCommit(${JSON.stringify(repo.dir)}, ${JSON.stringify(commits[1])}));`;
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    // an answer awaited with nothing else to do must not let the process end without it
    expect(out.trim()).toBe(commits[1]);
  });

  it('takes only names that cannot change, and plain paths', () => {
    const id = 'a'.repeat(40);
    for (const name of [
      id,
      `${id}^`,
      `${id}~3`,
      `${id}^{commit}`,
      `${id}:a/b c.yaml`,
      'b'.repeat(64),
    ])
      expect(isFixedName(name)).toBe(true);
    for (const name of [
      'HEAD',
      'main',
      `${id.slice(1)}`,
      `${id}..HEAD`,
      `${id}:a\nb`,
      `${id}@{1}`,
      `-${id}`,
    ])
      expect(isFixedName(name)).toBe(false);
    for (const path of ['.', 'a', 'a/b c/d.yaml', 'é/ü']) expect(isPlainPath(path)).toBe(true);
    for (const path of ['', 'a/', '/a', 'a//b', './a', 'a/../b', ':(glob)a', 'a\nb'])
      expect(isPlainPath(path)).toBe(false);
    // an entry is named by a plain path; '.' is the whole tree, listed rather than named
    for (const path of ['a', 'a/b c/d.yaml']) expect(isPlainEntry(path)).toBe(true);
    for (const path of ['.', '', 'a/', './a']) expect(isPlainEntry(path)).toBe(false);
    // a folder may also end with one '/', as ls-tree takes it
    for (const dir of ['.', 'a', 'a/', 'a/b/']) expect(isPlainFolder(dir)).toBe(true);
    // './' is the whole tree to ls-tree, which the walk names '.' only
    for (const dir of ['', '/', './', 'a//', '/a/', '../', 'a/./', ':(glob)a/'])
      expect(isPlainFolder(dir)).toBe(false);
  });
});
