import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { EvidenceReport } from '../../src/evidence/report.js';
import { client } from '../emulator/client.js';
import { startEmulator, type Emulator } from '../emulator/index.js';
import {
  buildEvent,
  checkoutEmulatorRepo,
  runAction,
  type GitWorkspace,
} from '../harness/index.js';
import {
  ALICE,
  DAVE_LEDGER,
  ED_LEDGER,
  GINA_JIT,
  ONCALL,
  evidenceResults,
  filesAt,
  ledgerPermission,
  lifecycleSeed,
  oncallMember,
  pulls,
  writes,
} from './lifecycle-fixture.js';

/**
 * Joiners, movers, leavers and just-in-time access through the bundled Action, against the
 * emulator and real git checkouts, from the HR event to the access gone in the systems and
 * the evidence of it: an HR event becomes one pull request that also removes the leaver's
 * grants, and its merge takes the access away; a contractor past the end of the contract
 * loses access; a grant ending in two hours goes with the next hourly run, committed directly
 * when accessctl.yaml says so and shown as accessctl's own commit in the evidence; a bad HR
 * file changes nothing.
 */

const SOURCE_ENTRY = fileURLToPath(new URL('../action/run-source.mjs', import.meta.url));

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

/** octo-admin merges pull request `number`; the push to main runs `command: provision`. */
async function mergeAndProvision(number: number, now: string) {
  const merged = await client(emulator)('PUT', `/repos/acme/access/pulls/${number}/merge`, {
    merge_method: 'merge',
  });
  expect(merged.status).toBe(200);
  return provisionPush(now);
}

function provisionPush(now: string) {
  return runAction({
    command: 'provision',
    event: buildEvent(emulator, { name: 'push', repo: 'acme/access' }),
    workspace: checkout(),
    emulator,
    inputs: { now },
  });
}

/** The pull-request check on pull request `number`, its head branch checked out. */
function checkPull(
  number: number,
  branch: string,
  name: 'pull_request' | 'pull_request_review' = 'pull_request',
) {
  const workspace = checkoutEmulatorRepo(emulator, 'acme/access', { ref: branch });
  workspaces.push(workspace);
  return runAction({
    command: 'check',
    event: buildEvent(emulator, {
      name,
      repo: 'acme/access',
      pullNumber: number,
      action: name === 'pull_request' ? 'opened' : 'submitted',
    }),
    workspace,
    emulator,
  });
}

function syncIdentities(content: string, name = 'hr.csv', entry?: string) {
  return runAction({
    ...(entry === undefined ? {} : { entry }),
    command: 'sync-identities',
    event: buildEvent(emulator, {
      name: 'repository_dispatch',
      repo: 'acme/access',
      action: 'hr-export',
      clientPayload: { name, content },
    }),
    workspace: checkout(),
    emulator,
  });
}

