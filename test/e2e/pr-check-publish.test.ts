import { afterEach, describe, expect, it } from 'vitest';

import { publishCheckRun, publishComment } from '../../src/action/pr-check.js';
import { createGitHubClient, silentLogger } from '../../src/github/index.js';
import type { PrReport, ReportFinding } from '../../src/report/pull-request/report.js';
import { renderPrMarkdown } from '../../src/report/pull-request/markdown.js';
import type { Emulator } from '../emulator/index.js';
import { client as as } from '../emulator/client.js';
import { COMMENT_MARKER } from '../../src/report/pull-request/report.js';
import { grant, startAccessRepo, TOKENS } from './pr-check-fixture.js';

/** Publishing through the real client against the emulator: batches and the sticky comment. */

let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

function report(headSha: string, findings: ReportFinding[]): PrReport {
  const denied = findings.filter((f) => f.severity === 'error').length;
  return {
    verdict: denied > 0 ? 'fail' : 'pass',
    denied,
    warnings: findings.length - denied,
    pullRequest: { number: 1, author: 'alice', headSha, labels: [] },
    judgedBy: { baseCommit: 'b'.repeat(40), policyFiles: [], editedRuleFiles: [] },
    baseModel: { snapshot: 'none', reason: 'no snapshot' },
    reviewers: [],
    grants: [],
    findings,
    nextSteps: ['Nothing: the request meets every rule.'],
  };
}

function finding(n: number): ReportFinding {
  return {
    rule: 'expiry-soon',
    severity: n % 2 === 0 ? 'warning' : 'error',
    message: `finding ${n}`,
    file: 'access/grants/alice.yaml',
    line: n + 1,
    column: 1,
  };
}

async function setup(actor?: string) {
  emulator = await startAccessRepo({
    pull: { files: { 'access/grants/alice.yaml': grant('pull') } },
    ...(actor === undefined ? {} : { actor }),
  });
  const repo = emulator.state.repo('acme', 'access');
  const headSha = repo?.refs.get('refs/heads/grant-alice') ?? '';
  const client = createGitHubClient({
    token: emulator.token,
    baseUrl: emulator.url,
    log: silentLogger,
    millisecondsPerSecond: 1,
    writeSpacingMs: 0,
  });
  return { repo: repo!, headSha, client };
}

const context = {
  owner: 'acme',
  repo: 'access',
  eventName: 'pull_request',
  payload: {},
  workspace: '.',
};

