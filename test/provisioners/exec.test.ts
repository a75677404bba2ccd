import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { ExecSettings } from '../../src/config/config.js';
import type { GrantRecord } from '../../src/model/index.js';
import { ExecProvisioner, type ExecTarget } from '../../src/provisioners/exec.js';
import { isUnsupported, type Operation } from '../../src/provisioners/provisioner.js';
import { grants, identities } from '../workflows/provision-fixture.js';
import { modelOfFiles } from './access-files.js';

/**
 * A ticketing system in a JSON file, run as the protocol asks: one request on stdin, one
 * answer on stdout. It also records each request, and the environment it saw.
 */
const SYSTEM = `#!/usr/bin/env node
const fs = require('node:fs');
const state = process.argv[2];
let input = '';
process.stdin.on('data', (c) => (input += c));
process.stdin.on('end', () => {
  const request = JSON.parse(input);
  const db = fs.existsSync(state) ? JSON.parse(fs.readFileSync(state, 'utf8')) : { held: {}, log: [] };
  db.log.push({ request, secret: process.env.TICKET_TOKEN ?? null, github: process.env.GITHUB_TOKEN ?? null });
  const key = request.target ? request.target.resource + ' ' + request.target.subject : '';
  let answer;
  if (request.action === 'read') answer = { role: db.held[key] ?? null, pending: false };
  else if (request.action === 'list')
    answer = { holders: Object.entries(db.held)
      .filter(([k]) => k.startsWith(request.resource.id + ' '))
      .map(([k, role]) => ({ subject: k.slice(request.resource.id.length + 1), role })) };
  else if (request.action === 'revoke') { delete db.held[key]; answer = { message: 'revoked ' + key }; }
  else { db.held[key] = request.role; answer = { message: request.action + ' ' + request.role + ' to ' + key }; }
  fs.writeFileSync(state, JSON.stringify(db));
  process.stdout.write(JSON.stringify(answer));
});
`;

const CATALOG = `kind: Resource
id: jira:project/*
owners: [team:platform]
provisioner: ticketing
config: { site: acme.atlassian.net }
roles:
  viewer: { risk: low, maxDays: 365 }
  editor: { risk: medium, maxDays: 90 }
  admin: { risk: high, maxDays: 30 }
`;

function grantOf(subject: string, role: string): GrantRecord {
  const model = modelOfFiles({
    'access/catalog/jira.yaml': CATALOG,
    'access/identities/people.yaml': identities(['alice', 'lead']),
    'access/grants/g.yaml': grants([{ id: 'g', subject, resource: 'jira:project/PAY', role }]),
  });
  return model.grants[0] as GrantRecord;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'accessctl-exec-'));
  script('system.js', SYSTEM);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function script(name: string, body: string): string {
  const path = join(dir, name);
  writeFileSync(path, body);
  chmodSync(path, 0o755);
  return path;
}

function provisioner(
  settings: Partial<ExecSettings>,
  env: NodeJS.ProcessEnv = {},
): ExecProvisioner {
  return new ExecProvisioner({
    name: 'ticketing',
    settings: { type: 'exec', command: ['./system.js'], timeoutSeconds: 10, env: [], ...settings },
    env: { PATH: process.env.PATH, ...env },
    cwd: dir,
    retry: { attempts: 3, baseDelayMs: 1 },
  });
}

function targetOf(p: ExecProvisioner, subject = 'user:alice', role = 'viewer'): ExecTarget {
  const target = p.target(grantOf(subject, role));
  if (isUnsupported(target)) throw new Error(target.unsupported);
  return target;
}

function grantViewer(p: ExecProvisioner): Operation<ExecTarget> {
  return { action: 'grant', grantId: 'g', target: targetOf(p), to: 'viewer', removal: false };
}

function revokeViewer(p: ExecProvisioner): Operation<ExecTarget> {
  return { action: 'revoke', grantId: 'g', target: targetOf(p), from: 'viewer', removal: true };
}

