// What `accessctl plan` and `accessctl provision` hand their report: the operations a merged
// diff asks for, what the gate held or refused and why, and what applying them did.
import type { EvidenceOutcome, OperationReport, SetAside, Unreadable } from './outcome.js';
import type { Operation } from './provisioner.js';

/** A commit that changed the rules without a policy owner's approval. */
export interface UnapprovedRuleChange {
  commit: string;
  pullRequest?: number;
  files: string[];
  reasons: string[];
}

/** The commit that last changed a grant in a range, and who approved it (absent: nobody known). */
export interface GrantChangeReview {
  commit: string;
  pullRequest?: number;
  approvers?: string[];
}

export interface ProvisionPlan {
  fromCommit: string;
  toCommit: string;
  operations: Operation[];
  /** Grants the rules of their merge's parent deny: never provisioned. */
  refused: SetAside[];
  /** Grants merged without the approvals the rules require: held, not provisioned. */
  held: SetAside[];
  /** Grants applied without those approvals because --allow-unapproved said so. */
  appliedUnapproved: SetAside[];
  /** Merges that changed the rules without a policy owner's approval. */
  ruleChanges: UnapprovedRuleChange[];
  /** What the request lookups could not tell (a direct push, a lookup that failed). */
  notes: string[];
  /**
   * By grant id: the commit of the range that last changed or removed it, with the pull request
   * that merged that commit and whose approvals stood, when it was looked up. What the evidence
   * records of each grant name (a run may provision several merges at once).
   */
  changes?: Map<string, GrantChangeReview>;
  /** Grants no configured provisioner can carry out. */
  skipped: SetAside[];
  unreadable: Unreadable[];
  removals: number;
}

export interface ProvisionResult {
  plan: ProvisionPlan;
  operations: OperationReport[];
  /** Why nothing was applied, when the removal limit stopped the run. */
  blocked?: string;
  dryRun: boolean;
  /** Nothing failed, nothing was refused, nothing was blocked. */
  ok: boolean;
  /** Absent on a dry run or when no log is kept. */
  evidence?: EvidenceOutcome;
}
