// The history of the access directory in bulk: one `git log` for every first-parent commit
// with the paths it changed, and beside it one `git cat-file --batch`, fed as the log is
// read, for the blobs on both sides.
// A merge commit is compared with its first parent, so a pull request merged with a merge
// commit appears once, at its merge, as the branch's history tells it.
import { GitError, blobQueue, logFirstParent, resolveCommit } from '../model/git.js';

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
}

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
    const commits = await parseLog(
      logFirstParent(
        repo,
        head,
        `${RECORD}%H%x00%P%x00%an%x00%ae%x00%cn%x00%cI%x00%s%x00`,
        options.paths,
        true,
      ),
      want,
    );
    await blobs.read();
    hand(true);
    return { head, commits: commits.reverse(), blobs: read };
  } catch (error) {
    blobs.stop();
    throw error;
  }
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
