import { cpSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

import { formatMs, table } from '../format.js';
import { generateAccess } from '../generate-access.js';
import type { BenchSuite } from '../suite.js';

/** Grants the pull request changes. */
const CHANGED = 10;
/** Issue #21's targets for the bundled Action's pull-request check, its snapshot kept. */
const TARGET_MS = 10_000;
/** Issue #17's target for the pull-request check with no snapshot. */
const TARGET_WITHOUT_MS = 10_000;
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
 * The generated repository on the GitHub emulator, its accessctl.yaml naming a snapshot key,
 * and a pull request changing `CHANGED` of its grants, checked out as actions/checkout would.
 * Then the bundled Action (`node dist/index.js`) as a runner starts it: `command: snapshot` on
 * the default branch (what a push there runs), its snapshot put where the pull request's
 * checkout finds it (what actions/cache restores), the check on the pull request (the first
 * run, then a rerun of the same head), and the check once more without the snapshot.
 */
async function action(input: string) {
  const { dir, size } = JSON.parse(input) as Input;
  const { startEmulator } = await import('../../test/emulator/index.js');
  const { buildEvent, checkoutEmulatorRepo, runAction } =
    await import('../../test/harness/index.js');
  const { snapshotKeyPair, withSnapshotKey } = await import('../../test/fixtures/snapshot-key.js');
  const keys = snapshotKeyPair();
  const root = join(dir, '..');
  const files = filesUnder(root, dir);
  files['accessctl.yaml'] = withSnapshotKey('', keys.publicKey);
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
  const main = checkoutEmulatorRepo(emulator, 'bench/access');
  const workspace = checkoutEmulatorRepo(emulator, 'bench/access', { ref: 'request' });
  try {
    const timed = async (run: Parameters<typeof runAction>[0]) => {
      const before = emulator.state.requests.length;
      const started = performance.now();
      const result = await runAction({ ...run, timeoutMs: 600_000 });
      const ms = Math.round(performance.now() - started);
      if (result.exitCode !== 0 && result.exitCode !== 1)
        throw new Error(
          `the Action exited ${String(result.exitCode)}:\n${result.stderr.slice(-2000)}`,
        );
      const writes = emulator.state.requests.slice(before).filter((r) => r.method !== 'GET');
      return {
        ms,
        exit: String(result.exitCode),
        checkRunWrites: writes.filter((r) => r.path.includes('/check-runs')).length,
        writes: writes.length,
        summary: result.summary,
      };
    };
    const saved = await timed({
      command: 'snapshot',
      event: buildEvent(emulator, { name: 'push', repo: 'bench/access' }),
      workspace: main.path,
      emulator,
      inputs: { 'snapshot-key': keys.privateKey },
    });
    const snapshots = (checkout: string) => join(checkout, '.git', 'accessctl', 'snapshots');
    cpSync(snapshots(main.path), snapshots(workspace.path), { recursive: true });
    const check = () =>
      timed({
        command: 'check',
        event: buildEvent(emulator, {
          name: 'pull_request',
          action: 'synchronize',
          repo: 'bench/access',
          pullNumber: 1,
        }),
        workspace: workspace.path,
        emulator,
      });
    const first = await check();
    const rerun = await check();
    rmSync(snapshots(workspace.path), { recursive: true });
    const without = await check();
    return {
      snapshotMs: saved.ms,
      firstMs: first.ms,
      firstExit: first.exit,
      firstCheckRunWrites: first.checkRunWrites,
      firstWrites: first.writes,
      firstUsedSnapshot: String(/Base model: the snapshot of the base commit/.test(first.summary)),
      rerunMs: rerun.ms,
      rerunWrites: rerun.writes,
      withoutMs: without.ms,
      withoutUsedSnapshot: String(
        /Base model: the snapshot of the base commit/.test(without.summary),
      ),
    };
  } finally {
    workspace.remove();
    main.remove();
    await emulator.close();
  }
}

export const actionPrCheckSuite: BenchSuite = {
  name: 'action-pr-check',
  description: `the bundled Action (node dist/index.js) on a pull request changing ${CHANGED} of N generated grants, against the GitHub emulator, as a runner starts it: command snapshot on the default branch, then the check with that snapshot (the first run and a rerun of the same head) and without it (--action-sizes, default 100000)`,
  steps: { action },
  async run(ctx) {
    const sizes = (ctx.args.get('action-sizes') ?? '100000').split(',').map(Number);
    const rows = [
      ['grants', 'run', 'time', 'target', 'check-run writes', 'all writes', 'verdict', 'detail'],
    ];
    for (const size of sizes) {
      const root = ctx.tempDir();
      const { dir } = generateAccess(root, size);
      const m = await ctx.measure('action', JSON.stringify({ dir, size }));
      const d = m.detail as Record<string, string | number>;
      const ms = Number(d.firstMs);
      const checkRunWrites = Number(d.firstCheckRunWrites);
      const snapshotUsed = d.firstUsedSnapshot === 'true';
      rows.push(
        [
          String(size),
          'command: snapshot (main)',
          formatMs(Number(d.snapshotMs)),
          '',
          '',
          '',
          '',
          '',
        ],
        [
          String(size),
          'check, snapshot kept, first run',
          formatMs(ms),
          `< ${formatMs(TARGET_MS)}, <= ${TARGET_CHECK_RUN_WRITES} check-run writes`,
          String(checkRunWrites),
          String(d.firstWrites),
          ms < TARGET_MS && checkRunWrites <= TARGET_CHECK_RUN_WRITES && snapshotUsed
            ? 'PASS'
            : 'FAIL',
          `exit ${String(d.firstExit)}, snapshot ${snapshotUsed ? 'used' : 'NOT used'}`,
        ],
        [
          String(size),
          'check, snapshot kept, rerun',
          formatMs(Number(d.rerunMs)),
          '0 writes',
          '',
          String(d.rerunWrites),
          Number(d.rerunWrites) === 0 ? 'PASS' : 'FAIL',
          '',
        ],
        [
          String(size),
          'check, no snapshot (rerun)',
          formatMs(Number(d.withoutMs)),
          `< ${formatMs(TARGET_WITHOUT_MS)}`,
          '',
          '',
          Number(d.withoutMs) < TARGET_WITHOUT_MS && d.withoutUsedSnapshot !== 'true'
            ? 'PASS'
            : 'FAIL',
          '',
        ],
      );
    }
    ctx.print(table(rows));
  },
};
