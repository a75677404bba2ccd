// A manual change through the Action's provision path, run from the sources as a runner
// starts it: a pull request approved by the resource's owner is merged through the API, the
// push provisions it (an issue assigned to the owner, `pending` on the evidence branch), the
// owner closes the issue, and the next provisioning run records `applied` with who and when.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';

import { createGitHubClient } from '../../src/github/index.js';
import { runEvidence } from '../../src/workflows/evidence.js';
import { checkoutEmulatorRepo, type GitWorkspace } from '../harness/index.js';
import { runActionStep, useProvisionEnv } from './provision-env.js';
import { CATALOG, NOW, identities } from './provision-fixture.js';

const env = useProvisionEnv();
const workspaces: GitWorkspace[] = [];
afterEach(() => {
  process.exitCode = undefined;
  for (const w of workspaces.splice(0)) w.remove();
});
const runner = mkdtempSync(join(tmpdir(), 'accessctl-runner-'));
afterAll(() => rmSync(runner, { recursive: true, force: true }));

const CAROL = 'ghp_carol000000000000000000000000000000';

const LEGACY = `kind: Resource
id: legacy:billing
owners: [user:carol]
provisioner: manual
roles:
  clerk: { risk: low, maxDays: 365 }
`;

const GRANT = `kind: Grant
id: alice-billing
subject: user:alice
resource: legacy:billing
role: clerk
reason: Month-end close, see @mallory and [the runbook](https://evil.example)
expires: 2027-03-01
`;

describe('a manual change through the Action', () => {
  it('goes from a merged pull request to an issue, to its closing by the owner, to an applied record', async () => {
    const gh = await env.github({
      org: { login: 'acme', owners: ['octo-admin'], members: ['alice', 'carol', 'lead'] },
      users: [{ login: 'carol', token: CAROL }],
      repos: [
        {
          name: 'access',
          collaborators: { carol: 'push' },
          files: {
            'access/catalog/github.yaml': CATALOG,
            'access/catalog/legacy.yaml': LEGACY,
            'access/identities/people.yaml': identities(['alice', 'carol', 'lead']),
          },
          pulls: [
            {
              title: 'alice needs the billing ledger',
              user: 'alice',
              head: 'alice',
              files: { 'access/grants/alice.yaml': GRANT },
              reviews: [{ user: 'carol', state: 'APPROVED' }],
            },
          ],
        },
      ],
      now: NOW.toISOString(),
    });
    const client = createGitHubClient({
      token: gh.token,
      env: { GITHUB_API_URL: gh.url },
      millisecondsPerSecond: 1,
      writeSpacingMs: 0,
    });
    const repo = { owner: 'acme', repo: 'access' };
    const before = gh.state.repo('acme', 'access')?.refs.get('refs/heads/main') as string;
    const { data } = await client.rest.pulls.merge({ ...repo, pull_number: 1 });
    const provision = async () => {
      const workspace = checkoutEmulatorRepo(gh, 'acme/access');
      workspaces.push(workspace);
      const run = await runActionStep({
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
      return { ...run, workspace: workspace.path };
    };

    const first = await provision();
    expect(process.exitCode).toBeUndefined();
    expect(first.summary).toMatch(/1 waiting on their owners/);
    const issues = () =>
      (gh.state.repo('acme', 'access')?.issues ?? []).filter((i) => i.pull === undefined);
    expect(issues()).toHaveLength(1);
    const [issue] = issues();
    expect(issue).toMatchObject({ assignees: ['carol'], labels: ['accessctl-manual'] });
    expect(issue?.body).toContain('#1');
    // the grant's text shows as text: no mention, no link
    expect(issue?.body).not.toMatch(/@mallory|(?<!\\)\]\(/);

    await fetch(`${gh.url}/repos/acme/access/issues/${issue?.number ?? 0}`, {
      method: 'PATCH',
      headers: { authorization: `token ${CAROL}`, 'content-type': 'application/json' },
      body: JSON.stringify({ state: 'closed', state_reason: 'completed' }),
    });
    const second = await provision();
    expect(process.exitCode).toBeUndefined();
    expect(second.summary).toMatch(/applied: grant clerk to user:alice on legacy:billing/);
    expect(issues()).toHaveLength(1);

    const report = await runEvidence({
      repo: second.workspace,
      github: { client, owner: 'acme', repo: 'access' },
      evidenceBranch: 'accessctl-evidence',
      verdicts: false,
      now: NOW,
    });
    const row = report.rows.find((r) => r.grant === 'alice-billing');
    expect(row?.provisioning.map((p) => [p.result, p.issue, p.closedBy])).toEqual([
      ['pending', issue?.number, undefined],
      ['applied', issue?.number, 'carol'],
    ]);
    expect(row?.flags.map((f) => f.kind)).toEqual([]);
  });
});
