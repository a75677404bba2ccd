import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

import { readHistory } from '../../src/evidence/history.js';
import { runEvidence } from '../../src/workflows/evidence.js';
import { createGitWorkspace, type GitWorkspace } from '../harness/index.js';
import { LOOPING_POLICY } from '../fixtures/looping-policy.js';
import { grant } from './history-fixture.js';

/**
 * Which commits and changes make rows, on real repositories made with git: the first-parent
 * history, a merge appearing once at its merge, a moved grant being no change, a grant that
 * fails the schema being denied with its errors, policies and catalog read at each commit.
 */

const CATALOG = `kind: Resource
id: github:repo/acme/*
owners: [team:owners]
provisioner: github
roles:
  pull: { risk: low, maxDays: 365 }
  push: { risk: medium, maxDays: 90 }
`;
const PEOPLE = `kind: User\nid: ann\n---\nkind: User\nid: ben\n---\nkind: Team\nid: owners\nmembers: [ann]\n`;

let workspace: GitWorkspace;
afterEach(() => workspace.remove());

const run = (extra: Partial<Parameters<typeof runEvidence>[0]> = {}) =>
  runEvidence({ repo: workspace.path, now: new Date('2026-01-02T00:00:00Z'), ...extra });

describe('the history walk', () => {
  it('reports a merged branch once, at its merge commit, and ignores a moved grant', async () => {
    workspace = createGitWorkspace({
      commits: [
        {
          files: {
            'access/catalog/repos.yaml': CATALOG,
            'access/identities/people.yaml': PEOPLE,
            'access/grants/ann.yaml': grant('ann-app-pull', 'user:ann', 'pull', '2026-06-01'),
          },
        },
      ],
    });
    workspace.checkout('feature', { create: true });
    workspace.commit({
      files: { 'access/grants/ben.yaml': grant('ben-app-pull', 'user:ben', 'pull', '2026-06-01') },
    });
    workspace.commit({
      files: { 'access/grants/ben.yaml': grant('ben-app-pull', 'user:ben', 'push', '2026-03-01') },
    });
    workspace.checkout('main');
    workspace.git('merge', '--no-ff', '-q', '-m', 'Merge feature', 'feature');
    const merge = workspace.git('rev-parse', 'HEAD').trim();
    workspace.commit({
      message: 'Move ann to another file',
      files: {
        'access/grants/ann.yaml': null,
        'access/grants/people/ann.yaml': grant('ann-app-pull', 'user:ann', 'pull', '2026-06-01'),
      },
    });
    const report = await run();
    expect(report.commits).toBe(3);
    expect(report.rows.map((r) => [r.grant, r.change, r.role, r.commit === merge])).toEqual([
      ['ann-app-pull', 'added', 'pull', false],
      ['ben-app-pull', 'added', 'push', true],
    ]);
  });

  it('denies a grant that fails the schema, naming file, line and column', async () => {
    workspace = createGitWorkspace({
      commits: [
        {
          files: {
            'access/catalog/repos.yaml': CATALOG,
            'access/identities/people.yaml': PEOPLE,
            'access/grants/ann.yaml': grant('ann-app-pull', 'user:ann', 'pull', 'someday'),
          },
        },
      ],
    });
    const [row] = (await run()).rows;
    expect(row?.verdict.outcome).toBe('deny');
    expect(row?.verdict.messages[0]).toBe('the grant does not pass the schema');
    expect(row?.verdict.messages[1]).toMatch(
      /^access\/grants\/ann\.yaml:7:10: expires "someday" is not a date/,
    );
    expect(row?.flags.map((f) => f.kind)).toContain('policy-denied');
  });

  it('says when the clone is shallow, so additions at its first commit are read for what they are', async () => {
    workspace = createGitWorkspace({
      commits: [
        { files: { 'access/catalog/repos.yaml': CATALOG } },
        { files: { 'access/identities/people.yaml': PEOPLE } },
        {
          files: {
            'access/grants/ann.yaml': grant('ann-app-pull', 'user:ann', 'pull', '2026-06-01'),
          },
        },
      ],
    });
    const full = workspace.path;
    const shallow = mkdtempSync(join(tmpdir(), 'accessctl-shallow-'));
    try {
      execFileSync('git', ['clone', '-q', '--depth', '1', `file://${full}`, shallow]);
      const report = await runEvidence({ repo: shallow, verdicts: false, now: new Date() });
      expect(report.commits).toBe(1);
      expect(report.notes?.[0]).toMatch(
        /^the clone is shallow, so the history starts at [0-9a-f]{7}/,
      );
      expect((await run({ verdicts: false })).notes ?? []).not.toContainEqual(
        expect.stringContaining('shallow'),
      );
    } finally {
      rmSync(shallow, { recursive: true, force: true });
    }
  });

  it("judges each change by its own commit's catalog", async () => {
    workspace = createGitWorkspace({
      commits: [
        {
          files: {
            'access/catalog/repos.yaml': CATALOG,
            'access/identities/people.yaml': PEOPLE,
            'access/grants/ann.yaml': grant('ann-app-push', 'user:ann', 'push', '2026-03-01'),
          },
        },
        {
          message: 'Push may last 30 days only',
          files: { 'access/catalog/repos.yaml': CATALOG.replace('maxDays: 90', 'maxDays: 30') },
        },
        {
          files: {
            'access/grants/ben.yaml': grant('ben-app-push', 'user:ben', 'push', '2026-03-01'),
          },
        },
      ],
    });
    const rows = (await run()).rows;
    expect(rows.map((r) => [r.grant, r.verdict.outcome])).toEqual([
      ['ann-app-push', 'pass'],
      ['ben-app-push', 'deny'],
    ]);
    expect(rows[1]?.verdict.messages.join(' ')).toContain('allows at most 30');
  });

  it('stops a merged policy that loops at its deadline, and judges on once it is gone', async () => {
    workspace = createGitWorkspace({
      commits: [
        {
          files: {
            'accessctl.yaml': 'evaluation:\n  timeoutSeconds: 1\n',
            'access/catalog/repos.yaml': CATALOG,
            'access/identities/people.yaml': PEOPLE,
            'access/grants/ann.yaml': grant('ann-app-pull', 'user:ann', 'pull', '2026-06-01'),
          },
        },
        { message: 'A policy that loops', files: { 'policies/loop.rego': LOOPING_POLICY } },
        {
          files: {
            'access/grants/ben.yaml': grant('ben-app-pull', 'user:ben', 'pull', '2026-06-01'),
          },
        },
        { message: 'The loop removed', files: { 'policies/loop.rego': null } },
        {
          files: {
            'access/grants/ben.yaml': grant('ben-app-pull', 'user:ben', 'push', '2026-03-01'),
          },
        },
      ],
    });
    const rows = (await run()).rows;
    expect(rows.map((r) => [r.grant, r.verdict.outcome])).toEqual([
      ['ann-app-pull', 'pass'],
      ['ben-app-pull', 'not-evaluated'],
      ['ben-app-pull', 'pass'],
    ]);
    expect(rows[1]?.verdict.messages.join(' ')).toMatch(
      /^the policies of [0-9a-f]{7} failed: .*access\/deny: evaluation stopped after 1 s, its deadline/,
    );
  }, 60_000);

  it('keeps a commit whose subject imitates the log format on its own sha and changes', async () => {
    workspace = createGitWorkspace({
      commits: [
        {
          files: {
            'access/catalog/repos.yaml': CATALOG,
            'access/identities/people.yaml': PEOPLE,
          },
        },
      ],
    });
    const reviewed = workspace.git('rev-parse', 'HEAD').trim();
    // the record mark and a reviewed commit's sha in the subject, then a change line's shape
    workspace.commit({
      message: `Add ben\u001e${reviewed}\u001e:100644 100644 ${'0'.repeat(40)} x M`,
      files: { 'access/grants/ben.yaml': grant('ben-app-pull', 'user:ben', 'pull', '2026-06-01') },
    });
    const forged = workspace.git('rev-parse', 'HEAD').trim();
    const report = await run({ verdicts: false });
    expect(report.commits).toBe(2);
    expect(report.rows.map((r) => [r.grant, r.change, r.commit])).toEqual([
      ['ben-app-pull', 'added', forged],
    ]);
  });

  it('hands each commit on newest first, once the blobs it names have arrived', async () => {
    workspace = createGitWorkspace({
      commits: [
        {
          files: { 'access/catalog/repos.yaml': CATALOG, 'access/identities/people.yaml': PEOPLE },
        },
        {
          files: {
            'access/grants/ann.yaml': grant('ann-app-pull', 'user:ann', 'pull', '2026-06-01'),
          },
        },
        {
          files: {
            'access/grants/ann.yaml': grant('ann-app-pull', 'user:ann', 'push', '2026-06-01'),
          },
        },
        { files: { 'access/grants/ann.yaml': null, 'notes.txt': 'not read\n' } },
      ],
    });
    const blobs = new Map<string, string>();
    const handed: { sha: string; present: boolean[] }[] = [];
    const history = await readHistory(workspace.path, {
      paths: ['access'],
      wanted: (path) => path.endsWith('.yaml'),
      blobs,
      ready: (commit) =>
        handed.push({
          sha: commit.sha,
          present: commit.paths.flatMap((p) =>
            [p.before, p.after].flatMap((oid) => (oid === undefined ? [] : [blobs.has(oid)])),
          ),
        }),
    });
    expect(history.blobs).toBe(blobs);
    expect(history.commits.map((c) => c.sha)).toEqual(workspace.shas);
    expect(handed.map((h) => h.sha)).toEqual([...workspace.shas].reverse());
    expect(handed.map((h) => h.present)).toEqual([[true], [true, true], [true], [true, true]]);
  });
});
