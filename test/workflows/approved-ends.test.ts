import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

import { formatExpireText } from '../../src/report/expiry/text.js';
import { formatReconcileText } from '../../src/report/reconcile/text.js';
import { runExpire } from '../../src/workflows/expire.js';
import { runReconcile } from '../../src/workflows/reconcile.js';

import {
  approvedEnds,
  type ApprovedEndsOptions,
  type TracedGrant,
} from '../../src/workflows/provision/approved-ends.js';
import { ParseCache } from '../../src/model/parse-cache.js';
import { judgeMerges, type RequestLookup } from '../../src/workflows/provision/gate.js';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { GitRepo } from '../model/git-repo.js';
import { approvedBy, commitAt } from './approved-ends-fixture.js';
import { accessRepo, githubProvisioner } from './provision-fixture.js';

// An unapproved change never lengthens access: a grant's end counts only as far as the
// changes the gate passes moved it. alice holds a team membership; lead maintains the
// platform team that owns the catalog, so lead's approval is the one that counts.

const FILE = 'access/grants/alice.yaml';
const MOVED = 'access/grants/team/alice.yaml';
const NOW = new Date('2026-12-05T12:00:00Z');

let repo: GitRepo | undefined;
afterEach(() => repo?.cleanup());

function grant(expires: string, reason = 'Needs this access for the quarterly delivery work') {
  return `kind: Grant\nid: alice-payments\nsubject: user:alice\nresource: github:team/payments\nrole: member\nreason: ${reason}\nexpires: ${expires}\n`;
}

/** The approved ends of `grants` in the test's repository at NOW, unless `options` say. */
async function trace(
  lookup: RequestLookup,
  grants: TracedGrant[] = [{ id: 'alice-payments', paths: [FILE] }],
  options: Partial<ApprovedEndsOptions> = {},
) {
  return approvedEnds(grants, {
    repo: (repo as GitRepo).dir,
    ref: 'HEAD',
    accessDir: 'access',
    policiesDir: 'policies',
    now: NOW,
    lookup,
    ...options,
  });
}

/** alice's grant, approved through 2026-12-01. */
function approvedGrant(): { r: GitRepo; added: string } {
  const { repo: r } = accessRepo(['alice']);
  repo = r;
  r.write({ [FILE]: grant('2026-12-01') });
  return { r, added: commitAt(r, '2026-09-01T10:00:00Z', 'alice joins payments') };
}

const BOB = 'access/grants/bob.yaml';
const BOTH: TracedGrant[] = [
  { id: 'alice-payments', paths: [FILE] },
  { id: 'bob-payments', paths: [BOB] },
];

/** alice and bob join together; alice renews, then bob (neither approval is given here). */
function twoRenewals() {
  const { repo: r } = accessRepo(['alice', 'bob']);
  repo = r;
  r.write({ [FILE]: grant('2026-12-01'), [BOB]: grant('2026-12-01').replaceAll('alice', 'bob') });
  const added = commitAt(r, '2026-09-01T10:00:00Z', 'alice and bob join payments');
  r.write({ [FILE]: grant('2027-03-01') });
  const aliceRenewed = commitAt(r, '2026-11-20T10:00:00Z', 'renew alice');
  r.write({ [BOB]: grant('2027-03-01').replaceAll('alice', 'bob') });
  const bobRenewed = commitAt(r, '2026-11-21T10:00:00Z', 'renew bob');
  return { r, added, aliceRenewed, bobRenewed };
}

