import { afterEach, describe, expect, it } from 'vitest';
import { client } from '../emulator/client.js';
import { startEmulator, type Emulator } from '../emulator/index.js';
import {
  buildEvent,
  checkoutEmulatorRepo,
  runAction,
  type GitWorkspace,
} from '../harness/index.js';
import type { ExpireResult } from '../../src/report/expiry/result.js';
import { DAY_1, DAY_2, FILES, LEDGER, ONCALL_AFTER, seed } from './expire-fixture.js';

/**
 * The nightly expiry through the bundled Action, against the emulator and real git checkouts:
 * one pull request with exactly the removals, updated (not duplicated) the next night, every
 * grant of a leaver in it, and one reminder per owner per window.
 */

let emulator: Emulator;
const workspaces: GitWorkspace[] = [];

afterEach(async () => {
  await emulator.close();
  for (const w of workspaces.splice(0)) w.remove();
});

async function nightly(now: string, inputs: Record<string, string> = {}) {
  // each night starts from a fresh checkout of main, as actions/checkout gives the job
  const workspace = checkoutEmulatorRepo(emulator, 'acme/access', { ref: 'main' });
  workspaces.push(workspace);
  const event = buildEvent(emulator, { name: 'schedule', repo: 'acme/access' });
  return runAction({
    command: 'expire',
    event,
    workspace,
    emulator,
    inputs: { now, ...inputs },
  });
}

function filesAt(ref: string): Map<string, string> {
  const repo = emulator.state.repo('acme', 'access')!;
  const sha = repo.refs.get(`refs/heads/${ref}`)!;
  const tree = repo.git.flatten(repo.git.commit(sha)!.tree);
  return new Map(
    [...tree].map(([path, entry]) => [path, repo.git.blob(entry.sha)!.toString('utf8')]),
  );
}

function pulls() {
  return emulator.state.repo('acme', 'access')!.issues.filter((i) => i.pull !== undefined);
}

function reminderIssues() {
  return emulator.state
    .repo('acme', 'access')!
    .issues.filter((i) => i.pull === undefined && i.labels.includes('accessctl:expiry-reminder'));
}

describe('accessctl expire in the Action, by approved ends', () => {
  it('removes a grant whose end a direct push moved later, naming the push', async () => {
    emulator = await startEmulator({ seed: seed(), actor: 'octo-admin' });
    // erin's read ended on 1 November; a push straight to main, with no pull request, moves it
    const repo = emulator.state.repo('acme', 'access')!;
    const main = repo.refs.get('refs/heads/main')!;
    const files = emulator.state.filesAt(repo, main);
    files.set('access/grants/ledger.yaml', LEDGER.replace('2026-11-01', '2027-06-30'));
    const pushed = emulator.state.commitFiles(repo, files, [main], 'keep reading', 'erin');
    repo.refs.set('refs/heads/main', pushed);

    const run = await nightly(DAY_1);
    expect(run.exitCode).toBe(0);
    const result = JSON.parse(run.outputs['expire-json'] ?? '{}') as ExpireResult;
    expect(result.removals.find((r) => r.id === 'erin-ledger-read')?.reasons).toEqual([
      `ended on 2026-11-01: ${pushed.slice(0, 12)} moved its end to 2027-06-30 without passing the provision gate`,
    ]);
    expect(filesAt('accessctl/expire').has('access/grants/ledger.yaml')).toBe(false);
    expect(result.notes).toEqual([]);
  });
});

