import { afterEach, describe, expect, it } from 'vitest';

import { checkPullRequest } from '../../src/workflows/pr-check/check-pull-request.js';
import { CATALOG, CONFIG, inDays } from '../e2e/pr-check-fixture.js';
import { createGitWorkspace, type GitWorkspace } from '../harness/index.js';
import { requestFacts } from './pr-check-request.js';

/**
 * Break-glass replaces the owners' approval with its invoker's. The invoker must then be
 * independent of the grant like any approver: a grant's subject (or a member of its subject
 * team) never approves access for themselves. pete is a policy owner (so permitted to break
 * glass) and owns nothing on the ledger; olivia (ledger-owners) never approves.
 */

let workspace: GitWorkspace | undefined;
afterEach(() => workspace?.remove());

const IDENTITIES = `kind: User
id: alice
---
kind: User
id: olivia
---
kind: User
id: pete
---
kind: Team
id: ledger-owners
members: [olivia]
---
kind: Team
id: ops
members: [alice, pete]
`;

function grantFor(subject: string): string {
  return `kind: Grant
id: emergency-ledger-pull
subject: ${subject}
resource: github:repo/acme/ledger
role: pull
reason: Restores the ledger after the failed settlement migration tonight.
expires: ${inDays(0)}
`;
}

async function judge(subject: string) {
  workspace = createGitWorkspace({
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
  const baseSha = workspace.head;
  workspace.checkout('emergency', { create: true });
  const headSha = workspace.commit({
    message: 'emergency',
    files: { 'access/grants/emergency.yaml': grantFor(subject) },
  });
  // alice opens and pushes; pete labels it and approves the head
  const request = {
    ...requestFacts({ baseSha, headSha }, { approvers: ['pete'] }),
    labels: ['emergency'],
    labelActors: { emergency: 'pete' },
  };
  return checkPullRequest({
    workspace: workspace.path,
    accessDir: 'access',
    policiesDir: 'policies',
    request,
    org: 'acme',
    now: new Date(),
  });
}

const errors = (r: Awaited<ReturnType<typeof judge>>) =>
  r.findings.filter((f) => f.severity === 'error').map((f) => f.rule);

describe('break-glass invoked by the grant’s own subject', () => {
  it('pete breaks glass for alice’s grant and it passes', async () => {
    const report = await judge('user:alice');
    expect(report.verdict).toBe('pass');
  });

  it('does not let pete approve ledger access for himself', async () => {
    const report = await judge('user:pete');
    expect(report.verdict).toBe('fail');
    expect(errors(report)).toContain('approval-required');
  });

  it('does not let pete approve ledger access for a team he (and the author) is in', async () => {
    const report = await judge('team:ops');
    expect(report.verdict).toBe('fail');
    expect(errors(report)).toContain('approval-required');
  });
});
