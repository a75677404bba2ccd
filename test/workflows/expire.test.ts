import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createGitHubClient, silentLogger } from '../../src/github/index.js';
import { buildAccessModel, type AccessSourceFile } from '../../src/model/index.js';
import { runExpire, type ExpireOptions } from '../../src/workflows/expire.js';
import { describeDaysLeft } from '../../src/report/expiry/reasons.js';
import { findExpiry, windowStart } from '../../src/model/expiry.js';
import { REMINDER_LABEL } from '../../src/workflows/expire/reminders.js';
import { reminderMarker } from '../../src/report/expiry/messages.js';
import { client } from '../emulator/client.js';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { DAY_1, FILES, GINA, LEDGER, ONCALL, ONCALL_AFTER, seed } from '../e2e/expire-fixture.js';
import { checkoutEmulatorRepo, type GitWorkspace } from '../harness/index.js';

/** The expiry run in process against the emulator and real git checkouts, with no write spacing. */

let emulator: Emulator | undefined;
const workspaces: GitWorkspace[] = [];
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
  for (const w of workspaces.splice(0)) w.remove();
});

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

const SERVICE = {
  'access/identities/service.yaml':
    'kind: ServiceAccount\nid: ci-deployer\nowner: team:payments\npurpose: Deploys the ledger\nrotation: { maxAgeDays: 90, lastRotated: 2026-08-01 }\n---\nkind: ServiceAccount\nid: ledger-exporter\nowner: team:payments\npurpose: Exports the ledger nightly\nrotation: { maxAgeDays: 90, lastRotated: 2026-11-01 }\nexpires: 2026-11-15\n',
  'access/grants/exporter.yaml':
    'kind: Grant\nid: ledger-exporter-read\nsubject: service:ledger-exporter\nresource: github:repo/acme/ledger\nrole: read\nreason: Exports the ledger nightly\nexpires: 2027-01-15\nowner: team:payments\n',
  'access/grants/deployer.yaml':
    'kind: Grant\nid: ci-deployer-ledger\nsubject: service:ci-deployer\nresource: github:repo/acme/ledger\nrole: write\nreason: Deploys the ledger from CI\nexpires: 2027-01-15\nowner: team:payments\n',
};

describe('findExpiry', () => {
  it('names every reason a grant goes: expired, leaver, account expired, rotation overdue', () => {
    const plan = findExpiry(modelOf({ ...FILES, ...SERVICE }), new Date(DAY_1), 14);
    const reasons = Object.fromEntries(
      plan.removals.map((r) => [r.grant.id, r.reasons.map((x) => x.kind)]),
    );
    expect(reasons).toEqual({
      'bob-ledger-read': ['leaver'],
      'ci-deployer-ledger': ['rotation-overdue'],
      'ledger-exporter-read': ['account-expired'],
      'frank-ledger-write': ['expired'],
      'erin-ledger-read': ['expired'],
      'bob-oncall': ['leaver'],
      'carol-oncall': ['expired'],
    });
    expect(
      plan.removals.find((r) => r.grant.id === 'ci-deployer-ledger')?.reasons[0],
    ).toMatchObject({
      dueOn: '2026-10-30',
    });
    // whole days remaining, rounded down: gina's access ends in 21 hours
    expect(plan.expiring.map((e) => [e.grant.id, e.daysLeft, e.owners])).toEqual([
      ['gina-ledger-read', 0, ['user:mia']],
      ['dave-oncall', 8, ['team:payments']],
    ]);
  });

  it.each([
    [1_000, 'ends today'],
    [23 * 3_600_000, 'ends today'],
    [24 * 3_600_000 + 1_000, '1 day left'],
    [49 * 3_600_000, '2 days left'],
  ])('counts %i ms left as "%s"', (ms, text) => {
    const ends = new Date(Date.parse(DAY_1) + ms).toISOString().replace(/\.\d+Z$/, 'Z');
    const model = modelOf({
      ...FILES,
      'access/grants/gina.yaml': GINA.replace(/expires: .*/, `expires: ${ends}`),
    });
    const gina = findExpiry(model, new Date(DAY_1), 14).expiring.find(
      (e) => e.grant.id === 'gina-ledger-read',
    );
    expect(describeDaysLeft(gina?.daysLeft ?? -1)).toBe(text);
  });

  it('keeps a date-only expiry valid through its whole day', () => {
    const model = modelOf(FILES);
    const before = findExpiry(model, new Date('2026-11-27T23:59:59Z'), 0);
    const after = findExpiry(model, new Date('2026-11-28T00:00:00Z'), 0);
    expect(before.removals.map((r) => r.grant.id)).not.toContain('gina-ledger-read');
    expect(after.removals.map((r) => r.grant.id)).toContain('gina-ledger-read');
  });

  it.each([
    ['2026-11-19T00:00:00Z', 14, '2026-11-19'],
    ['2026-12-02T23:59:59Z', 14, '2026-11-19'],
    ['2026-12-03T00:00:00Z', 14, '2026-12-03'],
    ['2026-12-03T10:00:00Z', 1, '2026-12-03'],
  ])('at %s with %i-day windows the window starts on %s', (now, days, start) => {
    expect(windowStart(new Date(now), days)).toBe(start);
  });
});

