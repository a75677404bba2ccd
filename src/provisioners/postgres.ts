// PostgreSQL as a provisioned system: membership in a database role, the way access to a
// schema or a warehouse is usually handed out (`GRANT analytics_read TO alice`), with
// `admin` meaning WITH ADMIN OPTION. Roles are server-wide, so a resource names the server
// (the provisioner's name in accessctl.yaml) and the role:
//   postgres:<server>/<role>      e.g. postgres:warehouse/analytics_read
// A grant to user:alice or service:etl gives the login of the same name, or the catalog
// entry's `config.login` template with {id} in it ("{id}_ro", "svc_{id}").
// The role is written as PostgreSQL stores an unquoted identifier: lower case, letters,
// digits, _ and $ (src/model/names.ts), so a role has exactly one spelling; a role whose
// name needs quotes cannot be named. Statements still quote it, which then changes nothing.
import { DatabaseError, Pool, escapeIdentifier, type PoolConfig } from 'pg';

import type { PostgresSettings } from '../config/config.js';
import type { GrantRecord } from '../model/index.js';
import { resourceIdProblem } from '../model/names.js';
import { planByRank } from './plan-by-rank.js';
import type {
  AccessTarget,
  ActualAccess,
  DesiredAccess,
  HeldAccess,
  Operation,
  OperationOutcome,
  Provisioner,
  Unsupported,
} from './provisioner.js';
import { DEFAULT_RETRY, withRetry, type RetryPolicy } from './retry.js';

export const POSTGRES_ROLES = ['member', 'admin'] as const;

export type PostgresTarget = AccessTarget & {
  /** The database role whose membership is granted. */
  role: string;
  login: string;
};

export interface PostgresProvisionerOptions {
  /** The name resources use as `provisioner:` and as the server part of their id. */
  name: string;
  settings: PostgresSettings;
  /** Where `settings.passwordEnv` is read, when the first connection is made. */
  env: NodeJS.ProcessEnv;
  retry?: RetryPolicy;
}

/** PostgreSQL truncates longer names silently; a truncated name would grant the wrong role. */
const MAX_IDENTIFIER_BYTES = 63;

/**
 * SQLSTATEs worth another try: the connection broke or was refused for now, the server is
 * restarting, a lock or serialization race was lost.
 */
const TRANSIENT_SQLSTATES = new Set([
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '40001',
  '40P01',
  '53300',
  '55P03',
  '57P01',
  '57P02',
  '57P03',
]);
const TRANSIENT_SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);
/** pg reports a dropped connection and concurrent catalog updates by message, without a code. */
const TRANSIENT_MESSAGE =
  /Connection terminated|connection timeout|tuple concurrently (updated|deleted)/i;

export function isTransientPostgresError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (
    typeof code === 'string' &&
    (TRANSIENT_SQLSTATES.has(code) || TRANSIENT_SOCKET_CODES.has(code))
  )
    return true;
  // among the server's own errors only an internal one can be a lost race
  if (error instanceof DatabaseError && code !== 'XX000') return false;
  return TRANSIENT_MESSAGE.test(error.message);
}

export class PostgresProvisioner implements Provisioner<PostgresTarget> {
  readonly name: string;
  readonly configured = true;
  private readonly settings: PostgresSettings;
  private readonly env: NodeJS.ProcessEnv;
  private readonly retry: RetryPolicy;
  private pool: Pool | undefined;
  /** Members of each role while a plan is read: one query per role, not one per person. */
  private readonly listings = new Map<string, Promise<Map<string, ActualAccess>>>();

  constructor(options: PostgresProvisionerOptions) {
    this.name = options.name;
    this.settings = options.settings;
    this.env = options.env;
    this.retry = options.retry ?? DEFAULT_RETRY;
  }

  target(grant: GrantRecord): PostgresTarget | Unsupported {
    const parsed = this.parseResource(grant.resource);
    if ('unsupported' in parsed) return parsed;
    if (grant.subjectKind === 'team')
      return {
        unsupported: `PostgreSQL has no teams: grant each person as user:<login>, or give the team a database role of its own and grant that role`,
      };
    if (!(POSTGRES_ROLES as readonly string[]).includes(grant.role))
      return {
        unsupported: `role "${grant.role}" means nothing to PostgreSQL; a postgres resource's roles are ${POSTGRES_ROLES.join(' and ')} (WITH ADMIN OPTION); rename it in the catalog`,
      };
    const login = loginOf(grant.subjectId, grant.resolved?.resource.config.login);
    if (typeof login !== 'string') return login;
    return this.targetFor(parsed.role, login);
  }

  rank(_target: PostgresTarget, role: string): number {
    return (POSTGRES_ROLES as readonly string[]).indexOf(role);
  }

  refresh(): void {
    this.listings.clear();
  }

  async read(target: PostgresTarget): Promise<ActualAccess> {
    const members = await this.members(target.role);
    return members.get(target.login) ?? { pending: false };
  }

  plan(
    target: PostgresTarget,
    desired: DesiredAccess | undefined,
    actual: ActualAccess,
    removedGrantId: string,
  ): Operation<PostgresTarget> | undefined {
    return planByRank(target, desired, actual, removedGrantId, (role) => this.rank(target, role));
  }

