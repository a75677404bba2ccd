import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createGitHubClient, silentLogger } from '../../src/github/index.js';
import {
  SYNC_BRANCH,
  SYNC_LABEL,
  syncIdentitiesOnGitHub,
} from '../../src/workflows/sync-identities/pull-request.js';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { FILES, seed } from '../e2e/expire-fixture.js';
import { checkoutEmulatorRepo, type GitWorkspace } from '../harness/index.js';

// The Action's identity sync in process against the emulator: the HR file from the workspace
// or from a repository_dispatch payload becomes one pull request, updated by the next run.

let emulator: Emulator | undefined;
const workspaces: GitWorkspace[] = [];
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
  for (const w of workspaces.splice(0)) w.remove();
});

const CONFIG = 'policyOwners: [team:payments]\n';

async function setup() {
  emulator = await startEmulator({
    seed: seed({ ...FILES, 'accessctl.yaml': CONFIG }),
    actor: 'octo-admin',
  });
  const workspace = checkoutEmulatorRepo(emulator, 'acme/access', { ref: 'main' });
  workspaces.push(workspace);
  const client = createGitHubClient({
    token: emulator.token,
    baseUrl: emulator.url,
    log: silentLogger,
    millisecondsPerSecond: 1,
    writeSpacingMs: 0,
  });
  const run = (event: string, payload: unknown, from = '') =>
    syncIdentitiesOnGitHub({
      accessDir: join(workspace.path, 'access'),
      workspace: workspace.path,
      event,
      payload,
      from,
      github: { client, repository: { owner: 'acme', repo: 'access' } },
    });
  return { workspace, run };
}

function repo() {
  return emulator!.state.repo('acme', 'access')!;
}

function fileOn(branch: string, path: string): string | undefined {
  const r = repo();
  const tree = r.git.flatten(r.git.commit(r.refs.get(`refs/heads/${branch}`)!)!.tree);
  const entry = tree.get(path);
  return entry === undefined ? undefined : r.git.blob(entry.sha)!.toString('utf8');
}

const HEADER = 'login,status,left_on,team\n';

describe('sync-identities in the Action', () => {
  it('turns a dispatched HR file with a leaver into one pull request that also removes their grants', async () => {
    const { run } = await setup();
    const content = `${HEADER}dave,leaver,2026-11-26,\n`;
    const result = await run('repository_dispatch', {
      action: 'hr-export',
      client_payload: { name: 'hr.csv', content },
    });
    expect(result.findings).toEqual([]);
    expect(result.pullRequest).toMatchObject({ action: 'opened' });
    const pull = repo().issues.find((i) => i.number === result.pullRequest?.number)!;
    expect(pull.labels).toContain(SYNC_LABEL);
    expect(pull.body).toContain('dave left on 2026-11-26');
    expect(fileOn(SYNC_BRANCH, 'access/identities/people.yaml')).toContain(
      'id: dave\nstatus: leaver\nleftOn: 2026-11-26',
    );
    expect(fileOn(SYNC_BRANCH, 'access/grants/oncall.yaml')).not.toContain('id: dave-oncall');
    expect(result.removedGrants).toContain('dave-oncall');

    // the next run updates the same pull request
    const again = await run('repository_dispatch', {
      client_payload: { name: 'hr.csv', content: `${HEADER}dave,leaver,2026-11-25,\n` },
    });
    expect(again.pullRequest).toMatchObject({
      number: result.pullRequest?.number,
      action: 'updated',
    });
    expect(repo().issues.filter((i) => i.pull !== undefined)).toHaveLength(1);
  });

  it('closes its open pull request once identities/ already matches HR', async () => {
    const { run } = await setup();
    const opened = await run('repository_dispatch', {
      client_payload: { name: 'hr.csv', content: `${HEADER}dave,leaver,2026-11-26,\n` },
    });
    // HR takes it back: dave stays, which is what main says
    const settled = await run('repository_dispatch', {
      client_payload: { name: 'hr.csv', content: `${HEADER}dave,active,,\n` },
    });
    expect(settled.files).toEqual([]);
    expect(settled.closedPullRequest).toBe(opened.pullRequest?.number);
    const pull = repo().issues.find((i) => i.number === opened.pullRequest?.number)!;
    expect(pull.state).toBe('closed');
    expect(repo().refs.has(`refs/heads/${SYNC_BRANCH}`)).toBe(false);
  });

  it('reads the file the input names on a schedule', async () => {
    const { workspace, run } = await setup();
    mkdirSync(join(workspace.path, 'hr'), { recursive: true });
    writeFileSync(join(workspace.path, 'hr/export.csv'), `${HEADER}zoe,active,,payments\n`);
    const result = await run('schedule', {}, 'hr/export.csv');
    expect(result.changes).toEqual(['new user zoe', 'zoe: joins team payments']);
    expect(fileOn(SYNC_BRANCH, 'access/identities/people.yaml')).toContain('kind: User\nid: zoe\n');
  });

  it('opens nothing for a bad file and points into it', async () => {
    const { run } = await setup();
    const result = await run('repository_dispatch', {
      client_payload: { name: 'hr.csv', content: `${HEADER}dave,leaver,,\n` },
    });
    expect(result.findings).toEqual([
      expect.objectContaining({ line: 2, column: 6, message: expect.stringMatching(/no date/) }),
    ]);
    expect(result.pullRequest).toBeUndefined();
    expect(repo().refs.has(`refs/heads/${SYNC_BRANCH}`)).toBe(false);
  });

  it.each([['../../etc/passwd'], ['/etc/passwd']])(
    'refuses a dispatched path outside the workspace: %s',
    async (path) => {
      const { run } = await setup();
      await expect(run('repository_dispatch', { client_payload: { path } })).rejects.toThrow(
        /outside the workspace/,
      );
    },
  );

  it('refuses to run on a pull request event', async () => {
    const { run } = await setup();
    await expect(run('pull_request', {}, 'hr.csv')).rejects.toThrow(/runs on schedule/);
  });
});
