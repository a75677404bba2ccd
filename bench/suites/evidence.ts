import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { formatMiB, formatMs, table } from '../format.js';
import { generateAccess } from '../generate-access.js';
import type { BenchContext, BenchSuite } from '../suite.js';

const TARGET_MS = 30_000;
const GIB = 1024 * 1024 * 1024;
/** Time per commit at the largest size, at most this many times that at the smallest. */
const PER_COMMIT_RATIO = 1.5;
const NOW = '2027-06-01T00:00:00Z';
const START = Date.parse('2026-01-05T00:00:00Z') / 1000;

function git(dir: string, args: string[], input?: string): string {
  return execFileSync('git', ['-C', dir, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    ...(input === undefined ? {} : { input }),
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'bench',
      GIT_AUTHOR_EMAIL: 'bench@example.com',
      GIT_COMMITTER_NAME: 'bench',
      GIT_COMMITTER_EMAIL: 'bench@example.com',
      GIT_AUTHOR_DATE: `${START} +0000`,
      GIT_COMMITTER_DATE: `${START} +0000`,
    },
  });
}

/**
 * A history of `commits` first-parent commits over twice as many grants: the first commit
 * holds `commits` grants with the catalog and identities; every later one adds a grant,
 * edits the expiry of an older one, and every fourth removes one. Every third change arrives
 * as a merge of a side branch, as a pull request merged with a merge commit does. Written
 * with one `git fast-import`.
 */
export function buildHistory(root: string, commits: number): { grants: number } {
  const { dir } = generateAccess(root, commits);
  git(root, ['init', '-q', '-b', 'main']);
  git(root, ['add', '-A']);
  git(root, ['commit', '-q', '-m', 'Bootstrap the access repository']);
  const template = (g: number): string =>
    readFileSync(join(dir, 'grants', `batch-${Math.floor(g / 1000)}`, `grant-${g}.yaml`), 'utf8');
  const path = (g: number) => `access/grants/batch-${Math.floor(g / 1000)}/grant-${g}.yaml`;
  const chunks: string[] = [];
  const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  const person = (kind: string, seconds: number) =>
    `${kind} bench <bench@example.com> ${seconds} +0000\n`;
  const removed = new Set<number>();
  let mark = 0;
  let last = 'refs/heads/main^0';
  for (let k = 1; k < commits; k++) {
    const when = START + k * 600;
    const added = commits + k;
    const edited = (k * 7919) % commits;
    const ops: string[] = [];
    ops.push(
      `M 100644 inline ${path(added)}\n${data(template(k % commits).replace(/id: grant-\d+/, `id: grant-${added}`))}`,
    );
    if (!removed.has(edited))
      ops.push(
        `M 100644 inline ${path(edited)}\n${data(template(edited).replace(/expires: .*/, `expires: 2027-${String(1 + (k % 12)).padStart(2, '0')}-15`))}`,
      );
    const victim = (k * 104_729) % commits;
    if (k % 4 === 0 && victim !== edited && !removed.has(victim)) {
      removed.add(victim);
      ops.push(`D ${path(victim)}\n`);
    }
    const message = `Change ${k}\n`;
    if (k % 3 === 0) {
      chunks.push(
        `commit refs/heads/side\nmark :${++mark}\n${person('author', when - 60)}${person('committer', when - 60)}${data(message)}from ${last}\n${ops.join('')}\n`,
      );
      const side = mark;
      chunks.push(
        `commit refs/heads/main\nmark :${++mark}\n${person('author', when)}${person('committer', when)}${data(`Merge change ${k}\n`)}from ${last}\nmerge :${side}\n${ops.join('')}\n`,
      );
    } else {
      chunks.push(
        `commit refs/heads/main\nmark :${++mark}\n${person('author', when)}${person('committer', when)}${data(message)}from ${last}\n${ops.join('')}\n`,
      );
    }
    last = `:${mark}`;
  }
  git(root, ['fast-import', '--quiet'], chunks.join(''));
  git(root, ['reset', '-q', '--hard', 'main']);
  return { grants: 2 * commits - 1 };
}

/**
 * The generated history of `commits` commits: built in a temporary folder, or with
 * --evidence-cache=DIR kept in DIR/history-N and used again by later runs (building 50,000
 * commits takes minutes). A folder is used only once a build finished in it.
 */
