// `accessctl expire --mode commit` pushes to the default branch without a pull request; its
// commits carry a trailer, and evidence believes the trailer only when the commit also does
// nothing but remove (or shorten) grants. A trailer in any other commit changes nothing.
import { afterEach, describe, expect, it } from 'vitest';

import { createGitHubClient } from '../../src/github/index.js';
import { runEvidence } from '../../src/workflows/evidence.js';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { GitRepo } from '../model/git-repo.js';
import { CATALOG, grants, identities, teamGrant } from '../workflows/provision-fixture.js';

const NOW = new Date('2026-11-27T00:00:00Z');
const TRAILER = '\n\nAccessctl-Expiry: remove-expired';
let repo: GitRepo | undefined;
let emulator: Emulator | undefined;
afterEach(async () => {
  repo?.cleanup();
  await emulator?.close();
});

describe('commits of accessctl expire --mode commit', () => {
  it('are not flagged for missing review only when the trailer and the content both say so', async () => {
    emulator = await startEmulator({
      seed: {
        org: { login: 'acme', owners: ['octo-admin'] },
        repos: [{ name: 'access', files: { 'README.md': 'access\n' } }],
      },
    });
    repo = new GitRepo();
    repo.write({
      'access/catalog/github.yaml': CATALOG,
      'access/identities/people.yaml': identities(['alice', 'bob', 'carol', 'dan']),
      'access/grants/alice.yaml': grants([teamGrant('alice')]),
      'access/grants/bob.yaml': grants([teamGrant('bob')]),
      'access/grants/carol.yaml': grants([teamGrant('carol')]),
    });
    repo.commit('start');
    repo.remove('access/grants/alice.yaml');
    const expiry = repo.commit(`Remove 1 expired grant${TRAILER}`);
    // the same trailer on a commit that adds access: a forged claim
    repo.write({ 'access/grants/dan.yaml': grants([teamGrant('dan')]) });
    const adds = repo.commit(`Remove nothing really${TRAILER}`);
    // a removal together with a change outside the access directory
    repo.remove('access/grants/bob.yaml');
    repo.write({ '.github/workflows/x.yml': 'on: push\n' });
    const sneaky = repo.commit(`Remove 1 expired grant${TRAILER}`);
    // a removal without the trailer: a plain direct push
    repo.remove('access/grants/carol.yaml');
    const plain = repo.commit('Remove carol');

    const report = await runEvidence({
      repo: repo.dir,
      github: {
        client: createGitHubClient({
          token: emulator.token,
          env: { GITHUB_API_URL: emulator.url },
        }),
        owner: 'acme',
        repo: 'access',
      },
      verdicts: false,
      now: NOW,
    });
    const flagged = (sha: string) =>
      report.rows
        .filter((r) => r.commit === sha)
        .map((r) => [
          r.grant,
          r.expiryRun === true,
          r.flags.some((f) => f.kind === 'no-review-evidence'),
        ]);
    expect(flagged(expiry)).toEqual([['alice-payments', true, false]]);
    expect(flagged(adds)).toEqual([['dan-payments', false, true]]);
    expect(flagged(sneaky)).toEqual([['bob-payments', false, true]]);
    expect(flagged(plain)).toEqual([['carol-payments', false, true]]);
    // the clone has no origin and the report was given the repository: named as owner/name
    expect(report.repository).toBe('acme/access');
  }, 60_000);
});
