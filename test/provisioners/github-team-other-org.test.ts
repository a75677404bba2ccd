// A team subject is a Team of identities/: a team of the organisation accessctl manages (the
// default org). A repository of another owner has teams of its own, and one with the same
// slug is another set of people. A grant of team:payments on github:repo/acme-labs/secret is
// approved as access for acme's payments (whose members' approvals do not count); it must not
// give the repository to acme-labs/payments, whose members nobody judged.
import { afterEach, describe, expect, it } from 'vitest';

import { createGitHubClient } from '../../src/github/index.js';
import { GitHubProvisioner } from '../../src/provisioners/github.js';
import { isUnsupported } from '../../src/provisioners/provisioner.js';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { grants, identities } from '../workflows/provision-fixture.js';
import { modelOfFiles } from './access-files.js';

let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

const CATALOG = `kind: Resource
id: github:repo/*/*
owners: [team:platform]
provisioner: github
roles:
  pull: { risk: low, maxDays: 365 }
  push: { risk: low, maxDays: 365 }
`;

describe('a team grant on a repository of another owner', () => {
  it('is not carried out on the other owner\u2019s team of the same slug', async () => {
    emulator = await startEmulator({
      seed: { org: { login: 'acme', owners: ['octo-admin'], members: ['alice', 'lead'] } },
    });
    const model = modelOfFiles({
      'access/catalog/github.yaml': CATALOG,
      'access/identities/people.yaml':
        identities(['alice']) + '---\nkind: Team\nid: payments\nmembers: [alice]\n',
      'access/grants/g.yaml': grants([
        {
          id: 'payments-secret',
          subject: 'team:payments',
          resource: 'github:repo/acme-labs/secret',
          role: 'push',
        },
      ]),
    });
    const [grant] = model.grants;
    expect(grant?.resolved).toBeDefined();
    const client = createGitHubClient({
      token: emulator.token,
      env: { GITHUB_API_URL: emulator.url },
      millisecondsPerSecond: 1,
      writeSpacingMs: 0,
    });
    const provisioner = new GitHubProvisioner({ client, defaultOrg: 'acme' });
    if (grant === undefined) throw new Error('no grant');
    const target = provisioner.target(grant);
    // refused (the team is acme's, the repository acme-labs'), never addressed as
    // /orgs/acme-labs/teams/payments
    expect(isUnsupported(target) ? target.unsupported : target).toMatch(
      /team payments is a team of acme, and acme-labs\/secret belongs to acme-labs/,
    );
  });
});
