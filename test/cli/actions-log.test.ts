// `accessctl check` in a GitHub Actions step prints repository text (file names, ids,
// reasons) into the runner's log: no line of it may be read as a workflow command.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import { runnerCommand } from '../harness/workflow-commands.js';

const PROJECT = resolve(import.meta.dirname, '../..');
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const GRANT = (id: string) =>
  `kind: Grant\nid: ${id}\nsubject: user:alice\nresource: github:repo/acme/api\nrole: push\nreason: short\nexpires: 2099-01-01\n`;

/** File names a pull request can add; each is printed in a finding's line. */
const NAMES = [
  'mid ##[add-mask]error.yaml',
  'stop ##[stop-commands]x.yaml',
  'nel\n\u0085::add-mask::error.yaml',
  '::set-output name=denied::0.yaml',
];

describe('accessctl check in a GitHub Actions step', () => {
  it('prints hostile file names without starting a workflow command', () => {
    const root = mkdtempSync(join(tmpdir(), 'accessctl-actions-log-'));
    dirs.push(root);
    mkdirSync(join(root, 'access/grants'), { recursive: true });
    NAMES.forEach((name, i) => writeFileSync(join(root, 'access/grants', name), GRANT(`g${i}`)));
    const git = (...args: string[]) => execFileSync('git', args, { cwd: root });
    git('init', '-q');
    git('add', '-A');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'grants');
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/bin.ts', 'check', '--no-cache', '--access', join(root, 'access')],
      {
        cwd: PROJECT,
        encoding: 'utf8',
        env: { ...process.env, GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'pull_request' },
      },
    );
    // each name is printed, with a finding about its grant
    expect(run.stdout).toContain('##›[add-mask]error.yaml');
    expect(run.stdout).toContain('##›[stop-commands]');
    const lines = `${run.stdout}\n${run.stderr}`.split(/\r\n|\r|\n/);
    expect(lines.flatMap((line) => runnerCommand(line) ?? [])).toEqual([]);
  }, 120_000);
});
