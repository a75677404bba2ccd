import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { runCli } from '../../src/cli.js';
import { loadAccessRepository } from '../../src/model/index.js';
import { MAX_HR_FILE, runSyncIdentities } from '../../src/workflows/sync-identities.js';

// The identity sync against a copy of the example access repository: what an HR file says
// becomes edits of identities/ (comments and layout kept) and, for a leaver, the removal of
// every grant they hold; a file that disagrees with itself or the repository changes nothing.
const EXAMPLE = join(import.meta.dirname, '../../access');

function copy(): string {
  const root = mkdtempSync(join(tmpdir(), 'accessctl-sync-'));
  cpSync(EXAMPLE, join(root, 'access'), { recursive: true });
  return root;
}

function snapshot(root: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const dir of ['identities', 'grants'])
    for (const name of [
      'users.yaml',
      'teams.yaml',
      'dispatch.yaml',
      'platform.yaml',
      'billing.yaml',
    ])
      if (existsSync(join(root, 'access', dir, name)))
        files.set(`${dir}/${name}`, readFileSync(join(root, 'access', dir, name), 'utf8'));
  return files;
}

function hr(root: string, name: string, text: string): string {
  const file = join(root, name);
  writeFileSync(file, text);
  return file;
}

const CSV_HEADER = 'login,name,email,team,status,left_on,type,sponsor,contract_ends\n';

