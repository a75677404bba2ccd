import { describe, expect, it } from 'vitest';

import { ConfigError, parseConfig } from '../../src/config/config.js';

function problems(text: string): string[] {
  try {
    parseConfig('accessctl.yaml', text);
  } catch (error) {
    if (error instanceof ConfigError)
      return error.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.message}`);
    throw error;
  }
  return [];
}

describe('accessctl.yaml provisioners and prune', () => {
  it('has no extra provisioners and prune off by default', () => {
    const config = parseConfig('accessctl.yaml', 'expiry:\n  warnDays: 3\n');
    expect(config.provisioners).toEqual({});
    expect(config.prune).toBe(false);
  });

  it('reads a postgres and an exec provisioner with their defaults filled in', () => {
    const config = parseConfig(
      'accessctl.yaml',
      [
        'prune: true',
        'provisioners:',
        '  warehouse:',
        '    type: postgres',
        '    host: db.internal',
        '    database: analytics',
        '    user: accessctl',
        '    passwordEnv: WAREHOUSE_PASSWORD',
        '  exec:',
        '    command: [./bin/ticket-access, --quiet]',
        '    env: [TICKET_TOKEN]',
        '',
      ].join('\n'),
    );
    expect(config.prune).toBe(true);
    expect(config.provisioners).toEqual({
      warehouse: {
        type: 'postgres',
        host: 'db.internal',
        port: 5432,
        database: 'analytics',
        user: 'accessctl',
        passwordEnv: 'WAREHOUSE_PASSWORD',
        ssl: true,
        connectTimeoutSeconds: 10,
      },
      exec: {
        type: 'exec',
        command: ['./bin/ticket-access', '--quiet'],
        timeoutSeconds: 30,
        env: ['TICKET_TOKEN'],
      },
    });
  });

  it.each([
    ['prune: sometimes\n', '1:1 prune must be true or false'],
    [
      'provisioners: [warehouse]\n',
      '1:1 provisioners must be a mapping of names to settings, e.g. warehouse: { type: postgres, host: db.internal, user: accessctl }',
    ],
    [
      'provisioners:\n  github: { type: exec, command: [x] }\n',
      '2:3 provisioners.github: "github" is built in and configured by GITHUB_TOKEN; pick another name',
    ],
    [
      'provisioners:\n  manual: { type: exec, command: [x] }\n',
      '2:3 provisioners.manual: "manual" is built in (issues for the owners) and set under manual: at the top of the file; pick another name',
    ],
    ['manual: { slaDays: 0 }\n', '1:11 manual.slaDays must be a whole number above 0'],
    [
      'manual: { sla: 3 }\n',
      '1:11 unknown setting "manual.sla"; known: manual.slaDays, manual.label',
    ],
    [
      'provisioners:\n  Ware House: { type: exec, command: [x] }\n',
      '2:3 provisioners.Ware House: a name is lower-case letters, digits, - and _, starting with a letter',
    ],
    [
      'provisioners:\n  warehouse: { host: db, user: u }\n',
      '2:3 provisioners.warehouse needs type: postgres or exec',
    ],
    [
      'provisioners:\n  warehouse:\n    type: mysql\n',
      '3:5 provisioners.warehouse.type "mysql" is not known; use postgres or exec',
    ],
    [
      'provisioners:\n  postgres:\n    host: db\n    user: u\n    port: 99999\n',
      '5:5 provisioners.postgres.port must be a port number from 1 to 65535',
    ],
    [
      'provisioners:\n  postgres:\n    host: db\n    user: u\n    password: hunter2\n',
      '5:5 unknown setting "provisioners.postgres.password" for a postgres provisioner; known: type, host, port, database, user, passwordEnv, ssl, connectTimeoutSeconds. A secret never goes in this file: name its variable with passwordEnv',
    ],
    [
      'provisioners:\n  postgres:\n    host: db\n    user: u\n    passwordEnv: "s3cret!"\n',
      '5:5 provisioners.postgres.passwordEnv must be the name of an environment variable (letters, digits, _), not its value',
    ],
    ['provisioners:\n  postgres:\n    host: db\n', '2:3 provisioners.postgres needs user:'],
    [
      'provisioners:\n  exec:\n    command: ./bin/grant --all\n',
      '3:5 provisioners.exec.command must be a list: the program, then its arguments, e.g. [./bin/grant-access, --verbose]',
    ],
    [
      'provisioners:\n  exec:\n    command: [x]\n    timeoutSeconds: 0\n',
      '4:5 provisioners.exec.timeoutSeconds must be a whole number of seconds from 1 to 3600',
    ],
    [
      'provisioners:\n  exec:\n    command: [x]\n    env: [GOOD, "not-a-name"]\n',
      '4:5 provisioners.exec.env must be a list of environment variable names, e.g. [TICKET_TOKEN]',
    ],
  ])('locates a bad value: %j', (text, expected) => {
    expect(problems(text)).toEqual([`accessctl.yaml:${expected}`]);
  });

  it('reports every bad provisioner, not only the first', () => {
    expect(
      problems(
        'provisioners:\n  a: { type: exec }\n  b: { type: postgres, host: h, user: u, ssl: maybe }\n',
      ),
    ).toHaveLength(2);
  });
});
