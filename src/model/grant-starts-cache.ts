// The grant starts an earlier run found, kept in the repository's git folder, so a check
// reads only the history written since: on 100,000 grants the whole `git log --raw` and
// its walk cost 2.6 s of a 9 s `check --base`, even for a history of one commit.
//
// What is kept is true of one commit, and only of it: for each file (by its path in the
// repository) and grant id, the commit that started the grant the file held at that commit
// (the first of that id), as history walked from there finds it. Such a start depends on
// nothing but that commit's first-parent history, which its id fixes: an amended, rebased
// or other branch has other commits, and a cache kept on one of them is of no use, never
// wrong, for another. The reader checks that the kept commit is on the first-parent line
// of HEAD before it takes anything (see grant-starts.ts). Starts of what no commit holds
// (a working-tree edit) are never kept. A shallow clone keeps nothing: deepening it would
// move the starts its oldest commit stood in for.
//
// Anything unexpected in the file (another format, another build, a torn write) is a
// miss, and costs only the full walk.
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

import { codeFingerprint, replaceFile } from './parse-cache.js';

/** Bumped when the shape of the file changes. */
const FORMAT = 1;
const CACHE_FILE = 'accessctl/grant-starts.json';
const COMMIT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/** A start found in history: the commit and its time (RFC 3339 UTC). */
export interface CommitStart {
  commit: string;
  at: string;
}

/** The starts kept for one commit. */
export interface KeptStarts {
  commit: string;
  /** The start of the grant `id` in the file at `path` (in the repository), if kept. */
  startOf(path: string, id: string): CommitStart | undefined;
}

/**
 * On disk: the commits once each, then per file its ids and the index of their commit,
 * which keeps 100,000 grants to a few megabytes.
 */
interface StartsFile {
  accessctl: 'grant-starts';
  format: number;
  code: string;
  /** The access directory's path in the repository the starts were walked for. */
  dir: string;
  commit: string;
  commits: [sha: string, at: string][];
  files: Record<string, (string | number)[]>;
}

function cacheFile(gitDir: string): string {
  return join(gitDir, CACHE_FILE);
}

/** The kept starts for `dir`, or undefined when there are none this code can trust. */
export function readKeptStarts(gitDir: string, dir: string): KeptStarts | undefined {
  let kept: unknown;
  try {
    kept = JSON.parse(readFileSync(cacheFile(gitDir), 'utf8'));
  } catch {
    return undefined;
  }
  if (!isStartsFile(kept) || kept.dir !== dir || kept.code !== codeFingerprint()) return undefined;
  const commits: CommitStart[] = [];
  for (const entry of kept.commits) {
    if (!Array.isArray(entry)) return undefined;
    const [commit, at] = entry as unknown[];
    if (typeof commit !== 'string' || !COMMIT_ID.test(commit)) return undefined;
    if (typeof at !== 'string' || Number.isNaN(Date.parse(at))) return undefined;
    commits.push({ commit, at });
  }
  // Looked up file by file as asked (a file holds a grant or two): building a map of
  // 100,000 files up front cost more than the lookups.
  const { files } = kept;
  return {
    commit: kept.commit,
    startOf(path, id) {
      const flat = Object.hasOwn(files, path) ? files[path] : undefined;
      if (!Array.isArray(flat)) return undefined;
      for (let i = 0; i + 1 < flat.length; i += 2)
        if (flat[i] === id) return commits[flat[i + 1] as number];
      return undefined;
    },
  };
}

function isStartsFile(value: unknown): value is StartsFile {
  if (typeof value !== 'object' || value === null) return false;
  const file = value as Partial<StartsFile>;
  return (
    file.accessctl === 'grant-starts' &&
    file.format === FORMAT &&
    typeof file.code === 'string' &&
    typeof file.dir === 'string' &&
    typeof file.commit === 'string' &&
    COMMIT_ID.test(file.commit) &&
    Array.isArray(file.commits) &&
    typeof file.files === 'object' &&
    file.files !== null &&
    !Array.isArray(file.files)
  );
}

/**
 * Keeps `starts` as the starts of `commit`, replacing what was kept, swapped in at once. A
 * cache that cannot be written is no error: the next run walks the history again.
 */
export function keepStarts(
  gitDir: string,
  dir: string,
  commit: string,
  byFile: Map<string, Map<string, CommitStart>>,
): void {
  const index = new Map<string, number>();
  const commits: [string, string][] = [];
  const files: Record<string, (string | number)[]> = {};
  for (const [path, ids] of byFile) {
    const flat: (string | number)[] = [];
    for (const [id, start] of ids) {
      let at = index.get(start.commit);
      if (at === undefined) {
        at = commits.length;
        index.set(start.commit, at);
        commits.push([start.commit, start.at]);
      }
      flat.push(id, at);
    }
    files[path] = flat;
  }
  const kept: StartsFile = {
    accessctl: 'grant-starts',
    format: FORMAT,
    code: codeFingerprint(),
    dir,
    commit,
    commits,
    files,
  };
  const file = cacheFile(gitDir);
  try {
    mkdirSync(dirname(file), { recursive: true });
    replaceFile(file, JSON.stringify(kept));
  } catch {
    // A read-only git folder, a full disk: the cache only ever saves time.
  }
}
