import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';

import { isResult, verifyEvidence } from '../../src/provisioners/evidence-log.js';
import type { Emulator } from '../emulator/index.js';
import { runActionStep, useProvisionEnv } from '../workflows/provision-env.js';
import { grants, teamGrant } from '../workflows/provision-fixture.js';

const env = useProvisionEnv();
let emulator: Emulator | undefined;
// @actions/core keeps the first summary path it sees, so every run of this file shares one
const runner = mkdtempSync(join(tmpdir(), 'accessctl-runner-'));
afterAll(() => rmSync(runner, { recursive: true, force: true }));
afterEach(() => {
  process.exitCode = undefined;
});

/** alice's granted membership is missing; mallory was added to the team by hand. */
async function scheduledRun(event: string, inputs: Record<string, string>, config?: string) {
  const gh = await env.github({
    org: { login: 'acme', owners: ['octo-admin'], members: ['alice', 'mallory'] },
    teams: [{ slug: 'payments', members: ['mallory'] }],
  });
  emulator = gh;
  const { repo } = env.accessRepo(['alice']);
  repo.write({
    'access/grants/alice.yaml': grants([teamGrant('alice')]),
    ...(config === undefined ? {} : { 'accessctl.yaml': config }),
  });
  const commit = repo.commit('grant alice payments');
  const { summary, output } = await runActionStep({
    command: 'reconcile',
    event,
    payload: { schedule: '0 3 * * *' },
    // commits without pull requests: repairs run as a bootstrap (the gate has tests of its own)
    inputs: { 'allow-unapproved': 'true', ...inputs },
    gh,
    workspace: repo.dir,
    runner,
  });
  return { commit, workspace: repo.dir, summary, output };
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
    } = await scheduledRun(
      'workflow_dispatch',
      { apply: 'true', 'evidence-file': 'accessctl-evidence.jsonl' },
      'prune: true\n',
    );
    expect(process.exitCode).toBeUndefined();
    expect(summary).toMatch(/\| applied \| unmanaged \| mallory in team acme\/payments \|/);
    expect(output(file, 'repaired')).toBe('2');
    const members = emulator?.state.org('acme')?.teams.get('payments')?.members;
    expect([...(members?.keys() ?? [])]).toEqual(['alice']);
    const verdict = verifyEvidence(
      readFileSync(join(workspace, 'accessctl-evidence.jsonl'), 'utf8'),
    );
    expect(verdict.records.filter(isResult).map((r) => [r.grant, r.mergeCommit])).toEqual([
      ['alice-payments', commit],
      ['(unmanaged)', commit],
    ]);
    expect(
      verdict.records.filter(isResult).every((r) => r.operation.startsWith('repair drift: ')),
    ).toBe(true);
  });

  it('refuses to run on a push, or with an apply input that is not true or false', async () => {
    await expect(scheduledRun('push', {})).rejects.toThrow(
      /runs on schedule and workflow_dispatch; this run was started by "push"/,
    );
    await expect(scheduledRun('schedule', { apply: 'yes' })).rejects.toThrow(
      /input "apply" is "yes"; it must be true or false/,
    );
    expect(emulator?.state.requests).toEqual([]);
  });
});
