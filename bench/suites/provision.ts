import { formatMs, table } from '../format.js';
import type { BenchSuite } from '../suite.js';

/** Issue #17's target: provisioning keeps within 10% of the pacing GitHub asks for. */
const TARGET_RATIO = 1.1;
/** GitHub's pacing: 1 s between writes, 3 s between writes that notify someone (docs/provision.md). */
const WRITE_MS = 1000;
const NOTIFYING_WRITE_MS = 3000;

interface Input {
  grants: number;
  spacingMs: number;
}

/**
 * `accessctl provision` of `grants` new grants (four team memberships to one repository
 * collaborator) against the GitHub emulator, every write spaced `spacingMs`: the pacing
 * GitHub asks for, scaled down so the bench ends in minutes. Counts reads, writes and the
 * progress lines the run prints.
 */
async function provision(input: string) {
  const { grants, spacingMs } = JSON.parse(input) as Input;
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { startEmulator } = await import('../../test/emulator/index.js');
  const { accessRepo, grants: grantFiles } =
    await import('../../test/workflows/provision-fixture.js');
  const { provisionCommand } = await import('../../src/commands/provision.js');

  const logins = Array.from({ length: grants }, (_, n) => `user${n}`);
  const specs = logins.map((login, n) =>
    n % 5 === 4
      ? {
          id: `${login}-repo`,
          subject: `user:${login}`,
          resource: 'github:repo/acme/app',
          role: 'push',
        }
      : {
          id: `${login}-team`,
          subject: `user:${login}`,
          resource: 'github:team/payments',
          role: 'member',
        },
  );
  const emulator = await startEmulator({
    seed: {
      org: { login: 'acme', owners: ['octo-admin'], members: logins },
      users: logins.map((login) => ({ login })),
      teams: [{ slug: 'payments', members: [] }],
      repos: [{ name: 'app' }],
    },
  });
  const { repo, base } = accessRepo(logins);
  const cwd = mkdtempSync(join(tmpdir(), 'accessctl-bench-provision-'));
  try {
    repo.write({ 'access/grants/bench.yaml': grantFiles(specs) });
    const head = repo.commit(`${grants} grants`);
    Object.assign(process.env, {
      GITHUB_TOKEN: emulator.token,
      GITHUB_API_URL: emulator.url,
      GITHUB_REPOSITORY: 'acme/access',
      ACCESSCTL_WRITE_SPACING_MS: String(spacingMs),
    });
    let output = '';
    const io = { cwd, out: (t: string) => (output += t), err: (t: string) => (output += t) };
    const before = emulator.state.requests.length;
    const started = performance.now();
    const code = await provisionCommand.run(
      {
        from: base,
        to: head,
        repo: repo.dir,
        access: 'access',
        policies: 'policies',
        format: 'text',
        evidence: '',
        'max-removals': '0',
        // commits without pull requests: provisioned as a bootstrap is
        'allow-unapproved': true,
      },
      [],
      io,
    );
    const ms = performance.now() - started;
    if (code !== 0) throw new Error(`provision exited ${code}:\n${output.slice(-2000)}`);
    const requests = emulator.state.requests.slice(before);
    const writes = requests.filter((r) => r.method !== 'GET').length;
    return {
      wallMs: Math.round(ms),
      reads: requests.length - writes,
      writes,
      notifying: specs.filter((s) => s.resource.startsWith('github:repo/')).length,
      progressLines: output.split('\n').filter((line) => line.includes(' progress: ')).length,
    };
  } finally {
    rmSync(cwd, { recursive: true, force: true });
    repo.cleanup();
    await emulator.close();
  }
}

export const provisionSuite: BenchSuite = {
  name: 'provision',
  description:
    'accessctl provision of N new grants (default 500; 4 team memberships to 1 repository collaborator) against the GitHub emulator, writes spaced --provision-spacing ms (default 200), against the pacing floor: writes times the spacing',
  steps: { provision },
  async run(ctx) {
    const grants = Number(ctx.args.get('provision-grants') ?? '500');
    const spacingMs = Number(ctx.args.get('provision-spacing') ?? '200');
    const m = await ctx.measure('provision', JSON.stringify({ grants, spacingMs }));
    const wallMs = Number(m.detail.wallMs);
    const writes = Number(m.detail.writes);
    const notifying = Number(m.detail.notifying);
    const floorMs = writes * spacingMs;
    const overheadMs = Math.max(0, wallMs - floorMs);
    // At GitHub's own pacing the writes take longer and everything else takes as long.
    const githubFloorMs = (writes - notifying) * WRITE_MS + notifying * NOTIFYING_WRITE_MS;
    const projectedMs = githubFloorMs + overheadMs;
    const verdict = (ratio: number) => (ratio <= TARGET_RATIO ? 'PASS' : 'FAIL');
    ctx.print(
      table([
        [
          'pacing',
          'writes',
          'reads',
          'floor (writes x spacing)',
          'time',
          'ratio',
          'target',
          'verdict',
        ],
        [
          `${spacingMs} ms every write (measured)`,
          String(writes),
          String(m.detail.reads),
          formatMs(floorMs),
          formatMs(wallMs),
          `${(wallMs / floorMs).toFixed(2)}x`,
          `<= ${TARGET_RATIO}x`,
          verdict(wallMs / floorMs),
        ],
        [
          `GitHub's: 1 s, 3 s for ${notifying} collaborators (projected)`,
          String(writes),
          String(m.detail.reads),
          formatMs(githubFloorMs),
          formatMs(projectedMs),
          `${(projectedMs / githubFloorMs).toFixed(2)}x`,
          `<= ${TARGET_RATIO}x`,
          verdict(projectedMs / githubFloorMs),
        ],
      ]),
    );
    ctx.print(`progress lines printed: ${m.detail.progressLines}`);
  },
};
