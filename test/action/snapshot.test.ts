import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

import { readBaseSnapshot } from '../../src/model/index.js';
import type { Emulator } from '../emulator/index.js';
import {
  buildEvent,
  checkoutEmulatorRepo,
  runAction,
  runCliWith,
  type GitWorkspace,
} from '../harness/index.js';
import {
  CATALOG,
  CONFIG,
  grant,
  IDENTITIES,
  push,
  startAccessRepo,
} from '../e2e/pr-check-fixture.js';
import { snapshotKeyPair, withSnapshotKey } from '../fixtures/snapshot-key.js';

/**
 * `command: snapshot`, run from the sources as a runner starts it: on a push to the default
 * branch it saves a snapshot the pull-request check then trusts; on any other event it writes
 * nothing, and the key never shows in the log.
 */

const SOURCE_ENTRY = fileURLToPath(new URL('./run-source.mjs', import.meta.url));
const { publicKey: PUBLIC_KEY, privateKey: PRIVATE_KEY } = snapshotKeyPair();
const KEY_LINE = PRIVATE_KEY.split('\n')[1] ?? '';

let emulator: Emulator | undefined;
const workspaces: GitWorkspace[] = [];
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
  for (const w of workspaces.splice(0)) w.remove();
});

/** The access repository on the emulator, `pushed` to it, then checked out at `ref`. */
async function scene(ref?: string, pushed: (emulator: Emulator) => Promise<void> = async () => {}) {
  emulator = await startAccessRepo({
    baseFiles: {
      'access/catalog/ledger.yaml': CATALOG,
      'access/identities/people.yaml': IDENTITIES,
      'accessctl.yaml': withSnapshotKey(CONFIG, PUBLIC_KEY),
    },
    pull: { files: { 'access/grants/alice.yaml': grant('pull') } },
  });
  await pushed(emulator);
  const workspace = checkoutEmulatorRepo(emulator, 'acme/access', ref === undefined ? {} : { ref });
  workspaces.push(workspace);
  return { emulator, workspace };
}

/** pete pushes a change of the config to main: no pull request, nobody's approval. */
const pushedConfig = (emulator: Emulator) =>
  push(
    emulator,
    'accessctl.yaml',
    `${withSnapshotKey(CONFIG, PUBLIC_KEY)}prune: true\n`,
    'pete',
    'main',
  );

const tree = (workspace: GitWorkspace) => ({
  repo: workspace.path,
  accessDir: 'access',
  policiesDir: 'policies',
});

/** `command: snapshot` run on `event` with the default branch's key. */
function snapshotRun(
  emulator: Emulator,
  workspace: GitWorkspace,
  event: ReturnType<typeof buildEvent>,
) {
  return runAction({
    command: 'snapshot',
    event,
    workspace,
    emulator,
    inputs: { 'snapshot-key': PRIVATE_KEY },
    entry: SOURCE_ENTRY,
    timeoutMs: 120_000,
  });
}

