import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

import { UsageError, type Io } from '../../src/commands/command.js';
import { planCommand } from '../../src/commands/plan.js';
import { provisionCommand } from '../../src/commands/provision.js';
import { verifyEvidence } from '../../src/provisioners/evidence-log.js';
import { startEmulator, type Emulator } from '../emulator/index.js';
import type { GitRepo } from '../model/git-repo.js';
import { accessRepo, grants } from './provision-fixture.js';

let emulator: Emulator | undefined;
let repo: GitRepo | undefined;
const dirs: string[] = [];
const savedEnv = { ...process.env };
afterEach(async () => {
  await emulator?.close();
  repo?.cleanup();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  process.env = { ...savedEnv };
});

function capture(cwd: string): Io & { text: () => string } {
  let out = '';
  return { cwd, out: (t) => (out += t), err: (t) => (out += t), text: () => out };
}

async function setup() {
  emulator = await startEmulator({
    seed: {
      org: { login: 'acme', owners: ['octo-admin'], members: ['alice', 'bob'] },
      teams: [{ slug: 'payments', members: ['bob'] }],
    },
  });
  process.env.GITHUB_TOKEN = emulator.token;
  process.env.GITHUB_API_URL = emulator.url;
  process.env.GITHUB_REPOSITORY = 'acme/access';
  const made = accessRepo(['alice', 'bob']);
  repo = made.repo;
  repo.write({
    'access/grants/bob.yaml': grants([
      { id: 'bob-payments', subject: 'user:bob', resource: 'github:team/payments', role: 'member' },
    ]),
  });
  const before = repo.commit('bob is in payments');
  repo.remove('access/grants/bob.yaml');
  repo.write({
    'access/grants/alice.yaml': grants([
      {
        id: 'alice-payments',
        subject: 'user:alice',
        resource: 'github:team/payments',
        role: 'maintainer',
      },
    ]),
  });
  const after = repo.commit('alice replaces bob');
  const cwd = mkdtempSync(join(tmpdir(), 'accessctl-cwd-'));
  dirs.push(cwd);
  return { before, after, cwd, dir: repo.dir };
}

describe('accessctl plan and accessctl provision', () => {
  it('plan prints the table and JSON, and changes nothing', async () => {
    const { before, after, cwd, dir } = await setup();
    const io = capture(cwd);
    const args = { from: before, to: after, repo: dir, access: 'access', policies: 'policies' };
    expect(await planCommand.run({ ...args, format: 'text' }, [], io)).toBe(0);
    expect(io.text()).toContain('2 operations, 1 removal (limit 10)');
    expect(io.text()).toMatch(/alice-payments\s+grant maintainer to alice in team acme\/payments/);
    expect(io.text()).toMatch(/bob-payments\s+revoke member from bob in team acme\/payments/);

    const json = capture(cwd);
    expect(await planCommand.run({ ...args, format: 'json' }, [], json)).toBe(0);
    const plan = JSON.parse(json.text()) as { operations: { action: string }[]; removals: number };
    expect(plan.operations.map((o) => o.action)).toEqual(['grant', 'revoke']);
    expect(emulator?.state.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('provision applies, writes evidence, and a second run changes nothing', async () => {
    const { before, after, cwd, dir } = await setup();
    const args = {
      from: before,
      to: after,
      repo: dir,
      access: 'access',
      policies: 'policies',
      format: 'text',
      evidence: 'evidence.jsonl',
    };
    const dry = capture(cwd);
    expect(await provisionCommand.run({ ...args, 'dry-run': true }, [], dry)).toBe(0);
    expect(dry.text()).toContain('Dry run: nothing was changed.');
    expect(emulator?.state.requests.filter((r) => r.method !== 'GET')).toEqual([]);

    const io = capture(cwd);
    expect(await provisionCommand.run(args, [], io)).toBe(0);
    expect(io.text()).toMatch(/applied\s+alice-payments\s+grant maintainer/);
    expect(io.text()).toContain('2 applied, 0 failed.');
    const team = emulator?.state.org('acme')?.teams.get('payments');
    expect(team?.members.get('alice')).toEqual({ role: 'maintainer', state: 'active' });
    expect(team?.members.has('bob')).toBe(false);

    const again = capture(cwd);
    expect(await provisionCommand.run(args, [], again)).toBe(0);
    expect(again.text()).toContain('Nothing to change');
    const verdict = verifyEvidence(readFileSync(join(cwd, 'evidence.jsonl'), 'utf8'));
    expect(verdict.ok).toBe(true);
    expect(verdict.records.map((r) => r.grant)).toEqual(['alice-payments', 'bob-payments']);
  });

  it('a removal over --max-removals exits 1 and applies nothing', async () => {
    const { before, after, cwd, dir } = await setup();
    const io = capture(cwd);
    const code = await provisionCommand.run(
      {
        from: before,
        to: after,
        repo: dir,
        access: 'access',
        policies: 'policies',
        format: 'text',
        evidence: '',
        'max-removals': '0',
      },
      [],
      io,
    );
    expect(code).toBe(1);
    expect(io.text()).toContain('Nothing was applied: the plan has 1 removal, over the limit of 0');
    expect(emulator?.state.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('says what is missing', async () => {
    const io = capture(tmpdir());
    await expect(planCommand.run({ format: 'text' }, [], io)).rejects.toThrow(UsageError);
    await expect(
      provisionCommand.run({ from: 'a', to: 'b', format: 'text', 'max-removals': 'many' }, [], io),
    ).rejects.toThrow(/--max-removals "many" must be a whole number/);
  });
});
