import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';

import { dispatch } from '../../src/action/dispatch.js';
import { verifyEvidence } from '../../src/provisioners/evidence-log.js';
import { startEmulator, type Emulator } from '../emulator/index.js';
import type { GitRepo } from '../model/git-repo.js';
import { accessRepo, grants } from './provision-fixture.js';

let emulator: Emulator | undefined;
let repo: GitRepo | undefined;
const savedEnv = { ...process.env };
// @actions/core keeps the first summary path it sees, so every run of this file shares one
const runner = mkdtempSync(join(tmpdir(), 'accessctl-runner-'));
afterAll(() => rmSync(runner, { recursive: true, force: true }));
afterEach(async () => {
  await emulator?.close();
  repo?.cleanup();
  process.env = { ...savedEnv };
  process.exitCode = undefined;
});

/** alice's granted membership is missing; mallory was added to the team by hand. */
async function scheduledRun(event: string, inputs: Record<string, string>, config?: string) {
  emulator = await startEmulator({
    seed: {
      org: { login: 'acme', owners: ['octo-admin'], members: ['alice', 'mallory'] },
      teams: [{ slug: 'payments', members: ['mallory'] }],
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
    ...(config === undefined ? {} : { 'accessctl.yaml': config }),
  });
  const commit = repo.commit('grant alice payments');
  const eventPath = join(runner, 'event.json');
  writeFileSync(eventPath, JSON.stringify({ schedule: '0 3 * * *' }));
  for (const name of ['summary.md', 'output.txt']) writeFileSync(join(runner, name), '');
  Object.assign(process.env, {
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/access',
    GITHUB_WORKSPACE: repo.dir,
    GITHUB_API_URL: emulator.url,
    GITHUB_STEP_SUMMARY: join(runner, 'summary.md'),
    GITHUB_OUTPUT: join(runner, 'output.txt'),
  });
  for (const [name, value] of Object.entries(inputs))
    process.env[`INPUT_${name.toUpperCase()}`] = value;
  await dispatch({
    command: 'reconcile',
    accessDir: 'access',
    policiesDir: 'policies',
    token: emulator.token,
  });
  const read = (name: string) => readFileSync(join(runner, name), 'utf8');
  return { commit, workspace: repo.dir, summary: read('summary.md'), output: read('output.txt') };
}

/** The value of one output in the GITHUB_OUTPUT file (heredoc form). */
function output(file: string, name: string): string | undefined {
  const match = new RegExp(`^${name}<<(.+)\\n([\\s\\S]*?)\\n\\1$`, 'm').exec(file);
  return match?.[2];
}

describe('the Action on a schedule with command: reconcile', () => {
  it('reports drift in a job summary table and outputs, changes nothing, and fails the job', async () => {
    const { summary, output: file } = await scheduledRun('schedule', {});
    expect(process.exitCode).toBe(1);
    expect(summary).toContain('| status | drift | access | grant | wants | holds | action |');
    expect(summary).toMatch(
      /\| planned \| missing \| alice in team acme\/payments \| alice-payments \|/,
    );
    expect(summary).toMatch(/\| reported \| unmanaged \| mallory in team acme\/payments \|/);
    expect(output(file, 'drift')).toBe('2');
    expect(output(file, 'repaired')).toBe('0');
    expect(emulator?.state.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('with apply: true and prune: true repairs everything, leaves evidence, and passes', async () => {
    const {
      summary,
      output: file,
      commit,
      workspace,
    } = await scheduledRun('workflow_dispatch', { apply: 'true' }, 'prune: true\n');
    expect(process.exitCode).toBeUndefined();
    expect(summary).toMatch(/\| applied \| unmanaged \| mallory in team acme\/payments \|/);
    expect(output(file, 'repaired')).toBe('2');
    const members = emulator?.state.org('acme')?.teams.get('payments')?.members;
    expect([...(members?.keys() ?? [])]).toEqual(['alice']);
    const verdict = verifyEvidence(
      readFileSync(join(workspace, 'accessctl-evidence.jsonl'), 'utf8'),
    );
    expect(verdict.records.map((r) => [r.grant, r.mergeCommit])).toEqual([
      ['alice-payments', commit],
      ['(unmanaged)', commit],
    ]);
    expect(verdict.records.every((r) => r.operation.startsWith('repair drift: '))).toBe(true);
  });

  it('refuses to run on a push, or with an apply input that is not true or false', async () => {
    await expect(scheduledRun('push', {})).rejects.toThrow(
      /runs on schedule and workflow_dispatch; this run was started by "push"/,
    );
    await emulator?.close();
    repo?.cleanup();
    await expect(scheduledRun('schedule', { apply: 'yes' })).rejects.toThrow(
      /input "apply" is "yes"; it must be true or false/,
    );
    expect(emulator?.state.requests).toEqual([]);
  });
});
