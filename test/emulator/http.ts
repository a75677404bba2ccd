import type { EmulatorState, User } from './state.js';

/** What route handlers receive and return; the server turns a Reply into an HTTP answer. */

export const DOCS = 'https://docs.github.com/rest';

export interface RequestContext {
  method: string;
  /** Path as the client sent it, without the query. */
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  state: EmulatorState;
  actor: User;
  /** The token the request authenticated with. */
  token: string;
  /** Origin plus path prefix of the API, e.g. http://127.0.0.1:4000 */
  apiUrl: string;
  /** Origin used for html_url links. */
  webUrl: string;
  /** The Accept header, for endpoints that answer in several media types. */
  accept: string;
}

export interface Reply {
  status: number;
  body?: unknown;
  /** Bytes sent as they are instead of JSON, e.g. a file for the raw media type. */
  raw?: { content: Buffer; contentType: string };
  headers?: Record<string, string>;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: { errors?: unknown[]; documentationUrl?: string } = {},
  ) {
    super(message);
  }

  toBody(): Record<string, unknown> {
    const body: Record<string, unknown> = { message: this.message };
    if (this.extra.errors !== undefined) body.errors = this.extra.errors;
    body.documentation_url = this.extra.documentationUrl ?? DOCS;
    body.status = String(this.status);
    return body;
  }
}

export function notFound(): ApiError {
  return new ApiError(404, 'Not Found');
}

export function validationFailed(
  errors: Array<{ resource: string; field?: string; code: string; message?: string }>,
  documentationUrl?: string,
): ApiError {
  return new ApiError(422, 'Validation Failed', {
    errors,
    ...(documentationUrl === undefined ? {} : { documentationUrl }),
  });
}

/** GitHub's schema check answers 422 with one sentence per broken parameter. */
export function invalidRequest(reason: string): ApiError {
  return new ApiError(422, `Invalid request.\n\n${reason}`);
}

export function ok(body: unknown, status = 200, headers?: Record<string, string>): Reply {
  return headers === undefined ? { status, body } : { status, body, headers };
}

export const noContent: Reply = { status: 204 };

// ---- body parameters ----

export function bodyObject(ctx: RequestContext): Record<string, unknown> {
  if (ctx.body === undefined || ctx.body === null) return {};
  if (typeof ctx.body !== 'object' || Array.isArray(ctx.body)) {
    throw invalidRequest('The request body must be a JSON object.');
  }
  return ctx.body as Record<string, unknown>;
}

export function requiredString(body: Record<string, unknown>, name: string): string {
  const value = body[name];
  if (value === undefined || value === null) throw invalidRequest(`"${name}" wasn't supplied.`);
  if (typeof value !== 'string') {
    throw invalidRequest(`For 'properties/${name}', ${JSON.stringify(value)} is not a string.`);
  }
  return value;
}

export function optionalString(body: Record<string, unknown>, name: string): string | undefined {
  const value = body[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') {
    throw invalidRequest(`For 'properties/${name}', ${JSON.stringify(value)} is not a string.`);
  }
  return value;
}

export function nullableString(
  body: Record<string, unknown>,
  name: string,
): string | null | undefined {
  return body[name] === null ? null : optionalString(body, name);
}

export function optionalEnum<T extends string>(
  body: Record<string, unknown>,
  name: string,
  allowed: readonly T[],
): T | undefined {
  const value = optionalString(body, name);
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw invalidRequest(
      `For 'properties/${name}', ${JSON.stringify(value)} is not one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}.`,
    );
  }
  return value as T;
}

export function stringArray(body: Record<string, unknown>, name: string): string[] | undefined {
  const value = body[name];
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    throw invalidRequest(`For 'properties/${name}', ${JSON.stringify(value)} is not an array.`);
  }
  return value as string[];
}

// ---- pagination ----

/**
 * GitHub writes pagination links against a stable id-based path (/repositories/:id/...), keeps
 * the other query parameters in their order, puts `page` last and lists prev, next, last, first.
 */
export function paginate(ctx: RequestContext, items: unknown[], linkPath: string): Reply {
  const perPage = clampInt(ctx.query.get('per_page'), 30, 1, 100);
  const page = clampInt(ctx.query.get('page'), 1, 1, Number.MAX_SAFE_INTEGER);
  const lastPage = Math.max(1, Math.ceil(items.length / perPage));
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const kept = [...ctx.query.entries()].filter(([key]) => key !== 'page');
  const link = (target: number, rel: string): string => {
    const query = new URLSearchParams([...kept, ['page', String(target)]]).toString();
    return `<${ctx.apiUrl}${linkPath}?${query}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page > 1) links.push(link(Math.min(page - 1, lastPage), 'prev'));
  if (page < lastPage) links.push(link(page + 1, 'next'), link(lastPage, 'last'));
  if (page > 1) links.push(link(1, 'first'));
  return links.length === 0
    ? { status: 200, body: slice }
    : { status: 200, body: slice, headers: { link: links.join(', ') } };
}

function clampInt(raw: string | null, fallback: number, min: number, max: number): number {
  if (raw === null || !/^\d+$/.test(raw)) return fallback;
  return Math.min(max, Math.max(min, Number(raw)));
}
