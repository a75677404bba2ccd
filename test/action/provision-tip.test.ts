// A provisioning run for an older push (its job re-run, which anyone with write access can do,
// or a run queued behind a later push) provisions up to the branch's tip: it never sets the
// systems back to what that push held.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';

import { createGitHubClient } from '../../src/github/index.js';
import type { Emulator } from '../emulator/index.js';
import { checkoutEmulatorRepo, type GitWorkspace } from '../harness/index.js';
import { runActionStep, useProvisionEnv } from '../workflows/provision-env.js';
import { CATALOG, NOW, grants, identities, teamGrant } from '../workflows/provision-fixture.js';

const env = useProvisionEnv();
const workspaces: GitWorkspace[] = [];
afterEach(() => {
  process.exitCode = undefined;
  for (const w of workspaces.splice(0)) w.remove();
});
const runner = mkdtempSync(join(tmpdir(), 'accessctl-runner-'));
afterAll(() => rmSync(runner, { recursive: true, force: true }));

/** The job of the push from `before` to `after`, run in a checkout of `after`. */
async function provisionPush(gh: Emulator, before: string, after: string) {
  const workspace = checkoutEmulatorRepo(gh, 'acme/access');
  workspaces.push(workspace);
  workspace.git('checkout', '-q', after);
  return runActionStep({
    command: 'provision',
    event: 'push',
    payload: { before, after, ref: 'refs/heads/main', repository: { default_branch: 'main' } },
    inputs: { now: NOW.toISOString() },
    gh,
    workspace: workspace.path,
    runner,
  });
}

describe('provisioning an older push', () => {
  it('provisions up to the tip, so a re-run never gives back what a later merge removed', async () => {
    const gh = await env.github({
      org: { login: 'acme', owners: ['octo-admin'], members: ['alice', 'lead'] },
      teams: [{ slug: 'payments' }],
      repos: [
        {
          name: 'access',
          files: {
            'access/catalog/github.yaml': CATALOG,
            'access/identities/people.yaml': identities(['alice', 'lead']),
          },
          pulls: [
            {
              title: 'alice joins payments',
              user: 'alice',
              head: 'alice',
              files: { 'access/grants/alice.yaml': grants([teamGrant('alice')]) },
              reviews: [{ user: 'lead', state: 'APPROVED' }],
            },
          ],
        },
      ],
    });
    const client = createGitHubClient({
      token: gh.token,
      env: { GITHUB_API_URL: gh.url },
      millisecondsPerSecond: 1,
      writeSpacingMs: 0,
    });
    const member = () => gh.state.org('acme')?.teams.get('payments')?.members.get('alice');
    const main = () => gh.state.repo('acme', 'access')?.refs.get('refs/heads/main') as string;

    // push 1: the approved pull request is merged and provisioned
    const before = main();
    const { data } = await client.rest.pulls.merge({
      owner: 'acme',
      repo: 'access',
      pull_number: 1,
      merge_method: 'merge',
    });
    await provisionPush(gh, before, data.sha);
    expect(process.exitCode).toBeUndefined();
    expect(member()?.state).toBe('active');

    // push 2: alice's grant is removed, and provisioned
    const file = await client.rest.repos.getContent({
      owner: 'acme',
      repo: 'access',
      path: 'access/grants/alice.yaml',
    });
    await client.rest.repos.deleteFile({
      owner: 'acme',
      repo: 'access',
      path: 'access/grants/alice.yaml',
      message: 'offboard alice',
      sha: (file.data as { sha: string }).sha,
    });
    const removed = main();
    await provisionPush(gh, data.sha, removed);
    expect(process.exitCode).toBeUndefined();
    expect(member()).toBeUndefined();

    // push 1's job is re-run: it provisions up to the tip, where alice holds nothing
    const rerun = await provisionPush(gh, before, data.sha);
    expect(process.exitCode).toBeUndefined();
    expect(member()).toBeUndefined();
    expect(rerun.summary).toContain('0 applied');
  }, 120_000);
});
