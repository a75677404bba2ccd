// The evidence log kept on a branch of the access repository (default `accessctl-evidence`),
// written through GitHub's Git Data API: each append is a new commit whose parent is the
// previous one and whose tree holds the log, and the branch is moved by a fast-forward only.
// A ruleset on the branch (no force push, no deletion, only the provisioning identity may
// push) keeps anyone who can merely open pull requests from rewriting it; a moved branch
// (another run wrote meanwhile) answers 422, and the writer loads the log again and
// re-chains what it had not written yet.
import { createBranch, findBranchTip, moveBranch } from '../github/branches.js';
import { commitTree, readBlobText, readTree, writeCommit, writeTree } from '../github/contents.js';
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
    const where = { owner, repo };
    const tree = await writeTree(client, where, [
      { path: EVIDENCE_PATH, mode: '100644', type: 'blob', content: text + addition },
    ]);
    const commit = await writeCommit(client, where, {
      message: `${summary}\n`,
      tree,
      parents: version === '' ? [] : [version],
    });
    try {
      if (version === '') await createBranch(client, where, branch, commit);
      else await moveBranch(client, where, branch, commit, false);
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
    return commit;
  }

  private async tip(): Promise<string | undefined> {
    const { client, owner, repo, branch } = this.at;
    return findBranchTip(client, { owner, repo }, branch);
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
  const where = { owner, repo };
  const tree = await readTree(client, where, await commitTree(client, where, commitSha));
  const entry = tree.find((e) => e.path === EVIDENCE_PATH && e.type === 'blob');
  if (entry?.sha === undefined) return '';
  return readBlobText(client, where, entry.sha);
}

/** The log as the branch holds it now, for `accessctl evidence`; undefined when no branch. */
export async function readBranchLog(
  at: BranchLocation,
): Promise<{ text: string; commit: string } | undefined> {
  const store = new BranchStore(at);
  const { text, version } = await store.load();
  return version === '' ? undefined : { text, commit: version };
}
