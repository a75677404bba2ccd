// The requests behind many commits asked at once (pullRequestLookup's prefetch): who wrote,
// pushed to, labelled and approved each pull request, through two GraphQL queries instead of
// five REST requests a commit. The gate trusts these facts to tell an owner's approval from a
// beneficiary's and a self-applied label from one a policy owner set, so the batched answers
// must be exactly REST's, whatever the pull request's history: several pushers, a label taken
// off and put back by someone else, a label added after the merge, a commit no pull request
// holds. A failed query, or more history than one query holds, is asked through REST.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { pullActivityQuery, PULLS_PER_QUERY } from '../../src/github/pull-activity-batch.js';
import { pullRequestLookup } from '../../src/workflows/provision/merge-review.js';
import { client } from '../emulator/client.js';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { emulatorApi } from './provision-fixture.js';

let emulator: Emulator;
/** The commits of main to look up: five merges and a direct push. */
const commits: string[] = [];

const REPO = '/repos/acme/access';

async function ok(answer: Promise<{ status: number; body: unknown }>) {
  const { status, body } = await answer;
  if (status >= 300) throw new Error(`${status}: ${JSON.stringify(body)}`);
  return body as Record<string, unknown>;
}

beforeAll(async () => {
  const people = ['alice', 'bob', 'carol', 'lead'];
  emulator = await startEmulator({
    seed: {
      org: { login: 'acme', owners: ['octo-admin'], members: people },
      users: people.map((login) => ({ login, token: `ghp_${login}` })),
      repos: [
        {
          name: 'access',
          collaborators: Object.fromEntries(people.map((login) => [login, 'push'])),
          files: { 'access/catalog/none.yaml': '' },
          pulls: [
            // a label its author set, approved by lead
            {
              title: 'self-labelled',
              user: 'alice',
              head: 'a',
              files: { 'access/grants/a.yaml': 'a\n' },
              labels: ['break-glass'],
              reviews: [{ user: 'lead', state: 'APPROVED' }],
            },
            // labelled by lead; carol pushes to it as well
            {
              title: 'two pushers',
              user: 'bob',
              head: 'b',
              files: { 'access/identities/b.yaml': 'b\n' },
              labels: ['break-glass', 'urgent'],
              labelledBy: 'lead',
              reviews: [{ user: 'lead', state: 'APPROVED' }],
            },
            // carol labels it, it is taken off, alice puts it back
            {
              title: 'relabelled',
              user: 'alice',
              head: 'c',
              files: { 'access/grants/c.yaml': 'c\n' },
              labels: ['break-glass'],
              labelledBy: 'carol',
              reviews: [{ user: 'carol', state: 'APPROVED' }],
            },
            // nothing but a review by its beneficiary's friend
            {
              title: 'plain',
              user: 'bob',
              head: 'd',
              files: { 'access/grants/d.yaml': 'd\n' },
              reviews: [{ user: 'carol', state: 'COMMENTED' }],
            },
            // labelled by lead only after it was merged
            {
              title: 'labelled late',
              user: 'carol',
              head: 'e',
              files: { 'access/grants/e.yaml': 'e\n' },
              reviews: [{ user: 'lead', state: 'APPROVED' }],
            },
          ],
        },
      ],
    },
  });
  const as = (login: string) => client(emulator, `ghp_${login}`);
  // carol pushes a commit of her own to bob's branch
  await ok(
    as('carol')('PUT', `${REPO}/contents/access/identities/b2.yaml`, {
      message: 'one more',
      content: Buffer.from('b2\n').toString('base64'),
      branch: 'b',
    }),
  );
  await ok(as('lead')('DELETE', `${REPO}/issues/3/labels/break-glass`));
  await ok(as('alice')('POST', `${REPO}/issues/3/labels`, { labels: ['break-glass'] }));
  for (let n = 1; n <= 5; n++) {
    const merged = await ok(
      as('lead')('PUT', `${REPO}/pulls/${n}/merge`, { merge_method: n === 2 ? 'merge' : 'squash' }),
    );
    commits.push(merged.sha as string);
  }
  await ok(as('lead')('POST', `${REPO}/issues/5/labels`, { labels: ['break-glass'] }));
  // a direct push to main, in no pull request
  const pushed = await ok(
    as('lead')('PUT', `${REPO}/contents/accessctl.yaml`, {
      message: 'direct',
      content: Buffer.from('policyOwners: [user:lead]\n').toString('base64'),
    }),
  );
  commits.push((pushed.commit as { sha: string }).sha);
}, 60_000);

