import { afterEach, describe, expect, it } from 'vitest';
import { createGitHubClient, GitHubError, type Logger } from '../../src/github/index.js';
import { startEmulator, type Emulator } from '../emulator/index.js';

/** The product's GitHub client against the emulator, over real HTTP. */

const SEED = {
  org: { login: 'acme', owners: ['octo-admin'], members: ['bob'] },
  users: [{ login: 'newcomer' }],
  teams: [{ slug: 'payments', members: ['bob'] }],
  repos: [
    {
      name: 'access',
      issues: Array.from({ length: 45 }, (_, i) => ({ title: `#${i}`, user: 'bob' })),
    },
  ],
};

interface Captured extends Logger {
  lines: string[];
}

function capture(): Captured {
  const lines: string[] = [];
  const push = (level: string) => (message: string) => lines.push(`${level}: ${message}`);
  return {
    lines,
    debug: push('debug'),
    info: push('info'),
    warn: push('warn'),
    error: push('error'),
  };
}

let emulator: Emulator;
afterEach(async () => {
  await emulator.close();
});

async function setup(options: { prefix?: string } = {}) {
  emulator = await startEmulator({
    seed: SEED,
    actor: 'octo-admin',
    token: 'ghs_16C7e42F292c6912E7710c838347Ae178B4a',
    ...(options.prefix === undefined ? {} : { pathPrefix: options.prefix }),
  });
  const log = capture();
  const client = createGitHubClient({
    token: emulator.token,
    env: { GITHUB_API_URL: emulator.url },
    log,
    millisecondsPerSecond: 1,
    writeSpacingMs: 0,
  });
  return { client, log };
}

async function failure(promise: Promise<unknown>): Promise<GitHubError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof GitHubError) return error;
    throw error;
  }
  throw new Error('the call succeeded; a failure was expected');
}

describe('configuration', () => {
  it('takes the API URL from GITHUB_API_URL and names accessctl in the user agent', async () => {
    const { client } = await setup();
    const { data } = await client.rest.repos.get({ owner: 'acme', repo: 'access' });
    expect(data.full_name).toBe('acme/access');
    const [entry] = emulator.state.requests;
    expect(entry?.login).toBe('octo-admin');
    expect(entry?.userAgent).toMatch(/^accessctl /);
  });

  it("is the Actions toolkit's Octokit: the runner's orchestration id joins the user agent", async () => {
    process.env.ACTIONS_ORCHESTRATION_ID = 'run 42/x';
    try {
      const { client } = await setup();
      await client.rest.repos.get({ owner: 'acme', repo: 'access' });
    } finally {
      delete process.env.ACTIONS_ORCHESTRATION_ID;
    }
    const [entry] = emulator.state.requests;
    expect(entry?.userAgent).toMatch(/^accessctl .*actions_orchestration_id\/run_42_x/);
  });

  it('asks anonymously when there is no token (the toolkit alone would refuse)', async () => {
    emulator = await startEmulator({ seed: SEED, actor: 'octo-admin', token: 'ghs_x' });
    const client = createGitHubClient({ token: '', env: { GITHUB_API_URL: emulator.url } });
    await client.rest.repos.get({ owner: 'acme', repo: 'access' }).catch(() => undefined);
    expect(emulator.state.requests[0]?.login ?? null).toBeNull();
  });

  it('works against a GitHub Enterprise Server style /api/v3 root', async () => {
    const { client } = await setup({ prefix: '/api/v3' });
    const { data } = await client.rest.teams.getByName({ org: 'acme', team_slug: 'payments' });
    expect(data.slug).toBe('payments');
  });

  it('refuses a GITHUB_API_URL that is not a URL, saying what to set', () => {
    expect(() => createGitHubClient({ token: 't', env: { GITHUB_API_URL: 'not a url' } })).toThrow(
      /GITHUB_API_URL is "not a url", which is not a URL; set it to the API root/,
    );
  });

  it('follows Link headers through every page', async () => {
    const { client } = await setup();
    const issues = await client.paginate(client.rest.issues.listForRepo, {
      owner: 'acme',
      repo: 'access',
      per_page: 20,
    });
    expect(issues).toHaveLength(45);
    expect(emulator.state.requests.map((request) => request.query.page ?? '1')).toEqual([
      '1',
      '2',
      '3',
    ]);
  });
});

