import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import type { Io } from '../../src/commands/command.js';
import { accessDir, removeTempDirs } from './temp-repo.js';

afterAll(removeTempDirs);

const PROJECT = fileURLToPath(new URL('../..', import.meta.url));

async function run(argv: string[], cwd: string) {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => (out += t), err: (t) => (err += t), cwd };
  const code = await runCli(['validate', ...argv], io);
  return { code, out, err };
}

describe('accessctl validate', () => {
  it('exits 0 on the shipped example repository, reading access/ by default', async () => {
    const { code, out, err } = await run([], PROJECT);
    expect(err).toBe('');
    expect(out).toMatch(/^no problems in \d+ documents \(\d+ files\)\n$/);
    expect(code).toBe(0);
  });

  it('exits 1 and prints compiler-style lines when there is an error', async () => {
    const dir = accessDir({
      'grants/x.yaml':
        'kind: Grant\nid: g\nsubject: user:bob\nresource: github:team/payments\nrole: owner\nreason: Needs to own the team\nexpires: 2027-01-31\n',
    });
    const { code, out } = await run([], dirname(dir));
    expect(code).toBe(1);
    expect(out).toBe(
      'access/grants/x.yaml:5:7 error unknown-role: role "owner" is not defined for github:team/payments (catalog entry github:team/*) (defined: member, maintainer)\n' +
        '1 error, 0 warnings in 11 documents (4 files)\n',
    );
  });

  it.each([
    [
      'github:team/..',
      'invalid-name: "github:team/.." has a "." or ".." path segment, which a URL or path would resolve to something else; name the resource itself; fix the name (docs/provisioners.md, "Names")',
    ],
    [
      'github:team/Payments',
      'noncanonical-name: "github:team/Payments" is not in its canonical spelling (GitHub compares organisation, team and repository names case-insensitively); write it as github:team/payments',
    ],
  ])('exits 1 on a grant naming %s, located at its resource', async (resource, message) => {
    const dir = accessDir({
      'grants/x.yaml': `kind: Grant\nid: g\nsubject: user:bob\nresource: ${resource}\nrole: member\nreason: Needs to be in the team\nexpires: 2027-01-31\n`,
    });
    const { code, out } = await run([], dirname(dir));
    expect(code).toBe(1);
    expect(out).toBe(
      `access/grants/x.yaml:4:11 error ${message}\n1 error, 0 warnings in 11 documents (4 files)\n`,
    );
  });

  it('exits 0 when there are only warnings', async () => {
    const dir = accessDir({ 'identities/t.yaml': 'kind: Team\nid: old\nmembers: [mallory]\n' });
    const { code, out } = await run(['--access', dir], '/');
    expect(code).toBe(0);
    expect(out).toMatch(/warning leaver-in-team/);
  });

  it('prints exactly {findings, exceptions, summary} as JSON, with paths relative to cwd', async () => {
    const dir = accessDir({ 'grants/x.yaml': 'kind: Grant\nid: g\n' });
    const { code, out } = await run(['--format', 'json', '--access', 'access'], dirname(dir));
    expect(code).toBe(1);
    const report = JSON.parse(out) as Record<string, unknown>;
    expect(Object.keys(report)).toEqual(['findings', 'exceptions', 'summary']);
    expect(report.exceptions).toEqual([]);
    expect(report.summary).toEqual({
      files: 4,
      documents: 11,
      errors: 1,
      warnings: 0,
      exceptions: 0,
    });
    const findings = report.findings as Record<string, unknown>[];
    expect(findings).toHaveLength(1);
    expect(Object.keys(findings[0] ?? {})).toEqual([
      'rule',
      'severity',
      'message',
      'file',
      'line',
      'column',
      'endLine',
      'endColumn',
    ]);
    expect(findings[0]).toMatchObject({
      rule: 'missing-field',
      severity: 'error',
      file: 'access/grants/x.yaml',
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 1 + 'kind: Grant'.length,
    });
  });

  it('applies --max-file-size', async () => {
    const dir = accessDir();
    const { code, out } = await run(['--access', dir, '--max-file-size', '64'], dir);
    expect(code).toBe(1);
    expect(out).toMatch(
      /^catalog\/github\.yaml:1:1 error file-too-large: file is .* over the 64 bytes limit/,
    );
  });

  it.each([
    [['--bogus'], /Unknown option '--bogus'/],
    [['--format', 'xml'], /--format must be text or json, got "xml"/],
    [['--max-file-size', 'lots'], /--max-file-size must be a positive number of bytes, got "lots"/],
    [
      ['--access', 'no/such/dir'],
      /access directory "no\/such\/dir" not found .*; pass --access DIR/,
    ],
  ])('exits 2 on a usage error: %j', async (argv, message) => {
    const { code, out, err } = await run(argv, PROJECT);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(message);
    expect(err).toMatch(/Usage: accessctl validate/);
  });

  it('finds the default access directory relative to cwd', async () => {
    const { code, err } = await run([], join(PROJECT, 'test'));
    expect(code).toBe(2);
    expect(err).toMatch(/access directory "access" not found/);
  });
});
