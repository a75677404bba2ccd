import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';

import { createGitHubClient } from '../../src/github/index.js';
import { operationEvidence } from '../../src/workflows/provision/apply.js';
import {
  lookUpMergeReview,
  pullRequestLookup,
} from '../../src/workflows/provision/merge-review.js';
import { client } from '../emulator/client.js';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { checkoutEmulatorRepo } from '../harness/emulator-checkout.js';
import type { GitWorkspace } from '../harness/git-workspace.js';

/** The pull request and approvers a provisioning run writes into its evidence records. */

let emulator: Emulator;
let workspace: GitWorkspace | undefined;
afterEach(async () => {
  workspace?.remove();
  workspace = undefined;
  await emulator.close();
});

async function mergedRepository() {
  emulator = await startEmulator({
    seed: {
      org: { login: 'acme', owners: ['octo-admin'], members: ['alice', 'olivia'] },
      repos: [
        {
          name: 'access',
          files: { 'access/grants/a.yaml': 'a\n' },
          pulls: [
            {
              title: 'Grant alice payments',
              user: 'alice',
              head: 'alice-payments',
              files: { 'access/grants/b.yaml': 'b\n' },
              reviews: [
                { user: 'alice', state: 'APPROVED' },
                { user: 'olivia', state: 'APPROVED' },
              ],
            },
          ],
        },
      ],
    },
  });
  const merged = await client(emulator)('PUT', '/repos/acme/access/pulls/1/merge', {
    merge_method: 'merge',
  });
  if (merged.status !== 200) throw new Error(`the merge was refused: ${merged.status}`);
  workspace = checkoutEmulatorRepo(emulator, 'acme/access');
  const github = createGitHubClient({
    token: emulator.token,
    baseUrl: emulator.url,
    millisecondsPerSecond: 1,
    serverErrorRetries: 0,
  });
  return { github, dir: workspace.path };
}

describe('lookUpMergeReview', () => {
  it('names the merged pull request and the approvers other than its author', async () => {
    const { github, dir } = await mergedRepository();
    const lookup = await lookUpMergeReview(github, 'acme/access', dir, 'HEAD');
    expect(lookup).toEqual({ review: { pullRequest: 1, approvers: ['olivia'] } });
  });

  it('says a commit no pull request merged is a direct push', async () => {
    const { github, dir } = await mergedRepository();
    const lookup = await lookUpMergeReview(github, 'acme/access', dir, 'HEAD~1');
    expect(lookup.review).toEqual({});
    expect(lookup.note).toMatch(/no merged pull request holds [0-9a-f]{12} in acme\/access/);
  });

  it('writes nothing but a note when the repository is unknown or the API fails', async () => {
    const { github, dir } = await mergedRepository();
    const unnamed = await lookUpMergeReview(github, undefined, dir, 'HEAD');
    expect(unnamed.review).toEqual({});
    expect(unnamed.note).toMatch(/set GITHUB_REPOSITORY=OWNER\/NAME/);
    emulator.faults.serverError({ count: 5, status: 503 });
    const failed = await lookUpMergeReview(github, 'acme/access', dir, 'HEAD');
    expect(failed.review).toEqual({});
    expect(failed.note).toMatch(/looking up the merge in acme\/access failed: .*503/);
  });

  it('puts the review into every evidence record', () => {
    const operation = {
      action: 'grant' as const,
      grantId: 'alice-payments',
      target: { provisioner: 'github', key: 'k', label: 'alice in team acme/payments' },
      to: 'member',
      removal: false,
    };
    const [entry] = operationEvidence(
      [{ operation, status: 'applied', message: 'added' }],
      'c0ffee',
      new Date('2026-11-27T00:00:00Z'),
      undefined,
      { pullRequest: 7, approvers: ['olivia'] },
    );
    expect(entry).toMatchObject({ grant: 'alice-payments', pullRequest: 7, approvers: ['olivia'] });
  });
});

describe('pullRequestLookup', () => {
  it('tells the merges GitHub made from the commits it did not, many in one query', async () => {
    const { github, dir } = await mergedRepository();
    const git = (...args: string[]) =>
      execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8' }).trim();
    const merge = git('rev-parse', 'HEAD');
    const head = git('rev-parse', 'HEAD^2');
    const before = git('rev-parse', 'HEAD^1');
    const lookup = pullRequestLookup(github, 'acme/access');
    // the request's own commit is tied to it, but GitHub's merge of it is the merge commit
    expect((await lookup(head)).pullRequest).toBe(1);
    expect((await lookup(head)).mergeCommit).toBe(merge);
    expect(await lookup.madeByMerges?.([merge, head, before])).toEqual(new Set([merge]));
  });
});