describe('sync-identities from a CSV export', () => {
  it('adds a joiner, moves a mover, and makes a leaver leave their teams and grants', async () => {
    const root = copy();
    const access = join(root, 'access');
    const before = await loadAccessRepository(access);
    const held = before.grants.filter((g) => g.subject === 'user:bnguyen').map((g) => g.id);
    expect(held.length).toBeGreaterThan(0);
    const from = hr(
      root,
      'hr.csv',
      CSV_HEADER +
        'ynew,Yusuf New,yusuf.new@halyardfreight.com,dispatch,active,,,,\n' +
        'smueller,,,billing,active,,,,\n' +
        'bnguyen,,,,leaver,2026-11-30,,,\n' +
        'qcontract,"Quinn, Contractor",quinn@contractor.example,dispatch,active,,contractor,lfernandes,2027-02-28\n',
    );
    const result = await runSyncIdentities({ accessDir: access, from, write: true });
    expect(result.findings).toEqual([]);
    expect(result.removedGrants.sort()).toEqual(held.sort());
    const users = readFileSync(join(access, 'identities/users.yaml'), 'utf8');
    // the header comment and every untouched document stay byte for byte
    expect(
      users.startsWith(
        readFileSync(join(EXAMPLE, 'identities/users.yaml'), 'utf8').split(
          'kind: User\nid: bnguyen',
        )[0]!,
      ),
    ).toBe(true);
    expect(users).toContain(
      '---\nkind: User\nid: ynew\nname: Yusuf New\nemail: yusuf.new@halyardfreight.com\n',
    );
    expect(users).toContain('name: "Quinn, Contractor"');

    const after = await loadAccessRepository(access);
    expect(after.findings).toEqual([]);
    expect(after.identities.users.get('bnguyen')).toMatchObject({
      status: 'leaver',
      leftOn: '2026-11-30',
    });
    expect(after.identities.users.get('qcontract')).toMatchObject({
      type: 'contractor',
      sponsor: 'lfernandes',
      contractEnds: '2027-02-28',
    });
    const team = (id: string) => after.identities.teams.get(id);
    expect(team('dispatch')?.members).toEqual(['ynew', 'qcontract']);
    expect(team('billing')?.members).toContain('smueller');
    expect(after.grants.filter((g) => g.subject === 'user:bnguyen')).toEqual([]);
    expect(after.grants.length).toBe(before.grants.length - held.length);
  });

  it('changes nothing when run again on the result', async () => {
    const root = copy();
    const access = join(root, 'access');
    const from = hr(root, 'hr.csv', CSV_HEADER + 'bnguyen,,,,leaver,2026-11-30,,,\n');
    await runSyncIdentities({ accessDir: access, from, write: true });
    const once = snapshot(root);
    const again = await runSyncIdentities({ accessDir: access, from, write: true });
    expect(again).toMatchObject({ findings: [], files: [] });
    expect(snapshot(root)).toEqual(once);
  });

  it.each([
    ['an unknown team', 'zed,,,paymnts,active,,,,\n', 2, 4, /team "paymnts" is not a Team/],
    [
      'a duplicate login',
      'bnguyen,,,,active,,,,\nBNguyen,,,,active,,,,\n',
      3,
      1,
      /login bnguyen is listed twice \(first at line 2, column 1\)/,
    ],
    ['a leaver with no date', 'bnguyen,,,,leaver,,,,\n', 2, 5, /bnguyen is a leaver with no date/],
    [
      'a malformed date',
      'bnguyen,,,,leaver,2026-13-01,,,\n',
      2,
      6,
      /leftOn "2026-13-01" is not a date/,
    ],
    ['an unknown status', 'bnguyen,,,,gone,,,,\n', 2, 5, /status "gone" must be active or leaver/],
    [
      'a contractor without sponsor',
      'qc,,,,active,,contractor,,\n',
      2,
      7,
      /qc is a contractor with no sponsor/,
    ],
    [
      'an unknown sponsor',
      'qc,,,,active,,contractor,nobody,\n',
      2,
      8,
      /sponsor nobody is not a known user/,
    ],
    ['a login GitHub cannot have', 'not_a_login,,,,active,,,,\n', 2, 1, /not a GitHub login/],
  ])('rejects %s at its cell and changes nothing', async (_name, rows, line, field, message) => {
    // the column where the field-th (1-based) comma-separated field of that row starts
    const row = rows.split('\n')[line - 2] as string;
    const column =
      row
        .split(',')
        .slice(0, field - 1)
        .join(',').length + (field === 1 ? 1 : 2);
    const root = copy();
    const access = join(root, 'access');
    const untouched = snapshot(root);
    const from = hr(root, 'hr.csv', CSV_HEADER + rows);
    const result = await runSyncIdentities({ accessDir: access, from, write: true });
    expect(result.files).toEqual([]);
    expect(result.findings).toEqual([
      expect.objectContaining({
        file: from,
        line,
        column,
        message: expect.stringMatching(message),
      }),
    ]);
    expect(snapshot(root)).toEqual(untouched);
  });

  it('rejects an unknown column and a broken CSV row where they are', async () => {
    const root = copy();
    const access = join(root, 'access');
    const unknown = await runSyncIdentities({
      accessDir: access,
      from: hr(root, 'a.csv', 'login,status,salary\nbnguyen,active,1\n'),
      write: true,
    });
    expect(unknown.findings).toEqual([
      expect.objectContaining({
        line: 1,
        column: 14,
        message: expect.stringMatching(/unknown column "salary"/),
      }),
    ]);
    const broken = await runSyncIdentities({
      accessDir: access,
      from: hr(root, 'b.csv', 'login,status\nbnguyen,active\n"oops,active\n'),
      write: true,
    });
    expect(broken.findings).toEqual([
      expect.objectContaining({
        rule: 'hr-file',
        message: expect.stringMatching(/not a valid CSV file/),
      }),
    ]);
    expect(broken.findings[0]?.line).toBeGreaterThanOrEqual(3);
  });
});

describe('sync-identities into a repository with no users yet', () => {
  it('creates identities/users.yaml for the first joiner', async () => {
    const root = mkdtempSync(join(tmpdir(), 'accessctl-sync-empty-'));
    const access = join(root, 'access');
    mkdirSync(join(access, 'identities'), { recursive: true });
    writeFileSync(join(access, 'identities/teams.yaml'), 'kind: Team\nid: ops\n');
    const from = hr(root, 'hr.csv', 'login,status,team\nfirst,active,ops\n');
    const result = await runSyncIdentities({ accessDir: access, from, write: true });
    expect(result.findings).toEqual([]);
    expect(readFileSync(join(access, 'identities/users.yaml'), 'utf8')).toBe(
      '---\nkind: User\nid: first\n',
    );
    const after = await loadAccessRepository(access);
    expect(after.findings).toEqual([]);
    expect(after.identities.teams.get('ops')?.members).toEqual(['first']);
  });
});

