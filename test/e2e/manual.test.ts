import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

import type { EvidenceReport } from '../../src/evidence/report.js';
import { client } from '../emulator/client.js';
import { startEmulator, type Emulator } from '../emulator/index.js';
import {
  buildEvent,
  checkoutEmulatorRepo,
  runAction,
  type GitWorkspace,
} from '../harness/index.js';
import { ALICE, BASE_FILES, evidenceResults } from './lifecycle-fixture.js';

/**
 * A system without an API through the bundled Action, against the emulator and real git
 * checkouts: the merge of an approved grant opens one issue assigned to the resource's owner
 * (`pending` on the evidence branch); somebody with triage access takes its label off, and the
 * next run finds the issue anyway instead of opening a second; the owner closes it as completed
 * and the next run records `applied` with who and when, which the audit report shows.
 */

const DAVE = 'ghp_dave0000000000000000000000000000000';

const LEGACY = `kind: Resource
id: legacy:freight-ledger
owners: [user:alice]
provisioner: manual
roles:
  clerk: { risk: medium, maxDays: 180 }
`;

const GRANT = `kind: Grant
id: dave-freight-ledger
subject: user:dave
resource: legacy:freight-ledger
role: clerk
reason: Books the December freight invoices while the billing clerk is away.
expires: 2027-01-31
`;

let emulator: Emulator;
const workspaces: GitWorkspace[] = [];
afterEach(async () => {
  await emulator.close();
  for (const w of workspaces.splice(0)) w.remove();
});

function checkout() {
  const workspace = checkoutEmulatorRepo(emulator, 'acme/access', { ref: 'main' });
  workspaces.push(workspace);
  return workspace;
}

function provision(now: string) {
  return runAction({
    command: 'provision',
    event: buildEvent(emulator, { name: 'push', repo: 'acme/access' }),
    workspace: checkout(),
    emulator,
    inputs: { now },
  });
}

const issues = () =>
  (emulator.state.repo('acme', 'access')?.issues ?? []).filter((i) => i.pull === undefined);

describe('a manual change in the Action', () => {
  it('goes from the merge to one issue, survives a removed label, and ends as an applied record', async () => {
    emulator = await startEmulator({
      seed: {
        org: { login: 'acme', owners: ['octo-admin'], members: ['alice', 'dave'] },
        users: [
          { login: 'alice', token: ALICE },
          { login: 'dave', token: DAVE },
        ],
        teams: [{ slug: 'payments', maintainers: ['alice'], repos: { access: 'push' } }],
        repos: [
          {
            name: 'access',
            collaborators: { dave: 'triage' },
            files: { ...BASE_FILES, 'access/catalog/legacy.yaml': LEGACY },
            pulls: [
              {
                title: 'dave books the December invoices',
                user: 'dave',
                head: 'dave-ledger',
                files: { 'access/grants/dave.yaml': GRANT },
                reviews: [{ user: 'alice', state: 'APPROVED' }],
              },
            ],
          },
        ],
        now: '2026-12-01T09:00:00Z',
      },
      actor: 'octo-admin',
    });
    const merged = await client(emulator)('PUT', '/repos/acme/access/pulls/1/merge', {
      merge_method: 'merge',
    });
    expect(merged.status).toBe(200);

    const first = await provision('2026-12-01T09:05:00Z');
    expect(first.exitCode, first.stdout).toBe(0);
    expect(issues()).toHaveLength(1);
    const [issue] = issues();
    expect(issue).toMatchObject({ assignees: ['alice'], labels: ['accessctl-manual'] });

    // dave, who may triage, takes the label off his own request's issue
    const unlabelled = await client(emulator, DAVE)(
      'DELETE',
      `/repos/acme/access/issues/${issue?.number ?? 0}/labels/accessctl-manual`,
    );
    expect(unlabelled.status).toBe(200);
    const rerun = await provision('2026-12-01T10:00:00Z');
    expect(rerun.exitCode, rerun.stdout).toBe(0);
    expect(issues()).toHaveLength(1);

    const closed = await client(emulator, ALICE)(
      'PATCH',
      `/repos/acme/access/issues/${issue?.number ?? 0}`,
      { state: 'closed', state_reason: 'completed' },
    );
    expect(closed.status).toBe(200);
    const after = await provision('2026-12-02T08:00:00Z');
    expect(after.exitCode, after.stdout).toBe(0);
    expect(issues()).toHaveLength(1);

    const evidence = await evidenceResults(emulator);
    expect(evidence.ok).toBe(true);
    const records = evidence.results.filter((r) => r.grant === 'dave-freight-ledger');
    expect(records.at(0)).toMatchObject({ result: 'pending', issue: issue?.number });
    expect(records.at(-1)).toMatchObject({
      result: 'applied',
      issue: issue?.number,
      closedBy: 'alice',
      closedByOwner: true,
    });

    const workspace = checkout();
    const audit = await runAction({
      command: 'evidence',
      event: buildEvent(emulator, { name: 'schedule', repo: 'acme/access' }),
      workspace,
      emulator,
      inputs: { now: '2026-12-02T09:00:00Z' },
    });
    const report = JSON.parse(
      readFileSync(join(workspace.path, 'accessctl-evidence-report.json'), 'utf8'),
    ) as EvidenceReport;
    const row = report.rows.find((r) => r.grant === 'dave-freight-ledger');
    expect(row?.pullRequest?.approvals.map((a) => a.reviewer)).toEqual(['alice']);
    expect(row?.provisioning.at(-1)).toMatchObject({ result: 'applied', closedBy: 'alice' });
    expect(row?.flags).toEqual([]);
    expect(audit.outputs.flags, audit.stdout).toBe('0');
  }, 180_000);
});