describe('approved ends', () => {
  it('holds a grant to its approved end when a direct push moved the end later', async () => {
    const { r, added } = approvedGrant();
    r.write({ [FILE]: grant('2027-03-01') });
    const pushed = commitAt(r, '2026-11-20T10:00:00Z', 'extend alice');
    const { ended: held, notes } = await trace(approvedBy(new Set([added])));
    expect(notes).toEqual([]);
    const found = held.get('alice-payments');
    expect(found).toMatchObject({
      end: '2026-12-01',
      endAt: '2026-12-02T00:00:00.000Z',
      commit: pushed,
    });
    expect(found?.reasons.join(' ')).toMatch(/approval/);
  });

  it('takes an end that an approved change moved later', async () => {
    const { r, added } = approvedGrant();
    r.write({ [FILE]: grant('2027-03-01') });
    const renewed = commitAt(r, '2026-11-20T10:00:00Z', 'renew alice');
    const { ended: held } = await trace(approvedBy(new Set([added, renewed])));
    expect(held.size).toBe(0);
  });

  it('judges only the newest change when it passed: the last change decides', async () => {
    const { r, added } = approvedGrant();
    r.write({ [FILE]: grant('2027-01-15') });
    const first = commitAt(r, '2026-11-20T10:00:00Z', 'renew alice');
    r.write({ [FILE]: grant('2027-03-01') });
    const second = commitAt(r, '2026-11-21T10:00:00Z', 'renew alice again');
    const asked: string[] = [];
    const { ended: held } = await trace(approvedBy(new Set([added, first, second]), asked));
    expect(held.size).toBe(0);
    expect(asked).toEqual([second]);
  });

  it('ends at the last approved end after a chain of pushes nobody approved', async () => {
    const { r, added } = approvedGrant();
    r.write({ [FILE]: grant('2027-01-15') });
    commitAt(r, '2026-11-20T10:00:00Z', 'extend alice a little');
    r.write({ [FILE]: grant('2027-03-01') });
    const last = commitAt(r, '2026-11-21T10:00:00Z', 'extend alice more');
    const { ended: held } = await trace(approvedBy(new Set([added])));
    expect(held.get('alice-payments')).toMatchObject({ end: '2026-12-01', commit: last });
  });

  it('judges nothing while the approved end is still ahead', async () => {
    const { r, added } = approvedGrant();
    r.write({ [FILE]: grant('2027-03-01') });
    commitAt(r, '2026-11-20T10:00:00Z', 'extend alice');
    const asked: string[] = [];
    const { ended: held } = await trace(approvedBy(new Set([added]), asked), undefined, {
      now: new Date('2026-11-25T00:00:00Z'),
    });
    expect(held.size).toBe(0);
    expect(asked).toEqual([]);
  });

  it('follows a grant that one push moved to another file and extended', async () => {
    const { r, added } = approvedGrant();
    r.remove(FILE).write({ [MOVED]: grant('2027-03-01') });
    const pushed = commitAt(r, '2026-11-20T10:00:00Z', 'move and extend alice');
    const { ended: held } = await trace(approvedBy(new Set([added])), [
      { id: 'alice-payments', paths: [MOVED] },
    ]);
    expect(held.get('alice-payments')).toMatchObject({ end: '2026-12-01', commit: pushed });
  });

  it('follows a grant copied by a push into a file read before its own, the original kept', async () => {
    const { r, added } = approvedGrant();
    const copy = 'access/grants/a-copy.yaml';
    r.write({ [copy]: grant('2027-03-01') });
    const pushed = commitAt(r, '2026-11-20T10:00:00Z', 'a second alice grant');
    const { ended: held } = await trace(approvedBy(new Set([added])), [
      { id: 'alice-payments', paths: [copy, FILE] },
    ]);
    expect(held.get('alice-payments')).toMatchObject({ end: '2026-12-01', commit: pushed });
  });

  it('follows a grant copied into a file read after its own, once a later push removes the original', async () => {
    const { r, added } = approvedGrant();
    const copy = 'access/grants/z-copy.yaml';
    r.write({ [copy]: grant('2027-03-01') });
    commitAt(r, '2026-11-20T10:00:00Z', 'a second alice grant');
    r.remove(FILE);
    const removed = commitAt(r, '2026-11-21T10:00:00Z', 'tidy');
    const grants = [{ id: 'alice-payments', paths: [copy] }];
    // the gate saw the grant change where the original went: that push is the one judged
    const asked: string[] = [];
    const { ended: held } = await trace(approvedBy(new Set([added]), asked), grants);
    expect(held.get('alice-payments')).toMatchObject({ end: '2026-12-01', commit: removed });
    expect(asked).toEqual([removed]);
  });

  it('follows a grant through a move that changed nothing, and takes an approved extension after it', async () => {
    const { r, added } = approvedGrant();
    r.move(FILE, MOVED);
    commitAt(r, '2026-10-01T10:00:00Z', 'tidy the grants');
    r.write({ [MOVED]: grant('2027-03-01') });
    const renewed = commitAt(r, '2026-11-20T10:00:00Z', 'renew alice');
    const grants = [{ id: 'alice-payments', paths: [MOVED] }];
    expect((await trace(approvedBy(new Set([added, renewed])), grants)).ended.size).toBe(0);
    expect((await trace(approvedBy(new Set([added])), grants)).ended.size).toBe(1);
  });

  it('lets a later approved change of the grant stand, as provisioning does', async () => {
    const { r, added } = approvedGrant();
    r.write({ [FILE]: grant('2027-03-01') });
    commitAt(r, '2026-11-20T10:00:00Z', 'extend alice');
    r.write({
      [FILE]: grant('2027-03-01', 'Needs this access for the delivery work in the spring'),
    });
    const reviewed = commitAt(r, '2026-11-22T10:00:00Z', 'a better reason');
    expect((await trace(approvedBy(new Set([added, reviewed])))).ended.size).toBe(0);
  });

  it('reads through a version whose end is not a date: it changed nothing provisioning gave', async () => {
    const { r, added } = approvedGrant();
    r.write({ [FILE]: grant('soon') });
    commitAt(r, '2026-11-19T10:00:00Z', 'break alice');
    r.write({ [FILE]: grant('2027-03-01') });
    const pushed = commitAt(r, '2026-11-20T10:00:00Z', 'mend alice, later');
    const { ended: held } = await trace(approvedBy(new Set([added])));
    expect(held.get('alice-payments')).toMatchObject({ end: '2026-12-01', commit: pushed });
  });

  it('takes a shorter end as it is, approved or not', async () => {
    const { r, added } = approvedGrant();
    r.write({ [FILE]: grant('2026-11-15') });
    commitAt(r, '2026-11-10T10:00:00Z', 'shorten alice');
    const asked: string[] = [];
    const { ended: held } = await trace(approvedBy(new Set([added]), asked));
    expect(held.size).toBe(0);
    expect(asked).toEqual([]);
  });

  it('keeps the end, with a note, when the pull request of a change cannot be looked up', async () => {
    const { r } = approvedGrant();
    r.write({ [FILE]: grant('2027-03-01') });
    const pushed = commitAt(r, '2026-11-20T10:00:00Z', 'extend alice');
    const failing: RequestLookup = async () => ({
      request: { author: '', labels: [], labelActors: {}, approvals: [], pushers: [] },
      note: 'looking up the pull request failed (rate limited)',
      failed: true,
    });
    const { ended: held, notes } = await trace(failing);
    expect(held.size).toBe(0);
    expect(notes).toEqual([
      `${pushed.slice(0, 12)} could not be judged (looking up the pull request failed (rate limited)); the end it gave alice-payments is kept`,
    ]);
  });

  it('says so in a shallow clone, where history before its oldest commit is out of reach', async () => {
    const { r, added } = approvedGrant();
    r.write({ [FILE]: grant('2027-03-01') });
    commitAt(r, '2026-11-20T10:00:00Z', 'extend alice');
    const shallow = mkdtempSync(join(tmpdir(), 'accessctl-shallow-'));
    try {
      execFileSync('git', ['clone', '-q', '--depth', '1', `file://${r.dir}`, shallow]);
      const { ended: held, notes } = await trace(approvedBy(new Set([added])), undefined, {
        repo: shallow,
      });
      expect(held.size).toBe(0);
      expect(notes).toEqual([expect.stringMatching(/^the clone is shallow: .*fetch-depth: 0/)]);
    } finally {
      rmSync(shallow, { recursive: true, force: true });
    }
  });

  it('reads nothing for grants whose file one commit added and nothing changed since', async () => {
    const { r } = approvedGrant();
    r.write({ 'access/grants/bob.yaml': grant('2026-12-01').replaceAll('alice', 'bob') });
    commitAt(r, '2026-11-20T10:00:00Z', 'bob too');
    const asked: string[] = [];
    const { ended: held } = await trace(approvedBy(new Set(), asked), [
      { id: 'alice-payments', paths: [FILE] },
      { id: 'bob-payments', paths: ['access/grants/bob.yaml'] },
    ]);
    expect(held.size).toBe(0);
    expect(asked).toEqual([]);
  });
});