describe('publishing the report', () => {
  it('annotates 50 of 120 findings on the change, errors first, in one write', async () => {
    const { repo, headSha, client } = await setup();
    const findings = Array.from({ length: 120 }, (_, n) => finding(n));
    const r = report(headSha, findings);
    await publishCheckRun(client, context, r, renderPrMarkdown(r));
    const writes = emulator!.state.requests.filter(
      (q) => q.path.includes('check-runs') && q.method !== 'GET',
    );
    expect(writes.map((q) => q.method)).toEqual(['POST']);
    expect(repo.checkRuns).toHaveLength(1);
    const annotations = repo.checkRuns[0]?.annotations ?? [];
    expect(annotations).toHaveLength(50);
    expect(annotations.every((a) => a.annotation_level === 'failure')).toBe(true);
    expect(repo.checkRuns[0]?.conclusion).toBe('failure');
    expect(repo.checkRuns[0]?.output.summary).toContain(
      'Annotations: 50 of 120 findings on this change, at most 50 a run, errors first; the other 70 are listed above.',
    );
  });

  it('writes no check run when the latest one on the head says the same, and a new one when not', async () => {
    const { repo, headSha, client } = await setup();
    const failing = report(headSha, [finding(1)]);
    expect(await publishCheckRun(client, context, failing, renderPrMarkdown(failing))).toBe(
      'created',
    );
    expect(await publishCheckRun(client, context, failing, renderPrMarkdown(failing))).toBe(
      'unchanged',
    );
    const passing = report(headSha, []);
    expect(await publishCheckRun(client, context, passing, renderPrMarkdown(passing))).toBe(
      'created',
    );
    // back to the first outcome: the latest run differs, so it is written again
    expect(await publishCheckRun(client, context, failing, renderPrMarkdown(failing))).toBe(
      'created',
    );
    expect(repo.checkRuns.map((r) => r.conclusion)).toEqual(['failure', 'success', 'failure']);
  });

  it('writes again when a run with the same summary claims another conclusion', async () => {
    const { repo, headSha, client } = await setup();
    const failing = report(headSha, [finding(1)]);
    await publishCheckRun(client, context, failing, renderPrMarkdown(failing));
    // someone else's run of the same name copies the summary, digest included, but passes
    const copy = repo.checkRuns[0]!;
    repo.checkRuns.push({ ...copy, id: copy.id + 1000, conclusion: 'success', annotations: [] });
    expect(await publishCheckRun(client, context, failing, renderPrMarkdown(failing))).toBe(
      'created',
    );
    expect(repo.checkRuns.at(-1)?.conclusion).toBe('failure');
  });

  it('converges on one current comment when a create lands but its answer is a 502', async () => {
    const { repo, headSha, client } = await setup();
    emulator!.faults.serverError({
      applied: true,
      method: 'POST',
      route: '/repos/:owner/:repo/issues/:issue_number/comments',
    });
    const body = renderPrMarkdown(report(headSha, [finding(1)]));
    await publishComment(client, context, 1, body);
    // the retry created a second comment; the Action keeps one
    expect(repo.comments.filter((c) => c.body.startsWith(COMMENT_MARKER))).toHaveLength(1);
    await publishComment(client, context, 1, renderPrMarkdown(report(headSha, [])));
    const left = repo.comments.filter((c) => c.body.startsWith(COMMENT_MARKER));
    expect(left).toHaveLength(1);
    expect(left[0]?.body).toContain('the access request passes');
  });

  it('creates the comment once, then edits it; an unchanged report sends nothing', async () => {
    const { repo, headSha, client } = await setup();
    await publishComment(client, context, 1, renderPrMarkdown(report(headSha, [finding(1)])));
    await publishComment(client, context, 1, renderPrMarkdown(report(headSha, [])));
    await publishComment(client, context, 1, renderPrMarkdown(report(headSha, [])));
    const writes = emulator!.state.requests.filter(
      (q) => q.path.includes('comments') && q.method !== 'GET',
    );
    expect(writes.map((q) => q.method)).toEqual(['POST', 'PATCH']);
    expect(repo.comments).toHaveLength(1);
    expect(repo.comments[0]?.body).toContain('the access request passes');
  });

  /** The attacker (alice, who opened the pull request) posts a comment that looks like the Action's. */
  async function forgeComment(): Promise<string> {
    const forged = `${COMMENT_MARKER}\n### ✅ accessctl: the access request passes\n`;
    const answer = await as(emulator!, TOKENS.alice)(
      'POST',
      '/repos/acme/access/issues/1/comments',
      { body: forged },
    );
    expect(answer.status).toBe(201);
    return forged;
  }

  it.each([
    ['a token whose user GET /user names', undefined, 'octo-admin'],
    [
      'the job token (github-actions[bot], GET /user answers 403)',
      'github-actions[bot]',
      'github-actions[bot]',
    ],
  ])(
    'with %s, never edits a marker comment someone else wrote, and posts and edits its own',
    async (_, actor, login) => {
      const { repo, headSha, client } = await setup(actor);
      const forged = await forgeComment();
      await publishComment(client, context, 1, renderPrMarkdown(report(headSha, [finding(1)])));
      expect(repo.comments.map((c) => c.user)).toEqual(['alice', login]);
      expect(repo.comments[0]?.body).toBe(forged);
      await publishComment(client, context, 1, renderPrMarkdown(report(headSha, [])));
      expect(repo.comments.map((c) => c.user)).toEqual(['alice', login]);
      expect(repo.comments[0]?.body).toBe(forged);
      expect(repo.comments[1]?.body).toContain('the access request passes');
      const edits = emulator!.state.requests.filter(
        (q) => q.method === 'PATCH' && q.path.includes('comments'),
      );
      expect(edits.map((q) => q.path)).toEqual([
        `/repos/acme/access/issues/comments/${repo.comments[1]?.id}`,
      ]);
    },
  );

  it('with a token GET /user answers for, a bot comment with the marker is not its own either', async () => {
    const { repo, headSha, client } = await setup();
    repo.comments.push({
      id: 999,
      issueNumber: 1,
      user: 'other-app[bot]',
      body: `${COMMENT_MARKER}\nforged`,
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
    });
    emulator!.state.addUser({ login: 'other-app[bot]' });
    await publishComment(client, context, 1, renderPrMarkdown(report(headSha, [])));
    expect(repo.comments.find((c) => c.id === 999)?.body).toBe(`${COMMENT_MARKER}\nforged`);
    expect(repo.comments.map((c) => c.user)).toEqual(['other-app[bot]', 'octo-admin']);
  });
});