describe('the identity lifecycle in the Action', () => {
  it('turns an HR event with a leaver into one pull request whose merge takes every access of theirs away, with evidence', async () => {
    emulator = await startEmulator({
      seed: lifecycleSeed(
        { 'access/grants/oncall.yaml': ONCALL, 'access/grants/dave-ledger.yaml': DAVE_LEDGER },
        '2026-11-26T18:00:00Z',
      ),
      actor: 'octo-admin',
    });
    expect(oncallMember(emulator, 'dave')).toBe('active');
    expect(ledgerPermission(emulator, 'dave')).toBe('pull');

    const run = await syncIdentities('login,status,left_on\ndave,leaver,2026-11-26\n');
    expect(run.stderr).toBe('');
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs['pull-request']).toBe('1');
    const branch = filesAt(emulator, 'accessctl/sync-identities');
    expect(branch.get('access/identities/people.yaml')).toContain(
      'id: dave\nstatus: leaver\nleftOn: 2026-11-26',
    );
    // dave leaves team payments in identities/ too
    expect(branch.get('access/identities/people.yaml')).not.toMatch(/members: \[dave\]/);
    // both grants, in two files, in the same pull request: one merge revokes everything
    expect([...branch.values()].join('\n')).not.toMatch(/subject: user:dave\b/);
    expect(branch.has('access/grants/dave-ledger.yaml')).toBe(false);
    expect(branch.get('access/grants/oncall.yaml')).toContain('id: alice-oncall');
    expect(pulls(emulator)).toHaveLength(1);
    const [pull] = pulls(emulator);
    expect(pull?.labels).toContain('accessctl:sync-identities');
    expect(pull?.body).toMatch(
      /`dave-oncall`, `dave-ledger-read`|`dave-ledger-read`, `dave-oncall`/,
    );

    // identities/ is a rule change: the check stays red until a policy owner approves it
    const unapproved = await checkPull(1, 'accessctl/sync-identities');
    expect(unapproved.exitCode).toBe(1);
    expect(unapproved.stdout).toMatch(/policy owner/);
    const approved = await client(emulator, ALICE)('POST', '/repos/acme/access/pulls/1/reviews', {
      event: 'APPROVE',
    });
    expect(approved.status).toBe(200);
    const green = await checkPull(1, 'accessctl/sync-identities', 'pull_request_review');
    expect(green.exitCode, green.stdout).toBe(0);
    const provision = await mergeAndProvision(1, '2026-11-27T09:00:00Z');
    expect(provision.exitCode, provision.stdout).toBe(0);
    expect(oncallMember(emulator, 'dave')).toBeUndefined();
    expect(ledgerPermission(emulator, 'dave')).toBeUndefined();
    // what stays, stays
    expect(oncallMember(emulator, 'alice')).toBe('active');

    const evidence = await evidenceResults(emulator);
    expect(evidence.ok).toBe(true);
    expect(
      evidence.results.map((r) => [r.grant, r.result, r.pullRequest, r.approvers]).sort(),
    ).toEqual([
      ['dave-ledger-read', 'applied', 1, ['alice']],
      ['dave-oncall', 'applied', 1, ['alice']],
    ]);

    // the next HR event says the same: identities/ agrees, nothing is opened again
    const again = await syncIdentities('login,status,left_on\ndave,leaver,2026-11-26\n');
    expect(again.exitCode, again.stdout).toBe(0);
    expect(again.outputs['pull-request']).toBe('');
    expect(pulls(emulator)).toHaveLength(1);
  }, 120_000);

  it('removes the access of a contractor whose contract ended, from the expiry pull request to the systems', async () => {
    emulator = await startEmulator({
      seed: lifecycleSeed({ 'access/grants/ed.yaml': ED_LEDGER }, '2026-11-27T03:00:00Z'),
      actor: 'octo-admin',
    });
    expect(ledgerPermission(emulator, 'ed')).toBe('pull');
    const run = await runAction({
      command: 'expire',
      event: buildEvent(emulator, { name: 'schedule', repo: 'acme/access' }),
      workspace: checkout(),
      emulator,
      inputs: { now: '2026-11-27T03:00:00Z' },
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs['pull-request']).toBe('1');
    expect(filesAt(emulator, 'accessctl/expire').has('access/grants/ed.yaml')).toBe(false);
    expect(pulls(emulator)[0]?.body).toContain('the contract of ed ended on 2026-11-20');

    // access that ended with the contract may be taken away by anyone: green with no review
    const green = await checkPull(1, 'accessctl/expire');
    expect(green.exitCode, green.summary).toBe(0);
    // a removal is never held: merged as it is, it is provisioned
    const provision = await mergeAndProvision(1, '2026-11-27T09:00:00Z');
    expect(provision.exitCode, provision.stdout).toBe(0);
    expect(ledgerPermission(emulator, 'ed')).toBeUndefined();
    expect(ledgerPermission(emulator, 'dave')).toBe('pull');
    const evidence = await evidenceResults(emulator);
    expect(evidence.ok).toBe(true);
    expect(evidence.results.map((r) => [r.grant, r.result, r.pullRequest])).toEqual([
      ['ed-ledger-read', 'applied', 1],
    ]);
  }, 120_000);

  it("commits the removal of a grant ending in two hours with the next hourly run; provisioning and evidence take it as accessctl's", async () => {
    emulator = await startEmulator({
      seed: lifecycleSeed(
        {
          'accessctl.yaml': 'policyOwners: [team:payments]\nexpiry:\n  mode: commit\n',
          'access/grants/jit.yaml': GINA_JIT,
        },
        '2026-11-27T12:30:00Z',
      ),
      actor: 'octo-admin',
    });
    const hourly = (now: string) => {
      // the scheduler starts each run at its time: GitHub stamps what it writes then
      emulator.state.advanceClock(now);
      return runAction({
        command: 'expire',
        event: buildEvent(emulator, { name: 'schedule', repo: 'acme/access', cron: '7 * * * *' }),
        workspace: checkout(),
        emulator,
        inputs: { now, 'warn-days': '0' },
      });
    };
    const before = await hourly('2026-11-27T13:07:00Z');
    expect(before.exitCode, before.stdout).toBe(0);
    expect(filesAt(emulator, 'main').has('access/grants/jit.yaml')).toBe(true);
    expect(writes(emulator)).toEqual([]);

    const after = await hourly('2026-11-27T15:07:00Z');
    expect(after.exitCode, after.stdout).toBe(0);
    expect(filesAt(emulator, 'main').has('access/grants/jit.yaml')).toBe(false);
    const repo = emulator.state.repo('acme', 'access')!;
    const head = repo.git.commit(repo.refs.get('refs/heads/main')!)!;
    expect(head.message).toContain('Accessctl-Expiry: remove-expired');
    expect(pulls(emulator)).toEqual([]);

    // the push of that commit provisions the removal: no pull request, no approval, not held
    const provision = await provisionPush('2026-11-27T15:08:00Z');
    expect(provision.exitCode, provision.stdout).toBe(0);
    expect(ledgerPermission(emulator, 'gina')).toBeUndefined();
    const evidence = await evidenceResults(emulator);
    expect(evidence.results.map((r) => [r.grant, r.result, r.pullRequest])).toEqual([
      ['gina-ledger-jit', 'applied', undefined],
    ]);

    // the audit shows the direct commit as accessctl's expiry, not as an unreviewed push
    const workspace = checkout();
    const audit = await runAction({
      command: 'evidence',
      event: buildEvent(emulator, { name: 'schedule', repo: 'acme/access' }),
      workspace,
      emulator,
      inputs: { now: '2026-11-27T16:00:00Z' },
    });
    const report = JSON.parse(
      readFileSync(join(workspace.path, 'accessctl-evidence-report.json'), 'utf8'),
    ) as EvidenceReport;
    const removal = report.rows.find(
      (r) => r.grant === 'gina-ledger-jit' && r.change === 'removed',
    );
    expect(removal).toMatchObject({ commit: head.sha, expiryRun: true });
    // no review flag, and no late-removal: the hourly run took it away within the hour
    expect(removal?.flags).toEqual([]);
    // the one flagged row is the grant's own addition, seeded onto main without review
    expect(report.rows.filter((r) => r.flags.length > 0).map((r) => [r.grant, r.change])).toEqual([
      ['gina-ledger-jit', 'added'],
    ]);
    expect(audit.exitCode).toBe(1);
    expect(audit.outputs.flags).toBe('1');
  }, 120_000);
});

