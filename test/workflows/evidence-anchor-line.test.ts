// The anchors `evidence` reads: a provisioning run anchors its chain head on the commit it
// provisioned up to, the branch's tip when the run started, and that tip may be a merge that
// touched no access path (a README). The anchors are read on every commit of the branch's
// first-parent line up to the window's end, not on the history filtered to access/,
// policies/ and accessctl.yaml, so a log whose last run was cut off is reported broken
// wherever that run anchored; and at a cost that does not grow one request per commit.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';

import { createGitHubClient } from '../../src/github/index.js';
import { ANCHOR_CONTEXT, anchorDescription } from '../../src/provisioners/evidence-anchor.js';
import { readBranchLog } from '../../src/provisioners/evidence-branch.js';
import {
  hashLine,
  isSeal,
  logLines,
  parseAny,
  verifyEvidence,
} from '../../src/provisioners/evidence-log.js';
import { runEvidence } from '../../src/workflows/evidence.js';
import type { Emulator } from '../emulator/index.js';
import { checkoutEmulatorRepo, type GitWorkspace } from '../harness/index.js';
import { runActionStep, useProvisionEnv } from './provision-env.js';
import { CATALOG, NOW, grants, identities, teamGrant } from './provision-fixture.js';

const env = useProvisionEnv();
const workspaces: GitWorkspace[] = [];
afterEach(() => {
  process.exitCode = undefined;
  for (const w of workspaces.splice(0)) w.remove();
});
const runner = mkdtempSync(join(tmpdir(), 'accessctl-runner-'));
afterAll(() => rmSync(runner, { recursive: true, force: true }));

const BRANCH = 'accessctl-evidence';

function clientOf(gh: Emulator) {
  return createGitHubClient({
    token: gh.token,
    env: { GITHUB_API_URL: gh.url },
    millisecondsPerSecond: 1,
    writeSpacingMs: 0,
  });
}

/**
 * alice's merge provisioned alone; bob's merge (pull request 2, approved by lead) followed,
 * before its run started, by pull request 3 (a README edit approved by the policy owner
 * pete): that run provisions up to the tip, the README merge, and anchors there.
 */
async function twoRunsSecondAtReadmeMerge() {
  const gh = await env.github({
    org: { login: 'acme', owners: ['octo-admin'], members: ['alice', 'bob', 'lead', 'pete'] },
    teams: [{ slug: 'payments' }],
    repos: [
      {
        name: 'access',
        files: {
          'access/catalog/github.yaml': CATALOG,
          'access/identities/people.yaml': identities(['alice', 'bob', 'lead', 'pete']),
          'accessctl.yaml': 'policyOwners: [user:pete]\n',
        },
        pulls: [
          {
            title: 'alice joins payments',
            user: 'alice',
            head: 'alice',
            files: { 'access/grants/alice.yaml': grants([teamGrant('alice')]) },
            reviews: [{ user: 'lead', state: 'APPROVED' }],
          },
          {
            title: 'bob joins payments',
            user: 'bob',
            head: 'bob',
            files: { 'access/grants/bob.yaml': grants([teamGrant('bob')]) },
            reviews: [{ user: 'lead', state: 'APPROVED' }],
          },
          {
            title: 'docs: how to ask for access',
            user: 'alice',
            head: 'docs',
            files: { 'README.md': '# access\n' },
            reviews: [{ user: 'pete', state: 'APPROVED' }],
          },
        ],
      },
    ],
  });
  const client = clientOf(gh);
  const repo = { owner: 'acme', repo: 'access' };
  const main = () => gh.state.repo('acme', 'access')?.refs.get('refs/heads/main') as string;
  const tips: string[] = [];
  for (const pull_number of [1, 2]) {
    const before = main();
    await client.rest.pulls.merge({ ...repo, pull_number, merge_method: 'merge' });
    // bob's merge is followed by an approved README change before the run starts: the
    // run provisions up to the branch's tip, the README merge, and anchors there
    if (pull_number === 2)
      await client.rest.pulls.merge({ ...repo, pull_number: 3, merge_method: 'merge' });
    const after = main();
    const workspace = checkoutEmulatorRepo(gh, 'acme/access');
    workspaces.push(workspace);
    await runActionStep({
      command: 'provision',
      event: 'push',
      payload: { before, after, ref: 'refs/heads/main', repository: { default_branch: 'main' } },
      inputs: { now: NOW.toISOString() },
      gh,
      workspace: workspace.path,
      runner,
    });
    expect(process.exitCode).toBeUndefined();
    tips.push(after);
  }
  const workspace = (workspaces[workspaces.length - 1] as GitWorkspace).path;
  return { gh, client, tips, workspace };
}

