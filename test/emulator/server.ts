import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Faults } from './faults.js';
import { ApiError, DOCS, type Reply, type RequestContext } from './http.js';
import { Router } from './router.js';
import { registerCollaborators } from './routes/collaborators.js';
import { registerChecks } from './routes/checks.js';
import { registerCommitPulls } from './routes/commit-pulls.js';
import { registerContents } from './routes/contents.js';
import { registerGit } from './routes/git.js';
import { registerGraphql } from './routes/graphql.js';
import { registerIssues } from './routes/issues.js';
import { registerLabels } from './routes/labels.js';
import { registerMerge } from './routes/merge.js';
import { registerOrgs } from './routes/orgs.js';
import { registerPulls } from './routes/pulls.js';
import { registerRepos } from './routes/repos.js';
import { registerStatuses } from './routes/statuses.js';
import { registerTeams } from './routes/teams.js';
import { registerUsers } from './routes/users.js';
import { seedState, type EmulatorState, type Seed, type User } from './state.js';

/**
 * A local GitHub REST API on 127.0.0.1: authentication, rate-limit accounting, faults, a
 * request log, and one route module per API area.
 */

export interface EmulatorOptions {
  seed?: Seed;
  /** Login the returned `token` authenticates; when not seeded it is created as an owner of
   *  every seeded organisation. Defaults to the first seeded owner, else accessctl-admin. */
  actor?: string;
  /** Token for `actor`; a fresh `ghs_` token when not given. */
  token?: string;
  /** Serve under a prefix, as GitHub Enterprise Server does with `/api/v3`. */
  pathPrefix?: string;
  /** Requests per hour before the primary rate limit answers; GitHub's default is 5000. */
  rateLimit?: number;
}

export interface Emulator {
  /** The API base URL, ready for GITHUB_API_URL. */
  url: string;
  token: string;
  state: EmulatorState;
  faults: Faults;
  close(): Promise<void>;
}

const RATE_WINDOW_MS = 3_600_000;
const ANONYMOUS_LIMIT = 60;

