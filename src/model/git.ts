// The one door to git: every git command accessctl runs is started here, each behind a
// named operation that says what it asks git. A library was weighed and not taken:
// simple-git would start the same processes behind a wider API, and isomorphic-git
// reimplements git in JavaScript without the formats this reads (`--raw` logs, trailers,
// `cat-file --batch`) and is slower on long histories; so one small spawn wrapper.
import { execFileSync, spawn } from 'node:child_process';

/** A git command failed or a ref does not name a commit. */
export class GitError extends Error {}

export interface TreeEntry {
  mode: string;
  type: string;
  oid: string;
  size: number;
  /** Path from the repository root, '/'-separated. */
  path: string;
}

/** More output than this from one command is refused rather than held in memory. */
const MAX_OUTPUT = 1024 * 1024 * 1024;

/**
 * Runs git in `repo` and gives its whole output. Output is streamed into buffers, so a long
 * `git log` costs its size once; `input` is written to git's standard input (else it is
 * closed at once, so git never waits on it).
 */
function run(repo: string, args: string[], input?: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['-C', repo, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let size = 0;
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_OUTPUT) {
        child.kill();
        reject(new GitError(`git ${args[0]} in ${repo} gave more than 1 GiB of output`));
      } else chunks.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error) => reject(new GitError(`cannot run git: ${error.message}`)));
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(chunks));
      else
        reject(
          new GitError(`git ${args[0]} failed in ${repo}: ${stderr.trim() || `exit code ${code}`}`),
        );
    });
    // git may exit before reading all of its input (a bad repository): that is its error
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
  });
}

/** The output of one git command run in `repo`; a GitError naming the command if it fails. */
export async function git(repo: string, args: string[]): Promise<string> {
  return (await run(repo, args)).toString('utf8');
}

