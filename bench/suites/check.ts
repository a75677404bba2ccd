import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadAll } from 'js-yaml';

import { ENTRYPOINTS, loadPolicySet } from '../../src/policy/library.js';
import { buildCli } from '../cli.js';
import { formatMiB, formatMs, table } from '../format.js';
import { generateAccess } from '../generate-access.js';
import type { BenchSuite, Measurement } from '../suite.js';
import { benchGit } from '../git.js';

const NOW = '2026-11-27T12:00:00Z';
const GIB = 1024 * 1024 * 1024;
/** Changed grants in the `--base` scenario. */
const CHANGED = 10;

/** Targets of the scale issue (#17): grants → wall time, peak memory. */
const TARGETS: Record<string, { ms: number; rss?: number }> = {
  '10000': { ms: 3_000 },
  '100000': { ms: 8_000, rss: GIB },
  [`100000 --base (${CHANGED} changed), first run`]: { ms: 5_000 },
  [`100000 --base (${CHANGED} changed), parse cache kept`]: { ms: 2_000 },
};

/** Every YAML file under `dir`, in path order. */
function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => join(dir, name));
}

interface CliRun {
  cli: string;
  cwd: string;
  args: string[];
}

export const checkSuite: BenchSuite = {
  name: 'check',
  description:
    'accessctl check as a cold CLI, built from the current sources as `npm run build` builds it, beside its floors measured in the same run (reading the files, js-yaml alone, JSON.parse of the same documents): 10,000 and 100,000 generated grants, and 100,000 with --base and a few changed grants (first run, then with the parse cache the first run kept), beside the policies evaluating the input of that run given as JSON text (what any check that judges every grant must pay); wall time, peak memory, and the stage times the CLI reports (ACCESSCTL_TIMINGS=1)',
  steps: {
    // Floors, each in a fresh process like the CLI: what no parser of these files can beat.
    'floor-read'(dir) {
      let bytes = 0;
      const files = yamlFiles(dir);
      for (const file of files) bytes += readFileSync(file, 'utf8').length;
      return { files: files.length, characters: bytes };
    },
    'floor-js-yaml'(dir) {
      let documents = 0;
      for (const file of yamlFiles(dir)) documents += loadAll(readFileSync(file, 'utf8')).length;
      return { documents };
    },
    /** The same documents as one JSON text a file, in one file: JSON.parse alone. */
    'floor-json'(jsonLines) {
      let documents = 0;
      for (const line of readFileSync(jsonLines, 'utf8').split('\n'))
        if (line !== '') documents += (JSON.parse(line) as unknown[]).length;
      return { documents };
    },
    /**
     * What no cache can save a check that judges every grant: the policies evaluating the
     * same input, handed over as JSON text (no model, no input to build, no git).
     */
    async 'floor-evaluate'(inputFile) {
      const text = readFileSync(inputFile, 'utf8');
      const { evaluator } = await loadPolicySet({ now: new Date(NOW) });
      const [deny, warn] = evaluator.evaluateEachJson(text, ENTRYPOINTS);
      const count = (set: typeof deny) => (set?.[0]?.result as unknown[] | undefined)?.length ?? 0;
      return { inputBytes: text.length, deny: count(deny), warn: count(warn) };
    },
    // The CLI runs under /usr/bin/time, which reports the peak memory of the CLI itself.
    cli(input) {
      const run = JSON.parse(input) as CliRun;
      const time = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-f', 'maxrss-kib %M'] : [];
      const started = performance.now();
      const child = spawnSync(
        time[0] ?? process.execPath,
        [...time.slice(1), ...(time.length > 0 ? [process.execPath] : []), run.cli, ...run.args],
        {
          cwd: run.cwd,
          env: { ...process.env, ACCESSCTL_TIMINGS: '1' },
          encoding: 'utf8',
          maxBuffer: 512 * 1024 * 1024,
        },
      );
      const wallMs = Math.round(performance.now() - started);
      // Exit 1 is expected (the generated grants break rules on purpose); 2 and up are not.
      if (child.status !== 0 && child.status !== 1)
        throw new Error(`accessctl check exited ${String(child.status)}: ${child.stderr}`);
      const stages = /stage times: (.*)$/m.exec(child.stderr)?.[1] ?? 'not reported';
      const rss = /maxrss-kib (\d+)/.exec(child.stderr)?.[1];
      return { wallMs, stages, cliRssBytes: rss === undefined ? -1 : Number(rss) * 1024 };
    },
  },
  async run(ctx) {
    const sizes = (ctx.args.get('sizes') ?? '10000,100000').split(',').map(Number);
    const started = performance.now();
    const cli = buildCli(ctx.tempDir());
    ctx.print(`built the CLI from the sources in ${formatMs(performance.now() - started)}`);
    const rows = [
      [
        'scenario',
        'cold CLI',
        'peak RSS',
        'target',
        'verdict',
        'vs floors',
        'stages (CLI)',
        'vs evaluating',
      ],
    ];
    const floorRows = [['grant files', 'floor', 'time', 'peak RSS', 'detail']];
    let floors: Record<string, Measurement> = {};
    const measureFloors = async (size: number, root: string, dir: string) => {
      // The JSON floor's input is written here, outside any measured step.
      const jsonLines = join(root, 'documents.jsonl');
      writeFileSync(
        jsonLines,
        yamlFiles(dir)
          .map((file) => `${JSON.stringify(loadAll(readFileSync(file, 'utf8')))}\n`)
          .join(''),
      );
      floors = {
        'reading the files': await ctx.measure('floor-read', dir),
        'js-yaml loadAll': await ctx.measure('floor-js-yaml', dir),
        'JSON.parse of the same documents': await ctx.measure('floor-json', jsonLines),
      };
      for (const [name, floor] of Object.entries(floors))
        floorRows.push([
          String(size),
          name,
          formatMs(floor.ms),
          formatMiB(floor.peakRssBytes),
          Object.entries(floor.detail)
            .map(([key, value]) => `${key}=${value}`)
            .join(' '),
        ]);
    };
    /** The --base runs' own input, evaluated alone: the floor of any exact check of it (ms). */
    const measureEvaluateFloor = async (size: number, root: string, run: CliRun) => {
      const printed = spawnSync(process.execPath, [run.cli, ...run.args], {
        cwd: run.cwd,
        encoding: 'utf8',
        maxBuffer: 512 * 1024 * 1024,
      });
      if (printed.status !== 0) throw new Error(`accessctl input failed: ${printed.stderr}`);
      const inputFile = join(root, 'input.json');
      writeFileSync(inputFile, JSON.stringify(JSON.parse(printed.stdout)));
      const floor = await ctx.measure('floor-evaluate', inputFile);
      floorRows.push([
        `${size} --base`,
        'evaluating its input, given as text',
        formatMs(floor.ms),
        formatMiB(floor.peakRssBytes),
        Object.entries(floor.detail)
          .map(([key, value]) => `${key}=${value}`)
          .join(' '),
      ]);
      return floor.ms;
    };
    const record = async (name: string, run: CliRun) => {
      const measured = await ctx.measure('cli', JSON.stringify(run));
      const wall = Number(measured.detail.wallMs);
      const rss = Number(measured.detail.cliRssBytes);
      const target = TARGETS[name];
      const pass =
        target !== undefined &&
        wall < target.ms &&
        (target.rss === undefined || (rss > 0 && rss < target.rss));
      rows.push([
        name,
        formatMs(wall),
        rss > 0 ? formatMiB(rss) : '-',
        target === undefined
          ? '-'
          : `< ${formatMs(target.ms)}${target.rss ? `, < ${formatMiB(target.rss)}` : ''}`,
        target === undefined ? '-' : pass ? 'PASS' : 'FAIL',
        Object.values(floors)
          .map((floor) => `${(wall / floor.ms).toFixed(1)}x`)
          .join(' / '),
        String(measured.detail.stages),
      ]);
      return wall;
    };
    for (const size of sizes) {
      const root = ctx.tempDir();
      const { dir } = generateAccess(root, size);
      await measureFloors(size, root, dir);
      await record(String(size), {
        cli,
        cwd: root,
        args: ['check', '--access', dir, '--now', NOW],
      });
      if (size !== Math.max(...sizes)) continue;
      commitAndChange(root, size);
      // The first run parses every file and keeps them in .git/accessctl; the second is
      // what a developer's next run, or CI with that folder restored, costs.
      const base = {
        cli,
        cwd: root,
        args: ['check', '--access', dir, '--base', 'HEAD', '--now', NOW],
      };
      await record(`${size} --base (${CHANGED} changed), first run`, base);
      const cached = await record(`${size} --base (${CHANGED} changed), parse cache kept`, base);
      const input = { ...base, args: ['input', ...base.args.slice(1)] };
      const floor = await measureEvaluateFloor(size, root, input);
      rows.at(-1)?.push(`${(cached / floor).toFixed(1)}x`);
    }
    ctx.print(table(floorRows));
    ctx.print('');
    ctx.print('vs floors: wall time over reading the files / js-yaml loadAll / JSON.parse');
    ctx.print(table(rows));
  },
};

/** Commits the generated repository, then edits `CHANGED` grants spread over it. */
function commitAndChange(root: string, size: number): void {
  const git = benchGit(root);
  git('init', '-q', '-b', 'main');
  // packed as a clone's objects are, with no background `git gc --auto` during the runs
  git('config', 'gc.auto', '0');
  git('add', '-A');
  git('commit', '-q', '-m', 'generated access repository');
  git('repack', '-a', '-d', '-q');
  for (let i = 0; i < CHANGED; i++) {
    const g = Math.floor((i * size) / CHANGED) + 7;
    const file = join(root, 'access/grants', `batch-${Math.floor(g / 1000)}`, `grant-${g}.yaml`);
    const text = readFileSync(file, 'utf8').replace(
      /^reason: .*$/m,
      `reason: Changed for the bench, request ${g}`,
    );
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}
