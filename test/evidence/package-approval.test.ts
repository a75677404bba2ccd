// A package grant needs no review of its own: its roles were approved once, with the package.
// The audit report says where: the pull request that last added or changed the package before
// the grant's change, and who approved it, in every format. A pull request that changes the
// package and uses it in one go shows exactly that, with nobody's approval.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createGitHubClient } from '../../src/github/index.js';
import type { EvidenceReport, EvidenceRow } from '../../src/evidence/report.js';
import { renderEvidenceCsv, CSV_COLUMNS } from '../../src/report/evidence/csv.js';
import { renderEvidenceHtml } from '../../src/report/evidence/html/page.js';
import { renderEvidenceJson } from '../../src/report/evidence/json.js';
import { renderEvidenceMarkdown } from '../../src/report/evidence/markdown.js';
import { runEvidence } from '../../src/workflows/evidence.js';
import { client } from '../emulator/client.js';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { checkoutEmulatorRepo, type GitWorkspace } from '../harness/index.js';
import {
  ledgerPackage,
  ledgerPackageGrant,
  ledgerIdentities,
} from '../fixtures/packages/ledger.js';
import { parseCsv } from './csv-parser.js';

const CATALOG = `kind: Resource
id: github:repo/acme/ledger
owners: [team:ledger-owners]
provisioner: github
roles:
  pull: { risk: low, maxDays: 365 }
`;

const IDENTITIES = ledgerIdentities({ users: ['mallory'] });

const pkg = (maxDays: number, teams: string) =>
  ledgerPackage({ maxDays, teams, employeesOnly: false });
const packageGrant = (login: string) => ledgerPackageGrant(login, '2026-03-20');

let emulator: Emulator;
let workspace: GitWorkspace;
let report: EvidenceReport;
const merges: Record<string, string> = {};

beforeAll(async () => {
  emulator = await startEmulator({
    seed: {
      now: '2026-03-01T00:00:00Z',
      org: { login: 'acme', owners: ['octo-admin'], members: ['alice', 'olivia', 'pete'] },
      users: [
        { login: 'alice', token: 'ghp_alice' },
        { login: 'olivia', token: 'ghp_olivia' },
        { login: 'pete', token: 'ghp_pete' },
        { login: 'mallory', token: 'ghp_mallory' },
      ],
      repos: [
        {
          name: 'access',
          collaborators: { alice: 'push', olivia: 'push', pete: 'push', mallory: 'push' },
          files: {
            'accessctl.yaml': 'policyOwners: [user:pete]\n',
            'access/catalog/ledger.yaml': CATALOG,
            'access/identities/people.yaml': IDENTITIES,
          },
        },
      ],
    },
  });
  const admin = client(emulator);
  const as = (login: string) => client(emulator, `ghp_${login}`);
  const api = '/repos/acme/access';
  const ok = async (answer: Promise<{ status: number; body: unknown }>) => {
    const { status, body } = await answer;
    if (status >= 300) throw new Error(`${status}: ${JSON.stringify(body)}`);
    return body as Record<string, unknown>;
  };
  /** `author` proposes `files` on a branch; `approvers` approve; the admin merges it. */
  const pull = async (
    name: string,
    author: string,
    files: Record<string, string>,
    approvers: string[],
  ) => {
    const main = (await ok(admin('GET', `${api}/git/ref/heads/main`))).object as { sha: string };
    await ok(admin('POST', `${api}/git/refs`, { ref: `refs/heads/${name}`, sha: main.sha }));
    for (const [path, text] of Object.entries(files)) {
      const existing = await admin('GET', `${api}/contents/${path}?ref=${name}`);
      await ok(
        as(author)('PUT', `${api}/contents/${path}`, {
          message: `${name}: ${path}`,
          content: Buffer.from(text).toString('base64'),
          branch: name,
          ...(existing.status === 200 ? { sha: (existing.body as { sha: string }).sha } : {}),
        }),
      );
    }
    const number = (
      await ok(as(author)('POST', `${api}/pulls`, { title: name, head: name, base: 'main' }))
    ).number as number;
    for (const login of approvers)
      await ok(as(login)('POST', `${api}/pulls/${number}/reviews`, { event: 'APPROVE' }));
    merges[name] = (
      await ok(admin('PUT', `${api}/pulls/${number}/merge`, { merge_method: 'merge' }))
    ).sha as string;
  };

  // #1 a new package: nobody owns it yet, so the policy owner approves it
  await pull('package', 'olivia', { 'access/packages/ledger.yaml': pkg(30, 'ledger-readers') }, [
    'pete',
  ]);
  // #2 its owners shorten it
  await pull('shorter', 'alice', { 'access/packages/ledger.yaml': pkg(20, 'ledger-readers') }, [
    'olivia',
  ]);
  // #3 alice, eligible, takes it with no review
  await pull('alice', 'alice', { 'access/grants/alice.yaml': packageGrant('alice') }, []);
  // #4 mallory widens the package to everyone and takes it in the same pull request
  await pull(
    'mallory',
    'mallory',
    {
      'access/packages/ledger.yaml': pkg(20, 'ledger-readers, ledger-owners'),
      'access/grants/mallory.yaml': packageGrant('mallory'),
    },
    [],
  );
  workspace = checkoutEmulatorRepo(emulator, 'acme/access');
  report = await runEvidence({
    repo: workspace.path,
    github: {
      client: createGitHubClient({ token: emulator.token, env: { GITHUB_API_URL: emulator.url } }),
      owner: 'acme',
      repo: 'access',
    },
    verdicts: false,
    now: new Date('2026-03-02T00:00:00Z'),
  });
}, 120_000);

