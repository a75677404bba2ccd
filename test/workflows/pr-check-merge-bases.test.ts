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

describe('a pull request with several merge bases', () => {
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
});
