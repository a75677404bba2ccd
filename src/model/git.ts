import { execFile, spawn } from 'node:child_process';
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

async function git(repo: string, args: string[]): Promise<string> {
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

/** Every entry under `dir` at `commit`, with blob sizes, without touching the work tree. */
export async function listTree(repo: string, commit: string, dir: string): Promise<TreeEntry[]> {
  const out = await git(repo, ['ls-tree', '-r', '-l', '-z', '--full-tree', commit, '--', dir]);
  const entries: TreeEntry[] = [];
  for (const record of out.split('\0')) {
    if (record === '') continue;
    const tab = record.indexOf('\t');
    const [mode = '', type = '', oid = '', size = ''] = record.slice(0, tab).split(/ +/);
    entries.push({
      mode,
      type,
      oid,
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
export function readBlobs(repo: string, oids: Iterable<string>): Promise<Map<string, string>> {
  const wanted = [...new Set(oids)];
  return new Promise((resolve, reject) => {
    if (wanted.length === 0) {
      resolve(new Map());
      return;
    }
    const child = spawn('git', ['-C', repo, 'cat-file', '--batch'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error) => reject(new GitError(`cannot run git: ${error.message}`)));
    child.on('close', (code) => {
      if (code !== 0) {
        reject(new GitError(`git cat-file failed in ${repo}: ${stderr.trim()}`));
        return;
      }
      try {
        resolve(parseBatch(Buffer.concat(chunks)));
      } catch (error) {
        reject(error);
      }
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
