// `command: provision` in the Action, on a push to the default branch: the same run as
// `accessctl provision --from <before> --to <after>`, with a job summary and an output; the
// evidence goes to the evidence branch (or `evidence-file`) and is anchored on the merge.
import * as core from '@actions/core';
import { preformatted } from '../report/markdown.js';

import { actionLogger, createGitHubClient, logText, type GitHubClient } from '../github/index.js';
import { branchTip } from '../github/branches.js';
import { fetchCommit, hasCommit } from '../model/git.js';
import { readConfigAt } from '../config/at-commit.js';
import { createProvisioners } from '../provisioners/configured.js';
import { formatProvisionText } from '../report/provision/text.js';
import { runProvision } from '../workflows/provision.js';
import { lookUpMergeReview, pullRequestLookup } from '../workflows/provision/merge-review.js';
import { defaultBranchPush, readRunContext, type RunContext } from './context.js';
import type { ProvisionInputs } from './inputs.js';
import { actionEvidence, reportEvidence } from './provision-evidence.js';
import { manualIssue } from '../report/manual/issue.js';

const NO_COMMIT = /^0+$/;

export async function runProvisionAction(inputs: ProvisionInputs): Promise<void> {
  const context = readRunContext();
  const push = defaultBranchPush(context, 'provision', 'nothing to provision', core.info);
  if (push === undefined) return;
  const { before, after } = push;
  if (before === undefined || after === undefined || NO_COMMIT.test(before))
    throw new Error(
      'the push event names no previous commit (a new branch), so there is no merge to provision; ' +
        'run `accessctl provision --from <last provisioned commit> --to HEAD` once by hand',
    );
  const to = await tipNow(
    createGitHubClient({ token: inputs.token, log: actionLogger }),
    context,
    push.branch,
    after,
  );
  // the settings of the merged commit: a workspace edit cannot add a system to provision
  const config = await readConfigAt(context.workspace, to);
  const client = createGitHubClient({
    token: inputs.token,
    log: actionLogger,
    configuredWriteSpacingMs: config.github.writeSpacingMs,
  });
  const { dryRun, maxRemovals } = inputs;
  const lookup = dryRun
    ? { review: {} }
    : await lookUpMergeReview(client, `${context.owner}/${context.repo}`, context.workspace, to);
  if (lookup.note !== undefined) core.warning(`accessctl provision: ${lookup.note}`);
  const result = await runProvision({
    repo: context.workspace,
    from: before,
    to,
    accessDir: inputs.accessDir,
    policiesDir: inputs.policiesDir,
    now: inputs.now,
    provisioners: createProvisioners(config, process.env, {
      githubClient: client,
      org: context.owner,
      cwd: context.workspace,
      repository: `${context.owner}/${context.repo}`,
      manualIssue,
    }),
    dryRun,
    lookup: pullRequestLookup(client, `${context.owner}/${context.repo}`),
    allowUnapproved: inputs.allowUnapproved,
    review: lookup.review,
    force: inputs.force,
    maxRemovals,
    progress: (line) => core.info(`accessctl provision: ${line}`),
    evidence: actionEvidence(client, context, inputs.evidenceLog),
  });

  const text = formatProvisionText(result, maxRemovals);
  logText(text.trimEnd());
  reportEvidence(result.evidence);
  core.setOutput('provision-json', JSON.stringify(result));
  await core.summary.addHeading('accessctl provision', 2).addRaw(preformatted(text)).write();
  if (!result.ok)
    core.setFailed(
      result.blocked ??
        'accessctl provision: some operations failed or grants were refused (see the table); ' +
          'fix the cause and re-run the job: operations already applied are not repeated',
    );
}

/**
 * The commit the run provisions up to: the branch's tip now. A run for an older push (its job
 * re-run, or queued behind a later push) must not set the systems back to what that push
 * held, undoing a later removal: it provisions the later pushes too, as their own runs do
 * (a second run over the same change applies nothing). Without the tip nothing is applied.
 */
async function tipNow(
  client: GitHubClient,
  context: RunContext,
  branch: string,
  pushed: string,
): Promise<string> {
  let tip: string;
  try {
    tip = await branchTip(client, { owner: context.owner, repo: context.repo }, branch);
  } catch (error) {
    throw new Error(
      `cannot read where ${branch} points now (${error instanceof Error ? error.message : String(error)}), so nothing is provisioned: a run for an older push must not undo a later one; re-run the job`,
      { cause: error },
    );
  }
  if (tip === pushed) return tip;
  core.notice(
    `accessctl provision: ${branch} has moved on from this push's ${pushed.slice(0, 12)} to ${tip.slice(0, 12)} (a later push, or a re-run of an older job), so this run provisions up to ${tip.slice(0, 12)}: the systems end as the branch is now`,
  );
  if (!(await hasCommit(context.workspace, tip)))
    await fetchCommit(context.workspace, 'origin', tip, { history: true });
  return tip;
}
