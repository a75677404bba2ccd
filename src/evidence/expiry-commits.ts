// Commits `accessctl expire --mode commit` pushed to the default branch: no pull request
// stands behind them by design, so they are not flagged for missing review. A commit counts
// only when both hold: its message carries the expiry trailer (which anyone can write into a
// pull request's commit message, so it proves nothing alone), and every path it changes is
// an access document whose change only removes grants or moves their expiry earlier.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

import type { GrantChangeReader } from './grant-changes.js';
import type { HistoryCommit } from './history.js';

const execFileAsync = promisify(execFile);

/** The trailer of the commits `accessctl expire --mode commit` pushes to the default branch. */
export const EXPIRY_TRAILER = 'Accessctl-Expiry';

export async function expiryCommits(
  root: string,
  candidates: HistoryCommit[],
  reader: GrantChangeReader,
): Promise<Set<string>> {
  const found = new Set<string>();
  const single = candidates.filter((c) => c.parents.length === 1);
  if (single.length === 0) return found;
  const { stdout } = await execFileAsync(
    'git',
    [
      '-C',
      root,
      'show',
      '-s',
      `--format=%H%x00%(trailers:key=${EXPIRY_TRAILER},valueonly,separator=%x2C)%x00`,
      ...single.map((c) => c.sha),
    ],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  const trailered = new Set<string>();
  const parts = stdout.split('\0');
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const sha = (parts[i] ?? '').trim();
    if ((parts[i + 1] ?? '').trim() !== '') trailered.add(sha);
  }
  for (const commit of single) {
    if (!trailered.has(commit.sha) || !reader.onlyRemovesGrants(commit)) continue;
    // the history lists only the access paths; the commit must touch nothing else either
    const { stdout: names } = await execFileAsync('git', [
      '-C',
      root,
      'diff-tree',
      '-r',
      '-z',
      '--name-only',
      '--no-commit-id',
      commit.parents[0] as string,
      commit.sha,
    ]);
    const paths = names.split('\0').filter((p) => p !== '');
    if (paths.every((path) => reader.holdsDocuments(path))) found.add(commit.sha);
  }
  return found;
}
