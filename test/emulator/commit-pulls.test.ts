import { afterEach, describe, expect, it } from 'vitest';
import { client } from './client.js';
import { startEmulator, type Emulator } from './server.js';
import type { Seed } from './state.js';

/**
 * GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls as GitHub answers it: on the default
 * branch the merged pull requests that brought the commit there, elsewhere the open ones
 * holding it; items shaped as pull-request-simple; 422 for a commit the repository lacks.
 */

const SEED: Seed = {
  org: { login: 'acme', members: ['alice', 'olivia'] },
  users: [{ login: 'alice', token: 'ghp_alice' }],
  repos: [
    {
      name: 'access',
      files: { 'access/grants/a.yaml': 'kind: Grant\nid: a\n' },
      pulls: [
        { title: 'Add b', user: 'alice', head: 'add-b', files: { 'access/grants/b.yaml': 'b\n' } },
        { title: 'Add c', user: 'alice', head: 'add-c', files: { 'access/grants/c.yaml': 'c\n' } },
        { title: 'Add d', user: 'alice', head: 'add-d', files: { 'access/grants/d.yaml': 'd\n' } },
      ],
    },
  ],
};

/** The properties of GitHub's pull-request-simple schema (REST API description, 2022-11-28). */
const PULL_REQUEST_SIMPLE = [
  '_links',
  'active_lock_reason',
  'assignee',
  'assignees',
  'author_association',
  'auto_merge',
  'base',
  'body',
  'closed_at',
  'comments_url',
  'commits_url',
  'created_at',
  'diff_url',
  'draft',
  'head',
  'html_url',
  'id',
  'issue_url',
  'labels',
  'locked',
  'merge_commit_sha',
  'merged_at',
  'milestone',
  'node_id',
  'number',
  'patch_url',
  'requested_reviewers',
  'requested_teams',
  'review_comment_url',
  'review_comments_url',
  'state',
  'statuses_url',
  'title',
  'updated_at',
  'url',
  'user',
];

let emulator: Emulator;
afterEach(async () => {
  await emulator.close();
});

async function setUp() {
  emulator = await startEmulator({ seed: SEED });
  const api = client(emulator);
  const repo = emulator.state.repo('acme', 'access');
  const initial = repo?.refs.get('refs/heads/main') as string;
  const head = (branch: string) => repo?.refs.get(`refs/heads/${branch}`) as string;
  const heads = { b: head('add-b'), c: head('add-c'), d: head('add-d') };
  const merged = await api('PUT', '/repos/acme/access/pulls/1/merge', { merge_method: 'merge' });
  const squashed = await api('PUT', '/repos/acme/access/pulls/2/merge', {
    merge_method: 'squash',
  });
  return { api, initial, heads, merge: merged.body.sha, squash: squashed.body.sha };
}

describe('pull requests associated with a commit', () => {
  it('names the merged pull request of a merge commit and of a squash commit', async () => {
    const { api, merge, squash } = await setUp();
    const byMerge = await api('GET', `/repos/acme/access/commits/${merge}/pulls`);
    expect(byMerge.status).toBe(200);
    expect(byMerge.body).toHaveLength(1);
    expect(byMerge.body[0]).toMatchObject({
      number: 1,
      state: 'closed',
      merge_commit_sha: merge,
      user: { login: 'alice' },
    });
    expect(typeof byMerge.body[0].merged_at).toBe('string');
    const bySquash = await api('GET', `/repos/acme/access/commits/${squash}/pulls`);
    expect(bySquash.body.map((p: { number: number }) => p.number)).toEqual([2]);
  });

  it('names the merged pull request of a commit it brought in on its branch', async () => {
    const { api, heads } = await setUp();
    const answer = await api('GET', `/repos/acme/access/commits/${heads.b}/pulls`);
    expect(answer.body.map((p: { number: number }) => p.number)).toEqual([1]);
  });

  it('names open pull requests for a commit not on the default branch', async () => {
    const { api, heads } = await setUp();
    const answer = await api('GET', `/repos/acme/access/commits/${heads.d}/pulls`);
    expect(answer.body.map((p: { number: number; state: string }) => [p.number, p.state])).toEqual([
      [3, 'open'],
    ]);
  });

  it('answers an empty list for a commit pushed without a pull request', async () => {
    const { api, initial } = await setUp();
    const answer = await api('GET', `/repos/acme/access/commits/${initial}/pulls`);
    expect(answer).toMatchObject({ status: 200, body: [] });
  });

  it('answers 422 for a commit the repository does not have', async () => {
    const { api } = await setUp();
    const sha = 'f'.repeat(40);
    const answer = await api('GET', `/repos/acme/access/commits/${sha}/pulls`);
    expect(answer.status).toBe(422);
    expect(answer.body.message).toBe(`No commit found for SHA: ${sha}`);
  });

  it('shapes each item as pull-request-simple', async () => {
    const { api, merge } = await setUp();
    const answer = await api('GET', `/repos/acme/access/commits/${merge}/pulls`);
    expect(Object.keys(answer.body[0]).sort()).toEqual(PULL_REQUEST_SIMPLE);
  });
});
