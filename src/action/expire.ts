// `command: expire` in the Action, on `schedule` and `workflow_dispatch`: the same run as
// `accessctl expire`, with its inputs, a job summary, an output and annotations.
import { join } from 'node:path';
import * as core from '@actions/core';
import { preformatted } from '../report/markdown.js';
import { actionLogger, createGitHubClient, logText } from '../github/index.js';
import { runExpire } from '../workflows/expire.js';
import { configuredExpireMode } from '../workflows/expire/configured-mode.js';
import { formatExpireText } from '../report/expiry/text.js';
import type { ExpireInputs } from './inputs.js';

const EVENTS = ['schedule', 'workflow_dispatch'];

export async function runExpireAction(inputs: ExpireInputs): Promise<void> {
  const event = process.env.GITHUB_EVENT_NAME ?? '';
  if (!EVENTS.includes(event))
    throw new Error(
      `command "expire" runs on schedule and workflow_dispatch; this run was started by "${event}" (see docs/expire.md)`,
    );
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const accessDir = join(workspace, inputs.accessDir);
  // the input wins; else `expiry.mode` of accessctl.yaml, so an hourly job can commit
  const mode = inputs.mode ?? configuredExpireMode(accessDir) ?? 'pr';
  const [owner = '', repo = ''] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
  if (owner === '' || repo === '')
    throw new Error(
      'GITHUB_REPOSITORY is not OWNER/REPO; run accessctl as a step of a GitHub Actions job',
    );
  const client = createGitHubClient({ token: inputs.token, log: actionLogger });
  const result = await runExpire({
    accessDir,
    now: inputs.now,
    mode,
    ...(inputs.warnDays === undefined ? {} : { warnDays: inputs.warnDays }),
    github: { client, repository: { owner, repo } },
    policiesDir: inputs.policiesDir,
    // a scheduled or dispatched run: its git folder is its own
    keepPasses: true,
    progress: (line) => core.info(`accessctl expire: ${line}`),
    ...(inputs.judgeUntil === undefined ? {} : { judgeUntil: inputs.judgeUntil }),
  });

  const text = formatExpireText(result);
  logText(text.trimEnd());
  core.setOutput(
    'pull-request',
    result.pullRequest === undefined ? '' : String(result.pullRequest.number),
  );
  core.setOutput('expire-json', JSON.stringify(result));
  await core.summary.addHeading('accessctl expire', 2).addRaw(preformatted(text)).write();
  for (const p of result.problems)
    core.error(p.message, { file: p.path, startLine: p.line, startColumn: p.column });
  for (const s of result.skipped) core.error(s.message, { file: s.path });
  if (result.skipped.length > 0 || result.problems.length > 0)
    core.setFailed(
      `accessctl expire: ${result.skipped.length} file(s) with expired grants were not edited and ` +
        `${result.problems.length} problem(s) were found in grant files; fix them (see the annotations) so the next run can remove what expired`,
    );
}