export function buildRouter(): Router {
  const router = new Router();
  for (const register of [
    registerRepos,
    registerPulls,
    registerMerge,
    registerIssues,
    registerLabels,
    registerChecks,
    registerStatuses,
    registerCommitPulls,
    registerGraphql,
    registerGit,
    registerContents,
    registerTeams,
    registerCollaborators,
    registerOrgs,
    registerUsers,
  ]) {
    register(router);
  }
  return router;
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const state = seedState(options.seed ?? {});
  const token = options.token ?? `ghs_${randomBytes(18).toString('hex')}`;
  ensureActor(state, options, token);
  const faults = new Faults();
  const router = buildRouter();
  const prefix = (options.pathPrefix ?? '').replace(/\/$/, '');
  const limit = options.rateLimit ?? 5000;
  const usage = new Map<string, { used: number; windowStart: number }>();
  let requestCounter = 0;

  const server = createServer((request, response) => {
    readBody(request)
      .then((raw) => {
        requestCounter += 1;
        const origin = `http://${request.headers.host ?? '127.0.0.1'}`;
        const answer = handle(request, raw, origin);
        send(response, answer.reply, {
          ...answer.rateHeaders,
          'x-github-request-id': `0000:${requestCounter.toString(16).padStart(8, '0')}`,
          'x-github-media-type': mediaType(request.headers.accept),
        });
      })
      .catch((error: unknown) => {
        send(response, { status: 500, body: { message: String(error) } }, {});
      });
  });

  function handle(
    request: IncomingMessage,
    raw: string,
    origin: string,
  ): { reply: Reply; rateHeaders: Record<string, string> } {
    const url = new URL(request.url ?? '/', origin);
    const method = (request.method ?? 'GET').toUpperCase();
    const query: Record<string, string> = Object.fromEntries(url.searchParams.entries());
    const logEntry = (status: number, login: string | null, body: unknown, fault?: string) => {
      state.log({
        method,
        path: url.pathname,
        query,
        body,
        status,
        login,
        userAgent: request.headers['user-agent'] ?? null,
        ...(fault === undefined ? {} : { fault }),
      });
    };

    let path = url.pathname;
    if (prefix !== '') {
      if (!path.startsWith(`${prefix}/`) && path !== prefix) {
        logEntry(404, null, undefined);
        const rateHeaders = spendRate('', ANONYMOUS_LIMIT).headers;
        return { reply: errorReply(new ApiError(404, 'Not Found')), rateHeaders };
      }
      path = path.slice(prefix.length) || '/';
    }
    path = canonicalPath(state, path);

    const caller = authenticate(request.headers.authorization);
    if (caller instanceof ApiError) {
      logEntry(caller.status, null, undefined);
      // unauthenticated callers share GitHub's small anonymous quota
      return { reply: errorReply(caller), rateHeaders: spendRate('', ANONYMOUS_LIMIT).headers };
    }
    const { user } = caller;

    const { headers: rate, exceeded } = spendRate(user.login, limit);
    let body: unknown;
    try {
      body = raw === '' ? undefined : JSON.parse(raw);
    } catch {
      logEntry(400, user.login, raw);
      return { reply: errorReply(new ApiError(400, 'Problems parsing JSON')), rateHeaders: rate };
    }
    const match = router.match(method, path);
    const ctx: RequestContext | undefined =
      match === undefined
        ? undefined
        : {
            method,
            path,
            params: match.params,
            query: url.searchParams,
            body,
            state,
            actor: user,
            token: caller.token,
            apiUrl: `${origin}${prefix}`,
            webUrl: origin,
            accept: request.headers.accept ?? '',
          };
    const fault = faults.take({ method, path, route: match?.route });
    if (fault !== undefined) {
      // a write that landed although its answer is an error
      if (fault.applied === true && match !== undefined && ctx !== undefined) {
        try {
          match.handler(ctx);
        } catch {
          // failed anyway: the fault's answer is what the client sees either way
        }
      }
      const reply = fault.reply(Date.now());
      logEntry(reply.status, user.login, body, fault.kind);
      return { reply, rateHeaders: rate };
    }
    if (exceeded) {
      const reply: Reply = {
        status: 403,
        body: {
          message: `API rate limit exceeded for user ID ${user.id}.`,
          documentation_url: `${DOCS}/overview/rate-limits-for-the-rest-api`,
          status: '403',
        },
      };
      logEntry(403, user.login, body, 'primary-rate-limit');
      return { reply, rateHeaders: rate };
    }

    if (match === undefined || ctx === undefined) {
      logEntry(404, user.login, body);
      return { reply: errorReply(new ApiError(404, 'Not Found')), rateHeaders: rate };
    }
    let reply: Reply;
    try {
      reply = match.handler(ctx);
    } catch (error) {
      // anything but an ApiError is a bug in the emulator: answer 500 and name it
      reply =
        error instanceof ApiError
          ? errorReply(error)
          : errorReply(new ApiError(500, `emulator error in ${match.route}: ${String(error)}`));
    }
    logEntry(reply.status, user.login, body);
    return { reply, rateHeaders: rate };
  }

  function authenticate(header: string | undefined): { user: User; token: string } | ApiError {
    if (header === undefined || header.trim() === '') {
      return new ApiError(401, 'Requires authentication');
    }
    const token = /^(?:token|bearer)\s+(\S+)$/i.exec(header.trim())?.[1] ?? '';
    const login = state.tokens.get(token);
    const user = login === undefined ? undefined : state.user(login);
    return user === undefined ? new ApiError(401, 'Bad credentials') : { user, token };
  }

  function spendRate(
    login: string,
    quota: number,
  ): { headers: Record<string, string>; exceeded: boolean } {
    const now = Date.now();
    let entry = usage.get(login);
    if (entry === undefined || now - entry.windowStart >= RATE_WINDOW_MS) {
      entry = { used: 0, windowStart: now };
      usage.set(login, entry);
    }
    entry.used += 1;
    return {
      headers: {
        'x-ratelimit-limit': String(quota),
        'x-ratelimit-remaining': String(Math.max(0, quota - entry.used)),
        'x-ratelimit-reset': String(Math.ceil((entry.windowStart + RATE_WINDOW_MS) / 1000)),
        'x-ratelimit-used': String(Math.min(entry.used, quota)),
        'x-ratelimit-resource': 'core',
      },
      exceeded: entry.used > quota,
    };
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    token,
    state,
    faults,
    close: () => {
      // closing twice is harmless, so tests can close in afterEach and in the test itself
      if (!server.listening) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}

function errorReply(error: ApiError): Reply {
  return { status: error.status, body: error.toBody() };
}

/**
 * The returned token's user: `actor`, else the first seeded organisation owner, else a new
 * owner named accessctl-admin, so a test that does not care about identity may do anything.
 */
function ensureActor(state: EmulatorState, options: EmulatorOptions, token: string): User {
  const firstOwner = [...state.orgs.values()]
    .flatMap((org) => [...org.members.entries()])
    .find(([, membership]) => membership.role === 'admin')?.[0];
  const login = options.actor ?? firstOwner ?? 'accessctl-admin';
  const existing = state.user(login);
  const user = existing ?? state.addUser({ login });
  if (existing === undefined) {
    for (const org of state.orgs.values()) {
      org.members.set(login.toLowerCase(), { role: 'admin', state: 'active' });
    }
  }
  state.tokens.set(token, user.login);
  return user;
}

/**
 * GitHub's pagination links use id-based paths (/repositories/1/issues); requests that follow
 * them are mapped back to the name-based routes.
 */
function canonicalPath(state: EmulatorState, path: string): string {
  const byRepoId = /^\/repositories\/(\d+)(\/.*)?$/.exec(path);
  if (byRepoId !== null) {
    const repo = state.repoById(Number(byRepoId[1]));
    if (repo !== undefined) return `/repos/${repo.owner}/${repo.name}${byRepoId[2] ?? ''}`;
  }
  const byTeamId = /^\/organizations\/(\d+)\/team\/(\d+)(\/.*)?$/.exec(path);
  if (byTeamId !== null) {
    for (const org of state.orgs.values()) {
      if (org.id !== Number(byTeamId[1])) continue;
      const team = [...org.teams.values()].find(
        (candidate) => candidate.id === Number(byTeamId[2]),
      );
      if (team !== undefined) return `/orgs/${org.login}/teams/${team.slug}${byTeamId[3] ?? ''}`;
    }
  }
  const byOrgId = /^\/organizations\/(\d+)(\/.*)?$/.exec(path);
  if (byOrgId !== null) {
    const org = [...state.orgs.values()].find((candidate) => candidate.id === Number(byOrgId[1]));
    if (org !== undefined) return `/orgs/${org.login}${byOrgId[2] ?? ''}`;
  }
  return path;
}

function mediaType(accept: string | undefined): string {
  const found =
    /application\/vnd\.github(?:\.([a-z0-9-]+))?(?:\.([a-z0-9-]+))?(?:\+([a-z]+))?/.exec(
      accept ?? '',
    );
  if (found === null) return 'github.v3; format=json';
  const [, first, second, format] = found;
  // `vnd.github.raw+json` names a param without a version; `vnd.github.v3.raw` names both
  const version = first !== undefined && /^v\d+$/.test(first) ? first : 'v3';
  const param = first !== undefined && !/^v\d+$/.test(first) ? first : second;
  const parts = [`github.${version}`];
  if (param !== undefined) parts.push(`param=${param}`);
  // GitHub names the format when the client did, or when nothing else was asked for
  if (format !== undefined || param === undefined) parts.push(`format=${format ?? 'json'}`);
  return parts.join('; ');
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, reply: Reply, extra: Record<string, string>): void {
  const headers: Record<string, string> = {
    date: new Date().toUTCString(),
    'x-github-api-version-selected': '2022-11-28',
    'access-control-expose-headers':
      'ETag, Link, Location, Retry-After, X-GitHub-OTP, X-RateLimit-Limit, X-RateLimit-Remaining, ' +
      'X-RateLimit-Used, X-RateLimit-Resource, X-RateLimit-Reset, X-OAuth-Scopes, ' +
      'X-Accepted-OAuth-Scopes, X-Poll-Interval, X-GitHub-Media-Type, X-GitHub-SSO, ' +
      'X-GitHub-Request-Id, Deprecation, Sunset',
    ...extra,
    ...reply.headers,
  };
  if (reply.raw !== undefined) {
    response.writeHead(reply.status, {
      ...headers,
      'content-type': reply.raw.contentType,
      'content-length': String(reply.raw.content.length),
    });
    response.end(reply.raw.content);
    return;
  }
  if (reply.status === 204 || reply.body === undefined) {
    response.writeHead(reply.status, headers);
    response.end();
    return;
  }
  const payload = JSON.stringify(reply.body);
  response.writeHead(reply.status, {
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(payload)),
  });
  response.end(payload);
}
