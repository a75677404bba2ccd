import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { isResult, verifyEvidence } from '../../src/provisioners/evidence-log.js';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { buildEvent, createGitWorkspace, runAction, type GitWorkspace } from '../harness/index.js';
import { CATALOG, grants, identities } from '../workflows/provision-fixture.js';

/**
 * The nightly reconcile through the bundled Action, against the emulator: drift reported
 * without changes, repaired with `apply: true` (unmanaged access too, since the repository
 * says prune: true), and a next night that finds nothing.
 */

let emulator: Emulator;
let workspace: GitWorkspace;

beforeAll(async () => {
  emulator = await startEmulator({
    seed: {
      org: { login: 'acme', owners: ['octo-admin'], members: ['alice', 'mallory'] },
      teams: [{ slug: 'payments', members: ['mallory'] }],
      repos: [{ name: 'access', files: {} }],
    },
  });
  workspace = createGitWorkspace({
    files: {
      'accessctl.yaml': 'prune: true\n',
      'access/catalog/github.yaml': CATALOG,
      'access/identities/people.yaml': identities(['alice', 'lead']),
      'access/grants/alice.yaml': grants([
        {
          id: 'alice-payments',
          subject: 'user:alice',
          resource: 'github:team/payments',
          role: 'member',
        },
      ]),
    },
  });
}, 120_000);

afterAll(async () => {
  await emulator.close();
  workspace.remove();
});

function nightly(inputs: Record<string, string>) {
  return runAction({
    command: 'reconcile',
    event: buildEvent(emulator, { name: 'schedule', repo: 'acme/access' }),
    workspace,
    emulator,
    // commits without pull requests: repairs run as a bootstrap (the gate has tests of its own)
    inputs: {
      now: '2026-11-27T03:00:00Z',
      'evidence-file': 'accessctl-evidence.jsonl',
      'allow-unapproved': 'true',
      ...inputs,
    },
  });
}

const members = () => [...(emulator.state.org('acme')?.teams.get('payments')?.members ?? [])];

describe('command: reconcile on a schedule', () => {
  it('reports, then repairs, then finds nothing', async () => {
    const report = await nightly({});
    expect(report.exitCode, report.stdout).toBe(1);
    expect(report.outputs.drift).toBe('2');
    expect(report.outputs.repaired).toBe('0');
    expect(report.summary).toMatch(
      /\| planned \| missing \| alice in team acme\/payments \| alice-payments \| member \| - \|/,
    );
    expect(report.summary).toMatch(
      /\| planned \| unmanaged \| mallory in team acme\/payments \| - \| - \| member \| revoke member/,
    );
    expect(report.stdout).toContain('set the input apply: true to repair it');
    expect(emulator.state.requests.filter((r) => r.method !== 'GET')).toEqual([]);

    const repair = await nightly({ apply: 'true' });
    expect(repair.exitCode).toBe(0);
    expect(repair.outputs.repaired).toBe('2');
    expect(members()).toEqual([['alice', { role: 'member', state: 'active' }]]);
    const verdict = verifyEvidence(
      readFileSync(join(workspace.path, 'accessctl-evidence.jsonl'), 'utf8'),
    );
    expect(verdict.ok).toBe(true);
    expect(
      verdict.records.filter(isResult).map((r) => [r.grant, r.operation, r.mergeCommit]),
    ).toEqual([
      [
        'alice-payments',
        'repair drift: grant member to alice in team acme/payments',
        workspace.head,
      ],
      [
        '(unmanaged)',
        'repair drift: revoke member from mallory in team acme/payments',
        workspace.head,
      ],
    ]);

    const next = await nightly({ apply: 'true' });
    expect(next.exitCode).toBe(0);
    expect(next.outputs.drift).toBe('0');
    expect(next.summary).toContain('No drift: every system matches the repository.');
    expect(JSON.parse(next.outputs['reconcile-json'] ?? '{}')).toMatchObject({ ok: true });

    // the token appears once, in the add-mask command that hides it, and nowhere else
    for (const run of [report, repair, next]) {
      expect(`${run.stdout}\n${run.stderr}\n${run.summary}`).not.toContain(emulator.token);
      expect(`${run.rawStdout}\n${run.rawStderr}`.split(emulator.token)).toHaveLength(2);
    }
  });
});