const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const scim = (...users: object[]) =>
  JSON.stringify(
    { schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'], Resources: users },
    null,
    2,
  ) + '\n';

/** HR files that disagree with themselves or with the repository, and where each is wrong. */
const BAD_FILES: {
  what: string;
  name: string;
  content: string;
  at: string;
  says: RegExp;
  /** The Action's entry, when not the bundle. */
  entry?: string;
}[] = [
  {
    what: 'a team the repository does not have',
    name: 'hr.csv',
    content: 'login,status,team\ndave,active,payments\nzed,active,nowhere\n',
    at: 'line=3,col=12',
    says: /team "nowhere" is not a Team of the repository.*add it under identities\/ first/,
  },
  {
    what: 'the same login twice, in another case',
    name: 'hr.csv',
    content: 'login,status,left_on\ndave,leaver,2026-11-26\nalice,active,\nDave,active,\n',
    at: 'line=4,col=1',
    says: /^login dave is listed twice \(first at line 2, column 1\); keep one row per person$/,
    // the sources: the message names the first row by line and column since the bundle was built
    entry: SOURCE_ENTRY,
  },
  {
    what: 'a leaver without the day they left',
    name: 'hr.csv',
    content: 'login,status\ndave,leaver\n',
    at: 'line=2,col=6',
    says: /dave is a leaver with no date; give the day they left/,
  },
  {
    what: 'a row with more fields than the header',
    name: 'hr.csv',
    content: 'login,status,left_on\ndave,leaver,2026-11-26,extra\n',
    at: 'line=2,col=1',
    says: /not a valid CSV file: .*fix the row/,
  },
  {
    what: 'a quote that is never closed',
    name: 'hr.csv',
    content: 'login,status,left_on\nalice,active,\n"dave,leaver,2026-11-26\n',
    at: 'line=3,col=1',
    says: /not a valid CSV file: .*quote/i,
  },
  {
    what: 'a column the documented header does not have',
    name: 'hr.csv',
    content: 'login,status,salary\ndave,leaver,100\n',
    at: 'line=1,col=14',
    says: /unknown column "salary"; the header may name: login, name/,
  },
  {
    what: 'SCIM that is not JSON',
    name: 'hr.json',
    content: '{\n  "Resources": [\n    { "userName": "dave", "active": false,\n  ]\n',
    at: 'line=4,col=3',
    says: /not valid JSON/,
  },
  {
    what: 'a SCIM document that is no list of Users',
    name: 'hr.json',
    content: '{ "userName": "dave", "active": false }\n',
    at: 'line=1,col=1',
    says: /expected a SCIM ListResponse/,
  },
  {
    what: 'a SCIM "active" that is no boolean',
    name: 'hr.json',
    content: scim({ userName: 'dave', active: 'no' }),
    at: 'line=8,col=17',
    says: /"active" must be true or false/,
  },
  {
    what: 'a SCIM leaver without the day they left',
    name: 'hr.json',
    content: scim({ userName: 'dave', active: false }),
    at: 'line=8,col=17',
    says: /dave is a leaver with no date/,
  },
  {
    what: 'a SCIM department that is no team',
    name: 'hr.json',
    content: scim({ userName: 'dave', active: true, [ENTERPRISE]: { department: 'Nowhere' } }),
    at: 'line=10,col=23',
    says: /team "Nowhere" is not a Team of the repository/,
  },
];

describe('a bad HR file in the Action', () => {
  it.each(BAD_FILES)(
    'rejects $what with an annotation where it is wrong, and changes nothing',
    async ({ name, content, at, says, entry }) => {
      emulator = await startEmulator({
        seed: lifecycleSeed({ 'access/grants/dave-ledger.yaml': DAVE_LEDGER }),
        actor: 'octo-admin',
      });
      const main = emulator.state.repo('acme', 'access')!.refs.get('refs/heads/main');
      const run = await syncIdentities(content, name, entry);
      expect(run.exitCode).toBe(1);
      const errors = run.commands.filter((c) => c.command === 'error');
      const located = errors.find((c) => c.properties.file !== undefined);
      expect(located?.properties.file).toBe(`client_payload.${name}`);
      expect(`line=${located?.properties.line},col=${located?.properties.col}`).toBe(at);
      expect(located?.message).toMatch(says);
      expect(errors.at(-1)?.message).toMatch(
        new RegExp(
          `problem\\(s\\) in the HR file .*client_payload\\.${name.replace('.', '\\.')}; nothing was changed`,
        ),
      );
      // nothing was written: no branch, no pull request, no comment, main as it was
      expect(writes(emulator)).toEqual([]);
      expect(pulls(emulator)).toEqual([]);
      expect(emulator.state.repo('acme', 'access')!.refs.get('refs/heads/main')).toBe(main);
      expect(ledgerPermission(emulator, 'dave')).toBe('pull');
    },
    60_000,
  );

  it('leaves an open pull request of an earlier HR file as it was', async () => {
    emulator = await startEmulator({
      seed: lifecycleSeed({ 'access/grants/dave-ledger.yaml': DAVE_LEDGER }),
      actor: 'octo-admin',
    });
    const good = await syncIdentities('login,status,left_on\ndave,leaver,2026-11-26\n');
    expect(good.outputs['pull-request']).toBe('1');
    const repo = emulator.state.repo('acme', 'access')!;
    const branch = repo.refs.get('refs/heads/accessctl/sync-identities');
    const sent = writes(emulator).length;
    const bad = await syncIdentities('login,status\ndave,leaver\nerin,leaver\n');
    expect(bad.exitCode).toBe(1);
    expect(
      bad.commands.filter((c) => c.command === 'error' && c.properties.line !== undefined),
    ).toHaveLength(2);
    expect(writes(emulator)).toHaveLength(sent);
    expect(repo.refs.get('refs/heads/accessctl/sync-identities')).toBe(branch);
    expect(pulls(emulator).map((p) => p.state)).toEqual(['open']);
  }, 60_000);
});
