import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

import { runCli } from '../../src/cli.js';

// `accessctl check` on a folder holding a grant file whose name is not UTF-8 (the byte 0xFE)
// beside a decoy really named "\uFFFD.yaml": read as UTF-8 both are one name, and the grant
// in the first would be read from the second. It stops instead, with a usage error that
// names the file, whether the folder is a git work tree, is judged against a base, or is
// not in git at all.

const NOW = '2026-11-27T12:00:00Z';

const CATALOG = `kind: Resource
id: github:repo/acme/api
owners: [team:api-leads]
provisioner: github
roles:
  push: { risk: medium, maxDays: 90 }
  admin: { risk: high, maxDays: 14, approvals: 2 }
`;

const IDENTITIES = `kind: User
id: alice
---
kind: Team
id: api-leads
members: [alice]
`;

const ADMIN = `kind: Grant
id: alice-api-admin
subject: user:alice
resource: github:repo/acme/api
role: admin
reason: Wants it
expires: 2027-11-30
`;

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function repository(inGit: boolean): string {
  const root = mkdtempSync(join(tmpdir(), 'accessctl-check-'));
  roots.push(root);
  for (const dir of ['catalog', 'identities', 'grants'])
    mkdirSync(join(root, 'access', dir), { recursive: true });
  writeFileSync(join(root, 'access/catalog/repos.yaml'), CATALOG);
  writeFileSync(join(root, 'access/identities/people.yaml'), IDENTITIES);
  const git = (...args: string[]) =>
    execFileSync('git', [
      '-C',
      root,
      '-c',
      'user.name=a',
      '-c',
      'user.email=a@example.com',
      ...args,
    ]);
  if (inGit) {
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-q', '-m', 'rules');
  }
  writeFileSync(join(root, 'access/grants/\uFFFD.yaml'), '# notes\n');
  writeFileSync(
    Buffer.concat([
      Buffer.from(join(root, 'access/grants/')),
      Buffer.from([0xfe, 0x2e]),
      Buffer.from('yaml'),
    ]),
    ADMIN,
  );
  if (inGit) {
    git('add', '-A');
    git('commit', '-q', '-m', 'access');
  }
  return root;
}

async function check(args: string[], cwd: string) {
  let out = '';
  let err = '';
  const code = await runCli(['check', '--now', NOW, ...args], {
    out: (t) => (out += t),
    err: (t) => (err += t),
    cwd,
  });
  return { code, out, err };
}

describe('accessctl check on a file name that is not UTF-8', () => {
  it.each([
    ['a git work tree', true, []],
    ['a git work tree, against a base', true, ['--base', 'HEAD~1']],
    ['a folder outside git', false, []],
    ['a folder outside git, without the cache', false, ['--no-cache']],
  ])('exits 2 naming the file: %s', async (_, inGit, args) => {
    const { code, out, err } = await check(args as string[], repository(inGit as boolean));
    expect(out).toBe('');
    expect(code).toBe(2);
    expect(err).toMatch(/^accessctl check: .* is not UTF-8: ".*grants\/\\xFE\.yaml"/);
    expect(err).toContain('git mv');
    expect(err).toContain('Usage: accessctl check');
  });
});
