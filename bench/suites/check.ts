import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

import { loadAccessRepository } from '../../src/model/index.js';
import { policyFindings } from '../../src/policy/findings.js';
import { buildPolicyInput } from '../../src/policy/input.js';
import { ENTRYPOINTS, loadPolicySet, packageRoot } from '../../src/policy/library.js';
import { formatFindingsText } from '../../src/report/findings-text.js';
import { summarize } from '../../src/report/findings-summary.js';
import { formatMs, table } from '../format.js';
import { generateAccess } from '../generate-access.js';
import type { BenchSuite } from '../suite.js';

const NOW = '2026-11-27T12:00:00Z';
const TARGETS: Record<number, number> = { 10_000: 3_000, 100_000: 30_000 };

export const checkSuite: BenchSuite = {
  name: 'check',
  description:
    'accessctl check on generated repositories: the cold CLI end to end, and the time of each stage in one process (load, policy bundle, input, evaluate, map, report)',
  steps: {
    cli(dir) {
      const started = performance.now();
      try {
        execFileSync(
          process.execPath,
          [join(packageRoot(), 'bin/accessctl.js'), 'check', '--access', dir, '--now', NOW],
          {
            stdio: 'ignore',
          },
        );
      } catch {
        // exit 1: the generated grants break rules on purpose; the time is what counts
      }
      return { wallMs: Math.round(performance.now() - started) };
    },
    async stages(dir) {
      const times: Record<string, number> = {};
      let t = performance.now();
      const lap = (name: string) => {
        const now = performance.now();
        times[name] = Math.round(now - t);
        t = now;
      };
      const model = await loadAccessRepository(dir);
      lap('load');
      const { evaluator } = await loadPolicySet({ now: new Date(NOW) });
      lap('bundle');
      const input = buildPolicyInput(model, { now: new Date(NOW) });
      lap('input');
      const [deny, warn] = ENTRYPOINTS.map(
        (e) => (evaluator.evaluate(input, e)[0]?.result as unknown[]) ?? [],
      );
      lap('evaluate');
      const findings = policyFindings({ deny: deny ?? [], warn: warn ?? [] }, model, dir);
      lap('map');
      formatFindingsText(
        findings,
        summarize(findings, model.files.length, model.documents.length),
        process.cwd(),
      );
      lap('report');
      return { ...times, findings: findings.length };
    },
  },
  async run(ctx) {
    const sizes = (ctx.args.get('sizes') ?? '10000').split(',').map(Number);
    const rows = [['grants', 'cold CLI', 'target', 'verdict', 'stages in one process', 'peak RSS']];
    for (const size of sizes) {
      const { dir } = generateAccess(ctx.tempDir(), size);
      const cli = await ctx.measure('cli', dir);
      const stages = await ctx.measure('stages', dir);
      const wall = Number(cli.detail.wallMs);
      const target = TARGETS[size];
      const stageText = ['load', 'bundle', 'input', 'evaluate', 'map', 'report']
        .map((name) => `${name} ${formatMs(Number(stages.detail[name]))}`)
        .join(', ');
      rows.push([
        String(size),
        formatMs(wall),
        target === undefined ? '-' : `< ${formatMs(target)}`,
        target === undefined ? '-' : wall < target ? 'PASS' : 'FAIL',
        stageText,
        `${(stages.peakRssBytes / 1024 / 1024).toFixed(0)} MiB`,
      ]);
    }
    ctx.print(table(rows));
  },
};
