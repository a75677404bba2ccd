// The PostgreSQL server the tests run against: ACCESSCTL_TEST_POSTGRES_URL (a superuser).
// Without it, or when it does not answer, the tests skip and say why; with
// ACCESSCTL_REQUIRE_SERVICES=1 (CI) they run anyway and fail.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

import type { PostgresSettings } from '../../src/config/config.js';

export const POSTGRES_URL = process.env.ACCESSCTL_TEST_POSTGRES_URL ?? '';
const required = process.env.ACCESSCTL_REQUIRE_SERVICES === '1';

async function probe(): Promise<string | undefined> {
  if (POSTGRES_URL === '') return 'ACCESSCTL_TEST_POSTGRES_URL is not set';
  const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return undefined;
  } catch (error) {
    return `no PostgreSQL server answers at ACCESSCTL_TEST_POSTGRES_URL (${(error as Error).message})`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const unavailable = await probe();
/** True when the tests that need the server should skip. */
export const skipPostgres = unavailable !== undefined && !required;
if (skipPostgres)
  console.log(
    `skipping PostgreSQL tests: ${unavailable}; run eval "$(bash .ci/services.sh)" first`,
  );

export const PASSWORD_ENV = 'ACCESSCTL_TEST_PG_PASSWORD';

/** The provisioner settings and environment that reach the test server as its superuser. */
export function serverSettings(): { settings: PostgresSettings; env: NodeJS.ProcessEnv } {
  if (unavailable !== undefined)
    throw new Error(
      `ACCESSCTL_REQUIRE_SERVICES=1 but ${unavailable}; start it with .ci/services.sh`,
    );
  const url = new URL(POSTGRES_URL);
  return {
    settings: {
      type: 'postgres',
      host: url.hostname,
      port: Number(url.port || 5432),
      database: decodeURIComponent(url.pathname.slice(1)) || 'postgres',
      user: decodeURIComponent(url.username),
      passwordEnv: PASSWORD_ENV,
      ssl: false,
      connectTimeoutSeconds: 5,
    },
    env: { [PASSWORD_ENV]: decodeURIComponent(url.password) },
  };
}

/** A role name no other test or run uses; `-` joins the parts of one that must be a GitHub login. */
export function uniqueName(prefix: string, separator: '_' | '-' = '_'): string {
  return ['acx', prefix, randomBytes(4).toString('hex')].join(separator);
}

/** A superuser connection of the test's own, to arrange and inspect the server. */
export async function adminClient(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  return client;
}

/** Creates the roles (logins when named so) and returns a function that drops them all. */
export async function createRoles(
  client: pg.Client,
  roles: { name: string; login?: boolean }[],
): Promise<() => Promise<void>> {
  for (const role of roles)
    await client.query(
      `CREATE ROLE ${pg.escapeIdentifier(role.name)} ${role.login === true ? 'LOGIN' : 'NOLOGIN'}`,
    );
  return async () => {
    for (const role of [...roles].reverse())
      await client.query(`DROP ROLE IF EXISTS ${pg.escapeIdentifier(role.name)}`);
  };
}

/** Who is a member of `role`: login to "member", or "admin" for WITH ADMIN OPTION. */
export async function membership(client: pg.Client, role: string): Promise<Record<string, string>> {
  const { rows } = await client.query<{ login: string; admin: boolean }>(
    `SELECT u.rolname AS login, m.admin_option AS admin FROM pg_auth_members m
       JOIN pg_roles r ON r.oid = m.roleid JOIN pg_roles u ON u.oid = m.member
      WHERE r.rolname = $1`,
    [role],
  );
  return Object.fromEntries(rows.map((r) => [r.login, r.admin ? 'admin' : 'member']));
}

/** The `provisioners:` section of accessctl.yaml that sends `name` to the test server. */
export function serverConfigYaml(settings: PostgresSettings, name = 'warehouse'): string {
  return [
    'provisioners:',
    `  ${name}:`,
    '    type: postgres',
    `    host: ${settings.host}`,
    `    port: ${settings.port}`,
    `    database: ${settings.database}`,
    `    user: ${settings.user}`,
    `    passwordEnv: ${PASSWORD_ENV}`,
    '    ssl: false',
    '',
  ].join('\n');
}

/**
 * The environment a command gets: the server's password, and a GitHub that is always built
 * but never asked anything here, so it could not answer.
 */
export function commandEnv(serverEnv: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...serverEnv, GITHUB_TOKEN: 'unused', GITHUB_API_URL: 'http://127.0.0.1:9' };
}
