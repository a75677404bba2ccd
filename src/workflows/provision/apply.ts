// Applying a plan: one operation at a time, under a removal limit, each outcome reported.
// Provisioning a merge and repairing drift apply the same way and leave the same evidence.
import { randomUUID } from 'node:crypto';

import {
  isIntent,
  isResult,
  type EvidenceEntry,
  type EvidenceWriter,
} from '../../provisioners/evidence-log.js';
import {
  describeOperation,
  type OperationReport,
  type Recovery,
} from '../../provisioners/outcome.js';
import type { Operation, Provisioner, RunFacts } from '../../provisioners/provisioner.js';
import { DEFAULT_MAX_REMOVALS } from '../../options/counts.js';
import { Progress } from './progress.js';

export interface ApplyOptions {
  provisioners: Provisioner[];
  dryRun?: boolean;
  maxRemovals?: number;
  force?: boolean;
  /**
   * Written ahead: each operation's intent before the system is called, its result after.
   * An operation whose intent cannot be written is not applied.
   */
  journal?: ApplyJournal;
  /** Where a line of progress goes on a long run (done, left, time to go); none when absent. */
  progress?: (line: string) => void;
  /** The merge and pull request, for a provisioner that tells people about the change. */
  run?: RunFacts;
}

/** Where `applyOperations` writes each operation's records as it goes. */
export interface ApplyJournal {
  intent(operation: Operation, index: number): Promise<void>;
  result(report: OperationReport, index: number): Promise<void>;
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
  const applying = blocked === undefined && options.dryRun !== true;
  const progress =
    applying && options.progress !== undefined
      ? new Progress(operations.length, options.progress)
      : undefined;
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
    const index = reports.length;
    try {
      await options.journal?.intent(operation, index);
    } catch (error) {
      // without its intent on record, a run killed mid-call would leave access nobody logged
      reports.push({
        operation,
        status: 'failed',
        message: `not applied: its evidence record could not be written: ${messageOf(error)}`,
      });
      progress?.tick();
      continue;
    }
    let report: OperationReport;
    try {
      report = { operation, ...(await provisioner.apply(operation, options.run)) };
    } catch (error) {
      // one operation's surprise must not cost the others their turn
      report = { operation, status: 'failed', message: messageOf(error) };
    }
    reports.push(report);
    // the intent is written: a result lost here is completed by the next run
    await options.journal?.result(report, index).catch(() => undefined);
    progress?.tick();
  }
  return { operations: reports, ...(blocked === undefined ? {} : { blocked }) };
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
    .filter((r) => r.status === 'applied' || r.status === 'failed' || r.status === 'pending')
    .map((r) => ({
      grant: r.operation.grantId,
      operation: describe(r.operation),
      result: r.status as 'applied' | 'failed' | 'pending',
      message: r.message,
      ...issueFields(r),
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

function issueFields(report: OperationReport): { issue?: number; issueUrl?: string } {
  return report.issue === undefined
    ? {}
    : { issue: report.issue.number, issueUrl: report.issue.url };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What every record of one run carries besides the operation. */
export interface RunContext {
  commit: string;
  now: Date;
  /** "owner/name" on GitHub, when known. */
  repository?: string;
  review?: MergeReview;
  /** Who approved each grant's change, instead of `review` for every record. */
  reviewOf?: (grantId: string) => MergeReview;
  describe?: (operation: Operation) => string;
}

/** A journal writing intents and results to the log; results wait when the store batches. */
export function evidenceJournal(
  writer: EvidenceWriter,
  context: RunContext,
): ApplyJournal & { run: string } {
  const run = randomUUID();
  const describe = context.describe ?? describeOperation;
  const common = (grantId: string) => ({
    mergeCommit: context.commit,
    ...(context.repository === undefined ? {} : { repository: context.repository }),
    ...(context.reviewOf === undefined ? context.review : context.reviewOf(grantId)),
    run,
  });
  return {
    run,
    async intent(operation, index) {
      await writer.append(
        [
          {
            phase: 'intent',
            grant: operation.grantId,
            operation: describe(operation),
            action: operation.action,
            ...(operation.from === undefined ? {} : { from: operation.from }),
            ...(operation.to === undefined ? {} : { to: operation.to }),
            target: operation.target,
            ...common(operation.grantId),
            op: index,
            time: context.now.toISOString(),
          },
        ],
        `accessctl: ${describe(operation)} (${context.commit.slice(0, 12)})`,
      );
    },
    async result(report, index) {
      if (report.status !== 'applied' && report.status !== 'failed' && report.status !== 'pending')
        return;
      await writer.defer({
        phase: 'result',
        grant: report.operation.grantId,
        operation: describe(report.operation),
        result: report.status,
        message: report.message,
        ...issueFields(report),
        ...common(report.operation.grantId),
        op: index,
        time: context.now.toISOString(),
      });
    },
  };
}

/**
 * Completes the intents a killed run left without a result: reads each target as the system
 * holds it now and appends a result marked `recovered`. A target that cannot be read (its
 * provisioner is gone, the system does not answer) stays open for the next run.
 */
export async function recoverIntents(
  writer: EvidenceWriter,
  provisioners: Provisioner[],
  now: Date,
): Promise<Recovery[]> {
  const records = writer.records();
  const done = new Set(
    records
      .filter(isResult)
      .filter((r) => r.run !== undefined && r.op !== undefined)
      .map((r) => `${r.run ?? ''}\u0000${r.op ?? -1}`),
  );
  const open = records.filter(isIntent).filter((i) => !done.has(`${i.run}\u0000${i.op}`));
  if (open.length === 0) return [];
  const byName = new Map(provisioners.map((p) => [p.name, p]));
  for (const provisioner of provisioners) provisioner.refresh?.();
  const recoveries: Recovery[] = [];
  for (const intent of open) {
    const provisioner = byName.get(intent.target.provisioner);
    if (provisioner === undefined) {
      recoveries.push({
        intent,
        message: `no provisioner "${intent.target.provisioner}" is configured to read ${intent.target.label}; left open`,
      });
      continue;
    }
    let held: string | undefined;
    try {
      held = (await provisioner.read(intent.target)).role;
    } catch (error) {
      recoveries.push({
        intent,
        message: `could not read ${intent.target.label}: ${messageOf(error)}; left open for the next run`,
      });
      continue;
    }
    const took = intent.action === 'revoke' ? held === undefined : held === intent.to;
    const message = took
      ? `the run stopped before recording its result; ${intent.target.label} holds ${held ?? 'nothing'} now, as the operation intended`
      : `the run stopped before recording its result; ${intent.target.label} holds ${held ?? 'nothing'} now, not what the operation intended: run accessctl reconcile --apply, or provision ${intent.mergeCommit.slice(0, 12)} again`;
    const result = took ? 'applied' : 'not-applied';
    await writer.defer({
      phase: 'result',
      grant: intent.grant,
      operation: intent.operation,
      result,
      message,
      mergeCommit: intent.mergeCommit,
      ...(intent.repository === undefined ? {} : { repository: intent.repository }),
      ...(intent.pullRequest === undefined ? {} : { pullRequest: intent.pullRequest }),
      ...(intent.approvers === undefined ? {} : { approvers: intent.approvers }),
      run: intent.run,
      op: intent.op,
      recovered: true,
      time: now.toISOString(),
    });
    recoveries.push({ intent, result, message });
  }
  return recoveries;
}
