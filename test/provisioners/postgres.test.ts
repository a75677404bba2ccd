import { createServer, connect, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { PostgresSettings } from '../../src/config/config.js';
import type { GrantRecord } from '../../src/model/index.js';
import { DatabaseError } from 'pg';

import {
  PostgresProvisioner,
  isTransientPostgresError,
  type PostgresTarget,
} from '../../src/provisioners/postgres.js';
import { isUnsupported, type Operation } from '../../src/provisioners/provisioner.js';
import { grants } from '../workflows/provision-fixture.js';
import { modelOfFiles } from './access-files.js';
import {
  adminClient,
  createRoles,
  membership,
  serverSettings,
  skipPostgres,
  uniqueName,
} from './postgres-server.js';

const FAST = { attempts: 3, baseDelayMs: 1 };

const CATALOG = `kind: Resource
id: postgres:warehouse/*
owners: [team:platform]
provisioner: warehouse
roles:
  member: { risk: low, maxDays: 365 }
  admin: { risk: high, maxDays: 30 }
  write: { risk: low, maxDays: 30 }
---
kind: Resource
id: postgres:warehouse/etl_*
owners: [team:platform]
provisioner: warehouse
config: { login: "svc_{id}" }
roles:
  member: { risk: low, maxDays: 365 }
---
kind: Resource
id: postgres:lockwait/*
owners: [team:platform]
provisioner: lockwait
roles:
  member: { risk: low, maxDays: 365 }
`;

/** Grants read by the real model, so `resolved` and the catalog config are as in a run. */
function grantOf(subject: string, resource: string, role: string): GrantRecord {
  const kind = subject.split(':')[0];
  const id = subject.split(':')[1] ?? '';
  const identity =
    kind === 'service'
      ? `kind: ServiceAccount\nid: ${id}\nowner: team:platform\npurpose: Loads the warehouse nightly\n` +
        'rotation: { maxAgeDays: 90, lastRotated: 2026-10-01 }\nexpires: 2027-06-30\n'
      : kind === 'user'
        ? `kind: User\nid: ${id}\nstatus: active\n`
        : '';
  const team = `kind: Team\nid: platform\nmaintainers: [lead]\nmembers: []\n---\nkind: User\nid: lead\nstatus: active\n`;
  const text = grants([{ id: 'g', subject, resource, role }]).replace(
    `subject: ${subject}\n`,
    `subject: ${subject}\n${kind === 'service' ? 'owner: team:platform\n' : ''}`,
  );
  const model = modelOfFiles({
    'access/catalog/pg.yaml': CATALOG,
    'access/identities/people.yaml': identity === '' ? team : `${identity}---\n${team}`,
    'access/grants/g.yaml': text,
  });
  return model.grants[0] as GrantRecord;
}

function provisioner(
  overrides: Partial<PostgresSettings> = {},
  env?: NodeJS.ProcessEnv,
): PostgresProvisioner {
  const server = serverSettings();
  return new PostgresProvisioner({
    name: 'warehouse',
    settings: { ...server.settings, ...overrides },
    env: env ?? server.env,
    retry: FAST,
  });
}

const OFFLINE: PostgresSettings = {
  type: 'postgres',
  host: '127.0.0.1',
  port: 9,
  database: 'postgres',
  user: 'accessctl',
  ssl: false,
  connectTimeoutSeconds: 1,
};

function targetOf(p: PostgresProvisioner, subject: string, resource: string, role = 'member') {
  const target = p.target(grantOf(subject, resource, role));
  if (isUnsupported(target)) throw new Error(target.unsupported);
  return target;
}

function grantMember(target: PostgresTarget): Operation<PostgresTarget> {
  return { action: 'grant', grantId: 'g', target, to: 'member', removal: false };
}

describe('what a grant stands for on PostgreSQL', () => {
  const offline = new PostgresProvisioner({ name: 'warehouse', settings: OFFLINE, env: {} });

  it.each([
    [
      'user:alice',
      'postgres:warehouse/analytics_read',
      'postgres-role warehouse/analytics_read alice',
    ],
    [
      'service:loader',
      'postgres:warehouse/etl_write',
      'postgres-role warehouse/etl_write svc_loader',
    ],
  ])('%s on %s is %s', (subject, resource, key) => {
    const target = offline.target(grantOf(subject, resource, 'member'));
    expect(isUnsupported(target) ? target.unsupported : target.key).toBe(key);
  });

  it.each([
    ['team:platform', 'postgres:warehouse/analytics_read', 'member', /PostgreSQL has no teams/],
    ['user:alice', 'postgres:warehouse/analytics_read', 'write', /roles are member and admin/],
    [
      'user:alice',
      `postgres:warehouse/${'x'.repeat(64)}`,
      'member',
      /longer than PostgreSQL's 63 bytes/,
    ],
    [
      'user:alice',
      'postgres:warehouse/Mixed"Role";--',
      'member',
      /not an unquoted PostgreSQL identifier/,
    ],
    [
      'user:alice',
      'postgres:warehouse/Analytics_Read',
      'member',
      /write it as postgres:warehouse\/analytics_read/,
    ],
    ['user:alice', 'postgres:warehouse/"analytics_read"', 'member', /quoted identifier/],
  ])('%s on %s as %s cannot be provisioned, and says why', (subject, resource, role, reason) => {
    const target = offline.target(grantOf(subject, resource, role));
    expect(isUnsupported(target) && target.unsupported).toMatch(reason);
  });

  it('says what to write when the id does not name this server', () => {
    const other = new PostgresProvisioner({ name: 'ledger', settings: OFFLINE, env: {} });
    const target = other.target(
      grantOf('user:alice', 'postgres:warehouse/analytics_read', 'member'),
    );
    expect(isUnsupported(target) && target.unsupported).toBe(
      'postgres:warehouse/analytics_read names server "warehouse" but its catalog entry sends it to provisioner "ledger"; write postgres:ledger/analytics_read or set provisioner: warehouse',
    );
  });
});

describe('which PostgreSQL errors are worth another try', () => {
  const serverError = (code: string, message = 'error') => {
    const error = new DatabaseError(message, 0, 'error');
    error.code = code;
    return error;
  };
  const socketError = (code: string) => Object.assign(new Error(`connect ${code}`), { code });
  it.each([
    ['57P01 admin shutdown', true, serverError('57P01')],
    ['57P03 cannot connect now', true, serverError('57P03')],
    ['40001 serialization failure', true, serverError('40001')],
    ['40P01 deadlock', true, serverError('40P01')],
    ['55P03 lock not available', true, serverError('55P03')],
    ['08006 connection failure', true, serverError('08006')],
    ['XX000 tuple concurrently updated', true, serverError('XX000', 'tuple concurrently updated')],
    ['ECONNREFUSED', true, socketError('ECONNREFUSED')],
    ['ECONNRESET', true, socketError('ECONNRESET')],
    ['a dropped connection', true, new Error('Connection terminated unexpectedly')],
    ['28P01 wrong password', false, serverError('28P01')],
    ['42501 permission denied', false, serverError('42501')],
    ['42601 syntax error', false, serverError('42601')],
    ['42704 unknown role', false, serverError('42704')],
    ['XX000 another internal error', false, serverError('XX000', 'cache lookup failed')],
    [
      'a 42501 that mentions a terminated connection',
      false,
      serverError('42501', 'Connection terminated'),
    ],
    ['not an error', false, 'ECONNRESET'],
  ])('%s: retried %s', (_name, transient, error) => {
    expect(isTransientPostgresError(error)).toBe(transient);
  });
});

describe.skipIf(skipPostgres)('role membership on a real PostgreSQL server', () => {
  let admin: Awaited<ReturnType<typeof adminClient>>;
  let drop: () => Promise<void>;
  const role = uniqueName('read');
  // the schema admits quotes, semicolons and capitals in an id; the naming rules do not
  const odd = `${uniqueName('odd')}"Q";DROP_ROLE_x;--`;
  const alice = uniqueName('alice');
  const bob = uniqueName('bob');
  const aliceInRole = (p: PostgresProvisioner) =>
    targetOf(p, `user:${alice}`, `postgres:warehouse/${role}`);

  beforeAll(async () => {
    admin = await adminClient();
    drop = await createRoles(admin, [
      { name: role },
      { name: odd },
      { name: alice, login: true },
      { name: bob, login: true },
    ]);
  });
  afterAll(async () => {
    await drop?.();
    await admin?.end();
  });

  it('grants, raises to admin, lowers, revokes, and each second run finds nothing to do', async () => {
    const p = provisioner();
    try {
      const target = aliceInRole(p);
      const step = async (want: string | undefined) => {
        p.refresh();
        const actual = await p.read(target);
        const operation = p.plan(
          target,
          want === undefined ? undefined : { grantId: 'g', role: want },
          actual,
          'g',
        );
        if (operation === undefined) return 'nothing';
        const outcome = await p.apply(operation);
        expect(outcome.status, outcome.message).toBe('applied');
        return `${operation.action}${operation.removal ? ' (removal)' : ''}`;
      };
      expect(await step('member')).toBe('grant');
      expect(await membership(admin, role)).toEqual({ [alice]: 'member' });
      expect(await step('member')).toBe('nothing');
      expect(await step('admin')).toBe('update');
      expect(await membership(admin, role)).toEqual({ [alice]: 'admin' });
      expect(await step('admin')).toBe('nothing');
      expect(await step('member')).toBe('update (removal)');
      expect(await membership(admin, role)).toEqual({ [alice]: 'member' });
      expect(await step(undefined)).toBe('revoke (removal)');
      expect(await membership(admin, role)).toEqual({});
      expect(await step(undefined)).toBe('nothing');
    } finally {
      await p.close();
    }
  });

  it('refuses a role whose name needs quotes, so no injection-shaped name reaches SQL', async () => {
    const p = provisioner();
    try {
      const target = p.target(grantOf(`user:${bob}`, `postgres:warehouse/${odd}`, 'member'));
      expect(isUnsupported(target) && target.unsupported).toMatch(
        /not an unquoted PostgreSQL identifier/,
      );
      expect(await membership(admin, odd)).toEqual({});
    } finally {
      await p.close();
    }
  });

  it('lists access granted by hand, with the keys a grant would give, leaving out its own user', async () => {
    await admin.query(`GRANT "${role}" TO "${bob}" WITH ADMIN OPTION`);
    await admin.query(`GRANT "${role}" TO "${alice}"`);
    await admin.query(`GRANT "${role}" TO CURRENT_USER`);
    const p = provisioner();
    try {
      const held = await p.list({ id: `postgres:warehouse/${role}`, config: {} });
      expect(held.map((h) => [h.target.key, h.actual.role]).sort()).toEqual(
        [
          [aliceInRole(p).key, 'member'],
          [targetOf(p, `user:${bob}`, `postgres:warehouse/${role}`).key, 'admin'],
        ].sort(),
      );
    } finally {
      await admin.query(`REVOKE "${role}" FROM "${bob}", "${alice}", CURRENT_USER`);
      await p.close();
    }
  });

  it('fails one operation with what to do when the role does not exist', async () => {
    const p = provisioner();
    try {
      const missing = uniqueName('missing');
      const target = targetOf(p, `user:${alice}`, `postgres:warehouse/${missing}`);
      expect(await p.read(target)).toEqual({ pending: false });
      const outcome = await p.apply(grantMember(target));
      expect(outcome.status).toBe('failed');
      expect(outcome.message).toContain(`role "${missing}" does not exist`);
      expect(outcome.message).toContain('create the role first');
    } finally {
      await p.close();
    }
  });

  it('names the password variable when it is not set, and fails without connecting', async () => {
    const p = provisioner({}, {});
    const target = aliceInRole(p);
    await expect(p.read(target)).rejects.toThrow(
      /^set ACCESSCTL_TEST_PG_PASSWORD to the password of PostgreSQL user .* \(accessctl.yaml provisioners.warehouse.passwordEnv\)/,
    );
    const outcome = await p.apply(grantMember(target));
    expect(outcome).toMatchObject({ status: 'failed' });
    expect(outcome.message).toContain('set ACCESSCTL_TEST_PG_PASSWORD');
  });

  describe('through a connection that breaks', () => {
    let proxy: Proxy;
    beforeAll(async () => {
      proxy = await startProxy(serverSettings().settings);
    });
    afterAll(() => proxy.close());
    const throughProxy = (env?: NodeJS.ProcessEnv) =>
      provisioner({ host: '127.0.0.1', port: proxy.port }, env);

    it('retries a connection reset and then succeeds', async () => {
      proxy.resetNext(2);
      const p = throughProxy();
      try {
        const target = aliceInRole(p);
        const before = proxy.connections;
        expect(await p.read(target)).toEqual({ pending: false });
        expect(proxy.connections - before).toBe(3);
      } finally {
        await p.close();
      }
    });

    it('gives up after the tries and says so, as a failed operation', async () => {
      proxy.resetNext(10);
      const p = throughProxy();
      try {
        const target = aliceInRole(p);
        const before = proxy.connections;
        const outcome = await p.apply(grantMember(target));
        expect(outcome.status).toBe('failed');
        expect(outcome.message).toMatch(/still failing after 3 tries/);
        expect(proxy.connections - before).toBe(3);
        expect(await membership(admin, role)).toEqual({});
      } finally {
        proxy.resetNext(0);
        await p.close();
      }
    });

    it('does not retry a wrong password', async () => {
      const p = throughProxy({ ACCESSCTL_TEST_PG_PASSWORD: 'not-the-password' });
      try {
        const target = aliceInRole(p);
        const before = proxy.connections;
        const outcome = await p.apply(grantMember(target));
        expect(outcome.status).toBe('failed');
        expect(outcome.message).toMatch(
          /password authentication failed.*check the user and ACCESSCTL_TEST_PG_PASSWORD/,
        );
        expect(proxy.connections - before).toBe(1);
      } finally {
        await p.close();
      }
    });
  });

  it('retries a read the server ends with an administrator shutdown (57P01)', async () => {
    // a name of its own, so its session is told apart from any other test's
    const p = new PostgresProvisioner({ name: 'lockwait', ...serverSettings(), retry: FAST });
    const blocker = await adminClient();
    try {
      const target = targetOf(p, `user:${alice}`, `postgres:lockwait/${role}`);
      // the read waits behind this lock, so its session can be terminated mid-query
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE pg_catalog.pg_auth_members IN ACCESS EXCLUSIVE MODE');
      const reading = p.read(target);
      let pid: number | undefined;
      while (pid === undefined) {
        const { rows } = await admin.query<{ pid: number }>(
          `SELECT pid FROM pg_stat_activity WHERE application_name = 'accessctl/lockwait' AND wait_event_type = 'Lock'`,
        );
        pid = rows[0]?.pid;
      }
      await admin.query('SELECT pg_terminate_backend($1)', [pid]);
      await blocker.query('ROLLBACK');
      expect(await reading).toEqual({ pending: false });
    } finally {
      await blocker.end();
      await p.close();
    }
  });
});

interface Proxy {
  port: number;
  connections: number;
  resetNext(count: number): void;
  close(): Promise<void>;
}

/** A TCP relay to the server that can drop the next connections the moment they open. */
async function startProxy(target: PostgresSettings): Promise<Proxy> {
  let toReset = 0;
  const sockets = new Set<Socket>();
  const state = { connections: 0 };
  const server: Server = createServer((socket) => {
    state.connections += 1;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    if (toReset > 0) {
      toReset -= 1;
      socket.resetAndDestroy();
      return;
    }
    const upstream = connect(target.port, target.host);
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    socket.pipe(upstream).pipe(socket);
    socket.on('error', () => upstream.destroy());
    upstream.on('error', () => socket.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('proxy has no port');
  return {
    port: address.port,
    get connections() {
      return state.connections;
    },
    resetNext(count) {
      toReset = count;
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
