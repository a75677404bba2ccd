import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { UsageError } from '../../src/commands/command.js';
import { planCommand } from '../../src/commands/plan.js';
import { provisionCommand } from '../../src/commands/provision.js';
import { isResult, verifyEvidence } from '../../src/provisioners/evidence-log.js';
import { captureIo as capture, useProvisionEnv } from './provision-env.js';
import { grants, teamGrant } from './provision-fixture.js';

const env = useProvisionEnv();

/** bob is in payments; the change replaces him with alice as maintainer. */
async function setup() {
  const gh = await env.github({
    org: { login: 'acme', owners: ['octo-admin'], members: ['alice', 'bob'] },
    teams: [{ slug: 'payments', members: ['bob'] }],
  });
  env.exportGitHub(gh);
  const { repo } = env.accessRepo(['alice', 'bob']);
  repo.write({ 'access/grants/bob.yaml': grants([teamGrant('bob')]) });
  const before = repo.commit('bob is in payments');
  repo.remove('access/grants/bob.yaml');
  repo.write({ 'access/grants/alice.yaml': grants([teamGrant('alice', 'maintainer')]) });
  const after = repo.commit('alice replaces bob');
  const cwd = env.scratchDir('accessctl-cwd-');
  const args = {
    from: before,
    to: after,
    repo: repo.dir,
    access: 'access',
    policies: 'policies',
    format: 'text',
    // commits without pull requests: run as a bootstrap (the gate has tests of its own)
    'allow-unapproved': true,
  };
  const writes = () => gh.state.requests.filter((r) => r.method !== 'GET');
  return { gh, cwd, args, writes };
}

describe('accessctl plan and accessctl provision', () => {
  it('plan prints the table and JSON, and changes nothing', async () => {
    const { cwd, args, writes } = await setup();
    const io = capture(cwd);
    expect(await planCommand.run(args, [], io)).toBe(0);
    expect(io.text()).toContain('2 operations, 1 removal (limit 10)');
    expect(io.text()).toMatch(/alice-payments\s+grant maintainer to alice in team acme\/payments/);
    expect(io.text()).toMatch(/bob-payments\s+revoke member from bob in team acme\/payments/);

    const json = capture(cwd);
    expect(await planCommand.run({ ...args, format: 'json' }, [], json)).toBe(0);
    const plan = JSON.parse(json.text()) as { operations: { action: string }[]; removals: number };
    expect(plan.operations.map((o) => o.action)).toEqual(['grant', 'revoke']);
    expect(writes()).toEqual([]);
  });

  it('plan never says everything matches when it could not read GitHub', async () => {
    const { cwd, args } = await setup();
    // Nothing listens on port 9: every read fails as it does offline.
    process.env.GITHUB_API_URL = 'http://127.0.0.1:9';
    const io = capture(cwd);
    expect(await planCommand.run(args, [], io)).toBe(1);
    expect(io.text()).not.toContain('every system already matches');
    expect(io.text()).toContain('Nothing planned, but not because everything matches');
    expect(io.text()).toContain('Could not read the current state');
  }, 120_000);

  it('provision applies, writes evidence, and a second run changes nothing', async () => {
    const run = await setup();
    const { gh, cwd, writes } = run;
    const args = { ...run.args, evidence: 'evidence.jsonl' };
    const dry = capture(cwd);
    expect(await provisionCommand.run({ ...args, 'dry-run': true }, [], dry)).toBe(0);
    expect(dry.text()).toContain('Dry run: nothing was changed.');
    expect(writes()).toEqual([]);

    const io = capture(cwd);
    expect(await provisionCommand.run(args, [], io)).toBe(0);
    expect(io.text()).toMatch(/applied\s+alice-payments\s+grant maintainer/);
    expect(io.text()).toContain('2 applied, 0 failed.');
    const team = gh.state.org('acme')?.teams.get('payments');
    expect(team?.members.get('alice')).toEqual({ role: 'maintainer', state: 'active' });
    expect(team?.members.has('bob')).toBe(false);

    const again = capture(cwd);
    expect(await provisionCommand.run(args, [], again)).toBe(0);
    expect(again.text()).toContain('Nothing to change');
    const verdict = verifyEvidence(readFileSync(join(cwd, 'evidence.jsonl'), 'utf8'));
    expect(verdict.ok).toBe(true);
    expect(verdict.records.filter(isResult).map((r) => r.grant)).toEqual([
      'alice-payments',
      'bob-payments',
    ]);
  });

  it('a removal over --max-removals exits 1 and applies nothing', async () => {
    const { cwd, args, writes } = await setup();
    const io = capture(cwd);
    const code = await provisionCommand.run({ ...args, evidence: '', 'max-removals': '0' }, [], io);
    expect(code).toBe(1);
    expect(io.text()).toContain('Nothing was applied: the plan has 1 removal, over the limit of 0');
    expect(writes()).toEqual([]);
  });

  it('says what is missing', async () => {
    const io = capture(tmpdir());
    await expect(planCommand.run({ format: 'text' }, [], io)).rejects.toThrow(UsageError);
    await expect(
      provisionCommand.run({ from: 'a', to: 'b', format: 'text', 'max-removals': 'many' }, [], io),
    ).rejects.toThrow(/--max-removals "many" must be a whole number/);
  });
});
