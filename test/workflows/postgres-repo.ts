// An access repository for runs against the test PostgreSQL server, roles of its own on that
// server, and every provisioner the runs open: all closed, dropped and removed after the
// describe block that asks for them.
import { afterAll, beforeAll } from 'vitest';

import { mergeOptions } from '../../src/commands/provision.js';
import type { PostgresSettings } from '../../src/config/config.js';
import { PostgresProvisioner } from '../../src/provisioners/postgres.js';
import type { Provisioner } from '../../src/provisioners/provisioner.js';
import type { ProvisionPlanOptions } from '../../src/workflows/provision.js';
import { GitRepo } from '../model/git-repo.js';
import {
  adminClient,
  commandEnv,
  createRoles,
  serverSettings,
} from '../provisioners/postgres-server.js';
import { NOW } from './provision-fixture.js';

type Client = Awaited<ReturnType<typeof adminClient>>;

export interface PostgresRepo {
  /** A superuser connection of the test's own, to arrange and inspect the server. */
  readonly admin: Client;
  readonly repo: GitRepo;
  readonly settings: PostgresSettings;
  /** The environment a command gets: the password, and a GitHub it never asks. */
  readonly env: NodeJS.ProcessEnv;
  /** The provisioners and options exactly as the commands build them from --from and --to. */
  runOptions(from: string, to: string, env?: NodeJS.ProcessEnv): Promise<ProvisionPlanOptions>;
}

/** Call in a describe block: the roles exist and the repository is empty before its tests. */
export function usePostgresRepo(roles: { name: string; login?: boolean }[]): PostgresRepo {
  let admin: Client | undefined;
  let drop: (() => Promise<void>) | undefined;
  let repo: GitRepo | undefined;
  let server: ReturnType<typeof serverSettings> | undefined;
  const opened: Provisioner[] = [];
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('usePostgresRepo is read before its beforeAll ran');
    return value;
  };

  beforeAll(async () => {
    server = serverSettings();
    admin = await adminClient();
    drop = await createRoles(admin, roles);
    repo = new GitRepo();
  });
  afterAll(async () => {
    for (const p of opened) if (p instanceof PostgresProvisioner) await p.close();
    await drop?.();
    await admin?.end();
    repo?.cleanup();
  });

  return {
    get admin() {
      return ready(admin);
    },
    get repo() {
      return ready(repo);
    },
    get settings() {
      return ready(server).settings;
    },
    get env() {
      return commandEnv(ready(server).env);
    },
    async runOptions(from, to, env = commandEnv(ready(server).env)) {
      const dir = ready(repo).dir;
      const built = await mergeOptions(
        // commits without pull requests: run as a bootstrap (the gate has tests of its own)
        { from, to, repo: dir, access: 'access', policies: 'policies', 'allow-unapproved': true },
        dir,
        env,
      );
      opened.push(...built.provisioners);
      return { ...built, now: NOW };
    },
  };
}