describe('approved ends, with the passes kept in the git folder', () => {
  const keptTrace = (lookup: RequestLookup, policiesDir = 'policies') =>
    trace(lookup, undefined, { policiesDir, keep: true });
  const kept = () => join((repo as GitRepo).dir, '.git', 'accessctl', 'passed-changes.json');

  it('judges a renewal that passed once, and keeps nothing else', async () => {
    const { r, added } = approvedGrant();
    r.write({ [FILE]: grant('2027-03-01') });
    const renewed = commitAt(r, '2026-11-20T10:00:00Z', 'renew alice');
    const asked: string[] = [];
    expect((await keptTrace(approvedBy(new Set([added, renewed]), asked))).ended.size).toBe(0);
    expect((await keptTrace(approvedBy(new Set([added, renewed]), asked))).ended.size).toBe(0);
    expect(asked).toEqual([renewed]);
    expect(JSON.parse(readFileSync(kept(), 'utf8')).passed).toEqual({
      [renewed]: ['alice-payments'],
    });
    // kept for another policies folder: judged again
    await keptTrace(approvedBy(new Set([added, renewed]), asked), 'rules');
    expect(asked).toEqual([renewed, renewed]);
  });

  it('writes the passes found so far, so a run stopped half-way keeps what it judged', async () => {
    const { added, aliceRenewed, bobRenewed } = twoRenewals();
    const approve = approvedBy(new Set([added, aliceRenewed, bobRenewed]));
    let reached = () => undefined as void;
    const stopped = new Promise<void>((resolve) => (reached = resolve));
    let release = () => undefined as void;
    const released = new Promise<void>((resolve) => (release = resolve));
    // bob's renewal, the newer, is judged first; the look-up of alice's waits: the run is
    // stopped there, as a killed one would be
    const lookup: RequestLookup = async (commit) => {
      if (commit === aliceRenewed) {
        reached();
        await released;
      }
      return approve(commit);
    };
    const run = trace(lookup, BOTH, { keep: true });
    await stopped;
    expect(JSON.parse(readFileSync(kept(), 'utf8')).passed).toEqual({
      [bobRenewed]: ['bob-payments'],
    });
    release();
    expect((await run).ended.size).toBe(0);
    expect(JSON.parse(readFileSync(kept(), 'utf8')).passed).toEqual({
      [aliceRenewed]: ['alice-payments'],
      [bobRenewed]: ['bob-payments'],
    });
  });

  it('judges the newest changes first, and none past the time allowed', async () => {
    const { added, aliceRenewed, bobRenewed } = twoRenewals();
    const asked: string[] = [];
    const lookup = approvedBy(new Set([added, bobRenewed]), asked);
    // no time left: nothing is judged, and both ends are read as written
    const late = await trace(lookup, BOTH, { judgeUntil: Date.now() - 1 });
    expect(asked).toEqual([]);
    expect([late.ended.size, late.ending.size]).toEqual([0, 0]);
    expect(late.notes).toEqual([
      expect.stringMatching(
        /^the time allowed for judging ran out: the ends of 2 grant\(s\) .* are read as written \(bob-payments, alice-payments\)/,
      ),
    ]);
    // time enough: bob's renewal, the newer, is asked about first; alice's was pushed
    const { ended, notes } = await trace(lookup, BOTH, { judgeUntil: Date.now() + 60_000 });
    expect(asked).toEqual([bobRenewed, aliceRenewed]);
    expect([...ended.keys()]).toEqual(['alice-payments']);
    expect(notes).toEqual([]);
  });

  it('sees what an older commit changed after judging a newer one with the same parses', async () => {
    const { r, added, aliceRenewed, bobRenewed } = twoRenewals();
    // One parse cache across judgements, the newer commit first: the older commit's files
    // the cache holds carry no text, and read without it alice's grant looked removed (a
    // removal passes without approval), so her unapproved renewal passed.
    const parseCache = ParseCache.inMemory();
    const judge = (from: string, to: string) =>
      judgeMerges({
        repo: r.dir,
        from,
        to,
        accessDir: 'access',
        policiesDir: 'policies',
        now: NOW,
        lookup: approvedBy(new Set([added])),
        parseCache,
      });
    expect([...(await judge(aliceRenewed, bobRenewed)).grants.keys()]).toEqual(['bob-payments']);
    const older = await judge(added, aliceRenewed);
    expect([...older.changed.keys()]).toEqual(['alice-payments']);
    expect([...older.grants.keys()]).toEqual(['alice-payments']);
  });

  it('judges a refused extension again on every run, and a damaged file is a miss', async () => {
    const { r, added } = approvedGrant();
    r.write({ [FILE]: grant('2027-03-01') });
    const pushed = commitAt(r, '2026-11-20T10:00:00Z', 'extend alice');
    const asked: string[] = [];
    expect((await keptTrace(approvedBy(new Set([added]), asked))).ended.size).toBe(1);
    expect((await keptTrace(approvedBy(new Set([added]), asked))).ended.size).toBe(1);
    expect(asked).toEqual([pushed, pushed]);
    expect(existsSync(kept())).toBe(false);
    mkdirSync(dirname(kept()), { recursive: true });
    writeFileSync(kept(), '{"accessctl": "passed-changes", "format": 1, "passed": {');
    expect((await keptTrace(approvedBy(new Set([added]), asked))).ended.size).toBe(1);
  });

  it('does not take a pass kept by another build', async () => {
    const { r, added } = approvedGrant();
    r.write({ [FILE]: grant('2027-03-01') });
    const pushed = commitAt(r, '2026-11-20T10:00:00Z', 'extend alice');
    mkdirSync(dirname(kept()), { recursive: true });
    writeFileSync(
      kept(),
      JSON.stringify({
        accessctl: 'passed-changes',
        format: 1,
        code: 'another build',
        accessDir: 'access',
        policiesDir: 'policies',
        passed: { [pushed]: ['alice-payments'] },
      }),
    );
    expect((await keptTrace(approvedBy(new Set([added])))).ended.size).toBe(1);
  });
});

