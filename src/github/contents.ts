// Repository contents through the Git Data API: commits, trees and blobs read and written by
// SHA, without a checkout. Expiry commits its edits this way, and the evidence log is kept so.
import type { GitHubClient } from './client.js';
import type { RepoName } from './branches.js';

/** One tree entry to write: a file's new text, or `sha: null` to delete it. */
export type TreeWrite =
  | { path: string; mode: '100644'; type: 'blob'; content: string }
  | { path: string; mode: '100644'; type: 'blob'; sha: null };

/** The tree a commit holds. */
export async function commitTree(
  client: GitHubClient,
  repo: RepoName,
  commit: string,
): Promise<string> {
  const { data } = await client.rest.git.getCommit({ ...repo, commit_sha: commit });
  return data.tree.sha;
}

/** A tree's entries (path, SHA, type); `recursive` walks every subtree in one request. */
export async function readTree(
  client: GitHubClient,
  repo: RepoName,
  tree: string,
  recursive = false,
): Promise<{ path?: string; sha?: string; type?: string }[]> {
  const { data } = await client.rest.git.getTree({
    ...repo,
    tree_sha: tree,
    ...(recursive ? { recursive: 'true' } : {}),
  });
  return data.tree;
}

/** A blob's bytes as UTF-8 text. */
export async function readBlobText(
  client: GitHubClient,
  repo: RepoName,
  blob: string,
): Promise<string> {
  const { data } = await client.rest.git.getBlob({ ...repo, file_sha: blob });
  return Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8').toString('utf8');
}

/** A new tree: `base` with these entries written over it, or only these entries without one. */
export async function writeTree(
  client: GitHubClient,
  repo: RepoName,
  entries: TreeWrite[],
  base?: string,
): Promise<string> {
  const { data } = await client.rest.git.createTree({
    ...repo,
    ...(base === undefined ? {} : { base_tree: base }),
    tree: entries,
  });
  return data.sha;
}

/** A new commit of `tree` on `parents` (none for a root commit); its SHA. */
export async function writeCommit(
  client: GitHubClient,
  repo: RepoName,
  commit: { message: string; tree: string; parents: string[] },
): Promise<string> {
  const { data } = await client.rest.git.createCommit({ ...repo, ...commit });
  return data.sha;
}
