import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { mergeOptions } from '../../src/commands/provision.js';
import { PostgresProvisioner } from '../../src/provisioners/postgres.js';
import type { Provisioner } from '../../src/provisioners/provisioner.js';
import { runReconcile } from '../../src/workflows/reconcile.js';
import { GitRepo } from '../model/git-repo.js';
import {
  adminClient,
  commandEnv,
  createRoles,
  membership,
  serverConfigYaml,
  serverSettings,
  skipPostgres,
  uniqueName,
} from '../provisioners/postgres-server.js';
import { NOW, grants, identities } from './provision-fixture.js';

/**
 * Reconcile is not GitHub's alone: a PostgreSQL role's members are listed like a team's, so a
 * membership granted by hand in psql is found and, with prune: true, revoked.
 */
describe.skipIf(skipPostgres)('reconciling a real PostgreSQL server', () => {
  let admin: Awaited<ReturnType<typeof adminClient>>;
  let drop: () => Promise<void>;
  let repo: GitRepo;
  const opened: Provisioner[] = [];
  const role = uniqueName('ledger');
  const alice = uniqueName('alice', '-');
  const mallory = uniqueName('mallory', '-');
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    const server = serverSettings();
    env = commandEnv(server.env);
    admin = await adminClient();
    drop = await createRoles(admin, [
      { name: role },
      { name: alice, login: true },
      { name: mallory, login: true },
    ]);
    await admin.query(`GRANT "${role}" TO "${mallory}"`);
    repo = new GitRepo();
    repo.write({
      'accessctl.yaml': `prune: true\n${serverConfigYaml(server.settings)}`,
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
    repo.commit('alice reads the ledger');
  });
  afterAll(async () => {
    for (const p of opened) if (p instanceof PostgresProvisioner) await p.close();
    await drop?.();
    await admin?.end();
    repo?.cleanup();
  });

  /** The provisioners as `accessctl reconcile` builds them: from accessctl.yaml at HEAD. */
  function options() {
    const built = mergeOptions(
      { from: 'HEAD', to: 'HEAD', repo: repo.dir, access: 'access', policies: 'policies' },
      repo.dir,
      env,
    );
    opened.push(...built.provisioners);
    return { repo: repo.dir, now: NOW, provisioners: built.provisioners, apply: true };
  }

  it('grants the missing membership, revokes the one granted by hand, then finds nothing', async () => {
    const first = await runReconcile(options());
    expect(first.plan.unlisted).toEqual([]);
    expect(first.plan.drift.map((d) => [d.kind, d.target.key, d.operation?.action])).toEqual([
      ['missing', `postgres-role warehouse/${role} ${alice}`, 'grant'],
      ['unmanaged', `postgres-role warehouse/${role} ${mallory}`, 'revoke'],
    ]);
    expect(first.operations.map((o) => o.status)).toEqual(['applied', 'applied']);
    expect(first.ok).toBe(true);
    expect(await membership(admin, role)).toEqual({ [alice]: 'member' });

    const second = await runReconcile(options());
    expect(second.plan.drift).toEqual([]);
    expect(second.ok).toBe(true);
  });
});
