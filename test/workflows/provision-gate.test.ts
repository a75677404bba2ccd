import { afterEach, describe, expect, it } from 'vitest';

import { runProvision } from '../../src/workflows/provision.js';
import { pullRequestLookup } from '../../src/workflows/provision/merge-review.js';
import { client } from '../emulator/client.js';
import { startEmulator, type Emulator, type SeedPull } from '../emulator/index.js';
import { LOOPING_POLICY } from '../fixtures/looping-policy.js';
import { checkoutEmulatorRepo, type GitWorkspace } from '../harness/index.js';
import {
  CATALOG,
  emulatorApi,
  githubProvisioner,
  grants,
  identities,
  NOW,
  teamGrant,
} from './provision-fixture.js';

/**
 * Provisioning is the last gate: the merges of the default branch, as GitHub made them, are
 * judged again with the rules of each merge's parent and the reviews of its pull request.
 * lead maintains the platform team that owns every catalog entry; alice asks.
 */

const TOKENS = {
  alice: 'ghp_alice000000000000000000000000000000',
  lead: 'ghp_lead00000000000000000000000000000000',
};
const NO_ADMIN = `package access

deny contains {"rule": "no-admin", "grant": g.id, "field": "role", "msg": "nobody is admin"} if {
\tsome g in input.grants
\tg.role == "admin"
}
`;

let emulator: Emulator | undefined;
let workspace: GitWorkspace | undefined;
afterEach(async () => {
  await emulator?.close();
  workspace?.remove();
  emulator = undefined;
  workspace = undefined;
});

async function start(
  pull: Omit<SeedPull, 'title' | 'user' | 'head'>,
  baseFiles: Record<string, string> = {},
): Promise<Emulator> {
  emulator = await startEmulator({
    seed: {
      org: { login: 'acme', owners: ['octo-admin'], members: ['alice', 'lead'] },
      teams: [{ slug: 'payments' }],
      users: [
        { login: 'alice', token: TOKENS.alice },
        { login: 'lead', token: TOKENS.lead },
      ],
      repos: [
        {
          name: 'access',
          collaborators: { alice: 'push', lead: 'admin' },
          files: {
            'access/catalog/github.yaml': CATALOG,
            'access/identities/people.yaml': identities(['alice', 'lead']),
            'policies/no-admin.rego': NO_ADMIN,
            ...baseFiles,
          },
          pulls: [{ title: 'alice joins payments', user: 'alice', head: 'grant-alice', ...pull }],
        },
      ],
    },
  });
  return emulator;
}

/** Merges pull request 1 as `login` (an admin may merge a red one), then provisions main. */
async function mergeAndProvision(gh: Emulator, login: keyof typeof TOKENS) {
  const base = gh.state.repo('acme', 'access')?.refs.get('refs/heads/main') as string;
  const merged = await client(gh, TOKENS[login])('PUT', '/repos/acme/access/pulls/1/merge', {
    merge_method: 'merge',
  });
  expect(merged.status).toBe(200);
  workspace = checkoutEmulatorRepo(gh, 'acme/access', { ref: 'main' });
  const api = emulatorApi(gh);
  return runProvision({
    repo: workspace.path,
    from: base,
    to: 'HEAD',
    now: NOW,
    provisioners: [githubProvisioner(gh)],
    lookup: pullRequestLookup(api, 'acme/access'),
  });
}

const member = (gh: Emulator, login: string) =>
  gh.state.org('acme')?.teams.get('payments')?.members.get(login)?.state;

