import { afterEach, describe, expect, it } from 'vitest';

import { createGitHubClient } from '../../src/github/index.js';
import { readBranchLog } from '../../src/provisioners/evidence-branch.js';
import { isResult, verifyEvidence } from '../../src/provisioners/evidence-log.js';
import { runEvidence } from '../../src/workflows/evidence.js';
import { client } from '../emulator/client.js';
import { startEmulator, type Emulator } from '../emulator/index.js';
import {
  buildEvent,
  checkoutEmulatorRepo,
  runAction,
  type GitWorkspace,
} from '../harness/index.js';
import { CATALOG, grants, identities, teamGrant } from '../workflows/provision-fixture.js';

/**
 * `command: provision` on pushes to main, through the bundled Action, against the emulator:
 * each merge is judged by its parent's rules and its pull request's reviews; what lacks the
 * approvals is held; the evidence log lives on its branch from one run to the next.
 * lead maintains the platform team that owns the catalog; alice and bob ask.
 */

const LEAD = 'ghp_lead00000000000000000000000000000000';

let emulator: Emulator | undefined;
const workspaces: GitWorkspace[] = [];
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
  for (const w of workspaces.splice(0)) w.remove();
});

async function start(): Promise<Emulator> {
  emulator = await startEmulator({
    seed: {
      org: { login: 'acme', owners: ['octo-admin'], members: ['alice', 'bob', 'lead'] },
      teams: [{ slug: 'payments' }],
      users: [{ login: 'lead', token: LEAD }],
      repos: [
        {
          name: 'access',
          collaborators: { lead: 'admin' },
          files: {
            'access/catalog/github.yaml': CATALOG,
            'access/identities/people.yaml': identities(['alice', 'bob', 'lead']),
          },
          pulls: [
            {
              title: 'alice joins payments',
              user: 'alice',
              head: 'alice',
              files: { 'access/grants/alice.yaml': grants([teamGrant('alice')]) },
              reviews: [{ user: 'lead', state: 'APPROVED' }],
            },
            {
              title: 'bob joins payments',
              user: 'bob',
              head: 'bob',
              files: { 'access/grants/bob.yaml': grants([teamGrant('bob')]) },
            },
          ],
        },
      ],
    },
  });
  return emulator;
}

/** lead merges pull request `number` (an admin may merge a red one); the push runs the Action. */
async function mergeAndProvision(gh: Emulator, number: number) {
  const merged = await client(gh, LEAD)('PUT', `/repos/acme/access/pulls/${number}/merge`, {
    merge_method: 'merge',
  });
  expect(merged.status).toBe(200);
  const workspace = checkoutEmulatorRepo(gh, 'acme/access', { ref: 'main' });
  workspaces.push(workspace);
  return runAction({
    command: 'provision',
    event: buildEvent(gh, { name: 'push', repo: 'acme/access' }),
    workspace,
    emulator: gh,
  });
}

const member = (gh: Emulator, login: string) =>
  gh.state.org('acme')?.teams.get('payments')?.members.get(login)?.state;

function apiOf(gh: Emulator) {
  return createGitHubClient({
    token: gh.token,
    env: { GITHUB_API_URL: gh.url },
    millisecondsPerSecond: 1,
    writeSpacingMs: 0,
  });
}

async function branchLog(gh: Emulator) {
  const log = await readBranchLog({
    client: apiOf(gh),
    owner: 'acme',
    repo: 'access',
    branch: 'accessctl-evidence',
  });
  return verifyEvidence(log?.text ?? '');
}

describe('the provision gate through the bundled Action', () => {
  it('provisions an approved merge, holds an unapproved one, and keeps both runs on the evidence branch', async () => {
    const gh = await start();
    const approved = await mergeAndProvision(gh, 1);
    expect(approved.exitCode, approved.stderr).toBe(0);
    expect(member(gh, 'alice')).toBe('active');

    const red = await mergeAndProvision(gh, 2);
    expect(red.exitCode).toBe(1);
    expect(member(gh, 'bob')).toBeUndefined();
    expect(red.summary).toMatch(/Held \(merged without the approvals/);
    expect(red.summary).toMatch(/bob-payments: \w+ \(#2\): needs 1 approval/);

    const log = await branchLog(gh);
    expect(log.ok).toBe(true);
    expect(log.records.filter(isResult).map((r) => [r.grant, r.result, r.pullRequest])).toEqual([
      ['alice-payments', 'applied', 1],
      ['bob-payments', 'held', 2],
    ]);

    // the auditor's report reads both runs from the branch and flags what was held
    const report = await runEvidence({
      repo: (workspaces[workspaces.length - 1] as GitWorkspace).path,
      github: { client: apiOf(gh), owner: 'acme', repo: 'access' },
      evidenceBranch: 'accessctl-evidence',
      verdicts: false,
      now: new Date(),
    });
    expect(report.evidenceLog?.broken).toBeUndefined();
    const bob = report.rows.find((r) => r.grant === 'bob-payments');
    expect(bob?.flags).toContainEqual(
      expect.objectContaining({
        kind: 'provisioning-failed',
        message: expect.stringMatching(/^provisioning held: /),
      }),
    );
  }, 120_000);

  it('holds a direct push to main', async () => {
    const gh = await start();
    const pushed = await client(gh, LEAD)(
      'PUT',
      '/repos/acme/access/contents/access/grants/lead.yaml',
      {
        message: 'lead joins payments',
        content: Buffer.from(grants([teamGrant('lead')])).toString('base64'),
        branch: 'main',
      },
    );
    expect(pushed.status).toBe(201);
    const workspace = checkoutEmulatorRepo(gh, 'acme/access', { ref: 'main' });
    workspaces.push(workspace);
    const run = await runAction({
      command: 'provision',
      event: buildEvent(gh, { name: 'push', repo: 'acme/access' }),
      workspace,
      emulator: gh,
    });
    expect(run.exitCode).toBe(1);
    expect(member(gh, 'lead')).toBeUndefined();
    expect(run.summary).toMatch(/lead-payments: \w+ \(no pull request\): needs 1 approval/);
  }, 120_000);
});