describe('accessctl expire in the Action', () => {
  it('opens one pull request with exactly the expired and leaver grants, reminds owners, then updates it the next night without repeating anything', async () => {
    emulator = await startEmulator({ seed: seed(), actor: 'octo-admin' });

    const first = await nightly(DAY_1);
    expect(first.stderr).toBe('');
    expect(first.exitCode).toBe(0);
    expect(first.outputs['pull-request']).toBe('1');

    // exactly these removals; every other file byte for byte as on main
    const branch = filesAt('accessctl/expire');
    const expected = new Map(Object.entries(FILES));
    expected.set('access/grants/oncall.yaml', ONCALL_AFTER);
    for (const gone of [
      'access/grants/ledger.yaml',
      'access/grants/frank.yaml',
      'access/grants/bob.yaml',
    ])
      expected.delete(gone);
    expect(branch).toEqual(expected);

    const [pull] = pulls();
    expect(pulls()).toHaveLength(1);
    expect(pull!.labels).toEqual(['accessctl:expire']);
    expect(pull!.pull!.requestedTeams).toEqual(['payments']);
    expect(pull!.pull!.requestedReviewers).toEqual(['mia']);
    const body = pull!.body ?? '';
    expect(body).toContain('| `carol-oncall` |');
    expect(body).toMatch(/`erin-ledger-read`.*expired on 2026-11-01/);
    expect(body).toMatch(/`frank-ledger-write`.*expired on 2026-11-25T18:00:00Z/);
    // the leaver's grants, both of them, in two files
    expect(body).toMatch(/`bob-oncall`.*user bob left on 2026-11-20/);
    expect(body).toMatch(/`bob-ledger-read`.*user bob left on 2026-11-20/);
    expect(body).not.toContain('alice-oncall');
    expect(body).not.toContain('dave-oncall');
    // the bot never reviews, let alone approves, its own pull request
    expect(emulator.state.repo('acme', 'access')!.reviews).toEqual([]);

    // one reminder per owner for the grants ending within 14 days
    const sent = reminderIssues();
    expect(sent.map((i) => i.title).sort()).toEqual([
      'Access expiring soon: 1 grant owned by team:payments (from 2026-11-19)',
      'Access expiring soon: 1 grant owned by user:mia (from 2026-11-19)',
    ]);
    const payments = sent.find((i) => i.title.includes('team:payments'))!;
    expect(payments.body).toContain(
      '<!-- accessctl:expiry-reminder owner=team:payments window=2026-11-19 -->',
    );
    expect(payments.body).toContain('@acme/payments');
    expect(payments.body).toMatch(
      /`dave-oncall`.*2026-12-05 \(8 days left\).*access\/grants\/oncall\.yaml:31/,
    );
    expect(payments.body).toMatch(/moves `expires`.*`maxDays`/);

    // meanwhile someone changes main; the next night gina's grant has ended too
    const api = client(emulator);
    const readme = await api('GET', '/repos/acme/access/contents/README.md');
    await api('PUT', '/repos/acme/access/contents/README.md', {
      message: 'README: contact',
      content: Buffer.from('# acme access\nAsk #access for help.\n').toString('base64'),
      sha: readme.body.sha,
    });
    const mainTip = emulator.state.repo('acme', 'access')!.refs.get('refs/heads/main');

    const second = await nightly(DAY_2);
    expect(second.exitCode).toBe(0);
    expect(second.outputs['pull-request']).toBe('1');
    expect(pulls()).toHaveLength(1);
    const repo = emulator.state.repo('acme', 'access')!;
    const tip = repo.git.commit(repo.refs.get('refs/heads/accessctl/expire')!)!;
    expect(tip.parents).toEqual([mainTip]);
    const next = filesAt('accessctl/expire');
    expect(next.get('README.md')).toBe('# acme access\nAsk #access for help.\n');
    expect(next.has('access/grants/gina.yaml')).toBe(false);
    expect(next.get('access/grants/oncall.yaml')).toBe(ONCALL_AFTER);
    expect(pulls()[0]!.body).toMatch(/`gina-ledger-read`.*expired on 2026-11-27/);
    // same window: nobody is reminded twice
    expect(reminderIssues()).toHaveLength(2);
    expect(second.stdout).toContain('reminder to team:payments already sent this window');
  }, 60_000);

  it('changes nothing when nothing expired: no pull request, no branch, no write', async () => {
    const fresh = { ...FILES };
    for (const gone of [
      'access/grants/ledger.yaml',
      'access/grants/frank.yaml',
      'access/grants/bob.yaml',
      'access/grants/gina.yaml',
    ])
      delete fresh[gone];
    fresh['access/grants/oncall.yaml'] = ONCALL_AFTER;
    emulator = await startEmulator({ seed: seed(fresh), actor: 'octo-admin' });
    const quiet = await nightly(DAY_1, { 'warn-days': '0' });
    expect(quiet.exitCode).toBe(0);
    expect(quiet.outputs['pull-request']).toBe('');
    expect(pulls()).toEqual([]);
    expect(emulator.state.repo('acme', 'access')!.refs.has('refs/heads/accessctl/expire')).toBe(
      false,
    );
    expect(emulator.state.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  }, 60_000);

  it('fails in one sentence on a mode it does not know', async () => {
    emulator = await startEmulator({ seed: seed(), actor: 'octo-admin' });
    const workspace = checkoutEmulatorRepo(emulator, 'acme/access', { ref: 'main' });
    workspaces.push(workspace);
    const event = buildEvent(emulator, { name: 'workflow_dispatch', repo: 'acme/access' });
    const result = await runAction({
      command: 'expire',
      event,
      workspace,
      emulator,
      inputs: { now: DAY_1, mode: 'sideways' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(
      '::error::input "mode" is "sideways"; it must be one of pr, commit, report',
    );
  }, 60_000);

  it('annotates a malformed grant file at its line and fails the run, in report mode without writing', async () => {
    emulator = await startEmulator({
      seed: seed({ ...FILES, 'access/grants/zz-broken.yaml': 'kind: Grant\nid: [broken\n' }),
      actor: 'octo-admin',
    });
    const result = await nightly(DAY_1, { mode: 'report' });
    expect(result.exitCode).toBe(1);
    const errors = result.commands.filter((c) => c.command === 'error');
    expect(errors).toContainEqual(
      expect.objectContaining({
        properties: expect.objectContaining({ file: 'access/grants/zz-broken.yaml', line: '3' }),
      }),
    );
    expect(result.stdout).toMatch(/::error::accessctl expire: 0 file\(s\) .* 1 problem\(s\)/);
    expect(emulator.state.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  }, 60_000);
});
