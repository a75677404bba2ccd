import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

import { loadAccessRepository } from '../../../src/model/index.js';
import { changesSince, readBaseTree } from '../../../src/workflows/check/changes-since.js';
import { GitRepo } from '../../model/git-repo.js';

// --base reads from the ref only the files git says differ from the working tree; every
// other file's documents come from the working tree's own parse. These cases are the ones
// where that shortcut could go wrong: deletions, moves between files, staged and
// untracked files, an access directory at the repository root or deep inside it.
const grant = (id: string, role = 'push') =>
  `kind: Grant\nid: ${id}\nsubject: user:alice\nresource: github:repo/acme/api\nrole: ${role}\nreason: Ships the payments endpoints this quarter\nexpires: 2027-01-31\n`;

const repos: GitRepo[] = [];
afterEach(() => repos.splice(0).forEach((r) => r.cleanup()));

async function since(repo: GitRepo, accessDir: string) {
  const dir = join(repo.dir, accessDir);
  const head = await loadAccessRepository(dir);
  return changesSince(head, await readBaseTree(dir, 'main'));
}

describe('changesSince', () => {
  it('finds edits, deletions, moves, staged and untracked files, and nothing else', async () => {
    const repo = new GitRepo();
    repos.push(repo);
    repo
      .write({
        'infra/access/grants/a.yaml': `${grant('edited')}---\n${grant('moved')}`,
        'infra/access/grants/b.yaml': grant('deleted'),
        'infra/access/grants/c.yaml': grant('untouched'),
        'infra/access/grants/d.yaml': grant('staged'),
      })
      .commit('base');
    repo.write({
      'infra/access/grants/a.yaml': grant('edited', 'pull'),
      'infra/access/grants/e.yaml': grant('moved'),
      'infra/access/grants/new.yaml': grant('added'),
      'infra/access/grants/d.yaml': grant('staged', 'admin'),
    });
    repo.remove('infra/access/grants/b.yaml');
    repo.git('add', 'infra/access/grants/d.yaml');

    const { changes, files } = await since(repo, 'infra/access');
    expect(changes).toEqual({
      added: ['added'],
      modified: ['edited', 'moved', 'staged'],
      removed: ['deleted'],
      files: [
        'infra/access/grants/a.yaml',
        'infra/access/grants/b.yaml',
        'infra/access/grants/d.yaml',
        'infra/access/grants/e.yaml',
        'infra/access/grants/new.yaml',
      ],
    });
    expect(files.has(join(repo.dir, 'infra/access/grants/c.yaml'))).toBe(false);
  });

  it('works with the access directory at the top of the repository', async () => {
    const repo = new GitRepo();
    repos.push(repo);
    repo.write({ 'grants/a.yaml': grant('one'), 'grants/b.yaml': grant('two') }).commit('base');
    repo.write({ 'grants/b.yaml': grant('two', 'admin') });
    const { changes } = await since(repo, '.');
    expect(changes).toEqual({
      added: [],
      modified: ['two'],
      removed: [],
      files: ['grants/b.yaml'],
    });
  });

  it('sees no change in a clean working tree', async () => {
    const repo = new GitRepo();
    repos.push(repo);
    repo.write({ 'access/grants/a.yaml': grant('one') }).commit('base');
    const { changes } = await since(repo, 'access');
    expect(changes).toEqual({ added: [], modified: [], removed: [], files: [] });
  });
});