/** The same, for the few callers that must stay synchronous. */
function gitSync(repo: string, args: string[]): string {
  try {
    return execFileSync('git', ['-C', repo, ...args], {
      encoding: 'utf8',
      maxBuffer: MAX_OUTPUT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new GitError(`git ${args[0]} failed in ${repo}: ${stderr || String(error)}`);
  }
}

/** Where a folder sits in its repository. */
export interface RepositoryPlace {
  /** The repository's top folder. */
  top: string;
  /** The folder's path inside it: '' at the top, else 'a/b/'. */
  prefix: string;
}

const WHERE_AM_I = ['rev-parse', '--show-toplevel', '--show-prefix'];

function placeOf(output: string): RepositoryPlace {
  const [top = '', prefix = ''] = output.split('\n');
  return { top, prefix };
}

/** The repository holding `dir` and where `dir` is inside it; undefined outside one. */
export async function repositoryPlace(dir: string): Promise<RepositoryPlace | undefined> {
  try {
    return placeOf(await git(dir, WHERE_AM_I));
  } catch {
    return undefined;
  }
}

/** The top folder of the git repository holding `dir`, or undefined outside one. */
export async function repositoryTop(dir: string): Promise<string | undefined> {
  return (await repositoryPlace(dir))?.top;
}

/** The same, for the callers that must stay synchronous. */
export function repositoryTopSync(dir: string): string | undefined {
  try {
    return placeOf(gitSync(dir, WHERE_AM_I)).top;
  } catch {
    return undefined;
  }
}

/** Whether the clone's history was cut short (`--depth`). */
export async function isShallowRepository(repo: string): Promise<boolean> {
  return (await git(repo, ['rev-parse', '--is-shallow-repository'])).trim() === 'true';
}

/** The URL of a remote, or undefined when the clone has no remote of that name. */
export async function remoteUrl(repo: string, remote: string): Promise<string | undefined> {
  try {
    return (await git(repo, ['remote', 'get-url', '--end-of-options', remote])).trim();
  } catch {
    return undefined;
  }
}

/** The commit a ref names; throws a GitError that says which ref is unknown. */
export async function resolveCommit(repo: string, ref: string): Promise<string> {
  try {
    return (
      await git(repo, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])
    ).trim();
  } catch {
    throw new GitError(
      `"${ref}" is not a commit in ${repo}; pass a branch, tag or commit that exists`,
    );
  }
}

/** A full object id; only such a name is fetched, so a name can never be an option or a refspec. */
const OBJECT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;

/**
 * Fetches one commit (and only it: depth 1, no tags) from `remote`. The commit must be
 * named by its full id: a name such as "--upload-pack=..." or "main:refs/heads/x" is refused.
 */
export async function fetchCommit(repo: string, remote: string, sha: string): Promise<void> {
  if (!OBJECT_ID.test(sha))
    throw new GitError(`"${sha}" is not a full commit id; only a commit id is fetched`);
  await git(repo, ['fetch', '--no-tags', '--depth=1', '--end-of-options', remote, sha]);
}

/** The best common ancestor of two commits; undefined when git finds none. */
export async function mergeBase(repo: string, a: string, b: string): Promise<string | undefined> {
  return (await git(repo, ['merge-base', '--end-of-options', a, b])).trim() || undefined;
}

/**
 * The text of `path` at `ref`, or undefined when the commit holds no such path. Throws a
 * GitError when git cannot read `ref`. Synchronous for the callers that must stay so.
 */
export function showFileSync(repo: string, ref: string, path: string): string | undefined {
  const listed = gitSync(repo, ['ls-tree', '--name-only', '--end-of-options', ref, '--', path]);
  if (listed.trim() === '') return undefined;
  return gitSync(repo, ['show', '--end-of-options', `${ref}:${path}`]);
}

/**
 * Every entry under `dir` at `commit`, without touching the work tree. With `sizes: false`
 * blob sizes are left out (size -1), which saves reading every blob's header.
 */
export async function listTree(
  repo: string,
  commit: string,
  dir: string,
  { sizes = true } = {},
): Promise<TreeEntry[]> {
  const long = sizes ? ['-l'] : [];
  const out = await git(repo, ['ls-tree', '-r', ...long, '-z', '--full-tree', commit, '--', dir]);
  const entries: TreeEntry[] = [];
  for (const record of out.split('\0')) {
    if (record === '') continue;
    // "<mode> <type> <oid>[ <size>]\t<path>"; the size is padded with spaces, '-' for trees.
    const tab = record.indexOf('\t');
    const typeAt = record.indexOf(' ') + 1;
    const oidAt = record.indexOf(' ', typeAt) + 1;
    const oidEnd = record.indexOf(' ', oidAt);
    const size = oidEnd === -1 || oidEnd > tab ? '-1' : record.slice(oidEnd, tab).trim();
    entries.push({
      mode: record.slice(0, typeAt - 1),
      type: record.slice(typeAt, oidAt - 1),
      oid: record.slice(oidAt, oidEnd === -1 || oidEnd > tab ? tab : oidEnd),
      size: size === '-' ? 0 : Number(size),
      path: record.slice(tab + 1),
    });
  }
  return entries;
}

/**
 * The object ids of `paths` (folders or files, from the repository root) at `commit`, by
 * path; a path the commit does not hold is left out. One `ls-tree`, not recursive: a
 * folder's tree id stands for everything inside it.
 */
export async function pathOids(
  repo: string,
  commit: string,
  paths: string[],
): Promise<Map<string, string>> {
  const out = await git(repo, ['ls-tree', '-z', '--full-tree', commit, '--', ...paths]);
  const oids = new Map<string, string>();
  for (const record of nulSeparated(out)) {
    // "<mode> <type> <oid>\t<path>"
    const tab = record.indexOf('\t');
    const fields = record.slice(0, tab).split(' ');
    oids.set(record.slice(tab + 1), fields[2] ?? '');
  }
  return oids;
}

function nulSeparated(out: string): string[] {
  return out.split('\0').filter((path) => path !== '');
}

/**
 * Paths under `paths` (from the repository root) whose content in the work tree differs
 * from `commit`: edited, staged or deleted. Untracked files are not listed.
 */
export async function pathsChangedSince(
  repo: string,
  commit: string,
  ...paths: string[]
): Promise<Set<string>> {
  const out = await git(repo, [
    'diff',
    '--name-only',
    '--no-renames',
    '-z',
    commit,
    '--',
    ...paths,
  ]);
  return new Set(nulSeparated(out));
}

/** Files under `paths` that git does not track and does not ignore. */
export async function untrackedPaths(repo: string, ...paths: string[]): Promise<string[]> {
  return nulSeparated(
    await git(repo, ['ls-files', '--others', '--exclude-standard', '-z', '--', ...paths]),
  );
}

/** Every path that differs between two commits. */
export async function pathsChangedBetween(
  repo: string,
  from: string,
  to: string,
): Promise<string[]> {
  return nulSeparated(
    await git(repo, ['diff-tree', '-r', '-z', '--name-only', '--no-commit-id', from, to]),
  );
}

/** One path a diff lists, as `git diff --raw` tells it; a mode of zeros: absent on that side. */
export interface RawChange {
  path: string;
  oldMode: string;
  newMode: string;
}

/** The paths that differ between two commits, with their modes on both sides. */
export async function diffRaw(repo: string, from: string, to: string): Promise<RawChange[]> {
  const out = await git(repo, ['diff', '--raw', '-z', '--no-renames', '--no-abbrev', from, to]);
  // -z --raw: ":oldmode newmode oldsha newsha status" NUL path NUL, for each file
  const fields = out.split('\0');
  const changes: RawChange[] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const [oldMode = '', newMode = ''] = (fields[i] ?? '').replace(/^:/, '').split(' ');
    const path = fields[i + 1] ?? '';
    if (path === '') continue;
    changes.push({ path, oldMode, newMode });
  }
  return changes;
}

