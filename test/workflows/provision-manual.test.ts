import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { createGitHubClient } from '../../src/github/index.js';
import { isResult, verifyEvidence } from '../../src/provisioners/evidence-log.js';
import { ManualProvisioner } from '../../src/provisioners/manual.js';
import { formatReconcileText } from '../../src/report/reconcile/text.js';
import { manualIssue } from '../../src/report/manual/issue.js';
import { runEvidence } from '../../src/workflows/evidence.js';
import { runProvision } from '../../src/workflows/provision.js';
import { runReconcile } from '../../src/workflows/reconcile.js';
import type { Emulator } from '../emulator/index.js';
import { useProvisionEnv } from './provision-env.js';
import { between, githubProvisioner, NOW } from './provision-fixture.js';

const env = useProvisionEnv();

const CAROL = 'ghp_carol000000000000000000000000000000';
const MALLORY = 'ghp_mallory00000000000000000000000000';
const DAY = 86_400_000;

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
reason: Month-end close for the billing team
expires: 2027-03-01
`;

async function setUp() {
  const gh = await env.github({
    org: { login: 'acme', owners: ['octo-admin'], members: ['alice', 'carol', 'mallory'] },
    users: [
      { login: 'carol', token: CAROL },
      { login: 'mallory', token: MALLORY },
    ],
    repos: [{ name: 'access', files: {}, collaborators: { carol: 'push', mallory: 'triage' } }],
    now: NOW.toISOString(),
  });
  const { repo } = env.accessRepo(['alice', 'carol', 'mallory']);
  repo.write({
    'access/catalog/legacy.yaml': LEGACY,
    'accessctl.yaml': 'manual: { slaDays: 3 }\n',
  });
  const base = repo.commit('a system without an API');
  repo.write({ 'access/grants/alice-billing.yaml': GRANT });
  const merged = repo.commit('grant alice billing');
  const client = createGitHubClient({
    token: gh.token,
    env: { GITHUB_API_URL: gh.url },
    millisecondsPerSecond: 1,
    writeSpacingMs: 0,
  });
  const provisioners = () => [
    githubProvisioner(gh),
    new ManualProvisioner({
      client,
      repository: 'acme/access',
      label: 'accessctl-manual',
      write: manualIssue,
    }),
  ];
  const evidenceFile = join(env.scratchDir('accessctl-evidence-'), 'evidence.jsonl');
  const provision = (now = NOW) =>
    runProvision({
      ...between(repo, base, merged, provisioners()),
      now,
      evidenceFile,
      review: { pullRequest: 12, approvers: ['carol'] },
    });
  return { gh, repo, provision, provisioners, evidenceFile };
}

function close(gh: Emulator, token: string, number: number, reason: string) {
  return fetch(`${gh.url}/repos/acme/access/issues/${number}`, {
    method: 'PATCH',
    headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ state: 'closed', state_reason: reason }),
  });
}

const issuesOf = (gh: Emulator) => gh.state.repos.get('acme/access')?.issues ?? [];

function results(file: string) {
  const verdict = verifyEvidence(readFileSync(file, 'utf8'));
  expect(verdict.ok).toBe(true);
  return verdict.records.filter(isResult);
}

describe('provisioning a system without an API', () => {
  it('goes from the merge to an issue, to its closing, to an applied record of who closed it', async () => {
    const { gh, provision, evidenceFile } = await setUp();

    const first = await provision();
    expect(first.operations.map((o) => [o.operation.action, o.status])).toEqual([
      ['grant', 'pending'],
    ]);
    expect(first.ok).toBe(true);
    const [issue] = issuesOf(gh);
    expect(issue?.assignees).toEqual(['carol']);
    expect(issue?.body).toContain('#12');

    // provisioning the same merge again opens nothing new
    const again = await provision();
    expect(again.operations.map((o) => [o.status, o.issue?.number])).toEqual([
      ['pending', issue?.number],
    ]);
    expect(issuesOf(gh)).toHaveLength(1);

    await close(gh, CAROL, issue?.number ?? 0, 'completed');
    const settled = await provision();
    expect(settled.operations).toEqual([]);
    expect(settled.evidence?.followedUp?.map((f) => [f.result, f.closedBy])).toEqual([
      ['applied', 'carol'],
    ]);

    const records = results(evidenceFile);
    expect(records.map((r) => [r.result, r.issue, r.pullRequest])).toEqual([
      ['pending', issue?.number, 12],
      ['pending', issue?.number, 12],
      ['applied', issue?.number, 12],
    ]);
    expect(records[2]).toMatchObject({ closedBy: 'carol', closedByOwner: true });
    expect(records[2]?.closedAt).toBe(issuesOf(gh)[0]?.closedAt);

    // nothing changed since: no new record
    await provision();
    expect(results(evidenceFile)).toHaveLength(3);
  });

  it('records a closing by someone who is not an owner, and the evidence says so', async () => {
    const { gh, repo, provision, evidenceFile } = await setUp();
    await provision();
    await close(gh, MALLORY, issuesOf(gh)[0]?.number ?? 0, 'completed');
    await provision();
    const last = results(evidenceFile).at(-1);
    expect(last).toMatchObject({ result: 'applied', closedBy: 'mallory', closedByOwner: false });
    expect(last?.message).toMatch(/mallory, who is not an owner of the resource \(user:carol\)/);

    const report = await runEvidence({
      repo: repo.dir,
      evidenceFile,
      verdicts: false,
      pullsNotFetched: 'not asked here',
      now: new Date(NOW.getTime() + DAY),
    });
    const row = report.rows.find((r) => r.grant === 'alice-billing');
    expect(row?.flags.map((f) => f.kind)).toContain('manual-not-owner');
  });

  it('records a change closed as not planned as declined, and reconcile still reports the drift', async () => {
    const { gh, repo, provision, provisioners, evidenceFile } = await setUp();
    await provision();
    await close(gh, CAROL, issuesOf(gh)[0]?.number ?? 0, 'not_planned');
    await provision();
    expect(results(evidenceFile).at(-1)).toMatchObject({ result: 'declined', closedBy: 'carol' });
    const reconcile = await runReconcile({
      repo: repo.dir,
      now: NOW,
      provisioners: provisioners(),
    });
    const manual = reconcile.plan.drift.filter((d) => d.target.provisioner === 'manual');
    expect(manual.map((d) => [d.kind, d.target.label])).toEqual([
      ['missing', 'user:alice on legacy:billing'],
    ]);
    expect(reconcile.ok).toBe(false);
  });

  it('takes a reopened issue back to pending', async () => {
    const { gh, provision, evidenceFile } = await setUp();
    await provision();
    const number = issuesOf(gh)[0]?.number ?? 0;
    await close(gh, CAROL, number, 'completed');
    await provision();
    await fetch(`${gh.url}/repos/acme/access/issues/${number}`, {
      method: 'PATCH',
      headers: { authorization: `token ${CAROL}`, 'content-type': 'application/json' },
      body: JSON.stringify({ state: 'open' }),
    });
    const reopened = await provision();
    // the grant is wanted and not held: the open issue is found again, not duplicated
    expect(reopened.operations.map((o) => [o.status, o.issue?.number])).toEqual([
      ['pending', number],
    ]);
    expect(results(evidenceFile).map((r) => r.result)).toEqual([
      'pending',
      'applied',
      'pending',
      'pending',
    ]);
    expect(issuesOf(gh)).toHaveLength(1);
  });

  it('lists an open manual change past manual.slaDays in reconcile and flags it late in evidence', async () => {
    const { repo, provision, provisioners, evidenceFile } = await setUp();
    await provision();

    const early = await runReconcile({
      repo: repo.dir,
      now: new Date(NOW.getTime() + 2 * DAY),
      provisioners: provisioners(),
    });
    expect(early.plan.late).toEqual([]);

    const later = await runReconcile({
      repo: repo.dir,
      now: new Date(NOW.getTime() + 4.5 * DAY),
      provisioners: provisioners(),
    });
    expect(later.plan.late.map((l) => [l.operation, l.days, l.slaDays])).toEqual([
      ['grant clerk to user:alice on legacy:billing', 4, 3],
    ]);
    expect(formatReconcileText(later, 10)).toMatch(
      /Late manual changes.*\n\s+issue #\d+: grant clerk to user:alice on legacy:billing, open 4 days \(limit 3\), assigned to carol/,
    );

    const evidence = (days: number) =>
      runEvidence({
        repo: repo.dir,
        evidenceFile,
        verdicts: false,
        pullsNotFetched: 'not asked here',
        now: new Date(NOW.getTime() + days * DAY),
      });
    const onTime = (await evidence(2)).rows.find((r) => r.grant === 'alice-billing');
    expect(onTime?.flags.map((f) => f.kind)).not.toContain('manual-late');
    expect(onTime?.provisioning.map((p) => p.result)).toEqual(['pending']);
    const late = (await evidence(4.5)).rows.find((r) => r.grant === 'alice-billing');
    expect(late?.flags.find((f) => f.kind === 'manual-late')?.message).toMatch(
      /has waited 4\.5 days \(108 h\) .*past manual\.slaDays \(3 days\)/,
    );
  });
});
