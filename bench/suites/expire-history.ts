import { formatMiB, formatMs, table } from '../format.js';
import type { BenchSuite } from '../suite.js';
import { evidenceSuite, historyFor } from './evidence.js';

/** Before every generated end (all in 2027): the trace runs whole, and nothing is judged. */
const NOW = '2026-11-27T12:00:00Z';

/**
 * One cold `expire` in report mode in the measuring process, its modules imported inside the
 * step as the CLI loads them: with a request look-up (so each live grant's versions are traced
 * back through the history: approved ends) or without one (ends read as the files say).
 */
async function expire(repo: string, traced: boolean) {
  const started = performance.now();
  const { runExpire } = await import('../../src/workflows/expire.js');
  const { directPushes } = await import('../../src/workflows/provision/gate.js');
  let lookups = 0;
  const direct = directPushes('no pull requests in the benchmark');
  const result = await runExpire({
    accessDir: `${repo}/access`,
    now: new Date(NOW),
    mode: 'report',
    ...(traced
      ? {
          lookup: (...args: Parameters<typeof direct>) => {
            lookups += 1;
            return direct(...args);
          },
        }
      : {}),
  });
  return {
    wallMs: Math.round(performance.now() - started),
    removals: result.removals.length,
    expiring: result.expiring.length,
    lookups,
  };
}

export const expireHistorySuite: BenchSuite = {
  name: 'expire-history',
  description:
    'accessctl expire (report mode), cold, on the generated history of the evidence benches (default 5,000 commits over 10,000 grants): ends read as written, and approved ends traced back through the history, against git log alone',
  steps: {
    baseline: evidenceSuite.steps.baseline as BenchSuite['steps'][string],
    'as-written'(repo) {
      return expire(repo, false);
    },
    traced(repo) {
      return expire(repo, true);
    },
  },
  async run(ctx) {
    // --expire-commits=5000,50000 measures each size; --evidence-cache=DIR keeps the histories
    const sizes = (ctx.args.get('expire-commits') ?? '5000').split(',').map(Number);
    const rows = [['commits', 'grants', 'step', 'time', 'peak RSS', 'vs git log', 'detail']];
    for (const commits of sizes) {
      const { root, grants } = historyFor(ctx, commits);
      const floor = await ctx.measure('baseline', root);
      for (const step of ['baseline', 'as-written', 'traced']) {
        const m = step === 'baseline' ? floor : await ctx.measure(step, root);
        const ms = step === 'baseline' ? m.ms : Number(m.detail.wallMs);
        rows.push([
          String(commits),
          String(grants),
          step === 'baseline'
            ? 'git log --raw (one process)'
            : step === 'traced'
              ? 'accessctl expire, approved ends'
              : 'accessctl expire, ends as written',
          formatMs(ms),
          formatMiB(m.peakRssBytes),
          `${(ms / floor.ms).toFixed(1)}x`,
          step === 'baseline'
            ? '-'
            : `${m.detail.removals} removals, ${m.detail.expiring} ending soon, ${m.detail.lookups} look-ups`,
        ]);
      }
    }
    ctx.print(table(rows));
  },
};
