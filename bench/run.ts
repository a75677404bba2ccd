import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchContext, BenchSuite, Measurement } from './suite.js';

const CHILD_FLAG = '--bench-child';
const SELF = fileURLToPath(import.meta.url);

/**
 * Child mode: run one step, then print its figures as the last line of stdout. Only the
 * step's own suite module is imported (bench/suites/<name>.ts), so what other suites
 * load at import time never counts in this step's time or peak memory.
 */
async function runChild(suiteName: string, step: string, input: string): Promise<void> {
  if (!/^[a-z0-9-]+$/.test(suiteName)) throw new Error(`bad suite name "${suiteName}"`);
  const module = (await import(`./suites/${suiteName}.js`)) as Record<string, unknown>;
  const suite = Object.values(module).find(
    (value): value is BenchSuite => (value as BenchSuite | null)?.name === suiteName,
  );
  if (suite === undefined)
    throw new Error(`bench/suites/${suiteName}.ts exports no suite named "${suiteName}"`);
  const fn = suite.steps[step];
  if (fn === undefined) throw new Error(`suite ${suiteName} has no step "${step}"`);
  const started = process.hrtime.bigint();
  const detail = (await fn(input)) ?? {};
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const peakRssBytes = process.resourceUsage().maxRSS * 1024;
  process.stdout.write(`\n${JSON.stringify({ ms, peakRssBytes, detail } satisfies Measurement)}\n`);
}

function measureInChild(suite: string, step: string, input: string): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [...process.execArgv, SELF, CHILD_FLAG, suite, step, input],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const last = out.trim().split('\n').pop() ?? '';
      if (code !== 0) {
        reject(new Error(`step ${suite}/${step} exited with ${String(code)}`));
        return;
      }
      resolve(JSON.parse(last) as Measurement);
    });
  });
}

function findSuite(suites: BenchSuite[], name: string): BenchSuite {
  const suite = suites.find((s) => s.name === name);
  if (suite === undefined)
    throw new Error(`no bench suite "${name}"; known: ${suites.map((s) => s.name).join(', ')}`);
  return suite;
}

async function main(argv: string[]): Promise<void> {
  if (argv[0] === CHILD_FLAG) {
    const [, suite = '', step = '', input = ''] = argv;
    await runChild(suite, step, input);
    return;
  }
  const args = new Map<string, string>();
  const names: string[] = [];
  for (const arg of argv) {
    const option = /^--([^=]+)(?:=(.*))?$/.exec(arg);
    if (option) args.set(option[1] ?? '', option[2] ?? 'true');
    else names.push(arg);
  }
  const { suites } = await import('./suites/index.js');
  const selected = names.length === 0 ? suites : names.map((name) => findSuite(suites, name));
  // Figures from a busy machine are not comparable with an idle one; say which it was.
  const load = loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
  process.stdout.write(
    `node ${process.version}, ${availableParallelism()} CPUs, load average ${load}\n\n`,
  );
  for (const suite of selected) {
    const temps: string[] = [];
    const ctx: BenchContext = {
      args,
      measure: (step, input) => measureInChild(suite.name, step, input),
      tempDir: () => {
        const dir = mkdtempSync(join(tmpdir(), `accessctl-bench-${suite.name}-`));
        temps.push(dir);
        return dir;
      },
      print: (line) => process.stdout.write(`${line}\n`),
    };
    ctx.print(`# ${suite.name}: ${suite.description}`);
    try {
      await suite.run(ctx);
    } finally {
      for (const dir of temps) rmSync(dir, { recursive: true, force: true });
    }
    ctx.print('');
  }
}

await main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
