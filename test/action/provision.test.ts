import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

import { isResult, verifyEvidence } from '../../src/provisioners/evidence-log.js';
import type { Emulator } from '../emulator/index.js';
import { runActionStep, useProvisionEnv } from '../workflows/provision-env.js';
import { grants, teamGrant } from '../workflows/provision-fixture.js';

const env = useProvisionEnv();
let emulator: Emulator | undefined;
afterEach(() => {
  process.exitCode = undefined;
});

async function pushRun(payload: Record<string, unknown>, inputs: Record<string, string> = {}) {
  const gh = await env.github({
    org: { login: 'acme', owners: ['octo-admin'], members: ['alice'] },
    teams: [{ slug: 'payments' }],
  });
  emulator = gh;
  const { repo, base } = env.accessRepo(['alice']);
  repo.write({ 'access/grants/alice.yaml': grants([teamGrant('alice')]) });
  const after = repo.commit('grant alice payments');
  const { summary, output } = await runActionStep({
    command: 'provision',
    event: 'push',
    payload: { before: base, after, ...payload },
    // a workspace file instead of the evidence branch (see evidence-branch.test.ts)
    inputs: { 'evidence-file': 'accessctl-evidence.jsonl', ...inputs },
    gh,
    workspace: repo.dir,
    runner: env.scratchDir('accessctl-runner-'),
  });
  return { summary, output, after, workspace: repo.dir };
}

describe('the Action on a push to the default branch', () => {
  it('holds a direct push that no pull request approved: nothing applied, a held record, a red step', async () => {
    const { summary, after, workspace } = await pushRun({
      ref: 'refs/heads/main',
      repository: { default_branch: 'main' },
    });
    expect(process.exitCode).toBe(1);
    expect(emulator?.state.org('acme')?.teams.get('payments')?.members.has('alice')).toBe(false);
    expect(summary).toMatch(/Held \(merged without the approvals the rules require/);
    expect(summary).toMatch(/alice-payments: \w+ \(no pull request\): needs 1 approval/);
    const verdict = verifyEvidence(
      readFileSync(join(workspace, 'accessctl-evidence.jsonl'), 'utf8'),
    );
    expect(verdict.records.filter(isResult).map((r) => [r.grant, r.result, r.mergeCommit])).toEqual(
      [['alice-payments', 'held', after]],
    );
  });

  it('with allow-unapproved, provisions the pushed merge, summarises it and leaves the evidence in the workspace', async () => {
    const { summary, output, after, workspace } = await pushRun(
      { ref: 'refs/heads/main', repository: { default_branch: 'main' } },
      { 'allow-unapproved': 'true' },
    );
    expect(process.exitCode).toBeUndefined();
    expect(emulator?.state.org('acme')?.teams.get('payments')?.members.get('alice')?.state).toBe(
      'active',
    );
    expect(summary).toMatch(/applied\s+alice-payments/);
    expect(output).toContain('provision-json');
    const verdict = verifyEvidence(
      readFileSync(join(workspace, 'accessctl-evidence.jsonl'), 'utf8'),
    );
    expect(verdict.records.filter(isResult).map((r) => [r.grant, r.mergeCommit])).toEqual([
      ['alice-payments', after],
    ]);
  });

  it('does nothing on a push to another branch', async () => {
    await pushRun({ ref: 'refs/heads/feature', repository: { default_branch: 'main' } });
    expect(emulator?.state.requests).toEqual([]);
  });
});
