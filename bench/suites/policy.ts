import { execFileSync } from 'node:child_process';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { loadAccessRepository } from '../../src/model/index.js';
import { buildPolicyInput } from '../../src/policy/input.js';
import { ENTRYPOINTS, packageRoot } from '../../src/policy/library.js';
import { bundleSources, collectSources } from '../../src/rego/bundle/index.js';
import { compileToPlan } from '../../src/rego/compiler.js';
import { loadBundle } from '../../src/rego/runtime/index.js';
import { emitWasm } from '../../src/rego/wasm/emit.js';
import { buildCli } from '../cli.js';
import { formatMs, table } from '../format.js';
import { generateAccess } from '../generate-access.js';
import { evaluateByHand } from '../policy-by-hand.js';
import type { BenchSuite } from '../suite.js';

const NOW = new Date('2026-11-27T12:00:00Z');

async function compileLibrary(): Promise<number> {
  const sources = await collectSources([join(packageRoot(), 'policies')]);
  const planned = compileToPlan(sources.modules, { entrypoints: ENTRYPOINTS });
  if (!planned.ok) throw new Error(planned.errors.map((e) => e.message).join('\n'));
  return emitWasm(planned.policy).length;
}

async function policyInput(dir: string): Promise<unknown> {
  const model = await loadAccessRepository(dir);
  return buildPolicyInput(model, { now: NOW });
}

/** Runs `evaluate` three times and keeps the fastest: the steady state a check sees. */
function fastest(evaluate: () => { deny: number; warn: number }): {
  ms: number;
  deny: number;
  warn: number;
} {
  let best = { ms: Infinity, deny: 0, warn: 0 };
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    const counts = evaluate();
    const ms = performance.now() - started;
    if (ms < best.ms) best = { ms, ...counts };
  }
  return best;
}

export const policySuite: BenchSuite = {
  name: 'policy',
  description:
    'compile the default policy library to Wasm, and evaluate deny and warn over generated grants through the opa-wasm SDK against the same rules written by hand in TypeScript',
  steps: {
    async 'compile-warm'() {
      await compileLibrary();
      const started = performance.now();
      const bytes = await compileLibrary();
      return { warmMs: Math.round(performance.now() - started), wasmBytes: bytes };
    },
    // `cli` is built from the working tree (not the committed dist/), so the figure is the
    // compiler's as it is now.
    'build-cold'(cli) {
      const out = join(mkdtempSync(join(tmpdir(), 'accessctl-bench-build-')), 'bundle.tar.gz');
      const started = performance.now();
      execFileSync(
        process.execPath,
        [cli, 'build', 'policies', '-e', 'access/deny', '-e', 'access/warn', '-o', out],
        {
          cwd: packageRoot(),
          stdio: 'ignore',
        },
      );
      return { coldMs: Math.round(performance.now() - started), bundleBytes: statSync(out).size };
    },
    async 'eval-wasm'(dir) {
      const input = await policyInput(dir);
      // Compiled from the working tree, not the prebuilt dist/ bundle: the figure is the
      // compiler's and the runtime's as they are now.
      const sources = await collectSources([join(packageRoot(), 'policies')]);
      const evaluator = await loadBundle(await bundleSources(sources, ENTRYPOINTS), { now: NOW });
      const best = fastest(() => {
        const [deny, warn] = evaluator
          .evaluateEach(input, ENTRYPOINTS)
          .map((rs) => (rs[0]?.result as unknown[]).length);
        return { deny: deny ?? 0, warn: warn ?? 0 };
      });
      return { evalMs: Math.round(best.ms), deny: best.deny, warn: best.warn };
    },
    async 'eval-ts'(dir) {
      const input = await policyInput(dir);
      // The Wasm side receives the input as JSON text; give the baseline the same parse.
      const text = JSON.stringify(input);
      const best = fastest(() => {
        const result = evaluateByHand(JSON.parse(text));
        return { deny: result.deny.length, warn: result.warn.length };
      });
      return { evalMs: Math.round(best.ms), deny: best.deny, warn: best.warn };
    },
  },
  async run(ctx) {
    const grants = Number(ctx.args.get('grants') ?? 10_000);
    const generated = generateAccess(ctx.tempDir(), grants);
    const warm = await ctx.measure('compile-warm', '');
    const cold = await ctx.measure('build-cold', buildCli(ctx.tempDir()));
    const byHand = await ctx.measure('eval-ts', generated.dir);
    const wasm = await ctx.measure('eval-wasm', generated.dir);
    const ms = (m: typeof warm, key: string) => Number(m.detail[key]);
    const wasmBytes = Number(warm.detail.wasmBytes);
    const evalRatio = ms(wasm, 'evalMs') / Math.max(1, ms(byHand, 'evalMs'));
    const pass = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
    ctx.print(
      table([
        ['figure', 'measured', 'target', 'verdict', 'detail'],
        [
          'compile library, warm',
          formatMs(ms(warm, 'warmMs')),
          '< 1 s',
          pass(ms(warm, 'warmMs') < 1000),
          '',
        ],
        [
          'accessctl build, cold',
          formatMs(ms(cold, 'coldMs')),
          '< 3 s',
          pass(ms(cold, 'coldMs') < 3000),
          `bundle ${cold.detail.bundleBytes} B`,
        ],
        [
          'policy.wasm size',
          `${(wasmBytes / 1024).toFixed(0)} KB`,
          '< 500 KB',
          pass(wasmBytes < 500 * 1024),
          '',
        ],
        [
          `eval by hand (TS), ${grants} grants`,
          formatMs(ms(byHand, 'evalMs')),
          'baseline',
          '1.00x',
          `deny=${byHand.detail.deny} warn=${byHand.detail.warn}`,
        ],
        [
          `eval Wasm via SDK, ${grants} grants`,
          formatMs(ms(wasm, 'evalMs')),
          '< 300 ms, < 3x',
          `${pass(ms(wasm, 'evalMs') < 300 && evalRatio < 3)} (${evalRatio.toFixed(2)}x)`,
          `deny=${wasm.detail.deny} warn=${wasm.detail.warn}`,
        ],
      ]),
    );
    if (wasm.detail.deny !== byHand.detail.deny || wasm.detail.warn !== byHand.detail.warn)
      ctx.print(
        'note: the two evaluations disagree on the number of findings; the comparison is not like for like',
      );
  },
};
