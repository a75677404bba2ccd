// The pull request behind each commit, looked up through the API once (many commits per
// GraphQL query, REST one by one where that cannot answer) and kept in a JSON
// cache keyed by commit: a merged pull request no longer changes, so a cached answer is the
// answer. A commit without one is asked again next time (it may be too recent to tell), and
// so is one the caller still waits on reviews for (`refresh`: reviews after an emergency merge).
// The cache is kept where no commit can write it (pullCacheFile).
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative } from 'node:path';

import type { GitHubClient } from '../github/index.js';
import { findMergePull, type MergePull } from '../github/merge-pull.js';
import { COMMITS_PER_QUERY, findMergePulls } from '../github/merge-pulls-batch.js';
import { gitCommonDir, repositoryTop } from '../model/git.js';

export type PullAnswer =
  { kind: 'pull'; pull: MergePull } | { kind: 'none' } | { kind: 'not-fetched'; reason: string };

export interface PullSource {
  client: GitHubClient;
  owner: string;
  repo: string;
  /** The JSON cache file; none when absent. */
  cacheFile?: string;
  /** Lookups in flight at once. Default 4. */
  concurrency?: number;
  /** A cached pull request for which this answers true is asked again (its reviews may have grown). */
  refresh?: (sha: string, pull: MergePull) => boolean;
  /**
   * Ask GitHub's GraphQL API about many commits per request (default true); the REST lookups,
   * one commit at a time, answer what it cannot and everything after a failed query.
   */
  batch?: boolean;
}

export interface PullLookups {
  answers: Map<string, PullAnswer>;
  /** How many answers came from the cache and how many from the API. */
  cached: number;
  fetched: number;
  /** The first failure, after which nothing more was asked. */
  failure?: string;
  /** Why the batched lookup gave way to REST, when it did. */
  restFallback?: string;
}

// 2: pull requests carry reviewsAfterMerge and checkedAt; a version 1 cache is not used.
const CACHE_VERSION = 2;

interface CacheFile {
  version: number;
  repository: string;
  pulls: Record<string, MergePull>;
}

/** A cache file that could have been committed: refused, with what to give instead. */
export class PullCacheError extends Error {}

/**
 * Where the pull requests looked up are kept: by default in the repository's git folder,
 * which no commit can write. A file in the work tree is refused: anyone whose commit reached
 * the branch could have put one there naming an approved pull request for a commit nobody
 * reviewed, and the report would show it as approved.
 */
export async function pullCacheFile(repo: string, given?: string): Promise<string | undefined> {
  // outside a repository there is no history to look up, and the caller says so
  const gitDir = await gitCommonDir(repo).catch(() => undefined);
  if (gitDir === undefined) return given;
  if (given === undefined) return join(gitDir, 'accessctl', 'pulls.json');
  const top = await repositoryTop(repo);
  if (top !== undefined && inside(top, given) && !inside(gitDir, given))
    throw new PullCacheError(
      `${given} is in the repository's work tree, where a commit could write it; keep the cache outside it (the default is ${join(gitDir, 'accessctl', 'pulls.json')})`,
    );
  return given;
}

function inside(folder: string, file: string): boolean {
  const path = relative(folder, file);
  return path !== '' && !path.startsWith('..') && !isAbsolute(path);
}

