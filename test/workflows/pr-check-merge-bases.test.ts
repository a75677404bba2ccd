// After criss-cross merges a pull request has several merge bases with its base branch, and
// what its merge brings is what differs from any of them: the check measures from them all.
import { afterEach, describe, expect, it } from 'vitest';

import { checkPullRequest } from '../../src/workflows/pr-check/check-pull-request.js';
import { CATALOG, CONFIG, IDENTITIES, grant } from '../e2e/pr-check-fixture.js';
import { createGitWorkspace, type GitWorkspace } from '../harness/index.js';

let workspace: GitWorkspace | undefined;
afterEach(() => workspace?.remove());

function check(ws: GitWorkspace, baseSha: string, headSha: string) {
  return checkPullRequest({
    workspace: ws.path,
    accessDir: 'access',
    policiesDir: 'policies',
    request: {
      number: 8,
      author: 'alice',
      title: 'typo',
      headSha,
      baseSha,
      labels: [],
      labelActors: {},
      approvals: [],
      pushers: ['alice'],
    },
    org: 'acme',
    now: new Date(),
  });
}

describe('what a merge brings, as the check judges it', () => {
  it('counts a grant its merge brings back, though one merge base already held it', async () => {
    const ws = createGitWorkspace({
      commits: [
        {
          message: 'alice holds admin',
          files: {
            'access/catalog/ledger.yaml': CATALOG,
            'access/identities/people.yaml': IDENTITIES,
            'accessctl.yaml': CONFIG,
            'access/grants/alice-admin.yaml': grant('admin', 'ticket: LEDGER-9\n'),
          },
        },
      ],
    });
    workspace = ws;
    const start = ws.head;
    // main revokes the grant; a pull request forked before that is merged after it
    const revoked = ws.commit({
      message: 'revoke alice admin',
      files: { 'access/grants/alice-admin.yaml': null },
    });
    ws.checkout('docs', { create: true, from: start });
    const docs = ws.commit({ message: 'docs', files: { 'docs/notes.md': 'notes\n' } });
    ws.git('checkout', '-q', 'main');
    ws.git('merge', '-q', '--no-ff', '-m', 'Merge pull request #7', 'docs');
    const base = ws.git('rev-parse', 'HEAD').trim();
    // alice branches from the docs commit and merges the revocation, keeping her grant
    ws.checkout('typo', { create: true, from: docs });
    ws.git('merge', '-q', '-s', 'ours', '-m', 'merge main', revoked);
    const head = ws.commit({ message: 'typo', files: { 'docs/notes.md': 'notes.\n' } });
    expect(ws.git('merge-base', '--all', base, head).trim().split('\n').sort()).toEqual(
      [docs, revoked].sort(),
    );

    const report = await check(ws, base, head);
    // git's merge would add the grant back: the check sees it as added, not as unchanged
    expect(report.grants.map((g) => [g.id, g.change])).toEqual([['alice-ledger-admin', 'added']]);
    expect(report.verdict).toBe('fail');
    ws.git('checkout', '-q', 'main');
    ws.git('merge', '-q', '--no-ff', '-m', 'Merge pull request #8', 'typo');
    expect(ws.git('ls-tree', '--name-only', '-r', 'HEAD', 'access/grants').trim()).toBe(
      'access/grants/alice-admin.yaml',
    );
  });

  it('fails a request whose grant file the base branch changed since it branched off', async () => {
    const ws = createGitWorkspace({
      commits: [
        {
          message: 'pete reads the ledger',
          files: {
            'access/catalog/ledger.yaml': CATALOG,
            'access/identities/people.yaml': IDENTITIES,
            'accessctl.yaml': CONFIG,
            'access/grants/ledger.yaml': grant('pull').replace('user:alice', 'user:pete'),
          },
        },
      ],
    });
    workspace = ws;
    const start = ws.head;
    // an approved request moves the grant to alice and is merged
    ws.checkout('to-alice', { create: true, from: start });
    ws.commit({
      message: 'to alice',
      files: { 'access/grants/ledger.yaml': grant('pull') },
    });
    ws.git('checkout', '-q', 'main');
    ws.git('merge', '-q', '--no-ff', '-m', 'Merge pull request #8', 'to-alice');
    const base = ws.git('rev-parse', 'HEAD').trim();
    // a request forked before it raises the role, for pete as it then read
    ws.checkout('admin', { create: true, from: start });
    const head = ws.commit({
      message: 'admin',
      files: {
        'access/grants/ledger.yaml': grant('admin', 'ticket: LEDGER-9\n')
          .replace('user:alice', 'user:pete')
          .replace('alice-ledger-admin', 'alice-ledger-pull'),
      },
    });
    const report = await check(ws, base, head);
    expect(report.verdict).toBe('fail');
    expect(report.findings.filter((f) => f.rule === 'branch-behind')).toEqual([
      expect.objectContaining({
        severity: 'error',
        file: 'access/grants/ledger.yaml',
        message: expect.stringMatching(
          /^the base branch changed this file \(at [0-9a-f]{7}\) since the request branched off, so merging would combine both versions/,
        ),
      }),
    ]);
    expect(report.grants.map((g) => [g.id, g.verdict])).toEqual([
      ['alice-ledger-pull', 'not judged'],
    ]);
    // git would merge the two edits into alice as admin, which nobody reviewed
    ws.git('checkout', '-q', 'main');
    ws.git('merge', '-q', '--no-ff', '-m', 'Merge pull request #9', 'admin');
    const merged = ws.git('show', 'HEAD:access/grants/ledger.yaml');
    expect(merged).toContain('subject: user:alice\n');
    expect(merged).toContain('role: admin\n');
  });

  it('never passes a changed grant the policies did not judge (a Grant in a catalog file)', async () => {
    const ws = createGitWorkspace({
      commits: [
        {
          message: 'base',
          files: {
            'access/catalog/ledger.yaml': CATALOG,
            'access/identities/people.yaml': IDENTITIES,
            'accessctl.yaml': CONFIG,
          },
        },
      ],
    });
    workspace = ws;
    const base = ws.head;
    ws.checkout('catalog', { create: true });
    const head = ws.commit({
      message: 'catalog: document the ledger',
      files: {
        'access/catalog/ledger.yaml': `${CATALOG}---\n${grant('admin', 'ticket: LEDGER-9\n')}`,
      },
    });
    // the policy owner approves what is a rule change
    const report = await checkPullRequest({
      workspace: ws.path,
      accessDir: 'access',
      policiesDir: 'policies',
      request: {
        number: 3,
        author: 'alice',
        title: 'catalog',
        headSha: head,
        baseSha: base,
        labels: [],
        labelActors: {},
        approvals: [{ reviewer: 'pete', commit: head, stale: false }],
        pushers: ['alice'],
      },
      org: 'acme',
      now: new Date(),
    });
    expect(report.grants.map((g) => [g.id, g.change, g.verdict])).toEqual([
      ['alice-ledger-admin', 'added', 'not judged'],
    ]);
    expect(report.grants[0]?.file).toBe('access/catalog/ledger.yaml');
    expect(report.verdict).toBe('fail');
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        rule: 'grant-not-judged',
        severity: 'error',
        grant: 'alice-ledger-admin',
        file: 'access/catalog/ledger.yaml',
      }),
    );
  });
});
