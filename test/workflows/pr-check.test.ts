import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';

import { ConfigError } from '../../src/config/config.js';
import { RegoCompileError } from '../../src/rego/errors.js';
import { checkRepository } from '../../src/workflows/check/repository.js';
import { checkPullRequest } from '../../src/workflows/pr-check/check-pull-request.js';
import type { RequestFacts } from '../../src/workflows/pr-check/request.js';
import { CATALOG, CONFIG, grant, IDENTITIES, LEDGER_POLICY } from '../e2e/pr-check-fixture.js';
import { createGitWorkspace, type GitWorkspace } from '../harness/index.js';

/** The check on a real git repository, with the request facts given as the API would. */

let workspace: GitWorkspace | undefined;
afterEach(() => workspace?.remove());

const BASE_FILES = {
  'access/catalog/ledger.yaml': CATALOG,
  'access/identities/people.yaml': IDENTITIES,
  'accessctl.yaml': CONFIG,
};

function repository(base: Record<string, string>, head: Record<string, string | null>) {
  workspace = createGitWorkspace({
    commits: [{ message: 'base', files: { ...BASE_FILES, ...base } }],
  });
  const baseSha = workspace.head;
  workspace.checkout('grant-alice', { create: true });
  const headSha = workspace.commit({ message: 'head', files: head });
  return { path: workspace.path, baseSha, headSha };
}

function request(
  repo: { baseSha: string; headSha: string },
  approvals: RequestFacts['approvals'],
): RequestFacts {
  return {
    number: 1,
    author: 'alice',
    title: 'access',
    headSha: repo.headSha,
    baseSha: repo.baseSha,
    labels: [],
    labelActors: {},
    approvals,
    pushers: ['alice'],
  };
}

const NOW = new Date();

/** The check as the Action runs it on `repo`, with these approvals standing. */
function judge(
  repo: { path: string; baseSha: string; headSha: string },
  approvals: RequestFacts['approvals'],
  options: { parseCache?: boolean; evaluationDeadline?: boolean } = {},
) {
  return checkPullRequest({
    workspace: repo.path,
    accessDir: 'access',
    policiesDir: 'policies',
    request: request(repo, approvals),
    org: 'acme',
    now: NOW,
    ...options,
  });
}

