import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createGitHubClient, silentLogger } from '../../src/github/index.js';
import { commitPullsQuery, COMMITS_PER_QUERY } from '../../src/github/merge-pulls-batch.js';
import { runEvidence } from '../../src/workflows/evidence.js';
import { client as api } from '../emulator/client.js';
import { buildKnownHistory, type KnownHistory } from './history-fixture.js';

/**
 * Pull requests of many commits per GraphQL query, against the emulator's POST /graphql: the
 * rows are the same as with the REST lookups one commit at a time, in far fewer requests, and
 * REST answers everything when the query fails.
 */

let history: KnownHistory;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'accessctl-pulls-batch-'));
  history = await buildKnownHistory(dir);
}, 60_000);
afterAll(async () => {
  await history.close();
  rmSync(dir, { recursive: true, force: true });
});

function requests() {
  const all = history.emulator.state.requests;
  const start = all.length;
  return () => {
    const mine = all.slice(start);
    return {
      // the pull-request look-ups; the anchors of the log are asked in queries of their own
      graphql: mine.filter(
        (r) =>
          r.path === '/graphql' &&
          (r.body as { query: string }).query.startsWith('query CommitPulls'),
      ).length,
      commitPulls: mine.filter((r) => /\/commits\/[0-9a-f]+\/pulls$/.test(r.path)).length,
      total: mine.length,
    };
  };
}

async function report(batch: boolean) {
  const github = createGitHubClient({
    token: history.emulator.token,
    baseUrl: history.emulator.url,
    log: silentLogger,
    millisecondsPerSecond: 1,
    writeSpacingMs: 0,
  });
  const result = await runEvidence({
    repo: history.workspace.path,
    github: { client: github, owner: 'acme', repo: 'access', batch },
    evidenceFile: history.evidenceFile,
    now: new Date('2026-08-01T00:00:00Z'),
  });
  // when each pull request was read differs between two runs, and nothing else may
  return {
    ...result,
    generatedAt: '',
    rows: result.rows.map((r) => ({
      ...r,
      pullRequest: r.pullRequest && { ...r.pullRequest, checkedAt: '' },
    })),
  };
}

describe('pull requests looked up in batches', () => {
  it('gives the rows REST gives, in one query instead of a request per commit and more', async () => {
    const countRest = requests();
    const rest = await report(false);
    const restCounts = countRest();
    const countBatch = requests();
    const batched = await report(true);
    const batchCounts = countBatch();
    expect(batched).toEqual(rest);
    expect(rest.rows.some((r) => (r.pullRequest?.approvals.length ?? 0) > 0)).toBe(true);
    expect(restCounts.commitPulls).toBe(6);
    expect(batchCounts).toMatchObject({ graphql: 1, commitPulls: 0 });
    expect(batchCounts.total).toBeLessThan(restCounts.total);
  });

  it('falls back to REST when the query fails, and says so in a note', async () => {
    const expected = await report(false);
    history.emulator.faults.serverError({ count: 10, route: '/graphql', method: 'POST' });
    const count = requests();
    const batched = await report(true);
    history.emulator.faults.clear();
    expect(count().commitPulls).toBe(6);
    expect(batched.rows).toEqual(expected.rows);
    expect(batched.notes).toContainEqual(
      expect.stringContaining(
        'looked up one commit at a time through REST, because the GraphQL query failed',
      ),
    );
  });

  it('passes each commit as a variable, and asks for at most COMMITS_PER_QUERY a query', () => {
    const query = commitPullsQuery(3);
    expect(query).toContain('$c2: GitObjectID!');
    expect(query).toContain('c2: object(oid: $c2) { ...CommitPulls }');
    expect(COMMITS_PER_QUERY).toBe(50);
    // 2,000 commits: 40 queries, the target of under 100 requests
    expect(Math.ceil(2000 / COMMITS_PER_QUERY)).toBeLessThan(100);
  });

  it('answers a field the emulator does not serve with an error, as GitHub does', async () => {
    const answer = await api(history.emulator)('POST', '/graphql', {
      query: 'query { repository(owner: "acme", name: "access") { stargazerCount } }',
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      errors: [{ message: "Field 'stargazerCount' doesn't exist on type 'Repository'" }],
    });
  });
});
