// Commits `accessctl expire --mode commit` pushed to the default branch: no pull request
// stands behind them by design, so they are not flagged for missing review. A commit counts
// only when both hold: its message carries the expiry trailer (which anyone can write into a
// pull request's commit message, so it proves nothing alone), and every path it changes is
// an access document whose change only removes grants or moves their expiry earlier.
import { commitTrailers, pathsChangedBetween } from '../model/git.js';
import type { GrantChangeReader } from './grant-changes.js';
import type { HistoryCommit } from './history.js';

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
  const trailers = await commitTrailers(
    root,
    single.map((c) => c.sha),
    EXPIRY_TRAILER,
  );
  for (const commit of single) {
    if (!trailers.get(commit.sha) || !reader.onlyRemovesGrants(commit)) continue;
    // the history lists only the access paths; the commit must touch nothing else either
    const paths = await pathsChangedBetween(root, commit.parents[0] as string, commit.sha);
    if (paths.every((path) => reader.holdsDocuments(path))) found.add(commit.sha);
  }
  return found;
}
