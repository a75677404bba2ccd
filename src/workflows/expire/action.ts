// `command: expire` in the Action, on `schedule` and `workflow_dispatch`: the same run as
// `accessctl expire`, with its inputs, a job summary, an output and annotations.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CONFIG_FILE, parseConfig } from '../../config/config.js';
import * as core from '@actions/core';
import { preformatted } from '../../report/markdown.js';
import { actionLogger, createGitHubClient, logText } from '../../github/index.js';
import { parseWarnDays } from '../../commands/expire.js';
import { parseNow } from '../../commands/options.js';
import { EXPIRE_MODES, runExpire, type ExpireMode } from '../expire.js';
import { formatExpireText } from '../../report/expiry/text.js';

const EVENTS = ['schedule', 'workflow_dispatch'];

export interface ExpireActionInputs {
  accessDir: string;
  token: string;
}

/** `expiry.mode` of the accessctl.yaml beside the access directory, when it says one. */
function configuredMode(accessDir: string): string | undefined {
  const file = join(dirname(accessDir), CONFIG_FILE);
  if (!existsSync(file)) return undefined;
  return parseConfig(file, readFileSync(file, 'utf8')).expiry.mode;
}

export async function runExpireAction(inputs: ExpireActionInputs): Promise<void> {
  const event = process.env.GITHUB_EVENT_NAME ?? '';
  if (!EVENTS.includes(event))
    throw new Error(
      `command "expire" runs on schedule and workflow_dispatch; this run was started by "${event}" (see docs/expire.md)`,
    );
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  // the input wins; else `expiry.mode` of accessctl.yaml, so an hourly job can commit
  const mode = core.getInput('mode') || configuredMode(join(workspace, inputs.accessDir)) || 'pr';
  if (!(EXPIRE_MODES as readonly string[]).includes(mode))
    throw new Error(`input "mode" is "${mode}"; it must be one of ${EXPIRE_MODES.join(', ')}`);
  const [owner = '', repo = ''] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
  if (owner === '' || repo === '')
    throw new Error(
      'GITHUB_REPOSITORY is not OWNER/REPO; run accessctl as a step of a GitHub Actions job',
    );
  const warnDays = parseWarnDays(core.getInput('warn-days'));
  const client = createGitHubClient({ token: inputs.token, log: actionLogger });
  const result = await runExpire({
    accessDir: join(workspace, inputs.accessDir),
    now: parseNow(core.getInput('now')),
    mode: mode as ExpireMode,
    ...(warnDays === undefined ? {} : { warnDays }),
    github: { client, repository: { owner, repo } },
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
