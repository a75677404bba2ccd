// The history of the access directory in bulk: one `git log` for every first-parent commit
// with the paths it changed, then one `git cat-file --batch` for the blobs on both sides.
// A merge commit is compared with its first parent, so a pull request merged with a merge
// commit appears once, at its merge, as the branch's history tells it.
import { GitError, logFirstParent, readBlobs, resolveCommit } from '../model/git.js';

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
}

const ZERO = /^0+$/;
const FIELDS = 8;
const RECORD = '\u001e';

export async function readHistory(repo: string, options: HistoryOptions): Promise<History> {
  const ref = options.ref ?? 'HEAD';
  const head = await resolveCommit(repo, ref).catch(() => {
    throw new GitError(`"${ref}" is not a commit in ${repo}; pass a branch or commit that exists`);
  });
  const log = await logFirstParent(
    repo,
    head,
    `${RECORD}%H%x00%P%x00%an%x00%ae%x00%cn%x00%cI%x00%s%x00`,
    options.paths,
  );
  const commits = parseLog(log);
  const oids = new Set<string>();
  for (const commit of commits)
    for (const change of commit.paths) {
      if (!options.wanted(change.path)) continue;
      if (change.before !== undefined) oids.add(change.before);
      if (change.after !== undefined) oids.add(change.after);
    }
  return { head, commits, blobs: await readBlobs(repo, oids) };
}

/**
 * `--format` fields end with NUL; with `-z --raw` each change is ":modes oids status\0path\0".
 * The header fields are fixed in number, so a subject can hold anything but NUL.
 */
function parseLog(log: string): HistoryCommit[] {
  const commits: HistoryCommit[] = [];
  for (const record of log.split(RECORD)) {
    if (record === '') continue;
    const parts = record.split('\0');
    const [sha = '', parents = '', an = '', ae = '', cn = '', cI = '', subject = ''] = parts;
    const paths: PathChange[] = [];
    for (let i = FIELDS - 1; i < parts.length; i++) {
      const meta = (parts[i] ?? '').trim();
      if (!meta.startsWith(':')) continue;
      const path = parts[i + 1] ?? '';
      i += 1;
      const [, , before = '', after = ''] = meta.slice(1).split(' ');
      paths.push({
        path,
        ...(ZERO.test(before) ? {} : { before }),
        ...(ZERO.test(after) ? {} : { after }),
      });
    }
    commits.push({
      sha,
      parents: parents === '' ? [] : parents.split(' '),
      authorName: an,
      authorEmail: ae,
      committerName: cn,
      committedAt: new Date(cI).toISOString().replace('.000Z', 'Z'),
      subject,
      paths,
    });
  }
  return commits;
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
