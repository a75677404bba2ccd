import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

import { runCli } from '../../src/cli.js';

// A grant nobody touched must not turn red with time: its duration counts from its start
// (its own starts:, or the commit that added or last renewed it), and an expired grant that
// is still there is the expiry job's work (a warning), an error only in a change that adds
// or renews it.
const PROJECT = fileURLToPath(new URL('../..', import.meta.url));
const DAY = 86_400_000;
const created: string[] = [];
afterAll(() => {
  for (const dir of created) rmSync(dir, { recursive: true, force: true });
});

async function check(cwd: string, args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(['check', '--no-cache', ...args], {
    out: (t) => (out += t),
    err: (t) => (err += t),
    cwd,
  });
  return { code, out, err };
}

const at = (ms: number) => new Date(ms).toISOString();
const TODAY = Date.now();
const DATES = {
  today: at(TODAY),
  'in 15 days': at(TODAY + 15 * DAY),
  'in a year': at(TODAY + 365 * DAY),
  'in 5 years': at(TODAY + 5 * 365 * DAY),
};

function gitRepo(): string {
  const root = mkdtempSync(join(tmpdir(), 'accessctl-any-date-'));
  created.push(root);
  execFileSync('git', ['init', '-q', '-b', 'main', root]);
  return root;
}

function commit(root: string, message: string, date?: string): void {
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'a',
    GIT_AUTHOR_EMAIL: 'a@example.com',
    GIT_COMMITTER_NAME: 'a',
    GIT_COMMITTER_EMAIL: 'a@example.com',
    ...(date === undefined ? {} : { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }),
  };
  execFileSync('git', ['-C', root, 'add', '-A'], { env });
  execFileSync('git', ['-C', root, 'commit', '-q', '-m', message], { env });
}

describe("the Quickstart's check on the example, on any date", () => {
  it.each(Object.entries(DATES))('finds no error %s', async (_when, now) => {
    const { code, out } = await check(PROJECT, ['--now', now]);
    expect(out).not.toMatch(/ error /);
    expect(out).toMatch(/(no problems|0 errors)/);
    expect(code).toBe(0);
  });

  it('says what stands expired a year on, and points at the expiry job', async () => {
    const { out } = await check(PROJECT, ['--now', DATES['in a year']]);
    expect(out).toMatch(
      /^access\/grants\/\S+\.yaml:\d+:1 warning already-expired: grant \S+ expired on 2027-\d\d-\d\d and is still here: `accessctl expire --mode pr` opens the pull request that removes it/m,
    );
    expect(out).toMatch(/warning rotation-overdue: service account \S+ is past its rotation age/);
  });

  it('finds no error in a fresh clone committed today, five years on', async () => {
    const root = gitRepo();
    cpSync(join(PROJECT, 'access'), join(root, 'access'), { recursive: true });
    commit(root, 'the example');
    for (const now of Object.values(DATES)) {
      const { code, out } = await check(root, ['--now', now]);
      expect(out, now).not.toMatch(/ error /);
      expect(code, now).toBe(0);
    }
  });

  it('measures from now outside git, and says so', async () => {
    const root = mkdtempSync(join(tmpdir(), 'accessctl-no-git-'));
    created.push(root);
    cpSync(join(PROJECT, 'access'), join(root, 'access'), { recursive: true });
    const { code, out, err } = await check(root, ['--now', DATES['in 5 years']]);
    expect(err).toMatch(
      /is not inside a git repository: grants without "starts:" are measured from now/,
    );
    expect(out).not.toMatch(/ error /);
    expect(code).toBe(0);
  });
});

const CATALOG = `kind: Resource
id: github:repo/acme/api
owners: [team:api]
provisioner: github
roles:
  push: { risk: medium, maxDays: 90 }
`;
const IDENTITIES = `kind: User
id: alice
---
kind: Team
id: api
members: [alice]
`;
const grant = (extra: string) => `kind: Grant
id: alice-api-push
subject: user:alice
resource: github:repo/acme/api
role: push
reason: Ships the payments endpoints this quarter
${extra}`;

function accessRepo(grantText: string, date?: string): string {
  const root = gitRepo();
  const dir = join(root, 'access');
  execFileSync('mkdir', ['-p', join(dir, 'catalog'), join(dir, 'identities'), join(dir, 'grants')]);
  writeFileSync(join(dir, 'catalog/api.yaml'), CATALOG);
  writeFileSync(join(dir, 'identities/people.yaml'), IDENTITIES);
  writeFileSync(join(dir, 'grants/api.yaml'), grantText);
  commit(root, 'grant', date);
  return root;
}

