import { afterEach, describe, expect, it } from 'vitest';
import {
  GitError,
  diffAccess,
  loadAccessRepositoryAtRef,
  type AccessChange,
} from '../../src/model/index.js';
import { GitRepo } from './git-repo.js';

const CATALOG = `kind: Resource
id: github:team/*
owners: [team:platform]
provisioner: github
roles:
  member: { risk: low, maxDays: 365 }
  maintainer: { risk: medium, maxDays: 180 }
`;
const IDENTITIES = `kind: User
id: alice
---
kind: User
id: bob
---
kind: Team
id: platform
members: [alice, bob]
`;
const grant = (id: string, subject: string, role = 'member', extra = '') => `kind: Grant
id: ${id}
subject: user:${subject}
resource: github:team/platform
role: ${role}
reason: Works on the platform team this quarter
expires: 2027-03-31
${extra}`;

let repo: GitRepo;
afterEach(() => repo.cleanup());

function base(): string {
  repo = new GitRepo();
  repo.write({
    'access/catalog/github.yaml': CATALOG,
    'access/identities/people.yaml': IDENTITIES,
    'access/grants/alice.yaml': grant('alice-platform', 'alice'),
    'access/grants/bob.yaml': grant('bob-platform', 'bob'),
    'README.md': 'not access data\n',
  });
  return repo.commit('base');
}

const summary = (changes: AccessChange[]) =>
  changes.map((c) => ({
    change: c.change,
    kind: c.kind,
    id: c.id,
    moved: c.moved,
    contentChanged: c.contentChanged,
    from: c.before?.file,
    to: c.after?.file,
  }));

