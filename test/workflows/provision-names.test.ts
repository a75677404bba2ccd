// A grant that names a GitHub resource in a way GitHub would read as something else (a dot
// segment the URL resolves away, a capital letter GitHub ignores) is refused by provisioning,
// never planned as another resource.
import { describe, expect, it } from 'vitest';

import { runProvision } from '../../src/workflows/provision.js';
import { useProvisionEnv } from './provision-env.js';
import { between, githubProvisioner, grantSpec, grants } from './provision-fixture.js';

const env = useProvisionEnv();

/** An exact entry stricter than the fixture's github:repo/acme/* glob: pull only. */
const INFRASTRUCTURE = `kind: Resource
id: github:repo/acme/infrastructure
owners: [team:platform]
provisioner: github
roles:
  pull: { risk: low, maxDays: 30 }
`;

describe('provisioning names that GitHub would read as something else', () => {
  it.each([
    ['github:team/..', 'member', 'organisation membership through a dot segment'],
    ['github:team/.', 'member', 'the team listing through a dot segment'],
    ['github:team/%2e%2e', 'member', 'a percent-encoded dot segment'],
    ['github:repo/acme/Infrastructure', 'push', 'the strict repository in another case'],
    ['github:repo/acme/..', 'push', 'the owner through a dot repository segment'],
  ])('refuses %s (%s) and plans nothing: %s', async (resource, role) => {
    const gh = await env.github({
      org: { login: 'acme', owners: ['octo-admin'], members: ['alice'] },
      teams: [{ slug: 'payments' }],
      repos: [{ name: 'infrastructure', files: {} }],
    });
    const { repo } = env.accessRepo(['eve']);
    repo.write({ 'access/catalog/infrastructure.yaml': INFRASTRUCTURE });
    const withCatalog = repo.commit('a strict entry for infrastructure');
    repo.write({
      'access/grants/eve.yaml': grants([grantSpec('eve', 'user:eve', resource, role)]),
    });
    const merged = repo.commit('eve asks for access');

    const result = await runProvision(between(repo, withCatalog, merged, [githubProvisioner(gh)]));

    expect(result.plan.operations).toEqual([]);
    expect(result.operations).toEqual([]);
    expect(result.plan.refused.map((r) => r.grantId)).toEqual(['eve']);
    expect(result.plan.refused[0]?.reasons.join(' ')).toMatch(/access\/grants\/eve\.yaml:\d+:\d+/);
    expect(result.ok).toBe(false);
    const org = gh.state.org('acme');
    expect(org?.members.has('eve')).toBe(false);
    expect(gh.state.repo('acme', 'infrastructure')?.collaborators.has('eve')).toBe(false);
  });
});
