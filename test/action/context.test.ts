import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { readRunContext } from '../../src/action/context.js';

/** The run's context through the Actions toolkit, from a real event file as the runner writes it. */

function eventFile(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'accessctl-event-')), 'event.json');
  writeFileSync(file, text);
  return file;
}

function runner(env: Record<string, string>): void {
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('readRunContext', () => {
  it('reads the event, the repository and the workspace the runner names', () => {
    const pull = { number: 7, head: { sha: 'abc' }, base: { sha: 'def' } };
    runner({
      GITHUB_REPOSITORY: 'acme/access',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventFile(JSON.stringify({ action: 'opened', pull_request: pull })),
      GITHUB_WORKSPACE: '/home/runner/work/access',
    });
    expect(readRunContext()).toEqual({
      eventName: 'pull_request',
      payload: { action: 'opened', pull_request: pull },
      owner: 'acme',
      repo: 'access',
      workspace: '/home/runner/work/access',
    });
  });

  it('reads the environment as it is at the call, not as it was at import', () => {
    runner({ GITHUB_REPOSITORY: 'acme/one', GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: '' });
    expect(readRunContext().repo).toBe('one');
    runner({ GITHUB_REPOSITORY: 'acme/two', GITHUB_EVENT_NAME: 'schedule' });
    expect(readRunContext()).toMatchObject({ repo: 'two', eventName: 'schedule', payload: {} });
  });

  it('refuses a GITHUB_REPOSITORY that is not OWNER/REPO, saying where to run', () => {
    runner({ GITHUB_REPOSITORY: 'acme' });
    expect(() => readRunContext()).toThrow(
      /GITHUB_REPOSITORY is "acme", not OWNER\/REPO; run accessctl as a step of a GitHub Actions job/,
    );
  });

  it('names the event file that is missing or not JSON', () => {
    runner({ GITHUB_REPOSITORY: 'acme/access', GITHUB_EVENT_PATH: '/nonexistent/event.json' });
    expect(() => readRunContext()).toThrow(
      /cannot read the event payload at GITHUB_EVENT_PATH \/nonexistent\/event.json: no such file/,
    );
    const broken = eventFile('{"action": ');
    runner({ GITHUB_EVENT_PATH: broken });
    expect(() => readRunContext()).toThrow(
      new RegExp(`cannot read the event payload at GITHUB_EVENT_PATH ${broken}: .*JSON`),
    );
  });
});
