import { GitHub, getOctokitOptions } from '@actions/github/lib/utils';
import { requestLog } from '@octokit/plugin-request-log';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck';
import { GitHubError, toGitHubError } from './errors.js';
import { redactor, type Logger } from './log.js';

/**
 * The one GitHub client the product uses: the Actions toolkit's Octokit (`@actions/github`:
 * REST methods, pagination, the runner's proxy settings) with the official retry and throttling
 * plugins, pointed at GITHUB_API_URL (GitHub Enterprise Server works the same way), with a
 * user agent naming accessctl, and a token that never reaches a log line or an error message.
 */

export const DEFAULT_API_URL = 'https://api.github.com';
export const USER_AGENT = 'accessctl';

export interface GitHubClientOptions {
  token: string;
  /** Defaults to GITHUB_API_URL, then api.github.com. */
  baseUrl?: string;
  /** Appended to the user agent, e.g. the product version. */
  userAgentSuffix?: string;
  log?: Logger;
  /** How often a secondary rate limit is waited out before the call fails. Default 3. */
  secondaryRateLimitRetries?: number;
  /** The longest wait for the primary (hourly) rate limit to reset; longer fails. Default 60 s. */
  maxPrimaryRateLimitWaitSeconds?: number;
  /** How often a 5xx or a network failure is retried. Default 3. */
  serverErrorRetries?: number;
  /**
   * Milliseconds per second of every wait (retry-after, reset, back-off). Production leaves it at
   * 1000; tests shrink it to 1 so a "wait 60 s" takes 60 ms and nothing depends on timing.
   */
  millisecondsPerSecond?: number;
  /**
   * Least spacing between writes, as GitHub asks of integrations. Default: the environment's
   * ACCESSCTL_WRITE_SPACING_MS, else 1000 ms (3000 for notifications, 2000 for search).
   */
  writeSpacingMs?: number;
  /**
   * The access repository's own setting (accessctl.yaml `github.writeSpacingMs`): used when
   * neither `writeSpacingMs` nor ACCESSCTL_WRITE_SPACING_MS says otherwise.
   */
  configuredWriteSpacingMs?: number;
  env?: NodeJS.ProcessEnv;
}

// requestLog: one debug line per attempt (method, path, status, request id, time)
const ClientClass = GitHub.plugin(requestLog, retry, throttling);
export type GitHubClient = InstanceType<typeof ClientClass>;

export function apiUrlFrom(env: NodeJS.ProcessEnv, explicit?: string): string {
  const raw = explicit ?? env.GITHUB_API_URL ?? DEFAULT_API_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new GitHubError(
      `GITHUB_API_URL is "${raw}", which is not a URL; set it to the API root, e.g. ` +
        `${DEFAULT_API_URL} or https://github.example.com/api/v3`,
      { status: 0 },
    );
  }
  return url.toString().replace(/\/+$/, '');
}

/**
 * ACCESSCTL_WRITE_SPACING_MS: GitHub asks integrations to space writes about a second apart
 * (its secondary rate limits punish bursts); a GitHub Enterprise Server without those limits,
 * or a local API, can take them closer.
 */