async function setup(files: Record<string, string> = FILES) {
  emulator = await startEmulator({ seed: seed(files), actor: 'octo-admin' });
  return checkout();
}

function checkout() {
  const workspace = checkoutEmulatorRepo(emulator!, 'acme/access', { ref: 'main' });
  workspaces.push(workspace);
  return workspace;
}

function options(
  workspace: GitWorkspace,
  now: string,
  mode: ExpireOptions['mode'] = 'pr',
): ExpireOptions {
  const client = createGitHubClient({
    token: emulator!.token,
    baseUrl: emulator!.url,
    log: silentLogger,
    millisecondsPerSecond: 1,
    writeSpacingMs: 0,
  });
  return {
    accessDir: join(workspace.path, 'access'),
    now: new Date(now),
    mode,
    github: { client, repository: { owner: 'acme', repo: 'access' } },
  };
}

function repo() {
  return emulator!.state.repo('acme', 'access')!;
}

function filesAt(ref: string): Map<string, string> {
  const r = repo();
  const tree = r.git.flatten(r.git.commit(r.refs.get(`refs/heads/${ref}`)!)!.tree);
  return new Map([...tree].map(([path, e]) => [path, r.git.blob(e.sha)!.toString('utf8')]));
}

describe('runExpire', () => {
  it('reports offline, without a token, and sends nothing', async () => {
    const workspace = await setup();
    const result = await runExpire({
      accessDir: join(workspace.path, 'access'),
      now: new Date(DAY_1),
      mode: 'report',
    });
    expect(result.removals.map((r) => `${r.path}:${r.line}`)).toEqual([
      'access/grants/bob.yaml:1',
      'access/grants/frank.yaml:1',
      'access/grants/ledger.yaml:1',
      'access/grants/oncall.yaml:11',
      'access/grants/oncall.yaml:20',
    ]);
    expect(result.files).toContainEqual({ path: 'access/grants/oncall.yaml', change: 'edited' });
    expect(emulator!.state.requests).toEqual([]);
  });

  it('reports a malformed grant file and never edits or deletes it', async () => {
    const broken = 'kind: Grant\nid: old-expired\nexpires: 2020-01-01\n---\nkind: [Grant\n';
    const workspace = await setup({ ...FILES, 'access/grants/zz-broken.yaml': broken });
    const result = await runExpire(options(workspace, DAY_1));
    expect(result.problems.map((p) => p.path)).toContain('access/grants/zz-broken.yaml');
    expect(
      result.problems
        .filter((p) => p.path === 'access/grants/zz-broken.yaml')
        .map((p) => p.message),
    ).toContainEqual(expect.stringMatching(/invalid YAML/));
    expect(filesAt('accessctl/expire').get('access/grants/zz-broken.yaml')).toBe(broken);
    expect(filesAt('accessctl/expire').get('access/grants/oncall.yaml')).toBe(ONCALL_AFTER);
  });

  it('closes a stale expiry pull request with a comment once nothing is left to remove', async () => {
    const fresh: Record<string, string> = { ...FILES, 'access/grants/oncall.yaml': ONCALL_AFTER };
    for (const gone of ['ledger', 'frank', 'bob', 'gina'])
      delete fresh[`access/grants/${gone}.yaml`];
    const workspace = await setup(fresh);
    // yesterday's pull request, on the expiry branch with the expiry label
    const stale = await startStale(fresh);
    const result = await runExpire(options(workspace, DAY_1));
    expect(result.closedPullRequest).toBe(stale);
    const pull = repo().issues.find((i) => i.number === stale)!;
    expect(pull.state).toBe('closed');
    expect(
      repo()
        .comments.filter((c) => c.issueNumber === stale)
        .map((c) => c.body)
        .join(),
    ).toMatch(/found nothing left to remove.*Closing it/);
    expect(repo().refs.has('refs/heads/accessctl/expire')).toBe(false);
  });

  it('refuses to touch a pull request on the branch that is not labelled as the expiry one', async () => {
    const workspace = await setup();
    await startStale(FILES, []);
    await expect(runExpire(options(workspace, DAY_1))).rejects.toThrow(
      /pull request #1 uses the branch accessctl\/expire but has no "accessctl:expire" label/,
    );
  });

  it('still reminds when someone else opened an issue carrying the reminder marker', async () => {
    const workspace = await setup();
    // alice, a member who owns nothing here, forges "already sent" for her own team
    const token = 'ghp_alice000000000000000000000000000000';
    emulator!.state.addUser({ login: 'alice', token });
    const forged = await client(emulator!, token)('POST', '/repos/acme/access/issues', {
      title: 'Access expiring soon',
      body: `${reminderMarker('team:payments', windowStart(new Date(DAY_1), 14))}\nnothing to see`,
      labels: [REMINDER_LABEL],
    });
    expect(forged.status).toBe(201);
    const result = await runExpire(options(workspace, DAY_1, 'commit'));
    expect(result.reminders).toContainEqual(
      expect.objectContaining({ owner: 'team:payments', sent: true }),
    );
  });

  it('reminds again in the next window, and only then', async () => {
    const workspace = await setup();
    await runExpire(options(workspace, DAY_1, 'commit'));
    const same = await runExpire(options(checkout(), '2026-12-02T03:00:00Z', 'commit'));
    expect(same.reminders.map((r) => r.sent)).toEqual([false]);
    const next = await runExpire(options(checkout(), '2026-12-03T03:00:00Z', 'commit'));
    expect(next.reminders).toMatchObject([
      { owner: 'team:payments', grants: ['dave-oncall'], sent: true },
    ]);
    const titles = repo()
      .issues.filter((i) => i.pull === undefined)
      .map((i) => i.title);
    expect(titles.filter((t) => t.includes('team:payments'))).toEqual([
      'Access expiring soon: 1 grant owned by team:payments (from 2026-11-19)',
      'Access expiring soon: 1 grant owned by team:payments (from 2026-12-03)',
    ]);
  });

  it("keeps the file's header comments when its first document expires", async () => {
    const header =
      '# yaml-language-server: $schema=../../schema/accessctl-v1.schema.json\n# Ledger readers.\n';
    const second =
      'kind: Grant\nid: alice-ledger-read\nsubject: user:alice\nresource: github:repo/acme/ledger\nrole: read\nreason: Month-end reconciliation\nexpires: 2027-01-31\n';
    const first = LEDGER.replace('id: erin-ledger-read', 'id: erin-ledger-read-2');
    const workspace = await setup({
      ...FILES,
      'access/grants/readers.yaml': `${header}${first}---\n${second}`,
    });
    await runExpire(options(workspace, DAY_1, 'commit'));
    expect(filesAt('main').get('access/grants/readers.yaml')).toBe(`${header}---\n${second}`);
  });

  it('commits straight to main in commit mode', async () => {
    const workspace = await setup();
    const result = await runExpire(options(workspace, DAY_1, 'commit'));
    expect(result.commit).toBe(repo().refs.get('refs/heads/main'));
    // the trailer evidence reads, with the content check, to know this push needs no review
    expect(repo().git.commit(result.commit ?? '')?.message).toMatch(
      /\n\nAccessctl-Expiry: remove-expired\n$/,
    );
    const main = filesAt('main');
    expect(main.get('access/grants/oncall.yaml')).toBe(ONCALL_AFTER);
    expect(main.has('access/grants/bob.yaml')).toBe(false);
    expect(repo().issues.filter((i) => i.pull !== undefined)).toEqual([]);
  });

  it('refuses a checkout that is not the current base', async () => {
    const workspace = await setup();
    await fetch(`${emulator!.url}/repos/acme/access/contents/access/grants/oncall.yaml`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${emulator!.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        message: 'Renew dave',
        content: Buffer.from(ONCALL.replace('2026-12-05', '2027-01-05')).toString('base64'),
        sha: repo()
          .git.flatten(repo().git.commit(repo().refs.get('refs/heads/main')!)!.tree)
          .get('access/grants/oncall.yaml')!.sha,
      }),
    });
    await expect(runExpire(options(workspace, DAY_1))).rejects.toThrow(
      /access\/grants\/oncall\.yaml in the checkout differs from main .* run the expiry on a fresh checkout of main/,
    );
  });

  it('retries GitHub failures, then fails with the call and what to do', async () => {
    const workspace = await setup();
    emulator!.faults.serverError({
      count: 10,
      method: 'POST',
      route: '/repos/:owner/:repo/git/trees',
    });
    await expect(runExpire(options(workspace, DAY_1))).rejects.toThrow(
      /POST \/repos\/acme\/access\/git\/trees/,
    );
    const tries = emulator!.state.requests.filter(
      (r) => r.method === 'POST' && r.path.endsWith('/git/trees'),
    );
    expect(tries).toHaveLength(4);
    expect(repo().issues).toEqual([]);
  });
});

