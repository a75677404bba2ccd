import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

import { runCli } from '../../src/cli.js';

// Input that would otherwise be read as nothing at all is an error that says where.
const PROJECT = fileURLToPath(new URL('../..', import.meta.url));
const created: string[] = [];
afterAll(() => {
  for (const dir of created) rmSync(dir, { recursive: true, force: true });
});

function example(): string {
  const root = mkdtempSync(join(tmpdir(), 'accessctl-silent-'));
  created.push(root);
  cpSync(join(PROJECT, 'access'), join(root, 'access'), { recursive: true });
  return root;
}

async function check(cwd: string, args: string[] = []) {
  let out = '';
  let err = '';
  const code = await runCli(['check', '--no-cache', ...args], {
    out: (t) => (out += t),
    err: (t) => (err += t),
    cwd,
  });
  return { code, out, err };
}

describe('input that would be silently ignored', () => {
  it('a symlinked grant file is an error, and the check fails', async () => {
    const root = example();
    symlinkSync(join(root, 'access/grants/billing.yaml'), join(root, 'access/grants/linked.yaml'));
    const { code, out } = await check(root);
    expect(out).toMatch(
      /^access\/grants\/linked\.yaml:1:1 error symlink-ignored: a symbolic link is not read .*replace it with the file itself$/m,
    );
    expect(code).toBe(1);
  });

  it('a policy file whose package is one typo from access names the file, line and package', async () => {
    const root = example();
    mkdirSync(join(root, 'policies'));
    writeFileSync(
      join(root, 'policies/good.rego'),
      'package access\n\nwarn contains "x" if false\n',
    );
    writeFileSync(
      join(root, 'policies/typo.rego'),
      '# prod rules\npackage acess.prod\n\ndeny contains "no" if true\n',
    );
    const { code, err } = await check(root);
    expect(err).toMatch(
      /policies\/typo\.rego:2:1: package acess\.prod is never read by the check .*did you mean package access\.prod\?/,
    );
    expect(code).toBe(2);
  });
});

describe('a file over the size limit', () => {
  it('suggests --max-file-size, which check accepts', async () => {
    const root = example();
    const big = await check(root, ['--max-file-size', '64']);
    expect(big.out).toMatch(/error file-too-large: .*\(or raise --max-file-size\)$/m);
    expect(big.code).toBe(1);
    const raised = await check(root, ['--max-file-size', String(1024 * 1024)]);
    expect(raised.out).not.toMatch(/file-too-large/);
    expect(raised.code).toBe(0);
    const wrong = await check(root, ['--max-file-size', 'lots']);
    expect(wrong.code).toBe(2);
  });
});

describe('a reader that closes the pipe early', () => {
  it('ends the run with no EPIPE stack trace', () => {
    const root = example();
    // thousands of findings: far more output than a pipe holds
    const many = Array.from({ length: 3000 }, (_, i) => `--- # ${i}\n`).join('');
    writeFileSync(join(root, 'access/grants/empty.yaml'), many);
    const run = spawnSync(
      'sh',
      [
        '-c',
        `"${process.execPath}" --import tsx src/bin.ts check --no-cache --access "${join(root, 'access')}" | head -1`,
      ],
      { cwd: PROJECT, encoding: 'utf8' },
    );
    expect(run.stdout.split('\n').filter((l) => l !== '')).toHaveLength(1);
    expect(run.stderr).not.toMatch(/EPIPE|at \S+ \(/);
  });
});