function writeSpacingFrom(env: NodeJS.ProcessEnv): number | undefined {
  const raw = env.ACCESSCTL_WRITE_SPACING_MS;
  if (raw === undefined || raw === '') return undefined;
  const ms = Number(raw);
  if (!Number.isInteger(ms) || ms < 0)
    throw new GitHubError(
      `ACCESSCTL_WRITE_SPACING_MS is "${raw}"; set it to a whole number of milliseconds, 0 or more (default 1000)`,
      { status: 0 },
    );
  return ms;
}

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const env = options.env ?? process.env;
  const secrets = options.token === '' ? [] : [options.token];
  const log = redactor(options.log, secrets);
  const unit = options.millisecondsPerSecond ?? 1000;
  const secondaryRetries = options.secondaryRateLimitRetries ?? 3;
  const maxPrimaryWait = options.maxPrimaryRateLimitWaitSeconds ?? 60;
  // separate limiter groups per client: the plugin's defaults are shared by the whole process
  const groupOptions = { maxConcurrent: 1 };
  const spacing =
    options.writeSpacingMs ?? writeSpacingFrom(env) ?? options.configuredWriteSpacingMs;
  const userAgent = [USER_AGENT, options.userAgentSuffix].filter(Boolean).join('/');

  const settings: ConstructorParameters<typeof ClientClass>[0] = {
    baseUrl: apiUrlFrom(env, options.baseUrl),
    userAgent,
    // Octokit logs every attempt, a retried 403 as an error; those are debug detail here:
    // the sentence the user reads comes from the error hook below
    log: { debug: log.debug, info: log.debug, warn: log.warn, error: log.debug },
    retry: {
      retries: options.serverErrorRetries ?? 3,
      retryAfterBaseValue: unit,
      // 403 and 429 are rate limits: the throttling plugin decides about those
      doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
    },
    throttle: {
      retryAfterBaseValue: unit,
      fallbackSecondaryRateRetryAfter: 60,
      write: new Bottleneck.Group({ ...groupOptions, minTime: spacing ?? 1000 }),
      notifications: new Bottleneck.Group({ ...groupOptions, minTime: spacing ?? 3000 }),
      search: new Bottleneck.Group({ ...groupOptions, minTime: spacing ?? 2000 }),
      onSecondaryRateLimit: (retryAfter, request, _octokit, retryCount) => {
        const call = `${request.method} ${pathOf(expandUrl(request))}`;
        if (retryCount < secondaryRetries) {
          log.warn(
            `GitHub's secondary rate limit answered ${call}; waiting ${retryAfter} s ` +
              `before retry ${retryCount + 1} of ${secondaryRetries}`,
          );
          return true;
        }
        log.warn(`GitHub's secondary rate limit still answers ${call}; giving up`);
        return false;
      },
      onRateLimit: (retryAfter, request, _octokit, retryCount) => {
        const call = `${request.method} ${pathOf(expandUrl(request))}`;
        if (retryCount === 0 && retryAfter <= maxPrimaryWait) {
          log.warn(
            `GitHub's rate limit is spent; waiting ${retryAfter} s for the reset, then ${call}`,
          );
          return true;
        }
        log.warn(`GitHub's rate limit is spent for ${retryAfter} s more; not waiting for ${call}`);
        return false;
      },
    },
  };
  // Without a token the client asks anonymously (public data only); the toolkit refuses that.
  const client = new ClientClass(
    options.token === '' ? settings : getOctokitOptions(options.token, settings),
  );

  // Offline, every request would spend its retries (seconds each) only to fail the same way:
  // once GitHub could not be reached at all, requests in the next UNREACHABLE_MS fail at
  // once with that reason, so a run without a network ends in seconds, saying why.
  let unreachable: { error: GitHubError; at: number } | undefined;
  client.hook.error('request', (error, request) => {
    // the hook sees the URL template; the error carries the URL that was actually requested
    const sent = (error as { request?: { url?: unknown } }).request?.url;
    const url = typeof sent === 'string' ? sent : request.url;
    const failure = toGitHubError(error, `${request.method} ${pathOf(url)}`, {
      secondaryRateLimitRetries: secondaryRetries,
      serverErrorRetries: options.serverErrorRetries ?? 3,
      secrets,
    });
    if ((error as { response?: unknown }).response === undefined)
      unreachable = { error: failure, at: Date.now() };
    log.debug(failure.message);
    throw failure;
  });
  client.hook.before('request', () => {
    if (unreachable === undefined) return;
    if (Date.now() - unreachable.at > UNREACHABLE_MS) {
      unreachable = undefined;
      return;
    }
    throw unreachable.error;
  });
  return client;
}

/** How long a failure to reach GitHub at all stands for every request (see above). */
const UNREACHABLE_MS = 30_000;

/** The request's URL with its `{param}` placeholders filled, as it was sent. */
function expandUrl(request: { url: string; [key: string]: unknown }): string {
  return request.url.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = request[name];
    return typeof value === 'string' || typeof value === 'number'
      ? encodeURIComponent(String(value))
      : placeholder;
  });
}

/** Only the path: query strings may carry secrets and are noise in a sentence. */
function pathOf(url: string): string {
  try {
    return decodeURIComponent(new URL(url, 'http://relative.invalid').pathname);
  } catch {
    return url.split('?')[0] ?? url;
  }
}
