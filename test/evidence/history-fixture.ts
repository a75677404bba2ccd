import { createGitHubClient } from '../../src/github/index.js';
import { appendEvidence } from '../../src/provisioners/evidence-log.js';
import { client } from '../emulator/client.js';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { checkoutEmulatorRepo, type GitWorkspace } from '../harness/index.js';

/**
 * An access repository with a known history, made through the emulated GitHub API and then
 * cloned with the very same shas:
 *
 *   0 bootstrap    direct push: catalog, identities, bob-ledger-read, carol-ledger-push
 *   1 PR #1        alice adds alice-ledger-push; olivia approves; merge commit
 *   2 PR #2        alice adds deployer-ledger-pull (a service account); olivia approves, alice
 *                  pushes again, mia approves the new head, a bot approves; squash
 *   3 PR #3        alice raises bob-ledger-read to push; nobody approves; rebase
 *   4 direct push  the admin adds dave-ledger-pull on main
 *   5 PR #4        five days later mia removes carol-ledger-push, past its expiry; olivia
 *                  approves; merge commit
 *
 * The provisioning log has one record per change; its fifth record (dave) is edited after the
 * fact, so the chain breaks at line 6.
 */

export const T0 = '2026-03-01T00:00:00Z';

const CATALOG = `kind: Resource
id: github:repo/acme/ledger
owners: [team:ledger-owners]
provisioner: github
roles:
  pull: { risk: low, maxDays: 365 }
  push: { risk: medium, maxDays: 180 }
`;

const IDENTITIES = `kind: User
id: alice
---
kind: User
id: bob
---
kind: User
id: carol
---
kind: User
id: dave
---
kind: User
id: olivia
---
kind: User
id: mia
---
kind: Team
id: ledger-owners
maintainers: [olivia]
members: [mia]
---
kind: ServiceAccount
id: deployer
owner: team:ledger-owners
purpose: Deploys the ledger service from CI
rotation: { maxAgeDays: 90, lastRotated: 2026-02-20 }
`;

export function grant(
  id: string,
  subject: string,
  role: string,
  expires: string,
  extra = '',
  reason = `Works on the ledger (${id})`,
): string {
  return `kind: Grant\nid: ${id}\nsubject: ${subject}\nresource: github:repo/acme/ledger\nrole: ${role}\nreason: ${JSON.stringify(reason)}\nexpires: ${expires}\n${extra}`;
}

/** The evidence report's GitHub for the known history: its emulator, with no pauses. */
export function knownGitHub(known: KnownHistory) {
  return {
    client: createGitHubClient({
      token: known.emulator.token,
      env: { GITHUB_API_URL: known.emulator.url },
      millisecondsPerSecond: 1,
      writeSpacingMs: 0,
    }),
    owner: 'acme',
    repo: 'access',
  };
}

export interface KnownHistory {
  emulator: Emulator;
  workspace: GitWorkspace;
  /** First-parent commits of main, oldest first: bootstrap, pr1, pr2, pr3, push, pr4. */
  commits: {
    bootstrap: string;
    pr1: string;
    pr2: string;
    pr3: string;
    push: string;
    pr4: string;
  };
  /** Heads the reviews were given on in PR #2: olivia's (stale) and the final one. */
  pr2Heads: { first: string; last: string };
  evidenceFile: string;
  close(): Promise<void>;
}

type Api = ReturnType<typeof client>;