describe('checkPullRequest', () => {
  it("stops a base policy that runs past the base config's deadline, whatever the request sets", async () => {
    const looping =
      'package access\n\ndeny contains "never" if {\n\tsome a in numbers.range(1, 20000)\n\tsome b in numbers.range(1, 20000)\n\tsprintf("%x", [a * b]) == ""\n}\n';
    const repo = repository(
      {
        'policies/looping.rego': looping,
        'accessctl.yaml': `${CONFIG}\nevaluation:\n  timeoutSeconds: 1\n`,
      },
      {
        'access/grants/alice.yaml': grant('pull'),
        'accessctl.yaml': `${CONFIG}\nevaluation:\n  timeoutSeconds: 600\n`,
      },
    );
    const started = performance.now();
    await expect(judge(repo, [], { evaluationDeadline: true })).rejects.toThrow(
      /eval_cancel_error: access\/deny: evaluation stopped after 1 s/,
    );
    expect(performance.now() - started).toBeLessThan(60_000);
  }, 120_000);

  it('resolves owners from the base identities, not from the team the request edits', async () => {
    const repo = repository(
      {},
      {
        'access/grants/alice.yaml': grant('pull'),
        'access/identities/people.yaml':
          IDENTITIES.replace('members: [olivia]', 'members: [olivia, mallory]') +
          '---\nkind: User\nid: mallory\n',
      },
    );
    const report = await judge(repo, [{ reviewer: 'mallory', commit: repo.headSha, stale: false }]);
    expect(report.verdict).toBe('fail');
    expect(report.findings.map((f) => f.rule)).toEqual([
      'approval-required',
      'policy-owner-approval',
    ]);
    expect(report.judgedBy.editedRuleFiles).toEqual(['access/identities/people.yaml']);
    expect(report.grants).toEqual([
      expect.objectContaining({
        id: 'alice-ledger-pull',
        change: 'added',
        approvals: [],
        verdict: 'needs approval',
      }),
    ]);
  });

  it('reads the config from the base commit, so a request cannot allow its own stale approvals', async () => {
    const repo = repository(
      {},
      {
        'access/grants/alice.yaml': grant('pull'),
        'accessctl.yaml': 'approvals:\n  allowStale: true\npolicyOwners: [user:pete]\n',
      },
    );
    const stale = [{ reviewer: 'olivia', commit: repo.baseSha, stale: true }];
    const report = await judge(repo, stale);
    expect(report.findings.map((f) => f.rule).sort()).toEqual([
      'approval-required',
      'policy-owner-approval',
    ]);
    expect(report.reviewers).toEqual([
      { reviewer: 'olivia', ignored: 'given before the last push' },
    ]);
  });

  it('passes with the right approval, and ignores uncommitted edits to the rules in the working tree', async () => {
    const repo = repository({}, { 'access/grants/alice.yaml': grant('pull') });
    // a step before the check rewrites the catalog in the working tree: it must not matter
    const { writeFileSync } = await import('node:fs');
    writeFileSync(
      `${repo.path}/access/catalog/ledger.yaml`,
      CATALOG.replace('team:ledger-owners', 'user:alice'),
    );
    const report = await judge(repo, [{ reviewer: 'olivia', commit: repo.headSha, stale: false }]);
    expect(report.verdict).toBe('pass');
    expect(report.grants[0]).toMatchObject({
      owners: ['team:ledger-owners'],
      approvals: ['olivia'],
    });
  });

  it('shows an error on a grant the request does not touch as a warning', async () => {
    const old = grant('pull')
      .replace('alice-ledger-pull', 'old-grant')
      .replace('role: pull', 'role: superuser');
    const repo = repository(
      { 'access/grants/old.yaml': old },
      { 'access/grants/alice.yaml': grant('pull') },
    );
    const report = await judge(repo, [{ reviewer: 'olivia', commit: repo.headSha, stale: false }]);
    expect(report.verdict).toBe('pass');
    expect(report.findings.length).toBeGreaterThan(0);
    for (const f of report.findings)
      expect(f).toMatchObject({
        file: 'access/grants/old.yaml',
        severity: 'warning',
        preexisting: true,
      });
  });

  it('never trusts a parse cache on disk: a poisoned entry for the base catalog changes nothing', async () => {
    const repo = repository({}, { 'access/grants/alice.yaml': grant('pull') });
    const run = (parseCache?: boolean) => judge(repo, [], { parseCache });
    const uncached = await run(false);
    expect(uncached.verdict).toBe('fail');

    // A trusted run (the CLI on a laptop) writes the cache; then someone edits it so the
    // base catalog's role needs no approval at all.
    const trusted = await checkRepository({
      accessDir: `${repo.path}/access`,
      now: NOW,
      parseCache: true,
    });
    expect(trusted.reusedFiles).toBe(0);
    const cacheFile = `${repo.path}/.git/accessctl/parse-cache.jsonl`;
    const clean = readFileSync(cacheFile, 'utf8');
    const poisoned = clean.replace(
      '"pull":{"risk":"low","maxDays":365}',
      '"pull":{"risk":"low","maxDays":365,"approvals":0}',
    );
    expect(poisoned).not.toBe(clean);
    writeFileSync(cacheFile, poisoned);

    expect(await run()).toEqual(uncached);
    expect(readFileSync(cacheFile, 'utf8')).toBe(poisoned);

    // Edited after the commit: the working tree is what is judged.
    writeFileSync(`${repo.path}/access/grants/alice.yaml`, grant('admin'));
    const edited = await run();
    expect(edited).toEqual(await run(false));
    expect(edited.grants.map((g) => g.id)).toEqual(['alice-ledger-admin']);
  });

  it('lists a grant its file fails to describe as not judged, never as passing', async () => {
    const repo = repository(
      {},
      {
        'access/grants/alice.yaml': grant('pull').replace(
          'resource: github:repo/acme/ledger',
          'resource: github:repo/acme/nowhere',
        ),
        'access/grants/broken.yaml': grant('pull')
          .replace('id: alice-ledger-pull', 'id: alice-ledger-broken')
          .replace('role: pull', 'role: pull\nrole: admin'),
      },
    );
    const report = await judge(repo, [{ reviewer: 'olivia', commit: repo.headSha, stale: false }]);
    expect(report.verdict).toBe('fail');
    expect(report.grants.map((g) => [g.id, g.verdict])).toEqual(
      expect.arrayContaining([['alice-ledger-pull', 'not judged']]),
    );
    expect(report.grants.every((g) => g.verdict !== 'passes')).toBe(true);
  });

  it("names the base config's bad key at its line", async () => {
    const repo = repository(
      { 'accessctl.yaml': 'approvals:\n  allowStale: maybe\n' },
      { 'access/grants/alice.yaml': grant('pull') },
    );
    const run = judge(repo, []);
    await expect(run).rejects.toThrow(ConfigError);
    await expect(run).rejects.toThrow(
      `accessctl.yaml at the base commit ${repo.baseSha.slice(0, 7)} is invalid; fix it in a pull request of its own:\n` +
        'accessctl.yaml:2:3: approvals.allowStale must be true or false',
    );
  });

  it('fails on base policies that do not compile, naming the line, while the model loads beside them', async () => {
    // the policies load while the request is read: their failure still ends the check
    const repo = repository(
      { 'policies/broken.rego': 'package access\n\ndeny contains msg if {\n\tmsg := \n}\n' },
      { 'access/grants/alice.yaml': grant('pull') },
    );
    for (const evaluationDeadline of [false, true]) {
      const run = judge(repo, [], { evaluationDeadline });
      await expect(run).rejects.toThrow(RegoCompileError);
      await expect(run).rejects.toThrow(/broken\.rego:\d+:\d+: rego_parse_error/);
    }
  });

  it('guards the catalog of the access folder the Action was given', async () => {
    workspace = createGitWorkspace({
      commits: [
        {
          message: 'base',
          files: {
            'people/catalog/ledger.yaml': CATALOG,
            'people/identities/people.yaml': IDENTITIES,
            'accessctl.yaml': CONFIG,
          },
        },
      ],
    });
    const baseSha = workspace.head;
    workspace.checkout('next', { create: true });
    const headSha = workspace.commit({
      files: { 'people/catalog/ledger.yaml': CATALOG.replace('maxDays: 365', 'maxDays: 366') },
    });
    const report = await checkPullRequest({
      workspace: workspace.path,
      accessDir: 'people',
      policiesDir: 'rules',
      request: request({ baseSha, headSha }, [
        { reviewer: 'olivia', commit: headSha, stale: false },
      ]),
      org: 'acme',
      now: NOW,
    });
    expect(report.findings.map((f) => [f.rule, f.file])).toEqual([
      ['policy-owner-approval', 'people/catalog/ledger.yaml'],
    ]);
    expect(report.judgedBy.editedRuleFiles).toEqual(['people/catalog/ledger.yaml']);
  });
});

