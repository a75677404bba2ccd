import { afterEach, describe, expect, it } from 'vitest';

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { EvidenceReport } from '../../src/evidence/report.js';
import { isResult, verifyEvidence } from '../../src/provisioners/evidence-log.js';
import { readBranchLog } from '../../src/provisioners/evidence-branch.js';
import { createGitHubClient } from '../../src/github/index.js';
import { client } from '../emulator/client.js';
import type { Emulator } from '../emulator/index.js';
import {
  buildEvent,
  checkoutEmulatorRepo,
  runAction,
  type GitWorkspace,
} from '../harness/index.js';
import { approve, inDays, startAccessRepo, TOKENS } from './pr-check-fixture.js';
import {
  ledgerPackage,
  ledgerPackageGrant,
  ledgerIdentities,
} from '../fixtures/packages/ledger.js';

/**
 * Access packages through the bundled Action's pull-request check, against the emulated API
 * and a real checkout of the pull request's head: ledger-reader gives pull on the ledger to the
 * employees of team ledger-readers (alice), approved once by its owners (team ledger-owners:
 * olivia). alice asks; pete is in team auditors, which the package does not name. What an
 * admin merges red anyway is refused by provisioning, the last gate; the audit report names
 * who approved the package an eligible grant took.
 */

const IDENTITIES = ledgerIdentities({ teams: { auditors: ['pete'] } });

const PACKAGE_FILE = 'access/packages/ledger.yaml';
const PACKAGE = ledgerPackage();

function packageGrant(login: string): string {
  return ledgerPackageGrant(login, inDays(20));
}

interface Report {
  verdict: string;
  grants: { id: string; verdict: string; approvals: string[]; resource: string }[];
  findings: { rule: string; severity: string; file: string; line: number; message: string }[];
}

let emulator: Emulator | undefined;
const workspaces: GitWorkspace[] = [];
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
  for (const w of workspaces.splice(0)) w.remove();
});

async function open(files: Record<string, string>): Promise<void> {
  emulator = await startAccessRepo({
    pull: { title: 'A package grant', files },
    baseFiles: { 'access/identities/people.yaml': IDENTITIES, [PACKAGE_FILE]: PACKAGE },
  });
}

async function check(name: 'pull_request' | 'pull_request_review' = 'pull_request') {
  const em = emulator as Emulator;
  const workspace = checkoutEmulatorRepo(em, 'acme/access', { ref: 'grant-alice' });
  workspaces.push(workspace);
  const event = buildEvent(em, {
    name,
    repo: 'acme/access',
    pullNumber: 1,
    action: name === 'pull_request' ? 'opened' : 'submitted',
  });
  const result = await runAction({ command: 'check', event, workspace, emulator: em });
  const report = JSON.parse(result.outputs['report-json'] ?? '{}') as Report;
  const runs = em.state.repo('acme', 'access')?.checkRuns ?? [];
  return { result, report, run: runs[runs.length - 1] };
}

const errors = (report: Report) =>
  report.findings.filter((f) => f.severity === 'error').map((f) => f.rule);

