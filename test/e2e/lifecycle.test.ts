import { afterEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../emulator/index.js';
import {
  buildEvent,
  checkoutEmulatorRepo,
  runAction,
  type GitWorkspace,
} from '../harness/index.js';
import { CATALOG, FILES, PEOPLE, seed } from './expire-fixture.js';

/**
 * Joiners, movers, leavers and just-in-time access through the bundled Action, against the
 * emulator and real git checkouts: an HR event becomes one pull request that also removes the
 * leaver's grants; a contractor past the end of the contract loses access; a grant ending in
 * two hours goes with the next hourly run, committed directly when accessctl.yaml says so.
 */

let emulator: Emulator;
const workspaces: GitWorkspace[] = [];

afterEach(async () => {
  await emulator.close();
  for (const w of workspaces.splice(0)) w.remove();
});

function checkout() {
  const workspace = checkoutEmulatorRepo(emulator, 'acme/access', { ref: 'main' });
  workspaces.push(workspace);
  return workspace;
}

function filesAt(ref: string): Map<string, string> {
  const repo = emulator.state.repo('acme', 'access')!;
  const sha = repo.refs.get(`refs/heads/${ref}`)!;
  const tree = repo.git.flatten(repo.git.commit(sha)!.tree);
  return new Map(
    [...tree].map(([path, entry]) => [path, repo.git.blob(entry.sha)!.toString('utf8')]),
  );
}

function pulls() {
  return emulator.state.repo('acme', 'access')!.issues.filter((i) => i.pull !== undefined);
}

describe('the identity lifecycle in the Action', () => {
  it('turns an HR event with a leaver into one pull request that revokes every grant of theirs', async () => {
    emulator = await startEmulator({
      seed: seed({ ...FILES, 'accessctl.yaml': 'policyOwners: [team:payments]\n' }),
      actor: 'octo-admin',
    });
    const event = buildEvent(emulator, {
      name: 'repository_dispatch',
      repo: 'acme/access',
      action: 'hr-export',
      clientPayload: { name: 'hr.csv', content: 'login,status,left_on\ndave,leaver,2026-11-26\n' },
    });
    const run = await runAction({
      command: 'sync-identities',
      event,
      workspace: checkout(),
      emulator,
    });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.outputs['pull-request']).toBe('1');
    const branch = filesAt('accessctl/sync-identities');
    expect(branch.get('access/identities/people.yaml')).toContain(
      'id: dave\nstatus: leaver\nleftOn: 2026-11-26',
    );
    expect([...branch.values()].join('\n')).not.toMatch(/subject: user:dave\b/);
    expect(pulls()).toHaveLength(1);
    expect(pulls()[0]?.labels).toContain('accessctl:sync-identities');
  });

  it('rejects a bad HR file with an annotation at its line and opens nothing', async () => {
    emulator = await startEmulator({ seed: seed(), actor: 'octo-admin' });
    const event = buildEvent(emulator, {
      name: 'repository_dispatch',
      repo: 'acme/access',
      clientPayload: { name: 'hr.csv', content: 'login,status,team\nzed,active,nowhere\n' },
    });
    const run = await runAction({
      command: 'sync-identities',
      event,
      workspace: checkout(),
      emulator,
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(
      /::error file=.*hr\.csv,line=2,col=12::.*team "nowhere" is not a Team/,
    );
    expect(pulls()).toEqual([]);
  });

  it('removes the grants of a contractor whose contract ended', async () => {
    const people = `${PEOPLE}---\nkind: User\nid: ed\ntype: contractor\nsponsor: alice\ncontractEnds: 2026-11-20\n`;
    const grant =
      'kind: Grant\nid: ed-ledger-read\nsubject: user:ed\nresource: github:repo/acme/ledger\nrole: read\n' +
      'reason: Audits the ledger exports under contract\nexpires: 2027-03-31\n';
    emulator = await startEmulator({
      seed: seed({
        'access/catalog/resources.yaml': CATALOG,
        'access/identities/people.yaml': people,
        'access/grants/ed.yaml': grant,
      }),
      actor: 'octo-admin',
    });
    const event = buildEvent(emulator, { name: 'schedule', repo: 'acme/access' });
    const run = await runAction({
      command: 'expire',
      event,
      workspace: checkout(),
      emulator,
      inputs: { now: '2026-11-27T03:00:00Z' },
    });
    expect(run.exitCode).toBe(0);
    expect(filesAt('accessctl/expire').has('access/grants/ed.yaml')).toBe(false);
    expect(pulls()[0]?.body).toContain('the contract of ed ended on 2026-11-20');
  });

  it('commits the removal of a grant ending in two hours with the next hourly run', async () => {
    const jit =
      'kind: Grant\nid: gina-ledger-jit\nsubject: user:gina\nresource: github:repo/acme/ledger\nrole: write\n' +
      'reason: Hotfix of the ledger export, incident INC-88\nexpires: 2026-11-27T14:30:00Z\n';
    emulator = await startEmulator({
      seed: seed({
        'accessctl.yaml': 'expiry:\n  mode: commit\n',
        'access/catalog/resources.yaml': CATALOG,
        'access/identities/people.yaml': PEOPLE,
        'access/grants/jit.yaml': jit,
      }),
      actor: 'octo-admin',
    });
    const hourly = (now: string) =>
      runAction({
        command: 'expire',
        event: buildEvent(emulator, { name: 'schedule', repo: 'acme/access', cron: '7 * * * *' }),
        workspace: checkout(),
        emulator,
        inputs: { now, 'warn-days': '0' },
      });
    const before = await hourly('2026-11-27T13:07:00Z');
    expect(before.exitCode).toBe(0);
    expect(filesAt('main').has('access/grants/jit.yaml')).toBe(true);
    const after = await hourly('2026-11-27T15:07:00Z');
    expect(after.exitCode).toBe(0);
    expect(filesAt('main').has('access/grants/jit.yaml')).toBe(false);
    const repo = emulator.state.repo('acme', 'access')!;
    const head = repo.git.commit(repo.refs.get('refs/heads/main')!)!;
    expect(head.message).toContain('Accessctl-Expiry: remove-expired');
    expect(pulls()).toEqual([]);
  });
});
