import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

import { formatMs, table } from '../format.js';
import { generateAccess } from '../generate-access.js';
import type { BenchSuite } from '../suite.js';

/** Grants the pull request changes. */
const CHANGED = 10;
/** Issue #21's targets for the bundled Action's pull-request check. */
const TARGET_MS = 10_000;
const TARGET_CHECK_RUN_WRITES = 3;

interface Input {
  dir: string;
  size: number;
}

/** Every file under `dir`, by its path relative to `root`. */
function filesUnder(root: string, dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!name.endsWith('.yaml')) continue;
    const path = join(dir, name);
    files[relative(root, path)] = readFileSync(path, 'utf8');
  }
  return files;
}

/**
 * The generated repository on the GitHub emulator, a pull request changing `CHANGED` of its
 * grants, checked out as actions/checkout would; then the bundled Action (`node
 * dist/index.js`, command check) run twice on that pull request, as a runner starts it: the
 * first run, and a rerun of the same head commit.
 */
async function action(input: string) {
  const { dir, size } = JSON.parse(input) as Input;
  const { startEmulator } = await import('../../test/emulator/index.js');
  const { buildEvent, checkoutEmulatorRepo, runAction } =
    await import('../../test/harness/index.js');
  const root = join(dir, '..');
  const files = filesUnder(root, dir);
  const changed: Record<string, string> = {};
  for (let i = 0; i < CHANGED; i++) {
    const g = Math.floor((i * size) / CHANGED) + 7;
    const path = `access/grants/batch-${Math.floor(g / 1000)}/grant-${g}.yaml`;
    const text = files[path];
    if (text === undefined) throw new Error(`no generated grant ${path}`);
    changed[path] = text.replace(/^reason: .*$/m, `reason: Asked for in the bench, ${g}`);
  }
  const emulator = await startEmulator({
    seed: {
      org: { login: 'bench', owners: ['octo-admin'], members: ['user-1'] },
      users: [{ login: 'user-1' }],
      repos: [
        {
          name: 'access',
          files,
          pulls: [{ title: 'bench', user: 'user-1', head: 'request', files: changed }],
        },
      ],
    },
  });
  const workspace = checkoutEmulatorRepo(emulator, 'bench/access', { ref: 'request' });
  try {
    const event = buildEvent(emulator, {
      name: 'pull_request',
      action: 'synchronize',
      repo: 'bench/access',
      pullNumber: 1,
    });
    const runs: { ms: number; exitCode: number | null; checkRunWrites: number; writes: number }[] =
      [];
    for (let run = 0; run < 2; run++) {
      const before = emulator.state.requests.length;
      const started = performance.now();
      const result = await runAction({
        command: 'check',
        event,
        workspace: workspace.path,
        emulator,
        timeoutMs: 600_000,
      });
      const ms = performance.now() - started;
      if (result.exitCode !== 0 && result.exitCode !== 1)
        throw new Error(
          `the Action exited ${String(result.exitCode)}:\n${result.stderr.slice(-2000)}`,
        );
      const writes = emulator.state.requests.slice(before).filter((r) => r.method !== 'GET');
      runs.push({
        ms: Math.round(ms),
        exitCode: result.exitCode,
        checkRunWrites: writes.filter((r) => r.path.includes('/check-runs')).length,
        writes: writes.length,
      });
    }
    const [first, rerun] = runs as [(typeof runs)[0], (typeof runs)[0]];
    return {
      firstMs: first.ms,
      firstExit: String(first.exitCode),
      firstCheckRunWrites: first.checkRunWrites,
      firstWrites: first.writes,
      rerunMs: rerun.ms,
      rerunWrites: rerun.writes,
    };
  } finally {
    workspace.remove();
    await emulator.close();
  }
}

export const actionPrCheckSuite: BenchSuite = {
  name: 'action-pr-check',
  description: `the bundled Action (node dist/index.js, command check) on a pull request changing ${CHANGED} of N generated grants, against the GitHub emulator, as a runner starts it: the first run and a rerun of the same head (--action-sizes, default 100000)`,
  steps: { action },
  async run(ctx) {
    const sizes = (ctx.args.get('action-sizes') ?? '100000').split(',').map(Number);
    const rows = [
      [
        'grants',
        'Action, first run',
        'target',
        'check-run writes',
        'target',
        'verdict',
        'all writes',
        'exit',
        'rerun, same head',
        'rerun writes',
      ],
    ];
    for (const size of sizes) {
      const root = ctx.tempDir();
      const { dir } = generateAccess(root, size);
      const m = await ctx.measure('action', JSON.stringify({ dir, size }));
      const ms = Number(m.detail.firstMs);
      const checkRunWrites = Number(m.detail.firstCheckRunWrites);
      rows.push([
        String(size),
        formatMs(ms),
        `< ${formatMs(TARGET_MS)}`,
        String(checkRunWrites),
        `<= ${TARGET_CHECK_RUN_WRITES}`,
        ms < TARGET_MS && checkRunWrites <= TARGET_CHECK_RUN_WRITES ? 'PASS' : 'FAIL',
        String(m.detail.firstWrites),
        String(m.detail.firstExit),
        formatMs(Number(m.detail.rerunMs)),
        String(m.detail.rerunWrites),
      ]);
    }
    ctx.print(table(rows));
  },
};
