import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadAll } from 'js-yaml';
import { loadAccessRepository } from '../../src/model/index.js';
import { formatDetail, formatMiB, formatMs, ratio, table } from '../format.js';
import { generateAccess } from '../generate-access.js';
import type { BenchSuite } from '../suite.js';

const GIB = 1024 * 1024 * 1024;

/** Targets from the design: what a pull-request check on a large organisation needs. */
const TARGETS: Record<number, { ms: number; rss?: number }> = {
  10_000: { ms: 2_000 },
  100_000: { ms: 20_000, rss: GIB },
};

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => join(dir, name))
    .sort();
}

export const loadSuite: BenchSuite = {
  name: 'load',
  description:
    'load + validate generated access repositories (positions, schema, references) against plain js-yaml loadAll of the same files',
  steps: {
    async accessctl(dir) {
      const model = await loadAccessRepository(dir);
      const errors = model.findings.filter((f) => f.severity === 'error').length;
      if (errors > 0)
        throw new Error(`generated repository has ${errors} errors: ${model.findings[0]?.message}`);
      return {
        documents: model.documents.length,
        grants: model.grants.length,
        findings: model.findings.length,
      };
    },
    baseline(dir) {
      let documents = 0;
      for (const file of yamlFiles(dir)) documents += loadAll(readFileSync(file, 'utf8')).length;
      return { documents };
    },
  },
  async run(ctx) {
    const sizes = (ctx.args.get('sizes') ?? '10000,100000').split(',').map(Number);
    const rows = [['grant files', 'step', 'time', 'peak RSS', 'vs baseline', 'target', 'detail']];
    for (const size of sizes) {
      const started = Date.now();
      const generated = generateAccess(ctx.tempDir(), size);
      ctx.print(`generated ${size} grant files in ${formatMs(Date.now() - started)}`);
      const baseline = await ctx.measure('baseline', generated.dir);
      const measured = await ctx.measure('accessctl', generated.dir);
      const target = TARGETS[size];
      let verdict = '-';
      if (target !== undefined) {
        const fast = measured.ms < target.ms;
        const small = target.rss === undefined || measured.peakRssBytes < target.rss;
        verdict = `${fast && small ? 'PASS' : 'FAIL'} (< ${formatMs(target.ms)}${target.rss ? `, < ${formatMiB(target.rss)}` : ''})`;
      }
      rows.push(
        [
          String(size),
          'js-yaml loadAll',
          formatMs(baseline.ms),
          formatMiB(baseline.peakRssBytes),
          '1.00x',
          '',
          formatDetail(baseline.detail),
        ],
        [
          String(size),
          'accessctl load',
          formatMs(measured.ms),
          formatMiB(measured.peakRssBytes),
          ratio(measured, baseline),
          verdict,
          formatDetail(measured.detail),
        ],
      );
    }
    ctx.print(table(rows));
  },
};
