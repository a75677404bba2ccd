// The shape of an identity sync, as its reports read it: what HR changes in identities/,
// which grants go with a leaver, and the pull request that carries it. The sync fills it in.
import type { LocatedFinding } from '../../model/index.js';
import type { PullRequestOutcome } from '../expiry/result.js';

export interface SyncResult {
  findings: LocatedFinding[];
  /** One line per change, for people to read. */
  changes: string[];
  /** Grants removed because their subject left. */
  removedGrants: string[];
  /** Files changed, by their path as the model names them, with the new content (null: delete). */
  files: { file: string; before: string; after: string | null }[];
}

export interface SyncOnGitHubResult extends SyncResult {
  source: string;
  pullRequest?: PullRequestOutcome;
  /** The open pull request closed because HR and identities/ agree now. */
  closedPullRequest?: number;
}