afterAll(async () => {
  workspace?.remove();
  await emulator?.close();
});

const row = (grant: string) => report.rows.find((r) => r.grant === grant) as EvidenceRow;

describe('the audit report of a package grant', () => {
  it('names the package and the pull request that last changed it before, with its approvers', () => {
    expect(row('alice-ledger-reader')).toMatchObject({
      resource: 'package:ledger-reader',
      package: 'ledger-reader',
      pullRequest: { number: 3, approvals: [] },
      packageApproval: {
        package: 'ledger-reader',
        commit: merges.shorter,
        pullRequest: { number: 2, author: 'alice' },
        approvals: [expect.objectContaining({ reviewer: 'olivia', current: true })],
      },
    });
  });

  it('shows a package changed and used in one pull request as approved by nobody', () => {
    expect(row('mallory-ledger-reader').packageApproval).toMatchObject({
      commit: merges.mallory,
      pullRequest: { number: 4, author: 'mallory' },
      approvals: [],
    });
    expect(row('mallory-ledger-reader').flags).toEqual([
      {
        kind: 'no-approval',
        message:
          'pull request #4 was merged without an approval from anyone but its author, and package ledger-reader, which gives its roles, was not approved where it was last changed (pull request #4); have a policy owner review it after the fact',
      },
    ]);
  });

  it('raises no review flag on an eligible package grant: its approval is the package', () => {
    expect(row('alice-ledger-reader').flags).toEqual([]);
    expect(report.summary.flags).toEqual({ 'no-approval': 1 });
  });

  it('says the same in every format', () => {
    const json = JSON.parse(renderEvidenceJson(report)) as EvidenceReport;
    expect(json.rows.find((r) => r.grant === 'alice-ledger-reader')?.packageApproval).toEqual(
      row('alice-ledger-reader').packageApproval,
    );

    const [header, ...lines] = parseCsv(renderEvidenceCsv(report));
    expect(header).toEqual([...CSV_COLUMNS]);
    const csv = (grant: string, column: (typeof CSV_COLUMNS)[number]) =>
      lines.find((l) => l[CSV_COLUMNS.indexOf('grant')] === grant)?.[CSV_COLUMNS.indexOf(column)];
    expect(csv('alice-ledger-reader', 'package')).toBe('ledger-reader');
    expect(csv('alice-ledger-reader', 'package_commit')).toBe(merges.shorter);
    expect(csv('alice-ledger-reader', 'package_pull_request')).toBe('2');
    expect(csv('alice-ledger-reader', 'package_approved_by')).toBe('olivia');
    expect(csv('mallory-ledger-reader', 'package_approved_by')).toBe('');

    const markdown = renderEvidenceMarkdown(report);
    // markdown keeps "#2" from linking to an issue with a zero-width space
    expect(markdown).toContain('| package:ledger-reader |');
    expect(markdown).toContain('package ledger-reader: approved by olivia in #\u200b2');
    expect(markdown).toContain('package ledger-reader: nobody approved in #\u200b4');

    const html = renderEvidenceHtml(report);
    expect(html).toContain(
      '<dt>Package</dt><dd><span class="s">package ledger-reader: approved by olivia in #2</span></dd>',
    );
    expect(html).toContain('package ledger-reader: nobody approved in #4');
  });
});