/**
 * `git log --first-parent --raw -z` from `head`, oldest first, each commit as `format`
 * then its changes against its first parent (a merge too), limited to `paths`.
 */
export async function logFirstParent(
  repo: string,
  head: string,
  format: string,
  paths: string[],
): Promise<string> {
  return git(repo, [
    'log',
    '--first-parent',
    '--diff-merges=first-parent',
    '--reverse',
    '--raw',
    '-z',
    '--no-renames',
    '--no-abbrev',
    `--format=${format}`,
    head,
    '--',
    ...paths,
  ]);
}

/** By commit, the values of the trailer `key` in its message, comma-separated ('' for none). */
export async function commitTrailers(
  repo: string,
  commits: string[],
  key: string,
): Promise<Map<string, string>> {
  const out = await git(repo, [
    'show',
    '-s',
    `--format=%H%x00%(trailers:key=${key},valueonly,separator=%x2C)%x00`,
    ...commits,
  ]);
  const trailers = new Map<string, string>();
  const parts = out.split('\0');
  for (let i = 0; i + 1 < parts.length; i += 2)
    trailers.set((parts[i] ?? '').trim(), (parts[i + 1] ?? '').trim());
  return trailers;
}

/** Reads many blobs through one `git cat-file --batch` process. */
export async function readBlobs(
  repo: string,
  oids: Iterable<string>,
): Promise<Map<string, string>> {
  return parseBatch(await catFile(repo, '--batch', oids));
}

/** The sizes of many blobs, without reading them: one `git cat-file --batch-check`. */
export async function blobSizes(
  repo: string,
  oids: Iterable<string>,
): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  for (const line of (await catFile(repo, '--batch-check', oids)).toString('utf8').split('\n')) {
    const [oid = '', type, size] = line.split(' ');
    if (type === 'blob') sizes.set(oid, Number(size));
  }
  return sizes;
}

async function catFile(repo: string, mode: string, oids: Iterable<string>): Promise<Buffer> {
  const wanted = [...new Set(oids)];
  if (wanted.length === 0) return Buffer.alloc(0);
  return run(repo, ['cat-file', mode], `${wanted.join('\n')}\n`);
}

/** Output of --batch: "<oid> <type> <size>\n<content>\n" per object, "<oid> missing\n" otherwise. */
function parseBatch(output: Buffer): Map<string, string> {
  const blobs = new Map<string, string>();
  let at = 0;
  while (at < output.length) {
    const newline = output.indexOf(0x0a, at);
    const header = output.toString('utf8', at, newline).split(' ');
    at = newline + 1;
    if (header[1] === 'missing' || header.length < 3) continue;
    const size = Number(header[2]);
    blobs.set(header[0] ?? '', output.toString('utf8', at, at + size));
    at += size + 1;
  }
  return blobs;
}
