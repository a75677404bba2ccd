import { afterEach, describe, expect, it } from 'vitest';

import { createGitHubClient } from '../../src/github/index.js';
import { findMergePull } from '../../src/github/merge-pull.js';
import { findMergePulls } from '../../src/github/merge-pulls-batch.js';
import { client } from '../emulator/client.js';
import { startEmulator, type Emulator } from '../emulator/index.js';

/** findMergePull through the real Octokit client against the emulated API. */

let emulator: Emulator;
afterEach(async () => {
  await emulator.close();
});

async function setUp() {
  emulator = await startEmulator({
    seed: {
      org: { login: 'acme', owners: ['octo-admin'], members: ['alice', 'olivia', 'mia'] },
      users: [{ login: 'mia', token: 'ghp_mia' }],
      repos: [
        {
          name: 'access',
          files: { 'access/grants/a.yaml': 'a\n' },
          pulls: [
            {
              title: 'Add b',
              user: 'alice',
              head: 'add-b',
              labels: ['break-glass'],
              files: { 'access/grants/b.yaml': 'b\n' },
              reviews: [
                // recorded by GitHub before it refused self-approval in the UI: never counts
                { user: 'alice', state: 'APPROVED' },
                { user: 'helper[bot]', state: 'APPROVED' },
                { user: 'olivia', state: 'APPROVED' },
                { user: 'olivia', state: 'COMMENTED', body: 'thanks' },
              ],
            },
          ],
        },
      ],
    },
  });
  const admin = client(emulator);
  const merged = await admin('PUT', '/repos/acme/access/pulls/1/merge', { merge_method: 'squash' });
  // an approval after the merge is not evidence of a review before it
  const late = await client(emulator, 'ghp_mia')('POST', '/repos/acme/access/pulls/1/reviews', {
    event: 'APPROVE',
  });
  if (late.status !== 200) throw new Error(`the late approval was refused: ${late.status}`);
  const github = createGitHubClient({ token: emulator.token, baseUrl: emulator.url });
  const repo = emulator.state.repo('acme', 'access');
  return { github, merge: merged.body.sha as string, repo };
}

describe('findMergePull', () => {
  it('names the pull request and the approvals that stood when it was merged', async () => {
    const { github, merge, repo } = await setUp();
    const pull = await findMergePull(github, 'acme', 'access', merge);
    const head = repo?.refs.get('refs/heads/add-b');
    expect(pull).toMatchObject({
      number: 1,
      title: 'Add b',
      author: 'alice',
      headSha: head,
      labels: ['break-glass'],
      url: expect.stringMatching(/\/acme\/access\/pull\/1$/),
    });
    expect(pull?.approvals.map((a) => [a.reviewer, a.commit, a.current])).toEqual([
      ['olivia', head, true],
    ]);
    expect(pull?.approvals[0]?.at).toMatch(/^2026-01-01T00:00:\d\dZ$/);
    expect(pull?.mergedAt).toMatch(/^2026-01-01T/);
  });

  it('keeps the reviews submitted after the merge apart, for a review after the fact', async () => {
    const { github, merge } = await setUp();
    const pull = await findMergePull(github, 'acme', 'access', merge);
    expect(pull?.reviewsAfterMerge.map((r) => [r.reviewer, r.state])).toEqual([
      ['mia', 'APPROVED'],
    ]);
    expect((pull?.reviewsAfterMerge[0]?.at ?? '') > (pull?.mergedAt ?? '')).toBe(true);
    expect(pull?.approvals.map((a) => a.reviewer)).toEqual(['olivia']);
    expect(Date.parse(pull?.checkedAt ?? '')).not.toBeNaN();
  });

  it('is undefined for a commit without a merged pull request and for an unknown one', async () => {
    const { github } = await setUp();
    const first = emulator.state.repo('acme', 'access')?.issues[0]?.pull?.base.sha as string;
    expect(await findMergePull(github, 'acme', 'access', first)).toBeUndefined();
    expect(await findMergePull(github, 'acme', 'access', 'e'.repeat(40))).toBeUndefined();
  });

  it('is undefined for a pull request merged into another branch, through REST and GraphQL', async () => {
    emulator = await startEmulator({
      seed: {
        org: { login: 'acme', owners: ['octo-admin'], members: ['alice', 'olivia'] },
        users: [
          { login: 'alice', token: 'ghp_alice' },
          { login: 'olivia', token: 'ghp_olivia' },
        ],
        repos: [{ name: 'access', files: { 'access/grants/a.yaml': 'a\n' } }],
      },
    });
    const repo = emulator.state.repo('acme', 'access');
    if (repo === undefined) throw new Error('no repository');
    const main = repo.refs.get('refs/heads/main') as string;
    const files = emulator.state.filesAt(repo, main);
    files.set('access/grants/b.yaml', 'b\n');
    const head = emulator.state.commitFiles(repo, files, [main], 'Add b', 'alice');
    repo.refs.set('refs/heads/add-b', head);
    repo.refs.set('refs/heads/staging', main);
    const opened = await client(emulator, 'ghp_alice')('POST', '/repos/acme/access/pulls', {
      title: 'Try b on staging',
      head: 'add-b',
      base: 'staging',
    });
    const approve = { event: 'APPROVE' };
    const path = `/repos/acme/access/pulls/${String(opened.body.number)}`;
    expect((await client(emulator, 'ghp_olivia')('POST', `${path}/reviews`, approve)).status).toBe(
      200,
    );
    const merged = await client(emulator)('PUT', `${path}/merge`, { merge_method: 'merge' });
    expect(merged.status).toBe(200);
    // the approved head is then pushed onto the default branch, with no pull request into it
    repo.refs.set('refs/heads/main', head);
    const github = createGitHubClient({ token: emulator.token, baseUrl: emulator.url });
    const shas = [head, merged.body.sha as string];
    for (const sha of shas)
      expect(await findMergePull(github, 'acme', 'access', sha)).toBeUndefined();
    const batched = await findMergePulls(github, 'acme', 'access', shas);
    expect(shas.map((sha) => batched.get(sha))).toEqual([undefined, undefined]);
  });
});
