import { afterEach, describe, expect, it } from 'vitest';

import { checkPullRequest } from '../../src/workflows/pr-check/check-pull-request.js';
import { CATALOG, CONFIG, inDays } from '../e2e/pr-check-fixture.js';
import { createGitWorkspace, type GitWorkspace } from '../harness/index.js';
import { requestFacts } from './pr-check-request.js';

// Removing a service account's grant once the account has ended (its own expires passed, or
// its credential is past the rotation age) needs nobody's consent, as for a leaver's grants:
// the expiry run removes them. While the account holds, removing its access needs an owner.
// mallory opens the pull request and owns nothing.

let workspace: GitWorkspace | undefined;
afterEach(() => workspace?.remove());

const IDENTITIES = `kind: User
id: mallory
---
kind: User
id: olivia
---
kind: Team
id: ledger-owners
members: [olivia]
---
kind: ServiceAccount
id: gone
owner: team:ledger-owners
purpose: Exported the ledger until the old warehouse was retired
rotation: { maxAgeDays: 90, lastRotated: ${inDays(-10)} }
expires: ${inDays(-2)}
---
kind: ServiceAccount
id: stale
owner: team:ledger-owners
purpose: Reads the ledger for the nightly reports
rotation: { maxAgeDays: 30, lastRotated: ${inDays(-45)} }
---
kind: ServiceAccount
id: live
owner: team:ledger-owners
purpose: Deploys the ledger service from CI
rotation: { maxAgeDays: 90, lastRotated: ${inDays(-10)} }
expires: ${inDays(200)}
`;

function grant(account: string): string {
  return `kind: Grant
id: ${account}-ledger
subject: service:${account}
owner: team:ledger-owners
resource: github:repo/acme/ledger
role: pull
reason: Reads the ledger exports for the reports the finance team files.
expires: ${inDays(20)}
`;
}

function judge(removed: string[]) {
  const grants = Object.fromEntries(
    ['gone', 'stale', 'live'].map((a) => [`access/grants/${a}.yaml`, grant(a)]),
  );
  workspace = createGitWorkspace({
    commits: [
      {
        message: 'base',
        files: {
          'access/catalog/ledger.yaml': CATALOG,
          'access/identities/people.yaml': IDENTITIES,
          'accessctl.yaml': CONFIG,
          ...grants,
        },
      },
    ],
  });
  const baseSha = workspace.head;
  workspace.checkout('remove', { create: true });
  const headSha = workspace.commit({
    message: 'remove',
    files: Object.fromEntries(removed.map((a) => [`access/grants/${a}.yaml`, null])),
  });
  const request = requestFacts(
    { baseSha, headSha },
    { author: 'mallory', number: 9, title: 'clean up' },
  );
  return checkPullRequest({
    workspace: workspace.path,
    accessDir: 'access',
    policiesDir: 'policies',
    request,
    org: 'acme',
    now: new Date(),
  });
}

describe("the pull-request check on removing a service account's grant", () => {
  it('needs nobody once the account expired or its rotation is overdue', async () => {
    const report = await judge(['gone', 'stale']);
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(report.verdict).toBe('pass');
  });

  it('needs an owner while the account still holds', async () => {
    const report = await judge(['live']);
    expect(report.verdict).toBe('fail');
    expect(report.findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual([
      'removal-approval',
    ]);
  });
});
