import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { EvidenceReport } from '../../src/evidence/report.js';
import { buildEvent, runAction } from '../harness/index.js';
import { buildKnownHistory, type KnownHistory } from '../evidence/history-fixture.js';

/**
 * The scheduled audit through the bundled Action (dist/index.js): the known history of
 * test/evidence/history-fixture.ts, its provisioning log in the workspace, and a report an
 * auditor can download: HTML and JSON in the workspace, the flagged changes in the job
 * summary, and a red step because changes are flagged.
 */

let history: KnownHistory;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'accessctl-evidence-e2e-'));
  history = await buildKnownHistory(dir);
  copyFileSync(history.evidenceFile, join(history.workspace.path, 'accessctl-evidence.jsonl'));
}, 60_000);

afterAll(async () => {
  await history.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('command: evidence on a schedule', () => {
  it('writes the report into the workspace, summarises the flags and fails the step', async () => {
    const run = await runAction({
      command: 'evidence',
      event: buildEvent(history.emulator, { name: 'schedule', repo: 'acme/access' }),
      workspace: history.workspace,
      emulator: history.emulator,
      // the log as a workspace file; the evidence branch is tested in test/workflows
      inputs: { now: '2026-08-01T00:00:00Z', 'evidence-file': 'accessctl-evidence.jsonl' },
    });
    expect(run.exitCode, run.stdout).toBe(1);
    expect(run.outputs.flags).toBe('6');
    const html = run.outputs['evidence-path'] as string;
    expect(html).toBe(join(history.workspace.path, 'accessctl-evidence-report.html'));
    expect(readFileSync(html, 'utf8')).toMatch(/^<!doctype html>/i);
    const report = JSON.parse(
      readFileSync(html.replace(/\.html$/, '.json'), 'utf8'),
    ) as EvidenceReport;
    expect(report.rows).toHaveLength(7);
    expect(report.evidenceLog).toMatchObject({ records: 6 });
    expect(report.evidenceLog?.broken).toBeUndefined();
    expect(run.summary).toMatch(/Provisioning log \(.*\): 6 records, hash chain verified/);
    expect(run.summary).toMatch(
      /\| `[0-9a-f]{7}` \| removed \| carol-ledger-push \| user:carol \| .*30 h/,
    );
    expect(run.commands.filter((c) => c.command === 'error').map((c) => c.message)).toEqual([
      'accessctl evidence: 6 change(s) flagged (see the job summary and accessctl-evidence-report.html)',
    ]);
    // the pull requests were looked up once and cached for the next night
    expect(existsSync(join(history.workspace.path, '.git/accessctl/pulls.json'))).toBe(true);
  });

  it('refuses a push event with one error line', async () => {
    const run = await runAction({
      command: 'evidence',
      event: buildEvent(history.emulator, { name: 'push', repo: 'acme/access' }),
      workspace: history.workspace,
      emulator: history.emulator,
    });
    expect(run.exitCode).toBe(1);
    expect(run.commands.filter((c) => c.command === 'error').map((c) => c.message)).toEqual([
      'command "evidence" runs on schedule and workflow_dispatch; this run was started by "push" (see docs/evidence.md)',
    ]);
  });
});