/** An open pull request on the expiry branch, as yesterday's run left it. */
async function startStale(
  files: Record<string, string>,
  labels = ['accessctl:expire'],
): Promise<number> {
  const r = repo();
  const api = (method: string, path: string, body: unknown) =>
    fetch(`${emulator!.url}/repos/acme/access${path}`, {
      method,
      headers: { authorization: `Bearer ${emulator!.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }).then((res) => res.json() as Promise<Record<string, unknown>>);
  const base = r.refs.get('refs/heads/main')!;
  const tree = await api('POST', '/git/trees', {
    base_tree: r.git.commit(base)!.tree,
    tree: [
      {
        path: 'access/grants/oncall.yaml',
        mode: '100644',
        type: 'blob',
        content:
          files['access/grants/oncall.yaml']!.replace(/---\n# Carol[\s\S]*?(?=---)/, '') + '\n',
      },
    ],
  });
  const commit = await api('POST', '/git/commits', {
    message: 'old removals',
    tree: tree.sha,
    parents: [base],
  });
  await api('POST', '/git/refs', { ref: 'refs/heads/accessctl/expire', sha: commit.sha });
  const pull = await api('POST', '/pulls', {
    title: 'Remove expired grants',
    head: 'accessctl/expire',
    base: 'main',
  });
  if (labels.length > 0) await api('POST', `/issues/${String(pull.number)}/labels`, { labels });
  return pull.number as number;
}
