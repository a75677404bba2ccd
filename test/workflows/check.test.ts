import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { runCli } from '../../src/cli.js';
import { checkRepository } from '../../src/workflows/check/repository.js';

const NOW = new Date('2026-11-27T12:00:00Z');

const CATALOG = `kind: Resource
id: github:repo/acme/api
owners: [team:api-leads]
provisioner: github
teamMaxRisk: medium
roles:
  pull: { risk: low, maxDays: 365 }
  push: { risk: medium, maxDays: 90 }
  admin: { risk: high, maxDays: 14, approvals: 2 }
`;

const IDENTITIES = `kind: User
id: alice
---
kind: User
id: bob
---
kind: Team
id: api-leads
members: [bob]
---
kind: Team
id: api
members: [alice]
`;

function repository(grants: string): string {
  const root = mkdtempSync(join(tmpdir(), 'accessctl-check-'));
  for (const dir of ['catalog', 'identities', 'grants'])
    mkdirSync(join(root, 'access', dir), { recursive: true });
  writeFileSync(join(root, 'access/catalog/repos.yaml'), CATALOG);
  writeFileSync(join(root, 'access/identities/people.yaml'), IDENTITIES);
  writeFileSync(join(root, 'access/grants/api.yaml'), grants);
  return root;
}

const GOOD = `kind: Grant
id: alice-api-push
subject: user:alice
resource: github:repo/acme/api
role: push
reason: Ships the payments endpoints this quarter
expires: 2027-01-31
`;

describe('checkRepository', () => {
  it('passes a repository whose grants follow every rule', async () => {
    const root = repository(GOOD);
    const result = await checkRepository({ accessDir: join(root, 'access'), now: NOW });
    expect(result.findings).toEqual([]);
  });

  it('points a policy finding at the field it is about', async () => {
    const root = repository(`${GOOD}---
kind: Grant
id: alice-api-admin
subject: user:alice
resource: github:repo/acme/api
role: admin
reason: Needed for a fix
expires: 2026-12-05
`);
    const { findings } = await checkRepository({ accessDir: join(root, 'access'), now: NOW });
    const file = join(root, 'access/grants/api.yaml');
    expect(findings).toContainEqual(
      expect.objectContaining({
        rule: 'high-risk-reason',
        severity: 'error',
        file,
        line: 14,
        column: 1,
      }),
    );
    // The grant has no ticket field: the finding points at the role that demands one.
    expect(findings).toContainEqual(
      expect.objectContaining({ rule: 'high-risk-ticket', file, line: 13, column: 1 }),
    );
    expect(findings).toContainEqual(
      expect.objectContaining({ rule: 'expires-soon', severity: 'warning', line: 15 }),
    );
  });

  it('keeps a team under the resource limit for teams', async () => {
    const root = repository(`kind: Grant
id: api-team-admin
subject: team:api
resource: github:repo/acme/api
role: admin
reason: The whole team administers the repository during the migration
expires: 2026-12-05
ticket: API-7
`);
    const { findings } = await checkRepository({ accessDir: join(root, 'access'), now: NOW });
    expect(findings.map((f) => f.rule)).toContain('team-role-limit');
  });
});

