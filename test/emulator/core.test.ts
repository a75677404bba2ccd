import { afterEach, describe, expect, it } from 'vitest';
import { client } from './client.js';
import { compareShape, compareValues } from './fixture-replay.js';
import { startEmulator, type Emulator } from './server.js';

/** Authentication, rate-limit headers, faults, the request log and pagination. */

const SEED = {
  org: { login: 'acme', members: ['bob'] },
  repos: [
    {
      name: 'app',
      issues: Array.from({ length: 7 }, (_, index) => ({
        title: `Issue ${index + 1}`,
        user: 'bob',
      })),
    },
  ],
};

let emulator: Emulator;
afterEach(async () => {
  await emulator.close();
});

describe('authentication', () => {
  it('answers a request without a token with 401 Requires authentication', async () => {
    emulator = await startEmulator({ seed: SEED });
    const answer = await client(emulator, null)('GET', '/repos/acme/app');
    expect(answer.status).toBe(401);
    expect(answer.headers.get('x-ratelimit-limit')).toBe('60');
    expect(answer.body).toMatchObject({
      message: 'Requires authentication',
      documentation_url: expect.stringMatching(/^https:\/\/docs\.github\.com\//),
    });
  });

  it('answers a wrong token with 401 Bad credentials', async () => {
    emulator = await startEmulator({ seed: SEED });
    const answer = await client(emulator, 'ghp_wrong')('GET', '/repos/acme/app');
    expect(answer.status).toBe(401);
    expect(answer.body.message).toBe('Bad credentials');
  });

  it('accepts the token as "token X" and as "Bearer X" and knows whose it is', async () => {
    emulator = await startEmulator({ seed: SEED, actor: 'octo-admin', token: 'ghs_fixed' });
    const viaToken = await fetch(`${emulator.url}/user`, {
      headers: { authorization: 'token ghs_fixed' },
    });
    expect(((await viaToken.json()) as { login: string }).login).toBe('octo-admin');
    expect((await client(emulator)('GET', '/user')).body.login).toBe('octo-admin');
  });
});

describe('headers on every answer', () => {
  it('sends rate-limit headers that count down, on errors too', async () => {
    emulator = await startEmulator({ seed: SEED });
    const call = client(emulator);
    const first = await call('GET', '/repos/acme/app');
    const second = await call('GET', '/repos/acme/missing');
    expect(second.status).toBe(404);
    expect(first.headers.get('x-ratelimit-limit')).toBe('5000');
    expect(first.headers.get('x-ratelimit-remaining')).toBe('4999');
    expect(second.headers.get('x-ratelimit-remaining')).toBe('4998');
    expect(second.headers.get('x-ratelimit-used')).toBe('2');
    expect(second.headers.get('x-ratelimit-resource')).toBe('core');
    const reset = Number(first.headers.get('x-ratelimit-reset'));
    expect(reset).toBeGreaterThan(Date.now() / 1000);
    expect(reset).toBeLessThanOrEqual(Date.now() / 1000 + 3601);
  });

  it('answers with the primary rate limit once the hourly quota is spent', async () => {
    emulator = await startEmulator({ seed: SEED, rateLimit: 2 });
    const call = client(emulator);
    expect((await call('GET', '/repos/acme/app')).status).toBe(200);
    const last = await call('GET', '/repos/acme/app');
    expect(last.status).toBe(200);
    expect(last.headers.get('x-ratelimit-remaining')).toBe('0');
    const over = await call('GET', '/repos/acme/app');
    expect(over.status).toBe(403);
    expect(over.body.message).toMatch(/^API rate limit exceeded/);
  });

  it('names the media type the client asked for', async () => {
    emulator = await startEmulator({ seed: SEED });
    const answer = await fetch(`${emulator.url}/repos/acme/app`, {
      headers: {
        authorization: `token ${emulator.token}`,
        accept: 'application/vnd.github.v3+json',
      },
    });
    expect(answer.headers.get('x-github-media-type')).toBe('github.v3; format=json');
    const raw = await fetch(`${emulator.url}/repos/acme/app`, {
      headers: {
        authorization: `token ${emulator.token}`,
        accept: 'application/vnd.github.raw+json',
      },
    });
    expect(raw.headers.get('x-github-media-type')).toBe('github.v3; param=raw; format=json');
  });

  it('answers unknown routes and bad JSON the way GitHub does', async () => {
    emulator = await startEmulator({ seed: SEED });
    const call = client(emulator);
    const missing = await call('GET', '/nothing/here');
    expect(missing.status).toBe(404);
    expect(missing.body.message).toBe('Not Found');
    const bad = await fetch(`${emulator.url}/repos/acme/app/issues`, {
      method: 'POST',
      headers: { authorization: `token ${emulator.token}` },
      body: '{"title":',
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { message: string }).message).toBe('Problems parsing JSON');
  });

  it('serves under /api/v3 like GitHub Enterprise Server when given a prefix', async () => {
    emulator = await startEmulator({ seed: SEED, pathPrefix: '/api/v3' });
    expect(emulator.url).toMatch(/\/api\/v3$/);
    const answer = await client(emulator)('GET', '/repos/acme/app');
    expect(answer.status).toBe(200);
    expect(answer.body.url).toBe(`${emulator.url}/repos/acme/app`);
    const outside = await fetch(emulator.url.replace('/api/v3', '/repos/acme/app'), {
      headers: { authorization: `token ${emulator.token}` },
    });
    expect(outside.status).toBe(404);
  });
});

describe('faults', () => {
  it('answers the next N requests with a secondary rate limit, then recovers', async () => {
    emulator = await startEmulator({ seed: SEED });
    emulator.faults.secondaryRateLimit({ count: 2, retryAfter: 7 });
    const call = client(emulator);
    const first = await call('GET', '/repos/acme/app');
    expect(first.status).toBe(403);
    expect(first.headers.get('retry-after')).toBe('7');
    expect(first.body.message).toMatch(/secondary rate limit/);
    expect((await call('GET', '/repos/acme/app')).status).toBe(403);
    expect((await call('GET', '/repos/acme/app')).status).toBe(200);
    expect(emulator.faults.pending()).toBe(0);
  });

  it('limits a fault to one route and method', async () => {
    emulator = await startEmulator({ seed: SEED });
    emulator.faults.serverError({
      count: 1,
      status: 503,
      method: 'POST',
      route: '/repos/:owner/:repo/issues',
    });
    const call = client(emulator);
    expect((await call('GET', '/repos/acme/app/issues')).status).toBe(200);
    expect((await call('POST', '/repos/acme/app/issues', { title: 'x' })).status).toBe(503);
    expect((await call('POST', '/repos/acme/app/issues', { title: 'x' })).status).toBe(201);
  });

  it('answers a primary rate limit with remaining 0 and a reset time, as 403 or 429', async () => {
    emulator = await startEmulator({ seed: SEED });
    emulator.faults.primaryRateLimit({ status: 429, resetInSeconds: 30, route: /\/issues$/ });
    const answer = await client(emulator)('GET', '/repos/acme/app/issues');
    expect(answer.status).toBe(429);
    expect(answer.headers.get('x-ratelimit-remaining')).toBe('0');
    const reset = Number(answer.headers.get('x-ratelimit-reset'));
    expect(reset - Date.now() / 1000).toBeGreaterThan(25);
    expect(answer.body.message).toMatch(/^API rate limit exceeded/);
  });
});

describe('request log', () => {
  it('records method, path, query, body, status, user and fault of every request', async () => {
    emulator = await startEmulator({ seed: SEED, actor: 'octo-admin' });
    emulator.faults.serverError({ count: 1 });
    const call = client(emulator);
    await call('PUT', '/repos/acme/app/collaborators/bob', { permission: 'pull' });
    await call('POST', '/repos/acme/app/issues?x=1', { title: 'Logged' });
    await client(emulator, null)('GET', '/repos/acme/app');
    expect(emulator.state.requests).toEqual([
      {
        method: 'PUT',
        path: '/repos/acme/app/collaborators/bob',
        query: {},
        body: { permission: 'pull' },
        status: 502,
        login: 'octo-admin',
        userAgent: 'node',
        fault: 'server-error',
      },
      {
        method: 'POST',
        path: '/repos/acme/app/issues',
        query: { x: '1' },
        body: { title: 'Logged' },
        status: 201,
        login: 'octo-admin',
        userAgent: 'node',
      },
      {
        method: 'GET',
        path: '/repos/acme/app',
        query: {},
        body: undefined,
        status: 401,
        login: null,
        userAgent: 'node',
      },
    ]);
  });
});

describe('pagination', () => {
  it('pages with per_page and page and links prev, next, last and first like GitHub', async () => {
    emulator = await startEmulator({ seed: SEED });
    const call = client(emulator);
    const repoId = emulator.state.repo('acme', 'app')?.id;
    const base = `${emulator.url}/repositories/${repoId}/issues`;
    const middle = await call('GET', '/repos/acme/app/issues?state=open&per_page=2&page=2');
    expect(middle.body.map((issue: { number: number }) => issue.number)).toEqual([5, 4]);
    expect(middle.headers.get('link')).toBe(
      `<${base}?state=open&per_page=2&page=1>; rel="prev", ` +
        `<${base}?state=open&per_page=2&page=3>; rel="next", ` +
        `<${base}?state=open&per_page=2&page=4>; rel="last", ` +
        `<${base}?state=open&per_page=2&page=1>; rel="first"`,
    );
    const last = await call('GET', `/repositories/${repoId}/issues?state=open&per_page=2&page=4`);
    expect(last.body.map((issue: { number: number }) => issue.number)).toEqual([1]);
    expect(last.headers.get('link')).not.toMatch(/rel="next"/);
  });

  it('sends no Link header when everything fits on one page', async () => {
    emulator = await startEmulator({ seed: SEED });
    const answer = await client(emulator)('GET', '/repos/acme/app/issues');
    expect(answer.body).toHaveLength(7);
    expect(answer.headers.get('link')).toBeNull();
  });
});

describe('shape comparison used by the contract tests', () => {
  it('reports missing keys, changed types and different lengths', () => {
    const out: string[] = [];
    compareShape(
      { a: 1, b: 'x', c: [{ d: null }], e: {} },
      { a: '1', c: [{ d: null }, { d: null }], e: {}, extra: true },
      '$',
      out,
    );
    expect(out).toEqual([
      '$.a: GitHub sent number, emulator sent string',
      "$.b: missing in the emulator's answer",
      '$.c: GitHub sent 1 items, emulator sent 2',
    ]);
  });

  it('compares descriptive values but not ids, shas, URLs or timestamps', () => {
    const out: string[] = [];
    compareValues(
      {
        id: 1,
        state: 'open',
        url: 'https://api.github.com/x',
        created_at: '2017-10-10T16:00:00Z',
        user: { login: 'a', node_id: 'x' },
        labels: [{ name: 'bug' }],
      },
      {
        id: 2,
        state: 'closed',
        url: 'http://127.0.0.1/x',
        created_at: '2026-01-01T00:00:00Z',
        user: { login: 'a', node_id: 'y' },
        labels: [{ name: 'Bug' }],
      },
      '$',
      out,
    );
    expect(out).toEqual([
      '$.state: GitHub sent "open", emulator sent "closed"',
      '$.labels[0].name: GitHub sent "bug", emulator sent "Bug"',
    ]);
  });
});