/** The log with the second run (its intent, result and seal) cut off its end, as a file. */
async function cutLastRun(
  client: ReturnType<typeof clientOf>,
): Promise<{ file: string; kept: string[] }> {
  const log = await readBranchLog({ client, owner: 'acme', repo: 'access', branch: BRANCH });
  const lines = logLines(log?.text ?? '');
  const firstSeal = lines.findIndex((line) => {
    const record = parseAny(line);
    return record !== undefined && isSeal(record);
  });
  expect(firstSeal).toBeGreaterThan(0);
  expect(firstSeal + 1).toBeLessThan(lines.length); // the second run wrote after it
  const kept = lines.slice(0, firstSeal + 1);
  const cut = `${kept.join('\n')}\n`;
  expect(verifyEvidence(cut).ok).toBe(true);
  const file = join(env.scratchDir('accessctl-cut-'), 'evidence.jsonl');
  writeFileSync(file, cut);
  return { file, kept };
}

function evidenceOf(gh: Emulator, workspace: string, file: string) {
  return runEvidence({
    repo: workspace,
    github: { client: clientOf(gh), owner: 'acme', repo: 'access' },
    evidenceFile: file,
    verdicts: false,
    now: NOW,
  });
}

/** The requests `evidence` made for the anchors: GraphQL status queries and REST status lists. */
function anchorRequests(gh: Emulator, from: number) {
  const requests = gh.state.requests.slice(from);
  return {
    queries: requests.filter(
      (r) =>
        r.path === '/graphql' &&
        (r.body as { query: string }).query.startsWith('query LatestStatus'),
    ),
    lists: requests.filter((r) => /\/commits\/[0-9a-f]+\/statuses$/.test(r.path)),
  };
}