describe('rate limits and failures', () => {
  it('waits out a secondary rate limit and retries, honouring retry-after', async () => {
    const { client, log } = await setup();
    emulator.faults.secondaryRateLimit({ count: 2, retryAfter: 9 });
    const { status } = await client.rest.repos.addCollaborator({
      owner: 'acme',
      repo: 'access',
      username: 'bob',
      permission: 'push',
    });
    expect(status).toBe(204);
    expect(emulator.state.requests.map((request) => request.status)).toEqual([403, 403, 204]);
    expect(log.lines.filter((line) => line.startsWith('warn:'))).toEqual([
      expect.stringMatching(/secondary rate limit .* waiting 9 s before retry 1 of 3/),
      expect.stringMatching(/secondary rate limit .* waiting 9 s before retry 2 of 3/),
    ]);
  });

  it('fails clearly when the secondary rate limit persists', async () => {
    const { client } = await setup();
    emulator.faults.secondaryRateLimit({ count: 10 });
    const error = await failure(
      client.rest.teams.addOrUpdateMembershipForUserInOrg({
        org: 'acme',
        team_slug: 'payments',
        username: 'newcomer',
      }),
    );
    expect(emulator.state.requests).toHaveLength(4);
    expect(error.status).toBe(403);
    expect(error.message).toBe(
      "GitHub's secondary rate limit still refused PUT /orgs/acme/teams/payments/memberships/newcomer " +
        'after 3 waits (403); run again in a few minutes, or make fewer changes per run',
    );
  });

  it('waits for a primary rate limit that resets soon', async () => {
    const { client } = await setup();
    emulator.faults.primaryRateLimit({ count: 1, status: 429, resetInSeconds: 2 });
    const { data } = await client.rest.repos.get({ owner: 'acme', repo: 'access' });
    expect(data.name).toBe('access');
    expect(emulator.state.requests.map((request) => request.status)).toEqual([429, 200]);
  });

  it('does not wait an hour for a primary rate limit, and says until when it holds', async () => {
    const { client } = await setup();
    emulator.faults.primaryRateLimit({ count: 1, status: 403, resetInSeconds: 3600 });
    const error = await failure(client.rest.repos.get({ owner: 'acme', repo: 'access' }));
    expect(emulator.state.requests).toHaveLength(1);
    expect(error.rateLimitReset?.getTime()).toBeGreaterThan(Date.now() + 3_000_000);
    expect(error.message).toMatch(
      /^GitHub's API rate limit for this token is used up until \d{4}-\d\d-\d\dT.*, so GET \/repos\/acme\/access was not sent again \(403\)/,
    );
  });

  it('retries server errors and succeeds, or fails naming the status after the retries', async () => {
    const { client } = await setup();
    emulator.faults.serverError({ count: 2, status: 502 });
    const { data } = await client.rest.orgs.getMembershipForUser({ org: 'acme', username: 'bob' });
    expect(data.state).toBe('active');
    emulator.state.requests.length = 0;
    emulator.faults.serverError({ count: 10, status: 503 });
    const error = await failure(
      client.rest.orgs.getMembershipForUser({ org: 'acme', username: 'bob' }),
    );
    expect(emulator.state.requests).toHaveLength(4);
    expect(error.message).toBe(
      'GitHub failed on GET /orgs/acme/memberships/bob with 503 Server Error after 3 retries; ' +
        'GitHub may be having an incident, run again later',
    );
  });

  it('does not retry a 404 or a 422, and names what GitHub objected to', async () => {
    const { client } = await setup();
    const missing = await failure(client.rest.repos.get({ owner: 'acme', repo: 'nope' }));
    expect(missing.message).toBe(
      'GitHub found nothing at GET /repos/acme/nope (404 Not Found); ' +
        'check the owner, repository, team or user name, and that the token can see it',
    );
    const invalid = await failure(
      client.rest.issues.createLabel({ owner: 'acme', repo: 'access', name: 'x', color: 'nothex' }),
    );
    expect(invalid.message).toBe(
      'GitHub refused the data sent with POST /repos/acme/access/labels ' +
        '(422 Validation Failed: Label color invalid); fix the value it names',
    );
    expect(emulator.state.requests.map((request) => request.status)).toEqual([404, 422]);
  });
});

