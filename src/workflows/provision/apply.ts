// Applying a plan: one operation at a time, under a removal limit, each outcome reported.
// Provisioning a merge and repairing drift apply the same way and leave the same evidence.
import type { EvidenceEntry } from '../../provisioners/evidence-log.js';
import type { Operation, Provisioner } from '../../provisioners/provisioner.js';

export const DEFAULT_MAX_REMOVALS = 10;

export type OperationStatus = 'applied' | 'failed' | 'planned' | 'held';

export interface OperationReport {
  operation: Operation;
  status: OperationStatus;
  message: string;
}

export interface ApplyOptions {
  provisioners: Provisioner[];
  dryRun?: boolean;
  maxRemovals?: number;
  force?: boolean;
}

export interface ApplyResult {
  operations: OperationReport[];
  /** Why nothing was applied, when the removal limit stopped the run. */
  blocked?: string;
}

export async function applyOperations(
  operations: Operation[],
  options: ApplyOptions,
): Promise<ApplyResult> {
  const maxRemovals = options.maxRemovals ?? DEFAULT_MAX_REMOVALS;
  const removals = operations.filter((o) => o.removal).length;
  const byName = new Map(options.provisioners.map((p) => [p.name, p]));
  let blocked: string | undefined;
  if (removals > maxRemovals && options.force !== true)
    blocked =
      `the plan has ${removals} removal${removals === 1 ? '' : 's'}, over the limit of ${maxRemovals}; ` +
      'check that the repository really means it, then run again with --force or a higher --max-removals';

  const reports: OperationReport[] = [];
  for (const operation of operations) {
    if (blocked !== undefined) {
      reports.push({ operation, status: 'held', message: 'not applied: over the removal limit' });
      continue;
    }
    if (options.dryRun === true) {
      reports.push({ operation, status: 'planned', message: 'dry run: not applied' });
      continue;
    }
    const provisioner = byName.get(operation.target.provisioner) as Provisioner;
    try {
      reports.push({ operation, ...(await provisioner.apply(operation)) });
    } catch (error) {
      // one operation's surprise must not cost the others their turn
      reports.push({
        operation,
        status: 'failed',
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return { operations: reports, ...(blocked === undefined ? {} : { blocked }) };
}

/** "grant push to alice on acme/ledger", the words the table and the evidence share. */
export function describeOperation(operation: Operation): string {
  if (operation.action === 'revoke')
    return `revoke ${operation.from ?? ''} from ${operation.target.label}`;
  if (operation.action === 'grant')
    return `grant ${operation.to ?? ''} to ${operation.target.label}`;
  return `change ${operation.target.label} from ${operation.from ?? ''} to ${operation.to ?? ''}`;
}

/** One evidence entry per operation that reached the system, applied or failed. */
export function operationEvidence(
  reports: OperationReport[],
  commit: string,
  now: Date,
  describe: (operation: Operation) => string = describeOperation,
  review: MergeReview = {},
): EvidenceEntry[] {
  const time = now.toISOString();
  return reports
    .filter((r) => r.status === 'applied' || r.status === 'failed')
    .map((r) => ({
      grant: r.operation.grantId,
      operation: describe(r.operation),
      result: r.status as 'applied' | 'failed',
      message: r.message,
      mergeCommit: commit,
      ...review,
      time,
    }));
}

/** The review behind a merge, as the evidence records carry it. */
export interface MergeReview {
  pullRequest?: number;
  approvers?: string[];
}
