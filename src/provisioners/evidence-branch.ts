// The evidence log kept on a branch of the access repository (default `accessctl-evidence`),
// written through GitHub's Git Data API: each append is a new commit whose parent is the
// previous one and whose tree holds the log, and the branch is moved by a fast-forward only.
// A ruleset on the branch (no force push, no deletion, only the provisioning identity may
// push) keeps anyone who can merely open pull requests from rewriting it; a moved branch
// (another run wrote meanwhile) answers 422, and the writer loads the log again and
// re-chains what it had not written yet.
import type { GitHubClient } from '../github/index.js';
import { GitHubError } from '../github/index.js';
import type { EvidenceStore } from './evidence-log.js';

export const DEFAULT_EVIDENCE_BRANCH = 'accessctl-evidence';
/** The log's path in the branch's tree. */
export const EVIDENCE_PATH = 'accessctl-evidence.jsonl';

export interface BranchLocation {
  client: GitHubClient;
  owner: string;
  repo: string;
  branch: string;
}

export class BranchStore implements EvidenceStore {
  readonly deferResults = true;
  readonly name: string;

  constructor(private readonly at: BranchLocation) {
    if (!/^[A-Za-z0-9._/-]+$/.test(at.branch) || at.branch.split('/').includes('..'))
      throw new Error(
        `evidence branch "${at.branch}" is not a plain branch name; use letters, digits, ".", "_", "-" and "/"`,
      );
    this.name = `branch ${at.branch} of ${at.owner}/${at.repo}`;
  }

  async load(): Promise<{ text: string; version: string }> {
    const tip = await this.tip();
    if (tip === undefined) return { text: '', version: '' };
    return { text: await readLogAt(this.at, tip), version: tip };
  }

  async append(
    version: string,
    text: string,
    addition: string,
    summary: string,
  ): Promise<string | 'conflict'> {
    const { client, owner, repo, branch } = this.at;
    const { data: tree } = await client.rest.git.createTree({
      owner,
      repo,
      tree: [{ path: EVIDENCE_PATH, mode: '100644', type: 'blob', content: text + addition }],
    });
    const { data: commit } = await client.rest.git.createCommit({
      owner,
      repo,
      message: `${summary}\n`,
      tree: tree.sha,
      parents: version === '' ? [] : [version],
    });
    try {
      if (version === '')
        await client.rest.git.createRef({
          owner,
          repo,
          ref: `refs/heads/${branch}`,
          sha: commit.sha,
        });
      else
        await client.rest.git.updateRef({
          owner,
          repo,
          ref: `heads/${branch}`,
          sha: commit.sha,
          force: false,
        });
    } catch (error) {
      if (isMoved(error)) return 'conflict';
      if (error instanceof GitHubError && (error.status === 403 || error.status === 422))
        throw new Error(
          `GitHub refused to move ${this.name} (${error.status} ${error.githubMessage ?? ''}): ` +
            'the provisioning token needs contents: write, and the branch ruleset must let this identity push',
          { cause: error },
        );
      throw error;
    }
    return commit.sha;
  }

  private async tip(): Promise<string | undefined> {
    const { client, owner, repo, branch } = this.at;
    try {
      const { data } = await client.rest.git.getRef({ owner, repo, ref: `heads/${branch}` });
      return data.object.sha;
    } catch (error) {
      if (error instanceof GitHubError && error.status === 404) return undefined;
      throw error;
    }
  }
}

/** Another writer moved the branch (or created it) first. */
function isMoved(error: unknown): boolean {
  if (!(error instanceof GitHubError) || error.status !== 422) return false;
  const message = error.githubMessage ?? error.message;
  return /not a fast.forward|already exists/i.test(message);
}

/** The log's text in one commit of the branch; empty when the tree holds none. */
export async function readLogAt(at: BranchLocation, commitSha: string): Promise<string> {
  const { client, owner, repo } = at;
  const { data: commit } = await client.rest.git.getCommit({ owner, repo, commit_sha: commitSha });
  const { data: tree } = await client.rest.git.getTree({ owner, repo, tree_sha: commit.tree.sha });
  const entry = tree.tree.find((e) => e.path === EVIDENCE_PATH && e.type === 'blob');
  if (entry?.sha === undefined) return '';
  const { data: blob } = await client.rest.git.getBlob({ owner, repo, file_sha: entry.sha });
  return Buffer.from(blob.content, blob.encoding === 'base64' ? 'base64' : 'utf8').toString('utf8');
}

/** The log as the branch holds it now, for `accessctl evidence`; undefined when no branch. */
export async function readBranchLog(
  at: BranchLocation,
): Promise<{ text: string; commit: string } | undefined> {
  const store = new BranchStore(at);
  const { text, version } = await store.load();
  return version === '' ? undefined : { text, commit: version };
}
