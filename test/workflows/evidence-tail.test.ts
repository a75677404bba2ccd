// The anchors catch a provisioning log whose last run was cut off: which anchors are read is
// never the log's own choice (a forged last record can name the newest commit), and a cut run's
// anchor is read however many commits follow it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';

import { createGitHubClient } from '../../src/github/index.js';
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
import { runActionStep, useProvisionEnv } from '../workflows/provision-env.js';
import { CATALOG, NOW, grants, identities, teamGrant } from '../workflows/provision-fixture.js';

const env = useProvisionEnv();
const workspaces: GitWorkspace[] = [];
afterEach(() => {
  process.exitCode = undefined;
  for (const w of workspaces.splice(0)) w.remove();
});
const BRANCH = 'accessctl-evidence';
const runner = mkdtempSync(join(tmpdir(), 'accessctl-runner-'));
afterAll(() => rmSync(runner, { recursive: true, force: true }));

const clientOf = (gh: Emulator) =>
  createGitHubClient({
    token: gh.token,
    env: { GITHUB_API_URL: gh.url },
    millisecondsPerSecond: 1,
    writeSpacingMs: 0,
  });

async function twoProvisionedMerges() {
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
  const merges: string[] = [];
  for (const pull_number of [1, 2]) {
    const before = gh.state.repo('acme', 'access')?.refs.get('refs/heads/main') as string;
    const { data } = await client.rest.pulls.merge({
      owner: 'acme',
      repo: 'access',
      pull_number,
      merge_method: 'merge',
    });
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
      inputs: { now: NOW.toISOString() },
      gh,
      workspace: workspace.path,
      runner,
    });
    expect(process.exitCode).toBeUndefined();
    merges.push(data.sha);
  }
  return { gh, client, merges, workspace: workspaces[workspaces.length - 1] as GitWorkspace };
}

/** The log cut after the first run's seal: bob's run (intent, result, seal) is gone. */
function firstRunOnly(lines: string[]): string[] {
  const firstSeal = lines.findIndex((l) => {
    const r = parseAny(l);
    return r !== undefined && isSeal(r);
  });
  return lines.slice(0, firstSeal + 1);
}

async function report(gh: Emulator, workspace: GitWorkspace, text: string, key?: string) {
  const file = join(env.scratchDir('accessctl-tampered-'), 'evidence.jsonl');
  writeFileSync(file, text);
  return runEvidence({
    repo: workspace.path,
    github: { client: clientOf(gh), owner: 'acme', repo: 'access' },
    evidenceFile: file,
    ...(key === undefined ? {} : { evidenceKey: key }),
    verdicts: false,
    now: NOW,
  });
}

describe('a provisioning log with its last run cut off', () => {
  it('is broken, without a key, when a forged record after the cut names the newest commit', async () => {
    const { gh, client, merges, workspace } = await twoProvisionedMerges();
    const log = await readBranchLog({ client, owner: 'acme', repo: 'access', branch: BRANCH });
    const lines = logLines(log?.text ?? '');
    const kept = firstRunOnly(lines);
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
    const r = await report(gh, workspace, text);
    expect(r.evidenceLog?.broken).toBeDefined();
  }, 120_000);

  it('is broken, with a key, when the log ends at an earlier seal and 100 commits follow', async () => {
    const key = 'k3y-from-the-environment';
    process.env.ACCESSCTL_EVIDENCE_KEY = key;
    const { gh, client, workspace } = await twoProvisionedMerges();
    const log = await readBranchLog({ client, owner: 'acme', repo: 'access', branch: BRANCH });
    const lines = logLines(log?.text ?? '');
    const text = `${firstRunOnly(lines).join('\n')}\n`;
    expect(verifyEvidence(text, 'log', { key }).ok).toBe(true);
    // while bob's run is among the newest commits
    const before = await report(gh, workspace, text, key);
    expect(before.evidenceLog?.broken).toBeDefined();
    // then 100 later changes of the access folder that provision nothing (identity edits, ...)
    for (let i = 0; i < 100; i++) {
      writeFileSync(join(workspace.path, 'access/identities/notes.yaml'), `# note ${i}\n`);
      workspace.git('add', '-A');
      workspace.git('commit', '-q', '-m', `identities note ${i}`);
    }
    const r = await report(gh, workspace, text, key);
    expect(r.evidenceLog?.broken).toBeDefined();
  }, 240_000);
});
