import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { client } from './client.js';
import { startEmulator, type Emulator } from './server.js';
import type { Seed } from './state.js';

/** Pulls, issues, comments, labels, checks, statuses, git data and contents of one repository. */

const SEED: Seed = {
  org: { login: 'acme', members: ['alice', 'reviewer'] },
  users: [{ login: 'alice', token: 'ghp_alice' }],
  repos: [
    {
      name: 'access',
      files: { 'access/grants/a.yaml': 'kind: Grant\nid: a\n', 'README.md': '# access\n' },
      pulls: [
        {
          title: 'Grant bob write',
          user: 'alice',
          head: 'grant-bob',
          files: {
            'access/grants/a.yaml': 'kind: Grant\nid: a\nrole: write\n',
            'access/grants/b.yaml': 'kind: Grant\nid: b\n',
            'README.md': null,
          },
          labels: ['access-request'],
          reviews: [{ user: 'reviewer', state: 'APPROVED' }],
        },
      ],
    },
  ],
};

let emulator: Emulator;
afterEach(async () => {
  await emulator.close();
});

describe('pull requests', () => {
  it('gets a seeded pull with head, base, counts and labels', async () => {
    emulator = await startEmulator({ seed: SEED });
    const pull = (await client(emulator)('GET', '/repos/acme/access/pulls/1')).body;
    const repo = emulator.state.repo('acme', 'access');
    expect(pull).toMatchObject({
      number: 1,
      state: 'open',
      title: 'Grant bob write',
      user: { login: 'alice' },
      head: { ref: 'grant-bob', sha: repo?.refs.get('refs/heads/grant-bob') },
      base: {
        ref: 'main',
        sha: repo?.refs.get('refs/heads/main'),
        repo: { full_name: 'acme/access' },
      },
      labels: [{ name: 'access-request' }],
      commits: 1,
      changed_files: 3,
      additions: 3,
      deletions: 1,
      merged: false,
      author_association: 'MEMBER',
    });
  });

  it('lists the changed files with status, counts and a unified patch', async () => {
    emulator = await startEmulator({ seed: SEED });
    const files = (await client(emulator)('GET', '/repos/acme/access/pulls/1/files')).body;
    expect(
      files.map((file: Record<string, unknown>) => [
        file.filename,
        file.status,
        file.additions,
        file.deletions,
      ]),
    ).toEqual([
      ['README.md', 'removed', 0, 1],
      ['access/grants/a.yaml', 'modified', 1, 0],
      ['access/grants/b.yaml', 'added', 2, 0],
    ]);
    expect(files[1].patch).toBe('@@ -1,2 +1,3 @@\n kind: Grant\n id: a\n+role: write');
  });

  it('lists reviews and refuses an approval by the author', async () => {
    emulator = await startEmulator({ seed: SEED });
    const reviews = (await client(emulator)('GET', '/repos/acme/access/pulls/1/reviews')).body;
    expect(reviews).toMatchObject([
      {
        user: { login: 'reviewer' },
        state: 'APPROVED',
        commit_id: expect.stringMatching(/^[0-9a-f]{40}$/),
      },
    ]);
    const own = await client(emulator, 'ghp_alice')('POST', '/repos/acme/access/pulls/1/reviews', {
      event: 'APPROVE',
    });
    expect(own.status).toBe(422);
    expect(own.body.errors).toEqual(['Review Can not approve your own pull request']);
  });

  it('creates a pull from a pushed branch and rejects a duplicate or an empty one', async () => {
    emulator = await startEmulator({ seed: SEED });
    const call = client(emulator);
    const created = await call('POST', '/repos/acme/access/pulls', {
      title: 'Again',
      head: 'grant-bob',
      base: 'main',
    });
    expect(created.status).toBe(422);
    expect(created.body.errors[0].message).toBe(
      'A pull request already exists for acme:grant-bob.',
    );
    const main = emulator.state.repo('acme', 'access')?.refs.get('refs/heads/main');
    await call('POST', '/repos/acme/access/git/refs', { ref: 'refs/heads/empty', sha: main });
    const empty = await call('POST', '/repos/acme/access/pulls', {
      title: 'E',
      head: 'empty',
      base: 'main',
    });
    expect(empty.body.errors[0].message).toBe('No commits between main and empty');
    const missing = await call('POST', '/repos/acme/access/pulls', {
      title: 'M',
      head: 'nope',
      base: 'main',
    });
    expect(missing.body.errors).toEqual([
      { resource: 'PullRequest', field: 'head', code: 'invalid' },
    ]);
  });

  it('updates title and state, and lists by state', async () => {
    emulator = await startEmulator({ seed: SEED });
    const call = client(emulator);
    const closed = await call('PATCH', '/repos/acme/access/pulls/1', {
      title: 'Renamed',
      state: 'closed',
    });
    expect(closed.body).toMatchObject({
      title: 'Renamed',
      state: 'closed',
      closed_at: expect.any(String),
    });
    expect((await call('GET', '/repos/acme/access/pulls')).body).toHaveLength(0);
    expect((await call('GET', '/repos/acme/access/pulls?state=closed')).body).toHaveLength(1);
  });
});