afterAll(async () => {
  await emulator.close();
});

const github = () => emulatorApi(emulator);

/** The requests made while `run` runs, by kind. */
async function counting<T>(run: () => Promise<T>) {
  const all = emulator.state.requests;
  const start = all.length;
  const value = await run();
  const made = all.slice(start);
  return {
    value,
    paths: made.map((r) => r.path),
    graphql: made.filter((r) => r.path === '/graphql').length,
    rest: made.filter((r) => r.path !== '/graphql').length,
  };
}

async function eachOne(lookup: ReturnType<typeof pullRequestLookup>) {
  const answers = [];
  for (const commit of commits) answers.push(await lookup(commit));
  return answers;
}

describe('requests looked up many at a time', () => {
  it("gives each commit REST's answer, in two queries and no request of its own", async () => {
    const rest = await eachOne(pullRequestLookup(github(), 'acme/access'));
    // what the gate judges: several pushers, labels as they stood at the merge, a direct push
    expect(rest.map((r) => r.request.pushers)).toEqual([
      ['alice'],
      ['bob', 'carol'],
      ['alice'],
      ['bob'],
      ['carol'],
      [],
    ]);
    expect(rest.map((r) => r.request.labelActors)).toEqual([
      { 'break-glass': 'alice' },
      { 'break-glass': 'lead', urgent: 'lead' },
      { 'break-glass': 'alice' },
      {},
      {},
      {},
    ]);
    expect(rest[5]?.pullRequest).toBeUndefined();

    const lookup = pullRequestLookup(github(), 'acme/access');
    const fetched = await counting(() =>
      (lookup.prefetch as (c: string[]) => Promise<void>)(commits),
    );
    expect({ graphql: fetched.graphql, rest: fetched.rest }).toEqual({ graphql: 2, rest: 0 });
    const batched = await counting(() => eachOne(lookup));
    expect(batched.value).toEqual(rest);
    expect(batched.graphql + batched.rest).toBe(0);
  });

  it('asks REST for every commit when the queries fail, with the same answers', async () => {
    const rest = await eachOne(pullRequestLookup(github(), 'acme/access'));
    const lookup = pullRequestLookup(github(), 'acme/access');
    emulator.faults.serverError({ count: 20, route: '/graphql', method: 'POST' });
    try {
      await (lookup.prefetch as (c: string[]) => Promise<void>)(commits);
    } finally {
      emulator.faults.clear();
    }
    const after = await counting(() => eachOne(lookup));
    expect(after.value).toEqual(rest);
    expect(after.rest).toBeGreaterThan(commits.length);
  });

  it('asks REST for a pull request whose history one query cannot hold', async () => {
    const as = client(emulator, 'ghp_lead');
    // more label events on pull request 4 than the query asks for (added after its merge,
    // so what it stood at does not change, and REST must be asked to tell)
    for (let n = 0; n < 51; n++) {
      await ok(as('POST', `${REPO}/issues/4/labels`, { labels: ['noise'] }));
      await ok(as('DELETE', `${REPO}/issues/4/labels/noise`));
    }
    const rest = await eachOne(pullRequestLookup(github(), 'acme/access'));
    const lookup = pullRequestLookup(github(), 'acme/access');
    const fetched = await counting(() =>
      (lookup.prefetch as (c: string[]) => Promise<void>)(commits),
    );
    expect(fetched.graphql).toBe(2);
    expect(fetched.paths.filter((path) => path.endsWith('/issues/4/events'))).not.toHaveLength(0);
    expect(await eachOne(lookup)).toEqual(rest);
  });

  it('passes each pull request as a variable, at most PULLS_PER_QUERY a query', () => {
    const query = pullActivityQuery(2);
    expect(query).toContain('p0: pullRequest(number: $p0)');
    expect(query).toContain('$p1: Int!');
    expect(PULLS_PER_QUERY).toBeLessThanOrEqual(50);
  });
});
