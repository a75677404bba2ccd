import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import { buildHistory } from '../../bench/suites/evidence.js';
import { renderEvidenceJson } from '../../src/report/evidence/json.js';
import { runEvidence, type EvidenceOptions } from '../../src/workflows/evidence.js';
import { createGitWorkspace, type GitWorkspace } from '../harness/index.js';
import { ledgerPackage, ledgerPackageGrant } from '../fixtures/packages/ledger.js';
import { grant } from './history-fixture.js';

/**
 * Evidence reads a clean grant file without a model of its own, keeps a grant's resolved
 * copy until the rules change, and evaluates in a thread of its own beside the replay of a
 * long history. With those shortcuts and without them the report is the same,
 * byte for byte, on a history that exercises what they skip: files that fail to parse or
 * fail the schema, several documents in one file, a byte order mark, package grants, and
 * catalog and identity changes between commits that change how unchanged grants resolve.
 */

const CATALOG = (roles: string) => `kind: Resource
id: github:repo/acme/*
owners: [team:owners]
provisioner: github
roles:
${roles}`;
const ALL_ROLES = `  pull: { risk: low, maxDays: 365 }
  push: { risk: medium, maxDays: 90 }
  admin: { risk: high, maxDays: 14, approvals: 2, requires: [ticket] }
`;
const NO_PUSH = `  pull: { risk: low, maxDays: 365 }
  admin: { risk: high, maxDays: 14, approvals: 2, requires: [ticket] }
`;
const LEDGER = `kind: Resource
id: github:repo/acme/ledger
owners: [team:owners]
provisioner: github
roles:
  pull: { risk: low, maxDays: 365 }
  push: { risk: low, maxDays: 90 }
`;
const PEOPLE = (annStatus: string) => `kind: User
id: ann
status: ${annStatus}
---
kind: User
id: ben
---
kind: User
id: lee
status: leaver
---
kind: Team
id: owners
members: [ann]
---
kind: Team
id: ledger-readers
members: [ben]
`;

/** The report with the shortcuts, without them, and with the policies in a thread of their own. */
async function both(options: EvidenceOptions): Promise<[string, string]> {
  const fast = renderEvidenceJson(await runEvidence({ ...options, evaluationThread: false }));
  const slow = renderEvidenceJson(await runEvidence({ ...options, shortcuts: false }));
  const threaded = renderEvidenceJson(await runEvidence({ ...options, evaluationThread: true }));
  expect(threaded).toBe(fast);
  return [fast, slow];
}

const NOW = new Date('2026-06-01T00:00:00Z');
let workspace: GitWorkspace | undefined;
let generated: string | undefined;

afterAll(() => {
  workspace?.remove();
  if (generated !== undefined) rmSync(generated, { recursive: true, force: true });
});

