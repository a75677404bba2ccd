import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { UsageError } from '../../src/commands/command.js';
import { reconcileCommand } from '../../src/commands/reconcile.js';
import { isResult, verifyEvidence } from '../../src/provisioners/evidence-log.js';
import type { ReconcileResult } from '../../src/provisioners/drift.js';
import { captureIo as capture, useProvisionEnv } from './provision-env.js';
import { grants, teamGrant } from './provision-fixture.js';

const env = useProvisionEnv();

/** GitHub as the grants want it, then changed by hand: mallory added to payments. */
async function setup(config?: string) {
  const gh = await env.github({
    org: { login: 'acme', owners: ['octo-admin'], members: ['alice', 'mallory'] },
    teams: [{ slug: 'payments', members: ['alice', 'mallory'] }],
  });
  env.exportGitHub(gh);
  const { repo, base } = env.accessRepo(['alice']);
  repo.write({
    'access/grants/alice.yaml': grants([teamGrant('alice', 'maintainer')]),
    ...(config === undefined ? {} : { 'accessctl.yaml': config }),
  });
  const commit = repo.commit('alice maintains payments');
  const cwd = env.scratchDir('accessctl-cwd-');
  // commits without pull requests: repairs run as a bootstrap (the gate has tests of its own)
  const args = {
    repo: repo.dir,
    access: 'access',
    policies: 'policies',
    format: 'text',
    'allow-unapproved': true,
  };
  const writes = () => gh.state.requests.filter((r) => r.method !== 'GET');
  return { gh, repo, commit, cwd, args, base, writes };
}

describe('accessctl reconcile', () => {
  it('reports drift as a table and exits 1, changing nothing', async () => {
    const { cwd, args, writes } = await setup();
    const io = capture(cwd);
    expect(await reconcileCommand.run(args, [], io)).toBe(1);
    const text = io.text();
    expect(text).toMatch(/: 2 drifts, 1 repair, 0 removals \(limit 10\), prune off/);
    expect(text).toMatch(
      /planned\s+lower\s+alice in team acme\/payments\s+alice-payments\s+maintainer\s+member\s+change alice in team acme\/payments from member to maintainer/,
    );
    expect(text).toMatch(
      /reported\s+unmanaged\s+mallory in team acme\/payments\s+-\s+-\s+member\s+not managed by the repository/,
    );
    expect(text).toContain(
      'run with --apply to make the 1 repair(s) (1 drift(s) would still be left',
    );
    expect(writes()).toEqual([]);
  });

  it('--apply with prune repairs everything, records it, and a second --apply exits 0 with nothing to do', async () => {
    const { gh, cwd, args, commit } = await setup('prune: true\n');
    const io = capture(cwd);
    const apply = { ...args, apply: true, evidence: 'evidence.jsonl' };
    expect(await reconcileCommand.run(apply, [], io)).toBe(0);
    expect(io.text()).toContain('2 repaired, 0 failed, 0 left as reported.');
    const team = gh.state.org('acme')?.teams.get('payments')?.members;
    expect(team?.get('alice')?.role).toBe('maintainer');
    expect(team?.has('mallory')).toBe(false);

    const again = capture(cwd);
    expect(await reconcileCommand.run({ ...apply, format: 'json' }, [], again)).toBe(0);
    const result = JSON.parse(again.text()) as ReconcileResult;
    expect(result.plan.drift).toEqual([]);
    expect(result.ok).toBe(true);

    const verdict = verifyEvidence(readFileSync(join(cwd, 'evidence.jsonl'), 'utf8'));
    expect(verdict.ok).toBe(true);
    expect(
      verdict.records.filter(isResult).map((r) => [r.grant, r.operation, r.mergeCommit]),
    ).toEqual([
      [
        'alice-payments',
        'repair drift: change alice in team acme/payments from member to maintainer',
        commit,
      ],
      ['(unmanaged)', 'repair drift: revoke member from mallory in team acme/payments', commit],
    ]);
  });

  it('--ref reconciles an older commit: its grants and its accessctl.yaml', async () => {
    const { repo, cwd, args, commit, writes } = await setup('prune: true\n');
    repo.write({
      'access/grants/alice.yaml': grants([teamGrant('alice')]),
      'accessctl.yaml': 'prune: false\n',
    });
    repo.commit('alice is a member again; prune off');
    const older = capture(cwd);
    expect(await reconcileCommand.run({ ...args, ref: commit, format: 'json' }, [], older)).toBe(1);
    const then = JSON.parse(older.text()) as ReconcileResult;
    expect(then.plan.commit).toBe(commit);
    expect(then.plan.prune).toBe(true);
    expect(then.plan.drift.map((d) => [d.kind, d.target.key, d.operation?.action])).toEqual([
      ['lower', 'team-membership acme/payments alice', 'update'],
      ['unmanaged', 'team-membership acme/payments mallory', 'revoke'],
    ]);

    const head = capture(cwd);
    expect(await reconcileCommand.run({ ...args, format: 'json' }, [], head)).toBe(1);
    const now = JSON.parse(head.text()) as ReconcileResult;
    expect(now.plan.prune).toBe(false);
    expect(now.plan.drift.map((d) => [d.kind, d.target.key, d.operation?.action])).toEqual([
      ['unmanaged', 'team-membership acme/payments mallory', undefined],
    ]);
    expect(writes()).toEqual([]);
  });

  it('says what is wrong with its flags', async () => {
    const { cwd, args } = await setup();
    const io = capture(cwd);
    await expect(reconcileCommand.run({ ...args, format: 'xml' }, [], io)).rejects.toThrow(
      /--format must be text or json, got "xml"/,
    );
    await expect(reconcileCommand.run({ ...args, 'max-removals': '-1' }, [], io)).rejects.toThrow(
      UsageError,
    );
    delete process.env.GITHUB_TOKEN;
    await expect(reconcileCommand.run(args, [], io)).rejects.toThrow(/set GITHUB_TOKEN/);
  });
});
