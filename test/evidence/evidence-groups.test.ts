import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildHistory } from '../../bench/suites/evidence.js';
import { runEvidence } from '../../src/workflows/evidence.js';

/**
 * A commit that changes many grants is judged in groups of whole holdings (subject and
 * resource): the rows are the same whatever the group size, down to one change a group, and
 * with the evaluations in a thread of their own while the replay goes on (where a commit of
 * many groups holds the replay until its last group is asked).
 */

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'accessctl-evidence-groups-'));
  buildHistory(root, 120);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const report = (evaluationGroup?: number, evaluationThread = false) =>
  runEvidence({
    repo: root,
    pullsNotFetched: 'not asked here',
    now: new Date('2027-06-01T00:00:00Z'),
    evaluationThread,
    ...(evaluationGroup === undefined ? {} : { evaluationGroup }),
  });

describe('evidence verdicts in groups', () => {
  it('gives the same rows with one evaluation per commit, groups of 7, one change a group, and in a thread', async () => {
    const whole = await report();
    // the first commit adds 120 grants at once; the library finds something to say about some
    const outcomes = new Set(whole.rows.map((r) => r.verdict.outcome));
    expect(outcomes.has('deny') || outcomes.has('warn')).toBe(true);
    expect(whole.rows.length).toBeGreaterThan(200);
    const strip = (r: Awaited<ReturnType<typeof report>>) => ({ ...r, generatedAt: '' });
    for (const size of [7, 1]) expect(strip(await report(size))).toEqual(strip(whole));
    for (const size of [undefined, 7])
      expect(strip(await report(size, true))).toEqual(strip(whole));
  });
});