describe('evidence with and without its shortcuts and its evaluation thread', () => {
  it('makes the same report on a history of bad files, packages and rule changes', async () => {
    workspace = createGitWorkspace({
      commits: [
        {
          files: {
            'access/catalog/repos.yaml': CATALOG(ALL_ROLES),
            'access/identities/people.yaml': PEOPLE('active'),
            'access/packages/ledger.yaml': ledgerPackage({ teams: 'ledger-readers' }),
            'access/grants/ann.yaml': grant('ann-app-pull', 'user:ann', 'pull', '2026-09-01'),
            'access/grants/two.yaml': `${grant('ann-web-push', 'user:ann', 'push', '2026-07-01')}---\n${grant('ben-web-pull', 'user:ben', 'pull', '2026-12-01')}`,
            'access/grants/bom.yaml': `\ufeff${grant('ben-app-push', 'user:ben', 'push', '2026-08-01')}`,
          },
        },
        {
          message: 'A broken grant, a package grant, and a push beside a pull',
          files: {
            'access/grants/broken.yaml': grant('ann-api-pull', 'user:ann', 'pull', 'someday'),
            'access/grants/ben-ledger.yaml': ledgerPackageGrant('ben', '2026-02-01'),
            'access/grants/ann-push.yaml': grant('ann-app-push', 'user:ann', 'push', '2026-04-01'),
          },
        },
        {
          message: 'Push leaves the catalog',
          files: {
            'access/catalog/repos.yaml': CATALOG(NO_PUSH),
            // judged beside ann's push grants, which no longer resolve: nothing is redundant
            'access/grants/ann.yaml': grant('ann-app-pull', 'user:ann', 'pull', '2026-09-15'),
          },
        },
        {
          message: 'Push is back, and the ledger gets an entry of its own where push is low risk',
          files: {
            'access/catalog/repos.yaml': CATALOG(ALL_ROLES),
            'access/catalog/ledger.yaml': LEDGER,
            // judged beside ann's push grants, now resolved by that entry: nothing is
            // redundant; a grant on another repository keeps the glob in the input
            'access/grants/ann.yaml': grant('ann-app-pull', 'user:ann', 'pull', '2026-09-20'),
            'access/grants/web.yaml': grant(
              'ben-web-push',
              'user:ben',
              'push',
              '2026-07-01',
            ).replaceAll('acme/ledger', 'acme/web'),
          },
        },
        {
          message:
            'The ledger entry goes; an admin grant without a ticket, a leaver granted, a file that does not parse',
          files: {
            'access/catalog/ledger.yaml': null,
            'access/grants/ann.yaml': grant('ann-app-pull', 'user:ann', 'pull', '2026-10-01'),
            'access/grants/lee.yaml': grant('lee-app-pull', 'user:lee', 'pull', '2026-09-01'),
            'access/grants/ann-admin.yaml': grant(
              'ann-app-admin',
              'user:ann',
              'admin',
              '2026-02-10',
            ),
            'access/grants/bad.yaml': 'kind: Grant\nid: [unclosed\n',
          },
        },
        {
          message: 'Ann leaves; her grants change and one goes',
          files: {
            'access/identities/people.yaml': PEOPLE('leaver'),
            'access/grants/ann-push.yaml': grant('ann-app-push', 'user:ann', 'push', '2026-05-01'),
            'access/grants/two.yaml': grant('ben-web-pull', 'user:ben', 'pull', '2026-12-01'),
            'access/grants/broken.yaml': null,
          },
        },
      ],
    });
    const [fast, slow] = await both({ repo: workspace.path, now: NOW });
    expect(fast).toBe(slow);
    // the history exercises what the shortcuts skip: denials, schema errors, package grants
    const rows = JSON.parse(fast).rows as {
      grant: string;
      verdict: { outcome: string; messages: string[] };
    }[];
    expect(rows.length).toBeGreaterThanOrEqual(12);
    const outcomes = new Set(rows.map((r) => r.verdict.outcome));
    expect(outcomes).toContain('deny');
    expect(outcomes).toContain('pass');
    expect(
      rows.some((r) => r.verdict.messages.includes('the grant does not pass the schema')),
    ).toBe(true);
    expect(rows.some((r) => r.grant === 'ben-ledger-reader')).toBe(true);
    // a grant's neighbours are resolved by the rules of the commit that judges it
    const pull = rows.filter((r) => r.grant === 'ann-app-pull');
    const redundant = (r: (typeof rows)[number]) =>
      r.verdict.messages.some((m) => m.includes('is redundant'));
    expect(pull.map(redundant)).toEqual([true, false, false, true]);
  }, 120_000);

  it('makes the same report on the generated history the benchmark measures', async () => {
    generated = mkdtempSync(join(tmpdir(), 'accessctl-evidence-shortcuts-'));
    buildHistory(generated, 60);
    const [fast, slow] = await both({ repo: generated, now: new Date('2027-06-01T00:00:00Z') });
    expect(fast).toBe(slow);
    expect((JSON.parse(fast) as { rows: unknown[] }).rows.length).toBeGreaterThan(100);
  }, 120_000);
});
