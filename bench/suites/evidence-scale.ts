import type { BenchSuite } from '../suite.js';
import { evidenceSuite, measureSizes } from './evidence.js';

/**
 * Targets of evidence at scale: over 50,000 commits with verdicts under 30 s and under 1 GiB,
 * and the time per commit there within 1.5x of that over 5,000. The same steps as `evidence`,
 * at both sizes (--evidence-commits=A,B for others).
 */
export const evidenceScaleSuite: BenchSuite = {
  name: 'evidence-scale',
  description:
    'accessctl evidence over 5,000 and 50,000 generated commits: time and peak memory with verdicts against their targets, and how the time per commit grows',
  steps: evidenceSuite.steps,
  run(ctx) {
    return measureSizes(
      ctx,
      (ctx.args.get('evidence-commits') ?? '5000,50000').split(',').map(Number),
    );
  },
};
