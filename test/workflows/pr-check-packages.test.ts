import { afterEach, describe, expect, it } from 'vitest';

import { checkPullRequest } from '../../src/workflows/pr-check/check-pull-request.js';
import { CATALOG, CONFIG, inDays } from '../e2e/pr-check-fixture.js';
import {
  ledgerPackage,
  ledgerPackageGrant,
  ledgerIdentities,
} from '../fixtures/packages/ledger.js';
import { createGitWorkspace, type GitWorkspace } from '../harness/index.js';
import { requestFacts } from './pr-check-request.js';

// A package grant on a real git repository: ledger-reader gives pull on the ledger to the
// employees of ledger-readers (alice), for up to 30 days; ledger-owners (olivia) own it.
// mallory opens the pull requests and is in no team.

let workspace: GitWorkspace | undefined;
afterEach(() => workspace?.remove());

const IDENTITIES = ledgerIdentities({ users: ['mallory'] });

const PACKAGE = ledgerPackage();

function packageGrant(login: string, days = 20): string {
  return ledgerPackageGrant(login, inDays(days));
}

function repository(head: Record<string, string | null>) {
  workspace = createGitWorkspace({
    commits: [
      {
        message: 'base',
        files: {
          'access/catalog/ledger.yaml': CATALOG,
          'access/identities/people.yaml': IDENTITIES,
          'access/packages/ledger.yaml': PACKAGE,
          'accessctl.yaml': CONFIG,
        },
      },
    ],
  });
  const baseSha = workspace.head;
  workspace.checkout('ask', { create: true });
  const headSha = workspace.commit({ message: 'head', files: head });
  return { path: workspace.path, baseSha, headSha };
}

function judge(repo: { path: string; baseSha: string; headSha: string }, approvers: string[] = []) {
  const request = requestFacts(repo, { author: 'mallory', approvers, number: 7 });
  return checkPullRequest({
    workspace: repo.path,
    accessDir: 'access',
    policiesDir: 'policies',
    request,
    org: 'acme',
    now: new Date(),
  });
}

const errors = (report: Awaited<ReturnType<typeof judge>>) =>
  report.findings.filter((f) => f.severity === 'error').map((f) => f.rule);

describe('the pull-request check on package grants', () => {
  it('passes a package grant to an eligible subject with no review at all', async () => {
    const report = await judge(repository({ 'access/grants/alice.yaml': packageGrant('alice') }));
    expect(report.findings).toEqual([]);
    expect(report.verdict).toBe('pass');
    expect(report.grants).toEqual([
      expect.objectContaining({
        id: 'alice-ledger-reader',
        change: 'added',
        resource: 'package:ledger-reader',
        role: 'pull on github:repo/acme/ledger',
        risk: 'low',
        owners: ['team:ledger-owners'],
        verdict: 'passes',
      }),
    ]);
  });

  it('fails a package grant to a subject outside its teams, and says who may widen it', async () => {
    const report = await judge(
      repository({ 'access/grants/mallory.yaml': packageGrant('mallory') }),
    );
    expect(report.verdict).toBe('fail');
    expect(errors(report)).toEqual(['package-eligibility']);
    const [finding] = report.findings;
    expect(finding?.file).toBe('access/grants/mallory.yaml');
    expect(finding?.line).toBe(3);
    expect(finding?.message).toMatch(
      /^user:mallory may not hold package ledger-reader: mallory is in none of the teams ledger-readers; .*owners of ledger-reader \(team:ledger-owners\) to widen its conditions$/,
    );
    expect(report.grants[0]?.verdict).toBe('denied');
  });

  it('fails a package grant that lasts longer than the package allows', async () => {
    const report = await judge(
      repository({ 'access/grants/alice.yaml': packageGrant('alice', 45) }),
    );
    expect(errors(report)).toEqual(['package-duration']);
    expect(report.findings[0]?.message).toMatch(/package ledger-reader allows at most 30/);
  });

  it('judges a grant by the base package when the same request widens the package', async () => {
    const repo = repository({
      'access/packages/ledger.yaml': PACKAGE.replace(
        'teams: [ledger-readers]',
        'teams: [ledger-readers, ledger-owners]',
      ).replace('maxDays: 30', 'maxDays: 60'),
      'access/identities/people.yaml': IDENTITIES.replace(
        'members: [olivia]',
        'members: [olivia, mallory]',
      ),
      'access/grants/mallory.yaml': packageGrant('mallory', 45),
    });
    // even a policy owner approving the package change does not make this grant pass
    const report = await judge(repo, ['pete']);
    expect(report.verdict).toBe('fail');
    expect(errors(report).sort()).toEqual(['package-duration', 'package-eligibility']);
    expect(report.judgedBy.editedRuleFiles.sort()).toEqual([
      'access/identities/people.yaml',
      'access/packages/ledger.yaml',
    ]);
  });

  it('needs a policy owner to change a package, whoever owns the package', async () => {
    const widened = PACKAGE.replace(
      '  - { resource: github:repo/acme/ledger, role: pull }\n',
      '  - { resource: github:repo/acme/ledger, role: pull }\n  - { resource: github:repo/acme/ledger, role: admin }\n',
    );
    const repo = repository({ 'access/packages/ledger.yaml': widened });
    const unapproved = await judge(repo);
    expect(errors(unapproved)).toEqual(['policy-owner-approval']);
    expect(unapproved.findings[0]?.message).toMatch(
      /needs approval from a policy owner \(user:pete\) who did not write or push the change/,
    );
    expect((await judge(repo, ['pete'])).verdict).toBe('pass');
    // the package's owner alone does not do: the package gives its roles with no review
    expect((await judge(repo, ['olivia'])).verdict).toBe('fail');
    // alice is eligible for the package, but owns nothing: her approval does not count
    expect((await judge(repo, ['alice'])).verdict).toBe('fail');
  });

  it('needs a policy owner for a new package: nobody owns it at the base', async () => {
    const repo = repository({
      'access/packages/mine.yaml': PACKAGE.replace('id: ledger-reader', 'id: mallory-kit').replace(
        'owners: [team:ledger-owners]',
        'owners: [user:alice]',
      ),
      'access/grants/mallory.yaml': packageGrant('mallory').replace(
        'package: ledger-reader',
        'package: mallory-kit',
      ),
    });
    const report = await judge(repo, ['alice']);
    expect(report.verdict).toBe('fail');
    expect(errors(report).sort()).toEqual(['policy-owner-approval', 'unknown-package']);
  });
});