describe('diffAccess between two refs of a real repository', () => {
  it('reports added, modified and removed documents, and not unchanged ones', async () => {
    const from = base();
    repo
      .write({
        'access/grants/alice.yaml': grant('alice-platform', 'alice', 'maintainer'),
        'access/grants/carol.yaml': `${grant('alice-platform-2', 'alice')}---\n${grant('bob-platform-2', 'bob')}`,
        'README.md': 'changed, but not access data\n',
      })
      .remove('access/grants/bob.yaml');
    const to = repo.commit('edit');
    const diff = await diffAccess(repo.dir, from, to);
    expect(summary(diff.changes)).toEqual([
      {
        change: 'modified',
        kind: 'Grant',
        id: 'alice-platform',
        moved: false,
        contentChanged: true,
        from: 'access/grants/alice.yaml',
        to: 'access/grants/alice.yaml',
      },
      {
        change: 'added',
        kind: 'Grant',
        id: 'alice-platform-2',
        moved: false,
        contentChanged: true,
        from: undefined,
        to: 'access/grants/carol.yaml',
      },
      {
        change: 'removed',
        kind: 'Grant',
        id: 'bob-platform',
        moved: false,
        contentChanged: true,
        from: 'access/grants/bob.yaml',
        to: undefined,
      },
      {
        change: 'added',
        kind: 'Grant',
        id: 'bob-platform-2',
        moved: false,
        contentChanged: true,
        from: undefined,
        to: 'access/grants/carol.yaml',
      },
    ]);
    expect(diff.changes[1]?.after?.source.locate('/role')).toMatchObject({ line: 5, column: 7 });
    expect(diff.head.findings).toEqual([]);
  });

  it('treats a moved file with the same ids as modifications, not removals and additions', async () => {
    const from = base();
    repo.move('access/grants/alice.yaml', 'access/grants/platform/alice.yaml');
    repo.move('access/grants/bob.yaml', 'access/grants/platform/bob.yaml');
    repo.write({ 'access/grants/platform/bob.yaml': grant('bob-platform', 'bob', 'maintainer') });
    const to = repo.commit('move');
    const diff = await diffAccess(repo.dir, from, to);
    expect(summary(diff.changes)).toEqual([
      {
        change: 'modified',
        kind: 'Grant',
        id: 'alice-platform',
        moved: true,
        contentChanged: false,
        from: 'access/grants/alice.yaml',
        to: 'access/grants/platform/alice.yaml',
      },
      {
        change: 'modified',
        kind: 'Grant',
        id: 'bob-platform',
        moved: true,
        contentChanged: true,
        from: 'access/grants/bob.yaml',
        to: 'access/grants/platform/bob.yaml',
      },
    ]);
  });

  it('ignores key order, comments and an explicit default apiVersion', async () => {
    const from = base();
    repo.write({
      'access/grants/alice.yaml': `# reordered\napiVersion: accessctl/v1\n${grant('alice-platform', 'alice').split('\n').reverse().join('\n')}\n`,
    });
    const to = repo.commit('cosmetic');
    expect((await diffAccess(repo.dir, from, to)).changes).toEqual([]);
  });

  it('reads git objects, not the work tree', async () => {
    const from = base();
    repo.write({ 'access/grants/dave.yaml': grant('dave-platform', 'alice') });
    const to = repo.commit('add dave');
    repo.remove('access/grants/dave.yaml').write({ 'access/grants/alice.yaml': 'not: [valid' });
    const diff = await diffAccess(repo.dir, from, to);
    expect(summary(diff.changes).map((c) => [c.change, c.id])).toEqual([
      ['added', 'dave-platform'],
    ]);
    expect(diff.head.findings).toEqual([]);
  });

  it('compares a branch with main by name', async () => {
    base();
    repo.git('checkout', '-q', '-b', 'request');
    repo.write({ 'access/grants/new.yaml': grant('bob-platform-maint', 'bob', 'maintainer') });
    repo.commit('request');
    const diff = await diffAccess(repo.dir, 'main', 'request');
    expect(diff.changes.map((c) => `${c.change} ${c.kind} ${c.id}`)).toEqual([
      'added Grant bob-platform-maint',
    ]);
  });

  it('parses a file both refs share only once', async () => {
    const from = base();
    repo.write({ 'access/grants/bob.yaml': grant('bob-platform', 'bob', 'maintainer') });
    const to = repo.commit('edit bob');
    const { base: before, head: after } = await diffAccess(repo.dir, from, to);
    const value = (model: typeof before, id: string) =>
      model.documents.find((d) => d.id === id)?.value;
    expect(value(after, 'alice-platform')).toBe(value(before, 'alice-platform'));
    expect(value(after, 'bob-platform')).not.toBe(value(before, 'bob-platform'));
    expect(after.grants.find((g) => g.id === 'alice-platform')).not.toBe(
      before.grants.find((g) => g.id === 'alice-platform'),
    );
  });

  it('says which ref does not exist', async () => {
    const from = base();
    await expect(diffAccess(repo.dir, from, 'no-such-branch')).rejects.toThrow(GitError);
    await expect(diffAccess(repo.dir, from, 'no-such-branch')).rejects.toThrow(
      /"no-such-branch" is not a commit/,
    );
  });
});

describe('loadAccessRepositoryAtRef', () => {
  it('reports findings with repository-relative paths', async () => {
    base();
    repo.write({ 'access/grants/bad.yaml': grant('x', 'zed') });
    const commit = repo.commit('bad');
    const model = await loadAccessRepositoryAtRef(repo.dir, commit);
    expect(model.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule}`)).toEqual([
      'access/grants/bad.yaml:3:10 unknown-subject',
    ]);
  });

  it('measures blobs from the tree and never reads an oversized one', async () => {
    base();
    repo.write({ 'access/grants/big.yaml': `# ${'x'.repeat(4000)}\n${grant('big', 'alice')}` });
    const commit = repo.commit('big');
    const model = await loadAccessRepositoryAtRef(repo.dir, commit, { maxFileSize: 2048 });
    expect(model.findings.map((f) => [f.file, f.rule])).toEqual([
      ['access/grants/big.yaml', 'file-too-large'],
    ]);
  });

  it('reads another access directory when told', async () => {
    repo = new GitRepo();
    repo.write({ 'infra/access/identities/p.yaml': 'kind: User\nid: alice\n' });
    const commit = repo.commit('nested');
    const model = await loadAccessRepositoryAtRef(repo.dir, commit, { accessDir: 'infra/access/' });
    expect(model.users.map((u) => u.id)).toEqual(['alice']);
    expect(model.findings).toEqual([]);
  });
});
