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

/** A push to the default branch: the commit before it and the one pushed. */
export interface DefaultBranchPush {
  before: string | undefined;
  after: string | undefined;
  /** The default branch pushed to. */
  branch: string;
}

/**
 * The push a command that changes what later runs trust (provisioning, snapshots) runs on.
 * Any other event is an error; a push to another branch is `undefined`, said in the log.
 */
export function defaultBranchPush(
  context: RunContext,
  command: string,
  /** What the command would have done, for the line a push to another branch logs. */
  nothing: string,
  info: (line: string) => void,
): DefaultBranchPush | undefined {
  if (context.eventName !== 'push')
    throw new Error(
      `command "${command}" runs on push to the default branch; this run was started by "${context.eventName}"`,
    );
  const { before, after, ref } = context.payload as {
    before?: string;
    after?: string;
    ref?: string;
  };
  const repository = context.payload.repository as { default_branch?: string } | undefined;
  const defaultRef = `refs/heads/${repository?.default_branch ?? 'main'}`;
  if (ref !== defaultRef) {
    info(`accessctl ${command}: ${ref ?? 'this ref'} is not ${defaultRef}; ${nothing}`);
    return undefined;
  }
  return { before, after, branch: repository?.default_branch ?? 'main' };
}
