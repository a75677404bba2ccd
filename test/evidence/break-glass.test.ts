import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { runCli } from '../../src/cli.js';
import type { EvidenceReport } from '../../src/evidence/report.js';
import { client } from '../emulator/client.js';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { checkoutEmulatorRepo, type GitWorkspace } from '../harness/index.js';
import { grant } from './history-fixture.js';

/**
 * Emergency merges (pull requests labelled "emergency") and who reviewed them after the fact:
 * only an approval by an owner of the grant's resource (team:ledger-owners: olivia, mia),
 * neither the author nor the grant's subject, submitted within 72 h of the merge, keeps
 * `break-glass-unreviewed` away, and only once those 72 h are over.
 */

const CATALOG = `kind: Resource
id: github:repo/acme/ledger
owners: [team:ledger-owners]
provisioner: github
roles:
  pull: { risk: low, maxDays: 365 }
  push: { risk: medium, maxDays: 180 }
`;

const IDENTITIES = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'olivia', 'mia', 'zed']
  .map((id) => `kind: User\nid: ${id}\n`)
  .concat('kind: Team\nid: ledger-owners\nmaintainers: [Olivia]\nmembers: [mia]\n')
  .join('---\n');

let emulator: Emulator;
let workspace: GitWorkspace;
let dir: string;
/** Merge time of each pull request by the grant it added. */
const mergedAt = new Map<string, string>();
/** The last merge ("frank") is 10 h before this; every other ended its window long before. */
let now: string;

type Api = ReturnType<typeof client>;

