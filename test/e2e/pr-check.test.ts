import { afterEach, describe, expect, it } from 'vitest';

import type { Emulator } from '../emulator/index.js';
import {
  buildEvent,
  checkoutEmulatorRepo,
  runAction,
  type GitWorkspace,
} from '../harness/index.js';
import {
  approve,
  BASE_GRANTS,
  grant,
  IDENTITIES,
  LEDGER_POLICY,
  LEDGER_POLICY_WEAKENED,
  push,
  startAccessRepo,
} from './pr-check-fixture.js';

/**
 * `command: check` on pull-request events, run as a runner runs the bundled Action, against
 * the emulated API and a real git checkout of the pull request's head.
 */

const GRANT_FILE = 'access/grants/alice.yaml';
const MARKER = '<!-- accessctl:pr-check -->';

let emulator: Emulator | undefined;
const workspaces: GitWorkspace[] = [];
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
  for (const w of workspaces.splice(0)) w.remove();
});

async function check(name: 'pull_request' | 'pull_request_review' = 'pull_request') {
  const em = emulator as Emulator;
  const workspace = checkoutEmulatorRepo(em, 'acme/access', { ref: 'grant-alice' });
  workspaces.push(workspace);
  const event = buildEvent(em, {
    name,
    repo: 'acme/access',
    pullNumber: 1,
    ...(name === 'pull_request_review' ? { action: 'submitted' } : { action: 'synchronize' }),
  });
  const result = await runAction({ command: 'check', event, workspace, emulator: em });
  const report = result.outputs['report-json']
    ? (JSON.parse(result.outputs['report-json']) as Report)
    : undefined;
  return { result, report };
}

interface Report {
  verdict: string;
  denied: number;
  judgedBy: { baseCommit: string; editedRuleFiles: string[]; policyFiles: string[] };
  grants: { id: string; verdict: string; approvals: string[]; risk: string }[];
  findings: { rule: string; severity: string; file: string; line: number; grant?: string }[];
  reviewers: { reviewer: string; ignored?: string }[];
  nextSteps: string[];
}

function repoState() {
  const repo = (emulator as Emulator).state.repo('acme', 'access');
  if (repo === undefined) throw new Error('no repository');
  return repo;
}

function stickyComments() {
  return repoState().comments.filter((c) => c.body.startsWith(MARKER));
}

function lineOf(text: string, prefix: string): number {
  return text.split('\n').findIndex((line) => line.startsWith(prefix)) + 1;
}