describe('merging', () => {
  it('merges with a merge commit: the base moves, the pull is closed and merged', async () => {
    emulator = await startEmulator({ seed: SEED });
    const call = client(emulator);
    const repo = emulator.state.repo('acme', 'access');
    const base = repo?.refs.get('refs/heads/main');
    const head = repo?.refs.get('refs/heads/grant-bob');
    const commits = await call('GET', '/repos/acme/access/pulls/1/commits');
    expect(commits.body.map((commit: { sha: string }) => commit.sha)).toEqual([head]);
    expect((await call('GET', '/repos/acme/access/pulls/1/merge')).status).toBe(404);
    const stale = await call('PUT', '/repos/acme/access/pulls/1/merge', { sha: base });
    expect(stale.status).toBe(409);
    const merged = await call('PUT', '/repos/acme/access/pulls/1/merge', { sha: head });
    expect(merged.body).toMatchObject({
      merged: true,
      message: 'Pull Request successfully merged',
    });
    const tip = repo?.refs.get('refs/heads/main') ?? '';
    expect(tip).toBe(merged.body.sha);
    expect(repo?.git.commit(tip)?.parents).toEqual([base, head]);
    expect(
      [...emulator.state.filesAt(repo as NonNullable<typeof repo>, tip).keys()].sort(),
    ).toEqual(['access/grants/a.yaml', 'access/grants/b.yaml']);
    const pull = (await call('GET', '/repos/acme/access/pulls/1')).body;
    expect(pull).toMatchObject({ state: 'closed', merged: true, merge_commit_sha: tip });
    expect((await call('GET', '/repos/acme/access/pulls/1/merge')).status).toBe(204);
    expect((await call('PUT', '/repos/acme/access/pulls/1/merge', {})).status).toBe(405);
  });

  it('squashes onto a base that moved, and refuses a conflicting change with 405', async () => {
    emulator = await startEmulator({ seed: SEED });
    const call = client(emulator);
    const put = (path: string, text: string, sha?: string) =>
      call('PUT', `/repos/acme/access/contents/${path}`, {
        message: `edit ${path}`,
        content: Buffer.from(text).toString('base64'),
        ...(sha === undefined ? {} : { sha }),
      });
    await put('other.txt', 'unrelated\n');
    const squashed = await call('PUT', '/repos/acme/access/pulls/1/merge', {
      merge_method: 'squash',
    });
    expect(squashed.status).toBe(200);
    const repo = emulator.state.repo('acme', 'access');
    const files = emulator.state.filesAt(repo as NonNullable<typeof repo>, squashed.body.sha);
    expect(files.get('other.txt')).toBe('unrelated\n');
    expect(files.get('access/grants/a.yaml')).toBe('kind: Grant\nid: a\nrole: write\n');
    expect(repo?.git.commit(squashed.body.sha)?.message).toBe('Grant bob write (#1)');

    const branch = await call('POST', '/repos/acme/access/git/refs', {
      ref: 'refs/heads/conflict',
      sha: repo?.refs.get('refs/heads/main'),
    });
    expect(branch.status).toBe(201);
    const current = await call('GET', '/repos/acme/access/contents/other.txt');
    await call('PUT', '/repos/acme/access/contents/other.txt', {
      message: 'theirs',
      content: Buffer.from('theirs\n').toString('base64'),
      sha: current.body.sha,
      branch: 'conflict',
    });
    await put('other.txt', 'ours\n', current.body.sha);
    const pull = await call('POST', '/repos/acme/access/pulls', {
      title: 'C',
      head: 'conflict',
      base: 'main',
    });
    const refused = await call('PUT', `/repos/acme/access/pulls/${pull.body.number}/merge`, {});
    expect(refused.status).toBe(405);
    expect(refused.body.message).toBe('Pull Request is not mergeable');
  });
});