async function ok(api: Api, method: string, path: string, body?: unknown) {
  const answer = await api(method, path, body);
  if (answer.status >= 300)
    throw new Error(`${method} ${path} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  return answer.body as Record<string, unknown>;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'accessctl-breakglass-'));
  emulator = await startEmulator({
    seed: {
      now: '2026-03-01T00:00:00Z',
      org: {
        login: 'acme',
        owners: ['octo-admin'],
        members: ['alice', 'olivia', 'mia', 'zed'],
      },
      users: ['alice', 'olivia', 'mia', 'zed'].map((login) => ({ login, token: `ghp_${login}` })),
      repos: [
        {
          name: 'access',
          collaborators: { alice: 'push', olivia: 'push', mia: 'push', zed: 'push' },
          files: {
            'access/catalog/ledger.yaml': CATALOG,
            'access/identities/people.yaml': IDENTITIES,
          },
        },
      ],
    },
  });
  const admin = client(emulator);
  const as = (login: string) => client(emulator, `ghp_${login}`);
  const repo = '/repos/acme/access';
  const hours = (n: number) => {
    for (let i = 0; i < n * 3600; i++) emulator.state.now();
  };

  /** alice asks for a grant for `subject` in its own pull request and it is merged. */
  const emergency = async (subject: string, labels: string[]) => {
    const main = (await ok(admin, 'GET', `${repo}/git/ref/heads/main`)).object as { sha: string };
    await ok(admin, 'POST', `${repo}/git/refs`, { ref: `refs/heads/${subject}`, sha: main.sha });
    await ok(as('alice'), 'PUT', `${repo}/contents/access/grants/${subject}.yaml`, {
      message: `Grant ${subject} push`,
      content: Buffer.from(
        grant(`${subject}-ledger-push`, `user:${subject}`, 'push', '2026-12-31'),
      ).toString('base64'),
      branch: subject,
    });
    const pull = await ok(as('alice'), 'POST', `${repo}/pulls`, {
      title: `Emergency: ${subject}`,
      head: subject,
      base: 'main',
    });
    const number = pull.number as number;
    if (labels.length > 0) await ok(admin, 'POST', `${repo}/issues/${number}/labels`, { labels });
    const merged = await ok(admin, 'PUT', `${repo}/pulls/${number}/merge`, {
      merge_method: 'squash',
    });
    const pulled = await ok(admin, 'GET', `${repo}/pulls/${number}`);
    mergedAt.set(subject, pulled.merged_at as string);
    return { number, sha: merged.sha as string };
  };
  const approve = (login: string, number: number) =>
    ok(as(login), 'POST', `${repo}/pulls/${number}/reviews`, { event: 'APPROVE' });

  // bob: an owner (olivia, written "Olivia" in the team) approves 2 h after the merge.
  const bob = await emergency('bob', ['emergency']);
  hours(2);
  await approve('olivia', bob.number);
  // carol: the owner's approval comes 80 h after the merge, too late.
  const carol = await emergency('carol', ['emergency']);
  hours(80);
  await approve('olivia', carol.number);
  // dave: only zed, who owns nothing, approves in time; mia only comments.
  const dave = await emergency('dave', ['emergency']);
  hours(1);
  await approve('zed', dave.number);
  await ok(as('mia'), 'POST', `${repo}/pulls/${dave.number}/reviews`, {
    event: 'COMMENT',
    body: 'looked',
  });
  // mia: the grant's subject, an owner herself, approves her own emergency grant.
  const mia = await emergency('mia', ['emergency']);
  hours(1);
  await approve('mia', mia.number);
  // erin: an ordinary pull request nobody reviews after the merge.
  await emergency('erin', ['documentation']);
  hours(100);
  // frank: an emergency merge 10 h before the report; its window is still open.
  await emergency('frank', ['emergency']);
  hours(10);
  now = emulator.state.now();
  workspace = checkoutEmulatorRepo(emulator, 'acme/access');
}, 120_000);

afterAll(async () => {
  workspace.remove();
  await emulator.close();
  rmSync(dir, { recursive: true, force: true });
  vi.unstubAllEnvs();
});

async function report(
  args: string[] = [],
  cache = join(dir, 'pulls.json'),
): Promise<EvidenceReport> {
  vi.stubEnv('GITHUB_TOKEN', emulator.token);
  vi.stubEnv('GITHUB_API_URL', emulator.url);
  vi.stubEnv('GITHUB_REPOSITORY', 'acme/access');
  let out = '';
  await runCli(
    [
      'evidence',
      '--repo',
      workspace.path,
      '--cache',
      cache,
      '--now',
      now,
      '--format',
      'json',
      ...args,
    ],
    { out: (text) => (out += text), err: () => undefined, cwd: dir },
  );
  return JSON.parse(out) as EvidenceReport;
}

const unreviewed = (r: EvidenceReport) =>
  Object.fromEntries(
    r.rows.map((row) => [
      row.grant,
      row.flags.filter((f) => f.kind === 'break-glass-unreviewed').map((f) => f.message),
    ]),
  );

describe('break-glass-unreviewed', () => {
  it('flags the emergency grants no owner approved within the window, and no other', async () => {
    const flagged = unreviewed(await report());
    expect(Object.keys(flagged).sort()).toEqual([
      'bob-ledger-push',
      'carol-ledger-push',
      'dave-ledger-push',
      'erin-ledger-push',
      'frank-ledger-push',
      'mia-ledger-push',
    ]);
    expect(flagged['bob-ledger-push']).toEqual([]);
    expect(flagged['erin-ledger-push']).toEqual([]);
    expect(flagged['frank-ledger-push']).toEqual([]);
    expect(flagged['dave-ledger-push']).toHaveLength(1);
    expect(flagged['mia-ledger-push']).toHaveLength(1);
    const at = mergedAt.get('carol') as string;
    expect(flagged['carol-ledger-push']).toEqual([
      `emergency grant merged ${at.slice(0, 10)} ${at.slice(11, 16)} UTC under the "emergency" label; no owner of github:repo/acme/ledger (team:ledger-owners) reviewed it within 72 h: review PR #2 now and record the outcome`,
    ]);
  });

  it('says nothing while the window is open at --until', async () => {
    // --until 2 h after dave's merge: his window (and mia's) has not ended, carol's has.
    const until = new Date(Date.parse(mergedAt.get('dave') as string) + 2 * 3_600_000);
    const flagged = unreviewed(await report(['--until', until.toISOString()]));
    expect(flagged).toEqual({
      'bob-ledger-push': [],
      'carol-ledger-push': [expect.stringContaining('review PR #2 now')],
      'dave-ledger-push': [],
      'mia-ledger-push': [],
    });
  });

  it('reads a pull request cache written without reviewsAfterMerge as a miss', async () => {
    const file = join(dir, 'old-pulls.json');
    await report([], file);
    const cache = JSON.parse(readFileSync(file, 'utf8')) as {
      version: number;
      pulls: Record<string, Record<string, unknown>>;
    };
    expect(cache.version).toBe(2);
    // What the earlier format held: no reviews after the merge, so none could be shown.
    cache.version = 1;
    for (const pull of Object.values(cache.pulls)) {
      delete pull.reviewsAfterMerge;
      delete pull.checkedAt;
    }
    writeFileSync(file, JSON.stringify(cache));
    const flagged = unreviewed(await report([], file));
    expect(flagged['bob-ledger-push']).toEqual([]);
    expect(flagged['carol-ledger-push']).toHaveLength(1);
    const rewritten = JSON.parse(readFileSync(file, 'utf8')) as typeof cache;
    expect(rewritten.version).toBe(2);
    expect(Object.values(rewritten.pulls).every((p) => Array.isArray(p.reviewsAfterMerge))).toBe(
      true,
    );
  });
});
