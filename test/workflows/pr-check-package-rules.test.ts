import { afterEach, describe, expect, it } from 'vitest';

import { checkPullRequest } from '../../src/workflows/pr-check/check-pull-request.js';
import { CATALOG, CONFIG, inDays } from '../e2e/pr-check-fixture.js';
import { ledgerIdentities } from '../fixtures/packages/ledger.js';
import { createGitWorkspace, type GitWorkspace } from '../harness/index.js';
import { requestFacts } from './pr-check-request.js';

/**
 * A package gives its roles to every eligible subject with no further review, so a change to
 * a packages/ file is a rule change like any other: its owners alone may not make it. dan owns
 * only the wiki and his wiki package; he is neither a policy owner (pete) nor an owner of the
 * ledger (olivia). alice, who owns nothing, opens every pull request.
 */

let workspace: GitWorkspace | undefined;
afterEach(() => workspace?.remove());

const WIKI = `kind: Resource
id: github:repo/acme/wiki
owners: [user:dan]
provisioner: github
roles:
  pull: { risk: low, maxDays: 365 }
`;

const PACKAGE = `kind: Package
id: wiki-reader
owners: [user:dan]
maxDays: 30
roles:
  - { resource: github:repo/acme/wiki, role: pull }
eligible:
  teams: [ledger-readers]
`;

function repository() {
  workspace = createGitWorkspace({
    commits: [
      {
        message: 'base',
        files: {
          'access/catalog/ledger.yaml': CATALOG,
          'access/catalog/wiki.yaml': WIKI,
          'access/identities/people.yaml': ledgerIdentities({ users: ['dan'] }),
          'access/packages/wiki.yaml': PACKAGE,
          'accessctl.yaml': CONFIG,
        },
      },
    ],
  });
  return workspace;
}

function judge(w: GitWorkspace, baseSha: string, approvers: string[]) {
  const headSha = w.head;
  const request = requestFacts({ baseSha, headSha }, { approvers, number: 7 });
  return checkPullRequest({
    workspace: w.path,
    accessDir: 'access',
    policiesDir: 'policies',
    request,
    org: 'acme',
    now: new Date(),
  });
}

const errors = (report: Awaited<ReturnType<typeof judge>>) =>
  report.findings.filter((f) => f.severity === 'error').map((f) => f.rule);

/** Opens a request on branch `name` from main with `files`, judged with `approvers`. */
async function request(
  w: GitWorkspace,
  name: string,
  files: Record<string, string>,
  approvers: string[],
) {
  w.checkout('main');
  const baseSha = w.head;
  w.checkout(name, { create: true });
  w.commit({ message: name, files });
  return judge(w, baseSha, approvers);
}

/** What a merge of `name` into main gives (a fast-forward: main had nothing new). */
function merge(w: GitWorkspace, name: string) {
  w.checkout('main');
  w.git('merge', '--ff-only', name);
}

describe('a packages/ file approved by its package owner alone', () => {
  it('needs a policy owner to add a role on a resource the package owner does not own', async () => {
    const w = repository();
    const widened = PACKAGE.replace(
      '  - { resource: github:repo/acme/wiki, role: pull }\n',
      '  - { resource: github:repo/acme/wiki, role: pull }\n  - { resource: github:repo/acme/ledger, role: admin }\n',
    );
    const report = await request(w, 'widen', { 'access/packages/wiki.yaml': widened }, ['dan']);
    // neither pete (policy owner) nor olivia (ledger owner) approved a change that gives
    // ledger admin to whoever the wiki package admits
    expect(report.verdict).toBe('fail');
    expect(errors(report)).toContain('policy-owner-approval');
  });

  it('cannot give ledger admin to whoever the package admits, without olivia or pete', async () => {
    const w = repository();
    const widened = PACKAGE.replace(
      '  - { resource: github:repo/acme/wiki, role: pull }\n',
      '  - { resource: github:repo/acme/wiki, role: pull }\n  - { resource: github:repo/acme/ledger, role: admin }\n',
    );
    const first = await request(w, 'widen', { 'access/packages/wiki.yaml': widened }, ['dan']);
    merge(w, 'widen');
    const grant = `kind: Grant
id: alice-wiki-reader
subject: user:alice
package: wiki-reader
reason: Reads the wiki pages about the settlement process.
expires: ${inDays(20)}
`;
    const second = await request(w, 'ask', { 'access/grants/alice.yaml': grant }, []);
    expect(first.verdict).toBe('fail');
    expect(second.verdict).toBe('pass');
  });

  it('cannot smuggle a Resource into the catalog, nor make one of a document outside catalog/', async () => {
    const w = repository();
    const smuggled = `${PACKAGE}---
kind: Resource
id: github:repo/acme/payroll
owners: [user:dan]
provisioner: github
roles:
  admin: { risk: low, maxDays: 365, approvals: 0 }
`;
    const first = await request(w, 'catalog', { 'access/packages/wiki.yaml': smuggled }, ['dan']);
    merge(w, 'catalog');
    const grant = `kind: Grant
id: alice-payroll-admin
subject: user:alice
resource: github:repo/acme/payroll
role: admin
reason: Administers the payroll repository settings for the migration.
expires: ${inDays(200)}
`;
    const second = await request(w, 'ask', { 'access/grants/alice.yaml': grant }, []);
    // a catalog entry is a rule: a policy owner approves it
    expect(first.verdict).toBe('fail');
    // and, merged anyway, a Resource outside catalog/ is no catalog entry: nothing resolves to it
    expect(second.verdict).toBe('fail');
    expect(errors(second)).toContain('unknown-resource');
  });
});
