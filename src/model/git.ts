import { execFile, execFileSync, spawn } from 'node:child_process';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

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

/** The output of one git command run in `repo`; a GitError naming the command if it fails. */
export async function git(repo: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await execFileAsync('git', ['-C', repo, ...args], {
      maxBuffer: 1024 * 1024 * 1024,
      encoding: 'utf8',
    });
    return stdout;
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new GitError(`git ${args[0]} failed in ${repo}: ${stderr || String(error)}`);
  }
}

/** The top folder of the git repository holding `dir`, or undefined outside one. */
export function repositoryTopSync(dir: string): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', '--show-toplevel'], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
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
 * Paths under `dir` (from the repository root) whose content in the work tree differs
 * from `commit`: edited, staged or deleted. Untracked files are not listed.
 */
export async function pathsChangedSince(
  repo: string,
  commit: string,
  dir: string,
): Promise<Set<string>> {
  const out = await git(repo, ['diff', '--name-only', '--no-renames', '-z', commit, '--', dir]);
  return new Set(out.split('\0').filter((path) => path !== ''));
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

function catFile(repo: string, mode: string, oids: Iterable<string>): Promise<Buffer> {
  const wanted = [...new Set(oids)];
  return new Promise((resolve, reject) => {
    if (wanted.length === 0) {
      resolve(Buffer.alloc(0));
      return;
    }
    const child = spawn('git', ['-C', repo, 'cat-file', mode], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error) => reject(new GitError(`cannot run git: ${error.message}`)));
    child.on('close', (code) => {
      if (code !== 0) reject(new GitError(`git cat-file failed in ${repo}: ${stderr.trim()}`));
      else resolve(Buffer.concat(chunks));
    });
    child.stdin.end(`${wanted.join('\n')}\n`);
  });
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
