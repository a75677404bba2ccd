import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

import { verifyEvidence } from '../../src/provisioners/evidence-log.js';
import { runProvision } from '../../src/workflows/provision.js';
import { startEmulator, type Emulator, type Seed } from '../emulator/index.js';
import type { GitRepo } from '../model/git-repo.js';
import { NOW, accessRepo, githubProvisioner, grants } from './provision-fixture.js';

let emulator: Emulator | undefined;
let repo: GitRepo | undefined;
const scratch: string[] = [];
afterEach(async () => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
  await emulator?.close();
  repo?.cleanup();
  emulator = undefined;
  repo = undefined;
});

async function start(seed: Seed): Promise<Emulator> {
  emulator = await startEmulator({ seed });
  return emulator;
}

function temp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'accessctl-evidence-'));
  scratch.push(dir);
  return dir;
}

function teamRole(emulator: Emulator, slug: string, login: string) {
  return emulator.state.org('acme')?.teams.get(slug)?.members.get(login);
}

describe('provisioning a merge against GitHub', () => {
  it('adds the team membership a merged grant asks for, and removes it when the grant goes', async () => {
    const gh = await start({
      org: { login: 'acme', owners: ['octo-admin'], members: ['alice'] },
      teams: [{ slug: 'payments' }],
    });
    const made = accessRepo(['alice']);
    repo = made.repo;
    repo.write({
      'access/grants/alice.yaml': grants([
        {
          id: 'alice-payments',
          subject: 'user:alice',
          resource: 'github:team/payments',
          role: 'member',
        },
      ]),
    });
    const merged = repo.commit('grant alice payments');
    const provisioners = [githubProvisioner(gh)];
    const evidenceFile = join(temp(), 'evidence.jsonl');

    const added = await runProvision({
      repo: repo.dir,
      from: made.base,
      to: merged,
      now: NOW,
      provisioners,
      evidenceFile,
    });
    expect(added.plan.refused).toEqual([]);
    expect(
      added.operations.map((o) => [o.operation.action, o.operation.grantId, o.status]),
    ).toEqual([['grant', 'alice-payments', 'applied']]);
    expect(added.ok).toBe(true);
    expect(teamRole(gh, 'payments', 'alice')).toEqual({ role: 'member', state: 'active' });

    const again = await runProvision({
      repo: repo.dir,
      from: made.base,
      to: merged,
      now: NOW,
      provisioners,
    });
    expect(again.operations).toEqual([]);
    expect(again.ok).toBe(true);

    repo.remove('access/grants/alice.yaml');
    const removed = repo.commit('alice leaves payments');
    const revoked = await runProvision({
      repo: repo.dir,
      from: merged,
      to: removed,
      now: NOW,
      provisioners,
      evidenceFile,
    });
    expect(revoked.operations.map((o) => [o.operation.action, o.status])).toEqual([
      ['revoke', 'applied'],
    ]);
    expect(teamRole(gh, 'payments', 'alice')).toBeUndefined();

    const verdict = verifyEvidence(readFileSync(evidenceFile, 'utf8'));
    expect(verdict.ok).toBe(true);
    expect(verdict.records.map((r) => [r.grant, r.result, r.mergeCommit])).toEqual([
      ['alice-payments', 'applied', merged],
      ['alice-payments', 'applied', removed],
    ]);
  });
});