export async function lookUpPulls(source: PullSource, shas: string[]): Promise<PullLookups> {
  const repository = `${source.owner}/${source.repo}`;
  const cache = await readCache(source.cacheFile, repository);
  const answers = new Map<string, PullAnswer>();
  const missing: string[] = [];
  for (const sha of shas) {
    const hit = cache.pulls[sha];
    if (hit !== undefined && source.refresh?.(sha, hit) !== true)
      answers.set(sha, { kind: 'pull', pull: hit });
    else missing.push(sha);
  }
  const cached = answers.size;
  let failure: string | undefined;
  let restFallback: string | undefined;
  let rest = missing;
  if (source.batch !== false) {
    rest = [];
    for (let at = 0; at < missing.length; at += COMMITS_PER_QUERY) {
      const chunk = missing.slice(at, at + COMMITS_PER_QUERY);
      let found: Map<string, MergePull | undefined>;
      try {
        found = await findMergePulls(source.client, source.owner, source.repo, chunk);
      } catch (error) {
        // a server without the GraphQL API or this query: REST answers the rest, and says
        // so if it fails too
        restFallback = error instanceof Error ? error.message : String(error);
        rest = missing.slice(at);
        break;
      }
      for (const [sha, pull] of found) {
        answers.set(sha, pull === undefined ? { kind: 'none' } : { kind: 'pull', pull });
        if (pull !== undefined) cache.pulls[sha] = pull;
      }
    }
  }
  let next = 0;
  const worker = async (): Promise<void> => {
    while (failure === undefined && next < rest.length) {
      const sha = rest[next++] as string;
      try {
        const pull = await findMergePull(source.client, source.owner, source.repo, sha);
        answers.set(sha, pull === undefined ? { kind: 'none' } : { kind: 'pull', pull });
        if (pull !== undefined) cache.pulls[sha] = pull;
      } catch (error) {
        failure ??= error instanceof Error ? error.message : String(error);
      }
    }
  };
  await Promise.all(Array.from({ length: source.concurrency ?? 4 }, worker));
  const fetched = answers.size - cached;
  for (const sha of shas)
    if (!answers.has(sha))
      answers.set(sha, {
        kind: 'not-fetched',
        reason: `the pull request lookup stopped: ${failure ?? 'unknown error'}`,
      });
  if (source.cacheFile !== undefined && fetched > 0) await writeCache(source.cacheFile, cache);
  return {
    answers,
    cached,
    fetched,
    ...(failure === undefined ? {} : { failure }),
    ...(restFallback === undefined ? {} : { restFallback }),
  };
}

async function readCache(file: string | undefined, repository: string): Promise<CacheFile> {
  const empty: CacheFile = { version: CACHE_VERSION, repository, pulls: {} };
  if (file === undefined) return empty;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return empty;
  }
  try {
    const parsed = JSON.parse(text) as Partial<CacheFile>;
    // A cache of another repository or format is not wrong, only useless: start over.
    if (
      parsed.version !== CACHE_VERSION ||
      parsed.repository !== repository ||
      typeof parsed.pulls !== 'object' ||
      parsed.pulls === null
    )
      return empty;
    const pulls: Record<string, MergePull> = {};
    for (const [sha, pull] of Object.entries(parsed.pulls))
      if (/^[0-9a-f]{40,64}$/.test(sha) && isMergePull(pull)) pulls[sha] = pull;
    return { version: CACHE_VERSION, repository, pulls };
  } catch {
    return empty;
  }
}

/** An entry edited by hand into another shape is asked again, never rendered half-read. */
function isMergePull(value: unknown): value is MergePull {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.number === 'number' &&
    ['url', 'title', 'author', 'mergedAt', 'headSha'].every((k) => typeof v[k] === 'string') &&
    Array.isArray(v.labels) &&
    typeof v.checkedAt === 'string' &&
    Array.isArray(v.reviewsAfterMerge) &&
    v.reviewsAfterMerge.every(
      (r: unknown) =>
        typeof r === 'object' &&
        r !== null &&
        ['reviewer', 'at', 'state'].every(
          (k) => typeof (r as Record<string, unknown>)[k] === 'string',
        ),
    ) &&
    Array.isArray(v.approvals) &&
    v.approvals.every(
      (a: unknown) =>
        typeof a === 'object' &&
        a !== null &&
        ['reviewer', 'at', 'commit'].every(
          (k) => typeof (a as Record<string, unknown>)[k] === 'string',
        ) &&
        typeof (a as Record<string, unknown>).current === 'boolean',
    )
  );
}

/** Written beside and renamed into place, so an interrupted run never leaves half a cache. */
async function writeCache(file: string, cache: CacheFile): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.tmp`;
  await writeFile(partial, `${JSON.stringify(cache, null, 1)}\n`, 'utf8');
  await rename(partial, file);
}