describe('expire, by approved ends', () => {
  /** What expire removes, and why, when lead approved only alice's first version. */
  const removedBy = async (r: GitRepo, added: string) => {
    const result = await runExpire({
      accessDir: join(r.dir, 'access'),
      now: NOW,
      mode: 'report',
      warnDays: 0,
      lookup: approvedBy(new Set([added])),
    });
    expect(result.notes).toEqual([]);
    return result.removals.map((x) => [x.path, x.reasons]);
  };
  const because = (pushed: string) => [
    `ended on 2026-12-01: ${pushed.slice(0, 12)} moved its end to 2027-03-01 without passing the provision gate`,
  ];

  it('removes a grant past its approved end, and says which change moved it', async () => {
    const { r, added } = approvedGrant();
    r.write({ [FILE]: grant('2027-03-01') });
    const pushed = commitAt(r, '2026-11-20T10:00:00Z', 'extend alice');
    expect(await removedBy(r, added)).toEqual([[FILE, because(pushed)]]);
  });

  it('traces every file that holds the id: a copy pushed beside the original extends nothing', async () => {
    const { r, added } = approvedGrant();
    r.write({ 'access/grants/a-copy.yaml': grant('2027-03-01') });
    const pushed = commitAt(r, '2026-11-20T10:00:00Z', 'a second alice grant');
    expect(await removedBy(r, added)).toEqual([['access/grants/a-copy.yaml', because(pushed)]]);
  });

  it('warns by the approved end once it is within the reminder window, naming the change', async () => {
    const { r, added } = approvedGrant();
    r.write({ [FILE]: grant('2027-03-01') });
    const pushed = commitAt(r, '2026-11-20T10:00:00Z', 'extend alice');
    const result = await runExpire({
      accessDir: join(r.dir, 'access'),
      now: new Date('2026-11-25T12:00:00Z'),
      mode: 'report',
      warnDays: 14,
      lookup: approvedBy(new Set([added])),
    });
    expect(result.removals).toEqual([]);
    expect(result.expiring).toEqual([
      expect.objectContaining({
        id: 'alice-payments',
        expires: '2027-03-01',
        daysLeft: 6,
        approvedEnd: { end: '2026-12-01', commit: pushed },
      }),
    ]);
    expect(formatExpireText(result)).toContain(
      `ending ${FILE}:1 alice-payments on 2026-12-01 (6 days left), owners team:platform; not 2027-03-01: ${pushed.slice(0, 12)} moved it later without passing the provision gate`,
    );
  });

  it('reads ends as written, and says so, when pull requests cannot be looked up', async () => {
    const { r } = approvedGrant();
    r.write({ [FILE]: grant('2027-03-01') });
    commitAt(r, '2026-11-20T10:00:00Z', 'extend alice');
    const result = await runExpire({
      accessDir: join(r.dir, 'access'),
      now: NOW,
      mode: 'report',
      warnDays: 0,
    });
    expect(result.removals).toEqual([]);
    expect(result.notes.join(' ')).toMatch(/GITHUB_TOKEN and GITHUB_REPOSITORY/);
    expect(formatExpireText(result)).toMatch(/^note: ends are read from the grant files/m);
  });
});

