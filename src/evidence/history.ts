// The history of the access directory in bulk: `git log` for every first-parent commit with
// the paths it changed, and beside it one `git cat-file --batch`, fed as the log is read, for
// the blobs on both sides. A long history's log is read in parts, a git for each, at once.
// A merge commit is compared with its first parent, so a pull request merged with a merge
// commit appears once, at its merge, as the branch's history tells it.
import { availableParallelism } from 'node:os';

import {
  GitError,
  blobQueue,
  firstParentLine,
  logFirstParent,
  resolveCommit,
} from '../model/git.js';

/** One path a commit changed; an oid of zeros means the path did not exist on that side. */
export interface PathChange {
  path: string;
  before?: string;
  after?: string;
}

export interface HistoryCommit {
  sha: string;
  parents: string[];
  authorName: string;
  authorEmail: string;
  committerName: string;
  /** RFC 3339 committer date: when the commit reached the branch. */
  committedAt: string;
  subject: string;
  paths: PathChange[];
}

export interface History {
  /** The branch tip the history was read up to. */
  head: string;
  /** Oldest first. */
  commits: HistoryCommit[];
  /** Blob text by oid, for every blob named by a PathChange. */
  blobs: Map<string, string>;
}

export interface HistoryOptions {
  /** The commit or branch to read up to. Default HEAD. */
  ref?: string;
  /** Repository-relative paths whose changes are read (folders or files). */
  paths: string[];
  /** Which changed paths' blobs to read. */
  wanted: (path: string) => boolean;
  /** The map the blobs are read into (History.blobs); a new one when absent. */
  blobs?: Map<string, string>;
  /**
   * Called for each commit, newest first, once every blob it wants is in `blobs` (or, for a
   * blob git does not have, once the reading is over): a caller can work on the commits
   * while git is still reading older ones.
   */
  ready?: (commit: HistoryCommit) => void;
  /** Read the log in this many parts at once (default: one per core, at most MOST_PARTS). */
  parts?: number;
  /** ... from this many first-parent commits on (default PARTS_FROM). */
  partsFrom?: number;
}

/**
 * From this many first-parent commits on, the log is read in parts. Git spends most of a
 * log's time reading trees to compare each commit with its parent, one commit after another,
 * on one core: over 50,000 commits one git took 12.5 s, and two, each with half of the line,
 * 8.5 s together. The whole of readHistory, which also reads 143,643 blobs and parses the
 * log, took 12.9 to 15.5 s in one part and 11.4 to 13.7 s in two (three runs each, taken in
 * turn on a 2-core machine). Below this, one git is quick and listing the line first (0.6 s
 * over 50,000 commits) is not worth its own walk.
 */
export const PARTS_FROM = 4000;
const MOST_PARTS = 4;

const ZERO = /^0+$/;
const RECORD = '\u001e';
/** The header fields the format below writes, each ended by NUL. */
const HEADER = ['sha', 'parents', 'an', 'ae', 'cn', 'cI', 'subject'] as const;

export async function readHistory(repo: string, options: HistoryOptions): Promise<History> {
  const ref = options.ref ?? 'HEAD';
  const head = await resolveCommit(repo, ref).catch(() => {
    throw new GitError(`"${ref}" is not a commit in ${repo}; pass a branch or commit that exists`);
  });
  // the blobs are read by a second git while the log is still being read
  const read = options.blobs ?? new Map<string, string>();
  const blobs = blobQueue(repo, read);
  // the commits read whose blobs have not all arrived yet, in the order they were read
  const waiting: ({ commit: HistoryCommit; oids: string[] } | undefined)[] = [];
  let next = 0;
  const hand = (all: boolean) => {
    const { ready } = options;
    if (ready === undefined) return;
    for (; next < waiting.length; next++) {
      const entry = waiting[next];
      if (entry === undefined) continue;
      if (!all && !entry.oids.every((oid) => read.has(oid))) break;
      waiting[next] = undefined; // handed on: its list of blobs is let go
      ready(entry.commit);
    }
  };
  const want = (commit: HistoryCommit) => {
    const oids: string[] = [];
    for (const change of commit.paths) {
      if (!options.wanted(change.path)) continue;
      if (change.before !== undefined) oids.push(change.before);
      if (change.after !== undefined) oids.push(change.after);
    }
    for (const oid of oids) blobs.want(oid);
    if (options.ready !== undefined) waiting.push({ commit, oids });
    hand(false);
  };
  try {
    // newest first: git writes the first commit at once instead of after walking them all
    const commits = await parseLog(logInParts(repo, head, options), want);
    await blobs.read();
    hand(true);
    return { head, commits: commits.reverse(), blobs: read };
  } catch (error) {
    blobs.stop();
    throw error;
  }
}

/**
 * The log's fields, newest first, as one git would write them. A long first-parent line is
 * cut into parts of as many commits each, and a git reads each part at once: the newest part
 * is given as it comes, and the others are held as they come until their turn.
 */
