import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createGitHubClient, silentLogger } from '../../src/github/index.js';
import { buildAccessModel, type AccessSourceFile } from '../../src/model/index.js';
import { runExpire } from '../../src/workflows/expire.js';
import { findExpiry } from '../../src/model/expiry.js';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { CATALOG, PEOPLE, seed } from '../e2e/expire-fixture.js';
import { checkoutEmulatorRepo, type GitWorkspace } from '../harness/index.js';

// A contractor's grants end with the contract: removed once it has ended, and announced to
// the sponsor (besides the grant's owners) within the warning window before it ends.

let emulator: Emulator | undefined;
const workspaces: GitWorkspace[] = [];
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
  for (const w of workspaces.splice(0)) w.remove();
});

const CONTRACTORS = `${PEOPLE}---
kind: User
id: ed
type: contractor
sponsor: alice
contractEnds: 2026-12-01
---
kind: User
id: xena
type: external
sponsor: alice
contractEnds: 2026-11-20
`;

const GRANTS = `kind: Grant
id: ed-ledger-read
subject: user:ed
resource: github:repo/acme/ledger
role: read
reason: Audits the ledger exports under contract
expires: 2027-03-31
---
kind: Grant
id: xena-ledger-read
subject: user:xena
resource: github:repo/acme/ledger
role: read
reason: Reviews the ledger as an outside auditor
expires: 2027-03-31
---
kind: Grant
id: gina-ledger-read
subject: user:gina
resource: github:repo/acme/ledger
role: read
reason: Reconciles invoices against the ledger
expires: 2027-03-31
`;

const FILES = {
  'access/catalog/resources.yaml': CATALOG,
  'access/identities/people.yaml': CONTRACTORS,
  'access/grants/ledger.yaml': GRANTS,
};

const NOW = '2026-11-27T03:00:00Z';

function modelOf(files: Record<string, string>) {
  return buildAccessModel(
    Object.entries(files).map(([path, text]): AccessSourceFile => ({
      path,
      relativePath: path.replace(/^access\//, ''),
      size: text.length,
      read: () => text,
    })),
  );
}

describe('contractors in the expiry run', () => {
  it('removes the grants of a contract that ended and warns the sponsor of one about to end', () => {
    const plan = findExpiry(modelOf(FILES), new Date(NOW), 14);
    expect(plan.removals.map((r) => [r.grant.id, r.reasons])).toEqual([
      ['xena-ledger-read', [{ kind: 'contract-ended', user: 'xena', contractEnds: '2026-11-20' }]],
    ]);
    expect(plan.expiring.map((e) => [e.grant.id, e.daysLeft, e.owners, e.contractEnds])).toEqual([
      ['ed-ledger-read', 4, ['user:mia', 'user:alice'], '2026-12-01'],
    ]);
  });

  it('leaves an employee with the same dates alone', () => {
    const employee = CONTRACTORS.replace(
      'type: contractor\nsponsor: alice\ncontractEnds: 2026-12-01\n',
      '',
    ).replace('type: external\nsponsor: alice\ncontractEnds: 2026-11-20\n', '');
    const plan = findExpiry(
      modelOf({ ...FILES, 'access/identities/people.yaml': employee }),
      new Date(NOW),
      14,
    );
    expect(plan.removals).toEqual([]);
    expect(plan.expiring).toEqual([]);
  });

  it('opens the expiry pull request for the ended contract and reminds the sponsor', async () => {
    emulator = await startEmulator({ seed: seed(FILES), actor: 'octo-admin' });
    const workspace = checkoutEmulatorRepo(emulator, 'acme/access', { ref: 'main' });
    workspaces.push(workspace);
    const client = createGitHubClient({
      token: emulator.token,
      baseUrl: emulator.url,
      log: silentLogger,
      millisecondsPerSecond: 1,
      writeSpacingMs: 0,
    });
    const result = await runExpire({
      accessDir: join(workspace.path, 'access'),
      now: new Date(NOW),
      mode: 'pr',
      github: { client, repository: { owner: 'acme', repo: 'access' } },
    });
    expect(result.removals.map((r) => [r.id, r.reasons])).toEqual([
      ['xena-ledger-read', ['the contract of xena ended on 2026-11-20']],
    ]);
    const repo = emulator.state.repo('acme', 'access')!;
    const pull = repo.issues.find((i) => i.number === result.pullRequest?.number)!;
    expect(pull.body).toContain('the contract of xena ended on 2026-11-20');
    const sponsor = result.reminders.find((r) => r.owner === 'user:alice');
    expect(sponsor).toMatchObject({ grants: ['ed-ledger-read'], sent: true });
    const issue = repo.issues.find((i) => i.number === sponsor?.issue)!;
    expect(issue.body).toContain('2026-12-01, when the contract ends (4 days left)');
    expect(issue.body).toContain('as their sponsor, extend `contractEnds`');
  });
});