async function expectOk(
  api: Api,
  method: string,
  path: string,
  body?: unknown,
): Promise<Record<string, unknown>> {
  const answer = await api(method, path, body);
  if (answer.status >= 300)
    throw new Error(`${method} ${path} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  return answer.body as Record<string, unknown>;
}

export async function buildKnownHistory(tempDir: string): Promise<KnownHistory> {
  const emulator = await startEmulator({
    seed: {
      now: T0,
      org: { login: 'acme', owners: ['octo-admin'], members: ['alice', 'olivia', 'mia'] },
      users: [
        { login: 'alice', token: 'ghp_alice' },
        { login: 'olivia', token: 'ghp_olivia' },
        { login: 'mia', token: 'ghp_mia' },
        { login: 'review-helper[bot]', token: 'ghp_bot', type: 'Bot' },
      ],
      repos: [
        {
          name: 'access',
          collaborators: { alice: 'push', olivia: 'push', mia: 'push' },
          files: {
            'access/catalog/ledger.yaml': CATALOG,
            'access/identities/people.yaml': IDENTITIES,
            'access/grants/bob.yaml': grant('bob-ledger-read', 'user:bob', 'pull', '2026-12-31'),
            'access/grants/carol.yaml': grant(
              'carol-ledger-push',
              'user:carol',
              'push',
              '2026-03-05',
            ),
          },
        },
      ],
    },
  });
  const admin = client(emulator);
  const as = (token: string) => client(emulator, token);
  const alice = as('ghp_alice');
  const repoApi = '/repos/acme/access';
  const main = async () =>
    ((await expectOk(admin, 'GET', `${repoApi}/git/ref/heads/main`)).object as { sha: string }).sha;

  const branch = async (name: string) =>
    expectOk(admin, 'POST', `${repoApi}/git/refs`, {
      ref: `refs/heads/${name}`,
      sha: await main(),
    });
  const blobSha = async (path: string, ref: string) =>
    (await expectOk(admin, 'GET', `${repoApi}/contents/${path}?ref=${ref}`)).sha as string;
  const write = async (api: Api, path: string, text: string, ref: string, message: string) => {
    const existing = await api('GET', `${repoApi}/contents/${path}?ref=${ref}`);
    const body = await expectOk(api, 'PUT', `${repoApi}/contents/${path}`, {
      message,
      content: Buffer.from(text).toString('base64'),
      branch: ref,
      ...(existing.status === 200 ? { sha: existing.body.sha } : {}),
    });
    return (body.commit as { sha: string }).sha;
  };
  const open = async (api: Api, head: string, title: string) =>
    (await expectOk(api, 'POST', `${repoApi}/pulls`, { title, head, base: 'main' }))
      .number as number;
  const approve = (api: Api, number: number, commit?: string) =>
    expectOk(api, 'POST', `${repoApi}/pulls/${number}/reviews`, {
      event: 'APPROVE',
      ...(commit === undefined ? {} : { commit_id: commit }),
    });
  const merge = async (number: number, method: 'merge' | 'squash' | 'rebase') =>
    (await expectOk(admin, 'PUT', `${repoApi}/pulls/${number}/merge`, { merge_method: method }))
      .sha as string;

  const bootstrap = await main();

  await branch('alice-push');
  await write(
    alice,
    'access/grants/alice.yaml',
    grant('alice-ledger-push', 'user:alice', 'push', '2026-06-30'),
    'alice-push',
    'Ask for push on the ledger',
  );
  const one = await open(alice, 'alice-push', 'Alice needs push on the ledger');
  await approve(as('ghp_olivia'), one);
  const pr1 = await merge(one, 'merge');

  await branch('deployer');
  const first = await write(
    alice,
    'access/grants/deployer.yaml',
    grant(
      'deployer-ledger-pull',
      'service:deployer',
      'pull',
      '2026-09-30',
      'owner: team:ledger-owners\n',
    ),
    'deployer',
    'Let the deployer read the ledger',
  );
  const two = await open(alice, 'deployer', 'Deployer reads the ledger');
  await approve(as('ghp_olivia'), two);
  const last = await write(
    alice,
    'access/grants/deployer.yaml',
    grant(
      'deployer-ledger-pull',
      'service:deployer',
      'pull',
      '2026-09-30',
      'owner: team:ledger-owners\n',
      'Reads release tags, "nothing else", during deploys',
    ),
    'deployer',
    'Say why the deployer reads it',
  );
  await approve(as('ghp_mia'), two);
  await approve(as('ghp_bot'), two);
  const pr2 = await merge(two, 'squash');

  await branch('bob-push');
  await write(
    alice,
    'access/grants/bob.yaml',
    grant('bob-ledger-read', 'user:bob', 'push', '2026-12-31'),
    'bob-push',
    'Bob needs push',
  );
  const three = await open(alice, 'bob-push', 'Raise bob to push');
  const pr3 = await merge(three, 'rebase');

  const push = await write(
    admin,
    'access/grants/dave.yaml',
    grant('dave-ledger-pull', 'user:dave', 'pull', '2026-12-31', '', '=HYPERLINK("x") on-call'),
    'main',
    'Hotfix: dave reads the ledger',
  );

  // Five days pass: every write moves the emulator's clock one second.
  for (let i = 0; i < 5 * 86_400; i++) emulator.state.now();
  await branch('carol-off');
  await expectOk(as('ghp_mia'), 'DELETE', `${repoApi}/contents/access/grants/carol.yaml`, {
    message: 'Carol no longer needs push',
    branch: 'carol-off',
    sha: await blobSha('access/grants/carol.yaml', 'carol-off'),
  });
  const four = await open(as('ghp_mia'), 'carol-off', 'Remove carol');
  await approve(as('ghp_olivia'), four);
  const pr4 = await merge(four, 'merge');

  const workspace = checkoutEmulatorRepo(emulator, 'acme/access');
  const evidenceFile = `${tempDir}/accessctl-evidence.jsonl`;
  const record = (grantId: string, operation: string, commit: string, time: string) => ({
    grant: grantId,
    operation,
    result: 'applied' as const,
    message: 'done',
    mergeCommit: commit,
    time,
  });
  await appendEvidence(evidenceFile, [
    record(
      'bob-ledger-read',
      'grant pull to bob on acme/ledger',
      bootstrap,
      '2026-03-01T00:10:00Z',
    ),
    record(
      'carol-ledger-push',
      'grant push to carol on acme/ledger',
      bootstrap,
      '2026-03-01T00:10:00Z',
    ),
    record('alice-ledger-push', 'grant push to alice on acme/ledger', pr1, '2026-03-01T00:20:00Z'),
    record(
      'deployer-ledger-pull',
      'grant pull to deployer on acme/ledger',
      pr2,
      '2026-03-01T00:30:00Z',
    ),
    record('dave-ledger-pull', 'grant pull to dave on acme/ledger', push, '2026-03-01T00:40:00Z'),
    record(
      'carol-ledger-push',
      'revoke push from carol on acme/ledger',
      pr4,
      '2026-03-07T06:00:00Z',
    ),
  ]);
  return {
    emulator,
    workspace,
    commits: { bootstrap, pr1, pr2, pr3, push, pr4 },
    pr2Heads: { first, last },
    evidenceFile,
    async close() {
      workspace.remove();
      await emulator.close();
    },
  };
}