async function* logInParts(
  repo: string,
  head: string,
  options: Pick<HistoryOptions, 'paths' | 'parts' | 'partsFrom'>,
): AsyncGenerator<string[]> {
  const format = `${RECORD}%H%x00%P%x00%an%x00%ae%x00%cn%x00%cI%x00%s%x00`;
  const parts = options.parts ?? Math.min(availableParallelism(), MOST_PARTS);
  const line = parts < 2 ? [] : await firstParentLine(repo, head);
  if (line.length < (options.partsFrom ?? PARTS_FROM)) {
    yield* logFirstParent(repo, head, format, options.paths, true);
    return;
  }
  // the newest commit of each part; each part ends where the next, older one starts
  const starts = Array.from(
    { length: parts },
    (_, k) => line[Math.floor((k * line.length) / parts)] as string,
  );
  const [first, ...rest] = starts.map((start, k) =>
    logFirstParent(repo, start, format, options.paths, true, starts[k + 1]),
  );
  const held = rest.map((part) => drainAhead(part));
  try {
    yield* first as AsyncGenerator<string[]>;
    for (const part of held) yield* part.items;
  } finally {
    for (const part of held) part.stop();
  }
}

/**
 * Reads `source` to its end as fast as it comes, holding what it read until `items` asks for
 * it, in order. `stop` ends the reading (and so its git) early.
 */
function drainAhead<T>(source: AsyncGenerator<T>): { items: AsyncGenerator<T>; stop: () => void } {
  const held: T[] = [];
  let wake: (() => void) | undefined;
  let stopped = false;
  let end: { failure?: unknown } | undefined;
  void (async () => {
    try {
      for await (const item of source) {
        held.push(item);
        wake?.();
        if (stopped) break; // leaving the loop ends the source
      }
      end = {};
    } catch (error) {
      end = { failure: error };
    }
    wake?.();
  })();
  const items = (async function* () {
    for (;;) {
      if (held.length > 0) yield* held.splice(0);
      else if (end !== undefined) {
        if ('failure' in end) throw end.failure;
        return;
      } else await new Promise<void>((resolve) => (wake = resolve));
    }
  })();
  return {
    items,
    stop: () => {
      stopped = true;
    },
  };
}

/**
 * The log's NUL-separated fields, read as git writes them, each commit given to `read` once
 * its list of changes is complete: a commit starts with a field that
 * begins with the record mark, then its other header fields follow in order; after them,
 * each change is ":modes oids status" then its path. Fields are taken by position, so a
 * subject or path holding the record mark or a colon cannot start a commit or a change.
 */
async function parseLog(
  fields: AsyncIterable<string[]>,
  read: (commit: HistoryCommit) => void,
): Promise<HistoryCommit[]> {
  const commits: HistoryCommit[] = [];
  let header: string[] | undefined;
  let commit: HistoryCommit | undefined;
  let meta: string | undefined;
  for await (const batch of fields)
    for (const field of batch) {
      if (header !== undefined) {
        header.push(field);
        if (header.length === HEADER.length) {
          commit = toCommit(header);
          commits.push(commit);
          header = undefined;
        }
      } else if (meta !== undefined) {
        commit?.paths.push(pathChange(meta, field));
        meta = undefined;
      } else {
        // git ends a commit's header with an empty field and its list of changes with a newline
        const start = field.replace(/^\n+/, '');
        if (start.startsWith(RECORD)) {
          if (commit !== undefined) read(commit); // its list of changes is complete
          header = [start.slice(RECORD.length)];
        } else if (start.startsWith(':') && commit !== undefined) meta = start;
      }
    }
  if (commit !== undefined) read(commit);
  return commits;
}

function toCommit([
  sha = '',
  parents = '',
  an = '',
  ae = '',
  cn = '',
  cI = '',
  subject = '',
]: string[]): HistoryCommit {
  return {
    sha,
    parents: parents === '' ? [] : parents.split(' '),
    authorName: an,
    authorEmail: ae,
    committerName: cn,
    committedAt: new Date(cI).toISOString().replace('.000Z', 'Z'),
    subject,
    paths: [],
  };
}

/** ":oldmode newmode oldoid newoid status" and the path it is about. */
function pathChange(meta: string, path: string): PathChange {
  const [, , before = '', after = ''] = meta.slice(1).split(' ');
  return {
    path,
    ...(ZERO.test(before) ? {} : { before }),
    ...(ZERO.test(after) ? {} : { after }),
  };
}

/**
 * Lets go of the text of every blob that only paths `needed` rejects, once they have been
 * read: over a long history the grant files' versions are most of what the history holds,
 * and nothing reads them after their changes are known. A blob some needed path also names
 * is kept.
 */
export function releaseBlobs(history: History, needed: (path: string) => boolean): void {
  const keep = new Set<string>();
  const drop = new Set<string>();
  for (const commit of history.commits)
    for (const change of commit.paths)
      for (const oid of [change.before, change.after]) {
        if (oid === undefined) continue;
        (needed(change.path) ? keep : drop).add(oid);
      }
  for (const oid of drop) if (!keep.has(oid)) history.blobs.delete(oid);
}
