// A push that brings several merges (a burst of merges before the run, a run after a pause)
// has each merge judged by its pull request. Those are asked for many at a time (two GraphQL
// queries for up to 50 merges, instead of five REST requests each), and what the gate decides
// must be what it decides asking one merge at a time: the owner's approval counts, the
// beneficiary's does not.
import { afterEach, describe, expect, it } from 'vitest';

import { runProvision } from '../../src/workflows/provision.js';
import { pullRequestLookup } from '../../src/workflows/provision/merge-review.js';
import { client } from '../emulator/client.js';
import { startEmulator, type Emulator } from '../emulator/index.js';
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

let emulator: Emulator | undefined;
let workspace: GitWorkspace | undefined;
afterEach(async () => {
  await emulator?.close();
  workspace?.remove();
});

const grantPull = (login: string, approver: string) => ({
  title: `${login} joins payments`,
  user: 'alice',
  head: `grant-${login}`,
  files: { [`access/grants/${login}.yaml`]: grants([teamGrant(login)]) },
  reviews: [{ user: approver, state: 'APPROVED' as const }],
});

describe('provisioning a push of several merges', () => {
  it("judges each merge by its pull request, asked for many at a time, as REST's answers judge it", async () => {
    const gh = (emulator = await startEmulator({
      seed: {
        org: { login: 'acme', owners: ['octo-admin'], members: ['alice', 'bob', 'lead'] },
        teams: [{ slug: 'payments' }],
        users: [{ login: 'alice' }, { login: 'bob' }, { login: 'lead', token: 'ghp_lead' }],
        repos: [
          {
            name: 'access',
            collaborators: { alice: 'push', bob: 'push', lead: 'admin' },
            files: {
              'access/catalog/github.yaml': CATALOG,
              'access/identities/people.yaml': identities(['alice', 'bob', 'lead']),
            },
            // lead, who maintains the owning team, approves bob's and his own
            pulls: [grantPull('bob', 'lead'), grantPull('lead', 'lead')],
          },
        ],
      },
    }));
    const base = gh.state.repo('acme', 'access')?.refs.get('refs/heads/main') as string;
    for (const number of [1, 2]) {
      const merged = await client(gh, 'ghp_lead')(
        'PUT',
        `/repos/acme/access/pulls/${number}/merge`,
        {
          merge_method: 'merge',
        },
      );
      expect(merged.status).toBe(200);
    }
    workspace = checkoutEmulatorRepo(gh, 'acme/access', { ref: 'main' });
    const api = emulatorApi(gh);
    const provision = (lookup: ReturnType<typeof pullRequestLookup>, dryRun: boolean) =>
      runProvision({
        repo: (workspace as GitWorkspace).path,
        from: base,
        to: 'HEAD',
        now: NOW,
        provisioners: [githubProvisioner(gh)],
        lookup,
        dryRun,
      });
    const rest = await provision(pullRequestLookup(api, 'acme/access', { batch: false }), true);

    const before = gh.state.requests.length;
    const result = await provision(pullRequestLookup(api, 'acme/access'), false);
    const made = gh.state.requests.slice(before);
    expect(made.filter((r) => /\/commits\/[0-9a-f]{40}\/pulls$/.test(r.path))).toEqual([]);
    expect(made.filter((r) => r.path === '/graphql')).toHaveLength(2);

    expect(result.plan.held).toEqual(rest.plan.held);
    expect(result.plan.held.map((h) => h.grantId)).toEqual(['lead-payments']);
    expect(result.plan.operations.map((o) => o.grantId)).toEqual(
      rest.plan.operations.map((o) => o.grantId),
    );
    const members = gh.state.org('acme')?.teams.get('payments')?.members;
    expect([...(members?.keys() ?? [])]).toEqual(['bob']);
  });
});
