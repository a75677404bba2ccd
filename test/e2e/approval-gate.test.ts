import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

import type { Emulator } from '../emulator/index.js';
import {
  buildEvent,
  checkoutEmulatorRepo,
  runAction,
  type GitWorkspace,
} from '../harness/index.js';
import { approve, grant, IDENTITIES, push, startAccessRepo } from './pr-check-fixture.js';

/**
 * The approval gate, attacked as DESIGN.md section 6 describes the attacker: alice can open
 * pull requests, push to her branch, label and comment, but owns nothing. olivia owns the
 * ledger (team ledger-owners), pete owns the rules. Each test is one attack through the
 * bundled Action, and what must hold: no access without the approvals the base requires.
 */

const GRANT_FILE = 'access/grants/alice.yaml';
const CLI = join(import.meta.dirname, '../../bin/accessctl.js');

let emulator: Emulator | undefined;
const workspaces: GitWorkspace[] = [];
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
  for (const w of workspaces.splice(0)) w.remove();
});

interface Report {
  verdict: string;
  judgedBy: { editedRuleFiles: string[] };
  grants: { id: string; verdict: string; approvals: string[] }[];
  findings: { rule: string; severity: string; file: string; grant?: string }[];
  reviewers: { reviewer: string; ignored?: string }[];
}

function checkout(): GitWorkspace {
  const workspace = checkoutEmulatorRepo(emulator as Emulator, 'acme/access', {
    ref: 'grant-alice',
  });
  workspaces.push(workspace);
  return workspace;
}

async function check(workspace = checkout()) {
  const em = emulator as Emulator;
  const event = buildEvent(em, {
    name: 'pull_request',
    repo: 'acme/access',
    pullNumber: 1,
    action: 'synchronize',
  });
  const result = await runAction({ command: 'check', event, workspace, emulator: em });
  const report = JSON.parse(result.outputs['report-json'] ?? 'null') as Report | null;
  return { result, report, errors: errorRules(report) };
}

function errorRules(report: Report | null): string[] {
  return (report?.findings ?? []).filter((f) => f.severity === 'error').map((f) => f.rule);
}

/** A grant that lasts `hours` from now. */
function shortGrant(hours: number): string {
  const expires = new Date(Date.now() + hours * 3_600_000).toISOString().replace(/\.\d+Z$/, 'Z');
  return grant('admin', 'ticket: LEDGER-9\n').replace(/expires: .*/, `expires: ${expires}`);
}

function forOlivia(subject = 'user:olivia'): string {
  return grant('pull')
    .replace('id: alice-ledger-pull', 'id: olivia-ledger-pull-2')
    .replace('subject: user:alice', `subject: ${subject}`);
}

