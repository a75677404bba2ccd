import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UsageError } from '../../src/commands/command.js';
import { expireCommand } from '../../src/commands/expire.js';
import { buildAccessModel } from '../../src/model/index.js';
import { findExpiry } from '../../src/model/expiry.js';
import { pullRequestBody } from '../../src/report/expiry/messages.js';
import { DAY_1, FILES } from '../e2e/expire-fixture.js';

/** `accessctl expire` on a folder that is no git repository: flags, config, report, output. */

const folders: string[] = [];
afterEach(() => {
  vi.unstubAllEnvs();
  for (const f of folders.splice(0)) rmSync(f, { recursive: true, force: true });
});

function folder(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'accessctl-expire-cli-'));
  folders.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

async function run(cwd: string, values: Record<string, string>) {
  let out = '';
  const code = await expireCommand.run(
    { access: 'access', mode: 'report', format: 'text', ...values },
    [],
    { out: (t) => (out += t), err: () => {}, cwd },
  );
  return { code, out };
}

describe('accessctl expire', () => {
  it('reports what goes and why, and what ends soon, in text', async () => {
    const { code, out } = await run(folder(FILES), { now: DAY_1 });
    expect(code).toBe(0);
    expect(out).toContain('5 grant(s) to remove, 2 ending within 14 day(s)');
    expect(out).toContain(
      'remove access/grants/oncall.yaml:20 carol-oncall (user:carol on github:team/payments-oncall member): expired on 2026-11-20',
    );
    expect(out).toContain('deleted access/grants/bob.yaml');
    expect(out).toContain('edited access/grants/oncall.yaml');
  });

  it('points at a leaver still listed in a team', async () => {
    const people = FILES['access/identities/people.yaml']!.replace(
      'members: [dave]',
      'members: [dave, bob]',
    );
    const { out } = await run(folder({ ...FILES, 'access/identities/people.yaml': people }), {
      now: DAY_1,
    });
    expect(out).toMatch(
      /leaver bob is still listed in team payments \(access\/identities\/people\.yaml:\d+\); remove them there/,
    );
  });

  it('takes expiry.warnDays from accessctl.yaml, and --warn-days over it', async () => {
    const root = folder({ ...FILES, 'accessctl.yaml': 'expiry:\n  warnDays: 2\n' });
    const fromConfig = JSON.parse((await run(root, { now: DAY_1, format: 'json' })).out);
    expect(fromConfig.warnDays).toBe(2);
    expect(fromConfig.expiring.map((e: { id: string }) => e.id)).toEqual(['gina-ledger-read']);
    const fromFlag = JSON.parse(
      (await run(root, { now: DAY_1, format: 'json', 'warn-days': '30' })).out,
    );
    expect(fromFlag.expiring.map((e: { id: string }) => e.id)).toEqual([
      'gina-ledger-read',
      'dave-oncall',
    ]);
  });

  it('exits 1 and names the file when a grant file is malformed', async () => {
    const root = folder({ ...FILES, 'access/grants/zz.yaml': 'kind: Grant\nid: [x\n' });
    const { code, out } = await run(root, { now: DAY_1 });
    expect(code).toBe(1);
    expect(out).toMatch(/problem access\/grants\/zz\.yaml:\d+:\d+: invalid YAML/);
  });

  it.each([
    [{ mode: 'sideways' }, /--mode must be one of pr, commit, report/],
    [{ 'warn-days': '-1' }, /--warn-days "-1" must be a whole number/],
    [{ now: 'yesterday' }, /--now "yesterday" is not an ISO 8601 instant/],
    [{ format: 'xml' }, /--format must be text or json/],
    [{ 'judge-minutes': '0' }, /--judge-minutes "0" is not a number of minutes/],
  ])('refuses %o', async (values, message) => {
    await expect(run(folder(FILES), values)).rejects.toThrow(message);
  });

  it('asks for a token and a repository before talking to GitHub', async () => {
    vi.stubEnv('GITHUB_TOKEN', '');
    vi.stubEnv('GITHUB_REPOSITORY', '');
    const attempt = run(folder(FILES), { mode: 'pr', now: DAY_1 });
    await expect(attempt).rejects.toThrow(UsageError);
    await expect(run(folder(FILES), { mode: 'pr' })).rejects.toThrow(
      /set GITHUB_TOKEN and GITHUB_REPOSITORY/,
    );
  });
});

describe('the pull-request body', () => {
  it('stays under GitHub’s size limit and says how many rows it left out', () => {
    const grants = Array.from(
      { length: 600 },
      (_, i) =>
        `kind: Grant\nid: g-${i}-${'x'.repeat(60)}\nsubject: user:erin\nresource: github:repo/acme/ledger\nrole: read\nreason: Audit of October ledger entries\nexpires: 2026-11-01\n`,
    ).join('---\n');
    const model = buildAccessModel(
      Object.entries({ ...FILES, 'access/grants/many.yaml': grants }).map(([path, text]) => ({
        path,
        relativePath: path.replace(/^access\//, ''),
        size: text.length,
        read: () => text,
      })),
    );
    const removals = findExpiry(model, new Date(DAY_1), 14).removals;
    const body = pullRequestBody(removals, new Map(), 'acme', DAY_1);
    expect(removals.length).toBe(605);
    expect(body.length).toBeLessThan(65_536);
    expect(body).toMatch(/\| … and \d+ more, listed in the commit message/);
  });
});