export function historyFor(ctx: BenchContext, commits: number): { root: string; grants: number } {
  const cache = ctx.args.get('evidence-cache');
  if (cache === undefined) {
    const root = ctx.tempDir();
    return { root, ...buildHistory(root, commits) };
  }
  const root = join(cache, `history-${commits}`);
  const built = join(root, '.git', 'accessctl-bench-built');
  if (existsSync(built)) return { root, grants: Number(readFileSync(built, 'utf8')) };
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const { grants } = buildHistory(root, commits);
  writeFileSync(built, String(grants));
  return { root, grants };
}

/**
 * One cold run in the measuring process: the modules are imported inside the step, so their
 * loading counts, as it does for the CLI; the report is written as JSON a row at a time as
 * the rows are made, as the CLI writes it, and only its length is kept.
 */
async function evidence(repo: string, verdicts: boolean) {
  const started = performance.now();
  const { streamEvidence } = await import('../../src/workflows/evidence.js');
  const { evidenceJsonStream } = await import('../../src/report/evidence/json.js');
  const stream = await streamEvidence({
    repo,
    verdicts,
    pullsNotFetched: 'not asked in the benchmark',
    now: new Date(NOW),
  });
  let denied = 0;
  const rows = stream.rows;
  stream.rows = (async function* () {
    for await (const row of rows) {
      if (row.verdict.outcome === 'deny') denied += 1;
      yield row;
    }
  })();
  let bytes = 0;
  for await (const chunk of evidenceJsonStream(stream)) bytes += chunk.length;
  const { changes } = stream.finish([]).summary;
  return {
    wallMs: Math.round(performance.now() - started),
    rows: changes.added + changes.modified + changes.removed,
    denied,
    mib: Number((bytes / 1024 / 1024).toFixed(1)),
  };
}

export const evidenceSuite: BenchSuite = {
  name: 'evidence',
  description:
    'accessctl evidence, cold, on a generated history (default 5,000 commits over 10,000 grants): with and without policy verdicts, against git log alone',
  steps: {
    baseline(repo) {
      const out = git(repo, [
        'log',
        '--first-parent',
        '--raw',
        '-z',
        '--no-renames',
        '--format=%H',
        '--',
        'access',
      ]);
      return { bytes: out.length };
    },
    'no-verdict'(repo) {
      return evidence(repo, false);
    },
    full(repo) {
      return evidence(repo, true);
    },
  },
  run(ctx) {
    // --evidence-commits=5000,50000 measures each size and compares the time per commit;
    // --evidence-cache=DIR keeps the generated histories for the next run
    return measureSizes(ctx, (ctx.args.get('evidence-commits') ?? '5000').split(',').map(Number));
  },
};

/**
 * Each size's history built and measured: git log alone, evidence without and with verdicts,
 * with the targets beside them; with two sizes or more, the time per commit of the largest
 * against the smallest.
 */
export async function measureSizes(ctx: BenchContext, sizes: number[]): Promise<void> {
  const rows = [['commits', 'grants', 'step', 'time', 'target', 'verdict', 'peak RSS', 'report']];
  const perCommit: number[] = [];
  for (const commits of sizes) {
    const { root, ...built } = historyFor(ctx, commits);
    for (const step of ['baseline', 'no-verdict', 'full']) {
      const m = await ctx.measure(step, root);
      const ms = step === 'baseline' ? m.ms : Number(m.detail.wallMs);
      const timed = step !== 'baseline';
      if (step === 'full') perCommit.push(ms / commits);
      const rssOk = step !== 'full' || commits < 50_000 || m.peakRssBytes < GIB;
      rows.push([
        String(commits),
        String(built.grants),
        step === 'baseline'
          ? 'git log --raw (one process)'
          : `accessctl evidence ${step === 'full' ? '(verdicts)' : '--no-verdict'}`,
        formatMs(ms),
        timed
          ? `< ${formatMs(TARGET_MS)}${step === 'full' && commits >= 50_000 ? ', < 1 GiB' : ''}`
          : '-',
        timed ? (ms < TARGET_MS && rssOk ? 'PASS' : 'FAIL') : '-',
        formatMiB(m.peakRssBytes),
        timed
          ? `${m.detail.rows} rows, ${m.detail.denied} denied, ${m.detail.mib} MiB json, ${(ms / commits).toFixed(2)} ms a commit`
          : '-',
      ]);
    }
  }
  ctx.print(table(rows));
  if (perCommit.length > 1) {
    const ratio = (perCommit.at(-1) ?? 0) / (perCommit[0] ?? 1);
    ctx.print(
      `time per commit with verdicts, ${sizes.at(-1)} against ${sizes[0]} commits: ${ratio.toFixed(2)}x ` +
        `(target within ${PER_COMMIT_RATIO}x: ${ratio <= PER_COMMIT_RATIO ? 'PASS' : 'FAIL'})`,
    );
  }
}
