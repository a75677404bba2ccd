import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

import { saveBaseSnapshot } from '../../src/model/index.js';
import type { Emulator } from '../emulator/index.js';
import {
  buildEvent,
  checkoutEmulatorRepo,
  runAction,
  type GitWorkspace,
} from '../harness/index.js';
import { CATALOG, CONFIG, grant, IDENTITIES, startAccessRepo } from '../e2e/pr-check-fixture.js';
import { snapshotKeyPair, withSnapshotKey } from '../fixtures/snapshot-key.js';

/**
 * The Action's pull-request check, run from the sources against the emulated API and a real
 * checkout, says in its job summary and log where the base model came from.
 */

const SOURCE_ENTRY = fileURLToPath(new URL('./run-source.mjs', import.meta.url));
const { publicKey: PUBLIC_KEY, privateKey: PRIVATE_KEY } = snapshotKeyPair();

let emulator: Emulator | undefined;
const workspaces: GitWorkspace[] = [];
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
  for (const w of workspaces.splice(0)) w.remove();
});

async function check(snapshot: boolean) {
  emulator = await startAccessRepo({
    baseFiles: {
      'access/catalog/ledger.yaml': CATALOG,
      'access/identities/people.yaml': IDENTITIES,
      'accessctl.yaml': withSnapshotKey(CONFIG, PUBLIC_KEY),
    },
    pull: {
      files: { 'access/grants/alice.yaml': grant('pull') },
      reviews: [{ user: 'olivia', state: 'APPROVED' }],
    },
  });
  const workspace = checkoutEmulatorRepo(emulator, 'acme/access', { ref: 'grant-alice' });
  workspaces.push(workspace);
  const event = buildEvent(emulator, {
    name: 'pull_request',
    repo: 'acme/access',
    pullNumber: 1,
    action: 'synchronize',
  });
  const pull = event.payload.pull_request as { base: { sha: string } };
  if (snapshot)
    await saveBaseSnapshot(
      { repo: workspace.path, accessDir: 'access', policiesDir: 'policies' },
      pull.base.sha,
      PRIVATE_KEY,
    );
  return runAction({
    command: 'check',
    event,
    workspace,
    emulator,
    entry: SOURCE_ENTRY,
    timeoutMs: 120_000,
  });
}

describe('the pull-request check names the path to its base model', () => {
  it('in the job summary and the log, with the same verdict either way', async () => {
    const without = await check(false);
    expect(without.exitCode).toBe(0);
    expect(without.summary).toMatch(
      /Base model: built from git \(snapshot none\): no snapshot of the base commit [0-9a-f]{7}/,
    );
    expect(without.stdout).toContain('accessctl: base model built from git (snapshot none)');
    await emulator?.close();
    emulator = undefined;

    const withSnapshot = await check(true);
    expect(withSnapshot.exitCode).toBe(0);
    expect(withSnapshot.summary).toMatch(
      /Base model: the snapshot of the base commit [0-9a-f]{7} \(\d+ files, signed by a default-branch run\)\./,
    );
    expect(withSnapshot.stdout).toContain('accessctl: base model from the snapshot');
    // the comment does not change with what a runner had kept
    expect(withSnapshot.summary.replace(/Base model: .*\n/, '')).toEqual(
      without.summary.replace(/Base model: .*\n/, ''),
    );
  }, 240_000);
});