  async apply(operation: Operation<PostgresTarget>): Promise<OperationOutcome> {
    this.listings.clear();
    const { target } = operation;
    const role = escapeIdentifier(target.role);
    const login = escapeIdentifier(target.login);
    let statement: string;
    if (operation.action === 'revoke') statement = `REVOKE ${role} FROM ${login}`;
    else if (operation.to === 'admin') statement = `GRANT ${role} TO ${login} WITH ADMIN OPTION`;
    else if (operation.from === 'admin')
      statement = `REVOKE ADMIN OPTION FOR ${role} FROM ${login}`;
    else statement = `GRANT ${role} TO ${login}`;
    try {
      await this.query(statement);
      // the statement can succeed and change nothing (a grant made by another role stays)
      const now = (await this.fetchMembers(target.role)).get(target.login)?.role;
      const wanted = operation.action === 'revoke' ? undefined : operation.to;
      if (now !== wanted) {
        const kept =
          now !== undefined &&
          (wanted === undefined || this.rank(target, now) > this.rank(target, wanted));
        return {
          status: 'failed',
          message: kept
            ? `${statement} ran, yet ${target.provisioner} still shows ${target.login} as ${now} of ${target.role}: ` +
              'another role granted it (PostgreSQL 16 and later keep one grant per grantor); revoke it as that role or a superuser'
            : `${statement} ran, yet ${target.provisioner} shows ${target.login} as ${now ?? 'not a member'} of ${target.role}; ` +
              'run again, and read the server log if it stays so',
        };
      }
      return { status: 'applied', message: describe(operation, target) };
    } catch (error) {
      return { status: 'failed', message: this.explain(error, target) };
    }
  }

  async list(resource: {
    id: string;
    config: Record<string, unknown>;
  }): Promise<HeldAccess<PostgresTarget>[]> {
    const parsed = this.parseResource(resource.id);
    if ('unsupported' in parsed) throw new Error(parsed.unsupported);
    const members = await this.members(parsed.role);
    const held: HeldAccess<PostgresTarget>[] = [];
    for (const [login, actual] of members) {
      // accessctl's own membership is how it may grant the role; pruning it would lock it out
      if (login === this.settings.user) continue;
      held.push({ target: this.targetFor(parsed.role, login), actual });
    }
    return held;
  }

  /**
   * The group roles of this server a catalog glob covers (`postgres:main/analytics_*`):
   * roles that cannot log in, outside PostgreSQL's own `pg_` roles. A login role is a
   * person or a service, never something access is granted on.
   */
  async expand(glob: {
    id: string;
    config: Record<string, unknown>;
  }): Promise<string[] | Unsupported> {
    const match = /^postgres:([^/]+)\/(.+)$/.exec(glob.id);
    if (match === null || match[1] !== this.name)
      return {
        unsupported: `${glob.id} is not a role pattern of server "${this.name}"; write postgres:${this.name}/<pattern>`,
      };
    const rows = await this.query<{ role: string }>(
      `SELECT rolname AS role FROM pg_catalog.pg_roles
        WHERE NOT rolcanlogin AND rolname NOT LIKE 'pg\\_%'
        ORDER BY rolname`,
    );
    return rows.map((row) => `postgres:${this.name}/${row.role}`);
  }

