// `command: reconcile` in the Action, on `schedule` and `workflow_dispatch`: the same run as
// `accessctl reconcile` on the checked-out commit, reporting drift by default and repairing
// it with `apply: true`, with a job summary table, outputs and the evidence file left in the
// workspace for a later step to upload or commit.
import * as core from '@actions/core';

import { readConfigAt } from '../config/at-commit.js';
import { actionLogger, createGitHubClient, logText } from '../github/index.js';
import { createProvisioners } from '../provisioners/configured.js';
import { runReconcile } from '../workflows/reconcile.js';
import { pullRequestLookup } from '../workflows/provision/merge-review.js';
import { formatReconcileMarkdown } from '../report/reconcile/markdown.js';
import { formatReconcileText } from '../report/reconcile/text.js';
import { readRunContext } from './context.js';
import type { ReconcileInputs } from './inputs.js';
import { actionEvidence, reportEvidence } from './provision-evidence.js';
import { manualIssue } from '../report/manual/issue.js';

const EVENTS = ['schedule', 'workflow_dispatch'];

export async function runReconcileAction(inputs: ReconcileInputs): Promise<void> {
  const context = readRunContext();
  if (!EVENTS.includes(context.eventName))
    throw new Error(
      `command "reconcile" runs on schedule and workflow_dispatch; this run was started by "${context.eventName}" (see docs/provision.md)`,
    );
  const { apply, maxRemovals } = inputs;
  // the provisioners' settings come from the reconciled commit, as its policies do
  const config = await readConfigAt(context.workspace, 'HEAD');
  const client = createGitHubClient({
    token: inputs.token,
    log: actionLogger,
    configuredWriteSpacingMs: config.github.writeSpacingMs,
  });
  const result = await runReconcile({
    repo: context.workspace,
    ref: 'HEAD',
    accessDir: inputs.accessDir,
    policiesDir: inputs.policiesDir,
    now: inputs.now,
    provisioners: createProvisioners(config, process.env, {
      org: context.owner,
      githubClient: client,
      cwd: context.workspace,
      repository: `${context.owner}/${context.repo}`,
      manualIssue,
    }),
    apply,
    force: inputs.force,
    maxRemovals,
    progress: (line) => core.info(`accessctl reconcile: ${line}`),
    evidence: actionEvidence(client, context, inputs.evidenceLog),
    lookup: pullRequestLookup(client, `${context.owner}/${context.repo}`),
    allowUnapproved: inputs.allowUnapproved,
    // a scheduled or dispatched run of the default branch: its git folder is its own
    keepPasses: true,
    ...(inputs.judgeUntil === undefined ? {} : { judgeUntil: inputs.judgeUntil }),
  });

  logText(formatReconcileText(result, maxRemovals, 'apply: true').trimEnd());
  reportEvidence(result.evidence);
  const repaired = result.operations.filter((o) => o.status === 'applied').length;
  core.setOutput('drift', String(result.plan.drift.length));
  core.setOutput('repaired', String(repaired));
  core.setOutput('reconcile-json', JSON.stringify(result));
  await core.summary.addRaw(formatReconcileMarkdown(result, maxRemovals)).write();
  if (!result.ok)
    core.setFailed(
      result.blocked ??
        `accessctl reconcile: ${result.plan.drift.length} drift(s), ${repaired} repaired; ` +
          (apply
            ? 'what is left needs a grant, prune: true in accessctl.yaml, or a fix of the failure shown in the table'
            : 'set the input apply: true to repair it, or add grants for access the repository should keep'),
    );
}