describe('the pull-request check', () => {
  it('passes a clean request an owner approved, with a green check run and one comment', async () => {
    emulator = await startAccessRepo({
      pull: {
        files: { [GRANT_FILE]: grant('pull') },
        reviews: [{ user: 'olivia', state: 'APPROVED' }],
      },
    });
    const { result, report } = await check();
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.outputs.denied).toBe('0');
    expect(report?.verdict).toBe('pass');
    expect(report?.grants).toEqual([
      expect.objectContaining({
        id: 'alice-ledger-pull',
        verdict: 'passes',
        approvals: ['olivia'],
      }),
    ]);
    const runs = repoState().checkRuns;
    expect(runs.map((r) => [r.name, r.conclusion])).toEqual([['accessctl', 'success']]);
    expect(stickyComments()).toHaveLength(1);
    expect(stickyComments()[0]?.body).toContain('| alice-ledger-pull (added) | user:alice |');
    expect(result.summary).toContain('the access request passes');
    expect(result.summary).not.toContain(MARKER);
    expect(result.masks).toContain(emulator.token);
    expect(
      `${result.rawStdout}\n${result.rawStderr}\n${result.summary}`.split(emulator.token),
    ).toHaveLength(
      // once, in the ::add-mask:: line itself
      2,
    );
  });

  it('fails a request against a branch other than the default, whatever that branch allows', async () => {
    emulator = await startAccessRepo({
      pull: {
        files: { [GRANT_FILE]: grant('pull') },
        reviews: [{ user: 'olivia', state: 'APPROVED' }],
      },
    });
    // the author's own branch as the base: its rules could say anything
    const repo = repoState();
    repo.refs.set('refs/heads/loose', repo.refs.get('refs/heads/main') as string);
    const pull = repo.issues.find((issue) => issue.pull !== undefined)?.pull;
    if (pull === undefined) throw new Error('the seeded pull request is missing');
    pull.base.ref = 'loose';
    const { result, report } = await check();
    expect(result.exitCode).toBe(1);
    expect(report).toBeUndefined();
    expect(result.commands.filter((c) => c.command === 'error').map((c) => c.message)).toEqual([
      'accessctl: pull request #1 targets loose, not the default branch main; access requests are judged against main only (the rules of another branch could be anyone’s): change its base to main',
    ]);
    expect(result.summary).toContain('targets loose, not the default branch main');
  });

  it('fails a high-risk role without a ticket, with an annotation on the role: line', async () => {
    const text = grant('admin');
    emulator = await startAccessRepo({
      pull: {
        files: { [GRANT_FILE]: text },
        reviews: [{ user: 'olivia', state: 'APPROVED' }],
      },
    });
    const { result, report } = await check();
    expect(result.exitCode).toBe(1);
    const roleLine = lineOf(text, 'role:');
    expect(report?.findings).toContainEqual(
      expect.objectContaining({
        rule: 'high-risk-ticket',
        severity: 'error',
        file: GRANT_FILE,
        line: roleLine,
      }),
    );
    const [run] = repoState().checkRuns;
    expect(run?.conclusion).toBe('failure');
    expect(run?.annotations).toContainEqual(
      expect.objectContaining({
        path: GRANT_FILE,
        start_line: roleLine,
        annotation_level: 'failure',
        title: 'high-risk-ticket',
      }),
    );
    expect(result.commands.filter((c) => c.command === 'error').map((c) => c.message)).toEqual([
      'accessctl: 1 error(s) block this access request; see the pull-request comment or the job summary for what to do next',
    ]);
  });

  it("fails when only the author approved, then passes on an owner's review without a push", async () => {
    emulator = await startAccessRepo({
      pull: {
        files: { [GRANT_FILE]: grant('pull') },
        reviews: [{ user: 'alice', state: 'APPROVED' }],
      },
    });
    const first = await check();
    expect(first.result.exitCode).toBe(1);
    expect(first.report?.findings.map((f) => f.rule)).toEqual(['approval-required']);
    expect(first.report?.grants[0]).toMatchObject({ verdict: 'needs approval', approvals: [] });
    expect(first.report?.reviewers).toEqual([
      { reviewer: 'alice', ignored: 'the author’s own approval never counts' },
    ]);
    expect(stickyComments()[0]?.body).toContain('Get an approving review for alice-ledger-pull');

    await approve(emulator, 'olivia');
    const second = await check('pull_request_review');
    expect(second.result.env.GITHUB_EVENT_NAME).toBe('pull_request_review');
    expect(second.result.exitCode).toBe(0);
    expect(second.report?.grants[0]).toMatchObject({ verdict: 'passes', approvals: ['olivia'] });
    expect(stickyComments()).toHaveLength(1);
    expect(stickyComments()[0]?.body).toContain('the access request passes');
    expect(repoState().checkRuns.map((r) => r.conclusion)).toEqual(['failure', 'success']);
  });

  it('stops counting an approval given before a later push', async () => {
    emulator = await startAccessRepo({
      pull: {
        files: { [GRANT_FILE]: grant('pull') },
        reviews: [{ user: 'olivia', state: 'APPROVED' }],
      },
    });
    expect((await check()).result.exitCode).toBe(0);
    await push(emulator, GRANT_FILE, grant('pull').replace('Reconciles', 'Still reconciles'));
    const { result, report } = await check();
    expect(result.exitCode).toBe(1);
    expect(report?.findings.map((f) => f.rule)).toEqual(['approval-required']);
    expect(report?.reviewers).toEqual([
      { reviewer: 'olivia', ignored: 'given before the last push' },
    ]);
    expect(report?.nextSteps.join('\n')).toContain(
      'Approvals by olivia were given before the last push',
    );
  });

  it('judges a request that weakens a policy by the policy of its base, and says so', async () => {
    emulator = await startAccessRepo({
      baseFiles: { 'policies/ledger.rego': LEDGER_POLICY },
      pull: {
        files: {
          [GRANT_FILE]: grant('admin', 'ticket: LEDGER-7\n'),
          'policies/ledger.rego': LEDGER_POLICY_WEAKENED,
        },
        reviews: [{ user: 'olivia', state: 'APPROVED' }],
      },
    });
    const { result, report } = await check();
    expect(result.exitCode).toBe(1);
    expect(report?.judgedBy.policyFiles).toEqual(['policies/ledger.rego']);
    expect(report?.judgedBy.editedRuleFiles).toEqual(['policies/ledger.rego']);
    expect(report?.findings.map((f) => [f.rule, f.severity, f.file])).toEqual(
      expect.arrayContaining([
        ['ledger-no-admin', 'error', GRANT_FILE],
        ['policy-owner-approval', 'error', 'policies/ledger.rego'],
      ]),
    );
    expect(stickyComments()[0]?.body).toContain('**This pull request edits the rules**');
    expect(result.summary).toContain('judged by the rules of its base commit');
  });

  it('updates one sticky comment in place across three pushes', async () => {
    emulator = await startAccessRepo({ pull: { files: { [GRANT_FILE]: grant('pull') } } });
    const heads: string[] = [];
    for (let round = 0; round < 3; round += 1) {
      if (round > 0)
        await push(
          emulator,
          GRANT_FILE,
          grant('pull').replace('Reconciles', `Round ${round}: reconciles`),
        );
      const { report } = await check();
      heads.push(
        String((report as unknown as { pullRequest: { headSha: string } }).pullRequest.headSha),
      );
      expect(stickyComments()).toHaveLength(1);
      expect(stickyComments()[0]?.body).toContain(`Judged at \`${heads[round]?.slice(0, 7)}\``);
    }
    expect(new Set(heads).size).toBe(3);
    const writes = (emulator as Emulator).state.requests.filter(
      (r) => r.path.includes('/comments') && r.method !== 'GET',
    );
    expect(writes.map((r) => r.method)).toEqual(['POST', 'PATCH', 'PATCH']);
  });

  it('annotates only the change, counts what is elsewhere, and writes nothing on an unchanged rerun', async () => {
    emulator = await startAccessRepo({
      baseFiles: {
        'access/identities/people.yaml': `${IDENTITIES}---\nkind: User\nid: lee\nstatus: leaver\n`,
        'access/grants/lee.yaml': BASE_GRANTS.replaceAll('olivia', 'lee'),
      },
      pull: {
        files: { [GRANT_FILE]: grant('admin') },
        reviews: [{ user: 'olivia', state: 'APPROVED' }],
      },
    });
    const { result } = await check();
    expect(result.exitCode).toBe(1);
    const [run] = repoState().checkRuns;
    expect(run?.annotations.map((a) => a.path)).toEqual([GRANT_FILE]);
    expect(run?.annotations[0]?.title).toBe('high-risk-ticket');
    expect(stickyComments()[0]?.body).toContain('| `leaver-has-grant` | 1 |');
    expect(result.summary).toContain('access/grants/lee.yaml');
    const writes = () =>
      (emulator as Emulator).state.requests.filter(
        (r) =>
          r.method !== 'GET' && (r.path.includes('/comments') || r.path.includes('check-runs')),
      ).length;
    expect(writes()).toBe(2);
    await check('pull_request_review');
    expect(writes()).toBe(2);
  });

  it('reports through the job summary with a read-only token, and still fails correctly', async () => {
    emulator = await startAccessRepo({
      actor: 'reader',
      pull: { files: { [GRANT_FILE]: grant('admin') } },
    });
    const { result, report } = await check();
    expect(result.exitCode).toBe(1);
    expect(report?.verdict).toBe('fail');
    expect(repoState().checkRuns).toEqual([]);
    expect(result.summary).toContain('the access request is blocked');
    expect(
      result.commands.filter((c) => c.command === 'warning').map((c) => c.message),
    ).toContainEqual(expect.stringContaining('The token may not write the check run'));
  });

  it('shows a grant its file fails to describe as not judged, with where to fix it', async () => {
    emulator = await startAccessRepo({
      pull: {
        files: {
          [GRANT_FILE]: grant('pull').replace(
            'resource: github:repo/acme/ledger',
            'resource: github:repo/acme/nowhere',
          ),
        },
        reviews: [{ user: 'olivia', state: 'APPROVED' }],
      },
    });
    const { result, report } = await check();
    expect(result.exitCode).toBe(1);
    expect(report?.grants.map((g) => [g.id, g.verdict])).toEqual([
      ['alice-ledger-pull', 'not judged'],
    ]);
    expect(stickyComments()[0]?.body).toContain('❔ not judged: fix the file');
    expect(stickyComments()[0]?.body).not.toContain('✅ passes');
    expect(stickyComments()[0]?.body).toMatch(/access\/grants\/alice\.yaml:\d+/);
  });

  it('writes one outcome everywhere: a comment that cannot be written fails the check run too', async () => {
    emulator = await startAccessRepo({
      pull: {
        files: { [GRANT_FILE]: grant('pull') },
        reviews: [{ user: 'olivia', state: 'APPROVED' }],
      },
    });
    emulator.faults.serverError({
      count: 4,
      method: 'POST',
      route: '/repos/:owner/:repo/issues/:issue_number/comments',
    });
    const { result, report } = await check();
    expect(report?.verdict).toBe('pass');
    expect(result.exitCode).toBe(1);
    const [run] = repoState().checkRuns;
    expect(run?.conclusion).toBe('failure');
    expect(run?.output.title).toMatch(/^Not published in full: the pull-request comment/);
    expect(result.summary).toMatch(
      /\*\*Not published:\*\* the pull-request comment could not be written/,
    );
  });

  it('retries a 5xx, and fails with a clear message when the rate limit is spent', async () => {
    emulator = await startAccessRepo({
      pull: {
        files: { [GRANT_FILE]: grant('pull') },
        reviews: [{ user: 'olivia', state: 'APPROVED' }],
      },
    });
    emulator.faults.serverError({
      count: 1,
      route: '/repos/:owner/:repo/pulls/:pull_number/reviews',
    });
    expect((await check()).result.exitCode).toBe(0);

    emulator.faults.primaryRateLimit({
      count: 5,
      resetInSeconds: 3600,
      route: '/repos/:owner/:repo/pulls/:pull_number/reviews',
    });
    const { result } = await check();
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toEqual({});
    const errors = result.commands.filter((c) => c.command === 'error').map((c) => c.message);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /rate limit for this token is used up until .*GET \/repos\/acme\/access\/pulls\/1\/reviews/,
    );
  });

  it('names the events it judges when started by another one', async () => {
    emulator = await startAccessRepo({ pull: { files: { [GRANT_FILE]: grant('pull') } } });
    const workspace = checkoutEmulatorRepo(emulator, 'acme/access');
    workspaces.push(workspace);
    const event = buildEvent(emulator, { name: 'workflow_dispatch', repo: 'acme/access' });
    const result = await runAction({ command: 'check', event, workspace, emulator });
    expect(result.exitCode).toBe(1);
    expect(result.commands.map((c) => c.message)).toEqual([
      'command "check" judges pull requests; this run was started by "workflow_dispatch". ' +
        'Run it on: pull_request and pull_request_review (see docs/pr-check.md)',
    ]);
    expect(result.state?.requests).toEqual([]);
  });
});
