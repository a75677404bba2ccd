// The history of the access directory in bulk: one `git log` for every first-parent commit
// with the paths it changed, then one `git cat-file --batch` for the blobs on both sides.
// A merge commit is compared with its first parent, so a pull request merged with a merge
// commit appears once, at its merge, as the branch's history tells it.
import { spawn } from 'node:child_process';

import { GitError, readBlobs } from '../model/git.js';

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
  const head = (await run(repo, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])).trim();
  if (head === '')
    throw new GitError(`"${ref}" is not a commit in ${repo}; pass a branch or commit that exists`);
  const log = await run(repo, [
    'log',
    '--first-parent',
    '--diff-merges=first-parent',
    '--reverse',
    '--raw',
    '-z',
    '--no-renames',
    '--no-abbrev',
    `--format=${RECORD}%H%x00%P%x00%an%x00%ae%x00%cn%x00%cI%x00%s%x00`,
    head,
    '--',
    ...options.paths,
  ]);
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

/** Streams stdout whole: `git log` of a long history is larger than execFile's buffer likes. */
function run(repo: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['-C', repo, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error) => reject(new GitError(`cannot run git: ${error.message}`)));
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(chunks).toString('utf8'));
      else if (args[0] === 'rev-parse') resolve('');
      else reject(new GitError(`git ${args[0]} failed in ${repo}: ${stderr.trim()}`));
    });
  });
}