describe('the approval gate holds against a requester who owns nothing', () => {
  it('an identities edit that joins the owning team is a rule change: blocked until a policy owner approves', async () => {
    const joined = IDENTITIES.replace('members: [olivia]', 'members: [olivia, alice]');
    emulator = await startAccessRepo({
      pull: { files: { 'access/identities/people.yaml': joined } },
    });
    const blocked = await check();
    expect(blocked.result.exitCode).toBe(1);
    expect(blocked.report?.verdict).toBe('fail');
    expect(blocked.errors).toEqual(['policy-owner-approval']);
    expect(blocked.report?.judgedBy.editedRuleFiles).toEqual(['access/identities/people.yaml']);
    expect(blocked.result.summary).not.toContain('the access request passes');

    // an owner of the ledger is not an owner of the rules
    await approve(emulator, 'olivia');
    expect((await check()).result.exitCode).toBe(1);
    await approve(emulator, 'pete');
    expect((await check()).result.exitCode).toBe(0);
  });

  it.each([
    '.github/workflows/access-request.yml',
    '.github/CODEOWNERS',
    'scripts/provision-legacy.sh',
    'access/grants/notes.txt',
    'access/grants/.hidden.yaml',
    'README.md',
  ])('any path but a grant document is a rule change: %s', async (path) => {
    emulator = await startAccessRepo({
      pull: {
        files: { [path]: 'on: pull_request\njobs: {}\n', [GRANT_FILE]: grant('pull') },
        reviews: [{ user: 'olivia', state: 'APPROVED' }],
      },
    });
    const { result, report, errors } = await check();
    expect(result.exitCode).toBe(1);
    expect(errors).toEqual(['policy-owner-approval']);
    expect(report?.findings.find((f) => f.rule === 'policy-owner-approval')?.file).toBe(path);
  });

  it('break-glass labelled by the author skips nothing; labelled by a policy owner it does, for the head they approved', async () => {
    emulator = await startAccessRepo({
      pull: { files: { [GRANT_FILE]: shortGrant(20) }, labels: ['emergency'] },
    });
    const self = await check();
    expect(self.result.exitCode).toBe(1);
    expect(self.errors).toEqual(['approval-required']);
    expect(self.report?.findings.map((f) => f.rule)).toContain('break-glass-not-permitted');

    await emulator.close();
    emulator = await startAccessRepo({
      pull: {
        files: { [GRANT_FILE]: shortGrant(20) },
        labels: ['emergency'],
        labelledBy: 'pete',
      },
    });
    // the label alone: pete has not seen what it would cover
    const unseen = await check();
    expect(unseen.result.exitCode).toBe(1);
    expect(unseen.errors).toEqual(['approval-required']);
    expect(unseen.report?.findings.map((f) => f.rule)).toContain('break-glass-not-approved');

    await emulator.close();
    emulator = await startAccessRepo({
      pull: {
        files: { [GRANT_FILE]: shortGrant(20) },
        labels: ['emergency'],
        labelledBy: 'pete',
        reviews: [{ user: 'pete', state: 'APPROVED' }],
      },
    });
    const permitted = await check();
    expect(permitted.result.exitCode).toBe(0);
    expect(permitted.errors).toEqual([]);
    expect(permitted.report?.findings.map((f) => f.rule)).toContain('break-glass-used');

    // the author then pushes another version under the same label: pete's approval is stale
    await push(emulator, GRANT_FILE, shortGrant(23));
    const pushed = await check();
    expect(pushed.result.exitCode).toBe(1);
    expect(pushed.report?.findings.map((f) => f.rule)).toContain('break-glass-not-approved');
  });

  it("the beneficiary's approval never counts, nor a member of the subject team", async () => {
    for (const subject of ['user:olivia', 'team:ledger-owners']) {
      emulator = await startAccessRepo({
        pull: {
          files: { [GRANT_FILE]: forOlivia(subject) },
          reviews: [{ user: 'olivia', state: 'APPROVED' }],
        },
      });
      const { result, errors, report } = await check();
      expect(result.exitCode, subject).toBe(1);
      expect(errors).toEqual(['approval-required']);
      expect(report?.grants[0]?.approvals).toEqual([]);
      await emulator.close();
      emulator = undefined;
    }
  });

  it('an owner who pushed a commit to the request is not an independent approver', async () => {
    emulator = await startAccessRepo({ pull: { files: { [GRANT_FILE]: grant('pull') } } });
    await push(
      emulator,
      'access/grants/olivia-note.yaml',
      forOlivia().replace('pull-2', 'pull-3'),
      'olivia',
    );
    await approve(emulator, 'olivia');
    const { result, errors, report } = await check();
    expect(result.exitCode).toBe(1);
    expect(errors).toContain('approval-required');
    expect(report?.reviewers).toEqual([
      { reviewer: 'olivia', ignored: 'pushed commits to this pull request' },
    ]);
  });

  it("removing someone else's grant needs an owner's or the subject's approval", async () => {
    emulator = await startAccessRepo({ pull: { files: { 'access/grants/olivia.yaml': null } } });
    const blocked = await check();
    expect(blocked.result.exitCode).toBe(1);
    expect(blocked.errors).toEqual(['removal-approval']);
    expect(blocked.report?.grants[0]).toMatchObject({
      id: 'olivia-ledger-pull',
      verdict: 'needs approval',
    });
    // the file is gone at the head: the finding is in the report, not an annotation on it
    expect(blocked.report?.findings.map((f) => f.file)).toEqual(['access/grants/olivia.yaml']);
    const [run] = (emulator as Emulator).state.repo('acme', 'access')?.checkRuns ?? [];
    expect(run?.conclusion).toBe('failure');
    expect(run?.annotations.map((a) => a.path)).not.toContain('access/grants/olivia.yaml');
    await approve(emulator, 'olivia');
    expect((await check()).result.exitCode).toBe(0);
  });

  it.each([
    ['github:repo/acme/Ledger', 'admin'],
    ['github:team/..', 'member'],
    ['github:team/%2e%2e', 'member'],
  ])(
    'a name that aliases another is never judged by a looser entry: %s',
    async (resource, role) => {
      // pete owns a loose glob; the exact ledger entry is olivia's and forbids nothing here
      const loose = `kind: Resource
id: github:repo/acme/*
owners: [user:pete]
provisioner: github
roles:
  admin: { risk: low, maxDays: 365 }
---
kind: Resource
id: github:team/*
owners: [user:pete]
provisioner: github
roles:
  member: { risk: low, maxDays: 365 }
`;
      emulator = await startAccessRepo({
        baseFiles: { 'access/catalog/loose.yaml': loose },
        pull: {
          files: {
            [GRANT_FILE]: grant('pull')
              .replace('resource: github:repo/acme/ledger', `resource: ${resource}`)
              .replace('role: pull', `role: ${role}`),
          },
          reviews: [{ user: 'pete', state: 'APPROVED' }],
        },
      });
      const { result, errors } = await check();
      expect(result.exitCode).toBe(1);
      expect(errors.some((rule) => rule === 'invalid-name' || rule === 'noncanonical-name')).toBe(
        true,
      );
    },
  );

  it('a poisoned parse cache in the workspace changes no verdict', async () => {
    emulator = await startAccessRepo({ pull: { files: { [GRANT_FILE]: grant('pull') } } });
    const honest = await check();
    expect(honest.errors).toEqual(['approval-required']);

    // The CLI writes a genuine cache; then the base catalog's entry is edited so the role
    // needs no approval, as a cache restored from an attacker's run could be.
    const workspace = checkout();
    try {
      execFileSync(process.execPath, [CLI, 'check'], { cwd: workspace.path, stdio: 'ignore' });
    } catch {
      // findings exit 1; the cache is written either way
    }
    const cacheFile = join(workspace.path, '.git/accessctl/parse-cache.jsonl');
    const clean = readFileSync(cacheFile, 'utf8');
    const poisoned = clean.replace(
      '"pull":{"risk":"low","maxDays":365}',
      '"pull":{"risk":"low","maxDays":365,"approvals":0}',
    );
    expect(poisoned).not.toBe(clean);
    writeFileSync(cacheFile, poisoned);

    const attacked = await check(workspace);
    expect(attacked.result.exitCode).toBe(1);
    expect(attacked.errors).toEqual(['approval-required']);
  });
});
