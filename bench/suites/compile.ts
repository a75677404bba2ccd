import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { build } from 'esbuild';

import { ROOT, buildCli } from '../cli.js';
import { formatMs, table } from '../format.js';
import { generateAccess } from '../generate-access.js';
import type { BenchSuite } from '../suite.js';

// Compiling runs in a plain `node` process of its own (bench/compile-fresh.mjs), which
// loads the compiler bundled as the CLI bundles it: loading it is inside the measured
// time, and no TypeScript loader is.

const NOW = '2026-11-27T12:00:00Z';
const ENTRYPOINTS = ['access/deny', 'access/warn'];

/** Targets of the issue: compiling in a fresh process, and what that adds to a check. */
const COMPILE_TARGET_MS = 500;
const CHECK_DELTA_TARGET_MS = 300;

/** A repository's own rule, as a team adds one beside the built-in library. */
const REPOSITORY_POLICY = `package access

import data.access.lib

deny contains lib.finding("database-ticket", g, "ticket", msg) if {
	some g in input.grants
	startswith(g.catalogId, "postgres:")
	not g.ticket
	msg := sprintf("grant %s on %s names no ticket: add ticket", [g.id, g.catalogId])
}
`;

interface CompileInput {
  compiler: string;
  paths: string[];
}

interface CliRun {
  cli: string;
  cwd: string;
  args: string[];
}