describe('the exec provisioner with a real command', () => {
  it('grants, raises, lowers, revokes and lists, one JSON request per call', async () => {
    const state = join(dir, 'state-cycle.json');
    const p = provisioner({ command: ['./system.js', state] });
    const target = targetOf(p);
    expect(target.key).toBe('jira:project/PAY user:alice');
    const step = async (want: string | undefined) => {
      const operation = p.plan(
        target,
        want === undefined ? undefined : { grantId: 'g', role: want },
        await p.read(target),
        'g',
      );
      if (operation === undefined) return 'nothing';
      const outcome = await p.apply(operation);
      expect(outcome.status, outcome.message).toBe('applied');
      return `${operation.action}${operation.removal ? ' (removal)' : ''}: ${outcome.message}`;
    };
    expect(await step('viewer')).toBe('grant: grant viewer to jira:project/PAY user:alice');
    expect(await step('viewer')).toBe('nothing');
    expect(await step('admin')).toBe('update: update admin to jira:project/PAY user:alice');
    expect(await step('editor')).toBe(
      'update (removal): update editor to jira:project/PAY user:alice',
    );
    expect(await p.list({ id: 'jira:project/PAY', config: {} })).toEqual([
      { target: { ...target, config: {} }, actual: { role: 'editor', pending: false } },
    ]);
    expect(await step(undefined)).toBe('revoke (removal): revoked jira:project/PAY user:alice');
    expect(await step(undefined)).toBe('nothing');

    const log = JSON.parse(readFileSync(state, 'utf8')).log as { request: unknown }[];
    expect(log[0]?.request).toEqual({
      action: 'read',
      target: {
        key: 'jira:project/PAY user:alice',
        label: 'user:alice on jira:project/PAY',
        resource: 'jira:project/PAY',
        subject: 'user:alice',
        config: { site: 'acme.atlassian.net' },
      },
    });
    expect(log.map((e) => (e.request as { action: string }).action)).toEqual([
      'read',
      'grant',
      'read',
      'read',
      'update',
      'read',
      'update',
      'list',
      'read',
      'revoke',
      'read',
    ]);
    expect(log[6]?.request).toMatchObject({
      action: 'update',
      from: 'admin',
      to: 'editor',
      role: 'editor',
      grant: 'g',
    });
  });

  it('passes only the variables the settings name, never the GitHub token', async () => {
    const state = join(dir, 'state-env.json');
    const p = provisioner(
      { command: ['./system.js', state], env: ['TICKET_TOKEN'] },
      { TICKET_TOKEN: 't0ken', GITHUB_TOKEN: 'ghs_secret' },
    );
    await p.read(targetOf(p));
    const [entry] = JSON.parse(readFileSync(state, 'utf8')).log;
    expect(entry).toMatchObject({ secret: 't0ken', github: null });
  });

  it("fails an operation with the command's stderr when it exits non-zero, and does not retry", async () => {
    const count = join(dir, 'failing.count');
    script(
      'failing.sh',
      `#!/usr/bin/env bash\necho x >> ${count}\necho "no such project PAY" >&2\nexit 3\n`,
    );
    const p = provisioner({ command: ['./failing.sh'] });
    const outcome = await p.apply(grantViewer(p));
    expect(outcome).toEqual({
      status: 'failed',
      message: 'provisioner ticketing (./failing.sh) failed to grant (exit 3): no such project PAY',
    });
    expect(readFileSync(count, 'utf8')).toBe('x\n');
    await expect(p.read(targetOf(p))).rejects.toThrow(
      'failed to read (exit 3): no such project PAY',
    );
  });

  it('retries exit 75 (EX_TEMPFAIL) and succeeds when the command recovers', async () => {
    const count = join(dir, 'transient.count');
    script(
      'transient.sh',
      `#!/usr/bin/env bash\ncat > /dev/null\necho x >> ${count}\n` +
        `if [ "$(wc -l < ${count})" -lt 3 ]; then echo "rate limited" >&2; exit 75; fi\necho '{"message":"ok at last"}'\n`,
    );
    const p = provisioner({ command: ['./transient.sh'] });
    const outcome = await p.apply(grantViewer(p));
    expect(outcome).toEqual({ status: 'applied', message: 'ok at last' });
    expect(readFileSync(count, 'utf8')).toBe('x\nx\nx\n');
  });

  it('gives up on exit 75 after the tries and says so', async () => {
    script('always-busy.sh', `#!/usr/bin/env bash\necho "busy" >&2\nexit 75\n`);
    const p = provisioner({ command: ['./always-busy.sh'] });
    const outcome = await p.apply(revokeViewer(p));
    expect(outcome.status).toBe('failed');
    expect(outcome.message).toBe(
      'provisioner ticketing (./always-busy.sh) could not revoke for now: busy (still failing after 3 tries)',
    );
  });

  it.each([
    ['not JSON', `echo 'granted!'`, 'stdout is not JSON: "granted!\\n"'],
    ['an array', `echo '[1]'`, 'stdout must be one JSON object'],
    ['a bad message', `echo '{"message": 7}'`, 'its "message" must be a string'],
  ])(
    'fails an operation whose answer is %s, pointing at the protocol',
    async (_what, body, problem) => {
      const name = `bad-${_what.replaceAll(' ', '-')}.sh`;
      script(name, `#!/usr/bin/env bash\n${body}\n`);
      const p = provisioner({ command: [`./${name}`] });
      const outcome = await p.apply(grantViewer(p));
      expect(outcome).toEqual({
        status: 'failed',
        message: `provisioner ticketing (./${name}) answered grant wrongly: ${problem}; see docs/provisioners.md`,
      });
    },
  );

  it('takes silence as success for an operation, but not for a read', async () => {
    script('silent.sh', `#!/usr/bin/env bash\nexit 0\n`);
    const p = provisioner({ command: ['./silent.sh'] });
    const outcome = await p.apply(revokeViewer(p));
    expect(outcome).toEqual({
      status: 'applied',
      message: 'ticketing applied revoke for user:alice on jira:project/PAY',
    });
    await expect(p.read(targetOf(p))).rejects.toThrow(
      'answered read wrongly: stdout is not JSON: ""',
    );
  });

  it('rejects a read whose role is not a name', async () => {
    script('bad-read.sh', `#!/usr/bin/env bash\necho '{"role": 3}'\n`);
    const p = provisioner({ command: ['./bad-read.sh'] });
    await expect(p.read(targetOf(p))).rejects.toThrow(
      'answered read wrongly: its "role" must be a role name',
    );
  });

  it('stops a command that runs past the timeout, with everything it started', async () => {
    const pidFile = join(dir, 'slow.pid');
    script('slow.sh', `#!/usr/bin/env bash\nsleep 60 &\necho $! > ${pidFile}\nwait\n`);
    const p = provisioner({ command: ['./slow.sh'], timeoutSeconds: 1 });
    const outcome = await p.apply(grantViewer(p));
    expect(outcome.status).toBe('failed');
    expect(outcome.message).toBe(
      'provisioner ticketing (./slow.sh) did not finish grant within 1 s and was stopped; raise provisioners.ticketing.timeoutSeconds or make the command faster',
    );
    const child = Number(readFileSync(pidFile, 'utf8'));
    expect(await endsSoon(child)).toBe(true);
  });

  it('says where it looked when the command does not exist', async () => {
    const p = provisioner({ command: ['./bin/missing'] });
    const outcome = await p.apply(grantViewer(p));
    expect(outcome.message).toBe(
      `provisioner ticketing (./bin/missing) cannot start: not found (looked for ${join(dir, 'bin/missing')} from ${dir}); check provisioners.ticketing.command`,
    );
  });

  it('rejects a listing holder without a proper subject', async () => {
    script(
      'bad-list.sh',
      `#!/usr/bin/env bash\necho '{"holders": [{"subject": "alice", "role": "viewer"}]}'\n`,
    );
    const p = provisioner({ command: ['./bad-list.sh'] });
    await expect(p.list({ id: 'jira:project/PAY', config: {} })).rejects.toThrow(
      'holders[0].subject must be user:, team: or service:<id>',
    );
  });
});

/**
 * Whether the process ends within a few seconds: the signal reaches the whole group at
 * once, but a loaded machine may run the child's exit a moment after the command's; a
 * zombie waiting for its parent to reap it has ended too.
 */
async function endsSoon(pid: number): Promise<boolean> {
  for (let attempt = 0; attempt < 100; attempt++) {
    let state: string;
    try {
      state = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0] ?? '';
    } catch {
      return true;
    }
    if (state === 'Z' || state === 'X') return true;
    await new Promise((done) => setTimeout(done, 50));
  }
  return false;
}