describe('the token stays secret', () => {
  it('is not in the message of a 401, nor anywhere in the debug log', async () => {
    const { log } = await setup();
    const badToken = 'ghp_wrongwrongwrongwrongwrongwrong0001';
    const wrong = createGitHubClient({
      token: badToken,
      env: { GITHUB_API_URL: emulator.url },
      log,
      millisecondsPerSecond: 1,
    });
    const error = await failure(wrong.rest.repos.get({ owner: 'acme', repo: 'access' }));
    expect(error.message).toBe(
      'GitHub rejected the token for GET /repos/acme/access (401 Bad credentials); ' +
        'check that the token input or GITHUB_TOKEN is set, not expired and not revoked',
    );
    const everything = [
      error.message,
      String(error.stack),
      JSON.stringify(error),
      ...log.lines,
    ].join('\n');
    expect(everything).not.toContain(badToken);
    expect(log.lines.some((line) => line.startsWith('debug:'))).toBe(true);
  });

  it('is redacted from any log line and error that would carry it', async () => {
    const { client, log } = await setup();
    await client.rest.repos.get({ owner: 'acme', repo: 'access' });
    // a path that embeds the token is the worst case: a caller built a URL from secrets
    const error = await failure(client.request(`GET /repos/acme/${emulator.token}`));
    client.log.debug(`token is ${emulator.token}`);
    const everything = [error.message, ...log.lines].join('\n');
    expect(everything).toContain('***');
    expect(everything).not.toContain(emulator.token);
  });
});

describe('write spacing', () => {
  async function threeWrites(options: { env?: Record<string, string>; configured?: number }) {
    emulator = await startEmulator({ seed: SEED, actor: 'octo-admin' });
    const client = createGitHubClient({
      token: emulator.token,
      env: { GITHUB_API_URL: emulator.url, ...options.env },
      millisecondsPerSecond: 1,
      ...(options.configured === undefined ? {} : { configuredWriteSpacingMs: options.configured }),
    });
    const started = performance.now();
    for (let n = 0; n < 3; n++)
      await client.rest.issues.createComment({
        owner: 'acme',
        repo: 'access',
        issue_number: 1,
        body: `note ${n}`,
      });
    return performance.now() - started;
  }

  it("spaces writes by the repository's github.writeSpacingMs", async () => {
    expect(await threeWrites({ configured: 300 })).toBeGreaterThanOrEqual(2 * 300 - 20);
  });

  it('lets ACCESSCTL_WRITE_SPACING_MS win over the repository setting', async () => {
    expect(
      await threeWrites({ env: { ACCESSCTL_WRITE_SPACING_MS: '0' }, configured: 5000 }),
    ).toBeLessThan(5000);
  });
});

describe('without a network', () => {
  it('stops asking once GitHub could not be reached: the next calls fail at once, for the same reason', async () => {
    emulator = await startEmulator({ seed: SEED, actor: 'octo-admin', token: 'ghs_x' });
    // A server that takes each connection and drops it: GitHub out of reach, counted.
    const { createServer } = await import('node:net');
    let connections = 0;
    const server = createServer((socket) => {
      connections++;
      socket.destroy();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    try {
      const client = createGitHubClient({
        token: 'ghs_x',
        env: { GITHUB_API_URL: `http://127.0.0.1:${port}` },
        log: capture(),
        millisecondsPerSecond: 1,
        writeSpacingMs: 0,
      });
      const first = await failure(client.request('GET /orgs/{org}', { org: 'acme' }));
      expect(first.message).toContain('could not reach GitHub for GET /orgs/acme');
      const tried = connections;
      expect(tried).toBeGreaterThan(1); // retried first, as for any server failure
      const next = await failure(client.request('GET /orgs/{org}/teams', { org: 'acme' }));
      expect(next.message).toBe(first.message);
      expect(connections).toBe(tried);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
