// The `provisioners:` section of accessctl.yaml: the systems besides GitHub that grants are
// provisioned into, each under the name catalog entries use (`provisioner: warehouse`).
// The file names the variables that hold secrets, never the secrets themselves.

export interface PostgresSettings {
  type: 'postgres';
  host: string;
  port: number;
  /** The database accessctl connects to; role memberships are server-wide. */
  database: string;
  user: string;
  /** The environment variable holding `user`'s password; none for trust or peer auth. */
  passwordEnv?: string;
  /** TLS with the server certificate verified against the system's authorities. */
  ssl: boolean;
  connectTimeoutSeconds: number;
}

export interface ExecSettings {
  type: 'exec';
  /** argv: the program and its arguments, run without a shell. */
  command: string[];
  timeoutSeconds: number;
  /** Environment variables passed through to the command; it sees no others but PATH and a few. */
  env: string[];
}

export type ProvisionerSettings = PostgresSettings | ExecSettings;

export const PROVISIONER_TYPES = ['postgres', 'exec'] as const;

/** `github` and `manual` are built in and always present; a name may not shadow them. */
const RESERVED = ['github', 'manual'];
const NAME = /^[a-z][a-z0-9_-]*$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

type Problem = (pointer: string, message: string) => void;
type Field = (value: unknown) => string | undefined;

const text: Field = (v) =>
  typeof v === 'string' && v.trim() !== '' ? undefined : 'must be a non-empty string';
const bool: Field = (v) => (typeof v === 'boolean' ? undefined : 'must be true or false');
const port: Field = (v) =>
  typeof v === 'number' && Number.isInteger(v) && v > 0 && v < 65536
    ? undefined
    : 'must be a port number from 1 to 65535';
const seconds: Field = (v) =>
  typeof v === 'number' && Number.isInteger(v) && v > 0 && v <= 3600
    ? undefined
    : 'must be a whole number of seconds from 1 to 3600';
const envName: Field = (v) =>
  typeof v === 'string' && ENV_NAME.test(v)
    ? undefined
    : 'must be the name of an environment variable (letters, digits, _), not its value';
const argv: Field = (v) =>
  Array.isArray(v) && v.length > 0 && v.every((a) => typeof a === 'string') && v[0] !== ''
    ? undefined
    : 'must be a list: the program, then its arguments, e.g. [./bin/grant-access, --verbose]';
const envNames: Field = (v) =>
  Array.isArray(v) && v.every((a) => typeof a === 'string' && ENV_NAME.test(a))
    ? undefined
    : 'must be a list of environment variable names, e.g. [TICKET_TOKEN]';

const FIELDS: Record<ProvisionerSettings['type'], Record<string, Field>> = {
  postgres: {
    host: text,
    port,
    database: text,
    user: text,
    passwordEnv: envName,
    ssl: bool,
    connectTimeoutSeconds: seconds,
  },
  exec: { command: argv, timeoutSeconds: seconds, env: envNames },
};
const REQUIRED: Record<ProvisionerSettings['type'], string[]> = {
  postgres: ['host', 'user'],
  exec: ['command'],
};
const DEFAULTS: Record<ProvisionerSettings['type'], Record<string, unknown>> = {
  postgres: { port: 5432, database: 'postgres', ssl: true, connectTimeoutSeconds: 10 },
  exec: { timeoutSeconds: 30, env: [] },
};

/** Checks the section; every bad value is reported through `problem` at its pointer. */
export function parseProvisioners(
  value: unknown,
  problem: Problem,
): Record<string, ProvisionerSettings> {
  // NAME admits no "__proto__", so a plain object is safe here
  const parsed: Record<string, ProvisionerSettings> = {};
  if (!isRecord(value)) {
    problem(
      '/provisioners',
      'provisioners must be a mapping of names to settings, e.g. warehouse: { type: postgres, host: db.internal, user: accessctl }',
    );
    return parsed;
  }
  for (const [name, settings] of Object.entries(value)) {
    const at = `/provisioners/${escapePointer(name)}`;
    const where = `provisioners.${name}`;
    if (RESERVED.includes(name)) {
      problem(
        at,
        name === 'github'
          ? `${where}: "github" is built in and configured by GITHUB_TOKEN; pick another name`
          : `${where}: "manual" is built in (issues for the owners) and set under manual: at the top of the file; pick another name`,
      );
      continue;
    }
    if (!NAME.test(name)) {
      problem(
        at,
        `${where}: a name is lower-case letters, digits, - and _, starting with a letter`,
      );
      continue;
    }
    if (!isRecord(settings)) {
      problem(
        at,
        `${where} must be a mapping with type: ${PROVISIONER_TYPES.join(' or ')} and its settings`,
      );
      continue;
    }
    const type = settings.type ?? (isType(name) ? name : undefined);
    if (!isType(type)) {
      problem(
        settings.type === undefined ? at : `${at}/type`,
        settings.type === undefined
          ? `${where} needs type: ${PROVISIONER_TYPES.join(' or ')}`
          : `${where}.type "${String(settings.type)}" is not known; use ${PROVISIONER_TYPES.join(' or ')}`,
      );
      continue;
    }
    const fields = FIELDS[type];
    const result: Record<string, unknown> = { type, ...structuredClone(DEFAULTS[type]) };
    let bad = false;
    for (const [key, field] of Object.entries(settings)) {
      if (key === 'type') continue;
      const check = fields[key];
      if (check === undefined) {
        bad = true;
        const known = ['type', ...Object.keys(fields)].join(', ');
        const secret = /pass|secret|token/i.test(key) && type === 'postgres';
        problem(
          `${at}/${escapePointer(key)}`,
          `unknown setting "${where}.${key}" for a ${type} provisioner; known: ${known}` +
            (secret
              ? '. A secret never goes in this file: name its variable with passwordEnv'
              : ''),
        );
        continue;
      }
      const wrong = check(field);
      if (wrong === undefined) result[key] = field;
      else {
        bad = true;
        problem(`${at}/${escapePointer(key)}`, `${where}.${key} ${wrong}`);
      }
    }
    for (const key of REQUIRED[type])
      if (!(key in settings)) {
        bad = true;
        problem(at, `${where} needs ${key}:`);
      }
    if (!bad) parsed[name] = result as unknown as ProvisionerSettings;
  }
  return parsed;
}

function isType(value: unknown): value is ProvisionerSettings['type'] {
  return (PROVISIONER_TYPES as readonly unknown[]).includes(value);
}

function escapePointer(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
