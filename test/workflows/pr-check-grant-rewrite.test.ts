import { afterEach, describe, expect, it } from 'vitest';

import { checkPullRequest } from '../../src/workflows/pr-check/check-pull-request.js';
import { CATALOG, CONFIG, inDays } from '../e2e/pr-check-fixture.js';
import {
  ledgerIdentities,
  ledgerPackage,
  ledgerPackageGrant,
} from '../fixtures/packages/ledger.js';
import { createGitWorkspace, type GitWorkspace } from '../harness/index.js';
import { requestFacts } from './pr-check-request.js';

/**
 * Taking access away from someone else needs the consent of an owner, a policy owner or the
 * person losing it (removal-approval). A package grant needs no owner review when its subject
 * is eligible, so an edit of someone else's package grant that keeps its id (another subject,
 * an earlier end, a plain grant turned into a package grant) takes their access away with
 * nobody's consent. alice and bob are both in ledger-readers; alice opens the request and
 * nobody approves it.
 */

let workspace: GitWorkspace | undefined;
afterEach(() => workspace?.remove());

const BOB_PLAIN = `kind: Grant
id: bob-ledger-reader
subject: user:bob
resource: github:repo/acme/ledger
role: pull
reason: Reconciles the November settlements that failed the bank's validation.
expires: ${inDays(20)}
`;

const WIKI = `kind: Resource
id: github:repo/acme/wiki
owners: [user:dan]
provisioner: github
roles:
  pull: { risk: low, maxDays: 365 }
`;

async function judge(before: string, after: string, approvers: string[] = []) {
  workspace = createGitWorkspace({
    commits: [
      {
        message: 'base',
        files: {
          'access/catalog/ledger.yaml': CATALOG,
          'access/catalog/wiki.yaml': WIKI,
          'access/identities/people.yaml': ledgerIdentities({
            users: ['bob', 'dan'],
            teams: { 'ledger-readers': ['alice', 'bob'] },
          }),
          'access/packages/ledger.yaml': ledgerPackage(),
          'access/grants/bob.yaml': before,
          'accessctl.yaml': CONFIG,
        },
      },
    ],
  });
  const baseSha = workspace.head;
  workspace.checkout('edit', { create: true });
  const headSha = workspace.commit({ message: 'edit', files: { 'access/grants/bob.yaml': after } });
  return checkPullRequest({
    workspace: workspace.path,
    accessDir: 'access',
    policiesDir: 'policies',
    request: requestFacts({ baseSha, headSha }, { approvers }),
    org: 'acme',
    now: new Date(),
  });
}

const bobsPackageGrant = ledgerPackageGrant('bob', inDays(20));

describe("editing someone else's package grant", () => {
  it('deleting it without consent fails', async () => {
    const report = await judge(bobsPackageGrant, '');
    expect(report.verdict).toBe('fail');
    expect(report.findings.map((f) => f.rule)).toContain('removal-approval');
  });

  it('moving it to another subject needs consent', async () => {
    const report = await judge(
      bobsPackageGrant,
      bobsPackageGrant.replace('subject: user:bob', 'subject: user:alice'),
    );
    expect(report.verdict).toBe('fail');
  });

  it('ending it today needs consent', async () => {
    const report = await judge(
      bobsPackageGrant,
      bobsPackageGrant.replace(`expires: ${inDays(20)}`, `expires: ${inDays(0)}`),
    );
    expect(report.verdict).toBe('fail');
  });

  it("turning bob's plain grant into alice's package grant needs consent", async () => {
    const report = await judge(
      BOB_PLAIN,
      ledgerPackageGrant('alice', inDays(20)).replace(
        'id: alice-ledger-reader',
        'id: bob-ledger-reader',
      ),
    );
    expect(report.verdict).toBe('fail');
  });

  it("the wiki's owner approving alice on the wiki does not consent to bob losing the ledger", async () => {
    // same id: judged as one modified grant, approved by the owner of its new resource only
    const report = await judge(
      BOB_PLAIN,
      BOB_PLAIN.replace('subject: user:bob', 'subject: user:alice').replace(
        'resource: github:repo/acme/ledger',
        'resource: github:repo/acme/wiki',
      ),
      ['dan'],
    );
    expect(report.verdict).toBe('fail');
  });
});
