import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffAccess } from '../../src/model/index.js';
import { formatDetail, formatMiB, formatMs, ratio, table } from '../format.js';
import { generateAccess } from '../generate-access.js';
import type { BenchSuite } from '../suite.js';

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
}

/**
 * A pull request on a large repository: 50 grants edited, 20 added, 10 removed, 5 files
 * moved. Compares diffAccess (both trees loaded from git objects and compared by kind
 * and id) with `git diff --name-status`, which only names the files.
 */
export const diffSuite: BenchSuite = {
  name: 'diff',
  description:
    'diffAccess between two commits of a generated repository, against git diff --name-status',
  steps: {
    async accessctl(input) {
      const { repo } = JSON.parse(input) as { repo: string };
      const diff = await diffAccess(repo, 'base', 'head');
      const count = (type: string) => diff.changes.filter((c) => c.change === type).length;
      return { added: count('added'), modified: count('modified'), removed: count('removed') };
    },
    baseline(input) {
      const { repo } = JSON.parse(input) as { repo: string };
      const files = git(repo, 'diff', '--name-status', '-M', 'base', 'head', '--', 'access');
      return { files: files.trim().split('\n').length };
    },
  },
  async run(ctx) {
    const size = Number(ctx.args.get('diff-size') ?? '10000');
    const root = ctx.tempDir();
    const generated = generateAccess(root, size);
    git(root, 'init', '-q', '-b', 'main');
    git(root, 'add', '-A');
    git(
      root,
      '-c',
      'user.name=bench',
      '-c',
      'user.email=bench@example.com',
      'commit',
      '-q',
      '-m',
      'base',
    );
    git(root, 'tag', 'base');
    const grant = (i: number) =>
      join(generated.dir, 'grants', `batch-${Math.floor(i / 1000)}`, `grant-${i}.yaml`);
    for (let i = 0; i < 50; i++) {
      const path = grant(i * 7);
      writeFileSync(path, readFileSync(path, 'utf8').replace(/expires: .*/, 'expires: 2027-12-01'));
    }
    for (let i = 0; i < 20; i++) {
      const text = readFileSync(grant(i * 11 + 1), 'utf8').replace(
        /id: grant-\d+/,
        `id: added-${i}`,
      );
      writeFileSync(join(generated.dir, 'grants', `added-${i}.yaml`), text);
    }
    for (let i = 0; i < 10; i++) rmSync(grant(400 + i * 13));
    for (let i = 0; i < 5; i++)
      git(root, 'mv', grant(600 + i * 17), join(generated.dir, 'grants', `moved-${i}.yaml`));
    git(root, 'add', '-A');
    git(
      root,
      '-c',
      'user.name=bench',
      '-c',
      'user.email=bench@example.com',
      'commit',
      '-q',
      '-m',
      'head',
    );
    git(root, 'tag', 'head');
    const input = JSON.stringify({ repo: root });
    const baseline = await ctx.measure('baseline', input);
    const measured = await ctx.measure('accessctl', input);
    ctx.print(
      table([
        ['grant files', 'step', 'time', 'peak RSS', 'vs baseline', 'detail'],
        [
          String(size),
          'git diff --name-status',
          formatMs(baseline.ms),
          formatMiB(baseline.peakRssBytes),
          '1.00x',
          formatDetail(baseline.detail),
        ],
        [
          String(size),
          'accessctl diffAccess',
          formatMs(measured.ms),
          formatMiB(measured.peakRssBytes),
          ratio(measured, baseline),
          formatDetail(measured.detail),
        ],
      ]),
    );
  },
};
