import { afterEach, describe, expect, it } from 'vitest';

import { publishComment } from '../../src/action/pr-check.js';
import { createGitHubClient, silentLogger } from '../../src/github/index.js';
import { renderPrMarkdown } from '../../src/report/pull-request/markdown.js';
import { COMMENT_MARKER, type PrReport } from '../../src/report/pull-request/report.js';
import type { Emulator } from '../emulator/index.js';
import { grant, startAccessRepo } from '../e2e/pr-check-fixture.js';

/**
 * The Action's report comment is found by its marker among the comments its own login wrote.
 * With an installation token (a GitHub App's, or the job's GITHUB_TOKEN) GET /user answers
 * 403: being a bot is not enough, as every App writes as a bot of its own and a workflow on
 * the requester's branch writes as github-actions[bot]. The login is GraphQL's viewer's.
 */

let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

function report(headSha: string, verdict: 'pass' | 'fail' = 'pass'): PrReport {
  return {
    verdict,
    denied: verdict === 'pass' ? 0 : 1,
    warnings: 0,
    pullRequest: { number: 1, author: 'alice', headSha, labels: [] },
    judgedBy: { baseCommit: 'b'.repeat(40), policyFiles: [], editedRuleFiles: [] },
    baseModel: { snapshot: 'none', reason: 'no snapshot' },
    reviewers: [],
    grants: [],
    findings: [],
    nextSteps: ['Nothing: the request meets every rule.'],
  };
}

const context = {
  owner: 'acme',
  repo: 'access',
  eventName: 'pull_request',
  payload: {},
  workspace: '.',
};

const FORGED = `${COMMENT_MARKER}\n### ✅ accessctl: the access request passes\n`;

/** The App accessctl-app[bot] runs the check; another bot has already posted a look-alike. */
async function appWithForgedComment(forger: string) {
  emulator = await startAccessRepo({
    pull: { files: { 'access/grants/alice.yaml': grant('pull') } },
    actor: 'accessctl-app[bot]',
  });
  const repo = emulator.state.repo('acme', 'access')!;
  const headSha = repo.refs.get('refs/heads/grant-alice') ?? '';
  const client = createGitHubClient({
    token: emulator.token,
    baseUrl: emulator.url,
    log: silentLogger,
    millisecondsPerSecond: 1,
    writeSpacingMs: 0,
  });
  // the token is an installation token: GET /user answers 403
  expect((await client.request('GET /user').catch((e: { status: number }) => e)).status).toBe(403);
  emulator.state.addUser({ login: forger });
  repo.comments.push({
    id: 999,
    issueNumber: 1,
    user: forger,
    body: FORGED,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
  });
  return { emulator, repo, headSha, client };
}

function writesTo(gh: Emulator, id: number): string[] {
  return gh.state.requests
    .filter((q) => q.path.endsWith(`/comments/${id}`) && q.method !== 'GET')
    .map((q) => `${q.method} ${q.path}`);
}

describe('the report comment of an Action running with an App token', () => {
  it.each(['github-actions[bot]', 'other-app[bot]', 'ACCESSCTL-APP'])(
    'never edits or deletes a marker comment %s wrote, and edits only its own',
    async (forger) => {
      const { emulator: gh, repo, headSha, client } = await appWithForgedComment(forger);
      await publishComment(client, context, 1, renderPrMarkdown(report(headSha, 'fail')));
      await publishComment(client, context, 1, renderPrMarkdown(report(headSha)));

      expect(writesTo(gh, 999)).toEqual([]);
      expect(repo.comments.find((c) => c.id === 999)?.body).toBe(FORGED);
      // the Action posted its own, then edited that one
      expect(repo.comments.map((c) => c.user)).toEqual([forger, 'accessctl-app[bot]']);
      const own = repo.comments[1]!;
      expect(own.body).toContain('the access request passes');
      expect(writesTo(gh, own.id)).toEqual([`PATCH /repos/acme/access/issues/comments/${own.id}`]);
    },
  );

  it('knows its own comment whatever case the login is written in', async () => {
    const { emulator: gh, repo, headSha, client } = await appWithForgedComment('other-app[bot]');
    repo.comments.push({
      id: 1000,
      issueNumber: 1,
      user: 'AccessCtl-App[bot]',
      body: `${COMMENT_MARKER}\nan earlier report`,
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
    });
    await publishComment(client, context, 1, renderPrMarkdown(report(headSha)));
    expect(writesTo(gh, 999)).toEqual([]);
    expect(writesTo(gh, 1000)).toEqual(['PATCH /repos/acme/access/issues/comments/1000']);
    expect(repo.comments).toHaveLength(2);
  });

  it('when its login cannot be learnt, posts a new comment and edits or deletes none', async () => {
    const { emulator: gh, repo, headSha, client } = await appWithForgedComment('other-app[bot]');
    repo.comments.push({
      id: 1000,
      issueNumber: 1,
      user: 'accessctl-app[bot]',
      body: `${COMMENT_MARKER}\nan earlier report`,
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
    });
    // GraphQL fails for good: the viewer's login is never answered
    gh.faults.serverError({ count: 100, route: '/graphql' });
    await publishComment(client, context, 1, renderPrMarkdown(report(headSha)));

    expect(writesTo(gh, 999)).toEqual([]);
    expect(writesTo(gh, 1000)).toEqual([]);
    expect(repo.comments.map((c) => c.user)).toEqual([
      'other-app[bot]',
      'accessctl-app[bot]',
      'accessctl-app[bot]',
    ]);
    expect(repo.comments[2]?.body).toContain('the access request passes');
  });
});
