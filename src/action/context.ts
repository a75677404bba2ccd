// The run's context as the runner gives it: the event, the repository and the workspace,
// read by the Actions toolkit (`@actions/github`) the way every JavaScript action reads it.
import { existsSync } from 'node:fs';

import { context as contextAtStart } from '@actions/github';

export interface RunContext {
  eventName: string;
  payload: Record<string, unknown>;
  owner: string;
  repo: string;
  workspace: string;
}

type ToolkitContext = typeof contextAtStart;
// The toolkit reads the environment once, when it is imported; a fresh Context reads it now.
const ToolkitContext = contextAtStart.constructor as new () => ToolkitContext;

export function readRunContext(): RunContext {
  const repository = process.env.GITHUB_REPOSITORY ?? '';
  const [owner = '', repo = ''] = repository.split('/');
  if (owner === '' || repo === '')
    throw new Error(
      `GITHUB_REPOSITORY is "${repository}", not OWNER/REPO; run accessctl as a step of a GitHub Actions job`,
    );
  const eventPath = process.env.GITHUB_EVENT_PATH ?? '';
  // the toolkit would go on with an empty event, and the job would fail later for no clear reason
  if (eventPath !== '' && !existsSync(eventPath))
    throw new Error(
      `cannot read the event payload at GITHUB_EVENT_PATH ${eventPath}: no such file; run accessctl as a step of a GitHub Actions job`,
    );
  let context: ToolkitContext;
  try {
    context = new ToolkitContext();
  } catch (error) {
    throw new Error(
      `cannot read the event payload at GITHUB_EVENT_PATH ${eventPath}: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  return {
    eventName: context.eventName ?? '',
    payload: context.payload as Record<string, unknown>,
    owner: context.repo.owner,
    repo: context.repo.repo,
    workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
  };
}
