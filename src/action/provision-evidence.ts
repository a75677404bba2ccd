// Where the Action keeps the evidence log: by default on the branch `evidence-branch`
// (`accessctl-evidence`) of the repository, written through the API, so it outlives the
// runner's workspace and only the provisioning identity can write it; `evidence-file` keeps
// a file in the workspace instead (for a later step to upload). Either way each run anchors
// its chain head in a commit status, and ACCESSCTL_EVIDENCE_KEY signs its seal.
import { join } from 'node:path';
import * as core from '@actions/core';

import type { GitHubClient } from '../github/index.js';
import { BranchStore } from '../provisioners/evidence-branch.js';
import { FileStore } from '../provisioners/evidence-log.js';
import type { EvidenceOutcome } from '../provisioners/outcome.js';
import type { EvidenceOptions } from '../workflows/provision/evidence.js';
import type { RunContext } from './context.js';
import type { EvidenceLogInput } from './inputs.js';

export function actionEvidence(
  client: GitHubClient,
  context: RunContext,
  log: EvidenceLogInput,
): EvidenceOptions {
  const key = process.env.ACCESSCTL_EVIDENCE_KEY ?? '';
  if (key !== '') core.setSecret(key);
  const at = { client, owner: context.owner, repo: context.repo };
  return {
    store:
      'file' in log
        ? new FileStore(join(context.workspace, log.file))
        : new BranchStore({ ...at, branch: log.branch }),
    anchor: at,
    repository: `${context.owner}/${context.repo}`,
    ...(key === '' ? {} : { key }),
  };
}

/** Says in the log what the evidence run did beyond the table: recoveries and a missed anchor. */
export function reportEvidence(outcome: EvidenceOutcome | undefined): void {
  if (outcome === undefined) return;
  for (const r of outcome.recovered)
    core.warning(
      `accessctl: an earlier run stopped during "${r.intent.operation}" (${r.intent.mergeCommit.slice(0, 12)}): ${r.result === undefined ? '' : `recorded as ${r.result}: `}${r.message}`,
    );
  if (outcome.written > 0)
    core.info(
      `Evidence: ${outcome.written} record(s) appended to ${outcome.log}; ${outcome.records} in all, chain head ${outcome.head}`,
    );
  if (outcome.problem !== undefined) core.warning(`accessctl: ${outcome.problem}`);
}
