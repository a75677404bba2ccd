import { beforeAll, describe, expect, it } from 'vitest';

import { runProvision, planProvision } from '../../src/workflows/provision.js';
import type { GitRepo } from '../model/git-repo.js';
import {
  PASSWORD_ENV,
  membership,
  serverConfigYaml,
  skipPostgres,
  uniqueName,
} from '../provisioners/postgres-server.js';
import { usePostgresRepo } from './postgres-repo.js';
import { grants, identities } from './provision-fixture.js';

const CATALOG = `kind: Resource
id: postgres:warehouse/*
owners: [team:platform]
provisioner: warehouse
roles:
  member: { risk: low, maxDays: 365 }
  admin: { risk: medium, maxDays: 90 }
`;

describe.skipIf(skipPostgres)('provisioning a merge into a real PostgreSQL server', () => {
  const role = uniqueName('analytics');
  // identities are GitHub logins (no underscores); the database takes them quoted as they are
  const alice = uniqueName('alice', '-');
  const bob = uniqueName('bob', '-');
  // a service's login role, which the catalog's glob also matches
  const service = uniqueName('etl');
  const db = usePostgresRepo([
    { name: role },
    { name: alice, login: true },
    { name: bob, login: true },
    { name: service, login: true },
  ]);
  let repo: GitRepo;

  beforeAll(() => {
    repo = db.repo;
    repo.write({
      'accessctl.yaml': serverConfigYaml(db.settings),
      'access/catalog/warehouse.yaml': CATALOG,
      'access/identities/people.yaml': identities([alice, bob, 'lead']),
    });
  });

  const membershipOf = (id: string, login: string) =>
    grants([
      { id, subject: `user:${login}`, resource: `postgres:warehouse/${role}`, role: 'member' },
    ]);

  const options = (from: string, to: string, env?: NodeJS.ProcessEnv) =>
    db.runOptions(from, to, env);

  it('grants nothing on a role that can log in, though the catalog glob matches it', async () => {
    const base = repo.commit('catalog, identities and the warehouse server (login roles)');
    repo.write({
      'access/grants/alice-as-service.yaml': grants([
        {
          id: 'alice-as-service',
          subject: `user:${alice}`,
          resource: `postgres:warehouse/${service}`,
          role: 'member',
        },
      ]),
    });
    const added = repo.commit('alice asks to be the service');
    const result = await runProvision(await options(base, added));
    expect(result.operations).toEqual([]);
    expect(result.plan.unreadable.map((u) => u.message)).toEqual([
      expect.stringContaining(`role ${service} on warehouse is a role that can log in`),
    ]);
    expect(result.ok).toBe(false);
    expect(await membership(db.admin, service)).toEqual({});
    repo.remove('access/grants/alice-as-service.yaml');
    repo.commit('alice does not ask to be the service');
  });

  it('grants on merge, revokes when the grant is removed, and a second run changes nothing', async () => {
    const base = repo.commit('catalog, identities and the warehouse server');
    repo.write({
      'access/grants/alice.yaml': membershipOf('alice-analytics', alice),
    });
    const added = repo.commit('alice reads analytics');

    const first = await runProvision(await options(base, added));
    expect(first.plan.refused).toEqual([]);
    expect(first.plan.skipped).toEqual([]);
    expect(
      first.operations.map((o) => [o.operation.action, o.operation.grantId, o.status, o.message]),
    ).toEqual([
      ['grant', 'alice-analytics', 'applied', `${alice} is a member of ${role} on warehouse`],
    ]);
    expect(first.ok).toBe(true);
    expect(await membership(db.admin, role)).toEqual({ [alice]: 'member' });

    const again = await runProvision(await options(base, added));
    expect(again.operations).toEqual([]);
    expect(again.ok).toBe(true);
    expect(await membership(db.admin, role)).toEqual({ [alice]: 'member' });

    repo.remove('access/grants/alice.yaml');
    const removed = repo.commit('alice no longer reads analytics');
    const revoke = await runProvision(await options(added, removed));
    expect(
      revoke.operations.map((o) => [o.operation.action, o.operation.grantId, o.status]),
    ).toEqual([['revoke', 'alice-analytics', 'applied']]);
    expect(await membership(db.admin, role)).toEqual({});

    const revokeAgain = await runProvision(await options(added, removed));
    expect(revokeAgain.operations).toEqual([]);
    expect(revokeAgain.ok).toBe(true);
  });

  it('finds access granted by hand outside the repository through list()', async () => {
    await db.admin.query(`GRANT "${role}" TO "${bob}"`);
    try {
      const head = repo.git('rev-parse', 'HEAD');
      const warehouse = (await options(head, head)).provisioners.find(
        (p) => p.name === 'warehouse',
      );
      const held = await warehouse?.list?.({ id: `postgres:warehouse/${role}`, config: {} });
      expect(held?.map((h) => [h.target.key, h.actual.role])).toEqual([
        [`postgres-role warehouse/${role} ${bob}`, 'member'],
      ]);
    } finally {
      await db.admin.query(`REVOKE "${role}" FROM "${bob}"`);
    }
  });

  it('names the password variable when it is unset, and still plans everything else', async () => {
    const base = repo.git('rev-parse', 'HEAD');
    repo.write({
      'access/grants/bob.yaml': membershipOf('bob-analytics', bob),
    });
    const added = repo.commit('bob reads analytics');
    const withoutPassword = { ...db.env };
    delete withoutPassword[PASSWORD_ENV];
    const plan = await planProvision(await options(base, added, withoutPassword));
    expect(plan.operations).toEqual([]);
    expect(plan.unreadable).toEqual([
      {
        grantId: 'bob-analytics',
        label: `${bob} in role ${role} on warehouse`,
        message: `set ${PASSWORD_ENV} to the password of PostgreSQL user ${db.settings.user} (accessctl.yaml provisioners.warehouse.passwordEnv); it is read from the environment only`,
      },
    ]);
  });
});
