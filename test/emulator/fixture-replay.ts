import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Emulator } from './server.js';

/**
 * Replays an `@octokit/fixtures` scenario (requests and responses recorded against
 * api.github.com) against the emulator, and reports every place where the emulator's answer
 * differs from GitHub's in status, headers that matter, or response shape.
 */

export interface RecordedExchange {
  scope: string;
  method: string;
  path: string;
  body?: unknown;
  status: number;
  response: unknown;
  reqheaders: Record<string, string | number>;
  headers: Record<string, string | number>;
}

export function loadScenario(name: string): RecordedExchange[] {
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve('@octokit/fixtures/package.json'));
  const file = join(root, 'scenarios', 'api.github.com', name, 'normalized-fixture.json');
  return JSON.parse(readFileSync(file, 'utf8')) as RecordedExchange[];
}

export interface ReplayOptions {
  /** Recorded (normalised) commit shas and the real shas the seeded emulator has for them. */
  shas?: Record<string, string>;
  /** The emulator's id for the repository the recording calls /repositories/1000. */
  repoId?: number;
}

export interface ReplayStep {
  request: string;
  status: { recorded: number; actual: number };
  mismatches: string[];
}

const SHA = /^[0-9a-f]{40}$/;

export async function replay(
  emulator: Emulator,
  exchanges: RecordedExchange[],
  options: ReplayOptions = {},
): Promise<ReplayStep[]> {
  const shas = new Map(Object.entries(options.shas ?? {}));
  const ids = new Map<number, number>();
  const steps: ReplayStep[] = [];
  for (const exchange of exchanges) {
    const path = translatePath(exchange.path, shas, ids, options.repoId);
    const token = String(exchange.reqheaders.authorization ?? '').replace(/^token\s+/i, '');
    const headers: Record<string, string> = {
      accept: String(exchange.reqheaders.accept ?? 'application/vnd.github.v3+json'),
    };
    if (token !== '') headers.authorization = `token ${token}`;
    let body: string | undefined;
    if (exchange.body !== undefined && exchange.body !== '') {
      headers['content-type'] = 'application/json; charset=utf-8';
      body = JSON.stringify(substituteShas(exchange.body, shas));
    }
    const response = await fetch(`${emulator.url}${path}`, {
      method: exchange.method.toUpperCase(),
      headers,
      ...(body === undefined ? {} : { body }),
    });
    const text = await response.text();
    const isJson = (response.headers.get('content-type') ?? '').startsWith('application/json');
    const actual: unknown = text === '' || !isJson ? text : JSON.parse(text);
    const mismatches: string[] = [];
    compareShape(exchange.response, actual, '$', mismatches);
    compareValues(exchange.response, actual, '$', mismatches);
    compareHeaders(exchange, response.headers, emulator.url, options.repoId, mismatches);
    learn(exchange.response, actual, shas, ids);
    steps.push({
      request: `${exchange.method.toUpperCase()} ${path}`,
      status: { recorded: exchange.status, actual: response.status },
      mismatches,
    });
  }
  return steps;
}

function translatePath(
  path: string,
  shas: Map<string, string>,
  ids: Map<number, number>,
  repoId: number | undefined,
): string {
  const [pathname = '', query] = path.split('?');
  const segments = pathname.split('/').map((segment, index, all) => {
    if (all[index - 1] === 'repositories' && repoId !== undefined) return String(repoId);
    if (SHA.test(segment)) return shas.get(segment) ?? segment;
    if (/^\d+$/.test(segment)) return String(ids.get(Number(segment)) ?? segment);
    return segment;
  });
  return query === undefined ? segments.join('/') : `${segments.join('/')}?${query}`;
}

function substituteShas(value: unknown, shas: Map<string, string>): unknown {
  if (typeof value === 'string') return shas.get(value) ?? value;
  if (Array.isArray(value)) return value.map((item) => substituteShas(item, shas));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, substituteShas(item, shas)]),
    );
  }
  return value;
}

/** Ids and shas the recording normalised are learned from where both answers put them. */
function learn(
  recorded: unknown,
  actual: unknown,
  shas: Map<string, string>,
  ids: Map<number, number>,
): void {
  const top = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);
  const recordedItems = top(recorded);
  const actualItems = top(actual);
  recordedItems.forEach((item, index) => {
    const mine = actualItems[index];
    if (!isObject(item) || !isObject(mine)) return;
    if (typeof item.id === 'number' && typeof mine.id === 'number' && !ids.has(item.id)) {
      ids.set(item.id, mine.id);
    }
  });
  walkPairs(recorded, actual, (a, b) => {
    if (typeof a === 'string' && typeof b === 'string' && SHA.test(a) && SHA.test(b)) {
      if (!shas.has(a)) shas.set(a, b);
    }
  });
}

