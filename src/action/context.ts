// The run's context as the runner gives it: the event, the repository and the workspace.
import { readFileSync } from 'node:fs';

export interface RunContext {
  eventName: string;
  payload: Record<string, unknown>;
  owner: string;
  repo: string;
  workspace: string;
}

export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const repository = env.GITHUB_REPOSITORY ?? '';
  const [owner = '', repo = ''] = repository.split('/');
  if (owner === '' || repo === '')
    throw new Error(
      `GITHUB_REPOSITORY is "${repository}", not OWNER/REPO; run accessctl as a step of a GitHub Actions job`,
    );
  const eventPath = env.GITHUB_EVENT_PATH;
  let payload: Record<string, unknown> = {};
  if (eventPath !== undefined && eventPath !== '') {
    try {
      payload = JSON.parse(readFileSync(eventPath, 'utf8')) as Record<string, unknown>;
    } catch (error) {
      throw new Error(
        `cannot read the event payload at GITHUB_EVENT_PATH ${eventPath}: ${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      );
    }
  }
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload,
    owner,
    repo,
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
  };
}
