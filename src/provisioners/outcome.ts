// What a provisioning or reconcile run did, in the shape the reports read: each operation's
// status, the grants left alone and why, and what reached the evidence log. The runs fill it
// in; src/report/ renders it.
import type { EvidenceEntry, IntentRecord } from './evidence-log.js';
import type { IssueRef, Operation } from './provisioner.js';

export interface OperationReport {
  operation: Operation;
  status: 'applied' | 'failed' | 'pending' | 'planned' | 'held';
  message: string;
  /** The issue a pending operation waits on. */
  issue?: IssueRef;
}

/** "grant push to alice on acme/ledger", the words the table and the evidence share. */
export function describeOperation(operation: Operation): string {
  if (operation.action === 'revoke')
    return `revoke ${operation.from ?? ''} from ${operation.target.label}`;
  if (operation.action === 'grant')
    return `grant ${operation.to ?? ''} to ${operation.target.label}`;
  return `change ${operation.target.label} from ${operation.from ?? ''} to ${operation.to ?? ''}`;
}

/** A grant of the merged diff that is not provisioned, and why. */
export interface SetAside {
  grantId: string;
  reasons: string[];
}

/** A target whose state could not be read: nothing is planned for it and the run fails. */
export interface Unreadable {
  grantId: string;
  label: string;
  message: string;
}

/** An intent of an earlier run that no result completes, and what became of it. */
export interface Recovery {
  intent: IntentRecord;
  /** The completing result, when the system could be read. */
  result?: EvidenceEntry['result'];
  message: string;
}

/** What a run wrote to the evidence log. */
export interface EvidenceOutcome {
  log: string;
  /** Lines this run appended, and the log's length and chain head after it. */
  written: number;
  records: number;
  head: string;
  /** Intents of earlier, stopped runs this run completed (or could not). */
  recovered: Recovery[];
  /** What this run recorded of changes handed to people (issues closed or reopened since). */
  followedUp?: EvidenceEntry[];
  /** Whether the anchor was written; absent when none was asked for or nothing was written. */
  anchored?: boolean;
  /** Why the anchor, or the run's last records, could not be written. */
  problem?: string;
  /** The run's last records (results, refusals, the seal) are not in the log: the run fails. */
  incomplete?: boolean;
}