describe('command: snapshot', () => {
  it('saves a snapshot of the pushed commit that the check trusts, and masks the key', async () => {
    const { emulator, workspace } = await scene();
    const event = buildEvent(emulator, { name: 'push', repo: 'acme/access' });
    const after = (event.payload as { after: string }).after;
    expect(await readBaseSnapshot(tree(workspace), after, PUBLIC_KEY)).toMatchObject({
      status: 'none',
    });
    const run = await snapshotRun(emulator, workspace, event);
    expect(run.exitCode).toBe(0);
    expect(run.outputs['snapshot-path']).toMatch(
      /\.git\/accessctl\/snapshots\/[0-9a-f]+\.snapshot$/,
    );
    expect(run.stdout).toContain(`parsed files of ${after.slice(0, 7)}`);
    // as the runner shows the log: each line of the key is masked
    expect(run.stdout + run.stderr).not.toContain(KEY_LINE);
    // the rules of the pushed commit stand (policy owners named from the first commit on)
    expect(await readBaseSnapshot(tree(workspace), after, PUBLIC_KEY)).toMatchObject({
      status: 'used',
      rules: { stand: true },
    });
  });

  it('signs in that the rules do not stand after a direct push to them, and warns', async () => {
    const { emulator, workspace } = await scene(undefined, pushedConfig);
    const event = buildEvent(emulator, { name: 'push', repo: 'acme/access' });
    const after = (event.payload as { after: string }).after;
    const run = await snapshotRun(emulator, workspace, event);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain(`the rules of ${after.slice(0, 7)} do not stand since`);
    expect(await readBaseSnapshot(tree(workspace), after, PUBLIC_KEY)).toMatchObject({
      status: 'used',
      rules: { stand: false, commit: after },
    });
  });

  it('refuses a pull-request run and writes nothing', async () => {
    const { emulator, workspace } = await scene('grant-alice');
    const event = buildEvent(emulator, {
      name: 'pull_request',
      repo: 'acme/access',
      pullNumber: 1,
      action: 'synchronize',
    });
    const run = await snapshotRun(emulator, workspace, event);
    expect(run.exitCode).toBe(1);
    expect(run.stdout + run.stderr).toContain(
      'command "snapshot" runs on push to the default branch; this run was started by "pull_request"',
    );
    const head = (event.payload as { pull_request: { head: { sha: string } } }).pull_request.head
      .sha;
    expect(await readBaseSnapshot(tree(workspace), head, PUBLIC_KEY)).toMatchObject({
      status: 'none',
    });
  });

  it('says what to do when the key is missing or not a private key', async () => {
    const { emulator, workspace } = await scene();
    const event = buildEvent(emulator, { name: 'push', repo: 'acme/access' });
    for (const [key, message] of [
      ['', 'input "snapshot-key" is empty'],
      [PUBLIC_KEY, 'input "snapshot-key": '],
    ] as const) {
      const run = await runAction({
        command: 'snapshot',
        event,
        workspace,
        emulator,
        inputs: { 'snapshot-key': key },
        entry: SOURCE_ENTRY,
        timeoutMs: 120_000,
      });
      expect(run.exitCode).toBe(1);
      expect(run.stdout + run.stderr).toContain(message);
    }
  });
});

describe('accessctl snapshot, outside the Action', () => {
  /** A push run's environment with the key and the emulator as GitHub. */
  const pushRun = (emulator: Emulator) => ({
    ACCESSCTL_SNAPSHOT_KEY: PRIVATE_KEY,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_TOKEN: emulator.token,
    GITHUB_API_URL: emulator.url,
  });

  it('judges with GITHUB_TOKEN whether the rules stand, signs it in, and warns', async () => {
    const { emulator, workspace } = await scene(undefined, pushedConfig);
    const head = workspace.git('rev-parse', 'HEAD').trim();
    const run = await runCliWith(
      ['snapshot', '--github-repo', 'acme/access'],
      workspace.path,
      pushRun(emulator),
    );
    expect(run.code).toBe(0);
    expect(run.err).toContain(`accessctl snapshot: the rules of ${head.slice(0, 7)} do not stand`);
    expect(await readBaseSnapshot(tree(workspace), head, PUBLIC_KEY)).toMatchObject({
      status: 'used',
      rules: { stand: false, commit: head },
    });
  });

  it('refuses a repository name that is not OWNER/NAME, rather than judge every change a direct push', async () => {
    const { emulator, workspace } = await scene();
    const run = await runCliWith(
      ['snapshot', '--github-repo', 'acme'],
      workspace.path,
      pushRun(emulator),
    );
    expect(run.code).toBe(2);
    expect(run.err).toContain('--github-repo "acme" must be OWNER/NAME, e.g. acme/access');
  });

  it('refuses a repository that does not hold the commit, rather than sign that the rules do not stand', async () => {
    const { emulator, workspace } = await scene(undefined, pushedConfig);
    const head = workspace.git('rev-parse', 'HEAD').trim();
    const env = pushRun(emulator);
    // another repository, or one that does not exist: no pull request would be found for
    // any change to the rules, and every one would read as a direct push
    const elsewhere = await runCliWith(
      ['snapshot', '--github-repo', 'acme/other'],
      workspace.path,
      env,
    );
    expect(elsewhere.code).toBe(2);
    expect(elsewhere.err).toContain(
      `--github-repo "acme/other": GitHub has no commit ${head.slice(0, 7)} there`,
    );
    expect((await readBaseSnapshot(tree(workspace), head, PUBLIC_KEY)).status).not.toBe('used');
    // a commit not pushed yet, named through GITHUB_REPOSITORY
    workspace.git('commit', '-q', '--allow-empty', '-m', 'not pushed');
    const local = workspace.git('rev-parse', 'HEAD').trim();
    const unpushed = await runCliWith(['snapshot'], workspace.path, {
      ...env,
      GITHUB_REPOSITORY: 'acme/access',
    });
    expect(unpushed.code).toBe(2);
    expect(unpushed.err).toContain(
      `GITHUB_REPOSITORY "acme/access": GitHub has no commit ${local.slice(0, 7)} there`,
    );
  });
});