describe('accessctl check', () => {
  const run = async (args: string[], cwd: string) => {
    let out = '';
    let err = '';
    const code = await runCli(['check', ...args], {
      out: (t) => (out += t),
      err: (t) => (err += t),
      cwd,
    });
    return { code, out, err };
  };

  it('exits 1 with located text findings when a grant breaks a rule, 0 otherwise', async () => {
    const bad = repository(GOOD.replace('expires: 2027-01-31', 'expires: 2027-11-30'));
    const failing = await run(['--now', NOW.toISOString()], bad);
    expect(failing.code).toBe(1);
    expect(failing.out).toMatch(
      /^access\/grants\/api\.yaml:7:1 error max-duration: grant lasts 368 days from 2026-11-27 \(now\); role "push" on github:repo\/acme\/api allows at most 90: move expires earlier$/m,
    );
    const passing = await run(['--now', NOW.toISOString()], repository(GOOD));
    expect(passing.code).toBe(0);
  });

  it('prints the JSON shape tooling relies on', async () => {
    const { out } = await run(
      ['--format', 'json', '--now', NOW.toISOString()],
      repository(GOOD.replace('role: push', 'role: owner')),
    );
    const report = JSON.parse(out) as { findings: Record<string, unknown>[] };
    expect(report.findings[0]).toEqual({
      rule: 'unknown-role',
      severity: 'error',
      message: expect.stringContaining('role "owner" is not defined'),
      file: 'access/grants/api.yaml',
      line: 5,
      column: 7,
      endLine: 5,
      endColumn: 12,
    });
  });

  it('exits 2 on a usage error', async () => {
    expect((await run(['--now', 'yesterday'], repository(GOOD))).code).toBe(2);
    expect((await run(['--access', 'missing'], repository(GOOD))).code).toBe(2);
  });

  it('reads accessctl.yaml beside access/ and reports a bad one at its line', async () => {
    const soon = GOOD.replace('expires: 2027-01-31', 'expires: 2026-12-05');
    const root = repository(soon);
    expect((await run(['--now', NOW.toISOString()], root)).out).toMatch(/warning expires-soon/);
    writeFileSync(join(root, 'accessctl.yaml'), 'expiry:\n  warnDays: 3\n');
    expect((await run(['--now', NOW.toISOString()], root)).out).not.toMatch(/expires-soon/);
    writeFileSync(join(root, 'accessctl.yaml'), 'expiry:\n  warnDays: soon\n');
    const broken = await run(['--now', NOW.toISOString()], root);
    expect(broken.code).toBe(1);
    expect(broken.err).toMatch(/^accessctl\.yaml:2:3: expiry\.warnDays must be a whole number/m);
  });

  it('exits 2 naming file, line and column when a policy of the repository does not compile', async () => {
    const root = repository(GOOD);
    mkdirSync(join(root, 'policies'));
    writeFileSync(
      join(root, 'policies/extra.rego'),
      'package access\n\ndeny contains msg if {\n\tmsg := undefined_fn(input.x)\n}\n',
    );
    const result = await run(['--now', NOW.toISOString()], root);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(
      /^policies\/extra\.rego:4:9: rego_type_error: undefined function undefined_fn$/m,
    );
    expect(result.out).toBe('');
  });

  it("adds the rules of the repository's own policies to the built-in library", async () => {
    const root = repository(GOOD);
    mkdirSync(join(root, 'policies'));
    writeFileSync(
      join(root, 'policies/extra.rego'),
      'package access\n\ndeny contains {"rule": "no-push", "grant": g.id, "field": "role", "msg": "no pushing"} if {\n\tsome g in input.grants\n\tg.role == "push"\n}\n',
    );
    const result = await run(['--now', NOW.toISOString()], root);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/^access\/grants\/api\.yaml:5:1 error no-push: no pushing$/m);
  });

  it('with --base, keeps errors on what changed since the ref and shows older ones as warnings', async () => {
    const root = repository(GOOD.replace('role: push', 'role: owner'));
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: root,
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 't',
          GIT_AUTHOR_EMAIL: 't@x',
          GIT_COMMITTER_NAME: 't',
          GIT_COMMITTER_EMAIL: 't@x',
        },
      });
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-qm', 'base');
    writeFileSync(
      join(root, 'access/grants/new.yaml'),
      GOOD.replace('id: alice-api-push', 'id: alice-api-push-2').replace(
        'expires: 2027-01-31',
        'expires: 2027-11-30',
      ),
    );
    const changed = await run(['--base', 'main', '--now', NOW.toISOString()], root);
    expect(changed.code).toBe(1);
    expect(changed.out).toMatch(/^access\/grants\/new\.yaml:7:1 error max-duration: /m);
    expect(changed.out).toMatch(
      /^access\/grants\/api\.yaml:5:7 warning unknown-role: .*\(already so on main; not part of this change\)$/m,
    );
    rmSync(join(root, 'access/grants/new.yaml'));
    expect((await run(['--base', 'main', '--now', NOW.toISOString()], root)).code).toBe(0);
    expect((await run(['--base', 'no-such-ref', '--now', NOW.toISOString()], root)).code).toBe(2);
  });

  it('with --base, a branch that edits the rules is judged by the rules of the ref', async () => {
    const root = repository(GOOD);
    mkdirSync(join(root, 'policies'));
    writeFileSync(
      join(root, 'policies/no-admin.rego'),
      'package access\n\ndeny contains {"rule": "no-admin", "grant": g.id, "field": "role", "msg": "nobody is admin"} if {\n\tsome g in input.grants\n\tg.role == "admin"\n}\n',
    );
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@x', ...args], { cwd: root });
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-qm', 'base');
    // The branch guts the policy, loosens the catalog, and asks for admin.
    writeFileSync(
      join(root, 'policies/no-admin.rego'),
      'package access\n\ndeny contains "never" if false\n',
    );
    writeFileSync(
      join(root, 'access/catalog/repos.yaml'),
      CATALOG.replace(
        'admin: { risk: high, maxDays: 14, approvals: 2 }',
        'admin: { risk: low, maxDays: 365 }',
      ),
    );
    writeFileSync(
      join(root, 'access/grants/admin.yaml'),
      GOOD.replace('id: alice-api-push', 'id: alice-api-admin').replace(
        'role: push',
        'role: admin',
      ),
    );
    const args = ['--base', 'main', '--now', NOW.toISOString()];
    const judged = await run(args, root);
    expect(judged.code).toBe(1);
    expect(judged.out).toMatch(
      /^access\/grants\/admin\.yaml:5:1 error no-admin: nobody is admin$/m,
    );
    expect(judged.out).toMatch(/^access\/grants\/admin\.yaml:\d+:\d+ error max-duration: /m);
    expect(judged.out).toMatch(/^access\/catalog\/repos\.yaml:1:1 warning rules-edited: /m);
    expect(judged.out).toMatch(/^policies\/no-admin\.rego:1:1 warning rules-edited: /m);
    // Without --base the working tree is the repository, its rules included.
    expect((await run(['--now', NOW.toISOString()], root)).code).toBe(0);
  });

  it('keeps parsed files in the git folder for the next run, unless told --no-cache', async () => {
    const root = repository(GOOD.replace('role: push', 'role: owner'));
    const cacheFile = join(root, '.git/accessctl/parse-cache.jsonl');
    execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: root });
    const args = ['--format', 'json', '--now', NOW.toISOString()];
    const uncached = await run([...args, '--no-cache'], root);
    expect(existsSync(cacheFile)).toBe(false);
    // Untracked files have no blob id yet: nothing to key them by.
    expect((await run(args, root)).out).toBe(uncached.out);
    expect(readFileSync(cacheFile, 'utf8').trimEnd().split('\n')).toHaveLength(1);
    execFileSync('git', ['add', '-A'], { cwd: root });
    // ACCESSCTL_TIMINGS=1 also says how many files came from the cache
    process.env.ACCESSCTL_TIMINGS = '1';
    let cold, kept, warm;
    try {
      cold = await run(args, root);
      kept = readFileSync(cacheFile, 'utf8');
      warm = await run(args, root);
    } finally {
      delete process.env.ACCESSCTL_TIMINGS;
    }
    expect(kept.trimEnd().split('\n').length).toBeGreaterThan(2);
    expect([cold.out, warm.out]).toEqual([uncached.out, uncached.out]);
    expect(readFileSync(cacheFile, 'utf8')).toBe(kept);
    const files = (JSON.parse(warm.out) as { summary: { files: number } }).summary.files;
    expect(cold.err).toContain(`parse cache: 0 of ${files} files reused`);
    expect(warm.err).toContain(`parse cache: ${files} of ${files} files reused`);
  });

  it('prints SARIF 2.1.0 for code scanning, one result per finding at its line', async () => {
    const { code, out } = await run(
      ['--format', 'sarif', '--now', NOW.toISOString()],
      repository(GOOD.replace('role: push', 'role: owner')),
    );
    expect(code).toBe(1);
    const sarif = JSON.parse(out) as {
      version: string;
      runs: { results: Record<string, unknown>[] }[];
    };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]?.results).toEqual([
      expect.objectContaining({
        ruleId: 'unknown-role',
        level: 'error',
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'access/grants/api.yaml', uriBaseId: '%SRCROOT%' },
              region: { startLine: 5, startColumn: 7, endLine: 5, endColumn: 12 },
            },
          },
        ],
      }),
    ]);
  });
});
