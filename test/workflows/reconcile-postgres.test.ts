import { beforeAll, describe, expect, it } from 'vitest';

import { runReconcile } from '../../src/workflows/reconcile.js';
import {
  membership,
  serverConfigYaml,
  skipPostgres,
  uniqueName,
} from '../provisioners/postgres-server.js';
import { usePostgresRepo } from './postgres-repo.js';
import { grants, identities } from './provision-fixture.js';

/**
 * Reconcile is not GitHub's alone: a PostgreSQL role's members are listed like a team's, so a
 * membership granted by hand in psql is found and, with prune: true, revoked.
 */
describe.skipIf(skipPostgres)('reconciling a real PostgreSQL server', () => {
  const role = uniqueName('ledger');
  const alice = uniqueName('alice', '-');
  const mallory = uniqueName('mallory', '-');
  const db = usePostgresRepo([
    { name: role },
    { name: alice, login: true },
    { name: mallory, login: true },
  ]);

  beforeAll(async () => {
    await db.admin.query(`GRANT "${role}" TO "${mallory}"`);
    db.repo.write({
      'accessctl.yaml': `prune: true\n${serverConfigYaml(db.settings)}`,
      'access/catalog/warehouse.yaml':
        `kind: Resource\nid: postgres:warehouse/${role}\nowners: [team:platform]\n` +
        'provisioner: warehouse\nroles:\n  member: { risk: low, maxDays: 365 }\n',
      'access/identities/people.yaml': identities([alice, 'lead']),
      'access/grants/alice.yaml': grants([
        {
          id: 'alice-ledger',
          subject: `user:${alice}`,
          resource: `postgres:warehouse/${role}`,
          role: 'member',
        },
      ]),
    });
    db.repo.commit('alice reads the ledger');
  });

  /** The provisioners as `accessctl reconcile` builds them: from accessctl.yaml at HEAD. */
  async function options() {
    const { repo, now, provisioners, allowUnapproved } = await db.runOptions('HEAD', 'HEAD');
    return { repo, now, provisioners, allowUnapproved, apply: true };
  }

  it('grants the missing membership, revokes the one granted by hand, then finds nothing', async () => {
    const first = await runReconcile(await options());
    expect(first.plan.unlisted).toEqual([]);
    expect(first.plan.drift.map((d) => [d.kind, d.target.key, d.operation?.action])).toEqual([
      ['missing', `postgres-role warehouse/${role} ${alice}`, 'grant'],
      ['unmanaged', `postgres-role warehouse/${role} ${mallory}`, 'revoke'],
    ]);
    expect(first.operations.map((o) => o.status)).toEqual(['applied', 'applied']);
    expect(first.ok).toBe(true);
    expect(await membership(db.admin, role)).toEqual({ [alice]: 'member' });

    const second = await runReconcile(await options());
    expect(second.plan.drift).toEqual([]);
    expect(second.ok).toBe(true);
  });
});

/** A catalog glob over group roles: the server's roles it covers are listed too. */
describe.skipIf(skipPostgres)('reconciling a PostgreSQL role glob', () => {
  const prefix = uniqueName('team');
  const granted = `${prefix}_billing`;
  const byHand = `${prefix}_audit`;
  const alice = uniqueName('alice', '-');
  const mallory = uniqueName('mallory', '-');
  const db = usePostgresRepo([
    { name: granted },
    { name: byHand },
    // a login role matches the glob's name but is a person, never something granted on
    { name: `${prefix}_robot`, login: true },
    { name: alice, login: true },
    { name: mallory, login: true },
  ]);

  beforeAll(async () => {
    await db.admin.query(`GRANT "${granted}" TO "${alice}"`);
    await db.admin.query(`GRANT "${byHand}" TO "${mallory}"`);
    await db.admin.query(`GRANT "${prefix}_robot" TO "${mallory}"`);
    db.repo.write({
      'accessctl.yaml': serverConfigYaml(db.settings),
      'access/catalog/warehouse.yaml':
        `kind: Resource\nid: postgres:warehouse/${prefix}_*\nowners: [team:platform]\n` +
        'provisioner: warehouse\nroles:\n  member: { risk: low, maxDays: 365 }\n',
      'access/identities/people.yaml': identities([alice, 'lead']),
      'access/grants/alice.yaml': grants([
        {
          id: 'alice-billing',
          subject: `user:${alice}`,
          resource: `postgres:warehouse/${granted}`,
          role: 'member',
        },
      ]),
    });
    db.repo.commit('alice bills');
  });

  it('finds a membership granted by hand on a role no grant names', async () => {
    const { repo, now, provisioners } = await db.runOptions('HEAD', 'HEAD');
    const result = await runReconcile({ repo, now, provisioners });
    expect(result.plan.drift.map((d) => [d.kind, d.target.key, d.operation?.action])).toEqual([
      ['unmanaged', `postgres-role warehouse/${byHand} ${mallory}`, undefined],
    ]);
    expect(result.plan.unlisted).toEqual([]);
    expect(result.plan.unreadable).toEqual([]);
  });
});
