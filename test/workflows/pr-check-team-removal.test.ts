import { afterEach, describe, expect, it } from 'vitest';

import { checkPullRequest } from '../../src/workflows/pr-check/check-pull-request.js';
import { CATALOG, CONFIG, inDays } from '../e2e/pr-check-fixture.js';
import { createGitWorkspace, type GitWorkspace } from '../harness/index.js';
import { requestFacts } from './pr-check-request.js';

/**
 * A team's grant is nobody's own: one member removing it takes the access away from every
 * other member too, so it needs the consent of the resource's owners or a policy owner.
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
kind: User
id: bob
---
kind: Team
id: ledger-owners
members: [olivia]
---
kind: Team
id: settlements
members: [alice, bob]
`;

const TEAM_GRANT = `kind: Grant
id: settlements-ledger-pull
subject: team:settlements
resource: github:repo/acme/ledger
role: pull
reason: The settlements team reads the ledger code every day.
expires: ${inDays(200)}
`;

describe('removing a team grant', () => {
  it("one member alone cannot take the team's access away from the others", async () => {
    workspace = createGitWorkspace({
      commits: [
        {
          message: 'base',
          files: {
            'access/catalog/ledger.yaml': CATALOG,
            'access/identities/people.yaml': IDENTITIES,
            'access/grants/settlements.yaml': TEAM_GRANT,
            'accessctl.yaml': CONFIG,
          },
        },
      ],
    });
    const baseSha = workspace.head;
    workspace.checkout('drop', { create: true });
    const headSha = workspace.commit({
      message: 'drop',
      files: { 'access/grants/settlements.yaml': null },
    });
    const request = requestFacts({ baseSha, headSha }, { title: 'drop' });
    const report = await checkPullRequest({
      workspace: workspace.path,
      accessDir: 'access',
      policiesDir: 'policies',
      request,
      org: 'acme',
      now: new Date(),
    });
    expect(report.verdict).toBe('fail');
    expect(report.findings.map((f) => f.rule)).toContain('removal-approval');
  });
});
