import { formatMs, table } from '../format.js';
import type { BenchSuite } from '../suite.js';

/** Target of the batched look-ups: evidence over 2,000 commits, cold, in under 100 requests. */
const TARGET_REQUESTS = 100;

/**
 * A history of `commits` squash merges, each a pull request adding one grant, on the GitHub
 * emulator; cloned with the same shas; `accessctl evidence` run cold against the emulator.
 * With `ruleEvery`, a policy owner (pete) is named and every `ruleEvery`-th pull request
 * changes the rules (a new identity) with pete's approval, and the report judges whether the
 * rules behind each change stood: each change to them is looked up too.
 */
async function lookups(input: string) {
  const { commits, batch, ruleEvery } = JSON.parse(input) as {
    commits: number;
    batch: boolean;
    ruleEvery?: number;
  };
  const { startEmulator } = await import('../../test/emulator/index.js');
  const { client } = await import('../../test/emulator/client.js');
  const { checkoutEmulatorRepo } = await import('../../test/harness/index.js');
  const { createGitHubClient, silentLogger } = await import('../../src/github/index.js');
  const { runEvidence } = await import('../../src/workflows/evidence.js');
  const grant = (n: number) =>
    `kind: Grant\nid: g-${n}\nsubject: user:alice\nresource: github:repo/acme/r${n}\nrole: pull\nreason: bench\nexpires: 2027-01-01\n`;
  const ruleChange = (n: number) => ruleEvery !== undefined && n % ruleEvery === ruleEvery - 1;
  const emulator = await startEmulator({
    // the setup's merges alone spend 2,000 of GitHub's 5,000 an hour: lifted, so that REST's
    // count is whole rather than cut short where the quota ran out
    rateLimit: 1_000_000,
    seed: {
      org: { login: 'acme', owners: ['octo-admin'], members: ['alice', 'olivia', 'pete'] },
      users: [{ login: 'alice' }, { login: 'olivia' }, { login: 'pete' }],
      repos: [
        {
          name: 'access',
          files: {
            'access/catalog/none.yaml': '',
            ...(ruleEvery === undefined ? {} : { 'accessctl.yaml': 'policyOwners: [user:pete]\n' }),
          },
          pulls: Array.from({ length: commits }, (_, n) =>
            ruleChange(n)
              ? {
                  title: `identity ${n}`,
                  user: 'olivia',
                  head: `i-${n}`,
                  files: { [`access/identities/p-${n}.yaml`]: `kind: User\nid: p${n}\n` },
                  reviews: [{ user: 'pete', state: 'APPROVED' as const }],
                }
              : {
                  title: `grant ${n}`,
                  user: 'alice',
                  head: `g-${n}`,
                  files: { [`access/grants/g-${n}.yaml`]: grant(n) },
                  reviews: [{ user: 'olivia', state: 'APPROVED' as const }],
                },
          ),
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
      // the verdicts ask whether the rules behind each change stood; only the governed
      // history has changes to the rules worth asking about
      verdicts: ruleEvery !== undefined,
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
    'requests accessctl evidence makes to GitHub, cold, over N squash-merged pull requests on the GitHub emulator (default 2,000): batched GraphQL look-ups against REST one commit at a time, in a history of grants only and in one where a policy owner is named and every tenth pull request changes the rules (each of those changes looked up for whether the rules stood)',
  steps: { lookups },
  async run(ctx) {
    const commits = Number(ctx.args.get('evidence-commits') ?? '2000');
    const ruleEvery = Number(ctx.args.get('evidence-rule-every') ?? '10');
    const rows = [
      ['commits', 'history', 'look-ups', 'requests', 'target', 'verdict', 'time', 'rows with a PR'],
    ];
    const histories = [
      { name: 'grants only', ruleEvery: undefined },
      {
        name: `policy owner named, every ${ruleEvery}th a change to the rules, verdicts on`,
        ruleEvery,
      },
    ];
    for (const history of histories)
      for (const batch of [false, true]) {
        const m = await ctx.measure(
          'lookups',
          JSON.stringify({ commits, batch, ruleEvery: history.ruleEvery }),
        );
        const requests = Number(m.detail.requests);
        rows.push([
          String(commits),
          history.name,
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