describe('a grant is measured from its start', () => {
  it('from the commit that added it: 214 days are too long however few are left', async () => {
    const root = accessRepo(grant('expires: 2026-12-31\n'), '2026-06-01T00:00:00Z');
    const { code, out } = await check(root, ['--now', '2026-12-20T00:00:00Z']);
    expect(out).toMatch(
      /^access\/grants\/api\.yaml:7:1 error max-duration: grant lasts 214 days from 2026-06-01 \(the commit that added or last renewed it\); role "push" on github:repo\/acme\/api allows at most 90: move expires earlier$/m,
    );
    expect(code).toBe(1);
  });

  it('from the commit that renewed it, not from the one that added it', async () => {
    const root = accessRepo(grant('expires: 2026-08-01\n'), '2026-06-01T00:00:00Z');
    const file = join(root, 'access/grants/api.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('2026-08-01', '2026-10-15'));
    commit(root, 'renew', '2026-08-01T00:00:00Z');
    // an edit elsewhere in the file renews nothing
    writeFileSync(file, readFileSync(file, 'utf8').replace('this quarter', 'this half'));
    commit(root, 'reword', '2026-09-01T00:00:00Z');
    for (const now of ['2026-09-02T00:00:00Z', '2031-01-01T00:00:00Z']) {
      const { code, out } = await check(root, ['--now', now]);
      expect(out, now).not.toMatch(/ error /);
      expect(code, now).toBe(0);
    }
  });

  it('from now when the working tree renews it and nothing committed it yet', async () => {
    const root = accessRepo(grant('expires: 2026-08-01\n'), '2026-06-01T00:00:00Z');
    const file = join(root, 'access/grants/api.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('2026-08-01', '2027-06-01'));
    const { out } = await check(root, ['--now', '2026-12-01T00:00:00Z']);
    expect(out).toMatch(/error max-duration: grant lasts 183 days from 2026-12-01 \(now\)/);
  });

  it('from its own starts:, and a start after expires is an error on starts', async () => {
    const root = accessRepo(grant('starts: 2026-01-01\nexpires: 2026-12-31\n'));
    const { out } = await check(root, ['--now', '2026-12-20T00:00:00Z']);
    expect(out).toMatch(/error max-duration: grant lasts 365 days from 2026-01-01 \(its starts\)/);
    const wrong = accessRepo(grant('starts: 2027-01-02\nexpires: 2026-12-31\n'));
    const bad = await check(wrong, ['--now', '2026-12-20T00:00:00Z']);
    expect(bad.out).toMatch(
      /^access\/grants\/api\.yaml:7:9 error invalid-field: "starts" 2027-01-02 is not before "expires" 2026-12-31/m,
    );
  });
});

describe('an expired grant', () => {
  it('is an error in a change that adds it, a warning where it stands', async () => {
    const root = accessRepo(grant('expires: 2026-10-01\n'), '2026-08-01T00:00:00Z');
    const standing = await check(root, ['--now', '2026-12-01T00:00:00Z']);
    expect(standing.out).toMatch(
      /warning already-expired: grant alice-api-push expired on 2026-10-01 and is still here/,
    );
    expect(standing.code).toBe(0);

    writeFileSync(
      join(root, 'access/grants/more.yaml'),
      grant('expires: 2026-11-01\n').replace('alice-api-push', 'alice-api-push-2'),
    );
    const asked = await check(root, ['--base', 'HEAD', '--now', '2026-12-01T00:00:00Z']);
    expect(asked.out).toMatch(
      /^access\/grants\/more\.yaml:7:1 error already-expired: grant alice-api-push-2 expired on 2026-11-01: it may be removed, not added or changed$/m,
    );
    expect(asked.out).toMatch(
      /warning already-expired: grant alice-api-push expired on 2026-10-01/,
    );
    expect(asked.code).toBe(1);
  });
});

describe('a duplicate id', () => {
  it('is reported on the file a change adds, naming both places from the repository root', async () => {
    const root = accessRepo(grant('expires: 2026-12-31\n'), '2026-11-01T00:00:00Z');
    // the new file sorts before the old one, so path order alone would blame the old one
    writeFileSync(join(root, 'access/grants/aaa-new.yaml'), grant('expires: 2026-12-30\n'));
    const plain = await check(root, ['--now', '2026-12-01T00:00:00Z']);
    expect(plain.out).toMatch(
      /^access\/grants\/api\.yaml:2:5 error duplicate-id: Grant id "alice-api-push" is used twice: here and at access\/grants\/aaa-new\.yaml:2:5; give one of them a different id$/m,
    );
    const asked = await check(root, ['--base', 'HEAD', '--now', '2026-12-01T00:00:00Z']);
    expect(asked.out).toMatch(
      /^access\/grants\/aaa-new\.yaml:2:5 error duplicate-id: Grant id "alice-api-push" is used twice: here and at access\/grants\/api\.yaml:2:5; give one of them a different id$/m,
    );
    expect(asked.out).not.toMatch(/api\.yaml:2:5 \w+ duplicate-id/);
    expect(asked.code).toBe(1);
  });
});
