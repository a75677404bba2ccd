import { afterEach, describe, expect, it } from 'vitest';

import { createGitHubClient } from '../../src/github/index.js';
import { runProvision } from '../../src/workflows/provision.js';
import { pullRequestLookup } from '../../src/workflows/provision/merge-review.js';
import { client } from '../emulator/client.js';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { checkoutEmulatorRepo, type GitWorkspace } from '../harness/index.js';
import {
  CATALOG,
  githubProvisioner,
  grants,
  identities,
  NOW,
  teamGrant,
} from './provision-fixture.js';

// A pull request brings a commit onto the default branch only when it was merged into it: one
// merged into another branch lends its approvals to nothing that reaches the default branch,
// and the same commit pushed there afterwards is a direct push.

const TOKENS = {
  alice: 'ghp_alice000000000000000000000000000000',
  lead: 'ghp_lead00000000000000000000000000000000',
};

let emulator: Emulator | undefined;
let workspace: GitWorkspace | undefined;
afterEach(async () => {
  await emulator?.close();
  workspace?.remove();
  emulator = undefined;
  workspace = undefined;
});

describe('a pull request merged into another branch', () => {
  it('does not lend its approvals to a direct push of its head onto the default branch', async () => {
    emulator = await startEmulator({
      seed: {
        org: { login: 'acme', owners: ['octo-admin'], members: ['alice', 'lead'] },
        teams: [{ slug: 'payments' }],
        users: [
          { login: 'alice', token: TOKENS.alice },
          { login: 'lead', token: TOKENS.lead },
        ],
        repos: [
          {
            name: 'access',
            collaborators: { alice: 'push', lead: 'admin' },
            files: {
              'access/catalog/github.yaml': CATALOG,
              'access/identities/people.yaml': identities(['alice', 'lead']),
            },
          },
        ],
      },
    });
    const gh = emulator;
    const repo = gh.state.repo('acme', 'access');
    if (repo === undefined) throw new Error('no repo');
    const base = repo.refs.get('refs/heads/main') as string;
    // alice's branch, and a scratch branch 'staging' she may target
    const files = gh.state.filesAt(repo, base);
    files.set('access/grants/alice.yaml', grants([teamGrant('alice')]));
    const head = gh.state.commitFiles(repo, files, [base], 'alice joins payments', 'alice');
    repo.refs.set('refs/heads/grant-alice', head);
    repo.refs.set('refs/heads/staging', base);

    const alice = client(gh, TOKENS.alice);
    const lead = client(gh, TOKENS.lead);
    const opened = await alice('POST', '/repos/acme/access/pulls', {
      title: 'try it on staging',
      head: 'grant-alice',
      base: 'staging',
    });
    expect(opened.status).toBe(201);
    const number = opened.body.number as number;
    expect(
      (await lead('POST', `/repos/acme/access/pulls/${number}/reviews`, { event: 'APPROVE' }))
        .status,
    ).toBe(200);
    expect(
      (await lead('PUT', `/repos/acme/access/pulls/${number}/merge`, { merge_method: 'merge' }))
        .status,
    ).toBe(200);
    // the same commit reaches main without any pull request into main (a direct push)
    repo.refs.set('refs/heads/main', head);

    workspace = checkoutEmulatorRepo(gh, 'acme/access', { ref: 'main' });
    const api = createGitHubClient({
      token: gh.token,
      env: { GITHUB_API_URL: gh.url },
      millisecondsPerSecond: 1,
      writeSpacingMs: 0,
    });
    const result = await runProvision({
      repo: workspace.path,
      from: base,
      to: 'HEAD',
      now: NOW,
      provisioners: [githubProvisioner(gh)],
      lookup: pullRequestLookup(api, 'acme/access'),
    });
    // no pull request into main approved it: a direct push, held
    const applied = result.operations.filter((o) => o.status === 'applied');
    expect(applied).toEqual([]);
    expect(result.plan.held.map((h) => h.grantId)).toEqual(['alice-payments']);
    expect(gh.state.org('acme')?.teams.get('payments')?.members.get('alice')).toBeUndefined();
  });
});