describe('the anchors of a run that provisioned up to a commit outside the access paths', () => {
  it('report a log whose last run was cut off broken', async () => {
    const { gh, client, tips, workspace } = await twoRunsSecondAtReadmeMerge();
    // both runs wrote and anchored; the second anchor sits on the README merge
    const statuses =
      gh.state.repo('acme', 'access')?.statuses.filter((s) => s.context === ANCHOR_CONTEXT) ?? [];
    expect(statuses.map((s) => s.sha)).toEqual(tips);
    const { file } = await cutLastRun(client);

    const report = await evidenceOf(gh, workspace, file);
    // bob's grant was provisioned by the run that was cut away
    expect(report.rows.map((r) => r.grant)).toContain('bob-payments');
    expect(report.evidenceLog?.broken?.problem).toMatch(
      new RegExp(`anchor on commit ${(tips[1] as string).slice(0, 12)}.* counts \\d+`),
    );
  }, 180_000);

  it('report a log deleted whole broken: its branch, or its file, gone', async () => {
    const { gh, workspace } = await twoRunsSecondAtReadmeMerge();
    gh.state.repo('acme', 'access')?.refs.delete(`refs/heads/${BRANCH}`);
    const github = { client: clientOf(gh), owner: 'acme', repo: 'access' };
    const fromBranch = await runEvidence({
      repo: workspace,
      github,
      evidenceBranch: BRANCH,
      verdicts: false,
      now: NOW,
    });
    expect(fromBranch.evidenceLog?.broken?.problem).toMatch(/anchor on commit [0-9a-f]{12}/);
    expect(fromBranch.notes).toContainEqual(
      expect.stringContaining(`the evidence branch ${BRANCH} of acme/access does not exist`),
    );
    const file = join(env.scratchDir('accessctl-gone-'), 'evidence.jsonl');
    const fromFile = await evidenceOf(gh, workspace, file);
    expect(fromFile.evidenceLog?.broken?.problem).toMatch(/anchor on commit [0-9a-f]{12}/);
  }, 180_000);

  it('are read with one GraphQL query per 100 commits of the line and a list only where an anchor is', async () => {
    const { gh, client, workspace } = await twoRunsSecondAtReadmeMerge();
    const { file } = await cutLastRun(client);
    const from = gh.state.requests.length;
    const report = await evidenceOf(gh, workspace, file);
    expect(report.evidenceLog?.broken).toBeDefined();
    const { queries, lists } = anchorRequests(gh, from);
    // the line: the seeded commit, three merges; each asked about once, in one query
    expect(queries).toHaveLength(1);
    const asked = Object.keys((queries[0]?.body as { variables: object }).variables);
    expect(asked.filter((k) => /^c\d+$/.test(k))).toHaveLength(4);
    // every status is listed only on the two commits that carry an anchor
    expect(lists).toHaveLength(2);

    // 250 later commits on the line (not pushed: GitHub knows none of them): three queries
    const git = (...args: string[]) => execFileSync('git', args, { cwd: workspace });
    for (let i = 0; i < 250; i++)
      git(
        '-c',
        'user.name=t',
        '-c',
        'user.email=t@example.com',
        'commit',
        '-q',
        '--allow-empty',
        '-m',
        `later ${i}`,
      );
    const again = gh.state.requests.length;
    expect((await evidenceOf(gh, workspace, file)).evidenceLog?.broken).toBeDefined();
    const later = anchorRequests(gh, again);
    expect(later.queries).toHaveLength(3);
    expect(later.lists).toHaveLength(2);
  }, 180_000);

  it('are not hidden by a later status of the same context on the same commit', async () => {
    const { gh, client, tips, workspace } = await twoRunsSecondAtReadmeMerge();
    const { file, kept } = await cutLastRun(client);
    // someone who may write statuses adds one agreeing with the cut log on the README merge:
    // it is now the latest of its context there, the one GraphQL's combined status shows
    const repo = gh.state.repo('acme', 'access');
    repo?.statuses.push({
      id: 90_000,
      sha: tips[1] as string,
      state: 'success',
      targetUrl: null,
      description: anchorDescription(kept.length, hashLine(kept[kept.length - 1] as string)),
      context: ANCHOR_CONTEXT,
      creator: 'alice',
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
    });
    const report = await evidenceOf(gh, workspace, file);
    expect(report.evidenceLog?.broken).toBeDefined();
  }, 180_000);

  it('without GraphQL, are read one commit at a time on the newest commits of the line, and a note says so', async () => {
    const { gh, client, workspace } = await twoRunsSecondAtReadmeMerge();
    const { file } = await cutLastRun(client);
    gh.faults.serverError({ count: 1000, route: '/graphql' });
    const report = await evidenceOf(gh, workspace, file);
    expect(report.evidenceLog?.broken).toBeDefined();
    expect((report.notes ?? []).join('\n')).toMatch(
      /the anchors were read on 4 of the 4 commits of the branch's first-parent line .* one commit at a time, because the GraphQL query of the latest statuses failed/,
    );
  }, 180_000);
});

describe('the records of a run over several merges', () => {
  it("name the pull request and approvers of each grant's own merge, not the tip's", async () => {
    const { client } = await twoRunsSecondAtReadmeMerge();
    const log = await readBranchLog({ client, owner: 'acme', repo: 'access', branch: BRANCH });
    const bob = verifyEvidence(log?.text ?? '').records.filter(
      (r) => !isSeal(r) && r.grant === 'bob-payments',
    );
    expect(bob.length).toBeGreaterThan(0);
    for (const record of bob) {
      if (isSeal(record)) continue;
      // bob's grant came in pull request 2, which lead approved; pete approved only the
      // README merge the run provisioned up to
      expect(record.pullRequest).toBe(2);
      expect(record.approvers).toEqual(['lead']);
    }
  }, 180_000);
});
