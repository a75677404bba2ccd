// `command: snapshot` in the Action, on a push to the default branch: the same run as
// `accessctl snapshot`, with the very build of accessctl the pull-request check runs, so the
// snapshot it saves is never ignored as another build's. The key comes from the `snapshot-key`
// input, which belongs in a secret only default-branch runs can read.
import * as core from '@actions/core';

import { actionLogger, createGitHubClient } from '../github/index.js';
import { SnapshotKeyError } from '../model/index.js';
import { pullRequestLookup } from '../workflows/provision/merge-review.js';
import { notStandingWarning, saveSnapshot } from '../workflows/snapshot.js';
import { defaultBranchPush, readRunContext } from './context.js';
import type { SnapshotInputs } from './inputs.js';

export async function runSnapshotAction(inputs: SnapshotInputs): Promise<void> {
  const context = readRunContext();
  // A pull request's run must never write what judges the next one.
  const push = defaultBranchPush(context, 'snapshot', 'nothing to save', core.info);
  if (push === undefined) return;
  const { after } = push;
  if (after === undefined) throw new Error('the push event names no pushed commit ("after")');
  if (inputs.key.trim() === '')
    throw new Error(
      'input "snapshot-key" is empty; pass the Ed25519 private key (PEM) from a secret of an Environment limited to the default branch (docs/pr-check.md, "Base snapshots")',
    );
  // Whether the pushed commit's rules stand, as provisioning judges them, is signed into the
  // snapshot: the pull-request check then tells a request that adds access, before it is
  // merged, that provisioning would hold it. A look-up that fails leaves it out.
  const warn = (message: string) => core.warning(`accessctl snapshot: ${message}`);
  let saved;
  try {
    saved = await saveSnapshot({
      tree: {
        repo: context.workspace,
        accessDir: inputs.accessDir,
        policiesDir: inputs.policiesDir,
      },
      commit: after,
      key: inputs.key,
      lookup: pullRequestLookup(
        createGitHubClient({ token: inputs.token, log: actionLogger }),
        `${context.owner}/${context.repo}`,
      ),
      warn,
    });
  } catch (error) {
    if (error instanceof SnapshotKeyError)
      throw new Error(`input "snapshot-key": ${error.message}`, { cause: error });
    throw error;
  }
  core.info(
    `accessctl snapshot: wrote ${saved.file}: ${saved.files} parsed files of ${after.slice(0, 7)} (${Math.ceil(saved.bytes / 1024)} KiB)`,
  );
  const notStanding = notStandingWarning(after, saved.rules);
  if (notStanding !== undefined) warn(notStanding);
  core.setOutput('snapshot-path', saved.file);
}