describe('waivers (exception rules) in a pull request', () => {
  const WAIVER = `package access

exception contains {"grant": "alice-ledger-admin", "rules": ["ledger-no-admin"], "reason": "Bank migration, SEC-7"} if true
`;

  it('a request that adds a waiver for its own grant is judged without it and needs a policy owner', async () => {
    const repo = repository(
      { 'policies/ledger.rego': LEDGER_POLICY },
      { 'access/grants/alice.yaml': grant('admin'), 'policies/exceptions.rego': WAIVER },
    );
    // the author and the resource owner approve: neither is a policy owner
    const report = await judge(repo, [
      { reviewer: 'alice', commit: repo.headSha, stale: false },
      { reviewer: 'olivia', commit: repo.headSha, stale: false },
    ]);
    expect(report.verdict).toBe('fail');
    expect(report.exceptions).toBeUndefined();
    const rules = report.findings.filter((f) => f.severity === 'error').map((f) => f.rule);
    expect(rules).toContain('ledger-no-admin');
    expect(rules).toContain('policy-owner-approval');
    expect(report.judgedBy.editedRuleFiles).toEqual(['policies/exceptions.rego']);
    expect(report.reviewers).toContainEqual(
      expect.objectContaining({ reviewer: 'alice', ignored: expect.any(String) }),
    );
  });

  it("once merged with a policy owner's approval, the waiver sets the rule aside for that grant alone", async () => {
    const repo = repository(
      { 'policies/ledger.rego': LEDGER_POLICY, 'policies/exceptions.rego': WAIVER },
      { 'access/grants/alice.yaml': grant('admin') },
    );
    const report = await judge(repo, [{ reviewer: 'olivia', commit: repo.headSha, stale: false }]);
    expect(report.findings.map((f) => f.rule)).not.toContain('ledger-no-admin');
    expect(report.exceptions).toEqual([
      expect.objectContaining({
        rule: 'ledger-no-admin',
        grant: 'alice-ledger-admin',
        reason: 'Bank migration, SEC-7',
        file: 'access/grants/alice.yaml',
      }),
    ]);
  });
});
