// The auditor asks who approved a grant. When the rules that judged it held a change no policy
// owner approved (a direct push that named new owners), the approvals it shows may be by the
// very people that push named: the report says so beside them, on that grant's row only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createGitHubClient } from '../../src/github/index.js';
import type { EvidenceReport, EvidenceRow } from '../../src/evidence/report.js';
import { runEvidence } from '../../src/workflows/evidence.js';
import { client } from '../emulator/client.js';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { checkoutEmulatorRepo, type GitWorkspace } from '../harness/index.js';
import { ledgerIdentities } from '../fixtures/packages/ledger.js';

const catalog = (owners: string) => `kind: Resource
id: github:repo/acme/ledger
owners: [${owners}]
provisioner: github
roles:
  pull: { risk: low, maxDays: 365 }
`;

const grant = (login: string) =>
  `kind: Grant\nid: ${login}-ledger\nsubject: user:${login}\nresource: github:repo/acme/ledger\nrole: pull\nreason: Reads the ledger for the quarterly close\nexpires: 2026-06-01\n`;

let emulator: Emulator;
let workspace: GitWorkspace;
let report: EvidenceReport;
let pushed = '';

/** The report of the clone at `path`, its pull requests looked up on the emulator. */
function evidenceOf(path: string, options: { batch?: boolean } = {}) {
  return runEvidence({
    repo: path,
    github: {
      client: createGitHubClient({ token: emulator.token, env: { GITHUB_API_URL: emulator.url } }),
      owner: 'acme',
      repo: 'access',
      ...options,
    },
    now: new Date('2026-03-02T00:00:00Z'),
  });
}

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
            'access/catalog/ledger.yaml': catalog('team:ledger-owners'),
            'access/identities/people.yaml': ledgerIdentities({ users: ['mallory'] }),
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
  const put = async (login: string, branch: string, path: string, text: string) => {
    const existing = await admin('GET', `${api}/contents/${path}?ref=${branch}`);
    return ok(
      as(login)('PUT', `${api}/contents/${path}`, {
        message: `${branch}: ${path}`,
        content: Buffer.from(text).toString('base64'),
        branch,
        ...(existing.status === 200 ? { sha: (existing.body as { sha: string }).sha } : {}),
      }),
    );
  };
  /** `author` proposes `files` on a branch; `approvers` approve; the admin merges it. */
  const pull = async (name: string, author: string, path: string, text: string, by: string) => {
    const main = (await ok(admin('GET', `${api}/git/ref/heads/main`))).object as { sha: string };
    await ok(admin('POST', `${api}/git/refs`, { ref: `refs/heads/${name}`, sha: main.sha }));
    await put(author, name, path, text);
    const number = (
      await ok(as(author)('POST', `${api}/pulls`, { title: name, head: name, base: 'main' }))
    ).number as number;
    await ok(as(by)('POST', `${api}/pulls/${number}/reviews`, { event: 'APPROVE' }));
    await ok(admin('PUT', `${api}/pulls/${number}/merge`, { merge_method: 'merge' }));
  };

  // #1 alice's grant, approved by olivia, an owner of the ledger
  await pull('alice', 'alice', 'access/grants/alice.yaml', grant('alice'), 'olivia');
  // mallory pushes straight to main: the ledger is now owned by mallory's friend... alice
  const commit = await put('mallory', 'main', 'access/catalog/ledger.yaml', catalog('user:alice'));
  pushed = ((commit.commit ?? {}) as { sha?: string }).sha ?? '';
  // #2 mallory's grant, approved by alice, whom only that push made an owner
  await pull('mallory', 'mallory', 'access/grants/mallory.yaml', grant('mallory'), 'alice');
  workspace = checkoutEmulatorRepo(emulator, 'acme/access');
  report = await evidenceOf(workspace.path);
}, 120_000);

afterAll(async () => {
  workspace?.remove();
  await emulator?.close();
});

const row = (grant: string) => report.rows.find((r) => r.grant === grant) as EvidenceRow;
const kinds = (r: EvidenceRow) => r.flags.map((f) => f.kind);

describe('the audit report of a grant approved under rules a direct push changed', () => {
  it('flags it, naming the push', () => {
    expect(pushed).toMatch(/^[0-9a-f]{40}$/);
    expect(row('mallory-ledger').pullRequest?.approvals.map((a) => a.reviewer)).toEqual(['alice']);
    expect(kinds(row('mallory-ledger'))).toContain('rules-not-approved');
    const flag = row('mallory-ledger').flags.find((f) => f.kind === 'rules-not-approved');
    expect(flag?.message).toContain(`commit ${pushed.slice(0, 7)}`);
  });

  it('leaves the grant approved before the push alone', () => {
    expect(kinds(row('alice-ledger'))).not.toContain('rules-not-approved');
  });

  it('says the same when each change to the rules is looked up on its own, through REST', async () => {
    // a fresh clone: the first run kept what it judged in its own git folder
    const again = checkoutEmulatorRepo(emulator, 'acme/access');
    const before = emulator.state.requests.length;
    try {
      const rest = await evidenceOf(again.path, { batch: false });
      const made = emulator.state.requests.slice(before);
      const lookups = made.filter((r) =>
        /^query (CommitPulls|PullActivity)/.test(
          (r.body as { query?: string } | undefined)?.query ?? '',
        ),
      );
      expect(lookups).toHaveLength(0);
      expect(made.filter((r) => r.path.endsWith(`/commits/${pushed}/pulls`))).not.toHaveLength(0);
      // when each pull request was read differs between two runs, and nothing else may
      const same = (r: EvidenceReport) => ({
        ...r,
        generatedAt: '',
        rows: r.rows.map((x) => ({
          ...x,
          pullRequest: x.pullRequest && { ...x.pullRequest, checkedAt: '' },
        })),
      });
      expect(same(rest)).toEqual(same(report));
    } finally {
      again.remove();
    }
  });
});
