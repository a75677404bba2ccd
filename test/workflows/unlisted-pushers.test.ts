// Whoever pushed to a pull request never counts as its independent approver. GitHub lists at
// most 250 commits of a pull request (REST and GraphQL alike), so in a longer one an owner's
// commit after the 250th is invisible, and the owner's approval of changes they made would
// count. Such a pull request's pushers are unknown: its merge is held, never judged on the
// commits GitHub happens to list. A look-up whose second requests fail is held the same way.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { runProvision } from '../../src/workflows/provision.js';
import { pullRequestLookup } from '../../src/workflows/provision/merge-review.js';
import { client } from '../emulator/client.js';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { checkoutEmulatorRepo, type GitWorkspace } from '../harness/index.js';
import {
  CATALOG,
  emulatorApi,
  githubProvisioner,
  grants,
  identities,
  NOW,
  teamGrant,
} from './provision-fixture.js';

const REPO = '/repos/acme/access';
const FILE = 'access/grants/alice.yaml';

let emulator: Emulator;
let workspace: GitWorkspace;
let base = '';
let merged = '';

beforeAll(async () => {
  emulator = await startEmulator({
    seed: {
      org: { login: 'acme', owners: ['octo-admin'], members: ['alice', 'lead'] },
      teams: [{ slug: 'payments' }],
      users: [
        { login: 'alice', token: 'ghp_alice' },
        { login: 'lead', token: 'ghp_lead' },
      ],
      repos: [
        {
          name: 'access',
          collaborators: { alice: 'push', lead: 'admin' },
          files: {
            'access/catalog/github.yaml': CATALOG,
            'access/identities/people.yaml': identities(['alice', 'lead']),
          },
          pulls: [
            {
              title: 'alice joins payments',
              user: 'alice',
              head: 'grant-alice',
              files: { [FILE]: grants([teamGrant('alice')]) },
            },
          ],
        },
      ],
    },
  });
  const as = (login: string) => client(emulator, `ghp_${login}`);
  const put = async (login: string, n: number) => {
    const current = await as(login)('GET', `${REPO}/contents/${FILE}?ref=grant-alice`);
    const text = grants([teamGrant('alice')]).replace('delivery work', `delivery work, take ${n}`);
    const answer = await as(login)('PUT', `${REPO}/contents/${FILE}`, {
      message: `take ${n}`,
      content: Buffer.from(text).toString('base64'),
      branch: 'grant-alice',
      sha: (current.body as { sha: string }).sha,
    });
    if (answer.status >= 300) throw new Error(`${answer.status}: ${JSON.stringify(answer.body)}`);
  };
  // alice's 250 commits are all GitHub lists; lead's, the 251st, is not
  for (let n = 2; n <= 250; n++) await put('alice', n);
  await put('lead', 251);
  await as('lead')('POST', `${REPO}/pulls/1/reviews`, { event: 'APPROVE' });
  base = emulator.state.repo('acme', 'access')?.refs.get('refs/heads/main') as string;
  const merge = await as('lead')('PUT', `${REPO}/pulls/1/merge`, { merge_method: 'squash' });
  merged = (merge.body as { sha: string }).sha;
  workspace = checkoutEmulatorRepo(emulator, 'acme/access', { ref: 'main' });
}, 120_000);

afterAll(async () => {
  workspace?.remove();
  await emulator?.close();
});

const api = () => emulatorApi(emulator);

describe('a pull request with more commits than GitHub lists', () => {
  it('is a failed look-up, one at a time and many at a time', async () => {
    const alone = await pullRequestLookup(api(), 'acme/access')(merged);
    expect(alone.failed).toBe(true);
    expect(alone.note).toContain('has 250 commits or more, and GitHub lists only its first 250');
    const batched = pullRequestLookup(api(), 'acme/access');
    await batched.prefetch?.([merged, base]);
    expect(await batched(merged)).toEqual(alone);
  });

  it('is held by provisioning: lead pushed to it, and his approval does not count', async () => {
    const result = await runProvision({
      repo: workspace.path,
      from: base,
      to: 'HEAD',
      now: NOW,
      provisioners: [githubProvisioner(emulator)],
      lookup: pullRequestLookup(api(), 'acme/access'),
      dryRun: true,
    });
    expect(result.plan.held.map((h) => h.grantId)).toEqual(['alice-payments']);
    expect(result.plan.operations).toEqual([]);
  });

  it('a look-up whose commits cannot be listed fails, and is asked again', async () => {
    const lookup = pullRequestLookup(api(), 'acme/access');
    emulator.faults.serverError({
      count: 20,
      route: '/repos/:owner/:repo/pulls/:pull_number/commits',
    });
    try {
      const answer = await lookup(merged);
      expect(answer.failed).toBe(true);
      expect(answer.note).toMatch(/^looking up the pull request of [0-9a-f]{12} failed/);
    } finally {
      emulator.faults.clear();
    }
    // not kept: asked again, and GitHub still lists only 250
    expect((await lookup(merged)).note).toContain('GitHub lists only its first 250');
  });
});
