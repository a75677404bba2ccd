import type { Reply } from './http.js';

/**
 * Switches a test flips to make the next requests fail the way GitHub fails under load.
 * Each armed fault answers `count` matching requests, then disarms itself.
 */

export interface FaultFilter {
  method?: string;
  /** A route pattern as the router names it (`/repos/:owner/:repo/collaborators/:username`),
   *  a literal path, or a regular expression tested against the path. */
  route?: string | RegExp;
}

export interface ArmedFault {
  kind: 'secondary-rate-limit' | 'primary-rate-limit' | 'server-error';
  remaining: number;
  filter: FaultFilter;
  reply: (now: number) => Reply;
  /** The request is carried out first, then answered with the fault (a write that landed). */
  applied?: boolean;
}

export interface RequestInfo {
  method: string;
  path: string;
  route: string | undefined;
}

export const SECONDARY_LIMIT_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
  'If you reach out to GitHub Support for help, please include the request ID ';

export class Faults {
  private armed: ArmedFault[] = [];

  /** 403 (or 429) with `retry-after`, as GitHub answers bursts of writes. */
  secondaryRateLimit(
    options: { count?: number; retryAfter?: number; status?: 403 | 429 } & FaultFilter = {},
  ): this {
    const retryAfter = options.retryAfter ?? 1;
    const status = options.status ?? 403;
    return this.arm('secondary-rate-limit', options, () => ({
      status,
      headers: { 'retry-after': String(retryAfter) },
      body: {
        message: `${SECONDARY_LIMIT_MESSAGE}0000:0000:0000000:0000000:00000000.`,
        documentation_url:
          'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
        status: String(status),
      },
    }));
  }

  /** The hourly quota is spent: remaining 0 and a reset time, with 403 or 429. */
  primaryRateLimit(
    options: { count?: number; status?: 403 | 429; resetInSeconds?: number } & FaultFilter = {},
  ): this {
    const resetIn = options.resetInSeconds ?? 1;
    const status = options.status ?? 403;
    return this.arm('primary-rate-limit', options, (now) => ({
      status,
      headers: {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(Math.floor(now / 1000) + resetIn),
      },
      body: {
        message:
          'API rate limit exceeded for user ID 1. If you reach out to GitHub Support for help, ' +
          'please include the request ID 0000:0000:0000000:0000000:00000000.',
        documentation_url:
          'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-the-primary-rate-limits',
        status: String(status),
      },
    }));
  }

  /**
   * 5xx answers. With `applied: true` the request is carried out before the error is sent, as
   * when GitHub stores a write but the answer is lost on the way back.
   */
  serverError(
    options: {
      count?: number;
      status?: 500 | 502 | 503 | 504;
      applied?: boolean;
    } & FaultFilter = {},
  ): this {
    const status = options.status ?? 502;
    return this.arm('server-error', options, () => ({
      status,
      body:
        status === 502
          ? { message: 'Server Error' }
          : { message: 'Server Error', documentation_url: 'https://docs.github.com/rest' },
    }));
  }

  clear(): void {
    this.armed = [];
  }

  /** How many armed fault answers are still to be given. */
  pending(): number {
    return this.armed.reduce((sum, fault) => sum + fault.remaining, 0);
  }

  /** The fault that answers this request, if any; using it spends one of its count. */
  take(request: RequestInfo): ArmedFault | undefined {
    const fault = this.armed.find(
      (candidate) => candidate.remaining > 0 && matches(candidate.filter, request),
    );
    if (fault === undefined) return undefined;
    fault.remaining -= 1;
    this.armed = this.armed.filter((candidate) => candidate.remaining > 0);
    return fault;
  }

  private arm(
    kind: ArmedFault['kind'],
    options: { count?: number; applied?: boolean } & FaultFilter,
    reply: ArmedFault['reply'],
  ): this {
    const filter: FaultFilter = {};
    if (options.method !== undefined) filter.method = options.method.toUpperCase();
    if (options.route !== undefined) filter.route = options.route;
    this.armed.push({
      kind,
      remaining: options.count ?? 1,
      filter,
      reply,
      ...(options.applied === true ? { applied: true } : {}),
    });
    return this;
  }
}

function matches(filter: FaultFilter, request: RequestInfo): boolean {
  if (filter.method !== undefined && filter.method !== request.method) return false;
  if (filter.route === undefined) return true;
  if (filter.route instanceof RegExp) return filter.route.test(request.path);
  return filter.route === request.route || filter.route === request.path;
}