  /** Closes the connections; a finished CLI run exits without it, as idle connections do not hold it. */
  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = undefined;
    await pool?.end();
  }

  private targetFor(role: string, login: string): PostgresTarget {
    return {
      provisioner: this.name,
      key: `postgres-role ${this.name}/${role} ${login}`,
      label: `${login} in role ${role} on ${this.name}`,
      role,
      login,
    };
  }

  private parseResource(id: string): { role: string } | Unsupported {
    const match = /^postgres:([^/]+)\/(.+)$/.exec(id);
    if (match === null)
      return {
        unsupported: `${id} is not a PostgreSQL role; write postgres:${this.name}/<role>, e.g. postgres:${this.name}/analytics_read`,
      };
    const [, server = '', role = ''] = match;
    if (server !== this.name)
      return {
        unsupported: `${id} names server "${server}" but its catalog entry sends it to provisioner "${this.name}"; write postgres:${this.name}/${role} or set provisioner: ${server}`,
      };
    // one role, one spelling: the unquoted, lower-case identifier (src/model/names.ts)
    const name = resourceIdProblem(id);
    return name === undefined
      ? { role }
      : { unsupported: `${name.message}; accessctl provisions only canonical names` };
  }

  private members(role: string): Promise<Map<string, ActualAccess>> {
    let pending = this.listings.get(role);
    if (pending === undefined) {
      pending = this.fetchMembers(role);
      this.listings.set(role, pending);
      // a failed listing is asked again next time, not remembered
      pending.catch(() => this.listings.delete(role));
    }
    return pending;
  }

  private async fetchMembers(role: string): Promise<Map<string, ActualAccess>> {
    // As for a glob (expand): a role that can log in is a person or a service, and PostgreSQL's
    // own pg_ roles are its powers (reading files, running programs); a grant names neither,
    // even one a catalog glob matches, so neither is read nor granted.
    const [found] = await this.query<{ login: boolean }>(
      'SELECT rolcanlogin AS login FROM pg_catalog.pg_roles WHERE rolname = $1',
      [role],
    );
    if (found?.login === true || role.startsWith('pg_'))
      throw new Error(
        `role ${role} on ${this.name} is ${found?.login === true ? 'a role that can log in (a person or a service)' : "one of PostgreSQL's own pg_ roles"}, not a group role access is granted on; name a group role, and narrow the catalog entry that matched it`,
      );
    const rows = await this.query<{ login: string; admin: boolean }>(
      `SELECT u.rolname AS login, bool_or(m.admin_option) AS admin
         FROM pg_catalog.pg_auth_members m
         JOIN pg_catalog.pg_roles r ON r.oid = m.roleid
         JOIN pg_catalog.pg_roles u ON u.oid = m.member
        WHERE r.rolname = $1
        GROUP BY u.rolname
        ORDER BY u.rolname`,
      [role],
    );
    return new Map(
      rows.map((row) => [row.login, { role: row.admin ? 'admin' : 'member', pending: false }]),
    );
  }

  private async query<R extends object>(text: string, values: unknown[] = []): Promise<R[]> {
    const pool = this.connect();
    const result = await withRetry(
      () => pool.query<R>(text, values),
      isTransientPostgresError,
      this.retry,
    );
    return result.rows;
  }

  private connect(): Pool {
    if (this.pool !== undefined) return this.pool;
    const { settings } = this;
    const config: PoolConfig = {
      host: settings.host,
      port: settings.port,
      database: settings.database,
      user: settings.user,
      ssl: settings.ssl ? { rejectUnauthorized: true } : false,
      connectionTimeoutMillis: settings.connectTimeoutSeconds * 1000,
      // a grant waiting behind someone's open transaction fails (and is retried) instead of hanging
      lock_timeout: 10_000,
      statement_timeout: 60_000,
      // shows in pg_stat_activity, so a DBA sees which server setting a session belongs to
      application_name: `accessctl/${this.name}`,
      max: 2,
      idleTimeoutMillis: 1_000,
      allowExitOnIdle: true,
    };
    if (settings.passwordEnv !== undefined) {
      const password = this.env[settings.passwordEnv];
      if (password === undefined || password === '')
        throw new Error(
          `set ${settings.passwordEnv} to the password of PostgreSQL user ${settings.user} ` +
            `(accessctl.yaml provisioners.${this.name}.passwordEnv); it is read from the environment only`,
        );
      config.password = password;
    }
    const pool = new Pool(config);
    // an idle connection the server drops is replaced on the next query; nothing to report
    pool.on('error', () => undefined);
    this.pool = pool;
    return pool;
  }

  private explain(error: unknown, target: PostgresTarget): string {
    const message = error instanceof Error ? error.message : String(error);
    const code = error instanceof Error ? (error as { code?: unknown }).code : undefined;
    const where = `${this.name} (${this.settings.host}:${this.settings.port})`;
    switch (code) {
      case '42704':
        return `${message} on ${where}: create the role first (CREATE ROLE ...), or correct the resource id or the login`;
      case '42501':
      case '0LP01':
        return `${message} on ${where}: give ${this.settings.user} the ADMIN OPTION on ${target.role} (GRANT ${target.role} TO ${this.settings.user} WITH ADMIN OPTION)`;
      case '28P01':
      case '28000':
        return `${message} on ${where}: check the user and ${this.settings.passwordEnv ?? 'the password'} in accessctl.yaml provisioners.${this.name}`;
      case '3D000':
        return `${message} on ${where}: set provisioners.${this.name}.database to a database that exists`;
      default:
        return `${message} on ${where}`;
    }
  }
}

function loginOf(subjectId: string, template: unknown): string | Unsupported {
  if (template !== undefined && (typeof template !== 'string' || !template.includes('{id}')))
    return {
      unsupported: `config.login must be a text with {id} in it, e.g. "{id}" or "svc_{id}"; fix the catalog entry`,
    };
  const login = (template ?? '{id}').replaceAll('{id}', subjectId);
  const bad = identifierProblem(login);
  return bad === undefined ? login : { unsupported: `the login ${JSON.stringify(login)} ${bad}` };
}

function identifierProblem(name: string): string | undefined {
  if (name === '' || name.includes('\0')) return 'is empty or holds a NUL character';
  if (Buffer.byteLength(name, 'utf8') > MAX_IDENTIFIER_BYTES)
    return `is longer than PostgreSQL's ${MAX_IDENTIFIER_BYTES} bytes and would be cut short`;
  return undefined;
}

function describe(operation: Operation<PostgresTarget>, target: PostgresTarget): string {
  if (operation.action === 'revoke')
    return `${target.login} is no longer a member of ${target.role} on ${target.provisioner}`;
  return operation.to === 'admin'
    ? `${target.login} is a member of ${target.role} on ${target.provisioner}, with ADMIN OPTION`
    : `${target.login} is a member of ${target.role} on ${target.provisioner}`;
}
