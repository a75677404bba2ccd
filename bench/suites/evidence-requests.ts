import { formatMs, table } from '../format.js';
import type { BenchSuite } from '../suite.js';

/** Target of the batched look-ups: evidence over 2,000 commits, cold, in under 100 requests. */
const TARGET_REQUESTS = 100;

/**
 * A history of `commits` squash merges, each a pull request adding one grant, on the GitHub
 * emulator; cloned with the same shas; `accessctl evidence` run cold against the emulator.
 */
async function lookups(input: string) {
  const { commits, batch } = JSON.parse(input) as { commits: number; batch: boolean };
  const { startEmulator } = await import('../../test/emulator/index.js');
  const { client } = await import('../../test/emulator/client.js');
  const { checkoutEmulatorRepo } = await import('../../test/harness/index.js');
  const { createGitHubClient, silentLogger } = await import('../../src/github/index.js');
  const { runEvidence } = await import('../../src/workflows/evidence.js');
  const grant = (n: number) =>
    `kind: Grant\nid: g-${n}\nsubject: user:alice\nresource: github:repo/acme/r${n}\nrole: pull\nreason: bench\nexpires: 2027-01-01\n`;
  const emulator = await startEmulator({
    seed: {
      org: { login: 'acme', owners: ['octo-admin'], members: ['alice', 'olivia'] },
      users: [{ login: 'alice' }, { login: 'olivia' }],
      repos: [
        {
          name: 'access',
          files: { 'access/catalog/none.yaml': '' },
          pulls: Array.from({ length: commits }, (_, n) => ({
            title: `grant ${n}`,
            user: 'alice',
            head: `g-${n}`,
            files: { [`access/grants/g-${n}.yaml`]: grant(n) },
            reviews: [{ user: 'olivia', state: 'APPROVED' as const }],
          })),
        },
      ],
    },
  });
  try {
    const api = client(emulator);
    for (let n = 1; n <= commits; n++) {
      const merged = await api('PUT', `/repos/acme/access/pulls/${n}/merge`, {
        merge_method: 'squash',
      });
      if (merged.status !== 200) throw new Error(`merge ${n}: ${merged.status}`);
    }
    const workspace = checkoutEmulatorRepo(emulator, 'acme/access');
    const before = emulator.state.requests.length;
    const started = performance.now();
    const report = await runEvidence({
      repo: workspace.path,
      verdicts: false,
      github: {
        client: createGitHubClient({
          token: emulator.token,
          baseUrl: emulator.url,
          log: silentLogger,
          writeSpacingMs: 0,
        }),
        owner: 'acme',
        repo: 'access',
        batch,
      },
      now: new Date('2026-12-01T00:00:00Z'),
    });
    const ms = performance.now() - started;
    workspace.remove();
    return {
      requests: emulator.state.requests.length - before,
      rows: report.rows.length,
      withPull: report.rows.filter((r) => r.pullRequest !== undefined).length,
      wallMs: Math.round(ms),
    };
  } finally {
    await emulator.close();
  }
}

export const evidenceRequestsSuite: BenchSuite = {
  name: 'evidence-requests',
  description:
    'requests accessctl evidence makes to GitHub, cold, over N squash-merged pull requests on the GitHub emulator (default 2,000): batched GraphQL look-ups against REST one commit at a time',
  steps: { lookups },
  async run(ctx) {
    const commits = Number(ctx.args.get('evidence-commits') ?? '2000');
    const rows = [
      ['commits', 'look-ups', 'requests', 'target', 'verdict', 'time', 'rows with a PR'],
    ];
    for (const batch of [false, true]) {
      const m = await ctx.measure('lookups', JSON.stringify({ commits, batch }));
      const requests = Number(m.detail.requests);
      rows.push([
        String(commits),
        batch
          ? 'GraphQL, 50 commits a query'
          : 'REST, one commit at a time (floor: what it replaces)',
        String(requests),
        batch ? `< ${TARGET_REQUESTS}` : '-',
        batch ? (requests < TARGET_REQUESTS ? 'PASS' : 'FAIL') : '-',
        formatMs(Number(m.detail.wallMs)),
        `${m.detail.withPull} of ${m.detail.rows}`,
      ]);
    }
    ctx.print(table(rows));
  },
};
