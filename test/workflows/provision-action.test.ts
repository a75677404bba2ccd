import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

import { dispatch } from '../../src/action/dispatch.js';
import { verifyEvidence } from '../../src/provisioners/evidence-log.js';
import { startEmulator, type Emulator } from '../emulator/index.js';
import type { GitRepo } from '../model/git-repo.js';
import { accessRepo, grants } from './provision-fixture.js';

let emulator: Emulator | undefined;
let repo: GitRepo | undefined;
const dirs: string[] = [];
const savedEnv = { ...process.env };
afterEach(async () => {
  await emulator?.close();
  repo?.cleanup();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  process.env = { ...savedEnv };
  process.exitCode = undefined;
});

async function pushRun(payload: Record<string, unknown>) {
  emulator = await startEmulator({
    seed: {
      org: { login: 'acme', owners: ['octo-admin'], members: ['alice'] },
      teams: [{ slug: 'payments' }],
    },
  });
  const made = accessRepo(['alice']);
  repo = made.repo;
  repo.write({
    'access/grants/alice.yaml': grants([
      {
        id: 'alice-payments',
        subject: 'user:alice',
        resource: 'github:team/payments',
        role: 'member',
      },
    ]),
  });
  const after = repo.commit('grant alice payments');
  const runner = mkdtempSync(join(tmpdir(), 'accessctl-runner-'));
  dirs.push(runner);
  const event = join(runner, 'event.json');
  writeFileSync(event, JSON.stringify({ before: made.base, after, ...payload }));
  for (const name of ['summary.md', 'output.txt']) writeFileSync(join(runner, name), '');
  Object.assign(process.env, {
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'acme/access',
    GITHUB_WORKSPACE: repo.dir,
    GITHUB_API_URL: emulator.url,
    GITHUB_STEP_SUMMARY: join(runner, 'summary.md'),
    GITHUB_OUTPUT: join(runner, 'output.txt'),
  });
  await dispatch({
    command: 'provision',
    accessDir: 'access',
    policiesDir: 'policies',
    token: emulator.token,
  });
  return { runner, after, workspace: repo.dir };
}

describe('the Action on a push to the default branch', () => {
  it('provisions the pushed merge, summarises it and leaves the evidence in the workspace', async () => {
    const { runner, after, workspace } = await pushRun({
      ref: 'refs/heads/main',
      repository: { default_branch: 'main' },
    });
    expect(process.exitCode).toBeUndefined();
    expect(emulator?.state.org('acme')?.teams.get('payments')?.members.get('alice')?.state).toBe(
      'active',
    );
    expect(readFileSync(join(runner, 'summary.md'), 'utf8')).toMatch(/applied\s+alice-payments/);
    expect(readFileSync(join(runner, 'output.txt'), 'utf8')).toContain('provision-json');
    const verdict = verifyEvidence(
      readFileSync(join(workspace, 'accessctl-evidence.jsonl'), 'utf8'),
    );
    expect(verdict.records.map((r) => [r.grant, r.mergeCommit])).toEqual([
      ['alice-payments', after],
    ]);
  });

  it('does nothing on a push to another branch', async () => {
    await pushRun({ ref: 'refs/heads/feature', repository: { default_branch: 'main' } });
    expect(emulator?.state.requests).toEqual([]);
  });
});
