import { afterEach, describe, expect, it, vi } from 'vitest';
import { actionLogger, createGitHubClient } from '../../src/github/index.js';
import { startEmulator, type Emulator } from '../emulator/index.js';

/** Inside the Action the client logs through workflow commands, and never prints the token. */

let emulator: Emulator;
afterEach(async () => {
  vi.restoreAllMocks();
  await emulator.close();
});

describe('the Action logger', () => {
  it('makes retries warnings and every attempt a debug line, never an error, token absent', async () => {
    emulator = await startEmulator({
      seed: { org: { login: 'acme', owners: ['octo-admin'] }, repos: [{ name: 'access' }] },
    });
    const written: string[] = [];
    // @actions/core writes workflow commands to the process's stdout
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    const client = createGitHubClient({
      token: emulator.token,
      env: { GITHUB_API_URL: emulator.url },
      log: actionLogger,
      millisecondsPerSecond: 1,
    });
    emulator.faults.secondaryRateLimit({ count: 1, retryAfter: 2 });
    await client.rest.repos.get({ owner: 'acme', repo: 'access' });
    vi.restoreAllMocks();
    const lines = written.join('').trim().split('\n');
    expect(lines.filter((line) => !line.startsWith('::debug::'))).toEqual([
      "::warning::GitHub's secondary rate limit answered GET /repos/acme/access; waiting 2 s before retry 1 of 3",
    ]);
    expect(lines).toContainEqual(
      expect.stringMatching(/^::debug::GET \/repos\/acme\/access - 403 with id/),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^::debug::GET \/repos\/acme\/access - 200 with id/),
    );
    expect(written.join('')).not.toContain(emulator.token);
  });
});