export const compileSuite: BenchSuite = {
  name: 'compile',
  description:
    'compile the built-in library plus one repository policy in a fresh process (the compiler bundled as the CLI bundles it), and a cold `accessctl check` judged by the prebuilt library against the same check with that repository policy, side by side',
  steps: {
    compile(input) {
      const run = JSON.parse(input) as CompileInput;
      const child = spawnSync(
        process.execPath,
        [join(ROOT, 'bench/compile-fresh.mjs'), run.compiler, ENTRYPOINTS.join(','), ...run.paths],
        { encoding: 'utf8' },
      );
      if (child.status !== 0) throw new Error(`compiling failed: ${child.stderr}`);
      const figures = JSON.parse(child.stdout) as Record<string, string | number>;
      return figures;
    },
    cli(input) {
      const run = JSON.parse(input) as CliRun;
      // /usr/bin/time reports the CLI's own CPU time, steadier than wall time on a busy machine.
      const time = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-f', 'cpu-s %U %S'] : [];
      const started = performance.now();
      const child = spawnSync(
        time[0] ?? process.execPath,
        [...time.slice(1), ...(time.length > 0 ? [process.execPath] : []), run.cli, ...run.args],
        {
          cwd: run.cwd,
          env: { ...process.env, ACCESSCTL_TIMINGS: '1' },
          encoding: 'utf8',
          maxBuffer: 256 * 1024 * 1024,
        },
      );
      const wallMs = Math.round(performance.now() - started);
      // Exit 1 is expected (the generated grants break rules on purpose); 2 and up are not.
      if (child.status !== 0 && child.status !== 1)
        throw new Error(`accessctl check exited ${String(child.status)}: ${child.stderr}`);
      const cpu = /cpu-s ([\d.]+) ([\d.]+)/.exec(child.stderr);
      const stages = /stage times: (.*)$/m.exec(child.stderr)?.[1] ?? 'not reported';
      const policies = /(?:^|, )policies (\d+) ms/.exec(stages)?.[1];
      return {
        wallMs,
        cpuMs: cpu ? Math.round((Number(cpu[1]) + Number(cpu[2])) * 1000) : -1,
        policiesMs: policies === undefined ? -1 : Number(policies),
        findings: /^(\d+) errors?, /m.exec(child.stdout)?.[1] ?? '?',
      };
    },
  },
  async run(ctx) {
    const rounds = Number(ctx.args.get('rounds') ?? 3);
    const grants = Number(ctx.args.get('grants') ?? 1000);
    const scratch = ctx.tempDir();
    const started = performance.now();
    const cli = buildCli(scratch);
    const compiler = await bundleCompiler(scratch);
    ctx.print(
      `built the CLI and the compiler from the sources in ${formatMs(performance.now() - started)}`,
    );

    const root = ctx.tempDir();
    const { dir } = generateAccess(root, grants);
    const repoPolicies = join(root, 'repository-policies');
    mkdirSync(repoPolicies);
    writeFileSync(join(repoPolicies, 'database.rego'), REPOSITORY_POLICY);

    // Fresh processes, one after another, so both sides see the same load.
    const compiles: number[] = [];
    const compileCpu: number[] = [];
    let compileStages = '';
    const prebuilt: Figures[] = [];
    const withPolicy: Figures[] = [];
    const check = (extra: string[]): CliRun => ({
      cli,
      cwd: root,
      args: ['check', '--access', dir, '--now', NOW, ...extra],
    });
    for (let i = 0; i < rounds; i++) {
      const c = await ctx.measure(
        'compile',
        JSON.stringify({
          compiler,
          paths: [join(ROOT, 'policies'), repoPolicies],
        } satisfies CompileInput),
      );
      compiles.push(Number(c.detail.wallMs));
      compileCpu.push(Number(c.detail.cpuMs));
      compileStages = String(c.detail.stages);
      prebuilt.push(figures((await ctx.measure('cli', JSON.stringify(check([])))).detail));
      withPolicy.push(
        figures(
          (await ctx.measure('cli', JSON.stringify(check(['--policies', repoPolicies])))).detail,
        ),
      );
    }
    const compileMs = median(compiles);
    const delta = median(withPolicy.map((f) => f.wallMs)) - median(prebuilt.map((f) => f.wallMs));
    const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
    ctx.print(
      `medians of ${rounds} rounds, each side in a fresh process; ${grants} generated grants`,
    );
    ctx.print(
      table([
        ['figure', 'wall', 'CPU', 'target', 'verdict', 'detail'],
        [
          'compile library + 1 repository policy',
          formatMs(compileMs),
          formatMs(median(compileCpu)),
          `< ${formatMs(COMPILE_TARGET_MS)}`,
          verdict(compileMs < COMPILE_TARGET_MS),
          `last run: ${compileStages}`,
        ],
        row('check, prebuilt library', prebuilt),
        row('check, library + repository policy', withPolicy),
        [
          'difference',
          formatMs(delta),
          formatMs(median(withPolicy.map((f) => f.cpuMs)) - median(prebuilt.map((f) => f.cpuMs))),
          `<= ${formatMs(CHECK_DELTA_TARGET_MS)}`,
          verdict(delta <= CHECK_DELTA_TARGET_MS),
          `policies stage ${formatMs(
            median(withPolicy.map((f) => f.policiesMs)) - median(prebuilt.map((f) => f.policiesMs)),
          )} longer`,
        ],
      ]),
    );
  },
};

interface Figures {
  wallMs: number;
  cpuMs: number;
  policiesMs: number;
  findings: string;
}

function figures(detail: Record<string, string | number>): Figures {
  return {
    wallMs: Number(detail.wallMs),
    cpuMs: Number(detail.cpuMs),
    policiesMs: Number(detail.policiesMs),
    findings: String(detail.findings),
  };
}

function row(name: string, runs: Figures[]): string[] {
  return [
    name,
    formatMs(median(runs.map((f) => f.wallMs))),
    formatMs(median(runs.map((f) => f.cpuMs))),
    'baseline',
    '-',
    `policies stage ${formatMs(median(runs.map((f) => f.policiesMs)))}, ${runs[0]?.findings} errors`,
  ];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** bench/compiler-entry.ts bundled as scripts/build.mjs bundles the CLI (chunks split). */
async function bundleCompiler(scratch: string): Promise<string> {
  const outdir = join(scratch, 'compiler');
  await build({
    entryPoints: { compiler: join(ROOT, 'bench/compiler-entry.ts') },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outExtension: { '.js': '.mjs' },
    logLevel: 'warning',
    banner: {
      js: "import { createRequire as __accessctlCreateRequire } from 'node:module'; const require = __accessctlCreateRequire(import.meta.url);",
    },
  });
  return join(outdir, 'compiler.mjs');
}