describe('reconcile, by approved ends', () => {
  let gh: Emulator | undefined;
  afterEach(async () => {
    await gh?.close();
    gh = undefined;
  });

  it('removes the access a grant gave once its approved end has passed', async () => {
    gh = await startEmulator({
      seed: {
        org: { login: 'acme', owners: ['octo-admin'], members: ['alice', 'lead'] },
        teams: [{ slug: 'payments', members: ['alice'] }],
      },
    });
    const { r, added } = approvedGrant();
    r.write({ [FILE]: grant('2027-03-01') });
    const pushed = commitAt(r, '2026-11-20T10:00:00Z', 'extend alice');
    const options = {
      repo: r.dir,
      now: NOW,
      provisioners: [githubProvisioner(gh)],
      lookup: approvedBy(new Set([added])),
    };
    const result = await runReconcile({ ...options, apply: true });
    expect(result.plan.pastApprovedEnd).toEqual([
      expect.objectContaining({
        grantId: 'alice-payments',
        end: '2026-12-01',
        commit: pushed,
      }),
    ]);
    expect(result.plan.drift.map((d) => [d.kind, d.target.key, d.operation?.action])).toEqual([
      ['ended', 'team-membership acme/payments alice', 'revoke'],
    ]);
    expect(gh.state.org('acme')?.teams.get('payments')?.members.has('alice')).toBe(false);
    expect(formatReconcileText(result, 10)).toMatch(
      /Past their approved end[^\n]*\n {2}alice-payments: ended on 2026-12-01; \w{12} moved its end later without passing the gate: .*approval/,
    );

    // approved, the extension stands: the membership is given back
    const approved = await runReconcile({
      ...options,
      lookup: approvedBy(new Set([added, pushed])),
      apply: true,
    });
    expect(approved.plan.pastApprovedEnd).toEqual([]);
    expect(gh.state.org('acme')?.teams.get('payments')?.members.get('alice')?.state).toBe('active');
  });
});