function walkPairs(a: unknown, b: unknown, visit: (a: unknown, b: unknown) => void): void {
  visit(a, b);
  if (Array.isArray(a) && Array.isArray(b)) {
    a.forEach((item, index) => walkPairs(item, b[index], visit));
  } else if (isObject(a) && isObject(b)) {
    for (const key of Object.keys(a)) walkPairs(a[key], b[key], visit);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function kind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/**
 * Every key GitHub sent must be there with the same JSON type; keys GitHub added since the
 * recording are allowed. Arrays must have the same length, compared item by item.
 */
export function compareShape(recorded: unknown, actual: unknown, at: string, out: string[]): void {
  if (kind(recorded) !== kind(actual)) {
    out.push(`${at}: GitHub sent ${kind(recorded)}, emulator sent ${kind(actual)}`);
    return;
  }
  if (Array.isArray(recorded) && Array.isArray(actual)) {
    if (recorded.length !== actual.length) {
      out.push(`${at}: GitHub sent ${recorded.length} items, emulator sent ${actual.length}`);
    }
    recorded.forEach((item, index) => {
      if (index < actual.length) compareShape(item, actual[index], `${at}[${index}]`, out);
    });
    return;
  }
  if (isObject(recorded) && isObject(actual)) {
    for (const key of Object.keys(recorded)) {
      if (!(key in actual)) {
        out.push(`${at}.${key}: missing in the emulator's answer`);
        continue;
      }
      compareShape(recorded[key], actual[key], `${at}.${key}`, out);
    }
  }
}

/**
 * Values that describe the resource (names, states, permissions, messages, flags) must be
 * GitHub's too; ids, shas, URLs, timestamps and counters of the recorded account differ.
 */
const VOLATILE =
  /(^|_)(id|sha|url|at|date|href)$|^(url|node_id|avatar_url|gravatar_id|size|network_count|subscribers_count|stargazers_count|watchers_count|watchers|forks|forks_count|open_issues|open_issues_count|public_repos|followers|following|disk_usage|plan|billing_email|email|name_with_owner|comments|created_at|updated_at|pushed_at|temp_clone_token|collaborators|owned_private_repos|total_private_repos|filled_seats|seats|space|private_repos|public_gists|private_gists|content)$/;

export function compareValues(recorded: unknown, actual: unknown, at: string, out: string[]): void {
  if (Array.isArray(recorded) && Array.isArray(actual)) {
    recorded.forEach((item, index) => compareValues(item, actual[index], `${at}[${index}]`, out));
    return;
  }
  if (isObject(recorded) && isObject(actual)) {
    for (const [key, value] of Object.entries(recorded)) {
      if (VOLATILE.test(key) || !(key in actual)) continue;
      const mine = actual[key];
      if (typeof value === 'object' && value !== null) {
        compareValues(value, mine, `${at}.${key}`, out);
      } else if (typeof value === 'string' && (SHA.test(value) || /^https?:/.test(value))) {
        continue;
      } else if (value !== mine) {
        out.push(
          `${at}.${key}: GitHub sent ${JSON.stringify(value)}, emulator sent ${JSON.stringify(mine)}`,
        );
      }
    }
  }
}

function compareHeaders(
  exchange: RecordedExchange,
  actual: Headers,
  apiUrl: string,
  repoId: number | undefined,
  out: string[],
): void {
  const recorded = exchange.headers;
  for (const name of ['x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset']) {
    if (actual.get(name) === null) out.push(`header ${name}: missing`);
  }
  const mediaType = recorded['x-github-media-type'];
  if (mediaType !== undefined && actual.get('x-github-media-type') !== String(mediaType)) {
    out.push(
      `header x-github-media-type: GitHub sent "${String(mediaType)}", emulator sent "${actual.get('x-github-media-type')}"`,
    );
  }
  if (recorded.location !== undefined && actual.get('location') === null) {
    out.push('header location: missing');
  }
  const link = recorded.link;
  if (link !== undefined || actual.get('link') !== null) {
    const expected =
      link === undefined
        ? null
        : String(link)
            .replaceAll('https://api.github.com', apiUrl)
            .replace(/\/repositories\/\d+\//g, `/repositories/${repoId ?? 0}/`);
    if (expected !== actual.get('link')) {
      out.push(`header link: GitHub sent ${expected}, emulator sent ${actual.get('link')}`);
    }
  }
  const contentType = recorded['content-type'];
  if (contentType !== undefined && actual.get('content-type') !== String(contentType)) {
    out.push(`header content-type: emulator sent ${actual.get('content-type')}`);
  }
}