describe('the provision gate', () => {
  it("provisions a merge its resource's owner approved", async () => {
    const gh = await start({
      files: { 'access/grants/alice.yaml': grants([teamGrant('alice')]) },
      reviews: [{ user: 'lead', state: 'APPROVED' }],
    });
    const result = await mergeAndProvision(gh, 'lead');
    expect(result.plan.held).toEqual([]);
    expect(result.ok).toBe(true);
    expect(member(gh, 'alice')).toBe('active');
  });

  it("fails, provisioning nothing, when the parent's policies loop past their deadline", async () => {
    const gh = await start(
      {
        files: { 'access/grants/alice.yaml': grants([teamGrant('alice')]) },
        reviews: [{ user: 'lead', state: 'APPROVED' }],
      },
      {
        'policies/loop.rego': LOOPING_POLICY,
        'accessctl.yaml': 'evaluation:\n  timeoutSeconds: 1\n',
      },
    );
    await expect(mergeAndProvision(gh, 'lead')).rejects.toThrow(
      /access\/deny: evaluation stopped after 1 s, its deadline/,
    );
    expect(member(gh, 'alice')).toBeUndefined();
  }, 60_000);

  it('holds a red pull request an admin merged without approval', async () => {
    const gh = await start({
      files: { 'access/grants/alice.yaml': grants([teamGrant('alice')]) },
    });
    const result = await mergeAndProvision(gh, 'lead');
    expect(result.plan.held.map((h) => h.grantId)).toEqual(['alice-payments']);
    expect(result.plan.held[0]?.reasons.join('\n')).toMatch(/\(#1\): needs 1 approval/);
    expect(result.operations).toEqual([]);
    expect(result.ok).toBe(false);
    expect(member(gh, 'alice')).toBeUndefined();
  });

  it('does not count the approval of the person the grant is for', async () => {
    const gh = await start({
      files: { 'access/grants/lead.yaml': grants([teamGrant('lead')]) },
      reviews: [{ user: 'lead', state: 'APPROVED' }],
    });
    const result = await mergeAndProvision(gh, 'lead');
    expect(result.plan.held.map((h) => h.grantId)).toEqual(['lead-payments']);
    expect(member(gh, 'lead')).toBeUndefined();
  });

  it('refuses a grant on a resource the same merge adds to the catalog', async () => {
    const secret = `kind: Resource
id: github:org/acme
owners: [user:alice]
provisioner: github
roles:
  admin: { risk: low, maxDays: 365 }
`;
    const gh = await start({
      files: {
        'access/catalog/secret.yaml': secret,
        'access/grants/alice.yaml': grants([
          {
            id: 'alice-secret',
            subject: 'user:alice',
            resource: 'github:org/acme',
            role: 'admin',
          },
        ]),
      },
      reviews: [{ user: 'lead', state: 'APPROVED' }],
    });
    const result = await mergeAndProvision(gh, 'lead');
    expect(result.plan.refused.map((r) => [r.grantId, r.reasons.join()])).toEqual([
      ['alice-secret', expect.stringContaining('the rules before')],
    ]);
    expect(result.plan.ruleChanges.map((c) => c.files)).toEqual([['access/catalog/secret.yaml']]);
    expect(result.operations).toEqual([]);
    expect(result.ok).toBe(false);
  });

  it('refuses a merge that deletes the rule forbidding its own grant, and holds the rule change', async () => {
    const admin = { ...teamGrant('alice', 'maintainer'), id: 'alice-admin' };
    const gh = await start({
      files: {
        'policies/no-admin.rego': null,
        'access/grants/alice.yaml': grants([admin]).replace('role: maintainer', 'role: admin'),
      },
      reviews: [{ user: 'lead', state: 'APPROVED' }],
    });
    const result = await mergeAndProvision(gh, 'lead');
    // judged by the parent's policy, which the merge itself deleted
    expect(result.plan.refused.map((r) => [r.grantId, r.reasons.join()])).toEqual([
      ['alice-admin', expect.stringContaining('nobody is admin')],
    ]);
    expect(result.plan.ruleChanges.map((c) => c.files)).toEqual([['policies/no-admin.rego']]);
    expect(result.ok).toBe(false);
    expect(member(gh, 'alice')).toBeUndefined();
  });
});
