// The kept evidence log, end to end through the workflow functions: two merges provisioned by
// the Action's provision path write to the evidence branch through the emulator's Git Data
// API and anchor each run in a commit status; `evidence` reads both runs' records back from
// the branch and checks them against the anchors. Then the log is tampered with, each way
// the chain alone cannot see, and every tampering is reported broken with its line.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';

import { createGitHubClient } from '../../src/github/index.js';
import { ANCHOR_CONTEXT } from '../../src/provisioners/evidence-anchor.js';
import { BranchStore, readBranchLog } from '../../src/provisioners/evidence-branch.js';
import {
  EvidenceWriter,
  GENESIS,
  hashLine,
  isResult,
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

const BRANCH = 'accessctl-evidence';
// @actions/core keeps the first summary path it sees, so every run of this file shares one
const runner = mkdtempSync(join(tmpdir(), 'accessctl-runner-'));
afterAll(() => rmSync(runner, { recursive: true, force: true }));

function clientOf(gh: Emulator) {
  return createGitHubClient({
    token: gh.token,
    env: { GITHUB_API_URL: gh.url },
    millisecondsPerSecond: 1,
    writeSpacingMs: 0,
  });
}

/** Two pull requests, each merged through the API, each merge provisioned by the Action. */
async function twoProvisionedMerges(inputs: Record<string, string> = {}) {
  const gh = await env.github({
    org: { login: 'acme', owners: ['octo-admin'], members: ['alice', 'bob', 'lead'] },
    teams: [{ slug: 'payments' }],
    repos: [
      {
        name: 'access',
        files: {
          'access/catalog/github.yaml': CATALOG,
          'access/identities/people.yaml': identities(['alice', 'bob', 'lead']),
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
        ],
      },
    ],
  });
  const client = clientOf(gh);
  const repo = { owner: 'acme', repo: 'access' };
  const merges: string[] = [];
  for (const pull_number of [1, 2]) {
    const before = gh.state.repo('acme', 'access')?.refs.get('refs/heads/main') as string;
    const { data } = await client.rest.pulls.merge({ ...repo, pull_number, merge_method: 'merge' });
    const workspace = checkoutEmulatorRepo(gh, 'acme/access');
    workspaces.push(workspace);
    await runActionStep({
      command: 'provision',
      event: 'push',
      payload: {
        before,
        after: data.sha,
        ref: 'refs/heads/main',
        repository: { default_branch: 'main' },
      },
      inputs: { now: NOW.toISOString(), ...inputs },
      gh,
      workspace: workspace.path,
      runner,
    });
    expect(process.exitCode).toBeUndefined();
    merges.push(data.sha);
  }
  const last = workspaces[workspaces.length - 1] as GitWorkspace;
  return { gh, client, merges, workspace: last.path };
}

async function evidenceOf(
  gh: Emulator,
  workspace: string,
  log: { evidenceFile: string } | { evidenceBranch: string },
  key?: string,
) {
  return runEvidence({
    repo: workspace,
    github: { client: clientOf(gh), owner: 'acme', repo: 'access' },
    ...log,
    ...(key === undefined ? {} : { evidenceKey: key }),
    verdicts: false,
    now: NOW,
  });
}

/** The log with every hash (and every seal's count) recomputed, as a careful forger would. */
function rechain(lines: string[]): string[] {
  let previous = GENESIS;
  return lines.map((line, index) => {
    const parsed = JSON.parse(line) as Record<string, unknown>;
    const seal = parsed.phase === 'seal' ? { records: index, head: previous } : {};
    const record = { ...parsed, ...seal, previous };
    const text = JSON.stringify(record);
    previous = hashLine(text);
    return text;
  });
}

describe('the evidence log kept on a branch and anchored on each merge', () => {
  it('keeps both runs on the branch, one commit after another, and evidence verifies them against the anchors', async () => {
    const { gh, client, merges, workspace } = await twoProvisionedMerges();
    const branchRepo = gh.state.repo('acme', 'access');
    const tip = branchRepo?.refs.get(`refs/heads/${BRANCH}`) as string;
    // append-only history: every commit of the branch has the one before as its parent
    const chain: string[] = [];
    for (let sha: string | undefined = tip; sha !== undefined;) {
      chain.push(sha);
      sha = branchRepo?.git.commit(sha)?.parents[0];
    }
    expect(chain.length).toBeGreaterThanOrEqual(2);

    const at = { client, owner: 'acme', repo: 'access', branch: BRANCH };
    const log = await readBranchLog(at);
    const verdict = verifyEvidence(log?.text ?? '');
    expect(verdict.ok).toBe(true);
    expect(
      verdict.records.filter(isResult).map((r) => [r.grant, r.result, r.mergeCommit, r.repository]),
    ).toEqual([
      ['alice-payments', 'applied', merges[0], 'acme/access'],
      ['bob-payments', 'applied', merges[1], 'acme/access'],
    ]);
    expect(verdict.records.filter(isSeal)).toHaveLength(2);

    // one anchor per run, on its merge commit
    const statuses = branchRepo?.statuses.filter((s) => s.context === ANCHOR_CONTEXT) ?? [];
    expect(statuses.map((s) => s.sha)).toEqual(merges);
    const lines = logLines(log?.text ?? '');
    expect(statuses[1]?.description).toBe(
      `${lines.length} records; chain head sha256:${hashLine(lines[lines.length - 1] as string)}`,
    );

    const report = await evidenceOf(gh, workspace, { evidenceBranch: BRANCH });
    expect(report.repository).toBe('acme/access');
    expect(report.evidenceLog).toMatchObject({ records: lines.length, anchors: 2 });
    expect(report.evidenceLog?.broken).toBeUndefined();
    expect(report.rows.map((r) => [r.grant, r.provisioning.map((p) => p.result)])).toEqual([
      ['alice-payments', ['applied']],
      ['bob-payments', ['applied']],
    ]);
    // the merger looked up on the pull request, not the committer ("GitHub" on a web merge)
    expect(report.rows.map((r) => r.pullRequest?.mergedBy)).toEqual(['octo-admin', 'octo-admin']);
  }, 120_000);

  describe('finds each tampering the chain alone misses', () => {
    async function tampered(edit: (lines: string[]) => string[]) {
      const { gh, client, workspace } = await twoProvisionedMerges();
      const log = await readBranchLog({ client, owner: 'acme', repo: 'access', branch: BRANCH });
      const lines = logLines(log?.text ?? '');
      const text = `${edit(lines).join('\n')}\n`;
      const file = join(env.scratchDir('accessctl-tampered-'), 'evidence.jsonl');
      writeFileSync(file, text);
      // the chain of every tampered log below still verifies on its own
      expect(verifyEvidence(text).ok).toBe(true);
      const report = await evidenceOf(gh, workspace, { evidenceFile: file });
      return { lines, broken: report.evidenceLog?.broken, report };
    }

    it('an edited last record', async () => {
      const { lines, broken } = await tampered((l) => [
        ...l.slice(0, -1),
        (l[l.length - 1] as string).replace('"seal"', '"seal","note":"x"'),
      ]);
      // the first run's anchor still holds: the break is placed after its records
      expect(broken?.line).toBeGreaterThan(1);
      expect(broken?.line).toBeLessThanOrEqual(lines.length);
      expect(broken?.problem).toMatch(
        new RegExp(`:${lines.length}: line ${lines.length} does not hash to the chain head`),
      );
      expect(broken?.problem).toContain('restore the last trusted copy');
    }, 120_000);

    it('a missing tail', async () => {
      const { lines, broken, report } = await tampered((l) => l.slice(0, -3));
      expect(broken?.line).toBe(lines.length - 2);
      expect(broken?.problem).toContain(
        `the log ends after ${lines.length - 3} records but the anchor on commit`,
      );
      expect(broken?.problem).toContain(`counts ${lines.length}`);
      expect(report.notes?.some((n) => n.includes('broken'))).toBe(true);
    }, 120_000);

    it('a deleted middle record with the chain recomputed', async () => {
      const { broken, report } = await tampered((l) => rechain([...l.slice(0, 1), ...l.slice(2)]));
      // the first run's anchor already disagrees: nothing from line 1 on is what was written
      expect(broken?.line).toBe(1);
      expect(broken?.problem).toMatch(
        /was edited, or records were removed or inserted and the chain recomputed/,
      );
      expect(report.rows.every((r) => r.flags.some((f) => f.kind === 'evidence-log-broken'))).toBe(
        true,
      );
    }, 120_000);
  });

  it('with ACCESSCTL_EVIDENCE_KEY a recomputed chain fails the seal even without the anchors', async () => {
    const key = 'k3y-from-the-environment';
    process.env.ACCESSCTL_EVIDENCE_KEY = key;
    const { client } = await twoProvisionedMerges();
    const log = await readBranchLog({ client, owner: 'acme', repo: 'access', branch: BRANCH });
    const lines = logLines(log?.text ?? '');
    expect(verifyEvidence(log?.text ?? '', 'log', { key }).ok).toBe(true);
    const forged = rechain([...lines.slice(0, 1), ...lines.slice(2)]).join('\n');
    expect(verifyEvidence(forged, 'log').ok).toBe(true);
    const verdict = verifyEvidence(forged, 'log', { key });
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.problem).toMatch(/the seal counts|HMAC does not match/);
    expect(verifyEvidence(log?.text ?? '', 'log', { key: 'another key' }).ok).toBe(false);
  }, 120_000);

  it('re-chains onto a branch another run moved meanwhile (422 not a fast forward, then retry)', async () => {
    const { gh, client } = await twoProvisionedMerges();
    const at = { client, owner: 'acme', repo: 'access', branch: BRANCH };
    const slow = await EvidenceWriter.open(new BranchStore(at));
    const fast = await EvidenceWriter.open(new BranchStore(at));
    const entry = (grant: string) => ({
      grant,
      operation: 'grant member',
      result: 'applied' as const,
      message: 'done',
      mergeCommit: 'a'.repeat(40),
      time: NOW.toISOString(),
    });
    await fast.append([entry('fast')]);
    await slow.append([entry('slow')]);
    const refused = gh.state.requests.filter(
      (r) =>
        r.method === 'PATCH' &&
        r.status === 422 &&
        decodeURIComponent(r.path).endsWith(`/git/refs/heads/${BRANCH}`),
    );
    expect(refused).toHaveLength(1);
    const log = await readBranchLog(at);
    const verdict = verifyEvidence(log?.text ?? '');
    expect(verdict.ok).toBe(true);
    expect(
      verdict.records
        .filter(isResult)
        .map((r) => r.grant)
        .slice(-2),
    ).toEqual(['fast', 'slow']);
  }, 120_000);

  // Which anchors are read is never the log's own choice: a forged last record can name the
  // newest commit, and a cut run's anchor is read however many commits follow it.
  it('reports a log whose last run was cut off, without a key, after a forged record naming the newest commit', async () => {
    const { gh, client, merges, workspace } = await twoProvisionedMerges();
    const log = await readBranchLog({ client, owner: 'acme', repo: 'access', branch: BRANCH });
    const kept = firstRunOnly(logLines(log?.text ?? ''));
    const forged = JSON.stringify({
      grant: 'nothing-here',
      operation: 'provision',
      result: 'applied',
      message: '',
      mergeCommit: merges[1],
      time: NOW.toISOString(),
      previous: hashLine(kept[kept.length - 1] as string),
    });
    const text = `${[...kept, forged].join('\n')}\n`;
    expect(verifyEvidence(text).ok).toBe(true);
    const report = await evidenceOf(gh, workspace, { evidenceFile: tampered(text) });
    expect(report.evidenceLog?.broken).toBeDefined();
  }, 120_000);

  it('reports a log cut at an earlier seal, with a key, however many commits follow the cut run', async () => {
    const key = 'k3y-from-the-environment';
    process.env.ACCESSCTL_EVIDENCE_KEY = key;
    const { gh, client, workspace } = await twoProvisionedMerges();
    const log = await readBranchLog({ client, owner: 'acme', repo: 'access', branch: BRANCH });
    const text = `${firstRunOnly(logLines(log?.text ?? '')).join('\n')}\n`;
    expect(verifyEvidence(text, 'log', { key }).ok).toBe(true);
    const file = tampered(text);
    // read while the cut run is among the newest commits, and again after 100 more
    const soon = await evidenceOf(gh, workspace, { evidenceFile: file }, key);
    expect(soon.evidenceLog?.broken).toBeDefined();
    // 100 later changes of the access folder that provision nothing (identity notes)
    const git = (...args: string[]) => execFileSync('git', args, { cwd: workspace });
    for (let i = 0; i < 100; i++) {
      writeFileSync(join(workspace, 'access/identities/notes.yaml'), `# note ${i}\n`);
      git('add', '-A');
      git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', `note ${i}`);
    }
    const report = await evidenceOf(gh, workspace, { evidenceFile: file }, key);
    expect(report.evidenceLog?.broken).toBeDefined();
  }, 240_000);
});

/** The log cut after the first run's seal: the second run (intent, result, seal) is gone. */
function firstRunOnly(lines: string[]): string[] {
  const firstSeal = lines.findIndex((line) => {
    const record = parseAny(line);
    return record !== undefined && isSeal(record);
  });
  return lines.slice(0, firstSeal + 1);
}

/** `text` as a log file of its own. */
function tampered(text: string): string {
  const file = join(env.scratchDir('accessctl-tampered-'), 'evidence.jsonl');
  writeFileSync(file, text);
  return file;
}