describe('the pull-request check on access packages, in the Action', () => {
  it('passes a package grant to an eligible subject with no review at all', async () => {
    await open({ 'access/grants/alice.yaml': packageGrant('alice') });
    const { result, report, run } = await check();
    expect(result.exitCode, result.stdout).toBe(0);
    expect(report.verdict).toBe('pass');
    expect(report.findings).toEqual([]);
    expect(report.grants).toEqual([
      expect.objectContaining({
        id: 'alice-ledger-reader',
        resource: 'package:ledger-reader',
        verdict: 'passes',
        approvals: [],
      }),
    ]);
    expect(run?.conclusion).toBe('success');
  }, 60_000);

  it('fails a package grant to an ineligible subject, at the subject line, and says what to do', async () => {
    await open({ 'access/grants/pete.yaml': packageGrant('pete') });
    const { result, report, run } = await check();
    expect(result.exitCode).toBe(1);
    expect(errors(report)).toEqual(['package-eligibility']);
    expect(report.findings[0]).toMatchObject({ file: 'access/grants/pete.yaml', line: 3 });
    expect(report.findings[0]?.message).toMatch(
      /^user:pete may not hold package ledger-reader: pete is in none of the teams ledger-readers; .*owners of ledger-reader \(team:ledger-owners\) to widen its conditions$/,
    );
    expect(run?.conclusion).toBe('failure');
    expect(run?.annotations).toContainEqual(
      expect.objectContaining({
        path: 'access/grants/pete.yaml',
        start_line: 3,
        annotation_level: 'failure',
        title: 'package-eligibility',
      }),
    );
  }, 60_000);

  it('judges a request that widens the package and uses it by the base package, and needs a policy owner', async () => {
    await open({
      [PACKAGE_FILE]: PACKAGE.replace(
        'teams: [ledger-readers]',
        'teams: [ledger-readers, auditors]',
      ),
      'access/grants/pete.yaml': packageGrant('pete'),
    });
    const unreviewed = await check();
    expect(unreviewed.result.exitCode).toBe(1);
    expect(errors(unreviewed.report).sort()).toEqual([
      'package-eligibility',
      'policy-owner-approval',
    ]);
    expect(
      unreviewed.report.findings.find((f) => f.rule === 'policy-owner-approval')?.message,
    ).toMatch(
      /needs approval from a policy owner \(user:pete\) who did not write or push the change/,
    );

    // the package's owner approving is not enough: a package gives its roles with no review,
    // so only a policy owner changes it; and this grant is still judged by the package as it
    // was, so it cannot ride along
    await approve(emulator as Emulator, 'olivia');
    const approved = await check('pull_request_review');
    expect(approved.result.exitCode).toBe(1);
    expect(errors(approved.report).sort()).toEqual([
      'package-eligibility',
      'policy-owner-approval',
    ]);
  }, 120_000);

  it('refuses at provisioning an ineligible package grant an admin merged red, and records it', async () => {
    await open({ 'access/grants/pete.yaml': packageGrant('pete') });
    const em = emulator as Emulator;
    const merged = await client(em)('PUT', '/repos/acme/access/pulls/1/merge', {
      merge_method: 'merge',
    });
    expect(merged.status).toBe(200);
    const workspace = checkoutEmulatorRepo(em, 'acme/access', { ref: 'main' });
    workspaces.push(workspace);
    const provision = await runAction({
      command: 'provision',
      event: buildEvent(em, { name: 'push', repo: 'acme/access' }),
      workspace,
      emulator: em,
    });
    // the rules of the merge's parent deny it: refused, with where and what to do
    expect(provision.summary).toMatch(
      /Refused \(the rules of the merge&#39;s parent deny these grants; fix them in a new pull request\):\n {2}pete-ledger-reader: user:pete may not hold package ledger-reader: .*\(package-eligibility, access\/grants\/pete.yaml:3:1\)/,
    );
    const log = await readBranchLog({
      client: createGitHubClient({
        token: em.token,
        env: { GITHUB_API_URL: em.url },
        millisecondsPerSecond: 1,
        writeSpacingMs: 0,
      }),
      owner: 'acme',
      repo: 'access',
      branch: 'accessctl-evidence',
    });
    const verified = verifyEvidence(log?.text ?? '');
    expect(verified.ok).toBe(true);
    expect(verified.records.filter(isResult)).toEqual([
      expect.objectContaining({
        grant: 'pete-ledger-reader',
        result: 'refused',
        pullRequest: 1,
        approvers: [],
      }),
    ]);
    expect(provision.exitCode).toBe(1);
  }, 120_000);

  it('shows in the audit report who approved the package an eligible grant took', async () => {
    await open({ 'access/grants/alice.yaml': packageGrant('alice') });
    const em = emulator as Emulator;
    const api = '/repos/acme/access';
    const ok = async (answer: Promise<{ status: number; body: Record<string, unknown> }>) => {
      const { status, body } = await answer;
      expect(status, JSON.stringify(body)).toBeLessThan(300);
      return body;
    };
    // pete shortens the package on a branch of his own; olivia, its owner, approves; merged
    const main = (await ok(client(em)('GET', `${api}/git/ref/heads/main`))).object as {
      sha: string;
    };
    await ok(client(em)('POST', `${api}/git/refs`, { ref: 'refs/heads/shorter', sha: main.sha }));
    const current = await ok(client(em)('GET', `${api}/contents/${PACKAGE_FILE}?ref=shorter`));
    await ok(
      client(em, TOKENS.pete)('PUT', `${api}/contents/${PACKAGE_FILE}`, {
        message: 'ledger-reader lasts 25 days at most',
        content: Buffer.from(PACKAGE.replace('maxDays: 30', 'maxDays: 25')).toString('base64'),
        branch: 'shorter',
        sha: current.sha,
      }),
    );
    const number = (
      await ok(
        client(em, TOKENS.pete)('POST', `${api}/pulls`, {
          title: 'Shorter ledger-reader',
          head: 'shorter',
          base: 'main',
        }),
      )
    ).number as number;
    await ok(
      client(em, TOKENS.olivia)('POST', `${api}/pulls/${number}/reviews`, { event: 'APPROVE' }),
    );
    await ok(client(em)('PUT', `${api}/pulls/${number}/merge`, { merge_method: 'merge' }));
    // then alice's grant, which nobody reviewed
    await ok(client(em)('PUT', `${api}/pulls/1/merge`, { merge_method: 'merge' }));

    const workspace = checkoutEmulatorRepo(em, 'acme/access', { ref: 'main' });
    workspaces.push(workspace);
    const audit = await runAction({
      command: 'evidence',
      event: buildEvent(em, { name: 'schedule', repo: 'acme/access' }),
      workspace,
      emulator: em,
    });
    // the report is written, and the run fails on what the bootstrap pushed without review
    expect(audit.exitCode, audit.stdout).toBe(1);
    const report = JSON.parse(
      readFileSync(join(workspace.path, 'accessctl-evidence-report.json'), 'utf8'),
    ) as EvidenceReport;
    const row = report.rows.find((r) => r.grant === 'alice-ledger-reader');
    expect(row).toMatchObject({
      package: 'ledger-reader',
      pullRequest: { number: 1, approvals: [] },
      packageApproval: {
        package: 'ledger-reader',
        pullRequest: { number, author: 'pete' },
        approvals: [expect.objectContaining({ reviewer: 'olivia' })],
      },
    });
    // no review of its own, and none needed: the package's approval stands for it (the
    // emulator's clock is not today's, so the verdict at the commit is not asserted here)
    expect(row?.flags.map((f) => f.kind)).not.toContain('no-approval');
    const html = readFileSync(join(workspace.path, 'accessctl-evidence-report.html'), 'utf8');
    expect(html).toContain(`package ledger-reader: approved by olivia in #${number}`);
  }, 120_000);
});