describe('sync-identities from SCIM 2.0', () => {
  const scim = (resources: unknown[]) =>
    JSON.stringify(
      {
        schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'],
        totalResults: resources.length,
        Resources: resources,
      },
      null,
      2,
    );
  const ENT = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
  const ACC = 'urn:accessctl:params:scim:schemas:extension:access:2.0:User';

  it('reads a ListResponse: a leaver by active false, a contractor sponsored by their manager', async () => {
    const root = copy();
    const access = join(root, 'access');
    const from = hr(
      root,
      'users.json',
      scim([
        { id: 'u1', userName: 'lfernandes', active: true },
        { id: 'u2', userName: 'bnguyen', active: false, [ACC]: { leftOn: '2026-11-30' } },
        {
          id: 'u3',
          userName: 'kcontract',
          name: { formatted: 'Kim Contract' },
          emails: [{ value: 'kim@contractor.example', primary: true }],
          userType: 'Contractor',
          active: true,
          [ENT]: { department: 'dispatch', manager: { value: 'u1' } },
          [ACC]: { contractEnds: '2027-01-31' },
        },
      ]),
    );
    const result = await runSyncIdentities({ accessDir: access, from, write: true });
    expect(result.findings).toEqual([]);
    const after = await loadAccessRepository(access);
    expect(after.identities.users.get('bnguyen')).toMatchObject({
      status: 'leaver',
      leftOn: '2026-11-30',
    });
    expect(after.identities.users.get('kcontract')).toMatchObject({
      name: 'Kim Contract',
      type: 'contractor',
      sponsor: 'lfernandes',
      contractEnds: '2027-01-31',
    });
    expect(after.identities.teams.get('dispatch')?.members).toContain('kcontract');
  });

  it('points a SCIM leaver with no date at its "active" value', async () => {
    const root = copy();
    const from = hr(root, 'users.json', scim([{ id: 'u2', userName: 'bnguyen', active: false }]));
    const result = await runSyncIdentities({ accessDir: join(root, 'access'), from, write: true });
    const text = readFileSync(from, 'utf8').split('\n');
    const line = text.findIndex((l) => l.includes('"active": false')) + 1;
    expect(result.findings).toEqual([
      expect.objectContaining({
        file: from,
        line,
        message: expect.stringMatching(/leaver with no date/),
      }),
    ]);
  });

  it('refuses an HR text over the size limit unread, as it refuses such a file', async () => {
    const root = copy();
    const untouched = snapshot(root);
    const row = 'bnguyen,,,,leaver,2026-11-30,,,\n';
    const text = CSV_HEADER + row.repeat(Math.ceil(MAX_HR_FILE / row.length));
    const result = await runSyncIdentities({
      accessDir: join(root, 'access'),
      from: join(root, 'client_payload.hr.csv'),
      text,
      write: true,
    });
    expect(result.findings).toEqual([
      expect.objectContaining({ line: 1, column: 1, message: 'HR file is over 20 MiB; split it' }),
    ]);
    expect(snapshot(root)).toEqual(untouched);
  });

  it('rejects JSON that is not SCIM', async () => {
    const root = copy();
    const from = hr(root, 'users.json', '{"users": []}');
    const result = await runSyncIdentities({ accessDir: join(root, 'access'), from, write: true });
    expect(result.findings[0]?.message).toMatch(/expected a SCIM ListResponse/);
  });
});

describe('accessctl sync-identities', () => {
  it('prints located findings and exits 1 on a bad file; 2 without --from', async () => {
    const root = copy();
    hr(root, 'hr.csv', CSV_HEADER + 'zed,,,paymnts,active,,,,\n');
    let out = '';
    const io = { out: (t: string) => (out += t), err: (t: string) => (out += t), cwd: root };
    expect(await runCli(['sync-identities', '--from', 'hr.csv'], io)).toBe(1);
    expect(out).toMatch(/^hr\.csv:2:7 error hr-file: team "paymnts" is not a Team/);
    expect(out).toContain('nothing was changed');
    expect(await runCli(['sync-identities'], io)).toBe(2);
  });
});