describe('issues, comments and labels', () => {
  it('creates, lists, updates issues; pulls show up as issues with pull_request', async () => {
    emulator = await startEmulator({ seed: SEED });
    const call = client(emulator);
    const created = await call('POST', '/repos/acme/access/issues', {
      title: 'Grants expire soon',
      body: 'Three grants expire this week.',
      labels: ['expiry'],
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe(created.body.url);
    expect(created.body).toMatchObject({ number: 2, state: 'open', labels: [{ name: 'expiry' }] });
    const listed = await call('GET', '/repos/acme/access/issues?labels=expiry');
    expect(listed.body.map((issue: { number: number }) => issue.number)).toEqual([2]);
    const all = await call('GET', '/repos/acme/access/issues');
    expect(all.body[1].pull_request).toBeDefined();
    const closed = await call('PATCH', '/repos/acme/access/issues/2', { state: 'closed' });
    expect(closed.body).toMatchObject({ state: 'closed', state_reason: 'completed' });
  });

  it('names who closed an issue and why, and forgets both when it is reopened', async () => {
    emulator = await startEmulator({
      seed: {
        ...SEED,
        users: [
          { login: 'alice', token: 'ghp_alice' },
          { login: 'reader', token: 'ghp_reader' },
        ],
        repos: [{ name: 'access', files: {}, collaborators: { alice: 'triage', reader: 'pull' } }],
      },
    });
    const admin = client(emulator);
    const created = await admin('POST', '/repos/acme/access/issues', { title: 'Manual change' });
    const path = `/repos/acme/access/issues/${created.body.number}`;
    expect(created.body).toMatchObject({ closed_by: null, state_reason: null });
    // someone with read access only cannot close another's issue
    const refused = await client(emulator, 'ghp_reader')('PATCH', path, { state: 'closed' });
    expect(refused.status).toBe(403);
    const closed = await client(emulator, 'ghp_alice')('PATCH', path, {
      state: 'closed',
      state_reason: 'not_planned',
    });
    expect(closed.body).toMatchObject({
      state: 'closed',
      state_reason: 'not_planned',
      closed_by: { login: 'alice' },
    });
    expect((await admin('GET', path)).body.closed_by).toMatchObject({ login: 'alice' });
    const reopened = await admin('PATCH', path, { state: 'open' });
    expect(reopened.body).toMatchObject({
      state: 'open',
      state_reason: 'reopened',
      closed_at: null,
      closed_by: null,
    });
  });

  it('adds assignees, ignoring logins that cannot be assigned, at most 10 at once', async () => {
    emulator = await startEmulator({
      seed: {
        ...SEED,
        users: [{ login: 'alice', token: 'ghp_alice' }, { login: 'outsider' }],
        repos: [{ name: 'access', files: {}, collaborators: { alice: 'push' } }],
      },
    });
    const call = client(emulator);
    const created = await call('POST', '/repos/acme/access/issues', { title: 'Manual change' });
    const path = `/repos/acme/access/issues/${created.body.number}/assignees`;
    const added = await call('POST', path, { assignees: ['alice', 'outsider', 'nobody'] });
    expect(added.status).toBe(201);
    expect(added.body.assignees.map((u: { login: string }) => u.login)).toEqual(['alice']);
    expect(added.body.assignee).toMatchObject({ login: 'alice' });
    const again = await call('POST', path, { assignees: ['alice'] });
    expect(again.body.assignees).toHaveLength(1);
    const many = Array.from({ length: 11 }, (_, i) => `user${i}`);
    expect((await call('POST', path, { assignees: many })).status).toBe(422);
  });

  it('creates, lists and updates comments', async () => {
    emulator = await startEmulator({ seed: SEED });
    const call = client(emulator);
    const created = await call('POST', '/repos/acme/access/issues/1/comments', {
      body: 'Policy check: 1 denial',
    });
    expect(created.status).toBe(201);
    const updated = await call('PATCH', `/repos/acme/access/issues/comments/${created.body.id}`, {
      body: 'Policy check: passed',
    });
    expect(updated.body.body).toBe('Policy check: passed');
    const listed = await call('GET', '/repos/acme/access/issues/1/comments');
    expect(listed.body.map((comment: { body: string }) => comment.body)).toEqual([
      'Policy check: passed',
    ]);
    const empty = await call('POST', '/repos/acme/access/issues/1/comments', {});
    expect(empty.status).toBe(422);
    expect(empty.body.message).toBe('Invalid request.\n\n"body" wasn\'t supplied.');
  });

  it('adds, lists and removes issue labels', async () => {
    emulator = await startEmulator({ seed: SEED });
    const call = client(emulator);
    const added = await call('POST', '/repos/acme/access/issues/1/labels', {
      labels: ['needs-owner'],
    });
    expect(added.body.map((label: { name: string }) => label.name)).toEqual([
      'access-request',
      'needs-owner',
    ]);
    const removed = await call('DELETE', '/repos/acme/access/issues/1/labels/access-request');
    expect(removed.body.map((label: { name: string }) => label.name)).toEqual(['needs-owner']);
    const again = await call('DELETE', '/repos/acme/access/issues/1/labels/access-request');
    expect(again.status).toBe(404);
    expect(again.body.message).toBe('Label does not exist');
  });
});

describe('check runs', () => {
  const annotations = (count: number) =>
    Array.from({ length: count }, (_, index) => ({
      path: 'access/grants/a.yaml',
      start_line: index + 1,
      end_line: index + 1,
      annotation_level: 'failure',
      message: `finding ${index}`,
    }));

  it('takes 50 annotations per request, appends on update, and completes with a conclusion', async () => {
    emulator = await startEmulator({ seed: SEED });
    const call = client(emulator);
    const head = emulator.state.repo('acme', 'access')?.refs.get('refs/heads/grant-bob');
    const created = await call('POST', '/repos/acme/access/check-runs', {
      name: 'accessctl',
      head_sha: head,
      status: 'in_progress',
      output: { title: 'Checking', summary: '50 of 60', annotations: annotations(50) },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'in_progress', conclusion: null });
    const updated = await call('PATCH', `/repos/acme/access/check-runs/${created.body.id}`, {
      conclusion: 'failure',
      output: { title: '60 findings', summary: 'done', annotations: annotations(10) },
    });
    expect(updated.body).toMatchObject({
      status: 'completed',
      conclusion: 'failure',
      completed_at: expect.any(String),
      output: { title: '60 findings', annotations_count: 60 },
    });
    const listed = await call(
      'GET',
      `/repos/acme/access/check-runs/${created.body.id}/annotations?per_page=100`,
    );
    expect(listed.body).toHaveLength(60);
  });

  it('refuses 51 annotations in one request with 422', async () => {
    emulator = await startEmulator({ seed: SEED });
    const head = emulator.state.repo('acme', 'access')?.refs.get('refs/heads/main');
    const answer = await client(emulator)('POST', '/repos/acme/access/check-runs', {
      name: 'accessctl',
      head_sha: head,
      output: { title: 't', summary: 's', annotations: annotations(51) },
    });
    expect(answer.status).toBe(422);
    expect(answer.body.message).toBe(
      'Invalid request.\n\nNo more than 50 items are allowed; 51 were supplied.',
    );
    expect(emulator.state.repo('acme', 'access')?.checkRuns).toHaveLength(0);
  });

  it('takes check runs only from a GitHub App token, as GitHub does', async () => {
    emulator = await startEmulator({ seed: SEED, actor: 'alice', token: 'ghp_personal0000' });
    const head = emulator.state.repo('acme', 'access')?.refs.get('refs/heads/main');
    emulator.state.repo('acme', 'access')?.collaborators.set('alice', 'push');
    const answer = await client(emulator)('POST', '/repos/acme/access/check-runs', {
      name: 'accessctl',
      head_sha: head,
    });
    expect(answer.status).toBe(403);
    expect(answer.body.message).toBe('You must authenticate via a GitHub App.');
  });

  it('refuses a head_sha that is no commit', async () => {
    emulator = await startEmulator({ seed: SEED });
    const answer = await client(emulator)('POST', '/repos/acme/access/check-runs', {
      name: 'accessctl',
      head_sha: 'f'.repeat(40),
    });
    expect(answer.status).toBe(422);
    expect(answer.body.message).toBe(`No commit found for SHA: ${'f'.repeat(40)}`);
  });
});

describe('commit statuses', () => {
  it('combines the latest status of each context', async () => {
    emulator = await startEmulator({ seed: SEED });
    const call = client(emulator);
    const sha = emulator.state.repo('acme', 'access')?.refs.get('refs/heads/grant-bob');
    await call('POST', `/repos/acme/access/statuses/${sha}`, {
      state: 'pending',
      context: 'accessctl/check',
    });
    await call('POST', `/repos/acme/access/statuses/${sha}`, { state: 'success', context: 'ci' });
    expect((await call('GET', '/repos/acme/access/commits/grant-bob/status')).body).toMatchObject({
      state: 'pending',
      total_count: 2,
    });
    await call('POST', `/repos/acme/access/statuses/${sha}`, {
      state: 'success',
      context: 'accessctl/check',
    });
    const combined = await call('GET', `/repos/acme/access/commits/${sha}/status`);
    expect(combined.body).toMatchObject({ state: 'success', total_count: 2, sha });
    const all = await call('GET', `/repos/acme/access/commits/${sha}/statuses`);
    expect(all.body.map((status: { state: string }) => status.state)).toEqual([
      'success',
      'success',
      'pending',
    ]);
    const bad = await call('POST', `/repos/acme/access/statuses/${sha}`, { state: 'great' });
    expect(bad.status).toBe(422);
  });
});

describe('git data and contents', () => {
  function gitIn(dir: string, ...args: string[]): string {
    return execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
  }

  it('creates a branch and a commit with blobs, trees, commits and refs; shas match real git', async () => {
    emulator = await startEmulator({ seed: SEED });
    const call = client(emulator);
    const base = (await call('GET', '/repos/acme/access/git/ref/heads/main')).body.object.sha;
    const baseCommit = (await call('GET', `/repos/acme/access/git/commits/${base}`)).body;
    const blob = await call('POST', '/repos/acme/access/git/blobs', {
      content: 'kind: Grant\nid: c\n',
      encoding: 'utf-8',
    });
    expect(blob.status).toBe(201);
    const tree = await call('POST', '/repos/acme/access/git/trees', {
      base_tree: baseCommit.tree.sha,
      tree: [
        { path: 'access/grants/c.yaml', mode: '100644', type: 'blob', sha: blob.body.sha },
        { path: 'access/grants/a.yaml', mode: '100644', type: 'blob', sha: null },
      ],
    });
    expect(tree.status).toBe(201);
    const commit = await call('POST', '/repos/acme/access/git/commits', {
      message: 'Remove expired grant a',
      tree: tree.body.sha,
      parents: [base],
    });
    expect(commit.status).toBe(201);
    const ref = await call('POST', '/repos/acme/access/git/refs', {
      ref: 'refs/heads/expire-a',
      sha: commit.body.sha,
    });
    expect(ref.status).toBe(201);
    expect(ref.headers.get('location')).toBe(ref.body.url);

    const dir = mkdtempSync(join(tmpdir(), 'emulator-git-'));
    try {
      gitIn(dir, 'init', '-q');
      mkdirSync(join(dir, 'access', 'grants'), { recursive: true });
      writeFileSync(join(dir, 'README.md'), '# access\n');
      writeFileSync(join(dir, 'access', 'grants', 'c.yaml'), 'kind: Grant\nid: c\n');
      gitIn(dir, 'add', '-A');
      expect(gitIn(dir, 'write-tree')).toBe(tree.body.sha);
      expect(gitIn(dir, 'hash-object', 'access/grants/c.yaml')).toBe(blob.body.sha);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }

    const file = await call('GET', '/repos/acme/access/contents/access/grants/c.yaml?ref=expire-a');
    expect(Buffer.from(file.body.content, 'base64').toString()).toBe('kind: Grant\nid: c\n');
    expect(
      (await call('GET', '/repos/acme/access/contents/access/grants/a.yaml?ref=expire-a')).status,
    ).toBe(404);
  });

  it('refuses a non-fast-forward ref update unless forced, and deletes refs', async () => {
    emulator = await startEmulator({ seed: SEED });
    const call = client(emulator);
    const repo = emulator.state.repo('acme', 'access');
    const main = repo?.refs.get('refs/heads/main');
    const feature = repo?.refs.get('refs/heads/grant-bob');
    const back = await call('PATCH', '/repos/acme/access/git/refs/heads/grant-bob', { sha: main });
    expect(back.status).toBe(422);
    expect(back.body.message).toBe('Update is not a fast forward');
    const forced = await call('PATCH', '/repos/acme/access/git/refs/heads/grant-bob', {
      sha: main,
      force: true,
    });
    expect(forced.body.object.sha).toBe(main);
    const forward = await call('PATCH', '/repos/acme/access/git/refs/heads/grant-bob', {
      sha: feature,
    });
    expect(forward.status).toBe(200);
    expect((await call('DELETE', '/repos/acme/access/git/refs/heads/grant-bob')).status).toBe(204);
    expect((await call('DELETE', '/repos/acme/access/git/refs/heads/grant-bob')).status).toBe(422);
    expect(
      (await call('POST', '/repos/acme/access/git/refs', { ref: 'refs/heads/main', sha: main }))
        .body.message,
    ).toBe('Reference already exists');
  });

  it('puts a new file, refuses an update without the current sha, then updates it', async () => {
    emulator = await startEmulator({ seed: SEED });
    const call = client(emulator);
    const content = (text: string) => Buffer.from(text).toString('base64');
    const before = emulator.state.repo('acme', 'access')?.refs.get('refs/heads/grant-bob');
    const created = await call('PUT', '/repos/acme/access/contents/access/grants/d.yaml', {
      message: 'Add d',
      content: content('id: d\n'),
      branch: 'grant-bob',
    });
    expect(created.status).toBe(201);
    expect(created.body.commit.parents[0].sha).toBe(before);
    expect(emulator.state.repo('acme', 'access')?.refs.get('refs/heads/grant-bob')).toBe(
      created.body.commit.sha,
    );
    const noSha = await call('PUT', '/repos/acme/access/contents/access/grants/d.yaml', {
      message: 'Edit d',
      content: content('id: d2\n'),
      branch: 'grant-bob',
    });
    expect(noSha.status).toBe(422);
    const stale = await call('PUT', '/repos/acme/access/contents/access/grants/d.yaml', {
      message: 'Edit d',
      content: content('id: d2\n'),
      branch: 'grant-bob',
      sha: 'f'.repeat(40),
    });
    expect(stale.status).toBe(409);
    const updated = await call('PUT', '/repos/acme/access/contents/access/grants/d.yaml', {
      message: 'Edit d',
      content: content('id: d2\n'),
      branch: 'grant-bob',
      sha: created.body.content.sha,
    });
    expect(updated.status).toBe(200);
    const listing = await call('GET', '/repos/acme/access/contents/access/grants?ref=grant-bob');
    expect(listing.body.map((entry: { name: string }) => entry.name)).toEqual([
      'a.yaml',
      'b.yaml',
      'd.yaml',
    ]);
    const pullFiles = await call('GET', '/repos/acme/access/pulls/1/files');
    expect(pullFiles.body.map((file: { filename: string }) => file.filename)).toContain(
      'access/grants/d.yaml',
    );
  });
});
