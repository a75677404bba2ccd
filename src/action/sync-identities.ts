// `command: sync-identities` in the Action, on `schedule`, `workflow_dispatch` or
// `repository_dispatch` (the HR system's event): the HR file becomes one pull request on the
// branch accessctl/sync-identities, opened or updated, never duplicated. It changes
// identities/, a rule change, so merging it needs a policy owner's approval like any other.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as core from '@actions/core';
import { actionLogger, createGitHubClient, logText } from '../github/index.js';
import { preformatted } from '../report/markdown.js';
import { syncIdentitiesOnGitHub } from '../workflows/sync-identities/pull-request.js';
import { formatSyncText } from '../report/sync-identities/text.js';
import type { SyncIdentitiesInputs } from './inputs.js';

export async function runSyncIdentitiesAction(inputs: SyncIdentitiesInputs): Promise<void> {
  const [owner = '', repo = ''] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
  if (owner === '' || repo === '')
    throw new Error(
      'GITHUB_REPOSITORY is not OWNER/REPO; run accessctl as a step of a GitHub Actions job',
    );
  const eventPath = process.env.GITHUB_EVENT_PATH;
  const payload: unknown =
    eventPath !== undefined && existsSync(eventPath)
      ? JSON.parse(readFileSync(eventPath, 'utf8'))
      : {};
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const result = await syncIdentitiesOnGitHub({
    accessDir: join(workspace, inputs.accessDir),
    workspace,
    event: process.env.GITHUB_EVENT_NAME ?? '',
    payload,
    from: inputs.from,
    github: {
      client: createGitHubClient({ token: inputs.token, log: actionLogger }),
      repository: { owner, repo },
    },
  });
  const text = formatSyncText(result);
  logText(text.trimEnd());
  core.setOutput(
    'pull-request',
    result.pullRequest === undefined ? '' : String(result.pullRequest.number),
  );
  await core.summary.addHeading('accessctl sync-identities', 2).addRaw(preformatted(text)).write();
  for (const f of result.findings)
    core.error(f.message, {
      file: relative(workspace, f.file),
      startLine: f.line,
      startColumn: f.column,
    });
  if (result.findings.length > 0)
    core.setFailed(
      `accessctl sync-identities: ${result.findings.length} problem(s) in the HR file ${result.source}; nothing was changed (see the annotations)`,
    );
}
