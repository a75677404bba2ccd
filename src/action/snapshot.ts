// `command: snapshot` in the Action, on a push to the default branch: the same run as
// `accessctl snapshot`, with the very build of accessctl the pull-request check runs, so the
// snapshot it saves is never ignored as another build's. The key comes from the `snapshot-key`
// input, which belongs in a secret only default-branch runs can read.
import * as core from '@actions/core';

import { actionLogger, createGitHubClient } from '../github/index.js';
import { saveBaseSnapshot, SnapshotKeyError } from '../model/index.js';
import { pullRequestLookup } from '../workflows/provision/merge-review.js';
import { snapshotStanding } from '../workflows/provision/rule-lineage.js';
import { compiledAt } from '../policy/library.js';
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
  const rules = snapshotStanding(
    {
      repo: context.workspace,
      accessDir: inputs.accessDir,
      policiesDir: inputs.policiesDir,
      lookup: pullRequestLookup(
        createGitHubClient({ token: inputs.token, log: actionLogger }),
        `${context.owner}/${context.repo}`,
      ),
    },
    (message) => core.warning(`accessctl snapshot: ${message}`),
  );
  let saved;
  try {
    saved = await saveBaseSnapshot(
      { repo: context.workspace, accessDir: inputs.accessDir, policiesDir: inputs.policiesDir },
      after,
      inputs.key,
      {
        rules,
        // ones that do not compile are left to the pull-request check, which says where
        policies: (commit) =>
          compiledAt(context.workspace, commit, inputs).catch((error: unknown) => {
            core.warning(
              `accessctl snapshot: the policies of ${commit.slice(0, 7)} were not compiled into the snapshot: ${error instanceof Error ? error.message : String(error)}`,
            );
            return undefined;
          }),
      },
    );
  } catch (error) {
    if (error instanceof SnapshotKeyError)
      throw new Error(`input "snapshot-key": ${error.message}`, { cause: error });
    throw error;
  }
  core.info(
    `accessctl snapshot: wrote ${saved.file}: ${saved.files} parsed files of ${after.slice(0, 7)} (${Math.ceil(saved.bytes / 1024)} KiB)`,
  );
  if (saved.rules?.stand === false)
    core.warning(
      `accessctl snapshot: the rules of ${after.slice(0, 7)} do not stand since ${saved.rules.commit.slice(0, 7)} (${saved.rules.reasons.join('; ')}); pull requests that add access will be told provisioning holds them`,
    );
  core.setOutput('snapshot-path', saved.file);
}
