// How late a removal may come before the audit flags it: within expiry.graceHours of the
// grant's end, or, when the config does not say, within the hour when expiry.mode is commit
// (the hourly run commits its own removals) and not at all otherwise. The grace is read from
// the config at the removal's parent, so a commit cannot excuse its own late removal. A grant
// still present is overdue (expired-not-removed) only once that grace has passed too.
import { afterEach, describe, expect, it, vi } from 'vitest';

import { runEvidence } from '../../src/workflows/evidence.js';
import { GitRepo } from '../model/git-repo.js';
import { CATALOG, identities } from '../workflows/provision-fixture.js';

let repo: GitRepo | undefined;
afterEach(() => {
  repo?.cleanup();
  vi.unstubAllEnvs();
});

const ENDS = '2026-11-27T10:00:00Z';

function jit(id: string): string {
  return `kind: Grant\nid: ${id}\nsubject: user:alice\nresource: github:team/payments\nrole: member\nreason: Incident INC-7, the payments hotfix\nexpires: ${ENDS}\n`;
}

/** A commit at a given instant, as the branch records it. */
function commitAt(git: GitRepo, at: string, message: string): string {
  vi.stubEnv('GIT_AUTHOR_DATE', at);
  vi.stubEnv('GIT_COMMITTER_DATE', at);
  return git.commit(message);
}

/**
 * The late-removal flags of a history: a JIT grant added at 08:00, the config at `config`,
 * then the grant removed at `removedAt`, in the same commit as `sameCommit` when given.
 */
async function lateFlags(
  config: string | undefined,
  removedAt: string,
  sameCommit?: string,
): Promise<{ byHours?: number; message: string }[]> {
  repo = new GitRepo();
  repo.write({
    'access/catalog/github.yaml': CATALOG,
    'access/identities/people.yaml': identities(['alice']),
    'access/grants/jit.yaml': jit('alice-jit'),
    ...(config === undefined ? {} : { 'accessctl.yaml': config }),
  });
  commitAt(repo, '2026-11-27T08:00:00Z', 'start');
  repo.remove('access/grants/jit.yaml');
  if (sameCommit !== undefined) repo.write({ 'accessctl.yaml': sameCommit });
  const removal = commitAt(repo, removedAt, 'remove the incident access');
  const report = await runEvidence({
    repo: repo.dir,
    pullsNotFetched: 'not needed here',
    verdicts: false,
    now: new Date('2026-11-28T00:00:00Z'),
  });
  const row = report.rows.find((r) => r.commit === removal && r.change === 'removed');
  expect(row).toBeDefined();
  return (row?.flags ?? [])
    .filter((f) => f.kind === 'late-removal')
    .map((f) => ({ byHours: f.byHours, message: f.message }));
}

describe('a removal after the grant ended', () => {
  it('is on time within the hour when the expiry commits hourly (expiry.mode: commit)', async () => {
    expect(await lateFlags('expiry:\n  mode: commit\n', '2026-11-27T10:40:00Z')).toEqual([]);
  }, 30_000);

  it('is late past that hour, and says what the grace was', async () => {
    expect(await lateFlags('expiry:\n  mode: commit\n', '2026-11-27T12:00:00Z')).toEqual([
      {
        byHours: 2,
        message: `removed 2 h after it expired (${ENDS}), later than the 1 h expiry.graceHours allows`,
      },
    ]);
  }, 30_000);

  it('is late by any delay through pull requests, unless graceHours says otherwise', async () => {
    expect(await lateFlags(undefined, '2026-11-27T10:40:00Z')).toEqual([
      { byHours: 0.7, message: `removed 0.7 h after it expired (${ENDS})` },
    ]);
    expect(
      await lateFlags('expiry:\n  mode: pr\n  graceHours: 24\n', '2026-11-28T06:00:00Z'),
    ).toEqual([]);
    // graceHours wins over the mode's schedule, both ways
    expect(
      await lateFlags('expiry:\n  mode: commit\n  graceHours: 0\n', '2026-11-27T10:40:00Z'),
    ).toHaveLength(1);
  }, 60_000);

  it('takes the grace from the config before the removal, not from the removal itself', async () => {
    expect(
      await lateFlags(undefined, '2026-11-27T20:00:00Z', 'expiry:\n  graceHours: 48\n'),
    ).toEqual([{ byHours: 10, message: `removed 10 h after it expired (${ENDS})` }]);
  }, 30_000);

  it('is not overdue while still present within the grace, and is after it', async () => {
    const overdue = async (now: string) => {
      repo?.cleanup();
      repo = new GitRepo();
      repo.write({
        'access/catalog/github.yaml': CATALOG,
        'access/identities/people.yaml': identities(['alice']),
        'access/grants/jit.yaml': jit('alice-jit'),
        'accessctl.yaml': 'expiry:\n  mode: commit\n',
      });
      commitAt(repo, '2026-11-27T08:00:00Z', 'start');
      const report = await runEvidence({
        repo: repo.dir,
        pullsNotFetched: 'not needed here',
        verdicts: false,
        now: new Date(now),
      });
      return report.rows.flatMap((r) =>
        r.flags.filter((f) => f.kind === 'expired-not-removed').map((f) => f.byHours),
      );
    };
    // the hourly run has not come yet
    expect(await overdue('2026-11-27T10:40:00Z')).toEqual([]);
    expect(await overdue('2026-11-27T12:00:00Z')).toEqual([2]);
  }, 30_000);
});
