import { redact } from './log.js';

/**
 * A failed GitHub call, told as a sentence a person can act on: which call, what GitHub said,
 * and what to do about it. It carries no request headers, so no token can ride along.
 */

export interface GitHubErrorDetails {
  status: number;
  call?: string;
  githubMessage?: string;
  documentationUrl?: string;
  validationErrors?: unknown[];
  rateLimitReset?: Date;
}

export class GitHubError extends Error {
  readonly status: number;
  readonly call: string | undefined;
  readonly githubMessage: string | undefined;
  readonly documentationUrl: string | undefined;
  readonly validationErrors: unknown[];
  readonly rateLimitReset: Date | undefined;

  constructor(message: string, details: GitHubErrorDetails) {
    super(message);
    this.name = 'GitHubError';
    this.status = details.status;
    this.call = details.call;
    this.githubMessage = details.githubMessage;
    this.documentationUrl = details.documentationUrl;
    this.validationErrors = details.validationErrors ?? [];
    this.rateLimitReset = details.rateLimitReset;
  }
}

interface ErrorContext {
  secondaryRateLimitRetries: number;
  serverErrorRetries: number;
  secrets: readonly string[];
}

interface ResponseLike {
  status?: number;
  headers?: Record<string, string | number | undefined>;
  data?: unknown;
}

export function toGitHubError(error: unknown, call: string, context: ErrorContext): GitHubError {
  if (error instanceof GitHubError) return error;
  const source = (typeof error === 'object' && error !== null ? error : {}) as {
    status?: number;
    message?: string;
    response?: ResponseLike;
  };
  const status = Number(source.status ?? source.response?.status ?? 0);
  const data = (source.response?.data ?? {}) as {
    message?: unknown;
    documentation_url?: unknown;
    errors?: unknown;
  };
  const headers = source.response?.headers ?? {};
  const githubMessage =
    typeof data.message === 'string' ? data.message : String(source.message ?? error);
  const validationErrors = Array.isArray(data.errors) ? data.errors : [];
  const said = `${status} ${firstLine(githubMessage)}`.trim();
  const details: GitHubErrorDetails = {
    status,
    call,
    githubMessage,
    validationErrors,
    ...(typeof data.documentation_url === 'string'
      ? { documentationUrl: data.documentation_url }
      : {}),
  };

  let message: string;
  if (status === 0 || source.response === undefined) {
    message =
      `could not reach GitHub for ${call} (${firstLine(githubMessage)}); ` +
      'check GITHUB_API_URL and that this machine can reach it';
  } else if (status === 401) {
    message =
      `GitHub rejected the token for ${call} (${said}); ` +
      'check that the token input or GITHUB_TOKEN is set, not expired and not revoked';
  } else if ((status === 403 || status === 429) && /secondary rate limit/i.test(githubMessage)) {
    message =
      `GitHub's secondary rate limit still refused ${call} after ` +
      `${context.secondaryRateLimitRetries} waits (${status}); ` +
      'run again in a few minutes, or make fewer changes per run';
  } else if (
    (status === 403 || status === 429) &&
    String(headers['x-ratelimit-remaining']) === '0'
  ) {
    const reset = new Date(Number(headers['x-ratelimit-reset'] ?? 0) * 1000);
    details.rateLimitReset = reset;
    message =
      `GitHub's API rate limit for this token is used up until ${reset.toISOString()}, ` +
      `so ${call} was not sent again (${status}); run again after that time or use a token ` +
      'with a higher limit (a GitHub App installation token)';
  } else if (status === 403) {
    message =
      `GitHub refused ${call} (${said}); ` +
      'give the token the permission this call needs (see the permissions table in the README)';
  } else if (status === 404) {
    message =
      `GitHub found nothing at ${call} (${said}); ` +
      'check the owner, repository, team or user name, and that the token can see it';
  } else if (status === 422) {
    message =
      `GitHub refused the data sent with ${call} (${said}${describeErrors(validationErrors)}); ` +
      'fix the value it names';
  } else if (status >= 500) {
    message =
      `GitHub failed on ${call} with ${said} after ${context.serverErrorRetries} retries; ` +
      'GitHub may be having an incident, run again later';
  } else {
    message = `GitHub answered ${call} with ${said}`;
  }
  return new GitHubError(redact(message, context.secrets), details);
}

function firstLine(text: string): string {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .join(' ');
}

function describeErrors(errors: unknown[]): string {
  if (errors.length === 0) return '';
  const parts = errors.map((item) => {
    if (typeof item === 'string') return item;
    if (typeof item !== 'object' || item === null) return String(item);
    const entry = item as Record<string, unknown>;
    if (typeof entry.message === 'string') return entry.message;
    return [entry.resource, entry.field, entry.code].filter((part) => part !== undefined).join(' ');
  });
  return `: ${parts.join('; ')}`;
}
