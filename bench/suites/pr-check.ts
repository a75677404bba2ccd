import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { checkPullRequest } from '../../src/workflows/pr-check/check-pull-request.js';
import { formatMiB, formatMs, table } from '../format.js';
import { generateAccess } from '../generate-access.js';
import type { BenchSuite } from '../suite.js';
import { benchGit } from '../git.js';

const NOW = new Date('2026-11-27T12:00:00Z');
/** Grants the pull request changes. */
const CHANGED = 10;
/** Issue #17's target for the pull-request check with no base snapshot. */
const TARGET_MS = 10_000;

interface Workspace {
  root: string;
  baseSha: string;
  headSha: string;
}

/** Every YAML file under `dir`. */
function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => join(dir, name));
}

export const prCheckSuite: BenchSuite = {
  name: 'pr-check',
  description: `the pull-request check (src/workflows/pr-check, as the Action runs it, without the API) on generated grants with ${CHANGED} of them changed on a branch, beside reading the files as its floor; the policies are the package's prebuilt dist/policies.tar.gz`,
  steps: {
    'floor-read'(dir) {
      let characters = 0;
      for (const file of yamlFiles(dir)) characters += readFileSync(file, 'utf8').length;
      return { characters };
    },
    async 'pr-check'(input) {
      const workspace = JSON.parse(input) as Workspace;
      const report = await checkPullRequest({
        workspace: workspace.root,
        accessDir: 'access',
        policiesDir: 'policies',
        request: {
          number: 1,
          author: 'user-1',
          title: 'bench',
          headSha: workspace.headSha,
          baseSha: workspace.baseSha,
          labels: [],
          labelActors: {},
          approvals: [],
          pushers: ['user-1'],
        },
        org: 'bench',
        now: NOW,
        evaluationDeadline: true,
      });
      return {
        verdict: report.verdict,
        grants: report.grants.length,
        findings: report.findings.length,
        denied: report.denied,
      };
    },
  },
  async run(ctx) {
    const sizes = (ctx.args.get('sizes') ?? '100000').split(',').map(Number);
    const rows = [
      [
        'grants',
        'pull-request check',
        'peak RSS',
        'target',
        'verdict',
        'floor: reading the files',
        'vs floor',
        'detail',
      ],
    ];
    for (const size of sizes) {
      const root = ctx.tempDir();
      const { dir } = generateAccess(root, size);
      const workspace = branchWithChanges(root, size);
      const floor = await ctx.measure('floor-read', dir);
      const measured = await ctx.measure('pr-check', JSON.stringify(workspace));
      rows.push([
        String(size),
        formatMs(measured.ms),
        formatMiB(measured.peakRssBytes),
        `< ${formatMs(TARGET_MS)} (no snapshot)`,
        measured.ms < TARGET_MS ? 'PASS' : 'FAIL',
        formatMs(floor.ms),
        `${(measured.ms / floor.ms).toFixed(1)}x`,
        Object.entries(measured.detail)
          .map(([key, value]) => `${key}=${value}`)
          .join(' '),
      ]);
    }
    ctx.print(table(rows));
  },
};

/** Commits the generated repository on main, then changes `CHANGED` grants on a branch. */
function branchWithChanges(root: string, size: number): Workspace {
  const git = benchGit(root);
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'generated access repository');
  const baseSha = git('rev-parse', 'HEAD');
  git('checkout', '-q', '-b', 'request');
  for (let i = 0; i < CHANGED; i++) {
    const g = Math.floor((i * size) / CHANGED) + 7;
    const file = join(root, 'access/grants', `batch-${Math.floor(g / 1000)}`, `grant-${g}.yaml`);
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(/^reason: .*$/m, `reason: Asked for in the bench, ${g}`),
    );
  }
  git('commit', '-q', '-am', 'change a few grants');
  return { root, baseSha, headSha: git('rev-parse', 'HEAD') };
}
