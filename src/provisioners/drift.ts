// What `accessctl reconcile` hands its report: how each system differs from the grants, the
// repairs this run may make, and what making them did.
import type { EvidenceOutcome, OperationReport, SetAside, Unreadable } from './outcome.js';
import type { AccessTarget, Operation, Waiting } from './provisioner.js';
import type { ApprovedEndOf } from '../model/expiry.js';

/**
 * - missing: a grant asks for access the system does not hold;
 * - lower / higher: the system holds a lower / higher role than the grants ask for;
 * - ended: held, and every grant naming it has expired;
 * - unmanaged: held, and no grant names it.
 */
export type DriftKind = 'missing' | 'lower' | 'higher' | 'ended' | 'unmanaged';

export interface Drift {
  kind: DriftKind;
  target: AccessTarget;
  /** The grant that asks for the access (or the last one that did); absent when unmanaged. */
  grantId?: string;
  desired?: string;
  actual?: string;
  /** The system shows the access as an invitation not yet accepted. */
  pending: boolean;
  /** The repair; absent when this run may not make it (see `note`). */
  operation?: Operation;
  note?: string;
}

/** A resource whose holders could not be listed: unmanaged access on it is not looked for. */
export interface Unlisted {
  resource: string;
  reason: string;
}

export interface ReconcilePlan {
  commit: string;
  prune: boolean;
  drift: Drift[];
  /** The repairs this run may make, in the order of `drift`. */
  operations: Operation[];
  removals: number;
  /** Grants the commit's policies deny, or that are invalid: never provisioned, left alone. */
  refused: SetAside[];
  /** Grants no configured provisioner can carry out. */
  skipped: SetAside[];
  unreadable: Unreadable[];
  unlisted: Unlisted[];
  /** Manual changes whose issue is open longer than manual.slaDays. */
  late: LateChange[];
  /**
   * Grants whose approved end has passed: a change that did not pass the provision gate moved
   * their end later. They ask for nothing; what they gave is drift to remove.
   */
  pastApprovedEnd: (ApprovedEndOf & { grantId: string; reasons: string[] })[];
  /** What the reader should know about how the plan was made. */
  notes: string[];
  /** How much was compared: targets grants name, and resources listed. */
  checked: { targets: number; resources: number };
}

/** A change handed to people, open past its deadline. */
export interface LateChange extends Waiting {
  /** Whole days since the issue was opened. */
  days: number;
  slaDays: number;
}

export interface ReconcileResult {
  plan: ReconcilePlan;
  /** Every repair with its status: planned without --apply, else applied, failed or held. */
  operations: OperationReport[];
  /** Why nothing was applied, when the removal limit stopped the run. */
  blocked?: string;
  applied: boolean;
  /** No drift is left, nothing failed, nothing was refused or unreadable. */
  ok: boolean;
  /** What the run wrote to the evidence log; absent without --apply or a log. */
  evidence?: EvidenceOutcome;
}
